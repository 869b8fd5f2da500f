"""Required literals of a profile pattern: a text that holds none of them cannot match, so it is not searched.

Most of a profile pattern's searches fail, and `re` finds that out position by position when a
pattern does not start with a literal or a class it can scan for (a group of alternatives, a
lookbehind, an optional word first).  `required(pattern)` reads the parsed pattern for strings one
of which every match must hold (in what it consumes or in a positive lookaround), and
`Prefilter.may_match` tests them with `in` on the text's lowered form: when none is there,
`pattern.search` would return None, and `coverage` skips it.  When one is there, or the pattern
gives no such strings, the pattern is searched as before, so a prefilter changes no result,
only how often `re` runs.

Case: profile patterns are compiled with `re.I`.  A literal character of the pattern is kept only
when `re.I` can match it to no other character than those whose `str.lower()` is its own
lowercase: ASCII letters (and `_FOLDS`, the few other characters `re.I` matches to them, which
send a text back to the search) and characters without case.  `tests/test_profiles_literals.py`
checks both facts on every code point, and compares search and prefilter on every unit of the
corpus for every built-in pattern.
"""

from __future__ import annotations

import binascii
import re
from _sre import unicode_iscased  # what re.compile asks before it compiles a literal to match its other cases
from collections.abc import Iterator
from pathlib import Path
from re import _constants as _c  # type: ignore[attr-defined]  # the parser behind re.compile
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from policylens import lazyre

MAX_ALTERNATIVES = 24  # `may_match` tests at most this many strings with `in` (more cost what a search does)
MAX_STRINGS = 256  # a pattern with more strings than this gets none (`CharIndex` tests each of them)
MAX_CLASS = 64  # a character class of at most this many characters is a set of one-character strings
# Characters that `re.I` matches to an ASCII letter although their `str.lower()` is not that letter (ſ, ı…), and
# those whose `str.lower()` is longer than one character (İ): a text holding one is always searched.
# (`tests/test_profiles_literals.py` computes this set from `re` on every code point.)
_FOLDS = "\u0130\u0131\u017f"
_FOLDS_FOUND = re.compile(f"[{_FOLDS}]")


def _literal_char(code: int) -> str | None:
    """The character as the lowered text holds it wherever `re.I` matches it, or None (a cased non-ASCII letter)."""
    char = chr(code)
    if char.isascii():
        return char.lower()
    if not unicode_iscased(code) and char.lower() == char:  # no case: `re.I` matches it to itself only
        return char
    return None


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several sets that must each be met: the longest shortest string, then the fewest strings."""
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(nodes: Any) -> frozenset[str] | None:
    """Strings one of which a match of the node sequence holds (a run of literals is one string), or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in nodes:
        char = _literal_char(av) if op is _c.LITERAL else None
        if char is not None:
            run.append(char)
            continue
        if run:
            candidates.append(frozenset(("".join(run),)))
            run = []
        found = _node(op, av)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(frozenset(("".join(run),)))
    return _best(candidates)


def _class(items: Any) -> frozenset[str] | None:
    """The characters (lowered) of a class of literals and ranges, or None (negated, a category, too many, a cased one)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            codes: range | tuple[int] = (av,)
        elif op is _c.RANGE and av[1] - av[0] < MAX_CLASS:
            codes = range(av[0], av[1] + 1)
        else:
            return None
        for code in codes:
            char = _literal_char(code)
            if char is None:
                return None
            chars.add(char)
    return frozenset(chars) if 0 < len(chars) <= MAX_CLASS else None


def _node(op: Any, av: Any) -> frozenset[str] | None:
    """Strings one of which a match of one parsed node holds, or None (a negative lookaround, an anchor, `.`…)."""
    if op is _c.IN:
        return _class(av)
    if op is _c.SUBPATTERN:
        return _sequence(av[3])
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op is _c.ASSERT:  # a positive lookaround reads the same text
        return _sequence(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return _sequence(av[2]) if av[0] >= 1 else None
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if found is None:
                return None
            union |= found
        return _minimal(union) if len(union) <= MAX_STRINGS else None
    return None


def _minimal(strings: set[str]) -> frozenset[str]:
    """The strings less those that hold a shorter one of them (the shorter one is found wherever they are)."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


_REQUIRED: dict[re.Pattern[str], frozenset[str] | None] = {}  # `required`'s answers, for `known` (one per pattern)
_UNITS: dict[re.Pattern[str], int] = {}  # how many units `worth` has been asked about per pattern, in this process
# Parsing costs about half of compiling (0.9 s for the patterns of the five built-in profiles): the answers are kept once per
# installation, beside the profiles' compiled patterns (`_STORE`, issue #14, n19s).  Where they cannot be kept (bytecode is
# not written, or the folder is read-only), a process pays the parse for a pattern only once the pattern has been searched
# in this many units, so that one small document costs what it did.
WORTH = 2000
# One 1-tuple `(required(pattern),)` per (pattern text, flags), valid for this interpreter and this module's text (a change
# of the analysis above makes the file stale).
_STORE = lazyre.Store("literals", (binascii.crc32(Path(__file__).read_bytes()),))
_MISSING: Any = object()


