#!/usr/bin/env python3
"""Score policylens on eval/structure51 (headings of twelve unused real policies: long Markdown with `<a name>`
anchors, a numbered table of contents and `### <strong>…</strong>`, hard-wrapped Markdown, bold run-in labels, a
static Traditional-Chinese HTML page with nav, SVG logos and a footer, a plain HTML page, no-heading notes):
`eval/score.py` on this folder.

    python3 eval/structure51/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate51.py); measure-only set: run once on the session's frozen base
(/work/wt/base51, 3693c444) and, by a later helper, on the merged final code; holdout/ was drawn before any annotation
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
