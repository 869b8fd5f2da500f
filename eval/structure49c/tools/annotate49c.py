#!/usr/bin/env python3
"""Hand annotations of eval/structure49c (source of truth, forty-ninth session, helper m49x): `python3 eval/structure49c/tools/annotate49c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document, in full, before policylens was run
on it.  A line's text is the text of the HTML block whose first visible character is on that line (eval/dev23g's
`blocks_of`, standard library `html.parser`: scripts, styles and comments left out, `<br>` ends a block), else the
source line with its tags stripped; in Markdown the line without its `#` marks.  A heading written on the line after its
opening tag (richer `<h4>` / `1. 适用范围` / `</h4>`) is annotated on the line of its text.  The script refuses a line
with no text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure48c/tools/annotate48c.py (same conventions); a .vue page is read as HTML.  Standard library only.
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

INDEX_LICENSE = "not checked: index text (treat as all rights reserved; test fixture only)"


def index_src(repo, commit, path, index_id, chars, note, license_=INDEX_LICENSE):
    """A text the code index gave by id (read_file names its repository, path and commit), saved character for
    character (its total_chars checked): the repository could not be fetched or its snapshot lacks the file."""
    return {
        "repo": repo,
        "path": path,
        "commit": commit,
        "index_id": index_id,
        "mode": f"index text ({chars} characters)",
        "license": license_,
        "note": note,
    }


NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


def repo_src(repo, commit, path, note, blob, license_=NO_LICENSE):
    """A file taken byte for byte from a repository snapshot (`git show COMMIT:PATH`); blob = its git hash-object."""
    return {
        "repo": repo,
        "path": path,
        "commit": commit,
        "index_id": None,
        "mode": "git blob",
        "blob": blob,
        "license": license_,
        "note": note,
    }


LANGS = {}
TEXT = {}
ENCODING = {}

MDNOTE = "the repository's Chinese edition beside an English PRIVACY.md"

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "mycollege-vue": (
        "dev",
        "privacy.vue",
        repo_src(
            "WuDreamer/mycollege",
            "4e4a431de81d8cbb50c4c67d570015573b68b13b",
            "pages/privacy/privacy.vue",
            "a college app's privacy policy (uni-app page), the whole policy as plain lines inside one <text>",
            "40712ffe8a926b96bfb040dea414fabb657b6386",
        ),
        "hans",
        "cn",
        "**uni-app `.vue` page whose whole policy is plain text inside one `<text>`** (tab-indented lines, blank lines "
        "between paragraphs, white-space kept by the component): a bold `text.title` page title, then numbered titles "
        "written as plain lines with no space after the number (1.我们处理的信息…, 1.1您提交的信息, 2.保护个人信息 …, the "
        "numbering skips 8), （1）…（4） paragraphs and lists, '-' items, and numbered paragraphs 3.1/3.2",
        5,
        {1: [13, 46, 55, 62, 65, 70, 77, 80, 83], 2: [16, 32]},
        [],
        [9, 18, 20, 22, 24, 25, 35, 58, 60, 86],
        "Title 5 (text.title 隐私政策). Level 1: the nine numbered lines 1.–7., 9., 10. (each a short title line over its "
        "paragraph; 8 is missing in the source). Level 2: 1.1您提交的信息 (16) and 1.2自动处理的信息 (32). Look-alikes: 9 the "
        "greeting closed by ：, 18/20/22/24 （n） paragraphs, 25 a （1） list item, 35 a '-' item, 58/60 the numbered "
        "paragraphs 3.1/3.2 (whole sentences: items of 3., not titles), 86 the closing contact sentence.",
    ),
    "fctl-vue": (
        "dev",
        "privacy.vue",
        index_src(
            "ismoneky/fctl",
            "561eae89866a311b9d8838bcdcf4622600febf26",
            "pages/privacy/privacy.vue",
            "61150138781",
            3359,
            "a scenic-area booking mini program's privacy policy (风车天路, uni-app page); the fetched snapshot "
            "predates the file, so the index text is used",
        ),
        "hans",
        "cn",
        "**uni-app `.vue` page of `<text>` elements**: `text.doc-title`, a date, an intro, eight `text.section-title` "
        "一、…八、 each followed by one `text.section-body` whose items are joined by Vue mustache breaks "
        "`{{ '\\n\\n' }}` on one source line, a footer",
        3,
        {1: [8, 11, 14, 17, 20, 23, 26, 29]},
        [],
        [4, 6, 9, 12, 15, 32],
        "Title 3 (doc-title 风车天路小程序隐私政策). Level 1: the eight section-title 一、…八、. Look-alikes: 4 the date, 6 the "
        "intro, 9/12/15 section bodies whose first or inner items are numbered 1. 【身份信息】… (run into one source line "
        "with mustache breaks), 32 the footer.",
    ),
    "aimeter-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        index_src(
            "aisen60/ai-usage-meter",
            "2873965b67dadc09ecc8780a640829ef6e43ad98",
            "PRIVACY.zh-CN.md",
            "67307348838",
            1457,
            "a macOS menu-bar app's privacy note (AI Usage Meter), " + MDNOTE,
        ),
        "hans",
        None,
        "Markdown: `#` title, a language link, six `##` question-like titles (…什么 / …哪里 / …谁 with no question mark), "
        "a pipe table, bold run-in list labels, a numbered list with bold labels",
        1,
        {1: [7, 18, 24, 32, 36, 40]},
        [],
        [3, 9, 11, 20, 21, 44, 45, 48],
        "Title 1. Level 1: the six ##. Look-alikes: 3 the language link, 9/11 table rows, 20/21 bold run-in labels "
        "(**Cursor 手动 Token**：…), 44/45 numbered bold items, 48 the closing pointer to README.",
    ),
    "chatshade-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        index_src(
            "StevenGrow/ChatShade",
            "ed5bff1869a52c40c32fa2a3c80ead8af01f06e9",
            "PRIVACY.zh-CN.md",
            "69871539332",
            722,
            "a Chrome extension's privacy policy (ChatShade), " + MDNOTE,
        ),
        "hans",
        None,
        "Markdown: `#` title naming the product, a language link, four `##` titles that start with the product name, "
        "one-sentence paragraphs, a fenced code block holding a URL pattern",
        1,
        {1: [7, 17, 31, 41]},
        [],
        [3, 9, 13, 19, 21, 33, 36],
        "Title 1. Level 1: the four ##. Look-alikes: 3 the language link, 9/13 one-sentence paragraphs, 19/33 lead-ins "
        "closed by ：, 21 a list item, 36 the URL inside the ```text fence.",
    ),
    "keylesspass-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        index_src(
            "ferrarif1/KeyLessPass",
            "8ed2fb8d75c412987eb9c47219393e02e96aa6c4",
            "PRIVACY.zh-CN.md",
            "59243212007",
            580,
            "a desktop password-derivation app's privacy note (KeyLessPass), " + MDNOTE,
        ),
        "hans",
        None,
        "Markdown: `#` title 隐私说明草案 (a draft), `English: [link]` line, five `##`, a `；` list",
        1,
        {1: [7, 15, 29, 33, 37]},
        [],
        [3, 5, 17, 19, 39],
        "Title 1. Level 1: the five ##. Look-alikes: 3 the English link line, 5 the one-line intro, 17 a lead-in closed "
        "by ：, 19 a list item, 39 the e-mail line.",
    ),
    "tonarink-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        index_src(
            "kusutori/Tonarink",
            "7ac5fb5addc8bf8a56cc4a41ef043cb582ac1097",
            "PRIVACY.zh-CN.md",
            "69156589306",
            1037,
            "a Windows LocalSend client's privacy policy (Tonarink), " + MDNOTE,
        ),
        "hans",
        None,
        "**Markdown hard-wrapped at a fixed width**: every paragraph broken over 2–4 source lines in mid-sentence (no "
        "blank line between them), so short tails such as 「Windows 应用。」 and 「收到这些日志。」 sit alone on a line; `#` "
        "title, a date, six `##`",
        1,
        {1: [8, 13, 23, 33, 39, 44]},
        [],
        [3, 5, 6, 11, 21, 31, 37, 47, 48],
        "Title 1. Level 1: the six ##. Look-alikes: 3 the date, 6 「Windows 应用。」 and 31 「收到这些日志。」 (the short "
        "wrapped tails of paragraphs 5 and 29), 11/21/37/48 other wrapped continuation lines, 47 a continuation line "
        "that starts with a URL, 5 a paragraph's first line.",
    ),
    "whirl-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        index_src(
            "baiyanwu/Whirl",
            "6c8bad2cd57b0bd37ec3cd7f625c26f88650ba48",
            "PRIVACY.zh-CN.md",
            "57528593086",
            488,
            "a macOS window-switcher's privacy note (Whirl), " + MDNOTE,
        ),
        "hans",
        None,
        "Markdown: a two-character `#` title 隐私, a language link, three `##`, bold run-in list labels closed by a "
        "full-width colon inside the bold",
        1,
        {1: [7, 13, 17]},
        [],
        [3, 5, 19, 20, 22],
        "Title 1 (隐私). Level 1: the three ##. Look-alikes: 3 the language link, 5 the intro, 19/20 bold run-in labels "
        "(**辅助功能：** …, **输入监控：** 不需要。), 22 the closing sentence.",
    ),
    "chatgptmarker-md": (
        "holdout",
        "PRIVACY.zh-CN.md",
        index_src(
            "ChaohuiGuoCN/chatgpt-marker",
            "7872161eda0afe728fed9e46567bea29b69e1c7c",
            "PRIVACY.zh-CN.md",
            "66908155253",
            753,
            "a ChatGPT highlighter extension's privacy note (对话荧光笔), " + MDNOTE,
        ),
        "hans",
        None,
        "Markdown with **no section headings**: a language switch line (`[English](…) | **中文**`) before the `#` "
        "title, a version/date line, nine `-` items, a closing paragraph",
        3,
        {},
        [],
        [1, 5, 7, 12, 17],
        "Title 3 (# 隐私说明, under the language switch). No headings. Look-alikes: 1 the language switch (bold 中文), 5 "
        "the version/date line, 7/12 list items, 17 the closing paragraph.",
    ),
    "lumiflow-md": (
        "holdout",
        "PRIVACY.zh-CN.md",
        index_src(
            "lumihelia/lumiflow",
            "295a04c6becc3d26308d1abe3a8b83b26f249158",
            "PRIVACY.zh-CN.md",
            "71451178127",
            2575,
            "a Chrome extension's privacy note (LumiFlow), " + MDNOTE,
            "MIT (the text says the project is MIT-licensed)",
        ),
        "hans",
        None,
        "Markdown mixing Chinese and English terms: `#` title, a language link, a bold date line, ten `##` (one of "
        "them English: API key), two `###` under one `##` (one of them English: API compression), a nine-row pipe table, "
        "bare URL lines",
        1,
        {1: [9, 15, 26, 53, 64, 82, 90, 96, 102, 106], 2: [28, 43]},
        [],
        [3, 5, 17, 37, 39, 55, 68, 70, 100, 108, 110],
        "Title 1. Level 1: the ten ##. Level 2: ### API compression (28) and ### 对话提取 (43) under 26. Look-alikes: 3 the "
        "language link, 5 the bold date, 17/37/55/108 lead-ins closed by ：, 39 a URL list item, 68/70 table rows, "
        "100/110 bare URL lines.",
    ),
    "minimalnewtab-md": (
        "holdout",
        "PRIVACY.zh-CN.md",
        index_src(
            "howard929/Minimal-New-Tab",
            "9de0547f5bc2e3203a100fbdafaa7ff6c674071f",
            "PRIVACY.zh-CN.md",
            "70600792908",
            1061,
            "an Edge new-tab extension's privacy policy (Minimal New Tab), " + MDNOTE,
        ),
        "hans",
        None,
        "Markdown: `#` title with an em dash and the product name, a language link, a date, eight `##` (two with ' / '), "
        "many one-sentence paragraphs, short `-` lists",
        1,
        {1: [9, 15, 27, 31, 43, 49, 58, 69]},
        [],
        [3, 5, 17, 35, 37, 51, 53, 60],
        "Title 1. Level 1: the eight ##. Look-alikes: 3 the language link, 5 the date, 17/35/37 short one-sentence "
        "paragraphs (浏览历史访问是可选功能。 / 扩展没有自建同步服务器。 / 自定义背景图片不会同步。), 51/60 lead-ins closed "
        "by ：, 53 a two-character list item 广告.",
    ),
    # Second batch (dev2 / holdout2): Markdown from fetched snapshots, added after the first batch's base run.
    "dotbugi-md": (
        "dev2",
        "privacy.zh.md",
        repo_src(
            "hs-shell/dotbugi",
            "aae336f86d20881d0b74da837ddd002749522f68",
            "docs/zh/privacy.md",
            "a university LMS browser extension's privacy policy (Dotbugi), the Chinese edition on its VitePress site",
            "1e4e84200f4c028f1177345f4b4482f231fb1eae",
        ),
        "hans",
        None,
        "**VitePress Markdown**: `#` title, a `::: info` custom container holding a bold-linked second title line, a "
        "bold date, seven `##` 1.–7., five unnumbered `###`, bold run-in list labels",
        1,
        {1: [9, 13, 29, 44, 54, 58, 62], 2: [15, 19, 31, 35, 39]},
        [],
        [3, 4, 7, 21, 23, 46, 64, 65],
        "Title 1. Level 1: the seven ## 1.–7. Level 2: the five ### (网站内容, 具体数据, 本地存储, 不收集个人或敏感信息, 关于 "
        "Google 用户数据的保存/删除). Look-alikes: 3 the `::: info` container line, 4 the bold link line inside it "
        "(「[**Dotbugi**](…) 隐私政策」, a second title-like line), 7 the bold date, 21/46/64 lead-ins closed by :, 23 a bold "
        "run-in item, 65 the bold e-mail label.",
    ),
    "lunette-md": (
        "dev2",
        "privacy.zh.md",
        repo_src(
            "LunetteApp/lunetteapp.github.io",
            "abc293886eaace7f7fc3818e4940d78c6829e2f2",
            "privacy/zh.md",
            "a watch-collection app's privacy policy (Lunette), the Chinese edition on its GitHub Pages site",
            "61b6f50001ec86e18a86fa106e417f4982cdd05e",
        ),
        "hans",
        None,
        "Markdown: `#` title, a bold date label with an English date, twelve unnumbered `##` (one English-led: iCloud "
        "备份), two `###`, a bold opening sentence, bold run-in list labels with em dashes",
        1,
        {1: [5, 9, 17, 28, 40, 50, 61, 65, 73, 77, 81, 92], 2: [32, 36]},
        [],
        [3, 11, 19, 21, 42, 52, 67, 85],
        "Title 1. Level 1: the twelve ##. Level 2: ### 照片与图片 (32), ### 位置数据 (36) under 数据存储. Look-alikes: 3 the "
        "bold date, 11 a bold sentence opening the paragraph (**Lunette 不收集任何个人数据。** 本应用：), 19/42/52/67 lead-ins "
        "closed by ：, 21/85 bold run-in items.",
    ),
    "nimote-md": (
        "dev2",
        "privacy.zh.md",
        repo_src(
            "nimotecode/nimoteoffical",
            "903614940f8b524d23978b5497f11cc080d16f19",
            "docs/zh/privacy.md",
            "a mobile remote-IDE app's privacy policy (NimoteCode), the Chinese edition on its docs site",
            "65087eb591314eacc06268e7756e32b1154a18d4",
        ),
        "hans",
        None,
        "Markdown: a blank first line, `#` title, a bold date label, nine `##` 1.–9., three `###` n.m each **followed by its "
        "list with no blank line**, a lead-in followed by its list with no blank line, a bold run-in paragraph, hard line "
        "breaks (two trailing spaces)",
        2,
        {1: [12, 32, 42, 54, 62, 66, 78, 82, 86], 2: [14, 19, 24]},
        [],
        [4, 15, 25, 34, 52, 56, 88, 89, 91],
        "Title 2. Level 1: the nine ## 1.–9. Level 2: ### 1.1–1.3. Look-alikes: 4 the bold date label, 15/56 bold run-in "
        "list items, 25/34 lead-ins closed by ： directly above their lists, 52 a bold run-in paragraph (**AI 功能重要说明**：…), "
        "88 a lead-in ending in two spaces, 89/91 bold contact labels.",
    ),
    "aitranslator-md": (
        "holdout2",
        "privacy.zh.md",
        repo_src(
            "adinschmidt/AI-translator",
            "5ff4c088706ca05c339ae14cf0a9fd5b7c364768",
            "docs/zh/privacy.md",
            "a browser translation extension's privacy policy (AI Translator), a machine translation of its English "
            "policy that keeps the English line breaks",
            "f3e72fdbf7ed9c8355ac0fea7a88946341316818",
        ),
        "hans",
        None,
        "**Markdown machine-translated line by line**: the English source's hard wraps kept, so Chinese sentences break "
        "in mid-phrase (「…是客户端浏览器扩展程序 / 允许用户使用…」, 「由开发商拥有或经营。」 alone), indented list "
        "continuations, padded pipe tables, a bold label alone on a line closed by ：, nine `##` 1.–9., an italic closing note",
        1,
        {1: [5, 15, 27, 51, 56, 67, 77, 84, 89]},
        [43],
        [3, 7, 10, 12, 18, 32, 34, 36, 87, 92, 96],
        "Title 1. Level 1: the nine ## 1.–9. Ambiguous: 43 「**重要考虑因素：**」 (a bold label alone on its line over a "
        "list: a run-in lead-in or a sub-title). Look-alikes: 3 the bold date, 7 a paragraph's first line, 10 its short "
        "wrapped tail 「由开发商拥有或经营。」, 12 a bold run-in sentence, 18 an indented list continuation, 32 the wrapped "
        "tail 「这些提供商的政策：」, 34/36 table rows, 87 a wrapped tail, 92 a link line, 96 the italic closing note.",
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
        "source": source,
        "format": os.path.splitext(fname)[1].lstrip("."),
        "script": script,
        "region": region,
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
