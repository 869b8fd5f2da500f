"""Verdicts on every reported entry of the runs of pairs45c (m45x), written after reading `tools/dump.py RUN` and each
section's status and old/new title in the JSON (entries in the order `../pairs26/tools/score.py` counts them: the
`title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true", [annotated change
indices]], ["noise", []] or ["optional", []]; `section_errors` lists false added/removed/split/merged/renamed sections:
here an old section that the annotation pairs with a new one (renamed and rewritten, same number and topic) but the
report shows as [removed] plus an unrelated [added].  `first` is the run on the session's frozen base (`runs/`),
`final` the merged final code (`runs-final/`), judged the same way (`--final`, after reading its dump).  `u45d2` (with
`--u45d2`): helper u45d2's branch, fixed from this set (`runs-u45d2/`, **not blind**), judged after reading its dump."""

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


# timetrace-rewrite, base run (52 entries): 1 the title; 2–8 the preamble (Lofi. intro deleted, dates and the new intro
# inserted); 9–10 old 「1. 信息收集范围」 and 「日志数据」 [removed]; 11 「2. 如何收集信息」; 12–24 「信息使用与披露」;
# 25–30 「信息存储」; 31 「信息安全」; 32–34 「变更」 and 「联系我们」 (old contact); 35 the footer slogan 「记录专注，预见未来」
# (the `.Bottombar` page chrome, unchanged) shown as deleted inside [removed] 联系我们: noise; 36–39 我们收集的信息 / 分析信息 /
# 设备标识符 [added]; 40–42 我们如何使用您的信息; 43–47 分享您的信息; 48 其它网站和服务; 49–51 如何联系我们; 52 the same
# footer slogan shown as inserted inside [added] 如何联系我们: noise.
TT_FIRST = seq(0, *rep(1, 7), 2, 2, 3, *rep(4, 13), *rep(5, 6), 6, 11, 11, 11, None, *rep(7, 4), *rep(8, 3), *rep(9, 5), 10,
               11, 11, 11, None)
# the old 「变更」+「联系我们」 and the new 「如何联系我们」 (annotated as one rewritten contact/change section) shown as
# [removed] + [added]
TT_SECERR = ["变更 / 联系我们 → 如何联系我们 shown as [removed] + [added]"]

# xunfrp-rewrite, base run (71 entries): 1 the title; old sections [removed]: 1.1/1.2 (2–9) → change 2, 2. (10–14) → 3,
# 3.1 (15–18) → 6, 3.2 (19–21) → 4, 4. (22–25) → 5, 5. Cookie (26–30) → 7, 6. (31–35) → 8, 7. (36) → 9, 8. (37) → 10;
# the preamble [added] (38 date, 39 intro → 1; 40 the lone U+FFFC object-replacement character: noise); new sections
# [added]: 1. (41–43) → 2, 2. (44–47) → 3, 3. 存储与期限 (48–50) → 4, 4. (51–55) → 5, 5. 信息安全措施 (56–59) → 6,
# 6. (60–63) → 8, 7. (64) → 9, 8. (65) → 10; 9. 联系我们 [modified] (66–71) → 11.
XF_FIRST = seq(0, *rep(2, 8), *rep(3, 5), *rep(6, 4), *rep(4, 3), *rep(5, 4), *rep(7, 5), *rep(8, 5), 9, 10, 1, 1, None,
               *rep(2, 3), *rep(3, 4), *rep(4, 3), *rep(5, 5), *rep(6, 4), *rep(8, 4), 9, 10, *rep(11, 6))
# sections whose number and topic survive (renamed, rewritten) shown as [removed] + [added] instead of paired
XF_SECERR = ["1. 信息收集 → 1. 我们收集的信息", "2. 信息使用 → 2. 我们如何使用信息", "4. 信息共享 → 4. 信息共享与披露",
             "6. 用户权利 → 6. 您的权利", "7. 儿童隐私 → 7. 未成年人保护", "8. 政策更新 → 8. 隐私协议更新"]

