"""Count what `policylens diff` reports on the zh-Hans/zh-Hant edition pairs (pairs14dev, session 14).

Run: PYTHONPATH=cli python eval/pairs14dev/measure.py [PAIR_DIR ...]
Per pair: change lines (non-variant changes), reworded lines (the added `reworded` field), sections shown
(status other than unchanged, or renamed/moved) and renames, from `diff --format json`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DEFAULT = ["eval/pairs14dev/*", "eval/pairs12dev/*", "eval/pairs/smartpreload-hans-hant"]


def measure(pair: Path) -> tuple[int, int, int, int]:
    old = next(pair.glob("old.*"))
    new = next(pair.glob("new.*"))
    run = subprocess.run(
        [sys.executable, "-m", "policylens", "diff", str(old), str(new), "--format", "json"], capture_output=True, text=True, check=False
    )
    report = json.loads(run.stdout)
    changes = reworded = shown = renamed = 0
    for section in report["sections"]:
        for change in section["changes"]:
            if change.get("variant"):
                continue
            if change.get("reworded"):
                reworded += 1
            else:
                changes += 1
        if section["status"] != "unchanged" or section.get("renamed") or section.get("moved"):
            shown += 1
        renamed += bool(section.get("renamed"))
    return changes, reworded, shown, renamed


def main() -> None:
    patterns = sys.argv[1:] or DEFAULT
    pairs = [p for pattern in patterns for p in sorted(Path().glob(pattern)) if p.is_dir()]
    print(f"{'pair':32} changes reworded shown renamed")
    for pair in pairs:
        c, r, s, n = measure(pair)
        print(f"{pair.name:32} {c:7} {r:8} {s:5} {n:7}")


if __name__ == "__main__":
    main()
