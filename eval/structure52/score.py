#!/usr/bin/env python3
"""Score policylens on eval/structure52 (headings of eleven unused real policies: hard-wrapped long Markdown with `###`,
a bilingual stacked Taiwan Markdown policy, Jekyll Markdown with front matter and a raw-HTML language switch, Markdown
with HTML comments, a Taro TSX page, a uni-app Vue page, a plain HTML page with `<h2>`/`<h3>` parts, no-heading notes):
`eval/score.py` on this folder.

    python3 eval/structure52/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate52.py); measure-only set: run once on the session's frozen base
(/work/wt/base52, d828459b) and, by a later helper, on the merged final code; holdout/ was drawn before any annotation
or run (tools/holdout-draw.txt).
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
