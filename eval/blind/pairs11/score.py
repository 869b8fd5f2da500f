#!/usr/bin/env python3
"""Count pairs11 scores from policylens diff JSON (runs/<pair>.json), the annotations
(pairs/<pair>/annotation.json) and the hand judgments (judgments.json).  Stdlib only.

Matching of reported changes to annotated ones was done by hand (judgments.json): one
annotated edit is often shown as several entries (a delete + an insert, one entry per added
list item) and one entry can cover two annotated edits. The script checks that every reported
change has a judgment and prints per pair and in total: reported, true, noise, noise share,
annotated, found, missed, recall, section-level errors.
Usage: python3 score.py [--exclude PAIR ...]"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
J = json.load(open(os.path.join(HERE, "judgments.json"), encoding="utf-8"))
excl = set(sys.argv[sys.argv.index("--exclude") + 1:]) if "--exclude" in sys.argv else set()
tot = dict(rep=0, tru=0, noi=0, ann=0, fnd=0, sec=0)
print(f"{'pair':26} {'rep':>4} {'true':>4} {'noise':>5} {'share':>6} {'ann':>4} {'found':>5} {'recall':>6} {'sect.err':>8}")
for pair in sorted(k for k in J if not k.startswith("_")):
    if pair in excl:
        continue
    run = json.load(open(os.path.join(HERE, "runs", pair + ".json"), encoding="utf-8"))
    ann = json.load(open(os.path.join(HERE, "pairs", pair, "annotation.json"), encoding="utf-8"))
    reported = [c for s in run["sections"] for c in s["changes"]]
    j = J[pair]["reported"]
    assert len(j) == len(reported) and set(j) == {str(i) for i in range(1, len(reported) + 1)}, (pair, len(j), len(reported))
    tru = sum(1 for v in j.values() if v[0] == "true")
    noi = sum(1 for v in j.values() if v[0] == "noise")
    covered = {i for v in j.values() if v[0] == "true" for i in v[1]}
    n_ann = len(ann["changes"])
    assert all(0 <= i < n_ann for i in covered), pair
    missed = [i for i in range(n_ann) if i not in covered]
    sec = len(J[pair]["section_errors"])
    share = noi / len(reported) if reported else 0.0
    rec = (n_ann - len(missed)) / n_ann if n_ann else 1.0
    print(f"{pair:26} {len(reported):4} {tru:4} {noi:5} {share:6.1%} {n_ann:4} {n_ann - len(missed):5} {rec:6.1%} {sec:8}")
    for i in missed:
        c = ann["changes"][i]
        print(f"    missed #{i}: [{c['kind']}] {c['old_title']} :: {str(c['old_text'])[:60]!r} -> {str(c['new_text'])[:60]!r}")
    for k, v in j.items():
        if v[0] == "noise":
            print(f"    noise #{k}: {v[1]}")
    for e in J[pair]["section_errors"]:
        print(f"    section error: {e}")
    for key, val in (("rep", len(reported)), ("tru", tru), ("noi", noi), ("ann", n_ann), ("fnd", n_ann - len(missed)), ("sec", sec)):
        tot[key] += val
print(f"{'TOTAL':26} {tot['rep']:4} {tot['tru']:4} {tot['noi']:5} {tot['noi'] / max(tot['rep'], 1):6.1%} {tot['ann']:4} {tot['fnd']:5} {tot['fnd'] / max(tot['ann'], 1):6.1%} {tot['sec']:8}")
