#!/usr/bin/env python3
"""Score policylens on eval/structure61s (headings of six unused real policies: React Native TSX, Next.js TSX, mini-program JS, SwiftUI;
helper m61s): `eval/score.py` on this folder.

    python3 eval/structure61s/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (each `annotation.json`, written by tools/write_annotations.py from a full reading
of the file); holdout/ drawn before any annotation or run (`random.Random(61).sample(sorted(names), 2)`:
jidezhu-swift, goat-rn-tsx; tools/holdout-draw.txt).
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
