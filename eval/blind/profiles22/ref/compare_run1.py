#!/usr/bin/env python3
"""Score ref/run1/*.json (the first run's --explain-coverage output) against holdout/ or corrected/, item by item.

    python3 ref/compare_run1.py [holdout|corrected]

Prints per-profile agreement (verdict, citation) so the scorer's own run (without --explain-coverage) can be checked
against the saved first run.
"""
import json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
which = sys.argv[1] if len(sys.argv) > 1 else "holdout"
tot = {}
for fn in sorted(os.listdir(os.path.join(HERE, "holdout"))):
    name = fn[:-5]
    p = os.path.join(HERE, which, fn)
    ann = json.load(open(p if os.path.exists(p) else os.path.join(HERE, "holdout", fn), encoding="utf-8"))
    run = json.load(open(os.path.join(HERE, "ref", "run1", fn), encoding="utf-8"))
    tool = {}
    for cov in run["files"][0]["coverage"]:
        for it in cov["items"]:
            ev = it.get("evidence") or {}
            tool[it["item"]] = (it["status"], ev.get("line"))
    for k, v in ann["verdicts"].items():
        if v == "?":
            continue
        prof = k.split("/")[0]
        st, line = tool[k]
        mine = "covered" if isinstance(v, list) else ("not-applicable" if v == "n/a" else "missing")
        va = st == mine
        ca = va and (mine != "covered" or line in v)
        t = tot.setdefault(prof, [0, 0, 0])
        t[0] += 1; t[1] += va; t[2] += ca
all_ = [sum(t[i] for t in tot.values()) for i in range(3)]
for p, t in sorted(tot.items()) + [("all", all_)]:
    print(f"{p:12} {t[0]:4}  verdict {t[1]}/{t[0]} ({100*t[1]/t[0]:.1f}%)  citation {t[2]}/{t[0]} ({100*t[2]/t[0]:.1f}%)")
