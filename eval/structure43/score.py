#!/usr/bin/env python3
"""Score policylens on eval/structure43 (headings of real documents in forms earlier sets covered least: Taro pages
whose titles are CSS-module or `<View>` classes, a React Native screen, a Hong Kong page with two language editions,
Word "save as web page" HTML in a PHP heredoc, a React page with Less-module article titles): `eval/score.py` on
this folder.

    python3 eval/structure43/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate43.py); first run on the session's frozen base (/work/wt/base43);
holdout/ was drawn before any run (tools/holdout-draw.txt).
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
