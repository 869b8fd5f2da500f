#!/usr/bin/env python3
"""Hand annotations of eval/structure47 (source of truth, forty-seventh session, helper u47a): `python3 eval/structure47/tools/annotate47.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags and JSX comment braces stripped; a line that only continues an
opening tag begun on an earlier line (`mso-bidi-language:AR">text`, `style="…">text`) keeps the text after the `>`.
A heading whose text a Word export splits over two source lines (「(」 / 「一)访问您的个人信息」) is annotated on the
line where its text begins.  The script refuses a line with no text and a line annotated twice, and writes
<set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.  Copied from
eval/structure46c/tools/annotate46c.py (same conventions).
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


def index_src(repo, commit, path, license_, note, total_chars):
    """A file the index stores (read_file), written character for character; the snapshot that `fetch` brought
    predates it, so it is not a git blob of a fetched commit. total_chars is the index's count."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "index text",
            "total_chars": total_chars, "license": license_, "note": note}


LANGS = {"anx-bilingual-md": ["en", "zh"]}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "tableforone-reservation-html": (
        "dev", "reservation-3.html",
        repo_src("fufukwang/SurpriseLabWeb", "98a149993b0c421a4d0e92f5073e2d010736ad0b", "public/T41/reservation-3.html",
                 NO_LICENSE, "a Taipei dining-experience company's booking step page (Table For One, 驚喜製造): the "
                 "newsletter privacy terms sit in a lightbox above the booking form",
                 "e97e8d12eb32cd868e9beb28f03a73b6f9c596ba"),
        "hant", "tw",
        "**a booking page whose privacy terms are a lightbox**: `<title>`, a lightbox header div (the title), `<h1>` "
        "壹、/貳、/三、 (the numeral style changes), an `<h2>` 【 資訊安全聲明 】 after which the `<h1>` numbering "
        "restarts at 壹、, numbered sentence paragraphs 一、/二、, then the page: nav labels, a step list, a form "
        "table, a checkbox line, buttons, a copyright line",
        18,
        {1: [25, 33, 49, 55], 2: [59, 69]},
        [39, 66],
        [4, 36, 44, 62, 77, 99, 158, 206, 213, 224],
        "Title 18 (lightbox header 驚喜製造有限公司隱私條款). Level 1: 25 壹、個人資料之安全, 33 貳、個人資料的利用, 49 "
        "三、資料安全 (h1; 三 after 壹/貳), 55 【 資訊安全聲明 】 (h2 by markup, but a part heading: the numbering "
        "restarts under it). Level 2: 59 壹、個人資料查詢或更正的方式, 69 貳、隱私權保護政策修訂 (h1 by markup, under "
        "55). Ambiguous: 39 「二、利用之目的例示如下：」 (a numbered lead-in over (1)…(4)), 66 「二、 Cookie」 (a "
        "numbered label, its text after <br>). Look-alikes: 4 <title> Table For One, 36/62 numbered sentences, 44 "
        "「(4) 其他：」, 77 「我瞭解了！」 button, 99 nav label, 158 form label ＊姓名, 206 the consent checkbox line, "
        "213 button, 224 copyright.",
    ),
    "surpriselab-terms-blade": (
        "dev", "terms.blade.php",
        repo_src("fufukwang/SurpriseLabWeb", "98a149993b0c421a4d0e92f5073e2d010736ad0b",
                 "resources/views/SurpriseLabHome/terms.blade.php", NO_LICENSE,
                 "the same company's current privacy page (驚喜製造 SURPRISE LAB), Laravel Blade view",
                 "c13b1c58c06e3a7a5b92851d91df34835a1a4472"),
        "hant", "tw",
        "**Laravel Blade view with no section headings**: @extends/@section, meta tags, `<title>`, a site `<h1>`, a "
        "title block (`<h2>` PRIVACY kicker over `<h5>` 隱私權政策), then three `<p>` of `<br>` lines: an intro, a "
        "data-category list, and run-in labels 「個人資料之利用：…」「不提供個人資料之影響：…」",
        42,
        {},
        [51, 52],
        [25, 58, 63, 76, 78, 80, 82, 84],
        "Title 42 (h1 隱私權政策｜驚喜製造 SURPRISE LAB). No headings. Ambiguous: 51 h2 PRIVACY and 52 h5 隱私權政策 "
        "(the visible title block; a second title, not a section). Look-alikes: 25 <title>, 58 the intro, 63 a "
        "category line 「辨識個人者（例如：…）、」, 76/78/80/82 run-in labels 個人資料之利用：/不提供個人資料之影響：/"
        "個人資料利用之地區：/您對個人資料之權利：, 84 「除下列情形外，…：(1)…」.",
    ),
    "lovewall-privacy-md": (
        "dev", "privacy.md",
        index_src("ZZSZ-YCT/lovewall-frontend", "f70ebab600ac0a4f48308cd12b14397971a5692c", "assets/privacy.md",
                  NO_LICENSE, "a school confession-wall site's privacy policy (郑州市第四高级中学表白墙), Markdown; "
                  "index text, LF, 2,284 characters = total_chars", 2284),
        "hans", "cn",
        "**Markdown with three kinds of numbered items**: `#` title, bold date, `##` 一、…十、 between `---` rules, "
        "`###` 1.–4., then numbered list items of three shapes: run-in bold labels with text on the line "
        "(1. **账户登录与身份识别**：…), bold labels closed by ： with indented text below, and bold-only items each "
        "followed by its own bullet (1. **请求删除您的内容**)",
        1,
        {1: [11, 18, 45, 58, 77, 99, 111, 119, 126, 134], 2: [22, 27, 32, 37, 81, 85, 89, 93]},
        [60, 63, 67, 72],
        [3, 49, 50, 101, 102, 113, 128, 136],
        "Title 1. Level 1: the ten ## 一、…十、. Level 2: ### 1.–4. under 二、, and under 五、 the four bold-only list "
        "items 81 请求删除您的内容, 85 注销账户, 89 访问与更正信息, 93 撤回授权或关闭 Cookies (short title-like items, "
        "each followed by its own bullet list: sub-sections written as a numbered list). Ambiguous: 60/63/67/72 "
        "「1. **存储位置**：」… (bold labels closed by ：, their text on the indented lines below). Look-alikes: 3 "
        "date, 49/50 run-in bold labels with text on the line, 101/102/113/128/136 numbered sentences.",
    ),
    "zhiyuqiao-privacy-jinja": (
        "dev", "privacy.html",
        index_src("74tutututu/zhiyuqiao", "88fe1ba3cf0dfb39e8fe44dc15dc5fd76692ad1e", "templates/privacy.html",
                  NO_LICENSE, "a Chinese-teaching assistant's privacy and AI-use note (智语桥), Jinja2 template; "
                  "index text, LF, 1,120 characters = total_chars", 1120),
        "hans", "cn",
        "**Jinja2 template, one section a line**: {% extends %}/{% block %}, a header with wordmark and back link, a "
        "kicker, `<h1>`, a lead, five `<section><h2>…</h2><p>…</p></section>` each on one line, a note div",
        10,
        {1: [13, 14, 15, 16, 17]},
        [],
        [5, 6, 9, 11, 18],
        "Title 10 (h1). Level 1: the five h2, each on the same source line as its paragraph. Look-alikes: 5 "
        "wordmark, 6 back link, 9 kicker PRIVACY & AI, 11 lead, 18 the note.",
    ),
    "anx-bilingual-md": (
        "holdout", "privacy.md",
        repo_src("Anxcye/anx-reader", "35393902d9180577c6404debe4c422eab3912477", "assets/privacy.md", NO_LICENSE,
                 "an open-source e-book reader's privacy policy (Anx Reader), English then Simplified Chinese, "
                 "Markdown bundled as an app asset", "604a64791cb81b68c8f2255b0319dcfbf003007c"),
        "hans", "cn",
        "**bilingual Markdown, bold-line titles**: a bold title and date (two trailing spaces), `### **…**` "
        "sections in English, then a bold Chinese title and date and the same sections in Chinese; bold-label "
        "bullets",
        1,
        {1: [4, 8, 14, 17, 20, 23, 30, 34, 40, 43, 46, 49]},
        [27],
        [2, 10, 11, 28, 36, 37],
        "Title 1 (**Privacy Policy**). Level 1: the six English ### sections and the six Chinese ones (no part "
        "heading above either language). Ambiguous: 27 **隐私政策** (the Chinese title: a second title or a part "
        "heading). Look-alikes: 2/28 dates, 10/11/36/37 bold-label bullets.",
    ),
    "moguang-privacy-md": (
        "holdout", "privacy.md",
        index_src("mlfc666/mlfc666.github.io", "cdefe5bb10b488d4bea5d0a60cf1afc675659471", "assets/privacy.md",
                  NO_LICENSE, "a student team's Alzheimer self-check site's privacy policy (默光先知), plain text in a "
                  ".md file; index text, CRLF restored (read_file strips CR: 78 lines, 4,986 + 78 = 5,064 = "
                  "total_chars)", 5064),
        "hans", "cn",
        "**plain text in a .md file, no Markdown**: a date line, intro paragraphs, 概述 with a tab-numbered table of "
        "contents, 1./1.1/3.1.1 titles (3.我们… without a space), run-in numbered titles 「3.1.2 委托处理 对于…」, "
        "numbered sentence items 3.2.1 …，…, (1)… items, indented paragraphs; CRLF",
        None,
        {1: [8, 19, 34, 37, 53, 59, 62, 74], 2: [21, 31, 39, 47], 3: [40, 49]},
        [43, 44, 45],
        [2, 10, 11, 23, 41, 48, 50, 67],
        "No title line. Level 1: 8 概述 (over the table of contents), 1.–7. (37 「3.我们如何共享、处理您的信息」 has no "
        "space). Level 2: 1.1, 1.2, 3.1, 3.2. Level 3: 40 3.1.1 原则, 49 3.2.2 为保障服务安全与分析统计的数据使用. "
        "Ambiguous: 43/44/45 「3.1.2 委托处理 对于…」 (a numbered title run into its text). Look-alikes: 2 date, "
        "10/11 table-of-contents lines, 23/41/50/67 (n) items, 48 「3.2.1 本平台及相关服务功能中的某些具体模块…」 "
        "(a numbered sentence).",
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
