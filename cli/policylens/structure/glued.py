"""Headings glued to their first sentence on the same line: 「二、資料的蒐集 我們會蒐集…。」.

Some authors (and every policy pasted into one HTML paragraph or one text line) put the
section title and its first sentence on one line, separated by a space only.  The title
is cut off into a block of its own when the line reads unambiguously that way:

* the line starts with a section number (一、 （一） 1. 1.1 第一條), then a short title of
  at most `MAX_TITLE` characters with no punctuation, then a space;
* after the space comes a Chinese sentence (it starts with a CJK character and ends a
  sentence) at least twice as long as the title;
* the title is heading-shaped (no lead-in word such as 如果/以下, no word waiting for its
  object such as …的);
* at least two lines of the document are glued in this way with the same numbering style
  (one glued line alone is more likely a sentence with a space in it).

Precision first: a line with a space in the middle of a sentence (「1. 我們使用 Google
Analytics 分析。」) starts its rest with a Latin word, or has no second such line.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.lines import split_block
from policylens.model import Block
from policylens.normalise import fold
from policylens.patterns import OPEN_ENDINGS
from policylens.structure.numbering import parse_number
from policylens.structure.shapes import heading_like, is_label_or_org

MAX_TITLE = 16
_GAP = lazy(r"[ \t\u3000\u00a0]+")
_HAN = lazy("[\u3400-\u4dbf\u4e00-\u9fff]")
_PUNCT = lazy(r"[，,。．；;：:、！!？?「」『』（）()【】《》“”\"']")
_SENTENCE_END = tuple("。！？；.!?;")
_STYLES = frozenset(
    {("cn",), ("cn-paren",), ("di", "章"), ("di", "节"), ("di", "条"), ("decimal", "1"), ("decimal", "2"), ("decimal", "3")}
)
_LEAD_IN = ("如果", "如", "若", "以下", "下列", "我們", "我们", "您", "請", "请", "本公司", "當", "当", "為了", "为了")


def _glued(block: Block) -> tuple[tuple[str, ...], int, int] | None:
    """(numbering style, end of the title, start of the sentence) when `block` opens with a glued title."""
    if block.kind != "paragraph" or len(block.text) < 3 * MAX_TITLE // 2:
        return None
    number = parse_number(block.text)
    if number is None or number.style not in _STYLES:
        return None
    folded = fold(block.text)
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


def split_glued(blocks: list[Block]) -> list[Block]:
    """Cut glued titles off their first sentence (see the module docstring); other blocks are kept."""
    candidates = {i: g for i, b in enumerate(blocks) if b.text[:1] and (g := _glued(b))}
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
