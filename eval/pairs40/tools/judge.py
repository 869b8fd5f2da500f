"""Verdicts on every reported entry of the runs of pairs40 (u40d), written after reading a dump of each run
(entries in the order of `sections[].changes`, as `../pairs26/tools/score.py` counts them) and the text redline.  An entry
is ["true", [annotated change indices]], ["noise", []] or ["optional", []]; `by_section` lists annotated changes shown
by a section's status or flag (a `moved` section, an added section whose title is the added line); `section_errors`
lists the false added/removed/split/merged/renamed sections.  Held-out runs are judged only after the fixes were made
(`tools/judge_held.json`)."""

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


def noise(count):
    return seq(*[None] * count)


first = {
    # the added permission (cross-script)
    "hj-hant": {"reported": seq(0)},
    # item 3's edit shown as its deletion (the new item read as a heading: a false added section), then the edits, the
    # removed and added sections; the moved section is flagged `moved` (#0)
    "hj-move": {
        "reported": seq(1, 2, 3, 4, 3, 4, 5, 6, 7, 7),
        "by_section": [0],
        "section_errors": ["「3. 穿山甲SDK会获取…目的是用来投放广告」 added: the last entry of a numbered list (no full stop) read as a heading on one side"],
    },
    "hj-rights": {"reported": seq(0, 1, 2, 3)},
    # the two rewritten sections' headings became lead-in lines 「附加的第三方服务：」「个人信息权益：」 (entries 5, 19: titles
    # shown inserted as text) and their sections removed
    "hj-sdk": {
        "reported": seq(0, 1, 2, 3, None, *[4] * 8, *[5] * 5, None, *[6] * 4, 4, 6, 7),
        "section_errors": [
            "「附加的第三方服务」 removed: its heading is 「附加的第三方服务：」 (a bold lead-in) on the new side",
            "「个人信息权益」 removed: the same (「个人信息权益：」)",
        ],
    },
    # the two added lines are read as headings of sections with no text (an unclosed <h2> holding <p>s)
    "ig-contact": {
        "reported": {},
        "by_section": [0],
        "section_errors": ["「如果想删除人物请证明身份…」 added as a heading", "「（以免某些人干坏事）」 added as a heading"],
    },
    # the sidebar's song widget: dates (1-4) and its titles as sections
    "ig-sidebar": {
        "reported": noise(4),
        "section_errors": [
            "「25時の情熱」 added: a song title of the sidebar widget",
            "「【MV】ハート111…」 → 「お返事まだカナ？…」 renamed: song titles",
            "「愛♡スクリ～ム！」 → 「我不是天才吗 (臙脂)」 renamed: song titles",
        ],
    },
    "yq-mark": {"reported": {}},
}

# after = runs-after/ (branch u40d)
after = {
    "hj-hant": {"reported": seq(0)},
    "hj-move": {"reported": seq(1, 2, 3, 4, 3, 4, 5, 6, 7, 7), "by_section": [0]},
    "hj-rights": {"reported": seq(0, 1, 2, 3)},
    # the SDK entries under 附加的第三方服务 (12: the old paragraph replaced by the list's last line), the rights clause
    "hj-sdk": {"reported": seq(0, 1, 2, 3, *[4] * 8, *[5] * 5, *[6] * 5, 7)},
    "ig-contact": {"reported": seq(0, 0)},
    "ig-sidebar": {"reported": {}},
    "yq-mark": {"reported": {}},
}
for table in (first, after):
    for v in table.values():
        v.setdefault("section_errors", [])

J = {"first": first, "after": after}

if __name__ == "__main__":
    extra = os.path.join(HERE, "tools", "judge_held.json")
    if os.path.exists(extra):
        J.update(json.load(open(extra, encoding="utf-8")))
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(J, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
