#!/usr/bin/env python3
"""Score policylens on eval/locale38 (message catalogues and locale modules holding privacy text).

    python3 eval/locale38/score.py WRAPPER [--set dev|holdout|all] [--verbose]

Runs `WRAPPER check --no-config --format json --fail-on never FILE` on each document and counts, per document:
slot findings (placeholder rules) on annotated slot lines (true) and elsewhere (false), and `script-mixed` findings
(all false here: every table is in its own locale's script).  `--verbose` lists findings of dev documents only;
held-out documents print totals.
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def holdout() -> set[str]:
    for line in open(os.path.join(HERE, "ref", "holdout-draw.txt"), encoding="utf-8"):
        if line.startswith("holdout:"):
            return set(eval(line.split(":", 1)[1]))  # noqa: S307 (our own list literal)
    return set()


def main() -> int:
    wrapper = sys.argv[1]
    part = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "all"
    verbose = "--verbose" in sys.argv
    held = holdout()
    totals: dict[str, dict[str, int]] = {}
    for name in sorted(os.listdir(os.path.join(HERE, "docs"))):
        which = "holdout" if name in held else "dev"
        if part != "all" and which != part:
            continue
        ann = json.load(open(os.path.join(HERE, "docs", name, "annotation.json"), encoding="utf-8"))
        path = os.path.join(HERE, "docs", name, ann["file"])
        out = subprocess.run([wrapper, "check", "--no-config", "--format", "json", "--fail-on", "never", path],
                             capture_output=True, text=True)
        findings = json.loads(out.stdout)["files"][0]["findings"]
        slots = {p["line"] for p in ann["placeholders"]}
        row = {"slot_lines": len(slots), "slot_found": 0, "slot_false": 0, "script_mixed": 0, "other": 0}
        found = set()
        for f in findings:
            if f["rule"].startswith("placeholder"):
                if f["line"] in slots:
                    found.add(f["line"])
                elif f["severity"] == "error":
                    row["slot_false"] += 1
            elif f["rule"] == "script-mixed":
                row["script_mixed"] += 1
            else:
                row["other"] += 1
            if verbose and which == "dev":
                print(f"  {name}:{f['line']} {f['severity']} {f['rule']}: {f['excerpt'][:60]}")
        row["slot_found"] = len(found)
        t = totals.setdefault(which, {k: 0 for k in row})
        for k, v in row.items():
            t[k] += v
        if which == "dev":
            print(name, which, row)
    for which, t in totals.items():
        print("TOTAL", which, t)
    return 0


if __name__ == "__main__":
    sys.exit(main())
