#!/usr/bin/env python3
"""Score policylens on eval/dev23g (headings of HTML families: Word/WPS exports, CMS and app pages): `eval/score.py` on this folder.

    python3 eval/dev23g/score.py --policylens PATH --set dev --what headings [-v]

A development set (tuning allowed): the documents are under dev/.
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
