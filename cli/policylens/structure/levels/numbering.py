"""The outline follows the numbering, not the `#` count (`nest_numbering`): a style that starts below a numbered
heading is its sub-level, a decimal number one part longer than the open one is its child, and a second-language edition
that numbers its sections again starts over at the top."""

from __future__ import annotations

from policylens.model import Block
from policylens.structure.language import detect_language
from policylens.structure.levels.moves import _shift
from policylens.structure.levels.numbers import _starts_sequence
from policylens.structure.levels.stack import _FORMAL_OVER
from policylens.structure.shapes import Heading


def nest_numbering(blocks: list[Block], found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """The reader's outline follows the numbering (一、 → （一） → 1.), not the `#` count.

    A numbering style that starts (at 1, 一 or A) below a numbered heading is its
    sub-level: 「## （一）」 under 「### 一、」, 「### 1.」 under 「### （一）」 are one level
    deeper, whatever their markup depth; the headings nested under a moved heading move
    with it, and `Section.depth` keeps the depth as written.  A heading that only
    continues a style already open (（二） after （一）) is left to `align_sequences`.  A
    style once nested under another is nested again under it even when it does not start
    there (articles numbered across chapters: 「第三条」 under 「第二章」), and so is a decimal
    number one part longer than the open one (「## 3.2」 under 「## 3.」 without a 3.1); a
    decimal number is never put below one with as many parts or more (「1.2.3」 after
    「1.2.2.1」).  An unnumbered
    heading closes the numbered headings at or below its level, so a style that starts
    under 「附则」 is not nested under the last numbered section.

    A second-language edition numbers its sections again: a heading numbered 1 whose
    title and first paragraph are English after Chinese numbered sections (「1、 Information
    we may collect」 after 「四、我们如何分享您的信息」), or the reverse, is a top-level
    section like the first edition's, and the styles open before it are closed.
    """
    levels = list(levels)
    stack: list[tuple[tuple[str, ...], int]] = []  # (style, position in order) of the open numbered headings
    top: int | None = None  # the level of the outermost numbered heading so far
    last_lang: str | None = None  # the language of the last numbered heading
    nested: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()  # (parent style, child style) seen nested
    for k, i in enumerate(order):
        heading = found[i]
        if heading.number is None:
            while stack and levels[stack[-1][1]] >= levels[k]:
                stack.pop()
            continue
        style = heading.number.style
        lang = detect_language(heading.title[len(heading.number.label) :])
        first = _starts_sequence(heading)
        below = _FORMAL_OVER.get(style, ())
        cut = next((n for n, (s, _) in enumerate(stack) if s in below), None) if below else None
        if cut is not None:
            del stack[cut:]  # 壹、 after a run of 一、: the ordinary styles open before it are not its parents
        if first and top is not None and {lang, last_lang} == {"en", "zh"} and _body_language(blocks, found, i) == lang:
            _shift(levels, k, top - levels[k])  # a new edition: its numbers start over at the top
            stack.clear()
        elif any(s == style for s, _ in stack):
            while stack[-1][0] != style:
                stack.pop()
            stack.pop()
        elif (
            stack
            and not _decimal_above(stack[-1][0], style)
            and (first or (stack[-1][0], style) in nested or _names_parent(stack[-1][0], style))
        ):
            nested.add((stack[-1][0], style))
            if levels[k] <= levels[stack[-1][1]]:
                _shift(levels, k, levels[stack[-1][1]] + 1 - levels[k])
        stack.append((style, k))
        top = levels[k] if top is None else min(top, levels[k])
        last_lang = lang or last_lang
    return levels


def _names_parent(parent: tuple[str, ...], style: tuple[str, ...]) -> bool:
    """「3.2」 under 「3.」: a decimal number one part longer than the open one says it belongs to it."""
    return parent[0] == style[0] == "decimal" and int(style[1]) == int(parent[1]) + 1


def _decimal_above(parent: tuple[str, ...], style: tuple[str, ...]) -> bool:
    """「1.2.3」 after 「1.2.2.1」: a decimal number with fewer parts is never below one with more."""
    return parent[0] == style[0] == "decimal" and int(style[1]) <= int(parent[1])


def _body_language(blocks: list[Block], found: dict[int, Heading], i: int) -> str | None:
    """The language of the paragraph right under heading `i` (None when another heading follows)."""
    if i + 1 >= len(blocks) or i + 1 in found:
        return None
    return detect_language(blocks[i + 1].text)
