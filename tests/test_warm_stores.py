"""`tests/warm_stores.py`, which `.ci/run` runs before the test run: it leaves every pattern a run starts with compiled in the stores."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from policylens import lazyre, profiles

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow  # a process that checks a sample of the corpus with every profile (about 2 s of CPU on warm stores)
def test_the_warm_up_leaves_every_package_and_profile_pattern_stored() -> None:
    """A process running the warm-up as `.ci/run` does exits 0 (the package's and the profiles' names it uses still exist),
    and the stores on disk (where this run's processes read them: the environment's bytecode prefix) then hold the compiled
    code of every module-level `lazy()` pattern of the package and of every pattern of the built-in profiles (and, by
    count, the profiles' required literals).  On stores that earlier processes filled this cannot tell what the warm-up
    added itself; how much it saves a test process was measured (docs/history/test-suite.md, fifty-sixth session)."""
    from warm_stores import lazy_patterns

    done = subprocess.run([sys.executable, str(ROOT / "tests" / "warm_stores.py")], capture_output=True, text=True, env=os.environ.copy())
    assert done.returncode == 0, done.stderr
    counts = dict(zip(done.stdout.split()[::2], map(int, done.stdout.split()[1::2]), strict=True))
    assert counts["lazyre"] > 700 and counts["profiles"] > 1000 and counts["literals"] > 1000, counts
    package = lazyre.Store().load()  # read from the file now (a new store object: nothing of this process's)
    assert {(p.pattern, int(p.flags)) for p in lazy_patterns() if p.store is None} <= set(package)
    stored = lazyre.Store("profiles").load()
    assert {(text, int(re.I)) for text in profiles._builtin_patterns()} <= set(stored)
