#!/usr/bin/env python3
"""Hand annotations of eval/structure36b (source of truth): `python3 eval/structure36b/tools/annotate36b.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags and JSX comment braces stripped; a line whose text lives only in a
`title="…"` prop (a React component's section title) takes that prop's value.  The script refuses a line with no
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


# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "pllauncher-privacy-txt": (
        "holdout", "privacy_zh.txt",
        index_src("60943410466", "a Windows launcher's plain-text privacy note; no snapshot held the file",
                  "CodingWithWhale/PLLauncher", "privacy_zh.txt", "a23e57dfc893fb599cacbec8a9b82a5d7fa2694d"),
        "hans", "cn",
        "**plain text**: a name line 「PLLauncher — 隐私政策」, a version line, five numbered titles 1.…5. each over one "
        "sentence, blank lines between",
        1,
        {1: [4, 7, 10, 13, 16]},
        [],
        [2, 5, 17],
        "Title (1). 1. 不收集数据 … 5. 变更 are the sections (level 1), each over a one-line body. 2 the version and "
        "date line, 5/17 bodies.",
    ),
    "atpr-privacy-md": (
        "dev", "privacy-zh.md",
        index_src("71360650624", "a fitness app's Markdown privacy page (Chinese edition); no snapshot could be had",
                  "sudolee/atpr-legal", "privacy-zh.md", "ebe015b634378698fd9a11f6e0778ff8156700fe"),
        "hans", "cn",
        "**Markdown skipping a level**: `# 隐私政策` then `### 1.`…`### 6.` (no `##`), bullets opening with bold "
        "labels 「**没有账号。**」",
        1,
        {1: [7, 15, 22, 25, 28, 33]},
        [],
        [3, 10, 11, 12, 13, 31],
        "Title (1). The six ### titles are the sections (level 1: no ## above them). 3 the italic date, 10–13 bullets "
        "opening with a bold sentence, 31 a bold e-mail label.",
    ),
    "xiaobawang-privacy-rn": (
        "dev", "Privacy.js",
        index_src("43397740497", "React Native class component (`Privacy.js` is a guess from the class name); "
                  "zh-Hant, Taiwan 個資 wording"),
        "hant", "tw",
        "**React Native screen whose styles are named h1/h2/h3**: a nav bar title, `styles.h2` 「使用者隱私權同意書:」 over "
        "the opening, an unnumbered `styles.h1` section, `styles.h2` sections 一、…六、, every paragraph and list item a "
        "`styles.h3` Text",
        34,
        {1: [37, 40, 46, 50, 53, 64, 67]},
        [24],
        [35, 38, 55, 56, 57, 61],
        "Title 使用者隱私權同意書: (34; the document's name over its opening). 24 the nav bar's 隱私權條款 (the screen "
        "title: ambiguous). 37 隱私權保護政策的適用範圍 (styles.h1, unnumbered) and 一、…六、 (styles.h2) are the sections, "
        "all level 1. Every styles.h3 Text is body text: 35/38 paragraphs, 55 a lead-in closed by 「：」, 56/57/61 short "
        "list items (經由您同意。).",
    ),
    "aming-privacy-html": (
        "holdout", "privacy.html",
        index_src("23061454581", "a PHP shop site's static privacy page (file name a guess)"),
        "hant", "tw",
        "**HTML with `<h6>` sections and an `<h5>` paragraph**: site navigation, a `div#main-title` title, an `<h5>` "
        "opening sentence, `<h6>一、…六、</h6>` sections over `<p>` with `<br>` items, a footer of `<h3>` column titles",
        41,
        {1: [45, 49, 59, 65, 70, 75]},
        [],
        [7, 43, 50, 51, 85, 97, 106],
        "Title 隱私權政策 (41). 一、…六、 <h6> are the sections. 43 the <h5> is the opening paragraph, 50/51 a lead-in "
        "and item 1. in a <br> paragraph, 85/97/106 the footer's <h3> column titles (Download Our App, 可用連結, "
        "追中我們), 7 the <title>.",
    ),
    "yuejian-privacy-taro": (
        "dev", "index.tsx",
        index_src("2469457810", "Taro mini-program page with CSS-module class names; `index.tsx` from its "
                  "`./index.module.scss` import"),
        "hans", "cn",
        "**Taro page, titles marked only by CSS-module class names**: `styles.title` over `styles.subTitle`, "
        "`styles.chapterTitle` 引言/一、…八、 over `styles.paragraph` views, two `styles.sectionTitle` 1./2.; every "
        "chapter opened by a JSX comment repeating its title",
        20,
        {1: [25, 36, 87, 95, 115, 129, 147, 158, 166], 2: [41, 58]},
        [21],
        [23, 34, 130, 179, 180],
        "Title 微信小程序用户隐私协议 (20); 21 the guide's own name under it (subTitle, ambiguous). chapterTitle views "
        "level 1, sectionTitle 1./2. level 2. 23/34 JSX comments repeating a title ({/* 一、… */}), 130 「您有权：」, "
        "179/180 the dates.",
    ),
    "loveboost-privacy-rn": (
        "dev", "privacy.tsx",
        index_src("12420357207", "Expo React Native screen (file name a guess); zh-Hant, Taipei address"),
        "hant", "tw",
        "**React Native screen whose section titles are a prop**: `<Section icon=… title=\"政策概述\">` (the component "
        "renders `{title}` in `styles.sectionTitle`), `<Text style={styles.subheading}>` sub-titles, `<Paragraph>` and "
        "`<ListItem>` components",
        54,
        {1: [62, 69, 89, 102, 122, 133, 153, 163, 170, 177, 184],
         2: [72, 77, 82, 105, 110, 115, 136, 139, 142, 145, 148]},
        [],
        [55, 56, 70, 90, 137, 189, 190, 191],
        "Title 隱私權政策 (54). The eleven <Section title=…> props are the sections (level 1), the styles.subheading "
        "Texts their sub-titles (level 2: 個人識別資訊 …, 服務提供商 …, 存取權 … each over one paragraph or list). 55 the "
        "subtitle, 56 the date, 70/90 lead-ins closed by 「：」, 137 a one-sentence paragraph, 189–191 contact lines.",
    ),
    "aichuangjie-privacy-jsx": (
        "dev", "page.jsx",
        index_src("9974798421", "Next.js `app/privacy/page.jsx` (its first-line comment names the path); zh-Hant"),
        "hant", "tw",
        "**Next.js page**: `<h1>`, `<h2>一、…十一、`, `<h3>1.1 …1.4`, lists with `<strong>…：</strong>` labels, "
        "callout boxes (⚠️ 重要提醒：, ⚙️ 快速設定隱私偏好, 💡 什麼是「資料可攜權」？) and a related-documents box `<h2>📋 相關文件`",
        10,
        {1: [24, 86, 99, 111, 132, 147, 192, 203, 211, 219, 230], 2: [28, 43, 58, 71]},
        [163, 178, 244],
        [3, 15, 121, 172, 253],
        "Title 隱私政策 (10). 一、…十一、 <h2> level 1, 1.1–1.4 <h3> level 2. 163/178 the semibold titles of two "
        "callout boxes and 244 the <h2> of the closing related-documents box (a link list): ambiguous. 3 the metadata "
        "title, 15 the date, 121 「⚠️ 重要提醒：」 a notice label, 172 a link, 253 the copyright.",
    ),
    "wukong-register-tsx": (
        "holdout", "RegisterView.tsx",
        index_src("43273339465", "React register view holding two template literals shown in a modal: a user "
                  "agreement and a privacy policy (`RegisterView.tsx` from the component name)"),
        "hans", "cn",
        "**two documents in one TSX file, as template literals**: a user agreement 第一条…第八条 over clauses 1.1 …; a "
        "privacy policy named 「\"悟空伴读\"《隐私政策》」 with 引言, a table of contents 一、…八、 and the sections 一、…八、 "
        "over clauses 1.1 … / run-in labels 查询与更正：…; the register form around them",
        None,
        {1: [19, 27, 35, 41, 45, 51, 59, 63, 73], 2: [75, 88, 99, 102, 113, 121, 133, 137, 141]},
        [94, 117, 225, 318, 326],
        [10, 11, 13, 21, 70, 71, 79, 80, 81, 82, 83, 84, 85, 86, 92, 104, 125, 127, 145],
        "No single title: two documents. The agreement has no name line (its name only in the modal's title prop, "
        "318), so its 第一条…第八条 are level 1; the privacy policy's name 「\"悟空伴读\"《隐私政策》」 (73) is level 1 and "
        "its 引言 and 一、…八、 level 2 (as eval/structure35 yunhuiku-help-vue: a later document's name over its "
        "sections). 94 「1.2 为实现核心功能（学习专注度分析）：」 and 117 「4.2 保存期限：」 numbered labels over bullets, "
        "225 the form's <h2>新英雄诞生</h2>, 318/326 the modal title props: ambiguous. 79–86 the table of contents "
        "(repeats the section titles), 10/11/70/71 version and date lines, 13 a greeting, 21/92/104 clauses 1.1 …, "
        "125/127 run-in labels, 145 a contact line.",
    ),
}

_TAG = re.compile(r"<[^>]*>")
_TITLE_PROP = re.compile(r'\btitle="([^"]+)"')


def _line_text(line):
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
