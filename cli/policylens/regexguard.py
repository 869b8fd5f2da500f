"""Adversarial probing of regular expressions for catastrophic backtracking.

Python's `re` backtracks: `(a+)+$` takes exponential time on `aaaa…!`, and a
pattern such as `[ ]{2,}[ ]*(?=x)` takes quadratic time on a long run of spaces.
`probe()` builds "pump" strings from the pattern's own parse tree (the classic
ReDoS shape: a prefix that reaches a repeat, the repeat's body pumped many times,
then a character that makes the match fail) and times the pattern on growing
pumps.  A pattern whose time grows past a small budget on a few kilobytes,
where a linear pattern needs microseconds, is reported with the string that
showed it, provided the time grows faster than the length (`_grows`): a
linear pattern that is merely slow per character (a large alternation) or a
search paused by a loaded machine is not a finding.

The package's own patterns are all checked by `tests/test_hostile_regex.py`;
user patterns (`placeholder-patterns`) are checked when the configuration is read.
Python 3.10 has neither atomic groups nor possessive quantifiers, so patterns are
written with bounded repeats or without overlapping repeats instead.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterator
from typing import Any, NamedTuple

try:  # Python ≥ 3.11
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
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
GROWTH = 1.5  # time ∝ length^GROWTH or faster is super-linear (see `_grows`)
BUDGET = 0.25  # seconds for all matches in one pump string; linear patterns need < 10 ms on 32k characters
# Longest pump string tried.  A quadratic pattern takes seconds well below it (131k² steps);
# beyond it a long pump body (a lexicon alternation: 17 characters × 32,768 = 557k) only
# makes linear patterns slow to probe.
MAX_CHARS = 1 << 17
# Sizes compared by `_grows` are at least this far apart.  Not 4: the pumps of 1,024 and
# 4,096 repeats differ by a lead-in and a tail, so their lengths are a little under 4 apart,
# and a quadratic search cut off by the timer on the next size (32,768 repeats) was then
# compared with 4,096 alone, where the cut-off time looked linear (`A.A.A.…`, 6.5 s).
_APART = 3.5
# The first search of a pump is stopped at this many budgets: a linear search a little over
# the budget is timed to its end, so its growth can be read without searching it again.
_FIRST_TIMER = 4.0


class Finding(NamedTuple):
    """A pattern that was too slow on `sample` (len `length`): `seconds` for one search."""

    sample: str
    length: int
    seconds: float

    def describe(self) -> str:
        shown = self.sample if len(self.sample) <= 40 else self.sample[:30] + f"…({self.length} characters)"
        return f"took {self.seconds:.2f} s on {shown!r}"


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


# --- static clearance: patterns proven linear need no probing ------------------------------
#
# A pattern with no unbounded repeat (`*`, `+`, `{n,}`, lookarounds included; one exception
# below) and no back-reference reads at most a bounded number of characters from any start,
# and one match attempt walks a bounded number of paths through it: the ways of choosing a branch and a
# repeat count.  Its search time is then at most linear in the text, whatever the text, so
# the growth that `probe` looks for cannot happen.  `attempt_steps` bounds the work of one
# attempt (each node's work times the ways to arrive at it); a pattern under STATIC_STEPS
# is cleared without probing.  A bounded pattern can still be slow per start (`(\w{1,30}\s?){1,30}$`: 30^30
# paths): over the limit, the dynamic probe decides, as for every unbounded pattern.
#
# An unbounded repeat is cleared only in the one shape whose whole search is linear
# (`_guarded_run`): one character of a set, entered after and left before characters
# outside the set (`法\s*第`); each run is then read by a bounded number of attempts.
#
# A single-character repeat followed by text that must start with a character it cannot
# match (`[^。]{0,60}。`, `[ \t]{0,8}[-*]`) keeps one path: Python backs off its count one
# character at a time, and every shorter count fails on the next character, which is in
# the repeat's set.  Those failed tries are added to the steps, not multiplied.  Likewise
# a branch of literal words (a lexicon) continues only with the words that match at one
# place, which are prefixes of one another: the others fail within their own length.

STATIC_STEPS = 256  # steps of one attempt up to which a bounded pattern is cleared: about 2.5 s over a 1 MB paragraph at worst
# ((a|a){1,12}b, 16,380 steps a start, took 0.36 s on 2,000 characters: 100,000 let it through)
_STEPS_CAP = 10**12  # counts are clipped here: only "over the limit" matters


class _Unbounded(Exception):
    """The pattern has a part the static analysis cannot bound."""


def attempt_steps(pattern: str, flags: int = 0) -> int | None:
    """An upper bound on the work of one match attempt of `pattern` (a guarded unbounded run
    counted per character it reads), or None when it has another unbounded repeat, a
    back-reference or a part the analysis does not know."""
    try:
        tree = _sre_parse.parse(pattern, flags & ~re.DEBUG)
    except (re.error, RecursionError, OverflowError):
        return None
    try:
        return _walk(list(tree), tree.state, exact=True)[1]
    except (_Unbounded, RecursionError):
        return None


# --- bounded reach: how far the probe needs to pump a pattern ------------------------------
#
# One match attempt of a pattern whose repeats are all bounded (lookaheads included) and
# that has no back-reference reads at most `reach` characters from its start, so its work
# is bounded by a constant c, whatever the text.  On a pump of L characters, every start
# at least `reach` before the end does the same bounded work: t(L) <= c·L and
# t(L') >= c·(L' - reach).  The probe compares a pump with a shorter sibling at most 8
# times shorter (the growth schedule's widest gap: 4,096 → 32,768 repeats); once L is
# 16 × reach, that sibling is at least 2 × reach, and the time grows by at most
# L / (L/8 - reach) <= 16 for 8× the length (an exponent of 1.33), or 16/3 for 4× (1.21):
# under GROWTH, so never a finding.  Pumps longer than REACH_FACTOR × reach can only agree
# with the shorter ones, and are not searched (for `cookie[^。;.]{0,60}…` 3,000 characters
# instead of 40,000).  What the probe finds in a bounded window (two overlapping runs,
# `[^。]{0,300}[^。]{0,300}x`) it finds below that length.

REACH_FACTOR = 16
MIN_REACH_CHARS = 1024  # floor: the alternating pumps start at 256 repeats; keep two sizes of them


def attempt_reach(pattern: str, flags: int = 0) -> int | None:
    """The most characters one match attempt of `pattern` can read forward from its start
    (lookaheads included), or None when a repeat is unbounded or the pattern has a
    back-reference, a conditional or a part not analysed."""
    try:
        tree = _sre_parse.parse(pattern, flags & ~re.DEBUG)
    except (re.error, RecursionError, OverflowError):
        return None
    try:
        return _reach(list(tree))
    except (_Unbounded, RecursionError):
        return None


def _reach(items: list[Any]) -> int:
    """Characters a parsed sequence reads forward from where it starts; raises `_Unbounded`."""
    c = _sre_constants
    position = farthest = 0
    for op, arg in items:
        if op in _one_character_ops():
            position += 1
        elif op is c.AT:
            continue
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and op is not None:
            _low, high, body = arg
            if high is c.MAXREPEAT or high >= c.MAXREPEAT:
                raise _Unbounded
            position += high * _reach(list(body))
        elif op is c.SUBPATTERN:
            position += _reach(list(arg[-1]))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            position += _reach(list(arg))
        elif op is c.BRANCH:
            position += max(_reach(list(option)) for option in arg[1])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            direction, body = arg
            width = _reach(list(body))  # a lookbehind reads back a fixed width: bounded, not forward
            if direction == 1:
                farthest = max(farthest, position + width)
        else:  # back-references, conditionals, anything new
            raise _Unbounded
        farthest = max(farthest, position)
    return farthest


def statically_linear(compiled: re.Pattern[str]) -> bool:
    """Whether `compiled` is proven linear with at most STATIC_STEPS steps a start (see `attempt_steps`)."""
    steps = attempt_steps(compiled.pattern, compiled.flags)
    return steps is not None and steps <= STATIC_STEPS


def _one_character_ops() -> tuple[Any, ...]:
    c = _sre_constants
    return (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY, c.CATEGORY)


def _walk(items: list[Any], state: Any, *, exact: bool, follow: list[Any] | None = None) -> tuple[int, int]:
    """(paths out of, work of one arrival at) a parsed sequence; raises `_Unbounded`.

    The work of a sequence is the sum over its nodes of the ways to arrive at the node
    (the paths through the nodes before it) times the node's own work.  `exact` is false
    under a local flag change (`(?i:…)`, `(?-i:…)`): the characters a class matches there
    are not computed, so no repeat is taken as deterministic.  `follow`: the first
    characters of what comes after the sequence (None: not known).
    """
    c = _sre_constants
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None))
    paths, work = 1, 0
    for index, (op, arg) in enumerate(items):
        after = _first(items[index + 1 :], follow)  # what the text after this node starts with
        if op in _one_character_ops() or op is c.AT:
            factor, cost = 1, 1
        elif op in repeats and op is not None:
            low, high, body = arg
            if high is c.MAXREPEAT or high >= c.MAXREPEAT:
                if not (exact and _guarded_run(items, index, after, state)):
                    raise _Unbounded
                factor, cost = 1, 1 + len(after or ())  # a step per character of the run, amortised
            else:
                inner, inner_work = _walk(list(body), state, exact=exact, follow=after if high == 1 else None)
                if exact and inner == 1 and _single(body) and after is not None and _disjoint(body[0], after, state):
                    factor, cost = 1, high + (high + 1) * len(after)  # shorter counts fail on one character
                elif inner == 1:
                    factor, cost = high - low + 1, high * inner_work
                else:  # iteration k is reached by inner^(k-1) ways
                    factor = _power_sum(inner, low, high)
                    cost = min(max(factor, high) * inner_work, _STEPS_CAP)
        elif op is c.SUBPATTERN:
            add, delete, body = arg[1], arg[2], arg[-1]
            factor, cost = _walk(list(body), state, exact=exact and not add and not delete, follow=after)
        elif op is c.BRANCH:
            words = _words(arg[1], state.flags) if exact else None
            if words is not None:  # literal options: those that match at one place are prefixes of one another
                factor, cost = _prefix_chain(words), sum(map(len, words))
            else:
                walked = [_walk(list(option), state, exact=exact, follow=after) for option in arg[1]]
                factor, cost = sum(p for p, _ in walked), sum(w for _, w in walked)
        elif op in (c.ASSERT, c.ASSERT_NOT) or op is getattr(c, "ATOMIC_GROUP", None):
            # atomic: never backtracked into, so one way on; its own search is its work
            factor, cost = 1, _walk(list(arg if op is not c.ASSERT and op is not c.ASSERT_NOT else arg[1]), state, exact=exact)[1]
        else:  # back-references, conditionals, anything new
            raise _Unbounded
        work = min(work + paths * cost, _STEPS_CAP)
        paths = min(paths * max(factor, 1), _STEPS_CAP)
    return paths, max(work, 1)


def _prefix_chain(words: list[str]) -> int:
    """The most options that match at one place: for one option, how many options are its prefixes.

    Counted by walking each option down a trie of the options (linear in their total length):
    comparing every pair took minutes on a user pattern of 20,000 literal options.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = node.get("", 0) + 1  # "" holds how many options end here (a key no character is)
    best = 0
    for word in words:
        node, found = root, root.get("", 0)
        for ch in word:
            node = node[ch]
            found += node.get("", 0)
        best = max(best, found)
    return best


