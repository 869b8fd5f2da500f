"""Per-rule precision of `policylens check` on the unseen documents of eval/precision25 (judgements.tsv holds the same judgments as a table).

The scorer of eval/precision10, run with this folder as its own (the same judgments.json and
batches.json formats): findings matched to the hand judgments by (file, line, column, rule),
precision true / (true + false) per rule, errors apart, unjudged findings listed.

    python3 eval/precision25/score.py --policylens .venv/bin/policylens [-v] [--batch 1|2] [--strict]
    python3 eval/precision25/score.py --recorded [--batch 1|2]   # the judgments alone (the first run)
"""

from __future__ import annotations

import runpy
from pathlib import Path

FOLDER = Path(__file__).resolve().parent

if __name__ == "__main__":
    scorer = runpy.run_path(str(FOLDER.parent / "precision10" / "score.py"))["main"]
    scorer.__globals__["HERE"] = FOLDER  # its judgments, batches and documents: this folder's
    scorer()
