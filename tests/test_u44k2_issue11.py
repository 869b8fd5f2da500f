"""Issue #11 classes fixed by helper u44k2 (forty-fourth session) from the blind sets eval/precision44 and
eval/blind/round44d, each both ways, the real lines as regressions.

- `enumeration-lead-in`: a lead-in whose list follows on the paragraph's next lines (a string literal's `\\n` escapes,
  a `<br>`) is not empty (precision44 aineed-rn-tsx L43, a false error on a complete contact section).
- `load.jsx_data`: a React Native screen's `<Text>` laid out in a `<View>` of a mapped section is a box of its own, as
  the HTML reader reads it (the same section's title was glued onto its content).
- `placeholder-instruction` (`cli/policylens/rules/placeholder_left_in.py`): a value's to-do after it, 「support@x.com（待配置）」; a phone
  field whose whole value sends the reader back to customer service, 「客服电话：请联系客服」 (round44d liuhen-rn-tsx).
- `load.jsx_locale`: the three-letter keys of Chinese editions (`zht`, `yue`, `chs`…) make an object keyed by language,
  and a back link's label chosen by language does not stop the page's reading (precision44 ormfolk-terms-tsx: its
  terms unread, a false "no date" info).
- Regional tables: tracking words with 跟蹤 in Taiwan text (跟蹤技術 → 追蹤技術; not 跟蹤 alone, which Taiwan writes for
  following a person), 准確 in Traditional text (準確; not 批准確認).
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_file, parse_path, rule_excerpts, slot_findings, slot_lines
from policylens.check import CheckOptions, check_file

EVAL = Path(__file__).resolve().parent.parent / "eval"
AINEED = EVAL / "precision44" / "aineed-rn-tsx" / "privacy.tsx"
LIUHEN = EVAL / "blind" / "round44d" / "dev" / "liuhen-rn-tsx" / "privacy.tsx"
ORMFOLK = EVAL / "precision44" / "ormfolk-terms-tsx" / "page.tsx"
NOMONEY = EVAL / "precision44" / "nomoneydaddy-tw-tsx" / "page.tsx"

_SCREEN = """import React from 'react';
import { View, ScrollView, Text } from 'react-native';

const SECTIONS = [
  { title: '信息收集', content: '我们收集以下信息：\\n\\n手机号；\\n设备型号。' },
  {
    title: '联系我们',
    content: 'CONTACT',
  },
];

export default function PrivacyScreen() {
  return (
    <ScrollView>
      <Text>最后更新日期：2026年4月1日</Text>
      {SECTIONS.map((section) => (
        <View key={section.title}>
          <Text style={styles.sectionTitle}>{section.title}</Text>
          <Text style={styles.body}>{section.content}</Text>
        </View>
      ))}
    </ScrollView>
  );
}
"""


def _lead_ins(tmp_path: Path, contact: str) -> list[str]:
    return rule_excerpts(tmp_path, _SCREEN.replace("CONTACT", contact), "enumeration-lead-in", "privacy.tsx")


def test_a_list_after_line_breaks_in_the_same_literal_is_no_empty_lead_in(tmp_path: Path) -> None:
    full = "如您有任何疑问，可通过以下方式联系我们：\\n\\n邮箱：privacy@example.com\\n客服电话：400-888-0000"
    assert _lead_ins(tmp_path, full) == []
    # the other way: a contact lead-in with nothing after it, or only a sentence without contact details, is reported
    assert _lead_ins(tmp_path, "如您有任何疑问，可通过以下方式联系我们：") != []
    assert _lead_ins(tmp_path, "如您有任何疑问，可通过以下方式联系我们：\\n我们会尽快回复。") != []


def test_a_list_after_a_line_break_in_markdown_is_no_empty_lead_in(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n## 一、收集\n\n我们收集以下信息：  \n手机号、设备型号。\n"
    assert rule_excerpts(tmp_path, text, "enumeration-lead-in", "policy.md") == []
    bare = "# 隐私政策\n\n## 一、收集\n\n我们收集以下信息：\n"
    assert rule_excerpts(tmp_path, bare, "enumeration-lead-in", "policy.md") != []


def test_native_text_boxes_of_a_mapped_section_are_blocks(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "privacy.tsx", _SCREEN.replace("CONTACT", "邮箱：a@example.com"))
    texts = [p.text for p in doc.paragraphs()] + [s.title for s in doc.sections if s.title]
    assert "联系我们" in texts and "邮箱：a@example.com" in texts
    assert not any(t.startswith("联系我们邮箱") or t.startswith("信息收集我们") for t in texts)
    # a <Text> inside a <Text> still runs inline
    nested = _SCREEN.replace(
        "<Text style={styles.sectionTitle}>{section.title}</Text>",
        "<Text style={styles.body}><Text style={styles.bold}>{section.title}</Text>：</Text>",
    ).replace("CONTACT", "邮箱：a@example.com")
    doc = parse_file(tmp_path, "nested.tsx", nested)
    assert any(p.text == "联系我们：" for p in doc.paragraphs())


def test_a_web_page_text_component_stays_inline(tmp_path: Path) -> None:
    web = _SCREEN.replace("from 'react-native'", "from '@/components/ui'").replace("CONTACT", "邮箱：a@example.com")
    doc = parse_file(tmp_path, "privacy.tsx", web)
    assert not any(p.text == "联系我们" for p in doc.paragraphs())  # (not a React Native screen: as before)


def test_aineed_contact_section_regression() -> None:
    assert rule_excerpts_of(AINEED, "enumeration-lead-in") == []
    doc = parse_path(AINEED)
    assert [s.title for s in doc.sections if s.title][-1] == "联系我们"


def rule_excerpts_of(path: Path, rule: str) -> list[str]:
    """The excerpts of `rule`'s findings on the file `path` (`check --no-config --select rule`)."""
    report = check_file(str(path), CheckOptions(no_config=True, select=(rule,)))
    assert report.error is None, report.error
    return [f.excerpt or f.message for f in report.findings]


