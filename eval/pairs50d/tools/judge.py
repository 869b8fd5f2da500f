"""Verdicts on every reported entry of the runs of pairs50d (u50d), written after reading `tools/dump.py RUN` and each
section's status and title in the JSON (entries in the order `../pairs26/tools/score.py` counts them: the
`title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true", [annotated change
indices]], ["noise", []] or ["optional", []].  Across scripts an entry flagged `reworded` (the quieter kind: the words
differ, not the content) is optional; an entry shown as a *change* where no content differs is noise, even when the
annotation lists the translator's wording (stricter than pairs49: a reviewer reads a change as a change).
`first`: the blind run of the dev pairs on the session's frozen base (`runs/`, /work/wt/base50 = 002a380e); `u50d`:
the dev pairs on branch u50d after its fixes (`runs-u50d/`, at 79e4ee7f, not blind); `held-u50d`: the two held-out
pairs, run once at the end on branch u50d at 79e4ee7f (`runs-held-u50d/`; the frozen base's run, `runs-held-base/`, is
byte-identical); `held-base`: that base run; `batch2-base` / `batch2-u50d`: the second batch's pair on the base (its
first run) and on the branch's last code (the same report; only the base's false English/Chinese stderr warning gone)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seq(*idx):
    """Entries 1.. judged in order: an int the annotated change it shows, None noise, "o" optional."""
    out = {}
    for k, i in enumerate(idx):
        if i is None:
            out[str(k + 1)] = ["noise", []]
        elif i == "o":
            out[str(k + 1)] = ["optional", []]
        else:
            out[str(k + 1)] = ["true", [i]]
    return out


def pair(reported, by_section=(), section_errors=()):
    return {"reported": reported, "by_section": list(by_section), "section_errors": list(section_errors)}


OPT = "o"
COMMON = {
    "mercury-cn": pair(seq(0, 1, 2)),
    "mercury-guide": pair(seq(0, 1, 2, 3, 4)),
    # 1, 4, 6 reworded (the script and Taiwan wording of unchanged paragraphs): optional
    "mercury-xscript-update": pair(seq(OPT, 0, 1, OPT, 2, OPT)),
    "moneyup-receipts": pair(seq(*range(12))),
}
# verity-xscript, base: 3 (會 added before 在 Chrome 裝置端處理), 9 (将其 dropped, 读取/閱讀) and 10 (，→、 between
# clauses, 发生变化/改變) shown as changes of an expected-clean edition pair: noise; the other eight reworded
FIRST = dict(COMMON, **{"verity-xscript": pair(seq(OPT, OPT, None, OPT, OPT, OPT, OPT, OPT, None, None, OPT))})
U50D = dict(COMMON, **{"verity-xscript": pair(seq(*[OPT] * 11))})
HELD = {"mercury-tw": pair(seq(0, 1, 2)), "mercury-xscript": pair(seq(*[OPT] * 5))}
# second batch (annotated after the first batch's runs, before its own): moneyup-cloud, 30 entries — 1 date, 2 receipts,
# 3 Smart Entry default, 4–5 the App Group paragraph (inserted + replaced), 6 collection, 7–10 the English iCloud
# section [added] (one entry per paragraph), 11 exports, 12 retention, 13 date, 14 receipts, 15 Smart Entry, 16–18 the
# App Group paragraph (deleted + two inserted), 19 收集, 20–28 the Chinese iCloud section [added], 29 导出, 30 保留
CLOUD = pair(seq(0, 1, 2, 3, 3, 4, 5, 5, 5, 5, 6, 7, 8, 9, 10, 11, 11, 11, 12, *[13] * 9, 14, 15))
J = {
    "first": FIRST,
    "u50d": U50D,
    "held-u50d": HELD,
    "held-base": HELD,
    "batch2-base": {"moneyup-cloud": CLOUD},
    "batch2-u50d": {"moneyup-cloud": CLOUD},
}

with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(J, f, ensure_ascii=False, indent=1)
    f.write("\n")
