"""A numbered title run into the end of the line above it, after that line's sentence end (「…。二、信息的使用」):
`split_trailing_titles` cuts it off into a block of its own when its number follows the document's numbering.
"""

from __future__ import annotations

from bisect import bisect_left

from policylens.load.lines import split_block
from policylens.model import Block, Piece
from policylens.normalise import fold
from policylens.numbering import NUMBER_STARTS, Number
from policylens.structure.glued.fused import _FUSED_STYLES, _SENTENCE_OPENINGS, _SUBJECTS, _vouched
from policylens.structure.glued.words import _HAN, _LEAD_IN, _PUNCT, MAX_TITLE, _as_text, _value
from policylens.structure.memo import parse_number, per_text
from policylens.structure.shapes import is_plain_heading, numbered_heading

_TRAILING_ENDS = "。；！？"  # a sentence's end before a title run into the end of its line
_TRAILING_END_SET = frozenset(_TRAILING_ENDS)  # (a set: "" is in every string, and no block's text is in this one)
_TRAILING_MIN = 2  # Chinese characters of such a title, at least


def _trailing_title(block: Block) -> tuple[int, Number, int] | None:
    """`(offset of the title, its number, its value)` when `block` ends with a numbered title run in after a sentence's
    end: 「…将适用本政策。 6.本隐私政策的更改」; None otherwise (most blocks: no sentence end in their last characters)."""
    return _trailing_text(block.text, block.kind == "paragraph" and len(block.pieces) == 1)


@per_text  # (u57t) once per text: what `is_plain_heading` reads of the block besides its text is `plain`, a one-line paragraph
def _trailing_text(written: str, plain: bool) -> tuple[int, Number, int] | None:
    text = written.rstrip()  # ending a sentence (most paragraphs), or no sentence end in its last characters: no title after one
    if (
        text[-1:] in _TRAILING_END_SET
        or (end := max(text.rfind(mark, max(len(text) - (MAX_TITLE + 8), 0)) for mark in _TRAILING_ENDS)) <= 0
    ):
        return None
    title = text[end + 1 :].lstrip()
    if title[:1] not in NUMBER_STARTS or "\n" in title:
        return None
    number = parse_number(title)
    if number is None or number.style not in _FUSED_STYLES or (value := _value(number.label)) is None:
        return None
    rest = fold(title[number.rest :]).strip()
    if (
        not MAX_TITLE >= len(rest) >= _TRAILING_MIN
        or _PUNCT.search(rest)
        or len(_HAN.findall(rest)) < _TRAILING_MIN
        or rest.startswith(_LEAD_IN + _SENTENCE_OPENINGS + _SUBJECTS)
        or not (plain and is_plain_heading(Block("paragraph", rest, 0, 0, 0, (Piece(0, len(rest), 0, 0),))))
    ):
        return None
    return len(text) - len(title), number, value


def split_trailing_titles(blocks: list[Block]) -> list[Block]:
    """(u47l2, eval/structure47c gechen-ysxy-wxml L31) A numbered title run into the end of the line above, after that
    line's sentence end, in one WeChat `<text>` block: 「(c) …将适用本政策。 6.本隐私政策的更改」 under 「5. Cookie的使用」,
    its items (a) (b) on the lines below.  The title is cut off into a block of its own when it is short (at most
    `MAX_TITLE` characters, Chinese, no punctuation, no lead-in), a block follows it, and the numbered title lines of its
    style around it are the ones one less and one more (or, the last of its run, the two before it: `_vouched`).  A
    number after a sentence end anywhere else (「…见第3条。 4.」, a list's entries run into one line) is left as written."""
    found = {
        i: t for i, b in enumerate(blocks[:-1]) if b.kind in ("paragraph", "item") and b.text and (t := _trailing_title(b)) is not None
    }
    if not found:
        return blocks
    titles: dict[tuple[tuple[str, ...], int], int] = {}
    by_style: dict[tuple[str, ...], list[int]] = {}
    for i, block in enumerate(blocks):
        if block.kind in ("paragraph", "item", "heading") and block.text[:1] in NUMBER_STARTS:
            heading = numbered_heading(block) if len(block.pieces) == 1 else None
            if heading is not None and heading.number is not None and (value := _value(heading.number.label)) is not None:
                titles[(heading.number.style, value)] = i
                by_style.setdefault(heading.number.style, []).append(i)
    out: list[Block] = []
    for i, block in enumerate(blocks):
        trailing = found.get(i)
        if trailing is not None:
            start, number, value = trailing
            same = by_style.get(number.style, [])
            at = bisect_left(same, i)
            prev = same[at - 1] if at else None
            nxt = same[at] if at < len(same) else None
            if _vouched(titles, number.style, value, prev, nxt):
                out.extend(_as_text(split_block(block, [(start, start)])))
                continue
        out.append(block)
    return out
