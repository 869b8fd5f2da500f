"""`tests/families.py`: a parametrized test's cases run as one item, and a case that does not pass is still reported by its own id."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

# Six cases: a failure, a skip and four passes; each case writes its id to `ran.txt` and checks
# that its `tmp_path` is its own (fixtures are set up and torn down per case, as before).  A
# module fixture counts its set-ups: once for the whole family.
FAMILY = """\
import os
from pathlib import Path

import pytest

RAN = Path(os.environ["FAMILY_RAN"])
SETUPS = []


@pytest.fixture(scope="module")
def shared():
    SETUPS.append(1)
    return len(SETUPS)


@pytest.mark.parametrize("n", range(6))
def test_case(n, tmp_path, shared):
    with RAN.open("a") as ran:
        ran.write(f"{n} {shared}\\n")
    assert not list(tmp_path.iterdir())
    (tmp_path / "mine").write_text("1")
    if n == 2:
        pytest.skip("two is skipped")
    assert n != 4, "four is planted"


@pytest.mark.parametrize("n", [1, 2, pytest.param(3, marks=pytest.mark.xfail(reason="three is expected to fail", strict=True))])
def test_other(n):
    assert n < 3


def test_plain():
    pass
"""


def _run(folder: Path, *options: str, cache: bool = False) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    ran = folder / "ran.txt"
    ran.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "POLICYLENS_NO_SKIP"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests"), env.get("PYTHONPATH", "")])
    env["FAMILY_RAN"] = str(ran)
    # the nested runs load only the plugins they name (`families` from the conftest, `-p xdist` where a worker is the
    # case): the installed ones (hypothesis, xdist, platformdirs) took 0.7 of each run's 0.9 s of CPU (issue #13)
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    command = [sys.executable, "-m", "pytest", *(() if cache else ("-p", "no:cacheprovider")), "-ra", *options, "test_family.py"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=folder, timeout=120)
    return done, ran.read_text(encoding="utf-8").split("\n")[:-1] if ran.exists() else []


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ("families",)\n', encoding="utf-8")
    (tmp_path / "test_family.py").write_text(FAMILY, encoding="utf-8")
    return tmp_path


@pytest.mark.slow  # nested pytest runs
@pytest.mark.parametrize("workers", [(), ("-p", "xdist", "-n", "1")], ids=["one-process", "xdist-worker"])
def test_a_failing_case_of_a_family_is_reported_by_its_own_id(tmp_path: Path, workers: tuple[str, ...]) -> None:
    done, ran = _run(_folder(tmp_path), *workers)
    out = done.stdout
    assert done.returncode == 1, out
    assert "FAILED test_family.py::test_case[4] - AssertionError: four is planted" in out, out
    assert "SKIPPED [1] test_family.py:" in out and "two is skipped" in out, out
    assert "XFAIL test_family.py::test_other[3] - three is expected to fail" in out, out
    # the failure, the skip and the xfail by their own ids; the passing cases as their families
    # (test_case, test_other) beside the plain test
    assert "1 failed, 3 passed, 1 skipped, 1 xfailed" in out, out
    assert ran == [f"{n} 1" for n in range(6)], ran  # every case ran, the module fixture set up once


@pytest.mark.slow  # nested pytest runs
def test_cases_stay_selectable_and_unfolded_on_request(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    done, ran = _run(folder, "-k", "test_case and (4 or 5)")
    assert "FAILED test_family.py::test_case[4]" in done.stdout and "1 failed, 1 passed, 8 deselected" in done.stdout, done.stdout
    assert ran == ["4 1", "5 1"], ran
    done, ran = _run(folder, "--no-fold")
    assert "1 failed, 7 passed, 1 skipped, 1 xfailed" in done.stdout, done.stdout
    done, ran = _run(folder, "-x")  # stops after the failing case, as without the fold
    assert "1 failed" in done.stdout and ran == [f"{n} 1" for n in range(5)], (done.stdout, ran)
    _run(folder, cache=True)
    done, ran = _run(folder, "--lf", cache=True)  # the failing case again, by its id from the cache
    assert "FAILED test_family.py::test_case[4]" in done.stdout and "1 failed, 9 deselected" in done.stdout, done.stdout
    assert ran == ["4 1"], ran


UNFOLDED = """\
import pytest


@pytest.mark.unfolded
@pytest.mark.parametrize("n", range(3))
def test_part(n):
    pass


@pytest.mark.parametrize("n", range(3))
def test_case(n):
    pass
"""


@pytest.mark.slow  # a nested pytest run
def test_the_parts_of_an_unfolded_function_stay_items(tmp_path: Path) -> None:
    """A sweep dealt into parts for the workers to share keeps them apart (`@pytest.mark.unfolded`); the rest is folded."""
    (tmp_path / "conftest.py").write_text('pytest_plugins = ("families",)\n', encoding="utf-8")
    (tmp_path / "test_family.py").write_text(UNFOLDED, encoding="utf-8")
    done, _ = _run(tmp_path, "--collect-only", "-q")
    listed = [line for line in done.stdout.split("\n") if line.startswith("test_family.py::")]
    assert listed == [*(f"test_family.py::test_part[{n}]" for n in range(3)), "test_family.py::test_case"], done.stdout