# u45d2 (not blind), timetrace-rewrite (50 entries): 1 the title; 2–8 the preamble; 9–10 「1. 信息收集范围」/「日志数据」
# [removed]; 11 「2. 如何收集信息」; 12–24 「信息使用与披露」; 25–30 「信息存储」; 31 「信息安全」; 32–33 「变更」 [removed]
# (the change clause, rewritten into 如何联系我们: change 11); 34–37 我们收集的信息 / 分析信息 / 设备标识符 [added];
# 38–40 我们如何使用您的信息; 41–45 分享您的信息; 46 其它网站和服务; 47–50 联系我们 → 如何联系我们 [modified, renamed]
# (e-mail line replaced, the change clause inserted). The footer slogan is no entry any more.
TT_U45D2 = seq(0, *rep(1, 7), 2, 2, 3, *rep(4, 13), *rep(5, 6), 6, 11, 11, *rep(7, 4), *rep(8, 3), *rep(9, 5), 10,
               *rep(11, 4))
# 「联系我们」 → 「如何联系我们」 is paired now; 「变更」, whose clause was rewritten into it, is still shown [removed]
TT_U45D2_SECERR = ["变更 (rewritten into 如何联系我们) shown as [removed]"]
# u45d2 (not blind), xunfrp-rewrite (68 entries): 1 the title; 2–3 the preamble [added] (date, intro; the U+FFFC line is
# no entry any more); 4–6 1. → 1. 我们收集的信息 [modified, renamed] (its three numbered paragraphs); 7–14 1.1/1.2
# [removed] → 2; 15–23 2. → 2. 我们如何使用信息 → 3; 24–27 3.1 [removed] → 6; 28–30 3.2 [removed] → 4; 31–33 3. 存储与期限
# [added] → 4; 34–40 4. → 4. 信息共享与披露 → 5; 41–45 5. Cookie使用 [removed] → 7; 46–49 5. 信息安全措施 [added] → 6;
# 50–58 6. → 6. 您的权利 → 8; 59–60 7. → 7. 未成年人保护 → 9; 61–62 8. → 8. 隐私协议更新 → 10; 63–68 9. 联系我们 → 11.
XF_U45D2 = seq(0, 1, 1, *rep(2, 3), *rep(2, 8), *rep(3, 9), *rep(6, 4), *rep(4, 3), *rep(4, 3), *rep(5, 7), *rep(7, 5),
               *rep(6, 4), *rep(8, 9), 9, 9, 10, 10, *rep(11, 6))


def judge(run):
    j = {
        "danxi-canary": {"reported": {}},
        "howle-import": {"reported": {}},
        "rafael-table": {"reported": {}},
        # the company name in the intro paragraph, (before the first heading) [modified]
        "redcloud-company": {"reported": seq(0)},
        "timetrace-br": {"reported": {}},
        "timetrace-css": {"reported": {}},
        "timetrace-rewrite": {"reported": TT_FIRST, "section_errors": TT_SECERR},
        "xunfrp-rewrite": {"reported": XF_FIRST, "section_errors": XF_SECERR},
    }
    if run == "runs-u45d2":
        j["timetrace-rewrite"] = {"reported": TT_U45D2, "section_errors": TT_U45D2_SECERR}
        j["xunfrp-rewrite"] = {"reported": XF_U45D2, "section_errors": []}
    for v in j.values():
        v.setdefault("section_errors", [])
    return j


if __name__ == "__main__":
    out = {"first": judge("runs")}
    if os.path.isdir(os.path.join(HERE, "runs-final")) and "--final" in sys.argv:
        out["final"] = judge("runs-final")
    if os.path.isdir(os.path.join(HERE, "runs-u45d2")) and "--u45d2" in sys.argv:
        out["u45d2"] = judge("runs-u45d2")
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
