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
    if len(order) < 2:
        return levels
    first, after = found[order[0]], found[order[1]]
    if (
        first.number is not None
        or not opening_title(first.title)
        or order[1] == order[0] + 1  # directly above the first section, with no text: it may be its parent
        or after.number is None
        or heading_value(after) != 1
        or any(level <= levels[0] for level in levels[1:])
    ):
        return levels
    delta = levels[1] - levels[0]
    return [levels[0], *(max(1, level - delta) for level in levels[1:])]


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
