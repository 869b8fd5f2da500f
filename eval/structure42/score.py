#!/usr/bin/env python3
"""Score policylens on eval/structure42 (headings of real policies in forms earlier sets covered least: ASP.NET pages
whose titles are `<b class>` or bare `<p>` lines, a Taiwanese JSX modal of `<br />` lines, MUI `<strong>` + `<br />`
titles, bilingual Markdown, plain-text policies in JS/TSX template literals, a Vue `<p class="title">` consent, a PHP
page, a TSX page with three locale editions): `eval/score.py` on this folder.

    python3 eval/structure42/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate42.py); the first run is on the session's frozen base
(/work/wt/base42); holdout/ was drawn before any run (tools/holdout-draw.txt).
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
