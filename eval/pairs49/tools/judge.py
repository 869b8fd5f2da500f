"""Verdicts on every reported entry of the runs of pairs49 (u49d), written after reading `tools/dump.py RUN` and each
section's status and old/new title in the JSON (entries in the order `../pairs26/tools/score.py` counts them: the
`title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true", [annotated change
indices]], ["noise", []] or ["optional", []]; `by_section` lists annotated changes shown by a section's own status or
title (a heading renamed: the section's old → new title); `section_errors` lists sections whose status or place
misleads a reader.  An entry flagged `reworded` (across scripts: the words differ, not the content) is the quieter kind
the annotation's translation wording allows: optional.  `first` is the blind run of the dev pairs on the session's
frozen base (`runs/`, /work/wt/base49 = 33bf1b8b); `u49d` the dev pairs on branch u49d after its fixes (`runs-u49d/`,
not blind); `held-u49d` the three held-out pairs, run once at the end on branch u49d at 8e3a00f8, after the dev pairs'
fix (`runs-held-u49d/`; the frozen base's run after it, `runs-held-base/`, differs only by hermes-nav's entry text, 「Privacy
(EN)隐私 (ZH)」 glued); `held-after` the same pairs on the branch's final code, after the held-out noise was fixed
(`runs-held-after/`, not blind)."""

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


# photo-rebrand, base run (27 entries): 1 the document title (0), 2 date (1), 3 intro (2), 4 信息收集 (3), 5 the card
# 我们收集的信息 (4), 6 面部数据 (5), 7 用途 (6), 8 处理方式 (7), 9 存储方式 (8), 10–13 保留期限's two items deleted and
# inserted (9, 10), 14–16 the three items of 面部数据的第三方共享 deleted in a [removed] section and 17–19 inserted in
# 网络请求与第三方 [added] (12, 13, 14; the rename 11 not shown: missed), 20 数据存储 (15), 21 本地处理技术 (16), 22–24
# 您的选择与删除 [added] (17), 25 the table cell (18), 26 来源页面 removed (19), 27 footer © (optional).
PHOTO = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 9, 10, 12, 13, 14, 12, 13, 14, 15, 16, 17, 17, 17, 18, 19, "o")
PHOTO_SECERR = [
    "面部数据的第三方共享 [removed]",
    "网络请求与第三方 [added]: the same section, renamed in place (both between 面部数据的存储与保留 and 数据存储) and its three items rewritten",
]


def judge():
    return {
        # 17 entries, no content differs: reworded entries (1 2 4 6 7 10 13 14 15) optional; 3 任何 added, 5 崩溃报告,
        # 9 4.'s second sentence, 12 疑问/疑慮, 17 保留所有/一切权利: annotated translation choices (optional); 8 「不会向任何
        # 第三方出售…您的个人数据」 / 「不會將您的個人資料出售…給任何第三方」 (word order), 11 「卸载应用程序将删除所有本地存储的数据」 /
        # 「解除安裝應用程式將會移除所有儲存在本機的資料」, 16 「可以通过以下方式联系我们」 / 「您可以透過以下方式與我們聯絡」: the
        # same content, shown as changes: noise
        "ginkgo-xscript": {"reported": seq("o", "o", "o", "o", "o", "o", "o", None, "o", "o", None, "o", "o", "o", "o", None, "o")},
        "party-age": {"reported": seq(0, 1)},
        # the inserted section 应用功能 [added], its lead-in and six items (one change); the comma: no entry
        "party-features": {"reported": seq(0, 0, 0, 0, 0, 0, 0)},
        "photo-rebrand": {"reported": seq(*PHOTO), "section_errors": PHOTO_SECERR},
        # 1 date (0), 2 intro (1), 3 1.'s bold sentence (2), 4–41 the Traditional edition's heading 隱私政策 and its eight
        # sections [added] after 8. 联系我们 (3): true, in the right place, long (38 entries) for one edit
        "simple-md-trad": {"reported": seq(0, 1, 2, *([3] * 38))},
        "yikuaiji-nav": {"reported": {}},
        # 1 the translator's note (0, in the part before 1.); 2–14 reworded (optional)
        "yikuaiji-xscript": {"reported": seq(0, *(["o"] * 13))},
    }


def with_defaults(j):
    for v in j.values():
        v.setdefault("section_errors", [])
    return j


def judge_u49d():
    """`runs-u49d/`: byte-identical to `runs/` but photo-rebrand, where 面部数据的第三方共享 → 网络请求与第三方 is one pair
    [modified, renamed] (第三方 is a telling title word, `align._TELLING_STOP_WORDS`): the rename is found by the section
    titles (11); its three items are still three deletions + three insertions inside the pair (14–19)."""
    j = judge()
    j["photo-rebrand"] = {"reported": seq(*PHOTO), "by_section": [11], "section_errors": []}
    return with_defaults(j)


def judge_held():
    """`runs-held-u49d/`: hermes-nav's one entry is its nav bar, grown from four links on one line to eight on their own
    lines (「Home Privacy (EN) 隐私 (ZH) Review Notes Setup: Hermes Agent … Setup: Tailscale」), shown as an inserted
    paragraph before the first heading: noise (the old bar is page chrome; entries like 「Setup: Cloudflare Tunnel」, 24
    characters, were too long for a menu entry).  simple-html-weather: 1 the English date (0), 2 Scheduled Reminders (1),
    3–4 the lead-in reworded and the bold label inserted after it (2), 5 WeatherKit (3), 6 Location (4), 7 Notifications
    (5), 8 Data Deletion (6), 9 the Chinese date, in the section of the Chinese <h1> 隐私政策 (7), 10 定时提醒 (8), 11 the
    lead-in and label as one replace (9), 12 WeatherKit (10), 13 位置 (11), 14 通知 (12), 15 数据删除 (13).
    simple-md-collect: the six additions, each in its language's sub-section (0–5)."""
    return with_defaults(
        {
            "hermes-nav": {"reported": seq(None)},
            "simple-html-weather": {"reported": seq(0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)},
            "simple-md-collect": {"reported": seq(0, 1, 2, 3, 4, 5)},
        }
    )


def judge_held_after():
    """`runs-held-after/`: hermes-nav no entry (the nav bar is page chrome: `_MENU_LATIN_WIDTH`); the others as held."""
    j = judge_held()
    j["hermes-nav"] = {"reported": {}, "section_errors": []}
    return j


if __name__ == "__main__":
    out = {"first": with_defaults(judge()), "u49d": judge_u49d(), "held-u49d": judge_held(), "held-after": judge_held_after()}
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
