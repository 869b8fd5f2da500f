"""Issue #11 classes fixed by helper u44k (forty-fourth session), each both ways with the real line as a regression.

- `load.jsx`: a child expression of the markup that is one call of the page's language-switch function
  (`const T = (en, zh) => (lang === 'zh' ? zh : en)`, `{T('Last updated: 4 July 2026', '最後更新:2026 年 7 月 4 日')}`)
  is read as a written language switch is: each edition its own paragraph, a heading's or a sentence's the Chinese one.
  Before, the page's data was read through the function (u43k2) but its markup's calls were code, so
  eval/blind/round39d dimpack-tsx got a false `date-format` info (its 最後更新 date unseen) and the title 「| DimPack3D」.
  A translation call with a key (`{t('privacy.title')}`) stays code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_file, parse_path, rule_excerpts

EVAL = Path(__file__).resolve().parent.parent / "eval"
DIMPACK = EVAL / "blind" / "round39d" / "holdout" / "dimpack-tsx" / "PrivacyPage.tsx"

_PAGE = """export default function PrivacyPage() {
  const { lang } = useApp();
  const T = (en: string, zh: string) => (lang === 'zh' ? zh : en);
  return (
    <div>
      <h1>{T('Privacy Policy', '私隱政策')}</h1>
      <p>{T('Last updated: 4 July 2026', '最後更新：2026 年 7 月 4 日')}</p>
      <p>{T('We only keep the email you give us.', '我哋只會保存你提供嘅電郵。')}</p>
      <p>如有查詢，請電郵 {T('us', '我哋')}。</p>
      BODY
    </div>
  );
}
"""


def _texts(tmp_path: Path, body: str = "") -> tuple[str | None, list[str]]:
    doc = parse_file(tmp_path, "privacy.tsx", _PAGE.replace("BODY", body))
    return doc.metadata.title, [p.text for p in doc.paragraphs()]


def test_switch_calls_in_markup_are_read_each_edition_a_paragraph(tmp_path: Path) -> None:
    title, paras = _texts(tmp_path)
    assert title == "私隱政策"  # a heading keeps its Chinese edition
    assert "Last updated: 4 July 2026" in paras and "最後更新：2026 年 7 月 4 日" in paras
    assert "我哋只會保存你提供嘅電郵。" in paras and "We only keep the email you give us." in paras
    assert "如有查詢，請電郵我哋。" in paras  # in a sentence: the Chinese edition only, no paragraph break


def test_calls_that_are_no_language_switch_stay_code(tmp_path: Path) -> None:
    body = "<p>{t('privacy.intro')}</p><p>{format('yyyy', '某某')}</p><p>{T(name, '變數')}</p>"
    _, paras = _texts(tmp_path, body)
    assert not any("privacy.intro" in p or "某某" in p or "變數" in p for p in paras)
    # a function of two language-named parameters that does not return them bare is no switch
    page = _PAGE.replace("(lang === 'zh' ? zh : en)", "(en + zh)").replace("BODY", "")
    doc = parse_file(tmp_path, "other.tsx", page)
    assert not any("最後更新" in p.text for p in doc.paragraphs())


def test_a_slot_in_either_edition_of_a_switch_call_is_found(tmp_path: Path) -> None:
    body = "<p>{T('Contact: [Email]', '聯絡電郵：[電郵地址]')}</p>"
    found = rule_excerpts(tmp_path, _PAGE.replace("BODY", body), "placeholder-empty", "privacy.tsx")
    found += rule_excerpts(tmp_path, _PAGE.replace("BODY", body), "placeholder-instruction", "privacy.tsx")
    assert any("[電郵地址]" in f for f in found) and any("[Email]" in f for f in found)


def test_dimpack_reads_its_date_and_title() -> None:
    from policylens.check import CheckOptions, check_file

    report = check_file(str(DIMPACK), CheckOptions(no_config=True, select=("date-format",)))
    assert report.error is None
    assert not report.findings  # (the page states 最後更新:2026 年 7 月 4 日 at L77)
    doc = parse_path(DIMPACK)
    assert doc.metadata.title == "私隱政策"
    assert doc.page_title is not None and doc.page_title[0] == "私隱政策 | DimPack3D"  # (was 「| DimPack3D」)


# --- 2. a page's own section component given its title and text as props (nutritrack) --------------------------------

NUTRITRACK = EVAL / "blind" / "round40d" / "holdout" / "nutritrack-tsx" / "privacy-policy.tsx"

_SECTIONS = """export default function Privacy() {
  return (
    <main>
      <h1>私隱政策</h1>
      <PolicySection
        title="1. 資料收集"
        content={`我們收集以下資料：電郵地址及姓名。
聯絡電郵：SLOT`}
      />
      <PolicySection title="2. 聯絡我們" content={'如有疑問，請電郵至 privacy@nutri.app。'} />
    </main>
  );
}

