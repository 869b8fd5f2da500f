"""Crafted inputs of the test suite, timed: what the tests used to assert, measured here instead.

Run:  .venv/bin/python benchmarks/bench_linear.py [--runs 3] [TEST_FILE ...]

The suite holds about forty tests of inputs that once took minutes (thousands of marks on one line, a stem repeated
for 5 KB, 30,000 nested DOCX elements…).  They assert what the code returns; the CPU time of each crafted input is
written down by `tests/timings.py` when `POLICYLENS_TIMINGS` names a file, never asserted (a 0.5 s bound failed CI at
0.512 s on a loaded machine, forty-fourth session).  This script runs those tests with that variable set, `--runs`
times, and prints the least CPU time of each input against the budget its test names (ratio = time / budget; the
budget is the bound the test used to assert), next to a baseline measured in the same run: the CPU time of parsing the
seed policy in-process, so that a ratio to it survives a busy machine better than a raw time.

A case over its budget is marked OVER; the script exits 1 if any is.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


def timed_test_files() -> list[Path]:
    """Every test module that writes a time down (imports `timings`)."""
    return sorted(path for path in (ROOT / "tests").glob("test_*.py") if "from timings import" in path.read_text(encoding="utf-8"))


def run_tests(files: list[Path], target: Path) -> int:
    """Run the tests once with POLICYLENS_TIMINGS set; pytest's exit code."""
    env = dict(os.environ, POLICYLENS_TIMINGS=str(target), PYTHONPATH=str(ROOT / "cli"))
    command = [sys.executable, "-m", "pytest", "-n", "0", "-q", "-p", "no:cacheprovider", *map(str, files)]
    return subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=False).returncode


def baseline_seconds() -> float:
    """CPU seconds of parsing the seed in a fresh interpreter, imports excluded (least of three)."""
    code = (
        "import time, sys; from policylens.load import load; from policylens.structure import build_document;"
        "build_document(load(sys.argv[1])); s = time.process_time();"
        "[build_document(load(sys.argv[1])) for _ in range(5)]; print((time.process_time() - s) / 5)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "cli"))
    runs = [
        float(subprocess.run([sys.executable, "-c", code, str(SEED)], env=env, capture_output=True, text=True, check=True).stdout)
        for _ in range(3)
    ]
    return min(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="test files (default: every one that imports `timings`)")
    parser.add_argument("--runs", type=int, default=1, help="runs of the tests; the least time of each case is kept")
    args = parser.parse_args()
    files = args.files or timed_test_files()
    seconds: dict[str, list[float]] = defaultdict(list)
    budgets: dict[str, float] = {}
    failed = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            target = Path(folder) / f"run{run}.jsonl"
            failed |= run_tests(files, target)
            for line in target.read_text(encoding="utf-8").splitlines() if target.exists() else []:
                entry = json.loads(line)
                seconds[entry["label"]].append(entry["seconds"])
                budgets[entry["label"]] = max(budgets.get(entry["label"], 0.0), entry["budget"])
    base = baseline_seconds()
    print(f"{len(files)} test files, {len(seconds)} crafted inputs, {args.runs} run(s), {time.monotonic() - started:.0f} s")
    print(f"baseline: parse of the seed in-process {base * 1000:.1f} ms of CPU")
    over = 0
    print(f"{'CPU s':>8} {'budget':>7} {'ratio':>6} {'× base':>8}  input")
    for label in sorted(seconds, key=lambda name: -min(seconds[name]) / budgets[name]):
        best = min(seconds[label])
        ratio = best / budgets[label]
        over += ratio > 1
        print(f"{best:8.3f} {budgets[label]:7.2f} {ratio:6.2f} {best / base:8.1f}  {label}{'  OVER' if ratio > 1 else ''}")
    if failed:
        print("note: some of these tests failed (run them with pytest to see why)")
    return 1 if over or failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
