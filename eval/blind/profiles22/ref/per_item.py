#!/usr/bin/env python3
"""per_item.py [run-dir] [holdout|corrected]: per-item agreement of a saved run (ref/run1 by default) with the annotations,
and each disagreement's class (FALSE-MISSING, FALSE-COVERED, WRONG-LINE, APPLIES, NA)."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
run = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "ref", "run1")
which = sys.argv[2] if len(sys.argv) > 2 else "holdout"
per = collections.defaultdict(lambda: [0, 0, collections.Counter()])
for fn in sorted(os.listdir(os.path.join(HERE, "holdout"))):
    p = os.path.join(HERE, which, fn)
    ann = json.load(open(p if os.path.exists(p) else os.path.join(HERE, "holdout", fn), encoding="utf-8"))
    res = json.load(open(os.path.join(run, fn), encoding="utf-8"))
    tool = {it["item"]: (it["status"], (it.get("evidence") or {}).get("line")) for c in res["files"][0]["coverage"] for it in c["items"]}
    for k, v in ann["verdicts"].items():
        if v == "?":
            continue
        st, line = tool[k]
        mine = "covered" if isinstance(v, list) else ("not-applicable" if v == "n/a" else "missing")
        t = per[k]
        t[0] += 1
        if st == mine and (mine != "covered" or line in v):
            t[1] += 1
        elif st == mine:
            t[2]["WRONG-LINE"] += 1
        elif mine == "covered":
            t[2]["FALSE-MISSING"] += 1
        elif mine == "missing" and st == "covered":
            t[2]["FALSE-COVERED"] += 1
        elif mine == "not-applicable":
            t[2]["APPLIES"] += 1
        else:
            t[2]["NA"] += 1
for k, (n, ok, c) in sorted(per.items()):
    if ok < n:
        print(f"{k:40} {ok}/{n}  " + ", ".join(f"{x} {y}" for x, y in sorted(c.items())))
