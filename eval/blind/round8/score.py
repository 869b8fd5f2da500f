#!/usr/bin/env python3
"""Score policylens on the eighth blind round: `eval/score.py`, run on this folder.

    python3 eval/blind/round8/score.py --policylens PATH [--set holdout|all] [--what headings|placeholders|all]

Every document here is under holdout/ (one, shumeng-html, is annotated for placeholders only:
"headings_annotated": false).  Blind: measure here, tune on eval/dev* (see ../README.md).
The builder's own copy of the scorer was replaced by this wrapper (same figures).
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
