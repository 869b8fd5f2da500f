"""Issue #11, fiftieth session (u50p2): the precision set's two classes, each with constructed texts both ways; the real
document stays as a regression at the end (eval/precision50 is not blind for these classes any more: m50p found them).

- A bracket that tells the drafter what to specify: 「主要数据中心：[指定主要位置]」, 「我们的主要监管机构是[指定机构]」,
  "Regulator: [Specify Authority]" (`placeholder_specify`); not a control, a defined term, a link or a citation.
- `{{ NAME }}` in a Markdown page of a VitePress site whose `.vitepress/` configuration defines NAME: the site's build
  fills it (`load.vitepress`); outside such a site, or a name the configuration does not define, it is still a slot,
  and every other form is still reported inside one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import slot_findings, written_slots

_ROOT = Path(__file__).resolve().parent.parent
_CHOICEFORM = _ROOT / "eval" / "precision50" / "choiceform-zh-md" / "privacy-policy.md"

_HANS = "# 隐私政策\n\n生效日期：2024年1月1日\n\n我们收集您注册时提供的手机号码，用于登录和找回账号。\n\n{}\n"
_HANT = "# 隱私權政策\n\n生效日期：2024年1月1日\n\n我們收集您註冊時提供的手機號碼，用於登入和找回帳號。\n\n{}\n"
_EN = "# Privacy Policy\n\nEffective date: 1 January 2024\n\nWe collect the phone number you give us to sign you in.\n\n{}\n"

# --- a bracket telling the drafter what to specify ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_HANS, "- 主要数据中心：[指定主要位置]"),
        (_HANS, "- 备份设施：[指定备份位置]"),
        (_HANS, "- 我们的主要监管机构是[指定机构]"),
        (_HANS, "您的数据存储于[指定地点]，并受当地法律保护。"),  # a half-width bracket, a strong verb: anywhere in prose
        (_HANS, "我们将在[注明期限]内删除您的个人信息。"),
        (_HANS, "数据保存期限：[说明保存期限，如3年]。"),  # a weak verb as a value, with the template's example
        (_HANS, "监管机构：【指定机构】"),  # lenticular: as a value only
        (_HANS, "主要监管机构为［指定机构］。"),
        (_HANS, "- 合作方名称：**[列明第三方名称]**"),
        (_HANT, "- 主要資料中心：[指定主要位置]"),
        (_HANT, "本公司之主管機關：【指定機關】。"),
        (_HANS, "- [注明本地存储还是云数据库]"),  # alone in its list item
        (_HANT, "資料保存期間：[註明保存期間]"),
        (_HANT, "委託處理之廠商：[寫明受託者名稱]。"),
        (_EN, "- Primary regulator: [Specify Authority]"),  # title case as a value
        (_EN, "Our supervisory authority is [Indicate Authority]."),
    ],
)
def test_a_bracket_telling_the_drafter_what_to_specify_is_reported(tmp_path: Path, template: str, line: str) -> None:
    slots = written_slots(tmp_path, "privacy.md", template.format(line))
    assert [ln for ln, _ in slots] == [7], slots


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_HANS, "您可以点击【指定联系人】设置紧急联系人。"),  # a control the reader taps
        (_HANS, "您可以点击[指定联系人]设置紧急联系人。"),
        (_HANS, "在[指定联系人]页面中添加紧急联系人。"),  # a page named
        (_HANS, "请进入 设置 > [指定位置] > 开启，即可关闭定位。"),  # a step of a settings path
        (_HANS, "在「[选择文件]」按钮中上传附件。"),
        (_HANS, "【指定代理人】指您以书面方式指定之人。"),  # a defined term opening its paragraph
        (_HANS, "[指定代理人]：指您以书面方式指定之人。"),
        (_HANS, "详见[说明文档](https://help.acme.cn/guide)。"),  # a link
        (_HANS, "依据《个人信息保护法》第三十九条[说明]，我们将告知您接收方的名称。"),  # a verb alone, a citation's note
        (_HANS, "日志格式：[说明文字]"),  # a format
        (_HANS, "【说明】"),  # a verb alone
        (_HANS, "您可以随时[选择退出]个性化推荐。"),  # a choice the reader makes
        (_HANS, "若您在设置中将定位设为[指定位置]模式，我们仅读取该位置。"),  # an option's name before its kind
        (_HANS, "我们的策略是【指定玩家】优先，然后处理其他请求。"),  # no clause end after the bracket
        (_HANS, "数据中心位于[指定的地区]之外时，我们将另行征得您的同意。"),  # 指定的: the designated one
        (_HANT, "使用者可以在兩個層級之間選擇：[必要] 和 [選擇性]。"),  # Microsoft's option names
        (_HANT, "請點選【指定聯絡人】以新增緊急聯絡人。"),
        (_HANT, "在 **[指定如何處理無相符項目的資料列]** 清單中，選取錯誤處理選項。"),  # Microsoft's way of naming UI
        (_HANT, "選取 **[指定篩選條件]**，然後按一下 **[確定]**。"),
        (_HANT, "預設值：[指定された値]"),  # Japanese: kana in the object
        (_HANS, "注明哪个方法是【指定初始化方法】。"),  # 【】 after 是: emphasis
        (_HANS, "加购是折上折，所以我用的是【指定折扣价格】。"),
        (_HANS, "可将列表转化为[指定类型]的数组。"),  # an attribute before 的
        (_HANS, "通知将以[指定渠道]的方式发送给相关人员。"),
        (_EN, "Tap [Specify Location] to choose where photos are saved."),  # a control
        (_EN, "See [Describe your issue](https://help.acme.cn/guide) for help."),  # a link
    ],
)
def test_controls_terms_links_and_citations_are_not_reported(tmp_path: Path, template: str, line: str) -> None:
    slots = written_slots(tmp_path, "privacy.md", template.format(line))
    assert [ln for ln, _ in slots if ln == 7] == [], slots


def test_the_specify_slots_of_a_tsx_page_are_reported(tmp_path: Path) -> None:
    page = (
        "export default function Privacy() {\n"
        "  return (\n"
        "    <main>\n"
        "      <h1>隱私權政策</h1>\n"
        "      <p>生效日期：2024年1月1日</p>\n"
        "      <p>本公司之主管機關為[指定機關]。</p>\n"
        "      <p>您可以點擊【指定聯絡人】新增聯絡人。</p>\n"
        "    </main>\n"
        "  );\n"
        "}\n"
    )
    slots = written_slots(tmp_path, "Privacy.tsx", page)
    assert [ln for ln, _ in slots] == [6], slots


def test_the_precision50_choiceform_slots_are_reported() -> None:
    """eval/precision50 choiceform-zh-md: the three 「[指定…]」 slots m50p listed as misses (not blind)."""
    found = [(ln, excerpt) for ln, _, excerpt in slot_findings(_CHOICEFORM) if "指定" in excerpt]
    assert found == [(263, "[指定主要位置]"), (264, "[指定备份位置]"), (349, "[指定机构]")]


# --- `{{ NAME }}` in a VitePress site whose configuration defines NAME ------------------------------------------------

# the configuration's shape in choice-open/automation-docs `.vitepress/config.ts` (eval/precision50 choiceform-zh-md)
_CONFIG = """import { defineConfig } from 'vitepress'

