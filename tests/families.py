"""A parametrized test's cases run as one item, its family; a case that does not pass is still reported by its own id.

Most of the suite's items are cases of parametrized tests (8,073 of the fast loop's 10,134 at
b49e36c6, in 1,236 functions), each a few milliseconds of work, and pytest's reporting cost per
item is of the same size: under pytest-xdist every report is serialised in the worker, sent to
the controller and handled there, about 1.3 ms of CPU an item on top of the 0.5 ms that setting
up and tearing down a case costs (docs/history/test-suite.md, twenty-seventh session).  So after
collection and selection (`-k`, `-m`, `tests/slow_tests.txt`, the node ids given), the cases left
of each parametrized function become one `Family` item, which runs every case through pytest's
own protocol (`runtestprotocol`: fixtures, marks, capture, hypothesis, teardown, each case as
before) without logging it, then reports:

- each case that failed, skipped, xfailed or xpassed, with its own reports and node id, exactly
  as pytest would have (`FAILED test_x.py::test_f[case]` and its traceback; `--lf` re-runs it);
- the cases that passed as one passed report of the family (`test_x.py::test_f`).

A failure therefore names its case as before, every case still runs, and `-k` still selects by a
case's id (the selected cases form the family).  `--no-fold` runs each case as its own item, and so does `--lf`.

A function marked `@pytest.mark.unfolded` keeps its cases as items: a sweep dealt into parts so that the
pytest-xdist workers share it (`tests/test_check_speed_lean.py`, about a sixth of the suite's CPU) would be
one item again, run by one worker, if its parts were folded.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Any, Literal

import pytest
from _pytest.reports import TestReport
from _pytest.runner import runtestprotocol


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "unfolded: the cases run as items of their own (tests/families.py), for pytest-xdist to share")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--no-fold",
        action="store_true",
        help="run every case of a parametrized test as its own item (tests/families.py)",
    )


class Family(pytest.Item):
    """The selected cases of one parametrized test function, run one after another."""

    def __init__(self, *, cases: list[pytest.Function], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cases = cases
        self.own_markers = [mark for mark in cases[0].own_markers if mark.name != "parametrize"]

    def runtest(self) -> None:  # pragma: no cover - `pytest_runtest_protocol` below runs the cases
        raise NotImplementedError("a Family runs through pytest_runtest_protocol")

    def reportinfo(self) -> tuple[Any, int | None, str]:
        path, line, domain = self.cases[0].reportinfo()
        return path, line, str(domain).split("[", 1)[0]


def _key(item: pytest.Item) -> tuple[str, str] | None:
    """The family of a parametrized function's case: its parent's node id and the function's name (None if `unfolded`)."""
    if (
        isinstance(item, pytest.Function)
        and hasattr(item, "callspec")
        and item.parent is not None
        and not item.get_closest_marker("unfolded")
    ):
        return item.parent.nodeid, item.originalname
    return None


def fold(items: list[pytest.Item]) -> list[pytest.Item]:
    """`items` with the cases of each parametrized function replaced by one `Family`, at its first case's place."""
    groups: dict[tuple[str, str], list[pytest.Function]] = {}
    for item in items:
        if isinstance(item, pytest.Function) and (key := _key(item)) is not None:
            groups.setdefault(key, []).append(item)
    folded: list[pytest.Item] = []
    for item in items:
        key = _key(item)
        if key is None:
            folded.append(item)
            continue
        cases = groups.pop(key, None)
        if cases is None:  # the family is placed already, at its first case
            continue
        if len(cases) == 1:
            folded.append(cases[0])
        else:
            parent = cases[0].parent
            assert parent is not None  # `_key` gives none to an item without a parent
            folded.append(Family.from_parent(parent, name=cases[0].originalname, cases=cases))
    return folded


@pytest.hookimpl(tryfirst=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    """Fold once every selection is made (`--lf` selects in a wrapper around the other `modifyitems` hooks).

    Before an xdist worker sends its collection to the controller (its hook comes after this one).
    Not under `--lf`: its cases run as items, so that each one that passes now leaves the cache's
    list of failures (a case that passes inside a family is not logged by its own id).
    """
    if not (session.config.getoption("no_fold", False) or session.config.getoption("lf", False)):
        session.items[:] = fold(session.items)


@contextlib.contextmanager
def _in_place_of(family: Family, case: pytest.Function) -> Iterator[None]:
    """The case stands in the session's items while its reports are logged.

    A pytest-xdist worker checks that a report's node id is the one of the item it runs (by its
    index in `session.items`); the controller passes reports on by node id, whatever the collection.
    """
    items = family.session.items
    index = next((i for i, item in enumerate(items) if item is family), None)
    if index is not None:
        items[index] = case
    try:
        yield
    finally:
        if index is not None:
            items[index] = family


def _plain_pass(reports: list[TestReport]) -> bool:
    return all(report.passed and not hasattr(report, "wasxfail") for report in reports)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> bool | None:
    """Run a family's cases; log the cases that did not plainly pass one by one, the rest as the family."""
    if not isinstance(item, Family):
        return None
    after = nextitem.cases[0] if isinstance(nextitem, Family) else nextitem
    passed: list[TestReport] = []
    start = time.time()
    for index, case in enumerate(item.cases):
        reports = runtestprotocol(case, log=False, nextitem=item.cases[index + 1] if index + 1 < len(item.cases) else after)
        if _plain_pass(reports):
            passed += reports
            continue
        with _in_place_of(item, case):
            case.ihook.pytest_runtest_logstart(nodeid=case.nodeid, location=case.location)
            for report in reports:
                case.ihook.pytest_runtest_logreport(report=report)
            case.ihook.pytest_runtest_logfinish(nodeid=case.nodeid, location=case.location)
        if item.session.shouldfail or item.session.shouldstop:  # `-x`, `--maxfail`: stop as pytest would
            break
    if passed:
        item.ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
        keywords: dict[str, Literal[1]] = dict.fromkeys(item.keywords, 1)
        stop = time.time()
        for when in ("setup", "call", "teardown"):
            duration = sum(report.duration for report in passed if report.when == when)
            report = TestReport(item.nodeid, item.location, keywords, "passed", None, when, duration=duration, start=start, stop=stop)
            item.ihook.pytest_runtest_logreport(report=report)
        item.ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True
