"""Verdicts on every reported entry of the runs of pairs39 (u39d), written after reading a dump of each run
(entries in the order of `sections[].changes`, as `../pairs26/tools/score.py` counts them) and the text redline.  An entry
is ["true", [annotated change indices]], ["noise", []] or ["optional", []]; `section_errors` lists the false
added/removed/split/merged/renamed sections.  Held-out runs are judged only after the fixes were made."""

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


MD_HTML_SECTIONS = [
    "「在访问时，本人仅会处于以下目的，使用你的个人信息：」 removed (text moved out): an <h3> lead-in read as body text in HTML, a heading in Markdown",
    "「你应该知道在你访问的时候不限于以下信息会被第三方获取并使用：」 removed (text moved out), the same",
    "「在访问时，本站内置的第三方服务会…信息：」 heading removed (merged), the same",
    "「第三方信息获取方将您的数据用于以下用途：」 heading removed (merged), the same",
]
FRAME_ADDED = ["「网页」 added: the theme's menu group title", "「博客快捷键」 added: keyboard tips", "「通知」 added: a popup"]

first = {
    # ©2020 - 2026, the article counter, the tag cloud's counts: the frame
    "ah-archive": {"reported": noise(3)},
    # the footer's ICP number (annotated noise)
    "ah-icp": {"reported": noise(1)},
    # the footer's link groups, line by line
    "bl-links": {"reported": noise(12)},
    # the domain (cross-script)
    "dj-hant": {"reported": seq(0)},
    # the frame (sidebar, footer, statistics, keyboard tips, right-click menu, popup: 1–3, 31–77), the <h3> lead-ins read
    # differently (4–28: their lists and the table shown removed and inserted), two Markdown links against the HTML
    # link text (29, 30)
    "dj-md-html": {"reported": noise(77), "section_errors": MD_HTML_SECTIONS + FRAME_ADDED},
    # the frame (1–3, 5–52) and a Markdown link against the HTML link text (4)
    "ed-md-html": {"reported": noise(52), "section_errors": FRAME_ADDED},
    # the sidebar's tag cloud and the statistics
    "ed-sidebar": {"reported": noise(5), "section_errors": ["「网页」 → (untitled) renamed: a menu group title read as a heading on one deploy only"]},
}
for v in first.values():
    v.setdefault("section_errors", [])

# after = runs-after/ (branch u39d)
after = {
    "ah-archive": {"reported": {}},
    # kept on purpose: a filing number outside <main> stays text (eval/blind/pairs14 judged one a real divergence)
    "ah-icp": {"reported": noise(1)},
    "bl-links": {"reported": {}},
    "dj-hant": {"reported": seq(0)},
    # 1–25 the <h3> lead-ins (left), 26–27 the Markdown links (left), 28 the footer's ICP line (kept on purpose)
    "dj-md-html": {"reported": noise(28), "section_errors": MD_HTML_SECTIONS},
    # 1 the Markdown link (left), 2 the footer's ICP line (kept on purpose)
    "ed-md-html": {"reported": noise(2)},
    "ed-sidebar": {"reported": {}},
}
for v in after.values():
    v.setdefault("section_errors", [])

# u39d2 = runs-u39d2/ (branch u39d2, after u39d): the <h3> lead-ins carry ids made from their text (Hexo's), so they are
# headings as in the Markdown source; a link is compared by its words when only the Markdown side holds its target
u39d2 = {
    **after,
    # the footer's ICP line (kept on purpose) only
    "dj-md-html": {"reported": noise(1), "section_errors": []},
    "ed-md-html": {"reported": noise(1), "section_errors": []},
}

J = {"first": first, "after": after, "u39d2": u39d2}

if __name__ == "__main__":
    extra = os.path.join(HERE, "tools", "judge_held.json")
    if os.path.exists(extra):
        J.update(json.load(open(extra, encoding="utf-8")))
        J["u39d2-held"] = J["held"]  # runs-u39d2-held/: the same entries as runs-held/ (none in bl-site and dj-html, dj-domain's one)
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(J, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