def _guarded_run(items: list[Any], index: int, after: list[Any] | None, state: Any) -> bool:
    r"""Whether the unbounded repeat `items[index]` costs linear time over a whole search.

    It must repeat one character of a set S; the text after it must start with a character
    outside S (so only its longest count goes on: one path); and the node before it must
    be one character outside S, so that the repeat starts only where a run of S starts,
    never inside one.  Then each run is read by the few attempts whose bounded lead-in ends
    just before it, not by an attempt from every position in it (`\s*x` on a long blank
    run is quadratic; `法\s*第` is not).
    """
    body = items[index][1][2]
    if index == 0 or after is None or not _single(body) or not _disjoint(body[0], after, state):
        return False
    before = items[index - 1]  # the node before (a group or an option there is not analysed: not cleared)
    return before[0] in _one_character_ops() and _disjoint(body[0], [before], state)


def _words(options: Any, flags: int) -> list[str] | None:
    """The options of a branch as plain strings when each is a run of literal characters
    (case-folded under IGNORECASE when every character is ASCII or has no case); else None."""
    c = _sre_constants
    words: list[str] = []
    for option in options:
        if not all(op is c.LITERAL for op, _ in option):
            return None
        word = "".join(chr(code) for _, code in option)
        if flags & re.IGNORECASE:
            if not all(ch.isascii() or ch.lower() == ch.upper() for ch in word):
                return None
            word = word.lower()
        words.append(word)
    return words


