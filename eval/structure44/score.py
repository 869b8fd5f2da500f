#!/usr/bin/env python3
"""Score policylens on eval/structure44 (headings of real policies held in app code and Markdown: Kotlin Compose,
Android Java string concatenations, Unity C# string constants, a SwiftUI file with a menu and four documents, a Hong
Kong Next.js TSX page, a Taiwan Markdown release document whose sub-headings are bold lines): `eval/score.py` on this
folder.

    python3 eval/structure44/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate44.py); first run on the session's frozen base (/work/wt/base44,
blind), later runs on the branch u44a (not blind for dev); holdout/ was drawn before any run (tools/holdout-draw.txt).
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
