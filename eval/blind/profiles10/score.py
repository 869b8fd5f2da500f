#!/usr/bin/env python3
"""Score `policylens check --profile` on the tenth-session blind profile set (w10p): `eval/profiles/score.py`, run on this folder.

    python3 eval/blind/profiles10/score.py --policylens PATH --set holdout|corrected [--verbose] [--json]

`holdout/` holds the verdicts as hashed before the first run (ref/hashes.md); `corrected/` holds the post-run
reading corrections (README).
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
    if "corrected" in sys.argv:  # corrected/ is read through ref/corrected-view/holdout (a link to it)
        sys.argv[sys.argv.index("corrected")] = "holdout"
        scorer.HERE = os.path.join(HERE, "ref", "corrected-view")
    sys.exit(scorer.main())