const DOC_VARS = {
  COMPANY_NAME: 'Choiceform',
  PRODUCT_NAME: 'Atomemo',
  SUPPORT_EMAIL: 'support@choiceform.app',
}

function replaceDocVars(content: string): string {
  let result = content
  Object.entries(DOC_VARS).forEach(([key, value]) => {
    result = result.replace(new RegExp(`\\\\{\\\\{${key}\\\\}\\\\}`, 'g'), value)
  })
  return result
}

export default defineConfig({ title: 'Docs', vite: { plugins: [] } })
"""

_PAGE = (
    "# 隐私政策\n\n生效日期：2025年1月1日\n\n"
    "{{COMPANY_NAME}}（“我们”）提供{{ PRODUCT_NAME }}平台。\n\n"
    "如有疑问，请发送邮件至{{SUPPORT_EMAIL}}。\n\n"
    "{}\n"
)


def _site(root: Path, config: str | None, *, theme: str | None = None) -> Path:
    """A VitePress site at `root` (its `.vitepress/config.ts`, or none), with a `zh/policies/` folder for pages."""
    if config is not None:
        (root / ".vitepress").mkdir(parents=True)
        (root / ".vitepress" / "config.ts").write_text(config, encoding="utf-8")
    if theme is not None:
        (root / ".vitepress" / "theme").mkdir(parents=True)
        (root / ".vitepress" / "theme" / "index.ts").write_text(theme, encoding="utf-8")
    pages = root / "zh" / "policies"
    pages.mkdir(parents=True)
    return pages


def test_variables_the_vitepress_config_defines_are_not_reported(tmp_path: Path) -> None:
    pages = _site(tmp_path / "docs", _CONFIG)
    slots = written_slots(pages, "privacy.md", _PAGE.replace("{}", "我们保留您的数据一年。"))
    assert slots == []


def test_other_forms_are_still_reported_in_a_vitepress_page(tmp_path: Path) -> None:
    pages = _site(tmp_path / "docs", _CONFIG)
    page = _PAGE.replace("{}", "运营主体：[公司名称]\n\n注册地址：{{REGISTERED_ADDRESS}}\n\n客服电话：400-XXX-XXXX")
    slots = written_slots(pages, "privacy.md", page)
    # [公司名称], a name the config does not define (Vue would render it empty), a masked number
    assert [excerpt for _, excerpt in slots] == ["[公司名称]", "{{REGISTERED_ADDRESS}}", "400-XXX-XXXX"], slots


def test_the_same_page_outside_a_vitepress_site_is_reported(tmp_path: Path) -> None:
    pages = _site(tmp_path / "docs", None)  # no `.vitepress/`
    slots = written_slots(pages, "privacy.md", _PAGE.replace("{}", "我们保留您的数据一年。"))
    assert [excerpt for _, excerpt in slots] == ["{{COMPANY_NAME}}", "{{ PRODUCT_NAME }}", "{{SUPPORT_EMAIL}}"], slots


def test_a_vitepress_site_that_does_not_define_the_names_keeps_them(tmp_path: Path) -> None:
    pages = _site(tmp_path / "docs", "import { defineConfig } from 'vitepress'\nexport default defineConfig({ title: 'Docs' })\n")
    slots = written_slots(pages, "privacy.md", _PAGE.replace("{}", "我们保留您的数据一年。"))
    assert len(slots) == 3, slots


def test_a_name_the_theme_sets_as_a_global_property_is_filled(tmp_path: Path) -> None:
    theme = "export default {\n  enhanceApp({ app }) {\n    app.config.globalProperties.COMPANY_NAME = 'Choiceform'\n  },\n}\n"
    pages = _site(tmp_path / "docs", "export default {}\n", theme=theme)
    slots = written_slots(pages, "privacy.md", "# 隐私政策\n\n生效日期：2025年1月1日\n\n{{COMPANY_NAME}}尊重您的隐私。\n")
    assert slots == []


def test_a_name_only_compared_in_the_config_is_not_a_definition(tmp_path: Path) -> None:
    config = "export default { transform(code) { if (COMPANY_NAME == null) return code } }\n"
    pages = _site(tmp_path / "docs", config)
    slots = written_slots(pages, "privacy.md", "# 隐私政策\n\n生效日期：2025年1月1日\n\n{{COMPANY_NAME}}尊重您的隐私。\n")
    assert [excerpt for _, excerpt in slots] == ["{{COMPANY_NAME}}"], slots


def test_a_text_file_in_a_vitepress_site_keeps_its_slots(tmp_path: Path) -> None:
    """Only a `.md` page is compiled by VitePress: a `.txt` file in the site is not."""
    pages = _site(tmp_path / "docs", _CONFIG)
    slots = written_slots(pages, "privacy.txt", "隐私政策\n\n生效日期：2025年1月1日\n\n{{COMPANY_NAME}}尊重您的隐私。\n")
    assert [excerpt for _, excerpt in slots] == ["{{COMPANY_NAME}}"], slots


def test_the_precision50_choiceform_page_in_its_site(tmp_path: Path) -> None:
    """eval/precision50 choiceform-zh-md in a site with its config's variables: the 30 binding errors go, the three
    「[指定…]」 slots stay (not blind: m50p's first run found the class)."""
    pages = _site(tmp_path / "automation-docs", _CONFIG.replace("  SUPPORT_EMAIL", "  COMPANY_DOMAIN: 'choiceform.app',\n  SUPPORT_EMAIL"))
    shutil.copy(_CHOICEFORM, pages / "privacy-policy.md")

    found = [(ln, excerpt) for ln, _, excerpt in slot_findings(pages / "privacy-policy.md")]
    assert found == [(263, "[指定主要位置]"), (264, "[指定备份位置]"), (349, "[指定机构]")]
