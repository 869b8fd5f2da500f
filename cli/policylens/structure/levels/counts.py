"""A top-level count that goes on in another style is still the top level (`_continue_counts`: `## 三、…` then `## 4.`),
but a count a section's own first sub-section started is that count going on (「1、」 then 「（二）」, `_first_child`)."""

from __future__ import annotations

from policylens.structure.headings import heading_value
from policylens.structure.levels.moves import _shift_run
from policylens.structure.levels.numbers import SUBORDINATE_STYLES
from policylens.structure.shapes import Heading


def _continue_counts(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """A top-level count that goes on in another style is still the top level: `## 三、…` then `## 4.`.

    Authors switch styles half-way (`## 一、` … `## 三、`, then `## 4. 信息存储`, `## 5. 联系我们`;
    「三、信息使用」 then 「4. 信息存储」 in plain text).  A heading numbered one more than the last
    top-level number, in another style that never had the number before it (not 「1.」, 「2.」,
    「4.」 counting on across chapters), and in Markdown written no deeper than that number, is
    the next top-level section; the numbers of its style that follow it in sequence, and what is
    nested under them, move with it.

    But a count that one of the top-level section's own sub-sections started is that count going on: under
    「一、」, 「1、」 then 「（二）」, 「（三）」 (the author changed style after the first sub-section) are the siblings
    of 「1、」, at its level (`_first_child`), not sections of their own.
    """
    levels = list(levels)
    values: dict[tuple[str, ...], set[int]] = {}  # the values of each style so far
    top: int | None = None  # the lowest level so far
    last: tuple[Heading, int] | None = None  # the last top-level numbered heading and its value
    child: int | None = None  # the first numbered sub-section under `last` (position in order), until a count goes on from it
    under: dict[tuple[str, ...], set[int]] = {}  # the values of each style under `last`
    for k, i in enumerate(order):
        heading = found[i]
        top = levels[k] if top is None else min(top, levels[k])
        value = heading_value(heading)
        if heading.number is None or value is None:
            continue
        style = heading.number.style
        under.setdefault(style, set()).add(value)
        if child is not None and k > child and levels[k] > top and _first_child(found, order, child, heading, under):
            _shift_run(found, order, levels, k, levels[child] - levels[k], gap=True)
            child = None
        elif levels[k] == top:
            last, under = (heading, value), {}
            child = next((m for m in range(k + 1, len(order)) if found[order[m]].number is not None), None)
            if child is not None and levels[child] <= levels[k]:
                child = None
        elif (
            last is not None
            and last[0].number is not None
            and last[0].number.style != style
            and (style[0] != "decimal" or style[1:] == ("1",))  # 「2.2.3」 under 「2、」 counts its 2.2, not the sections
            # 「（3）」 whose 「（1）」 「（2）」 are paragraphs under 「第二部分」: a bracketed or lettered count is a sub-section's
            and style not in SUBORDINATE_STYLES
            and value == last[1] + 1 >= 2
            and value - 1 not in values.get(style, ())
            # 「四、」 / 「3.实现安全…」 / 「5.其他情形」: a count its own sub-sections already run (「4.」 a sentence there)
            and min(under[style]) == value
            and _no_deeper(heading.key, last[0].key)
        ):
            _shift_run(found, order, levels, k, top - levels[k])
            last = (heading, value)
        values.setdefault(style, set()).add(value)
    return levels


def _first_child(
    found: dict[int, Heading], order: list[int], child: int, heading: Heading, values: dict[tuple[str, ...], set[int]]
) -> bool:
    """`heading` numbered 2 in a sub-section style goes on with the count of the first sub-section `child`, numbered 1.

    `values`: the numbers of each style under the section so far, `heading`'s own included (its style none but 2).

    「（二）」 after 「1、」 (not 「（2）」 after 「（1）」, nor a top-level 「2.」 after 「一、」's 「(1)」).
    """
    number, first = heading.number, found[order[child]].number
    return (
        number is not None
        and first is not None
        and heading_value(heading) == 2
        and heading_value(found[order[child]]) == 1
        and number.style != first.style
        and number.style in SUBORDINATE_STYLES
        and values[number.style] == {2}
    )


def _no_deeper(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """A heading's markup is no deeper than the other's (always true unless both are Markdown depths)."""
    return not (key[0] == other[0] == "md") or int(key[1]) <= int(other[1])
