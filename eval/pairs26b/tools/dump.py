"""List a run's reported entries (numbered as score.py numbers them) and section flags (s22d).  Usage:
python3 tools/dump.py RUNDIR PAIR"""
import json
import sys

run = json.load(open(f"{sys.argv[1]}/{sys.argv[2]}.json", encoding="utf-8"))
s = run["summary"]
print({k: s.get(k) for k in ("added", "removed", "modified", "renamed", "moved", "merged", "split", "changes", "noise", "chrome", "title_changed")})
i = 0
for sec in run["sections"]:
    flags = [f for f in ("moved", "renamed", "merged", "split") if sec.get(f)]
    ot = (sec.get("old") or {}).get("title")
    nt = (sec.get("new") or {}).get("title")
    if sec["status"] != "unchanged" or flags or sec["changes"]:
        print(f"== [{sec['status']}{',' + ','.join(flags) if flags else ''}] {ot!r} -> {nt!r}")
    for c in sec["changes"]:
        i += 1
        rw = " (reworded)" if c.get("reworded") else ""
        print(f"  #{i}{rw} {c['op']} L{c.get('old_line')}->L{c.get('new_line')}: {str(c.get('old_text'))[:90]!r} => {str(c.get('new_text'))[:90]!r}")
if run.get("title_change"):
    t = run["title_change"]
    print(f"  #T title: {t.get('old_text')!r} => {t.get('new_text')!r}")
