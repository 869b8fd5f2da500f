#!/usr/bin/env python3
"""Score policylens on eval/structure45 (headings of real policies in forms earlier sets covered least: Flutter/Dart
helper widgets and `'''` strings, a WeChat mini-program page script's `wx.showModal` texts, React Native TSX with
template literals and section data, a Taiwan JSP + AngularJS page, a Macau antd modal, Hong Kong TypeScript data of
four documents, a bilingual Docusaurus JSX page of `<strong>` headings): `eval/score.py` on this folder.

    python3 eval/structure45/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate45.py); holdout/ was drawn before any run (tools/holdout-draw.txt).
The first run is on the session's frozen base (/work/wt/base45).
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
