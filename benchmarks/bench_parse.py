"""Benchmark `policylens parse` (issue #2): whole-process start-up and 1 MB throughput.

Run:  .venv/bin/python benchmarks/bench_parse.py [--runs N]

1. Times `policylens parse <seed> --format json` as a whole process and, in the same
   invocation, `python -c pass` (runs alternate, so both see the same load); prints the
   median and the minimum of the wall time and of the CPU time (user + system, from
   `getrusage` of the children) of each, and their ratios (goal < 10×).  On a shared
   machine other processes stretch the wall time; the CPU time stays close to the work.
2. Checks that the parse path never imports jieba (nor rich, for JSON output).
3. Parses ~1 MB of real policy text in one process (goal < 1 s).
No timing is asserted in the test suite; this script is the measurement.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"
BIN = Path(sys.executable).parent / "policylens"
# Users run with bytecode caching on; a PYTHONDONTWRITEBYTECODE inherited from a CI or
# sandbox shell would make every run recompile the package and measure the wrong thing.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


class Timing(NamedTuple):
    """Wall and CPU seconds of every run of one command."""

    wall: list[float]
    cpu: list[float]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_commands(cmds: list[list[str]], runs: int) -> list[Timing]:
    """Wall and CPU time of each command over `runs` rounds (after one warm-up); the commands alternate."""
    for cmd in cmds:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=ENV)  # warm-up writes .pyc files
    timings = [Timing([], []) for _ in cmds]
    for _ in range(runs):
        for cmd, timing in zip(cmds, timings, strict=True):
            start, start_cpu = time.perf_counter(), _children_cpu()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=ENV)
            timing.wall.append(time.perf_counter() - start)
            timing.cpu.append(_children_cpu() - start_cpu)
    return timings


def modules_loaded() -> set[str]:
    """Top-level modules imported by a JSON parse run."""
    code = (
        "import sys, io, contextlib\n"
        f"sys.argv = ['policylens', 'parse', {str(SEED)!r}, '--format', 'json']\n"
        "from policylens.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        main()\n    except SystemExit:\n        pass\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def one_megabyte() -> tuple[float, int, int]:
    """Parse ≈1 MB of policy text in-process; return (seconds, bytes, sections)."""
    sys.path.insert(0, str(ROOT / "cli"))
    from policylens.load import load
    from policylens.structure import build_document

    texts = [p.read_text(encoding="utf-8-sig") for p in sorted((ROOT / "corpora").glob("*/zh-*.txt"))]
    texts += [SEED.read_text(encoding="utf-8")] * 4
    blob = ""
    while len(blob.encode()) < 1_000_000:
        blob += "\n\n".join(texts) + "\n\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(blob, encoding="utf-8")
        start = time.perf_counter()
        doc = build_document(load(str(path)))
        elapsed = time.perf_counter() - start
    return elapsed, len(blob.encode()), len(doc.sections)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    base, parse = time_commands([[sys.executable, "-c", "pass"], [str(BIN), "parse", str(SEED), "--format", "json"]], args.runs)
    print(f"{args.runs} runs each, ms           wall median   wall min   CPU median   CPU min")
    for name, timing in (("python -c pass", base), ("policylens parse seed --json", parse)):
        print(
            f"{name:<28} {statistics.median(timing.wall) * 1000:11.1f} {min(timing.wall) * 1000:10.1f}"
            f" {statistics.median(timing.cpu) * 1000:12.1f} {min(timing.cpu) * 1000:9.1f}"
        )
    ratios = [
        statistics.median(parse.wall) / statistics.median(base.wall),
        min(parse.wall) / min(base.wall),
        statistics.median(parse.cpu) / statistics.median(base.cpu),
        min(parse.cpu) / min(base.cpu),
    ]
    print(f"{'ratio':<28} {ratios[0]:10.1f}x {ratios[1]:9.1f}x {ratios[2]:11.1f}x {ratios[3]:8.1f}x   goal < 10x")
    print(f"verdict (median wall and median CPU): {'OK' if max(ratios[0], ratios[2]) < 10 else 'OVER'}")

    loaded = modules_loaded()
    for heavy in ("jieba", "rich", "opencc", "rapidfuzz"):
        print(f"imports {heavy:<10} {'YES (bad)' if heavy in loaded else 'no'}")

    seconds, size, sections = one_megabyte()
    print(
        f"1 MB parse in one process: {size / 1e6:.2f} MB, {sections} sections in {seconds:.2f} s   goal < 1 s   {'OK' if seconds < 1 else 'OVER'}"
    )


if __name__ == "__main__":
    main()
