"""Reader for DOCX (Office Open XML) with the standard library: zipfile + ElementTree.

Each `w:p` (also inside tables) is one block; its "line" is the 1-based paragraph
index and its column the character offset.  Heading levels come from the paragraph
style (Heading 1–9 / Title, via styles.xml) or an explicit outline level.
"""

from __future__ import annotations

import bisect
import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any, NamedTuple
from urllib.parse import unquote
from xml.etree import ElementTree as ET

from policylens.errors import UserError
from policylens.load.docx_blanks import blank_runs, blank_text
from policylens.load.docx_format import Mark, Styled, emphasise, inherit, marks_between, paragraph_look, read_fonts, run_mark, title_cut
from policylens.load.docx_numbering import Numbering, W, small_int, xml_root
from policylens.load.docx_symbols import symbol, symbol_font, symbol_text
from policylens.load.types import Parsed, first_few, gist
from policylens.model import Block, Piece
from policylens.normalise import strip_span

_R, _P = f"{W}r", f"{W}p"
_TEXT, _ROW, _CELL, _LINK = f"{W}t", f"{W}tr", f"{W}tc", f"{W}hyperlink"
_CONTROL, _CONTENT = f"{W}sdt", f"{W}sdtContent"
_RUBY, _RUBY_BASE = f"{W}ruby", f"{W}rubyBase"
_FIELD_CHAR = f"{W}fldChar"
# A Word comment (word/comments.xml) and the marks of its place in the body: where its range starts, its reference
_COMMENT, _COMMENT_MARKS = f"{W}comment", (f"{W}commentRangeStart", f"{W}commentReference")
_DELETED_TEXT = f"{W}delText"
# An equation's run and text (Office Math, `m:oMath`): 「保存期間為<m:t>5</m:t>年」 lost its 5 without a word.
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_RUNS, _TEXTS, _TABS = (_R, f"{_MATH}r"), (f"{W}t", f"{_MATH}t"), (f"{W}tab", f"{W}ptab")
_INSTRUCTION = f"{W}instrText"
_SYM = f"{W}sym"
_RUN_FONTS = f"{W}rPr/{W}rFonts"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE = f"{_MC}AlternateContent"
_BRANCHES = (f"{_MC}Choice", f"{_MC}Fallback")
# A paragraph start and a text run in document.xml, for the flood bound before the tree is built.
_P_START = re.compile(rb"<w:p[\s>]")
_T_TEXT = re.compile(rb"<w:t(?:\s[^<>]*)?>([^<]*)")
_STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_TRANSITIONAL_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Tracked changes whose text is not in the document as it stands: a deletion and the source of
# a move (its text is at the `w:moveTo`).  Their runs are skipped whole.
_REMOVED = {f"{W}del", f"{W}moveFrom"}
_HEADING_NAME = re.compile(r"^(?:heading|標題|标题|見出し)\s*(\d)$", re.I)


# What a damaged archive member raises while it is inflated: a bad CRC, a truncated or
# invalid deflate stream, an encrypted or unsupported member.
# A zip member's general-purpose flag for encryption (ZipCrypto or AES): zipfile's own error for it named the
# member by its Python repr (「File <ZipInfo filename='word/document.xml' filemode='?rw-------' …> is encrypted」).
_ENCRYPTED = 0x1
# What Word writes for a password-protected .docx (an EncryptedPackage) and what a .doc is: an OLE compound file.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError)
_CHUNK = 1 << 20


class _Places(NamedTuple):
    """What each paragraph and run of the body is inside (`_places`), keyed by `id()` of the element."""

    in_table: set[int]  # the paragraphs inside a table cell
    row_of: dict[int, int]  # paragraph → its nearest row: k for the k-th row (document order) of data, -k - 1 for another
    unread: set[int]  # the paragraphs of a tracked deletion or move source, or of a row deleted with tracked changes
    links: set[int]  # the runs inside a `w:hyperlink`
    link_runs: dict[int, tuple[int, str]]  # run → (id of its innermost link with a known target, that target)
    prompts: set[int]  # the runs of content controls still showing their placeholder text (`w:showingPlcHdr`)
    texted: set[int]  # the `mc:Choice` and `mc:Fallback` branches holding text (`_read_branch`)


class _Inside(NamedTuple):
    """What an element open on `_places`' path is inside (shared by its children unless one of them changes it)."""

    row: int | None
    cell: bool
    gone: bool
    linked: bool
    target: tuple[int, str] | None
    prompt: bool


