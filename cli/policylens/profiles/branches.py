"""A long profile pattern that is an alternation, searched one alternative at a time: the same match, found sooner.

The costliest profile patterns (the tw-pdpa operator clause, `processor_name`: 14,000 characters each after
expansion, issue #13, u49m) are alternations whose alternatives start differently (a lookbehind, a word
boundary, a class of letters under re.IGNORECASE), so `re` gets no literal prefix or first characters for
the whole and tries every alternative at every position of the text.  Alone, most alternatives have a
prefix or first characters that `re` (or `lazyre`) scans for in C, and required strings (`literals`) that a
text often lacks, so that the alternative is not searched at all.

Same match: `re` searches position by position, and at each position tries the alternatives in order; the
first that matches there is the match, with the span it has alone (nothing follows the alternation).  So the
match of the whole is, among the alternatives' own first matches, the one that starts first, and at a tie
the earliest alternative's.  An alternative that cannot match the text (none of its required strings is
there) has no first match.  This holds for any text and any `pos`/`endpos` given to all alternatives alike
(a lookbehind or `\\b` reads the text before `pos` in both).  It needs a pattern without capturing groups
(the match object's groups would be numbered differently) and alternatives that parse to exactly the
whole's own (`split`): otherwise the pattern is searched whole.  Every other method (`finditer`, `match`…)
is the whole pattern's.  `tests/test_u49m_branches.py` compares the two searches on every unit of the
corpus and the profile sets for every pattern this applies to.
"""

from __future__ import annotations

import re
import sys
from functools import cached_property
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from policylens import lazyre
from policylens.profiles import literals

# Only a pattern this long is split (a short one is searched about as fast whole, and splitting it costs a
# compilation per alternative the first time).
MIN_LENGTH = 1000


def _normal(node: Any) -> Any:
    """A parsed pattern as nested tuples, to compare two parses."""
    if isinstance(node, _parser.SubPattern):
        return ("sub", tuple(_normal(item) for item in node.data))
    if isinstance(node, (tuple, list)):
        return tuple(_normal(item) for item in node)
    return node


def _alternatives(parsed: Any) -> Any:
    """The alternatives of a parsed pattern that is one alternation (inside non-capturing groups without flags), or None."""
    data = parsed.data
    while len(data) == 1 and data[0][0] is _c.SUBPATTERN and data[0][1][0] is None and data[0][1][1:3] == (0, 0):
        data = data[0][1][3].data
    if len(data) == 1 and data[0][0] is _c.BRANCH:
        return data[0][1][1]
    return None


def _structure(source: str) -> list[tuple[int, str]]:
    """The positions of the `(`, `)` and `|` of `source` that are neither escaped nor in a class."""
    found: list[tuple[int, str]] = []
    at, in_class = 0, False
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += 1
            if source.startswith("^", at):
                at += 1
            if source.startswith("]", at):  # a `]` first in a class is a literal
                at += 1
            continue
        elif char in "()|":
            found.append((at, char))
        at += 1
    return found


def _scanned(parsed: Any, flags: int) -> bool:
    """Whether a search of the whole already skips, in C, to the characters a match can start with (a literal prefix, or
    the first characters `lazyre` gives it): then it is searched whole (split, it is slower on short texts)."""
    first = lazyre._first_chars(parsed.data, parsed.state.flags | flags)
    return first is not None and not first[1] and bool(first[0])


def _cut(source: str) -> list[str]:
    """`source` cut at each `|` outside any group and class (a candidate split; `split` checks it)."""
    parts: list[str] = []
    depth, start = 0, 0
    for at, char in _structure(source):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            parts.append(source[start:at])
            start = at + 1
    parts.append(source[start:])
    return parts


def _unwrapped(source: str) -> str:
    """`source` without the non-capturing groups that hold all of it (`(?:(?:a|b))` → `a|b`)."""
    while source.startswith("(?:") and _closing(source) == len(source) - 1:
        source = source[3:-1]
    return source


