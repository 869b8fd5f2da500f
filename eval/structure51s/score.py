#!/usr/bin/env python3
"""Score policylens on eval/structure51s (headings of real policies in page sources with chrome: Taro/React/Next .tsx pages, eyebrows and kickers over the name, JSX props, a PHP page with a back link; earlier text (structure50a): uni-app
.vue pages (the whole policy as plain lines inside one <text>; <text> titles over bodies joined by mustache breaks),
Markdown hard-wrapped in mid-sentence, Markdown with bold run-in labels, tables, a fenced URL, no headings at all):
`eval/score.py` on this folder.

    python3 eval/structure51s/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate49c.py); measure-only set: run once on the session's frozen base
(/work/wt/base51) and once on the merged final code (named in /work/FINAL_READY); holdout/ was drawn before any
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
