"""A long profile pattern that is an alternation, searched one alternative at a time: the same match, found sooner.

The costliest profile patterns (the tw-pdpa operator clause, `processor_name`: 14,000 characters each after
expansion, issue #13, u49m) are alternations whose alternatives start differently (a lookbehind, a word
boundary, a class of letters under re.IGNORECASE), so `re` gets no literal prefix or first characters for
the whole and tries every alternative at every position of the text.  Alone, most alternatives have a
prefix or first characters that `re` (or `lazyre`) scans for in C, and required strings (`literals`) that a
text often lacks, so that the alternative is not searched at all.

Same match: an alternation finds something in a text exactly when one of its alternatives does (where the
whole matches, the alternative it took matches alone; where an alternative matches alone, the whole matches
there or earlier).  So when no alternative finds anything (most texts: a sentence holds none of most
alternatives' required strings), the answer is None without the whole being tried at every position; when
one does, the whole is searched, as before, and stops at its first match.  This holds for any text and any
`pos`/`endpos` given to both alike (a lookbehind or `\\b` reads the text before `pos` in both).  It needs a
pattern without comments, verbose or global inline flags, whose top-level bars `split` reads from the text
(capturing groups are refused too): otherwise the pattern is searched whole.  Every other method
(`finditer`, `match`…) is the whole pattern's.  `tests/test_u49m_branches.py` checks that the alternatives
parse to the whole's own, and compares the two searches on every unit of the corpus and the profile sets,
for every built-in pattern split.  An alternative searched alone does no more work than a search of the
whole does trying it at each position, so a pattern linear in the text stays so (a match costs at most
the searches of the alternatives and the whole's).
"""

from __future__ import annotations

import binascii
import re
import sys
from functools import cached_property
from pathlib import Path
from typing import Any

from policylens import lazyre
from policylens.profiles import literals

# Only a pattern this long is split (a short one is searched about as fast whole, and splitting it costs a
# compilation per alternative the first time).
MIN_LENGTH = 1000
# Each split pattern's alternatives (a 1-tuple: the tuple of their texts, or None), kept once per installation beside the
# profiles' compiled patterns: reading them costs about 20 ms a process for the built-in profiles.  Valid for this
# module's text (a change of `split` makes the file stale).
_STORE = lazyre.Store("branches", (binascii.crc32(Path(__file__).read_bytes()),))


# What a pattern's text holds besides its groups and alternation bars: an escape, or a class (a `]` first in it is
# a literal); either may hold `(`, `)` or `|` that are neither.  Read by `_masked` in one pass; as an expression,
# `\\.|\[\^?\]?(?:\\.|[^\]\\])*\]` (DOTALL), which `tests/test_u49m_branches.py` keeps as the reference.
_BARE = re.compile(r"[()|]")
# A capturing group (its number would differ in an alternative alone), a comment, a verbose flag (whitespace and `#`
# comments), a global inline flag (it would hold for the first alternative only, as text): not split.
_REFUSED = re.compile(r"\((?!\?)|\(\?P|\(\?#|\(\?[aiLmsux-]*x|\A\(\?[aiLmsux]+\)")


def _masked(source: str) -> str:
    """`source` with every escape and class blanked out (same length): its `(`, `)` and `|` are the pattern's own.

    What the expression above, substituted, gives, read in one pass: the expression searched from every `[` of a text with no
    closing `]` was quadratic (`tests/test_hostile_regex.py`); a class that finds no closer means no later `[` does."""
    chars = list(source)
    n, i, closed = len(source), 0, True
    while i < n:
        c = source[i]
        if c == "\\" and i + 1 < n:
            end = i + 2
        elif c == "[" and closed:
            j = i + 1
            j += j < n and source[j] == "^"
            first = j if j < n and source[j] == "]" else -1  # a `]` first is a literal, or else the class's end
            j += first >= 0
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            if j >= n and first < 0:
                closed = False
                i += 1
                continue
            end = (j if j < n else first) + 1
        else:
            i += 1
            continue
        chars[i:end] = "_" * (end - i)
        i = end
    return "".join(chars)


