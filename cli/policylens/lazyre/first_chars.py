"""What `lazyre` adds to the SRE code `re` compiles, from the parsed pattern: the characters a match can begin with
(`_first_chars`, a narrower leading lookahead's when it is narrower: `_with_first_chars` puts them in the info block, so
that `_sre` skips in C to the next character that can start a match), and a guard on the first two characters of a
pattern with no literal prefix (`_with_second_guard`); and the private compiler and parser of `re` they read.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the compiler behind re.compile: private, so any surprise falls back to re.compile
    import _sre
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10 names them sre_compile / sre_parse
    try:
        import _sre
        import sre_compile as _sre_compiler
        import sre_parse as _sre_parser
    except ImportError:
        _sre = None  # type: ignore[assignment]


# What an ASCII letter matches under re.IGNORECASE: its two cases, and the four characters
# whose lower case (or `re`'s extra case, re._casefix) is an ASCII letter: İ and ı for i, ſ for
# s, the Kelvin sign for k (tests/test_check_speed_invariants.py checks every code point).
_CASE_VARIANTS = {c: c + c.upper() for c in "abcdefghijklmnopqrstuvwxyz"}
_CASE_VARIANTS.update({"i": "iI\u0130\u0131", "s": "sS\u017f", "k": "kK\u212a"})
_IGNORECASE = int(re.IGNORECASE)  # a plain int: `flags & re.IGNORECASE` ran `enum.Flag.__rand__` in Python


def _cased_range(bounds: tuple[int, int], flags: int) -> bool:
    """Does a class range hold a cased letter that re.IGNORECASE also matches in other forms?"""
    return bool(flags & _IGNORECASE) and any(map(_sre.unicode_iscased, range(bounds[0], bounds[1] + 1)))


def _leaf_chars(op: Any, av: Any, flags: int) -> list[tuple[Any, Any]] | None:
    """The characters one LITERAL or IN item matches, as charset items (case variants spelled out), or None when not modelled."""
    c = _sre_parser
    found: list[tuple[Any, Any]] = []
    for kind, value in [(c.LITERAL, av)] if op is c.LITERAL else av:
        if kind is c.LITERAL and flags & _IGNORECASE and _sre.unicode_iscased(value):
            variants = _CASE_VARIANTS.get(chr(value).lower())
            if variants is None:
                return None  # a cased letter beyond ASCII: its case-insensitive matches are not modelled
            found += [(c.LITERAL, ord(v)) for v in variants]
        elif kind is c.LITERAL or kind is c.CATEGORY or (kind is c.RANGE and not _cased_range(value, flags)):
            found.append((kind, value))
        else:
            return None  # NEGATE, a cased range under re.IGNORECASE, anything else
    return found


# A first-character set: (charset items as `re`'s parser writes them, can the part match empty?).
_First = tuple[list[tuple[Any, Any]], bool]


def _first_chars(items: Any, flags: int) -> _First | None:
    """The characters any match of the parsed sequence `items` can start with, or None when unknown.

    Conservative: anything this does not model (`.`, negated classes, back-references,
    conditionals, case-insensitive cased letters) gives None, and the pattern keeps the
    code `re` compiled.  Zero-width items (anchors, lookarounds) consume nothing, so the
    first character comes from what follows them.
    """
    c = _sre_parser  # the parser's opcodes (re._constants, re-exported)
    found: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is c.LITERAL or op is c.IN:
            chars = _leaf_chars(op, av, flags)
            return None if chars is None else (found + chars, False)
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero width
        if op is c.SUBPATTERN:
            _, add, remove, sub = av
            inner = _first_chars(sub.data, (flags | add) & ~remove)
        elif op is c.ATOMIC_GROUP:
            inner = _first_chars(av.data, flags)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, sub = av
            inner = _first_chars(sub.data, flags)
            if inner is not None and low == 0:
                inner = inner[0], True
        elif op is c.BRANCH:
            alternatives = [_first_chars(alt.data, flags) for alt in av[1]]
            if any(a is None for a in alternatives):
                return None
            inner = [ch for a in alternatives for ch in a[0]], any(a[1] for a in alternatives)  # type: ignore[index]
        else:
            return None  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS…
        if inner is None:
            return None
        found += inner[0]
        if not inner[1]:
            return found, False
    return found, True


def _lookahead_chars(items: Any, flags: int) -> _First | None:
    """The first characters the leading lookaheads demand (`(?=[【［…])(?:…)`): the narrowest of them.

    A match starts where each leading lookahead matched, so its first character is one
    every such lookahead's own pattern can start with, provided that pattern cannot
    match empty.  (A pattern may have two: its own guard, and the two-character guard
    `_with_second_guard` puts in front of it.)
    """
    c = _sre_parser
    best: _First | None = None
    for op, av in items:
        if op is c.ASSERT and av[0] == 1:
            ahead = _first_chars(av[1].data, flags)
            if ahead is not None and not ahead[1] and (best is None or _width(ahead[0]) < _width(best[0])):
                best = ahead
        elif op is not c.AT and op is not c.ASSERT and op is not c.ASSERT_NOT:
            break
    return best


def _width(chars: list[tuple[Any, Any]]) -> int:
    """How many characters a first-character set holds (a category such as \\s counts as very many)."""
    c = _sre_parser
    return sum(1 if op is c.LITERAL else value[1] - value[0] + 1 if op is c.RANGE else 1 << 20 for op, value in chars)


# Beyond this many single characters and ranges left outside a bitmap, a first-character class
# costs more per position than trying the pattern there.
_MAX_LISTED = 32


def _with_first_chars(code: list[Any], parsed: Any, flags: int) -> list[Any]:
    """`code` with a first-character class in its info block, when `re` found none and one is known.

    `re` records a literal prefix or a class of first characters only for some pattern
    shapes (a literal, a class, an alternation whose branches all start with a literal):
    `“…”|[称稱]""|(?P<company>…)` or a pattern that starts with a lookbehind gets
    neither, and a search then tries the whole pattern at every position.  With the
    class in the info block, `_sre` skips in C to the next character that can start a
    match and tries the pattern there: the same matches (tests/test_check_speed_invariants.py
    compares every stored pattern with `re.compile`), found up to 10x faster.
    """
    try:
        c = _sre_parser
        flags = parsed.state.flags | flags
        if code[0] is not c.INFO or code[2] or code[3] == 0:
            return code  # a prefix or class already, or a pattern that can match empty
        if parsed.data and parsed.data[0][0] is c.AT and parsed.data[0][1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return code  # `^…`: a search tries it at the start only, already
        first = _first_chars(parsed.data, flags)
        # A written guard (`GuardedPattern`) can be narrower than what the branches start
        # with: `(?<=[：:])\s?[【［\[]…` makes those \s, every space and line break.
        ahead = _lookahead_chars(parsed.data, flags)
        if ahead is not None and (first is None or first[1] or _width(ahead[0]) < _width(first[0])):
            first = ahead
        if first is None or first[1] or not first[0]:
            return code
        charset, _ = _sre_compiler._optimize_charset(first[0])
        if sum(op is c.LITERAL or op is c.RANGE for op, _ in charset) > _MAX_LISTED:
            return code  # a long list (astral characters: no bitmap) is tested item by item at every position
        info = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
        _sre_compiler._compile_charset(charset, flags, info)
        info[1] = len(info) - 1
        return info + code[code[1] + 1 :]
    except Exception:  # a private compiler API changed: keep what `re` compiled
        return code


# What a part of a pattern can begin with: (characters at its position 0, characters at its
# position 1, the lengths it can have, 2 standing for "2 or more").
_Heads = tuple[list[tuple[Any, Any]], list[tuple[Any, Any]], frozenset[int]]
_EMPTY_HEADS: _Heads = ([], [], frozenset({0}))
_TWO = frozenset({2})
# A second-character guard is added only when its class is this narrow (no category such as
# \\w or \\s, at most this many characters): a wide class rejects few candidates.
_MAX_SECOND = 400


def _then(first: _Heads, rest: _Heads) -> _Heads:
    """The heads of `first` followed by `rest`."""
    f1, s1, l1 = first
    f2, s2, l2 = rest
    starts = f1 + f2 if 0 in l1 else list(f1)
    seconds = (s1 if 2 in l1 else []) + (f2 if 1 in l1 else []) + (s2 if 0 in l1 else [])
    return starts, seconds, frozenset(min(a + b, 2) for a in l1 for b in l2)


def _heads(items: Any, flags: int) -> _Heads | None:
    """Which characters a match of the parsed sequence `items` can have first and second, or None when not modelled.

    Conservative like `_first_chars`: zero-width items consume nothing (a lookaround only
    narrows the matches, so leaving it out gives a superset), and anything not modelled
    gives None.
    """
    c = _sre_parser
    heads = _EMPTY_HEADS
    for op, av in items:
        if heads[2] == _TWO:
            break  # two characters known on every path: the rest cannot change them
        part: _Heads | None
        if op is c.LITERAL or op is c.IN:
            chars = _leaf_chars(op, av, flags)
            part = None if chars is None else (chars, [], frozenset({1}))
        elif op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            part = _EMPTY_HEADS
        elif op is c.SUBPATTERN:
            _, add, remove, sub = av
            part = _heads(sub.data, (flags | add) & ~remove)
        elif op is c.ATOMIC_GROUP:
            part = _heads(av.data, flags)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            one = _heads(sub.data, flags)
            if one is None:
                return None
            # The first two characters come from at most two repetitions; more give nothing new.
            copies = [_EMPTY_HEADS, one, _then(one, one)]
            chosen = copies[min(low, 2) : min(high, 2) + 1]
            part = ([x for h in chosen for x in h[0]], [x for h in chosen for x in h[1]], frozenset().union(*(h[2] for h in chosen)))
        elif op is c.BRANCH:
            alternatives = [_heads(alt.data, flags) for alt in av[1]]
            if any(a is None for a in alternatives):
                return None
            part = (
                [x for a in alternatives for x in a[0]],  # type: ignore[index]
                [x for a in alternatives for x in a[1]],  # type: ignore[index]
                frozenset().union(*(a[2] for a in alternatives)),  # type: ignore[index]
            )
        else:
            return None  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS…
        if part is None:
            return None
        heads = _then(heads, part)
    return heads


def _with_second_guard(parsed: Any, flags: int) -> bool:
    """Put a lookahead for the first two characters, `(?=(?-i:[first][second]))`, in front of `parsed`, when it pays
    (True when it was put there).

    A pattern with a first-character class but no literal prefix is tried at every
    character of that class, and an alternation of many words (placeholder notes that
    start with 本, 请, 此…) is tried in full at each: about 0.2 µs per position.  When every
    match has at least two characters and the second comes from a narrow class, the
    lookahead rejects most positions for the price of two class tests, in C.  It only
    restates what every match already satisfies, so the matches and groups are those of
    the pattern without it (tests/test_check_speed_invariants.py).
    """
    c = _sre_parser
    flags = parsed.state.flags | flags
    if parsed.getwidth()[0] < 2:
        return False
    heads = _heads(parsed.data, flags)
    if heads is None or heads[2] != _TWO or not heads[0] or not heads[1]:
        return False
    first, second, _ = heads
    narrow = (c.CATEGORY_DIGIT, c.CATEGORY_SPACE)  # \d and \s: a few dozen characters, none of them Han
    if any(kind is c.CATEGORY and value not in narrow for kind, value in first + second):
        return False  # \w and the negated categories hold most of any text
    width = sum(1 if kind is not c.RANGE else value[1] - value[0] + 1 for kind, value in second)
    if width > _MAX_SECOND:
        return False
    pair = c.SubPattern(parsed.state, [(c.IN, first), (c.IN, second)])
    plain = c.SubPattern(parsed.state, [(c.SUBPATTERN, (None, 0, re.IGNORECASE, pair))])
    parsed.data.insert(0, (c.ASSERT, (1, plain)))
    return True
