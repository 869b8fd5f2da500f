#!/usr/bin/env python3
"""Source of truth for eval/blind/round17/holdout/*/annotation.json (hand annotations, round 17).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate17.py [name ...]

H(line, level) with no text copies the heading text from the line (tags, Markdown #/**, whitespace stripped);
an explicit text is checked against the line like every placeholder, title and look-alike text.
"""
import html
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "holdout")
DOCS = {}
NOLIC = "none (no licence file)"


def H(line, level, text=None):
    return {"line": line, "level": level, "text": text}


def P(line, text, note):
    return {"line": line, "text": text, "note": note}


def L(line, text, note):
    return {"line": line, "text": text, "note": note}


def src(repo, path, commit, lic=NOLIC):
    return {"repo": repo, "path": path, "commit": commit, "license": lic}


def norm(s):
    return re.sub(r"\s+", "", html.unescape(s))


def read_lines(path):
    if path.lower().endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            x = z.read("word/document.xml").decode("utf-8")
        return [html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
                for p in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", x, re.S)]
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def line_text(raw):
    """The visible text of a heading line: tags, Markdown heading/bold markers and outer whitespace stripped."""
    t = html.unescape(re.sub(r"<[^>]*>", "", raw))
    t = re.sub(r"^\s*#+\s*", "", t).replace("**", "")
    return re.sub(r"\s+", " ", t).strip()


def check_and_write(name, d):
    folder = os.path.join(BASE, name)
    lines = read_lines(os.path.join(folder, d["file"]))
    errs = []

    def on(line, t):
        return 1 <= line <= len(lines) and norm(t) in norm(re.sub(r"<[^>]*>", "", lines[line - 1]) + lines[line - 1])

    for h in d.get("headings", []):
        if h["text"] is None:
            h["text"] = line_text(lines[h["line"] - 1])
        if not on(h["line"], h["text"]):
            errs.append(f"heading L{h['line']} {h['text']!r} not on line: {lines[h['line'] - 1][:80]!r}")
    for p in d.get("placeholders", []):
        if not on(p["line"], p["text"]):
            errs.append(f"placeholder L{p['line']} {p['text']!r} not on line")
    if d.get("title") and not on(d["title"]["line"], d["title"]["text"]):
        errs.append(f"title L{d['title']['line']} not on line")
    for x in d.get("look_alike_lines", []):
        if not on(x["line"], x["text"]):
            errs.append(f"look-alike L{x['line']} {x['text']!r} not on line")
    lines_h = [h["line"] for h in d.get("headings", [])]
    if len(set(lines_h)) != len(lines_h):
        errs.append("duplicate heading line")
    if set(lines_h) & set(d.get("ambiguous_lines", [])):
        errs.append(f"heading line also ambiguous: {sorted(set(lines_h) & set(d.get('ambiguous_lines', [])))}")
    if errs:
        print(name, "ERRORS:\n  " + "\n  ".join(errs))
        return False
    out = dict(d)
    out.setdefault("ambiguous_lines", [])
    out.setdefault("ambiguous_placeholder_lines", [])
    out.setdefault("look_alike_lines", [])
    with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{name}: ok  headings {len(d.get('headings', []))}  placeholders {len(d.get('placeholders', []))}")
    return True




# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per line: the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

JSX = ("extracted with tools/extract17.py (mode jsx-text): every run of text between two JSX tags of the page's "
       "return (...), in source order, one run per line, a blank line between runs")

DOCS["editor-tsx-txt"] = {
    "file": "privacy.txt",
    "source": src("60sAINT/llm-editor", "src/views/PrivacyPolicy/index.tsx", "5586520873c557eca79870c773e9411f34b78d38"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "React (TSX) LLM document editor; the privacy page as first committed (2024-07-04, 'feat: 登录页面'), "
                 "before the later commit 873f7f2 ('最后补充', 2024-07-20); " + JSX,
    "title": {"line": 1, "text": "xxx编辑器隐私政策"},
    "headings": [H(n, 1) for n in (5, 9, 13, 17, 21, 25, 29, 33, 49, 53, 57)],
    "placeholders": [
        P(1, "xxx编辑器", "the product name left as xxx in the title (the title line is also the slot)"),
        P(3, "xxx编辑器", "product name left as xxx in the opening sentence"),
        P(11, "xxx编辑器", "product name left as xxx inside a sentence"),
        P(61, "privacy@xxxeditor.com", "contact e-mail on a domain built from the xxx slot"),
        P(63, "[公司地址]", "bracketed slot name for the postal address"),
        P(65, "[日期]", "bracketed slot name for the last-updated date"),
    ],
    "notes": "'1. 信息收集' … '11. 联系我们' are the <h2> section titles (level 1). Lines 39-47 are <li> list items.",
}

DOCS["vrspace-html"] = {
    "file": "隐私条款.html",
    "source": src("andy685/vr", "隐私条款.html", "4a97ee208a86ca5da7c5ea75a6881ab3e4bfaa2e"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "WeChat mini-program for a VR arcade chain 头号空间 (membership, top-up); a static HTML export of a "
                 "Markdown policy with a sidebar table of contents, only version",
    "title": {"line": 102, "text": "头号空间隐私条款"},
    "headings": [H(n, 1) for n in (107, 212, 246, 257, 272, 312, 326, 332, 338)]
                + [H(n, 2) for n in (109, 141, 173, 258, 260, 262, 269, 273, 307, 309, 314, 316, 319, 322)],
    "placeholders": [
        P(341, "待补充", "customer-service e-mail left as 待补充 (to be supplied)"),
        P(342, "待补充", "customer-service telephone left as 待补充"),
        P(343, "待补充", "postal address left as 待补充"),
    ],
    "ambiguous_lines": [89, 94, 98],
    "notes": "Line 89 <h2>隐私条款</h2> is the sidebar logo, line 94 the sidebar table of contents (anchor links), line 98 "
             "the hero <h1>; line 102 the document <h1> (title). <h2> 一、… 九、 are level 1, <h3> 1.1 … 6.4 level 2. "
             "Bold table cells and bold lead-ins ('3.1 **提供服务**：…') are not headings. The three 待补充 are a new slot "
             "word (not 待填写).",
}


DOCS["crowdfund-tw-php"] = {
    "file": "privacy.php",
    "source": src("EonianCoda/crowdfundingWebPage", "main/privacy.php", "39f94812e8b0d906887c99e6c7dd5c66db4517cf"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "Taiwan crowdfunding site Achieve (student project, PHP pages), newest of two versions; the privacy page "
                 "has the seven section titles of the usual Taiwanese 隱私權保護政策 and a filler sentence in place of every body",
    "headings": [H(n, 1) for n in (28, 30, 32, 34, 36, 38, 40)],
    "placeholders": [
        P(n, "隨便啦打那麼多你又不會看", "section body is filler text (Chinese lorem ipsum, repeated) instead of policy text")
        for n in (29, 31, 33, 35, 37, 39, 41)
    ],
    "ambiguous_placeholder_lines": [10, 16],
    "notes": "No visible document title: the <title> (line 16) and og:title (line 10) say '關於我們 | Achieve', copied from the "
             "about page (left-over metadata; ambiguous placeholder lines, not scored). <h2> 一、… 七、 are level 1. Every "
             "<p> body is the same filler sentence repeated: one placeholder line each (7).",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies
# ------------------------------------------------------------------------------------------------------

DOCS["lizard-html"] = {
    "file": "yinsi.html",
    "source": src("SdMSL2017/sdmsl2017.github.io", "yinsi.html", "f3183c95c3edd1f038f78f9727dd803c4ee56a81"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "travel app 百变蜥蜴旅游 (北京市天地开科技有限公司), 2017; the whole policy is one <p> with literal line "
                 "breaks (no <br>), first of two versions",
    "title": {"line": 8, "text": "百变蜥蜴旅游隐私政策"},
    "headings": [],
    "ambiguous_lines": [5, 11, 19, 36, 51, 55, 63],
    "look_alike_lines": [L(17, "（注：本产品语音技术由科大讯飞提供）", "a (注：…) note that is part of the text, not a drafting note")],
    "notes": "Everything sits in one <p> whose text keeps its source line breaks; a browser renders it as one run of text, "
             "so the '1、隐私声明' … '6、软件免责声明' lines are headings only in the source, not on the rendered page: all six "
             "are ambiguous (a heading found there is neither a hit nor a false positive); the document has no scored heading. Line 5 is the <title>. The text is the common '本应用尊重并保护…' template with the "
             "app name substituted.",
}

DOCS["glamour-html"] = {
    "file": "yinsi.html",
    "source": src("listen9436/GLAMOUR", "yinsi.html", "d27293cccd5908a202b5dd8e8a0816e9d674e427"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "fashion-brand website 格莱默时尚 (Glamour Fashion), 2017; privacy page with site header and footer",
    "title": {"line": 47, "text": "隐私保护"},
    "headings": [H(n, 1) for n in (53, 55, 60, 63, 68, 74, 80, 82, 85, 89)],
    "ambiguous_lines": [119],
    "ambiguous_placeholder_lines": [91],
    "notes": "Section titles are plain <p> '1.使用者非个人化信息' … '10.关于格莱默集团' (level 1); '2.1 …', '4.1.1 …' are "
             "numbered paragraphs. Line 119 is the footer <h2> company name. Line 91 keeps the filled company name in "
             "template brackets 【格莱默时尚（北京）科技有限公司】: ambiguous placeholder line.",
}

DOCS["chaimi-jsp"] = {
    "file": "users_privacy.jsp",
    "source": src("wangping0214/Rainbow", "WebContent/login/users_privacy.jsp", "d44b2e030f6694700779e475e92cdff11f833270"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Android game store 柴米游戏 (JSP web front end), 2014; newest of two versions",
    "title": {"line": 32, "text": "柴米游戏用户隐私保护政策:"},
    "headings": [H(n, 1) for n in (34, 36, 48)],
    "ambiguous_lines": [7, 51],
    "look_alike_lines": [L(52, "请填写", "an instruction to the user (fill in the feedback form), not a drafting slot")],
    "notes": "<b>一、…</b> in <div>s are the three sections. Line 51 '问题与建议' is a short <p> label above the feedback "
             "sentence (heading or not depends on rendering): ambiguous. Line 7 is the <title>.",
}


DOCS["chouchou-tw-html"] = {
    "file": "privacy.html",
    "source": src("janny00143/chouchou-homepage", "privacy.html", "3c8c6f56062fc3a1b60d9ec2fccf750ed3d8e712"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Taiwanese-run Japan real-estate agent site 周周・日本房仲 (GitHub Pages), newest of 8 versions (2026)",
    "title": {"line": 108, "text": "隱私權政策"},
    "headings": [H(n, 1) for n in (114, 117, 138, 146, 155, 158, 162, 165, 168)]
                + [H(n, 2) for n in (120, 125, 130, 134)],
    "ambiguous_lines": [7],
    "notes": "<h2> 1.–9. are level 1. Inside section 2 four cards open with a block-styled bold label '① 意見回饋表單' … "
             "'④ 瀏覽分析' (CSS .pt>b{display:block}, coloured): level-2 sub-headings. Line 7 is the <title>.",
}

DOCS["tasknest-html"] = {
    "file": "privacy-cn.html",
    "source": src("tangyin1001/tasknest-privacy.github.io", "privacy-cn.html", "f562df0d78dae43adf1e44ab5b5289933dcd7e71"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "to-do app 今办 (TaskNest, 北京爱帮科技有限公司), the mainland-store policy page, only version (2026)",
    "title": {"line": 49, "text": "今办隐私政策"},
    "headings": [H(n, 1) for n in (61, 71, 115, 123, 137, 145, 148, 151, 154, 157, 160, 170, 183)]
                + [H(n, 2) for n in (73, 77, 80, 109, 117, 120)],
    "ambiguous_lines": [6],
    "look_alike_lines": [L(74, "待办", "待办 is the product's to-do feature, not a 待… slot"),
                         L(176, "使用待办", "table cell naming the to-do feature")],
    "notes": "<h2> 引言, 一、… 十、 and the two 附录 tables' titles are level 1; <h3> 1.1 … 2.2 level 2. Line 6 is the <title>.",
}

DOCS["welltao-html"] = {
    "file": "privacy-cn.html",
    "source": src("Johnny-young/welltao-policies", "privacy-cn.html", "22d6e8c47c4a287b1621e61879f333d220975b7c"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "iOS wellness / TCM constitution-test app WellTao, policy page hosted on GitHub Pages, newest of 2 versions",
    "title": {"line": 55, "text": "WellTao 隐私政策"},
    "headings": [H(n, 1) for n in (69, 130, 149, 170, 190, 202, 211, 220, 229)]
                + [H(n, 2) for n in (72, 81, 89, 95, 104, 118, 151, 157, 160, 172, 175, 178)],
    "ambiguous_lines": [6, 139],
    "notes": "<h2> 一、… 九、 level 1, <h3> 1. … level 2 (numbering restarts in each section). Line 139 '<strong>我们不会：</strong>' "
             "is a bold lead-in above a list: ambiguous. Line 6 is the <title>.",
}


DOCS["tw-word-html"] = {
    "file": "privacy-tw.html",
    "source": src("juliewardx/privacy", "privacy-tw.html", "808ab29c20222d5b0c4b9319f4bdc357b06e0aeb"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "app developer's policy repository; a Traditional-Chinese (Taiwan) translation of the common English "
                 "'App Privacy Policy Generator' text saved from Microsoft Word ('filtered' HTML, <p class=MsoNormal> "
                 "paragraphs wrapped over several source lines), only version",
    "title": {"line": 64, "text": "隱私政策"},
    "headings": [H(n, 1) for n in (95, 113, 128, 156, 208, 220, 236, 254, 268)],
    "ambiguous_lines": [63, 94, 112, 127, 155, 207, 219, 235, 253, 267],
    "ambiguous_placeholder_lines": [68, 72, 272],
    "notes": "Section titles are bold Word paragraphs (<b><span>…</span></b>); each <p> opens on the line before its text "
             "(those opening-tag lines are ambiguous). '餅乾' is the translation of 'Cookies'. Lines 68/72 name the "
             "operator only as 本公司 where the generator template has the developer's name, and the contact section "
             "(line 272) ends '請隨時與我聯繫' with no address: both left ambiguous (a reviewer would likely ask for them, "
             "but no slot text is left in the file).",
}


DOCS["freespirit-html"] = {
    "file": "privacy-cn.html",
    "source": src("free-spirit-dev/public", "privacy-cn.html", "04f162fa6d39a2a594ea8174414685d3195f58ca"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "browser extension 'Twitter Bird Shield' (X/Twitter filter); policy page in a public pages repository, "
                 "newest of 3 versions (commit '修正联系链接'); translated from a common English privacy-policy template",
    "title": {"line": 19, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (23, 51, 82, 90, 94)] + [H(n, 2) for n in (24, 26, 54, 83, 87)]
                + [H(n, 3) for n in (55, 62, 72)],
    "ambiguous_lines": [8],
    "notes": "<h1> title, <h2> level 1, <h3> level 2, <h4> level 3 (浏览页面内容 / Cookie / Github(可选) under 内容使用细则). "
             "The <strong> terms in the definition list (lines 30-48) are defined words, not headings. Line 8 is the <title>.",
}

DOCS["lashmuse-html"] = {
    "file": "privacy-cn.html",
    "source": src("harry0615/lashmuseapp", "privacy-cn.html", "a616e994cf3b0688bd5674ae8e9ed651f1e2a214"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "iOS virtual-eyelash try-on app LashMuse (developer Imaezings); Chinese page of a multi-language "
                 "policy site, only version (2026)",
    "title": {"line": 128, "text": "LashMuse 隐私政策"},
    "headings": [H(n, 1) for n in (142, 149, 162, 175, 182, 192, 202, 209, 219, 226, 236, 243)],
    "ambiguous_lines": [6],
    "look_alike_lines": [L(129, "2026年3월20日", "a Korean 월 typed for 月 in the effective date: a typo, not a slot")],
    "notes": "<h2> 1.–12. level 1. Line 129's date has a Korean 월 instead of 月 (translation residue; the date itself is "
             "filled). Line 6 is the <title>.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
