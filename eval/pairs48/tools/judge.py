"""Verdicts on every reported entry of the runs of pairs48 (u48d), written after reading `tools/dump.py RUN` and each
section's status and old/new title in the JSON (entries in the order `../pairs26/tools/score.py` counts them: the
`title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true", [annotated change
indices]], ["noise", []] or ["optional", []]; `by_section` lists annotated changes shown by a section's own status or
title (a heading renamed: the section's old → new title); `section_errors` lists sections whose status or place
misleads a reader.  `first` is the blind run of the dev pairs on the session's frozen base (`runs/`, /work/wt/base48 =
caf66035); `u48d` the dev pairs on branch u48d after its fix (`runs-u48d/`, not blind); `held-u48d` the three held-out
pairs, run once at the end on the final code of branch u48d (`runs-held-u48d/`)."""

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


# szvip-restructure, base run (25 entries): 1 date (0), 2 company line (1), 3 intro sentence (2); 4 the item removed
# from 1. (4), 5–6 the two items appended (5), 1.'s rename by its section titles (3); 7–9 2. 处理目的 [removed] (6);
# 10–16 2. 可选的诊断数据共享 [added] (7); 17 3. 数据关联与跟踪 [added] (8); 18–20 the bodies of 4. 数据共享, 5. 数据保留,
# 6. 您的选择 deleted in three [removed] sections (10, 12, 14), 21–24 the new bodies inserted in 5. 数据共享与保护, 6. 数据保留
# 与删除, 7. 您的选择与权利 [added] (10, 12, 14, 15); 25 9. 政策更新 [added] (16).  The renames 9, 11, 13 (renumbered and
# renamed, bodies rewritten) are not shown: missed; the three sections removed + added are six section errors.
RESTRUCTURE_SECERR = [
    "4. 数据共享 [removed]",
    "5. 数据共享与保护 [added]: the same section, renumbered by the insertion of 2. and 3., renamed and rewritten",
    "5. 数据保留 [removed]",
    "6. 数据保留与删除 [added]: the same section (its first sentence kept)",
    "6. 您的选择 [removed]",
    "7. 您的选择与权利 [added]: the same section",
]


def judge(run):
    j = {
        # 1–2 the 儿童 paragraph rewritten, shown deleted and inserted (0 twice); 3 the buttons line 「📧 邮箱🌐 官网」 →
        # 「📧 邮箱」 (the 官网 button removed: optional)
        "amurmur-contact": {"reported": seq(0, 0, "o")},
        # the <title> reworded (optional); the footer language list, metadata: no entry
        "blindclock-seo": {"reported": seq("o")},
        "mycomi-email": {"reported": seq(0, 1, 2)},
        # one table row, shown as the row 「资料数据 | … | 由您填写」 replaced
        "mycomi-table": {"reported": seq(0)},
        "petfolio-meta": {"reported": {}},
        # shown in 1.1 用户提供的数据 (the sub-section of 1.: the place annotated)
        "petfolio-symptom": {"reported": seq(0)},
        # 1 <title> (optional), 2 the intro (0), 3 the contact item (1), 4 the footer © line, shown in 九、联系我们 where the
        # page ends (optional)
        "szvip-company": {"reported": seq("o", 0, 1, "o")},
        "szvip-footnav": {"reported": {}},
        "szvip-publisher": {"reported": seq("o", 0, 1, "o")},
        "szvip-restructure": {
            "reported": seq(0, 1, 2, 4, 5, 5, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 8, 10, 12, 14, 10, 12, 14, 15, 16),
            "by_section": [3],
            "section_errors": RESTRUCTURE_SECERR,
        },
        # 1 the name line (0), 2 1.'s item (2), 3 2. (3), 4 3. (4), 5 4.'s paragraph (6), 6 5.'s (8), 7 7. (9), 8 8.'s (11),
        # 9 the e-mail line (12); the four renames by the sections' titles (1, 5, 7, 10)
        "szvip-wording": {"reported": seq(0, 2, 3, 4, 6, 8, 9, 11, 12), "by_section": [1, 5, 7, 10]},
    }
    for v in j.values():
        v.setdefault("section_errors", [])
    return j


def judge_u48d():
    """`runs-u48d/`: byte-identical to `runs/` but szvip-restructure, where 4. 数据共享 → 5. 数据共享与保护, 5. 数据保留 →
    6. 数据保留与删除 and 6. 您的选择 → 7. 您的选择与权利 are three section pairs [modified, renamed] (the gap's renumbering
    step and the kept title, `align._gap_shift`, `align._title_kept`): the renames are found by the section titles; each
    rewritten paragraph is still a deletion + an insertion inside its pair (18–19 #10, 20–21 #12, 22–23 #14, 24 #15)."""
    j = judge("runs")
    j["szvip-restructure"] = {
        "reported": seq(0, 1, 2, 4, 5, 5, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 8, 10, 10, 12, 12, 14, 14, 15, 16),
        "by_section": [3, 9, 11, 13],
        "section_errors": [],
    }
    return j


def judge_held():
    """`runs-held-u48d/`, the held-out pairs run once at the end on the final code of branch u48d (`runs-held-base/`, the
    frozen base run after it, is byte-identical: one verdict serves both)."""
    return {
        # 1 the date line (0); 2 the note under the table (1)
        "mycomi-crashlytics": {"reported": seq(0, 1), "section_errors": []},
        # no entry: the hero 「Petfolio 爪迹」 → 「Petfolio 爪爪迹」 is a short line of the page's own <header> (page chrome by
        # design, docs/diff.md "An HTML page's chrome"): missed
        "petfolio-appname": {"reported": {}, "section_errors": []},
        # the item, shown in 5. 账号注销 (the <h3> under 五、: the place annotated); the CSS font: no entry
        "szvip-arrows": {"reported": seq(0), "section_errors": []},
    }


def judge_late(run):
    """The two late pairs (annotated after the dev pairs' fix, before any run of them): `runs-late-base/` on the frozen
    base (blind), `runs-late-u48d/` on the final branch."""
    # buwan-xscript: 1 date (0), 2 the intro (1), 3 圖樣/纹样 reworded (optional), 4 照片與相機: 要求/请求, 將/把, 至/到, 變更/更改
    # (translation choices, optional), 5 付款卡資料/银行卡信息 (optional), 6 資料匯出與刪除 rewritten (2), 7 支援溝通: 郵件內容/
    # 邮件正文 (optional) with 信箱要求/邮箱请求, 8 安全與變更: the sentence removed (3), with 檢查/校验 and 標示/标注 (optional);
    # base only: 9 聯絡我們 支援信箱 → 支持邮箱, regional wording: noise (聯絡我們 [modified] for it)
    xs = (0, 1, "o", "o", "o", 2, "o", 3) + ((None,) if run == "base" else ())
    return {
        "buwan-hant": {"reported": seq(0, 1, 2, 3), "section_errors": []},
        "buwan-xscript": {"reported": seq(*xs), "section_errors": []},
    }


if __name__ == "__main__":
    out = {
        "first": judge("runs"),
        "u48d": judge_u48d(),
        "held-u48d": judge_held(),
        "late-base": judge_late("base"),
        "late-u48d": judge_late("u48d"),
    }
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