def _places(body: ET.Element, targets: dict[str, str]) -> _Places:
    """One walk over the body for what each paragraph and run is inside: a table cell, a row, a deletion, a link.

    A row is of data when none of its cells holds more than one paragraph with text (a nested table's count).  Each
    of these was a walk of a subtree per cell, row, deletion or link: quadratic in elements nested in one another
    (20,000 nested tables took 27 s; 20,000 nested links or deletions 3 s, 100,000 over a minute; thirtieth round).
    Iterative, as `_runs`.
    """
    in_table: set[int] = set()
    row_at: dict[int, int] = {}
    unread: set[int] = set()
    links: set[int] = set()
    link_runs: dict[int, tuple[int, str]] = {}
    rows: list[ET.Element] = []
    texts: dict[int, int] = {}  # table cell → the paragraphs with text inside it, counted up to 2
    marked: set[int] = set()  # the paragraphs with text
    paragraphs: list[tuple[ET.Element, int]] = []  # the paragraphs open on the path, each with the number of cells around it
    cells: list[ET.Element] = []  # the table cells open on the path
    prompts: set[int] = set()
    texted: set[int] = set()
    branches: list[ET.Element] = []  # the `mc:Choice` and `mc:Fallback` branches open on the path
    stack: list[tuple[ET.Element, Iterator[ET.Element], _Inside]] = [(body, iter(body), _Inside(None, False, False, False, None, False))]
    while stack:
        element, children, top = stack[-1]
        for child in children:
            tag = child.tag
            inside = top
            if tag == _P:
                paragraphs.append((child, len(cells)))
                if top.cell:
                    in_table.add(id(child))
                if top.row is not None:
                    row_at[id(child)] = top.row
                if top.gone:
                    unread.add(id(child))
            elif tag == _R:
                if top.linked:
                    links.add(id(child))
                if top.target is not None:
                    link_runs[id(child)] = top.target
                if top.prompt:
                    prompts.add(id(child))
            elif tag == _TEXT and (child.text or "").strip():
                _count_text(paragraphs, cells, marked, texts)
                for branch in reversed(branches):  # (those around a branch with text have text)
                    if id(branch) in texted:
                        break
                    texted.add(id(branch))
            elif tag in _BRANCHES:
                branches.append(child)
            elif tag == _CONTENT and element.tag == _CONTROL and element.find(_CONTENT) is child:
                # the content of a control still showing its placeholder text
                inside = top._replace(prompt=top.prompt or _on(element.find(f"{W}sdtPr/{W}showingPlcHdr"), False))
            elif tag == _ROW:
                rows.append(child)
                deleted = child.find(f"{W}trPr/{W}del") is not None  # (a row deleted with tracked changes)
                inside = top._replace(row=len(rows) - 1, gone=top.gone or deleted)
            elif tag == _CELL:
                cells.append(child)
                inside = top if top.cell else top._replace(cell=True)
            elif tag in _REMOVED:
                inside = top._replace(gone=True)
            elif tag == _LINK:
                rid = child.get(_REL_ID)
                inside = top._replace(linked=True, target=(id(child), targets[rid]) if rid in targets else top.target)
            stack.append((child, iter(child), inside))
            break
        else:
            stack.pop()
            if element.tag == _P:
                paragraphs.pop()
            elif element.tag == _CELL:
                cells.pop()
            elif element.tag in _BRANCHES:
                branches.pop()
    data = [all(texts.get(id(cell), 0) <= 1 for cell in row.findall(_CELL)) for row in rows]
    row_of = {p: (k if data[k] else -k - 1) for p, k in row_at.items()}
    return _Places(in_table, row_of, unread, links, link_runs, prompts, texted)


def _count_text(paragraphs: list[tuple[ET.Element, int]], cells: list[ET.Element], marked: set[int], texts: dict[int, int]) -> None:
    """A text found under the open `paragraphs`: each not yet counted counts once in every cell around it, up to 2.

    Linear overall: a paragraph is marked once (those around a marked one already are), and a cell's count stops
    at 2 (the cells around a full one are full).
    """
    for paragraph, around in reversed(paragraphs):
        if id(paragraph) in marked:
            return
        marked.add(id(paragraph))
        for k in range(around - 1, -1, -1):
            key = id(cells[k])
            if texts.get(key, 0) >= 2:
                break
            texts[key] = texts.get(key, 0) + 1


def read_member(archive: zipfile.ZipFile, name: str, *, path: str, max_bytes: int) -> bytes | None:
    """The inflated bytes of one member (None if absent), refused past `max_bytes` while streaming.

    The size declared in the zip directory is checked first, but it can lie: the limit
    is enforced on the bytes actually inflated, one chunk at a time, so a 300 KB file
    that inflates to 300 MB stops at the limit instead of filling the memory.
    """
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    too_big = f"malformed DOCX: {name} inflates to over the {max_bytes / 1024 / 1024:.1f} MB limit (see --max-size)"
    if info.file_size > max_bytes:
        raise UserError(too_big, path=path)
    if info.flag_bits & _ENCRYPTED:
        raise UserError(f"malformed DOCX: {name} is encrypted (a password-protected document): save it without a password", path=path)
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > max_bytes:
                    raise UserError(too_big, path=path)
                chunks.append(chunk)
    except _ZIP_ERRORS as exc:
        raise UserError(f"malformed DOCX: cannot inflate {name} ({exc})", path=path) from None
    data = b"".join(chunks)
    # Strict Office Open XML (ISO/IEC 29500 Strict) names the same elements in another namespace
    return data.replace(_STRICT_W, _TRANSITIONAL_W) if _STRICT_W in data else data


_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MAX_LINKS = 5_000  # link targets recorded, as the HTML reader's bound
_MAIN = "word/document.xml"
# The parts policylens reads or warns about, by the last word of their relationship type.
_PART_TYPES = ("styles", "numbering", "footnotes", "endnotes", "comments", "header", "footer")


def _relationship_elements(archive: zipfile.ZipFile, source: str, *, path: str) -> list[ET.Element]:
    """The `Relationship` elements of the part `source` ("" for the package); none when its part is damaged."""
    folder, name = posixpath.split(source)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    try:
        root = xml_root(read_member(archive, rels, path=path, max_bytes=1 << 20) or b"<none/>")
    except (ET.ParseError, UserError):
        return []  # a damaged relationship part: the usual names are used
    return list(root.iter(_RELS))


def _hyperlinks(archive: zipfile.ZipFile, source: str, *, path: str) -> dict[str, str]:
    """Relationship ID → target of the part's hyperlinks (`w:hyperlink r:id="rId5"` → `mailto:…`)."""
    return {
        rel.get("Id") or "": rel.get("Target") or ""
        for rel in _relationship_elements(archive, source, path=path)
        if (rel.get("Type") or "").endswith("/hyperlink") and rel.get("Target")
    }


