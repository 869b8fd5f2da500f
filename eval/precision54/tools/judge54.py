"""Write eval/precision54's judgments.json and judgements.tsv from a run's JSON and the verdicts below (helper m54r).

Every verdict was written by reading the finding's line (judging rules: README.md).  A finding of a run that is not in
VERDICTS stops the script: judge it by hand first.

    python3 eval/precision54/tools/judge54.py RUN.json SEEN [RUN2.json SEEN2 ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

MACAU = (
    "debatable",
    "a Macau publisher's Simplified page (澳门邮电局, 《澳门个人资料保护法》(私隐法)): {w} is Macau usage.  The page is the"
    " Simplified edition of a multi-script government site (its URL: culture=zh-CN), where the rule's convention (u44k)"
    " reports the translated region's wording for mainland readers (precision21 meg-privacy-hkcn: true); but the text as"
    " stored is not marked as that edition and names Macau's law as its own, where the rule keeps a Hong Kong or Taiwan"
    " policy's wording (precision42 amigo-tw-tsx: false when reported).  annotations.tsv: debatable (first judged false"
    " here, corrected to the annotation against that convention before any fix)",
)
POPUP_DATE = ("debatable", "a consent popup that points to the policy (《隐私政策》), not the policy: a date is not expected")

# (file, line, column, rule) -> (verdict, reason)
VERDICTS: dict[tuple[str, int, int, str], tuple[str, str]] = {
    ("consent-zh-uniapp/privacy-popup.vue", 11, 29, "date-format"): POPUP_DATE,
    ("gezi-zh-taro/index.tsx", 91, 41, "date-format"): POPUP_DATE,
    ("ctt-mo-hans-txt/page.txt", 9, 5, "regional-vocabulary"): (MACAU[0], MACAU[1].format(w="私隐")),
    ("ctt-mo-hans-txt/page.txt", 11, 47, "regional-vocabulary"): (MACAU[0], MACAU[1].format(w="私隐")),
    ("ctt-mo-hans-txt/page.txt", 11, 119, "regional-vocabulary"): (MACAU[0], MACAU[1].format(w="阁下")),
    ("ctt-mo-hans-txt/page.txt", 11, 136, "regional-vocabulary"): (MACAU[0], MACAU[1].format(w="阁下")),
    ("ctt-mo-hans-txt/page.txt", 11, 182, "regional-vocabulary"): (MACAU[0], MACAU[1].format(w="阁下")),
    ("ctt-mo-hans-txt/page.txt", 15, 13, "regional-vocabulary"): (MACAU[0], MACAU[1].format(w="资讯")),
    ("ctt-mo-hans-txt/page.txt", 18, 115, "regional-vocabulary"): (MACAU[0], MACAU[1].format(w="讯息")),
    ("ellipsis-tw-jsx/PrivacyPolicy.jsx", 6, 44, "date-format"): ("true", "no date anywhere in the page (read in full)"),
    ("gcsphoto-mo-txt/page.txt", 1, 1, "date-format"): ("true", "no date in the excerpt (read in full)"),
    ("heritage-mo-txt/page.txt", 1, 1, "date-format"): ("true", "no date in the excerpt (read in full)"),
    ("heritage-mo-txt/page.txt", 9, 27, "bracket-unbalanced"): (
        "true",
        "「1. “本網站收集之非個人資訊及處理如果 閣下…」: the item's heading opens “ and never closes it (ran into the text)",
    ),
    ("heritage-mo-txt/page.txt", 23, 23, "bracket-unbalanced"): (
        "true",
        "「2. “本網站收集之個人資訊及處理閣下…」: the same unclosed “ in item 2",
    ),
    ("garbi-tw-tsx/TermModal.tsx", 32, 49, "date-format"): ("true", "no date anywhere in the modal (read in full)"),
    ("garbi-tw-tsx/TermModal.tsx", 53, 62, "script-mixed"): (
        "true",
        "「联繫方式…联繫管道」: 联 is the Simplified form of 聯 in a Taiwan text",
    ),
    ("garbi-tw-tsx/TermModal.tsx", 53, 71, "script-mixed"): ("true", "the second 联 of 「联繫管道」"),
    ("umag-hk-html/index.html", 174, 5, "date-format"): (
        "debatable",
        "a contest form's personal-data notice that points to the group's privacy policy: a date is not expected",
    ),
    ("fengshuilou-hk-tsx/page.tsx", 27, 81, "regional-vocabulary"): (
        "debatable",
        "「由 FengShuiLou Technology Limited（註冊地：香港）運營」: 營運 is the usual Hong Kong form, but 運營 is met in Hong Kong too",
    ),
    ("fengshuilou-hk-tsx/page.tsx", 69, 69, "regional-vocabulary"): (
        "debatable",
        "「同住人信息」: Hong Kong writes 資料 here, but 信息 is met in Hong Kong (annotations.tsv: debatable)",
    ),
}
DST = {
    (7, 1): "私隐",
    (12, 2): "阁下",
    (12, 36): "阁下",
    (12, 48): "阁下",
    (12, 90): "阁下",
    (17, 2): "阁下",
    (17, 15): "阁下",
    (17, 23): "电邮",
    (19, 3): "阁下",
    (19, 92): "阁下",
    (22, 10): "资讯",
    (22, 21): "阁下",
    (22, 37): "阁下",
    (24, 2): "阁下",
    (24, 66): "阁下",
    (24, 72): "电邮",
}
for (line, column), word in DST.items():
    VERDICTS[("dst-mo-hans-txt/page.txt", line, column, "regional-vocabulary")] = (
        "debatable",
        f"a Macau government page in Simplified (澳门特别行政区政府旅游局, 「遵守澳门特别行政区关于《个人资料保护法》之规定」): {word} is"
        " Macau usage; the Simplified edition of a multi-script site (URL zh-hans/) but not marked so in the text or its"
        " name (as ctt-mo-hans-txt; annotations.tsv: debatable)",
    )


def main() -> None:
    batches = json.loads((HERE / "batches.json").read_text(encoding="utf-8"))
    records: dict[tuple[str, int, int, str], dict] = {}
    missing = []
    args = sys.argv[1:]
    for run, seen in zip(args[::2], args[1::2], strict=True):
        for entry in json.loads(Path(run).read_text(encoding="utf-8"))["files"]:
            for f in entry["findings"]:
                for column in f.get("columns", [f["column"]]):
                    key = (entry["path"], f["line"], column, f["rule"])
                    if key in records:
                        continue
                    if key not in VERDICTS:
                        missing.append(key)
                        continue
                    verdict, reason = VERDICTS[key]
                    records[key] = {
                        "file": key[0],
                        "line": key[1],
                        "column": column,
                        "rule": key[3],
                        "severity": f["severity"],
                        "excerpt": f.get("excerpt", ""),
                        "verdict": verdict,
                        "reason": reason,
                        "batch": batches[key[0].split("/")[0]],
                        "seen": seen,
                    }
    if missing:
        sys.exit("unjudged: " + "; ".join(map(str, missing)))
    rows = sorted(records.values(), key=lambda r: (r["file"], r["line"], r["column"], r["rule"]))
    (HERE / "judgments.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    head = ["file", "line", "column", "rule", "level", "verdict", "reason", "batch", "seen", "excerpt"]
    lines = ["\t".join(head)]
    for r in rows:
        cells = [r["file"], r["line"], r["column"], r["rule"], r["severity"], r["verdict"], r["reason"], r["batch"], r["seen"]]
        lines.append("\t".join(map(str, [*cells, r["excerpt"]])))
    (HERE / "judgements.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
