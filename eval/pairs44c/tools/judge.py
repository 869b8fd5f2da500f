"""Verdicts on every reported entry of the runs of pairs44c (m44x), written after reading `tools/dump.py RUN`, each
section's old/new title in the JSON and the text redline of each pair (entries in the order `../pairs26/tools/score.py`
counts them: the `title_change` first when there is one, then `sections[].changes` in order).  An entry is
["true", [annotated change indices]], ["noise", []] or ["optional", []]; `section_errors` lists the false
added/removed/split/merged/renamed sections; `by_section` the annotated changes a run shows only by a section's status
(a rename with no text change).  `first` is the run on the session's frozen base (`runs/`), `final` the merged final
code (`runs-final/`).  For msport-name and zjzx-expand (38 and 122 entries) the verdict of each entry is computed from
its line, by the line ranges written below (read by hand from the two files): every entry was checked to lie inside an
annotated change (msport-name: each entry's old text with xx直播 → M直播 equals its new text)."""

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


def entries(run, pair):
    d = json.load(open(os.path.join(HERE, run, pair + ".json"), encoding="utf-8"))
    out = []
    if d.get("title_change"):
        out.append(("title", None, None, "", ""))
    for s in d["sections"]:
        for ch in s["changes"]:
            out.append((s.get("status"), ch.get("old_line"), ch.get("new_line"), ch.get("old_text") or "",
                        ch.get("new_text") or ""))
    return out


# msport-name: the old file's top-level <h4> lines 一、…十、 (changes 1..10); before line 17 the intro (change 0)
MS_STARTS = [17, 66, 82, 108, 120, 133, 153, 193, 201, 207]


def msport(run):
    idx = []
    for _, old, _new, o, n in entries(run, "msport-name"):
        assert o.replace("xx直播", "M直播") == n, (o, n)
        idx.append(sum(1 for s in MS_STARTS if old >= s))
    return seq(*idx)


# zjzx-expand, new file lines: 6–13 the eight summary points (change 0, with the deleted definitions, old lines 6–10),
# 14–16 the intro paragraphs (1), 17–27 the table of contents (2), then sections 一 28, 二 91, 三 100, 四 105, 五 136,
# 六 143 (changes 3..8)
ZJ_STARTS = [28, 91, 100, 105, 136, 143]


def zjzx(run):
    idx = []
    for _st, _old, new, o, n in entries(run, "zjzx-expand"):
        if new is None or (o and not n):
            idx.append(0)
        elif new <= 13:
            idx.append(0)
        elif new <= 16:
            idx.append(1)
        elif new <= 27:
            idx.append(2)
        else:
            idx.append(2 + sum(1 for s in ZJ_STARTS if new >= s))
    return seq(*idx)


def judge(run):
    j = {
        "blog-crlf": {"reported": {}},
        # the <h1> rename shown as the title change
        "blog-title": {"reported": seq(0)},
        # the copyright footer's text shown as deleted from (before the first heading): page chrome
        "kun-footer": {"reported": seq(None)},
        # 1 title 隐私政策 → (no title) (optional: the title text became an i18n call); 2 the call
        # `{{ $tm('kungalgame.privacy') }}` shown as an inserted paragraph (a template expression read as text: noise);
        # 3–8 the English edition's paragraphs and items
        "kun-i18n": {"reported": seq("o", None, 0, 0, 0, 0, 0, 0)},
        "kun-scss": {"reported": {}},
        # the custom header's 隐私协议 shown as deleted from (before the first heading): page chrome
        "msport-header": {"reported": seq(None)},
        # 38 entries, one per paragraph, all the xx直播 → M直播 substitution; seven section titles shown renamed
        # 五、's <h4> holds the title and the section's first sentence and its <p>s have no xx直播: the section is shown
        # only as renamed 「五、xx直播如何披露您的信息xx直播仅会在以下情况下… → 五、M直播…」 [unchanged, renamed] (by_section 5)
        "msport-name": {"reported": msport(run), "by_section": [5]},
        "straw-date": {"reported": seq(0)},
        # 1 the date; 2 the new 3.3 sub-section's paragraph (section [added]); the 3.4 → 3.5 reword is shown only as
        # a renamed section 「3.4 征得授权同意的例外 → 3.5 征得授权同意的例外情况 [unchanged, renamed]」 (by_section 2)
        "ym-gps": {"reported": seq(0, 1), "by_section": [2]},
        "ym-remove": {"reported": seq(0, 1, 2)},
        # 122 entries; 39 sections [added] (一、…六、 and their sub-headings （一）, 1., （1）…, all genuinely new)
        "zjzx-expand": {"reported": zjzx(run)},
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
