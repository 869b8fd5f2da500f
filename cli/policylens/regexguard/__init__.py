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
from typing import Any, NamedTuple

try:  # Python ≥ 3.11 (the parser's names, which tests read here)
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]  # noqa: F401
    import sre_parse as _sre_parse  # type: ignore[no-redef]  # noqa: F401

from policylens.regexguard.pumps import (
    _CATEGORY_SOURCE as _CATEGORY_SOURCE,
)
from policylens.regexguard.pumps import (
    _STEPS as _STEPS,
)
from policylens.regexguard.pumps import (
    MAX_CHARS as MAX_CHARS,
)
from policylens.regexguard.pumps import (
    _alternating_families as _alternating_families,
)
from policylens.regexguard.pumps import (
    _kinds,
)
from policylens.regexguard.pumps import (
    _pump_families as _pump_families,
)
from policylens.regexguard.pumps import (
    samples as samples,
)
from policylens.regexguard.static import (
    _MEMBERS as _MEMBERS,
)
from policylens.regexguard.static import (
    MIN_REACH_CHARS as MIN_REACH_CHARS,
)
from policylens.regexguard.static import (
    REACH_FACTOR as REACH_FACTOR,
)
from policylens.regexguard.static import (
    STATIC_STEPS as STATIC_STEPS,
)
from policylens.regexguard.static import (
    _guarded_run as _guarded_run,
)
from policylens.regexguard.static import (
    _prefix_chain as _prefix_chain,
)
from policylens.regexguard.static import (
    attempt_reach as attempt_reach,
)
from policylens.regexguard.static import (
    attempt_steps as attempt_steps,
)
from policylens.regexguard.static import (
    statically_linear as statically_linear,
)

GROWTH = 1.5  # time ∝ length^GROWTH or faster is super-linear (see `_grows`)
BUDGET = 0.25  # seconds for all matches in one pump string; linear patterns need < 10 ms on 32k characters
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
    if first is not None and not cut and not _super_linear([first, *below], sizes, cut=False):
        return False
    needed = below[0] * (len(sizes[0]) / len(sizes[1])) ** GROWTH
    stop = min(max(2 * budget, 1.5 * needed), 4 * budget)
    timings = [first] if first is not None and not cut else []
    for _ in range(2):  # the best of two, so that a pause of the machine does not count
        timings.append(_timed_search(compiled, text, stop, timer=1.0))
        best = min(timings)
        if best <= budget or not _super_linear([best, *below], sizes, cut=best >= 0.9 * stop):
            return False  # linear, or the first search was a pause of the machine
    return True


def _super_linear(times: list[float], sizes: list[str], *, cut: bool) -> bool:
    """Whether the time grows with the length faster than length^GROWTH between neighbouring sizes.

    `cut`: whether `times[0]` is a search cut off by its timer, only a lower bound; then the two shorter pumps, when the
    longer of them is slow enough to time (a few ms), show the growth as well.  A search timed to its end is the growth
    at the largest sizes, and the two shorter pumps alone would read a bounded window's start-up as catastrophic: a
    repeat of at most N characters is quadratic on pumps shorter than N (each start reads to the end) and linear past
    it (u58w: us-ccpa/sold-or-shared.cover[4]'s `{0,200}?` window, 0.25, 2.5 and 11.5 ms on 128, 512 and 2,048
    characters, was found on the 128→512 pair whenever 512 characters took 2 ms or more).
    """
    pairs = [(0, 1)] + ([(1, 2)] if cut and len(times) == 3 and times[1] >= 0.002 else [])
    return any(math.log(times[i] / max(times[j], 1e-6)) / math.log(len(sizes[i]) / max(len(sizes[j]), 1)) > GROWTH for i, j in pairs)
