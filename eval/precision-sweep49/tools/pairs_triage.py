"""Group the error-level findings on the edition pairs' files and give each group the verdict read here (helper u49p).

Run:  .venv/bin/python eval/precision-sweep49/tools/pairs_triage.py PAIRS-BEFORE.tsv PAIRS-AFTER.tsv

The pairs' files are versions of one policy (old / new, editions of one date), so one reading covers a group: a
document family (the folder's name) and a part of the message.  Each group was read in one or more of its files; the
verdict is the group's.  Prints, per group, the findings before and after and the verdict.
"""

from __future__ import annotations

import collections
import csv
import sys

T, F, D = "true", "false", "debatable"
# (folder name part, message part) → (verdict, class, note); the first group that matches wins
GROUPS: list[tuple[str, str, tuple[str, str, str]]] = [
    ("unidocs", "请根据具体使用目的填写", (T, "", "uni-app's SDK list template: 「(请根据具体使用目的填写)」 for the adopter")),
    ("unidocs", "xxx", (T, "", "the same docs' 「xxx」 where the plugin's name goes")),
    (
        "buttontouch",
        "是否有集成或调用其他SDK",
        (D, "", "a Word table's column left blank in every row: one blank column, reported once a row"),
    ),
    ("buttontouch", "隐私链接", (T, "", "SDK rows with no privacy link")),
    ("buttontouch", "", (T, "", "「信息类型：」 with no value, 「XX」 for the account")),
    ("msport", "xx", (T, "", "「xx直播」: the product's name left as xx")),
    ("connecthelp", "", (T, "", "[Company Name], [香港地址]…")),
    ("aia", "", (F, "language-menu", "a Japanese menu's 「中国語（簡体）」 / 「中国語（繁体）」")),
    ("cooktutor", "灣", (F, "language-menu", "「English · 简体 · 香港 · 台灣」")),
    ("reccue", "灣", (F, "language-menu", "「English · 简体 · 香港 · 台灣」")),
    ("/index", "灣", (F, "language-menu", "「English · 简体 · 香港 · 台灣」")),
    ("petfolio", "替换全部或合并", (F, "import-modes", "「导入(替换全部或合并)」: the import's two modes")),
    ("tt-add", "包含", (F, "passive-include", "「同样不会被包含；」: included, not a list")),
    ("tt-add", "", (F, "redaction-advice", "「在分享诊断信息之前…替换成合成占位符」: advice to the reader, not a drafting note")),
    ("bl-", "xxxx", (F, "script-config", "「xxxx」 in a theme's JavaScript configuration (postHeadAiDescription)")),
    ("ed-", "xxxx", (F, "script-config", "「xxxx」 in a theme's JavaScript configuration (postHeadAiDescription)")),
    ("rata", "", (F, "japanese-text", "a Japanese list 「徳之島への訪問意向、興味内容…」, 「居住国・地域」 in a Taiwan page")),
    ("phesleep", "", (F, "handle", "a social handle 「@星塵Chen」 written as registered")),
    ("yikuaiji-xscript", "尧", (D, "", "the operator's name 薛正尧 as registered, in a Traditional edition")),
    ("mememo", "", (D, "", "the trademark 「我记™」 in a Traditional edition")),
    ("evn-hant", "", (D, "", "the product's name 「長夜錦書」 in a Simplified text")),
    ("dragon", "", (D, "", "the input method's name 倉頡 in a Simplified text")),
    ("changscan", "", (D, "", "the app's name 畅扫 in a Traditional page")),
    ("notes-hant", "", (D, "", "纸条 in the app's name in a Traditional page")),
    ("velaris", "机场", (D, "", "机场 in a Traditional text (a scene's name)")),
    ("m-css", "Document", (D, "", "<title>Document</title>")),
    ("ads-fill", "Document", (D, "", "<title>Document</title>")),
    ("xunfrp", "中国", (D, "", "「地址：中国」: an address given as the country alone")),
    (
        "",
        "script-mixed",
        (T, "", "a character of the other script in the body (read per group: 昵稱, 跟踪, 最后编辑, 服务条款, 隐私政策, 隱私相關問…)"),
    ),
    ("", "", (T, "", "a template's slot or note: [公司地址], 400-XXX-XXXX, your-email@example.com, 【游戏名称】, [待填写], 发布前草稿…")),
]


def verdict(path: str, rule: str, message: str) -> tuple[str, str, str]:
    folder = "/".join(path.split("/")[:-1])
    for part, text, answer in GROUPS:
        if part in folder + "/" + path.split("/")[-1] and (text in message or text == rule):
            return answer
    return ("unread", "", "")


def count(path: str) -> collections.Counter[tuple[str, str, str]]:
    out: collections.Counter[tuple[str, str, str]] = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            out[verdict(row["path"], row["rule"], row["message"])] += 1
    return out


def main() -> int:
    before, after = count(sys.argv[1]), count(sys.argv[2])
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for key in sorted(set(before) | set(after), key=lambda k: (k[0], k[1], k[2])):
        print(f"{before[key]:4} → {after[key]:4}  {key[0]:9} {key[1]:16} {key[2]}")
        totals[key[0]][0] += before[key]
        totals[key[0]][1] += after[key]
    for name, (b, a) in sorted(totals.items()):
        print(f"{name}: {b} → {a}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
