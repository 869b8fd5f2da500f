#!/usr/bin/env python3
"""Score policylens on eval/structure41 (headings of real policies in forms earlier sets covered least: plain text
saved as `.html`, a three-edition `.txt`, a Taiwanese government `.htm`, a Taiwanese and a Singaporean bilingual
TSX page, a Hong Kong Laravel Blade view with `<div class="heading">` articles, a Hong Kong PHP page, a Vue
registration page with two dialogs of Word-pasted HTML, bilingual Markdown with bold-line titles, an HTML page):
`eval/score.py` on this folder.

    python3 eval/structure41/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate41.py); first run on the session's frozen base (/work/wt/base41);
holdout/ was drawn before any run (tools/holdout-draw.txt).
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
