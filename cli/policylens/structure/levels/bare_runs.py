"""A run of sub-section numbers (A.–E., （一）–（三）) directly under a bare title is that title's sub-sections
(`_nest_runs_under_bare_titles`), unless the numbering goes on after the bare title that ends it (`_goes_on`)."""

from __future__ import annotations

from policylens.structure.headings import heading_value
from policylens.structure.levels.numbers import SUBORDINATE_STYLES, _starts_sequence
from policylens.structure.shapes import Heading, opening_title


def _nest_runs_under_bare_titles(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """A run of sub-section numbers (A.–E., （一）–（三）) directly under a bare title is that title's sub-sections.

    In a document whose top-level sections are bare title lines (「資料收集」, 「如何刪除資料」),
    「A. 行動 App 內刪除」 … 「C. 要求我們協助刪除」 right after 「如何刪除資料」 are its
    sub-sections, and the bare title after the run (「兒童隱私」) is a top-level section
    again.  Only a run that starts its sequence (A, （一）), only under a bare title at a
    level where every heading so far is unnumbered, and only when a bare title follows it
    (「引言」 above A.–D. that run to the end of the policy: the letters are the outline).
    Styles that mark sub-sections (`SUBORDINATE_STYLES`) need no more; styles that may number
    the top level beside bare lines (1., 一、) need two bare titles or more before the run and
    numbers that do not go on after it: 「【引言】」, 「【信息收集】」, 「1. 账号」, 「2. 设备」,
    「【联系我们】」 nest, but not 「2.」, 「Cookie的使用」, 「3.」 (the numbers are the top level), nor
    1.–2. under one bare line (「关于我们」).  One pass: what comes before a run is summed as
    the pass goes (positions before a run never move again).
    """
    levels = list(levels)
    numbered_min: int | None = None  # the lowest level of a numbered heading before `seen`
    bare_at: dict[int, int] = {}  # level → bare titles before `seen`
    seen = 0
    k = 0
    while k < len(order):
        heading = found[order[k]]
        parent = k - 1
        if (
            k == 0
            or heading.number is None
            or not _starts_sequence(heading)
            or found[order[parent]].number is not None
            or found[order[parent]].key[0] != "plain"
        ):
            k += 1
            continue
        for m in range(seen, parent):  # sum up what lies before the bare title
            if found[order[m]].number is not None:
                numbered_min = levels[m] if numbered_min is None else min(numbered_min, levels[m])
            elif found[order[m]].key[0] == "plain":
                bare_at[levels[m]] = bare_at.get(levels[m], 0) + 1
        seen = max(seen, parent)
        level = levels[parent]
        if numbered_min is not None and numbered_min <= level:
            k += 1
            continue  # numbered sections at the bare title's level: the bare lines are not the outline
        style = heading.number.style
        end = k
        while end < len(order) and (number := found[order[end]].number) is not None and (number.style == style or levels[end] > levels[k]):
            end += 1  # the run, with what is nested under its headings
        after = found[order[end]] if end < len(order) else None
        opening = opening_title(found[order[parent]].title)
        if opening or after is None or after.key[0] != "plain":
            k = end  # 「引言」 above A.–D. that run to the end: the lettered sections are the outline
            continue
        if style not in SUBORDINATE_STYLES:
            bare = 1 + sum(n for lv, n in bare_at.items() if lv <= level)  # the parent and the bare titles before it
            last = max((v for m in range(k, end) if (v := heading_value(found[order[m]])) is not None), default=None)
            if bare < 2 or (last is not None and _goes_on(found, order, end, style, last)):
                k = end
                continue
        base = levels[k]
        for m in range(k, end):
            levels[m] = max(level + 1, levels[m] - base + level + 1)
        if end < len(order) and levels[end] > level:
            delta = level - levels[end]  # the bare titles after the run are back at the top
            for m in range(end, len(order)):
                if levels[m] <= level:
                    break
                levels[m] = max(1, levels[m] + delta)
        k = end
    return levels


def _goes_on(found: dict[int, Heading], order: list[int], end: int, style: tuple[str, ...], last: int) -> bool:
    """Whether the run's numbering goes on after the bare title that ends it (「2.」, 「Cookie的使用」, 「3.」).

    It goes on when the next heading numbered in the run's style, after the run, is numbered `last + 1`: in a policy
    whose chapters are bare titles, each with its own 「一、」「二、」… (`eval/structure27` rna-txt), the next chapter's
    「一、」 starts over, and a later chapter's 「三、」 belongs to its own run, not to the first chapter's.
    """
    for m in range(end, len(order)):
        number = found[order[m]].number
        if number is not None and number.style == style and (value := heading_value(found[order[m]])) is not None:
            return value == last + 1
    return False
