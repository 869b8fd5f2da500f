"""CPU times of crafted inputs, written down for `benchmarks/bench_linear.py`, never asserted.

Many tests guard a fix that made a crafted input (thousands of marks on one line, a stem repeated for 5 KB…) go from
minutes to milliseconds.  The suite keeps each such test's correctness assertions; how long the input takes is a
measurement, not a pass or a fail, because the suite runs on shared, loaded machines: a bound of 0.5 s of CPU failed CI
at 0.512 s (forty-fourth session), and a bound wide enough never to fail on a loaded machine would not catch a slow-down
either.  A slow-down back to minutes still shows in the suite as a test that does not end.

`timed(label, budget)` measures the CPU time of its block, this process's and that of the child processes it waited
for (a `policylens` run through `subprocess`), and, when the environment variable `POLICYLENS_TIMINGS` names a file,
appends one JSON line `{"label", "seconds", "budget"}` to it.  `benchmarks/bench_linear.py` runs the tests with that
variable set and prints every time against its budget.

The rule for a crafted input's size (fifty-first session, the lead's decision; docs/history/test-suite.md): with no timed
assertion, a large input can fail its test only where the defect shows as a *wrong result or an error at that size* (a
recursion limit, a cap, a buffer or chunk boundary, a memory bound the test measures); there the suite keeps a size past
that boundary.  Where the defect shows only as *time*, the large size makes the test slower and cannot fail it: the
suite runs a size that takes the same code path (the boundary included), and the large size runs only when `recorded()`
is true, so the benchmark measures what it measured (`n = 20_000 if recorded() else 2_000`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager


def cpu() -> float:
    """User and system CPU of this process and of the children it has waited for."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


@contextmanager
def timed(label: str, budget: float) -> Iterator[None]:
    """Measure the block's CPU time and write it down for the benchmark (see the module docstring); never fails."""
    start = cpu()
    try:
        yield
    finally:
        record(label, cpu() - start, budget)


def recorded() -> bool:
    """Whether times are written down (`POLICYLENS_TIMINGS` set: `benchmarks/bench_linear.py`'s run).

    A test whose larger input only makes its time worth writing down (its assertions hold at the smaller one, and no
    assertion reads a time) runs that input when this is true: in the suite, a slow-down of it showed only as a longer
    test, never a failure (u51m, docs/history/test-suite.md).
    """
    return bool(os.environ.get("POLICYLENS_TIMINGS"))


def record(label: str, seconds: float, budget: float) -> None:
    """Append one measurement to the file `POLICYLENS_TIMINGS` names; nothing when it is unset."""
    target = os.environ.get("POLICYLENS_TIMINGS")
    if not target:
        return
    with open(target, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"label": label, "seconds": round(seconds, 4), "budget": budget}) + "\n")
