#!/usr/bin/env python3
"""Score policylens on eval/structure40c (headings of real policies in mixed forms: hospital JSX and JSP `<dt>`
pages, a FreeMarker `.ftl` page, a fintech JSP, Hong Kong JSX and a TSX file of modal dialogs, a Taiwanese school
PHP page of bare `<br>` titles, a bilingual plain text with tables of contents, markup-less Markdown, `.wxml`):
`eval/score.py` on this folder.

    python3 eval/structure40c/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate40c.py); measure-only set: run once on the session's frozen base
(/work/tools40/base-pl.sh) and once on the merged final code (/work/tools40/final-pl.sh); holdout/ was drawn before
any run (tools/holdout-draw.txt).
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
