"""Headings run into their paragraph on one side: cut back out where the other side has them as headings.

A policy kept as plain Markdown lines (「1. Definitions」 over 「You means …」) and the HTML page exported from it
(VS Code's Markdown preview: 「<li><p>Definitions\\nYou means …</p></li>」) hold the same text, but the page has no
heading: each title is the first words of its section's first paragraph.  Compared as they are, every section of the
Markdown side was `removed` and every paragraph `replace`d by itself with its title in front (thirty-sixth session,
`eval/pairs36` wo-camera-en: 12 false removed sections and 13 false changes around the one real edit).  The document
title runs into the first paragraph the same way (「Privacy Policy Your privacy is important …」).

Before sections are compared, a paragraph of one side is cut in two, the title and the rest, when

- it starts with the title of a section of the other side (as written, or without its number 「1.」), followed by a
  space on the same line (a source line break the page collapsed; a title on a line of its own, kept by a `<br>`, is a
  line promoted to a heading, `diff/promoted.py`), and no section of its own side has that title;
- the rest starts as that section's first paragraph does (its first 24 characters of comparison key, or all of it when
  shorter, at least 8): the title is where the other side has it, over the same text;
- each title of the other side is cut once, in document order.

The rest opens a section of that title (its number left to the heading's other side: 「1. Definitions」 and 「Definitions」
pair as renumbered titles); the paragraphs after it, up to the next cut, are its body.  The document title is cut out of
a first paragraph the same way when only the other side has one.  Source positions stay exact (the pieces are sliced).
A paragraph that is the title alone with a colon (「附加的第三方服务：」 under 「信息的使用」, where the other side has the
heading 「附加的第三方服务」: a bold lead-in the structure reads as body text, `eval/pairs40` hj-sdk, whose two rewritten
sections were shown removed and their titles inserted) is cut the same way, with no text of its own: the paragraphs
after it are its body (fortieth session, u40d).
Precision first: a paragraph that only opens with a heading's words (「Cookies are small files …」 under no heading
「Cookies」 whose text starts so) is left as it is.
"""

from __future__ import annotations

from policylens.load.lines import slice_pieces
from policylens.model import Break, Document, Paragraph, Section

# characters of comparison key the rest of a cut paragraph must share with the other side's first paragraph
PREFIX_CHARS = 24
# the fewest: a first paragraph shorter than this is no evidence that the text under the title is the same
PREFIX_MIN = 8
# the longest title looked for at a paragraph's start (a heading is a line, not a sentence)
TITLE_MAX = 80
# what parts a run-in title from its text: a space on the line (a source line break the page collapsed to one)
_GAP = " \t\u3000"
# what ends a title written as a lead-in line of its own (「个人信息权益：」)
_LABEL_END = ("：", ":")


def _key(text: str) -> str:
    """White space and case aside, as a paragraph's comparison key compares prose."""
    return "".join(text.split()).casefold()


def _bare(section: Section) -> str | None:
    """The section's title without its number (「1. Definitions」 → 「Definitions」), or None when it has none."""
    title = (section.title or "").strip()
    number = (section.number or "").strip()
    if number and title.startswith(number):
        rest = title[len(number) :].strip()
        return rest or None
    return None


def _cut_at(para: Paragraph, title: str, first: str) -> int | None:
    """Where the rest of `para` starts when it opens with `title` and then the text of `first` (see module doc)."""
    text = para.text
    if len(text) <= len(title) or not text.startswith(title) or text[len(title)] not in _GAP:
        return None  # a title on a line of its own (「a）某某地图定位<br/>使用目的…」) is `promoted`'s class, not this one
    start = len(title)
    while start < len(text) and text[start] in _GAP:
        start += 1
    want = _key(first)[:PREFIX_CHARS]
    if len(want) < PREFIX_MIN or not _key(text[start:]).startswith(want):
        return None
    return start


def _tail(para: Paragraph, start: int) -> Paragraph:
    """`para` from character `start` on, its pieces and breaks shifted."""
    pieces = slice_pieces(para.pieces, start, len(para.text))
    breaks = tuple(Break(b.line, b.offset - start, b.prev_line) for b in para.breaks if b.offset >= start)
    line, column = (pieces[0].line, pieces[0].column) if pieces else (para.line, para.column)
    return para._replace(text=para.text[start:], line=line, column=column, pieces=pieces, breaks=breaks)


