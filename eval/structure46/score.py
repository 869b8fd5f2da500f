#!/usr/bin/env python3
"""Score policylens on eval/structure46 (headings of real policies in the forms earlier sets covered least:
reStructuredText, text extracted from a PDF, a browser-saved CMS page, HTML stored as .txt, bare `<strong>` and
`<span class>` headings, plain text with ideographic-space indents, two documents in one file, a long 一、/(一)/1. text):
`eval/score.py` on this folder.

    python3 eval/structure46/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate46.py); held-out part drawn with random.Random(46) before any run
(tools/holdout-draw.txt); first run on the session's frozen base (/work/wt/base46), blind.
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
