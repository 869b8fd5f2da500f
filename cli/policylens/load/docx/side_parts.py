"""The DOCX parts beside the body that are not read as policy text: footnotes, endnotes, comments, headers, footers.

Each is named in a warning with what it holds, within one budget of inflated bytes (`_LOOK_BUDGET`), as are embedded
documents, objects and subdocuments; the text of Word's comments is kept for `check` (drafting notes), and the
notes' warnings name the paragraphs that reference them (`_note_marks`).
"""

from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree as ET

from policylens.load.docx.flood import _T_TEXT
from policylens.load.docx.numbering import W, xml_root
from policylens.load.docx.parts import _ZIP_ERRORS
from policylens.load.docx.tags import _COMMENT, _P, _TEXT
from policylens.load.types import first_few, gist

_OLE_OBJECT = re.compile(rb"<o:OLEObject\b[^>]{0,400}?\bProgID=\"([^\"<>]{1,60})\"")
_NOTE_OPEN = re.compile(rb"<w:(?:footnote|endnote|comment)\b[^>]{0,400}>")


def _count_notes(data: bytes, kind: str) -> int:
    """The notes of a footnotes/endnotes part that hold text.  The separator "notes" Word always
    writes carry w:type.  Linear: each note is searched from its opening tag to its own end
    (a lazy `.*?` from every opening tag of an unclosed part was quadratic: 2 KB took 37 s)."""
    close = f"</w:{kind}>".encode()
    count = 0
    pos = 0
    while (m := _NOTE_OPEN.search(data, pos)) is not None:
        end = data.find(close, m.end())
        if end == -1:
            break
        if b"w:type=" not in m.group(0) and _T_TEXT.search(data, m.end(), end):
            count += 1
        pos = end + len(close)
    return count


# Inflated bytes read, in all, from the parts only warned about (footnotes, endnotes, comments, headers, footers):
# each was bounded alone (8 MB), so 40 header parts of 8 MB of tiny paragraphs (840 KB zipped) took 23 s of CPU,
# and the 1,000 that fit under the size limit would have taken ten minutes.
_LOOK_BUDGET = 8 << 20


def _unread_parts(
    archive: zipfile.ZipFile, xml: bytes, parts: dict[str, list[str]], warnings: list[str], comments: dict[str, str]
) -> dict[str, int]:
    """A warning for text that is in the file but not read: footnotes, endnotes, comments, headers,
    footers and embedded documents (`w:altChunk`), so that none of it is dropped silently.  Returns where the
    footnotes' and endnotes' warnings are in `warnings` (`_note_marks` adds the paragraphs that reference them).

    The parts are looked at within one budget of inflated bytes (`_LOOK_BUDGET`, their declared sizes, which
    bound what zipfile inflates); those past it are named as not read, unopened.  The text of each Word comment is
    put in `comments` by its id (`_comment_texts`): not text of the policy, but `check` reads it for drafting notes.
    """
    budget = _LOOK_BUDGET
    unopened: list[str] = []
    noted: dict[str, int] = {}

    def affordable(info: zipfile.ZipInfo) -> bool:
        nonlocal budget
        if info.file_size > budget:
            unopened.append(info.filename)
            return False
        budget -= info.file_size
        return True

    for kind in ("footnote", "endnote", "comment"):
        for member in parts[f"{kind}s"]:
            info = archive.getinfo(member)
            if not affordable(info):
                continue
            try:
                data = archive.read(info)
            except _ZIP_ERRORS:
                continue
            count = _count_notes(data, kind)
            if count and kind == "comment":
                comments.update(_comment_texts(data))  # not text of the policy: only `check` reads them, for notes
            if count:
                noted.setdefault(kind, len(warnings))
                warnings.append(f"{member}: {count} {kind}{'s are' if count > 1 else ' is'} not read (policylens reads the body text only)")
    for kind in ("header", "footer"):
        texts: dict[str, list[str]] = {}  # text → its parts: a first-page, even and default header often say the same
        for member in parts[kind]:
            info = archive.getinfo(member)
            text = _part_text(archive, info) if affordable(info) else ""
            if any(c.isalpha() for c in text):  # a page number alone is no text of the policy
                texts.setdefault(text, []).append(member)
        for text, members in texts.items():
            warnings.append(f"{_named(members)}: the {kind} text is not read (policylens reads the body text only): 「{gist(text)}」")
    if unopened:
        warnings.append(
            f"{_named(unopened)}: not read (past {_LOOK_BUDGET >> 20} MB inflated in all for notes, comments, headers and footers)"
        )
    chunks = xml.count(b"<w:altChunk")
    if chunks:
        warnings.append(f"{chunks} embedded document{'s' if chunks > 1 else ''} (w:altChunk) not read")
    # an embedded object (Insert ▸ Object: an Excel sheet of the data collected, a Word document): its text is in a part
    # of its own, shown as a picture; it was left out without a word (twenty-eighth session, u28h)
    programs = sorted({m.group(1).decode("ascii", "replace") for m in _OLE_OBJECT.finditer(xml)})
    if programs:
        count = len(_OLE_OBJECT.findall(xml))
        warnings.append(f"{count} embedded object{'s' if count > 1 else ''} ({', '.join(programs[:3])}) not read")
    # a master document's subdocuments are files of their own, linked: their text was left out without a word
    linked = xml.count(b"<w:subDoc")
    if linked:
        warnings.append(f"{linked} subdocument{'s' if linked > 1 else ''} of a master document (w:subDoc, a link to another file) not read")
    return noted


def _comment_texts(data: bytes) -> dict[str, str]:
    """Each Word comment's text (its paragraphs a line each) by its `w:id`; none if the part is not valid XML."""
    try:
        root = xml_root(data)
    except ET.ParseError:
        return {}
    texts: dict[str, str] = {}
    for comment in root.iter(_COMMENT):
        lines = ("".join(t.text or "" for t in para.iter(_TEXT)) for para in comment.iter(_P))
        text = "\n".join(line for line in lines if line.strip())
        if text and (key := comment.get(f"{W}id")) is not None:
            texts[key] = text
    return texts


def _named(members: list[str]) -> str:
    """Part names for a warning: five, then how many more (a line listed all 1,000 header parts)."""
    return first_few(members)


def _part_text(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """The text of a header or footer part, its paragraphs joined by spaces ("" if it cannot be read)."""
    try:
        root = xml_root(archive.read(info))
    except (ET.ParseError, *_ZIP_ERRORS):
        return ""
    paragraphs = ("".join(t.text or "" for t in p.iter(f"{W}t")).strip() for p in root.iter(_P))
    return " ".join(p for p in paragraphs if p)


def _note_marks(warnings: list[str], noted: dict[str, int], marked: dict[str, list[int]]) -> None:
    """Name, in the warning that footnotes (endnotes) are not read, the paragraphs whose text references them.

    The body keeps no mark where a note was (Word's 「¹」): Word numbers the marks in order, so a note added in one
    version renumbers every later mark, and `diff` would report each later paragraph changed; a mark would also
    enter the sentences the rules and `compare` read.  The warning tells the reviewer where the notes are instead
    (twenty-ninth session, u29h: the notes were counted, their places not named)."""
    for kind, at in noted.items():
        if paragraphs := marked.get(kind):  # (comments are named without their places)
            where = f"paragraph{'s' if len(paragraphs) > 1 else ''} {first_few(paragraphs)}"
            warnings[at] = warnings[at].removesuffix(")") + f"; referenced in {where})"
