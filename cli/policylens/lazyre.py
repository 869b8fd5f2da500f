"""Regular expressions compiled on first use.

Start-up time matters (`parse` must stay under 10× `python -c pass`), and compiling a
CJK-heavy pattern costs 0.1–0.5 ms; many patterns are needed only for some inputs
(phone numbers only next to 電話, addresses only after 地址…).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import Any


class LazyPattern:
    """A stand-in for `re.compile(pattern, flags)` that compiles when first used."""

    __slots__ = ("__dict__", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached while a method is not yet bound: bind them all on the instance, so
        # later calls cost the same as on a compiled pattern.
        compiled = self.compiled
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Typed as a Pattern so call sites read exactly like `re.compile`."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]


class GuardedPattern:
    """`(?=[guard])(?:body)` scanned fast: a class search finds each candidate start, `match` tries the body there.

    `re` skips ahead in C only when a pattern starts with a literal or a class; with a
    leading lookahead guard it tries the whole pattern at every position.  Searching for
    the guard class and matching the body at each hit gives the same matches as
    `finditer` on the guarded pattern, provided the body never matches the empty string
    (`tests/rules/test_scan.py` compares both).  Lookbehinds in the body still see the
    text before the candidate: `match(text, pos)` keeps the whole string.
    """

    __slots__ = ("body", "flags", "guard", "pattern")

    def __init__(self, guard: re.Pattern[str], body: re.Pattern[str]) -> None:
        if (guard.flags ^ body.flags) & re.IGNORECASE:
            raise ValueError("the guard and the body must agree on re.IGNORECASE")
        self.guard = guard
        self.body = body
        # `re.compile(pattern, flags)` is the plain lookahead form it stands for
        self.pattern = f"(?={guard.pattern})(?:{body.pattern})"
        self.flags = body.flags

    def finditer(self, text: str) -> list[re.Match[str]]:
        found = []
        search, match = self.guard.search, self.body.match
        candidate = search(text)
        while candidate is not None:
            at = candidate.start()
            m = match(text, at)
            if m is not None and m.end() > at:
                found.append(m)
                candidate = search(text, m.end())
            else:
                candidate = search(text, at + 1)
        return found


def delimited(text: str, opener: str, closer: str) -> Iterator[tuple[int, int]]:
    """Spans of `opener … closer` (shortest, non-overlapping), like `re.finditer(opener.*?closer, re.S)`.

    The regex form is quadratic when an opener has no closer (`<%<%<%…` rescans the
    rest of the text from every opener); here the first missing closer ends the scan.
    """
    pos = 0
    while (start := text.find(opener, pos)) != -1:
        end = text.find(closer, start + len(opener))
        if end == -1:
            return
        pos = end + len(closer)
        yield start, pos
