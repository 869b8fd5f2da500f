"""`Taken`: which characters of a text the matches kept so far cover, each test in one lookup.

Extractors keep a match only when it does not start (or end, or lie) inside one kept
before.  Comparing each new match with every kept one was quadratic: a line of 20,000
dates took 13 s to read.  The mask costs one byte per character of the text, and marking
a kept match costs its length.

`spliced`: a text with spans put in place in one join (its users copied the text once for each span before).
"""

from __future__ import annotations


class Taken:
    """The characters covered by the spans added so far, for a text of `size` characters."""

    __slots__ = ("_mask",)

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size + 1)

    def add(self, start: int, end: int) -> None:
        """Mark [start, end) as covered."""
        if end > start:
            self._mask[start:end] = b"\1" * (end - start)

    def holds(self, index: int) -> bool:
        """Whether the character at `index` is inside a span added (`s <= index < e` for some span)."""
        return bool(self._mask[index])

    def starts_or_ends_inside(self, start: int, end: int) -> bool:
        """Whether [start, end) starts inside a span added, or ends inside one (`s < end <= e`)."""
        return bool(self._mask[start]) or (end > start and bool(self._mask[end - 1]))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a span added (an empty span shares none)."""
        return end > start and self._mask.find(1, start, end) != -1


def spliced(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` with each of `spans` (start, end, what stands there instead), in order and not overlapping, put in place,
    in one join: copying the text once for each span was quadratic (u44h: a paragraph of 20,000 「获取副本」 took 1.8 s,
    80,000 half a minute)."""
    pieces: list[str] = []
    pos = 0
    for start, end, piece in spans:
        pieces += (text[pos:start], piece)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
