"""The lines of an HTML paragraph that `<br>` breaks, shown as lines in the redline.

The HTML reader joins the lines of a `<br>` paragraph the way text is joined (a space between
Latin words, nothing between Chinese characters), so 「公司：某某科技<br>电话：010-…<br>邮箱：…」 read
「公司：某某科技电话：010-…邮箱：…」 in a redline: a reviewer could not tell where the company's
name ended (eval/pairs27 pikori-address, the leftover of sessions 27 and 28).  The reader records
where each such line starts in the source (`Document.line_breaks`); before sections are
compared, a line break is put back there where nothing separates the two lines.  Comparison
keys fold the break away, so only what a reader sees changes: equal paragraphs stay equal.
"""

from __future__ import annotations

from policylens.model import Document, Paragraph, Piece, Section
from policylens.normalise import WHITESPACE


def _with_lines(para: Paragraph, starts: frozenset[tuple[int, int]]) -> Paragraph:
    """`para` with a newline before each piece that opens a `<br>` line glued to the line before it."""
    text = para.text
    cuts = [
        p.offset
        for p in para.pieces
        if (p.line, p.column) in starts
        and 0 < p.offset < len(text)
        and text[p.offset - 1] not in WHITESPACE
        and text[p.offset] not in WHITESPACE
    ]
    if not cuts:
        return para
    pieces: list[Piece] = []
    shift = 0
    for p in para.pieces:
        while shift < len(cuts) and cuts[shift] <= p.offset:
            shift += 1
        pieces.append(p._replace(offset=p.offset + shift) if shift else p)
    parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    breaks = tuple(b._replace(offset=b.offset + sum(c <= b.offset for c in cuts)) for b in para.breaks)
    return para._replace(text="\n".join(parts), pieces=tuple(pieces), breaks=breaks)


def shown_lines(doc: Document) -> Document:
    """`doc` with its `<br>` lines apart (see module doc); `doc` itself when it has none."""
    if not doc.line_breaks:
        return doc
    sections: list[Section] = []
    for section in doc.sections:
        paragraphs = tuple(_with_lines(p, doc.line_breaks) for p in section.paragraphs)
        sections.append(section._replace(paragraphs=paragraphs) if paragraphs != section.paragraphs else section)
    return doc._replace(sections=tuple(sections))
