#!/usr/bin/env python3
"""Hand annotations of eval/structure46 (source of truth, forty-sixth session, helper u46a): `python3 eval/structure46/tools/annotate46.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags, JSX comment braces and literal `\\n` escapes stripped (a Markdown
heading's `#` too); a line that only closes an opening tag begun on the line before (`style="…">text`) keeps the
text after the `>`; a line holding an `<hN>` (or this set's `span.G_headTitle`) keeps that heading's text
only.  The script refuses a line with no text and a line annotated twice, and writes
<set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.  Copied from
eval/structure45c/tools/annotate45c.py (same conventions, same line-text rules).  Standard library only.
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


LANGS = {}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "jike-privacy-txt": (
        "dev", "privacy.txt",
        repo_src("by-syk/SchTtable", "6458ea511078091b9a5909333f1d8f5b754ee9f3", "app/src/main/assets/privacy.txt",
                 "Apache-2.0 (repository LICENSE)", "a class-timetable app's privacy statement (极课), Android asset",
                 "2e865ea283b3b1cca8e800748cdddfbf8fdb8a52"),
        "hans", "cn",
        "**plain text indented with ideographic spaces**: every paragraph opens with two U+3000 spaces, four "
        "一、…四、 lines flush left, two 1. items inside a paragraph, a copyright line; no title (line 1 is a sentence)",
        None,
        {1: [3, 11, 15, 21]},
        [],
        [1, 18, 19, 25],
        "No title (1 is the opening sentence). Level 1: 3, 11, 15, 21. Look-alikes: 1 the opening sentence, 18/19 "
        "numbered items indented with U+3000, 25 the copyright line.",
    ),
    "modmigrator-privacy-txt": (
        "dev", "privacy.txt",
        index_src("68825657393", 1708, "a Minecraft mod-migration Android app's privacy statement (ModMigrator); "
                  "repository kongbai9288/mc-mod-migrator, path app/src/main/assets/privacy.txt (fetch had no "
                  "snapshot: the index text, checked against total_chars and against read_file at offset 1100)"),
        "hans", "cn",
        "**plain text, 一、 sections with hard-wrapped lines**: a title line, a date, nine 一、…九、 lines; under 四、 "
        "five short numbered titles 1.–5. each followed by an indented body; `-` lists whose items wrap onto "
        "indented lines; a closing signature",
        1,
        {1: [5, 11, 19, 31, 61, 70, 78, 86, 90], 2: [35, 41, 45, 49, 54]},
        [],
        [3, 13, 33, 63, 95],
        "Title 1. Level 1: the nine 一、…九、 lines. Level 2: 35/41/45/49/54 (1.–5. under 四、联网说明, short titles "
        "whose bodies are indented below them). Look-alikes: 3 the date, 13 a list item, 33 a lead-in closed by ：, "
        "63 a list item with a colon label, 95 the signature.",
    ),
    "microlauncher-privacy-html": (
        "dev", "privacy.html",
        repo_src("Yuyuko1024/MicroLauncher", "65be73b2cd73854d13969be84604073e4af21a17",
                 "app/src/main/assets/privacy.html", "Apache-2.0 (repository LICENSE)",
                 "an Android launcher's privacy policy (微型启动器多亲版), HTML asset",
                 "198e85de6aa9ff9abfcff31a6cc0333da15a4321"),
        "hans", "cn",
        "**HTML with bare `<strong>` sub-headings**: `<title>`, `<h1>`, two date `<div>` with `<strong>` values, "
        "`<h2>` 导言 and 1.–8., and under 2. three `<strong>2.1 …</strong>` lines standing alone (not in a `<p>`) "
        "before a `<ul>`; bold sentences and bold list labels",
        6,
        {1: [9, 18, 28, 46, 51, 62, 87, 93, 98], 2: [29, 35, 41]},
        [],
        [3, 7, 8, 15, 22],
        "Title 6 (h1). Level 1: the h2 lines (导言, 1.–8.). Level 2: 29/35/41 (bare <strong>2.1–2.3 …</strong>). "
        "Look-alikes: 3 the <title>, 7/8 dates with a bold value, 15 a bold sentence, 22 a list item with a bold label.",
    ),
    "senseu-privacy-php": (
        "dev", "privacy.php",
        repo_src("ShawnVIP/www", "8b2d5cde6978361f8841f9216bd121b35f8cfb8c", "cn/privacy.php", NO_LICENSE,
                 "a baby-monitor maker's privacy and security statement (Sense-U), Chinese PHP page",
                 "12a2205f0e92238bb6aa868c18f6ef3c360650cf"),
        "hans", "cn",
        "**PHP page, headings as `<span class=\"G_headTitle\">` inside one table cell**: a `G_leftLabelHuge` div "
        "title, an intro, three span headings (two share their line with the `<br />` and the paragraph after them), "
        "a `<ul>` split over lines",
        53,
        {1: [57, 64, 69]},
        [],
        [56, 59, 65],
        "Title 53 (div.G_leftLabelHuge 隐私与安全). Level 1: 57, 64, 69 (span.G_headTitle; 64 and 69 carry their "
        "paragraph on the same line after <br />). Look-alikes: 56 the intro cell, 59 a list item, 65 a paragraph "
        "opened by <br />.",
    ),
    "jinhe-privacy-html": (
        "dev", "privacy.txt",
        repo_src("cuiqingandroid/AndroidHookDemos", "51dad7a4b6fc2d09b53f6b7e3b60ac27663e5d00",
                 "app/src/main/assets/privacy.txt", "Apache-2.0 (repository LICENSE)",
                 "a Beijing software company's privacy policy (瑾禾晖映), HTML stored as a .txt asset",
                 "a6f8bb252a4e7050ffa298bd840350d50e21862d"),
        "hans", "cn",
        "**HTML in a .txt file (rich-text editor output, BOM)**: `<h1><strong>` title, a `<p>` table of contents "
        "1.–10., `<h2><strong>` 1.–3. then 4–10 without a dot and no 9, two `<h3>` 2.1/2.2; from 2.2 on several "
        "headings start in the middle of a line right after the `</p>` of the paragraph before",
        1,
        {1: [15, 36, 44, 46, 50, 52, 53, 55, 56], 2: [37, 41]},
        [],
        [4, 5, 14, 17, 18, 32, 57],
        "Title 1. Level 1: the h2 lines (46/50/52/53/55/56 begin with the end of the paragraph before). Level 2: 37, 41 "
        "(h3, 41 after a paragraph of links). Look-alikes: 4 a lead-in, 5/14 table-of-contents <p>, 17 a lead-in, "
        "18 (a) item, 32 a · item, 57 a short label paragraph (瑾禾晖映运营者信息).",
    ),
    "xiu-privacy-txt": (
        "dev", "privacy.txt",
        repo_src("qiusunshine/xiu", "2c8a0b4c9fae31c4e755c41b964dc8ed43d0ecb0", "app/src/main/assets/privacy.txt",
                 "MPL-2.0 (repository LICENSE)", "a mobile browser's privacy agreement followed by its user "
                 "agreement in one asset (Xiu浏览器)", "dbe7c5bd622c318880378859b044f5a09d17520d"),
        "hans", "cn",
        "**plain text holding two documents**: 「以下为隐私协议内容：」, the privacy agreement (title, numbered 1.–9. "
        "titles without space, a (1) sub-title, then four unnumbered titles), then 「以下为用户协议内容：」 and a user "
        "agreement of unnumbered short titles whose nesting cannot be read from the text",
        3,
        {1: [6, 10, 14, 18, 21, 28, 31, 34, 37, 40, 43, 46, 51], 2: [7]},
        [23, 25, 62, 63, 66, 67, 70, 73, 76, 91, 92, 98, 101, 105, 109, 112, 115, 118, 121, 127],
        [1, 49, 54, 60, 106, 110],
        "Title 3 (Xiu隐私协议). Level 1: 1.–9. and the unnumbered 第三方代码执行/其他/隐私策略调整/联系. Level 2: 7 "
        "(1)Firefox账号登陆同步服务. Ambiguous: 23/25 labels closed by a colon inside 5. (siblings of 5.'s subject), "
        "and every short title of the appended user agreement (62 its title, then 概述, 权利声明 > 知识产权?, …): "
        "the set scores the privacy agreement; the user agreement only for false headings on its body lines. "
        "Look-alikes: 1/60 the two 「以下为…内容：」 lines, 49 the effective-date sentence, 54 a contact line, 106/110 "
        "run-in labels (赔偿。/不可抗力：).",
    ),
    "yaoji-privacy-txt": (
        "dev", "privacy.txt",
        repo_src("meiyingxiang/MyApp2022_3_21", "e14c8d90a70c11724c49286637aad5d3a195b207",
                 "app/src/main/assets/privacy.txt", "GPL-3.0 (repository LICENSE.md)",
                 "a photo app's privacy policy (姚记App, 海口宇信成百货), text extracted from a PDF",
                 "81c420e356b88862d5b52ced31216064dc21586b"),
        "hans", "cn",
        "**PDF-to-text**: no title (lost), two dates, lines hard-wrapped at the page width mid-word, numbered items "
        "broken over lines (「2.修改或」), a table of contents run together over four lines, 1./1.1/1.2.1 outline with "
        "no space after the number, numbered clause paragraphs (2.1…, 7.1.…) next to numbered titles, a./b. items",
        None,
        {1: [19, 61, 69, 99, 106, 112, 123, 128], 2: [23, 37, 43, 70, 83, 85, 88, 100, 104, 108, 113],
         3: [26, 71, 82]},
        [20, 72, 77],
        [2, 3, 8, 9, 10, 12, 14, 15, 46, 62, 65, 68, 107, 124, 127],
        "No title. Level 1: 1.–8. Level 2: 1.2, 1.3, 1.4, 3.1–3.4, 4.1, 4.2, 5.2, 6.1. Level 3: 1.2.1, 3.1.1, 3.1.2. "
        "Ambiguous: 20 (1.1登录 run into its own paragraph by the PDF extraction), 72/77 (a./b. labels closed by ： "
        "over a paragraph). Look-alikes: 2/3 dates, 8/14 lead-ins, 9/10/12 numbered items (10 and 12 broken: "
        "「2.修改或」), 15 the run-together table of contents, 46 a. item, 62/65/68 2.1–2.3 clause paragraphs, 107 a 5.1 "
        "clause sentence, 124/127 7.1./7.2. clause paragraphs.",
    ),
    "nanoem-privacy-rst": (
        "holdout", "privacy.rst",
        repo_src("BesingBG/nanoem-cn", "7ac32932d9e072f5e2d9b76f14b95681e1b011a5", "docs/privacy.rst",
                 "MIT / MPL-2.0 (repository LICENSE.md)", "a 3D animation tool's privacy page (nanoem), Chinese "
                 "translation in Sphinx reStructuredText", "adc38cc656fbf3ba10562c2c983910e71fa64591"),
        "hans", "cn",
        "**reStructuredText**: title with over- and underline `=`, two `=`-underlined sections, each with a "
        "`-`-underlined 目的 sub-section (the same title twice), `.. tip::`/`.. note::`/`.. important::` directives "
        "with indented bodies, inline `` `text <url>`_ `` links",
        2,
        {1: [7, 24], 2: [19, 35]},
        [],
        [5, 12, 15, 27, 32],
        "Title 2. Level 1: 7, 24. Level 2: 19, 35 (目的 twice). Look-alikes: 5 the intro, 12/15/27/32 directive lines.",
    ),
    "bityard-privacy-html": (
        "holdout", "privacy.html",
        repo_src("Byd-dev/BITYARD-BLACK", "f1278d84435b712fa5af9ada53eb56985cb9c33d",
                 "app/src/main/assets/privacy.html", NO_LICENSE,
                 "a finance-information app's privacy agreement (星世纪金融理财), a browser-saved CMS page",
                 "fdf167e24179c5d13e9bb1faa046a26077af7f2a"),
        "hans", "cn",
        "**browser-saved web page (\"saved from url\", ThinkCMF)**: head with `<title>`, styles and scripts, an `<h2>` "
        "document title, a Word-pasted article whose `<h2 style=…>` open on one line with the title text on the next "
        "line inside `<strong><span>`, `<p class=\"p\">` paragraphs with (a)–(g) items, contact lines, trailing "
        "jQuery",
        76,
        {1: [83, 93, 99, 110, 114, 120, 125, 131, 135]},
        [],
        [4, 80, 88, 101, 138],
        "Title 76 (h2 星世纪金融理财隐私协议). Level 1: the text lines of the nine article <h2> (the tag opens on the line "
        "before). Look-alikes: 4 the <title>, 80 the ownership sentence, 88/101 lead-ins closed by ：, 138 a contact "
        "label line.",
    ),
    "hulk-privacy-txt": (
        "holdout", "privacy.txt",
        repo_src("zsmarter-api/Hulk-Android", "f74adbe56a24fbb515481a6aa3bd051dac0b5fa3",
                 "app/src/main/assets/privacy.txt", NO_LICENSE,
                 "a push-notification SDK platform's privacy policy (Hulk推送, 四川锦城中天智慧), Android asset",
                 "478503f0663029f6ce573b18d296a8b5c7f1490a"),
        "hans", "cn",
        "**long plain text with a 一、/(一)/1. outline**: company line, title, two dates, a long preamble with two "
        "numbered categories, a table of contents 一、…十一、 plus 附录, sections 一、…十一、 and 附录 1, (一) "
        "sub-sections written with an ASCII parenthesis and a space, unnumbered sub-titles (注册、登录/日志信息), "
        "numbered short titles 1.–7. over paragraphs, numbered paragraphs, （1） run-in labels, A.–G. items, (二)/(三) "
        "that open paragraphs, a numbered glossary",
        3,
        {1: [45, 88, 96, 103, 133, 143, 163, 203, 211, 230, 238, 251],
         2: [54, 66, 75, 78, 105, 122, 129, 135, 139, 167],
         3: [58, 62, 169, 171, 178, 180, 182, 184, 186]},
        [188],
        [1, 5, 24, 32, 43, 68, 70, 80, 145, 191, 201, 255],
        "Title 3 (个人隐私政策). Level 1: 一、…十一、 and 附录 1 (251). Level 2: the (一)…(四) sub-section lines. Level 3: "
        "58/62 (注册、登录, 日志信息 under (一)) and 169–186 (1.–7. short titles under (一) 针对Hulk的直接用户). Ambiguous: "
        "188 ((二) for end users: a sub-section, but written as a sentence closed by ：). Look-alikes: 1 the company "
        "line, 5 a date, 24 a numbered category, 32/43 table-of-contents lines, 68 a numbered paragraph, 70 （1） run-in "
        "label, 80 A. item, 145 numbered paragraph, 191/201 (三)/(四) paragraphs, 255 glossary entry.",
    ),
}


_TAG = re.compile(r"<[^>]*>")
_TITLE_PROP = re.compile(r"""\btitle=["']([^"']+)["']""")
_DATA_FIELD = re.compile(r"\b(?:title|text|navTitle)\s*[:=]\s*['\"]([^'\"]+)['\"]")
_OPEN_TAIL = re.compile(r"""^\s*(?:style|class|className)=["'][^"']*["']\s*>""")


_HEAD_TAG = re.compile(r"<h[1-6][ >]|<span class=\"G_headTitle\">")
_HEAD_END = re.compile(r"</h[1-6]>|<br")


def _line_text(line):
    m = _HEAD_TAG.search(line)
    if m:  # a heading tag on the line: its own text (some begin after a paragraph's </p>, some carry one after <br />)
        rest = line[m.start():]
        end = _HEAD_END.search(rest)
        if _TAG.sub("", rest[: end.start()] if end else rest).strip():
            line = rest[: end.start()] if end else rest
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
