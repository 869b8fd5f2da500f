#!/usr/bin/env python3
"""Findings of `check --no-config --format json --fail-on never` on round 39's documents.

    python3 tools/findings39.py WRAPPER --part dev       # every finding, one line each
    python3 tools/findings39.py WRAPPER --part holdout   # totals only (held out: no line of a finding is printed)

For each document: the number of findings, and the false errors (error-level placeholder-*/enumeration-* findings
on a line that is neither a slot nor ambiguous in its annotation.json).
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    wrapper = sys.argv[1]
    part = sys.argv[sys.argv.index("--part") + 1] if "--part" in sys.argv else "dev"
    total_false = 0
    for name in sorted(os.listdir(os.path.join(ROOT, part))):
        d = os.path.join(ROOT, part, name)
        with open(os.path.join(d, "annotation.json"), encoding="utf-8") as f:
            ann = json.load(f)
        p = subprocess.run([wrapper, "check", "--no-config", "--format", "json", "--fail-on", "never",
                            os.path.join(d, ann["file"])], capture_output=True, text=True)
        try:
            data = json.loads(p.stdout)
        except ValueError:
            print(f"{part}/{name}: no JSON (exit {p.returncode}): {p.stderr.strip()[:300]}")
            continue
        finds = [x for doc in data.get("files", []) for x in doc.get("findings", [])]
        ok = {x["line"] for x in ann["placeholders"]} | set(ann["ambiguous_placeholder_lines"])
        false = [x for x in finds if x.get("severity") == "error"
                 and x.get("rule", "").startswith(("placeholder", "enumeration"))
                 and not any(x["line"] <= g <= (x.get("end_line") or x["line"]) for g in ok)]
        total_false += len(false)
        print(f"{part}/{name}: {len(finds)} findings, {len(false)} false placeholder errors")
        if part == "holdout":
            continue
        for x in sorted(finds, key=lambda x: (x.get("line", 0), x.get("rule", ""))):
            span = f"{x.get('line')}" + (f"-{x['end_line']}" if x.get("end_line") and x["end_line"] != x.get("line") else "")
            msg = " ".join(str(x.get("message", "")).split())[:160]
            print(f"  L{span} {x.get('severity')} {x.get('rule')}: {msg}")
    print(f"false placeholder errors: {total_false}")


if __name__ == "__main__":
    main()