def _relationships(archive: zipfile.ZipFile, source: str, *, path: str) -> list[tuple[str, str]]:
    """(type's last word, member name) of each internal relationship of the part `source` ("" for the package)."""
    folder = posixpath.dirname(source)
    found = []
    for rel in _relationship_elements(archive, source, path=path):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        target = unquote(target)  # a URI: Word writes a part named 「main doc.xml」 as main%20doc.xml
        member = posixpath.normpath(target[1:] if target.startswith("/") else posixpath.join(folder, target))
        found.append(((rel.get("Type") or "").rsplit("/", 1)[-1], member))
    return found


def _part_names(archive: zipfile.ZipFile, *, path: str) -> tuple[str, dict[str, list[str]]]:
    """The main document part and its parts by kind, as the relationships name them.

    Word writes `word/document.xml`, but the package's `_rels/.rels` names the main part, and
    some tools write `word/document2.xml`: that file was refused ("no word/document.xml").  A
    relationship to a part that is not in the archive is passed over for the usual name.
    """
    members = set(archive.namelist())
    # (twenty-sixth round) part names are case-insensitive and relationship targets percent-encoded (OPC, ECMA-376
    # part 2 §9.1.1): `Target="WORD/Main.xml"` or `word/main%20doc.xml` named a part that was there, and the file
    # was refused, 「no word/document.xml in the archive」
    by_case: dict[str, str] = {}
    for name in sorted(members):
        by_case.setdefault(name.lower(), name)

    def present(name: str) -> str | None:
        return name if name in members else by_case.get(name.lower())

    main = next((found for kind, m in _relationships(archive, "", path=path) if kind == "officeDocument" and (found := present(m))), _MAIN)
    parts: dict[str, list[str]] = {kind: [] for kind in _PART_TYPES}
    for kind, named in _relationships(archive, main, path=path):
        member = present(named)
        if kind in parts and member and member not in parts[kind] and member != main:  # (a cycle back to the body)
            parts[kind].append(member)
    for kind in ("styles", "numbering", "footnotes", "endnotes", "comments"):
        if not parts[kind] and f"word/{kind}.xml" in members:
            parts[kind].append(f"word/{kind}.xml")
    for kind in ("header", "footer"):
        if not parts[kind]:
            parts[kind] = sorted(m for m in members if re.fullmatch(rf"word/{kind}\d*\.xml", m))
    return main, parts


def _styles_root(archive: zipfile.ZipFile, name: str, *, path: str, max_bytes: int, warnings: list[str]) -> ET.Element | None:
    """The parsed styles part (None if absent or not XML, with a warning)."""
    data = read_member(archive, name, path=path, max_bytes=max_bytes)
    if data is None:
        return None
    try:
        return xml_root(data)
    except ET.ParseError as exc:
        warnings.append(f"{name} is not valid XML ({exc}); headings are found from outline levels and text only")
        return None


def _styles(root: ET.Element | None) -> dict[str, tuple[int | None, bool]]:
    """Map styleId → (heading level or 0 for Title, None otherwise; bold).

    A style without an outline level or bold of its own takes its `w:basedOn` style's, as Word
    does: a company's 「政策章標題」 based on Heading 1 is a heading of level 1.
    """
    result: dict[str, tuple[int | None, bool]] = {}
    if root is None:
        return result
    # styleId → (level: int, None for body text, _UNSET to inherit; bold or None to inherit; basedOn)
    own: dict[str, tuple[object, bool | None, str]] = {}
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId") or ""
        name_el = style.find(f"{W}name")
        name = (name_el.get(f"{W}val") if name_el is not None else "") or ""
        level: object = _UNSET
        m = _HEADING_NAME.match(name.strip()) or _HEADING_NAME.match(sid)
        if m:
            level = int(m.group(1))
        elif name.strip().lower() == "title" or sid.lower() == "title":
            level = 0
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if level is _UNSET and outline is not None and (value := small_int(outline.get(f"{W}val"), -1)) >= 0:
            level = value + 1 if value < 9 else None
        bold_el = style.find(f"{W}rPr/{W}b")
        bold = None if bold_el is None else (bold_el.get(f"{W}val") or "true").lower() not in ("0", "false", "off")
        based_on = style.find(f"{W}basedOn")
        own[sid] = (level, bold, (based_on.get(f"{W}val") or "") if based_on is not None else "")
    chains = inherit({sid: ((level, _UNSET if bold is None else bold), parent) for sid, (level, bold, parent) in own.items()}, _inherits)
    for sid in own:  # (in the styles' order, as before)
        chained_level, chained_bold = chains[sid]
        result[sid] = (chained_level if isinstance(chained_level, int) else None, chained_bold is True)
    return result


def _inherits(value: object) -> bool:
    """A style's value that its `w:basedOn` style gives (no outline level, or no bold, of its own)."""
    return value is _UNSET


_UNSET = object()  # a style that says nothing of its outline level


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


