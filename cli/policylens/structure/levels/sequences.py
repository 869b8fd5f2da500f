"""Siblings of one numbering sequence get one level, whatever their markup (`align_sequences`): `## 1.`, `#### 2.`,
`## 3.` are three peers, and what is nested under 2. moves with it."""

from __future__ import annotations

from policylens.structure.headings import heading_value
from policylens.structure.levels.moves import _shift
from policylens.structure.shapes import Heading


def align_sequences(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """Siblings in one numbering sequence get one level, whatever their markup.

    Explicit headings keep their depth as written (`Section.depth`), but when `## 1.`,
    `#### 2.` and `## 3.` follow each other (or `## 1.`, `**2.**`, `## 3.`), 2. is the
    sibling of 1. and 3.: it gets the level of the heading numbered one less in the same
    style (written the same way if there is one, else the nearest), and the headings
    nested under it move with it.
    """
    levels = list(levels)
    last: dict[tuple[tuple[str, ...], int], dict[str, int]] = {}  # (style, value) → depth → position in order
    for k, i in enumerate(order):
        heading = found[i]
        value = heading_value(heading)
        if heading.number is None or value is None:
            continue
        style, depth = heading.number.style, "/".join(heading.key)
        before = last.get((style, value - 1))
        if before:
            prev = before.get(depth, before["nearest"])
            _shift(levels, k, levels[prev] - levels[k])
        slot = last.setdefault((style, value), {})
        slot[depth] = k
        slot["nearest"] = k
    return levels
