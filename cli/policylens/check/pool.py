"""The worker pool of `check`: files spread over worker processes, reports back in input order."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from policylens.check.options import CheckOptions
from policylens.config import ConfigCache
from policylens.model import FileReport

# Below this many files per worker a pool costs more than it saves: each worker pays
# ~30 ms to import and compile before its first file, which then takes ~3 ms.
FILES_PER_WORKER = 16

_WORKER_CACHE = ConfigCache()


def _worker_init() -> None:
    """Each worker starts with its own empty configuration cache."""
    global _WORKER_CACHE
    _WORKER_CACHE = ConfigCache()


def _worker(args: tuple[str, CheckOptions]) -> FileReport:
    """One file in a worker process, with the worker's configuration cache."""
    from policylens.check import check_file_safely

    return check_file_safely(*args, cache=_WORKER_CACHE)


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
    return requested


def check_in_pool(
    files: list[str],
    options: CheckOptions,
    *,
    jobs: int,
    progress: Callable[[int], None] | None = None,
    before_fork: Callable[[], None] | None = None,
) -> list[FileReport]:
    """Check `files` in `jobs` processes: this one and `jobs - 1` forked workers; reports in input order.

    This process checks files too, one at a time from the small end of the list, while
    the workers take chunks from the large end (largest first, so that no worker is left
    with a long tail); between its files it hands the workers new chunks, at most two
    each in flight, and collects what they finished.  Compared with `jobs` workers and
    an idle parent, a run saves one process and the pickling of its share of the
    reports, and the parent no longer competes with the workers for a core (issue #11).
    Near the end the chunks shrink, so that this process waits little for the last one.
    """
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    from policylens.check import check_file_safely
    from policylens.executor import _run_chunk

    order = sorted(range(len(files)), key=lambda i: -_size(files[i]))
    # The smallest file is checked here, before the workers are forked: the patterns,
    # tables and automata it builds on first use are then inherited by every worker
    # instead of being built again in each (~40 ms of CPU per worker).
    cache = ConfigCache()
    done: dict[int, FileReport] = {}
    first = order.pop()
    done[first] = check_file_safely(files[first], options, cache)
    if progress is not None:
        progress(1)
    if before_fork is not None:
        before_fork()  # e.g. freeze the collector, so that the workers leave the warmed-up objects' pages alone
    chunk = max(1, min(16, len(order) // (jobs * 24)))
    workers = jobs - 1
    pending: deque[tuple[list[int], Any]] = deque()
    head, tail = 0, len(order)  # order[head:tail] is not handed out yet

    def collect(part: list[int], future: Any) -> None:
        for i, report in zip(part, future.result(), strict=True):
            done[i] = report
        if progress is not None:
            progress(len(part))

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    finished = False
    try:
        while head < tail or pending:
            while head < tail and len(pending) < 2 * workers:
                size = max(1, min(chunk, (tail - head) // (4 * jobs)))
                part = order[head : head + size]
                head += size
                pending.append((part, pool.submit(_run_chunk, _worker, [(files[i], options) for i in part])))
            while pending and pending[0][1].done():
                collect(*pending.popleft())
            if head < tail:
                tail -= 1
                done[order[tail]] = check_file_safely(files[order[tail]], options, cache)
                if progress is not None:
                    progress(1)
            elif pending:
                collect(*pending.popleft())
        finished = True
    finally:
        # On an error or Ctrl-C, queued chunks are dropped and the run does not wait for the ones in flight.
        pool.shutdown(wait=finished, cancel_futures=not finished)
    return [done[i] for i in range(len(files))]
