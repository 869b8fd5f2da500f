"""Benchmark how `policylens compare` grows with one product's size (issue #12, fiftieth session, u50c).

Run:  .venv/bin/python benchmarks/bench_compare_scale.py [--only sections|shifted|editions] [--timeout 600]

Three series, each at 1×, 4× and 16× its smallest size, one `compare PRODUCT --format json -j 1` process per point
(CPU seconds, wall seconds, peak RSS from the process's own VmHWM, as `bench_worst.py` measures):
  * sections: three editions (zh-Hans, zh-Hant, en) of 125, 500 and 2,000 short numbered sections each
    (`bench_worst._three_editions`: every section's values differ between editions);
  * shifted: the same with one English section more, first, so the outlines differ and the English ↔ Chinese
    alignment runs its dynamic programme (n × m cells);
  * editions: one product of 5, 20 and 80 editions of a 50 KB policy (Mozilla Firefox's 2026-05-04 English and
    zh-Hans from corpora/, zh-Hant / zh-TW / zh-HK converted by OpenCC; 1, 4 and 16 dated versions of each of the
    five tags, each version edited from the one before as `bench_compare._edit` does).
Near-linear growth shows as a CPU ratio near 4 from one point to the next; a quadratic step as a ratio near 16.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare import _edit
from bench_worst import RUNNER, _three_editions

ROOT = Path(__file__).resolve().parent.parent
FIREFOX = ROOT / "corpora" / "mozilla-firefox-privacy"
SCALES = (1, 4, 16)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _editions(folder: Path, versions: int) -> list[str]:
    """One product of 5 × `versions` editions of a 50 KB policy; the `compare` arguments."""
    import opencc

    hans = (FIREFOX / "zh-Hans.2026-05-04.md").read_text(encoding="utf-8")
    hant = opencc.OpenCC("s2twp").convert(hans)
    texts = {"en": (FIREFOX / "en.2026-05-04.md").read_text(encoding="utf-8"), "zh-Hans": hans, "zh-Hant": hant}
    texts["zh-TW"] = hant
    texts["zh-HK"] = opencc.OpenCC("s2hk").convert(hans)
    product = folder / f"editions-{versions}" / "firefox"
    product.mkdir(parents=True)
    rng = random.Random(50)
    for tag, text in texts.items():
        for v in range(versions):
            if v:
                text = _edit(text, rng)
            (product / f"{tag}.{2000 + v}-05-04.md").write_text(text, encoding="utf-8")
    return ["compare", str(product), "--format", "json", "-j", "1"]


def _run(args: list[str], folder: Path, timeout: float) -> tuple[str, float, float, int, int]:
    """(status, wall seconds, CPU seconds, peak RSS in KB, input bytes) of one policylens process."""
    product = Path(args[1])
    size = sum(p.stat().st_size for p in product.iterdir())
    report = folder / "peak.rss"
    report.unlink(missing_ok=True)
    start, cpu_start = time.perf_counter(), _children_cpu()
    try:
        done = subprocess.run([sys.executable, "-c", RUNNER, str(report), *args], stdout=subprocess.DEVNULL, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return "TIMEOUT", time.perf_counter() - start, _children_cpu() - cpu_start, 0, size
    status = "ok" if done.returncode in (0, 1) else f"exit {done.returncode}"
    rss = int(report.read_text()) if report.exists() else 0
    return status, time.perf_counter() - start, _children_cpu() - cpu_start, rss, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("sections", "shifted", "editions"), action="append")
    parser.add_argument("--timeout", type=float, default=600.0)
    options = parser.parse_args()
    series = {
        "sections": [(f"{125 * k:,} sections × 3 editions", lambda f, n=125 * k: _three_editions(n)(f)) for k in SCALES],
        "shifted": [(f"{125 * k:,} sections × 3, English +1", lambda f, n=125 * k: _three_editions(n, shifted=True)(f)) for k in SCALES],
        "editions": [(f"{5 * k} editions of 50 KB", lambda f, v=k: _editions(f, v)) for k in SCALES],
    }
    print(
        f"| {'series':<9} | {'input':<34} | {'MB in':>6} | {'status':<7} | {'wall s':>7} | {'CPU s':>7} | {'CPU ×':>6} | {'peak MB':>7} |"
    )
    print(f"|{'-' * 11}|{'-' * 36}|{'-' * 8}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 8}|{'-' * 9}|")
    with tempfile.TemporaryDirectory(prefix="policylens-bench-compare-scale-") as tmp:
        folder = Path(tmp)
        for name, points in series.items():
            if options.only and name not in options.only:
                continue
            previous = 0.0
            for label, build in points:
                args = build(folder)
                if args[-1] != "1":
                    args += ["-j", "1"]
                status, wall, cpu, rss, size = _run(args, folder, options.timeout)
                ratio = f"{cpu / previous:.1f}" if previous else "—"
                previous = cpu
                print(
                    f"| {name:<9} | {label:<34} | {size / 1e6:>6.2f} | {status:<7} | {wall:>7.1f} | {cpu:>7.1f} | {ratio:>6} | {rss / 1024:>7.0f} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
