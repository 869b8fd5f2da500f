"""Verdicts on every reported entry of the runs of pairs49c (m49x), written after reading `tools/dump.py RUN` and each
section's status and old/new title in the JSON and the text report (entries in the order `../pairs26/tools/score.py`
counts them: the `title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true",
[annotated change indices]], ["noise", []] or ["optional", []]; `by_section` lists annotated changes shown by a
section's status or title only; `section_errors` lists sections whose status or place misleads a reader.  `first` is the
run on the session's frozen base (`runs/`), `final` the merged final code (`runs-final/`, with `--final`), judged the
same way after reading its dump."""

import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DATED = (
    "the `## 更新日期：…` line (a dated heading with no text of its own) shown as one section removed (old date) and one "
    "added (new date), while the `## 生效日期：…` line below it is paired as renamed and unchanged: the date change "
    "itself is visible in the titles (counted found by section), the status misleads (eval/pairs40c's DATED class)"
)


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
        "biblio-assets": {"reported": {}},
        "biblio-footer": {"reported": {}},
        "biblio-nav": {"reported": {}},
        # 1-7 the new section 6. Windows 应用程序 [added], one entry per block (#0); the renumbered 联系我们 is paired
        # with its old title (renamed, no entry: optional either way)
        "biblio-windows-md": {"reported": seq(*rep(0, 7))},
        "fctl-css": {"reported": {}},
        # 1 table row (#0), 2 list item (#1), 3-4 the PAY.JP sub-section [removed] (#2), 5 retention item (#3), 6 date (#4)
        "poi-payjp": {"reported": seq(0, 1, 2, 2, 3, 4)},
        "poi-prettier": {"reported": {}},
        # 1-2 the two items in 4. (#0); 3 the children paragraph, 4-7 its new list (#1)
        "pomo-gdpr-children": {"reported": seq(0, 0, 1, 1, 1, 1, 1)},
        # 1 the e-mail (#1); the dates by the sections (#0)
        "pomo-hw-date-email": {"reported": seq(1), "by_section": [0], "section_errors": [DATED]},
        # the dates by the sections only (#0)
        "pomo-hw-year": {"reported": {}, "by_section": [0], "section_errors": [DATED]},
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
