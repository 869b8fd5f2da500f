"""List every divergence of runs*/compare-<group>.json: kind, edition vs base, confidence, section, fact values, and the first change texts."""
import json
import sys

for p in sys.argv[1:]:
    d = json.load(open(p, encoding="utf-8"))
    for pr in d["products"]:
        print(f"## {pr['product']} base={pr.get('base')} summary={pr['summary']}")
        for e in pr.get("errors", []):
            print("  ERROR", e)
        for i, v in enumerate(pr.get("divergences", []), 1):
            sec = (v.get("section") or {}).get("title")
            oth = (v.get("other") or {}).get("title")
            extra = ""
            if v["kind"] == "fact":
                extra = f"{v['fact']}: {v.get('base_value')!r} -> {v.get('value')!r}"
            elif v["kind"] == "section-content":
                ch = []
                for c in v.get("changes", [])[:3]:
                    ch.append(str(c.get("old_text") or c.get("old") or "")[:70] + " => " + str(c.get("new_text") or c.get("new") or "")[:70])
                extra = " || ".join(ch)
            print(f"  {i}. {v['kind']} {v['edition']} conf={v['confidence']} sec={sec!r} other={oth!r} {extra}")
        for r in pr.get("reworded", []):
            print(f"  ≃ reworded {r['edition']} {(r.get('section') or {}).get('title')!r}")
        for l in pr.get("lagging", []):
            print("  LAG", json.dumps(l, ensure_ascii=False)[:200])
