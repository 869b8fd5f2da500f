"""Write judgments.json of eval/pairs55d (u55d): for each run, each reported entry (numbered as tools/dump.py prints them)
judged true / noise / optional with the annotated changes it shows, the changes found by a section shown renamed
(`by_section`), and section errors.  Judged by hand from the text reports.  Usage: python3 tools/judge.py"""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]
T = "true"
REWRITE = {
    "reported": {
        "1": [T, [0, 1]],
        "2": [T, [2]],
        "3": [T, [3]],
        "4": [T, [4]],
        "5": [T, [5]],
        "6": [T, [6]],
        "7": [T, [7, 8]],
        "8": [T, [9, 10]],
        "9": [T, [11]],
        "10": [T, [13]],
        "11": [T, [12]],
        "12": [T, [13]],
        "13": [T, [14]],
        "14": [T, [15]],
        "15": [T, [16]],
        "16": [T, [18]],
        "17": [T, [19]],
        "18": [T, [20]],
        "19": [T, [20, 21]],
        "20": [T, [22]],
        "21": [T, [24, 26]],
        "22": [T, [29]],
        "23": [T, [24]],
        "24": [T, [25]],
        "25": [T, [27]],
        "26": [T, [28]],
        "27": [T, [29]],
    },
    "by_section": [17],
    "section_errors": [
        "6. 本隐私政策的更改 -> 6. 政策变更 shown as a section removed and a section added (number kept, title and both"
        " sentences rewritten): the rename (#23) not shown; every entry still true"
    ],
}
JAF = {"reported": {"1": [T, [0]], "2": [T, [1]], "3": [T, [2]]}, "by_section": [], "section_errors": []}
MINOR = {"reported": {"1": [T, [0]], "2": [T, [1]]}, "by_section": [], "section_errors": []}
# u56d (class 1, diff/subjects.py): 6. 本隐私政策的更改 -> 6. 政策变更 shown renamed, the same four entries under it
REWRITE_U56D = {**REWRITE, "by_section": [17, 23], "section_errors": []}
# u55d: the branch's reports are byte-identical to the base's (runs-u55d, runs-held-u55d)
J = {
    "base": {"esendev-rewrite": REWRITE, "jaf-rename": JAF},
    "held-base": {"esendev-minor": MINOR},
    "u55d": {"esendev-rewrite": REWRITE, "jaf-rename": JAF},
    "held-u55d": {"esendev-minor": MINOR},
    "u56d": {"esendev-rewrite": REWRITE_U56D, "jaf-rename": JAF},
    "held-u56d": {"esendev-minor": MINOR},
}


def main() -> None:
    (HERE / "judgments.json").write_text(json.dumps(J, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
