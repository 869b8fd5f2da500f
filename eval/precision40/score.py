"""Per-rule precision of `policylens check` on the unseen documents of eval/precision40 (judgements.tsv holds the same judgments as a table).

The scorer of eval/precision10 with eval/precision27's `run_check` (every document of sources.json named to
`check --format json --no-config`, as the first run was), both run with this folder as their own.
`--batch 1` is the dev part (15 documents, whose false findings were read and fixed from), `--batch 2` the held-out
draw (5).  judgments.json holds the first run on the session's base, every finding judged.

    python3 eval/precision40/score.py --policylens /work/tools40/base-pl.sh [-v] [--strict] [--batch 1|2]
    python3 eval/precision40/score.py --policylens 'python -m policylens' [-v] [--batch 1|2]   # a branch
    python3 eval/precision40/score.py --recorded   # the judgments alone
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent

if __name__ == "__main__":
    run_check = runpy.run_path(str(FOLDER.parent / "precision27" / "score.py"))["run_check"]
    run_check.__globals__["FOLDER"] = FOLDER  # sources.json and the documents: this folder's
    scorer = runpy.run_path(str(FOLDER.parent / "precision10" / "score.py"))["main"]
    base = "--base" in sys.argv
    if base:
        sys.argv.remove("--base")
    scorer.__globals__["HERE"] = FOLDER / "base" if base else FOLDER  # its judgments and batches
    scorer.__globals__["run_check"] = run_check
    scorer()
