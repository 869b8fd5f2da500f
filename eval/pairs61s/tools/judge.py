"""Write judgments.json of eval/pairs61s (m61s): each reported entry (numbered as tools/dump.py prints them) judged
true / noise / optional against the annotated changes, by hand from the text reports (copied from pairs60e).
Usage: python3 tools/judge.py"""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]
T, N, O = "true", "noise", "optional"


def j(*entries: tuple[str, list[int]], by_section: list[int] | None = None) -> dict[str, object]:
    return {"reported": {str(k + 1): [v, idx] for k, (v, idx) in enumerate(entries)}, "by_section": by_section or [], "section_errors": []}


BASE = {
    # the security section removed: one `removed` section entry (old L58/L59); the two renumbered headings are not
    # entries (「formatting-only differences ignored: 2 paragraphs」)
    "aod-security-removed": j((T, [0])),
    "levelup-date": j((T, [0])),  # 更新日期：[-2025-]{+2026+} 年 [-10-]{+1+} 月
    "leo-backup": j((T, [0]), (T, [1]), (T, [2])),
    # the restyle: only the two added permission items are entries; the markup changes are silent
    "leo-restyle": j((T, [0]), (T, [1])),
}
# held out (run once at the end of Part A): every entry a true change
HELD_BASE = {
    "corner-email": j((T, [0])),  # the contact paragraph (邮箱 + 开发者 lines) one `~` entry
    "leo-permissions": j((T, [0]), (T, [1]), (T, [2]), (T, [3]), (T, [4])),
}
# final61 (7fddcd006, /work/wt/final61): every output byte-identical to the base run
J = {"base": BASE, "base-held": HELD_BASE, "final": BASE, "final-held": HELD_BASE}


def main() -> None:
    (HERE / "judgments.json").write_text(json.dumps(J, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
