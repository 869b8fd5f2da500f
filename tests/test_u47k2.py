"""Issue #11, second pass of the forty-seventh session (u47k2): the false errors of eval/precision47 and the misses of
eval/blind/round47d, each a class with invented texts both ways; the real lines stay as regressions at the end.

- A template constant that is the last name of an object's path inside the file's own template syntax,
  `{{ config.CONTACT_EMAIL }}` in a Python page writer, is filled when the page is built (`syntax._delimited`).
- The names an ES module statement imports or exports, or a destructuring declaration binds, `import { X_ZH } from
  "…"`, read as text: code, not a `{SLOT}` (`syntax.parameter_braces`).
- A React page's template literal `使用 ${name}（以下簡稱本服務）`: the page prints the name there (`Document.media`),
  no deleted name (`load.jsx.scanning._blank_substitutions`, `placeholder_gaps`).
- A source that files its Traditional text under one region's locale key (`'zh_HK' => [`) names that edition, as a
  file name does (`load.source_locale_region`).
- The same finding twice at one column is one occurrence (`check.repeats`).
- A page saying the formal policy is still to come, and a drafter's caveat that the text is not yet to be relied on as
  the formal policy (`placeholder_unfinal`).
- A script module's date field (`lastUpdated: "最後更新：2026 年 6 月"`) is the document's date (`load.script_data`).
- An impossible date in front matter is said as such, not "no date found" (`date_format`).
- (u47k's leftover, index 54756684865, a Vue merchant login page whose dialogs hold a service agreement and a privacy policy
  full of `[平台客服电话]`-style slots: its text is not committed, as the index asks; the page below is written after its
  shapes) every slot line of such a page is found: `[平台简称]` (a short name's field), a range the template leaves to
  choose, `[7-15] 个工作日` (`placeholder-residue`), and a drafting note that names the brackets to fill 「将文档中所有[ ]内
  的内容替换为…」 reported once, as the note (`placeholder-drafting` supersedes `placeholder-empty`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from policylens.check.repeats import merge_repeats
from policylens.model import Finding

_ROOT = Path(__file__).resolve().parent.parent


def _findings(tmp_path: Path, name: str, text: str) -> list[Finding]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return list(report.findings)


def _errors(tmp_path: Path, name: str, text: str) -> list[str]:
    return [f.excerpt for f in _findings(tmp_path, name, text) if f.severity == "error"]


# --- a constant inside the file's own template syntax ------------------------------------------------------------


_PY_PAGE = 'PAGE = """\n# 隐私政策\n\n生效日期：2025年1月1日\n\n如需行使权利，请通过 {slot} 联系我们。\n"""\n'


@pytest.mark.parametrize("slot", ["{{ config.CONTACT_EMAIL }}", "{{ settings.site.SUPPORT_EMAIL }}", "{{ CONTACT_EMAIL }}"])
def test_constant_in_own_template_syntax_is_filled(tmp_path: Path, slot: str) -> None:
    assert _errors(tmp_path, "pages.py", _PY_PAGE.format(slot=slot)) == []


@pytest.mark.parametrize(
    ("slot", "excerpt"),
    [
        ("{{ config.CONTACT_EMAIL }}", "{{ config.CONTACT_EMAIL }}"),  # not the file's syntax: the variable, once
        ("CONTACT_EMAIL", "CONTACT_EMAIL"),  # a bare constant
        ("config.CONTACT_EMAIL", "CONTACT_EMAIL"),
    ],
)
def test_constant_elsewhere_still_reported_once(tmp_path: Path, slot: str, excerpt: str) -> None:
    text = f"# 隐私政策\n\n生效日期：2025年1月1日\n\n如需行使权利，请通过 {slot} 联系我们。\n"
    assert _errors(tmp_path, "privacy.md", text) == [excerpt]


# --- module statements read as text -----------------------------------------------------------------------------


_TS_MODULE = (
    '{statement}\n\n/** 收集個人資料聲明。 */\nexport const NOTICE = [\n  "本社收集你在此表格填寫的資料，只用於處理是次查詢。",\n'
    '  "你有權要求查閱及改正本社持有關於你的個人資料，請致電本社。",\n] as const\n'
)


@pytest.mark.parametrize(
    "statement",
    [
        'import { HOMEWORK_DUTY_CAMPUS_ADDRESS_ZH } from "@/lib/export"',
        "import Foo, { COMPANY_ADDRESS } from './site'",
        "import type { ContactInfo } from './types'",
        "export { COMPANY_NAME };",
        "const { SUPPORT_EMAIL } = config",
    ],
)
def test_module_statement_braces_are_code(tmp_path: Path, statement: str) -> None:
    assert _errors(tmp_path, "notice.ts", _TS_MODULE.format(statement=statement)) == []


