#!/usr/bin/env python3
"""Hand annotations of eval/structure45 (source of truth, forty-fifth session, helper u45a): `python3 eval/structure45/tools/annotate45.py [name ...]`.

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


LANGS = {"tianji-legal-hk-ts": ["zh", "en"], "shifu-disclaimer-jsx": ["en", "zh"]}

SEVERAL = ("Several documents in one file: docs/headings.md's convention (the first document's name is the file's "
           "title, each later document's name a level-1 heading, every document's sections from level 1).")

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "chilema-login-ts": (
        "dev", "login.ts",
        index_src("61934868839", 8969, "a WeChat mini-program's login page script (AI智能菜谱 「吃了么」): a user agreement "
                  "and a privacy policy as `wx.showModal` template-literal contents (file name assumed: login.ts)"),
        "hans", "cn",
        "**Mini-program page script, two documents in `wx.showModal` contents**: fifteen `wx.showToast`/`showLoading` "
        "`title:` strings, a logout modal, then `content: `AI智能菜谱用户服务协议` (一、…五、 with 1. 2. items) and "
        "`content: `AI智能菜谱隐私政策` (一、…五、)",
        332,
        {1: [334, 337, 341, 346, 350, 361, 363, 368, 372, 376, 380]},
        [],
        [104, 137, 304, 305, 331, 338, 360, 364, 381],
        "Title 332 (the first document's name). " + SEVERAL + " Level 1: the agreement's 一、…五、, 361 the policy's "
        "name, its 一、…五、. Look-alikes: toasts 104/137, the logout modal 304/305, the modals' captions 331/360 "
        "(用户协议, 隐私政策: page chrome, the document names itself on the next line), items 338/364, the contact 381.",
    ),
    "jiuding-privacy-dart": (
        "dev", "yisizhuce_page.dart",
        index_src("44265494939", 12247, "a loan app's privacy policy (九鼎信用APP, 北京上京众创网络科技有限公司), a Flutter "
                  "screen of helper calls (file name assumed from the class yiSiZhuCePage)"),
        "hans", "cn",
        "**Flutter/Dart, helper widgets with mismatched styles**: `AppBar(title: Text(\"隐私政策\"))`, "
        "`yinSititle(\"隐私政策\")`, then `yStitle1`/`yStitle2` (bold, 28/26 sp) and `yStitle3` (body) calls: "
        "一、 at yStitle2 or yStitle1, (一)/(二)/(三) at either, 四、 at yStitle2, a long (2) sentence at yStitle2; "
        "short 「1、依据法律法规…」 item titles repeated at the start of the next paragraph",
        47,
        {1: [48, 58, 92, 111, 131, 146, 151], 2: [59, 67, 88, 93, 100, 106, 112, 121, 126]},
        [70, 73, 76, 79, 140, 143],
        [33, 53, 60, 99, 101, 102, 108],
        "Title 47 (yinSititle; 33 is the AppBar's caption). Levels by numbering, not by the helper's style: "
        "一、…六、 and the unnumbered 概述和声明 at 1, (一)(二)(三) at 2 (67 and 106 are written with yStitle1, 131 四、 "
        "with yStitle2). Ambiguous: the short item titles 「1、依据法律法规…」 70/73/76/79, 「2、改变您授权同意的范围…」 140, "
        "「3、注销」 143 (a sub-item title, repeated at the start of the next paragraph or with its text below). "
        "Look-alikes: 53 a date, 60/101 lead-ins, 99 a long (2) sentence written with yStitle2, items 102/108.",
    ),
    "jiyifu-consent-jsx": (
        "dev", "ServiceAgreement.jsx",
        index_src("32225796216", 1766, "Macau: a payment company's consent dialog (澳門極易付有限公司, 澳門《個人資料保護法》), "
                  "an antd Modal (file name assumed from the class ServiceAgreement)"),
        "hant", "mo",
        "**Macau React modal with no sections**: the title is a component `TextTitle` (`<h2>`) passed to "
        "`Modal title={<TextTitle />}`, three `<p>`s, the second a lead-in and three (1)(2)(3) purposes on "
        "their own source lines inside one `<p>`",
        4,
        {},
        [],
        [36, 41, 42, 43, 44, 49],
        "Title 4. No heading: the notice has none. Look-alikes: 36 the first sentence, 41 a lead-in closed by ：, "
        "42–44 (1)(2)(3) purposes (one paragraph in the browser), 49 the consent sentence in 「」.",
    ),
    "linkdrop-about-dart": (
        "dev", "about_page.dart",
        index_src("54167284317", 7031, "a file-transfer app's About screen (LinkDrop): a menu and five texts in Dart "
                  "`'''` strings: features, FAQ, terms of service, privacy policy, contact (file name assumed: "
                  "about_page.dart)"),
        "hans", "cn",
        "**Flutter/Dart multi-line `'''` strings, five documents behind a menu**: a header 「关于我们」 (24 bold) and "
        "its subtitle, `SettingsItem(title: '功能介绍'…)` menu rows, then `_featuresContent` (eight short feature "
        "names over a sentence each, no document name), `_helpContent` (常见问题, Q:/A: pairs), `_termsContent` "
        "(服务条款, 一、…六、), `_privacyContent` (隐私政策, 一、…五、), `_contactContent` (联系我们)",
        38,
        {1: [169, 191, 193, 196, 199, 204, 210, 215, 220, 222, 225, 234, 241, 244, 249]},
        [143, 146, 149, 152, 155, 158, 161, 164, 171, 174, 177, 180, 183, 186],
        [47, 74, 81, 88, 95, 102, 205, 226, 228, 253],
        "Title 38 (the screen's header). " + SEVERAL + " Level 1: the document names 常见问题 169, 服务条款 191, "
        "隐私政策 220, 联系我们 249 and the 一、 sections of the terms and the policy. Ambiguous: the features text's "
        "eight names (143…164: a feature list, or headings of an unnamed document) and the FAQ's Q: lines (171…186). "
        "Look-alikes: 47 the subtitle, the menu rows' titles 74–102, lead-ins 205/226, a label 228, the e-mail 253.",
    ),
    "paiju-privacy-tsx": (
        "dev", "PrivacyModal.tsx",
        index_src("67493477722", 8814, "a phone-check app's consent modal (牌局环境守护), React Native/Expo: a privacy "
                  "policy and a user agreement as exported template literals (file name assumed from PrivacyModal)"),
        "hans", "cn",
        "**React Native TSX, two documents in template literals over a consent dialog**: `PRIVACY_TEXT = `牌局环境守护 · "
        "隐私政策` (一、…六、, a closing request), `USER_AGREEMENT_TEXT = `牌局环境守护 · 用户协议` (一、…五、), then the "
        "dialog's JSX: the app's name (20 bold), its tagline, a permission card, 《隐私政策》/《用户协议》 links, buttons",
        35,
        {1: [37, 40, 43, 46, 49, 52, 57, 59, 62, 65, 68, 71]},
        [147],
        [2, 34, 55, 148, 153, 189, 193, 208],
        "Title 35 (the first document's name). " + SEVERAL + " Level 1: the policy's 一、…六、, 57 the agreement's name, "
        "its 一、…五、. Ambiguous: 147 the dialog's bold app name (the consent dialog's own header, after both documents "
        "in source). Look-alikes: 2 a comment naming both documents, 34 a divider comment, 55 the closing request, "
        "148 the tagline, 153 a lead-in, 189/193 link texts, 208 a button.",
    ),
    "taiwan-privacy-jsp": (
        "dev", "privacy.jsp",
        index_src("26490694290", 2001, "Taiwan: a site's 隱私權宣告 page (icon_taiwan; 蒐集), a JSP with an AngularJS "
                  "controller filling every paragraph from `{{item…}}` (file name assumed: privacy.jsp)"),
        "hant", "tw",
        "**Taiwan JSP + AngularJS template**: `<%@ include %>` directives, a banner `<h2>隱私權宣告</h2>`, an `<h5>{{item1}}"
        "</h5>` intro, five `<h6>第一條、…第五條、</h6>` (one with a space after 、) over `{{item…}}` paragraphs only",
        15,
        {1: [29, 33, 42, 48, 56]},
        [],
        [25, 30, 35],
        "Title 15 (the banner's h2). Level 1: 第一條、…第五條、 (h6, the page's only section tags). Look-alikes: the "
        "h5 template expression 25, the paragraphs' expressions 30/35.",
    ),
    "tianji-legal-hk-ts": (
        "dev", "legal.ts",
        index_src("58274373944", 7449, "Hong Kong: a holding company's legal texts (天機控股有限公司, 《個人資料（私隱）條例》"
                  "第486章): four `LegalDocument` objects, privacy zh/en and terms zh/en (file name assumed: legal.ts)"),
        "hant", "hk",
        "**Hong Kong TypeScript data, four documents**: `privacyZh` (title 私隱資料收集聲明, a notice, five sections "
        "`{ title, paragraphs, items }`), its English edition `privacyEn`, `termsZh` (使用條款, six sections), `termsEn`; "
        "type declarations with `title: string;` first",
        16,
        {1: [20, 27, 32, 43, 50, 59, 63, 70, 75, 86, 93, 102, 106, 113, 120, 126, 132, 138,
             147, 151, 158, 165, 171, 177, 183]},
        [],
        [4, 17, 60, 103, 148],
        "Title 16. " + SEVERAL + " The English edition's name (59 Privacy policy) and the later documents' names "
        "(102 使用條款, 147 Terms of use) are level-1 headings; every document's section titles are level 1. "
        "Look-alikes: 4 a type field, the notices 17/60/103/148.",
    ),
    "orion-privacy-dart": (
        "holdout", "privacy_screen.dart",
        index_src("71032895312", 3855, "an on-device AI assistant's privacy agreement (Orion Agent), a Flutter screen "
                  "with `_H`/`_P` helper widgets (file name assumed: privacy_screen.dart)"),
        "hans", "cn",
        "**Flutter/Dart helpers**: a header Row (BackButton, `Text('隐私协议')`), a date line, `_H('一、…')` … `_H('七、…')` "
        "headings, `_P('…' '…')` paragraphs of adjacent literals, one holding 1. 2. 3. items split by `\\n` "
        "inside the literals; a doc comment naming the page",
        26,
        {1: [42, 51, 58, 62, 66, 70, 73]},
        [],
        [6, 39, 52, 54, 56],
        "Title 26 (the header's only title: no other in the document). Level 1: the seven _H 一、…七、. Look-alikes: "
        "6 the doc comment, 39 the date, the numbered items 52/54/56 (one paragraph's `\\n`-split items).",
    ),
    "shifu-disclaimer-jsx": (
        "holdout", "index.js",
        index_src("16014476805", 24391, "a Docusaurus page's privacy agreement (Shifu, 边无际（北京）科技有限公司 / Edgenesis) "
                  "in an English and a Chinese edition under one `localStorage` language condition (file name "
                  "assumed: index.js)"),
        "hans", "cn",
        "**Bilingual JSX, `<strong>` headings and `<br/>` lines**: the page's `<h1>` (Please be sure to read the "
        "following carefully), then `lang === 'en' ? (<span><h1>Privacy Policy</h1><p>…` with `<strong>Outline</strong>`, "
        "`<strong>One. …</strong>`…`Eight.`, 2.1/3.1 sub-titles and 1.1/1.1.1/4.1 clauses on `<br/>` lines `) : (`"
        "<span><h1>隐私协议</h1>…` with 概要, 相关定义：, 一、…八、, the company name in `<strong>`",
        38,
        {1: [44, 54, 59, 84, 94, 105, 128, 133, 139, 144, 157, 163, 178, 203, 213, 224, 247, 252, 258, 263],
         2: [85, 87, 89, 95, 100, 204, 206, 208, 214, 219]},
        [33, 173],
        [40, 61, 62, 106, 151, 159, 180, 181, 225, 270],
        "Title 38 (the first edition's h1). The Chinese edition's name 157 (h1 隐私协议) is a level-1 heading and its "
        "sections start at level 1 (docs/headings.md, editions). Level 1: the `<strong>` section names; level 2: the "
        "stand-alone 2.1–2.3 and 3.1–3.2 titles in each edition. Ambiguous: 33 the page's own h1 (a reading prompt "
        "above the conditional), 173 「相关定义：」 (bold, but closed by a colon; its English twin 54 has none). "
        "Look-alikes: dates 40/159, clauses 61/62/106/180/181/225 (1.1, 1.1.1, 4.1 sentences), the company lines 151/270.",
    ),
    "sleeptracker-privacy-tsx": (
        "holdout", "PrivacyPolicyScreen.tsx",
        index_src("59578660049", 5335, "a sleep-log app's privacy policy (SleepTracker, ZKY), React Native: sections as a "
                  "typed array of `{ title, content }` rendered by map (file name assumed from PrivacyPolicyScreen)"),
        "hans", "cn",
        "**React Native TSX, sections as data before the screen**: `PRIVACY_POLICY_SECTIONS` (前言, 一、…六、, an "
        "unnumbered 【特别提示：关于本地存储机制】 with `highlight: true`, 七、), then the screen: a header with a back "
        "arrow and `<Text style={styles.headerTitle}>隐私政策</Text>`, `policyTitle` 「SleepTracker 隐私政策」, a date",
        103,
        {1: [29, 34, 39, 44, 49, 54, 59, 64, 70]},
        [],
        [3, 21, 92, 104],
        "Title 103 (policyTitle; 92 is the header's caption next to a back arrow). Level 1: every data title, the "
        "unnumbered 前言 and 【特别提示…】 among the numbered ones (top level: between 六、 and 七、). Look-alikes: "
        "3 a doc comment, 21 a divider comment, 92 the header, 104 the date.",
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
