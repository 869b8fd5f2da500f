"""Verdicts on every reported entry of the runs of pairs42 (u42d), written after reading `tools/dump.py RUN` and the
text redline of each pair (entries in the order `../pairs26/tools/score.py` counts them: the `title_change` first when
there is one, then `sections[].changes` in order).  An entry is ["true", [annotated change indices]], ["noise", []] or
["optional", []]; `section_errors` lists false added/removed/split/merged/renamed sections.  `first`: the dev pairs on
the session's frozen base (runs/, blind); `after`: the dev pairs on branch u42d (runs-after/); `held-first` and `held`:
the held-out pairs on the base and on the branch, each run once at the end."""

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
    "id-html-assets": {"reported": {}},
    "id-html-nav": {"reported": {}},  # share buttons and the ad slot in the aside: nothing reported, exit 0
    "lg-js": {"reported": seq(0)},
    "lg-liability": {"reported": seq(0)},
    "lg-period": {"reported": {}},  # the three full stops: "formatting-only differences ignored: 3 paragraphs", exit 0
    # the removed prompt line is the document title on the old side: `title changed: 是否同意本协议 → (no title)`
    "lg-prompt": {"reported": seq(0)},
    # the title change 隐私协议 → 是否同意本协议 (#0), the reworded liability item (#1)
    "lg-title": {"reported": seq(0, 1)},
}
for v in first.values():
    v.setdefault("section_errors", [])
# runs-after/ (branch u42d): JSON, text and exit codes byte-identical to runs/ on the seven dev pairs (`cmp`)
held = {
    "id-canon": {"reported": {}, "section_errors": []},  # the front matter block: nothing reported, exit 0
    # the closing line's home-link target (optional), shown as ≃ reworded across scripts (not counted by the tool), exit 0
    "id-hant": {"reported": seq("o"), "section_errors": []},
    # the same link target, a change in the same script (optional), exit 1
    "id-link": {"reported": seq("o"), "section_errors": []},
}
# runs-held-first/ (base) and runs-held/ (u42d): byte-identical (`cmp`), so one judgment serves both
J = {"first": first, "after": first, "held-first": held, "held": held}

with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
    json.dump(J, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
