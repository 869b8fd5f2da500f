"""The findings of one sweep table gone from or new in another (helper u49p).

Run:  .venv/bin/python eval/precision-sweep49/tools/compare.py BEFORE.tsv AFTER.tsv [JUDGED_BEFORE.tsv]

A finding is its path, line, rule and message; with the judged table of BEFORE, each finding gone is shown with its
verdict (a `true` one gone is a lost detection).
"""

from __future__ import annotations

import collections
import csv
import sys


def findings(path: str) -> collections.Counter[tuple[str, str, str, str]]:
    out: collections.Counter[tuple[str, str, str, str]] = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            out[(row["path"], row["line"], row["rule"], row["message"])] += 1
    return out


def main() -> int:
    before, after = findings(sys.argv[1]), findings(sys.argv[2])
    verdicts: dict[tuple[str, str, str], str] = {}
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                verdicts[(row["path"], row["line"], row["rule"])] = f"{row['verdict']} {row['class']}".strip()
    for label, diff in (("gone", before - after), ("new", after - before)):
        print(f"{label}: {sum(diff.values())}")
        for key in sorted(diff):
            verdict = verdicts.get(key[:3], "")
            print(f"  {key[0]}:{key[1]} {key[2]} ×{diff[key]} {verdict} | {key[3][:80]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
