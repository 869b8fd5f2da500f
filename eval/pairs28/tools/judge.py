"""Verdicts on every reported entry of the runs of pairs28 (u28b), written after reading `../dev22d/tools/dump.py RUN PAIR`.
An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []]; `by_section` lists changes found by a
section flag (a rename) rather than an entry; `section_errors` the false added/removed/split/renamed sections.  A
`title_change` is the last entry of its pair."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def t(*i):
    return ["true", list(i)]


def seq(*idx):
    """Entries 1.. judged true for the annotated changes `idx` in order."""
    return {str(k + 1): t(i) for k, i in enumerate(idx)}


N = ["noise", []]
O = ["optional", []]
PICTO = "false rename '{}' → '{}': the same heading with a pictograph in front"
first = {
    "babymo-wording": {"reported": {}, "by_section": [0, 1]},
    "beadcube-update": {"reported": seq(0, 1, 2, 3, 4, *range(6, 18)), "by_section": [5]},
    "bookra-email": {"reported": seq(0, 1, 2, 2, 3)},
    "bookra-ga": {"reported": {}},
    "bookra-generic": {
        "reported": seq(1, 1, 2, 3, 4, 6),
        "by_section": [5],
        "section_errors": ["subsection '我们在哪里存储您的数据' → '数据存储' (body reworded, 0.44 alike) read as removed + added"],
    },
    "bookra-pricing": {"reported": {}},
    "bookra-seo": {"reported": {"1": O}},
    "daonale-nearu": {"reported": {**seq(1, 2), "3": t(0)}},
    "daonale-redesign": {"reported": {"1": N}},
    "fridgenie-rebrand": {"reported": {**seq(0, 1, 2), "4": O}},
    "fridgenie-subscription": {"reported": seq(0, 1)},
    "kabe-email": {"reported": seq(0, 1)},
    "lostbuddy-layout": {"reported": {"1": O}},
    "solo-appname": {"reported": seq(*range(9))},
    "solo-langswitch": {"reported": {}},
    "zenmaster-update": {
        "reported": seq(0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17),
        "by_section": [1, 12],
        "section_errors": [PICTO.format("广告", "📈 广告"), PICTO.format("数据安全", "🔐 数据安全")],
    },
}
# after (runs-after/, branch u28b): the pictograph headings are the same sections, the glued footer address is chrome,
# and the storage subsection is one section renamed, its paragraph one replaced paragraph (0.44 alike, rewritten in place)
after = {k: v for k, v in first.items() if k not in ("bookra-generic", "daonale-redesign", "zenmaster-update")}
after |= {
    "bookra-generic": {"reported": seq(1, 2, 3, 4, 6), "by_section": [0, 5]},
    "daonale-redesign": {"reported": {}},
    "zenmaster-update": {k: v for k, v in first["zenmaster-update"].items() if k != "section_errors"},
}
# the held-out pairs: held-first = runs-held-first/ (the frozen base, made before the fixes, read after they were final),
# held = runs-held/ (u28b, run once at the end); byte-identical outputs
held_first = {
    "babymo-perm": {"reported": seq(0, 1)},
    "bookra-footer": {"reported": {}},
    "fridgenie-disclose": {"reported": seq(0, 1, 2)},
    "lostbuddy-anon": {"reported": seq(0)},
}
held = dict(held_first)
for run in (first, after, held_first, held):
    for v in run.values():
        v.setdefault("section_errors", [])
out = {
    "_": "first = runs/ (frozen base f3d24642, /tmp/base28-pl.sh), dev pairs; after = runs-after/ (branch u28b); held-first = runs-held-first/ (base, held-out pairs); held = runs-held/ (u28b, held-out pairs, run once at the end)",
    "first": first,
    "after": after,
    "held-first": held_first,
    "held": held,
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
