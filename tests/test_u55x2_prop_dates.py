"""u55x2 (eval/structure55s chimei-tw-tsx, held out): a wrapper component's date prop beside the title it gives the page,
「<LegalDocument title="隱私權政策" updatedAt="2026年7月16日">」, is read as a line of the text where the title is: the layout
prints both, and the title was a line of the text while the date was only metadata.  A component whose `title=` is not
read (a `<Layout>`, a `<Helmet>`: the browser tab's) keeps its date in the metadata only, as before.  Texts invented but
for the regression case."""

from __future__ import annotations

from pathlib import Path

from helpers import parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent


def _page(tag: str) -> str:
    return f"""export default function PrivacyPage() {{
  return (
    <{tag}>
      <p>歡迎使用本服務。我們重視您的隱私，本政策說明我們如何蒐集、使用與保護您的個人資料。</p>
      <h2>一、我們蒐集的資料</h2>
      <p>我們會蒐集您的電子郵件與暱稱，用於建立帳戶。</p>
      <h2>二、您的權利</h2>
      <p>您可以隨時查詢、更正或刪除您的個人資料。</p>
    </{tag.split()[0]}>
  );
}}
"""


def _lines(doc):  # type: ignore[no-untyped-def]
    return [(p.line, p.column, p.text) for s in doc.sections for p in s.paragraphs]


def test_a_date_prop_beside_a_shown_title_is_a_line_of_the_text(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "page.tsx", _page('LegalDocument title="隱私權政策" updatedAt="2026年7月16日"'))
    assert doc.metadata.title == "隱私權政策" and doc.metadata.title_line == 3
    assert (3, 45, "2026年7月16日") in _lines(doc)
    assert doc.metadata.updated == "2026-07-16" and doc.metadata.effective is None  # the metadata as before


def test_an_effective_date_prop_keeps_its_kind(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "page.tsx", _page('PolicyShell title="隱私權政策" effectiveDate="2026-05-01"'))
    assert any(text == "2026-05-01" for _, _, text in _lines(doc))
    assert doc.metadata.effective == "2026-05-01"


def test_a_date_prop_of_a_component_whose_title_is_not_read_stays_metadata(tmp_path: Path) -> None:
    for tag in ('Layout title="隱私權政策" updatedAt="2026年7月16日"', 'LegalDocument updatedAt="2026年7月16日"'):
        doc = parse_file(tmp_path, "page.tsx", _page(tag))
        assert not any("2026年7月16日" in text for _, _, text in _lines(doc)), tag
        assert doc.metadata.updated == "2026-07-16"


def test_chimei_date_under_its_title() -> None:
    doc = parse_path(_ROOT / "eval/structure55s/holdout/chimei-tw-tsx/page.tsx")
    assert doc.metadata.title_line == 13 and doc.metadata.updated == "2026-07-16"
    assert _lines(doc)[0] == (13, 45, "2026年7月16日")
