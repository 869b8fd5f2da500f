"""Numbered titles in a row that carry on the outline around them (thirty-sixth session, u36a; eval/structure36).

`lists._demote_lists` reads a run of adjacent same-style numbered candidates with no body between them as a list or a
table of contents, and drops it.  In a plain-text licence 「1.权利声明」 (with its paragraph), then 「2.许可范围」 and
「3.权利限制」 one after the other (the first left with no text, the second over its clauses 「3.1 …」), then
「4.用户使用须知」 (eval/structure36 yisrookie-terms-txt), the run 2–3 is the outline's own sections 2 and 3: a
list starts over at 1, while these carry on the numbers of the sections before and after them.

A run is kept (`continues_outline`) when its values follow one another and both its neighbours of the same style are
headings with a body of their own before the run: the one before numbered just below the run's first, the one after
just above its last.  A run at the start (no same-style heading before it, as a table of contents is) or one that
starts over is judged as before.
"""

from __future__ import annotations

from itertools import pairwise

from policylens.model import Block
from policylens.structure.headings.values import heading_value
from policylens.structure.shapes import Heading

_SENTENCE_END = tuple("。；;！!")


def continues_outline(blocks: list[Block], found: dict[int, Heading], run: list[int]) -> bool:
    """Does the run of adjacent same-style numbered candidates `run` carry on the outline around it (see above)?"""
    key = found[run[0]].key
    read = [heading_value(found[i]) for i in run]
    values = [v for v in read if v is not None]
    if len(values) != len(run) or any(b != a + 1 for a, b in pairwise(values)):
        return False
    if any(found[i].title.rstrip().endswith(_SENTENCE_END) for i in run):
        return False
    before = max((i for i in found if i < run[0] and found[i].key == key), default=None)
    after = min((i for i in found if i > run[-1] and found[i].key == key), default=None)
    if before is None or after is None:
        return False
    if heading_value(found[before]) != values[0] - 1 or heading_value(found[after]) != values[-1] + 1:
        return False
    return any(k not in found and blocks[k].kind == "paragraph" for k in range(before + 1, run[0]))
