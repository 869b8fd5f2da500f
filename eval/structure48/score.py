#!/usr/bin/env python3
"""Score policylens on eval/structure48 (headings of real policies in under-represented forms: five WeChat .wxml
pages (card titles by class, two documents in one page, a consent row in a title class, a kicker), a Flutter screen whose
sections are calls of a local `_section(title, [...])` helper, a Hong Kong TSX page whose `<h2>` holds a number badge
and whose rights are `<h4>` cards mapped from inline data, an uni-app `hybrid/html` page with `<h3>` and bold list-item
sub-titles): `eval/score.py` on this folder.

    python3 eval/structure48/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate48.py); holdout/ was drawn before any annotation or run
(tools/holdout-draw.txt).
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
