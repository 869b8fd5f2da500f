"""Write judgments.json of eval/pairs56d (u56d): each reported entry (numbered as tools/dump.py prints them) judged true /
noise with the annotated changes it shows.  Judged by hand from the text reports.  Usage: python3 tools/judge.py"""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]
T = "true"
REWORD = {"reported": {str(k + 1): [T, [k]] for k in range(6)}, "by_section": [], "section_errors": []}
# the branch's reports are byte-identical to the base's (runs-u56d)
J = {"base": {"rikka-reword": REWORD}, "u56d": {"rikka-reword": REWORD}}


def main() -> None:
    (HERE / "judgments.json").write_text(json.dumps(J, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
