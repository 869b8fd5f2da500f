"""Per-rule precision of `policylens check` on the unseen documents of eval/precision27 (judgements.tsv holds the same judgments as a table).

The scorer of eval/precision10, run with this folder as its own (the same judgments.json and
batches.json formats), with one change: `check` is given every document of sources.json by
name (`check --format json --no-config FILE…`), as the first run was, so the `.wxml` and `.vue`
pages (read only when named) are checked too.

    python3 eval/precision27/score.py --policylens .venv/bin/policylens [-v] [--strict]
    python3 eval/precision27/score.py --recorded   # the judgments alone (the first run on the frozen base b49e36c6, then findings first seen after the fixes (batch 2))
"""

from __future__ import annotations

import json
import runpy
import subprocess
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def run_check(policylens: list[str]) -> list[dict]:
    """The findings of `check` on every document of sources.json, named, with paths relative to this folder."""
    files = [entry["file"] for entry in json.loads((FOLDER / "sources.json").read_text(encoding="utf-8"))]
    command = [policylens] if isinstance(policylens, str) else policylens
    proc = subprocess.run(
        [*command, "check", "--format", "json", "--fail-on", "never", "--no-config", *files],
        capture_output=True,
        text=True,
        check=False,
        cwd=FOLDER,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"score.py: check failed ({proc.returncode}): {proc.stderr.strip()}")
    # A finding that stands for the same text several times on its line (`occurrences`, `columns`, session 42) is
    # scored as its occurrences, each at its column, as the judgments were made before such findings were merged.
    return [
        {"file": entry["path"], **f, "column": column}
        for entry in json.loads(proc.stdout)["files"]
        for f in entry["findings"]
        for column in f.get("columns", [f["column"]])
    ]


if __name__ == "__main__":
    scorer = runpy.run_path(str(FOLDER.parent / "precision10" / "score.py"))["main"]
    scorer.__globals__["HERE"] = FOLDER  # its judgments and batches: this folder's
    scorer.__globals__["run_check"] = run_check  # every document named, as in the first run
    scorer()
