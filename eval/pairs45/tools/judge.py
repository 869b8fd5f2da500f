"""Verdicts on every reported entry of the runs of pairs45 (u45d), written after reading each run's text report and
JSON (entries in the order `../pairs26/tools/score.py` counts them: the `title_change` first when there is one, then
`sections[].changes` in order).  An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []];
`section_errors` lists the false added/removed/split/merged/renamed sections; `by_section` the annotated changes a run
shows only by a section's status.  Keys: `first` the dev pairs on the frozen base (`runs/`, blind), `after` the dev
pairs on branch u45d (`runs-after/`, not blind), `held-base` and `held` the held-out pairs run once at the end on the
base and on the branch (`runs-held-base/`, `runs-held/`).  Usage: python3 tools/judge.py [KEY ...] (the keys to write)."""

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


def pair(reported, by_section=(), section_errors=()):
    return {"reported": reported, "by_section": list(by_section), "section_errors": list(section_errors)}


CLEAN = pair(seq())
V = {
    "first": {
        "choi-date": pair(seq(0)),
        "cream-privacy-br": CLEAN,
        "cream-terms-br": CLEAN,
        # 友盟+ → Firebase [renamed] (a bold line read as a sub-title: the rename shows change 0); the SDK paragraph
        # rewritten read as a deletion (entry 1) and an insertion (entry 3); the link item replaced by two (2, 4, 5)
        "moody-sdk": pair(seq(1, 2, 1, 2, 2), by_section=[0]),
        "yumel-terms-add": pair(seq(0)),
        "yumel-terms-date": pair(seq(0)),
    },
}
V["after"] = {
    **V["first"],
    # the rewritten paragraph now one modified paragraph (entry 1); the link item deleted (2) and two inserted (3, 4)
    "moody-sdk": pair(seq(1, 2, 2, 2), by_section=[0]),
}

V["held-base"] = {
    "loki-privacy": pair(seq(0, 1)),  # the two removed sections; 七–十 renumbered silently, the footer chrome
    "loki-terms": pair(seq("o", 0)),  # the 目录 item 适用法律 (optional), the removed section; 十四 → 十三 silent
    "yumel-privacy-date": pair(seq(0)),  # the date; the footer's © year chrome
}
V["held"] = V["held-base"]  # the branch's held-out run is byte-identical to the base's


if __name__ == "__main__":
    path = os.path.join(HERE, "judgments.json")
    out = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
    for key in sys.argv[1:] or ["first"]:
        out[key] = V[key]
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
