"""Benchmark `policylens compare` (issue #10): throughput, scaling with --jobs, bounded memory, projection.

Run:  .venv/bin/python benchmarks/bench_compare.py [--files 1000] [--big 4000] [--runs 1]

Builds a folder of generated policy files, products × editions × versions, from the seed and
the parallel editions in corpora/ (Mozilla Firefox, Pocket, Tattoo): each product takes one
source, its zh-Hant text, zh-Hans (OpenCC tw2sp), zh-HK (OpenCC t2hk), zh-TW and en editions,
and four dated versions with deterministic edits (numbers changed, a paragraph dropped or
repeated).  Then, as whole processes (`compare DIR --format json > /dev/null`):
  * files/s with --jobs 1 and --jobs 2, and their ratio (goal ≥ 1.7× on 2 cores);
  * peak RSS with --jobs 1 for the 1,000-file and the 4,000-file folders (goal: < 10% apart);
  * the per-core throughput, and the projected time for 1.07 million policies on 64 cores
    (goal < 10 minutes), assuming the per-core rate holds on a cluster.
The machine may be shared: wall-clock ratios then measure the other tenants too, so the
script also prints CPU times (workers included) and the ratio and rates derived from them.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
BIN = Path(sys.executable).parent / "policylens"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
SOURCES = [
    (CORPORA / "smartmi" / "zh-Hant.2021-03-30.txt", ROOT / "tests" / "data" / "compare" / "en.2021-03-30.md"),
    (CORPORA / "mozilla-firefox-privacy" / "zh-Hant.2022-03-10.md", CORPORA / "mozilla-firefox-privacy" / "en.2022-03-10.md"),
    (CORPORA / "mozilla-pocket-privacy" / "zh-Hant.2024-04-03.md", CORPORA / "mozilla-pocket-privacy" / "en.2024-04-03.md"),
    (CORPORA / "tattoo-ntut-privacy" / "zh-Hant.2026-03-06.md", CORPORA / "tattoo-ntut-privacy" / "en.2026-03-06.md"),
]
DATES = ("2021-01-15", "2022-03-30", "2023-06-01", "2024-09-10")
PROJECTED_POLICIES = 1_070_000
CORES = 64


def _edit(text: str, rng: random.Random) -> str:
    """A new version: a number changed, a paragraph dropped or repeated."""
    parts = text.split("\n\n")
    if len(parts) > 4:
        j = rng.randrange(1, len(parts))
        if rng.random() < 0.5:
            del parts[j]
        else:
            parts.insert(j, parts[rng.randrange(1, len(parts))])
    text = "\n\n".join(parts)
    for old, new in (("45", "30"), ("12", "24"), ("18", "16")):
        if rng.random() < 0.3:
            text = text.replace(old, new, 1)
    return text


def build_folder(folder: Path, files: int) -> int:
    """Write `files` policy files (5 editions × 4 versions per product); return the total size in bytes."""
    import opencc

    to_hans, to_hk = opencc.OpenCC("tw2sp"), opencc.OpenCC("t2hk")
    texts = []
    for hant, en in SOURCES:
        tw = hant.read_text(encoding="utf-8")
        texts.append(
            {"zh-Hant": tw, "zh-Hans": to_hans.convert(tw), "zh-HK": to_hk.convert(tw), "zh-TW": tw, "en": en.read_text(encoding="utf-8")}
        )
    rng = random.Random(20210330)
    per_product = 5 * len(DATES)
    total = 0
    for p in range(max(1, files // per_product)):
        source = texts[p % len(texts)]
        product = folder / f"product-{p:04d}"
        product.mkdir()
        for edition, text in source.items():
            ext = ".md" if edition != "zh-TW" else ".txt"
            for day in DATES:
                text = _edit(text, rng)
                path = product / f"{edition}.{day}{ext}"
                path.write_text(text, encoding="utf-8")
                total += path.stat().st_size
    return total


def run(folder: Path, jobs: int) -> tuple[float, float, int]:
    """Wall time, CPU time (user + system, workers included) and peak RSS (KB) of one `compare` process."""
    cmd = [str(BIN), "compare", str(folder), "--format", "json", "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def _row(measurement: str, result: str, goal: str = "") -> None:
    print(f"| {measurement} | {result} | {goal} |")


def main() -> None:
    """Build the folders, time the runs, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--big", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="policylens-bench-compare-") as tmp:
        small, big = Path(tmp) / "small", Path(tmp) / "big"
        small.mkdir()
        big.mkdir()
        size = build_folder(small, args.files)
        count = sum(1 for _ in small.rglob("*.*"))
        print(f"corpus: {count} files, {size / 1e6:.1f} MB, {count // 20} products × 5 editions × 4 versions")
        run(small, 1)  # warm-up: writes .pyc files, fills the page cache
        wall: dict[int, list[float]] = {1: [], 2: []}
        cpu: dict[int, list[float]] = {1: [], 2: []}
        rss_small = 0
        for _ in range(args.runs):
            for jobs in (1, 2):
                elapsed, used, rss = run(small, jobs)
                wall[jobs].append(elapsed)
                cpu[jobs].append(used)
                rss_small = max(rss_small, rss) if jobs == 1 else rss_small
                print(
                    f"  --jobs {jobs}: {elapsed:.1f} s wall, {used:.1f} s CPU, {count / elapsed:.1f} files/s, peak RSS {rss / 1024:.0f} MB"
                )
        one, two = statistics.median(wall[1]), statistics.median(wall[2])
        cpu_one, cpu_two = statistics.median(cpu[1]), statistics.median(cpu[2])
        build_folder(big, args.big)
        big_count = sum(1 for _ in big.rglob("*.*"))
        elapsed_big, _, rss_big = run(big, 1)
        print(
            f"  {big_count} files, --jobs 1: {elapsed_big:.1f} s, {big_count / elapsed_big:.1f} files/s, peak RSS {rss_big / 1024:.0f} MB"
        )
        # On a shared machine the wall clock also measures the other tenants; CPU time does not.
        # Files per CPU-second is the rate of one dedicated core, and 2 × cpu_one / cpu_two is the
        # --jobs 2 speed-up two idle cores would give (the extra CPU is the pool's own cost).
        per_core_wall, per_core_cpu = count / one, count / cpu_one
        print()
        _row("measurement", "result", "goal")
        print("|---|---|---|")
        _row("files/s, --jobs 1 (wall clock)", f"{count / one:.1f}")
        _row("files/s, --jobs 2 (wall clock)", f"{count / two:.1f}")
        _row("ratio --jobs 2 / --jobs 1, wall clock", f"{one / two:.2f}×", "≥ 1.7×")
        _row(f"ratio on two idle cores, from CPU time (2 × {cpu_one:.1f} s / {cpu_two:.1f} s)", f"{2 * cpu_one / cpu_two:.2f}×", "≥ 1.7×")
        growth = (rss_big - rss_small) / rss_small
        _row(
            f"peak RSS, {count} vs {big_count} files (--jobs 1)",
            f"{rss_small / 1024:.0f} MB vs {rss_big / 1024:.0f} MB ({growth:+.1%})",
            "< 10% apart",
        )
        _row("per-core throughput, wall clock / CPU time", f"{per_core_wall:.1f} / {per_core_cpu:.1f} files/s")
        for label, rate in (("wall clock", per_core_wall), ("CPU time", per_core_cpu)):
            minutes = PROJECTED_POLICIES / (rate * CORES) / 60
            _row(f"projected: {PROJECTED_POLICIES:,} policies on {CORES} cores ({label})", f"{minutes:.1f} min", "< 10 min")
        print(f"(cores here: {os.cpu_count()}; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
