"""Group source lines into blocks: shared by the plain-text and Markdown readers.

A run of non-blank lines becomes one block, except that a new block starts at a
list marker, at a numbered line, and after a line that ends a CJK sentence (Chinese
policies put one paragraph per line; a line ending mid-sentence is a hard wrap).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from policylens.model import Block, BlockKind, Piece
from policylens.normalise import fold, joiner, strip_span

BULLET = re.compile(r"^(?:[-*+](?=[ \t\u3000])|[•·・●○◆◇▪▫■□►▶➢✓✔]|\d{1,3}[.)、](?!\d)|[（(]\d{1,3}[)）]|\d{1,3}）)[ \t\u3000]*")
_SENTENCE_END = tuple("。！？；：!?;") + ("。」", "。”", "！」", "？」")
_NUMBERED_START = re.compile(
    r"^(?:[一二三四五六七八九十百零〇]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百零〇\d]+[章節节條条款部分]|\d+(?:\.\d+)+\s)"
)


LineTuple = tuple[int, int, str]  # (number, column, text), a Line or a plain tuple


class Line(NamedTuple):
    """A source line's content (container markers removed) and where that content starts."""

    number: int
    column: int  # 1-based column of text[0] in the original line
    text: str


# Every BULLET match starts with one of these (before or after width folding) or a \d digit.
_BULLET_FIRST = frozenset("-*+•·・●○◆◇▪▫■□►▶➢✓✔(（－＊＋")


def is_list_item(text: str) -> bool:
    """True when the (folded) text starts with a bullet or a list number."""
    first = text[:1]
    return (first in _BULLET_FIRST or first.isdecimal()) and bool(BULLET.match(fold(text)))


def starts_new_block(prev: str, text: str) -> bool:
    """Decide whether `text` starts a new block after the line `prev` (both stripped)."""
    folded = fold(text)
    if is_list_item(text) or _NUMBERED_START.match(folded) or folded.startswith("|"):
        return True
    if re.match(r"^[^，,。；;\s]{1,8}[：:]", folded) and re.match(r"^[^，,。；;\s]{1,8}[：:]", fold(prev)):
        return True
    return prev.endswith(_SENTENCE_END)


def make_block(lines: Sequence[LineTuple], kind: BlockKind, *, level: int | None = None, emphasised: bool = False) -> Block | None:
    """Join stripped lines into one Block with a piece per line; None if all blank."""
    if len(lines) == 1:  # most blocks are one line
        number, column, line = lines[0]
        start, end = strip_span(line)
        if start == end:
            return None
        piece = Piece(0, end - start, number, column + start)
        return Block(kind, line[start:end], number, column + start, number, (piece,), level, emphasised)
    # Parts in a list, joined once: `text += part` measured quadratic here (12.8 s for a
    # paragraph of 120,000 lines), the same class as the HTML reader's text runs.
    parts: list[str] = []
    length = 0
    pieces: list[Piece] = []
    for number, column, line in lines:
        start, end = strip_span(line)
        if start == end:
            continue
        part = line[start:end]
        if parts:
            glue = joiner(parts[-1], part)
            if glue:
                parts.append(glue)
                length += len(glue)
        pieces.append(Piece(length, len(part), number, column + start))
        parts.append(part)
        length += len(part)
    if not pieces:
        return None
    return Block(kind, "".join(parts), pieces[0].line, pieces[0].column, pieces[-1].line, tuple(pieces), level, emphasised)


def group_lines(lines: Iterable[LineTuple], *, split_sentences: bool = True) -> list[Block]:
    """Group non-blank lines into paragraph and list-item blocks (blank lines separate).

    `lines` are `Line`s or plain (number, column, text) tuples, which the plain-text
    reader builds for speed.
    """
    blocks: list[Block] = []
    run: list[LineTuple] = []
    first = prev = ""  # run[0] and run[-1] text, stripped
    for line in lines:
        stripped = line[2].strip()
        if not stripped or not stripped.strip("\u3000\u00a0\ufeff\u200b"):
            if run:
                _flush(run, first, blocks)
                run = []
            continue
        if run and split_sentences and starts_new_block(prev, stripped):
            _flush(run, first, blocks)
            run = []
        if not run:
            first = stripped
        run.append(line)
        prev = stripped
    if run:
        _flush(run, first, blocks)
    return blocks


def _flush(run: list[LineTuple], first: str, blocks: list[Block]) -> None:
    kind: BlockKind = "item" if is_list_item(first) else "paragraph"
    block = make_block(run, kind)
    if block:
        blocks.append(block)
