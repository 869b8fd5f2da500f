"""Verdicts on every reported entry of the runs of pairs53b (m53y), written after reading `tools/dump.py RUN` and the text
report (entries in the order `../pairs26/tools/score.py` counts them).  An entry is ["true", [annotated change indices]],
["noise", []] or ["optional", []]; `section_errors` lists sections whose status or place misleads a reader.  Rules of
eval/pairs52b.  Cases: `base` (runs-base/, dev pairs on 2d1c0d01), `held-base` (runs-held-base/, the held-out pair once
on 2d1c0d01); the lead adds `final` / `held-final` after one run on the session's final code.  Writes judgments.json."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CLEAN = {"reported": {}, "section_errors": []}

DEV = {
    # 13 `~` lines, one per renamed paragraph, each in the section a reader sees it under (一、 x3, 二、, 1、 x2, 2、,
    # 3.1, 3.2 x2, 4.1, 4.3, 4.4), in the annotation's order; the moved `</p>` is not shown; exit 1
    "gswechat-rename": {"reported": {str(i + 1): ["true", [i]] for i in range(13)}, "section_errors": []},
    # no entry, exit 0 (CSS-only revisions)
    "shuerte-css1": CLEAN,
    "shuerte-css3": CLEAN,
    # no entry, "29 unchanged sections", exit 0 (the page wrapped in one more div, every line re-indented; added after
    # the first run of the others, annotated before its own)
    "amazon-rewrap": CLEAN,
}
HELD = {
    # 1: TITLE 隐私保护指引 → 同意隐私保护指引: the new button's label (new L6, <button> text above <text class="title">)
    #    taken as the document's title — noise (annotated: the policy's title is unchanged);
    # 2: (before the first heading) `+ new L9: 隐私保护指引`: the real, unchanged title re-reported as an added paragraph
    #    — noise.  Section error: "(document title) [modified]" tells a reader the policy was retitled.  Exit 1.
    "hotel-agree-button": {
        "reported": {"1": ["noise", []], "2": ["noise", []]},
        "section_errors": ["(document title) [modified]: the title shown changed to the agree button's label"],
    },
}

# Final code 69056647 (m53q, run once): runs-final/ byte-identical to runs-base/ (the base verdicts apply); the held-out
# pair reports no entry and exits 0 (l53b: the agree <button> above the title is page chrome) — clean, no section error.
HELD_FINAL = {"hotel-agree-button": CLEAN}

J = {"base": DEV, "held-base": HELD, "final": DEV, "held-final": HELD_FINAL}

if __name__ == "__main__":
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(J, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
