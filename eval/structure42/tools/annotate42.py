#!/usr/bin/env python3
"""Hand annotations of eval/structure42 (source of truth, forty-second session, helper u42a): `python3 eval/structure42/tools/annotate42.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags, JSX comment braces and literal `\\n` escapes stripped (a Markdown
heading's `#` too); a line of data (`title: '...'`) takes the quoted string.  The script refuses a line with no text
and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure41c/tools/annotate41c.py (same conventions).  Standard library only.
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


LANGS = {"median-privacy-md": ["en", "zh"], "kangaroo-privacy-tsx": ["en", "zh", "ja"]}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "weiangels-privacy-aspx": (
        "dev", "PrivacyPolicy.aspx",
        repo_src("CastleKing/weiangels.org-kickstarter-.com-demohour.com", "0f258515760c0a04223fb5e34fb99ab62eb602ef",
                 "WeiAngels/Home/PrivacyPolicy.aspx", NO_LICENSE,
                 "a crowdfunding site's privacy page (微天使 WeiAngels), ASP.NET Web Forms content page (UTF-8 with BOM)"),
        "hans", "cn",
        "**ASP.NET content page**: `<%@ page %>` directive, `<asp:Content>` blocks, every section a `<div class=\"help_desc\">` "
        "titled by a `<b class=\"help_class_title2\">` (no heading tag anywhere), its text a `<p>` with `<br />` lines or a "
        "`<ul>` of `<li><p>` items; one title (电子邮件) used twice; the first block's title is the page's",
        10,
        {1: [20, 32, 44, 50, 59, 70]},
        [],
        [1, 13, 72],
        "Title 10 (<b class> 隐私政策, whose block holds the opening paragraph). Six <b class> section titles at level 1 "
        "(20 and 59 both 电子邮件). 1 the page directive (title=\"Untitled Page\"); 13 a <br> line of the opening; "
        "72 the contact sentence with a colon.",
    ),
    "jingqu-policy-aspx": (
        "dev", "help_policy.aspx",
        repo_src("allenjsl/jingqu", "1eea2f99a6a6992b7a1054895c413894b0d66ceb", "体验网WEB/help/help_policy.aspx", NO_LICENSE,
                 "a scenic-area travel site's help page 个人隐私保护方针 (体验网), whose text is a copy of an old Tencent "
                 "privacy statement; ASP.NET page (UTF-8 with BOM)"),
        "hans", "cn",
        "**ASP.NET page (help centre)**: `<title>`, a left menu of four `<li><a>` links, `<div class=\"help_title\"><h2>` "
        "title, then only `<p>` elements: a bare document name, bare section titles (no number, no bold, no class) each "
        "after an empty `<p>&nbsp;</p>`, body paragraphs; scripts after the body",
        56,
        {1: [62, 67, 71, 74, 77]},
        [59],
        [17, 49, 50, 51, 52, 68],
        "Title 56 (h2 个人隐私保护方针; 17 the <title>). Five bare <p> titles at level 1 (您个人信息的收集, …的管理, …的安全, "
        "访问您的个人信息, Cookie 的使用). 59 <p>隐私权保护声明</p> (the statement's own name right under the title) "
        "ambiguous. 49–52 the menu; 68 a sentence with (1)(2)(3) run in.",
    ),
    "vgt-register-jsx": (
        "dev", "Register.jsx",
        index_src("37963960601", 7990, "Taiwan: a website's member registration page (VGT網站) with its privacy policy in a "
                  "Bootstrap modal; React class component (JSX with class=, CRLF line ends: 7990 = 7856 characters + 134 "
                  "CR; file name from the component Register)"),
        "hant", "tw",
        "**Taiwan, JSX registration page with a modal**: form `<h3>` 填寫註冊資料, inputs, hint `<span>`s, a consent "
        "label; a `<div class=\"modal\">` whose header `<h4>` names the statement and whose body is one run of `<br />` "
        "lines: the intro, bare numbered titles 一、…七、 each on its own `<br />` line above its text lines, a lead-in "
        "and unnumbered item lines (one without its `<br />`)",
        84,
        {1: [91, 94, 100, 104, 107, 120, 123]},
        [16],
        [24, 48, 62, 68, 110, 113],
        "Title 84 (the modal's h4 請詳細閱讀並同意使用聲明). 一、…七、 (<br> lines) at level 1. 16 the form's h3 "
        "填寫註冊資料 ambiguous (page chrome, not the statement). 24 hint; 48 label 性別：; 62 consent label; 68 hint; "
        "110 lead-in 前項但書之情形包括不限於：; 113 an item line.",
    ),
    "xiyijing-privacy-jsx": (
        "dev", "PrivacyPolicy.jsx",
        index_src("41961750112", 2939, "Taiwan: a detergent wholesaler's privacy policy (洗衣精大王批發), React + MUI "
                  "(file name from its export PrivacyPolicy; the text opens with an empty line)"),
        "hant", "tw",
        "**Taiwan, JSX with MUI**: `<Typography variant=\"h3\">` title, an expanded `<Accordion>` whose summary is "
        "`<Typography variant=\"h4\">`, its details one `<Typography component=\"div\">` of `<br />`-separated text: "
        "`<strong>一、…</strong>` titles alone on their `<br />` line, `1. <strong>資料蒐集</strong>` run-in labels "
        "with the text on the next source lines (no `<br />` between), numbered items closed by two trailing spaces "
        "(no `<br />`), a thank-you line",
        17,
        {1: [21], 2: [28, 33, 46, 52, 57, 69, 74, 79]},
        [],
        [25, 35, 39, 42, 61, 62, 84],
        "Title 17 (Typography h3 隱私權政策). 21 the accordion summary (Typography h4 隱私權政策詳情) at level 1; the "
        "<strong> 一、…八、 at level 2. 25 the bold welcome sentence; 35/39/42 `1. <strong>資料蒐集</strong>` run-in "
        "labels (their text follows in the same line of the rendered page); 61/62 numbered items; 84 the thank-you line.",
    ),
    "median-privacy-md": (
        "dev", "PRIVACY.md",
        index_src("59513695369", 3475, "an Android browser's bilingual privacy policy (Median Browser, English and "
                  "Simplified Chinese paragraphs in turn)"),
        "hans", "cn",
        "**bilingual Markdown**: `#` title `English / 中文`, a bilingual updated line, seven `##` headings each "
        "`English / 中文`, each section an English paragraph then its Chinese one (one an English list then a Chinese "
        "paragraph; the last two sections English only)",
        1,
        {1: [9, 15, 21, 30, 36, 42, 46]},
        [],
        [3, 23],
        "Title 1. Seven bilingual ## at level 1. 3 the updated line; 23 a list item with a label and colon.",
    ),
    "triz-about-js": (
        "dev", "about.js",
        index_src("58554679060", 2925, "a WeChat mini-program's about page (TRIZ答案之书): three plain-text documents in "
                  "template literals (privacy policy, user agreement, about us) shown in a modal"),
        "hans", "cn",
        "**WeChat mini-program `.js`, plain text in template literals**: `const PRIVACY_CONTENT = `隐私政策` …`, "
        "`AGREEMENT_CONTENT` 用户服务协议, `ABOUT_CONTENT` 关于我们; numbered titles 1.–6. with decimal sub-titles "
        "1.1–3.2, `- ` items, lead-ins closed by ：, label lines (生效日期：…), bare titles (核心功能, 产品特色 …) over "
        "`• ` items and field lines, Q:/A: pairs",
        4,
        {1: [46, 99, 10, 24, 29, 34, 40, 52, 61, 74, 85, 90, 93, 103, 109, 115, 120, 128, 131],
         2: [12, 17, 21, 63, 68, 76, 81]},
        [122, 125],
        [6, 35, 43, 48, 50, 59, 64, 69, 96, 116, 134],
        "Three documents in one file, annotated to the several-documents convention of docs/headings.md (forty-third "
        "session, u43a; as committed by u42a: no title, each document's name level 1 and its sections one level "
        "below): the first literal's first line (4 隐私政策) is the file's title; the later documents' names (46 "
        "用户服务协议, 99 关于我们) at level 1, no parents; numbered 1.–6. and the about page's bare titles (103 核心功能, "
        "109 产品特色, 115 版本信息, 120 技术支持, 128 联系我们, 131 致谢) at level 1; 1.1–1.3, 2.1/2.2, 3.1/3.2 at level 2. "
        "122/125 the FAQ questions Q: … ambiguous. 6/48 effective-date fields; 35/64/69 lead-ins; 43 a 声明： note; 50 "
        "重要提示：; 59 服务性质：; 96 closing sentence; 116 a field; 134 the thank-you line.",
    ),
    "fasting-privacy-tsx": (
        "dev", "PrivacyModal.tsx",
        index_src("19727729467", 1433, "a diet and fasting app's privacy modal: the policy a plain-text template literal "
                  "shown in a shadcn `<Dialog>` (file name from the export PrivacyModal)"),
        "hans", "cn",
        "**TSX, plain text in a constant**: `const PRIVACY_TEXT = `隐私政策 …`` with a date line, bare numbered titles "
        "一、…八、 each alone between blank lines, lead-ins closed by ：, `- ` items; the dialog's `<DialogTitle>` "
        "隐私政策 and a button",
        11,
        {1: [15, 22, 29, 33, 39, 43, 50, 54]},
        [65],
        [13, 17, 24, 35, 45, 78],
        "Title 11 (the text's first line 隐私政策); 65 the dialog's <DialogTitle> 隐私政策 ambiguous (the same title as "
        "chrome). 一、…八、 at level 1. 13 the date; 17/24/35/45 lead-ins; 78 the button 我已阅读.",
    ),
    "adzhijia-consent-vue": (
        "holdout", "register.vue",
        index_src("5035388465", 11037, "a medical community's registration page (中国AD之家) with its informed-consent "
                  "statement on personal information shown in place of the form; Vue 2 + Vant (file name from its "
                  "component name Register)"),
        "hans", "cn",
        "**Vue registration page**: Vant form (fields, a collapse titled 您的身份是？, radios, consent line, invite "
        "field, button); `v-else` block: `<div class=\"user-terms-header\">` title, `<p class=\"title\">` section "
        "title 一、, `<p class=\"title term-margin\">` sub-titles 1./2. (one with a trailing space), numbered "
        "paragraphs opening with `<span class=\"title\">2.1</span>` on their own line, a button; script, Less style",
        93,
        {1: [95], 2: [99, 103]},
        [],
        [19, 82, 87, 105, 109, 113],
        "Title 93 (div.user-terms-header 中国AD之家用户知情同意书). 95 <p class=title> 一、 at level 1; 99 1.账号注册 and "
        "103 2.向您提供产品和/或服务 (p.title) at level 2. 19 the collapse title 您的身份是？; 82 consent line; 87 invite "
        "hint; 105/109 numbered sentences 2.1/2.2 (span.title number, text on the next line); 113 the button.",
    ),
    "cloudhost-privacy-php": (
        "holdout", "privacy.php",
        index_src("62439136320", 4179, "a cloud-server host's privacy page, PHP with includes (file name from its "
                  "<title> and the page)"),
        "hans", "cn",
        "**PHP page**: `require_once`, `<title>` with `<?php echo ?>`, includes, a page header `<h1>` and subtitle, "
        "ten styled `<h2>` 一、…十、, numbered `<p>` items (some opening with a bold label closed by ：), lead-ins, an "
        "updated line",
        20,
        {1: [26, 33, 42, 48, 55, 58, 67, 70, 73, 76]},
        [],
        [9, 21, 27, 28, 44, 79],
        "Title 20 (h1 隐私政策; 9 the <title>). Ten h2 at level 1. 21 subtitle; 27 lead-in; 28/44 numbered items with "
        "bold labels; 79 updated line.",
    ),
    "kangaroo-privacy-tsx": (
        "holdout", "page.tsx",
        index_src("65815002543", 4911, "a Japanese online shop's privacy page (袋鼠君 / Kangaroo Shop), Next.js TSX with "
                  "three locale branches: English, Simplified Chinese, Japanese (file name from Next.js routing)"),
        "hans", "cn",
        "**TSX, three editions by locale**: a metadata titles map, then `if (locale === 'en')`, `'zh'` and the Japanese "
        "default each returning `<h1>` + intro + three styled `<h2>` articles (Article 1. / 第一条 / 第1条)",
        None,
        {1: [32, 49, 66], 2: [35, 37, 39, 52, 54, 56, 69, 71, 73]},
        [],
        [11, 12, 13],
        "No single title (three editions). Each edition's h1 (32 Privacy Policy, 49 隐私政策, 66 プライバシーポリシー) at "
        "level 1; its three h2 articles at level 2. 11–13 the metadata titles map.",
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
