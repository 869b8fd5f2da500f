"""Moving a heading's level with what is nested under it: one heading (`_shift`), or a heading and the numbers of its
style that follow it in sequence at its level (`_shift_run`).  Every correction after the stack moves headings so."""

from __future__ import annotations

from policylens.structure.headings import heading_value
from policylens.structure.shapes import Heading


def _shift(levels: list[int], k: int, delta: int) -> None:
    """Move heading `k` by `delta` levels, and the headings nested under it with it (in place)."""
    if not delta:
        return
    own = levels[k]
    levels[k] += delta
    for m in range(k + 1, len(levels)):
        if levels[m] <= own:
            break
        levels[m] = max(1, levels[m] + delta)


def _shift_run(found: dict[int, Heading], order: list[int], levels: list[int], k: int, delta: int) -> None:
    """Move heading `k`, the numbers of its style that follow it in sequence at its level, and what is nested under them."""
    own = levels[k]
    number = found[order[k]].number
    expected = heading_value(found[order[k]])
    for m in range(k, len(order)):
        heading = found[order[m]]
        if m > k and levels[m] <= own:
            value = heading_value(heading)
            if (
                levels[m] < own
                or heading.number is None
                or number is None
                or heading.number.style != number.style
                or expected is None
                or value != expected + 1
            ):
                break
            expected = value
        levels[m] = max(1, levels[m] + delta)
