"""Worst-case inputs for `policylens diff` (issue #12 §1): each must finish in under 5 s.

Run:  .venv/bin/python benchmarks/bench_worst_diff.py [CASE ...]

Each case writes two files, then times load + structure + diff as `policylens diff` runs
them (`commands.diff.read_pair`: two big files are loaded at once, NEW in a forked child;
`--serial` loads them one after the other in this process) and prints the wall-clock and
CPU time (this process and the child together, and this process alone: with two free
cores the wall time approaches the latter; the machine is shared: CPU time is the steadier
figure, and the load average is printed with it) and whether alignment fell back to cheap
pairing.  The garbage collector runs with the thresholds the console script sets
(`policylens/cli.py`), as in a `policylens diff` run; `POLICYLENS_GC=default` keeps
Python's own (every 700 allocations), which adds about a second to the 20,000-section cases.  The cases:

1. `markup-backtracking`: a 150-byte line `我們收集資料 <a ` followed by thirty `://`
   (the old `_MARKUP` pattern backtracked exponentially on it).
2. `redline-40k`: two 40 KB paragraphs of repetitive text with scattered edits (the
   word-level redline used a quadratic `difflib` run).
3. `paragraphs-10k`: two ~1 MB documents of 10,000 paragraphs without headings, half
   of the paragraphs edited.
4. `sections-20k`: 20,000 numbered sections a side, every third one edited.
5. `sections-10k-shuffled`: 10,000 sections whose order is reversed in the new file.
6. `one-paragraph-1mb`: a 1 MB policy on a single line (one paragraph), 50 scattered edits.
8. `sections-20k-rewritten`: 20,000 sections a side, every title and body different.
7. `rewritten-sections`: 200 sections of 5 KB a side, every title changed and every body
   rewritten, so that no section pairs before the similarity round (all pairs scored).
"""

from __future__ import annotations

import gc
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "cli"))

from policylens.cli import GC_THRESHOLDS  # noqa: E402
from policylens.commands import diff as diff_command  # noqa: E402
from policylens.diff import diff_documents  # noqa: E402

BUDGET = 5.0
WORDS = [
    "我們",
    "收集",
    "您的",
    "個人資料",
    "用於",
    "提供",
    "服務",
    "並",
    "依法",
    "保存",
    "期間",
    "第三方",
    "分享",
    "權利",
    "刪除",
    "更正",
    "查詢",
]


