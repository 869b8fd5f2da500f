"""A section title glued to its first sentence on the same line by a space (「二、資料的蒐集 我們會蒐集…。」) and a
run title glued over its first sub-number: `split_glued` cuts the title off when at least two lines of the document read
that way in the same numbering style.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.lines import split_block
from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import Number
from policylens.patterns import OPEN_ENDINGS
from policylens.structure.glued.words import _GAP, _HAN, _LEAD_IN, _PUNCT, _SENTENCE_END, MAX_TITLE, _value
from policylens.structure.memo import parse_number
from policylens.structure.shapes import heading_like, is_label_or_org

_STYLES = frozenset(
    {("cn",), ("cn-paren",), ("di", "章"), ("di", "节"), ("di", "条"), ("decimal", "1"), ("decimal", "2"), ("decimal", "3")}
    | {("cn-formal",), ("cn-formal-paren",)}  # 壹、 （壹）: the formal numerals' family (`numbering.FORMAL_DIGITS`)
)


def _numbered_paragraph(block: Block) -> tuple[Number, str] | None:
    """The number of a paragraph long enough to hold a title and its text, opening in a section style, and its folded text."""
    if block.kind != "paragraph" or len(block.text) < 3 * MAX_TITLE // 2:
        return None
    number = parse_number(block.text)
    if number is None or number.style not in _STYLES:
        return None
    return number, fold(block.text)


def _glued(block: Block, opened: tuple[Number, str]) -> tuple[tuple[str, ...], int, int] | None:
    """(numbering style, end of the title, start of the sentence) when `block` opens with a glued title.

    `opened`: `_numbered_paragraph(block)`, asked once by `split_glued` for this and `_glued_over_number`.
    """
    number, folded = opened
    gap = _GAP.search(folded, number.rest)
    if gap is None:
        return None
    title, rest = folded[number.rest : gap.start()], folded[gap.end() :]
    if not title or len(title) > MAX_TITLE or _PUNCT.search(title) or not _HAN.search(title):
        return None
    if title.startswith(_LEAD_IN) or title.endswith(OPEN_ENDINGS) or is_label_or_org(title):
        return None
    if not _HAN.match(rest) or len(rest) < 2 * len(title) or not rest.rstrip("」』”’）)").endswith(_SENTENCE_END):
        return None
    if not heading_like(block.text[: gap.start()], limit=MAX_TITLE + len(number.label) + 1):
        return None
    return number.style, gap.start(), gap.end()


# 「我们如何使用…」, 「我們如何保護…」: a title asked as a question opens with 我们, unlike a sentence
_QUESTION_TITLE = lazy(r"(?:我们|我們)(?:如何|怎样|怎樣|会|會)")


def _glued_over_number(block: Block, opened: tuple[Number, str]) -> tuple[tuple[str, ...], int, int] | None:
    """(numbering style, end of the title, start of its text) when a numbered title runs into its first numbered clause.

    「第三章 我们如何使用Cookie和同类技术 3.1 Cookie 为确保…」, 「第四章 我们如何保护您的个人信息 1、我们非常重视…」 (a Word
    page's paragraph, `eval/structure30` ysxy-agreement-html): after the title comes the first number of the level below
    (its value 1: 「3.1」, 「1、」), with or without a space, not a Chinese sentence, so `_glued` did not see it.  A 「第三章 」 line going on
    「我们如何…」 is a question title; another lead-in word (如果, 以下…) is a sentence.  `opened`: as for `_glued`.
    """
    number, folded = opened
    start = number.rest + len(folded[number.rest :]) - len(folded[number.rest :].lstrip(" \t\u3000\u00a0"))
    sub = _FIRST_SUB.search(folded, start, start + _RUN_TITLE_MAX + 1)
    if sub is None or (sub[1] is not None and _value(number.label) != int(sub[1])):
        return None  # 「第三章 …3.1」: the first clause of chapter 3 (「2.1」 under 第三章 is a cross-reference)
    title = folded[start : sub.start()].rstrip(" \t\u3000\u00a0")
    if not title or _PUNCT.search(title) or not _HAN.search(title):
        return None
    if (title.startswith(_LEAD_IN) and not _QUESTION_TITLE.match(title)) or title.endswith(OPEN_ENDINGS) or is_label_or_org(title):
        return None
    if len(folded) - sub.end() < 2 * len(title):
        return None
    return number.style, start + len(title), sub.start()


_RUN_TITLE_MAX = 24  # characters: 「我们如何使用Cookie和同类技术」 is 17; a title is no sentence
# the first number of the level below, run into the title: 「3.1」 (its chapter's number, then 1) or 「1、」
_FIRST_SUB = lazy(r"(?<![\d.])(?:(\d{1,2})\.1(?![\d.])|1、)")


def split_glued(blocks: list[Block]) -> list[Block]:
    """Cut glued titles off their first sentence (see the module docstring); other blocks are kept."""
    # (each block's number asked once for both forms: most blocks have none, and neither form reads them, u34t)
    candidates = {
        i: g
        for i, b in enumerate(blocks)
        if b.text[:1] and (opened := _numbered_paragraph(b)) is not None and (g := _glued(b, opened) or _glued_over_number(b, opened))
    }
    if len(candidates) < 2:
        return blocks
    styles: dict[tuple[str, ...], int] = {}
    for style, _, _ in candidates.values():
        styles[style] = styles.get(style, 0) + 1
    out: list[Block] = []
    for i, block in enumerate(blocks):
        glued = candidates.get(i)
        if glued is None or styles[glued[0]] < 2:
            out.append(block)
            continue
        out.extend(split_block(block, [(glued[1], glued[2])]))
    return out
