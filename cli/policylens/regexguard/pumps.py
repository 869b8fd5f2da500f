"""The strings `probe` times a pattern on, built from the pattern's own parse tree: for each repeat, a prefix that
reaches it, its body pumped many times, then a character that makes the match fail (`_pump_families`); for an
alternation of literals, the literals repeated and interleaved (`_alternating_families`); the characters a class may
match (`_class_member`, by `_CATEGORY_SOURCE`); `samples` gives every pump at every length of `_STEPS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # Python ≥ 3.11
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]


# Characters tried for "anything but" classes and as the failing tail.
_FILLERS = ("a", "一", "0", " ", "!", "\n", "。", "@", ".", "x", "A", "-", "\u3000")
_TAILS = ("", "!", "\n", " ")
# A letter before and after a pump: a run of punctuation or spaces ends at a letter, which fails a trailing
# `[\s\W]+$` at every start of the run (quadratic), and the letter first keeps an anchored branch (`^\W*|…`)
# from reading the whole run at the start (round 12: `_NUMBERING`, `_EMPTY_CELL` in `profiles.coverage`).
_LETTER = "a"
# Growth schedule: pumps of these many repeats, each tried while the previous ones stayed
# under the budget.  Exponential patterns blow up within the first steps, quadratic ones
# at the last.
_STEPS = (4, 8, 12, 16, 20, 24, 32, 64, 256, 1024, 4096, 32768)
# Longest pump string tried.  A quadratic pattern takes seconds well below it (131k² steps);
# beyond it a long pump body (a lexicon alternation: 17 characters × 32,768 = 557k) only
# makes linear patterns slow to probe.
MAX_CHARS = 1 << 17


def _class_member(items: list[tuple[Any, Any]]) -> str:
    """A character matched by a character class (best effort)."""
    negate = any(op is _sre_constants.NEGATE for op, _ in items)
    if not negate:
        for op, arg in items:
            if op is _sre_constants.LITERAL:
                return chr(arg)
            if op is _sre_constants.RANGE:
                return chr(arg[0])
            if op is _sre_constants.CATEGORY:
                return _category(arg)
        return "a"
    pattern = re.compile("[" + "".join(_class_source(items)) + "]")
    return next((c for c in _FILLERS if pattern.fullmatch(c)), "a")


_CATEGORY_SOURCE = {"DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S", "WORD": r"\w", "NOT_WORD": r"\W"}


def _class_source(items: list[tuple[Any, Any]]) -> Iterator[str]:
    for op, arg in items:
        if op is _sre_constants.NEGATE:
            yield "^"
        elif op is _sre_constants.LITERAL:
            yield re.escape(chr(arg))
        elif op is _sre_constants.RANGE:
            yield re.escape(chr(arg[0])) + "-" + re.escape(chr(arg[1]))
        elif op is _sre_constants.CATEGORY:
            yield _CATEGORY_SOURCE.get(str(arg).removeprefix("CATEGORY_"), "")


def _category(arg: Any) -> str:
    name = str(arg)
    if "NOT" in name:
        return "!" if "WORD" in name or "DIGIT" in name else "a"
    return {"DIGIT": "1", "SPACE": " ", "WORD": "a"}.get(name.rsplit("_", 1)[-1], "a")


def _gen(items: Any, *, branch: int = 0) -> str:
    """A string that the parsed sequence `items` matches (best effort; lookarounds skipped)."""
    out: list[str] = []
    for op, arg in items:
        if op is _sre_constants.LITERAL:
            out.append(chr(arg))
        elif op is _sre_constants.NOT_LITERAL:
            out.append(next(c for c in _FILLERS if ord(c) != arg))
        elif op is _sre_constants.IN:
            out.append(_class_member(arg))
        elif op is _sre_constants.ANY:
            out.append("a")
        elif op is _sre_constants.CATEGORY:
            out.append(_category(arg))
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT, getattr(_sre_constants, "POSSESSIVE_REPEAT", None)):
            low, _high, body = arg
            out.append(_gen(body) * max(low, 1))
        elif op is _sre_constants.SUBPATTERN:
            out.append(_gen(arg[-1]))
        elif op is getattr(_sre_constants, "ATOMIC_GROUP", None):
            out.append(_gen(arg))
        elif op is _sre_constants.BRANCH:
            options = arg[1]
            out.append(_gen(options[min(branch, len(options) - 1)]))
        elif op is _sre_constants.GROUPREF_EXISTS:
            out.append(_gen(arg[1]))
    return "".join(out)


def _pumps(items: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(prefix, pumped body) for every repeat in the tree, with the text that leads to it."""
    for index, (op, arg) in enumerate(items):
        before = prefix + _gen(items[:index])
        if op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT):
            _low, high, body = arg
            if high is _sre_constants.MAXREPEAT or high > 1:
                for variant in range(_branches(body)):
                    yield before, _gen(body, branch=variant)
                if len(body) == 1 and body[0][0] is _sre_constants.BRANCH:
                    options = body[0][1][1]
                    for a in options:
                        for b in options:
                            yield before, _gen(a) + _gen(b)
            yield from _pumps(body, before)
        elif op is _sre_constants.SUBPATTERN:
            yield from _pumps(arg[-1], before)
        elif op is _sre_constants.BRANCH:
            for option in arg[1]:
                yield from _pumps(option, before)
        elif op in (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT):
            yield from _pumps(arg[1], before)