def _sentence(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def markup_backtracking() -> tuple[str, str]:
    line = "我們收集資料 <a " + "://" * 30
    return f"# 標題\n\n{line}\n\n其他內容。\n", f"# 標題\n\n{line}x\n\n其他內容。\n"


def redline_40k() -> tuple[str, str]:
    rng = random.Random(1)
    unit = "我們收集您的個人資料並依法保存。"
    old = unit * (40_000 // len(unit.encode()))
    chars = list(old)
    for _ in range(200):
        k = rng.randrange(len(chars))
        chars[k] = rng.choice("資料權利刪除")
    return f"# 標題\n\n{old}\n", "# 標題\n\n" + "".join(chars) + "\n"


def paragraphs_10k() -> tuple[str, str]:
    rng = random.Random(2)
    old, new = [], []
    for k in range(10_000):
        p = f"第{k}項：" + _sentence(rng, 12)
        old.append(p)
        new.append(p.replace("。", "，並通知您。") if k % 2 else p)
    return "\n\n".join(old) + "\n", "\n\n".join(new) + "\n"


def sections_20k() -> tuple[str, str]:
    rng = random.Random(3)
    old, new = [], []
    for k in range(20_000):
        body = _sentence(rng, 6)
        old.append(f"## {k + 1}. 條款{k}\n\n{body}")
        new.append(f"## {k + 1}. 條款{k}\n\n" + (body.replace("。", "及更新。") if k % 3 == 0 else body))
    return "\n\n".join(old) + "\n", "\n\n".join(new) + "\n"


def sections_10k_shuffled() -> tuple[str, str]:
    rng = random.Random(4)
    sections = [f"## 條款{k}\n\n{_sentence(rng, 6)}" for k in range(10_000)]
    return "\n\n".join(sections) + "\n", "\n\n".join(reversed(sections)) + "\n"


def one_paragraph_1mb() -> tuple[str, str]:
    rng = random.Random(5)
    sentences = [_sentence(rng, 10) for _ in range(40_000)]
    old = "".join(sentences)
    for k in rng.sample(range(len(sentences)), 50):
        sentences[k] = sentences[k].replace("。", "，並通知您。")
    return old + "\n", "".join(sentences) + "\n"


def sections_20k_rewritten() -> tuple[str, str]:
    rng = random.Random(7)
    old = [f"## 舊條款{k}\n\n{_sentence(rng, 6)}" for k in range(20_000)]
    new = [f"## 新條款{k}\n\n{_sentence(rng, 6)}" for k in range(20_000)]
    return "\n\n".join(old) + "\n", "\n\n".join(new) + "\n"


def rewritten_sections() -> tuple[str, str]:
    rng = random.Random(6)
    old, new = [], []
    for k in range(200):
        old.append(f"## 舊標題{k}\n\n" + "".join(_sentence(rng, 8) for _ in range(60)))
        new.append(f"## 新標題{k}\n\n" + "".join(_sentence(rng, 8) for _ in range(60)))
    return "\n\n".join(old) + "\n", "\n\n".join(new) + "\n"


CASES: dict[str, tuple[str, Callable[[], tuple[str, str]]]] = {
    "markup-backtracking": (".txt", markup_backtracking),
    "redline-40k": (".md", redline_40k),
    "paragraphs-10k": (".txt", paragraphs_10k),
    "sections-20k": (".md", sections_20k),
    "sections-10k-shuffled": (".md", sections_10k_shuffled),
    "one-paragraph-1mb": (".txt", one_paragraph_1mb),
    "rewritten-sections": (".md", rewritten_sections),
    "sections-20k-rewritten": (".md", sections_20k_rewritten),
}


def _cpu() -> float:
    """CPU seconds of this process and of its waited-for children (the loading child)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0] if __doc__ else None)
    parser.add_argument("cases", nargs="*", metavar="CASE", help="cases to run (default: all): " + ", ".join(CASES))
    parser.add_argument("--serial", action="store_true", help="load the two documents one after the other in this process")
    options = parser.parse_args()
    chosen = options.cases or list(CASES)
    collector = "Python's default"
    if os.environ.get("POLICYLENS_GC") != "default":
        gc.set_threshold(*GC_THRESHOLDS)  # as the console script runs `diff` (policylens/cli.py)
        collector = f"thresholds {GC_THRESHOLDS} as the console script sets them"
    if options.serial:
        diff_command.PARALLEL_BYTES = sys.maxsize
    unknown = [name for name in chosen if name not in CASES]
    if unknown:
        parser.error(f"unknown case {unknown[0]!r}; the cases are: {', '.join(CASES)}")
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in chosen:
            suffix, make = CASES[name]
            old_text, new_text = make()
            a, b = Path(tmp) / f"{name}-old{suffix}", Path(tmp) / f"{name}-new{suffix}"
            a.write_text(old_text, encoding="utf-8")
            b.write_text(new_text, encoding="utf-8")
            start, cpu_start, own_start = time.perf_counter(), _cpu(), time.process_time()
            old, new = diff_command.read_pair(str(a), str(b), max_bytes=20 * 1024**2)
            loaded, cpu_loaded = time.perf_counter(), _cpu()
            report = diff_documents(old, new)
            elapsed, cpu, own = time.perf_counter() - start, _cpu() - cpu_start, time.process_time() - own_start
            fallback = "; ".join(report.notes) or "none"
            ok = elapsed < BUDGET
            failed += not ok
            size = (len(old_text.encode()) + len(new_text.encode())) / 2 / 1e6
            print(
                f"{name:24} {size:5.2f} MB a side  load {loaded - start:6.2f} s  diff {elapsed - (loaded - start):6.2f} s"
                f"  total {elapsed:6.2f} s (CPU: load {cpu_loaded - cpu_start:5.2f} s, diff {cpu - (cpu_loaded - cpu_start):5.2f} s,"
                f" total {cpu:5.2f} s; this process {own:5.2f} s)  {'ok' if ok else 'OVER BUDGET'}  fallback: {fallback}"
            )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"budget {BUDGET:.0f} s per case; timings are noisy on a shared machine (load average {load:.1f} on {os.cpu_count()} cores)")
    print(f"garbage collector: {collector} (POLICYLENS_GC=default keeps Python's)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
