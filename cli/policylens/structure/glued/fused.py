"""A section number fused to its title with no space (「一隐私政策」): `_fused_numbered` finds the lines of a block that
read so, each vouched for by its neighbours in the same numbering style (`_vouched`), never a sentence opening or a
subject (「我们」) after the number.
"""

from __future__ import annotations

from bisect import bisect_left

from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import NUMBER_STARTS
from policylens.structure.glued.words import _HAN, _LEAD_IN, _PUNCT, _value
from policylens.structure.memo import parse_number
from policylens.structure.shapes import numbered_heading

# Words a sentence opens with, after a numbered title fused to it: 「3.信息披露」 + 「在如下情况下，…」.
# Single characters that also end words inside a title (删除, 版本) are left out; 在 is kept, but not
# after a character it makes a word with (存在, 现在, 所在).
_SENTENCE_OPENINGS = (
    "在", "我们", "我們", "您", "如果", "若", "为了", "為了", "对于", "對於", "根据", "根據",
    "除非", "除了", "以下", "下列", "针对", "針對", "未经", "未經", "基于", "基於",
)  # fmt: skip
_WORD_BEFORE_ZAI = frozenset("存现現所正实實自内內外")
# Subjects and verbs a numbered sentence opens with (「2.用户因使用…」, 「4.根据本软件…」): never a title.
_SUBJECTS = (
    "用户",
    "用戶",
    "使用者",
    "本软件",
    "本軟體",
    "本应用",
    "本應用",
    "本网站",
    "本網站",
    "基于",
    "基於",
    "依据",
    "依據",
    "因",
    "由于",
    "由於",
)
_FUSED_STYLES = frozenset({("cn",), ("cn-formal",), ("decimal", "1"), ("decimal", "2"), ("arabic-dun",), ("di", "条"), ("di", "章")})


def _fused_numbered(blocks: list[Block]) -> dict[int, int]:
    """Block index → offset of the sentence, for numbered titles fused to their first sentence without a space.

    「3.信息披露在如下情况下，本软件将…：」 between 「2. 信息使用」 and 「4. 信息存储和交换」: the
    numbers before and after it are title lines of the same style, so the reader sees section 3,
    titled 「信息披露」, whose text starts with 「在如下情况下」.  Both neighbours must be those
    titles: the numbered lines of the style nearest before and after it — or, for the first
    or last line of its sequence, the two titles after or before it (`_vouched`).  The title is cut
    before the first word a sentence opens with (在, 我们, 根据…), three to ten characters in,
    with no punctuation before it and not itself opening like a sentence (「用户因使用…」,
    「根据本软件…」); the sentence after it goes on past a comma and is at least twice as
    long (and 12 characters).  「3. 编辑和删除个人信息的权限：」 is a title, not 「编辑和删」 + 「除…」.
    """
    titles: dict[tuple[tuple[str, ...], int], int] = {}  # (style, value) of the numbered title lines
    by_style: dict[tuple[str, ...], list[int]] = {}  # every numbered block, by style, in order
    for i, block in enumerate(blocks):
        if block.text[:1] in NUMBER_STARTS and (found := parse_number(block.text)) is not None:
            by_style.setdefault(found.style, []).append(i)
    for i, block in enumerate(blocks):
        heading = (
            numbered_heading(block)
            if block.kind in ("paragraph", "item") and len(block.pieces) == 1 and block.text[:1] in NUMBER_STARTS
            else None
        )
        if heading is not None and heading.number is not None and (value := _value(heading.number.label)) is not None:
            titles[(heading.number.style, value)] = i
    if len(titles) < 2:
        return {}
    cuts: dict[int, int] = {}
    title_blocks = set(titles.values())
    for i, block in enumerate(blocks):
        if i in title_blocks or block.kind not in ("paragraph", "item") or not block.pieces or block.text[:1] not in NUMBER_STARTS:
            continue
        line = block.text[: block.pieces[0].length]  # the fused line (the block may go on with its text)
        number = parse_number(line)
        if number is None or number.style not in _FUSED_STYLES or (value := _value(number.label)) is None:
            continue
        # the numbered lines of this style nearest before and after it are the titles numbered one less and one more
        same = by_style.get(number.style, [])
        at = bisect_left(same, i)
        prev = same[at - 1] if at else None
        nxt = same[at + 1] if at + 1 < len(same) and same[at] == i else (same[at] if at < len(same) and same[at] != i else None)
        if not _vouched(titles, number.style, value, prev, nxt):
            continue
        rest = fold(line[number.rest :])
        cut = next(
            (
                n
                for n in range(3, 11)
                if rest[n:].startswith(_SENTENCE_OPENINGS) and not (rest[n] == "在" and rest[n - 1] in _WORD_BEFORE_ZAI)
            ),
            None,
        )
        if (
            cut is None
            or _PUNCT.search(rest[:cut])
            or not _HAN.search(rest[:cut])
            or rest[:cut].startswith(_LEAD_IN + _SENTENCE_OPENINGS + _SUBJECTS)
        ):
            continue
        sentence = rest[cut:]
        if len(sentence) >= max(12, 2 * cut) and "," in sentence:
            cuts[i] = number.rest + cut
    return cuts


def _vouched(titles: dict[tuple[tuple[str, ...], int], int], style: tuple[str, ...], value: int, prev: int | None, nxt: int | None) -> bool:
    """The numbered lines around a fused line are the titles of its sequence, on both sides or two on one side.

    「2.信息使用」 before and 「4.信息存储」 after 「3.信息披露在…」; for the first of a sequence (nothing
    of its style before it) 「2.」 and 「3.」 after it, for the last 「n-1.」 and 「n-2.」 before it.
    """
    before = prev is not None and titles.get((style, value - 1)) == prev
    after = nxt is not None and titles.get((style, value + 1)) == nxt
    if before and after:
        return True
    if prev is None and after:
        return (style, value + 2) in titles
    if nxt is None and before:
        return (style, value - 2) in titles
    return False
