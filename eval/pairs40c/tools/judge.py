"""Verdicts on every reported entry of the two runs of pairs40c (u40e), written after reading a dump of each run (entries
in the order `../pairs26/tools/score.py` counts them: the `title_change` first when there is one, then
`sections[].changes` in order) and the text redline.  An entry is ["true", [annotated change indices]], ["noise", []] or
["optional", []]; `by_section` lists annotated changes shown by a section's status or title (a renamed or added/removed
section whose title is the changed line); `section_errors` lists the false added/removed/split/merged/renamed sections.
`runs/` (the session's frozen base ccb065d3) and `runs-final/` (final40 b9f5c3c3) are byte-identical JSON on all nine
pairs, so both are judged alike."""

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


DATED = (
    "「版本更新日期：…」 shown as a removed section and an added section (old and new date) instead of one renamed "
    "section, while its neighbour 「版本生效日期：…」 is renamed: an ### heading with no text of its own (the date change "
    "itself is shown)"
)

run = {
    # the 穿山甲 entry shown as its old line deleted and the long new line inserted (#0 twice), then Unity added
    "am-sdk": {"reported": seq(0, 0, 1)},
    # the dates by the sections (renamed #1; removed/added #0); the new description inserted, then the old one deleted
    # where the unchanged sentence 「我们不会记录…」 now stands alone (#2 twice); the issue link (#3)
    "ar-relay": {"reported": seq(2, 2, 3), "by_section": [0, 1], "section_errors": [DATED]},
    # title change (#0); the description (#3), the network-data promise deleted (#4), the kit sentence (#5), the
    # Tun2Socks paragraph (#4), the push kit (#5); dates by the sections
    "ar-scope": {"reported": seq(0, 3, 4, 5, 4, 5), "by_section": [1, 2], "section_errors": [DATED]},
    # [每日计划] brackets (optional) in every paragraph; 4、信息的提供 (#0) and 5、未成年人 (#1) show 滴答清单 replaced
    "ca-name": {"reported": seq("o", "o", "o", "o", 0, 1, "o", "o", "o", "o", "o", "o", "o")},
    # the new title line (#0; the added heading A.隐私政策 is new, its preamble text shown moved into it), then each
    # annotated edit in order; 「如果您是」→「如果你是」 optional
    "cx-twrp": {"reported": seq(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "o", 11, 12, 13, 14, 15)},
    # title change = the effective date (#0); the credit line deleted (#1); both e-mails (#2, #3)
    "rt-contact": {"reported": seq(0, 1, 2, 3)},
    # the <title> reordered; 17 nav menu entries (added, removed, renamed, the duplicated nav blocks of the old side)
    # and the hero tag 「⚖️ 社群須知」 in (before the first heading); the site revision line 「網站最後修改日期 … / 總計修改—次」
    "sw-frame": {"reported": seq(*[None] * 20)},
    "se-redirect": {"reported": {}},
    "rs-meta": {"reported": {}},
}
for v in run.values():
    v.setdefault("section_errors", [])

J = {"first": run, "final": run}

if __name__ == "__main__":
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(J, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
