"""Verdicts on every reported entry of the runs of pairs43 (u43d), written after reading `tools/dump.py RUN` and the text
redline of each pair (entries in the order `../pairs26/tools/score.py` counts them: the `title_change` first when there is
one, then `sections[].changes` in order).  An entry is ["true", [annotated change indices]], ["noise", []] or
["optional", []]; `section_errors` lists the false added/removed/split/merged/renamed sections.  `first` is the blind run
on the session's frozen base (`runs/`, /work/wt/base43 f201a660), `after` the branch (`runs-after/`, not blind),
`held-first` / `held` the held-out pairs on base and branch, each run once at the end."""

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


# bst-rewrite: old 一、 removed (8 deletions, #1), old 二、 removed (5, #2), the effective-date line (#0), each added section's
# paragraphs (#5-#11, #12-#16), 八、数据保留 paired with old 三、 (modified: its two deletions #3/#4 and the insertion #3)
REWRITE = ([1] * 8 + [2] * 5 + [0] + [5] * 5 + [6] + [7] * 2 + [8] * 7 + [9] + [10] * 5 + [11] * 11 + [3, 4, 3]
           + [12, 13, 14, 15, 16, 16])
first = {
    "bst-ip": {"reported": seq(0)},
    "bst-rewrite": {"reported": seq(*REWRITE)},
    "dla-script": {"reported": {}},
    "kk-blank": {"reported": {}},
    # the table's seven rows are seven entries of one annotated change (#3); the bold label 「**禁止**」 is a heading on the
    # old side only (「**禁止：**」 on the new side is not), so a section 「禁止」 is shown [heading removed, text moved
    # (merged)] into 滥用: a false merged section (no entry)
    "kk-realname": {"reported": seq(0, 1, 2, 3, 3, 3, 3, 3, 3, 3),
                    "section_errors": ["禁止 shown merged: a bold label gained a colon (**禁止** → **禁止：**)"]},
    # the title, the intro, and 26 paragraphs; 限制's two lines (one Markdown paragraph) are two entries of #24
    "kk-rename": {"reported": seq(*range(0, 25), 24, 25, 26)},
    "kk-spacing": {"reported": {}},
}
for v in first.values():
    v.setdefault("section_errors", [])

# runs-after/ (branch u43d, not blind): byte-identical to runs/ on the seven dev pairs (checked with `cmp`)
held = {
    "bst-close": {"reported": seq(0), "section_errors": []},
    "bst-revert": {"reported": seq(0), "section_errors": []},
    "bst-sub": {"reported": seq(0), "section_errors": []},
}
# the held-out pairs, run once at the end on the base (runs-held-first/) and the branch (runs-held/): byte-identical
J = {"first": first, "after": first, "held-first": held, "held": held}
if __name__ == "__main__":
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(J, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