def _power_sum(inner: int, low: int, high: int) -> int:
    """inner^low + … + inner^high, clipped at _STEPS_CAP."""
    total, term = 0, min(inner**low, _STEPS_CAP) if low < 64 else _STEPS_CAP
    for _ in range(low, high + 1):
        total = min(total + term, _STEPS_CAP)
        if total >= _STEPS_CAP:
            break
        term = min(term * inner, _STEPS_CAP)
    return total


def _single(body: Any) -> bool:
    """Whether a repeat's body is one character of a set (Python's single-character repeat)."""
    return len(body) == 1 and body[0][0] in _one_character_ops()


def _first(items: list[Any], follow: list[Any] | None = None) -> list[Any] | None:
    """The one-character nodes the text matched by `items`, then by what follows them
    (`follow`), can start with; None when that is not known (a lookaround, a
    back-reference…, or `items` can match nothing and `follow` is None)."""
    c = _sre_constants
    found: list[Any] = []
    for op, arg in items:
        if op is c.AT:
            continue  # a zero-width test, then the same next character
        nodes, nullable = _first_of(op, arg)
        if nodes is None:
            return None
        found += nodes
        if not nullable:
            return found
    return None if follow is None else found + follow


def _first_of(op: Any, arg: Any) -> tuple[list[Any] | None, bool]:
    """(first one-character nodes, can match empty) of one parsed node; (None, _) when unknown."""
    c = _sre_constants
    if op in _one_character_ops():
        return [(op, arg)], False
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        nodes, empty = _first_of_sequence(list(arg[2]))
        return nodes, arg[0] == 0 or empty
    if op is c.SUBPATTERN and not arg[1] and not arg[2]:
        return _first_of_sequence(list(arg[-1]))
    if op is c.BRANCH:
        found: list[Any] = []
        nullable = False
        for option in arg[1]:
            nodes, empty = _first_of_sequence(list(option))
            if nodes is None:
                return None, True
            found += nodes
            nullable = nullable or empty
        return found, nullable
    return None, True


