"""Benchmark `policylens diff` (issue #4).

Run:  .venv/bin/python benchmarks/bench_diff.py

1. Times `policylens diff <seed> <edited seed> --format json` as a whole process and, in
   the same run, `python -c "import jieba; jieba.initialize()"`; prints both medians
   and their ratio.  Goal: the whole diff takes no longer than jieba's cold start.
2. Diffs two ~1 MB policies (40 renamed copies of the seed, the second one edited)
   in one process.  Goal: under 10 s, no quadratic blow-up.
"""

from __future__ import annotations

import argparse
import os
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


def edit(text: str, n: int = 0) -> str:
    """A later version: a sentence edited, a section renamed, a paragraph added, a list item removed."""
    text = text.replace("45 天", f"{30 + n % 7} 天").replace("\n保留政策\n", "\n資料保留政策\n")
    text = text.replace("\n其他\n", "\n其他\n\n我們會在您註銷帳戶後三十日內刪除您的個人資料。\n\n其他事項\n")
    return text.replace("3. 我們可能會使用網路資料", "我們可能會使用網路資料", 1)


def median_time(cmd: list[str], runs: int) -> float:
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, check=False)  # warm-up (.pyc, jieba cache)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def big_pair(folder: Path) -> tuple[Path, Path]:
    seed = SEED.read_text(encoding="utf-8")
    parts_old, parts_new = [], []
    k = 0
    while sum(len(p.encode()) for p in parts_old) < 1_000_000:
        copy = seed.replace("\n關於我們\n", f"\n關於我們（第 {k} 部）\n").replace("\n您的權利\n", f"\n您的權利（第 {k} 部）\n")
        parts_old.append(copy)
        parts_new.append(edit(copy, k) if k % 3 == 0 else copy)
        k += 1
    old, new = folder / "big-old.txt", folder / "big-new.txt"
    old.write_text("\n\n".join(parts_old), encoding="utf-8")
    new.write_text("\n\n".join(parts_new), encoding="utf-8")
    return old, new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        edited = folder / "edited.txt"
        edited.write_text(edit(SEED.read_text(encoding="utf-8")), encoding="utf-8")
        jieba_cold = median_time([sys.executable, "-c", "import jieba; jieba.initialize()"], args.runs)
        diff = median_time([str(BIN), "diff", str(SEED), str(edited), "--format", "json"], args.runs)
        print(f"python -c 'import jieba; jieba.initialize()'   {jieba_cold * 1000:7.0f} ms")
        print(f"policylens diff seed edited --format json      {diff * 1000:7.0f} ms")
        print(
            f"ratio diff / jieba cold start                  {diff / jieba_cold:7.2f}   goal <= 1.0   {'OK' if diff <= jieba_cold else 'OVER'}"
        )

        sys.path.insert(0, str(ROOT / "cli"))
        from policylens.diff import diff_documents
        from policylens.load import load
        from policylens.structure import build_document

        old, new = big_pair(folder)
        start = time.perf_counter()
        a, b = build_document(load(str(old))), build_document(load(str(new)))
        report = diff_documents(a, b)
        seconds = time.perf_counter() - start
        size = (old.stat().st_size + new.stat().st_size) / 2e6
        changed = sum(1 for s in report.sections if s.status != "unchanged" or s.renamed or s.moved)
        print(
            f"two {size:.2f} MB policies ({len(a.sections)} sections): {seconds:.2f} s, {changed} changed sections   goal < 10 s   "
            f"{'OK' if seconds < 10 else 'OVER'}"
        )


if __name__ == "__main__":
    main()
