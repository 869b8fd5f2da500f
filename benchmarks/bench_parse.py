"""Benchmark `policylens parse` (issue #2): whole-process start-up and 1 MB throughput.

Run:  .venv/bin/python benchmarks/bench_parse.py [--runs N]

1. Times `policylens parse <seed> --format json` as a whole process and, in the same
   invocation, `python -c pass`; prints the median wall and CPU time of each and their
   ratio (goal < 10×; the CPU ratio is the steadier one on a shared machine).
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

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"
BIN = Path(sys.executable).parent / "policylens"
# Users run with bytecode caching on; a PYTHONDONTWRITEBYTECODE inherited from a CI or
# sandbox shell would make every run recompile the package and measure the wrong thing.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_time(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of `cmd` over `runs` runs (after one warm-up).

    On a shared machine other processes stretch the wall time; the CPU time stays close
    to the work done.
    """
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=ENV)  # warm-up writes .pyc files
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), _children_cpu()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=ENV)
        times.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - start_cpu)
    return statistics.median(times), statistics.median(cpu)


def modules_loaded() -> set[str]:
    """Top-level modules imported by a JSON parse run."""
    code = (
        "import sys, io, contextlib\n"
        f"sys.argv = ['policylens', 'parse', {str(SEED)!r}, '--format', 'json']\n"
        "from policylens.commands import main\n"
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

    base, base_cpu = median_time([sys.executable, "-c", "pass"], args.runs)
    parse, parse_cpu = median_time([str(BIN), "parse", str(SEED), "--format", "json"], args.runs)
    ratio = parse / base
    print(f"python -c pass                       {base * 1000:7.1f} ms (median of {args.runs}), CPU {base_cpu * 1000:6.1f} ms")
    print(f"policylens parse seed --format json  {parse * 1000:7.1f} ms (median of {args.runs}), CPU {parse_cpu * 1000:6.1f} ms")
    print(
        f"ratio                                {ratio:7.1f}x   goal < 10x   {'OK' if ratio < 10 else 'OVER'}   (by CPU time {parse_cpu / base_cpu:.1f}x)"
    )

    loaded = modules_loaded()
    for heavy in ("jieba", "rich", "opencc", "rapidfuzz"):
        print(f"imports {heavy:<10} {'YES (bad)' if heavy in loaded else 'no'}")

    seconds, size, sections = one_megabyte()
    print(
        f"1 MB parse in one process: {size / 1e6:.2f} MB, {sections} sections in {seconds:.2f} s   goal < 1 s   {'OK' if seconds < 1 else 'OVER'}"
    )


if __name__ == "__main__":
    main()
