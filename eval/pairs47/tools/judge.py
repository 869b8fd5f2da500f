"""Verdicts on every reported entry of the runs of pairs47 (u47d), written after reading `tools/dump.py RUN` and each
section's status and old/new title in the JSON (entries in the order `../pairs26/tools/score.py` counts them: the
`title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true", [annotated change
indices]], ["noise", []] or ["optional", []]; `section_errors` lists sections whose status or place misleads a reader.
`first` is the blind run of the dev pairs on the session's frozen base (`runs/`, /work/wt/base47 = 7a564e27)."""

import json
import os

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


# notes-*, base run: 1 the date and version in 适用范围 (0); 2 the footer date line, shown as a replace in 隐私权利
# (optional entry; but it makes 隐私权利 [modified] though its text is unchanged, and the new footer follows the last new
# section, not 隐私权利: a section error); 3–5 the three new sections [added] (1, 2, 3).
NOTES_SECERR = ["the page footer's date line (<footer> inside <main>, after the last section on both sides) is shown as a "
                "change of 隐私权利, which becomes [modified] though its text is unchanged"]


def judge(run):
    j = {
        # 1 header date (0), 2 概要 (1), 3 购买 (2), 4–5 the iCloud section [added] (3), 6 数据保留 (4)
        "cube-hans": {"reported": seq(0, 1, 2, 3, 4)},
        # the developer's name in the contact block, shown in 联系我们 [modified]
        "finn-contact": {"reported": seq(0)},
        # the inserted section [added]: its paragraph and five items; the renumbered headings give no entry
        "finn-notify": {"reported": seq(0, 0, 0, 0, 0, 0)},
        "finn-terms": {"reported": {}},
        "notes-hans": {"reported": seq(0, "o", 1, 2, 3), "section_errors": NOTES_SECERR},
        "notes-hant": {"reported": seq(0, "o", 1, 2, 3), "section_errors": NOTES_SECERR},
    }
    for v in j.values():
        v.setdefault("section_errors", [])
    return j


if __name__ == "__main__":
    out = {"first": judge("runs")}
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