def _first_of_sequence(items: list[Any]) -> tuple[list[Any] | None, bool]:
    """(first one-character nodes, can match empty) of a parsed sequence."""
    found: list[Any] = []
    for op, arg in items:
        if op is _sre_constants.AT:
            continue
        nodes, nullable = _first_of(op, arg)
        if nodes is None:
            return None, True
        found += nodes
        if not nullable:
            return found, False
    return found, True


def _nullable(items: list[Any]) -> bool:
    return _first_of_sequence(items)[1]


# Every character, to list the members of a small class exactly (case folding included).
_EVERY_CHARACTER: list[str] = []
_SMALL = 4096  # a class with more members (`[^。；]`, `\w`) is only tested against small ones
_MEMBERS: dict[tuple[str, int], tuple[re.Pattern[str], str | None]] = {}


def _members(node: Any, state: Any) -> tuple[re.Pattern[str], str | None]:
    """The one-character node compiled under the pattern's flags, and every character it
    matches when they are at most _SMALL (None for a larger set)."""
    key = (repr(node), state.flags)
    if key not in _MEMBERS:
        alone = _sre_parse.State()  # no groups: findall gives characters
        alone.flags = state.flags
        compiled = _sre_compile.compile(_sre_parse.SubPattern(alone, [node]), state.flags)
        _MEMBERS[key] = (compiled, _listed(node, compiled, state.flags))
    return _MEMBERS[key]


