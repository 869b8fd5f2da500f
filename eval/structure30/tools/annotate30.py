#!/usr/bin/env python3
"""Hand annotations of eval/structure30 (source of truth): `python3 eval/structure30/tools/annotate30.py [name ...]`.

Every heading, title and look-alike line below was read in the document before policylens was run on it: for HTML
(and the `.aspx` page) a dump of every block with the source line of its first visible character (standard-library
`html.parser`, scripts, styles and comments left out, `eval/dev23g/tools/annotate23g.py`'s `blocks_of`); for the
Taro `.tsx` page the source line of the first text of each `<View>` (its `<Text>` runs joined).  This script copies
each annotated line's text from the block that starts there, refuses a line where none starts, and writes
<set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines` (lines that look like headings
and are not: numbered sentences and lead-ins, list items, a table of contents, dates, greetings, site chrome).
Standard library only.
"""

import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
_spec = importlib.util.spec_from_file_location("a23g", os.path.join(ROOT, "..", "dev23g", "tools", "annotate23g.py"))
_a23g = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_a23g)

LICENSE = "none found; test fixture only"


def src(repo, path, commit, license=LICENSE):
    return {"repo": repo, "path": path, "commit": commit, "mode": "blob", "license": license}


# name: (set, file, format read as, source, script, region, kind, title line or None, {level: [lines]},
#        ambiguous lines, look-alike lines, notes)
DOCS = {
    "aplayer-html": (
        "dev", "yszc.html", "html", src("alimysoyang/A-Player", "yszc.html", "0268074e4ef2c474b10a2c9d506fd892a7c2c9e4", "MIT (repository LICENSE)"),
        "hans", "cn", "plain `<p>` page, no heading markup: 1、 sections after a 1、–6、 table of contents, 2.1 / 2.2.1 titles among 1.1 / 2.1.1 clause sentences, （1） items",
        12,
        {1: [61, 75, 107, 139, 149, 153], 2: [79, 85], 3: [87, 99]},
        [95],
        [25, 37, 39, 47, 49, 51, 53, 55, 57, 59, 63, 65, 67, 69, 81, 83, 89, 97, 101, 109, 111, 113, 115, 121, 123, 141,
         143, 155, 157],
        "Title: the `<title>` 隐私政策 (12; no visible title). 49–59 are the table of contents (1、–6、, the same words as the "
        "sections at 61…153). 2.1 and 2.2 (79, 85) are titles over 2.1.1/2.2.1 (85 ends in 「。」 but has three "
        "sub-titles); 2.2.1 日志信息 and 2.2.3 我们从第三方获得的您的信息。 are titles over （1）… items; 2.2.2 (95) is a "
        "label run into its sentence (ambiguous). 1.1/1.2/2.1.1/3.1… are clause sentences, 1.3/3.4/3.5 numbered lead-ins.",
    ),
    "ysxy-agreement-html": (
        "dev", "ysxy.html", "html", src("slsan/xy", "ysxy.html", "0de8c16ab7866dc6f87ce5b37f980d5d304b2a84"),
        "hans", "cn", "**Word \"save as web page\"** (MsoNormal, one font throughout): a user agreement **and** a privacy policy in "
        "one file (two documents, two outlines), 一、…七、 then a 第一章… table of contents and 第N章 chapters, two of them run "
        "into their first sentence; ①, a./b. and 6.1 items",
        801,
        {1: [825, 910], 2: [829, 841, 845, 853, 857, 863, 868, 902, 949, 965, 979, 991, 997]},
        [],
        [807, 812, 817, 833, 836, 839, 846, 848, 871, 872, 880, 882, 889, 904, 906, 916, 921, 925, 929, 933, 937, 941,
         945, 951, 967],
        "Title 用户协议及隐私政策 (801). Two documents: 《应用用户协议》 (825) over 引言 and 一、…七、, and 《应用用户隐私政策 "
        "(910, its closing bracket missing) over 第一章…第五章 — each document title level 1, its sections level 2. 925–945 "
        "are the policy's table of contents. 第一章/第二章 (949, 965) end their line with `<br>`; 第三章/第四章 (979, 991) run "
        "into their first sentence in the same paragraph and are counted as headings (eval/README.md: a heading glued to "
        "its first sentence). 1./2./3. under 引言, 2.1/4.1/6.1/7.1 clauses, ①… and a.… are items.",
    ),
    "suiyuan-html": (
        "dev", "privacy_cn.html", "html", src("itana/suiyuaninfo.github.io", "privacy_cn.html", "fa6a1b61545b25e087c08ade5f2d5220afeea683"),
        "hans", "cn", "game company page of plain `<p>`s: 【特别提示】, an 一、…八、 table of contents, then 一、 over （一） over 1、 over "
        "（1）, the 1、 numbering restarting under every （一） and some 1、 lines being sentences",
        2,
        {1: [19, 74, 86, 115, 140, 157, 161, 172],
         2: [20, 27, 87, 109, 111, 116, 121, 141, 145, 147, 150, 153, 155],
         3: [28, 32, 40, 47, 51, 53, 66, 123, 128, 134, 137]},
        [5, 21, 55],
        [3, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 22, 25, 26, 34, 80, 81, 82, 89, 100, 102, 107, 108, 112, 113,
         143, 144, 163, 168],
        "Title (2, bold, centred). 【特别提示】 (5) is a bold label over three bold numbered sentences (ambiguous). 11–18 are "
        "the table of contents. Under 一、（一） the 1、/2、/3、 lines (21, 25, 26) list sources (21 has （1）（2） under it: "
        "ambiguous; 25, 26 items). Under （二） 1、…8、 are titles (28…66) except 7、 (55), a numbered full sentence over "
        "permission items (ambiguous). 1、 lines under 二、 (80–82) and 三、（一） (89, 100…) are sentences; under 四、（二） "
        "1、–4、 (123…137) are titles.",
    ),
    "sliver-tsx": (
        "dev", "index.tsx", "tsx", src("TioKangKK/SliverAssistant", "src/pagesPersonal/privacyPolicy/index.tsx", "31ca1bfbe9bdcd1faa582a33aec70c484b8a2702"),
        "hans", "cn", "**Taro React component** converted from Word: every paragraph a styled `<View>` of `<Text>` runs, one per "
        "source line, numbers split from their titles (「1」「.」「1」「 注册、登录」), one size throughout; 1./1.1/1.1.1 outline, "
        "a 1.–10. table of contents, a./b. items",
        8,
        {1: [109, 325, 372, 457, 506, 570, 671, 719, 739],
         2: [118, 179, 190, 201, 212, 223, 242, 253, 338, 350, 361, 378, 389, 401, 461, 472, 579, 598, 617, 643, 660,
             681],
         3: [124, 152, 166, 229]},
        [590],
        [25, 67, 71, 75, 81, 85, 89, 93, 97, 101, 105, 114, 133, 147, 260, 265, 396, 484, 510, 518, 586, 687, 723, 731,
         743, 768],
        "Title 隐私政策 (8, 22pt). 67–105 are the table of contents (1.–10.; the body numbers its sections only up to 9.). "
        "Each heading's line is the line of its first `<Text>` (the number). 5.1…5.7, 8.1, 9.1 are clause sentences; a.… "
        "items; 「改变或撤回授权的信息处理：」 (590) a label line closed by a colon (ambiguous).",
    ),
    "sanos-html": (
        "dev", "yhxy.html", "html", src("xsmc253/SANOS", "yhxy.html", "7373f95137f97f694bbf85e93c8f8adf6f1820c0"),
        "hans", "cn", "user agreement page: `<h1>`, 一、…八、 section titles in `<div class=\"section-title\">`, every clause "
        "numbered by a number-only `<div class=\"subsection-title\">1.1</div>` over its paragraph",
        112,
        {1: [122, 136, 160, 174, 198, 206, 235, 254]},
        [125, 130, 139, 144, 149, 154, 163, 168, 177, 182, 187, 192, 209, 214, 219, 224, 229, 238, 243, 248, 257, 262,
         267, 272, 277],
        [113, 117, 126, 131],
        "Title `<h1>` (112). The number-only 1.1 … 8.5 labels (class subsection-title) are clause numbers with no title "
        "text: ambiguous (a careful annotator could call each a section titled by its number). The date (113) and the "
        "greeting (117) are not headings.",
    ),
    "applock-html": (
        "dev", "privacy_zh.html", "html", src("xjhAdam/protocol", "appLock/web/common/privacy_zh.html", "ec39ff1b41ac2af9144ecb3c9f204598d0e1e573"),
        "hans", "cn", "`<h2>` 1.–9. sections, `<h3>` sub-titles; under 3. the `<h3>`s are numbered 1.–4. again, so 「4. Firebase "
        "Analytics」 (h3) is followed by 「4. 数据共享」 (h2)",
        50,
        {1: [62, 78, 97, 190, 201, 210, 217, 234, 241], 2: [80, 86, 92, 99, 112, 140, 162]},
        [],
        [53, 54, 58, 69, 70, 71, 106, 119, 123, 135, 170, 185, 224, 248],
        "Title `<h1>` (50). Levels follow the tags: the restarted 1.–4. `<h3>` SDK titles under 「3. 第三方服务」 are level 2. "
        "Dates, list items, 「…包括：」 lead-ins and the e-mail line are not headings.",
    ),
    "moj-tw-aspx": (
        "holdout", "WebForm2.aspx", "html", src("Kos8943/HomeWork003", "WebForm2.aspx", "309d7bf824c449e13ef8560af7ee508c4650c0c5"),
        "hant", "tw", "ASP.NET Web Forms page (`<%@ Page %>`, `<asp:Content>`): a Taiwan ministry's 隱私權保護宣告 copied into a "
        "homework site, `<h1>`, section titles as `<p class=\"pTitle\">`, 1./2./3. items",
        14,
        {1: [20, 28, 31]},
        [],
        [16, 18, 22, 23, 24, 25],
        "Title `<h1>` (14). The three `<p class=\"pTitle\">` lines (styled red by the page's `.pTitle` rule) are the "
        "sections; the ‧ lead-in and 1.–3. items are not headings.",
    ),
    "code40-html": (
        "holdout", "yhxy.html", "html", src("40codeTeam/40code-www", "yhxy.html", "05a55c396da3d6aecf8470d287df40996f1f4a85"),
        "hans", "cn", "user service agreement: `<h2>` title, `<h3>` 一、…八、, 1.1 clause sentences (some glued to their number, "
        "「1.340code平台…」), (1) and 1. items, a 5.1 under 六、",
        10,
        {1: [19, 27, 46, 56, 64, 70, 78, 85]},
        [],
        [13, 20, 23, 25, 28, 42, 43, 44, 59, 60, 65, 71, 73, 74, 75, 92],
        "Title `<h2>` (10). Clauses and items are sentences.",
    ),
    "sudoku-html": (
        "holdout", "privacy_zh.html", "html", src("island888/Web", "docs/privacy_zh.html", "890987495dc6506034e27cef11a1009d238b2186"),
        "hans", "cn", "Chrome extension policy (baseline): `<h1>`, unnumbered `<h2>` sections, 「label：value」 list items, lead-ins",
        43,
        {1: [47, 53, 60, 68, 75, 84, 92, 95]},
        [],
        [48, 50, 54, 69, 71, 72, 76, 85, 98, 103],
        "Title (43). Lead-ins closed by 「：」 and the label items are not headings; the update date is a footer line.",
    ),
    "yygame-html": (
        "holdout", "yhxy.html", "html", src("gujiayi/YYLongLuHong", "yhxy.html", "db9277d7d19e331694ec8aa7809a697377f62551"),
        "hans", "cn", "game user agreement: 前言 and 一、…十八、 (十一 after 十), 1. titles under 二、 and 十三、 among 1. sentences "
        "elsewhere, （1） and ※（1） items, a footer",
        43,
        {1: [45, 48, 53, 63, 77, 81, 158, 167, 180, 198, 203, 210, 212, 217, 229, 231, 235, 237, 239],
         2: [54, 58, 60, 218, 224]},
        [222, 223],
        [41, 46, 49, 64, 65, 78, 82, 84, 96, 119, 159, 160, 165, 168, 181, 240, 247, 248, 249],
        "Title (43). 前言 is an unnumbered peer of 一、. Under 二、 1./2./3. are titles; under 十三、 「1. 游戏管理员」 and "
        "「4. 防沉迷系统」 are titles, 「2. 游戏信息转移。…」 and 「3. 家长监护系统。…」 labels run into sentences (ambiguous). "
        "Numbered lines elsewhere are sentences.",
    ),
}


