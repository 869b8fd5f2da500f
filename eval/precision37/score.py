"""Per-rule precision of `policylens check` on the unseen documents of eval/precision37 (judgements.tsv holds the same judgments as a table).

The scorer of eval/precision10 with eval/precision27's `run_check` (every document of sources.json named to
`check --format json --no-config`, as the first run was), both run with this folder as their own.
`--batch 1` and `--batch 3` are the dev parts, `--batch 2` and `--batch 4` the held-out draws (a measure-only set:
nothing was fixed from any of them).  judgments.json holds the first run on the session's final code; `--base` scores
against base/judgments.json, the run on the session's base (the same documents, the same command).

    python3 eval/precision37/score.py --policylens /work/tools37/final-pl.sh [-v] [--strict] [--batch 1|2|3|4]
    python3 eval/precision37/score.py --policylens /work/tools37/base-pl.sh --base
    python3 eval/precision37/score.py --recorded [--base]   # the judgments alone
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
