#!/usr/bin/env python3
"""Hand annotations of eval/structure48 (source of truth, forty-eighth session, helper u48a): `python3 eval/structure48/tools/annotate48.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags and JSX comment braces stripped; a line that only continues an
opening tag begun on an earlier line keeps the text after the `>`.  A heading whose text is split over two source
lines (a number badge `<span>1</span>` over its words) is annotated on the line where its text begins.  The script
refuses a line with no text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of
eval/README.md, plus `look_alike_lines`.  Copied from eval/structure47/tools/annotate47.py (same conventions).
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


def index_src(repo, commit, path, index_id, license_, note, total_chars):
    """A file the index stores (read_file), written character for character and checked against total_chars; the
    snapshot that `fetch` brought lacks it (or none could be had), so it is not a git blob of a fetched commit."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": index_id, "mode": "index text",
            "total_chars": total_chars, "license": license_, "note": note}


LANGS = {"peko-privacy-hk-tsx": ["zh", "en"]}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "counseling-privacy-wxml": (
        "dev", "index.wxml",
        index_src("SexyZoe/college-student-counseling", "5d64dce1c616b40b469e46b1c12260755ed6cf8d",
                  "pages/privacy/index.wxml", "69172610355", NO_LICENSE,
                  "a college counselling mini-program's data note; index text, LF, 1,322 characters = total_chars",
                  1322),
        "hans", "cn",
        "**WeChat .wxml of cards**: a hero headline and version line, four `policy-card`s each a `<text "
        "class=\"policy-title\">` over a `policy-text`, then a consent card whose switch row carries the same "
        "`policy-title` class (「敏感个人信息处理授权」 beside a hint, on one source line) and a consent-time line",
        3,
        {1: [7, 11, 15, 19]},
        [],
        [4, 24, 27],
        "Title 3 (hero-title 你的心理数据应被认真保护: the page's headline; the policy has no other name). Level 1: 7, "
        "11, 15, 19 (policy-title cards). Look-alikes: 4 version line, 24 the consent switch's label in the "
        "policy-title class (a form control, not a section), 27 the consent time.",
    ),
    "homemaking-privacy-html": (
        "dev", "privacy.html",
        repo_src("jeawy/homemaking", "4ad6ecf87932dd29c8337ea6f57039f84f8e2a1e", "hybrid/html/privacy.html",
                 NO_LICENSE, "a home-services uni-app's bundled policy page (hybrid/html), the common e-commerce "
                 "template (it still names 京东网站 once); the index's version (19243487716) differs on line 10 only",
                 "391d422ea46a91551603b62f0cdc5660ce4d12c6"),
        "hans", "cn",
        "**uni-app `hybrid/html` page**: `<title>GMAP`, an intro with bold-underlined warnings, `<h3>` 一.–十一. "
        "(ASCII full stop after the numeral), `<ol><li>` whose first paragraph is a bold-only sub-title "
        "(「您向我们提供的信息」) or a plain one (「Cookie的使用」), run-in bold labels 「(1) 您的浏览器和计算机上的信息。」, "
        "`<br />` between paragraphs",
        None,
        {1: [19, 24, 68, 89, 105, 131, 138, 143, 146, 171, 174], 2: [29, 41, 60, 149, 161]},
        [],
        [9, 22, 45, 48, 51, 53, 72, 102, 126, 135, 165, 167],
        "No title (the <title> GMAP is an app code name, line 9 a look-alike; the page never names the policy). Level "
        "1: the eleven <h3> 一.–十一. Level 2: 29/41/60 the bold-only first paragraphs of 二.'s three <li> (each over "
        "its paragraphs), 149/161 the plain first paragraphs 「Cookie的使用」「网络Beacon的使用」 of 九.'s two <li> (the "
        "same role, no bold). Look-alikes: 22/102/135 bold-underlined warning paragraphs, 45/48/51/53 run-in bold "
        "labels 「(1) 您的浏览器和计算机上的信息。…」, 72 a list item, 126 an item's first paragraph that is a sentence, "
        "165/167 numbered sentences.",
    ),
    "molispark-privacy-wxml": (
        "dev", "index.wxml",
        index_src("evanmaranzano/molispark-mini", "5373dcd66073149fec619bac1905ccf8ff3f3bc9",
                  "pages/privacy/index.wxml", "66634151122", NO_LICENSE,
                  "a community mini-program's terms and privacy policy on one page (摩力创境); index text, LF, 2,577 "
                  "characters = total_chars", 2577),
        "hans", "cn",
        "**two documents in one .wxml page**: a top bar 「用户协议与隐私政策」, then `privacy-section`s 用户协议 (1.–4.) "
        "and 隐私政策 (1.–6.), each a `privacy-section__title` over a lead and `privacy-h` titles over `privacy-p` "
        "paragraphs",
        6,
        {1: [13, 15, 17, 19, 24, 26, 30, 32, 34, 36, 38]},
        [11],
        [5, 12, 25, 27],
        "Title 6 (the top bar names the page's two documents). Several documents (docs/headings.md): the later "
        "document's name 24 隐私政策 is level 1, every document's 1.–n. from level 1 (13/15/17/19 and 26/30/32/34/36/38). "
        "Ambiguous: 11 用户协议 (the first document's name: under the convention the file's title, but the top bar "
        "is the title here; a level-1 heading is as right). Look-alikes: 5 the back arrow, 12/25 the leads, 27 a "
        "paragraph opening with a label 「头像、昵称：」.",
    ),
    "tangemu-privacy-wxml": (
        "dev", "index.wxml",
        index_src("xiaoyang188/tangemu", "b497d7f24396fbf8a67fa8a22892e8b400808bad", "pages/privacy/index.wxml",
                  "54802869380", NO_LICENSE,
                  "a bullet-comment (弹幕) display mini-program's privacy note; index text, LF, 901 characters = "
                  "total_chars", 901),
        "hans", "cn",
        "**a short .wxml note**: a hero title 隐私说明 over a summary, three `doc-section-title`s each over a list of "
        "`<text>` items numbered 1.–3. (or one sentence)",
        3,
        {1: [8, 17, 26]},
        [],
        [4, 10, 11, 12, 19, 20, 21, 28],
        "Title 3 (doc-title 隐私说明). Level 1: 8, 17, 26. Look-alikes: 4 the summary, 10-12 and 19-21 numbered "
        "list entries 「1. 你输入的弹幕文本」 (short, no full stop), 28 a one-sentence list.",
    ),
    "zishu-privacy-wxml": (
        "dev", "index.wxml",
        index_src("zishu-co/zishu-mini", "751983037c0a36666b1053dbd2bb24211ec96e6f", "pages/privacy/index.wxml",
                  "66701947472", NO_LICENSE,
                  "a learning mini-program's privacy policy (字数, zishu.co); index text, LF, 2,145 characters = "
                  "total_chars (the snapshot fetch brings lacks the path)", 2145),
        "hans", "cn",
        "**.wxml sections**: a header title and date, `section-title` 引言 then 一、–五、, each over `section-content` "
        "views whose text is on its own indented line: numbered items with a bold `<text>` label 「1. <text "
        "class=\"bold\">手机号码</text>：…」, a lead-in 「…，用于：」 over 1.–4. items",
        4,
        {1: [10, 17, 33, 52, 59, 66]},
        [],
        [5, 19, 22, 35, 38, 41, 71],
        "Title 4 (隐私政策). Level 1: 10 引言 and 17/33/52/59/66 一、–五、 (an unnumbered preface beside the numbered "
        "run, at its level). Look-alikes: 5 date, 19/22 numbered items with a bold label, 35 a lead-in ending in ：, "
        "38/41 short numbered items ending in ；, 71 the e-mail line.",
    ),
    "fatbattle-privacy-dart": (
        "holdout", "privacy_page.dart",
        index_src("Roarpeng/fat-battle", "3df9bc74fc4d0cda00d23a801759e39b10362d8c", "lib/pages/privacy_page.dart",
                  "59460643785", NO_LICENSE,
                  "a gamified weight-management app's privacy policy and terms screen (塑身工坊 Body Studio), Flutter; "
                  "index text, LF, 4,999 characters = total_chars (the snapshot fetch brings lacks the path)", 4999),
        "hans", "cn",
        "**Flutter screen whose sections are helper calls**: an AppBar title, a date `Text`, nine "
        "`_section('一、我们是谁', [ '…', … ])` calls of a local helper that renders the title in bold over each "
        "paragraph, numbered paragraphs 「1. 账号信息：…」, a getter's sentence in a list, a closing `Text`",
        37,
        {1: [51, 55, 62, 70, 77, 82, 88, 92, 95]},
        [],
        [9, 19, 47, 56, 57, 63, 83, 100],
        "Title 37 (AppBar 隐私政策与用户协议). Level 1: the nine _section titles 一、–九、. Look-alikes: 9 the doc "
        "comment, 19 the transport getter's sentence, 47 the date, 56/57/83 numbered paragraphs with a label, 63 a "
        "paragraph 「相机：…」, 100 the closing sentence.",
    ),
    "peko-privacy-hk-tsx": (
        "holdout", "page.tsx",
        index_src(None, None, None, "53649589988", NO_LICENSE,
                  "a Hong Kong beauty salon's privacy policy statement (Peko Beauty, Peko HK Limited), Next.js TSX; "
                  "the index names no repository (found with find_string 本私隱政策聲明); index text, LF, 12,904 "
                  "characters = total_chars", 12904),
        "hant", "hk",
        "**Hong Kong TSX page**: an English kicker `Privacy Policy` over `<h1>` 隱私權政策 and a date, a grey intro "
        "box, eight `<h2>` each holding a number badge `<span>1</span>` on one line and its words on the next, "
        "(a)–(f) items with run-in `<strong>` labels, a measures list and a rights list mapped from inline data "
        "(`{ title: \"查閱權\", desc: … }` rendered as `<h4>{item.title}</h4>`), a contact box, and two closing `<h4>` "
        "clauses 語言 / 管轄法律 outside the sections",
        24,
        {1: [43, 73, 107, 129, 159, 189, 199, 209, 240, 244]},
        [165, 166, 167, 168, 169],
        [22, 25, 50, 54, 218, 219],
        "Title 24 (h1 隱私權政策). Level 1: the eight <h2>, annotated on the badge line where their text begins (43 "
        "「1」 + 44 我們收集的個人資料 …), and the closing 240 語言 / 244 管轄法律 (policy clauses after 8. 聯絡我們, "
        "outside its <section>; level 1 as the outline reads, like structure47c jstime). Ambiguous: 165-169 the rights "
        "查閱權…撤回同意權 (each an <h4> card title over its sentence, from a .map over inline data: sub-sections of "
        "5. or a list). Look-alikes: 22 the English kicker, 25 the date, 50/54 run-in bold labels, 218/219 the "
        "contact box's bold company name and role.",
    ),
    "pugo-privacy-wxml": (
        "holdout", "index.wxml",
        index_src("QAQgpnu/pugo-toolbox", "e393fb73ab0df45c8f0b69c64b3fc26b4289699c", "pages/privacy/index.wxml",
                  "58138743239", NO_LICENSE,
                  "a WeChat toolbox mini-program's privacy page (浦哥工具箱); index text, LF, 3,875 characters = "
                  "total_chars", 3875),
        "hans", "cn",
        "**.wxml with two levels by class**: a kicker 透明 over a headline and subtitle, four `section-title`s, each "
        "over `policy-item`s of a `policy-name` and a `policy-copy` (the last section's three items each on one "
        "source line), a closing `notice-card` 请注意",
        4,
        {1: [9, 35, 49, 75], 2: [12, 16, 20, 24, 28, 38, 42, 52, 56, 60, 64, 68, 77, 78, 79]},
        [84],
        [3, 5],
        "Title 4 (privacy-title, the page's headline). Level 1: 9, 35, 49, 75 (section-title). Level 2: the fifteen "
        "policy-name titles (77/78/79 hold the name and its copy on one line). Ambiguous: 84 请注意 (a closing notice "
        "box's label). Look-alikes: 3 the kicker 透明, 5 the subtitle.",
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


_NUMBER_ONLY = re.compile(r"^[（(]?[一二三四五六七八九十壹0-9]*[、)）]?$")  # 「(」, 「一、」, 「（六）」, a badge 「1」: the rest is on the next line


def _joined(texts, line):
    """A heading split over two lines (「(」 / 「一)访问…」 in a Word export, a number badge 「1」 over its text) is shown with the next line's text."""
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
