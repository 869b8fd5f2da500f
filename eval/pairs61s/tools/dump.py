"""Print each reported entry (pairs53b, copied from pairs52b; pairs59e, pairs60e, pairs61s) of a run in the order ../pairs26/tools/score.py counts them (the title_change first, then
sections[].changes in order), numbered from 1, for judging by hand: `python3 tools/dump.py runs [pair ...]`."""

import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
run = os.path.join(HERE, sys.argv[1])
pairs = sys.argv[2:] or sorted(f[:-5] for f in os.listdir(run) if f.endswith(".json"))
for pair in pairs:
    with open(os.path.join(run, pair + ".json"), encoding="utf-8") as fh:
        d = json.load(fh)
    k = 0
    print(f"## {pair}")
    if d.get("title_change"):
        k += 1
        t = d["title_change"]
        print(f"  {k:2} TITLE {str(t.get('old'))[:40]!r} -> {str(t.get('new'))[:40]!r}")
    for s in d["sections"]:
        for ch in s["changes"]:
            k += 1
            flags = "".join(f" {f}" for f in ("reworded", "variant") if ch.get(f))
            txt = (ch.get("old_text") or ch.get("old") or "")[:40], (ch.get("new_text") or ch.get("new") or "")[:40]
            print(
                f"  {k:2} [{s.get('status')}] {str((s.get('old') or {}).get('title'))[:16]!r}->{str((s.get('new') or {}).get('title'))[:16]!r} {ch.get('op')}{flags} {txt[0]!r} -> {txt[1]!r}"
            )
