"""The worker pool sends findings as plain tuples (issue #11, sixth round): what arrives equals what was checked."""

from __future__ import annotations

import pickle
from pathlib import Path

from policylens.check import check_file_safely
from policylens.check.options import CheckOptions
from policylens.check.pool import _received, _worker
from policylens.model import Finding

SEED = Path(__file__).resolve().parent.parent / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


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
