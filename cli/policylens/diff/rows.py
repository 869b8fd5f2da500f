"""An HTML table row is one paragraph to `diff`: its cells joined by 「 | 」.

The HTML reader gives each table cell a block of its own (a `check` finding points into its
cell), so an SDK row added to a table read as six inserted paragraphs (「glide图库」,
「com.bumptech.glide」, 「用于图片预览使用」…) and a changed cell as a lone 「存储文件」 that names no
row (pairs29 unidocs-rows, unidocs-cells).  A reviewer reads a table by rows: one inserted
row, one modified row whose redline strikes the cell.  The reader records where each row
starts (`Document.rows`); here the cells of each row are joined before sections are compared,
the way a Markdown pipe table's row is one paragraph already.  Source positions stay exact:
each cell keeps its pieces, shifted past the separators.
"""

from __future__ import annotations

from policylens.model import Break, Document, Paragraph, Piece, Section

# between two cells of a row, as a Markdown pipe table writes them
CELL_SEPARATOR = " | "


def _join(a: Paragraph, b: Paragraph) -> Paragraph:
    """`b` appended to `a` as the next cell of its row."""
    offset = len(a.text) + len(CELL_SEPARATOR)
    pieces = a.pieces + tuple(Piece(p.offset + offset, p.length, p.line, p.column, p.width) for p in b.pieces)
    breaks = a.breaks + tuple(Break(x.line, x.offset + offset, x.prev_line) for x in b.breaks)  # a cell's own repairs
    return a._replace(text=a.text + CELL_SEPARATOR + b.text, end_line=b.end_line, pieces=pieces, breaks=breaks)


def _rows_of(paragraphs: tuple[Paragraph, ...], starts: frozenset[tuple[int, int]]) -> tuple[Paragraph, ...]:
    """`paragraphs` with the cells of each table row joined: a row runs from a cell that starts one (`starts`) over the
    table cells after it, up to the next start, the start of a row that is no row of data (a negative column in
    `starts`: review u29x, a layout row's paragraphs were glued to the row of data above it), or the first paragraph
    that is no cell."""
    out: list[Paragraph] = []
    open_row = False
    for para in paragraphs:
        if para.kind != "table" or (para.line, -para.column) in starts:
            open_row = False
        elif (para.line, para.column) in starts:
            open_row = True
        elif open_row:
            out[-1] = _join(out[-1], para)
            continue
        out.append(para)
    return tuple(out)


def table_rows(doc: Document) -> Document:
    """`doc` with every HTML table row as one paragraph (see module doc); `doc` itself when it has no table row."""
    if not doc.rows:
        return doc
    sections: list[Section] = []
    for section in doc.sections:
        if any(p.kind == "table" for p in section.paragraphs):
            section = section._replace(paragraphs=_rows_of(section.paragraphs, doc.rows))
        sections.append(section)
    return doc._replace(sections=tuple(sections))


def _cells(text: str) -> list[str]:
    return [cell.strip(" |") for cell in text.split(CELL_SEPARATOR)]


def same_row(old: str, new: str) -> bool:
    """Whether two table rows (cells joined by `CELL_SEPARATOR`, an HTML row here or a Markdown pipe row) are one row
    edited: as many cells (three or more), the same first cell (the row's name: an SDK, a kind of data), and at most a
    third of the others changed.  The OAID row whose permissions cell became 「无」 kept 0.7 of its characters, under the
    0.8 that pairs a paragraph moved and edited, yet reads as that row with one cell changed (pairs29 unidocs-cells)."""
    a, b = _cells(old), _cells(new)
    if len(a) != len(b) or len(a) < 3 or not _names_a_row(a[0]) or a[0] != b[0]:
        return False
    return sum(x != y for x, y in zip(a[1:], b[1:], strict=True)) * 3 <= len(a) - 1


# a first cell that numbers its row (「1」, 「(2)」, 「序号」, "No.") names nothing: two rows numbered 1 in two tables are no
# one row moved (review u29x: a table removed from one section and another added to the next read as rows moved)
_NUMBER_CELLS = frozenset({"序号", "序號", "编号", "編號", "no", "no.", "#", "nr", "nr."})


def _names_a_row(cell: str) -> bool:
    """Whether a row's first cell names it: two characters or more, letters or Han among them, no row number."""
    bare = cell.strip(" .、()（）[]")
    return len(bare) >= 2 and any(c.isalpha() for c in bare) and cell.strip().lower() not in _NUMBER_CELLS
