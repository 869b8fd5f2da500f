"""Many short texts held as one string, so one C-level search can skip the texts that cannot match.

Checking 150 paragraphs one by one costs a Python call and a scan each; searching
their joined text for a character every match needs ("@" for an e-mail address)
visits only the paragraphs that have it.  Used by the rules (`Context.scan`) and by
metadata extraction.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate

SEPARATOR = "\n"


class Joined:
    """`texts` joined by newlines, and where each one starts in the joined string."""

    __slots__ = ("starts", "text", "texts")

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.text = SEPARATOR.join(texts)
        # An array, not a list of ints: 8 bytes per text instead of 36 (issue #12: files of many tiny paragraphs)
        starts = array("q", accumulate((len(t) + 1 for t in texts), initial=0))
        starts.pop()  # where a text after the last one would start
        self.starts = starts

    def index_at(self, offset: int) -> int:
        """Which text the joined string's `offset` falls in (a separator belongs to the text before it)."""
        return bisect_right(self.starts, offset) - 1

    def having(self, needs: str | re.Pattern[str]) -> Iterator[int]:
        """Indexes, in order, of the texts that contain `needs`.

        `needs` is a literal string or a pattern that never matches the newline
        separator, so a hit always starts inside one text.
        """
        text, starts, texts = self.text, self.starts, self.texts
        literal = isinstance(needs, str)
        search = None if literal else needs.search  # type: ignore[union-attr]  # looked up once (lazy patterns)
        pos = 0
        while True:
            if literal:
                at = text.find(needs, pos)  # type: ignore[arg-type]
            else:
                m = search(text, pos)  # type: ignore[misc]
                at = -1 if m is None else m.start()
            if at < 0:
                return
            i = bisect_right(starts, at) - 1
            yield i
            pos = starts[i] + len(texts[i]) + 1
