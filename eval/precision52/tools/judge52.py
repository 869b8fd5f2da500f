"""Hand judgments of precision52's first run (the base d828459b), each made by reading the finding's line against
annotations.tsv and the judging rules in README.md; writes judgments.json and judgements.tsv from runs/run-base52.json."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SEEN = "first run (the session's base d828459b, /work/wt/base52, eval/precision52/ref/pl-base.sh)"
NODATE = ("true", "no effective or last-updated date in the text (read in full: annotations.tsv)")
# (file, line, column, rule) -> (verdict, reason)
VERDICTS = {
    ("clipboxes-tw-txt/page.txt", 1, 1, "date-format"): NODATE,
    ("ecscrm-hk-en-txt/page.txt", 9, 14, "bracket-unbalanced"): (
        "true",
        "「(“EC“、”我们”、”我们的”)」: “EC is closed with “ and 我们/我们的 are opened with ”: the quote marks really do not pair",
    ),
    ("ecscrm-hk-en-txt/page.txt", 10, 11, "bracket-unbalanced"): (
        "true",
        "English edition 「(“EC”, ”we”, ”us”, ”our”)」: ”we” opened with a closing mark",
    ),
    ("ecscrm-hk-en-txt/page.txt", 10, 17, "bracket-unbalanced"): ("true", "”us” opened with a closing mark"),
    ("ecscrm-hk-en-txt/page.txt", 10, 23, "bracket-unbalanced"): ("true", "”our” opened with a closing mark"),
    ("hkayi-hk-txt/page.txt", 1, 1, "date-format"): NODATE,
    ("hkershop-hk-txt/page.txt", 1, 1, "date-format"): (
        "false",
        "「2025年8月30日」 stands on its own line under the title 私隱政策 (L5): the page's date is there, unlabelled (the hand reading said a date finding is false)",
    ),
    ("hopeerp-tw-md/page.md", 1, 1, "date-format"): NODATE,
    ("hopeerp-tw-md/page.md", 10, 8, "regional-vocabulary"): (
        "true",
        "「IP地址」 in a Taiwan text (綠界科技, 藍新金流): Taiwan usage is IP位址",
    ),
    ("hopeerp-tw-md/page.md", 15, 6, "regional-vocabulary"): ("true", "「服務提供商」 in a Taiwan text: Taiwan usage is 服務供應商"),
    ("hopeerp-tw-md/page.md", 39, 5, "regional-vocabulary"): ("true", "「服務提供商」 (heading 4.2) in a Taiwan text"),
    ("hopeerp-tw-md/page.md", 40, 14, "regional-vocabulary"): ("true", "「服務提供商」 in a Taiwan text"),
    ("hopeerp-tw-md/page.md", 43, 5, "regional-vocabulary"): ("true", "「雲端服務提供商」 in a Taiwan text"),
    ("koplus-tw-txt/page.txt", 1, 1, "date-format"): NODATE,
    ("koplus-tw-txt/page.txt", 6, 1, "enumeration-lead-in"): (
        "debatable",
        "「…包括但不限於:」 followed by the heading 「使用資料」: the text as stored has no list, but the list is missing from the page's extraction (the generator's template lists email, name, phone, usage data), not a slot the publisher left; a reader of the stored text sees the hole",
    ),
    ("koplus-tw-txt/page.txt", 6, 31, "regional-vocabulary"): ("true", "「身份」 in a Taiwan text: Taiwan usage is 身分"),
    ("koplus-tw-txt/page.txt", 8, 3, "regional-vocabulary"): (
        "true",
        "「使用數據」 in a Taiwan text whose own heading says 使用資料: Taiwan usage is 資料",
    ),
    ("koplus-tw-txt/page.txt", 9, 3, "regional-vocabulary"): ("true", "「使用數據」 in a Taiwan text: 資料"),
    ("koplus-tw-txt/page.txt", 9, 80, "regional-vocabulary"): ("true", "「診斷數據」 in a Taiwan text: 資料"),
    ("koplus-tw-txt/page.txt", 10, 91, "regional-vocabulary"): ("true", "「診斷數據」 in a Taiwan text: 資料"),
    ("kouriten-hk-txt/page.txt", 1, 1, "date-format"): NODATE,
    ("metalsheep-tw-txt/page.txt", 1, 1, "date-format"): NODATE,
    ("metalsheep-tw-txt/page.txt", 12, 9, "regional-vocabulary"): ("true", "「身份驗證」 in a Taiwan text: Taiwan usage is 身分"),
    ("promoteeasy-hk-txt/page.txt", 1, 1, "date-format"): NODATE,
    ("tdin360-zh-txt/page.txt", 1, 1, "date-format"): (
        "false",
        "「隐私政策2024-12-03」 (L4): the date is there, an ISO date glued to the title (the hand reading said a date finding is false)",
    ),
    ("usgovconnect-tw-en-txt/page.txt", 1, 1, "date-format"): NODATE,
    ("woharmony-hk-en-txt/page.txt", 1, 1, "date-format"): NODATE,
}


def _default(key: tuple) -> tuple[str, str]:
    """Batch D's treedeep page: every lookalike-character finding names a Kangxi radical (U+2F00-U+2FD5) standing for an
    ordinary character (read in the line: 个⼈, 使⽤, 第三⽅, 逐⼀, 进⾏ …), and its 'no date' is true (none in the excerpt)."""
    if key[0] == "treedeep-zh-txt/page.txt" and key[3] == "lookalike-character":
        return (
            "true",
            "a Kangxi radical (U+2F00 block) in place of the ordinary character (PDF conversion): the reader's text is wrong and unsearchable",
        )
    if key[0] == "treedeep-zh-txt/page.txt" and key[3] == "date-format":
        return NODATE
    raise KeyError(key)


def main() -> None:
    # the 19-document run (batches A-D); batches A-C's findings in it are the first run's (runs/run-base52.json), unchanged
    run = json.loads((HERE / "runs" / "run-base52-all19.json").read_text(encoding="utf-8"))
    batches = json.loads((HERE / "batches.json").read_text(encoding="utf-8"))
    out = []
    for entry in run["files"]:
        text = (HERE / entry["path"]).read_text(encoding="utf-8").split("\n")
        for f in entry["findings"]:
            for col in f.get("columns", [f["column"]]):
                key = (entry["path"], f["line"], col, f["rule"])
                verdict, reason = VERDICTS.get(key) or _default(key)
                line = text[f["line"] - 1]
                excerpt = "" if f["rule"] == "date-format" else line[col - 1 : col - 1 + 6]
                out.append(
                    {
                        "file": key[0],
                        "line": key[1],
                        "column": key[2],
                        "rule": key[3],
                        "severity": f["severity"],
                        "excerpt": excerpt,
                        "verdict": verdict,
                        "reason": reason,
                        "batch": batches[key[0].split("/")[0]],
                        "seen": SEEN,
                    }
                )
    assert {(j["file"], j["line"], j["column"], j["rule"]) for j in out} >= set(VERDICTS), "a judged finding of the first run is gone"
    (HERE / "judgments.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    cols = ["file", "line", "column", "rule", "severity", "verdict", "reason", "batch", "seen", "excerpt"]
    tsv = ["\t".join(c if c != "severity" else "level" for c in cols)]
    tsv += ["\t".join(str(j[c]) for c in cols) for j in out]
    (HERE / "judgements.tsv").write_text("\n".join(tsv) + "\n", encoding="utf-8")
    print(len(out), "judgments")


if __name__ == "__main__":
    main()
