#!/usr/bin/env python3
"""Score this folder's annotations (`dev/*.json`) with the rules and options of `eval/profiles/score.py`.

python3 eval/profiles61q/score.py --policylens <final build> --set dev -v
"""

from __future__ import annotations

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    spec = importlib.util.spec_from_file_location("profiles_score", os.path.join(HERE, os.pardir, "profiles", "score.py"))
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    scorer.HERE = HERE  # its `load` reads the annotation folders from HERE when called
    sys.exit(scorer.main())
