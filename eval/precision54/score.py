"""Per-rule precision of `policylens check` on the unseen documents of eval/precision54 (judgements.tsv holds the same judgments as a table).

The scorer of eval/precision10 with eval/precision27's `run_check` (every document of sources.json named to
`check --format json --no-config`, as the first run was), both run with this folder as their own.
`--batch 1` is the dev part (10 documents), `--batch 2` the held-out draw (5); fixes made from the dev part's false findings
are not blind (README).  judgments.json holds every finding of every run, judged.

    python3 eval/precision54/score.py --policylens "$PWD/eval/precision54/ref/pl-base.sh" [-v] [--strict] [--batch 1|2]
    python3 eval/precision54/score.py --policylens 'python -m policylens' [-v] [--batch 1|2]   # a branch
    python3 eval/precision54/score.py --recorded   # the judgments alone
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent

if __name__ == "__main__":
    run_check = runpy.run_path(str(FOLDER.parent / "precision27" / "score.py"))["run_check"]
    run_check.__globals__["FOLDER"] = FOLDER  # sources.json and the documents: this folder's
    # precision51's tolerance kept: a truncated page that check reports as malformed (exit 2) while it still prints
    # the JSON of every other document counts as a run with findings.
    _run = run_check.__globals__["subprocess"].run

    def _tolerant_run(*args, **kwargs):  # exit 2 with a JSON report on stdout counts as a run with findings
        proc = _run(*args, **kwargs)
        if proc.returncode == 2 and proc.stdout.lstrip().startswith("{"):
            sys.stderr.write(proc.stderr)
            proc.returncode = 1
        return proc

    run_check.__globals__["subprocess"] = type("subprocess", (), {"run": staticmethod(_tolerant_run)})
    scorer = runpy.run_path(str(FOLDER.parent / "precision10" / "score.py"))["main"]
    base = "--base" in sys.argv
    if base:
        sys.argv.remove("--base")
    scorer.__globals__["HERE"] = FOLDER / "base" if base else FOLDER  # its judgments and batches
    scorer.__globals__["run_check"] = run_check
    scorer()
