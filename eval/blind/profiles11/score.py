#!/usr/bin/env python3
"""Score `policylens check --profile` on the eleventh-session blind profile set (x14b): `eval/profiles/score.py`, run on this folder.

    python3 eval/blind/profiles11/score.py --policylens PATH --set holdout [--verbose] [--json]

`holdout/` holds the verdicts as hashed before the first run (ref/hashes.md). No reading was corrected after the run,
so there is no `corrected/` set (README).
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("eval_profiles_score", os.path.join(HERE, "..", "..", "profiles", "score.py"))
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
scorer.HERE = HERE  # the annotations of this folder
scorer.DOCS = HERE  # their "file" paths are relative to it

if __name__ == "__main__":
    sys.exit(scorer.main())