def test_brace_slot_in_prose_still_reported(tmp_path: Path) -> None:
    text = "# 私隱政策\n\n最後更新：2025年1月1日\n\n如有查詢，請聯絡 { COMPANY_NAME }，我們會盡快回覆。\n"
    assert _errors(tmp_path, "privacy.md", text) == ["{ COMPANY_NAME }"]


# --- a value a React page prints inside a template literal ------------------------------------------------------------

_JSX = (
    "export default function Terms({ name }) {\n  return (\n    <div>\n      <h1>使用條款</h1>\n      <p>最後更新：2025年1月1日</p>\n"
    "      <p>\n        {`{body}`}\n      </p>\n    </div>\n  )\n}\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "非常歡迎您使用 ${name}（以下簡稱本服務），請詳閱下列內容。",
        "歡迎使用${site.title}（以下簡稱「本網站」），請詳閱下列內容。",
    ],
)
def test_printed_name_before_a_definition_is_no_hole(tmp_path: Path, body: str) -> None:
    assert _errors(tmp_path, "terms.jsx", _JSX.replace("{body}", body)) == []


def test_deleted_name_in_a_template_literal_still_reported(tmp_path: Path) -> None:
    errors = _errors(tmp_path, "terms.jsx", _JSX.replace("{body}", "非常歡迎您使用（以下簡稱本服務），請詳閱下列內容。"))
    assert len(errors) == 1 and "以下簡稱" in errors[0]


# --- Hong Kong named by a locale key, or marked in a text read as Taiwan's ------------------------------------------------

_PHP = (
    "<?php\n$pages = [\n    'privacy' => [\n        '{key}' => [\n            'title' => '隱私政策',\n"
    "            'content' => '<p>本公司致力於提供網絡行銷服務，並依法蒐集、處理及利用您的個人資料。</p>"
    "<p>本網站僅於必要時蒐集資料，您可隨時查詢、請求閱覽或請求刪除您的個人資料。</p>',\n        ],\n    ],\n];\n"
)


def _regional(tmp_path: Path, key: str) -> list[str]:
    return [f.excerpt for f in _findings(tmp_path, "PageSeeder.php", _PHP.replace("{key}", key)) if f.rule == "regional-vocabulary"]


@pytest.mark.parametrize("key", ["zh_HK", "zh-HK", "zh-Hant-HK"])
def test_hong_kong_locale_key_names_the_edition(tmp_path: Path, key: str) -> None:
    assert _regional(tmp_path, key) == []


@pytest.mark.parametrize("key", ["zh_TW", "zh"])
def test_other_keys_leave_the_wording_to_decide(tmp_path: Path, key: str) -> None:
    assert _regional(tmp_path, key) == ["網絡"]


# --- one finding at one column ---------------------------------------------------------------------------------


def _finding(column: int) -> Finding:
    return Finding("placeholder-instruction", "error", 3, column, 3, column + 6, "範本文字未填寫：【待補：期限】", "【待補：期限】")


def test_same_finding_twice_at_one_column_is_one() -> None:
    merged = merge_repeats([_finding(12), _finding(12)], {"placeholder-instruction"}, "zh-Hant")
    assert len(merged) == 1 and merged[0].columns == () and "本行共" not in merged[0].message


def test_repeats_at_two_columns_still_merged() -> None:
    merged = merge_repeats([_finding(12), _finding(12), _finding(40)], {"placeholder-instruction"}, "zh-Hant")
    assert len(merged) == 1 and merged[0].columns == (12, 40)


# --- the formal policy still to come, the drafter's caveat --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "正式版隐私政策全文正在上线中。以下是本应用当前版本的说明。",
        "正式隐私政策和对外联系方式将随正式文本一同发布。",
        "（正式版隱私權政策將於上架前補充。）",
        "正式版用户协议将于上线后公布。",
        "It should be reviewed against actual practices before being relied on as a formal privacy policy.",
        "在作為正式私隱政策依據前，應按機構的實際營運方式進行檢視。",
    ],
)
def test_formal_policy_to_come_is_a_slot(tmp_path: Path, line: str) -> None:
    text = f"# 隐私政策\n\n生效日期：2025年1月1日\n\n{line}\n\n我们会保护您的个人信息。\n"
    assert len([e for e in _findings(tmp_path, "privacy.md", text) if e.rule.startswith("placeholder-")]) == 1


