#!/usr/bin/env python3
"""Hand annotations of eval/structure46c (source of truth, forty-sixth session, helper m46x): `python3 eval/structure46c/tools/annotate46c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags and JSX comment braces stripped; a line that only continues an
opening tag begun on an earlier line (`mso-bidi-language:AR">text`, `style="…">text`) keeps the text after the `>`.
A heading whose text a Word export splits over two source lines (「(」 / 「一)访问您的个人信息」) is annotated on the
line where its text begins.  The script refuses a line with no text and a line annotated twice, and writes
<set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.  Copied from
eval/structure45c/tools/annotate45c.py (same conventions; the continuation rule is widened to any attribute tail).
Standard library only.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


def repo_src(repo, commit, path, license_, note, blob):
    """A file taken byte for byte from a repository snapshot (`git show COMMIT:PATH`); blob = its git hash-object."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "git blob", "blob": blob,
            "license": license_, "note": note}


LANGS = {"actionmaster-bilingual-html": ["zh", "en"]}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "park-privacy-wxml": (
        "dev", "privacyPolicy.wxml",
        repo_src("masion-wang/weichatApp1", "dc1cb639f20711b6960d0ce304651434adfd713d",
                 "pages/privacyPolicy/privacyPolicy.wxml", NO_LICENSE,
                 "an industrial park's entry-scan WeChat mini-program (园区出入扫码小程序, 石嘴山市启明星众创空间), .wxml page",
                 "2bef9d6c3e6ae029d568ee89687b0c24a107a150"),
        "hans", "cn",
        "**WeChat .wxml page of bare `<view>`s**: a `.main` title 《…隐私政策》, a legal-statement prelude (法律声明) with "
        "label lines closed by a spaced colon (提示条款 : / 定义 : / 权利声明 :), definition lines (小程序 ： …), then seven "
        "`<view class=\"title\">` sections 一、…七、 over `.content` views",
        3,
        {1: [5, 18, 22, 27, 30, 33, 35, 38]},
        [6, 8, 11],
        [9, 10, 13, 15],
        "Title 3. Level 1: 5 法律声明 (the prelude's heading) and the seven .title views 一、…七、. Ambiguous: 6/8/11 the "
        "prelude's label lines 「提示条款 :」「定义 :」「权利声明 :」 (a label alone on its line, its text on the next: a "
        "sub-heading or a lead-in). Look-alikes: 9/10 definition lines 「小程序 ： …」, 13 a paragraph opening with the "
        "run-in label 权利归属, 15 the policy's intro paragraph.",
    ),
    "yiyan-guide-wxml": (
        "dev", "yinsi.wxml",
        repo_src("mynameisdongdada/yiyanWX", "fee463eb37ff48d0ec0305953b8587eb36bff340", "pages/yinsi/yinsi.wxml",
                 NO_LICENSE, "a quote-of-the-day WeChat mini-program's privacy-guide summary (一言), .wxml page",
                 "e28614ae440ef539c69dff79d0eccd82967a817a"),
        "hans", "cn",
        "**a one-screen .wxml privacy-guide summary with no sections**: back button image, a centred title "
        "「隐私保护指引摘要」, two dates, a statement, a lead-in and three scenario pairs 「业务场景一：当前天气」 / "
        "「使用到的功能：定位信息」 indented with U+3000",
        4,
        {},
        [9, 11, 13],
        [5, 6, 7, 8, 10, 12, 14],
        "Title 4. No headings. Ambiguous: 9/11/13 the scenario labels 「业务场景一：当前天气」… (each a one-line item with "
        "its feature on the next line; an item label more than a section title). Look-alikes: 5/6 dates, 7 the "
        "statement, 8 the lead-in closed by ：, 10/12/14 「使用到的功能：…」.",
    ),
    "xuanhuan-privacy-txt": (
        "dev", "yinsi.html",
        repo_src("fanjianli/books", "697680b01690cf4dbcb4e15d19878fdb19a4ad65", "yinsi.html", NO_LICENSE,
                 "a novel-reading app's privacy policy (玄幻小說大全 / 醒讀小說) in Traditional script: **plain text saved "
                 "as yinsi.html** (no tag at all); the next revision of xingread-privacy-wordhtml, converted from it",
                 "b17032c27cc546cb3779f5cc9a94ebbf6af978ce"),
        "hant", None,
        "**plain text in a .html file, Traditional script**: a title line, blank-line paragraphs, a one-line table of "
        "contents, 壹、/二、…八、 sections (the converter wrote 壹 for 一), （壹）/（二）/（三） and (壹)/(二)… sub-sections "
        "(（五） missing), run-in labels 1、註冊信息 …, (壹)… sentence items",
        1,
        {1: [11, 31, 39, 79, 95, 153, 161, 183], 2: [41, 61, 71, 99, 105, 109, 127, 135]},
        [],
        [5, 13, 17, 19, 83, 85, 103, 111, 167],
        "Title 1 「隱私條款」. Level 1: 壹、…八、. Level 2: （壹）共享 （二）轉讓 （三）公開披露 and (壹)訪問… (二)更正… "
        "(三)刪除… (四)撤回同意 （六）約束系統自動決策. Look-alikes: 5 the table of contents on one line, 13/111/167 "
        "lead-ins closed by ：, 17/19 run-in labels (1、註冊信息 為完成…), 83/85 (壹)/(二) items that are sentences, "
        "103 「賬戶信息--如果…」.",
    ),
    "plan-privacy-html": (
        "dev", "execution_plan_privacy_policy.html",
        repo_src("sunguiyong/Sunguiyong.github.io", "8c099fd78452b482e6b9af1e361d23c97e8d6ca9",
                 "execution_plan_privacy_policy.html", NO_LICENSE,
                 "a planning app's privacy policy (执行派), static HTML page on GitHub Pages",
                 "00610e41638769177cdcaac7b8b8fc62931d1baa"),
        "hans", "cn",
        "**clean static HTML**: `<title>`, `<h1>`, a date `<p class=effective>`, intro, seven `<h2>` 一、…七、, two `<h3>` "
        "1.1/1.2, a list item commented out in `<!-- -->`, a table, a `<blockquote>` opening with a bold run-in label, "
        "a `<footer>`",
        57,
        {1: [62, 76, 83, 106, 109, 112, 118], 2: [64, 67]},
        [],
        [6, 58, 84, 99, 101, 121],
        "Title 57 (h1). Level 1: the seven h2; level 2: the two h3. Look-alikes: 6 <title>, 58 the date, 84/101 lead-ins "
        "closed by ：, 99 a blockquote opening with the bold label 关于广告：, 121 the footer.",
    ),
    "jiafeng-privacy-html": (
        "dev", "yinsi.html",
        repo_src("shiguozia/shiguozia.game", "3df60a1d5b719636f3c232e1047f85b9109bed0a", "yinsi.html", NO_LICENSE,
                 "an environmental-tech company's privacy policy (佳峰 / 喜扣, 湖南佳峰环保科技有限公司), an XHTML page "
                 "that declares gb2312 but is stored as UTF-8",
                 "cf9cc2772ae13fde16f85d8c651c10df16d4cffe"),
        "hans", "cn",
        "**XHTML of `<p>`s with bold section titles**: no `<h*>`, the title only in `<title>`, a bold 【前言】 paragraph, a "
        "bold table of contents (九 entries), 一、…九、 bold `<p>`s (七、 listed in the contents but missing from the body), "
        "（一）… sub-sections (two closed by ：), numbered function titles 1、…12、 mixed with numbered sentences, "
        "（1）… items, a closing 「（完）」 and the company's name",
        5,
        {1: [42, 166, 194, 260, 315, 369, 401, 420],
         2: [45, 59, 195, 223, 229, 237, 261, 275, 316, 326, 330, 336, 342, 346],
         3: [63, 69, 77, 87, 93, 101, 109, 117, 139, 161, 279, 289, 303]},
        [105, 121],
        [15, 22, 23, 25, 27, 29, 31, 33, 35, 37, 39, 47, 55, 57, 199, 297, 299, 427, 428],
        "Title 5 (<title>, the only title). Level 1: the eight bold 一、…九、 of the body. Level 2: （一）（二） of 一、 "
        "(45/59, each closed by ：), （一）…（四） of 三、, （一）（二） of 四、, （一）…（六） of 五、. Level 3: the numbered "
        "function titles of 一、（二） (1、帮助您完成注册及登录 … 12、有关敏感个人信息的提示) and 四、（二）'s 1、/2、/6、. "
        "Ambiguous: 105 「7、我们通过间接方式收集到的您的个人信息：」 and 121 「10、您理解并同意，…例如：」 (numbered like "
        "their sibling titles but a lead-in closed by ：). Look-alikes: 15 the bold 【前言】 paragraph, 22 the contents' "
        "lead-in, 23–39 the table of contents, 47/55/57/199 numbered items that open with a label and go on as a "
        "sentence, 297/299 numbered sentences among 四、's titles, 427 （完）, 428 the company's name.",
    ),
    "fangzhou-yinsi-html": (
        "dev", "yinsi.html",
        repo_src("FangHeXie/web", "77be823d3de4e5161d0fa383e7d6ee809b8cdbc4", "yinsi.html",
                 "GPL-3.0 (LICENSE in the repository)",
                 "a censorship-filter tool's site (网络发言防和谐器), its 2010 privacy note, table-layout HTML",
                 "bf685936ae204aea30b4b0e3ac4779cb9d9b2abd"),
        "hans", "cn",
        "**a short privacy note inside a table-layout site page, no sections**: site header (logo, bold site name, "
        "tagline), a back link, a centred bold 「隐私保护」, a date/author line, three `<br />` lines of text, a footer "
        "with slogan and links, a statistics script",
        18,
        {},
        [],
        [4, 13, 17, 20, 30, 31],
        "Title 18 (the centred bold 隐私保护). No headings. Look-alikes: 4 <title>, 13 the site header (bold name + "
        "tagline), 17 the back link, 20 the date/author line, 30 the footer slogan, 31 the footer links.",
    ),
    "yugang-privacy-html": (
        "dev", "yinsi.html",
        repo_src("looktskywqwew/netlify", "c10e6fb2565f0bd633be50b82219f53ef707f022", "yinsi.html", NO_LICENSE,
                 "an aquarium-calculator app's privacy policy (鱼缸计算器): GitHub-rendered Markdown saved as HTML",
                 "f62d4eaf93db0a75f2ff4c370eb077eebe8fc0f3"),
        "hans", "cn",
        "**Markdown whose sections are numbered list items, as GitHub rendered it**: an `<article class=markdown-body>` "
        "with an `<h1>` (anchor + svg), one `<p>` of hard-wrapped intro lines, then the six section titles as `<li>`s of "
        "`<ol start=…>` lists (1. inside a `<ul>`, 2./5. with their text on the next source line, 3./4. with the text "
        "run in on the same line), and a)…g) items as `<ul>` `<li>`s",
        8,
        {1: [18, 27, 51, 53]},
        [37, 49],
        [9, 31, 21, 32, 40],
        "Title 8 (h1). Level 1: the numbered-list section titles 信息使用 (18), 适用范围 (27), 信息安全 (51), "
        "我们如何处理未成年人的个人信息 (53). Ambiguous: 37 「信息披露 在如下情况下…：」 and 49 「信息存储和交换 鱼缸计算器…」 "
        "(the same list's titles 3./4., each run into its text on one line). Look-alikes: 9 「…使用授权协议如下」 (a "
        "colon-less lead-in), 31 a lead-in item closed by ：, 21/32/40 a)… items.",
    ),
    "xingread-privacy-wordhtml": (
        "holdout", "yinsi.html",
        repo_src("fanjianli/books", "616953fd2ef38f7ce5c563a6f5637a1419ddbaa7", "yinsi.html", NO_LICENSE,
                 "a novel-reading app's privacy policy (免费小说大全 / 醒读小说): a saved web page (`saved from url` "
                 "androidhw.xingread.cn) whose body is a **Word export** (MsoNormal, mso- styles, <o:p>)",
                 "b7049bc1872726be8fe036a2521bc6862062294c"),
        "hans", None,
        "**Word-exported HTML inside a saved page**: Traditional `<title>`/`<h2>` 隱私條款 from the site, then the "
        "Simplified policy as MsoNormal `<p>`s whose tags and attributes wrap over many source lines: a 22pt bold title "
        "隐私政策, intro, definitions, bold 一、…八、 titles, bold （一）/(一) sub-titles split over two lines by the "
        "export ((一) as 「(」 + 「一)访问…」, （六） + 「约束系统自动决策」), numbered items split the same way",
        35,
        {1: [49, 85, 92, 154, 180, 260, 268, 291], 2: [93, 125, 142, 183, 190, 194, 222, 230]},
        [30],
        [10, 41, 47, 60, 64, 158, 274],
        "Title 35 (the Word title 隐私政策). Level 1: 一、…八、 (49: 一、 is split 「一、」 / 「我们如何收集…」 over 49–50, "
        "annotated where its text begins). Level 2: （一）共享 （二）转让 （三）公开披露 and (一)访问… (二)更正… (三)删除… "
        "(四)撤回同意 （六）约束系统自动决策 (each split after its opening bracket or number; annotated on the line of "
        "the opening bracket). Ambiguous: 30 the saved site's `<h2>` 隱私條款 (the page's heading over the document). "
        "Look-alikes: 10 <title>, 41 the one-line table of contents, 47 the definition paragraph, 60/64 run-in labels "
        "(1、注册信息 …), 158 (一)… items of 四、 that are sentences, 274 a lead-in closed by ：.",
    ),
    "actionmaster-bilingual-html": (
        "holdout", "ysxy.html",
        repo_src("yezhu9181/my-video-host", "d34cb45c5536af8212d04dcd154f4b05a2712893", "ysxy.html", NO_LICENSE,
                 "a fitness-video app's privacy policy (动作大师 / Action Master), one page holding a Chinese and an "
                 "English version switched by buttons",
                 "c43c34274cd0257cd380ee56f58106b91106d028"),
        "hans", "cn",
        "**bilingual page, parts without headings**: `<header>` with `<h1>`, company name and date divs and two "
        "language buttons (中文/English); a `.chinese-content` div (intro, ten `<h2>` 1.–10., an `<h3>` 联系我们 in a "
        "contact section, a footer) and a `.english-content` div hidden by CSS (the same in English, `<h3>` Contact Us); "
        "a script that swaps them",
        153,
        {1: [169, 180, 194, 206, 211, 216, 230, 235, 240, 245, 250,
             268, 279, 293, 305, 310, 315, 329, 334, 339, 344, 349]},
        [],
        [6, 154, 155, 157, 158, 170, 172, 257, 264, 356],
        "Title 153 (h1). Level 1: the ten Chinese h2 and the contact h3 (a sibling section, not a sub-section of 10.), "
        "the ten English h2 and Contact Us; there is no part heading for either language. Look-alikes: 6 <title>, 154 "
        "company name, 155 date, 157/158 the language buttons, 170 a lead-in, 172 a bold run-in label, 257/356 footers, "
        "264 the English intro.",
    ),
    "ads-privacy-html": (
        "holdout", "ysxy.html",
        repo_src("vdass/down", "e53724e553450720afbef517fdc897efb9ea0705", "ysxy.html", NO_LICENSE,
                 "a small game's privacy policy (Unity Ads), static HTML page",
                 "0de645a3f0c96e24644c1b99321cf0d704954751"),
        "hans", "cn",
        "**headings whose markup levels disagree with the outline**: a commented-out `<h1>`, an `<h1>`, two intro `<p>`s, "
        "one `<h3>` 个人信息字段类型与用途 over eight `<h4>` data fields, then five more `<h4>` that are top-level topics "
        "(信息的分享, 第三方产品服务, 安全, 联系我们) or a sub-topic (Unity Ads SDK); bare text after each `<h4>`",
        16,
        {1: [24, 41, 43, 50, 52], 2: [25, 27, 29, 31, 33, 35, 37, 39, 48]},
        [],
        [7, 46],
        "Title 16 (h1). Level 1: the h3 and the four h4 that start new topics (41 信息的分享, 43 第三方产品服务, 50 安全, 52 "
        "联系我们: by content siblings of the h3, by markup the same h4 as the data fields). Level 2: the eight data-field "
        "h4 under the h3 and 48 Unity Ads SDK under 第三方产品服务. Look-alikes: 7 <title>, 46 the SDK list's lead-in (15, "
        "the commented-out h1, has no text once the comment is removed and must not become a heading).",
    ),
}

