"""Write judgments.json of eval/pairs60e (u60e): each reported entry (numbered as tools/dump.py prints them) judged
true / noise / optional against the annotated changes, by hand from the text reports.  Usage: python3 tools/judge.py"""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]
T, N, O = "true", "noise", "optional"


def j(*entries: tuple[str, list[int]], by_section: list[int] | None = None) -> dict[str, object]:
    return {"reported": {str(k + 1): [v, idx] for k, (v, idx) in enumerate(entries)}, "by_section": by_section or [], "section_errors": []}


BASE = {
    "cyton-blanklines": j(),  # exit 0: 「sections: … 9 unchanged」
    # the title change, then the 24 edited lines in order, each one `~` entry with [-Neuron-]{+Cyton+} marked
    "cyton-rename": j(*[(T, [i]) for i in range(25)]),
    "pilot-scope": j((T, [0])),
    "pilot-whitelist": j((T, [0])),
}
# the held-out pair: the cookie item's link target (guide-cookies.md -> the site's .html), annotated optional; the
# language switch's target on line 3 is not an entry (「formatting-only differences ignored: 1 paragraphs」)
HELD_BASE = {"pilot-links": j((O, []))}
# u60e (not blind for pilot-links: fixed from it, diff/published_links.py): the dev pairs byte-identical; pilot-links
# has no entry and exits 0 (「formatting-only differences ignored: 2 paragraphs」)
U60E = dict(BASE)
HELD_U60E = {"pilot-links": j()}
J = {"base": BASE, "base-held": HELD_BASE, "u60e": U60E, "u60e-held": HELD_U60E}


def main() -> None:
    (HERE / "judgments.json").write_text(json.dumps(J, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