def _runs(element: ET.Element, texted: set[int]) -> Iterator[ET.Element]:
    """The runs of a paragraph in reading order, without those of paragraphs nested in it (text boxes).

    Document order, but for a ruby (`w:ruby`): Word writes its annotation (`w:rt`, 「ㄧㄣˇ」) before its base text
    (`w:rubyBase`, 「隱」); the base is read first (「隱ㄧㄣˇ私」, it was 「ㄧㄣˇ隱私」), as the HTML reader reads a <ruby>.

    Iterative (an explicit stack of child iterators): recursion hit Python's limit on a
    paragraph nested 5,000 elements deep.
    """
    stack = [iter(element)]
    while stack:
        for child in stack[-1]:
            if child.tag in _RUNS:
                yield child
                stack.append(iter(child))  # runs nested in a run (invalid, but their text is kept)
                break
            if child.tag == _RUBY:  # the base text first, then its annotation (`w:rt`, written first), as HTML reads <ruby>
                stack.append(iter(sorted(child, key=lambda part: part.tag != _RUBY_BASE)))
                break
            if child.tag == _ALTERNATE:  # one branch, as `_unread_alternatives` chooses for paragraphs
                stack.append(iter(_read_branch(child, texted)))
                break
            if child.tag != _P and child.tag not in _REMOVED:
                stack.append(iter(child))
                break
        else:
            stack.pop()


def _reject_flood(xml: bytes, path: str) -> None:
    """The bound on many tiny paragraphs that every reader has (see `load.reject_flood`), before the XML tree is built.

    500,000 one-character paragraphs are 18 MB of XML, and their tree and blocks ~400 MB.
    """
    paragraphs = len(_P_START.findall(xml))
    from policylens.load import MANY_LINES, reject_flood

    if paragraphs > MANY_LINES:
        reject_flood(paragraphs, paragraphs + sum(len(m) for m in _T_TEXT.findall(xml)), path, what="paragraphs")


def _unread_alternatives(body: ET.Element, texted: set[int]) -> set[int]:
    """Paragraphs of the `mc:AlternateContent` branches not read: Word writes each text box twice.

    The first `mc:Choice` that holds text is read; `mc:Fallback` only when no Choice has any.  One walk, iterative:
    a walk of each branch was quadratic in alternatives nested in one another (20,000: 15 s; thirtieth round).
    """
    unread: set[int] = set()
    if next(body.iter(_ALTERNATE), None) is None:
        return unread
    stack: list[tuple[Iterator[ET.Element], list[ET.Element] | None, bool]] = [(iter(body), None, False)]
    while stack:
        children, read, skipped = stack[-1]
        for child in children:
            if child.tag == _P and skipped:
                unread.add(id(child))
            chosen = _read_branch(child, texted) if child.tag == _ALTERNATE else None
            stack.append((iter(child), chosen, skipped or (read is not None and child not in read)))
            break
        else:
            stack.pop()
    return unread


def _read_branch(alternate: ET.Element, texted: set[int]) -> list[ET.Element]:
    """The one branch of an `mc:AlternateContent` that is read: the first `mc:Choice` with text (`texted`, from
    `_places`), else `mc:Fallback`.

    Runs written in both branches of one paragraph (Word 2010's symbols and checkboxes, a text box's
    run) were read twice: 「MARKAMARKA」."""
    branches = [b for b in alternate if b.tag in _BRANCHES]
    read = next((b for b in branches if id(b) in texted), None)
    if read is None:
        read = next((b for b in branches if b.tag == f"{_MC}Fallback"), None)
    return [read] if read is not None else []


def _run_bold(run: ET.Element, default: bool) -> bool:
    return _on(run.find(f"{W}rPr/{W}b"), default)


def _on(toggle: ET.Element | None, default: bool) -> bool:
    """A toggle property (`w:b`, `w:vanish`): on unless `w:val` says 0, false or off; absent, `default`."""
    if toggle is None:
        return default
    return (toggle.get(f"{W}val") or "true").lower() not in ("0", "false", "off")


def _hidden_styles(root: ET.Element | None) -> frozenset[str]:
    """The styles whose text is hidden (`w:vanish` in their run properties): Word does not show it."""
    if root is None:
        return frozenset()
    return frozenset(style.get(f"{W}styleId") or "" for style in root.iter(f"{W}style") if _on(style.find(f"{W}rPr/{W}vanish"), False))


def _run_hidden(run: ET.Element, hidden_styles: frozenset[str], default: bool) -> bool:
    """Whether a run is hidden text (`w:vanish`, its own or its character style's; else the paragraph style's)."""
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        return default
    vanish = rpr.find(f"{W}vanish")
    if vanish is not None:
        return _on(vanish, default)
    style = rpr.find(f"{W}rStyle")
    return default or (style is not None and (style.get(f"{W}val") or "") in hidden_styles)


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


def _hidden_warning(hidden: list[int]) -> str:
    """The warning for the paragraphs (their indices) whose hidden text was not read."""
    shown = first_few(hidden)
    return f"hidden text (w:vanish, not shown by Word) is not read: paragraph{'s' if len(hidden) > 1 else ''} {shown}"


def _tracked_deletions(body: ET.Element) -> list[int]:
    """The paragraphs (their indices) holding tracked deletions with text (`w:delText`), not yet accepted.

    They are not read (the document is read as if every change were accepted), but Word still shows them struck
    through, and a published file keeps them: a reviewer is told (twenty-third round; they went without a word).
    The source of a tracked move is not named: its text is read where it moved to.
    """
    if next(body.iter(_DELETED_TEXT), None) is None:
        return []
    # one walk, numbering paragraphs as `body.iter(_P)` does (a paragraph's own subtree per paragraph was quadratic
    # in paragraphs nested in text boxes); iterative, as `_runs`, for a paragraph nested thousands of elements deep
    found: set[int] = set()
    index = 0
    stack: list[tuple[Iterator[ET.Element], int]] = [(iter(body), 0)]
    while stack:
        children, inside = stack[-1]
        for child in children:
            if child.tag == _P:
                index += 1
                stack.append((iter(child), index))
                break
            if child.tag == _DELETED_TEXT and (child.text or "").strip():
                found.add(inside)
            stack.append((iter(child), inside))
            break
        else:
            stack.pop()
    return sorted(found)


