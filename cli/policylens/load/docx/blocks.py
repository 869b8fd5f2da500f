"""The block of a DOCX paragraph (or of one part of it, a title cut off by a line break), with its source positions.

Word's automatic number stands before the text with no source position; asterisks typed around a title are left out,
each kept span carrying its own column; the block is bold when nine tenths of its characters are.
"""

from __future__ import annotations

from policylens.load.docx.emphasis import _without_typed_emphasis
from policylens.load.docx.formatting import Mark, marks_between
from policylens.model import Block, Piece
from policylens.normalise import strip_span


def _block(
    kind: str, raw: str, lo: int, hi: int, marks: list[tuple[str, Mark]], *, lead: str, index: int, level: int | None
) -> Block | None:
    """The block of the characters lo..hi of a paragraph's text (None if blank); `lead` is Word's automatic number."""
    start, end = strip_span(raw[lo:hi])
    if start == end:
        return None
    start += lo
    text = raw[start : lo + end]
    bold_chars = sum(len(t.strip()) for t, mark in marks_between(marks, lo, hi) if mark.bold)
    if lead:  # Word's automatic number, drawn before the text: 「一、」, 「1.」 (no source position)
        lead = lead if lead.endswith(("、", "）", "】", "」")) else lead + " "
        bold_chars += len(lead.strip()) if bold_chars >= len(text.replace(" ", "")) * 0.9 else 0
    segments = _without_typed_emphasis(text, heading=level is not None)
    shown = "".join(text[a:b] for a, b in segments)
    pieces, offset = [], len(lead)
    for a, b in segments:
        pieces.append(Piece(offset, b - a, index, start + 1 + a))
        offset += b - a
    return Block(
        kind,  # type: ignore[arg-type]
        lead + shown,
        index,
        start + 1,
        index,
        tuple(pieces),
        level,
        len(segments) > 1 or bold_chars >= len((lead + text).replace(" ", "")) * 0.9,
    )
