#!/usr/bin/env python3
"""Hand annotations of eval/structure41c (source of truth, forty-first session, helper m41x): `python3 eval/structure41c/tools/annotate41c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags, JSX comment braces and literal `\\n` escapes stripped (a Markdown
heading's `#` too); a line of data (`title: '...'`) takes the quoted string.  The script refuses a line with no text
and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure40c/tools/annotate40c.py (same conventions).  Standard library only.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

INDEX_LICENSE = "unknown: index text only (treat as all rights reserved; test fixture only)"
NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


def index_src(index_id, chars, note):
    """A text the code index gave by id (read_file), saved as given (its total_chars checked); no repository named."""
    return {"repo": None, "path": None, "commit": None, "index_id": index_id, "mode": f"index text ({chars} characters)",
            "license": INDEX_LICENSE, "note": note}


def repo_src(repo, commit, path, license_, note):
    """A file taken byte for byte from a repository snapshot (`git cat-file blob COMMIT:PATH`)."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "git blob",
            "license": license_, "note": note}


LANGS = {}

SAPU_SRC = {"repo": "cll2018/sharpen-export", "path": "zh-tw/privacy.md",
            "commit": "79af19e04f235b78f1aa02d809634a99dbe0efe0", "index_id": "71613964560",
            "mode": "index text (873 characters; the repository has no snapshot here: read_file by repo and path, saved "
                    "as given with CRLF line ends, since 873 = 840 characters of text + 33 line ends)",
            "license": NO_LICENSE.replace("none found in the repository", "none seen (no snapshot)"),
            "note": "a Changsha grinding-wheel maker's export site (長沙市薩普新材料有限公司), its Traditional Chinese edition"}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "koudai-privacy-html": (
        "dev", "privacy_cn.html",
        repo_src("not2007/koudai", "8c8baaf7cb939b37810ab874cb98f0b8140ef6f2", "privacy_cn.html", NO_LICENSE,
                 "a claw-machine game's policy page (《口袋抓娃娃》, 口袋工作室)"),
        "hans", "cn",
        "**game, static HTML page**: a `<div class=\"header\">` title, then every line a `<p class=\"otherText\">`, "
        "section titles 一、…六、 in the same class as the body text, `<ul class=\"ul\">` items, `<div class=\"block\">` "
        "wrappers, a salutation, a sign-off with the studio's name and date over `<Br>`",
        103,
        {1: [109, 122, 131, 142, 148, 154]},
        [],
        [6, 105, 110, 116, 132, 162, 163],
        "Title 103 (div.header 隐私政策; 6 the <title>). 一、…六、 at level 1 (142 「四、信息存储和交换。」 ends with a full "
        "stop). 105 the salutation 尊敬的用户：; 110/116/132 lead-ins closed by ：; 162/163 the sign-off (studio, "
        "更新于 date).",
    ),
    "loadfit-privacy-html": (
        "dev", "privacy_cn.html",
        repo_src("JasonShenGH/JasonShenGH.github.io", "721d0c1d2bff91a5423070e16c38b4cd8c7ffc13", "privacy_cn.html",
                 NO_LICENSE, "a training-load app's Chinese privacy page (LoadFit, Apple Health data)"),
        "hans", "cn",
        "**fitness app, static HTML page**: a `<header>` with `<h1>隐私</h1>` and a welcome line, five `<h2>` sections "
        "(one a question), `<p>` paragraphs opening with run-in labels 「Apple 健康数据：」, a contact field, a footer",
        12,
        {1: [22, 27, 32, 35, 38]},
        [],
        [6, 13, 23, 28, 30, 33, 39, 41, 49],
        "Title 12 (h1 隐私; 6 the <title>). Five h2 at level 1 (22 a question). 13 the welcome line; 23/28/30/33 "
        "paragraphs with run-in labels; 39 lead-in; 41 e-mail field; 49 the footer.",
    ),
    "topcalendar-privacy-md": (
        "dev", "privacy.md",
        repo_src("TopCalendar/topcalendar-website", "21c69ecdaa891a71cd0e0c58d795885fd411c64f", "zh/privacy.md",
                 NO_LICENSE, "a macOS calendar app's Jekyll site, Chinese privacy page (Top Calendar)"),
        "hans", "cn",
        "**macOS app, Jekyll Markdown**: YAML front matter with `title:`, `# 隐私政策`, a bare date line, three `##` "
        "sections, paragraphs opening with the bold app name, no final newline",
        8,
        {1: [14, 18, 24]},
        [],
        [3, 10, 12, 16],
        "Title 8 (# 隐私政策; 3 the front matter title). Three ## at level 1. 10 the bare date 2025年4月5日; 12/16 "
        "paragraphs opening with **Top Calendar**.",
    ),
    "birder-privacy-html": (
        "dev", "privacy.html",
        repo_src("birderdiary/legal", "f8a48fa2bd0137fb06ad199261327091342e0db9", "zh/privacy.html", NO_LICENSE,
                 "a bird-watching diary iOS app's Chinese privacy agreement (观鸟日记)"),
        "hans", "cn",
        "**iOS app, static HTML page**: `<h1>隐私协议</h1>`, an updated line, nine `<h2>` 1.…9., five `<h3>` a)…e) "
        "under the first, a `<ul>` of bold run-in items",
        27,
        {1: [32, 49, 52, 58, 61, 64, 67, 70, 73], 2: [34, 37, 40, 43, 46]},
        [],
        [6, 28, 54, 55],
        "Title 27 (h1; 6 the <title> 隐私协议 — 观鸟日记). Nine h2 at level 1; five h3 a)…e) at level 2. 28 updated "
        "line; 54/55 list items with bold run-in labels.",
    ),
    "webfont-privacy-md": (
        "dev", "privacy-zh.md",
        repo_src("leibnizli/WebFont", "9145b060a9fd9ee0817f2cee84b2b3681e21b90b", "privacy-zh.md", NO_LICENSE,
                 "a font app's short Chinese privacy policy (WebFont)"),
        "hans", "cn",
        "**app, short Markdown**: `# 隐私政策`, an intro paragraph, two `##` sections, each of two (a)/(b) paragraphs",
        1,
        {1: [5, 11]},
        [],
        [7, 9, 13, 15],
        "Title 1. Two ## at level 1. 7/9/13/15 (a)/(b) paragraphs (not sub-titles).",
    ),
    "xiaoxiong-privacy-jsx": (
        "dev", "PrivacyPolicy.jsx",
        index_src("41823977835", 2896, "Taiwan: a web-novel site's privacy terms (小熊小說網隱私權條款), a React "
                  "component (JSX, react-bootstrap; file name from its export PrivacyPolicy)"),
        "hant", "tw",
        "**Taiwan, JSX page**: `<h1>` title, seven `<h2>` 一、…七、, each over an `<ol>` whose `<li>` open with a "
        "`<strong>` label on its own line and the text on the next (a nested `<ul>` of two more), a contact field",
        10,
        {1: [11, 31, 50, 61, 72, 86, 90]},
        [],
        [14, 18, 21, 25, 34, 38, 42, 46, 53, 57, 64, 68, 75, 79, 83, 94],
        "Title 10 (h1). Seven h2 at level 1. 14…83 the <strong> labels of list items (run-in labels of numbered "
        "items, the text on the next line or after a ：; not sub-titles); 94 the e-mail field 電子郵件：.",
    ),
    "deepvape-privacy-tsx": (
        "dev", "Privacy.tsx",
        index_src("7078951865", 15207, "Macau: an e-cigarette shop's privacy page (DeepVape 電子煙商城, 深蒸汽科技有限公司), "
                  "React TSX with shadcn cards (file name from its component Privacy)"),
        "hant", "mo",
        "**Macau shop, TSX cards**: an `<SEO title=…>` element, a hero `<h1>隱私政策</h1>` with a tagline, eight "
        "`<Card>`s whose `<CardTitle>` holds an icon and the title text on the next line, `<CardDescription>` lead-ins, "
        "`<h4>` sub-titles over bullet lists (one with its text on the line after the tag), `<h4>` labels of a rights "
        "grid, `font-medium` label/value pairs, a footer",
        22,
        {1: [36, 66, 117, 167, 213, 254, 293, 342], 2: [75, 87, 100, 124, 133, 142, 151]},
        [23, 223, 232, 261, 266, 271, 276, 281],
        [12, 42, 46, 50, 54, 68, 119, 169, 176, 184, 192, 200, 242, 256, 306, 314, 322, 344, 351, 359, 367, 381, 382],
        "Title 22 (h1 隱私政策; 12 the SEO title attribute). Eight CardTitle texts at level 1 (the text on the line "
        "after <CardTitle> and its icon). h4 at level 2: 75/87/100 (icon, text on the next line) and 124…151 over "
        "bullet lists. Ambiguous: 23 the hero tagline; 223/232 font-medium labels over bullet lists (sub-titles by "
        "look, no heading tag); 261…281 h4 labels of the rights grid, each over a one-line description (heading "
        "tags, but label/value by look). Look-alikes: 42…54 label fields 公司名稱：; 68/119/169/256/344 "
        "CardDescription lead-ins; 176…200 and 306…322 font-medium labels of label/value pairs; 242 重要聲明：; "
        "351…367 contact labels; 381/382 the footer lines.",
    ),
    "liangy-privacy-md": (
        "holdout", "privacy-zh.md",
        repo_src("liangy0101/liangy0101.github.io", "c01017b9f16a12c651f05578f6568fdd3adaf60d", "privacy-zh.md",
                 NO_LICENSE, "a mini-games collection app's Chinese privacy policy (《迷你游戏合集》, Liang's Wonderland)"),
        "hans", "cn",
        "**app, Markdown without headings**: an HTML comment header (author, dates), every title a whole bold line "
        "`**…**` (most of them questions), two bold sub-titles under the first (one glued to it without a blank "
        "line), `*   ` lists with bold run-in labels, a list of SDK links",
        8,
        {1: [12, 23, 33, 72, 76, 80, 86, 90, 96, 100], 2: [13, 19]},
        [],
        [2, 27, 29, 30, 31, 66, 94],
        "Title 8 (**隐私政策**). Bold whole lines at level 1 (12/23/33/72 questions); 13 and 19 bold sub-titles at "
        "level 2 under 12 (13 follows 12 on the next line, no blank line). 2 the comment's author line; 27/66 "
        "lead-ins closed by ：; 29–31 list items with bold run-in labels; 94 the effective date.",
    ),
    "mipet-privacy-js": (
        "holdout", "privacy.js",
        repo_src("LiHongyao/mi-pet__client", "9f11798b7a4e4c3c4374933ab9de40f0484e21a2", "pages/privacy/privacy.js",
                 NO_LICENSE, "a pet app's WeChat mini-program page (i觅宠, 成都覆城团科技有限公司): the policy as an HTML "
                 "string in the page's data"),
        "hans", "cn",
        "**WeChat mini-program `.js`**: `Page({ data: { htmlStr: `…` } })`, the whole policy an editor-exported HTML "
        "template literal: every line a `<p><span style=\"font-size: 15px;\">`, `<p><br/></p>` between them, titles "
        "一、…十、 in the same span as the text, 1.–5. sub-titles under 十、, numbered sentences 1.–6. under 九、, `* ` "
        "items, a copyright/ICP footer, a 135editor section",
        None,
        {1: [12, 78, 162, 216, 234, 258, 276, 300, 318, 360], 2: [372, 390, 402, 414, 426]},
        [],
        [6, 24, 54, 114, 120, 306, 312, 324, 330, 366, 450],
        "No title (the page's title is in its .json). 一、…十、 at level 1; 372/390/402/414/426 1.–5. short sub-titles "
        "under 十、权利保障机制 at level 2. 6 the opening paragraph; 24/54 lead-ins; 114/120 `* ` items opening with a "
        "short sentence (创建您的i觅宠帐号。…); 306/312 company fields; 324/330 numbered sentences 1./2. under 九、 (not "
        "sub-titles); 366 an intro sentence; 450 the copyright/ICP footer.",
    ),
    "sapu-privacy-md": (
        "holdout", "privacy.md",
        SAPU_SRC,
        "hant", "tw",
        "**manufacturer's export site, Eleventy Markdown (zh-tw edition, CRLF)**: YAML front matter with `title:` and "
        "`description:`, `# 隱私權政策`, an italic updated line, six `## 1.`…`## 6.` sections, a list of bold run-in "
        "items, `{{ site.email }}` template variables",
        9,
        {1: [15, 20, 23, 26, 29, 32]},
        [],
        [5, 11, 16, 17, 18],
        "Title 9 (# 隱私權政策; 5 the front matter title). Six ## at level 1. 11 the italic updated line; 16–18 list "
        "items with bold run-in labels.",
    ),
}

_TAG = re.compile(r"<[^>]*>")
_TITLE_PROP = re.compile(r'\btitle="([^"]+)"')
_DATA_FIELD = re.compile(r"\b(?:title|text|navTitle)\s*[:=]\s*['\"]([^'\"]+)['\"]")


def _line_text(line):
    m = _DATA_FIELD.search(line)
    if m and "<" not in line:
        return m.group(1).strip()
    text = _TAG.sub("", line).replace("&nbsp;", " ")
    text = text.replace("{/*", "").replace("*/}", "").replace("\\n", " ").strip()
    if text.startswith("#"):  # a Markdown heading's markup
        text = text.lstrip("#").strip()
    if not text or text.startswith(("className=", "style=")):
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


def build(name):
    sset, fname, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _source_lines(os.path.join(folder, fname))
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    for line in [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks):
        if line not in texts:
            raise SystemExit(f"{name}: no text on line {line}")
    marked = [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks)
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