def _placeholder_warning(shown: list[tuple[int, str]]) -> str:
    """The warning for the paragraphs (index, placeholder text; "" for a blank form field) never filled in."""

    def one(index: int, text: str) -> str:
        return f"{index} 「{text[:40]}{'…' if len(text) > 40 else ''}」" if text else f"{index} (a blank FORMTEXT field)"

    listed = first_few(shown, show=lambda field: one(*field))
    plural = "s" if len(shown) > 1 else ""
    return (
        "a form field never filled in (a content control showing its placeholder, w:showingPlcHdr, a blank FORMTEXT"
        f" field, or a MACROBUTTON prompt): paragraph{plural} {listed}"
    )


def _check_box(char: ET.Element) -> str | None:
    """The box a legacy check box field shows (`w:fldChar` begin holding `w:ffData/w:checkBox`): ☒ when checked (its
    `w:checked`, else its `w:default`), ☐ when not; None for any other field character.  Word draws it with no text
    in the file, so 「☒ 同意 ☐ 不同意」 read 「同意 不同意」 (twenty-eighth session, u28h)."""
    box = char.find(f"{W}ffData/{W}checkBox")
    if box is None or char.get(f"{W}fldCharType") != "begin":
        return None
    state = box.find(f"{W}checked")
    if state is None:
        default = box.find(f"{W}default")
        return "☒" if default is not None and _on(default, False) else "☐"
    return "☒" if _on(state, True) else "☐"


class _FormFields:
    """Legacy form fields (`FORMTEXT`: a `w:fldChar` begin holding `w:ffData/w:textInput`) whose result is still blank
    or the field's default text: Word's shaded box of five spaces, never typed into (twenty-third round).

    Fields nest (a field inside another's result): one entry per open field, [text input?, default, in result?, text].
    """

    def __init__(self) -> None:
        self.open: list[tuple[bool, str, list[bool], list[str]]] = []

    def field_char(self, char: ET.Element) -> str | None:
        """Read a `w:fldChar`; at a form field's end, its result when left blank or at its default, else None."""
        kind = char.get(f"{W}fldCharType")
        if kind == "begin":
            text_input = char.find(f"{W}ffData/{W}textInput")
            preset = text_input.find(f"{W}default") if text_input is not None else None
            self.open.append((text_input is not None, (preset.get(f"{W}val") or "") if preset is not None else "", [False], []))
        elif kind == "separate" and self.open:
            self.open[-1][2][0] = True
        elif kind == "end" and self.open:
            form, default, _, pieces = self.open.pop()
            result = "".join(pieces).strip()
            if form and (not result or result == default.strip()):
                return result
        return None

    def text(self, piece: str) -> None:
        """Text read inside the innermost open field."""
        if self.open and self.open[-1][0] and self.open[-1][2][0]:
            self.open[-1][3].append(piece)


class _FieldLinks:
    """`HYPERLINK "target"` fields (older documents; Word writes `w:hyperlink` now): each one's target and its shown
    text, from the text its `separate` mark opens to its `end`, within one paragraph.  Fields nest."""

    def __init__(self) -> None:
        self.open: list[list[Any]] = []  # [instruction pieces, target, paragraph, start, text pieces]

    def char(self, char: ET.Element, paragraph: int, size: int) -> tuple[str, int, list[str]] | None:
        """Read a `w:fldChar`; at a HYPERLINK field's end in the paragraph its result began in, (target, start, text)."""
        kind = char.get(f"{W}fldCharType")
        if kind == "begin":
            self.open.append([[], None, None, 0, []])
        elif kind == "separate" and self.open:
            field = self.open[-1]
            words = "".join(field[0]).strip()
            if words[:9].upper() == "HYPERLINK" and words[9:].lstrip().startswith('"'):  # not `\l "anchor"`, a place inside
                rest = words[9:].lstrip()[1:]
                field[1], field[2], field[3] = rest.split('"', 1)[0], paragraph, size
        elif kind == "end" and self.open:
            _, target, where, start, text = self.open.pop()
            if target and where == paragraph:
                return target, start, text
        return None

    def instruction(self, text: str) -> None:
        if self.open and self.open[-1][1] is None:
            self.open[-1][0].append(text)

    def text(self, piece: str) -> None:
        """Text shown inside the innermost open field's result."""
        if self.open and self.open[-1][1] is not None:
            self.open[-1][4].append(piece)


class _ButtonFields:
    """`MACROBUTTON NoMacro [Click here and type the company name]`, `GOTOBUTTON bookmark text`: fields with no result,
    whose display text is the rest of their instruction.  Word shows that text where the field stands, so it is the
    paragraph's text (the classic Word template's placeholder); it was dropped with the field code (twenty-sixth session,
    lead).  Fields nest: each `begin` opens one, its `separate` (a field with a result) makes it no button."""

    def __init__(self) -> None:
        self.open: list[tuple[list[str], list[bool]]] = []  # (instruction pieces, [has a result])

    def char(self, char: ET.Element) -> str | None:
        """Read a `w:fldChar`; at a button field's end, the text Word shows for it."""
        kind = char.get(f"{W}fldCharType")
        if kind == "begin":
            self.open.append(([], [False]))
        elif kind == "separate" and self.open:
            self.open[-1][1][0] = True
        elif kind == "end" and self.open:
            words, result = self.open.pop()
            if not result[0]:
                parts = "".join(words).split(None, 2)
                if len(parts) == 3 and parts[0].upper() in ("MACROBUTTON", "GOTOBUTTON"):
                    return parts[2].rstrip()
        return None

    def instruction(self, text: str) -> None:
        if self.open and not self.open[-1][1][0]:
            self.open[-1][0].append(text)


