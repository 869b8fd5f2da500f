"""DOCX text that is not the document's body as it stands: the source of a tracked move is
not read twice (it is read at its `w:moveTo`), a no-break hyphen is a hyphen (「02‑1234‑5678」
read as 0212345678), Strict OOXML is read, and footnotes, endnotes and embedded documents,
which are not read, each get a warning instead of being dropped silently."""

from __future__ import annotations

import zipfile
from pathlib import Path

from helpers import parse_path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _docx(path: Path, body: str, *, ns: str = W, extra: dict[str, str] | None = None) -> Path:
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def _texts(path: Path) -> list[str]:
    doc = parse_path(path)
    return [p.text for s in doc.sections for p in s.paragraphs]


def test_the_source_of_a_tracked_move_is_not_read(tmp_path: Path) -> None:
    move = '<w:moveFrom w:id="1" w:author="a"><w:r><w:t>被移走的句子。</w:t></w:r></w:moveFrom>'
    body = (
        f"<w:p>{move}<w:r><w:t>我們會收集您的姓名。</w:t></w:r></w:p>"
        + '<w:p><w:moveTo w:id="2" w:author="a"><w:r><w:t>被移走的句子。</w:t></w:r></w:moveTo></w:p>'
    )
    assert _texts(_docx(tmp_path / "p.docx", _para("隱私權政策") + body)) == ["我們會收集您的姓名。", "被移走的句子。"]


def test_a_no_break_hyphen_is_a_hyphen(tmp_path: Path) -> None:
    body = "<w:p><w:r><w:t>客服電話：02</w:t><w:noBreakHyphen/><w:t>1234</w:t><w:noBreakHyphen/><w:t>5678</w:t></w:r></w:p>"
    assert _texts(_docx(tmp_path / "p.docx", _para("隱私權政策") + body)) == ["客服電話：02-1234-5678"]


def test_strict_ooxml_is_read(tmp_path: Path) -> None:
    path = _docx(tmp_path / "p.docx", _para("隱私權政策") + _para("我們會收集您的姓名。"), ns=STRICT)
    assert _texts(path) == ["我們會收集您的姓名。"]


def test_footnotes_and_embedded_documents_are_named_in_a_warning(tmp_path: Path) -> None:
    notes = (
        f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>保存期限為【】年。</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    body = (
        _para("隱私權政策") + '<w:p><w:r><w:t>我們會保存您的資料。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p><w:altChunk/>'
    )
    doc = parse_path(_docx(tmp_path / "p.docx", body, extra={"word/footnotes.xml": notes}))
    assert "word/footnotes.xml: 1 footnote is not read (policylens reads the body text only; referenced in paragraph 2)" in doc.warnings
    assert "1 embedded document (w:altChunk) not read" in doc.warnings


def test_a_document_without_notes_has_no_warning(tmp_path: Path) -> None:
    separators = f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote></w:footnotes>'
    doc = parse_path(
        _docx(tmp_path / "p.docx", _para("隱私權政策") + _para("我們會保存您的資料。"), extra={"word/footnotes.xml": separators})
    )
    assert not doc.warnings