def test_a_to_do_after_a_value_is_a_slot(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n## 联系我们\n\n- 邮箱：support@huanyu-app.cn（待配置）\n- 地址：北京市海淀区（待补充）\n"
    assert slot_lines(tmp_path, text) == {5, 6}
    # not a list of states, nor a word of the text
    fine = "# 隐私政策\n\n## 设备\n\n设备状态（待配置、已配置）会上传。网络待配置时不会上传。\n"
    assert slot_lines(tmp_path, fine) == set()


def test_a_phone_field_that_sends_the_reader_to_customer_service_is_a_slot(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n## 联系我们\n\n- 客服电话：请联系客服\n- 聯絡電話：請聯繫客服。\n"
    assert slot_lines(tmp_path, text) == {5, 6}
    fine = "# 隐私政策\n\n## 联系我们\n\n- 客服电话：400-888-0000\n- 电话：请联系客服获取退款地址后寄回。\n如需帮助，请联系客服。\n"
    assert slot_lines(tmp_path, fine) == set()


def test_liuhen_slot_lines_regression() -> None:
    lines = {line for line, _, _ in slot_findings(LIUHEN)}
    assert {135, 137} <= lines


_LOCALES = """const content: Record<string, { title: string; lastUpdated: string; sections: { title: string; body: string }[] }> = {
  "zh": { title: "服务条款", lastUpdated: "最后更新：2026年6月", sections: [{ title: "1. 接受条款", body: "使用本网站即表示您同意本服务条款。" }] },
  "KEY": { title: "服務條款", lastUpdated: "最後更新：2026年6月", sections: [{ title: "1. 接受條款", body: "使用本網站即表示您同意本服務條款。" }] },
  "en": { title: "Terms", lastUpdated: "Last updated: June 2026", sections: [{ title: "1. Acceptance", body: "By using this site you agree." }] },
};

export default function TermsPage() {
  const locale = useLocale();
  const t = content[locale] || content.en;
  const isZh = locale === "zh" || locale === "KEY";
  return (
    <div>
      <Link href="/">{isZh ? "返回" : "Back"}</Link>
      <h1>{t.title}</h1>
      <p><em>{t.lastUpdated}</em></p>
      {t.sections.map((s, i) => (
        <div key={i}><h2>{s.title}</h2><p>{s.body}</p></div>
      ))}
    </div>
  );
}
"""


def test_three_letter_chinese_keys_and_a_label_by_language(tmp_path: Path) -> None:
    for key in ("zht", "yue", "cht"):
        doc = parse_file(tmp_path, f"terms-{key}.tsx", _LOCALES.replace("KEY", key))
        texts = [p.text for p in doc.paragraphs()]
        assert "使用本網站即表示您同意本服務條款。" in texts, key
        assert doc.metadata.updated is not None or "最后更新：2026年6月" in texts
    # a key that is no language tag leaves the object unread, as before
    doc = parse_file(tmp_path, "terms-x.tsx", _LOCALES.replace("KEY", "xyz"))
    assert not any("同意本服務條款" in p.text for p in doc.paragraphs())
    # a long sentence chosen by language is text, not a label: the page is left as before
    long = _LOCALES.replace("KEY", "zht").replace('"返回"', '"返回首页并查看我们的全部条款"')
    doc = parse_file(tmp_path, "terms-long.tsx", long)
    assert not any("同意本服務條款" in p.text for p in doc.paragraphs())


def test_ormfolk_date_regression() -> None:
    assert rule_excerpts_of(ORMFOLK, "date-format") == []


def test_taiwan_tracking_and_conversion_error(tmp_path: Path) -> None:
    tw = (
        "# 隱私權政策\n\n我們使用跟蹤技術與廣告跟蹤工具，以確保資料準確。\n\n"
        "禁止霸凌、「跟蹤」、騷擾任何人；本公司依跟蹤騷擾防制法處理，經批准確認後刪除。\n"
    )
    # tracking (追蹤) is reported; following a person (跟蹤 alone, 跟蹤騷擾) is Taiwan's own word
    assert rule_excerpts(tmp_path, tw, "regional-vocabulary", "privacy_tw.md") == ["跟蹤技術", "廣告跟蹤"]
    assert rule_excerpts(tmp_path, tw, "conversion-error", "privacy_tw.md") == []
    wrong = "# 隱私權政策\n\n如資料不准確，您可以請求更正。\n"
    assert rule_excerpts(tmp_path, wrong, "conversion-error", "privacy_tw.md") == ["准確"]


def test_nomoneydaddy_and_hackathon_regressions() -> None:
    assert "跟蹤技術" in rule_excerpts_of(NOMONEY, "regional-vocabulary")
    assert rule_excerpts_of(NOMONEY, "conversion-error") == ["准確"]
    manual = EVAL / "precision38" / "hackathon-manual-tw-php" / "manual.php"  # 「霸凌、「跟蹤」、威脅」: stalking
    assert not any("跟蹤" in x for x in rule_excerpts_of(manual, "regional-vocabulary"))
