#!/usr/bin/env python3
"""Score `policylens check --profile` on the twenty-fifth-session blind profile set (u25v, eval/blind/profiles22): `eval/profiles/score.py`, run on this folder.

    python3 eval/blind/profiles22/score.py --policylens PATH --set holdout|corrected [--verbose] [--json]

`holdout/` holds the verdicts as hashed before the first run (ref/hashes.md). `--set corrected` scores
`corrected/<name>.json` where one exists and `holdout/<name>.json` otherwise (reasons in the corrected files' notes
and the README).
"""

import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("eval_profiles_score", os.path.join(HERE, "..", "..", "profiles", "score.py"))
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
scorer.HERE = HERE  # the annotations of this folder
scorer.DOCS = HERE  # their "file" paths are relative to it


def _load_corrected(which, only):
    """holdout/ with corrected/ files in their place."""
    out = []
    for part, name, ann in _load_holdout("holdout", only):
        fixed = os.path.join(HERE, "corrected", name + ".json")
        if os.path.exists(fixed):
            with open(fixed, encoding="utf-8") as fh:
                ann = json.load(fh)
        out.append((part, name, ann))
    return out


if __name__ == "__main__":
    argv = sys.argv[1:]
    if "corrected" in argv and argv[argv.index("corrected") - 1] == "--set":
        argv[argv.index("corrected")] = "holdout"
        _load_holdout = scorer.load
        scorer.load = _load_corrected
    sys.argv[1:] = argv
    sys.exit(scorer.main())
