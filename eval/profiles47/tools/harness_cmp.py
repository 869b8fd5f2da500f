"""Compare two harness outputs against gold (gold from the first file's jobs unless GOLD given)."""
import json, sys, collections
ST = {"covered": "covered", "missing": "missing", "not-applicable": "n/a", "not-judged": "n/a"}
A = json.load(open(sys.argv[1])); B = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else None
def gold(v): return "covered" if isinstance(v, list) else {"missing":"missing","n/a":"n/a","?":"?"}[v]
def score(R, jobs):
    rows = collections.OrderedDict(); per = {}
    for j in jobs:
        key = "|".join(j["profiles"]) + "#" + j["path"]
        got = R["res"].get(key, {})
        k = f'{j["set"]}/{j["part"]}'
        c = rows.setdefault(k, collections.Counter())
        for item, v in j["verdicts"].items():
            w = gold(v)
            if w == "?": continue
            s, line, text = got.get(item, ("missing", None, ""))
            s = ST[s]
            c["items"] += 1
            ok = s == w; lok = ok and (w != "covered" or line in v)
            c["verd"] += ok; c["line"] += lok
            c["wl"] += ok and w == "covered" and line not in v
            c["fc"] += s == "covered" and w != "covered"
            kind = "OK" if lok else ("WRONG-LINE" if ok else ("FALSE-COVERED" if s == "covered" else ("FALSE-MISSING" if w == "covered" else ("APPLIES" if w == "n/a" else "NA"))))
            per[(j["set"], j["part"], j["name"], item)] = (s, line, text, kind, v, j["notes"].get(item, ""))
    return rows, per
jobs = (B or A)["jobs"]
ra, pa = score(A, jobs)
if B: rb, pb = score(B, jobs)
tot = collections.Counter(); totb = collections.Counter()
for k in ra:
    a = ra[k]; tot.update(a)
    s = f"{k:<32}{a['items']:>6} {a['verd']:>6}{a['line']:>6}{a['wl']:>4}{a['fc']:>4}"
    if B: b = rb[k]; totb.update(b); s += f"  {b['verd']:>6}{b['line']:>6}{b['wl']:>4}{b['fc']:>4}"
    print(s)
s = f"{'ALL':<32}{tot['items']:>6} {tot['verd']:>6}{tot['line']:>6}{tot['wl']:>4}{tot['fc']:>4}"
if B: s += f"  {totb['verd']:>6}{totb['line']:>6}{totb['wl']:>4}{totb['fc']:>4}"
print(s)
if B:
    rank = {"OK": 2, "WRONG-LINE": 1}
    for key in pa:
        x, y = pa[key], pb[key]
        if (x[0], x[1]) != (y[0], y[1]):
            ra_, rb_ = rank.get(x[3], 0), rank.get(y[3], 0)
            mark = "+" if rb_ > ra_ else ("-" if rb_ < ra_ else "=")
            print("MOVE", mark, "|".join(key[:3]), key[3], [x[0], x[1]], "->", [y[0], y[1]], "gold=", x[4] if not isinstance(x[4], list) else x[4][:8], "|", y[2][:70])
else:
    for key, x in pa.items():
        if x[3] != "OK":
            print(x[3], "|".join(key[:3]), key[3], x[0], x[1], "gold=", x[4] if not isinstance(x[4], list) else x[4][:10], "|", x[2][:90], "||", x[5][:150])
