"""u54x class 3: the title a self-closed page component shows over the sections it is given as data,
「<LegalPage title="Privacy Policy" sections={[…]} />」 (eval/profiles52b elevate-en) and 「<LegalDocument title="隐私政策"
sections={sections} />」 (eval/blind/round35b linguaflow): the document's title at its own line; before, neither page had
a title.  Not when the page writes its own `<h1>` (the prop is then the tab's), the component names neither a page nor a
legal text, or the tag has children.  Texts invented; the real documents stay as regressions."""

from __future__ import annotations

from pathlib import Path

from helpers import parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent

_SECTIONS = """const sections = [
  { title: '一、我們蒐集的資料', body: '我們蒐集您的姓名、電話號碼及電子郵件地址，用於建立及管理您的帳號與提供客戶服務。' },
  { title: '二、聯絡我們', body: '如對本政策有任何疑問，請以電子郵件與我們聯絡，我們將於十個工作天內回覆您的詢問。' },
];
"""


def _page(tag: str = "LegalDocument", title: str = "隱私權政策", extra: str = "", children: bool = False) -> str:
    close = f">\n      <p>本頁說明我們如何處理您的個人資料。</p>\n    </{tag}>" if children else "\n    />"
    return f"""import {{ {tag} }} from '@/components/{tag}';

{_SECTIONS}
export default function Privacy() {{
  return (
    <>
    {extra}
    <{tag}
      title="{title}"
      sections={{sections}}{close}
    </>
  );
}}
"""


def test_a_self_closed_legal_document_s_title_is_the_document_title(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "page.tsx", _page())
    assert (doc.metadata.title, doc.metadata.title_line) == ("隱私權政策", 13)
    assert [s.title for s in doc.sections if s.title] == ["一、我們蒐集的資料", "二、聯絡我們"]


def test_a_page_with_its_own_h1_keeps_it(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "page.tsx", _page(extra="<h1>隱私權政策（台灣）</h1>"))
    assert doc.metadata.title == "隱私權政策（台灣）"


def test_a_component_named_for_neither_a_page_nor_a_legal_text_gives_no_title(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "page.tsx", _page(tag="Accordion"))
    assert doc.metadata.title != "隱私權政策"


def test_a_sentence_is_no_title(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "page.tsx", _page(title="本政策說明我們如何處理您的個人資料。"))
    assert doc.metadata.title != "本政策說明我們如何處理您的個人資料。"


def test_elevate_en_is_titled_by_its_layout() -> None:
    doc = parse_path(_ROOT / "eval/profiles52b/docs/elevate-en/Privacy.tsx")
    assert (doc.metadata.title, doc.metadata.title_line) == ("Privacy Policy", 9)
    assert [s.title for s in doc.sections if s.title][:2] == ["Who we are", "What we collect"]


def test_linguaflow_is_titled_by_its_legal_document() -> None:
    for name in ("linguaflow-tsx", "linguaflow-tmpl-tsx"):
        doc = parse_path(_ROOT / f"eval/blind/round35b/holdout/{name}/page.tsx")
        assert doc.metadata.title == "隐私政策"
        assert next(s.title for s in doc.sections if s.title) == "1. 我们处理的信息"


def test_the_page_s_own_component_keeps_its_title_where_its_definition_puts_it() -> None:
    """(round48 hkdraft-hk-tsx: a local `PolicyPage` hands its title to `SectionHeader`; a first version also made it
    the document's title, the line then a title and a heading at once)"""
    doc = parse_path(_ROOT / "eval/blind/round48/dev/hkdraft-hk-tsx/page.tsx")
    assert doc.metadata.title is None
    assert [(s.line, s.title) for s in doc.sections if s.title] == [(6, "私隱政策（草稿，需法律審閱）")]
