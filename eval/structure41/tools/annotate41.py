#!/usr/bin/env python3
"""Hand annotations of eval/structure41 (source of truth, forty-first session, helper u41a): `python3 eval/structure41/tools/annotate41.py [name ...]`.

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


LANGS = {"mituo-privacy-tsx": ["zh", "en"], "lingoslate-privacy-md": ["zh", "en"]}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "hakka-privacy-htm": (
        "dev", "privacy.htm",
        repo_src("HywebU00/2022_J00_hakka_member", "63e7e4f277134495f9c23e497f0452766d811a7a", "privacy.htm",
                 NO_LICENSE, "a Taiwanese government cultural centre's member site (客家委員會客家文化發展中心), a static "
                 "`.htm` page"),
        "hant", "tw",
        "**Taiwan, government `.htm` page**: `<title>` with the centre's name, a member nav bar, an `<h2 class=\"title\">` "
        "title, `<h3>` 一、…四、 sections, two unnumbered `<h4>` sub-titles under 一、 (one over an `<ol>`), footer links, "
        "address and visitor counter",
        64,
        {1: [74, 88, 100, 104], 2: [75, 84]},
        [8],
        [26, 36, 37, 38, 39, 78, 120, 124, 125, 126, 128, 129, 130, 131, 145],
        "Title 64 (h2.title). 74/88/100/104 h3 at level 1; 75 適用範圍 and 84 蒐集的資料類型、蒐集目的及使用方式 (h4) at "
        "level 2 under 74. 8 the <title> (the centre's name; ambiguous). 26 skip link; 36-39 the member nav bar; 78 an "
        "item closed by ：; 120 phone; 124-126 footer links; 128-131 copyright, address, update date, counter; 145 "
        "back-to-top.",
    ),
    "luago-privacy-html": (
        "dev", "隐私政策.html",
        repo_src("v10456/LuaGo", "aeb14d8eaf32baeae5bcc729766c517a01b2ba27", "隐私政策.html",
                 "MulanPSL-2.0 (the repository's LICENSE, 木兰宽松许可证第2版; whether it covers the policy text is "
                 "not said: treat as a test fixture only)",
                 "a game box app's privacy policy (沙雕世界) saved as `.html` but holding plain text, no tag at all"),
        "hans", "cn",
        "**plain text in an `.html` file** (no markup): a title line, dates, bare 提示条款/引言 titles, a TOC of 一、…八、, "
        "一、 sections with （一）…（十一） and (一) sub-sections (full-width and ASCII brackets), `1. 相机权限` "
        "sub-sub-titles over their paragraphs, numbered sentences, (1) items, an appendix of definitions",
        1,
        {1: [8, 16, 37, 132, 140, 165, 191, 214, 222, 226, 234],
         2: [40, 55, 64, 69, 78, 81, 84, 87, 90, 93, 116, 133, 136, 141, 152, 157, 166, 181, 194, 201, 206],
         3: [96, 100, 104, 108, 112, 182, 186]},
        [],
        [3, 5, 19, 21, 23, 25, 27, 29, 31, 33, 35, 43, 45, 47, 49, 58, 60, 74, 119, 129, 144, 150, 167, 169, 177,
         179, 197, 229, 231, 235, 245],
        "Title 1. 8 提示条款 and 16 引言 (bare titles before the numbered sections) and 一、…八、 plus 234 附录：相关定义 at "
        "level 1; （一）…（十一） and (一)…(三) at level 2; 96-112 `1. 相机权限`… (each over a paragraph, under （十）) "
        "and 182/186 `1. 数据安全技术措施`/`2. 安全事件` at level 3. 3/5 dates; 19 lead-in; 21-35 the TOC; 43-47 run-in "
        "labels 实名认证：…; 49/119/129/144/167/177/179/197 numbered sentences; 58/60 label paragraphs; 74 an SDK entry; "
        "150 a sentence; 169 (1) item; 229/231 （一） sentences in the contact section; 235/245 definitions.",
    ),
    "liblib-privacy-txt": (
        "dev", "隐私协议.txt",
        index_src("66726631528", 11566, "an AI image platform's privacy policy (哩布哩布AI / LiblibAI), plain text; the "
                  "index names gaike12345/gaike-design at c2c7c75e (`隐私协议.txt`), a commit no longer in the repository's "
                  "snapshot, so the index text is used"),
        "hans", "cn",
        "**plain text without blank lines around titles**: title, dates, a TOC of 一、…九、 whose last entry is directly "
        "above the first section's own 一、 line, （一） sub-sections (one numbered （四） twice), numbered run-in "
        "sentences 「1.账号注册信息：…」 beside two bare numbered sub-titles over （1） items, `**bold**` marks left in the "
        "text, short numbered items without an end mark",
        1,
        {1: [24, 31, 98, 105, 144, 172, 215, 227, 242],
         2: [38, 59, 68, 77, 82, 106, 124, 129, 134, 145, 158, 169, 175, 180, 195, 198, 207, 210],
         3: [113, 119]},
        [],
        [2, 4, 5, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 27, 29, 36, 39, 41, 49, 57, 62, 64, 71, 85, 94, 96, 109,
         111, 115, 117, 127, 130, 146, 150, 183, 185, 188, 190, 218, 228, 230, 232, 234],
        "Title 1. 一、…九、 at level 1 (24 directly under the TOC's last entry 23); （一）… at level 2, 77 （四）其他用途 and "
        "82 （四）授权同意的例外 both (the number given twice); 113 `3.实现安全与分析统计的共享信息` and 119 `5.其他情形` "
        "(bare numbered lines over （1） items) at level 3, their siblings 109/111/117 run-in sentences. 2/4 dates; 5 "
        "welcome; 13/36/150/232 lead-ins; 15-23 the TOC; 25/27 numbered sentences; 29/71/115/234 （1） items; 39-57 "
        "numbered run-in labels; 62/64 label paragraphs; 85/94/183/185 numbered items (185 `3.个人撤回同意` without an "
        "end mark); 96/188 a note and a definition; 127/130/146 numbered sentences; 190 an unnumbered item; 218 a "
        "label item; 228/230 （一）/（二） sentences under 八、.",
    ),
    "cityburger-privacy-tsx": (
        "dev", "page.tsx",
        index_src("51904873596", 4629, "a Taiwanese burger chain's privacy page (屹澧股份有限公司), a Next.js page "
                  "(file name guessed: `export default function PrivacyPolicy`, `force-static` exports)"),
        "hant", "tw",
        "**Taiwan, TSX page**: `<h1>` title, unnumbered `<h2>` sections in cards (個資收集單位 over a company name, a "
        "`<table>` of label cells 期間/地區/對象/方式, `<strong>` label items), update date, a back link",
        17,
        {1: [28, 33, 45, 60, 86, 101, 111, 119]},
        [],
        [29, 35, 46, 48, 65, 69, 73, 77, 87, 102, 104, 105, 106, 127, 133],
        "Title 17. Eight h2 at level 1. 29 the company name under 個資收集單位; 35/48 list items; 46/87/102 lead-ins; "
        "65/69/73/77 table label cells; 104-106 label/value items; 127 update date; 133 the back link.",
    ),
    "kinnso-privacy-blade": (
        "dev", "privacy.blade.php",
        index_src("7841027123", 6327, "a Hong Kong offers platform's privacy statement (Kinnso 私隱政策聲明), a Laravel "
                  "Blade view (file name guessed from its `@include`s and `analytics.page(\"privacy\")`)"),
        "hant", "hk",
        "**Hong Kong, Laravel Blade page**: CSS and a Segment script, an `<h2>` title, then one item box where each "
        "article title is a `<div class=\"heading\">第一條 適用範圍</div>` with its text as bare lines after it (no "
        "`<p>`), `<br>` lines, `<ul>` of unclosed `<li>` with bold labels",
        104,
        {1: [109, 112, 118, 134, 144, 147, 150, 153]},
        [],
        [107, 115, 121, 131, 135, 137, 138, 141],
        "Title 104 (h2). 第一條…第八條 (div.heading) at level 1. 107 intro; 115 a `<br>` lead-in closed by ：; 121/131 "
        "items; 135 lead-in; 137/138/141 bold-label items.",
    ),
    "wayshk-privacy-php": (
        "dev", "privacy_policy.php",
        index_src("2429951685", 7192, "a Hong Kong children's shop's personal data collection and privacy statement "
                  "(活籽兒童用品店), a PHP page (file name guessed from its link to `privacy_policy_en.php`)"),
        "hant", "hk",
        "**Hong Kong, PHP page**: `<title>User Profile</title>`, a breadcrumb banner `<h2>` repeating the title, an "
        "`EN` link, an `<h1>` title, an intro `<li>`, `<h4 style=\"font-weight: bold\">` 一、…八、 over `<ul>` of "
        "check-mark items",
        84,
        {1: [88, 92, 108, 116, 121, 126, 130, 134]},
        [61],
        [17, 69, 86, 94, 137],
        "Title 84 (h1). 61 the breadcrumb banner's h2 with the same words (ambiguous: a second copy of the title). "
        "一、…八、 (h4) at level 1. 17 the <title> (User Profile, a template leftover); 69 the EN link; 86 the intro "
        "item; 94 an item; 137 an e-mail item.",
    ),
    "xingchen-register-vue": (
        "dev", "register.vue",
        index_src("47251881117", 16885, "a lab-testing platform's registration page (星尘实验室, ceshigo.com) with its "
                  "agreement and privacy policy in two modal dialogs, Word-pasted `MsoNormal` paragraphs (file name "
                  "guessed from its `register()` method and the 账号注册 heading)"),
        "hans", "cn",
        "**Vue registration page with two modal dialogs of Word-pasted HTML**: a form (`<h2>` 账号注册, `<h3>` tagline, "
        "buttons), dialog 1 `<h2>服务协议</h2>` with an `<h1>` 注册协议 and bold run-in labels; dialog 2 "
        "`<h2>隐私政策</h2>` with an `<h1>` 法律声明及保密政策, `<h2>` 法律声明 and 保密政策, bold `<p class=\"MsoNormal\">` "
        "titles (提示条款, 定义, 权利声明, 一、权利归属 …), `<h3><b>一、…</b></h3>` sections, one bold numbered sub-title "
        "among run-in numbered paragraphs",
        None,
        {1: [67, 84], 2: [88, 104], 3: [89, 92, 95, 106, 109, 122, 129, 139, 143, 146, 151], 4: [96, 99, 102, 115]},
        [9, 69, 87],
        [10, 27, 34, 47, 55, 56, 70, 71, 75, 77, 78, 79, 111, 112, 117, 118, 124],
        "No document title (a form and two dialogs in one file). Each dialog's h2 (67 服务协议, 84 隐私政策) at level 1; "
        "the documents' own h1 titles inside them (69 注册协议, 87 法律声明及保密政策) and the form's h2 (9 "
        "星尘实验室账号注册) ambiguous. 88 法律声明 and 104 保密政策 (h2) at level 2; 89 提示条款, 92 定义, 95 权利声明 "
        "(bold p) and the h3 一、…八、 at level 3; 96/99/102 一、权利归属… (bold p under 权利声明) and 115 "
        "`3.来自第三方的信息` (a bold line, its siblings 1./2. run in) at level 4. 10 the form's tagline; 27/47 buttons; "
        "34 a hint; 55/56 the consent line; 70/75 bold run-in labels 【审慎阅读】/【特别提示】; 71 an item; 77 lead-in; "
        "78/79 bold names of documents (a list); 111/112 numbered paragraphs with a run-in title; 117 lead-in; 118 item; "
        "124 numbered sentence.",
    ),
    "lingoslate-privacy-md": (
        "holdout", "PRIVACY.md",
        index_src("62071914975", 2933, "a browser extension's bilingual privacy policy (灵幕实时翻译 / LingoSlate), "
                  "Markdown (file name guessed)"),
        "hans", "cn",
        "**Markdown, bilingual, bold-line titles**: `#` title, a bold date line, `## 中文` and `## English`, sections "
        "as bold lines 「**一、我们收集什么:什么都不收集。**」 over their text or with their text run in after the bold "
        "part (「**五、数据出售与共享:** 不出售…」), bold-label list items",
        1,
        {1: [5, 30], 2: [7, 10, 16, 19, 24, 26, 28, 32, 35, 41, 43, 45, 47, 49]},
        [],
        [3, 11, 12, 20, 36, 37],
        "Title 1. 5 `## 中文` and 30 `## English` (explicit headings, the editions) at level 1; every numbered bold "
        "section at level 2, also those whose text runs in after the bold title on the same line (24/26/28, 41-49: "
        "sections 五、…七、 and 3.…7. continue the numbering of the bold lines above them). 3 the date; 11/12/20/36/37 "
        "bold-label list items.",
    ),
    "mituo-privacy-tsx": (
        "holdout", "page.tsx",
        index_src("40747051108", 7205, "a Singapore Buddhist temple's bilingual privacy policy (净土宗弥陀寺 / Namo "
                  "Amituofo), a Next.js page (file name guessed)"),
        "hans", "sg",
        "**Singapore, bilingual TSX page**: `metadata` title and description, a Chinese `<section>` (`<h1>` 隐私政策, "
        "`<h2>` 1.…10.), a JSX comment `Page Break` and `<hr>`, the English `<section>` (`<h1>` Privacy Policy, `<h2>` "
        "1.…10.), update lines",
        13,
        {1: [17, 24, 35, 46, 53, 60, 67, 72, 79, 88, 111, 118, 129, 140, 147, 154, 161, 166, 173, 182]},
        [107],
        [4, 5, 25, 36, 81, 82, 83, 96, 119, 175, 190],
        "Title 13. Chinese 1.…10. and English 1.…10. (h2) at level 1. 107 the English edition's h1 (ambiguous by "
        "convention (b)). 4/5 metadata title and description; 25/36/81/119/175 lead-ins; 82/83 label/value lines; "
        "96/190 update lines.",
    ),
    "safety3-privacy-html": (
        "holdout", "隐私政策.html",
        repo_src("kimnn-netizen/Safety3", "a43c853bfea46e1ee8cfb8ecf52ff9e75126e6fa", "隐私政策.html", NO_LICENSE,
                 "a browser extension's privacy policy (关键词提示助手), an HTML page (CRLF)"),
        "hans", "cn",
        "**HTML page (CRLF)**: `<title>`, CSS, `<h1>` title, an effective-date line, `<h2>` 1.…7., nested `<ul>` with "
        "bold labels closed by ：",
        43,
        {1: [48, 64, 71, 79, 82, 89, 92]},
        [6],
        [44, 49, 51, 53, 56, 58, 65, 67, 73, 83, 85],
        "Title 43 (h1). 6 the <title> (ambiguous). Seven h2 at level 1. 44 date; 49/73/83 lead-ins; 51/56 bold labels "
        "closed by ： over nested items; 53/58/67/85 bold-label items; 65 a lead-in half in English.",
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
