"""Precision and recall of the section changes `policylens diff` reports on annotated version pairs.

Run:  .venv/bin/python benchmarks/eval_diff_pairs.py [--pairs /work/eval/pairs] [--source DIR] [-v]

Each pair folder holds `old.*`, `new.*` and `annotation.json` (`changed`: the sections
that really changed, by old/new title, null for the text before the first heading;
`noise_only`: sections whose differences are formatting only).  A section is *reported*
when `diff` shows it: status added, removed or modified, or a flag (renamed, moved,
merged, split, text moved in or out).  A reported section matches an annotated change
when its old title (or, without one, its new title) equals the annotated one once
spaces and Markdown emphasis are removed; each annotated change is matched at most once.

`--source DIR` runs the policylens package found in DIR/cli (an older checkout, for a
before/after measurement); by default the installed one.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

_STRIP = re.compile(r"[\s*_`#]+")


def _norm(title: str | None) -> str:
    return "(preamble)" if title is None else _STRIP.sub("", title)


def _reported(section: dict[str, object]) -> bool:
    flags = ("renamed", "moved", "merged", "split")
    return (
        section["status"] != "unchanged" or any(section.get(f) for f in flags) or bool(section.get("moved_to") or section.get("moved_from"))
    )


def _key(section: dict[str, object]) -> str:
    old, new = section["old"], section["new"]
    side = old if old is not None else new
    return _norm(side["title"])  # type: ignore[index]


def measure(pair: Path, source: str | None, verbose: bool) -> tuple[int, int, int]:
    """(true positives, reported, annotated) for one pair."""
    old = next(p for p in pair.iterdir() if p.name.startswith("old."))
    new = next(p for p in pair.iterdir() if p.name.startswith("new."))
    env = dict(os.environ)
    if source:
        env["PYTHONPATH"] = str(Path(source) / "cli")
    run = subprocess.run(
        [sys.executable, "-m", "policylens", "diff", str(old), str(new), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if run.returncode not in (0, 1):
        print(f"{pair.name}: ERROR {run.stderr.strip()}")
        return 0, 0, 0
    report = json.loads(run.stdout)
    gold = json.loads((pair / "annotation.json").read_text(encoding="utf-8"))["changed"]
    wanted: dict[str, int] = {}
    for g in gold:
        key = _norm(g["old_title"] if g["old_title"] is not None else g["new_title"])
        wanted[key] = wanted.get(key, 0) + 1
    hits = 0
    reported = [s for s in report["sections"] if _reported(s)]
    for s in reported:
        key = _key(s)
        if wanted.get(key):
            wanted[key] -= 1
            hits += 1
        elif verbose:
            print(f"  FP   {pair.name}: {key} [{s['status']}]")
    if verbose:
        for key, n in wanted.items():
            for _ in range(n):
                print(f"  MISS {pair.name}: {key}")
    return hits, len(reported), len(gold)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", default="/work/eval/pairs")
    parser.add_argument("--source", default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    total = [0, 0, 0]
    for pair in sorted(Path(args.pairs).iterdir()):
        if not (pair / "annotation.json").exists():
            continue
        hits, reported, gold = measure(pair, args.source, args.verbose)
        print(f"{pair.name:28} found {hits}/{gold}  reported {reported}")
        total = [a + b for a, b in zip(total, (hits, reported, gold), strict=True)]
    hits, reported, gold = total
    print(f"precision {hits}/{reported} = {hits / max(1, reported):.2f}  recall {hits}/{gold} = {hits / max(1, gold):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
