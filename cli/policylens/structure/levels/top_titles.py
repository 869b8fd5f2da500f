"""Unnumbered titles the stack nests under a numbered run that are its peers: an opening section (「引言」) over 「1.」
「2.」… (`_opening_section_peers`), and a bold title after the last top-level number when bold titles are top-level
in the document (`_bold_peers_after_runs`)."""

from __future__ import annotations

from policylens.model import Block
from policylens.normalise import fold
from policylens.structure.headings import heading_value
from policylens.structure.levels.moves import _shift
from policylens.structure.shapes import Heading, han_pairs, opening_title


def _opening_section_peers(blocks: list[Block], found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """An opening section (「引言」, 「【首部及导言】」) holds none of the numbered sections after it: they are its peers.

    A bold 「引言」 with its own text, then 「1. …」, 「2. …」 to the end: the stack nests the decimal run under the bold
    line (a bold line above 「1.」 may be its parent, 「**我们收集的信息**」 over 「1. 注册」), but a preamble introduces the
    policy, it does not contain it (twenty-sixth session, `eval/blind/round26b`: a Word page's 【首部及导言】 above
    「1.【…】」…「4.【…】」).  Only when the opening heading comes first, has text of its own, and every later heading
    sits below it with the first of them numbered 1: the whole run moves up to its level.
    """
    levels = list(levels)
    editions = [k for k in range(1, len(order)) if found[order[k - 1]].key == ("edition",)]
    for start, end in zip([0, *editions], [*editions, len(order)], strict=True):
        if end < len(order):
            end -= 1  # the next edition's title closes this part's headings
        _opening_peers_in(found, order, levels, start, end)
    return levels


def _opening_peers_in(found: dict[int, Heading], order: list[int], levels: list[int], start: int, end: int) -> None:
    """`_opening_section_peers` on the headings `start`..`end` (positions in `order`): the document's, or an edition's
    under its title (「隐私协议」 then 「概要」 over 「一、」…「八、」 after an English edition, eval/structure45 shifu, u47a2)."""
    if end - start < 2:
        return
    first, after = found[order[start]], found[order[start + 1]]
    if (
        first.number is not None
        or not opening_title(first.title)
        or order[start + 1] == order[start] + 1  # directly above the first section, with no text: it may be its parent
        or after.number is None
        or heading_value(after) != 1
        or any(level <= levels[start] for level in levels[start + 1 : end])
    ):
        return
    delta = levels[start + 1] - levels[start]
    for m in range(start + 1, end):
        levels[m] = max(1, levels[m] - delta)


def _bold_peers_after_runs(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """A bold unnumbered title after the last top-level number is top-level when bold titles are top-level here.

    「**引言**」, `## 一、…`, `## 二、…`, 「**联系我们**」: the stack nests the closing bold line under
    二、 (a bold line after a numbered section may be its sub-title, 「**账号信息**」 under `## 1.`).
    The document's own evidence decides: an earlier bold unnumbered title stands at the top
    level (the opening 「**引言**」), no bold title so far was a sub-title, no number of the
    top-level sequence follows, and the title does not share a word with the last numbered
    section (「**联系方式**」 under 「## 五、联系我们」 is its sub-title).  The title then takes the
    top level, with what is nested under it.
    """
    levels = list(levels)
    top: int | None = None  # the lowest level so far
    bold_top = False  # a bold unnumbered title stood at the top level
    bold_nested = False  # a bold unnumbered title was a sub-title (between numbers, or under one)
    lowest = min(levels, default=1)
    last_top_number = max((m for m, i in enumerate(order) if found[i].number is not None and levels[m] == lowest), default=-1)
    for k, i in enumerate(order):
        heading = found[i]
        top = levels[k] if top is None else min(top, levels[k])
        if heading.key != ("bold",):
            continue
        if levels[k] == top:
            bold_top = True
        elif (
            bold_top
            and not bold_nested
            and 0 <= last_top_number < k
            and not _shares_a_word(heading.title, found[order[last_top_number]].title)
        ):
            _shift(levels, k, top - levels[k])
        else:
            bold_nested = True
    return levels


def _shares_a_word(a: str, b: str) -> bool:
    """Two titles share a word of two Han characters (「联系方式」 and 「五、联系我们」)."""
    return bool(set(han_pairs(fold(a))) & set(han_pairs(fold(b))))
