"""Verdicts on every reported entry of the runs of pairs48c (m48x), written after reading `tools/dump.py RUN` and each
section's status and old/new title in the JSON (entries in the order `../pairs26/tools/score.py` counts them: the
`title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true", [annotated change
indices]], ["noise", []] or ["optional", []]; `section_errors` lists sections whose status or place misleads a reader.
`first` is the run on the session's frozen base (`runs/`), `final` the merged final code (`runs-final/`, with
`--final`), judged the same way after reading its dump."""

import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seq(*idx):
    """Entries 1.. judged in order: an int (or a tuple of ints) the annotated changes it shows, None noise, "o" optional."""
    out = {}
    for k, i in enumerate(idx):
        if i is None:
            out[str(k + 1)] = ["noise", []]
        elif i == "o":
            out[str(k + 1)] = ["optional", []]
        else:
            out[str(k + 1)] = ["true", list(i) if isinstance(i, tuple) else [i]]
    return out


def rep(i, k):
    return [i] * k


def judge(run):
    j = {
        # no entry: the GB2312 -> UTF-8 re-save is not reported
        "destruct-encoding": {"reported": {}},
        # 1-40: the cells of the one added table row (穿山甲SDK), each [modified] in 3.1 (0); the re-export and the
        # UTF-8 -> GB2312 re-save give no entry
        "destruct-pangle": {"reported": seq(*rep(0, 40))},
        # 1-33 the SDK table's header and cells inserted in 3.1 (0); 34-35 the new 3.5 [added] (1); 36-41 its bold
        # sub-title 用户数据保护措施 read as a section of its own, [added], with a.-e. and the run-in paragraph (1); 42-44
        # the e-mail in 7.2 / 7.3 / 7.4 (2, 3, 4).  The space removed in 2.2, the re-marked 3. title and the re-save
        # as GB2312 give no entry.
        "destruct-sdk35": {"reported": seq(*rep(0, 33), 1, 1, *rep(1, 6), 2, 3, 4)},
        # no entry: the space inserted in 2.2 is not reported
        "destruct-space": {"reported": {}},
        "hunter-favicon": {"reported": {}},
        "scap-reword": {"reported": seq(0)},
        "styart-address": {"reported": seq(0)},
        # the paragraph deleted and the new one inserted (0)
        "styart-children": {"reported": seq(0, 0)},
        "styart-date": {"reported": seq(0)},
        "styart-email": {"reported": seq(0)},
        "styart-export": {"reported": seq(0)},
        # 1 date (0); 2 the 重要提示 box (1); 3-10 the list in 1. (2); 11 the item added in 2. (3); 12-17 the items in 3.
        # (4); 18 the rights item (5); 19 the sentence in 9. (6)
        "styart-facedata": {"reported": seq(0, 1, *rep(2, 8), 3, *rep(4, 6), 5, 6)},
    }
    for v in j.values():
        v.setdefault("section_errors", [])
    return j


if __name__ == "__main__":
    out = {"first": judge("runs")}
    if os.path.isdir(os.path.join(HERE, "runs-final")) and "--final" in sys.argv:
        out["final"] = judge("runs-final")
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
