#!/usr/bin/env python3
"""Score policylens on eval/structure39c (headings of real policies in mixed forms: a bilingual JSX page, Hong Kong
bilingual Markdown, a .wxml guide, Vue pages, a Taiwanese TSX modal, HTML `</br>`/`<pre>`/pasted-CMS pages):
`eval/score.py` on this folder.

    python3 eval/structure39c/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate39c.py); the first run is on the session's frozen base (/work/tools39/base-pl.sh).  Fixes are made from dev/ only; holdout/ (drawn before any run, tools/holdout-draw.txt) is
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