def _closing(source: str) -> int:
    """Where the group that opens `source` closes (-1: nowhere)."""
    depth = 0
    for at, char in _structure(source):
        depth += 1 if char == "(" else -1 if char == ")" else 0
        if depth == 0:
            return at
    return -1


def split(pattern: str, flags: int, *, inner: bool = False) -> list[str] | None:
    """The alternatives of `pattern`, as pattern texts that parse to the whole's own, or None (not one alternation, groups,
    or a whole that `re` already scans for its first characters, unless it is `inner`: an alternative of a split pattern)."""
    if "(?#" in pattern or flags & re.VERBOSE:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.groups != 1 or parsed.state.flags & re.VERBOSE:
            return None  # capturing groups (or back-references to them), or verbose inline
        branches = _alternatives(parsed)
        if branches is None or (not inner and _scanned(parsed, flags)):
            return None
        parts = _cut(_unwrapped(pattern))
        if len(parts) != len(branches):
            return None
        for part, branch in zip(parts, branches, strict=True):
            alone = _parser.parse(part, flags)
            if alone.state.groups != 1 or alone.state.flags != parsed.state.flags or _normal(alone) != _normal(branch):
                return None  # (a global inline flag, `(?s)a.b|c.d`, is not in the later alternatives' own text)
    except Exception:  # anything unexpected: searched whole
        return None
    # An alternative that is itself one alternation is searched by its own alternatives, in their order: at a position,
    # `a|(?:b|c)` tries a, b, c as `a|b|c` does.  (Split even when scanned: each has required strings of its own.)
    return [each for part in parts for each in (split(part, flags, inner=True) or [part])]


class BranchedPattern(lazyre.LazyPattern):
    """A lazy pattern whose `search` searches its alternatives one by one (module docstring); the rest is the whole's."""

    __slots__ = ()

    def __init__(self, pattern: str, parts: list[str], flags: int = 0, store: lazyre.Store | None = None) -> None:
        super().__init__(pattern, flags, store)
        self.__dict__["parts"] = parts
        self.__dict__["search"] = self._search

    @cached_property
    def _branches(self) -> list[tuple[re.Pattern[str], frozenset[str] | None]]:
        found = []
        for part in self.__dict__["parts"]:
            compiled = lazyre.compile(part, self.flags) if self.store is None else lazyre.compile(part, self.flags, store=self.store)
            found.append((compiled, literals.required(compiled)))
        return found

    def _search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.compile(pattern, flags).search(string, pos, endpos)`: the first-starting alternative's match (the module docstring)."""
        lowered = literals.lowered(string)
        best: re.Match[str] | None = None
        for compiled, strings in self._branches:
            if not literals.may_match(strings, lowered):
                continue
            found = compiled.search(string, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
                if best.start() == pos:
                    break  # nothing starts earlier, and a later alternative loses a tie
        return best

    def __getattr__(self, name: str) -> Any:
        search = self.__dict__.get("search", self._search)
        found = super().__getattr__(name)  # binds the whole pattern's methods…
        self.__dict__["search"] = search  # …but `search` stays this one (or what a caller put there)
        return search if name == "search" else found

    def __reduce__(self) -> tuple[Any, ...]:
        return (_unpickled, (self.pattern, self.flags, None if self.store is None else self.store.name))


def _unpickled(pattern: str, flags: int, store: str | None) -> re.Pattern[str]:
    """A pickled `BranchedPattern` again, with the store of that name in this process (as `lazyre`'s own)."""
    return lazy(pattern, flags, store=None if store is None else lazyre._STORES.get(store))


def lazy(pattern: str, flags: int = 0, *, store: lazyre.Store | None = None) -> re.Pattern[str]:
    """`lazyre.lazy(pattern, flags, store=store)`, searched by alternatives when it is long and one alternation (`split`)."""
    parts = split(pattern, flags) if len(pattern) >= MIN_LENGTH else None
    if parts is None:
        return lazyre.lazy(pattern, flags, store=store)
    return BranchedPattern(pattern, parts, flags, store)  # type: ignore[return-value]
