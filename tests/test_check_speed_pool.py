"""`check --jobs N`: the reports are those of one process.

The pool (`check/pool.py`) is speed only (issue #11): the reports, their order, the
progress count and the errors must not depend on N.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_paths
from policylens.errors import UserError

SEED = Path(__file__).resolve().parent.parent / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Files of many sizes (the pool orders them by size), an empty one and an undecodable one."""
    seed = SEED.read_text(encoding="utf-8")
    paragraphs = seed.split("\n\n")
    for k in range(37):
        (tmp_path / f"p{k:02d}.txt").write_text("\n\n".join(paragraphs[: 2 + (k * 7) % len(paragraphs)]), encoding="utf-8")
    (tmp_path / "q.md").write_text("# 隱私權政策\n\n請填寫【】。\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    return tmp_path


@pytest.mark.parametrize("jobs", [2, 3])
def test_reports_and_progress_do_not_depend_on_the_number_of_processes(folder: Path, jobs: int) -> None:
    options = CheckOptions(no_config=True)
    alone = check_paths([str(folder)], options, jobs=1)
    counted: list[int] = []
    shared = check_paths([str(folder)], options, jobs=jobs, progress=counted.append)
    assert shared == alone
    assert sum(counted) == len(alone.files) == 40
    assert any(f.error for f in shared.files) and any(f.findings for f in shared.files)


def test_an_error_that_stops_the_run_stops_it_with_workers_too(folder: Path) -> None:
    """A bad baseline raises `UserError` in whichever process meets it first; the run ends, no worker is left waiting."""
    baseline = folder / "baseline.json"
    baseline.write_text("{not json", encoding="utf-8")
    options = CheckOptions(no_config=True, baseline=baseline)
    with pytest.raises(UserError):
        check_paths([str(folder)], options, jobs=1)
    with pytest.raises(UserError):
        check_paths([str(folder)], options, jobs=2)
