#!/usr/bin/env python3
"""Score policylens on eval/structure36 (headings of real policies, licences and agreements chosen for hard structure: DOCX, GBK plain text, Markdown list-item titles, zh-Hant pages): `eval/score.py` on this folder.

    python3 eval/structure36/score.py --policylens PATH --set dev|holdout --what headings [-v]

dev/ is the development set (its misses were read and fixed); holdout/ was annotated and scored on the first run,
never read to fix, and scored once more after the fixes.
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
