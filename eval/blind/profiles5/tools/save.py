"""save.py NAME < annotation.json : validates item coverage, writes holdout/NAME.json, prints sha256"""
import json, sys, hashlib, subprocess, os
HERE = "/work/eval5p"
ITEMS = {}
out = subprocess.run(["/work/main/.venv/bin/policylens", "profiles"], capture_output=True, text=True).stdout
for line in out.splitlines():
    s = line.strip()
    if s and "/" in s.split()[0]:
        ITEMS.setdefault(s.split()[0].split("/")[0], []).append(s.split()[0])
name = sys.argv[1]
ann = json.load(sys.stdin)
profiles = sorted({k.split("/")[0] for k in ann["verdicts"]})
for p in profiles:
    miss = [i for i in ITEMS[p] if i not in ann["verdicts"]]
    assert not miss, miss
extra = [k for k in ann["verdicts"] if k.split("/")[0] not in ITEMS or k not in ITEMS[k.split("/")[0]]]
assert not extra, extra
lines = open(os.path.join(HERE, ann["file"]), encoding="utf-8").read().split("\n")
for k, v in ann["verdicts"].items():
    if isinstance(v, list):
        for n in v:
            assert 1 <= n <= len(lines) and lines[n-1].strip(), (k, n)
    else:
        assert v in ("missing", "n/a", "?"), (k, v)
for k in ann.get("notes", {}):
    assert k in ann["verdicts"], k
path = os.path.join(HERE, "holdout", name + ".json")
assert not os.path.exists(path), "already saved: " + path
data = json.dumps(ann, ensure_ascii=False, indent=1) + "\n"
open(path, "w", encoding="utf-8").write(data)
h = hashlib.sha256(data.encode()).hexdigest()
scored = sum(1 for v in ann["verdicts"].values() if v != "?")
q = sum(1 for v in ann["verdicts"].values() if v == "?")
print(f"{name}: {len(ann['verdicts'])} items, scored {scored}, ? {q}, sha256 {h}")
