"""The rule catalogue's order is `RULE_MODULES`' whatever order the rule modules were imported in.

A process that imported one rule module on its own first (`tests/test_docs.py` imports every module it finds named in
the docs) once listed that rule first in `policylens rules`, so `tests/test_check_cli.py::test_rules_and_explain`
failed after `tests/test_docs.py` in one process (found in the twenty-fifth session, u25p).
"""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from policylens.rules import RULE_MODULES, all_rules


def test_the_catalogue_follows_rule_modules_in_this_process() -> None:
    modules = [cls.__module__.removeprefix("policylens.rules.").split(".")[0] for cls in all_rules().values()]
    assert [m for m in RULE_MODULES if m in modules] == list(dict.fromkeys(modules))


def test_the_catalogue_order_does_not_depend_on_import_order() -> None:
    code = (
        "import policylens.rules.date_format, policylens.rules.placeholder_drafting\n"
        "from policylens.rules import all_rules\n"
        "print(' '.join(all_rules()))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    ids = done.stdout.split()
    assert ids[0] == "placeholder-empty" and ids[-1] == "date-format"
    assert ids == list(all_rules())
