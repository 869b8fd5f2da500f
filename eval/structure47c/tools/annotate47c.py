#!/usr/bin/env python3
"""Hand annotations of eval/structure47c (source of truth, forty-seventh session, helper m47x): `python3 eval/structure47c/tools/annotate47c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document, in full, before policylens was run
on it.  A line's text is the source line with its tags and JSX comment braces stripped; a line that only continues an
opening tag begun on an earlier line keeps the text after the `>`; a script data line `title: '…',` keeps its string.
In a DOCX the "line" is the 1-based number of the `w:p` paragraph in document order (policylens' `load/docx`
convention).  A heading whose text starts in the middle of a line (gechen 31: 「(c) …适用本政策。 6.本隐私政策的更改」, the
title glued to the end of the previous item in one `<text>` block) is annotated on that line with its own text
(`TEXT`).  The script refuses a line with no text and a line annotated twice, and writes <set>/<name>/annotation.json
in the format of eval/README.md, plus `look_alike_lines`.  Copied from eval/structure46c/tools/annotate46c.py (same
conventions).  Standard library only.
"""

import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


def repo_src(repo, commit, path, license_, note, blob):
    """A file taken byte for byte from a repository snapshot (`git show COMMIT:PATH`); blob = its git hash-object."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "git blob", "blob": blob,
            "license": license_, "note": note}


def index_src(index_id, chars, note):
    """A file written character for character from the search index's stored text (repository unknown)."""
    return {"repo": None, "path": None, "commit": None, "index_id": index_id, "mode": "index text",
            "total_chars": chars, "license": "unknown (repository not named by the index; test fixture only)",
            "note": note}


