#!/usr/bin/env python3
"""Score policylens on eval/structure38 (headings of real pages whose titles live in code: components, React
Native styles, arrays of objects; HTML and Markdown controls): `eval/score.py` on this folder.

    python3 eval/structure38/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate38.py); the first run is on the session's frozen base (c3747089,
/work/tools38/base-pl.sh).  Fixes are made from dev/ only; holdout/ (drawn before any run, tools/holdout-draw.txt) is
re-scored once at the end, its misses not read while fixing.
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("eval_score", os.path.join(HERE, "..", "score.py"))
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
scorer.HERE = HERE  # the documents of this folder

if __name__ == "__main__":
    sys.exit(scorer.main())
