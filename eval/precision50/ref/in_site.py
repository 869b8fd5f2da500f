"""eval/precision50 with choiceform-zh-md in its VitePress site (u50p2, after the set's runs: not blind).

The set's choiceform-zh-md/privacy-policy.md is a page of a VitePress site (choice-open/automation-docs at 77a071a5,
zh-hans/policies/privacy-policy.md); the site's `.vitepress/config.ts` (the git blob 842e7949 at the same commit, kept
byte-exact here as choiceform-vitepress-config.ts) defines the `{{COMPANY_NAME}}`… its build replaces.  The file alone
shows no site, so `check` reports those variables as slots by design (README, "Per-format exception"); this tool copies
the set into a temporary folder, puts the config where the page's site has it (a `.vitepress/` folder above the page),
and runs the set's own scorer there with the arguments given:

    python3 eval/precision50/ref/in_site.py --policylens 'python -m policylens' [-v] [--strict] [--batch 1|2]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        evals = Path(tmp) / "eval"
        evals.mkdir()
        shutil.copytree(SET, evals / SET.name, ignore=shutil.ignore_patterns("runs", "ref"))
        for scorer in ("precision10", "precision27"):  # the set's scorer runs theirs from its parent folder
            (evals / scorer).symlink_to(SET.parent / scorer)
        site = evals / SET.name / "choiceform-zh-md" / ".vitepress"
        site.mkdir()
        shutil.copyfile(HERE / "choiceform-vitepress-config.ts", site / "config.ts")
        sys.exit(subprocess.call([sys.executable, str(evals / SET.name / "score.py"), *sys.argv[1:]]))