def _forward_slashes(archive: zipfile.ZipFile) -> None:
    """Name the members with '/' where a tool wrote '\\' (`word\\document.xml`, as some Windows zip libraries do).

    Word offers to repair such a file; it was refused, 「no word/document.xml in the archive」.  Only the
    names are changed: zipfile still checks each member's local header against its name as written."""
    if any("\\" in info.filename for info in archive.infolist()):
        for info in archive.infolist():
            info.filename = info.filename.replace("\\", "/")
        archive.NameToInfo = {info.filename: info for info in archive.infolist()}


def read_docx(data: bytes, *, path: str, max_bytes: int = 20 * 1024 * 1024) -> Parsed:
    """Read paragraphs and table cells of a .docx in document order.

    `max_bytes` bounds each member once inflated (document.xml, styles.xml).
    """
    if data.startswith(_OLE_MAGIC):
        raise UserError(
            "not a DOCX zip archive but an OLE compound file: a password-protected document or a Word 97-2003 .doc;"
            " save it as an unprotected .docx",
            path=path,
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, *_ZIP_ERRORS):
        raise UserError("malformed DOCX: not a zip archive", path=path) from None
    warnings: list[str] = []
    _forward_slashes(archive)
    with archive:
        main, parts = _part_names(archive, path=path)
        targets = _hyperlinks(archive, main, path=path)
        xml = read_member(archive, main, path=path, max_bytes=max_bytes)
        if xml is None:
            raise UserError(f"malformed DOCX: no {main} in the archive", path=path)
        named = {f"word/{kind}.xml": members[0] for kind, members in parts.items() if members}
        styles_root = _styles_root(
            archive, named.get("word/styles.xml", "word/styles.xml"), path=path, max_bytes=max_bytes, warnings=warnings
        )
        styles, fonts, hidden_styles = _styles(styles_root), read_fonts(styles_root), _hidden_styles(styles_root)
        del styles_root
        comment_texts: dict[str, str] = {}  # Word comment id → its text (`_comment_texts`)
        noted = _unread_parts(archive, xml, parts, warnings, comment_texts)
        numbering = Numbering(archive, read=lambda name: read_member(archive, named.get(name, name), path=path, max_bytes=max_bytes))
    _reject_flood(xml, path)
    try:
        root = xml_root(xml)
    except ET.ParseError as exc:
        raise UserError(f"malformed DOCX: {main} is not valid XML ({exc})", path=path) from None
    del xml
    parsed = Parsed(blocks=[], warnings=warnings)
    body = root.find(f"{W}body")
    if body is None:
        raise UserError(f"malformed DOCX: {main} has no body", path=path)
    places = _places(body, targets)
    in_table = places.in_table
    # the row of each table paragraph (the innermost row last), for rows of data only: at most one paragraph with text in
    # each cell (a table that lays out a page holds paragraphs of the policy in one cell: they are no row)
    # (every row, the rows of data by a number of their own and the others by a negative one: `Parsed.rows` marks where
    # each row starts, a row that is no row of data as a stop, so that no paragraph of it is glued to a row of data)
    row_of = places.row_of
    last_row: int | None = None  # the row of the last table block read (`Parsed.rows`: where each row starts)
    # the paragraphs not read: the `mc:AlternateContent` branches not chosen, a text box in a tracked deletion (its
    # paragraphs are deleted with it; its runs already are), a table row deleted with tracked changes (`w:trPr/w:del`:
    # Word shows it struck through, gone once accepted)
    unread = _unread_alternatives(body, places.texted) | places.unread
    looks: list[Styled] = []
    links = places.links  # runs drawn as links (coloured, not titles)
    # each link's runs → (the link, its target): `placeholder-link-target` reads the targets, as of HTML and Markdown
    # (a Word link to mailto:your@email.com behind 「聯絡我們」 passed without a word; hostile round 25)
    link_runs = places.link_runs
    styled_headings = False
    hidden: list[int] = []  # the paragraphs with hidden text not read
    unknown_symbols: list[tuple[int, str]] = []  # (paragraph, font and code) of the symbols `symbol` cannot tell
    # the runs of content controls that still show their placeholder text (`w:showingPlcHdr`): never filled in.  Word
    # draws that text in grey (「按一下或點選這裡以輸入文字。」, 「Click or tap here to enter text.」, or the template's
    # own prompt) until someone types into the control; the rules read it as any text, so a form left empty passed
    # with no word (twenty-third round)
    prompts = places.prompts
    unfilled: list[tuple[int, str]] = []  # the paragraphs of form fields never filled in, with their placeholder text
    # the paragraphs referencing a note, per kind of the notes with text (`_note_marks`)
    marked: dict[str, list[int]] = {kind: [] for kind in noted if kind != "comment"}
    forms = _FormFields()
    field_links = _FieldLinks()
    buttons = _ButtonFields()
    # each Word comment's paragraph: the first that holds its range's start or its reference (`parsed.comments`, read by
    # `placeholder-comment`: 「请填写公司全称」 on a name left as the template's, thirty-fifth session, u35r3)
    commented: dict[str, int] = {}
    for index, para in enumerate(body.iter(f"{W}p"), start=1):
        if unread and id(para) in unread:
            continue  # the second copy of a text box, or a deleted one (its index is kept: later paragraphs keep their numbers)
        if comment_texts:
            for element in para.iter():
                if element.tag in _COMMENT_MARKS and (key := element.get(f"{W}id")) in comment_texts:
                    commented.setdefault(key, index)
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
            if level is None and outline is not None and (value := small_int(outline.get(f"{W}val"), -1)) >= 0:
                level = value + 1 if value < 9 else None
        marks: list[tuple[str, Mark]] = []
        breaks: list[int] = []
        size = 0
        linked: dict[int, tuple[str, int, list[str]]] = {}  # link → (target, where its text starts, its text)
        hidden_paragraph = style_id in hidden_styles
        runs = list(_runs(para, places.texted))
        blanks = blank_runs(runs, links)  # underlined spaces: the line a form leaves to write on (`load.docx_blanks`)
        for run in runs:
            for kind, paragraphs in marked.items():
                if run.find(f"{W}{kind}Reference") is not None and paragraphs[-1:] != [index]:
                    paragraphs.append(index)
            if _run_hidden(run, hidden_styles, hidden_paragraph):
                if any((t.text or "").strip() for t in run.iter(f"{W}t")) and hidden[-1:] != [index]:
                    hidden.append(index)
                continue
            if prompts and id(run) in prompts:
                prompt = "".join(t.text or "" for t in run.iter(f"{W}t"))
                if unfilled[-1:] and unfilled[-1][0] == index:
                    unfilled[-1] = (index, unfilled[-1][1] + prompt)
                elif prompt.strip():
                    unfilled.append((index, prompt))
            mark = run_mark(run, bold=_run_bold(run, style_bold), style=style_id, fonts=fonts, link=id(run) in links)
            fonts_of_run = run.find(_RUN_FONTS)
            face = fonts_of_run.get(f"{W}ascii") if fonts_of_run is not None else None
            face = face if symbol_font(face) else None
            for child in run:
                if child.tag == _FIELD_CHAR:
                    if (blank := forms.field_char(child)) is not None and unfilled[-1:] != [(index, blank)]:
                        unfilled.append((index, blank))
                    if (field := field_links.char(child, index, size)) is not None:
                        linked[-1 - len(linked)] = field  # (a field has no element: a key no id() takes)
                    if (box := _check_box(child)) is not None:
                        marks.append((box, mark))  # a legacy check box (FORMCHECKBOX): Word draws its state, no text
                        size += 1
                    if shown := buttons.char(child):
                        marks.append((shown, mark))  # MACROBUTTON's display text: what Word shows there
                        size += len(shown)
                        unfilled.append((index, shown))  # a prompt by nature: typing over it removes the field
                    continue
                if child.tag == _INSTRUCTION:
                    field_links.instruction(child.text or "")
                    buttons.instruction(child.text or "")
                    continue
                if child.tag in _TEXTS:
                    t = child.text or ""
                    if face is not None:
                        t = symbol_text(face, t)  # 「þ」 typed in Wingdings: a ticked box ☑
                    forms.text(t)
                    field_links.text(t)
                elif child.tag in _TABS:  # `w:ptab`: a tab to an absolute position
                    t = "\t"
                elif child.tag in (f"{W}br", f"{W}cr"):
                    t = " "
                    breaks.append(size)
                elif child.tag == f"{W}noBreakHyphen":
                    t = "-"  # 「02‑1234‑5678」: Word draws a hyphen that does not break the line
                elif child.tag == _SYM:  # Insert ▸ Symbol: a ticked box, a bullet, 「≥」 (`load.docx_symbols`)
                    font, code = child.get(f"{W}font"), child.get(f"{W}char")
                    if (shown := symbol(font, code)) is None:
                        if unknown_symbols[-1:] != [(index, f"{font} {code}")]:
                            unknown_symbols.append((index, f"{font} {code}"))
                        continue
                    t = shown
                else:
                    continue
                if blanks and child.tag in (*_TEXTS, *_TABS) and id(run) in blanks:
                    t = blank_text(t)
                if link_runs and id(run) in link_runs:
                    anchor, target = link_runs[id(run)]
                    linked.setdefault(anchor, (target, size, []))[2].append(t)
                marks.append((t, mark))
                size += len(t)
        raw = "".join(t for t, _ in marks)
        label = numbering.label(ppr, style_id)  # counted even for an empty paragraph, as Word does
        if not raw.strip():
            continue
        for target, start, text in linked.values():
            if len(parsed.links) < _MAX_LINKS:  # the target stands where its text is shown: a finding spans the text
                shown = "".join(text)
                parsed.links.append((target, (Piece(0, len(target), index, start + 1, len(shown) or None),), shown))
        kind = "table" if id(para) in in_table else "paragraph"
        if ppr is not None and ppr.find(f"{W}numPr") is not None and kind != "table":
            kind = "item"
        styled_headings = styled_headings or bool(level)  # Heading 1–9 (a Title style alone is not an outline)
        if level == 0:
            if parsed.title is None:
                parsed.title = raw.strip()
            level = 1
        if level is not None:
            kind = "heading"
        cut = title_cut(raw, breaks, marks) if level is None and kind != "table" else None
        for lo, hi in ((0, len(raw)),) if cut is None else ((0, cut), (cut, len(raw))):
            lead = (label or "") if lo == 0 else ""
            block = _block(kind, raw, lo, hi, marks, lead=lead, index=index, level=level)
            if block is None:
                continue
            tinted, smallest = paragraph_look(marks_between(marks, lo, hi))
            looks.append(Styled(len(parsed.blocks), len(block.text), tinted, smallest, kind == "table"))
            if kind == "table" and row_of.get(id(para)) != last_row:
                last_row = row_of.get(id(para))
                if last_row is not None:
                    parsed.rows.append((block.line, block.column if last_row >= 0 else -block.column))
            parsed.blocks.append(block)
    parsed.comments = sorted((index, comment_texts[key]) for key, index in commented.items())
    _note_marks(parsed.warnings, noted, marked)
    if hidden:
        parsed.warnings.append(_hidden_warning(hidden))
    if unknown_symbols:
        shown = first_few(unknown_symbols, show=lambda symbol: f"{symbol[0]} ({symbol[1]})")
        parsed.warnings.append(f"symbol characters (w:sym) of a font policylens cannot read are not read: paragraph {shown}")
    if unfilled:
        parsed.warnings.append(_placeholder_warning([(index, text.strip()) for index, text in unfilled]))
    if deleted := _tracked_deletions(body):
        shown = first_few(deleted)
        parsed.warnings.append(
            f"tracked changes not accepted yet: the deleted text of paragraph{'s' if len(deleted) > 1 else ''} {shown} is not read"
            " (read as if every change were accepted; Word still shows it struck through, and the file keeps it)"
        )
    parsed.blocks, sized_title = emphasise(parsed.blocks, looks, styled_headings=styled_headings)
    if sized_title is not None and parsed.title is None:
        parsed.title = sized_title
    return parsed


