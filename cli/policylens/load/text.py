"""Reader for plain text: every line keeps its number; blank lines separate blocks."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import count, repeat

from policylens.lazyre import lazy
from policylens.load.lines import Line, LineTuple, group_lines
from policylens.load.types import Parsed
from policylens.normalise import split_lines

# Where a policy written on one very long line can be cut: before a numbered heading that
# follows a sentence end or a wide gap, and at runs of two or more spaces.
_NUMBER_AHEAD = r"(?=[一二三四五六七八九十]+[ \u3000]*、|\d{1,2}、|（\d{1,2}）)"
# One space run per alternative, and the lookahead only at its end: `[ ]{2,}[ ]*(?=…)` was
# quadratic on a long run of spaces (tests/test_hostile_regex.py).  A number may also
# follow a sentence end or 】 directly.
CUT = lazy(rf"(?:(?<=[。；！？】])[ \u3000]*|[ \u3000]{{2,}})(?![ \u3000]){_NUMBER_AHEAD}|[ \u3000]{{2,}}")
LONG_LINE = 2000


def _split_long(number: int, text: str) -> list[Line]:
    """Cut a very long line into pieces that keep their true columns."""
    if len(text) < LONG_LINE:
        return [Line(number, 1, text)]
    pieces: list[Line] = []
    start = 0
    for m in CUT.finditer(text):
        if m.start() > start:
            pieces.append(Line(number, start + 1, text[start : m.start()]))
            pieces.append(Line(number, m.start() + 1, ""))  # a blank: the pieces are separate blocks
        start = m.end()
    pieces.append(Line(number, start + 1, text[start:]))
    return pieces


def read_text(text: str) -> Parsed:
    """Split plain text into paragraph and list-item blocks."""
    raw = split_lines(text)
    lines: Iterable[LineTuple]
    if max(map(len, raw), default=0) < LONG_LINE:  # the usual case: no line to cut
        lines = zip(count(1), repeat(1), raw)  # (number, column, text), built in C
    else:
        lines = [piece for i, s in enumerate(raw, start=1) for piece in _split_long(i, s)]
    return Parsed(blocks=group_lines(lines, split_titles=True))
