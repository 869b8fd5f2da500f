"""`check --jobs N`: the reports are those of one process.

The pool (`check/pool.py`) is speed only (issue #11): the reports, their order, the
progress count and the errors must not depend on N.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file_safely, check_paths
from policylens.check.pool import _received, _worker
from policylens.errors import UserError
from policylens.model import Finding

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


# Findings through the pipe (sixth round): plain tuples out of the worker, `Finding`s again in the parent.
def test_a_report_through_the_pipe_is_the_report_checked(tmp_path: Path) -> None:
    options = CheckOptions(no_config=True)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    for path in (str(SEED), str(empty), str(tmp_path / "missing.txt")):
        sent = _worker((path, options))
        assert all(type(f) is tuple for f in sent.findings)
        arrived = _received(pickle.loads(pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL)))
        expected = check_file_safely(path, options)
        assert arrived == expected
        assert all(type(f) is Finding for f in arrived.findings)
        assert [f._asdict() for f in arrived.findings] == [f._asdict() for f in expected.findings]
    assert _received(_worker((str(SEED), options))).findings  # the seed has findings: the test saw some


def test_the_console_script_exits_without_teardown_but_with_its_exit_handlers(tmp_path: Path) -> None:
    """`policylens.cli` ends with `os._exit` after the exit handlers: the pattern store is still written, codes kept."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "cache")  # a fresh store: this run compiles and writes it at exit
    clean = tmp_path / "clean.txt"
    clean.write_text("Privacy\n\nWe keep your data safe.\n", encoding="utf-8")
    found = subprocess.run(
        [sys.executable, "-m", "policylens", "check", str(SEED), "--no-config"], capture_output=True, env=env, check=False
    )
    assert found.returncode == 1 and found.stdout.endswith(b"\n") and not found.stderr
    assert list((tmp_path / "cache").rglob("lazyre.*.patterns")), "the exit handler that writes the pattern store did not run"
    quiet = subprocess.run(
        [sys.executable, "-m", "policylens", "check", str(clean), "--no-config", "--format", "json"],
        capture_output=True,
        env=env,
        check=False,
    )
    assert quiet.returncode == 0 and quiet.stdout.rstrip().endswith(b"}")
    usage = subprocess.run(
        [sys.executable, "-m", "policylens", "check", str(tmp_path / "nope.txt")], capture_output=True, env=env, check=False
    )
    assert usage.returncode == 2 and usage.stderr.startswith(b"policylens: error: ")
