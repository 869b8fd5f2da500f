"""Benchmark `policylens check` (issue #3) against autocorrect-py's `lint_for`.

Run:  .venv/bin/pip install autocorrect-py && .venv/bin/python benchmarks/bench_check.py

Builds a corpus of 200 seed-sized policies (the seed plus deterministic edited copies),
then, in the same run:
  * times `policylens check DIR --format json` as a whole process, with --jobs 1 and 2;
  * times autocorrect-py's `lint_for(text, "text")` over the same files, in-process
    (file reading included; no process start-up, which favours autocorrect);
  * prints throughput in MB/s, the ratio, and the peak RSS of the policylens processes.
Wall time and CPU time are both reported: on a shared machine other processes stretch the
wall time, while the CPU time (`getrusage` of the child processes, `time.process_time` for
autocorrect-py) stays close to the work done.
Goal: policylens at least as fast as autocorrect-py; peak memory under 300 MB.
"""

from __future__ import annotations

import argparse
import os
import random
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
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
EDITS = [("數據", "資料"), ("智米", "米家"), ("【】", "第五節"), ("30", "45"), ("隱私權政策", "隱私政策"), ("我們", "本公司")]


def build_corpus(folder: Path, count: int) -> int:
    """Write the seed and count-1 edited copies; return the total size in bytes."""
    rng = random.Random(20210330)
    seed = SEED.read_text(encoding="utf-8")
    blocks = seed.split("\n\n")
    total = 0
    for i in range(count):
        text = seed
        if i:
            for old, new in rng.sample(EDITS, k=rng.randint(1, len(EDITS))):
                text = text.replace(old, new, rng.randint(1, 5))
            parts = text.split("\n\n")
            j = rng.randrange(len(parts))
            parts.insert(j, rng.choice(blocks))
            text = "\n\n".join(parts)
        path = folder / f"policy-{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        total += path.stat().st_size
    return total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    """The 1, 5 and 15 minute load averages, as `uptime` prints them."""
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not available
        return "unknown"


def time_process(cmd: list[str], runs: int) -> tuple[float, float, int, float]:
    """Median wall time and CPU time (all its processes) of a command, the peak RSS (KB) of any child so far, the minimum CPU time."""
    subprocess.run(cmd, stdout=subprocess.DEVNULL, env=ENV, check=False)  # warm-up, writes .pyc
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), _children_cpu()
        result = subprocess.run(cmd, stdout=subprocess.DEVNULL, env=ENV, check=False)
        times.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - start_cpu)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed with exit code {result.returncode}")
    return statistics.median(times), statistics.median(cpu), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, min(cpu)


def time_autocorrect(files: list[Path], runs: int) -> tuple[float, float]:
    """Median wall time and CPU time of lint_for over all files, in-process (the first pass is a warm-up)."""
    import autocorrect_py

    times, cpu = [], []
    for _ in range(runs + 1):
        start, start_cpu = time.perf_counter(), time.process_time()
        for path in files:
            autocorrect_py.lint_for(path.read_text(encoding="utf-8"), "text")
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times[1:]), statistics.median(cpu[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = build_corpus(folder, args.files)
        mb = size / 1e6
        print(f"corpus: {args.files} files, {mb:.2f} MB (seed + edited copies)")
        print(f"load average before: {_load()}  (2 cores: above ~1 the wall times are stretched; compare CPU times)")
        results, cpus = {}, {}
        for jobs in (1, 2):
            cmd = [str(BIN), "check", str(folder), "--format", "json", "--jobs", str(jobs), "--no-config"]
            seconds, cpu, rss, least = time_process(cmd, args.runs)
            results[jobs], cpus[jobs] = seconds, cpu
            print(
                f"policylens check --jobs {jobs}: {seconds:6.2f} s  {mb / seconds:6.2f} MB/s  CPU {cpu:6.2f} s (min {least:.2f})"
                f"  peak RSS {rss / 1024:.0f} MB"
            )
        try:
            auto, auto_cpu = time_autocorrect(sorted(folder.glob("*.txt")), args.runs)
        except ImportError:
            print("autocorrect-py is not installed: pip install autocorrect-py")
            return
        print(f"autocorrect-py lint_for:     {auto:6.2f} s  {mb / auto:6.2f} MB/s  CPU {auto_cpu:6.2f} s  (in-process)")
        best = min(results.values())
        print(f"ratio policylens/autocorrect throughput: {auto / best:.2f}x   goal >= 1.0   {'OK' if auto / best >= 1 else 'UNDER'}")
        print(f"ratio by CPU time, --jobs 1 (one core each): {auto_cpu / cpus[1]:.2f}x")
        print(f"load average after: {_load()}")
    real_corpus(args.runs)


def real_corpus(runs: int) -> None:
    """A second view: the 49 distinct real policies in corpora/ (no near-duplicates to share caches)."""
    from policylens.check.discovery import discover

    files = [Path(f) for f in discover([str(ROOT / "corpora")])]
    mb = sum(f.stat().st_size for f in files) / 1e6
    cmd = [str(BIN), "check", str(ROOT / "corpora"), "--format", "json", "--no-config"]
    seconds, _, _, _ = time_process(cmd, runs)
    auto, _ = time_autocorrect(files, runs)
    print(
        f"real corpus: {len(files)} files, {mb:.2f} MB: policylens check (auto --jobs) {seconds:.2f} s {mb / seconds:.2f} MB/s, "
        f"autocorrect-py {auto:.2f} s {mb / auto:.2f} MB/s, ratio {auto / seconds:.2f}x"
    )


if __name__ == "__main__":
    main()
