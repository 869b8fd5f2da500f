#!/usr/bin/env python3
"""Hand annotations of eval/structure27 (source of truth): `python3 eval/structure27/tools/annotate27.py [name ...]`.

Every heading, title and look-alike line below was read in the document before policylens was run on it: for HTML a
dump of every block with the source line of its first visible character (standard-library `html.parser`, scripts,
styles and comments left out, `eval/dev23g/tools/annotate23g.py`'s `blocks_of`), for text and Markdown the file's
own lines.  This script copies each annotated line's text from the block (or line) that starts there, refuses a line
where none starts, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`
(lines that look like headings and are not: list items, table rows, a bold sentence, a lone date, site chrome).
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


def src(repo, path, commit, license="none found; test fixture only"):
    return {"repo": repo, "path": path, "commit": commit, "mode": "blob", "license": license}


# name: (set, file, format read as, source, script, region, kind, title line or None, {level: [lines]},
#        ambiguous lines, look-alike lines, notes)
DOCS = {
    "rna-txt": (
        "dev", "隐私协议.txt", "text", src("wangyg-wnr/rna", "隐私协议.txt", "36d30b2a46986f082b1b1688df6fd1d91eccb2d4"),
        "hans", "cn", "plain text, blank line between paragraphs: unnumbered chapter titles, 一、 / 1. / （1） inside each",
        None,
        {1: [1, 32, 87, 103, 167, 193, 244, 250, 272, 276],
         2: [34, 64, 70, 74, 82, 89, 95, 105, 123, 133, 141, 169, 173, 177, 195, 201, 205, 221, 225],
         3: [36, 42, 60, 179, 183, 187],
         4: [46, 50, 54]},
        [],
        [7, 9, 11, 13, 15, 17, 19, 21, 91, 93, 99, 101, 109, 111, 115, 117, 119, 121, 127, 129, 131, 137, 139, 145,
         163, 211, 231, 241, 258, 268],
        "An accounting app's policy. No title line; 引言 opens the first chapter. The eight chapter titles are bare "
        "lines (numbered only in the table of contents, lines 7–21, which are not headings); inside each chapter "
        "一、/二. (full stop or 、) are sections, 1./3. subsections (under 一 of the first chapter and 三 of the fourth), "
        "（1） a fourth level. Numbered 1./2、 lines elsewhere are sentences (list items); 服务平台或服务提供商。… "
        "lines (115–119) are run-in labels of list items. 附件：定义 closes as a chapter.",
    ),
    "youpin-html": (
        "dev", "yinsi.html", "html", src("xinzizi77/youPinWeb", "yinsi.html", "6edeb4c7438802e2b3e9826eaa52769f0ad359f3"),
        "hans", "cn", "student job site page: <p><text>一、…</text></p> sections, 1./(1)/a. in <p> with <br>, nav and footer",
        57,
        {1: [58, 61, 85, 95, 100, 115, 120, 127], 2: [64, 67]},
        [69, 78, 83],
        [8, 22, 25, 30, 33, 36, 39, 47, 65, 66, 70, 88, 97, 103, 105, 109, 110, 124, 131, 136, 138, 143, 145, 150, 152,
         160],
        "Title <p>隐私策略</p> (57). Sections 一、…八、 are <text> inside <p> (a mini-program tag in a web page). 1./2. "
        "under 二 are subsections: 2. is followed by <br> and its paragraph in the same <p>. Ambiguous: the (1)/(2)/(3) "
        "under 2. (label then 「，指…」 definition, 69, 78; 83 label then sentence). a.–g. lines, 1./2./3. lines of "
        "五 (run-in sentences) are items; [2018.4.22] (131) a lone date; nav buttons and footer links are chrome.",
    ),
    "veewo-html": (
        "dev", "privacy_cn.html", "html", src("npmcdn-to-unpkg-bot/myHome", "privacy_cn.html", "bf39c4488866100867a994e47bff536071ee1759"),
        "hans", "cn", "game studio page pasted from Word: <strong> 第一章… chapters, 1.1/7.1 subsections, （1） items, nav/footer",
        43,
        {1: [61, 169, 241, 259, 349, 373, 415, 451, 475, 493, 535, 553], 2: [73, 103, 421, 433]},
        [115],
        [32, 33, 34, 35, 67, 79, 91, 133, 175, 181, 229, 265, 271, 277, 319, 379, 391, 403, 499, 517, 541, 565, 571,
         576, 617, 618, 622, 629, 633],
        "Title 隐私政策 (43). Chapters 第一章…第十二章 in <strong>. 1.1您提供的信息： and 1.2微沃时刻获取的您的信息： are "
        "colon-ended subsection titles; 7.1 邮件和信息推送 / 7.2 与服务有关的公告 are titles; 2.1/4.1/6.1/10.1… are "
        "numbered sentences (not titles). Ambiguous: （1）身份信息 (115), a short label whose sibling （2）日志信息，指… "
        "is a sentence. （n） lines are items; nav (32–35), contact lines and the footer are not headings.",
    ),
    "jeysong-html": (
        "dev", "privacy_cn.html", "html", src("jey-song/web", "privacy_cn.html", "1ac225d3b4c5b981493174d37cdf8bdb26ec155b"),
        "hans", "cn", "app page, <h1>/<h2>, numbered 1.1 sentences and a./(a) items in <p> (baseline with look-alikes)",
        41,
        {1: [47, 59, 78, 87, 91, 95]},
        [],
        [49, 51, 53, 55, 61, 63, 65, 70, 80, 89, 93, 97],
        "<h2> sections 1.–6.; 1.1/2.1… paragraphs are numbered sentences, a./b. 「自动收集的数据 - …」 run-in items.",
    ),
    "jinhua-html": (
        "dev", "privacy_cn.html", "html", src("chengxiaoai/fans.jinghuayuanfeng.io", "privacy_cn.html", "5ef498bb14649d225042de897d2e141346999551"),
        "hans", "cn", "card layout page: <h2> titles led by an emoji, a bold principle sentence, bold list labels, dated footer",
        70,
        {1: [75, 83, 94, 104, 114, 119, 124, 129]},
        [],
        [71, 78, 85, 87, 107, 108, 131, 132, 136, 137],
        "<h2>📌 概述</h2> … <h2>📧 联系我们</h2>; the company line under the title (71), the bold 「核心原则：…」 sentence "
        "(78), bold 存储权限：/其他权限： labels in list items, the contact lines and the dated footer are not headings.",
    ),
    "xiangtu-html": (
        "dev", "隐私声明.html", "html", src("grahamle/xiangtu_site", "隐私声明.html", "85a56727b4b295aee49f840ef9c4e1c428ded1a9"),
        "hans", "cn", "2007 table-layout template page: <font size=2><b>…</b></font><br/> titles run into their text in one cell",
        None,
        {1: [57, 59, 61, 63, 69]},
        [],
        [64, 65, 66, 67, 68, 72, 95],
        "No title line (the page's title is an image). Five unnumbered titles, each <b> in <font> between <br>s in one "
        "table cell, the first on the same source line as its text. 64 is a bold sentence ending in 「：」 before a "
        "list of <br> lines (not a heading); the e-mail and copyright lines are not headings.",
    ),
    "ttshow-tw-php": (
        "dev", "privacy.php", "html", src("friend520520/gy.istera", "template_ttshow/privacy.php", "409b625f4cc6439a550d3cb330d571b8f1c66811"),
        "hant", "tw", "Taiwan PHP page: each numbered title on its own source line with its paragraph in the same <p> (run-in)",
        48,
        {1: [53, 57, 77, 81, 89, 93]},
        [],
        [58, 60, 61, 62, 68, 69, 70, 83, 84, 85, 86],
        "Title <h2>隱私權政策</h2> (48). 1.政策大綱 … 6.取用及更改個人資料 are titles written on their own source line, "
        "their paragraph on the next line in the same <p> (no <br>: a browser runs them together). (1)…(5), a.…i. "
        "after <br> are items.",
    ),
    "translatehelper-md": (
        "dev", "隐私声明.md", "markdown", src("And-ZJ/TranslateHelper", "隐私声明.md", "e178bc203db53d799f7909fa64bb6ec2a7d4ad10"),
        "hans", "cn", "browser-extension statement in Markdown: question headings, a language-links section (baseline)",
        1,
        {1: [7, 13, 23, 35, 43, 51, 65]},
        [],
        [9, 11, 69, 71, 73],
        "`# 隐私声明` title, `##` question sections. The language links and the contact lines are not headings.",
    ),
    "dashboard-md": (
        "dev", "隐私声明.md", "markdown", src("HenrySun36/dashboard", "隐私声明.md", "ac0dacc35cf38eb1d64b5b324723b4d3b7e2047d"),
        "hans", "cn", "Markdown `##`/`###` statement of an internal tool (baseline), a dated change-log item",
        1,
        {1: [3, 7, 21, 33, 45, 57, 69, 81, 85], 2: [9, 15, 23, 28, 35, 40, 47, 52, 59, 64, 71, 76]},
        [],
        [10, 16, 87],
        "Two levels by `##`/`###`; the last line is a dated list item.",
    ),
    "hehe-html": (
        "holdout", "privacy_cn.html", "html", src("Heilum/web", "privacy_cn.html", "b89105cb4b5e4cabe446bea23323c24c84e5f3cd"),
        "hans", "cn", "macOS TextEdit/Cocoa HTML export: every paragraph <p class=p3><span class=s2>, no bold, 一、/1./（1） in text",
        24,
        {1: [34, 36, 46, 55, 67, 69, 71, 74, 79, 81, 83, 88, 90, 93, 95, 98, 100, 106, 109],
         2: [47, 49, 56, 65],
         3: [58, 62]},
        [27],
        [29, 30, 32, 33, 40, 41, 42, 43, 44, 52, 53, 85, 86, 87, 102, 103, 104, 105],
        "Title in <b> (24). Ambiguous: 隐私政策的版本及生效日期 (27), an unnumbered line before the dated sentence. "
        "Sections 一、…十九、, 1./2. subsections under 三 and 四, （1）/（2） titles under 四.1 (followed by their "
        "paragraph). （1）–（5） at 40–44 are a list announced by 「…以下几个方面的问题：」; （1）/（2） at 52–53 are "
        "definitions (sentences); numbered 1.–4. lines under 十一 and 十七 are items.",
    ),
    "optionlog-html": (
        "holdout", "privacy_cn.html", "html", src("bend2021/optiontraderslog", "privacy_cn.html", "d4ae2290863770504e8e43d0d6d085f5fad60978"),
        "hans", "cn", "developer policy page: unnumbered question <h2>s, the first one not closed (`<h2>…？<h2>`), dash items",
        28,
        {1: [42, 47, 56, 92, 107, 111, 115, 129, 147]},
        [],
        [61, 77, 85, 97],
        "Title <h1>. Line 42 ends with <h2> instead of </h2> (malformed): the following <h2>s are still sections. "
        "「- …」 lines are list items written as text.",
    ),
    "w3ps-tw-aspx": (
        "holdout", "W3HWPrivacystatement.aspx", "html", src("hfregg654/CSharpLessonWeekThreeHW", "CSharpLessonWeekThreeHW/W3HWPrivacystatement.aspx", "90072a8081afde677ffa40ec3a5406aeccce102e"),
        "hant", "tw", "ASP.NET page (Taiwan): <h3> 壹、…陸、 in an <article>, 一、 and 1. sentences between <br>s",
        8,
        {1: [22, 32, 44, 63, 70, 75]},
        [],
        [24, 28, 33, 36, 45, 47, 49, 51, 59, 64, 66],
        "Title <h2>隱私權聲明</h2> (8). Sections are <h3 class=CommonH3> 壹、…陸、 (an empty <h3> follows the first). 一、… "
        "and 1.… lines are sentences (items), 「二、前項但書之情形包括不限於」 (47) announces a list.",
    ),
    "shujuku-txt": (
        "holdout", "隐私政策.txt", "text", src("jincheng3870682453-hash/shujuku", "隐私政策.txt", "1c4b6cb3f0a7abef3d9476ff250124724f80ee16", "PolyForm Noncommercial 1.0.0 (repository LICENSE)"),
        "hans", "cn", "plain text: title, date, 一、…十一、 sections, indented body lines and · bullets",
        1,
        {1: [8, 12, 17, 23, 30, 34, 38, 42, 45, 48, 51]},
        [],
        [3, 18, 24, 25],
        "Title 隐私政策 (1); 最后更新日期 (3) is a date line; body lines are indented three spaces; 「使用 AI 分析功能时：」 "
        "(24) announces · bullets.",
    ),
}


def _line_texts(path, fmt):
    """Text of the block (HTML) or line (text, Markdown) that starts on each source line."""
    if fmt == "html":
        return _a23g.blocks_of(path, "utf-8-sig")
    out = {}
    with open(path, encoding="utf-8-sig") as f:
        for i, line in enumerate(f, 1):
            text = re.sub(r"^#{1,6}\s*|\*\*", "", line.strip()).strip()
            if text:
                out[i] = text
    return out


def build(name):
    sset, fname, fmt, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _line_texts(os.path.join(folder, fname), fmt)
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    for line in [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks):
        if line not in texts:
            raise SystemExit(f"{name}: no block starts on line {line}")
    overlap = ({h for h, _ in heads} & set(looks)) | (set(ambiguous) & set(looks))
    if overlap:
        raise SystemExit(f"{name}: lines both heading/ambiguous and look-alike: {sorted(overlap)}")
    ann = {
        "source": source, "format": fmt, "script": script, "region": region, "languages": ["zh"], "kind": kind,
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
