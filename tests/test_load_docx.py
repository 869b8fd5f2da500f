"""DOCX against the structure classes: heading styles, outline levels, Word's automatic
numbering (`w:numPr`), bold pseudo-headings and tables, on small files built with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_path

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

BODY = "我們會依法處理您的個人資料，並採取適當的安全措施。"

_ABSTRACT = """<w:abstractNum {ns} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt0}"/><w:lvlText w:val="{text0}"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="{fmt1}"/><w:lvlText w:val="{text1}"/></w:lvl>
</w:abstractNum>"""


def _numbering(document, fmt0: str = "chineseCounting", text0: str = "%1、", fmt1: str = "chineseCounting", text1: str = "（%2）") -> str:
    """Add a two-level list definition to the document; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(_ABSTRACT.format(ns=nsdecls("w"), fmt0=fmt0, text0=text0, fmt1=fmt1, text1=text1))
    numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _numbered(document, text: str, num_id: str, ilvl: int, *, bold: bool = False):
    para = document.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    ppr = para._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return para


def _save(document, tmp_path: Path) -> Path:
    path = tmp_path / "policy.docx"
    document.save(str(path))
    return path


def test_outline_level_on_a_plain_paragraph_is_a_heading(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("隱私權政策", level=0)
    para = document.add_paragraph("關於我們")
    para._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="0"/>'))
    document.add_paragraph(BODY)
    para = document.add_paragraph("聯絡方式")
    para._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    document.add_paragraph(BODY)
    doc = parse_path(_save(document, tmp_path))
    assert headings(doc) == [(2, 1, "關於我們"), (4, 2, "聯絡方式")]


def test_automatic_numbers_are_in_the_text_and_make_headings(tmp_path: Path) -> None:
    """Word generates 「一、」 and 「（一）」 from numbering.xml: the reader sees them, so does parse."""
    document = docx.Document()
    document.add_heading("隱私權政策", level=0)
    num = _numbering(document)
    _numbered(document, "我們收集的資料", num, 0, bold=True)
    document.add_paragraph(BODY)
    _numbered(document, "帳戶資料", num, 1, bold=True)
    document.add_paragraph(BODY)
    _numbered(document, "裝置資料", num, 1, bold=True)
    document.add_paragraph(BODY)
    _numbered(document, "聯絡我們", num, 0, bold=True)
    document.add_paragraph(BODY)
    doc = parse_path(_save(document, tmp_path))
    assert headings(doc) == [(2, 1, "一、我們收集的資料"), (4, 2, "（一）帳戶資料"), (6, 2, "（二）裝置資料"), (8, 1, "二、聯絡我們")]
    section = next(s for s in doc.sections if s.title == "（二）裝置資料")
    assert section.column == 1 and section.title_pieces[0].offset == len("（二）")


def test_automatic_decimal_numbers_of_sentences_stay_list_items(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("隱私權政策", level=0)
    document.add_heading("資料的使用", level=1)
    num = _numbering(document, "decimal", "%1.", "decimal", "%1.%2")
    _numbered(document, "我們會使用您的資料提供服務。", num, 0)
    _numbered(document, "我們會使用您的資料改善服務。", num, 0)
    doc = parse_path(_save(document, tmp_path))
    assert headings(doc) == [(2, 1, "資料的使用")]
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["1. 我們會使用您的資料提供服務。", "2. 我們會使用您的資料改善服務。"]
    assert all(p.kind == "item" for s in doc.sections for p in s.paragraphs)


def test_bold_pseudo_headings(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("隱私權政策").bold = True
    document.add_paragraph(BODY)
    for title in ("一、資料的蒐集", "二、資料的利用"):
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph(BODY)
    doc = parse_path(_save(document, tmp_path))
    assert doc.metadata.title == "隱私權政策"
    assert headings(doc) == [(3, 1, "一、資料的蒐集"), (5, 1, "二、資料的利用")]


def test_table_cells_are_never_headings(tmp_path: Path) -> None:
    """Short cells (「第三方名稱」, 「用途」) look like bare title lines; in a table they are cells."""
    document = docx.Document()
    document.add_paragraph("隱私權政策")
    document.add_paragraph(BODY)
    document.add_paragraph("第三方服務")
    document.add_paragraph(BODY)
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("第三方名稱", "用途"), ("廣告服務商", "投放廣告")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("聯絡我們")
    document.add_paragraph(BODY)
    doc = parse_path(_save(document, tmp_path))
    assert [t for _, _, t in headings(doc)] == ["第三方服務", "聯絡我們"]
    cells = [p for s in doc.sections for p in s.paragraphs if p.kind == "table"]
    assert [p.text for p in cells] == ["第三方名稱", "用途", "廣告服務商", "投放廣告"]


@pytest.mark.parametrize(
    ("n", "fmt", "shown"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (11, "chineseCountingThousand", "十一"),
        (20, "taiwaneseCounting", "二十"),
        (112, "chineseCounting", "一百一十二"),
        (105, "chineseCounting", "一百〇五"),
        (3, "ideographTraditional", "丙"),
        (2, "decimalEnclosedCircle", "②"),
        (28, "lowerLetter", "bb"),
        (14, "upperRoman", "XIV"),
        (7, "decimal", "7"),
        (7, "someFutureFormat", "7"),
    ],
)
def test_word_number_formats(n: int, fmt: str, shown: str) -> None:
    from policylens.load.docx.numbering import format_number

    assert format_number(n, fmt) == shown


def test_multilevel_label_uses_the_counters_of_every_level(tmp_path: Path) -> None:
    """`%1.%2` under the second top-level item reads 2.1, and the sub-counter restarts."""
    document = docx.Document()
    document.add_heading("隱私權政策", level=0)
    num = _numbering(document, "decimal", "%1.", "decimal", "%1.%2")
    for top in ("資料的蒐集", "資料的利用"):
        _numbered(document, top, num, 0, bold=True)
        document.add_paragraph(BODY)
        _numbered(document, "帳戶資料", num, 1, bold=True)
        document.add_paragraph(BODY)
    doc = parse_path(_save(document, tmp_path))
    assert [(level, title) for _, level, title in headings(doc)] == [
        (1, "1. 資料的蒐集"),
        (2, "1.1 帳戶資料"),
        (1, "2. 資料的利用"),
        (2, "2.1 帳戶資料"),
    ]


def test_hostile_numbering_values_neither_crash_nor_blow_up(tmp_path: Path) -> None:
    """A 5,000-digit start, a letter list starting at 10**9, a level that is not a number."""
    document = docx.Document()
    document.add_heading("隱私權政策", level=0)
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91">'
            f'<w:lvl w:ilvl="0"><w:start w:val="{"9" * 5000}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1%1%9."/></w:lvl>'
            '<w:lvl w:ilvl="x"><w:start w:val="²"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="999999999"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    _numbered(document, "資料的蒐集", "91", 0)
    _numbered(document, "帳戶資料", "91", 1)
    _numbered(document, "裝置資料", "91", 7)
    doc = parse_path(_save(document, tmp_path))
    texts = [t for s in doc.sections for t in [s.title or "", *(p.text for p in s.paragraphs)]]
    assert all(len(t) < 40 for t in texts), texts
