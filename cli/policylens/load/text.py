"""Reader for plain text: every line keeps its number; blank lines separate blocks."""

from __future__ import annotations

from policylens.load.lines import Line, group_lines
from policylens.load.types import Parsed
from policylens.normalise import split_lines


def read_text(text: str) -> Parsed:
    """Split plain text into paragraph and list-item blocks."""
    lines = [Line(i, 1, s) for i, s in enumerate(split_lines(text), start=1)]
    return Parsed(blocks=group_lines(lines))
