"""Reader for DOCX (Office Open XML) with the standard library: zipfile + ElementTree.

Each `w:p` (also inside tables) is one block; its "line" is the 1-based paragraph
index and its column the character offset.  Heading levels come from the paragraph
style (Heading 1–9 / Title, via styles.xml) or an explicit outline level.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree as ET

from policylens.errors import UserError
from policylens.load.docx_numbering import Numbering
from policylens.load.types import Parsed
from policylens.model import Block, Piece
from policylens.normalise import strip_span

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(?:heading|標題|标题|見出し)\s*(\d)$", re.I)


def _styles(archive: zipfile.ZipFile) -> dict[str, tuple[int | None, bool]]:
    """Map styleId → (heading level or 0 for Title, None otherwise; bold)."""
    result: dict[str, tuple[int | None, bool]] = {}
    try:
        root = ET.fromstring(archive.read("word/styles.xml"))
    except (KeyError, ET.ParseError):
        return result
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId") or ""
        name_el = style.find(f"{W}name")
        name = (name_el.get(f"{W}val") if name_el is not None else "") or ""
        level: int | None = None
        m = _HEADING_NAME.match(name.strip()) or _HEADING_NAME.match(sid)
        if m:
            level = int(m.group(1))
        elif name.strip().lower() == "title" or sid.lower() == "title":
            level = 0
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if level is None and outline is not None and (outline.get(f"{W}val") or "").isdigit():
            value = int(outline.get(f"{W}val") or 9)
            level = value + 1 if value < 9 else None
        bold = style.find(f"{W}rPr/{W}b") is not None
        result[sid] = (level, bold)
    return result


def _runs(element: ET.Element):  # type: ignore[no-untyped-def]
    """The runs of a paragraph, without those of paragraphs nested in it (text boxes)."""
    for child in element:
        if child.tag == f"{W}r":
            yield child
        elif child.tag != f"{W}p":
            yield from _runs(child)


def _run_bold(run: ET.Element, default: bool) -> bool:
    b = run.find(f"{W}rPr/{W}b")
    if b is None:
        return default
    return (b.get(f"{W}val") or "true").lower() not in ("0", "false", "off")


def read_docx(data: bytes, *, path: str) -> Parsed:
    """Read paragraphs and table cells of a .docx in document order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UserError("malformed DOCX: not a zip archive", path=path) from None
    with archive:
        try:
            xml = archive.read("word/document.xml")
        except KeyError:
            raise UserError("malformed DOCX: no word/document.xml in the archive", path=path) from None
        except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
            raise UserError(f"malformed DOCX: {exc}", path=path) from None
        styles = _styles(archive)
        numbering = Numbering(archive)
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise UserError(f"malformed DOCX: word/document.xml is not valid XML ({exc})", path=path) from None
    parsed = Parsed(blocks=[])
    body = root.find(f"{W}body")
    if body is None:
        raise UserError("malformed DOCX: word/document.xml has no body", path=path)
    in_table = {id(p) for cell in body.iter(f"{W}tc") for p in cell.iter(f"{W}p")}
    for index, para in enumerate(body.iter(f"{W}p"), start=1):
        ppr = para.find(f"{W}pPr")
        style_id = ""
        level: int | None = None
        style_bold = False
        if ppr is not None:
            ps = ppr.find(f"{W}pStyle")
            if ps is not None:
                style_id = ps.get(f"{W}val") or ""
                level, style_bold = styles.get(style_id, (None, False))
                if style_id and level is None:
                    m = _HEADING_NAME.match(style_id)
                    level = int(m.group(1)) if m else (0 if style_id.lower() == "title" else None)
            outline = ppr.find(f"{W}outlineLvl")
            if level is None and outline is not None and (outline.get(f"{W}val") or "").isdigit():
                value = int(outline.get(f"{W}val") or 9)
                level = value + 1 if value < 9 else None
        parts: list[str] = []
        bold_chars = 0
        for run in _runs(para):
            bold = _run_bold(run, style_bold)
            for child in run:
                if child.tag == f"{W}t":
                    t = child.text or ""
                elif child.tag == f"{W}tab":
                    t = "\t"
                elif child.tag in (f"{W}br", f"{W}cr"):
                    t = " "
                else:
                    continue
                parts.append(t)
                if bold:
                    bold_chars += len(t.strip())
        raw = "".join(parts)
        start, end = strip_span(raw)
        label = numbering.label(ppr, style_id)  # counted even for an empty paragraph, as Word does
        if start == end:
            continue
        text = raw[start:end]
        kind = "table" if id(para) in in_table else "paragraph"
        if ppr is not None and ppr.find(f"{W}numPr") is not None and kind != "table":
            kind = "item"
        lead = ""
        if label:  # Word's automatic number, drawn before the text: 「一、」, 「1.」 (no source position)
            lead = label if label.endswith(("、", "）", "】", "」")) else label + " "
            bold_chars += len(lead.strip()) if bold_chars >= len(text.replace(" ", "")) * 0.9 else 0
        if level == 0:
            if parsed.title is None:
                parsed.title = text
            level = 1
        if level is not None:
            kind = "heading"
        parsed.blocks.append(
            Block(
                kind,  # type: ignore[arg-type]
                lead + text,
                index,
                start + 1,
                index,
                (Piece(len(lead), len(text), index, start + 1),),
                level,
                bold_chars >= len((lead + text).replace(" ", "")) * 0.9,
            )
        )
    return parsed