def _block(
    kind: str, raw: str, lo: int, hi: int, marks: list[tuple[str, Mark]], *, lead: str, index: int, level: int | None
) -> Block | None:
    """The block of the characters lo..hi of a paragraph's text (None if blank); `lead` is Word's automatic number."""
    start, end = strip_span(raw[lo:hi])
    if start == end:
        return None
    start += lo
    text = raw[start : lo + end]
    bold_chars = sum(len(t.strip()) for t, mark in marks_between(marks, lo, hi) if mark.bold)
    if lead:  # Word's automatic number, drawn before the text: 「一、」, 「1.」 (no source position)
        lead = lead if lead.endswith(("、", "）", "】", "」")) else lead + " "
        bold_chars += len(lead.strip()) if bold_chars >= len(text.replace(" ", "")) * 0.9 else 0
    segments = _without_typed_emphasis(text, heading=level is not None)
    shown = "".join(text[a:b] for a, b in segments)
    pieces, offset = [], len(lead)
    for a, b in segments:
        pieces.append(Piece(offset, b - a, index, start + 1 + a))
        offset += b - a
    return Block(
        kind,  # type: ignore[arg-type]
        lead + shown,
        index,
        start + 1,
        index,
        tuple(pieces),
        level,
        len(segments) > 1 or bold_chars >= len((lead + text).replace(" ", "")) * 0.9,
    )


