"""Build a copy of the package with its structure stage compiled by mypyc (issue #11; an experiment, not a build step).

Run:  .venv/bin/python benchmarks/compiled_experiment.py /tmp/compiled
then  PYTHONPATH=/tmp/compiled/cli .venv/bin/python benchmarks/bench_check.py (or any `policylens` run).

Copies `cli/` and `pyproject.toml` into the target folder and compiles there, unchanged, the modules the
forty-eighth session measured (docs/history/benchmarks.md, item 27): the whole structure package and the load
stage's line grouping, with the text helpers they call.  The `.so` files sit beside the `.py` files, which Python
imports second.  Needs mypy (the dev extra) and a C compiler; about 17 minutes at load 12.  `rules/context.py` is
left out: a compiled class has no `__dict__`, which `Context.width_folded` uses.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOSE = ["load/lines.py", "load/text.py", "load/adorned_titles.py", "joined.py", "normalise.py", "numbering.py"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path, help="an empty folder (or a missing one) for the compiled copy")
    args = parser.parse_args()
    target: Path = args.target
    shutil.copytree(ROOT / "cli", target / "cli", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")
    package = target / "cli" / "policylens"
    files = sorted(str(p.relative_to(target)) for p in (package / "structure").rglob("*.py"))
    files += [str((package / name).relative_to(target)) for name in LOOSE]
    mypyc = Path(sys.executable).parent / "mypyc"
    env = {**os.environ, "MYPYPATH": "cli"}
    return subprocess.run([str(mypyc), "--config-file", "pyproject.toml", *files], cwd=target, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
