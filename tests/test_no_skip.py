"""`POLICYLENS_NO_SKIP=1` (set by `.ci/run`): a test skipped in the test or at collection fails the run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def _run(folder: Path, *, no_skip: bool, options: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "POLICYLENS_NO_SKIP"} | ({"POLICYLENS_NO_SKIP": "1"} if no_skip else {})
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "cli"), str(ROOT / "tests"), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        cwd=folder,
        timeout=120,
    )


SKIPPED = pytest.mark.parametrize(
    "body",
    [
        'import pytest\n\n\ndef test_a():\n    pytest.skip("tool missing")\n',  # skipped in the test
        'import pytest\n\nnope = pytest.importorskip("no_such_module_xyz")\n\n\ndef test_a():\n    pass\n',  # at collection
    ],
    ids=["in-test", "at-collection"],
)


def _check(folder: Path, body: str, options: tuple[str, ...] = ()) -> None:
    shutil.copy(ROOT / "tests" / "conftest.py", folder / "conftest.py")
    (folder / "test_a.py").write_text(body, encoding="utf-8")
    (folder / "test_b.py").write_text("def test_b():\n    pass\n", encoding="utf-8")
    relaxed = _run(folder, no_skip=False, options=options)
    assert relaxed.returncode == 0 and "1 skipped" in relaxed.stdout, relaxed.stdout
    strict = _run(folder, no_skip=True, options=options)
    assert strict.returncode != 0, strict.stdout
    assert "POLICYLENS_NO_SKIP=1 requires every test to run" in strict.stdout


@SKIPPED
def test_a_skipped_test_fails_under_no_skip(tmp_path: Path, body: str) -> None:
    _check(tmp_path, body)


@pytest.mark.slow
@SKIPPED
def test_a_skipped_test_fails_under_no_skip_with_xdist_workers(tmp_path: Path, body: str) -> None:
    """The suite runs on pytest-xdist workers (`-n auto` in pyproject.toml): a skip in a worker still fails."""
    _check(tmp_path, body, ("-p", "xdist", "-n", "1"))  # one worker: the report crosses from it to the controller
