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


# One folder holds both kinds of skip (issue #13: one run each way instead of two), and each kind
# has its own message, so a run that fails for one of them only does not pass for both.
SKIPS = {
    "test_in_test.py": 'import pytest\n\n\ndef test_a():\n    pytest.skip("tool missing")\n',
    "test_at_collection.py": 'import pytest\n\nnope = pytest.importorskip("no_such_module_xyz")\n\n\ndef test_a():\n    pass\n',
}


def _check(folder: Path, options: tuple[str, ...] = ()) -> None:
    shutil.copy(ROOT / "tests" / "conftest.py", folder / "conftest.py")
    for name, body in SKIPS.items():
        (folder / name).write_text(body, encoding="utf-8")
    (folder / "test_b.py").write_text("def test_b():\n    pass\n", encoding="utf-8")
    # a collection error would end the run before test_in_test.py runs (CI has no such option:
    # there the collection error alone fails the run)
    options = ("--continue-on-collection-errors", *options)
    relaxed = _run(folder, no_skip=False, options=options)
    assert relaxed.returncode == 0 and "1 passed, 2 skipped" in relaxed.stdout, relaxed.stdout
    strict = _run(folder, no_skip=True, options=options)
    assert strict.returncode != 0, strict.stdout
    # in the test: the test's report fails; at collection: the module's collection report fails
    assert "skipped, but POLICYLENS_NO_SKIP=1 requires every test to run: Skipped: tool missing" in strict.stdout, strict.stdout
    assert "test_at_collection.py skipped at collection, but POLICYLENS_NO_SKIP=1 requires every test to run" in strict.stdout, (
        strict.stdout
    )


def test_a_skipped_test_fails_under_no_skip(tmp_path: Path) -> None:
    _check(tmp_path)


@pytest.mark.slow
def test_a_skipped_test_fails_under_no_skip_with_xdist_workers(tmp_path: Path) -> None:
    """The suite runs on pytest-xdist workers (`-n auto` in pyproject.toml): a skip in a worker still fails."""
    _check(tmp_path, ("-p", "xdist", "-n", "1"))  # one worker: the report crosses from it to the controller
