"""No test passes or fails on how long something took (forty-fourth session).

CI failed on `assert slowest < 0.5` when a loaded machine measured 0.512 s of CPU: the work of a whole session did not
land.  Times of crafted inputs are written down by `tests/timings.py` and read by `benchmarks/bench_linear.py`; in the
suite a test asserts what the code returns.  This test reads every test module and fails on an `assert` that calls a
clock or compares a name that by this suite's habits holds a measured time.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
CLOCKS = {"process_time", "perf_counter", "monotonic", "time", "thread_time", "process_time_ns", "perf_counter_ns", "monotonic_ns"}
TIME_NAMES = {"elapsed", "cpu", "slowest", "t_large", "t_small", "seconds", "duration", "took"}


def _timed_asserts(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assert):
            continue
        for inner in ast.walk(node.test):
            clock = (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr in CLOCKS
                and isinstance(inner.func.value, ast.Name)
                and inner.func.value.id == "time"
            )
            measured = isinstance(inner, ast.Compare) and any(
                isinstance(side, ast.Name) and side.id in TIME_NAMES for side in (inner.left, *inner.comparators)
            )
            if clock or measured:
                lines.append(node.lineno)
                break
    return lines


def test_no_test_asserts_on_a_measured_time() -> None:
    found = {
        f"{path.name}:{line}"
        for path in sorted(TESTS.rglob("*.py"))
        for line in _timed_asserts(ast.parse(path.read_text(encoding="utf-8")))
    }
    assert not found, f"assertions on elapsed time (record them with tests/timings.py instead): {sorted(found)}"


def test_the_check_sees_the_forms_it_forbids() -> None:
    forbidden = [
        "assert time.process_time() - start < 2",
        "assert slowest < 0.5",
        "assert t_large < 8 * t_small + 0.5",
        "assert time.monotonic() < deadline",
    ]
    allowed = ["assert len(found) == 4_000", "assert start < end", "assert timed_out is False"]
    assert all(_timed_asserts(ast.parse(source)) for source in forbidden)
    assert not any(_timed_asserts(ast.parse(source)) for source in allowed)
