#!/usr/bin/env python3
"""Score eval/structure42's held-out part under the project's edition convention (docs/headings.md), from committed runs.

    python3 eval/structure42/tools/editions_reading.py RUNS_DIR [RUNS_DIR …]

The committed annotation (annotation.json, hashed in HASHES.txt before the first run, never edited) reads
holdout/kangaroo-privacy-tsx's three locale editions (en / zh / ja, each returned by its own branch of one TSX page) as
three parents: each edition's `<h1>` at level 1, its `<h2>` articles at level 2, no title.  The project's documented
convention for a file holding a policy in several languages is the other reading: the first edition's title is the
document's title, and the title of a later edition (「隐私政策」, 「プライバシーポリシー」 after 「Privacy Policy」) starts the
nesting over, no parent of what follows it: its sections are level 1, like the first edition's (docs/headings.md,
"The title of a second-language edition …"; earlier sets annotate so, e.g. eval/structure41 holdout mituo-privacy-tsx:
title the first edition's h1, both editions' sections at level 1).  This tool derives that reading from the committed
annotation in memory (title: the first edition's h1, line 32; the later editions' h1 at level 1; every article at level
1) and scores each RUNS_DIR's raw `parse --format json` output (`runs-base/`, `runs-u42a/`, …) under both readings,
with `eval/score.py`'s own matching.  Standard library only.
"""

import copy
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("eval_score", os.path.join(HERE, "..", "score.py"))
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
scorer.HERE = HERE  # the documents of this folder

EDITIONS_DOC = "kangaroo-privacy-tsx"
FIRST_EDITION_TITLE = 32  # 「<h1>Privacy Policy</h1>」, the English edition's, the first in the file
EDITION_TITLES = (32, 49, 66)


def edition_reading(ann: dict) -> dict:
    """The committed annotation re-read under the edition convention (first edition's title the title, no parents)."""
    out = copy.deepcopy(ann)
    title = next(h for h in ann["headings"] if h["line"] == FIRST_EDITION_TITLE)
    out["title"] = {"line": title["line"], "text": title["text"]}
    out["headings"] = [dict(h, level=1) for h in ann["headings"] if h["line"] != FIRST_EDITION_TITLE]
    assert all(h["line"] in EDITION_TITLES or h["level"] == 2 for h in ann["headings"])
    return out


def main() -> int:
    docs = scorer.load_docs("holdout")
    for runs in sys.argv[1:]:
        for reading in ("annotation as committed", "edition convention"):
            tp = fp = fn = ok = n = titles = 0
            for doc in docs:
                ann = doc["ann"]
                if reading == "edition convention" and doc["name"] == EDITIONS_DOC:
                    ann = edition_reading(ann)
                with open(os.path.join(runs, doc["name"] + ".json"), encoding="utf-8") as f:
                    parse = json.load(f)
                s = scorer.score_headings(dict(doc, ann=ann), parse)
                tp, fp, fn = tp + s["tp"], fp + s["fp"], fn + s["fn"]
                ok, n = ok + s["level_ok"], n + s["level_n"]
                gold_title = (ann.get("title") or {}).get("line")
                titles += gold_title == parse.get("metadata", {}).get("title_line")
                if doc["name"] == EDITIONS_DOC:
                    kangaroo = f"{s['tp']}/{s['tp'] + s['fn']} headings, {s['fp']} false, levels {s['level_ok']}/{s['level_n']}"
            p, r, f1 = scorer.prf(tp, fp, fn)
            print(
                f"{os.path.basename(os.path.normpath(runs)):10} {reading:24} TP {tp} FP {fp} FN {fn}  P {p:.3f} R {r:.3f} "
                f"F1 {f1:.3f}  levels {ok}/{n}  titles {titles}/{len(docs)}  ({EDITIONS_DOC}: {kangaroo})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