_TAG = re.compile(r"<[A-Za-z/!?][^>]*>")
_COMMENT = re.compile(r"<!--.*?-->")
_TITLE_PROP = re.compile(r"""\btitle=["']([^"']+)["']""")
_TAIL = re.compile(r"^[^<>]*>")  # the end of an opening tag begun on an earlier line
_OPEN = re.compile(r"<[A-Za-z/!?][^>]*$")  # an opening tag that goes on to the next line


def _line_text(line):
    line = _COMMENT.sub("", line)
    line = _OPEN.sub("", _TAIL.sub("", line))
    text = _TAG.sub("", line).replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = text.replace("{/*", "").replace("*/}", "").replace("\\n", " ").strip()
    if text.startswith("#"):
        text = text.lstrip("#").strip()
    if not text:
        m = _TITLE_PROP.search(line)
        text = m.group(1).strip() if m else ""
    return text


def _source_lines(path):
    with open(path, encoding="utf-8-sig", newline=None) as f:
        out = {}
        for n, line in enumerate(f, 1):
            text = _line_text(line)
            if text:
                out[n] = text
        return out


_NUMBER_ONLY = re.compile(r"^[（(]?[一二三四五六七八九十壹]*[、)）]?$")  # 「(」, 「一、」, 「（六）」: the rest is on the next line


def _joined(texts, line):
    """A heading split by a Word export (「(」 on one line, 「一)访问…」 on the next) is shown with the next line's text."""
    text = texts[line]
    return text + texts.get(line + 1, "") if _NUMBER_ONLY.match(text) else text


def build(name):
    sset, fname, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _source_lines(os.path.join(folder, fname))
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    marked = [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks)
    for line in marked:
        if line not in texts:
            raise SystemExit(f"{name}: no text on line {line}")
    twice = sorted({x for x in marked if marked.count(x) > 1})
    if twice:
        raise SystemExit(f"{name}: lines annotated twice: {twice}")
    ann = {
        "source": source, "format": os.path.splitext(fname)[1].lstrip("."), "script": script, "region": region,
        "languages": LANGS.get(name, ["zh"]),
        "kind": kind,
        "file": fname,
        "title": {"line": title, "text": texts[title]} if title else None,
        "headings": [{"line": line, "level": level, "text": _joined(texts, line)[:120]} for line, level in heads],
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
        print(f"{DOCS[name][0]}/{name}: {n} headings")
    print(f"total {total}")


if __name__ == "__main__":
    main(sys.argv[1:])
