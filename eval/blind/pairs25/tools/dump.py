"""List the change entries of one policylens diff JSON run, numbered in report order (q20d: reworded entries marked ≃)."""
import json
import sys

d = json.load(open(sys.argv[1], encoding="utf-8"))
i = 0
print("cross_script:", d.get("cross_script"), "| keys:", sorted(k for k in d if k != "sections"))
for s in d["sections"]:
    ot = s["old"]["title"] if s.get("old") else None
    nt = s["new"]["title"] if s.get("new") else None
    flags = [k for k in ("moved", "renamed", "merged", "split") if s.get(k)]
    if s["status"] != "unchanged" or flags or s["changes"]:
        print(f"== [{s['status']}{',' + ','.join(flags) if flags else ''}] {ot!r} -> {nt!r} changes={len(s['changes'])}")
    for c in s["changes"]:
        i += 1
        sp = "".join(("[-%s-]" % x["text"]) if x["op"] == "delete" else ("{+%s+}" % x["text"]) if x["op"] == "insert"
                     else (x["text"] if len(x["text"]) < 30 else x["text"][:12] + "…" + x["text"][-12:]) for x in c.get("spans", []))
        if not sp:
            sp = f"OLD={c.get('old_text')!r} NEW={c.get('new_text')!r}"
        print(f"  #{i}{' ≃' if c.get('reworded') else ''} {c['op']} L{c.get('old_line')}->L{c.get('new_line')} var={c.get('variant')}: {sp[:300]}")
