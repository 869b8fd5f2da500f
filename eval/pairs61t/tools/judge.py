"""Write judgments.json of eval/pairs61t (m61s, Part B): each reported entry (numbered as tools/dump.py prints them)
judged true / noise / optional against the annotated changes, by hand from the text reports (copied from pairs61s).
Usage: python3 tools/judge.py"""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]
T, N, O = "true", "noise", "optional"


def j(*entries: tuple[str, list[int]], by_section: list[int] | None = None) -> dict[str, object]:
    return {"reported": {str(k + 1): [v, idx] for k, (v, idx) in enumerate(entries)}, "by_section": by_section or [], "section_errors": []}


BASE = {
    "arjenou-link": j(),  # exit 0: no entry (the language link's target is formatting)
    "energy-date": j((T, [0])),  # the English date line; the mailto target change (optional) is silent
    # the blog theme around the unchanged policy: the title (no title -> Robin灬桑), the post date, and the footer's
    # ICP line + theme credit attached to 七、隐私问题 — all three annotated optional (chrome); 13 other chrome lines ignored
    "robin-rewrap": j((O, []), (O, []), (O, [])),
}
HELD_BASE = {
    "arjenou-reformat": j(),  # exit 0
    "energy-rebrand": j(*[(T, [i]) for i in range(12)]),  # the <title>, then the eleven renamed lines in order
}
# final61 (7fddcd006, /work/wt/final61): every output byte-identical to the base run
J = {"base": BASE, "base-held": HELD_BASE, "final": BASE, "final-held": HELD_BASE}


def main() -> None:
    (HERE / "judgments.json").write_text(json.dumps(J, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
