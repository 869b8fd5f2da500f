"""Issue #11, forty-eighth session (u48t): two structure steps that now return early, with the same answers.

* `glued._trailing_title` (a numbered title run into the end of the line above, 「…将适用本政策。 6.本隐私政策的更改」)
  returns None at once for a block whose text ends with a sentence end: the plain form found that end as the last
  one in the window, cut an empty title after it and returned None for it.  The last sentence end is found by a loop
  instead of a generator.
* `glued._whole_bold` (「**用户提供的信息**」) returns False at once for a text without "**", and the count of
  whole-bold lines in `split_title_lines` asks it only of those.

Both are compared with the plain forms (kept here) on every line of `corpora/` and on constructed texts.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from policylens.load.lines import _ANY_CLOSER, _WRAPPED_PAIRS, group_lines
from policylens.model import Block, Piece
from policylens.normalise import WHITESPACE, fold, strip_span
from policylens.numbering import NUMBER_STARTS
from policylens.structure import glued
from policylens.structure.glued import _whole_bold
from policylens.structure.shapes import heading_like, is_plain_heading

ROOT = Path(__file__).resolve().parent.parent

CONSTRUCTED = [
    "…将适用本政策。 6.本隐私政策的更改",
    "…将适用本政策。6.本隐私政策的更改",
    "…将适用本政策！ (二)本隐私政策的更改",
    "…将适用本政策。",
    "。",
    "",
    "   ",
    "将适用本政策。 6.本隐私政策的更改。",
    "6.本隐私政策的更改？  ",
    "我们会如何使用；三、信息的共享",
    "**用户提供的信息**",
    "  **用户提供的信息**  ",
    "**最后更新：2024年12月19日**",
    "**a**b**",
    "*用户*",
    "****",
    "**一、总则**",
]


def _plain_trailing_title(block: Block) -> object:
    """`_trailing_title` as written before u48t."""
    text = block.text.rstrip()
    window = len(text) - (glued.MAX_TITLE + 8)
    end = max(text.rfind(mark, max(window, 0)) for mark in glued._TRAILING_ENDS)
    if end <= 0:
        return None
    tail = text[end + 1 :]
    start = end + 1 + (len(tail) - len(tail.lstrip()))
    title = text[start:]
    if title[:1] not in NUMBER_STARTS or "\n" in title:
        return None
    number = glued.trailing.parse_number(title)
    if number is None or number.style not in glued._FUSED_STYLES or (value := glued._value(number.label)) is None:
        return None
    rest = fold(title[number.rest :]).strip()
    if (
        not glued.MAX_TITLE >= len(rest) >= glued._TRAILING_MIN
        or glued._PUNCT.search(rest)
        or len(glued._HAN.findall(rest)) < glued._TRAILING_MIN
        or rest.startswith(glued._LEAD_IN + glued._SENTENCE_OPENINGS + glued._SUBJECTS)
        or not is_plain_heading(block._replace(text=rest))
    ):
        return None
    return start, number, value


def _plain_whole_bold(text: str) -> bool:
    """`_whole_bold` as written before u48t."""
    line = text.strip()
    inner = line[2:-2].strip()
    return (
        len(line) > 4
        and line.startswith("**")
        and line.endswith("**")
        and "**" not in inner
        and not any(mark in inner for mark in ":：")
        and heading_like(inner, limit=glued._MAX_BOLD_TITLE)
    )


def _texts() -> list[str]:
    out = list(CONSTRUCTED)
    for path in sorted((ROOT / "corpora").rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".md", ".html", ".htm"):
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            out.extend(lines)
            out.extend(a + " " + b for a, b in pairwise(lines))  # a sentence with the next line run in
    return out


def test_trailing_title_answers_as_the_plain_form() -> None:
    def _block(text: str) -> Block:  # a one-line paragraph
        return Block("paragraph", text, 1, 1, 1, (Piece(0, len(text), 1, 1),))

    texts = _texts()
    assert len(texts) > 5_000
    found = 0
    for text in texts:
        block = _block(text)
        answer = glued._trailing_title(block)
        assert answer == _plain_trailing_title(block), text[:80]
        found += answer is not None
    assert found  # the class is exercised: titles run in after a sentence end are still found
    assert glued._trailing_title(_block(CONSTRUCTED[0])) is not None


def test_whole_bold_answers_as_the_plain_form() -> None:
    texts = _texts()
    assert sum(_whole_bold(t) for t in texts) >= 2
    for text in texts:
        assert _whole_bold(text) == _plain_whole_bold(text), text[:80]


def _plain_strip_span(text: str) -> tuple[int, int]:
    """`normalise.strip_span` as written before u48t."""
    start = len(text) - len(text.lstrip(WHITESPACE))
    end = len(text.rstrip(WHITESPACE))
    return start, max(start, end)


def test_strip_span_answers_as_the_plain_form() -> None:
    edges = ["", " ", "a", " a", "a ", "\u3000a\u3000", "\u00a0", "a\u00a0", "\u2028x", "x\t", "\u200bx", *WHITESPACE]
    for text in [*edges, *_texts()]:
        assert strip_span(text) == _plain_strip_span(text), repr(text[:40])


def test_closer_class_is_the_wrapped_pairs_closers() -> None:
    closers = "".join(c for _, c in _WRAPPED_PAIRS)
    assert {chr(cp) for cp in range(0x10000) if _ANY_CLOSER.search(chr(cp))} == set(closers)


def test_a_line_without_a_closer_leaves_the_run_balance_for_later() -> None:
    """A line that closes a bracket the run left open joins the run; a line without a closer is not asked the balance
    (it closes nothing) and starts its block after a sentence end, as before (outputs of the base, caf66035)."""

    def texts(lines: list[str]) -> list[str]:
        return [b.text for b in group_lines([(i, 1, t) for i, t in enumerate(lines, 1)])]

    assert texts(["…删除自己的记录（默认硬删；", "开启删除保护的库为软删）。"]) == ["…删除自己的记录（默认硬删；开启删除保护的库为软删）。"]
    assert texts(["…删除自己的记录（默认硬删；", "开启删除保护的库。", "为软删）。"]) == [
        "…删除自己的记录（默认硬删；",
        "开启删除保护的库。",
        "为软删）。",
    ]
    assert texts(["第一句。", "第二句（括号）。", "第三句。"]) == ["第一句。", "第二句（括号）。", "第三句。"]
