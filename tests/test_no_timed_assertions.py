"""No test passes or fails on how long something took (forty-fourth session).

CI failed on `assert slowest < 0.5` when a loaded machine measured 0.512 s of CPU: the work of a whole session did not
land.  Times of crafted inputs are written down by `tests/timings.py` and read by `benchmarks/bench_linear.py`; in the
suite a test asserts what the code returns.  This test reads every test module and fails on an `assert` that calls a
clock or compares a name that by this suite's habits holds a measured time.
"""

from __future__ import annotations

import ast
import re
import unicodedata
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


# A source can hold a forbidden assertion only if one of these names is a word of it: `time` of a clock call, or a
# measured name (an identifier is read NFKC-normalised, so the text is too).  Most test modules hold none and are not
# parsed: 157 of 692, 2.4 → 0.8 s of CPU (u51m, docs/history/test-suite.md).
_MAY_TIME = re.compile(r"\b(?:time|" + "|".join(sorted(TIME_NAMES)) + r")\b")


def _may_assert_a_time(source: str) -> bool:
    """False only when `_timed_asserts` cannot find anything in `source` (none of the names it reads is a word of it)."""
    return _MAY_TIME.search(unicodedata.normalize("NFKC", source)) is not None


def test_no_test_asserts_on_a_measured_time() -> None:
    sources = {path: path.read_text(encoding="utf-8") for path in sorted(TESTS.rglob("*.py"))}
    found = {
        f"{path.name}:{line}"
        for path, source in sources.items()
        if _may_assert_a_time(source)
        for line in _timed_asserts(ast.parse(source))
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
    assert all(_may_assert_a_time(source) for source in [*forbidden, "assert \uff54ime.monotonic() < deadline"])
    assert _timed_asserts(ast.parse("assert \uff54ime.monotonic() < deadline"))  # (a fullwidth ｔ: the name `time`)
    assert not _may_assert_a_time("assert process_time_left < 2 and runtime > 1")
    assert not any(_timed_asserts(ast.parse(source)) for source in allowed)
