#!/usr/bin/env python3
"""Hand annotations of eval/structure38 (source of truth, thirty-eighth session, helper u38a): `python3 eval/structure38/tools/annotate38.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags and JSX comment braces stripped; a line whose text lives only in a
`title="…"` prop (a React component's section title) takes that prop's value, and a line of data (`title: '一、…'`) takes
the quoted string of its `title:` or `text:` field.  The script refuses a line with no
text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Standard library only.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

INDEX_LICENSE = "unknown: index text only (treat as all rights reserved; test fixture only)"


def index_src(index_id, note, repo=None, path=None, commit=None):
    """A text the code index gave by id (read_file), saved as given; repo/path/commit when the index named them."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": index_id, "mode": "index text",
            "license": INDEX_LICENSE, "note": note}



def repo_src(repo, commit, path, license_, note):
    """A file taken byte for byte from a repository snapshot (`git cat-file blob COMMIT:PATH`)."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "git blob",
            "license": license_, "note": note}


NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "yinxu-policy-tsx": (
        "dev", "LegalContent.tsx",
        index_src("66207019389", "a colour-card app's legal texts as React components (file name a guess from its exports "
                  "PrivacyPolicyContent / UserAgreementContent)"),
        "hans", "cn",
        "**titles written as a local component** `<SectionTitle>一、…</SectionTitle>` (defined in the file as an `<h2>`), "
        "paragraphs as `<Para>`; two documents in one file: the policy (`<h1>` 隐私政策, 一、…八、) and a user agreement "
        "(`<h1>` 用户服务协议, 1.…7.)",
        21,
        {1: [38, 59, 66, 87, 99, 107, 112, 117, 134], 2: [137, 144, 154, 163, 171, 179, 184]},
        [],
        [23, 42, 121, 126, 127, 135],
        "Title 21 (the first h1). The policy's eight SectionTitle at level 1; the agreement's h1 (134, the second "
        "document's name) at level 1 and its seven SectionTitle at level 2 (eval/structure37 istupass convention). 23 the "
        "bold date label, 42 a bold run-in label of a list item, 121 the e-mail field, 126/127 the closing thanks and "
        "copyright, 135 the agreement's date.",
    ),
    "klai-privacy-js": (
        "dev", "PrivacyPolicyScreen.js",
        index_src("60418036111", "a React Native (Expo) screen; file name from its first comment"),
        "hans", "cn",
        "**React Native screen**: every line a `<Text style={styles.…}>`; section titles `styles.sectionTitle` (fontSize "
        "SUBTITLE, fontWeight 600) 一、…六、, paragraphs `styles.paragraph` / `styles.subParagraph` (numbered sentences), "
        "a header bar with a back button and the title, a footer Text with the date and 联系我们：e-mail",
        21,
        {1: [29, 46, 60, 65, 70, 75]},
        [],
        [19, 31, 34, 81, 83],
        "Title 21 (styles.title in the header). Six sectionTitle at level 1. 19 the back button 返回, 31 a lead-in closed "
        "by ：, 34 a numbered sentence (subParagraph), 81 the date, 83 「联系我们：admin@…」 (a field, not the section).",
    ),
    "kecheng-agreement-js": (
        "dev", "agreement.js",
        index_src("60483252665", "a WeChat mini-program page's script (Page({…})) holding two documents as data; file name "
                  "a guess"),
        "hans", "cn",
        "**documents as arrays of typed objects** `{ id, type: 'section', title: '一、…' }` / `{ type: 'para'|'li', text }` "
        "in a mini-program `.js` page: a service agreement (一、…十二、) then a privacy agreement (一、…八、); the documents' "
        "names only in `setData({ title: '…' })` at the end",
        None,
        {1: [6, 8, 10, 16, 21, 23, 25, 27, 33, 35, 37, 39, 45, 49, 55, 61, 63, 69, 71, 73]},
        [1, 4, 43],
        [7, 11, 89, 90, 96, 97],
        "No title shown before the data. The twelve service and eight privacy section objects at level 1 (each "
        "document's own run). 1/4/43 code comments naming the documents (ambiguous). 7 a para, 11 an li, 89/96 the "
        "documents' names in setData, 90/97 their dates.",
    ),
    "youju-privacy-tsx": (
        "dev", "page.tsx",
        index_src("57944321855", "a Next.js app-router page (page.tsx a guess)"),
        "hans", "cn",
        "**sections as data shown by `.map`**: `const SECTIONS = [{ title: \"一、…\", content: \"…\" }]` rendered as "
        "`<h2>{s.title}</h2><p>{s.content}</p>`; a hero with `<h1>` and a date line; `metadata.title`",
        52,
        {1: [11, 16, 21, 26, 31, 36, 41]},
        [],
        [5, 54],
        "Title 52 (h1). The seven title strings of SECTIONS at level 1 (the page shows them in <h2>). 5 metadata.title, "
        "54 the subtitle and date.",
    ),
    "work100-privacy-md": (
        "dev", "privacy_zh_CN.md",
        repo_src("work100-net/portal", "749eb1f73ca3d4971205f01cd6c5bb9745257b63", "src/assets/md/pages/privacy_zh_CN.md",
                 "Apache-2.0 (repository LICENSE)", "a Vue portal's Markdown page (control)"),
        "hans", "cn",
        "**ordinary Markdown (control)**: `#` title, `## <a id=…>范围</a>` summary and `## <a id=…>隐私政策</a>` full "
        "text, `###` sections (some ending in ?), bare paragraph lines that act as sub-titles (Cookie / 其他本地存储 / 信标)",
        2,
        {1: [4, 50], 2: [9, 22, 44, 66, 77, 92, 97, 104, 129, 152, 157, 162, 167, 172, 177, 201, 233]},
        [52, 63, 183, 205, 222, 226],
        [11, 34, 106, 235],
        "Title 2. Two ## parts (anchors inside) at level 1, ### at level 2. Ambiguous: 52 `### 生效日期:12/01/2019` (a "
        "date typed as a heading), 63 「我们收集关于您的哪些信息?」 and 183 bare paragraph lines grouping the ### after "
        "them, 205/222/226 bare paragraph sub-titles under COOKIE (plain paragraphs once rendered). 11/34/106/235 lead-ins "
        "closed by a colon.",
    ),
    "liberal-privacy-tsx": (
        "dev", "page.tsx",
        repo_src("XinTong717/liberalacademy", "261831d599fe98c4f013d0c72368decb421d4eba", "app/privacy-policy/page.tsx",
                 NO_LICENSE, "a Next.js page (control)"),
        "hans", "cn",
        "**ordinary TSX (control)**: `<h1>` title, six `<h2>` 1.…6. with paragraphs wrapped over source lines",
        4,
        {1: [11, 21, 27, 33, 39, 44]},
        [],
        [6, 46],
        "Title 4. Six h2 at level 1. 6 the opening paragraph's first line, 46 the contact sentence.",
    ),
    "boottaro-privacy-tsx": (
        "holdout", "index.tsx",
        index_src("1252466653", "a Taro (React) mini-program page template (index.tsx a guess)"),
        "hans", "cn",
        "**titles only by class**: Taro `<View className=\"text-text font-medium\">一、…</View>` over plain `<View>` "
        "paragraphs, a bold centred `<View>` title, plain `<View>` sub-titles （一）…（四） among their text, bullet Views, "
        "placeholders _EMAIL_",
        11,
        {1: [19, 29, 40, 51, 87, 94, 105, 112], 2: [56, 64, 72, 77]},
        [13, 60],
        [7, 22, 52, 100, 101, 117, 124, 125],
        "Title 11 (bold centred View). 一、…八、 (font-medium) at level 1, （一）…（四） plain Views at level 2. Ambiguous: "
        "13 【特别提示】 (font-medium like the titles, over the preamble), 60 「1. 账号信息」 (a lone numbered label over "
        "its path). 7 the nav bar's navTitle, 22 a bullet, 52 a bold paragraph, 100/101 （1）（2） sentences, 117 a "
        "contact field, 124/125 dates.",
    ),
    "baibaohe-login-php": (
        "holdout", "index.php",
        index_src("5220586650", "a PHP login pop-up with an agreement box (index.php a guess); no final newline"),
        "hans", "cn",
        "**a login form beside the agreement**: PHP code first, a pop-up with a title span 登陆, field labels "
        "`<div class=\"field-hint\">用户名</div>` / 密码, buttons, then `<h6>一、百宝盒平台和服务</h6>` over two long "
        "numbered `<p>`",
        None,
        {1: [58]},
        [],
        [11, 26, 31, 38, 42, 49, 52, 59, 60],
        "No real title (<title>This is title</title>, 11). One h6 section at level 1. 26 the 我要登陆 link, 31 the pop-up "
        "title, 38/42 form labels, 49/52 buttons, 59/60 numbered paragraphs.",
    ),
    "zhicang-privacy-html": (
        "holdout", "privacy.html",
        index_src("69380903452", "a small web app's privacy note (control)", repo="13829494057/zhicang2",
                  path="public/privacy.html", commit="cdf4b90f9efdd0b01dfd758b372615c91718d18c"),
        "hans", "cn",
        "**ordinary HTML (control)**: a top bar with the brand, `<h1>` 隐私说明, four `<h2 class=\"section\">` questions over "
        "lists with bold run-in labels",
        21,
        {1: [24, 36, 45, 53]},
        [],
        [6, 14, 22, 27, 34, 47, 59],
        "Title 21 (h1). Four h2 at level 1. 6 <title>, 14 the brand in the top bar, 22 the lead paragraph, 27/47 bold "
        "run-in labels, 34 a note, 59 the back link.",
    ),
    "xiaoxiai-privacy-html": (
        "holdout", "privacy.html",
        index_src("58060387353", "an AI companion site's privacy page (control); a draft marked as a template",
                  repo="17369332769/xiaoxiai", path="public/privacy.html",
                  commit="495ae2843909e65b0ea950b541470ded6abd06f7"),
        "hans", "cn",
        "**ordinary HTML (control)**: `<style>` in the head, a back link, `<h1>`, a meta line, a template banner, ten "
        "`<h2>` 1.…10., a `<footer>` note",
        34,
        {1: [41, 44, 53, 62, 72, 75, 82, 85, 88, 91]},
        [],
        [7, 33, 35, 38, 46, 95],
        "Title 34 (h1). Ten h2 at level 1. 7 <title>, 33 the back link, 35 the meta line, 38 the template banner, 46 a "
        "bold run-in label, 95 the footer note.",
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
    text = text.replace("{/*", "").replace("*/}", "").strip()
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
        "languages": ["zh"],
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
