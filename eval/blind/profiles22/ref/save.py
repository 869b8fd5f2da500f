#!/usr/bin/env python3
"""save.py NAME < python-literal dict {file, source, verdicts, notes}: writes holdout/NAME.json and logs its sha256 in ref/hashes.md."""
import ast, datetime, hashlib, json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1]
d = ast.literal_eval(sys.stdin.read())
v = d["verdicts"]
items = json.load(open(os.path.join(HERE, "ref", "items.json")))
profs = sorted({k.split("/")[0] for k in v})
exp = {f"{p}/{i}" for p in profs for i in items[p]}
assert set(v) == exp, set(v) ^ exp
for k, x in v.items():
    if isinstance(x, list):
        v[k] = x = sorted(set(x))
        assert x and all(isinstance(n, int) for n in x), k
    else:
        assert x in ("missing", "n/a", "?"), k
    assert k in d["notes"], f"no note for {k}"
doc = os.path.join(HERE, d["file"])
nlines = len(open(doc, encoding="utf-8").read().split("\n"))
for k, x in v.items():
    if isinstance(x, list):
        assert max(x) <= nlines, (k, x)
out = os.path.join(HERE, "holdout", name + ".json")
assert not os.path.exists(out), "exists"
s = json.dumps(d, ensure_ascii=False, indent=1) + "\n"
open(out, "w", encoding="utf-8").write(s)
h = hashlib.sha256(s.encode()).hexdigest()
now = datetime.datetime.now(datetime.timezone.utc).strftime("%H:%M:%S")
q = sum(1 for x in v.values() if x == "?")
line = f"| {name} | `{h}` | saved {now} UTC | {len(v)} verdicts, {len(v)-q} scored, {q} `?` |\n"
open(os.path.join(HERE, "ref", "hashes.md"), "a").write(line)
print(line, end="")
