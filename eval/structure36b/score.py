#!/usr/bin/env python3
"""Score policylens on eval/structure36b (headings of real pages kept in app code, HTML, Markdown and plain text;
zh-Hans and zh-Hant): `eval/score.py` on this folder.

    python3 eval/structure36b/score.py --policylens PATH --set dev|holdout --what headings [-v]

A measure-only set: annotated by hand before any run, scored once on the session's final main and once on its
start (the frozen base); nothing was fixed on it.  dev/ and holdout/ follow the layout of the earlier sets so that a
later session can fix on dev/ and keep holdout/ blind.
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
