"""`--jobs N` never starts more worker processes than there are pieces of work, nor more than
`executor.MAX_JOBS`: `--jobs 99999999999999999999` crashed the pool with an OverflowError, and
`--jobs 999` on 120 files started about 900 processes."""

from __future__ import annotations

from policylens import executor
from policylens.check.pool import pool_jobs


def _square(n: int) -> int:
    return n * n


def test_check_asks_for_no_more_workers_than_files() -> None:
    assert pool_jobs(999, 120) == 120
    assert pool_jobs(10**20, 40) == 40
    assert pool_jobs(4, 40) == 4
    assert pool_jobs(10**20, 10**6) == executor.MAX_JOBS


def test_a_huge_job_count_runs_with_as_many_processes_as_chunks() -> None:
    assert list(executor.run(_square, [1, 2, 3], jobs=10**20)) == [1, 4, 9]
