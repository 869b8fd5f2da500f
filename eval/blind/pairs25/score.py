#!/usr/bin/env python3
"""Count pairs23 scores from policylens diff JSON (runs/<pair>.json), the annotations
(pairs/<pair>/annotation.json) and the hand judgments (judgments.json).  Stdlib only.

pairs20/score.py (t23b) plus: annotated changes marked `optional` (a link target not shown as text) count as
found when shown and are left out of the denominator when not. pairs20: pairs14/score.py unchanged (q20d); as pairs12/score.py (pairs11 scorer plus: `by_section` (annotated changes shown only by a section status, e.g.
a rename with no change entry) count as found; true entries shown under the wrong section are
counted apart (wrong-place); totals are printed for all pairs, same-script pairs and cross-script
pairs (the run's `cross_script` flag)).
q20d: entries marked `reworded` (fourteenth session: shown quietly with ≃, not counted in summary.changes, no exit
code) are judged like the others but counted apart (column `rew`, `rew.noise`), not as reported changes; a true
reworded entry still counts as found.
Usage: python3 score.py [--exclude PAIR ...]"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
J = json.load(open(os.path.join(HERE, "judgments.json"), encoding="utf-8"))
excl = set(sys.argv[sys.argv.index("--exclude") + 1:]) if "--exclude" in sys.argv else set()
KEYS = ("rep", "tru", "noi", "ann", "fnd", "sec", "wpl", "rew", "rwn")
tot = {g: dict.fromkeys(KEYS, 0) for g in ("all", "same-script", "cross-script")}
print(f"{'pair':26} {'rep':>4} {'true':>4} {'noise':>5} {'share':>6} {'ann':>4} {'found':>5} {'recall':>6} {'sect.err':>8} {'wr.pl':>5} {'rew':>4} {'rew.noise':>9}")
for pair in sorted(k for k in J if not k.startswith("_")):
    if pair in excl:
        continue
    run = json.load(open(os.path.join(HERE, "runs", pair + ".json"), encoding="utf-8"))
    ann = json.load(open(os.path.join(HERE, "pairs", pair, "annotation.json"), encoding="utf-8"))
    reported = [c for s in run["sections"] for c in s["changes"]]
    keys = {str(i) for i in range(1, len(reported) + 1)}
    if run.get("title_change"):
        reported.append(run["title_change"])
        keys.add("T")
    j = J[pair]["reported"]
    assert len(j) == len(reported) and set(j) == keys, (pair, len(j), len(reported))
    rw = {str(n) for n, c in enumerate(reported[: len(reported) - (1 if "T" in keys else 0)], 1) if c.get("reworded")}
    jr = {k: v for k, v in j.items() if k not in rw}
    rew = len(rw)
    rwn = sum(1 for k in rw if j[k][0] == "noise")
    tru = sum(1 for v in jr.values() if v[0] == "true")
    noi = sum(1 for v in jr.values() if v[0] == "noise")
    wpl = sum(1 for v in jr.values() if v[0] == "true" and len(v) > 2)
    covered = {i for v in j.values() if v[0] == "true" for i in v[1]} | set(J[pair].get("by_section", []))
    n_all = len(ann["changes"])
    assert all(0 <= i < n_all for i in covered), pair
    optional = {i for i in range(n_all) if ann["changes"][i].get("optional")}
    n_ann = n_all - len(optional - covered)
    missed = [i for i in range(n_all) if i not in covered and i not in optional]
    sec = len(J[pair]["section_errors"])
    nrep = len(reported) - rew
    share = noi / nrep if nrep else 0.0
    rec = (n_ann - len(missed)) / n_ann if n_ann else 1.0
    print(f"{pair:26} {nrep:4} {tru:4} {noi:5} {share:6.1%} {n_ann:4} {n_ann - len(missed):5} {rec:6.1%} {sec:8} {wpl:5} {rew:4} {rwn:9}")
    for i in missed:
        c = ann["changes"][i]
        print(f"    missed #{i}: [{c['kind']}] {c['old_title']} :: {str(c['old_text'])[:60]!r} -> {str(c['new_text'])[:60]!r}")
    for k, v in j.items():
        if v[0] == "noise":
            print(f"    {'reworded noise' if k in rw else 'noise'} #{k}: {v[1]}")
        elif len(v) > 2:
            print(f"    wrong place #{k}: {v[2][:110]}")
    for e in J[pair]["section_errors"]:
        print(f"    section error: {e}")
    vals = dict(rep=nrep, tru=tru, noi=noi, ann=n_ann, fnd=n_ann - len(missed), sec=sec, wpl=wpl, rew=rew, rwn=rwn)
    for g in ("all", "cross-script" if run.get("cross_script") else "same-script"):
        for key in KEYS:
            tot[g][key] += vals[key]
for g, t in tot.items():
    print(f"{'TOTAL ' + g:26} {t['rep']:4} {t['tru']:4} {t['noi']:5} {t['noi'] / max(t['rep'], 1):6.1%} {t['ann']:4} {t['fnd']:5} {t['fnd'] / max(t['ann'], 1):6.1%} {t['sec']:8} {t['wpl']:5} {t['rew']:4} {t['rwn']:9}")