def _listed(node: Any, compiled: re.Pattern[str], flags: int) -> str | None:
    """Every character `compiled` (one node) matches, when that is a small set; else None.

    Written characters and ranges are the set itself; under IGNORECASE, whose case pairs
    are Unicode's, every character is tried."""
    c = _sre_constants
    op, arg = node
    if op is c.LITERAL:
        written = [(arg, arg)]
    elif op is c.IN and all(inner in (c.LITERAL, c.RANGE) for inner, _ in arg):
        written = [(value, value) if inner is c.LITERAL else value for inner, value in arg]
    else:
        return None  # a negated set, a category, any character: large
    if sum(high - low + 1 for low, high in written) > _SMALL:
        return None
    if not flags & re.IGNORECASE:
        return "".join(chr(code) for low, high in written for code in range(low, high + 1))
    if not _EVERY_CHARACTER:
        _EVERY_CHARACTER.append("".join(map(chr, range(0x110000))))
    listed = compiled.findall(_EVERY_CHARACTER[0])
    return "".join(listed) if len(listed) <= _SMALL else None


def _disjoint(node: Any, others: list[Any], state: Any) -> bool:
    """Whether no character matched by `node` is matched by any of `others` (two large sets
    count as overlapping: not shown disjoint)."""
    compiled, members = _members(node, state)
    for other in others:
        other_compiled, other_members = _members(other, state)
        if members is not None:
            if other_compiled.search(members):
                return False
        elif other_members is None or compiled.search(other_members):
            return False
    return True


class _Timeout(Exception):
    pass


def _timed_search(compiled: re.Pattern[str], text: str, budget: float, *, timer: float = 2.0) -> float:
    """CPU seconds spent finding every match of `compiled` in `text`, cut off at `timer` × `budget`.

    In the main thread a SIGVTALRM (a timer on this process's CPU time) interrupts the
    match itself (`re` checks for signals while it backtracks), so an exponential pattern
    costs about `budget`, not hours.  CPU time, not wall time: on a machine loaded by other
    processes a linear search takes longer by the clock but not in CPU, and a probe judged
    by the clock would report patterns that are only waiting for a core.  The time is this
    thread's (`thread_time`), not the process's: a thread left running by other code (a
    worker pool, a cluster client) would otherwise be counted as the search's.
    """
    import signal
    import threading

    alarm = hasattr(signal, "setitimer") and hasattr(signal, "SIGVTALRM") and threading.current_thread() is threading.main_thread()
    previous: Any = None
    searching = [True]  # the timer may fire after the search ended, before it is cancelled: then it does nothing
    if alarm:

        def _raise(signum: int, frame: Any) -> None:
            if searching[0]:
                raise _Timeout

        previous = signal.signal(signal.SIGVTALRM, _raise)
        signal.setitimer(signal.ITIMER_VIRTUAL, budget * timer)
    start = time.thread_time()
    try:
        try:
            if alarm:
                compiled.subn("", text)  # every match, in C
            else:
                for _ in compiled.finditer(text):
                    if time.thread_time() - start > budget * timer / 2:
                        break
        finally:
            searching[0] = False  # a signal before this line raises inside the outer `try`, which catches it
    except _Timeout:
        pass
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
            signal.signal(signal.SIGVTALRM, previous)
    return time.thread_time() - start