function PolicySection({ title, content }: { title: string; content: string }) {
  return (
    <section>
      <h2>{title}</h2>
      <p>{content}</p>
    </section>
  );
}
"""


def test_a_local_section_components_title_and_literal_props_are_read(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "privacy.tsx", _SECTIONS.replace("SLOT", "privacy@nutri.app"))
    assert [s.title for s in doc.sections if s.title] == ["1. 資料收集", "2. 聯絡我們"]
    assert [s.line for s in doc.sections if s.title] == [6, 10]
    texts = [p.text for p in doc.paragraphs()]
    assert any(t.startswith("我們收集以下資料") for t in texts)
    assert "如有疑問，請電郵至 privacy@nutri.app。" in texts


def test_a_slot_in_a_template_literal_prop_is_found(tmp_path: Path) -> None:
    found = rule_excerpts(tmp_path, _SECTIONS.replace("SLOT", "[請填寫電郵]"), "placeholder-instruction", "privacy.tsx")
    assert found == ["[請填寫電郵]"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("<h2>{title}</h2>", "<h2>隱私</h2>"),  # the component does not show its title prop
        ("function PolicySection({ title, content }", "function PolicySection({ name, content }"),  # no title prop
    ],
)
def test_a_self_closed_title_is_no_heading_unless_the_local_component_shows_it(tmp_path: Path, old: str, new: str) -> None:
    doc = parse_file(tmp_path, "privacy.tsx", _SECTIONS.replace("SLOT", "a@b.org").replace(old, new))
    assert not any(s.title in ("1. 資料收集", "2. 聯絡我們") for s in doc.sections)


def test_code_literals_in_props_stay_code(tmp_path: Path) -> None:
    page = _SECTIONS.replace("SLOT", "a@b.org").replace(
        "<h1>私隱政策</h1>", "<h1>私隱政策</h1>\n      <Note text={`${company}（待填）`} />\n      <meta content={`某某公司`} />"
    )
    texts = [p.text for p in parse_file(tmp_path, "privacy.tsx", page).paragraphs()]
    assert not any("待填" in t or "某某" in t for t in texts)  # an interpolation; a lower-case element's attribute


def test_nutritrack_is_read_as_six_sections() -> None:
    doc = parse_path(NUTRITRACK)
    assert [s.title for s in doc.sections if s.title] == [
        "1. 資料收集",
        "2. 資料使用",
        "3. 資料儲存",
        "4. AI 分析",
        "5. 你的權利",
        "6. 聯繫我們",
    ]
    assert any("privacy@nutritrack.app" in p.text for p in doc.paragraphs())


# --- 3. one convention for Taiwan and Hong Kong wording in a Simplified text -----------------------------------------
# A Taiwan or Hong Kong company's own Simplified policy (it names its jurisdiction, and no other) keeps its region's
# wording; the mainland edition of a page published in more than one script (its file or folder names it, or its
# language menu offers both scripts) is written for mainland readers, and that wording is reported there.

_HK = "# 私隐政策\n\n{lead}我们会透过电邮联络阁下，并发送产品资讯及讯息。我们的网路与软体。\n"
_TW = "# 隐私权政策\n\n{lead}我们会透过电子邮件发送产品资讯及讯息。请勿将帐号提供给他人。\n"
_HK_LEADS = [
    "本公司为香港注册公司，依据《个人资料（私隐）条例》（第486章）处理个人资料。",
    "我们遵守香港《私隐条例》。",
    "我们是位于中华人民共和国香港特别行政区的公司，遵守 PDPO。",
]
_TW_LEADS = ["我们承诺遵循台湾个资法规定。", "公司名称：某某股份有限公司，统一编号：12345678。"]
_EDITIONS = ["privacy-sc.md", "zh-CN/privacy.md", "sc/privacy.md", "privacy_zh-Hans.md", "cn/privacy.md"]
_MENU = "繁體中文 | 简体中文 | English\n\n"


@pytest.mark.parametrize("lead", _HK_LEADS)
def test_a_hong_kong_policy_in_simplified_keeps_its_wording(tmp_path: Path, lead: str) -> None:
    found = rule_excerpts(tmp_path, _HK.format(lead=lead), "regional-vocabulary", "policy.md")
    assert found == ["网路", "软体"]  # Taiwan's alone; not 私隐, 电邮, 阁下, 透过, 资讯, 讯息


@pytest.mark.parametrize("lead", _TW_LEADS)
def test_a_taiwan_policy_in_simplified_keeps_its_wording(tmp_path: Path, lead: str) -> None:
    assert rule_excerpts(tmp_path, _TW.format(lead=lead), "regional-vocabulary", "policy.md") == []


@pytest.mark.parametrize("name", _EDITIONS)
def test_a_simplified_edition_reports_both_regions_wording(tmp_path: Path, name: str) -> None:
    hk = set(rule_excerpts(tmp_path, _HK.format(lead=_HK_LEADS[0]), "regional-vocabulary", name))
    assert {"透过", "电邮", "阁下", "资讯", "网路", "软体"} <= hk
    tw = set(rule_excerpts(tmp_path, _TW.format(lead=_TW_LEADS[0]), "regional-vocabulary", name))
    assert {"透过", "资讯", "讯息"} <= tw


def test_a_language_menu_offering_both_scripts_marks_an_edition(tmp_path: Path) -> None:
    hk = set(rule_excerpts(tmp_path, _MENU + _HK.format(lead=_HK_LEADS[1]), "regional-vocabulary", "policy.md"))
    assert {"透过", "电邮", "阁下"} <= hk
    tw = set(rule_excerpts(tmp_path, _MENU + _TW.format(lead=_TW_LEADS[0]), "regional-vocabulary", "policy.md"))
    assert "资讯" in tw


@pytest.mark.parametrize(
    "lead",
    [
        "我们遵守《个人资料（私隐）条例》及《中华人民共和国个人信息保护法》，服务香港及内地用户。",  # the mainland's law too
        "我们遵守香港《私隐条例》及台湾《个人资料保护法》。",  # Taiwan too: a global policy's regions
        "我们的香港办事处负责处理查询。",  # 香港 alone, no ordinance
    ],
)
def test_a_text_naming_other_jurisdictions_still_gets_hong_kong_warnings(tmp_path: Path, lead: str) -> None:
    found = rule_excerpts(tmp_path, _HK.format(lead=lead), "regional-vocabulary", "policy.md")
    assert {"透过", "电邮", "阁下", "资讯"} <= set(found)


@pytest.mark.parametrize(
    ("path", "count"),
    [
        ("precision18/sage-privacy-cn/zh-CN/privacy.html", 11),
        ("precision21/meg-privacy-hkcn/sc/terms.html", 34),
        ("precision8/talkleo-cn/privacy-sc.html", 12),
        ("precision42/amigo-tw-tsx/page.tsx", 0),
    ],
)
def test_judged_documents_keep_their_regional_findings(path: str, count: int) -> None:
    from policylens.check import CheckOptions, check_file

    report = check_file(str(EVAL / path), CheckOptions(no_config=True, select=("regional-vocabulary",)))
    assert len(report.findings) == count  # (all judged true; amigo's 资讯 judged false)


# --- 4. eval/blind/round44 dev: a contact block passed as an array prop; 註冊表單 ------------------------------------

SEOUL = EVAL / "blind" / "round44" / "dev" / "seoulmoment-tw-tsx" / "PrivacyPolicyContent.tsx"

_BULLETS = """import { Bullets, Section } from "@shared/ui/legal-document";

