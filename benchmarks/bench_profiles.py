"""Benchmark `policylens check --profile` (issue #14) against `check` without a profile, in the same run.

Run:  .venv/bin/python benchmarks/bench_profiles.py [--runs 5] [--cold]

For a short policy (6 KB) and three long ones (zh-Hans, zh-Hant and English, 19-49 KB), times
as whole processes, bytecode and pattern stores warm (a warm-up run first):
  * `policylens check FILE --format json` without a profile (the baseline);
  * the same with `--profile cn-pipl`, and with all five built-in profiles;
and prints the CPU time of each (`getrusage` of the child processes: the wall clock of a shared
machine stretches with its load), the ratio to the baseline, and what the profiles add to it.
`--cold` also times one run with empty pattern stores (a fresh `PYTHONPYCACHEPREFIX`), as the
first `check --profile` after an installation or an upgrade runs.
Goal (issue #14, n19s): `--profile cn-pipl` on the short policy within 2x the baseline.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = [
    ROOT / "corpora" / "cyxbs-privacy" / "zh-Hans.2017-08-15-46db3fb.md",
    ROOT / "corpora" / "qiushui-game-privacy" / "zh-Hans.2023-12-04.md",
    ROOT / "corpora" / "google-privacy-cliqz" / "zh-Hant.crawl-2017-05.md",
    ROOT / "corpora" / "mozilla-firefox-privacy" / "en.2026-05-04.md",
]
PROFILES = ("cn-pipl", "cn-gbt35273", "tw-pdpa", "eu-gdpr", "us-ccpa")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not available
        return "unknown"


def cpu_of(cmd: list[str], env: dict[str, str]) -> float:
    """The CPU time (user + system, all its processes) of one run of a command."""
    start = _children_cpu()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, env=env, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {result.returncode}")
    return _children_cpu() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="also time one run with empty pattern stores")
    args = parser.parse_args()
    base = [sys.executable, "-m", "policylens", "check", "--format", "json", "--no-config"]
    variants = {
        "no profile": [],
        "cn-pipl": ["--profile", "cn-pipl"],
        "all five": [arg for name in PROFILES for arg in ("--profile", name)],
    }
    print(f"load average before: {_load()}  (2 cores: compare CPU times, not wall times)")
    for path in FILES:
        size = path.stat().st_size / 1000
        for extra in variants.values():  # warm-up: bytecode and pattern stores
            cpu_of([*base, str(path), *extra], ENV)
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.runs):  # alternated, so that a busy moment stretches every variant alike
            for name, extra in variants.items():
                times[name].append(cpu_of([*base, str(path), *extra], ENV))
        baseline = statistics.median(times["no profile"])
        print(f"{path.relative_to(ROOT)} ({size:.0f} KB)")
        for name, values in times.items():
            median = statistics.median(values)
            print(
                f"  {name:<11} CPU {median:5.2f} s (min {min(values):.2f})  {median / baseline:5.2f}x the baseline"
                f"  (+{median - baseline:.2f} s)"
            )
        if args.cold:
            with tempfile.TemporaryDirectory() as tmp:
                cold = cpu_of([*base, str(path), *variants["all five"]], {**ENV, "PYTHONPYCACHEPREFIX": tmp})
            print(f"  all five, empty stores (first run after installing): CPU {cold:.2f} s")
    print(f"load average after: {_load()}")


if __name__ == "__main__":
    main()
