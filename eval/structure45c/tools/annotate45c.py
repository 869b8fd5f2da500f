#!/usr/bin/env python3
"""Hand annotations of eval/structure45c (source of truth, forty-fifth session, helper m45x): `python3 eval/structure45c/tools/annotate45c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags, JSX comment braces and literal `\\n` escapes stripped (a Markdown
heading's `#` too); a line that only closes an opening tag begun on the line before (`style="…">text`) keeps the
text after the `>`.  The script refuses a line with no text and a line annotated twice, and writes
<set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.  Copied from
eval/structure44c/tools/annotate44c.py (same conventions, same line-text rules).  Standard library only.
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


def repo_src(repo, commit, path, license_, note, blob):
    """A file taken byte for byte from a repository snapshot (`git show COMMIT:PATH`); blob = its git hash-object."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "git blob", "blob": blob,
            "license": license_, "note": note}


LANGS = {"multitabs-privacy-md": ["zh", "en"], "helloyahei-privacy-md": ["zh", "en"]}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "bizquote-privacy-vue": (
        "dev", "privacy.vue",
        repo_src("jiangyi3265/employee-system-app", "77657231f40035a452743fb64f010c36438e6ee9", "pages/login/privacy.vue",
                 NO_LICENSE, "a sales-quotation WeChat mini-program's privacy policy (uni-app page)",
                 "40519945b646550fca11abb14bd22f5b8efd15d1"),
        "hans", "cn",
        "**uni-app page whose sections live in `data()`**: the template has a `legal-title` 隐私政策, a date and an intro "
        "`<text>`, then `v-for` over `sections`; the eight section titles 一、…八、 are `title: '…'` fields of objects in "
        "the script, their paragraphs `lines: [...]` strings with run-in labels (账号信息：…)",
        4,
        {1: [22, 31, 39, 48, 56, 63, 70, 76]},
        [],
        [5, 9, 24, 33, 94],
        "Title 4 (legal-title). Level 1: the eight `title:` fields 一、…八、 (rendered as section-title). Look-alikes: 5 the "
        "date, 9 the `{{ item.title }}` template expression, 24/33 run-in labels (账号信息：/用户主动填写：), 94 the CSS "
        "rule .section-title.",
    ),
    "stsale-privacy-vue": (
        "dev", "privacy.vue",
        repo_src("wangwenwang/st_sale", "9eb75d5438748eea16b6d05c0d5da638f4de6e49", "pages/login/privacy.vue",
                 NO_LICENSE, "a shopping app's privacy policy (创销优选), the first part only, uni-app page",
                 "ef1d119de3040c28e333474310dd4308ed01d0cf"),
        "hans", "cn",
        "**bare text inside one `<view>`**: no tags around any line; a four-level outline 一、 / （一） / 1、 / （1） of "
        "bare lines, a long paragraph broken over two source lines, lead-ins closed by ：; the policy stops inside "
        "（2） (truncated by its author); no title",
        None,
        {1: [3], 2: [9], 3: [12], 4: [13, 16]},
        [],
        [5, 7],
        "No title. Level 1: 3 一、; level 2: 9 （一）; level 3: 12 1、; level 4: 13 （1）, 16 （2）. Look-alikes: 5 the second "
        "half of the paragraph begun on 4 (starts with ID/IDFA…), 7 a lead-in closed by ：.",
    ),
    "unicom-privacy-vue": (
        "dev", "index.vue",
        repo_src("huoguangxuan/sds-web", "e7440cea2244c0323e1f03fc0e0684aa04c903af", "src/views/privacy/index.vue",
                 NO_LICENSE, "a telecom smart-terminal hall's user privacy policy (中国联通智能终端营业厅), the opening "
                 "only (Vue 2 page)", "94a7f8eaccb6a810909a5654b7cb235d43f30e3a"),
        "hans", "cn",
        "**a policy opening with no section headings**: a header bar (back image + 用户隐私政策), a `.name` div with the "
        "document title, two date `<p>`, four intro `<p>`, then 「本隐私政策包含以下内容：」 and the first two items of "
        "the table of contents as `<p>`s ending in ；",
        7,
        {},
        [],
        [5, 9, 10, 17, 18, 19],
        "Title 7 (.name div). No headings at all: the document stops after its table of contents. Look-alikes: 5 the "
        "header's page title (page chrome next to a back image), 9/10 dates, 17 the lead-in, 18/19 table-of-contents "
        "items (they name sections that are not in the file).",
    ),
    "howle-privacy-vue": (
        "dev", "privacy.vue",
        repo_src("HowLeGaZai/howlegazaiVue", "210f277b395da1271e46c26930df42920f5d7309", "src/views/privacy.vue",
                 NO_LICENSE, "Taiwan: a community site's privacy statement (好里家在, 網站隱私權聲明, 個資法), Vue 3 page",
                 "5d2b5b1811c3ef630c19618b17cab848a3bad957"),
        "hant", "tw",
        "**Taiwan Vue page**: `<navbar>`, `<h1>` 網站隱私權聲明, an intro `<div>`, seven unnumbered `<h2>` over `<ul>`/`<ol>` "
        "items (one with a `<router-link>`), `<Footer>`",
        5,
        {1: [10, 16, 21, 30, 37, 44, 49]},
        [],
        [7],
        "Title 5 (h1). Level 1: the seven h2. Look-alike: 7 the intro sentence (個資法第八條 … 請您詳閱).",
    ),
    "danxi-privacy-vue": (
        "dev", "Privacy.vue",
        repo_src("DanXi-Dev/danxi-website-old", "80d4a4b1ac865659585cf96d6e19f0c03981b6ca", "src/views/Privacy.vue",
                 NO_LICENSE, "a Fudan University campus app's privacy policy (旦夕), Markdown in a Vue page",
                 "e2678f2080f058c959e33d7dde0457dc82c6dbeb"),
        "hans", "cn",
        "**Markdown inside a TypeScript template literal of a Vue SFC** (`const privacy = \\`…\\``, rendered with "
        "`marked`): `# 旦夕隐私政策`, three `##` parts, two links, a raw `<div align=center>` with an `<img>` whose long "
        "alt text is a warrant-canary statement",
        20,
        {1: [24, 29, 33]},
        [],
        [16],
        "Title 20 (# in the literal). Level 1: the three ##. Look-alike: 16 the component name 'Privacy'. Line 38 (an "
        "<a><img alt=…></a> whose alt text is a warrant-canary statement) has no text outside tags and is not annotated.",
    ),
    "multitabs-privacy-md": (
        "dev", "PRIVACY.md",
        index_src("65839831677", 2013, "a Chrome extension's bilingual privacy policy (MultiTabs; repository named in "
                  "the text: Octl1bra/MultiTabs), Markdown (file name assumed: PRIVACY.md)"),
        "hans", "cn",
        "**bilingual Markdown whose sections are bold run-in labels**: `# … 隐私政策 / Privacy Policy`, a date, `## 中文` "
        "and `## English` parts, each made of paragraphs opening with a bold label and a colon (**收集与传输**：…), a list",
        1,
        {1: [5, 25]},
        [],
        [3, 9, 11, 19, 21, 23, 29, 31, 39, 41, 43],
        "Title 1. Level 1: ## 中文, ## English. Look-alikes: 3 the date, and the ten paragraphs opening with a bold run-in "
        "label (9/11/19/21/23 and 29/31/39/41/43): a label and its text on one line is a paragraph, not a heading.",
    ),
    "helloyahei-privacy-md": (
        "dev", "PRIVACY.md",
        index_src("54513546013", 2614, "a Chrome extension's bilingual privacy policy (Hello YaHei; repository named in "
                  "the text: ilonghore/HelloYahei), Markdown (file name assumed: PRIVACY.md)"),
        "hans", "cn",
        "**bilingual Markdown, parts then numbered sections**: `# … 隐私政策 / Privacy Policy`, a bold bilingual date, "
        "a two-line bilingual intro, `## 中文版` over `###` 1.–6., `## English Version` over `###` 1.–6., hard-wrapped "
        "paragraphs, bold sentences",
        1,
        {1: [8, 49], 2: [10, 19, 30, 36, 40, 44, 51, 58, 69, 76, 81, 86]},
        [],
        [3, 12, 23, 53],
        "Title 1. Level 1: the two language parts; level 2: the twelve ### 1.–6. Look-alikes: 3 the bold date, 12/53 "
        "bold sentences opening a paragraph, 23 a wrapped line ending in ：.",
    ),
    "marathons-privacy-tsx": (
        "holdout", "privacy.tsx",
        index_src("28497798093", 4540, "Hong Kong: a marathon-listing site's privacy policy (marathons.hk, 足•包), "
                  "Next.js pages-router TSX (file name assumed: privacy.tsx)"),
        "hant", "hk",
        "**Hong Kong Next.js TSX with a `<Head>`**: `<title>` and Open Graph/Twitter meta titles 「隱私政策｜marathons.hk」, "
        "JSX comments, an `<h1>` whose text is on its own line, five `<h2>` 1.–5. inside Card components, a mailto link",
        43,
        {1: [54, 62, 71, 78, 85]},
        [],
        [10, 87],
        "Title 43 (the h1's text line). Level 1: the five h2. Look-alikes: 10 the <title> in <Head>, 87 the contact "
        "lead-in closed by ：. (og:title/twitter:title on 17/29 are attributes, no line text.)",
    ),
    "pillow-privacy-txt": (
        "holdout", "privacy.txt",
        repo_src("99Naonao/pillow", "ff48f7e289bedb02888cdd58e0c22a16faa64461", "privacy.txt", NO_LICENSE,
                 "a smart-pillow mini-program's privacy policy (眠加智能观心枕), plain text",
                 "5a95f5e19e0f838700ed3bb1ffe5d45a2d6dd17f"),
        "hans", "cn",
        "**plain text, no title**: nine bare heading lines 一、…九、, one paragraph a line, run-in labels closed by ： "
        "(基本信息：…, 删除权：…), bracketed placeholders ([眠加智能观心枕], [7个工作日], [400-808-5180])",
        None,
        {1: [1, 5, 11, 15, 20, 24, 29, 32, 35]},
        [],
        [6, 7, 8, 9, 10, 25, 26, 27, 28],
        "No title. Level 1: the nine 一、…九、 lines. Look-alikes: the run-in labels 6–10 (基本信息：…其他信息：) and "
        "25–28 (查询与更正权：…投诉与举报权：).",
    ),
    "raise-privacy-vue": (
        "holdout", "index.vue",
        repo_src("ruiyintiancheng/raise-pc", "43d478292e3f98e407911106bce6050112850de5", "src/views/privacy/index.vue",
                 NO_LICENSE, "a tutoring company's privacy policy (睿思智得), Vue page", "41677387d9663e65926db52c699cc343b0c311dc"),
        "hans", "cn",
        "**every line the same `<p class=\"privacy_duan\">`**: a `privacy_title` div, dates, a table of contents of the "
        "nine sections (with 八、 listed twice), `&nbsp;` spacer paragraphs, nine 一、…九、 sections with （一） "
        "sub-sections, 1、 business functions, （一） list items that are sentences, a duplicated （一）共享 heading",
        4,
        {1: [28, 46, 55, 83, 91, 129, 133, 136, 139],
         2: [31, 47, 50, 52, 56, 66, 70, 93, 98, 101, 106, 110, 113],
         3: [32, 38]},
        [58],
        [7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 30, 39, 40, 42, 72, 84, 103, 118, 124, 125],
        "Title 4. Level 1: 一、…九、; level 2: the short （一）… sub-section titles; level 3: 32/38 「1、业务功能一：注册成为用户」 "
        "and 「2、业务功能二：…」. Ambiguous: 58, the second 「（一）共享」 (the author pasted the heading and its paragraph "
        "twice). Look-alikes: 7/8 dates, 14–23 the table of contents, 30/103/118/124 lead-ins, 39/40/42/84/125 （一）… "
        "items that are whole sentences, 72 a numbered item.",
    ),
}

_TAG = re.compile(r"<[^>]*>")
_TITLE_PROP = re.compile(r"""\btitle=["']([^"']+)["']""")
_DATA_FIELD = re.compile(r"\b(?:title|text|navTitle)\s*[:=]\s*['\"]([^'\"]+)['\"]")
_OPEN_TAIL = re.compile(r"""^\s*(?:style|class|className)=["'][^"']*["']\s*>""")


def _line_text(line):
    m = _DATA_FIELD.search(line)
    if m and "<" not in line:
        return m.group(1).strip()
    line = _OPEN_TAIL.sub("", line)
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
