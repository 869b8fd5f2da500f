#!/usr/bin/env python3
"""Hand annotations of eval/structure48c (source of truth, forty-eighth session, helper m48x): `python3 eval/structure48c/tools/annotate48c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document, in full, before policylens was run
on it.  A line's text is the text of the HTML block whose first visible character is on that line (eval/dev23g's
`blocks_of`, standard library `html.parser`: scripts, styles and comments left out, `<br>` ends a block), else the
source line with its tags stripped; in Markdown the line without its `#` marks.  A heading written on the line after its
opening tag (richer `<h4>` / `1. 适用范围` / `</h4>`) is annotated on the line of its text.  The script refuses a line
with no text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure47c/tools/annotate47c.py (same conventions).  Standard library only.
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

NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


def repo_src(repo, commit, path, note, blob, license_=NO_LICENSE):
    """A file taken byte for byte from a repository snapshot (`git show COMMIT:PATH`); blob = its git hash-object."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "git blob", "blob": blob,
            "license": license_, "note": note}


LANGS = {"amtf3-strong-html": ["zh"], "retronika-runin-html": ["zh"]}
TEXT = {("richer-h4-html", 3): "隐私政策"}  # the Jekyll front matter's `title: 隐私政策`
ENCODING = {}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "destruct-wordhtml": (
        "dev", "privacy-policy-cn.html",
        repo_src("DestructLab/destructlab.com", "4da3ee8bb3989cbebded43f6f15c887360b8f03e", "privacy-policy-cn.html",
                 "a mobile game's privacy policy (魔法突袭, 破坏实验室 Destruct Lab), Word 'save as web page, filtered'",
                 "289f579b9629b87250c01bb7d4a97a4fbd0ea627"),
        "hans", "cn",
        "**Word-exported HTML** (`Microsoft Word 15 (filtered)`, CRLF; the meta says `charset=gb2312` but the bytes are "
        "UTF-8): every paragraph `p.MsoNormal` whose span sizes make the outline (16pt centred titles, 15pt bold sections, "
        "14pt bold subsections, 11pt body), a consent pop-up summary before the title, a sensitive-data list and a "
        "permission table before a table of contents, sections 1.–10. with n.m and n.m.k titles, an SDK table, then a "
        "second document (《儿童个人信息保护指引》) with its own contents list and sections 1.–4.",
        99,
        {1: [179, 269, 331, 652, 976, 1058, 1976, 2032, 2081, 2117, 2268, 2310, 2329, 2360],
         2: [183, 197, 663, 723, 791, 875, 887, 997, 1010, 1022, 1045, 1066, 1823, 1835, 1860, 1925, 1983, 1995, 2093,
             2129, 2147, 2206, 2222, 2238, 2254, 2275, 2461, 2491, 2582, 2594],
         3: [205, 214, 226, 251, 669, 701, 711, 799, 810, 1644, 1675, 1686, 1697, 1708, 1760, 1798, 1939, 2497, 2551,
             2570]},
        [50, 2153, 2174, 2467, 2474, 2481],
        [58, 63, 83, 103, 113, 149, 166, 187, 192, 231, 236, 260, 274, 279, 341, 363, 538, 584, 589, 595, 645, 675, 729,
         898, 1028, 1036, 1080, 1119, 1125, 1255, 1359, 1370, 1584, 1650, 1967, 2006, 2038, 2044, 2191, 2316, 2335,
         2364, 2402, 2434, 2439, 2444, 2449, 2454],
        "Title 99 (the 16pt centred 魔法突袭隐私政策 after the pop-up). Level 1: the 15pt bold sections (敏感个人信息清单 179, "
        "应用权限申请与使用情况说明 269, the table title Android应用权限申请与使用情况 331 in the same 15pt style, 1.–10.) and the "
        "appended guide's title 《儿童个人信息保护指引》 2360 (a second document in the same file: level 1, its 1.–4. level "
        "2, its 2.1–2.3 level 3). Level 2: 一、/二、 under the sensitive-data list (plain 11pt short lines), the 14pt bold "
        "n.m titles, 3.5's bold 用户数据保护措施 is level 3. Level 3: 1、–4、 under 二、 and the plain 11pt n.m.k title "
        "lines (1.1.1 注册、登录 …, 3.1.1 原则 …). Ambiguous: 50 the pop-up's title (the same words as the title), "
        "2153/2174 (7.2.1/7.2.2 bold numbered labels closed by ： with their text in the same paragraph), 2467/2474/2481 "
        "(the guide's 1.1–1.3, likewise). Look-alikes: 58/63 the pop-up's numbered sentences, 83 its closing line, 103/113 "
        "the dates, 149/166 lead-ins, 187/192 bold run-in principles, 231/236 numbered sentences 3.1/3.2, 260 a note, "
        "274/279 numbered sentences, 341/363/538 permission-table cells, 584 the contents label and 589/595/645 its "
        "entries (1.我们如何收集… in bold, the same words as the sections), 675/729/898 a./b. items, 1028/1036 the "
        "sentences 2.3.1/2.3.2, 1080/1119/1125/1255/1359/1370/1584 SDK-table cells, 1650 a bold-labelled item, 1967 a "
        "run-in label, 2006 a bullet, 2038/2044 numbered sentences 5.1/5.2, 2191 a notice, 2316/2335 sentences 9.1/10.1, "
        "2364 the guide's date, 2402/2434 its lead-ins and 2439–2454 its bold contents entries 一、…四、.",
    ),
    "loysoy-tw-html": (
        "dev", "privacy-policy-zh-tw.html",
        repo_src("loy-soy/app-policies", "f479f76a1d1b6bc5706af2baaabb97179be6e371", "privacy-policy-zh-tw.html",
                 "a short-drama app's privacy policy for Taiwan (Traditional), static HTML",
                 "3ac00e73a27a07040d1036cc56945db9a89199de"),
        "hant", "tw",
        "**Taiwan policy with no title and mixed numbering**: `<html lang=\"zh-CN\">` but Traditional text, no `<title>` "
        "and no `<h1>`; an intro, `<h2>` 一、…九、, `<h3>` 3.1/3.2 and 4.1–4.4 (SDK names with 【未來可能使用】), and "
        "1.1 written as a bold `<li>` under 一、; lists of labelled items",
        None,
        {1: [44, 58, 69, 85, 116, 125, 135, 138, 141], 2: [47, 70, 76, 88, 96, 104, 112]},
        [],
        [42, 45, 50, 54, 55, 72, 90, 113, 114, 119, 144],
        "No title (no <title>, no <h1>: the page opens on its intro paragraph). Level 1: the nine h2 一、…九、. Level 2: "
        "the h3 3.1/3.2/4.1–4.4 and 47 「1.1 第三方平台登入資訊」 (a bold <li> of its own list, the only n.m under 一、). "
        "Look-alikes: 42 the intro, 45 a lead-in, 50 a list item, 54/113 「說明：」 notes, 55 a sentence, 72 a labelled "
        "item, 90 「提供商：」, 114 「我們承諾：」, 119 a rights item, 144 「聯絡信箱：」.",
    ),
    "yyf-uniapp-vue": (
        "dev", "index.vue",
        repo_src("awei2025666/yyfmanager", "dee04bbbf6959b9309dea96552accf971bc2e7bc", "pages/privacy/index.vue",
                 "a printing-ERP mini-program's privacy guide (风行猫科技), uni-app .vue",
                 "569d8b3635fe7476de7b8a0186e4e34412e228e6"),
        "hans", "cn",
        "**uni-app page**: a nav bar (back arrow `‹`, the page name in a `<text>`), a `<scroll-view>` with `<view "
        "class=\"title\">`, two meta lines, eight `<view class=\"section\">` of a `section-title` 一、…八、 and one "
        "`paragraph`, then `<script setup>` and SCSS",
        11,
        {1: [16, 21, 26, 31, 36, 41, 46, 51]},
        [],
        [5, 6, 12, 13, 17, 52],
        "Title 11 (view.title 用户隐私保护指引). Level 1: the eight section-title views 一、…八、. Look-alikes: 5 the back "
        "arrow, 6 the nav bar's copy of the page name, 12 生效日期, 13 主体, 17/52 paragraphs.",
    ),
    "assettracker-tw-html": (
        "dev", "privacy-policy-zh-tw.html",
        repo_src("zhanggy000/asset_tracker", "75de2e8bfa3669acf5c0a12be53f484c88e2e396", "privacy-policy-zh-tw.html",
                 "an investment-tracking app's privacy policy (Asset Tracker), Taiwan Traditional, static HTML",
                 "9d9ff6daf9430977e6bb06b4275bff9820d31216"),
        "hant", "tw",
        "**Taiwan page with chrome above the policy**: a back link, `<h1>`, a date, language links, a support e-mail, "
        "eleven `<h2>` 1.–11. over lists and paragraphs",
        28,
        {1: [33, 37, 40, 58, 66, 70, 78, 81, 84, 87, 90]},
        [],
        [6, 27, 29, 30, 31, 41, 43, 50, 91],
        "Title 28 (h1). Level 1: the eleven h2. Look-alikes: 6 <title>, 27 the back link, 29 the date, 30 language links, "
        "31 the support e-mail, 41/50 lead-ins, 43 a list item, 91 the contact e-mail.",
    ),
    "retronika-runin-html": (
        "dev", "privacy-policy-cn.html",
        repo_src("stenjus3/stenjus3.github.io", "b27d66fe4a56c09b3297cfcc936544bbbe064cc1", "privacy-policy-cn.html",
                 "a VR game studio's privacy policy in Chinese (Retronika, 4Players-Studio, Netherlands), Webflow page",
                 "8009f2a09e22cd563556b8985562a4540b2c72a6"),
        "hans", None,
        "**titles run into their paragraphs**: a Webflow site (nav, footer), `<h1><strong>隐私政策</strong></h1>`, then "
        "every section a single `<p><strong>TITLE</strong><br>body</p>`: the title and its body on one source line, "
        "bold list labels, a contact list",
        67,
        {1: [71, 72, 73, 79, 80, 81, 82, 83, 84, 92]},
        [70],
        [5, 31, 37, 75, 76, 86, 88, 89, 109, 110, 119],
        "Title 67 (h1). Level 1: the ten bold titles each opening its <p> before a <br> (简介 … 结论; the body follows on "
        "the same source line). Ambiguous: 70 「Retronika 隐私政策」<br>「生效日期：…」 (a bold second title with the date). "
        "Look-alikes: 5 <title>, 31/37 nav, 75/76 bold list labels (Firebase Analytics：…), 86/88/89 contact items, "
        "109/110 footer nav, 119 footer ©.",
    ),
    "amtf3-strong-html": (
        "dev", "privacy-policy-cn.html",
        repo_src("amtf3/amtf3.github.io", "a4c73ea3ee83e3aae009e7a71522ac79c0597d5a", "privacy-policy-cn.html",
                 "an app developer's privacy policy translated into Chinese (隐私策略; the App Privacy Policy Generator "
                 "template), static HTML", "5ac24bb154cbe6a5ba2310188911185474f47cc2"),
        "hans", None,
        "**bold paragraphs as titles, a bare `<strong>` as the page title**: `<strong>隐私策略</strong>` straight in "
        "`<body>`, then `<p><strong>…</strong></p>` titles over `<p>`s, a plain lead-in over a list of links (AdMob), a "
        "list of reasons, a date line before the last title",
        17,
        {1: [24, 66, 70, 77, 90, 94, 98, 103]},
        [],
        [7, 19, 33, 38, 79, 82, 102],
        "Title 17 (the bare bold 隐私策略). Level 1: the eight bold <p> titles. Look-alikes: 7 <title>, 19 the intro, 33 "
        "the plain lead-in 「链接到应用程序使用的第三方服务提供商的隐私政策」 over the AdMob link, 38 the link, 79 a lead-in, "
        "82 a list item, 102 「本策略自2022-9-19生效」. The generator template's wording (English originals in older eval "
        "files); the translation and the file are new.",
    ),
    "richer-h4-html": (
        "dev", "privacy-cn.html",
        repo_src("richerLuer/services", "359de2eb755e98b2e87c9e5d96385236addc9f99", "privacy-cn.html",
                 "an app's privacy page on a Jekyll site (richerLuer services), HTML with front matter",
                 "db91d424215d1ca79af4730d13dc74a3ce6664ee"),
        "hans", "cn",
        "**Jekyll page: front matter and `<h4>` whose text is on its own line**: `---` / `layout: page` / `title: 隐私政策` "
        "/ `---`, then `<p>`s and seven `<h4>` / `1. 适用范围` / `</h4>` (tag, text and end tag on three lines), (a)…(g) "
        "items, a closing advice, `<hr />` and an update date",
        3,
        {1: [11, 31, 43, 79, 87, 103, 115]},
        [],
        [2, 7, 15, 19, 23, 127, 132],
        "Title 3 (the front matter's title, which the Jekyll layout shows). Level 1: the seven h4 (annotated on the line "
        "of their text). Look-alikes: 2 `layout: page`, 7 the intro, 15/23 (a) items, 19 a lead-in closed by ：, 127 the "
        "closing advice, 132 the update date. Template text shared with older eval files (the 「本应用尊重并保护所有使用服务"
        "用户的个人隐私权」 template); the layout is new.",
    ),
    "openapiviewer-md": (
        "holdout", "privacy-policy-zh.md",
        repo_src("develop-assistant/openapi-viewer", "9923f4baee3057c499ec0586a66ef513ff3d65de",
                 "docs/privacy-policy-zh.md", "a Chrome extension's privacy policy (OpenAPI Viewer), Markdown",
                 "95de8750183af88efc20ea234336134affaa250b"),
        "hans", None,
        "**plain Markdown**: `#` title, a date, six `##` sections over `-` lists",
        1,
        {1: [5, 8, 15, 20, 25, 30]},
        [],
        [3, 9, 10, 21, 32, 33],
        "Title 1. Level 1: the six ## sections. Look-alikes: 3 the date, 9/21 lead-ins closed by ：, 10 a list item, "
        "32/33 contact items.",
    ),
    "boon-md": (
        "holdout", "privacy-cn.md",
        repo_src("94haox/Boon", "145c757aa470f9864d28953152e61cbce18ca52d", "privacy-cn.md",
                 "a podcast app's privacy note (Boon!), Markdown", "1cd98a2f5f95e503f677cbe2541fc99c5aa46fe9"),
        "hans", None,
        "**Markdown with question titles and hard line breaks**: `#` title, two `##` questions (one closed by an ASCII "
        "'?'), items 1、2、3、 that end in two trailing spaces (Markdown line breaks), no blank lines",
        1,
        {1: [3, 5]},
        [],
        [2, 4, 6, 7, 8],
        "Title 1. Level 1: the two ## questions. Look-alikes: 2 the intro, 4/6/7/8 the numbered items 1、… (6–8 end in "
        "two spaces).",
    ),
    "stevedong-hiddenmd-html": (
        "holdout", "privacy-policy-cn.html",
        repo_src("SteveDong/SteveDong.github.io", "2c951a0b9c397922cad5e1044c4d468bb33a6850", "privacy-policy-cn.html",
                 "an iOS app's privacy note on a static blog (isnowfy 'Simple' engine), HTML",
                 "a52a3bff0c9e7523b2c1f4e8148a005f9f561364"),
        "hans", "cn",
        "**a blog page carrying its Markdown source twice**: `<title>Simple</title>` (the blog's name), a nav, an `<h1>` "
        "filled by script, a hidden `<div id=\"md\" style=\"display: none;\">` holding the raw Markdown (plain lines), then "
        "the rendered copy as six `<p>`s in which the titles are plain short `<p>`s (隐私政策 / 个人信息 / 隐私政策条款), "
        "a footer and Mustache templates in `<script>`",
        43,
        {1: [47, 51]},
        [],
        [8, 16, 28, 30, 32, 36, 45, 60],
        "Title 43 (the rendered first line 隐私政策). Level 1: 47 个人信息 and 51 隐私政策条款 (plain short <p>s over their "
        "text). Look-alikes: 8 <title> Simple, 16 the nav, 28/32/36 the hidden Markdown copy of the three title lines "
        "(display: none, never shown), 30 its first paragraph, 45 the first rendered paragraph, 60 the footer ©.",
    ),
}


def _source_lines(path, enc):
    out = {}
    with open(path, encoding=enc) as f:
        raw = f.read().split("\n")
    if path.endswith(".md"):
        for n, line in enumerate(raw, 1):
            text = re.sub(r"^#{1,6}\s*", "", line.strip()).strip()
            if text:
                out[n] = text
        return out
    blocks = _a23g.blocks_of(path, enc)
    for n, line in enumerate(raw, 1):
        text = blocks.get(n) or " ".join(re.sub(r"<[^>]*>", "", line).split())
        if text:
            out[n] = text
    return out


def build(name):
    sset, fname, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _source_lines(os.path.join(folder, fname), ENCODING.get(name, "utf-8-sig"))
    texts.update({line: t for (n, line), t in TEXT.items() if n == name})
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
        "headings": [{"line": line, "level": level, "text": texts[line][:120]} for line, level in heads],
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