def probe(
    compiled: re.Pattern[str],
    *,
    budget: float = BUDGET,
    limit: int = 100,
    steps: tuple[int, ...] = _STEPS,
    max_chars: int = MAX_CHARS,
    static: bool = True,
) -> Finding | None:
    r"""The first adversarial string on which finding every match of `compiled` takes over `budget` seconds.

    A pattern proven linear by `statically_linear` (every repeat bounded, few paths a start)
    is not searched at all (`static=False` probes it anyway: the probe's own tests).

    `limit` caps the number of pump families tried, and separately the number of
    alternating-character families, so that a pattern with many repeats is probed in
    bounded time (well under a second for a linear pattern) and its hundreds of pump
    families do not crowd out the alternating ones (`A.A.A.…` against `[A-Z][\w.]*`).
    Pump strings stop at `max_chars` characters.
    """
    if static and statically_linear(compiled):
        return None
    reach = attempt_reach(compiled.pattern, compiled.flags)
    if reach is not None:  # beyond REACH_FACTOR × reach the growth is linear (see `attempt_reach`): not searched
        max_chars = min(max_chars, max(REACH_FACTOR * reach, MIN_REACH_CHARS))
    tried: set[str] = set()
    for kind in _kinds(compiled.pattern, compiled.flags, steps, max_chars):
        families: set[str] = set()
        for family in kind:
            if family[-1] in families:
                continue
            families.add(family[-1])
            if len(families) > limit:
                break
            for index, text in enumerate(family):
                if text in tried:
                    continue
                tried.add(text)
                elapsed = _timed_search(compiled, text, budget, timer=_FIRST_TIMER)
                if elapsed > budget and _grows(compiled, family[:index], text, budget, first=elapsed):
                    return Finding(text, len(text), elapsed)
    return None


def _grows(compiled: re.Pattern[str], smaller: list[str], text: str, budget: float, *, first: float | None = None) -> bool:
    """Whether the time on `text` grows faster than its length: super-linear, not just slow or loaded.

    A large alternation is slow per character but linear, and a loaded machine pauses
    any search: either can push one search past the budget.  The search is timed again
    (the best of two, so that a pause does not count) and compared with the largest
    shorter pump of the same family, about a quarter as long (`_APART`): time growing with an
    exponent above `GROWTH` (linear ≈ 1, quadratic ≈ 2, exponential far more) is
    catastrophic.  Too slow on a pump with no shorter sibling (a few characters) is
    catastrophic as it is.

    `first` is the time the caller already measured on `text`; it counts as one of the
    timings, so timing again can only lower the time on `text` (the best one counts), and
    with it the exponent.  When `first` does not make the growth super-linear, the answer
    is no without searching `text` twice more, each search up to twice the budget: on a
    slow but linear pattern that was half of the probe's time.
    """
    sizes = [text]
    while True:
        shorter = [s for s in smaller if len(s) * _APART <= len(sizes[-1])]
        if not shorter:
            break
        sizes.append(max(shorter, key=len))
    if len(sizes) == 1:
        return min(_timed_search(compiled, text, budget) for _ in range(2)) > budget
    below = [min(_timed_search(compiled, size_text, budget) for _ in range(2)) for size_text in sizes[1:3]]
    # A search stopped by the timer (about twice the budget) gives only a lower bound: a
    # quadratic search cut at 0.05 s looks linear against a shorter sibling of 0.007 s.  It
    # is timed again with a timer a little past the time that growth would need to show.
    cut = first is not None and first >= 0.9 * _FIRST_TIMER * budget
    if first is not None and not cut and not _super_linear([first, *below], sizes):
        return False
    needed = below[0] * (len(sizes[0]) / len(sizes[1])) ** GROWTH
    stop = min(max(2 * budget, 1.5 * needed), 4 * budget)
    timings = [first] if first is not None and not cut else []
    for _ in range(2):  # the best of two, so that a pause of the machine does not count
        timings.append(_timed_search(compiled, text, stop, timer=1.0))
        if min(timings) <= budget or not _super_linear([min(timings), *below], sizes):
            return False  # linear, or the first search was a pause of the machine
    return True


def _super_linear(times: list[float], sizes: list[str]) -> bool:
    """Whether the time grows with the length faster than length^GROWTH between neighbouring sizes."""
    # A search cut off at the budget is only a lower bound: the two shorter pumps, when
    # the longer of them is slow enough to time (a few ms), show the growth as well.
    pairs = [(0, 1)] + ([(1, 2)] if len(times) == 3 and times[1] >= 0.002 else [])
    return any(math.log(times[i] / max(times[j], 1e-6)) / math.log(len(sizes[i]) / max(len(sizes[j]), 1)) > GROWTH for i, j in pairs)
