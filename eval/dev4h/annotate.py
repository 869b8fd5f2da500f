#!/usr/bin/env python3
"""Hand annotations of eval/dev4h (source of truth); run to (re)write every annotation.json of this folder.

Same format and helper as ../tools/annotate.py (`ann_lib.build` copies each heading's text from
its line).  Levels are the outline a reader sees, chosen by hand after reading each file and
before policylens was run on it.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from ann_lib import build  # noqa: E402


def src(repo, path, commit, license):
    return {"repo": repo, "path": path, "commit": commit, "license": license}


build(
    "dev4h/alicezero-tw-txt",
    src("Mr-Smilin/AliceZero", "隱私權政策.txt", "477ae4b052bb723df1a4e1aa7ad56ed8ac93fee7", "none (no licence file)"),
    "txt", "hant", "tw", ["zh"],
    1,
    [
        (5, 1), (7, 2), (13, 2), (19, 2), (26, 2),
        (33, 1), (43, 1), (50, 1), (57, 1), (64, 1), (71, 1), (78, 1), (81, 1), (86, 1), (89, 1),
    ],
    notes=(
        "A .txt whose first line is a Markdown `# ` title (one `#` line only); no blank lines at all. "
        "1.–11. sections, 1.1–1.4 sub-sections under 1.; every section is followed by bare list lines "
        "without punctuation (「Discord 使用者 ID」, 「伺服器名稱」, 「Discord API」): list content, not headings. "
        "Rebuilt from the search index's stored text of the blob (the fetched snapshot predates the file): "
        "UTF-8, LF, no final newline, 1,593 characters as the index reports."
    ),
)

build(
    "dev4h/goe-txt",
    src("ZUXTUO/GOE", "隐私协议.txt", "6fc728e4bae5c7c28712554e030e399037f64c2c", "none (no licence file)"),
    "txt", "hans", "cn", ["zh"],
    1,
    [(14, 1), (55, 2), (61, 2), (67, 2), (75, 1), (128, 1), (135, 1), (140, 1), (143, 1)],
    notes=(
        "一、 sections; 1.–16. under them are numbered sentences (list content); （1）–（3） SDK names are short "
        "titles directly above their label: value lines (sub-sections of 一、, level 2); the （一）–（十） lines "
        "and 「（1）任何由于黑客攻击…」 are list items. Closing lines (「独立游戏开发者：Olsc」, the date) are text."
    ),
)

build(
    "dev4h/yesheng-tw-txt",
    src("CnYeSheng/game", "隱私權政策.txt", "81ac27a85b88d92c4a8f00a7fbfc953a1f8fda30", "Apache-2.0 (repository licence)"),
    "txt", "hant", "tw", ["zh"],
    {"line": None, "text": None},  # no title line: the file opens with its welcome sentence
    [(3, 1), (6, 1), (12, 1), (16, 1), (19, 1), (32, 1), (35, 1)],
    notes=(
        "The widely copied Taiwan website template: 一、–七、 title lines directly above their text; under 五、 a "
        "lead-in 「前項但書之情形包括不限於：」 and short sentence lines (「法律明文規定。」): list content."
    ),
)

build(
    "dev4h/fastfile-tw-txt",
    src("duckodes/FastFile", "privacy_zh.txt", "9486bc51765d668cb6314cf9c25855f7fcbcb62f", "none (no licence file)"),
    "txt", "hant", "tw", ["zh", "en"],
    2,
    [(6, 1), (11, 1), (17, 1), (22, 1), (26, 1)],
    notes="A title between two `=====` rules, 1.–5. sections with indented `- ` items (list content).",
)

build(
    "dev4h/flirtscan-tw-md",
    src("Ken784/FlirtScan", "privacy_zh.md", "1be065275379ebe5a0887a075f369e7c8d0a14d9", "none (no licence file)"),
    "md", "hant", "tw", ["zh"],
    1,
    [
        (7, 1), (9, 2), (13, 2), (18, 2), (25, 1), (27, 2), (34, 2), (39, 2), (47, 2), (52, 1), (54, 2), (66, 2),
        (72, 2), (77, 1), (86, 1), (90, 2), (93, 2), (97, 2), (101, 2), (104, 2), (107, 1), (111, 1), (115, 1),
        (119, 1), (121, 2), (126, 2), (130, 1), (138, 1),
    ],
    ambiguous=[132],
    notes=(
        "`##` 1.–11. with `###` 1.1 sub-sections; bold lines are a date, field labels (**電子郵件**：…) and a "
        "signature (**FlirtScan 開發團隊**), not headings; 132 「**重要提示**：」 is a bold lead-in before a list (ambiguous)."
    ),
)

build(
    "dev4h/hellobaby-tw-md",
    src("WarrenTS/hello_baby_legal", "privacy_zh.md", "8c8a16e5085db2c92ce7a0c67ed257571e4a1af2", "none (no licence file)"),
    "md", "hant", "tw", ["zh"],
    1,
    [(7, 1), (13, 1), (17, 1), (21, 1), (25, 1), (28, 1), (31, 1)],
    notes=(
        "The sections are a Markdown ordered list: 「1. **收集的資料**」 (a bold title ending in two spaces) with "
        "nested `-` items or an indented sentence under it; the bold app name under the title is a subtitle."
    ),
)

build(
    "dev4h/growthtracker-md",
    src("zhatrix/GrowthTracker", "privacy_zh.md", "93dc6e3a72afa9ba81aa77ad824537bb08b483c3", "none (no licence file)"),
    "md", "hans", "cn", ["zh"],
    1,
    [(7, 1), (19, 1), (26, 1), (33, 1), (40, 1), (47, 1), (53, 1)],
    ambiguous=[9, 13],
    notes=(
        "Title and sections all `### **…**` (bold inside the heading); 9 and 13 「1️⃣ **您主动输入的数据**」 are keycap-"
        "numbered bold labels above bullet lists (sub-headings or list labels: ambiguous); 「1. **核心功能** → …」 are items."
    ),
)
