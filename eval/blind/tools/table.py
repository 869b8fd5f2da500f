#!/usr/bin/env python3
"""Print the README source tables from the annotation files."""
import json, os, glob
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| document | file | fmt | script/region | lang | headings | placeholders | ambiguous | repo | path | commit | licence |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for a in sorted(glob.glob(os.path.join(HERE, "holdout", "*", "annotation.json"))):
    d = os.path.dirname(a); j = json.load(open(a, encoding="utf-8"))
    f = [x for x in os.listdir(d) if x != "annotation.json"][0]; s = j["source"]
    print(f"| holdout/{os.path.basename(d)} | `{f}` | {j['format']} | {j['script']}/{j['region']} | {'+'.join(j['languages'])} | "
          f"{len(j['headings'])} | {len(j['placeholders'])} | {len(j.get('ambiguous_lines', []))} | `{s['repo']}` | `{s['path']}` | "
          f"`{s['commit']}` | {s['license']} |")
print()
print("| pair | fmt | repo | old path @ commit | new path @ commit | changed | noise-only | unchanged | licence |")
print("|---|---|---|---|---|---|---|---|---|")
for a in sorted(glob.glob(os.path.join(HERE, "pairs", "*", "annotation.json"))):
    d = os.path.dirname(a); j = json.load(open(a, encoding="utf-8")); s = j["source"]
    ext = [x for x in os.listdir(d) if x.startswith("old.")][0].split(".", 1)[1]
    kinds = {}
    for c in j["changed"]:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    ch = ", ".join(f"{v} {k}" for k, v in sorted(kinds.items())) or "—"
    print(f"| pairs/{os.path.basename(d)} | {ext} | `{s['repo']}` | `{s['old']['path']}` @ `{s['old']['commit'][:10]}` | "
          f"`{s['new']['path']}` @ `{s['new']['commit'][:10]}` | {ch} | {len(j['noise_only'])} | {len(j.get('unchanged', []))} | {s['license']} |")