export function Policy() {
  return (
    <Section title="聯繫我們">
      <Bullets
        items={[
          ITEMS
        ]}
      />
    </Section>
  );
}
"""


def test_a_contact_blocks_fields_in_an_array_prop_are_read(tmp_path: Path) -> None:
    items = '"首爾映像有限公司",\n          "客服電話：（02）xxxx-xxxx",\n          "通訊地址：臺北市大安區忠孝東路4段231號"'
    found = rule_excerpts(tmp_path, _BULLETS.replace("ITEMS", items), "placeholder-instruction", "policy.tsx")
    assert found == ["xxxx-xxxx"]


@pytest.mark.parametrize(
    "items",
    [
        '"首頁", "關於我們", "聯絡我們"',  # a menu: no field, no sentence
        '"電話：0800-000-000"',  # one field alone: not enough to tell a contact block from a label
    ],
)
def test_an_array_of_labels_is_still_not_read(tmp_path: Path, items: str) -> None:
    doc = parse_file(tmp_path, "policy.tsx", _BULLETS.replace("ITEMS", items))
    assert not any(("首頁" in p.text or "0800" in p.text) for p in doc.paragraphs())


def test_seoulmoment_finds_both_hotline_slots_and_no_registry_warning() -> None:
    from policylens.check import CheckOptions, check_file

    report = check_file(str(SEOUL), CheckOptions(no_config=True))
    assert [(f.rule, f.line) for f in report.findings if f.severity == "error"] == [
        ("placeholder-instruction", 298),
        ("placeholder-instruction", 378),
    ]
    assert not any(f.excerpt == "註冊表" for f in report.findings)  # 「填寫會員註冊表單」: a registration form


@pytest.mark.parametrize(("text", "found"), [("請填寫會員註冊表單。", False), ("本軟體會修改註冊表。", True)])
def test_a_registration_form_is_no_registry(tmp_path: Path, text: str, found: bool) -> None:
    page = "# 隱私權政策\n\n本公司依個人資料保護法蒐集您的資料，透過網路提供服務。" + text + "\n"
    assert ("註冊表" in rule_excerpts(tmp_path, page, "regional-vocabulary", "policy.md")) is found


# --- 5. a Vue dialog whose texts are `v-html` of a computed value returning string constants (round44 held out) -----

AGREEMENT = EVAL / "blind" / "round44" / "holdout" / "agreementmodal-vue" / "AgreementModal.vue"

_DIALOG = """<template>
  <el-dialog v-model="visible">
    <div class="agreement-text" v-html="content" />
    <el-button>我已阅读</el-button>
  </el-dialog>
