"""Verdicts on every reported entry of the runs of pairs51 (m51x), written after reading `tools/dump.py RUN` and each
section's status and old/new title in the JSON and the text report (entries in the order `../pairs26/tools/score.py`
counts them: the `title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true",
[annotated change indices]], ["noise", []] or ["optional", []]; `by_section` lists annotated changes shown by a
section's status or title only; `section_errors` lists sections whose status or place misleads a reader.  Rules of
eval/pairs50 (an entry marked `≃ reworded across scripts` is noise; none occurs here: no pair is cross-script).
`first` is the run on the session's frozen base (`runs/`, 3693c444).  A later helper rerunning the set on other code
adds its own `judge("runs-NAME")` case after reading its dump (entries can differ in number and order)."""

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


def judge(run):
    j = {
        # 1 the new lead (#0), 2-5 the four switch items (#1), 6 the old lead deleted inside the redline of the closing
        # paragraph, which is reworded (#0, #2)
        "charoite-cloud": {"reported": seq(0, *rep(1, 4), (0, 2))},
        # 1 the forget item: snapshot places and the appended limits (#0, #1), 2 the iPhone item (#2)
        "charoite-forget": {"reported": seq((0, 1), 2)},
        # 1 no-network item (#0), 2 cloud_edit_graph item (#1, #2), 3 kill switch (#3), 4 forget item (#4)
        "charoite-llm": {"reported": seq(0, (1, 2), 3, 4)},
        # control: 1 the language line, link targets only (../../PRIVACY.md, ../ru/PRIVACY.md)
        "charoite-move": {"reported": seq(None)},
        "charoite-perms": {"reported": seq(0, 1)},
        "charoite-snap": {"reported": seq(0)},
        # 1 5.2 (#0), 2 5.3 (#1), 3-12 5.8 工具箱 [added] (#2), 13 provider item (#3), 14/16 web-search item as
        # delete + insert (#4), 15/17 semantic-search item (#5)
        "lucent-tools": {"reported": seq(0, 1, *rep(2, 10), 3, 4, 5, 4, 5)},
        # 1-6 the six old paragraphs deleted from the preamble (#2, #3, then four merged into #4), 7-10 默认：验证最小证明
        # [added] (#0), 11-14 可选 DeepSeek Harness 插件 [added] (#1; two hard-wrapped paragraphs reported as four),
        # 15-17 可选：本地日志审计 [added] (#2, #3, #4)
        "modelgate-rewrite": {"reported": seq(2, 3, 4, 4, 4, 4, *rep(0, 4), *rep(1, 4), 2, 3, 4)},
        "sts1-diag": {"reported": seq(0)},
    }
    if run == "runs-final-3ca8afd8":
        # m51q, read from tools/dump.py: the same entries as the first run but charoite-move's (link targets only),
        # which is no longer reported (lead51 11db9715: a Markdown language switcher marking its own language)
        j["charoite-move"] = {"reported": {}}
    for v in j.values():
        v.setdefault("section_errors", [])
    return j


if __name__ == "__main__":
    out = {"first": judge("runs")}
    for extra in sys.argv[1:]:
        out[extra] = judge("runs-" + extra)
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
