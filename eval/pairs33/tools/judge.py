"""Verdicts on every reported entry of the runs of pairs33 (u33b), written after reading `../dev22d/tools/dump.py RUN PAIR`.
An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []]; `section_errors` lists the false
added/removed/split/renamed sections; `by_section` the annotated changes shown by a section's flag (a renamed heading)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = ["noise", []]
OPT = ["optional", []]


def seq(*idx):
    """Entries 1.. judged true for the annotated changes `idx` in order (None: noise, "o": optional)."""
    return {str(k + 1): (N if i is None else OPT if i == "o" else ["true", [i]]) for k, i in enumerate(idx)}


first = {
    "awe-glm": {"reported": seq(0)},
    "awe-revert": {"reported": seq(0)},
    # #3-#12 the new Sentry section's body (one annotated change); the renamed heading App Store → App Store / Google
    # Play is shown by the section's `renamed` flag (change 3)
    "comfy-sentry": {"reported": seq(0, 1, *[2] * 10, 4, 5, 6), "by_section": [3]},
    # 「只会…并且」 → 「僅會…且」 (optional)
    "evn-hant-convert": {"reported": seq("o")},
    # #1 信息 / 訊息 (optional); #2/#3 the older sentence against the newer one, little kept, moved past an item: both the change
    "px-cross": {"reported": seq("o", 0, 0)},
    # the added item and the next paragraph are one Markdown list item (a lazy continuation line): the change
    "px-hans-doc": {"reported": seq(0)},
    "px-hans-id": {"reported": {}, "section_errors": ["「### 用户 id\\b」 → 「### 用户 id」 flagged renamed: a control character"]},
    # #1/#2 the paragraph rewritten (little kept) and moved past the unchanged item: both the change
    "px-hans-reword": {"reported": seq(0, 0, 1)},
    "px-hans-telegram": {"reported": seq(0, 1)},
    "px-hant-blank": {"reported": {}},
    "px-hant-export": {"reported": seq(0)},
    # #2 訊息 → 資訊, #3 文檔 → 文件: Taiwan localisation (optional)
    "px-hant-lead": {"reported": seq(0, "o", "o")},
}
# after = runs-after/ (branch u33b): px-hans-id no longer flagged renamed (the control character is removed from the key)
after = dict(first)
after |= {"px-hans-id": {"reported": {}}}
# the held-out pairs: held-first = runs-held-first/ (frozen base, made before the fixes, read after they were final),
# held = runs-held/ (u33b, run once at the end): byte-identical
held_first = {
    # #1 the GitHub Issues link's address, #2 the 「返回文档首页」 link's address (both optional: the visible text is unchanged)
    "comfy-vitepress": {"reported": seq("o", "o")},
    "evn-hans-loose": {"reported": {}},
    # #1 (the title change) the app's name added as the document's title (optional)
    "evn-hans-title": {"reported": seq("o")},
    "px-hans-quote": {"reported": {}},
}
held = dict(held_first)
for run in (first, held_first, after, held):
    for v in run.values():
        v.setdefault("section_errors", [])
out = {
    "_": "first = runs/ (frozen base 9fff4335, /work/tools33/base-pl.sh), dev pairs; held-first = runs-held-first/ (base, held-out pairs, read only at the end); after = runs-after/ (branch u33b); held = runs-held/ (u33b, held-out pairs)",
    "first": first,
    "held-first": held_first,
    "after": after,
    "held": held,
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
