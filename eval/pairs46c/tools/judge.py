"""Verdicts on every reported entry of the runs of pairs46c (m46x), written after reading `tools/dump.py RUN` and each
section's status and old/new title in the JSON (entries in the order `../pairs26/tools/score.py` counts them: the
`title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true", [annotated change
indices]], ["noise", []] or ["optional", []]; `section_errors` lists sections whose status or place misleads a reader.
`first` is the run on the session's frozen base (`runs/`), `final` the merged final code (`runs-final/`, with
`--final`), judged the same way after reading its dump."""

import json
import os
import sys

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


def rep(i, k):
    return [i] * k


# actionmaster-english, base run (37 entries): 1 the English intro inserted into the Chinese 联系我们 section (change 0);
# then the English sections [added]: 2–6 1. → 1, 7–14 2. → 2, 15–20 3. → 3, 21 4. → 4, 22 5. → 5, 23–30 6. → 6, 31 7. → 7,
# 32 8. → 8, 33 9. → 9, 34 10. → 10, 35–37 Contact Us → 11.  The buttons and the English footer are no entry.
AM_FIRST = seq(0, *rep(1, 5), *rep(2, 8), *rep(3, 6), 4, 5, *rep(6, 8), 7, 8, 9, 10, *rep(11, 3))
AM_SECERR = ["the English intro is shown as an insertion into the Chinese 联系我们 section, whose status becomes "
             "[modified] though its Chinese text is byte-identical"]
# ads-fill, base run (18 entries): 1 TITLE Document → 隐私政策 (0); 2 the placeholder deleted, 3–4 the intro inserted in
# the preamble (1); 5–12 the eight data-field sections [added] under 个人信息字段类型与用途 (2); 13 信息的分享 (3); 14–16
# 第三方产品服务 and Unity Ads SDK (4); 17 安全 (5); 18 联系我们 (6).
AD_FIRST = seq(0, 1, 1, 1, *rep(2, 8), 3, 4, 4, 4, 5, 6)
# xingread-crossscript, base run (15 entries): 1 the Word title 「隐私政策」 deleted (optional); 2 免费→玄幻 in the intro (0);
# 3–4 the two definition paragraphs deleted (1); 5–14 paragraphs whose only difference is the converter's 一→壹 (一些,
# 一切, 一次, 一定, 逐一, (一)) or 你→妳 (optional); 15 the contact sentence with the e-mail (2).
XR_FIRST = seq("o", 0, 1, 1, *rep("o", 10), 2)


def judge(run):
    j = {
        "actionmaster-english": {"reported": AM_FIRST, "section_errors": AM_SECERR},
        "ads-fill": {"reported": AD_FIRST},
        "diary-mode": {"reported": {}},
        "fangzhou-href": {"reported": {}},
        "m-css": {"reported": {}},
        "panda-reflow": {"reported": {}},
        # the commented-out <li> shown deleted in 二、我们使用的权限 [modified]
        "plan-permission": {"reported": seq(0)},
        "plan-readd": {"reported": {}},
        # Hyper-Casual Games → Roll Ball in the intro (preamble) [modified]
        "rollball-name": {"reported": seq(0)},
        "xingread-crossscript": {"reported": XR_FIRST},
        "xuanhuan-space": {"reported": {}},
    }
    for v in j.values():
        v.setdefault("section_errors", [])
    return j


def judge_u46d2():
    """`runs-u46d2/`: branch u46d2 after fixing this set's section error (not blind).  Every pair's output is
    byte-identical to `runs/` but actionmaster-english's: the same 37 entries in the same order, the English intro
    now in an untitled part [added] (new L264) between 联系我们 (now unchanged) and 1. Information Collection."""
    j = judge("runs")
    j["actionmaster-english"] = {"reported": AM_FIRST, "section_errors": []}
    return j


if __name__ == "__main__":
    out = {"first": judge("runs")}
    if os.path.isdir(os.path.join(HERE, "runs-final")) and "--final" in sys.argv:
        out["final"] = judge("runs-final")
    if os.path.isdir(os.path.join(HERE, "runs-u46d2")) and "--u46d2" in sys.argv:
        out["u46d2"] = judge_u46d2()
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
