#!/usr/bin/env python3
"""Score policylens on eval/structure41c (headings of real policies in mixed forms: static HTML pages whose section
titles share the body's `<p>` class, Jekyll/Eleventy Markdown with front matter, bold-line Markdown, a Taiwanese JSX
page, a Macau TSX card page, a WeChat mini-program `.js` holding the policy as an HTML string): `eval/score.py` on
this folder.

    python3 eval/structure41c/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate41c.py); measure-only set: run once on the session's frozen base
(/work/wt/base41) and once on the merged final code (named in /work/FINAL_READY); holdout/ was drawn before any run
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
