"""What the carriers reader works with in a Dart (or ArkTS) file: a shown parameter, a carrier and the types of
its callbacks; argument and parameter lists split at their top-level commas (`split_arguments`), the bodies of the
file's classes (`class_spans`) and the class a place is in, asked once each or in source order (`_Scopes`), and
the declarations of a name a use reaches (`in_scope`, as Dart's lexical scope reads it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from heapq import heappop, heappush
from itertools import islice

from policylens.lazyre import lazy
from policylens.load.scripts import StringEnd, opaque_end

_CLASS = lazy(r"(?<![\w.$])(?:class|mixin|extension)\s++[^{;\s][^{;]{0,300}?\{")


@dataclass(frozen=True)
class Shown:
    """How a carrier shows a parameter: one text (`list` False) or each string of a list, bold or not."""

    list: bool
    bold: bool


@dataclass(frozen=True)
class Carrier:
    """A method that shows some of its parameters: by position (None: not shown) and by name."""

    positional: tuple[Shown | None, ...]
    named: dict[str, Shown]
    constants_only: bool = False  # (u46k) a `void` dialog helper: only a same-file constant passed by name is read


@dataclass(frozen=True)
class _Parameter:
    name: str
    type: str
    named: bool


Closer = Callable[[int], int]
Predicate = Callable[[int], bool]
Found = dict[tuple[str, int], tuple[int, Carrier]]
Named = Callable[[int], "tuple[str, int] | None"]  # a same-file string constant's value at an index (`load.dart`)


def split_arguments(src: str, start: int, end: int, close: Closer, string_end: StringEnd, quotes: str = "'\"") -> list[tuple[int, int]]:
    """The spans of the top-level comma-separated items of `src[start:end]` (an argument or parameter list's inside),
    brackets and string literals (opened by `quotes`) skipped whole; an empty item (a trailing comma) is left out."""
    items: list[tuple[int, int]] = []
    k = item = start
    while k < end:
        skipped = opaque_end(src, k, string_end, quotes)
        if skipped is not None:
            k = skipped
            continue
        c = src[k]
        if c in "([{":
            k = close(k + 1)
            continue
        if c == "<":  # a type's arguments (`Map<String, String> m`): skipped to their `>`
            m = re.compile(r"<[\w<>?, ]{0,80}>").match(src, k)
            if m is not None:
                k = m.end()
                continue
        if c == ",":
            items.append((item, k))
            item = k + 1
        k += 1
    items.append((item, min(k, end)))
    return [(a, b) for a, b in items if src[a:b].strip()]


def _parameters(src: str, start: int, end: int, close: Closer, string_end: StringEnd) -> list[_Parameter]:
    """A declaration's parameters (`String title, {required String content, List<String>? items}`), in order."""
    params: list[_Parameter] = []
    named = False
    for a, b in split_arguments(src, start, end, close, string_end):
        text = src[a:b].strip()
        if text.startswith(("{", "[")):
            if text.startswith("{"):
                named = True
            inner = close(a + src[a:b].index(text[0]) + 1)
            for p in _parameters(src, a + src[a:b].index(text[0]) + 1, inner - 1, close, string_end):
                params.append(_Parameter(p.name, p.type, named))
            named = False
            continue
        text = text.split("=", 1)[0].strip()
        text = re.sub(r"^(?:required|final|covariant|const)\s+", "", text)
        m = re.fullmatch(r"(?P<type>[A-Z]\w*(?:<[\w<>?, ]*>)?\??|dynamic)?\s*(?P<name>[A-Za-z_$]\w*)", text)
        if m is None:  # (`void Function() onTap`, `this.title`: a parameter this reader does not read, kept in its place)
            params.append(_Parameter("", "?", False))
            continue
        params.append(_Parameter(m["name"], (m["type"] or "").replace(" ", ""), False))
    return params


def class_spans(src: str, close: Closer, in_code: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The bodies of the file's classes (`class _Page extends StatelessWidget { … }`), in order."""
    spans = []
    for m in _CLASS.finditer(src):
        if in_code(m.start()):
            spans.append((m.end(), close(m.end())))
    return spans


def _scope(classes: list[tuple[int, int]], at: int) -> int:
    """The start of the innermost class body holding `at`, -1 at the top level (a call reaches the method of its own
    class, or a top-level function)."""
    inside = [a for a, b in classes if a <= at < b]
    return max(inside) if inside else -1


class _Scopes:
    """`_scope` of places asked in the order of the source, each in O(log n): the class bodies begun so far on a heap by
    their start, latest first, those ended dropped as they come up (u44h: each call and declaration walked every class
    of the file, 6,000 classes and calls 5 s).  A place before the last one asked is `_scope`'s."""

    def __init__(self, classes: list[tuple[int, int]]) -> None:
        self.classes = sorted(classes)
        self.next = 0
        self.open: list[tuple[int, int]] = []  # (-start, end) of the class bodies begun
        self.last = -1

    def at(self, at: int) -> int:
        if at < self.last:
            return _scope(self.classes, at)
        self.last = at
        while self.next < len(self.classes) and self.classes[self.next][0] <= at:
            a, b = self.classes[self.next]
            heappush(self.open, (-a, b))
            self.next += 1
        while self.open and self.open[0][1] <= at:
            heappop(self.open)  # (ended: no later place is inside it)
        return -self.open[0][0] if self.open else -1


def in_scope(declared: list[int], classes: list[tuple[int, int]] | None, at: int) -> list[int]:
    """(u47h) The declarations of a name that a use at `at` reaches: those of its own class body when it has one there
    (Dart's lexical scope: `static const String _content = '''…''';` in `PrivacyDialog` and another in `TermsDialog`),
    else the top-level ones; all of them when `classes` is None or the name is declared once.  Two dialogs of one file
    each holding a `_content` lost both policies without a word (a name declared twice was left unread).  Only
    two are sought: a name that two declarations reach is not read (u50h: 4,000 nested `final c = a.replaceAll(…)`,
    each `Text(c)` walked all 4,000, quadratic)."""
    if len(declared) < 2 or not classes:
        return declared
    own = _scope(classes, at)
    here = list(islice((d for d in declared if _scope(classes, d) == own), 2))
    return here if here or own == -1 else list(islice((d for d in declared if _scope(classes, d) == -1), 2))
