"""Write judgments.json of eval/pairs59e (u59e): each reported entry (numbered as tools/dump.py prints them) judged
true / noise / optional against the annotated changes, by hand from the text reports.  Usage: python3 tools/judge.py"""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]
T, N, O = "true", "noise", "optional"


def j(*entries: tuple[str, list[int]], by_section: list[int] | None = None) -> dict[str, object]:
    return {"reported": {str(k + 1): [v, idx] for k, (v, idx) in enumerate(entries)}, "by_section": by_section or [], "section_errors": []}


# var3d-zh-zhtw (both codes): two ≃ entries (reworded across scripts, shown, not counted in the summary, exit 0): the
# first shows only the optional 「IP”）」 punctuation, the second the heading 顾客服务 → 客服 (the annotated change)
VAR3D = j((O, []), (T, [0]))
BASE = {
    "var3d-zh-zhtw": VAR3D,
    "quickrss-md-title": j((T, [0])),
    "devtutor-md-rename": j((T, [0])),
    # the page <title> change (optional), the idoc credit's version (noise); the <h1> change missed
    "quickrss-html": j((O, []), (N, [])),
    "iconize-html": j((N, [])),  # the idoc credit's version
    "algodemo-date": j((T, [0])),
}
U59E = dict(BASE, **{"quickrss-html": j((T, [0])), "iconize-html": j()})
HELD_BASE = {"devtutor-html": j((O, []), (T, [0]), (N, []), (N, []))}  # footer menu 「Projects •」 dropped, idoc credit
HELD_U59E = {"devtutor-html": j((O, []), (T, [0]))}
J = {"base": BASE, "u59e": U59E, "base-held": HELD_BASE, "u59e-held": HELD_U59E}


def main() -> None:
    (HERE / "judgments.json").write_text(json.dumps(J, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