def _cut(source: str, masked: str) -> list[str]:
    """`source` cut at each `|` outside any group (`masked`: `_masked(source)`)."""
    parts: list[str] = []
    depth = start = 0
    for m in _BARE.finditer(masked):
        char = m.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            parts.append(source[start : m.start()])
            start = m.end()
    parts.append(source[start:])
    return parts


def _closing(masked: str) -> int:
    """Where the group that opens the (masked) text closes (-1: nowhere)."""
    depth = 0
    for m in _BARE.finditer(masked):
        depth += {"(": 1, ")": -1}.get(m.group(), 0)
        if depth == 0:
            return m.start()
    return -1


def split(pattern: str, flags: int) -> list[str] | None:
    """The alternatives of `pattern`, when it is one alternation (inside non-capturing groups), or None.

    Read from the text, not parsed (parsing a 14,000-character pattern costs what compiling it does): the bars outside
    groups, escapes and classes.  (An alternative that is itself an alternation, `a|(?:b|c)`, could give its own
    alternatives, in their order; tried: no faster, and three times the alternatives to compile.)
    `tests/test_u49m_branches.py` checks that the alternatives parse to the whole's own for every built-in pattern split.
    """
    masked = _masked(pattern)
    if flags & re.VERBOSE or _REFUSED.search(masked):
        return None
    while pattern.startswith("(?:") and _closing(masked) == len(pattern) - 1:  # (`(?:(?:a|b))` is `a|b`)
        pattern, masked = pattern[3:-1], masked[3:-1]
    parts = _cut(pattern, masked)
    return parts if len(parts) >= 2 else None


class BranchedPattern(lazyre.LazyPattern):
    """A lazy pattern whose `search` searches its alternatives one by one (module docstring); the rest is the whole's.

    Its alternatives are read (`split`) and compiled when it is first searched; a pattern that is not one alternation
    after all is searched whole from then on."""

    __slots__ = ()

    def __init__(self, pattern: str, flags: int = 0, store: lazyre.Store | None = None) -> None:
        super().__init__(pattern, flags, store)
        self.__dict__["search"] = self._search

    @cached_property
    def _branches(self) -> list[tuple[re.Pattern[str], frozenset[str] | None]]:
        """The alternatives compiled, with their required strings where the store keeps them (`literals.known`: worked out
        once per installation; where the store cannot be written, parsing each alternative again would cost more than it
        saves on a small document, and every alternative is searched)."""
        key = (self.pattern, int(self.flags))
        entry = _STORE.get(key)
        if entry is None or len(entry) != 1 or not (entry[0] is None or isinstance(entry[0], tuple)):
            parts = split(self.pattern, self.flags)
            entry = (None if parts is None else tuple(parts),)
            _STORE.add(key, entry)
        found = []
        for part in entry[0] or ():
            compiled = lazyre.compile(part, self.flags) if self.store is None else lazyre.compile(part, self.flags, store=self.store)
            found.append((compiled, literals.known(compiled)))
        return found

    def _search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.compile(pattern, flags).search(string, pos, endpos)`: None when no alternative finds anything, else the whole's
        match (the module docstring)."""
        branches = self._branches
        if not branches:
            return self.compiled.search(string, pos, endpos)
        lowered = literals.lowered(string)
        for compiled, strings in branches:
            if literals.may_match(strings, lowered) and compiled.search(string, pos, endpos) is not None:
                return self.compiled.search(string, pos, endpos)  # (the whole stops at its first match, no later)
        return None

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
    if len(pattern) < MIN_LENGTH or "|" not in pattern:
        return lazyre.lazy(pattern, flags, store=store)
    return BranchedPattern(pattern, flags, store)  # type: ignore[return-value]
