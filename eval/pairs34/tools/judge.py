"""Verdicts on every reported entry of the runs of pairs34 (lead34), written after reading `../dev22d/tools/dump.py RUN PAIR`
and the text redline.  An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []];
`section_errors` lists the false added/removed/split/renamed sections; `by_section` the annotated changes shown by a
section's flag (a renamed heading)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seq(*idx):
    """Entries 1.. judged true for the annotated changes `idx` in order (None: noise, "o": optional)."""
    return {str(k + 1): (["noise", []] if i is None else ["optional", []] if i == "o" else ["true", [i]]) for k, i in enumerate(idx)}


first = {
    "jm-collect-layout": {"reported": seq(*range(10))},
    "jm-concise-contact": {"reported": seq(*range(5))},
    "jm-concise-layout": {"reported": seq(*range(6))},
    "jm-personal-last": {"reported": {}},
    # #1 the header row and #2 the one row of the removed section's table: both the section removed (change 1)
    "jm-sdk-removed": {"reported": seq(0, 1, 1, 2, 3)},
    "jm-terms-contact": {"reported": {}},
    # the renamed heading 三、商业活动 → 三、社区活动 is the section's `renamed` flag (change 0); #3 the （7） clause and #4 the
    # added 7.5 are shown inside paragraphs joined by <br> lines (the redline marks the words)
    "jm-terms-safety": {"reported": seq(1, 2, 3, 4), "by_section": [0]},
}
held_first = {
    # #4–#7 the lead line and two ways of signing up deleted, the one sentence inserted: one change (3), shown in four
    # entries; #12/#13 the new chapter's two paragraphs (change 9); the renamed (七) heading is its section's flag (6)
    "jm-personal-safety": {"reported": seq(0, 1, 2, 3, 3, 3, 3, 4, 5, 7, 8, 9, 9), "by_section": [6]},
    # #4/#5 the lead line and way (1) deleted, #6 way (2) replaced by the new sentence: change 3; the renumbered items
    # and the removed HTML comment are not reported
    "jm-children-safety": {"reported": seq(0, 1, 2, 3, 3, 3, 4, 5)},
    # the 48 paragraphs whose curly quotes became straight are not reported (counted as ignored formatting)
    "jm-terms-layout": {"reported": seq(0, 1)},
}
# after = runs-after/ (branch lead34), held = runs-held/ (lead34): the same entries (the lead's fix of this set changes
# section titles only: 「1.佳麦账号的注册、登录<br> <br>」 → 「1.佳麦账号的注册、登录」)
after = dict(first)
held = dict(held_first)
for run in (first, held_first, after, held):
    for v in run.values():
        v.setdefault("section_errors", [])
out = {
    "_": "first = runs/ (frozen base 4b9bec15, /work/tools34/base-pl.sh), dev pairs; held-first = runs-held-first/ (base, held-out pairs); after = runs-after/ (branch lead34); held = runs-held/ (lead34, held-out pairs)",
    "first": first,
    "held-first": held_first,
    "after": after,
    "held": held,
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
