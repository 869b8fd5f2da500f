"""Verdicts on every reported entry of the runs of pairs36 (u36p), written after reading `../dev22d/tools/dump.py RUN PAIR`
and the text redline.  An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []];
`section_errors` lists the false added/removed/split/renamed sections; `by_section` the annotated changes shown by a
section's flag.  The title change (`#T`) is the last entry, as score.py counts it."""

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


WO_SECTIONS = [
    f"「{t}」 flagged removed: its title is the first line of an HTML list item's paragraph in the new side"
    for t in ("1. Definitions", "2. How We Collect Information", "How We Use Information", "3. Third party accounts",
              "Sharing of personal data", "4. Legal basis for data processing", "5. International transfers of personal data",
              "6. Children's Privacy", "7. Your rights", "Transparency and Choice", "8. Changes", "9. Contact Us")
]

first = {
    "fb-date": {"reported": seq(0, 1)},
    # #3 the two dated lines of one paragraph shown as one entry (changes 2 and 3)
    "fb-en": {"reported": seq(0, 1, (2, 3))},
    "fb-layout": {"reported": seq(0)},
    # #2 the copyright line removed (annotated optional)
    "fb-links": {"reported": seq(0, "o")},
    "gj-draft-hk": {"reported": seq(0, 1, 2, 3, 4)},
    # #3 the GitHub address made a link named 「GitHub Privacy Statement」 (optional); #5 the page footer
    # 「光迹探楼 · zusk66@gmail.com」 reported inserted into the last section (noise: chrome); #T the title (optional)
    "gj-md-html": {"reported": seq(0, 1, "o", 2, None, "o")},
    # the Markdown side's numbered title lines are sections; the HTML export's are the first lines of <li><p> paragraphs:
    # 12 sections flagged removed and every paragraph reported reworded with its title prepended.  #2 holds the real
    # change (", named Camera" dropped) among that noise: counted found
    "wo-camera-en": {
        "reported": seq(None, 0, None, None, None, None, None, None, None, None, None, None, None, None, None),
        "section_errors": WO_SECTIONS,
    },
}
held_first = {
    "fb-contact": {"reported": seq(0, 1)},
    "gj-draft": {"reported": seq(0, 1, 2, 3, 4)},
    # two paragraphs shown `≃` reworded (exit 0): 模板 → 範本 and 服务端 → 伺服端, the zh-Hant edition's wording of the
    # same text (annotated noise): the variant table has neither pair
    "sf-hans-hant": {"reported": seq(None, None)},
}
# after = runs-after/ (branch u36p): JSON byte-identical to the first run but for wo-camera-en, where the HTML export's
# titles are cut back out of their paragraphs (`diff/runin.py`): the sections pair, one change is left, the real one
after = dict(first)
after["wo-camera-en"] = {"reported": seq(0)}
# held = runs-held/ (branch u36p): JSON byte-identical to runs-held-first/ but for sf-hans-hant, whose two reworded
# paragraphs are no entry once 模板/範本 and 服务端/伺服端 are regional wording (`diff.variants._EXTRA`, added after the
# held-out run was read: not blind)
held = dict(held_first)
held["sf-hans-hant"] = {"reported": {}}
for run in (first, held_first, after, held):
    for v in run.values():
        v.setdefault("section_errors", [])
out = {
    "_": "first = runs/ (frozen base 84eec79d, /work/tools36/base-pl.sh), dev pairs; held-first = runs-held-first/ (base, "
    "held-out pairs, judged after the fixes); after = runs-after/ (branch u36p); held = runs-held/ (u36p, held-out pairs)",
    "first": first,
    "held-first": held_first,
    "after": after,
    "held": held,
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
