"""Score the judged sample (u42d2): sample.tsv holds 40 tags drawn with random.Random(4242) from the tag lines of
tags.before.tsv (before any fix); judgments.tsv holds each one's verdict by reading (T, T-weak, F) and why.
Usage: python3 eval/topics42/tools/score_sample.py eval/topics42/tags.after.tsv  (prints which tags a run keeps)"""

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def key(p: list[str]) -> tuple[str, ...]:
    return (p[0], p[1], p[2], p[3], p[5], p[6])


after = Counter(key(line.rstrip("\n").split("\t")) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines())
verdicts = {}
for line in (HERE / "judgments.tsv").read_text(encoding="utf-8").splitlines():
    if not line.startswith("#"):
        index, verdict, note = line.rstrip("\n").split("\t")
        verdicts[int(index)] = (verdict, note)
rows = []
for line in (HERE / "sample.tsv").read_text(encoding="utf-8").splitlines():
    p = line.rstrip("\n").split("\t")
    verdict, note = verdicts[int(p[0])]
    rows.append((int(p[0]), p[1].split("/")[-1], p[4], verdict, "kept" if after[key(p[1:])] else "removed", note))
for r in rows:
    print("\t".join(map(str, r)))
kept = [r for r in rows if r[4] == "kept"]
print(f"before: {sum(r[3] != 'F' for r in rows)} of {len(rows)} tags true ({sum(r[3] == 'T-weak' for r in rows)} weakly)")
print(
    f"after: {sum(r[3] != 'F' for r in kept)} of {len(kept)} kept tags true; false removed {sum(r[3] == 'F' and r[4] == 'removed' for r in rows)}"
)
print("true tags removed:", [(r[0], r[3]) for r in rows if r[3] != "F" and r[4] == "removed"])
print("false tags kept:", [r[0] for r in kept if r[3] == "F"])