def _branches(body: Any) -> int:
    return max((len(arg[1]) for op, arg in body if op is _sre_constants.BRANCH), default=1)


def _literals(items: Any) -> set[str]:
    """Characters written in the pattern (literals and class members), for alternating pumps."""
    found: set[str] = set()
    for op, arg in items:
        if op is _sre_constants.LITERAL:
            found.add(chr(arg))
        elif op is _sre_constants.IN:
            for inner, value in arg:
                if inner is _sre_constants.LITERAL:
                    found.add(chr(value))
                elif inner is _sre_constants.RANGE:
                    found.add(chr(value[0]))
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT):
            found |= _literals(arg[2])
        elif op is _sre_constants.SUBPATTERN:
            found |= _literals(arg[-1])
        elif op is _sre_constants.BRANCH:
            for option in arg[1]:
                found |= _literals(option)
        elif op in (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT):
            found |= _literals(arg[1])
    return found


def samples(pattern: str, flags: int = 0, *, steps: tuple[int, ...] = _STEPS, max_chars: int = MAX_CHARS) -> Iterator[list[str]]:
    """Families of growing adversarial strings for `pattern`, one list per pump: the pumps of
    its repeats first, then pairs of its characters alternating."""
    for kinds in _kinds(pattern, flags, steps, max_chars):
        yield from kinds


def _kinds(pattern: str, flags: int, steps: tuple[int, ...], max_chars: int) -> tuple[Iterator[list[str]], ...]:
    """The two kinds of families of `samples` (each capped at `max_chars`), as two iterators."""
    try:
        tree = _sre_parse.parse(pattern, flags & ~re.DEBUG)
    except (re.error, RecursionError):
        return ()
    pumps = list(_pumps(list(tree)))

    def capped(families: Iterator[list[str]]) -> Iterator[list[str]]:
        for family in families:
            yield [text for text in family if len(text) <= max_chars] or family[:1]

    return capped(_pump_families(pumps, steps)), capped(_alternating_families(tree, pumps, steps))


def _pump_families(pumps: list[tuple[str, str]], steps: tuple[int, ...]) -> Iterator[list[str]]:
    """A repeat's body pumped, after the text that leads to it, before each failing tail."""
    seen: set[tuple[str, str]] = set()
    for before, body in pumps:
        if not body or (before, body) in seen:
            continue
        seen.add((before, body))
        for tail in _TAILS:
            yield [before + body * n + tail for n in steps]
            if before:  # the pump alone: a search restarts at every position of it
                yield [body * n + tail for n in steps]
                # the lead-in repeated (`<!--<!--<!--…`), and lead-in and body together
                yield [before * n + tail for n in steps]
                yield [(before + body) * n + tail for n in steps]
        if _LETTER not in body:
            yield [before + body * n + _LETTER for n in steps]
            yield [_LETTER + before + body * n + _LETTER for n in steps]


def _alternating_families(tree: Any, pumps: list[tuple[str, str]], steps: tuple[int, ...]) -> Iterator[list[str]]:
    """Two characters of the pattern alternating (`A.A.A.…`, `a@a@…`): a start at every
    other position, each scanning far ahead."""
    written = {c for before, body in pumps for c in before + body} | _literals(tree)
    repeated = _repeated_literals(tree)  # what a long run can be made of comes first
    alphabet = _diverse(sorted(repeated), 8)
    alphabet += [c for c in _diverse(sorted(written - set(alphabet)), 12) if c not in alphabet][: 12 - len(alphabet)]
    long_steps = tuple(n for n in steps if n >= 256)  # 256: the shorter sibling `_grows` compares 1,024 with
    for i, a in enumerate(alphabet):
        for b in alphabet[i + 1 :]:  # `baba…` is `abab…` shifted by one: the same starts, the same scans
            yield [(a + b) * (n // 2) + "!" for n in long_steps]


def _repeated_literals(items: Any) -> set[str]:
    """The characters written inside repeats that can run long (over 8 times)."""
    found: set[str] = set()
    for op, arg in items:
        if op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT):
            found |= _literals(arg[2]) if arg[1] is _sre_constants.MAXREPEAT or arg[1] > 8 else _repeated_literals(arg[2])
        elif op is _sre_constants.SUBPATTERN:
            found |= _repeated_literals(arg[-1])
        elif op is _sre_constants.BRANCH:
            for option in arg[1]:
                found |= _repeated_literals(option)
        elif op in (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT):
            found |= _repeated_literals(arg[1])
    return found


def _diverse(characters: list[str], count: int) -> list[str]:
    """Up to `count` of `characters`, taken in turn from each kind (upper case, lower case,
    digits, blanks, other letters, punctuation), so that `A` and `.` are both tried even
    when a pattern writes dozens of punctuation marks (the first twelve by code point left
    out every letter, and `A.A.A.…` against `\\b[A-Z][\\w.]*` went unprobed)."""

    def kind(c: str) -> int:
        return 0 if c.isupper() else 1 if c.islower() else 2 if c.isdigit() else 3 if c.isspace() else 4 if c.isalnum() else 5

    groups: list[list[str]] = [[c for c in characters if kind(c) == k] for k in range(6)]
    chosen: list[str] = []
    while len(chosen) < count and any(groups):
        for group in groups:
            if group and len(chosen) < count:
                chosen.append(group.pop(0))
    return chosen  # in the order taken: one of each kind first
