"""`structure.headings.ShortItems.before` / `after`: the runs of short lines around a line, worked out once (u32h).

`_later_item` and `_fills_its_section` walked up to 30 lines back and 30 ahead from every line of a run of short lines.
The counts must be exactly what those walks gave, in whatever order the lines are asked; and the headings of a document
whose short lines fill a numbered section must still be found as before.
"""

from __future__ import annotations

import random

from helpers import parse_string
from policylens.structure.headings import ShortItems


def _walks(short: list[bool], i: int) -> tuple[int, int]:
    """The old loops: (k, j), the first line above and below `i` that ends the run, 30 lines at most."""
    k = i - 1
    while k >= 0 and short[k] and i - k <= 30:
        k -= 1
    j = i + 1
    while j < len(short) and short[j] and j - i <= 30:
        j += 1
    return k, j


def _items(short: list[bool]) -> ShortItems:
    items = ShortItems([None] * len(short))  # type: ignore[list-item]  # (blocks are not read: every answer is known)
    items._known[:] = bytes(2 if s else 1 for s in short)
    return items


def test_counts_are_the_old_walks_in_any_order() -> None:
    rng = random.Random(32)
    for size in (0, 1, 2, 5, 31, 32, 33, 70, 400):
        for density in (0.0, 0.3, 0.9, 1.0):
            short = [rng.random() < density for _ in range(size)]
            for order in ("up", "down", "shuffled", "odd"):
                items = _items(short)
                indexes = list(range(size))
                if order == "down":
                    indexes.reverse()
                elif order == "shuffled":
                    rng.shuffle(indexes)
                elif order == "odd":
                    indexes = indexes[1::2] + indexes[::2]
                for i in indexes:
                    k, j = _walks(short, i)
                    assert (i - 1 - items.before(i), i + 1 + items.after(i)) == (k, j), (short, i, order)


def test_a_numbered_section_filled_with_short_lines_still_reads_as_its_list() -> None:
    items = "\n".join(f"项目{chr(0x4E00 + n)}说明" for n in range(40))
    doc = parse_string(f"隐私政策\n\n1. 收集的信息\n{items}\n2. 保存期限\n我们保存您的信息六个月。\n")
    titles = [s.title for s in doc.sections if s.title]
    assert "1. 收集的信息" in titles and "2. 保存期限" in titles
    assert not any(t.startswith("项目") for t in titles)
