"""Verdicts on every reported entry of the runs of pairs27 (u27b), written after reading `../dev22d/tools/dump.py RUN PAIR`.
An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []]; `by_section` lists changes found by a
section flag (a rename) rather than an entry; `section_errors` the false added/removed/split/renamed sections."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def t(*i):
    return ["true", list(i)]


N = ["noise", []]
O = ["optional", []]
ADDRESS_HEADING = "false rename 'ShyBen Apps' → 'Martin Scheibenreif': the bold first line of an address block (<strong>…</strong><br />) taken as a heading"
first = {
    "apchat-sections": {"reported": {"1": t(0), "2": t(1), "3": t(2), "4": t(3), "5": t(4), "6": O}},
    "biblelove-sdk": {"reported": {"1": t(0), "2": t(1)}},
    "capsoul-membership": {"reported": {str(i + 1): t(i) for i in range(6)}},
    "colors-tw-backlink": {"reported": {"1": N}},
    "mxc-hant-googleplus": {"reported": {**{str(i): t(0) for i in range(1, 9)}, "9": t(1)}},
    "mxc-hant-reexport": {"reported": {}},
    "pikori-address": {"reported": {"1": t(0), "2": t(1)}, "section_errors": [ADDRESS_HEADING]},
    "pikori-age-items": {"reported": {"1": t(0), "2": t(1)}},
    "pikori-children": {"reported": {"1": t(0), "2": t(0), "3": t(1)}},
    "pikori-langbar-grow": {"reported": {"1": N}},
    "pikori-langbar-retarget": {"reported": {}},
    "pikori-section-insert": {"reported": {"1": t(0), "2": t(1), "3": t(1), "4": t(1)}},
    "pikori-visibility": {"reported": {"1": t(0), "2": t(2), "3": t(3), "4": t(3), "5": t(4), "6": t(5), "7": t(6), "8": t(7)}, "by_section": [1]},
    "plucknote-email": {"reported": {"1": t(0), "2": t(0)}},
    "smartbookmark-favicon": {"reported": {}},
}
# after (runs-after/, branch u27b): the two navigation lines are gone, the e-mail is one replaced paragraph, and the
# controller's name is no section: its line is a deletion and an insertion in 1. 数据控制者
after = {k: v for k, v in first.items() if k not in ("colors-tw-backlink", "pikori-langbar-grow", "pikori-address", "plucknote-email")}
after |= {
    "colors-tw-backlink": {"reported": {}},
    "pikori-langbar-grow": {"reported": {}},
    "pikori-address": {"reported": {"1": t(0), "2": t(0), "3": t(0), "4": t(1)}},
    "plucknote-email": {"reported": {"1": t(0)}},
}
# the held-out pairs: held-first = runs-held-first/ (the frozen base, made after the fixes were final), held = runs-held/
# (u27b, run once at the end)
held_first = {
    "biblelove-drop": {"reported": {"1": t(0)}},
    "colors-cn-backlink": {"reported": {"1": N}},
    "mxc-hant-footer": {"reported": {}},
    "pikori-security": {"reported": {"1": t(0), "2": t(1)}},
}
held = held_first | {"colors-cn-backlink": {"reported": {}}}
for run in (first, after, held_first, held):
    for v in run.values():
        v.setdefault("section_errors", [])
out = {
    "_": "first = runs/ (frozen base b49e36c6, /tmp/base27-pl.sh), dev pairs; after = runs-after/ (branch u27b); "
    "held-first = runs-held-first/ (base, held-out pairs); held = runs-held/ (u27b, held-out pairs, run once at the end)",
    "first": first,
    "after": after,
    "held-first": held_first,
    "held": held,
}
path = os.path.join(HERE, "judgments.json")
if os.path.exists(path):
    old = json.load(open(path, encoding="utf-8"))
    out.update({k: v for k, v in old.items() if k not in out})
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
