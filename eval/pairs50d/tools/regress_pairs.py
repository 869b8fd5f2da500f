"""Diff every version pair of `eval/` (each folder with an `old.*` and a `new.*`, pairs40 and pairs41 included) in
process, with the policylens found first on PYTHONPATH, and write one line per pair (its path, the exit code and
`repr` of the report) to OUT, so two runs (the frozen base against a branch) can be compared line by line
(u50d: eval/pairs50d left out, copied from eval/pairs49; u49d: eval/pairs49 left out; u48d: eval/pairs48 left out, its held-out pairs run once at the end; u41d, from pairs40/tools/regress_pairs.py; as the "older pairs of eval/" comparison of docs/diff.md, thirty-ninth session).
Usage: PYTHONPATH=CODE/cli:tests python3 eval/pairs50d/tools/regress_pairs.py OUT  (from the repository's root)"""

import glob
import os
import sys

from helpers import parse_path
from policylens.diff import diff_documents, has_changes

pairs = sorted({os.path.dirname(p) for p in glob.glob("eval/**/old.*", recursive=True) if not p.startswith("eval/pairs50d/")})
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for folder in pairs:
        olds, news = sorted(glob.glob(f"{folder}/old.*")), sorted(glob.glob(f"{folder}/new.*"))
        if not olds or not news:
            continue
        try:
            report = diff_documents(parse_path(olds[0]), parse_path(news[0]))
            line = f"{int(has_changes(report))} {report!r}"
        except Exception as exc:  # a pair that fails is a line too
            line = f"error {type(exc).__name__}: {exc}"
        out.write(f"{folder}\t{line}\n")
