#!/usr/bin/env python3
"""Write holdout/<name>.json from a Python literal file, check item completeness, record sha256 in README."""
import ast, hashlib, json, os, subprocess, sys, datetime
HERE = "/work/eval7p"
ITEMS = {}
out = subprocess.run(["/work/main/.venv/bin/policylens", "profiles"], capture_output=True, text=True).stdout
for line in out.splitlines():
    s = line.strip()
    if "/" in s.split()[0] if s else False:
        ITEMS.setdefault(s.split()[0].split("/")[0], []).append(s.split()[0])
name, src = sys.argv[1], sys.argv[2]
ann = ast.literal_eval(open(src, encoding="utf-8").read())
profiles = sorted({k.split("/")[0] for k in ann["verdicts"]})
for p in profiles:
    missing = [i for i in ITEMS[p] if i not in ann["verdicts"]]
    assert not missing, f"not annotated: {missing}"
extra = [k for k in ann["verdicts"] if k not in sum(ITEMS.values(), [])]
assert not extra, extra
lines = open(os.path.join(HERE, ann["file"]), encoding="utf-8").read().split("\n")
for k, v in ann["verdicts"].items():
    if isinstance(v, list):
        for n in v:
            assert 1 <= n <= len(lines) and lines[n-1].strip(), (k, n, "empty or out of range")
    else:
        assert v in ("missing", "n/a", "?"), (k, v)
    if v == "?":
        assert k in ann.get("notes", {}), f"? without note: {k}"
path = os.path.join(HERE, "holdout", name + ".json")
assert not os.path.exists(path), "already saved; never overwrite silently"
with open(path, "w", encoding="utf-8") as fh:
    json.dump(ann, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
h = hashlib.sha256(open(path, "rb").read()).hexdigest()
n_q = sum(1 for v in ann["verdicts"].values() if v == "?")
stamp = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC")
with open(os.path.join(HERE, "README.md"), "a", encoding="utf-8") as fh:
    fh.write(f"| {name} | {stamp} | `{h}` | {len(ann['verdicts'])-n_q} scored / {n_q} `?` |\n")
print(name, h, len(ann["verdicts"]), "verdicts,", n_q, "?")