LANGS = {"cloth-privacy-tsx": ["en", "zh"], "zawia-privacy-docx": ["en"]}
TEXT = {("gechen-ysxy-wxml", 31): "6.本隐私政策的更改"}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "countit-privacy-html": (
        "dev", "privacy-zh.html",
        repo_src("Gemshi-IO/Countit", "a3bede6bf04c9c826ab66e94edca91e8e3c11fb3", "privacy-zh.html", NO_LICENSE,
                 "a habit-counter app's privacy page (CountIt / Countit Habits), Tailwind static HTML",
                 "6b4f6dac8c3ea0bfa7fd3c43478acb4c099ecda5"),
        "hans", "cn",
        "**a short note with no sections inside site chrome**: Tailwind nav bar (logo, 首页/帮助/最终用户许可协议), a card "
        "with an app icon and `<h1>` 隐私政策, five `<p>`s (a run-in 「简而言之：」, a 「联系方式：」 line, a date), a footer "
        "with © and 返回首页",
        40,
        {},
        [],
        [6, 28, 29, 30, 47, 48, 49, 56, 57],
        "Title 40 (h1). No headings. Look-alikes: 6 <title>, 28–30 the nav links, 47 the run-in 「简而言之：…」 paragraph, "
        "48 「联系方式：」 with an e-mail, 49 the date, 56 the footer ©, 57 the back link.",
    ),
    "verifyai-privacy-html": (
        "dev", "privacy-policy-zh.html",
        repo_src("yizhengzhou/verifyai-legal", "65627340bac2bb14ced26c51323f85328cebe2fa", "privacy-policy-zh.html",
                 NO_LICENSE, "an image-verification app's privacy page (VerifyAI), Taiwan Traditional, static HTML",
                 "b441c4f539cf0dc456fe191b5996f1c2a777a583"),
        "hant", "tw",
        "**Taiwan policy whose `<h1>` is the app's name**: a header `<h1>` VerifyAI over a subtitle div 隱私權政策, language "
        "links, a bold 最後更新日期 line, eight `<h2>` 1.–8., three `<h3>` that end with an ASCII colon (您直接提供的資訊: / "
        "我們自動收集的資訊: / 關於您的圖片: in a highlight box) over lists, nested lists of bold service names, a footer; "
        "ASCII commas and colons in Chinese text",
        164,
        {1: [181, 198, 208, 232, 243, 247, 251, 255], 2: [185, 190, 235]},
        [165],
        [6, 169, 170, 171, 176, 187, 192, 213, 240, 259, 263, 264],
        "Title 164 (the h1, the app's name). Level 1: the eight h2. Level 2: the three h3 (explicit headings although "
        "closed by ':'; 235 sits in a highlight box under 4.). Ambiguous: 165 the subtitle div 隱私權政策 (the policy's "
        "name under the app's name: a second title line). Look-alikes: 6 <title>, 169–171 the language/home links, 176 "
        "the bold date label, 187/192/213/240 bold list labels, 259 「Email:」, 263 footer ©, 264 返回首頁.",
    ),
    "cloth-privacy-tsx": (
        "dev", "Privacy.tsx",
        index_src("57016122965", 11636,
                  "a clothing shop's privacy page (cloth-uk.com / cloth-hk.com / cloth.cn), React TSX whose three locale "
                  "editions (UK English, Hong Kong Traditional, mainland Simplified) are one COPY object; found with "
                  "find_string 《個人資料（私隱）條例》"),
        "hant+hans", "hk+cn",
        "**three editions as data in one TSX file**: a `COPY` record with UK / HK / CN objects, each a pageTitle "
        "(Privacy Policy / 隱私政策 / 隐私条款), a hero title and subtitle, ten `{ title, content }` sections 1.–10., a "
        "contact title, an e-mail and a last-updated line; the JSX renders pageTitle as an eyebrow, heroTitle as `<h1>`, "
        "a table of contents, each title as `<h2>` and the contact title as `<h2>`",
        18,
        {1: [24, 28, 32, 36, 40, 44, 48, 52, 56, 60,
             69, 75, 79, 83, 87, 91, 95, 99, 103, 107, 111,
             120, 126, 130, 134, 138, 142, 146, 150, 154, 158, 162]},
        [20, 71, 122, 65, 116, 167],
        [8, 19, 21, 64, 66, 70, 72, 115, 117, 121, 123, 166, 168, 178, 199],
        "Title 18 (the first edition's pageTitle 'Privacy Policy'). Editions convention (docs/headings.md): each later "
        "edition's name is a level-1 heading (69 隱私政策, 120 隐私条款) and every edition's ten section titles are level 1. "
        "Ambiguous: 20/71/122 the hero titles (rendered as the page's <h1>: a slogan above the policy), 65/116/167 the "
        "contact titles (rendered as an <h2> over the e-mail). Look-alikes: 8 the type's field names, 19/21/70/72/121/"
        "123 subtitles, 64/115/166 e-mails, 66/117/168 last-updated lines, 178 the table-of-contents label, 199 code.",
    ),
    "gechen-ysxy-wxml": (
        "dev", "ysxy.wxml",
        repo_src("bingzhe/phone-film-mall", "567afec7cf5e97be3574e39c9ead2e8ec14a7cf7", "pages/ysxy/ysxy.wxml",
                 "Apache-2.0 (LICENSE in the repository)",
                 "a phone-film model-lookup WeChat mini-program's privacy page (歌宸型号管理), .wxml",
                 "ab35f18419e8dff844bb75a3bbb06b5895b1e3dc"),
        "hans", "cn",
        "**the whole policy in one `<text>` block**: a bold centred `<view>` title split over three source lines "
        "(`>歌宸型号管理</view` / `>`), then one `<text>` whose source lines are the rendered lines: intro, 1. 适用范围 … "
        "5. Cookie的使用 with (a)…(e) items, an item broken after 「； (c)」, and 「6.本隐私政策的更改」 glued to the end "
        "of 5.'s last item (line 31), closing lines and a date",
        3,
        {1: [10, 15, 19, 26, 28, 31]},
        [],
        [7, 11, 20, 22, 23, 34, 36],
        "Title 3 (the bold centred app name). Level 1: 1.–5. and 6. (31: the title 「6.本隐私政策的更改」 is written at the "
        "end of the line 「(c) 通过本应用所设cookies所取得的有关信息，将适用本政策。」; its items (a)/(b) follow on 32/33). "
        "Look-alikes: 7 the intro, 11 an (a) item, 20 a lead-in closed by ：, 22 「(b) …； (c)」 and 23 its continuation, "
        "34 the closing advice, 36 the date. Template text shared with older eval files (the 「本应用尊重并保护所有使用服务"
        "用户的个人隐私权」 template, 60 files in eval/); the product name and the file's layout are new.",
    ),
    "eastculture-privacy-html": (
        "dev", "privacy-zh.html",
        repo_src("kfx2026/eastculture-travel", "c46b1843833bc4c84510fdf98aad12b5d63e9a5f", "privacy-zh.html", NO_LICENSE,
                 "a Chinese city-culture travel site's privacy page (东方城市人文空间·文旅), static HTML",
                 "8e1eeed055e8720520926b34ba9310e41d4cd78f"),
        "hans", "cn",
        "**a site page whose header logo is an `<h1>`**: header with `<h1>` site name, a tagline span, nav links and an "
        "EN button, a mobile menu, then the page's `<h1>` 隐私政策, a date, nine `<h2>` 1.–9., an effective-date line, "
        "and a footer of three `<h4>` widgets (site name, 联系方式, 法律信息)",
        39,
        {1: [43, 51, 60, 63, 66, 69, 72, 75, 78]},
        [91, 95, 99],
        [6, 16, 17, 20, 21, 22, 24, 31, 41, 44, 52, 80, 82, 105],
        "Title 39 (the page's h1). Level 1: the nine h2. Ambiguous: 91/95/99 the footer's h4 widget titles (explicit "
        "headings of the site chrome, not of the policy). Look-alikes: 6 <title>, 16 the header logo h1 (site name), 17 "
        "the tagline, 20–22 nav and the EN button, 24 the ☰ button, 31 the mobile menu, 41 the date, 44/52 lead-ins "
        "closed by ：, 80 邮箱：, 82 the effective-date sentence, 105 footer ©.",
    ),
    "timeweave-fenced-html": (
        "dev", "privacy-policy-zh.html",
        repo_src("jjaammmeess/timeweave-privacy", "1f2d8c5e09b6f96a13895ef4b65e3f201727d297", "privacy-policy-zh.html",
                 NO_LICENSE, "a reminder app's privacy page (TimeWeave+), its first revision",
                 "4b6c92a55028c93848086a838673f1d5171a9475"),
        "hans", "cn",
        "**an HTML page wrapped in a Markdown code fence**: line 1 「```html」 and line 109 「```」 around a whole "
        "document (doctype, <style>, <h1>, nine <h2> 1.–9., lists of bold labels, a contact div), as pasted from a chat "
        "answer and saved as .html",
        40,
        {1: [43, 53, 62, 70, 78, 87, 95, 98, 102]},
        [],
        [1, 7, 41, 44, 46, 54, 65, 81, 104, 105, 109],
        "Title 40 (h1). Level 1: the nine h2 (102 inside the contact div). Look-alikes: 1/109 the code fence, 7 <title>, "
        "41 the date, 44/54 lead-ins, 46/65/81 bold list labels, 104/105 label/value lines.",
    ),
    "zawia-privacy-docx": (
        "dev", "privacy_policy.docx",
        repo_src("TaraGame/Privacy-Policy", "96bb4c1b38614e70aff973462a59e58ba0241a35", "privacy_policy.docx",
                 NO_LICENSE, "a game studio's English privacy policy (TaraGameGroup, Zawia RPG) as DOCX, exported from "
                 "Google Docs; the App Privacy Policy Generator template",
                 "26f922ebc5a67e00dd4a621ef80fb91899ae353c"),
        "latin", None,
        "**English DOCX whose titles are bold Normal paragraphs**: paragraph 1 in Heading 2 (Privacy Policy), then "
        "every section title a bold plain paragraph (Information Collection and Use … Contact Us), two bulleted "
        "hyperlink items (AdMob, Firebase Analytics), a bulleted list of reasons, a generator note",
        1,
        {1: [6, 12, 14, 17, 24, 26, 28, 30, 32]},
        [],
        [9, 10, 11, 18, 19, 34],
        "Title 1 (Heading 2, the only styled paragraph). Level 1: the nine bold paragraphs. Look-alikes: 9 the lead-in "
        "「Link to privacy policy of third party service providers used by the app」, 10/11 the bulleted links AdMob / "
        "Firebase Analytics, 18 a lead-in closed by ':', 19 a bulleted reason, 34 the generator note. English only (the "
        "common generator template: its sentences occur in older eval files; the product and the file are new).",
    ),
    "cosmos-policy-txt": (
        "holdout", "privacy-cookie-policy-ch.txt",
        repo_src("Ops26/Cosmos", "043c5ecd5a7e387aa202d70a32a62075064a53cc", "files/ch/privacy-cookie-policy-ch.txt",
                 NO_LICENSE, "a Spanish company's privacy policy translated into Simplified Chinese (COSMOS COLLECTIVE "
                 "GROUP, SLP, cosmosivicsa.com), the text a PHP page includes",
                 "87617a33102817182c76ad0425aca442f9a0a7cf"),
        "hans", None,
        "**an HTML fragment saved as .txt**: no doctype or <html>, sixteen `<h3>` titles each over a `<div><p>…</p></div>`, "
        "one long paragraph per section (GDPR/LOPD wording, run-in labels such as 「联系表单：」 inside the paragraphs)",
        None,
        {1: [1, 5, 9, 13, 17, 21, 25, 29, 33, 37, 41, 45, 49, 53, 57, 61]},
        [],
        [3, 35, 43],
        "No title (the including PHP page has it). Level 1: the sixteen h3. Look-alikes: 3 the first paragraph, 35 a "
        "one-line paragraph 「…类别包括：身份数据。」, 43 the paragraph 「无。」.",
    ),
    "jstime-privacy-html": (
        "holdout", "privacy-policy-zh.html",
        repo_src("hqcan/JSTime", "eea7bbbb4e8397efe99f24a6a008c69bc9463bc3", "privacy-policy-zh.html", NO_LICENSE,
                 "a countdown app's privacy page (纪时 JSTime), static HTML", "70cd752632b636160ad05736c87c810ea666d2ae"),
        "hans", "cn",
        "**`<h2>`/`<h3>` page with a closing `<h3>` statement**: language buttons, a nav with logo text and a back link, "
        "`<h1>`, a date, a bold 重要提醒 box, eleven `<h2>` 1.–11. with `<h3>` 2.1 … 5.2 (5.1 inside a highlight div), "
        "bold list labels, an ordered list of steps, then after 11. an 「important」 box whose `<h3>` App Store合规声明 is "
        "a statement about the whole policy, a footer",
        258,
        {1: [268, 271, 287, 296, 303, 324, 332, 335, 338, 347, 350, 359],
         2: [272, 279, 297, 300, 305, 314]},
        [],
        [6, 240, 241, 249, 251, 261, 265, 274, 288, 315, 354, 372, 373],
        "Title 258 (h1). Level 1: the eleven h2 and 359 App Store合规声明 (an h3 by markup, but a closing statement on the "
        "whole policy in its own box, not a sub-section of 11. 联系我们). Level 2: the h3 2.1, 2.2, 4.1, 4.2, 5.1, 5.2. "
        "Look-alikes: 6 <title>, 240/241 language buttons, 249 logo text, 251 the back link, 261 the date, 265 the bold "
        "「重要提醒：」 run-in, 274 a bold list label, 288/315 lead-ins, 354 a bold label with a URL, 372/373 the footer.",
    ),
    "pairshot-privacy-html": (
        "holdout", "privacy-policy-zh.html",
        repo_src("tenma-ai/pairshot-legal-docs", "b61ad95032bf419711827620a4fb38d61b6a8453", "privacy-policy-zh.html",
                 NO_LICENSE, "a couples' photo app's privacy page for China (Pair Shot), static HTML",
                 "971c539e37614d87acc381c02fd4b61e251fe40b"),
        "hans", "cn",
        "**numbered `<h2>`/`<h3>` with a third level in the same tag**: `<h1>` with an emoji, a date, a back link, twelve "
        "`<h2>` 1.–12., `<h3>` 2.1 … 12.4 and 「4.1.1 必要的服务提供商」 also an `<h3>`, bold `<p>` labels (service names, "
        "lead-ins closed by ：), bullet `<p>`s, numbered step paragraphs 「1. 打开设置」, a contact box and a closing "
        "`<br>` block",
        123,
        {1: [130, 138, 158, 179, 217, 232, 243, 254, 265, 274, 277, 291],
         2: [140, 147, 153, 160, 166, 172, 181, 196, 211, 219, 224, 234, 237, 240, 245, 248, 251, 256, 261, 267, 270,
             279, 284, 293, 296, 304, 309],
         3: [184]},
        [185, 191, 317],
        [6, 124, 128, 154, 182, 199, 206, 227, 280, 285, 319, 328],
        "Title 123 (h1 「🔒 隐私政策 (中国)」). Level 1: the twelve h2. Level 2: the h3 n.m. Level 3: 184 「4.1.1 必要的服务"
        "提供商」 (an h3 like its parent 4.1; its number puts it below). Ambiguous: 185/191 bold paragraphs naming a "
        "service over its bullets (「Supabase（数据库和身份验证服务）」, 「Apple App Store / Google Play」), 317 the "
        "contact box's 「联系方式」. Look-alikes: 6 <title>, 124 the date, 128 the back link, 154/182 lead-ins, 199/206/"
        "227 bold lead-ins closed by ：, 280/285 numbered step paragraphs 「1. 打开相关帖子」「1. 打开设置」, 319 「隐私相关"
        "咨询：」, 328 the closing date block.",
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


_DATA = re.compile(r"""^\s*\w+:\s*(['"])(.*)\1,?\s*$""")  # `title: '1. 資料保留',` in a script's data


def _docx_paragraphs(path):
    """Paragraph number (1-based, every `w:p` in document order) -> its text."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    out = {}
    for n, para in enumerate(re.findall(r"<w:p[ >].*?</w:p>", xml, re.S), 1):
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", para)).strip()
        if text:
            out[n] = text
    return out


def _source_lines(path):
    if path.endswith(".docx"):
        return _docx_paragraphs(path)
    with open(path, encoding="utf-8-sig", newline=None) as f:
        out = {}
        for n, line in enumerate(f, 1):
            data = _DATA.match(line)
            text = data.group(2) if data else _line_text(line)
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
        "headings": [{"line": line, "level": level, "text": TEXT.get((name, line), _joined(texts, line))[:120]}
                     for line, level in heads],
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
