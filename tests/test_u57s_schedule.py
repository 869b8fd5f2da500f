"""The long tests are dealt to the heads of the slices pytest-xdist hands its workers, counted in the items it receives
(issue #13, fifty-seventh session, u57s).

`tests/conftest.py` orders the run in `pytest_collection_finish`, after `tests/families.py` folds each parametrized
test's cases into one item: cut on the cases, as it was, the slices no longer matched xdist's halving of the folded
items, and one worker received every long test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import conftest


def test_the_run_is_ordered_after_the_fold_and_before_xdist_sends_it(pytestconfig: pytest.Config) -> None:
    """pluggy calls `tryfirst` hooks before plain ones, and among them the later registered first: `families` (a plugin
    the conftest names) is registered after the conftest, so its fold runs first; xdist's worker sends the collection
    from a plain hook, after both."""
    impls = pytestconfig.pluginmanager.hook.pytest_collection_finish.get_hookimpls()
    called = [(Path(impl.function.__code__.co_filename).name, impl.tryfirst) for impl in reversed(impls)]
    files = [name for name, _ in called]
    assert files.index("families.py") < files.index("conftest.py"), called
    assert dict(called)["conftest.py"] and dict(called)["families.py"]
    assert all(first for _, first in called[: files.index("conftest.py") + 1])  # xdist's plain hook comes after


class _Item:
    """A stand-in for a folded item: its node id and whether it is `slow`."""

    def __init__(self, nodeid: str, slow: bool) -> None:
        self.nodeid, self._slow = nodeid, slow

    def get_closest_marker(self, name: str) -> object | None:
        return object() if name == "slow" and self._slow else None


def _xdist_slices(items: list[_Item], workers: int) -> list[list[_Item]]:
    """The contiguous slices `worksteal` first sends (`check_schedule`: `len(pending) // nodes_remaining` each)."""
    out, left = [], list(items)
    for i in range(workers):
        size = len(left) // (workers - i)
        out.append(left[:size])
        left = left[size:]
    return out


@pytest.mark.parametrize("workers", [2, 3])
def test_each_worker_s_slice_opens_with_its_share_of_the_long_tests(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", str(workers))
    long = [_Item(name, True) for name in reversed(conftest.LONG_FIRST)]
    slow = [_Item(f"tests/test_s.py::test_{i}", True) for i in range(40)]
    fast = [_Item(f"tests/test_f.py::test_{i}", False) for i in range(3_000)]
    items = [*fast[:1_000], *slow[:20], *long, *fast[1_000:], *slow[20:]]
    conftest._schedule_long_tests_first(items)  # type: ignore[arg-type]
    slices = _xdist_slices(items, workers)
    for worker, part in enumerate(slices):
        heads = conftest.LONG_FIRST[worker::workers]
        assert [item.nodeid for item in part[: len(heads)]] == list(heads)
        slow_here = sum(1 for item in part if item.get_closest_marker("slow")) - len(heads)
        assert abs(slow_here - len(slow) / workers) <= 1  # the other slow tests split evenly
