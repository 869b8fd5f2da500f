#!/usr/bin/env python3
"""Score policylens on eval/structure47 (headings of real policies in mixed forms: WeChat .wxml pages, a Word export
inside a saved page, plain text saved as .html in Traditional script, GitHub-rendered Markdown whose sections are list
items, static HTML with markup levels that disagree with the outline, a bilingual page): `eval/score.py` on this folder.

    python3 eval/structure47/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate46c.py); measure-only set: run once on the session's frozen base
(/work/wt/base46) and once on the merged final code (named in /work/FINAL_READY); holdout/ was drawn before any run
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