def _computed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """`required(pattern)` worked out from the parsed pattern, and kept in this process and the store."""
    try:
        found = _sequence(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # a pattern `re` compiled parses; anything else: no prefilter
        found = None
    if found is not None and (not all(found) or len(found) > MAX_STRINGS):
        found = None
    _REQUIRED[pattern] = found
    _STORE.add((pattern.pattern, int(pattern.flags)), (found,))
    return found


def _stored(pattern: re.Pattern[str]) -> Any:
    """`required(pattern)` as a process of this installation found it (then kept in this process), or `_MISSING`."""
    entry = _STORE.get((pattern.pattern, int(pattern.flags)))
    if entry is None or len(entry) != 1 or not (entry[0] is None or isinstance(entry[0], frozenset)):
        return _MISSING
    _REQUIRED[pattern] = entry[0]
    return entry[0]


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings (lowered) one of which the text of every match of `pattern` holds; None when the pattern gives none.

    A zero-width match of a pattern (`x?`) holds no string, so such a pattern gives None.
    """
    found = _REQUIRED.get(pattern, _MISSING)
    if found is _MISSING:
        found = _stored(pattern)
    return _computed(pattern) if found is _MISSING else found  # type: ignore[no-any-return]


def known(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """`required(pattern)` if it is known in this process or kept in the store, else None (search without a prefilter).

    Where the store keeps what is found (`Store.writable`), it is worked out now, once per installation.
    """
    found = _REQUIRED.get(pattern, _MISSING)
    if found is _MISSING:
        found = _stored(pattern)
        if found is _MISSING:
            return _computed(pattern) if _STORE.writable() else None
    return found  # type: ignore[no-any-return]


def worth(pattern: re.Pattern[str], units: int) -> frozenset[str] | None:
    """`required(pattern)` when it is known or kept (`known`), or once the pattern has been asked about for `WORTH` units in
    this process, else None."""
    if pattern not in _REQUIRED and _stored(pattern) is _MISSING and not _STORE.writable():
        _UNITS[pattern] = count = _UNITS.get(pattern, 0) + units
        if count < WORTH:
            return None
    return required(pattern)


def lowered(text: str) -> str | None:
    """The text as `may_match` reads it (`str.lower()`, same length), or None when a character of `_FOLDS` is in it."""
    if text.isascii():
        return text.lower()
    if _FOLDS_FOUND.search(text):
        return None
    return text.lower()


def may_match(strings: frozenset[str] | None, text: str | None) -> bool:
    """False only when `pattern.search` of the text is sure to find nothing: none of its required strings is in it.

    `strings`: `required(pattern)`; `text`: `lowered(the text searched)`.
    """
    if strings is None or text is None or len(strings) > MAX_ALTERNATIVES:
        return True
    return any(s in text for s in strings)


class CharIndex:
    """For a list of texts (`lowered`), which hold each character: one bit per text, the list's order.

    `possible(strings)` is the texts that hold every character of one of the strings, a superset of
    those that hold the string: a bit test per text where `may_match` would run `in` for each string.
    """

    def __init__(self, texts: list[str | None]) -> None:
        masks: dict[str, int] = {}
        unsure = 0
        for n, text in enumerate(texts):
            bit = 1 << n
            if text is None:
                unsure |= bit
                continue
            for char in set(text):
                masks[char] = masks.get(char, 0) | bit
        self._masks = masks
        self._unsure = unsure  # texts with a character of `_FOLDS`: always searched
        self._all = (1 << len(texts)) - 1

    def possible(self, strings: frozenset[str] | None) -> int:
        """The bits of the texts that may hold one of `strings` (every bit when `strings` is None)."""
        if strings is None:
            return self._all
        found = self._unsure
        masks = self._masks
        for string in strings:
            mask = self._all
            for char in string:
                mask &= masks.get(char, 0)
                if not mask:
                    break
            found |= mask
        return found


_FEW_WORDS = 4096  # below this many bits, taking the lowest bit off a number costs next to nothing


def set_bits(bits: int) -> Iterator[int]:
    """The positions of the set bits of `bits` (≥ 0), lowest first.

    Taking the lowest bit off (`low = bits & -bits; bits ^= low`) makes two new numbers as long as `bits` at every step:
    quadratic on a big document, whose units are many bits (60,000 lines of a code block read by a profile: 7 s of
    CPU, u32h).  A long number is written out in binary once and its ones found by `str.rfind`, in C.
    """
    if bits.bit_length() <= _FEW_WORDS:
        while bits:
            low = bits & -bits
            bits ^= low
            yield low.bit_length() - 1
        return
    digits = format(bits, "b")
    last = len(digits) - 1
    at = digits.rfind("1")
    while at >= 0:
        yield last - at
        at = digits.rfind("1", 0, at)
