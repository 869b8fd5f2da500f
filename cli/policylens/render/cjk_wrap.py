"""Wrapping for rich text that breaks between Chinese characters, as a terminal reader expects.

Rich wraps at white space only: a run of Chinese without spaces is one "word" to it, so a redline line
「…服务在您的设备间同步。这些数据仅在您与 Apple」 broke before the next long run and left half the line empty
(u35m, session 35). `Wrapped(text)` is a renderable that breaks a line where Chinese allows it: between any two wide
characters, at white space, never inside a Latin word or number unless it is wider than the line, never before a
closing mark (，。、）」…) nor after an opening one (（「…): the usual line-breaking rules (kinsoku) of CJK text.
Styles are kept (`Text.divide`); the text itself is never changed but for the blanks at a break.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.measure import Measurement
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

# marks that must not start a line (they close what is before them) and marks that must not end one
_CLOSING = set("，。、；：？！）」』】〉》〕］｝”’…‥・ー～,.;:?!)]}%％")
_OPENING = set("（「『【〈《〔［｛“‘([{")
# the plain redline's marks (`[-deleted-]`, `{+inserted+}`, shown when there is no colour) stay with their text
_MARK_OPEN = ("[-", "{+")
_MARK_CLOSE = ("-]", "+}")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _units(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each unit a line may break between: a wide character with the closing marks after it and the
    opening marks before it, a run of other non-blank characters (a Latin word, a number, a path), a run of blanks."""
    i, n = 0, len(line)
    while i < n:
        start = i
        while i < n and (line[i] in _OPENING or line.startswith(_MARK_OPEN, i)):
            i += 2 if line.startswith(_MARK_OPEN, i) else 1  # an opening mark stays with what follows it
        if i < n and line[i].isspace() and i == start:
            while i < n and line[i].isspace():
                i += 1
        elif i < n and _wide(line[i]) and line[i] not in _CLOSING:
            i += 1
        else:
            while i < n and not line[i].isspace() and not (_wide(line[i]) and line[i] not in _CLOSING) and line[i] not in _OPENING:
                if i > start and line.startswith(_MARK_CLOSE, i):
                    break  # 「-]」 after a word: the closing loop below takes it
                i += 1
            if i == start:  # (a lone closing mark at the start of a line)
                i += 1
        while i < n and (line[i] in _CLOSING or line.startswith(_MARK_CLOSE, i)):
            i += 2 if line.startswith(_MARK_CLOSE, i) else 1  # closing marks stay with what precedes them
        yield start, i


def break_offsets(line: str, width: int) -> list[int]:
    """Where to break `line` (no newline in it) so that no piece is wider than `width` cells, blanks at a break kept
    at the end of the piece before it; a unit wider than the line is cut by characters."""
    width = max(1, width)
    offsets: list[int] = []
    used = 0
    for start, end in _units(line):
        unit = line[start:end]
        size = cell_len(unit)
        if unit.isspace():
            used += size  # blanks may overhang: they are dropped at the break
            continue
        if used and used + size > width:
            offsets.append(start)
            used = 0
        if size > width:  # wider than the line on its own: cut it by characters
            for k, ch in enumerate(unit):
                w = cell_len(ch)
                if used and used + w > width:
                    offsets.append(start + k)
                    used = 0
                used += w
            continue
        used += size
    return offsets


class Wrapped:
    """`text` wrapped to the width it is given, breaking between Chinese characters (`break_offsets`)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def lines(self, width: int) -> list[Text]:
        out: list[Text] = []
        for line in self.text.split("\n", allow_blank=True):
            offsets = break_offsets(line.plain, width)
            for piece in line.divide(offsets) if offsets else [line]:
                piece.rstrip()
                out.append(piece)
        return out

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.lines(options.max_width)
        joined = Text("\n").join(lines)
        joined.no_wrap = True
        joined.overflow = "crop"
        yield joined

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max((cell_len(line) for line in self.text.plain.split("\n")), default=0)
        return Measurement(min(2, widest), widest).clamp(max_width=options.max_width)
