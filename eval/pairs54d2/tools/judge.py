"""Verdicts on every reported entry of the runs of pairs54d2 (u54d2), written after reading `tools/dump.py RUN` and the
text report (entries in the order `../pairs26/tools/score.py` counts them).  An entry is ["true", [annotated change
indices]], ["noise", []] or ["optional", []]; `by_section` lists annotated changes shown by a section's status or title
only (a renamed title on a section reported `modified, renamed`); `section_errors` lists sections whose status or place
misleads a reader.  Rules of eval/pairs53b / pairs54d.  Cases: `base` (runs-base/, the dev pairs on lead54 at the branch
point 58423eca, blind), `u54d2` (runs-u54d2/, byte-identical to runs-base/), `held-base` / `held-u54d2` (the held-out
pair, run once on each at the end).  Writes judgments.json."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def t(*i):
    return ["true", list(i)]


PRIVACY = {
    "reported": {
        "1": t(0),
        "2": t(1, 2),
        "3": t(3),  # the 求職者資料 item's old text, struck (its new text is entry 5)
        "4": t(5),
        "5": t(3, 4),
        "6": t(6),
        "7": t(7),
        "8": t(8),
        "9": t(7),  # the 技術資料 item's old text, struck (使用資料 moved above it; its new text is entry 7)
        "10": t(9),
        "11": t(10),
        "12": t(11),
        "13": t(12),
        "14": t(13),
        "15": t(15),
        "16": t(12),
        "17": t(14),
        "18": t(16),
        "19": t(17),
        "20": t(18),
        "21": t(19),
        "22": t(21),
        "23": t(24),
        "24": t(26),
        "25": t(21, 22, 23),
        "26": t(25),
        "27": t(27),
        "28": t(28),
        "29": t(29),
        "30": t(30),
        "31": t(31),
        # Jobbeagle → JobBeagle alone: annotated as no change before the run (a brand's letter case), so noise here;
        # arguably a real edit of the text a redline may show (see README)
        "32": ["noise", []],
        "33": t(32),
    },
    "by_section": [20],
    "section_errors": [],
}
SEIZE = {"reported": {"1": t(0)}, "by_section": [], "section_errors": []}
SHAXIAN = {"reported": {}, "by_section": [], "section_errors": []}

DEV = {"jobbeagle-privacy": PRIVACY, "seize-email": SEIZE, "shaxian-xscript": SHAXIAN}
TERMS = {
    "reported": {
        "1": t(0),
        "2": t(1),
        "3": t(2),
        "4": t(3),
        "5": t(4),
        "6": t(5),
        "7": t(7),
        "8": t(8),
        "9": t(9),
        "10": t(10),
        "11": t(11),
        "12": t(12),
        "13": t(13),
        "14": t(14),
        "15": t(15),
        "16": t(16),
        "17": t(17),
        "18": t(18),
        "19": t(19),
        "20": t(20),
        "21": t(21),
        "22": ["noise", []],  # Jobbeagle → JobBeagle alone (annotated as no change; see entry 32 of jobbeagle-privacy)
        "23": t(22),
        "24": t(23),
    },
    "by_section": [6],
    "section_errors": [],
}
HELD: dict = {"jobbeagle-terms": TERMS}  # the held-out pair, judged after its one run on each code

if __name__ == "__main__":
    out = {"base": DEV, "u54d2": DEV}
    if HELD:
        out["held-base"] = HELD
        out["held-u54d2"] = HELD
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
