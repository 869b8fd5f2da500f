"""Verdicts on every reported entry of the runs of pairs52b (m52y), written after reading `tools/dump.py RUN` and the text
report (entries in the order `../pairs26/tools/score.py` counts them).  An entry is ["true", [annotated change indices]],
["noise", []] or ["optional", []]; `section_errors` lists sections whose status or place misleads a reader.  Rules of
eval/pairs52.  Cases: `base` (runs-base/, dev pairs on d828459b), `held-base` (runs-held-base/, the held-out pairs once on
d828459b), `final` / `held-final` (the session's final code, once).  Writes judgments.json."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def one_true():
    return {"reported": {"1": ["true", [0]]}, "section_errors": []}


CLEAN = {"reported": {}, "section_errors": []}

DEV = {
    # each: one `~` modified line in 联系我们 showing the e-mail swap (link text and target) — the annotated change #0
    "clipboard-email2": one_true(),
    "compression-email": one_true(),
    "compression-typo": one_true(),
    "finder-email": one_true(),
    # no entry; "formatting-only differences ignored: 1 paragraphs"; exit 0
    "finder-space": CLEAN,
}
HELD = {
    # one `~` entry: old `[ybw_daisy@163.com](ybw_daisy@163.com)` is read as a link (its text kept), new
    # `[ybw_daisy@163.com](mailto: ybw_daisy@163.com)` is not (a space in the destination), so the redline shows
    # `{+[+}ybw_daisy@163.com{+](mailto: ybw_daisy@163.com)+}`: the same address, markup only — noise (exit 1 on an
    # expected-clean pair)
    "clipboard-mailto": {"reported": {"1": ["noise", []]}, "section_errors": []},
    "clipboard-email1": one_true(),
}

# final code (9a65ff27, /work/wt/final52): every report byte-identical to the base's, so the same verdicts
# u53d (fifty-third session, not blind: class 1 was taken from clipboard-mailto): dev reports' text identical to the
# final code's; clipboard-mailto has no entry ("formatting-only differences ignored: 1 paragraphs", exit 0)
HELD_U53D = {**HELD, "clipboard-mailto": CLEAN}
J = {"base": DEV, "held-base": HELD, "final": DEV, "held-final": HELD, "u53d": DEV, "held-u53d": HELD_U53D}

if __name__ == "__main__":
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(J, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