@pytest.mark.parametrize(
    "line",
    [
        "本政策將不時更新，更新後將於本頁公布。",
        "正式版隐私政策自 2024 年 1 月 1 日起生效。",
        "正式版本将于下月上线。",
        "This policy is reviewed every year and relied on by our staff.",
        "本政策每年檢視一次，以確保符合法律要求。",
    ],
)
def test_real_policy_wording_is_no_slot(tmp_path: Path, line: str) -> None:
    text = f"# 隐私政策\n\n生效日期：2025年1月1日\n\n{line}\n\n我们会保护您的个人信息。\n"
    assert [e for e in _findings(tmp_path, "privacy.md", text) if e.rule.startswith("placeholder-")] == []


# --- dates ---------------------------------------------------------------------------------------------------------

_PARAGRAPH = "我哋只會收集為提供服務所必需嘅個人資料，例如姓名同電郵地址，並會妥善保存，亦唔會出售畀任何第三方或者用作其他推廣用途。"
_TS_LEGAL = (
    'import type { LegalDocument } from "./types";\n\nconst privacyYue: LegalDocument = {\n  title: "私隱政策",\n'
    '  intro: "本公司重視你嘅私隱。本政策說明我哋收集咩資料、點樣使用，以及你有咩選擇。",\n  sections: [\n'
    + "".join(f'    {{ title: "{t}", paragraphs: ["{_PARAGRAPH}", "{_PARAGRAPH}"] }},\n' for t in ("資料收集", "資料使用", "你嘅權利"))
    + '  ],\n};\n\nexport const yue = {\n  legal: {\n    backToHome: "返回主頁",\n{field}    privacy: privacyYue,\n  },\n};\n'
)


def _no_date(findings: list[Finding]) -> bool:
    return any(f.rule == "date-format" and f.severity == "info" for f in findings)


def test_script_date_field_is_the_date(tmp_path: Path) -> None:
    with_field = _findings(tmp_path, "yue.ts", _TS_LEGAL.replace("{field}", '    lastUpdated: "最後更新：2026 年 6 月",\n'))
    without = _findings(tmp_path, "yue2.ts", _TS_LEGAL.replace("{field}", ""))
    assert not _no_date(with_field)
    assert _no_date(without)


@pytest.mark.parametrize(("field", "date"), [("date: 2024-02-30", "2024-02-30"), ("lastmod: '2024-13-05'", "2024-13-05")])
def test_impossible_front_matter_date(tmp_path: Path, field: str, date: str) -> None:
    text = f"---\ntitle: 隐私政策\n{field}\n---\n\n# 隐私政策\n\n我们重视您的隐私。\n"
    dated = [f for f in _findings(tmp_path, "p.md", text) if f.rule == "date-format"]
    assert [(f.severity, f.line, f.excerpt) for f in dated] == [("warning", 3, date)]
    assert "不存在" in dated[0].message


def test_real_front_matter_date_is_silent(tmp_path: Path) -> None:
    text = "---\ntitle: 隐私政策\ndate: 2024-02-29\n---\n\n# 隐私政策\n\n我们重视您的隐私。\n"
    assert [f for f in _findings(tmp_path, "p.md", text) if f.rule == "date-format"] == []


# --- the real lines --------------------------------------------------------------------------------------------------


