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


# A sub-section count goes on over one missing number: 「(四)撤回同意」 then 「（六）約束系統自動決策」 with no (五)
# (eval/structure46c xuanhuan L135, u47a2): the same style at the same level, numbered two more, is the run's next
# heading, not its end.  Only for a count a section's first sub-section started (`counts._first_child`): a top-level
# count going on in another style (「一、」 then 「2、」, 「4、」) stops at its gap (eval/blind/profiles18 xclin).
_SKIPPED = 2


def _shift_run(found: dict[int, Heading], order: list[int], levels: list[int], k: int, delta: int, *, gap: bool = False) -> None:
    """Move heading `k`, the numbers of its style that follow it in sequence at its level (with `gap`, one number may be
    missing: `_SKIPPED`), and what is nested under them."""
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
                or value not in (expected + 1, expected + (_SKIPPED if gap else 1))
            ):
                break
            expected = value
        levels[m] = max(1, levels[m] + delta)
