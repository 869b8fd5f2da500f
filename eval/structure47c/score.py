#!/usr/bin/env python3
"""Score policylens on eval/structure47c (headings of real policies in mixed forms: a WeChat .wxml page whose whole
policy is one <text> block, a TSX page holding three locale editions (en, zh-HK, zh-CN) as data, a DOCX with
bold-paragraph titles, an HTML page wrapped in a Markdown code fence, an HTML fragment saved as .txt, Taiwan and
site-chrome HTML pages): `eval/score.py` on this folder.

    python3 eval/structure47c/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate47c.py); measure-only set: run once on the session's frozen base
(/work/wt/base47) and once on the merged final code (named in /work/FINAL_READY); holdout/ was drawn before any
annotation or run (tools/holdout-draw.txt).
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
