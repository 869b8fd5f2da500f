"""HTML tables as grids of cells (`model.TableGrid`), with row and column spans.

`_Table` collects a table's cells as the extractor reads them and gives its grid when the table has an empty cell
(the empty-cell rule reads it).  Not here: a table's text blocks, which the extractor builds as any other blocks.
"""

from __future__ import annotations

from operator import attrgetter

from policylens.model import CELL_TEXT, TableCell, TableGrid
from policylens.normalise import WHITESPACE

# Elements that fill a table cell without text: an image, a frame, a form field.
_CELL_CONTENT = frozenset({"img", "iframe", "input", "select", "textarea", "svg", "video", "audio", "object", "embed", "canvas", "picture"})
# class words of a table drawn with boxes (`_Extractor._class_table_tag`): its rows, and its cells (only inside such a
# row: a class 「th」 alone may name anything)
_CLASS_ROWS = frozenset({"tr", "table-row", "table-tr"})
_CLASS_CELLS = frozenset({"td", "th", "table-cell", "table-td", "table-th"})
_SPAN_MAX = 1000  # HTML caps colspan at 1000
_GRID_MAX = 20_000  # cells of one table's grid: beyond, the table is not kept as a grid (an SDK table has a few hundred)


def _span(value: str | None) -> int:
    """A rowspan/colspan attribute as a browser reads it: its leading digits, at least 1, at most `_SPAN_MAX`."""
    digits = ""
    for ch in (value or "").strip()[:5]:
        if not ("0" <= ch <= "9"):
            break
        digits += ch
    return min(max(int(digits) if digits else 1, 1), _SPAN_MAX)


class _Cell:
    """A cell of an open table, as it is read."""

    __slots__ = ("colspan", "column", "filled", "header", "line", "parts", "rowspan", "size", "tag")

    def __init__(self, line: int, column: int, tag: str, header: bool, rowspan: int, colspan: int) -> None:
        self.line, self.column, self.tag, self.header = line, column, tag, header
        self.rowspan, self.colspan = rowspan, colspan
        self.parts: list[str] = []
        self.size = 0
        self.filled = False

    def cell(self) -> TableCell:
        return TableCell(" ".join("".join(self.parts).split())[:CELL_TEXT], self.line, self.column, self.tag, self.filled, self.header)


_PIECE_OFFSET = attrgetter("offset")  # a piece's place in its block's text (bisect key)


class _Table:
    """An open table: its rows of cells, and the blocks read in its own cells."""

    __slots__ = ("blocks", "cells", "new_row", "row_blocks", "row_cells", "row_start", "rows")

    def __init__(self) -> None:
        self.rows: list[list[_Cell]] = []
        self.blocks: list[int] = []
        self.cells = 0  # cells read (`_GRID_MAX`: beyond, no grid)
        self.new_row = True  # the next block read in a cell opens a row (`_Extractor.rows`)
        self.row_start: tuple[int, int] | None = None  # where the open row's first block starts
        self.row_blocks = self.row_cells = 0  # blocks and cells read in the open row

    def end_row(self) -> tuple[int, int] | None:
        """Where the row just ended starts (None when it held no block): as (line, column) when it is a row of data,
        one block at most in each of its cells; as (line, -column) when it is not (a layout table's cell holds a page's
        paragraphs, which must not be read as one row, nor glued to the row of data before it: review u29x)."""
        start, fits = self.row_start, 0 < self.row_blocks <= self.row_cells
        self.row_start, self.row_blocks, self.row_cells, self.new_row = None, 0, 0, True
        if start is None:
            return None
        return start if fits else (start[0], -start[1])

    def _open_cell(self) -> _Cell | None:
        return self.rows[-1][-1] if self.rows and self.rows[-1] else None

    def fill(self) -> None:
        cell = self._open_cell()
        if cell is not None:
            cell.filled = True

    def add(self, data: str) -> None:
        cell = self._open_cell()
        if cell is not None and data.strip(WHITESPACE):
            cell.filled = True
            if cell.size < CELL_TEXT:
                cell.parts.append(data[:CELL_TEXT])
                cell.size += len(data)

    def grid(self) -> TableGrid | None:
        """The table as a grid (None where a cell spans from above or the left), or None when it
        has fewer than two rows, no empty cell, or more than `_GRID_MAX` cells."""
        if len(self.rows) < 2 or self.cells > _GRID_MAX or all(c.filled for row in self.rows for c in row):
            return None
        pending: dict[int, int] = {}  # column → rows below this one that a cell above still spans
        out: list[tuple[TableCell | None, ...]] = []
        total = 0
        for row in self.rows:
            spanned = {j for j, n in pending.items() if n > 0}
            cells: list[TableCell | None] = []
            opened: list[tuple[int, int]] = []
            for raw in row:
                while len(cells) in spanned:
                    cells.append(None)
                at = len(cells)
                total += raw.colspan
                if total > _GRID_MAX:
                    return None  # checked before the cells are made: colspan=1000 on every cell is no memory bomb
                cells.append(raw.cell())
                cells.extend([None] * (raw.colspan - 1))
                if raw.rowspan > 1:
                    opened += [(j, raw.rowspan - 1) for j in range(at, at + raw.colspan)]
            while len(cells) in spanned:
                cells.append(None)
            for j in spanned:
                pending[j] -= 1
            pending.update(opened)
            out.append(tuple(cells))
        return tuple(out)
