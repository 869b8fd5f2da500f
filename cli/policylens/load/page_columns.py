"""Columns of a page rendered from a widget source (a Flutter screen, `load.dart`; an ArkUI page, `load.arkts`) mapped
back to the source.

Those readers rewrite the source as an HTML page of the same lines: the code becomes blank space and each literal's text
stays at its line.  Its column held only while the tags fitted in the code before the text and the text was as wide as
the literal: two texts on one line (「Row(children: [Text('联系人：'), Text('【待填写】')])」) put a `</p><p>` into a gap
of ten characters, an escape `\\n` became a four-character `<br>`, `\\'` one character and `&` the five of `&amp;`, so
every text after it on that line was reported some columns to the right of its character (review u34x, left in the
thirty-fourth session).  `PageWriter` writes the page and notes, for each run of text it copies, where that run came
from (`ColumnMap`); `remap_columns` then moves every position the HTML reader gave on that page to its source column.
Lines never move: a page keeps its source's newlines.
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping

from policylens.load.scripts import _C_ESCAPE, unescape
from policylens.load.types import Parsed
from policylens.model import Block, Piece


class ColumnMap:
    """Per page line, the runs of text copied from the source: (page column, page width, source column, source width).

    A run of width w ↔ w is one source character per page character; any other run is one text character (an escape
    `\\'`, `\\u3010`, or a character the page writes as a reference, `&amp;`)."""

    __slots__ = ("_lines",)

    def __init__(self) -> None:
        self._lines: dict[int, list[tuple[int, int, int, int]]] = {}

    def add(self, line: int, column: int, width: int, source_column: int, source_width: int) -> None:
        if width > 0:
            self._lines.setdefault(line, []).append((column, width, source_column, source_width))

    def __bool__(self) -> bool:
        return bool(self._lines)

    def _run(self, line: int, column: int) -> tuple[int, int, int, int] | None:
        runs = self._lines.get(line)
        if not runs:
            return None
        k = bisect_right(runs, column, key=lambda run: run[0]) - 1
        if k >= 0 and runs[k][0] <= column < runs[k][0] + runs[k][1]:
            return runs[k]
        return None

    def column(self, line: int, column: int) -> int:
        """The source column of the page's (line, column); unchanged where no text was copied."""
        run = self._run(line, column)
        if run is None:
            return column
        start, width, source, source_width = run
        return source + (column - start) if width == source_width else source

    def piece(self, piece: Piece) -> list[Piece]:
        """`piece` at its source columns, cut where its characters came from runs that do not follow each other."""
        if piece.width is not None or piece.length <= 0:
            run = self._run(piece.line, piece.column)
            if run is None:
                return [piece]
            start, width, source, source_width = run
            if width == source_width:
                return [piece._replace(column=source + (piece.column - start))]
            return [piece._replace(column=source, width=source_width if source_width != 1 or piece.length != 1 else None)]
        out: list[Piece] = []
        k = 0
        while k < piece.length:
            column = piece.column + k
            run = self._run(piece.line, column)
            if run is None:
                take = self._unmapped(piece.line, column, piece.length - k)
                out.append(Piece(piece.offset + k, take, piece.line, column))
            else:
                start, width, source, source_width = run
                if width == source_width:
                    take = min(start + width - column, piece.length - k)
                    out.append(Piece(piece.offset + k, take, piece.line, source + (column - start)))
                else:
                    take = 1  # one character written as `width` page characters (not expected in a plain run)
                    out.append(Piece(piece.offset + k, 1, piece.line, source, source_width if source_width != 1 else None))
            k += take
        return _merged(out)

    def _unmapped(self, line: int, column: int, most: int) -> int:
        """How many characters from (line, column), at most `most`, lie before the next copied run."""
        runs = self._lines.get(line) or []
        k = bisect_left(runs, column, key=lambda run: run[0])
        return min(most, runs[k][0] - column) if k < len(runs) else most


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Adjacent plain pieces that continue each other in the source joined back into one."""
    out: list[Piece] = []
    for p in pieces:
        last = out[-1] if out else None
        if (
            last is not None
            and last.width is None
            and p.width is None
            and last.line == p.line
            and last.offset + last.length == p.offset
            and last.column + last.length == p.column
        ):
            out[-1] = last._replace(length=last.length + p.length)
        else:
            out.append(p)
    return out


class PageWriter:
    """An HTML page written over a source, line for line, with a `ColumnMap` of the text it copies."""

    __slots__ = ("_line_starts", "_parts", "column", "columns", "line", "src")

    def __init__(self, src: str, columns: ColumnMap | None) -> None:
        self.src = src
        self._parts: list[str] = []
        self.line, self.column = 1, 0
        self.columns = columns
        self._line_starts = [0] + [k + 1 for k, c in enumerate(src) if c == "\n"] if columns is not None else []

    def write(self, markup: str) -> None:
        """Markup or blank space (no text the reader maps)."""
        self._parts.append(markup)
        newlines = markup.count("\n")
        if newlines:
            self.line += newlines
            self.column = len(markup) - markup.rfind("\n") - 1
        else:
            self.column += len(markup)

    def text(self, start: int, end: int, markup: str, simple: Mapping[str, str], raw: bool) -> None:
        """A literal's body `src[start:end]` written as `markup` (its text as `load.dart`/`load.arkts` render it: escapes
        read, `&<>` as references, a `\\n` a `<br>`), its runs noted in the map.  When the body does not read back as
        `markup` (none of the fuzzed Dart and ArkTS literals of review u35x), it is written unmapped, as before."""
        chunks = _chunks(self.src, start, end, simple, raw) if self.columns is not None else None
        if chunks is None or "".join(chunk for chunk, _, _ in chunks) != markup:
            self.write(markup)
            return
        for chunk, at, width in chunks:
            if at >= 0 and self.columns is not None:
                line = bisect_right(self._line_starts, at) - 1
                # (columns count from 1, as the readers give them)
                self.columns.add(self.line, self.column + 1, len(chunk), at - self._line_starts[line] + 1, width)
            self.write(chunk)

    def page(self) -> str:
        return "".join(self._parts)


def literal_lines(body: str, line_markup: Callable[[str], str]) -> str:
    """A literal's body written line for line: each line as `line_markup` writes it, each line break of the source a
    `<br>` then the break itself.  A CRLF stays whole after the `<br>`: a CR left before it (「第一行\\r<br>\\n」) is a lone
    CR, which the HTML reader counts as a line of its own, so every text after a two-line literal of a CRLF source was
    reported one line below its own (review u35x)."""
    lines = body.split("\n")
    out = []
    for k, line in enumerate(lines):
        crlf = k + 1 < len(lines) and line.endswith("\r")
        out.append(line_markup(line[:-1] if crlf else line))
        if k + 1 < len(lines):
            out.append("<br>\r\n" if crlf else "<br>\n")
    return "".join(out)


def _chunks(src: str, start: int, end: int, simple: Mapping[str, str], raw: bool) -> list[tuple[str, int, int]]:
    """A literal's body as (page markup, source offset or -1 for no text, source width): runs of plain characters
    (one page character each), each escape (a surrogate pair's two escapes one) and each character written as a
    reference (one text character), and each line break (no text)."""
    out: list[tuple[str, int, int]] = []
    k = start
    run = start  # where the open run of plain characters starts

    def flush(upto: int) -> None:
        if upto > run:
            out.append((src[run:upto], run, upto - run))

    while k < end:
        c = src[k]
        if c == "\n" or (c == "\r" and k + 1 < end and src[k + 1] == "\n"):  # (a CRLF written as `literal_lines` does)
            flush(k)
            out.append(("<br>\n" if c == "\n" else "<br>\r\n", -1, 1 if c == "\n" else 2))
            k += 1 if c == "\n" else 2
            run = k
            continue
        if c in "&<>":
            flush(k)
            out.append((html.escape(c, quote=False), k, 1))
            k += 1
            run = k
            continue
        # (a backslash before a line break is the end of its line for `literal_lines`: a character of the run)
        if c == "\\" and not raw and not src.startswith(("\n", "\r\n"), k + 1):
            m = _C_ESCAPE.match(src, k, end)
            if m is not None:
                flush(k)
                stop, value = m.end(), unescape(m.group(0), simple)
                pair = _C_ESCAPE.match(src, stop, end) if value == "\ufffd" else None
                if pair is not None and len(joined := unescape(src[k : pair.end()], simple)) == 1:
                    stop, value = pair.end(), joined  # `\\uD83D\\uDE00`: one character, as `unescape` reads the line
                written = html.escape(value, quote=False).replace("\n", "<br>")
                out.append((written, k if value and value != "\n" else -1, stop - k))
                k = stop
                run = k
                continue
        k += 1
    flush(end)
    return out


def remap_columns(parsed: Parsed, columns: ColumnMap) -> None:
    """Every position the HTML reader gave on a rendered page moved to its source column (in place)."""
    if not columns:
        return
    blocks: list[Block] = []
    for block in parsed.blocks:
        pieces = tuple(p for piece in block.pieces for p in columns.piece(piece))
        column = pieces[0].column if pieces and pieces[0].line == block.line else columns.column(block.line, block.column)
        blocks.append(block._replace(pieces=pieces, column=column))
    parsed.blocks = blocks
    parsed.line_breaks = [(line, columns.column(line, column)) for line, column in parsed.line_breaks]
    parsed.chrome = [(line, columns.column(line, column)) for line, column in parsed.chrome]
    parsed.menus = [(line, columns.column(line, column)) for line, column in parsed.menus]
    parsed.boxes = [(line, columns.column(line, column)) for line, column in parsed.boxes]
    parsed.rows = [(line, columns.column(line, abs(column)) * (1 if column >= 0 else -1)) for line, column in parsed.rows]
    parsed.media = [(line, columns.column(line, column)) for line, column in parsed.media]
    parsed.printed = [(line, columns.column(line, column)) for line, column in parsed.printed]