def _split(doc: Document, other: Document) -> Document:
    """`doc` with the titles of `other`'s sections that ran into its paragraphs cut back out (see module doc)."""
    own = {_key(s.title) for s in doc.sections if s.title} | {_key(b) for s in doc.sections if (b := _bare(s))}
    wanted: dict[str, list[tuple[str, Section]]] = {}
    for s in other.sections:
        if not s.title or not s.paragraphs:
            continue
        forms = [s.title.strip()] + ([b] if (b := _bare(s)) else [])
        if any(_key(f) in own for f in forms):
            continue
        for form in forms:
            if len(form) <= TITLE_MAX:
                wanted.setdefault(form, []).append((s.paragraphs[0].text, s))
    if not wanted:
        return _document_title(doc, other)
    used: set[str] = set()
    sections: list[Section] = []
    changed = False
    for section in doc.sections:
        current = section
        body: list[Paragraph] = []
        pieces_of: list[Section] = []
        for para in section.paragraphs:
            hit = _match(para, wanted, used)
            if hit is None:
                body.append(para)
                continue
            form, start, theirs = hit
            used.add(theirs.id)
            pieces_of.append(current._replace(paragraphs=tuple(body)))
            current = Section(
                id=f"{section.id}.r{len(pieces_of)}",
                # under the section it was cut from when that is a heading above it; the text before the first heading
                # is no parent (its sections are top-level)
                parent=section.id if section.title is not None and theirs.level > section.level else section.parent,
                level=max(theirs.level, section.level + 1 if section.title is None else section.level),
                title=form,
                number=None,
                line=para.line,
                column=para.column,
                paragraphs=(),
                title_pieces=slice_pieces(para.pieces, 0, len(form)),
                lang=section.lang,
            )
            body = [_tail(para, start)] if start < len(para.text) else []
            changed = True
        pieces_of.append(current._replace(paragraphs=tuple(body)))
        sections.extend(pieces_of)
    if changed:
        doc = doc._replace(sections=tuple(sections))
    return _document_title(doc, other)


def _match(para: Paragraph, wanted: dict[str, list[tuple[str, Section]]], used: set[str]) -> tuple[str, int, Section] | None:
    """The first unused title of `wanted` that `para` opens with, over that section's text (see module doc).  Only the
    text before each space of the paragraph's first `TITLE_MAX` characters is looked up, so a long policy costs one
    dictionary look-up a space, not one comparison a title."""
    text = para.text
    if text.endswith(_LABEL_END) and (form := text[:-1].rstrip(_GAP)) in wanted:
        # the title alone on its line as a lead-in, 「附加的第三方服务：」 where the other side has the heading
        # 「附加的第三方服务」: a title that lost its heading's rank, its text below it (see module doc)
        theirs = next((t for _, t in wanted[form] if t.id not in used), None)
        if theirs is not None:
            return form, len(text), theirs
    for end, ch in enumerate(text[: TITLE_MAX + 1]):
        if ch not in _GAP or end == 0 or text[:end] not in wanted:
            continue
        for first, theirs in wanted[text[:end]]:
            if theirs.id in used:
                continue
            start = _cut_at(para, text[:end], first)
            if start is not None:
                return text[:end], start, theirs
    return None


def _document_title(doc: Document, other: Document) -> Document:
    """`doc` with `other`'s document title cut out of its first paragraph, when `doc` has none (see module doc)."""
    title = other.metadata.title
    if not title or doc.metadata.title or not doc.sections or not other.sections:
        return doc
    firsts = [p for s in other.sections[:1] for p in s.paragraphs[:1]]
    section = doc.sections[0]
    if not firsts or not section.paragraphs:
        return doc
    para = section.paragraphs[0]
    start = _cut_at(para, title.strip(), firsts[0].text)
    if start is None:
        return doc
    metadata = doc.metadata._replace(title=title.strip(), title_line=para.line)
    section = section._replace(paragraphs=(_tail(para, start),) + section.paragraphs[1:])
    return doc._replace(
        sections=(section,) + doc.sections[1:], metadata=metadata, title_pieces=slice_pieces(para.pieces, 0, len(title.strip()))
    )


def run_in_titles(old: Document, new: Document) -> tuple[Document, Document]:
    """`old` and `new` with headings that ran into a paragraph on one side cut back out (see module doc)."""
    new = _split(new, old)
    old = _split(old, new)
    return old, new
