#!/usr/bin/env python3
"""Score policylens on eval/structure49 (headings of real policies in under-represented forms: an Android asset
plain text with a contents list and four numbering levels whose lower numbers are titles in some places and numbered
sentences in others, an HTML page whose policy is one `<pre>` block of unnumbered titles, an HTML document saved under a
`.txt` name, a plain text with a book-title-marked title, an Android HTML fragment with bold and plain one-line
sub-titles): `eval/score.py` on this folder.

    python3 eval/structure49/score.py --policylens PATH --set dev|holdout --what headings [-v]

Annotated by hand before any run (tools/annotate49.py); holdout/ was drawn before any annotation or run
(tools/holdout-draw.txt).
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
