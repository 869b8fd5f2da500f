"""Verdicts on every reported entry of the runs of pairs30 (u30b), written after reading `../dev22d/tools/dump.py RUN PAIR`.
An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []]; `by_section` lists changes found by a
section flag rather than an entry; `section_errors` the false added/removed/split/renamed sections."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def t(*i):
    return ["true", list(i)]


def seq(*idx):
    """Entries 1.. judged true for the annotated changes `idx` in order (None: noise, "o": optional)."""
    return {str(k + 1): (N if i is None else O if i == "o" else t(i)) for k, i in enumerate(idx)}


N = ["noise", []]
O = ["optional", []]
first = {
    "cofacts-case": {"reported": seq("o", "o")},
    "cofacts-cloud": {"reported": seq(0)},
    "cofacts-items": {"reported": seq(0, 1, 2, 3)},
    "cofacts-platforms": {"reported": seq(0, 1)},
    "cofacts-profile": {"reported": seq(0)},
    "cofacts-span": {"reported": seq(0, 1, 2, 3, 4, 5, 6)},
    "cofacts-url": {"reported": seq(0)},
    "cofacts-v3": {"reported": seq(0)},
    "cofacts-version": {"reported": seq(0)},
    "coscup-mailbox": {"reported": seq(0, 1, 2, 3)},
    "coscup-txt-md": {
        "reported": seq(None, None, None),
        "section_errors": [
            "'## Cookie' (a Markdown heading in a .txt file) glued to its paragraph: section 'Cookie' reported added",
            "'## 公告時間' glued to its date line: section '公告時間' reported added and its old text deleted",
        ],
    },
}
# after (runs-after/, branch u30b): the .txt's glued `#` headings are headings (coscup-txt-md: no change), the month
# spelt out and the capitalised name are no change (cofacts-case: both counted as noise, exit 0)
after = dict(first)
after |= {"cofacts-case": {"reported": {}}, "coscup-txt-md": {"reported": {}}}
# the held-out pairs: held-first = runs-held-first/ (the frozen base, made before the fixes, read after they were final),
# held = runs-held/ (u30b, run once at the end): the same entries
held_first = {
    "cofacts-30days": {"reported": seq(0)},
    "cofacts-cib": {"reported": seq(0, 1)},
    "cofacts-email": {"reported": seq(0)},
    "coscup-postcode": {"reported": seq(0, 1)},
}
held = dict(held_first)
for run in (first, after, held_first, held):
    for v in run.values():
        v.setdefault("section_errors", [])
out = {
    "_": "first = runs/ (frozen base cff29b6d, /tmp/base30-pl.sh), dev pairs; after = runs-after/ (branch u30b); held-first = runs-held-first/ (base, held-out pairs); held = runs-held/ (u30b, held-out pairs, run once at the end)",
    "first": first,
    "after": after,
    "held-first": held_first,
    "held": held,
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
