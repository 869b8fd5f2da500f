#!/usr/bin/env python3
"""Hand annotations of eval/structure39c (source of truth, thirty-ninth session, helper u39a): `python3 eval/structure39c/tools/annotate39c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags, JSX comment braces and literal `\\n` escapes stripped (a Markdown
heading's `#` too); a line of data (`title: '...'`) takes the quoted string.  The script refuses a line with no text
and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure38/tools/annotate38.py (same conventions).  Standard library only.
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


LANGS = {"lizhilin-bilingual-js": ["zh", "en"], "ajo-policies-md": ["zh", "en"]}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "lizhilin-bilingual-js": (
        "dev", "privacyPolicy.js",
        repo_src("Lizhilin/azure-static-web-app", "82682cef6cbe8657437e849627c4dcac8dec1d0c", "src/views/privacyPolicy.js",
                 NO_LICENSE, "a React component (JSX in .js) of an Azure Static Web Apps demo"),
        "hans", "cn",
        "**bilingual JSX page, editions one after the other**: a fragment `<>` with the Chinese edition (an opening `<p>`, "
        "five `<h3>` 1.适用范围 … 5.信息安全 over `<p>` items a)…c)) then the English edition (the same five `<h3>` in "
        "English); no title",
        None,
        {1: [9, 12, 15, 20, 23, 30, 33, 36, 41, 44]},
        [],
        [10, 16, 17, 31, 37],
        "No title. Chinese h3 at level 1 (9-23), the English edition's h3 at level 1 too (30-44; not a heading pair: "
        "each edition is written whole). 10/16/17/31/37 lettered items a)/b) in <p>.",
    ),
    "ajo-policies-md": (
        "dev", "temp.md",
        repo_src("The-Healthist/smart_socket_web", "9a070b7601f5888ea2931bfb34c76962f757a15b", "docs/temp.md",
                 NO_LICENSE, "a Hong Kong building-payment site's page texts (About us, Privacy Policy, Service Terms) in "
                 "English and Traditional Chinese"),
        "hant", "hk",
        "**Hong Kong, bilingual Markdown, six documents in one file**: `# About us (English)` / `# 關於我們 (繁體中文)` / "
        "`# Privacy Policy (English)` / `# 私隱政策 (繁體中文)` / `# Service Terms (English)` / `# 服務條款 (繁體中文)`; "
        "numbered sentences 1.-4., clauses 1.1-1.3.7, bare title lines run into their paragraph (soft line break)",
        None,
        {1: [1, 11, 21, 42, 63, 82]},
        [3, 6, 13, 16],
        [23, 25, 27, 44, 46, 48, 61, 67, 71, 80, 86, 90, 99],
        "No title (the file holds six pages). The six # at level 1. Ambiguous: 3/6/13/16 bare sub-titles (Our "
        "Introduction, Who We Are, 公司簡介, 我們是誰) on the first line of a paragraph, rendered run into its text. "
        "Look-alikes: dates 23/44, company lines 25/46, numbered sentences 27/48/61/80/99, clauses 67/86, lead-ins "
        "71/90 ending in a colon.",
    ),
    "yangqu-yinsi-wxml": (
        "dev", "yinsi.wxml",
        repo_src("CountryMarket/CountryMarket-frontend", "d40210660c10a2e6ab48d8a756da4e4226b4c3bf",
                 "pages/yinsi/yinsi.wxml", NO_LICENSE, "a WeChat mini-program page (小程序隐私保护指引 shape)"),
        "hans", "cn",
        "**mini-program .wxml, titles as styled nested `<text>`**: a bold view 隐私协议 (title), one `<text decode>` holding "
        "the whole guide with literal `\\n` escapes and `&nbsp;` indents, section titles as nested `<text style=\"font-"
        "weight: 600; font-size: 40rpx\">…\\n</text>`; an HTML comment (27-40) holds an old policy's opening with a "
        "numbered table of contents",
        4,
        {1: [8, 14, 17, 19, 22]},
        [],
        [7, 16, 26, 28, 29, 38],
        "Title 4. Five styled <text> titles at level 1. 7 the intro sentence (coloured app name), 16/26 e-mail lines, "
        "28/29/38 inside the <!-- --> comment (a bold lead-in, a TOC entry 「1、我们如何收集…；」, 【特别提示】): not shown.",
    ),
    "wanshibang-consent-vue": (
        "dev", "privacy.vue",
        repo_src("xiangjinhua1994/wanshibang", "2711a84bf7a6a471ebc77cf9ba0cb54e352da2f2", "pages/privacy/privacy.vue",
                 NO_LICENSE, "a uni-app consent pop-up (precision control: no policy text, links only)"),
        "hans", "cn",
        "**consent pop-up, no policy body (precision control)**: a bold dialog title 服务协议和隐私政策, two sentences with "
        "《服务协议》《隐私政策》 links, buttons 同意并接受 / 暂不同意, then script and style",
        None,
        {},
        [8],
        [14, 15, 17, 22, 23],
        "No heading. 8 the dialog's bold title (ambiguous: a title or no document at all). 14/15/17 link texts, 22/23 "
        "buttons.",
    ),
    "dreamer-consent-tsx": (
        "dev", "PrivacyTermsModal.tsx",
        index_src("58528894354", 4942, "a Taiwanese dream-journal app's registration modal (React TSX); file name from "
                  "its export PrivacyTermsModal"),
        "hant", "tw",
        "**Taiwan, TSX modal**: `<h2>` 個人資料保護聲明與隱私權條款 over a greeting with `{userName}`, an intro citing "
        "個資法第八條, five `<h3>` 一、…五、 (a space after 、), bold run-in labels 期間：/地區：/對象：/方式：, a consent "
        "checkbox label and two buttons",
        30,
        {1: [44, 51, 58, 68, 75]},
        [],
        [33, 40, 60, 61, 62, 63, 92, 102, 111],
        "Title 30 (the h2's text line). Five h3 at level 1. 33 greeting, 40 intro closed by ：, 60-63 bold labels in "
        "<li>, 92 checkbox label naming the document, 102/111 buttons.",
    ),
    "travel-privacy-vue": (
        "dev", "privacy.vue",
        index_src("69676723296", 6033, "a uni-app travel app's privacy settings page (file name a guess)"),
        "hans", "cn",
        "**Vue page, policy as Markdown text in a data string**: a nav bar (隐私设置), a settings group 隐私保护设置 with two "
        "switches, a panel 隐私政策 that shows `{{ privacyPolicy }}` in a `<text>` (white-space: pre-line); the string "
        "(65-98) is Markdown: `### 旅行隐私政策`, bold lines **1. 我们收集的信息** … **6. 政策更新** over `-` items",
        66,
        {1: [68, 74, 80, 85, 90, 95]},
        [19, 43],
        [9, 24, 32, 51, 69, 99],
        "Title 66 (the policy's own ### title). Six bold numbered lines at level 1. Ambiguous: 19 the settings group's "
        "header, 43 the panel header 隐私政策 over the policy. 9 nav title, 24/32 switch labels, 51 the update-time line, "
        "69 an item, 99 the date constant.",
    ),
    "zcandys-yszc-html": (
        "holdout", "yszc.html",
        repo_src("2700zc/zcandys", "1a1ff6600c45298bcb75fb2e7bb53d19d571239e", "yszc.html", NO_LICENSE,
                 "an iOS app's privacy page (later renamed in the repository)"),
        "hans", "cn",
        "**numbered titles as `</br>` lines in one `<div>`**: `<h1>` 隐私政策, then one div of source lines each closed by "
        "`</br>`: 1.适用范围 … 6.本隐私政策的更改 (no 4.), lettered items a)…e), a stray sentence at the end",
        13,
        {1: [18, 26, 34, 52, 62]},
        [],
        [20, 38, 60],
        "Title 13 (h1). Five numbered </br> lines at level 1. 20 a lettered item cut after a comma, 38 a short lettered "
        "item, 60 an item ending 。.",
    ),
    "quanjing-pre-html": (
        "holdout", "yszc.html",
        repo_src("xiaorun121/wap", "6a8040bf7c163bcf43c25bc4608b6e7af5c8b51c", "yszc.html",
                 "ThinkPHP's Apache-2.0 LICENSE.txt only (covers the framework; treat the page as all rights reserved)",
                 "a medical imaging centre's H5 page"),
        "hans", "cn",
        "**plain text in a `<pre>`**: an `<h2>` title inside the `<pre>`, then lines 1、适用范围： / 2、信息使用 / 3、信息披露 / "
        "4.<TAB>会员守则 / 5.<TAB>信息安全 over numbered sentences 1.1…, 1.1.1…, a salutation, a signature and a date",
        25,
        {1: [31, 39, 44, 53, 57]},
        [],
        [26, 34, 35, 46, 56, 62],
        "Title 25 (h2 in the pre). 1、…5. titles at level 1 (31 ends with a colon). 26 salutation, 34/46/56 numbered "
        "sentences, 35 a lead-in with a colon, 62 the date.",
    ),
    "syb-privacy-html": (
        "holdout", "yszc.html",
        repo_src("xkg421/syb", "5e307c024ecd1db67238c163911ab68874677ed1", "yszc.html", NO_LICENSE,
                 "a policy pasted from a blog platform's editor (inline styles, classes) into a page"),
        "hans", "cn",
        "**pasted CMS page**: `<h1>` over a text line, fifteen `<h2>` and four `<h3>` with heavy inline styles, `<p>` "
        "paragraphs of `<br />` lines, bold run-in labels `<b>日志信息</b>，…`, a date paragraph",
        10,
        {1: [19, 22, 28, 33, 45, 78, 88, 94, 102, 110, 119, 131, 139, 144, 151], 2: [61, 82, 121, 126]},
        [],
        [35, 39, 48, 54, 155],
        "Title 10 (the h1's text line; the tags are on 9 and 11). h2 at level 1, h3 at level 2 under the h2 before "
        "them. 35/39 bold run-in labels, 48/54 short <br> list lines, 155 dates.",
    ),
    "zhongyue-claim-blade": (
        "dev", "index.blade.php",
        index_src("18008737928", 7550, "a Taiwanese real-estate landing page (Laravel Blade view, file name a guess from "
                  "@extends/@section); added after the first run of the other nine, annotated before its own first run"),
        "hant", "tw",
        "**Taiwan, Laravel Blade landing page**: `@extends`/`@section`, `{{-- --}}` comments, a banner loop, a contact "
        "form (labels 您的姓名/連絡電話/電子信箱, 送出), link buttons, then a 隱私保護聲明 block: a `<p>` title over four "
        "`<h6 class=\"claim-subtitle\">` 一、…四、 with unclosed `<li>` items inside `<p>`",
        82,
        {1: [84, 95, 105, 112]},
        [],
        [22, 26, 32, 38, 45, 51, 60, 88, 117],
        "Title 82 (the <p> naming the statement). Four h6 at level 1. 22/26 the landing page's address and call to "
        "action, 32/38/45 form labels, 51/60 buttons, 88 an item closed by ：, 117 the effective-date sentence.",
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
