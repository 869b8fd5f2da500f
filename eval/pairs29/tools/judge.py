"""Verdicts on every reported entry of the runs of pairs29 (u29b), written after reading `../dev22d/tools/dump.py RUN PAIR`.
An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []]; `by_section` lists changes found by a
section flag (a rename, a removed heading) rather than an entry; `section_errors` the false added/removed/split/renamed
sections.  A `title_change` is the last entry of its pair."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def t(*i):
    return ["true", list(i)]


def seq(*idx):
    """Entries 1.. judged true for the annotated changes `idx` in order (None: noise)."""
    return {str(k + 1): (N if i is None else t(i)) for k, i in enumerate(idx)}


N = ["noise", []]
O = ["optional", []]
PRIV = [0, 1, 2, 4, 6, 8, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10, 11, 12, 12, 12, 12, 12, 13, 13, 13, 14, 13, 15, 17, 18, 18, 19, 20]
TERMS = [
    0,
    1,
    2,
    2,
    3,
    *[4] * 10,
    5,
    5,
    5,
    6,
    7,
    *[8] * 9,
    9,
    10,
    9,
    10,
    11,
    12,
    13,
    13,
    14,
    15,
    16,
    17,
    17,
    18,
    19,
    19,
    20,
    21,
    22,
    23,
    24,
    25,
    26,
    27,
    27,
    28,
    29,
]
# unidocs-cells on the base: the parent's 27 cells inserted, the removed Weex section's 15 cells deleted
CELLS = [None] * 7 + [1, None, 2, None, None, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, None, 6, None]
CELLS += [None] * 7 + [1, None, 2, None, None, 3, None, None]
first = {
    "purpgo-reexport": {"reported": seq(0)},
    "purpgo-terms-reexport": {"reported": seq(0)},
    "purpgo-privacy": {"reported": seq(*PRIV), "by_section": [16]},
    "purpgo-terms-pro": {
        "reported": seq(*TERMS),
        "section_errors": [
            "'1.3 **Pro 订阅功能包括但不限于：**' (a numbered clause, its sibling 1.2 a paragraph) read as an added section"
        ],
    },
    "unidocs-unipush": {"reported": {}, "section_errors": ["false rename 'UniPush' → 'UniPush@push': the heading's anchor id"]},
    "unidocs-getui": {"reported": seq(0)},
    "unidocs-uniad": {"reported": {"1": O}},
    "unidocs-rows": {"reported": seq(*[0] * 6, *[1] * 6, 3, 4, 5, 6, 7), "by_section": [2]},
    "unidocs-cells": {
        "reported": seq(*CELLS),
        "by_section": [0],
        "section_errors": [
            "subheading 'Weex' dropped above its table: the table reported removed (15 cells) and re-added under the parent (27 cells) instead of compared"
        ],
    },
}
# after (runs-after/, branch u29b): HTML table rows are one entry each (the Weex table's unchanged rows moved, its edited
# rows replaced in the parent, the heading's removal the removed section), the @id heading is no rename, and an added
# section is one entry
PRIV_AFTER = [0, 1, 2, 4, 6, 8, (2, 3), (4, 5), (6, 7), (8, 9), 10, 11, 12, 12, 12, 12, 12, 13, 13, 13, 14, 13, 15, 17, 18, 18, 19, 20]
TERMS_AFTER = [*TERMS[:15], (5, 6, 7), 8, *TERMS[29:]]  # 1.3's items and 二、订阅条款 are one entry each now


def seq2(*idx):
    return {str(k + 1): t(*(i if isinstance(i, tuple) else (i,))) for k, i in enumerate(idx)}


after = dict(first)
after |= {
    "purpgo-privacy": {"reported": seq2(*PRIV_AFTER), "by_section": [16]},
    "purpgo-terms-pro": {"reported": seq2(*TERMS_AFTER), "section_errors": first["purpgo-terms-pro"]["section_errors"]},
    "unidocs-unipush": {"reported": {}},
    "unidocs-getui": {"reported": seq(0)},
    "unidocs-uniad": {"reported": {"1": O}},
    "unidocs-rows": {"reported": seq2(0, 1, (3, 4, 5, 6, 7)), "by_section": [2]},
    "unidocs-cells": {"reported": seq(1, 2, 3, 4, 5, 6), "by_section": [0]},
}
# the held-out pairs: held-first = runs-held-first/ (the frozen base, made before the fixes, read after they were final),
# held = runs-held/ (u29b, run once at the end)
held_first = {
    "purpgo-terms-items": {"reported": seq(0, 0, 1, 1)},
    "unidocs-weex": {"reported": seq(0)},
    "unidocs-huawei": {"reported": {}},
    "unidocs-uniad2": {"reported": {"1": O}},
}
held = dict(held_first)
for run in (first, after, held_first, held):
    for v in run.values():
        v.setdefault("section_errors", [])
out = {
    "_": "first = runs/ (frozen base 3d050962, /tmp/base29-pl.sh), dev pairs; after = runs-after/ (branch u29b); held-first = runs-held-first/ (base, held-out pairs); held = runs-held/ (u29b, held-out pairs, run once at the end)",
    "first": first,
    "after": after,
    "held-first": held_first,
    "held": held,
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
