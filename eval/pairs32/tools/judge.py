"""Verdicts on every reported entry of the runs of pairs32 (u32b), written after reading `../dev22d/tools/dump.py RUN PAIR`.
An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []]; `section_errors` lists the false
added/removed/split/renamed sections."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = ["noise", []]
O = ["optional", []]


def seq(*idx):
    """Entries 1.. judged true for the annotated changes `idx` in order (None: noise, "o": optional)."""
    return {str(k + 1): (N if i is None else O if i == "o" else ["true", [i]]) for k, i in enumerate(idx)}


CLEAN = ("kong-format", "kong-tip", "lexi-assets", "nyust-move", "sour-lang", "sour-move")
first = {p: {"reported": {}} for p in CLEAN}
first |= {
    # the admonition (optional), then the paragraph, the lead line and the four links
    "kong-clarity": {"reported": seq("o", 0, 1, 2, 3, 4, 5)},
    "kong-partner": {"reported": seq(0, 1)},
    # #2/#3: the list item replaced by an unrelated one, as a deletion and an insertion (both the change);
    # #5: the rest of the hard-wrapped （二） paragraph (part of change 2); #9: the first line of 四's hard-wrapped
    # paragraph, unchanged in the new joined paragraph, reported deleted (noise); #10/#11 the rewritten rest
    "nyust-v1": {"reported": seq(0, 1, 1, 2, 2, 3, 4, 5, None, 6, 6, 7, 8)},
    # #2 「如需了解详情」 → 「详情请参阅」 (optional); #3/#4 the English paragraph replaced by a Chinese one
    "sour-rewrite": {"reported": seq(0, "o", 1, 1, 2, 3)},
}
# after = runs-after/ (branch u32b): nyust-v1's 四 is one replace of the two hard-wrapped lines (#9), the rest as first
after = dict(first)
after |= {"nyust-v1": {"reported": seq(0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8)}}
# the held-out pairs: held-first = runs-held-first/ (frozen base, made before the fix, read after it was final),
# held = runs-held/ (u32b, run once at the end): the same entries
held_first = {
    "kong-thirdparty": {"reported": seq(0)},
    "lexi-nav": {"reported": {}},
    # #1/#2: the lead paragraph modified (its first clause kept) read as a deletion and an insertion: #2 counted noise
    "nyust-remember": {"reported": seq(0, None, 1, 2, 3, 4)},
    # #1/#4: the Clarity paragraph rewritten (little kept) as a deletion and an insertion, both the change
    "sour-clarity": {"reported": seq(0, 1, 2, 0)},
}
held = dict(held_first)
for run in (first, held_first, after, held):
    for v in run.values():
        v.setdefault("section_errors", [])
out = {
    "_": "first = runs/ (frozen base fa5a21c0, /work/tools32/base-pl.sh), dev pairs; held-first = runs-held-first/ (base, held-out pairs, read only at the end); after = runs-after/ (branch u32b); held = runs-held/ (u32b, held-out pairs)",
    "first": first,
    "held-first": held_first,
    "after": after,
    "held": held,
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
