"""A heading that opens a `<section>` of its own beside the sections of higher-ranked headings is their peer.

(Forty-seventh session, u47a2; eval/structure46c actionmaster-bilingual-html L250/L349.)  A page sets each of its
sections in a `<section>`: 「<section><h2>9. 国际传输</h2>…</section><section><h2>10. 政策更新</h2>…</section>
<section class="contact-info"><h3>联系我们</h3>…</section>」.  The contact block's `<h3>` is one rank lower, for its
look, but it stands in a box of its own beside the others, not inside 10.'s: a reader sees the last section, and the
outline made it a sub-section of 10.  Read so when the section's first heading is ranked lower than the first heading
of each of the (two or more) sibling `<section>`s before it, those all open with the same rank, and the section holds
no heading of that rank: the heading takes that rank.  A `<section>` inside another (a real sub-section) or a page
whose headings are not boxed so keeps the markup's rank.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.model import Block

_TAGS = lazy(r"<(/?)(section|h[1-6])\b[^<>]*>", re.IGNORECASE)
_SIBLINGS_MIN = 2  # sibling sections before it, each opened by a higher-ranked heading


class _Box:
    """One `<section>`: its parent box, the (rank, line) of the headings it holds (directly or below) and the position
    of its first and last among all the page's headings."""

    def __init__(self, parent: int | None) -> None:
        self.parent = parent
        self.heads: list[tuple[int, int]] = []
        self.first = self.last = -1


def section_peers(blocks: list[Block], fmt: str, source: str) -> list[Block]:
    """`blocks` with the first heading of a boxed section read at its sibling sections' rank (see the module)."""
    if fmt != "html" or "<section" not in source.lower():
        return blocks
    boxes: list[_Box] = []
    stack: list[int] = []
    line, at, count = 1, 0, 0
    for m in _TAGS.finditer(_without_comments(source)):
        closing, tag = m.group(1) == "/", m.group(2).lower()
        if tag == "section":
            if closing:
                if stack:
                    stack.pop()
            else:
                boxes.append(_Box(stack[-1] if stack else None))
                stack.append(len(boxes) - 1)
            continue
        if closing:
            continue
        count += 1
        line += source.count("\n", at, m.start())
        at = m.start()
        for open_box in stack:
            boxes[open_box].heads.append((int(tag[1]), line))
            boxes[open_box].last = count
            if boxes[open_box].first < 0:
                boxes[open_box].first = count
    moved: dict[int, int] = {}  # line → rank
    for n, box in enumerate(boxes):
        if not box.heads:
            continue
        rank, where = box.heads[0]
        ranks: list[int] = []  # the first ranks of the sibling sections right before it, each higher than its own
        after = box.first  # no heading outside them in between (an edition's 「<h2>Privacy Policy</h2>」 over its boxes)
        for b in reversed(boxes[:n]):
            if b.parent != box.parent or not b.heads:
                continue
            if b.heads[0][0] >= rank or b.last != after - 1:
                break
            ranks.append(b.heads[0][0])
            after = b.first
        if len(ranks) < _SIBLINGS_MIN or len(set(ranks)) != 1:
            continue
        if all(r != ranks[0] for r, _ in box.heads):
            moved[where] = ranks[0]
    if not moved:
        return blocks
    return [
        b._replace(level=moved[b.line]) if b.kind == "heading" and b.line in moved and (b.level or 0) > moved[b.line] else b for b in blocks
    ]


def _without_comments(source: str) -> str:
    """`source` with each HTML comment blanked (its line breaks kept): a commented-out tag is not read."""
    out: list[str] = []
    at = 0
    while (start := source.find("<!--", at)) >= 0:
        end = source.find("-->", start + 4)
        end = len(source) if end < 0 else end + 3
        out += [source[at:start], "".join(ch if ch == "\n" else " " for ch in source[start:end])]
        at = end
    out.append(source[at:])
    return "".join(out)
