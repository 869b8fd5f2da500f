#!/usr/bin/env python3
"""Hand annotations of eval/structure43c (source of truth, forty-third session, helper m43x): `python3 eval/structure43c/tools/annotate43c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags, JSX comment braces and literal `\\n` escapes stripped (a Markdown
heading's `#` too); a line that only closes an opening tag begun on the line before (`style="…">text`) keeps the
text after the `>`.  The script refuses a line with no text and a line annotated twice, and writes
<set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.  Copied from
eval/structure42c/tools/annotate42c.py (same conventions, same line-text rules).  Standard library only.
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


LANGS = {"twsite-privacy-blade": ["zh", "en"]}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "goodturtle-privacy-jsx": (
        "dev", "PP.jsx",
        index_src("27624316589", 2403, "Hong Kong: a tutoring/education site's privacy policy (GoodTurtle.fyi; 私隱, "
                  "電郵, 下稱), React JSX (file name assumed from its component PP)"),
        "hant", "hk",
        "**Hong Kong, JSX, headings inside an ordered list**: `<h1>私隱政策</h1>`, then one `<ol className=\"list-"
        "decimal\">` whose five `<li>` each open with an `<h4>` section title (rendered 1.–5. by the list, no number "
        "in the text) over a nested `<ul>` whose items are hard-wrapped over several source lines",
        8,
        {1: [11, 21, 30, 48, 56]},
        [],
        [14, 41, 60],
        "Title 8 (h1). Level 1: the five h4 titles inside the ordered list (11, 21, 30, 48, 56). Look-alikes: 14 the "
        "short first line 「私隱政策內容涵蓋」 of a wrapped list item, 41 the fragment 「Cookie，若您不願接受 Cookie」, 60 "
        "the e-mail line.",
    ),
    "twsite-privacy-blade": (
        "dev", "privacy.blade.php",
        index_src("21488089", 5057, "Taiwan: a Laravel site's privacy policy (the common 隱私權保護政策 template, "
                  "site name from config('app.name')) with an English Ezoic advertising section; Blade view (file name "
                  "assumed: privacy.blade.php)"),
        "hant", "tw",
        "**Taiwan, Laravel Blade (PHP)**: `@extends` with a `'title' => __('Privacy Policy')` argument, a centred "
        "`<h1>`, an intro `<p>` with a `{{ config('app.name') }}` echo, eight `<h3>` sections 一、…八、 whose bodies are "
        "bare text lines inside `<ul>` (no `<li>`), a nested `<ul>` of `<li>` under the lead-in 前項但書之情形包括不限於：, "
        "then an English `<h3>Ezoic Services</h3>` section with hard-wrapped English prose and a list",
        11,
        {1: [17, 22, 31, 37, 42, 59, 64, 67, 70]},
        [],
        [2, 46, 83, 85],
        "Title 11 (h1 隱私權保護政策). Level 1: the eight h3 一、…八、 and the English h3 Ezoic Services (70; a sibling "
        "section). Look-alikes: 2 the `'title' => __('Privacy Policy')` argument of @extends, 46 the lead-in "
        "前項但書之情形包括不限於：, 83 the English lead-in closed by a colon, 85 the list item IP address.",
    ),
    "jingyi-privacy-wxml": (
        "dev", "privacyPolicy.wxml",
        repo_src("0730chen/wx-litter", "d4d33e538e2b110504dc862f6879b5e19b855df9",
                 "pages/privacyPolicy/privacyPolicy.wxml", NO_LICENSE,
                 "a Hangzhou medical mini-program's privacy policy (井颐健康, 井颐医疗信息技术（杭州）有限公司)",
                 "1112b84c714d8872b4d9b6f4a13f035cad4f9517"),
        "hans", "cn",
        "**WeChat `.wxml` with HTML tags mixed in**: a `<p class=\"title\">` title, an intro `<view>`, sections whose "
        "titles are written four ways — a bare `<view>` (一、 12, 二、 38), bare text inside the `list-item` view "
        "with no tag of its own (三、 67), a `<p>` with a leading space (四、 116, 五、 125) — sub-titles 1.1/1.2 as "
        "`<view>` and 2.1–3.4 as `<p>`, items （1）… as `<p>` (one left unclosed), and the body of 五、 as bare "
        "text after its title",
        4,
        {1: [12, 38, 67, 116, 125], 2: [17, 27, 41, 51, 56, 69, 82, 91, 101]},
        [],
        [19, 21, 71, 92, 102, 126],
        "Title 4 (井颐健康隐私政策). Level 1: 一、…五、 (12, 38, 67 bare text, 116 and 125 in `<p>`). Level 2: 1.1, 1.2 "
        "(17, 27) and 2.1–2.3, 3.1–3.4 (41, 51, 56, 69, 82, 91, 101). Look-alikes: 19/21 the items （1）/（3）, 71/92/102 "
        "lead-ins closed by ：, 126 the body of 五、 (bare text).",
    ),
    "tdform-privacy-wxml": (
        "dev", "privacyPolicy.wxml",
        repo_src("chenyongping001/tdform_mp", "9b944efaba37dcf244477a5dd99e0da4074ed72a",
                 "pages/privacyPolicy/privacyPolicy.wxml", NO_LICENSE,
                 "a form-filling mini-program's privacy policy (an energy company's internal 填报 tool; contact "
                 "@zjenergy.com.cn), WeUI markup",
                 "275c7b6c663f9b851535ffcbbcc28fff52c5fb45"),
        "hans", "cn",
        "**WeChat `.wxml`, WeUI article**: `page__title` 隐私政策 and a long `page__desc` intro, then seven "
        "`weui-article__h2` views 一、…七、, each over `weui-article__p` views that open with numbered clauses 2.1 …, "
        "7.2 (sentences, the 一、 section's clauses numbered 2.1–2.3 by mistake) and carry their sub-items "
        "(1)…(10) / 1、… as further lines of the same view; a 返回 button at the end",
        5,
        {1: [11, 29, 63, 72, 100, 115, 131]},
        [],
        [6, 14, 23, 47, 75, 76, 146],
        "Title 5 (page__title 隐私政策). Level 1: the seven weui-article__h2 一、…七、. Look-alikes: 6 the intro, 14 the "
        "numbered definition 「2.1 个人信息：指…」, 23 the definition 「儿童：指…」, 47/75 numbered lead-ins closed by ：, "
        "76 the item 「1、在法定情形下的共享:…」, 146 the 返回 button.",
    ),
    "qisu-privacy-wxml": (
        "dev", "privacy-policy.wxml",
        repo_src("markLearn11/viagra", "8ea39fd0327851e4723206d211ddf5f729113fb5",
                 "pages/privacy-policy/privacy-policy.wxml", NO_LICENSE,
                 "a Shanghai health mini-program's privacy guide (栖溯光屿隐私保护指引, 上海栖溯信息服务有限公司)",
                 "f1bcf6ba874c03f18741ccb199030d3465b07402"),
        "hans", "cn",
        "**WeChat `.wxml`, every line a bare `<view>`**: the title only in `<navbar title=\"…\">`, then 200 lines "
        "of plain `<view>`s with no class: 引言, a date, a lead-in and a table of contents 1.–7. (which does not match "
        "the section numbering), section titles 一、…七、, sub-titles （一）…（七）, numbered clauses 1. 2. … that are "
        "sentences, and a 相关定义 block of definitions inside 六、",
        3,
        {1: [5, 22, 77, 115, 147, 172, 182, 202],
         2: [27, 34, 42, 47, 52, 60, 64, 79, 87, 93, 101, 107, 119, 129, 136, 149, 155, 160]},
        [196],
        [9, 11, 12, 16, 24, 67, 81, 131, 135, 197, 201],
        "Title 3 (the navbar title attribute 栖溯光屿隐私保护指引; no other title element). Level 1: 引言 (5) and "
        "一、…七、. Level 2: （一）…（七） under 一、, （一）…（五） under 二、, （一）…（三） under 三、 and under 四、. "
        "Ambiguous: 196 相关定义 (a bare title over three definitions at the end of 六、: a sub-title or a section of "
        "its own). Look-alikes: 9 the date, 11 the lead-in, 12/16 table-of-contents items 1./5., 24 the numbered "
        "definition 「1. 必要信息：指…」, 67 the item （1）, 81 the numbered clause 「1. 共享前提：…」, 131 a sentence "
        "split from its paragraph, 135 the run-in 特别说明：, 197/201 definitions 个人信息：/儿童：.",
    ),
    "notionlight-privacy-md": (
        "dev", "privacy_cn.md",
        repo_src("0xZhangKe/NotionLight", "a84b1a24a048854440448cbcc291d48e02068cda", "privacy_cn.md", NO_LICENSE,
                 "a Notion client app's Chinese privacy policy (NotionLight, developer ZhangKe)",
                 "076f2a13baf7b7f6d74f2942d46bf130379a6192"),
        "hans", "cn",
        "**Markdown, lines without blank lines between them**: `# NotionLight 隐私政策`, five intro lines, a lead-in "
        "and a table of contents 一、…三、 ending in ； whose text repeats the three `## 一、…` section titles, lists "
        "1、…8、 under a lead-in",
        1,
        {1: [13, 17, 21]},
        [],
        [8, 9, 10, 11, 27, 28],
        "Title 1. Level 1: the three ## sections. Look-alikes: 8 the lead-in 本隐私政策帮助您了解以下内容：, 9–11 the "
        "table of contents (the section titles with ； at the end), 27 a lead-in closed by ：, 28 the item 1、….",
    ),
    "parallellife-privacy-md": (
        "dev", "privacy_cn.md",
        repo_src("Vecaaa/parallellife_documents", "db702bfc5516fcc9576477c8d92179ebc70fd027", "privacy_cn.md",
                 NO_LICENSE, "an iOS life-simulation app's Chinese privacy policy (ParallelLife)",
                 "09cdd6c2889f2f39b6b2ca2ad2947252748d3f4a"),
        "hans", "cn",
        "**Markdown with no markup (plain text)**: untitled (the text opens with its intro sentence), ten numbered "
        "titles 1.–10. each directly followed on the next line by its paragraph (no blank line between), a lead-in "
        "and an e-mail address at the end",
        None,
        {1: [3, 6, 11, 14, 17, 20, 23, 26, 29, 32]},
        [],
        [1, 33, 34],
        "No title. Level 1: the ten bare numbered titles 1.–10. Look-alikes: 1 the opening sentence, 33 the lead-in "
        "closed by ：, 34 the e-mail address.",
    ),
    "ceo-privacy-tsx": (
        "holdout", "page.tsx",
        index_src("53029258010", 3111, "Taiwan: a B2B group-buying platform's privacy policy (CEO 團購平台, "
                  "一企實業有限公司), Next.js TSX (file name assumed: page.tsx)"),
        "hant", "tw",
        "**Taiwan, Next.js TSX**: `metadata.title`, a centred `<h1>`, a date `<p>`, an intro hard-wrapped over three "
        "lines, seven `<h2>` 一、…七、 (a space after 、), `<ul>` items with bold run-in labels, a lead-in over a "
        "list of rights",
        11,
        {1: [24, 30, 38, 45, 51, 57, 69]},
        [],
        [4, 15, 32, 59],
        "Title 11 (h1 隱私權保護政策). Level 1: the seven h2. Look-alikes: 4 the metadata title, 15 the date, 32 the "
        "bold run-in label 註冊與帳號：, 59 the lead-in closed by ：.",
    ),
    "heritage-privacy-tsx": (
        "holdout", "page.tsx",
        index_src("23905651137", 6094, "Hong Kong: a heritage-crafts platform's privacy policy (香港弱勢行業傳承平台, "
                  "私隱, PDPO), Next.js TSX (file name assumed: page.tsx)"),
        "hant", "hk",
        "**Hong Kong, Next.js TSX**: a nav bar with the platform name and a 返回首頁 button, an `<h1>私隱政策</h1>`, a "
        "date, ten `<section>`s with `<h2>` 1.–10. over lead-ins and `<ul>` lists, a contact block with bold labels, "
        "a closing PDPO compliance sentence",
        28,
        {1: [33, 47, 62, 76, 90, 106, 122, 130, 138, 146]},
        [],
        [14, 18, 29, 35, 152, 162],
        "Title 28 (h1 私隱政策). Level 1: the ten h2. Look-alikes: 14 the nav brand 香港弱勢行業傳承平台, 18 the button "
        "返回首頁, 29 the date, 35 a lead-in closed by ：, 152 the bold label 電子郵件：, 162 the closing sentence.",
    ),
    "mefar-privacy-tsx": (
        "holdout", "page.tsx",
        index_src("61450296754", 2720, "Taiwan: a Japanese company's Taiwan edition of a pre-registration privacy "
                  "policy (MEFAR 株式會社, cocora), Next.js TSX with a styled-jsx block (file name assumed: page.tsx)"),
        "hant", "tw",
        "**Taiwan, TSX with `<style jsx global>`**: a CSS template literal naming `.doc-section h2` etc., a 返回首頁 "
        "link, `<h1 className=\"title\">`, six article-style `<h2>` 第一條（…）…第六條（…）, an `<ol>` of purposes, a "
        "contact block with `<br />`s",
        26,
        {1: [31, 34, 37, 46, 49, 52]},
        [],
        [24, 38, 53],
        "Title 26 (h1 隱私權保護政策). Level 1: the six h2 第一條…第六條. Look-alikes: 24 the 返回首頁 link, 38/53 "
        "lead-ins closed by ：.",
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
