#!/usr/bin/env python3
"""save.py NAME < annotation.json : checks items against the profile item lists, writes holdout/NAME.json, prints sha256."""
import json, sys, hashlib, os, subprocess
ITEMS = {}
out = subprocess.run(["/work/main/.venv/bin/policylens", "profiles"], capture_output=True, text=True).stdout
for line in out.splitlines():
    s = line.strip()
    if "/" in s.split()[0] if s else False:
        ITEMS.setdefault(s.split()[0].split("/")[0], []).append(s.split()[0])
name = sys.argv[1]
ann = json.load(sys.stdin)
profiles = sorted({k.split("/")[0] for k in ann["verdicts"]})
for p in profiles:
    want = set(ITEMS[p]); got = {k for k in ann["verdicts"] if k.startswith(p + "/")}
    assert want == got, (p, want ^ got)
for k, v in ann["verdicts"].items():
    assert isinstance(v, list) and v and all(isinstance(i, int) for i in v) or v in ("missing", "n/a", "?"), (k, v)
    if v == "?": assert k in ann.get("notes", {}), ("? needs a note", k)
path = os.path.join("/work/eval4p/holdout", name + ".json")
assert not os.path.exists(path), "already saved: " + path
with open(path, "w", encoding="utf-8") as fh:
    json.dump(ann, fh, ensure_ascii=False, indent=1); fh.write("\n")
h = hashlib.sha256(open(path, "rb").read()).hexdigest()
scored = sum(1 for v in ann["verdicts"].values() if v != "?"); q = sum(1 for v in ann["verdicts"].values() if v == "?")
print(f"{name}: {scored} scored / {q} ? sha256 {h}")
import datetime
stamp = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M:%S UTC")
for f in ("/work/eval4p/hashes.txt", "/work/eval4p/README.md"):
    with open(f, "a") as fh:
        fh.write(f"- `holdout/{name}.json` `{h}` ({scored} scored / {q} ?, saved {stamp})\n")
