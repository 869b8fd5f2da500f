#!/usr/bin/env python3
"""Score policylens on the sixty-first blind round, set q, the secret final set (helper m61p): `eval/score.py`, run on this folder.

    python3 eval/blind/round61q/score.py --policylens PATH [--set dev|holdout|all] [--what headings|placeholders|all]

Documents are under dev/ (fixed on) and holdout/ (held out: misses not read while fixing).  Blind: measure here, tune on eval/dev* (see ../README.md);
developers run it without --verbose (aggregate numbers only).
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("eval_score", os.path.join(HERE, "..", "..", "score.py"))
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
scorer.HERE = HERE  # the documents of this folder

if __name__ == "__main__":
    sys.exit(scorer.main())
