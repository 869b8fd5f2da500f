#!/usr/bin/env python3
"""Every finding of `check --no-config --format json --fail-on never` on each document of round 61q, as text.

    python3 tools/findings61q.py WRAPPER [dev|holdout] > first-run-check-findings-NAME.txt

One line a finding: part/document, line(-end_line), severity, rule, message (cut at 160 characters).
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    wrapper = sys.argv[1]
    parts = sys.argv[2:] or ["dev", "holdout"]
    for part in parts:
        for name in sorted(os.listdir(os.path.join(ROOT, part))):
            d = os.path.join(ROOT, part, name)
            with open(os.path.join(d, "annotation.json"), encoding="utf-8") as f:
                ann = json.load(f)
            p = subprocess.run(
                [wrapper, "check", "--no-config", "--format", "json", "--fail-on", "never", os.path.join(d, ann["file"])],
                capture_output=True,
                text=True,
            )
            try:
                data = json.loads(p.stdout)
            except ValueError:
                print(f"{part}/{name}: no JSON (exit {p.returncode}): {p.stderr.strip()[:300]}")
                continue
            finds = [x for doc in data.get("files", []) for x in doc.get("findings", [])]
            print(f"{part}/{name}: {len(finds)} findings")
            for x in sorted(finds, key=lambda x: (x.get("line", 0), x.get("rule", ""))):
                span = f"{x.get('line')}" + (f"-{x['end_line']}" if x.get("end_line") and x["end_line"] != x.get("line") else "")
                msg = " ".join(str(x.get("message", "")).split())[:160]
                print(f"  L{span} {x.get('severity')} {x.get('rule')}: {msg}")


if __name__ == "__main__":
    main()
