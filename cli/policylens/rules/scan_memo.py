"""What `Context.scan` already knows from the earlier files of a run: the unit texts a pattern matches nowhere in.

A folder of policies written from one template (or a product's versions) repeats most of its
paragraphs from file to file, and most of the rules' patterns match none of them.  The memo
keeps, per pattern (its text and flags: equal patterns find equal matches), the unit texts it
was searched in and did not match.  A scan then searches only the units whose text it does not
know, each on its own, or the joined text as before when most of them are new.  A unit with a
match is never recorded, so it is searched every time: the memo holds no match and no finding,
only the knowledge that a search of that text finds nothing, which is the same in any document.
So the hits are exactly the ones `finditer` per unit gives (`Context.scan`'s own contract), with
or without the memo (`tests/rules/test_scan_memo.py`).

It is worth its bookkeeping only across files: `check_paths` makes one for a run of several
files (one per worker process), never for one file.  It is bounded: beyond `MAX_ENTRIES`
recorded (pattern, text) pairs or `MAX_CHARS` characters of distinct texts it starts again empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import count
from typing import Any

# A set entry is ~30 bytes; a text is its own size, shared with the documents while they live.
MAX_ENTRIES = 400_000  # (pattern, text) pairs known to find nothing: 11-22 MB of set slots at most
MAX_CHARS = 2_000_000  # characters of the distinct texts kept alive by the memo: 2-8 MB
MAX_KEYS = 4096  # (pattern, needs) pairs whose keys `keys_of` keeps (the package scans a few hundred)

# What `keys_of` gives: [the pattern's key, its set of `nothing_in`, the key of `needs`' absence or None, that set (an
# empty one without `needs`), the key of the scan's answers in `answers`, whether `needs` can be asked of each text alone
# (None until `text_wise` is asked: a document of mostly new texts never asks, and the answer parses `needs`)]
ScanKeys = list[Any]


class ScanMemo:
    """Per pattern key, the unit texts that pattern was searched in and did not match."""

    __slots__ = ("_chars", "_entries", "_keyed", "_keys", "_last", "_nothing", "_texts", "_tokens", "answers", "serial")

    def __init__(self) -> None:
        self._nothing: dict[object, set[str]] = {}
        # every text of the documents admitted since the memo was last emptied, each to the string object first admitted:
        # the memo's sets hold those objects, and a later document's equal text asked as that object is found in them by
        # identity, where its own object was compared character by character (u28t: −164 M, 1.4% of the benchmark's instructions)
        self._texts: dict[str, str] = {}
        self._entries = 0
        self._chars = 0
        # (u55t) what a scan last found still to search, by its key: (the number of the document it scanned, the texts
        # of that document not in the sets it was told to leave out).  Every set of the memo only grows until `clear`
        # (which forgets these too), so the next document's answer is this one's texts it shares, plus its own new
        # texts (`follow`), less the sets: a walk of a few texts instead of the document's ~130 (`Context._unknown`)
        self.answers: dict[object, tuple[int, set[str]]] = {}
        self.serial = 0  # the number of the last document `follow` was given
        self._last: set[str] = set()  # its distinct texts
        # (u58t) `keys_of`'s answers, by pattern object then `needs`: ~250 scans a document each built and hashed two or
        # three nested key tuples (−1.7% instructions on the benchmark's first 40 files without them)
        self._keys: dict[object, dict[object, ScanKeys]] = {}
        self._keyed = 0  # the pairs in it
        self._tokens = count()  # the answers' keys, never given twice (a key cache emptied leaves no answer to a new pair)

    def keys_of(self, pattern: re.Pattern[str] | Any, needs: str | re.Pattern[str] | None) -> ScanKeys:
        """What `Context.scan` works out of `pattern` and `needs` before any text (see `ScanKeys`), kept per pair of objects.

        Looked up by the objects: a lazy or guarded pattern by identity (the entry holds it, so no other object takes its
        place), a string or a compiled pattern by value (equal ones give equal keys).  The sets are the live ones of
        `nothing_in`, as long as the memo is not emptied (`clear` forgets the entries with them).  Ask after admitting the
        document's texts, which may empty the memo."""
        by_needs = self._keys.get(pattern)
        if by_needs is not None:
            found = by_needs.get(needs)
            if found is not None:
                return found
        key = (pattern.pattern, pattern.flags)
        lacking = None if needs is None else ("needs", needs if isinstance(needs, str) else (needs.pattern, needs.flags))
        keys = [key, self.nothing_in(key), lacking, set() if lacking is None else self.nothing_in(lacking), next(self._tokens), None]
        self._keyed += 1
        if self._keyed > MAX_KEYS:  # (patterns made at each call: the entries go, and the answers under their keys)
            self._keys, self.answers, self._keyed, by_needs = {}, {}, 1, None
        if by_needs is None:
            by_needs = self._keys[pattern] = {}
        by_needs[needs] = keys
        return keys

    @staticmethod
    def text_wise(keys: ScanKeys, needs: str | re.Pattern[str]) -> bool:
        """`Context._text_wise(needs)` for the entry `keys` of `needs`, worked out when first asked and kept in it."""
        wise: bool | None = keys[5]
        if wise is None:
            from policylens.rules.context import _text_wise  # (the context module imports this one)

            wise = keys[5] = _text_wise(needs)
        return wise

    def follow(self, distinct: set[str]) -> tuple[int, set[str]]:
        """A document's distinct texts (as the memo's objects), once admitted: (its number, its texts the document
        numbered before it did not hold)."""
        self.serial += 1
        since = distinct.difference(self._last)
        self._last = distinct
        return self.serial, since

    def admit(self, texts: Iterable[str]) -> set[str]:
        """A document's distinct texts, before any of them is recorded: their characters count towards `MAX_CHARS`.

        Returns those no document admitted before held (all of them after the memo was emptied).
        """
        fresh = set(texts).difference(self._texts)
        if fresh:
            self._texts.update(zip(fresh, fresh, strict=True))
            self._chars += sum(map(len, fresh))
            if self._chars > MAX_CHARS:
                self.clear()
                self._texts = dict(zip(fresh, fresh, strict=True))
                self._chars = sum(map(len, fresh))
        return fresh

    def shared(self) -> dict[str, str]:
        """Each admitted text → the object of it the memo keeps (a live mapping: do not change it).

        Ask the memo's sets with these objects: an equal string of another document is found too, only slower.
        """
        return self._texts

    def nothing_in(self, key: object) -> set[str]:
        """The texts the pattern `key` is known to match nowhere in (a live set: do not change it)."""
        known = self._nothing.get(key)
        if known is None:
            known = self._nothing[key] = set()
        return known

    def record(self, key: object, texts: Iterable[str], but: set[str] | None = None) -> None:
        """The texts of `texts` (admitted) except those of `but` were searched whole with the pattern `key`, which matched none of them."""
        known = self.nothing_in(key)
        before = len(known)
        known.update(texts)
        if but:
            known -= but  # texts a pattern matches are never in its set: only the ones just added go
        self._entries += len(known) - before
        if self._entries > MAX_ENTRIES:
            self.clear()

    def clear(self) -> None:
        """Forget everything (the next files are searched as without a memo, and fill it again)."""
        self._nothing = {}
        self._texts = {}
        self._entries = self._chars = 0
        self.answers = {}  # their sets start again empty: an answer is no longer a superset of what is left
        self._keys, self._keyed = {}, 0  # (their sets are gone)

    def __len__(self) -> int:
        """The number of (pattern, text) pairs known to find nothing."""
        return self._entries
