"""Count dev22d scores from the runs, the annotations and judgments.json (s22d; as pairs20's score.py, both runs).
Usage: python3 tools/score.py [first|after|RUN [SET_DIR]] (RUN other than first/after reads runs-RUN/; SET_DIR, the pair set
to score, defaults to this tool's own, eval/pairs26; eval/pairs26b scores itself with it, u26d)"""
import json
import os
import sys

HERE = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
which = sys.argv[1] if len(sys.argv) > 1 else "first"
J = json.load(open(os.path.join(HERE, "judgments.json"), encoding="utf-8"))[which]
runs = os.path.join(HERE, {"first": "runs", "after": "runs-after"}.get(which, "runs-" + which))
exits = dict(line.split() for line in open(os.path.join(runs, "exit.txt"), encoding="utf-8"))
tot = dict.fromkeys(("rep", "tru", "noi", "ann", "fnd", "sec"), 0)
optional = 0
clean = clean0 = 0
print(f"{'pair':22} {'rep':>4} {'true':>4} {'noise':>5} {'ann':>4} {'found':>5} {'sect.err':>8} exit")
for pair in sorted(J):
    run = json.load(open(os.path.join(runs, pair + ".json"), encoding="utf-8"))
    ann = json.load(open(os.path.join(HERE, "pairs", pair, "annotation.json"), encoding="utf-8"))
    n = sum(len(s["changes"]) for s in run["sections"]) + (1 if run.get("title_change") else 0)
    j = J[pair]["reported"]
    assert len(j) == n, (pair, len(j), n)
    tru = sum(1 for v in j.values() if v[0] == "true")
    opt = sum(1 for v in j.values() if v[0] == "optional")
    n -= opt
    optional += opt
    covered = {i for v in j.values() if v[0] == "true" for i in v[1]} | set(J[pair].get("by_section", []))
    n_ann = len(ann["changes"])
    sec = len(J[pair]["section_errors"])
    print(f"{pair:22} {n:4} {tru:4} {n - tru:5} {n_ann:4} {len(covered):5} {sec:8} {exits[pair]}")
    for i in sorted(set(range(n_ann)) - covered):
        c = ann["changes"][i]
        print(f"    missed #{i}: [{c['kind']}] {str(c['old_text'])[:50]!r} -> {str(c['new_text'])[:50]!r}")
    if not ann["changes"]:
        clean += 1
        clean0 += exits[pair] == "0"
    for k, v in zip(("rep", "tru", "noi", "ann", "fnd", "sec"), (n, tru, n - tru, n_ann, len(covered), sec), strict=True):
        tot[k] += v
print(f"{'TOTAL':22} {tot['rep']:4} {tot['tru']:4} {tot['noi']:5} {tot['ann']:4} {tot['fnd']:5} {tot['sec']:8}  noise share {tot['noi'] / max(tot['rep'], 1):.1%}; optional entries (not counted) {optional}; expected-clean pairs exiting 0: {clean0} of {clean}")
