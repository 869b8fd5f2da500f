"""Verdicts on every reported entry of the runs of pairs50 (m50x), written after reading `tools/dump.py RUN` and each
section's status and old/new title in the JSON and the text report (entries in the order `../pairs26/tools/score.py`
counts them: the `title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true",
[annotated change indices]], ["noise", []] or ["optional", []]; `by_section` lists annotated changes shown by a
section's status or title only; `section_errors` lists sections whose status or place misleads a reader.  An entry the
tool shows as `≃ reworded across scripts` ("not counted as changes" in its text report, but an entry of the JSON) is
judged noise, as pairs44 and pairs46 did (pairs41 judged them optional); the README also gives the figures without
them.  `first` is the run on the session's frozen base (`runs/`), `final` the merged final code (`runs-final/`, with
`--final`), judged the same way after reading its dump."""

import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

RENAMED_REWRITTEN = (
    "数据访问范围 → 托管服务处理的数据: the data section, same place and topic, renamed with its lead-in reworded and its "
    "list replaced, is shown as one section [removed] and another [added] (the class pairs45c and pairs48 counted)"
)


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
        # 1 the date (#0), 2 the operator sentence (#1)
        "besthistory-site": {"reported": seq(0, 1)},
        # 1 the navigation line (optional), 2-3 ≃ reworded (noise), 4 账户与权益数据 list → sentence (optional),
        # 5 私密模式 same meaning in Taiwan wording (noise), 6 備份檔: the dropped sentence (#0), 7 ≃ (noise),
        # 8 資料刪除 same meaning (noise)
        "besthistory-xs": {"reported": seq("o", None, None, "o", None, 0, None, None)},
        # 1 the preamble: paragraphs joined (shown equal) and the hosted-policy URL inserted (#0); 2-10 the old data
        # section [removed] and 11-15 the new one [added] (#1); 16 the new paragraph (#2); 17 the sentence appended in
        # 用户授权 (#3); 18-22 存储与保留 [added] (#4); 23-28 第三方服务 [added] (#5); 29 数据处理 → 联系方式 (#6)
        "dsers-rewrite": {
            "reported": seq(0, *rep(1, 9), *rep(1, 5), 2, 3, *rep(4, 5), *rep(5, 6), 6),
            "section_errors": [RENAMED_REWRITTEN],
        },
        "dsers-woo": {"reported": seq(0)},
        # 1 the title (#0), 2 the welcome sentence (#1)
        "maskwp-format": {"reported": seq(0, 1)},
        # control: 1, 2, 5, 6, 9, 10 ≃ reworded (10 is the page footer) and 3, 4, 7, 8 ~ changes: all regional
        # vocabulary of a faithful conversion (宗卷/儲存裝置, 套装 ID/套件識別碼, 辅助功能/輔助使用, 合盖助手/闔蓋幫手 …)
        "nightjar-xs": {"reported": seq(*rep(None, 10))},
        "quotatide-reset": {"reported": seq(0)},
        # 1 the token place (#0), 2 the rotation steps (#1), 3 桌面本地数据 [added] (#2)
        "tingsub-desktop": {"reported": seq(0, 1, 2)},
        # 1 date (#0), 2-3 the lead-in and fenced path (#1), 4-5 the rewritten item as deleted + inserted (#2), 6-9 the
        # four new items (#3), 10 the user-control item (#4)
        "towrite-ai": {"reported": seq(0, 1, 1, 2, 2, 3, 3, 3, 3, 4)},
        # 1 date (#0), 2 scope sentence (#1), 3 item (#2), 4-5 two paragraphs (#3), 6 paragraph (#4), 7-17 可选 Device Hub
        # [added] (#5), 18-26 the ### sub-section and its table [added] (#6), 27-28 two items (#7)
        "towrite-hub": {"reported": seq(0, 1, 2, 3, 3, 4, *rep(5, 11), *rep(6, 9), 7, 7)},
    }
    for v in j.values():
        v.setdefault("section_errors", [])
    return j


if __name__ == "__main__":
    out = {"first": judge("runs")}
    if os.path.isdir(os.path.join(HERE, "runs-final")) and "--final" in sys.argv:
        out["final"] = judge("runs-final")
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