def _real(path: str) -> list[Finding]:
    report = check_file(str(_ROOT / path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return list(report.findings)


@pytest.mark.parametrize(
    "path",
    [
        "eval/precision47/djangopage-py/ensure_default_pages.py",
        "eval/precision47/mingxue-hk-ts/adPublicNotice.ts",
        "eval/precision47/kecheng-tw-jsx/terms.jsx",
    ],
)
def test_precision47_false_errors_gone(path: str) -> None:
    assert [f for f in _real(path) if f.severity == "error"] == []


def test_precision47_ecec_hong_kong() -> None:
    assert [f for f in _real("eval/precision47/ecec-hk-php/PageContentSeeder.php") if f.rule == "regional-vocabulary"] == []


def test_round47d_moonmoon_one_column_each() -> None:
    errors = [f for f in _real("eval/blind/round47d/dev/moonmoon-tw-tsx/page.tsx") if f.severity == "error"]
    assert [f.line for f in errors] == [27, 31, 40, 44, 48, 65]
    assert all(f.columns == () for f in errors)


@pytest.mark.parametrize(
    ("path", "lines"),
    [
        ("eval/blind/round47d/dev/peipao-swift/LegalLinks.swift", [130, 161, 169]),
        ("eval/blind/round47d/dev/renwu-tw-tsx/PrivacyPage.tsx", [26]),
        ("eval/blind/round47d/dev/velocitylab-hk-zh-en-tsx/Privacy.tsx", [13, 25]),
    ],
)
def test_round47d_notices_found(path: str, lines: list[int]) -> None:
    assert [f.line for f in _real(path) if f.rule.startswith("placeholder-") and f.severity == "error"] == lines


def test_round47d_compilesys_month_date() -> None:
    assert not _no_date(_real("eval/blind/round47d/holdout/compilesys-hk-ts/yue.ts"))


# --- a Vue page whose dialogs hold a template agreement and policy (index 54756684865's shapes) ---------------------------

_VUE_DIALOGS = """<template>
  <div class="login-page">
    <el-card>
      <h2>商家登录</h2>
      <el-checkbox v-model="form.agree">
        我已阅读并同意
        <el-link type="primary" @click="showPrivacy = true">《隐私政策》</el-link>
      </el-checkbox>
    </el-card>

    <!-- 服务协议对话框 -->
    <el-dialog title="商家服务协议" v-model="showService" width="750px">
      <div class="agreement-content">
        <div class="doc-header">
          <p>协议编号：[平台简称]-FW-2026-XXXX</p>
          <p>生效日期：2026 年 6 月 11 日</p>
        </div>
        <h3>第一条 定义</h3>
        <p><strong>平台</strong>：指由 [平台运营方名称] 运营的互联网平台。</p>
        <h3>第二条 结算</h3>
        <p>平台在消费者确认收货后 [7-15] 个工作日内，将交易款项结算至商家绑定的银行账户。</p>
        <p>平台将在退出申请审核通过后 [30-90] 个工作日内无息退还保证金。</p>
      </div>
    </el-dialog>

    <!-- 隐私政策对话框 -->
    <el-dialog title="平台隐私政策" v-model="showPrivacy" width="750px">
      <div class="agreement-content">
        <div class="doc-header">
          <p>更新日期：2026 年 6 月 11 日</p>
        </div>
        <p>[平台运营方名称]（以下简称 "我们"）非常重视用户的个人信息保护。</p>
        <h3>一、我们收集的个人信息</h3>
        <p>当您注册平台账号时，我们会收集您的手机号码、电子邮箱等信息。</p>
        <h3>八、联系我们</h3>
        <p>如果您对本隐私政策有任何疑问，请通过以下方式联系我们：</p>
        <p>客服电话：[平台客服电话]</p>
        <p>电子邮箱：[平台客服邮箱]</p>
        <p>联系地址：[平台运营方地址]</p>
        <h3>毕业设计使用说明</h3>
        <p><strong>替换占位符</strong>：将文档中所有[ ]内的内容替换为您毕业设计中的平台名称、运营方信息、具体参数等。</p>
      </div>
    </el-dialog>
  </div>
</template>

<script setup lang="ts">
import { ref, reactive } from 'vue'
const showService = ref(false)
const showPrivacy = ref(false)
const form = reactive({ agree: false })
</script>
"""


def test_vue_dialog_template_slots_all_found(tmp_path: Path) -> None:
    found = {(f.line, f.severity) for f in _findings(tmp_path, "Login.vue", _VUE_DIALOGS) if f.rule.startswith("placeholder-")}
    assert found == {
        (15, "error"),  # 协议编号：[平台简称]-FW-2026-XXXX
        (19, "error"),  # 由 [平台运营方名称] 运营
        (21, "warning"),  # [7-15] 个工作日内
        (22, "warning"),  # [30-90] 个工作日内
        (32, "error"),  # [平台运营方名称]（以下简称 "我们"）
        (37, "error"),  # 客服电话：[平台客服电话]
        (38, "error"),  # 电子邮箱：[平台客服邮箱]
        (39, "error"),  # 联系地址：[平台运营方地址]
        (41, "error"),  # 替换占位符：将文档中所有[ ]内的内容替换为…
    }
    assert sum(f.line == 41 for f in _findings(tmp_path, "Login2.vue", _VUE_DIALOGS)) == 1  # one defect, one finding


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("本协议由[平台简称]发布。", ["[平台简称]"]),
        ("本協議由[公司簡稱]發布。", ["[公司簡稱]"]),
        ("《个人信息保护法》（简称“个保法”）规定如下。", []),
        ("平台在确认收货后 [7-15] 个工作日内结算。", ["[7-15]"]),
        ("平台在确认收货后 7-15 个工作日内结算。", []),
        ("详见第[7-15]条。", []),
    ],
)
def test_short_name_field_and_range_residue(tmp_path: Path, text: str, found: list[str]) -> None:
    doc = f"# 协议\n\n生效日期：2026年6月11日\n\n{text}\n"
    assert [f.excerpt for f in _findings(tmp_path, "a.md", doc) if f.rule.startswith("placeholder-")] == found
