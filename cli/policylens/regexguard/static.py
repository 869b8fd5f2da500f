"""Static clearance: a pattern proven linear needs no probing.  `attempt_steps` bounds the work of one match attempt
(each node's work times the ways to arrive at it; a pattern under `STATIC_STEPS` is cleared: `statically_linear`),
`attempt_reach` the characters one attempt can read (the longest pump worth searching); an unbounded repeat is
cleared only in the shape whose whole search is linear (`_guarded_run`), with the characters a class holds
(`_members`) and whether two parts can start alike (`_disjoint`).
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python ≥ 3.11
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]


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
