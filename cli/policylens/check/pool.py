"""The worker pool of `check`: files spread over worker processes, reports back in input order."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from policylens.check.options import CheckOptions
from policylens.config import ConfigCache
from policylens.model import FileReport, Finding
from policylens.rules.scan_memo import ScanMemo

# Below this many files per worker a pool costs more than it saves: each worker pays
# ~30 ms to import and compile before its first file, which then takes ~3 ms.
FILES_PER_WORKER = 16

_WORKER_CACHE = ConfigCache()
# The scans' memo (`rules/scan_memo.py`): each worker starts with a copy of what the parent's first file filled in.
_WORKER_MEMO: ScanMemo | None = None


def _worker_init() -> None:
    """Each worker starts with its own empty configuration cache."""
    global _WORKER_CACHE
    _WORKER_CACHE = ConfigCache()


def _worker(args: tuple[str, CheckOptions]) -> FileReport:
    """One file in a worker process, with the worker's configuration cache; its findings travel as plain tuples."""
    from policylens.check import check_file_safely

    report = check_file_safely(*args, cache=_WORKER_CACHE, memo=_WORKER_MEMO)
    if not report.findings:
        return report
    plain: Any = tuple(map(tuple, report.findings))  # made `Finding`s again by `_received`
    return report._replace(findings=plain)


_new_tuple = tuple.__new__


def _received(report: FileReport) -> FileReport:
    """A worker's report with its findings made `Finding`s again (equal to the ones the worker made).

    A `Finding` pickles as its class and fields, and unpickling it calls the NamedTuple's
    Python-level `__new__`: plain tuples halve the pickling on both sides (15,576 findings
    of the 200-file benchmark: about 25 ms of CPU, much of it in the parent beside the workers).
    """
    if not report.findings:
        return report
    return report._replace(findings=tuple([_new_tuple(Finding, f) for f in report.findings]))


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported by the worker


def pool_jobs(requested: int, files: int) -> int:
    """The number of workers: `requested`, or for 0 one per CPU, as many as there are files to keep busy."""
    from policylens import executor

    if requested == 0:
        return max(1, min(executor.default_jobs(), files // FILES_PER_WORKER))
    return max(1, min(requested, files, executor.MAX_JOBS))


def check_in_pool(
    files: list[str],
    options: CheckOptions,
    *,
    jobs: int,
    progress: Callable[[int], None] | None = None,
    before_fork: Callable[[], None] | None = None,
) -> list[FileReport]:
    """Check `files` with `jobs` worker processes (the shared `policylens.executor`); reports in input order."""
    from policylens import executor
    from policylens.check import check_file_safely

    # Largest files first, in small chunks, so that no worker is left with a long tail;
    # the reports are put back in input order.
    order = sorted(range(len(files)), key=lambda i: -_size(files[i]))
    # The smallest file is checked here, before the workers are forked: the patterns,
    # tables and automata it builds on first use are then inherited by every worker
    # instead of being built again in each (~40 ms of CPU per worker).
    global _WORKER_MEMO
    first = order.pop()
    _WORKER_MEMO = ScanMemo()  # inherited by the workers, each then filling its own
    warm = check_file_safely(files[first], options, ConfigCache(), _WORKER_MEMO)
    if progress is not None:
        progress(1)
    if before_fork is not None:
        before_fork()  # e.g. freeze the collector, so that the workers leave the warmed-up objects' pages alone
    chunk = max(1, min(16, len(order) // (jobs * 24)))
    try:
        # Consumed here: `executor.run` is a generator, and its workers are forked at its first chunk.  Left for the
        # caller, they were forked after `finally` had dropped the memo, and every worker checked without one (279b97de
        # to session 38: `--jobs 2` took twice the CPU of `--jobs 1` on the benchmark's 200 files).
        done = [
            _received(report)
            for report in executor.run(
                _worker, [(files[i], options) for i in order], jobs=jobs, chunk=chunk, initializer=_worker_init, progress=progress
            )
        ]
    finally:
        # the workers have their copies: the parent's goes now, not when a later run replaces it (a caller's
        # freeze of the collector between two runs would see a frozen object die in the second, `tests/test_check_cli.py`)
        _WORKER_MEMO = None
    by_index = dict(zip(order, done, strict=True))
    by_index[first] = warm
    return [by_index[i] for i in range(len(files))]
