"""Per-rule precision of `policylens check` on the unseen documents of eval/precision37 (judgements.tsv holds the same judgments as a table).

The scorer of eval/precision10 with eval/precision27's `run_check` (every document of sources.json named to
`check --format json --no-config`, as the first run was), both run with this folder as their own.
`--batch 1` is the dev part, `--batch 2` the held-out draw (a measure-only set: nothing was fixed from either).
judgments.json holds the first run on the session's final code; judgments-base.json the run on its base.

    python3 eval/precision37/score.py --policylens /work/tools37/final-pl.sh [-v] [--strict] [--batch 1|2]
    python3 eval/precision37/score.py --recorded   # the judgments alone (first run on the final code)
"""

from __future__ import annotations

import runpy
from pathlib import Path

FOLDER = Path(__file__).resolve().parent

if __name__ == "__main__":
    run_check = runpy.run_path(str(FOLDER.parent / "precision27" / "score.py"))["run_check"]
    run_check.__globals__["FOLDER"] = FOLDER  # sources.json and the documents: this folder's
    scorer = runpy.run_path(str(FOLDER.parent / "precision10" / "score.py"))["main"]
    scorer.__globals__["HERE"] = FOLDER  # its judgments and batches: this folder's
    scorer.__globals__["run_check"] = run_check
    scorer()
