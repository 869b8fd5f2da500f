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
