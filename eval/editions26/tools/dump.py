"""List the divergences (and the added `sentences` entries) of compare runs: python tools/dump.py runs/compare-*.json."""

import json
import sys

for path in sys.argv[1:]:
    data = json.load(open(path, encoding="utf-8"))
    for p in data.get("products", []):
        s = p.get("summary", {})
        print(
            f"== {path} base={p.get('base')} divergences={s.get('divergences')} unsure={s.get('unsure')} sentences={s.get('sentence-only')}"
        )
        for d in p.get("divergences", []):
            sec = (d.get("section") or d.get("other") or {}).get("title")
            val = f" {d.get('fact')} {d.get('base_value')} -> {d.get('value')}" if d["kind"] == "fact" else ""
            print(f"  {d['confidence']:.2f} {d['kind']} {d['edition']}{val} [{sec}] L{(d.get('section') or {}).get('line')}")
        for d in p.get("sentences", []):
            sec = (d.get("section") or {}).get("title")
            print(
                f"  {d['confidence']:.2f} SENTENCE {d['edition']} only-in={d['only_in']} [{sec}] {d['text'][:90]!r} lacks={d.get('lacks')}"
            )
        for lag in p.get("lagging", []):
            print(f"  LAG {lag['edition']} {lag.get('lacks')}")
        for w in p.get("warnings", []):
            print(f"  WARN {w}")
