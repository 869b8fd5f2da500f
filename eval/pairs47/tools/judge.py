"""Verdicts on every reported entry of the runs of pairs47 (u47d), written after reading `tools/dump.py RUN` and each
section's status and old/new title in the JSON (entries in the order `../pairs26/tools/score.py` counts them: the
`title_change` first when there is one, then `sections[].changes` in order).  An entry is ["true", [annotated change
indices]], ["noise", []] or ["optional", []]; `section_errors` lists sections whose status or place misleads a reader.
`first` is the blind run of the dev pairs on the session's frozen base (`runs/`, /work/wt/base47 = 7a564e27); `u47d` the
dev pairs on branch u47d after its fixes (`runs-u47d/`, not blind); `held-u47d` the three held-out pairs, run once on
the final code of branch u47d (`runs-held-u47d/`)."""

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


# notes-*, base run: 1 the date and version in 适用范围 (0); 2 the footer date line, shown as a replace in 隐私权利
# (optional entry; but it makes 隐私权利 [modified] though its text is unchanged, and the new footer follows the last new
# section, not 隐私权利: a section error); 3–5 the three new sections [added] (1, 2, 3).
NOTES_SECERR = ["the page footer's date line (<footer> inside <main>, after the last section on both sides) is shown as a "
                "change of 隐私权利, which becomes [modified] though its text is unchanged"]


def judge(run):
    j = {
        # 1 header date (0), 2 概要 (1), 3 购买 (2), 4–5 the iCloud section [added] (3), 6 数据保留 (4)
        "cube-hans": {"reported": seq(0, 1, 2, 3, 4)},
        # the developer's name in the contact block, shown in 联系我们 [modified]
        "finn-contact": {"reported": seq(0)},
        # the inserted section [added]: its paragraph and five items; the renumbered headings give no entry
        "finn-notify": {"reported": seq(0, 0, 0, 0, 0, 0)},
        "finn-terms": {"reported": {}},
        "notes-hans": {"reported": seq(0, "o", 1, 2, 3), "section_errors": NOTES_SECERR},
        "notes-hant": {"reported": seq(0, "o", 1, 2, 3), "section_errors": NOTES_SECERR},
    }
    for v in j.values():
        v.setdefault("section_errors", [])
    return j


def judge_u47d():
    """`runs-u47d/`: byte-identical to `runs/` but notes-hans and notes-hant, where the footer's date line is no longer a
    change of 隐私权利 moved into the appended section: it is the last entry, a replace in the appended last section
    普通输入与离线运行 [added] (一般輸入與離線運作), at the end of the document where it is; 隐私权利 is unchanged."""
    j = judge("runs")
    for pair in ("notes-hans", "notes-hant"):
        j[pair] = {"reported": seq(0, 1, 2, 3, "o"), "section_errors": []}
    return j


def judge_held():
    """`runs-held-u47d/`, the held-out pairs run once on the final code of branch u47d."""
    return {
        # 1 header date (0); 2 概要 (1); 3 ≃ reworded 我们不收集的数据 item (单词/單字…: optional); 4 购买 (2); 5 the RevenueCat
        # paragraph, 提供方/提供者 and 数据/資料 (annotated optional); 6 the iCloud section [added] (3); 7 ≃ reworded 儿童
        # (用户/使用者, 全年龄段/全年齡: optional); 8 数据保留 (4).  联系我们 → 聯絡方式 gives no entry (optional either way).
        "cube-xscript": {"reported": seq(0, 1, "o", 2, "o", 3, "o", 4), "section_errors": []},
        # the header meta line (date and developer), preamble [modified]
        "finn-labs": {"reported": seq(0), "section_errors": []},
        "finn-same": {"reported": {}, "section_errors": []},
    }


if __name__ == "__main__":
    out = {"first": judge("runs"), "u47d": judge_u47d(), "held-u47d": judge_held()}
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
