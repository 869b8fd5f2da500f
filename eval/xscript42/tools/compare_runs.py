"""Compare two runs of measure.py (A then B): per pair, the counts that moved and the change entries only one run has
(u42d3).  Usage: python3 eval/xscript42/tools/compare_runs.py A.jsonl B.jsonl"""

import json
import sys

KEYS = ("exit", "changes", "reworded", "variants", "noise", "renamed")


def load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {r["pair"]: r for r in map(json.loads, f)}


def show(e: dict) -> str:
    kind = "≃" if e["reworded"] else "~"
    return f"{kind} [{e['section']}] " + " ".join(f"{o[0]}:{t}" for o, t in e["pieces"])


a, b = load(sys.argv[1]), load(sys.argv[2])
totals = {k: [0, 0] for k in KEYS}
moved = 0
for pair in sorted(a.keys() | b.keys()):
    x, y = a.get(pair, {}), b.get(pair, {})
    for k in KEYS:
        totals[k][0] += x.get(k, 0)
        totals[k][1] += y.get(k, 0)
    if {k: x.get(k) for k in (*KEYS, "statuses", "title", "entries")} == {k: y.get(k) for k in (*KEYS, "statuses", "title", "entries")}:
        continue
    moved += 1
    print(pair, "  ".join(f"{k} {x.get(k)}→{y.get(k)}" for k in KEYS if x.get(k) != y.get(k)))
    if x.get("title") != y.get("title"):
        print("   title", x.get("title"), "→", y.get("title"))
    xs = [show(e) for e in x.get("entries", [])]
    ys = [show(e) for e in y.get("entries", [])]
    for e in xs:
        if e not in ys:
            print("   - " + e)
    for e in ys:
        if e not in xs:
            print("   + " + e)
print(f"{len(a.keys() | b.keys())} pairs, {moved} moved;", "  ".join(f"{k} {v[0]}→{v[1]}" for k, v in totals.items()))