# What may stand before a bold title typed whole: nothing, or its number (「一、」, 「（二）」, 「3.」, 「第四条 」).
_LABEL_ONLY = re.compile(r"^[0-9０-９一二三四五六七八九十百零〇第條条章節节款項项.．、（）()\s]{0,8}$")
# Markdown emphasis typed into Word: 「一、**我们如何收集…**」 (asterisks around a non-blank span).
# The shortest pairs, as `re.finditer(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")` finds them (see `typed_emphasis`).
_TYPED_EMPHASIS = r"\*\*(?=\S)(.+?)(?<=\S)\*\*"
_DOUBLE_STAR = re.compile(r"(?=\*\*)")


def typed_emphasis(text: str) -> list[tuple[int, int, int, int]]:
    """(start, inner start, inner end, end) of each `**…**` pair, the matches of `_TYPED_EMPHASIS`, in linear time.

    The regex is quadratic on text where openers have no closer: from every `**` its lazy
    `.+?` ran to the end of the paragraph looking for a `**` after a non-blank character
    (a 200 KB paragraph of 「**a 」 took 105 s of CPU).  The closers are listed once; each
    opener takes the first closer past it, on its line, by bisection.
    """
    if "**" not in text:
        return []
    starts = [m.start() for m in _DOUBLE_STAR.finditer(text)]  # every `**`, overlapping ones too (「***」)
    closers = [j for j in starts if j > 0 and not text[j - 1].isspace()]
    pairs: list[tuple[int, int, int, int]] = []
    done = newline = 0
    for i in starts:
        if i < done or i + 2 >= len(text) or text[i + 2].isspace():
            continue
        k = bisect.bisect_left(closers, i + 3)
        if k == len(closers):
            break  # no closer after this opener: none after a later one either
        if newline < i + 2:
            newline = text.find("\n", i + 2) % (len(text) + 1)  # the next line end (none: the text's end)
        j = closers[k]
        if j > newline:
            continue  # `.` stops at a line end
        pairs.append((i, i + 2, j, j + 2))
        done = j + 2
    return pairs


def _without_typed_emphasis(text: str, *, heading: bool) -> list[tuple[int, int]]:
    """The spans of `text` to keep when literal `**` pairs typed into Word are dropped from a title.

    Authors who write Markdown type 「一、**我们如何收集…**」 or 「**（一）账号信息**」 into Word: the
    asterisks are emphasis marks, not text.  They are dropped from a heading-style paragraph,
    and from any paragraph that one pair wraps whole after nothing but its number (a bold
    title line; not 「注意：**请勿…**」);
    the spans kept carry their own columns, so positions stay those of the paragraph.  Other
    body text keeps its asterisks (「**注意**：…」 inside a sentence is left as written).
    """
    pairs = typed_emphasis(text)
    if not pairs:
        return [(0, len(text))]
    whole = len(pairs) == 1 and pairs[0][3] == len(text) and _LABEL_ONLY.match(text[: pairs[0][0]]) is not None
    if not (heading or whole):
        return [(0, len(text))]
    spans, last = [], 0
    for start, inner, inner_end, end in pairs:
        spans.append((last, start))
        spans.append((inner, inner_end))
        last = end
    spans.append((last, len(text)))
    return [(a, b) for a, b in spans if b > a]
