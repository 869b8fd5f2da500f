#!/usr/bin/env python3
"""Hand annotations of eval/structure40c (source of truth, fortieth session, helper u40a3): `python3 eval/structure40c/tools/annotate40c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags, JSX comment braces and literal `\\n` escapes stripped (a Markdown
heading's `#` too); a line of data (`title: '...'`) takes the quoted string.  The script refuses a line with no text
and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure39c/tools/annotate39c.py (same conventions).  Standard library only.
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


LANGS = {"ruotian-privacy-txt": ["zh", "en"], "futurelearn-privacy-php": ["zh", "en"]}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "haodoctor-privacy-jsx": (
        "dev", "PrivacyPolicy.jsx",
        index_src("5316976032", 5748, "an online hospital's privacy page (好医生在线互联网医院), a React component (JSX; "
                  "file name from its export PrivacyPolicy and its .jsx imports)"),
        "hans", "cn",
        "**hospital, JSX page**: a header bar (back button, `<h1>隐私政策</h1>`), then an `<h2>` title with the "
        "hospital's name, an update line, nine `<section>`s each with an `<h3>` 一、…九、 over `<p>` text: numbered "
        "lead-ins 2.1/3.1/5.1/9.1 closed by ：, （1）… items, contact fields",
        22,
        {1: [26, 36, 58, 80, 93, 112, 128, 138, 148]},
        [16],
        [23, 38, 41, 60, 95, 98, 150, 153],
        "Title 22 (h2 main-title). 16 the header bar's h1 (the app's nav title; ambiguous: an explicit h1, but the "
        "nav bar of the page, not a section). Nine h3 at level 1. 23 update time; 38/60/95/150 numbered lead-ins "
        "closed by a colon; 41/98 （1） items; 153 a contact field with a placeholder phone number.",
    ),
    "zfs-privacy-ftl": (
        "dev", "privacy_index.ftl",
        repo_src("GodBlessLiyuan/zfs", "3d64d597d1c4bdc698978e8a97bfecdda11da2c3",
                 "zfsfront/src/main/resources/templates/privacy_index.ftl", NO_LICENSE,
                 "a FreeMarker HTML template (Spring Boot front end of an app-cloning tool, 多开分身)"),
        "hans", "cn",
        "**FreeMarker `.ftl` HTML page**: `<title>`, a centred `<h3>` title, one `<ul>` whose five `<li>` each open "
        "with `<b>第一条【…】</b><br>`, then `<br>`-separated lines: numbered sub-titles 「1. 收集并保存的信息」 over "
        "numbered sentences 1.1 …。, a FreeMarker comment `<#--第三条-->`; three levels",
        52,
        {1: [56, 84, 92, 121, 134], 2: [60, 70, 93, 100, 106]},
        [111],
        [6, 61, 67, 71, 76, 94, 95, 107, 113],
        "Title 52 (h3). 第一条–第五条 (bold run-in lines) at level 1; the bare numbered lines 1./2./3. between them "
        "at level 2. 111 「4.  共享、转让、公开披露个人信息时事先征得授权同意的例外，在以下情形中，…」 (the fourth "
        "sibling of 1. 共享 / 2. 转让 / 3. 公开披露, but a lead-in sentence wrapped over two lines: ambiguous). "
        "6 the <title>; 61/67/71/107/113 numbered sentences 1.1 …。; 76 a sentence; 94/95 lead-in and sentence. "
        "The file is named .ftl, which the loader reads as text (Fluent).",
    ),
    "mihao-privacy-jsp": (
        "dev", "index_pravicy.jsp",
        repo_src("Unfantasy/project-mihao", "5035f51b31b8c6bc14fe7233b2a5aadba03593c9",
                 "win/project_index_v3/index_pravicy.jsp", NO_LICENSE,
                 "a JSP page of 杭州米号科技 (an investment / trading service: 账户余额和交易历史, 投资经验)"),
        "hans", "cn",
        "**fintech, JSP page**: `<%@ include %>` header, an `<h2>` title beside an image, `<p>1. 信息的收集和使用</p>` … "
        "`<p>4. …</p>` over （1）… sentences, indented （a）… items (three of them short noun phrases under a lead-in), "
        "`<br/>` between sections, a footer with the ICP filing",
        21,
        {1: [23, 34, 48, 58]},
        [],
        [25, 38, 40, 43, 44, 45, 46, 67],
        "Title 21 (h2 隐私条款). 1.–4. at level 1. 25 （1） sentence; 38/43 （2）/（3） lead-ins closed by ：; 40 （a） "
        "sentence; 44–46 （a）身份信息和就业信息 / （b） / （c） short noun items under the lead-in 43 (not sub-titles); "
        "67 the footer (company, ICP number, link).",
    ),
    "melearn-privacy-jsx": (
        "dev", "Privacy.jsx",
        index_src("13261362636", 5944, "Hong Kong: the privacy page of MeLearn.Guru (天窗文化集團), a React component "
                  "(JSX; file name from its Privacy.module.scss import)"),
        "hant", "hk",
        "**Hong Kong, JSX page**: `document.title` set in an effect, an `<h2>` title 收集個人資料聲明, an intro `<p>`, "
        "ten `<div>` sections with an `<h3>` each (one repeats the title's words), numbered sentences 1.…4., "
        "a ﹣ item",
        15,
        {1: [19, 25, 31, 61, 70, 88, 93, 98, 103, 107]},
        [],
        [9, 38, 42, 45, 63, 75],
        "Title 15 (h2). Ten h3 at level 1; 31 has the same words as the title (a section, not a second title). 9 the "
        "browser tab title set in code; 38/42/63/75 numbered sentences; 45 a ﹣ item.",
    ),
    "gccps-modals-tsx": (
        "dev", "Modals.tsx",
        index_src("60569251310", 19228, "Hong Kong: a primary school counselling platform's modal dialogs (React TSX, "
                  "天主教善導小學 心情加油站): a follow-up form, the privacy policy, a class summary table, a user guide; "
                  "file name a guess"),
        "hant", "hk",
        "**Hong Kong school, TSX file of four modal dialogs**: each dialog an `<h3>` title (a form, 校園學童個人資料保護與"
        "隱私政策, a summary table with `<th>` column headers, a user guide), close and confirm buttons; the privacy "
        "dialog's five `<h4>` sections 「<span>一、</span> 數據收集…」 and the guide's five `<h4>` 「<span>1.</span> 🎒 …」, "
        "their text on the line after `<h4 …>`; bold run-in labels in `<li>`",
        None,
        {1: [29, 81, 213, 313], 2: [103, 116, 129, 142, 155, 334, 352, 366, 380, 395]},
        [],
        [30, 49, 88, 169, 175, 227, 235, 236, 237, 238, 239, 289, 340, 418],
        "No document title (four dialogs in one file); each dialog's h3 at level 1 (29 the follow-up form's title, "
        "81 the privacy policy, 213 the summary table, 313 the guide), the h4 inside at level 2, annotated on the "
        "line that holds their text (the <h4 …> tag is on the line above). 30 a lead-in closed by ：; 49/88/175/289/"
        "418 buttons; 169 a version line; 227 a date field; 235–239 table column headers (<th>); 340 a bold label "
        "item.",
    ),
    "futurelearn-privacy-php": (
        "dev", "disclaimer.php",
        repo_src("tseng7510/2024_futurelearn", "798e3ae95b368ff44b27e6cfe8a389deeef41654", "disclaimer.php",
                 NO_LICENSE, "Taiwan: a school's site (台南市學無界實驗教育機構 FUTURELEARN), PHP page with includes"),
        "hant", "tw",
        "**Taiwan school, PHP page**: `<?php include ?>` head/top/footer, a banner title 「Use & Disclaimer"
        "<span>使用條款&免責聲明</span>」 (English + Chinese), a breadcrumb, then one editor `<div>` of text: bare "
        "unnumbered titles each ending at `<br />` above their text, a `<ul>` list, `<br /><br />` between sections",
        22,
        {1: [48, 51, 59, 62, 65, 68, 71]},
        [],
        [28, 33, 47, 52, 74, 76],
        "Title 22 (the banner's English and Chinese title). Seven bare <br> titles at level 1 (隱私權保護政策的適用範圍 … "
        "免責聲明). 28/33 breadcrumb; 47 the intro ending 請您詳閱下列內容：; 52 a lead-in closed by ：; 74/76 short "
        "sentences of the disclaimer.",
    ),
    "ruotian-privacy-txt": (
        "dev", "隐私政策.txt",
        repo_src("ruotiangroup/ruotiangroup.github.io", "83a88458bbfbf58126b0d295931a501afc753f59", "隐私政策.txt",
                 NO_LICENSE, "a search portal's policy (若天搜索), plain text, CRLF"),
        "hans", "cn",
        "**bilingual plain text with a table of contents at the top of each edition**: a Chinese title line, intro, "
        "「目录：」 over eight indented numbered entries, sections 1.…8. with (a) items and API name / URL lines; then "
        "the English edition (its own title line, 「catalog:」 over eight entries, sections 1.…8.) written without "
        "blank lines; a sign-off line",
        1,
        {1: [16, 26, 34, 52, 56, 64, 70, 89, 112, 117, 121, 130, 132, 136, 139, 152]},
        [100, 71, 74, 77, 80, 83, 86, 140, 142, 144, 146, 148, 150],
        [5, 6, 7, 8, 9, 10, 11, 12, 13, 20, 36, 95, 97, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 158],
        "Title 1. Chinese sections 16–89 and English sections 112–152 at level 1 (each edition written whole, as "
        "structure39c lizhilin-bilingual-js). 100 the English edition's title (ambiguous by convention (b)). 71–86 and "
        "140–150 names of search engines / a weather API above 「api：URL」 lines (ambiguous: labels over values or "
        "sub-titles). 5/103 the TOC captions and 6–13/104–111 their entries (a table of contents, not headings); "
        "20/36 lead-ins; 95/97 closing sentence and contact; 102 an English sentence; 158 the sign-off.",
    ),
    "angel-accountsafe-jsp": (
        "holdout", "accountSafe.jsp",
        repo_src("cash2one/app-2", "ce49e76b6744ae15ff6ae2783f7410912403905c",
                 "jumper-angel-app/src/main/webapp/WEB-INF/jsp/accountSafe.jsp", NO_LICENSE,
                 "a hospital app's account and safety notes (天使医生, a maternity hospital app), JSP"),
        "hans", "cn",
        "**hospital, JSP page with `<dl>` sections**: an `<h1>` title 账号与安全, seven `<dl>` each with a numbered "
        "question in `<dt>` (「1. 为什么在注册App时，需要提供真实姓名等资料？」) over its `<dd>` answer",
        48,
        {1: [50, 56, 64, 70, 76, 83, 90]},
        [],
        [52, 78],
        "Title 48 (h1). Seven <dt> questions at level 1 (numbered questions ending in ？, with a comma in two). "
        "52/78 answers.",
    ),
    "tiantian-privacy-md": (
        "holdout", "隐私协议.md",
        repo_src("shenyinghao/securityProject", "281f2433d77ab93490d90282a7835626aa3bc3c5", "隐私协议.md",
                 NO_LICENSE, "an options-trading course app's policy (天天学期权), a .md file without markup"),
        "hans", "cn",
        "**finance app, Markdown without any markup**: a blank first line, a title line, intro, then bare titles "
        "(适用范围, 信息使用, 信息披露, 信息安全) each directly above its text with no blank line, lead-ins closed by "
        "：, short items one a line",
        2,
        {1: [6, 13, 17, 27]},
        [],
        [9, 10, 11, 12, 18, 20, 26],
        "Title 2. Four bare titles at level 1, each glued to its text (no blank line). 9/18 lead-ins closed by ：; "
        "10–12 and 20–26 items one a line (10/11 short, no title: list entries under 9).",
    ),
    "xiban-privacy-wxml": (
        "holdout", "privacy.wxml",
        repo_src("donghao0827/xiban", "e1c34cac6adbb103d4a468c91399ae447570f1bc", "pages/privacy/privacy.wxml",
                 NO_LICENSE, "a wedding planner mini-program's privacy page (WeChat .wxml)"),
        "hans", "cn",
        "**WeChat `.wxml` page**: a `<nav-bar title=\"隐私与数据\">` component, a hero card (headline + `<text>`), five "
        "sections with a `<view class=\"section-title\">` each: a card of label/value rows, cards of `<view>` "
        "sentences, `<text class=\"copy-label\">本地模式：</text>` run-in labels; a button and a footnote",
        2,
        {1: [13, 23, 32, 41, 50]},
        [7],
        [15, 16, 17, 18, 34, 35, 36, 58, 59],
        "Title 2 (the nav bar's title attribute, the page's name). 7 the hero headline 你的备婚数据由你决定 "
        "(ambiguous: a headline over the intro, title or first section). Five section-title views at level 1. "
        "15–18 label/value rows; 34–36 run-in labels; 58 a button; 59 the footnote.",
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
