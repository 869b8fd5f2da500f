#!/usr/bin/env python3
"""save.py NAME  < python-literal dict with file, source, verdicts, notes ; writes holdout/NAME.json and logs sha256"""
import sys, json, hashlib, ast, datetime, os
name = sys.argv[1]
d = ast.literal_eval(sys.stdin.read())
v = d["verdicts"]
def rng(a,b): return list(range(a,b+1))
items=json.load(open("/work/eval8p/ref/items.json"))
profs=sorted({k.split("/")[0] for k in v})
exp={f"{p}/{i}" for p in profs for i in items[p]}
assert set(v)==exp, (set(v)^exp)
for k,x in v.items(): assert isinstance(x,list) and x==sorted(set(x)) or x in ("missing","n/a","?"), k
out = os.path.join("/work/eval8p/holdout", name + ".json")
assert not os.path.exists(out), "exists"
s = json.dumps(d, ensure_ascii=False, indent=1) + "\n"
open(out, "w", encoding="utf-8").write(s)
h = hashlib.sha256(s.encode()).hexdigest()
now = datetime.datetime.utcnow().strftime("%H:%M:%S")
q = sum(1 for x in v.values() if x == "?")
line = f"| {name} | `{h}` | saved {now} UTC | {len(v)} verdicts, {len(v)-q} scored, {q} `?` |\n"
open("/work/eval8p/ref/hashes.md", "a").write(line)
print(line)
