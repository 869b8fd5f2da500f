"""Verdicts on every reported entry of the runs of pairs42c (m42x), written after reading `tools/dump.py RUN` and the text
redline of each pair (entries in the order `../pairs26/tools/score.py` counts them: the `title_change` first when there
is one, then `sections[].changes` in order).  An entry is ["true", [annotated change indices]], ["noise", []] or
["optional", []]; `by_section` lists annotated changes shown by a section's status or title only; `section_errors` lists
the false added/removed/split/merged/renamed sections.  `first` is the run on the session's frozen base (`runs/`), `final`
the merged final code (`runs-final/`)."""

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


first = {
    "hd-markup": {"reported": {}},
    "hd-style": {"reported": {}},
    # the intro paragraph (图像/圖片, 运营/營運, “”/「」 … a localised edition) shown as a change; two reworded (≃) paragraphs
    "hg-script": {"reported": seq(None, "o", "o")},
    "mp-crlf": {"reported": {}},
    "mp-remove": {"reported": seq(0)},
    "mp-rename": {"reported": seq(0, 1, 2, 3, 4, 5)},
    "mp-space": {"reported": {}},
    # the entry's text runs on into the next section title 「五、更新日期」 (the h2 glued to the contact line): the change is
    # shown, under the right section
    "pa-label": {"reported": seq(0)},
    "pa-unlabel": {"reported": seq(0)},
    "tt-add": {"reported": seq(0, 1, 2, 3)},
}
for v in first.values():
    v.setdefault("section_errors", [])

# runs-final/ (final42 fb0b19f5): JSON, text, stderr and exit codes byte-identical to runs/ on all ten pairs (checked with
# `cmp`), so the same verdicts
J = {"first": first, "final": first}

# u43d (forty-third session, not blind: the hg-script entry is the class u43d was given): `runs-base43/` is that
# session's frozen base f201a660 (pa-label/pa-unlabel already show u42x3's structure fix: same one entry each), and
# `runs-u43d/` branch u43d: hg-script's intro is a variant (图像 → 圖片, `diff.variants.READINGS`), 约束/規範 too, so one
# reworded (≃) paragraph is left (明暗/深淺色); the other nine pairs are byte-identical to runs-base43/
J["base43"] = {**first, "pa-label": {"reported": seq(0), "section_errors": []}}
J["u43d"] = {**J["base43"], "hg-script": {"reported": seq("o"), "section_errors": []}}

with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
    json.dump(J, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
