#!/usr/bin/env python3
"""Score policylens on eval/structure50 (headings of eleven unused real policies: React .js/.tsx pages, a static HTML
page with nav, a 34-language switcher and a footer (Taiwan edition), a Jekyll page with front matter over
`<div markdown="1">`, VitePress Markdown, a Taiwan Markdown edition with `##` directly over paragraphs, Markdown
hard-wrapped in mid-phrase with no headings):
`eval/score.py` on this folder.

    python3 eval/structure50/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate50.py); measure-only set: run once on the session's frozen base
(/work/wt/base50) and once on the merged final code (named in /work/FINAL_READY); holdout/ was drawn before any
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
