"""Searches of a long text tried only where a pattern's first character is: a few `str.find` passes instead of `_sre`'s
class test at every character (issue #11, u59t).

A search for a pattern with no literal prefix, but a class of first characters in its info block (`re`'s own, or the
one `lazyre` adds: `_with_first_chars`), steps through the text in C testing each character against that class: ~48
instructions a character for a class beyond Latin-1 (BIGCHARSET), a quarter of all the instructions of `check` on
distinct policies (u58t, callgrind).  When the class holds a few characters that are rare in the text, finding them with
`str.find` (memchr: a few instructions for many characters) and trying the pattern at each (`match` at that offset: the
attempt the search makes there, lookbehinds and `\\b` still seeing the text before it) finds the same matches.

Exact by construction: `_sre` tries a match only at a character of the info block's class (that is what the class is
for), a pattern with such a class never matches the empty string (`re` and `lazyre` give one only to patterns of
width ≥ 1), so `finditer` is the matches at candidates taken in order, each at or after the end of the one before, and
`search(text, pos)` the first candidate from `pos` where the pattern matches.  The class is read from the pattern's
stored SRE code (`lazyre`'s store): a pattern not there, or whose class holds a range, a category or more than
`MAX_FIRST` characters, is searched as before; so is a text where the candidates are not rare (`SHARE`).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from typing import Any

from policylens import lazyre

# Opcodes of an info block's class, as `re._compiler._compile_charset` writes them (`re._constants`; checked against
# them in tests/test_u59t_candidates.py).
_INFO, _LITERAL, _RANGE, _CHARSET, _BIGCHARSET, _FAILURE = 14, 16, 22, 9, 10, 0
_INFO_PREFIX, _INFO_CHARSET = 1, 4
# At most this many first characters: one `str.find` pass each.
MAX_FIRST = 8
# The candidates must be at most one in this many characters of the text: each costs a Python call where `_sre` stepped
# on in C.
SHARE = 64
# Texts shorter than this are searched as before (the passes cost more than they save on a paragraph).
MIN_LENGTH = 2000

_FIRST: dict[tuple[str, int], str | None] = {}


def _class_members(code: list[int], at: int) -> list[int] | None:
    """The characters of the class that starts at `code[at]` (up to its FAILURE), or None: a range, a category, a
    negation, or more than `MAX_FIRST` characters."""
    found: list[int] = []
    while len(found) <= MAX_FIRST:
        op = code[at]
        if op == _FAILURE:
            return found
        if op == _LITERAL:
            found.append(code[at + 1])
            at += 2
        elif op == _RANGE:
            low, high = code[at + 1], code[at + 2]
            if high - low >= MAX_FIRST:
                return None
            found += range(low, high + 1)
            at += 3
        elif op == _CHARSET:  # 256 bits in 8 words: bit c of the map is character c
            found += _bits(code[at + 1 : at + 9], 0)
            at += 9
        elif op == _BIGCHARSET:  # a block number per high byte (256 bytes in 64 words), then the blocks of 256 bits
            count = code[at + 1]
            blocks = [code[at + 66 + 8 * k : at + 74 + 8 * k] for k in range(count)]
            used = [k for k, block in enumerate(blocks) if any(block)]
            if used:
                index = array(lazyre._CODE_TYPE, code[at + 2 : at + 66]).tobytes()
                for high, k in enumerate(index):
                    if k in used:
                        found += _bits(blocks[k], high << 8)
                        if len(found) > MAX_FIRST:
                            return None
            at += 66 + 8 * count
        else:  # CATEGORY, NEGATE, a case-folding range: many characters
            return None
    return None


def _bits(words: list[int], base: int) -> list[int]:
    """The characters whose bits are set in a 256-bit map of 8 words (word i holds characters 32i to 32i+31)."""
    bits = 0
    for i, word in enumerate(words):
        bits |= word << (32 * i)
    found = []
    while bits:
        low = bits & -bits
        found.append(base + low.bit_length() - 1)
        bits ^= low
    return found


def first_characters(pattern: Any) -> str | None:
    """The characters a match of `pattern` (a `lazyre.lazy` pattern, or a `GuardedPattern`) can start with, read from its
    stored code, when its search steps through a text testing a class of at most `MAX_FIRST` characters; else None."""
    whole = getattr(pattern, "whole", pattern)  # a GuardedPattern searches its plain lookahead form
    if type(whole) is not lazyre.LazyPattern or whole.store is not None:
        return None  # a pattern compiled elsewhere, or kept in another store: searched as before
    key = (whole.pattern, int(whole.flags))
    if key in _FIRST:
        return _FIRST[key]
    entry = lazyre._STORE.get(key)
    if entry is None:
        return None  # not compiled yet (a cold store): asked again next time
    chars = None
    code = entry[1] if len(entry) > 1 and isinstance(entry[1], list) else None
    if code and code[0] == _INFO and code[2] & _INFO_CHARSET and not code[2] & _INFO_PREFIX and code[3] > 0:
        members = _class_members(code, 5)
        if members:
            chars = "".join(map(chr, members))
    _FIRST[key] = chars
    return chars


def candidates(pattern: Any, text: str) -> list[int] | None:
    """Where in `text` a match of `pattern` can start, in order, when those places are few; else None (search as before)."""
    if len(text) < MIN_LENGTH:
        return None
    chars = first_characters(pattern)
    if chars is None:
        return None
    most = len(text) // SHARE
    found: list[int] = []
    find = text.find  # (`str.find` of one character: memchr; `str.count` tested every character, 4% of the run)
    for ch in chars:
        at = find(ch)
        while at >= 0:
            if len(found) >= most:
                return None  # not rare: the search steps on in C as before
            found.append(at)
            at = find(ch, at + 1)
    found.sort()
    return found


def finditer(pattern: Any, text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`: the same matches, from the candidates when they are few."""
    starts = candidates(pattern, text)
    if starts is None:
        return pattern.finditer(text)  # type: ignore[no-any-return]
    return _matches_at(getattr(pattern, "whole", pattern).match, text, starts)


def _matches_at(match: Any, text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches `finditer` finds, tried at `starts` only: each at or after the end of the one before."""
    end = 0
    for at in starts:
        if at >= end:
            m = match(text, at)
            if m is not None:
                end = m.end()
                yield m
