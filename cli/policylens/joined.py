"""Many short texts held as one string, so one C-level search can skip the texts that cannot match.

Checking 150 paragraphs one by one costs a Python call and a scan each; searching
their joined text for a character every match needs ("@" for an e-mail address)
visits only the paragraphs that have it.  Used by the rules (`Context.scan`) and by
metadata extraction.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from typing import Any

from policylens.rare_starts import candidates

SEPARATOR = "\n"


class Joined:
    """`texts` joined by newlines, and where each one starts in the joined string."""

    __slots__ = ("_known", "starts", "text", "texts")

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.text = SEPARATOR.join(texts)
        # An array, not a list of ints: 8 bytes per text instead of 36 (issue #12: files of many tiny paragraphs)
        starts = array("q", accumulate((len(t) + 1 for t in texts), initial=0))
        starts.pop()  # where a text after the last one would start
        self.starts = starts
        # `having`'s answers, by what was needed: several rules need the same character (「：」, "@")
        self._known: dict[object, array[int]] = {}

    def index_at(self, offset: int) -> int:
        """Which text the joined string's `offset` falls in (a separator belongs to the text before it)."""
        return bisect_right(self.starts, offset) - 1

    def having(self, needs: str | re.Pattern[str]) -> Iterator[int]:
        """Indexes, in order, of the texts that contain `needs`.

        `needs` is a literal string or a pattern that never matches the newline
        separator, so a hit always starts inside one text.  Lazy; an answer read to its
        end is kept, and the same `needs` (the same pattern text and flags) asked again is
        answered from it: the texts never change (issue #11).
        """
        key = needs if isinstance(needs, str) else (needs.pattern, needs.flags)
        known = self._known.get(key)
        if known is not None:
            return iter(known)
        return self._recorded(key, needs)

    def _recorded(self, key: object, needs: str | re.Pattern[str]) -> Iterator[int]:
        """`_search(needs)`, kept under `key` once it has been read to its end."""
        found = array("q")
        for i in self._search(needs):
            found.append(i)
            yield i
        self._known[key] = found

    def _search(self, needs: str | re.Pattern[str]) -> Iterator[int]:
        """The indexes `having` answers, found in the joined text."""
        text, starts, texts = self.text, self.starts, self.texts
        chars = None if isinstance(needs, str) else class_characters(needs)
        if chars is not None:
            yield from self._having_any(chars)
            return
        literal = isinstance(needs, str)
        at_first = None if literal else candidates(needs, text)
        if at_first is not None:  # (u59t) tried only where its few first characters are
            yield from self._having_at(needs.match, at_first)  # type: ignore[union-attr]
            return
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

    def _having_at(self, match: Callable[[str, int], object], at_first: list[int]) -> Iterator[int]:
        """`_search` of a pattern that can start only at `at_first` (`rare_starts.candidates`): the texts where it matches at one
        of them, each asked from its first candidate on until one matches."""
        text, starts, texts = self.text, self.starts, self.texts
        k = 0
        while k < len(at_first):
            at = at_first[k]
            if match(text, at) is None:
                k += 1
                continue
            i = bisect_right(starts, at) - 1
            yield i
            k = bisect_left(at_first, starts[i] + len(texts[i]) + 1, k)

    def _having_any(self, chars: tuple[str, ...]) -> Iterator[int]:
        """`having` for a class of a few characters: one `str.find` pass per character.

        `str.find` scans for one character about ten times faster than `re` tests each
        position against a class (2 against 23 µs over a seed-sized policy).
        """
        text, starts, texts = self.text, self.starts, self.texts
        found: set[int] = set()
        for ch in chars:
            at = text.find(ch)
            while at >= 0:
                i = bisect_right(starts, at) - 1
                found.add(i)
                at = text.find(ch, starts[i] + len(texts[i]) + 1)
        yield from sorted(found)


# Classes of at most this many characters are searched character by character (`_having_any`).
MAX_CLASS = 8
_CLASSES: dict[tuple[str, int], tuple[str, ...] | None] = {}


def class_characters(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The characters of a pattern that is one class of a few literal characters (`[：:]`, `[@＠]`), else None.

    Only what `re` parses as a single character set, literal characters or short ranges,
    with no case folding, negation or category: exactly the characters it matches.
    """
    key = (pattern.pattern, pattern.flags)
    if key not in _CLASSES:
        _CLASSES[key] = _parse_class(*key)
    return _CLASSES[key]


def _parse_class(pattern: str, flags: int) -> tuple[str, ...] | None:
    if flags & re.IGNORECASE or not pattern.startswith("[") or not pattern.endswith("]"):
        return None
    from re import _parser  # type: ignore[attr-defined]  # the parser behind re.compile

    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    if len(parsed.data) != 1:
        return None
    op, av = parsed.data[0]
    items = [(_parser.LITERAL, av)] if op is _parser.LITERAL else av if op is _parser.IN else None
    chars: list[str] = []
    for kind, value in items or [(None, None)]:
        if kind is _parser.LITERAL:
            chars.append(chr(value))
        elif kind is _parser.RANGE and value[1] - value[0] < MAX_CLASS:
            chars += [chr(c) for c in range(value[0], value[1] + 1)]
        else:
            return None  # NEGATE, a category, a long range
    return tuple(dict.fromkeys(chars)) if 0 < len(chars) <= MAX_CLASS and SEPARATOR not in chars else None


_LOCAL: dict[tuple[str, int], bool] = {}


def local_pattern(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` is a non-empty run of characters other than the separator, read without context.

    Literals, classes of literals and ranges, alternatives, groups and repeats of them, none of which holds the
    separator; no anchor, lookaround, back-reference, category (`\\s` holds the newline), negated class or `.`.  Such
    a pattern matches in a text exactly where it matches in the joined string, so `having` can be asked of each
    text on its own (`Context.scan`).
    """
    key = (pattern.pattern, pattern.flags)
    if key not in _LOCAL:
        from re import _parser  # type: ignore[attr-defined]  # the parser behind re.compile

        try:
            parsed = _parser.parse(*key)
            _LOCAL[key] = parsed.getwidth()[0] > 0 and _local(parsed.data, _parser)
        except re.error:
            _LOCAL[key] = False
    return _LOCAL[key]


def _local(items: object, parser: object) -> bool:
    """`local_pattern` for a parsed sequence."""
    p: Any = parser
    newline = ord(SEPARATOR)
    for op, av in items:  # type: ignore[attr-defined]
        if op is p.LITERAL:
            if av == newline:
                return False
        elif op is p.IN:
            for kind, value in av:
                if kind is p.LITERAL:
                    if value == newline:
                        return False
                elif kind is p.RANGE:
                    if value[0] <= newline <= value[1]:
                        return False
                else:
                    return False  # NEGATE, CATEGORY
        elif op is p.BRANCH:
            if not all(_local(branch, parser) for branch in av[1]):
                return False
        elif op is p.SUBPATTERN:
            if not _local(av[3], parser):
                return False
        elif op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
            if not _local(av[2], parser):
                return False
        else:
            return False  # AT, ASSERT, ASSERT_NOT, ANY, NOT_LITERAL, GROUPREF, ATOMIC_GROUP…
    return True