</template>

<script setup lang="ts">
import { computed } from 'vue';
const props = defineProps<{ type: 'user' | 'privacy'; merged?: boolean }>();
const userText = `
      <h3>用户服务协议</h3>
      <p>欢迎您使用我们的平台服务，请您仔细阅读本协议。</p>
    `;
const privacyText = `
      <h3>隐私政策</h3>
      <p>我们重视您的个人信息。客服邮箱：SLOT</p>
      <p>隐私政策更新日期：2026年5月22日</p>
    `;
const content = computed(() => {
  if (props.merged) {
    return BODY;
  }
  if (props.type === 'user') {
    return userText;
  } else {
    return privacyText;
  }
});
</script>
"""


def test_a_computed_choice_of_string_constants_shown_with_v_html_is_read(tmp_path: Path) -> None:
    page = _DIALOG.replace("SLOT", "privacy@app.cn").replace("BODY", "userText + privacyText")
    doc = parse_file(tmp_path, "AgreementModal.vue", page)
    titles = [s.title for s in doc.sections if s.title]
    assert doc.metadata.title == "用户服务协议" and titles.count("隐私政策") == 1  # both texts, each once
    assert doc.metadata.updated is not None


def test_a_slot_in_such_a_text_is_one_finding(tmp_path: Path) -> None:
    page = _DIALOG.replace("SLOT", "[请填写邮箱]").replace("BODY", "userText + privacyText")
    assert rule_excerpts(tmp_path, page, "placeholder-instruction", "AgreementModal.vue") == ["[请填写邮箱]"]


@pytest.mark.parametrize("body", ["userText + getExtra()", "props.text", "`<p>${userText}</p>`"])
def test_a_computed_value_returning_anything_else_is_not_read(tmp_path: Path, body: str) -> None:
    doc = parse_file(tmp_path, "AgreementModal.vue", _DIALOG.replace("SLOT", "a@b.cn").replace("BODY", body))
    assert not any(s.title == "隐私政策" for s in doc.sections)


def test_agreementmodal_reads_both_texts_and_its_date() -> None:
    from policylens.check import CheckOptions, check_file

    report = check_file(str(AGREEMENT), CheckOptions(no_config=True))
    assert [(f.rule, f.line) for f in report.findings] == [("placeholder-instruction", 188), ("placeholder-instruction", 189)]
