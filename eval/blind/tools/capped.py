#!/usr/bin/env python3
"""A round's line figure capped at 5 slot lines a document: per document min(5, gold slot lines) and min(that, found lines).

    python3 eval/blind/tools/capped.py ROUND_DIR WRAPPER [--set dev|holdout|all]

ROUND_DIR holds `dev/` and `holdout/`, one folder a document with its `annotation.json` (round33, round33b).
Prints per-document counts and the totals (no line of a miss: the held-out part is scored blind).
"""

import json
import os
import subprocess
import sys


def main():
    root, wrapper = os.path.abspath(sys.argv[1]), sys.argv[2]
    which = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "all"
    parts = ["dev", "holdout"] if which == "all" else [which]
    tot_gold = tot_found = tot_raw = tot_raw_found = 0
    for part in parts:
        for name in sorted(os.listdir(os.path.join(root, part))):
            d = os.path.join(root, part, name)
            with open(os.path.join(d, "annotation.json"), encoding="utf-8") as f:
                ann = json.load(f)
            out = subprocess.run(
                [wrapper, "check", "--no-config", "--format", "json", "--fail-on", "never", os.path.join(d, ann["file"])],
                capture_output=True,
                text=True,
            ).stdout
            finds = [x for doc in json.loads(out)["files"] for x in doc["findings"] if x["rule"].startswith("placeholder")]
            gold = sorted({p["line"] for p in ann["placeholders"]})
            hit = [g for g in gold if any(x["line"] <= g <= (x.get("end_line") or x["line"]) for x in finds)]
            cap = min(5, len(gold))
            got = min(cap, len(hit))
            tot_gold, tot_found, tot_raw, tot_raw_found = tot_gold + cap, tot_found + got, tot_raw + len(gold), tot_raw_found + len(hit)
            print(f"{part}/{name:20} slot lines {len(gold):2} found {len(hit):2}  capped {got}/{cap}")
    print(f"slot lines {tot_raw_found}/{tot_raw}; capped {tot_found}/{tot_gold}")


if __name__ == "__main__":
    main()
