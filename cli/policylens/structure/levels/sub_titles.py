"""An unnumbered marked-up title (<h3>) between 「一、」 and 「二、」 written as styled lines is a sub-title of 「一、」
(`_marked_up_titles_between_numbers`): the numbers are the outline, not the markup depth."""

from __future__ import annotations

from policylens.model import Block
from policylens.structure.headings import heading_value
from policylens.structure.levels.moves import _shift
from policylens.structure.shapes import Heading


def _marked_up_titles_between_numbers(blocks: list[Block], found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """An unnumbered <h3> between 「一、」 and 「二、」 written as styled lines is a sub-title of 「一、」.

    A uni-app page shows its sections as styled lines (「<view class="section-title">一、…」) and
    their text as HTML strings with `<h3>收集原则</h3>` inside: the markup depth says nothing
    about the numbered lines, so the stack made them peers.  The numbers are the outline: an
    unnumbered marked-up title after a numbered line and before the next number of the same
    sequence, at the same level, is its sub-title (one level deeper, with what is nested
    under it), as a bold unnumbered line there is.  The numbered line must have text of its
    own above the title: 「<div class="card-index">01. 适用范围</div><h2>…</h2>」 on a card is a
    label over the card's title, and the last card has no next number to tell.  Titles before
    the first number or after the last (「引言」, 「联系我们」) keep their level, and so does a
    span holding a heading above the numbers' level.  Only a title deeper than the rank the
    numbered lines stand at moves: below the document's shallowest markup (its <h1> title) the
    next rank, <h2>, is a section's (「<p>一、…</p>…<h2>儿童个人信息保护</h2>…<p>二、…</p>」, an appendix
    `## 附录` between bold numbers: peers, review rv14a); an <h3> there is a sub-title.
    """
    levels = list(levels)
    shallowest = min((b.level for b in blocks if b.kind == "heading" and b.level), default=None)
    if shallowest is None:
        return levels
    last: dict[tuple[str, ...], tuple[int, int]] = {}  # style → (position, value) of its last numbered line
    for k, i in enumerate(order):
        heading = found[i]
        value = heading_value(heading)
        if heading.key[0] != "num" or heading.number is None or value is None:
            continue
        style = heading.number.style
        before = last.get(style)
        last[style] = (k, value)
        if before is None or before[1] != value - 1 or levels[before[0]] != levels[k]:
            continue
        level = levels[k]
        span = range(before[0] + 1, k)
        if order[before[0]] + 1 in found or any(levels[m] < level for m in span):
            continue  # (a numbered line right above a title, 「01.」 over 「<h2>…」 on a card, is the title's label: no evidence)
        for m in span:
            inner = found[order[m]]
            rank = blocks[order[m]].level
            if inner.key[0] == "md" and inner.number is None and levels[m] == level and rank and rank > shallowest + 1:
                _shift(levels, m, 1)
    return levels
