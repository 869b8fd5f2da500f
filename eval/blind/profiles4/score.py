#!/usr/bin/env python3
"""Score `policylens check --profile` on the fourth-session blind profile set: `eval/profiles/score.py`, run on this folder.

    python3 eval/blind/profiles4/score.py --policylens PATH --set holdout|holdout-prerun [--verbose]

`holdout-prerun/` holds the annotations as hashed before the first run (the clean figure);
`holdout/` the same verdicts with citation lines corrected after it (README.md).
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