def _tsx_line_texts(path):
    """Text of each `<View>` of a Taro page, keyed by the line of its first visible text."""
    out = {}
    cur = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines, 1):
        if re.search(r"<View\b", line):
            cur = [None, ""]
            continue
        if cur is None:
            continue
        if "</View>" in line:
            if cur[0] is not None:
                out[cur[0]] = cur[1]
            cur = None
            continue
        text = re.sub(r"<[^>]+>", "", line).replace("&#xa0;", "").replace("&quot;", '"').strip()
        if text:
            if cur[0] is None:
                cur[0] = i
            cur[1] += text
    return out


def _line_texts(path, fmt, encoding="utf-8-sig"):
    if fmt == "tsx":
        return _tsx_line_texts(path)
    return _a23g.blocks_of(path, encoding)


def build(name):
    sset, fname, fmt, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _line_texts(os.path.join(folder, fname), fmt)
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    for line in [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks):
        if line not in texts:
            raise SystemExit(f"{name}: no block starts on line {line}")
    overlap = ({h for h, _ in heads} & set(looks)) | (set(ambiguous) & set(looks)) | ({h for h, _ in heads} & set(ambiguous))
    if overlap:
        raise SystemExit(f"{name}: lines annotated twice: {sorted(overlap)}")
    ann = {
        "source": source, "format": "html", "script": script, "region": region, "languages": ["zh"], "kind": kind,
        "file": fname,
        "title": {"line": title, "text": texts[title]} if title else None,
        "headings": [{"line": line, "level": level, "text": texts[line]} for line, level in heads],
        "ambiguous_lines": sorted(ambiguous),
        "look_alike_lines": [{"line": line, "text": texts[line][:80]} for line in sorted(looks)],
        "notes": notes,
    }
    with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(heads)


def main(only):
    total = 0
    for name in only or DOCS:
        n = build(name)
        total += n
        print(f"{name}: {n} headings")
    print(f"total {total}")


if __name__ == "__main__":
    main(sys.argv[1:])
