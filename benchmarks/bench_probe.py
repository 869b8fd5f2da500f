"""Benchmark the regex backtracking probe of the test suite (issue #13): CPU per pattern.

Run:  .venv/bin/python benchmarks/bench_probe.py [--top N] [--only SUBSTRING]

Probes every distinct pattern that `tests/test_hostile_regex.py` (the package's patterns)
and `tests/test_profiles_classes.py` (profile patterns that can meet a long text) collect,
with `tests/helpers.py` `probe_pattern`, as the slow tests do; prints the CPU seconds
(this thread's, so other processes' load inflates them less than the wall time), the
patterns found catastrophic, and the most expensive patterns.  No timing is asserted in
the test suite; this script is the measurement.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=12, help="how many of the most expensive patterns to list")
    parser.add_argument("--only", default="", help="probe only the patterns whose label contains this")
    args = parser.parse_args()

    import test_hostile_regex
    import test_profiles_classes
    from helpers import probe_pattern

    labelled = [(where, re.compile(pattern, flags)) for (pattern, flags), where in test_hostile_regex.all_patterns()]
    labelled += list(test_profiles_classes.profile_patterns())
    seen: set[tuple[str, int]] = set()
    costs: list[tuple[float, str]] = []
    for label, compiled in labelled:
        if args.only not in label or (compiled.pattern, compiled.flags) in seen:
            continue
        seen.add((compiled.pattern, compiled.flags))
        start = time.thread_time()
        slow = probe_pattern(compiled)
        costs.append((time.thread_time() - start, label))
        if slow is not None:
            print(f"catastrophic: {label}: {slow.describe()}", flush=True)
    print(f"{len(costs)} patterns, {sum(cost for cost, _ in costs):.1f} s of CPU")
    for cost, label in sorted(costs, reverse=True)[: args.top]:
        print(f"{cost:7.2f} s  {label}")


if __name__ == "__main__":
    main()
