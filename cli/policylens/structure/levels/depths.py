"""The nesting keys of Markdown headings, with unnumbered peers written at a skipped depth made peers (`peer_depths`).

`## 引言` with text of its own, then `#### 信息收集`: two sections of one rank, unless the deeper title names a kind of
what the one above is about (「账号信息」 under 「信息收集」).  The first correction, made on the keys before the stack.
"""

from __future__ import annotations

from policylens.model import Block
from policylens.normalise import fold
from policylens.structure.shapes import Heading, han_pairs


def peer_depths(blocks: list[Block], found: dict[int, Heading], order: list[int], partners: dict[int, int]) -> list[tuple[str, ...]]:
    """The nesting keys of the headings, with unnumbered peers written at a skipped depth made peers.

    A reader sees `## 引言` (with its own text) followed by `#### 信息收集` as two sections of
    the same rank, not as a section and its sub-section: the depth jumps over a level, the
    heading above is complete (it has text, and that text does not announce a list with
    ：), and neither heading carries a number that would say otherwise.  From then on that
    depth stands for the depth of the heading above (`#### 信息使用`, `#### 联系我们` are
    peers too), until it is used again for a real child (directly under a heading without
    text of its own, or one level deeper).  The titles may say otherwise: 「#### 账号信息」 under
    「## 信息收集」 names a kind of what the section above is about (`_names_a_part`), so it is a
    sub-section, and the same jump is read as a sub-section for the rest of the document
    (「#### 个性化推荐」 under 「## 信息使用」).  `Section.depth` keeps the depth as written.
    """
    keys = [found[i].key for i in order]
    alias: dict[int, int] = {}
    children: set[tuple[int, int]] = set()  # (depth above, depth) jumps that the titles showed to be sub-sections
    made: dict[int, tuple[str, str]] = {}
    out: list[tuple[str, ...]] = []
    for k, i in enumerate(order):
        key = keys[k]
        if key[0] != "md":
            out.append(key)
            continue
        depth = int(key[1])
        above = order[k - 1] if k else None
        if above is not None and keys[k - 1][0] == "md" and found[above].number is None and found[i].number is None:
            above_depth = int(keys[k - 1][1])
            if depth >= above_depth + 2 and _names_a_part(found[above].title, found[i].title):
                children.add((above_depth, depth))  # the text says child: this jump means a sub-section here
                alias.pop(depth, None)
            elif depth >= above_depth + 2 and (above_depth, depth) not in children and _has_own_text(blocks, above, i, found, partners):
                alias[depth] = alias.get(above_depth, above_depth)
            elif depth > above_depth:
                alias.pop(depth, None)  # used for a real child again
        shown = alias.get(depth, depth)
        out.append(made.get(shown) or made.setdefault(shown, ("md", str(shown))))  # one tuple per depth, not per heading (issue #12)
    return out


def _names_a_part(parent: str, child: str) -> bool:
    """The deeper title names a kind of what the title above is about: 「账号信息」 under 「信息收集」.

    Both share a word of two Han characters that is not where both titles start: 「信息收集」 /
    「信息使用」 (the same opening word) are parallel titles, peers; 「引言」 / 「信息收集」 share nothing.
    """
    a, b = han_pairs(fold(parent)), han_pairs(fold(child))
    if not a or not b or a[0] == b[0]:
        return False
    return bool(set(a) & set(b))


def _has_own_text(blocks: list[Block], start: int, end: int, found: dict[int, Heading], partners: dict[int, int]) -> bool:
    """The heading at `start` has body text before `end`, and it does not end by announcing a list (…：)."""
    body = [blocks[j] for j in range(start + 1, end) if j not in found and j not in partners]
    return bool(body) and not fold(body[-1].text).rstrip().endswith(":")
