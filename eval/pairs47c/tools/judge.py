"""Verdicts on every reported entry of the runs of pairs47c (m47x), written after reading `tools/dump.py RUN` and each
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


# cleanapp-admob, base run (28 entries): 1 the date (0); 2 the summary box (1); 3–5 the three items deleted in 2. (2);
# 6–9 the new 3. 第三方服务收集的信息 [added] (3); 10 应用如何工作's sentence (4); 11 the permission item (5); 12–15 the
# new 6. 广告 [added] (6); 16 the 「no third parties」 sentence deleted and 17–18 the two service items in 第三方服务 (7);
# 19–20 数据安全's lead-in deleted/inserted (8); 21–23 its last two items (9); 24–27 the new 11. 您的选择 [added] (10); 28
# 10. 您的权利 [removed] (11).  Renumbered sections with the same text are paired and unchanged: no entry.
CA_FIRST = seq(0, 1, *rep(2, 3), *rep(3, 4), 4, 5, *rep(6, 4), *rep(7, 3), 8, 8, *rep(9, 3), *rep(10, 4), 11)


def judge(run):
    j = {
        "cleanapp-admob": {"reported": CA_FIRST},
        "eastculture-adtag": {"reported": {}},
        # the effective date in the preamble [modified]
        "honunu-date": {"reported": seq(0)},
        "mp3-readd": {"reported": {}},
        "oro-script": {"reported": {}},
        # one replacement in each of 2./3./6.
        "selfly-icloud": {"reported": seq(0, 1, 2)},
        "selfly-optional": {"reported": seq(0)},
        "timeweave-fence": {"reported": {}},
        # 1–2 the two items deleted in 1. (0); 3 the item in 5. (1); 4 Apple Maps deleted in 6. (2)
        "timeweave-location": {"reported": seq(0, 0, 1, 2)},
        "timeweave-typo": {"reported": seq(0)},
        # 1 the date in the preamble (0); 2 the RevenueCat item inserted in 3. (1)
        "verifyai-revenuecat": {"reported": seq(0, 1)},
        "voicerec-email": {"reported": seq(0)},
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
