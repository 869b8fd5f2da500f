#!/usr/bin/env python3
"""Score policylens on eval/structure48c (headings of real policies in forms the recent sets under-represent: a
Word-exported HTML policy with an appended children's guide, Taiwan pages without a title or with chrome, a uni-app .vue
page, a Jekyll page with front matter and <h4> text on its own line, titles run into their paragraphs before a <br>, a
bare <strong> page title, Markdown with question titles and hard line breaks, a blog page carrying a hidden Markdown
copy): `eval/score.py` on this folder.

    python3 eval/structure48c/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate48c.py); measure-only set: run once on the session's frozen base
(/work/wt/base48) and once on the merged final code (named in /work/FINAL_READY); holdout/ was drawn before any
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
