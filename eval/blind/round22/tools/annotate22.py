#!/usr/bin/env python3
"""Source of truth for eval/blind/round22/holdout/*/annotation.json (hand annotations, round 22).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate22.py [name ...]

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
        return 1 <= line <= len(lines) and norm(t) in norm(re.sub(r"<[^>]*>", "", lines[line - 1]) + lines[line - 1] + lines[line - 1].replace("**", ""))

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
    out.setdefault("placeholders", [])
    out.setdefault("ambiguous_lines", [])
    out.setdefault("ambiguous_placeholder_lines", [])
    out.setdefault("look_alike_lines", [])
    with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{name}: ok  headings {len(d.get('headings', []))}  placeholders {len(d.get('placeholders', []))}")
    return True




IDX = "unknown: index text only (the search index lists no licence file for this repository)"


def md_headings(name, fname, skip=(), levels=None):
    """Headings of a Markdown file from its '#' lines (title line 1 excluded), level = '#' count minus `shift`.

    Used only where every '#' line below the title is a section heading a reader sees and the '#' depth is the
    perceived depth; `skip` lists '#' lines that are not headings, `levels` maps '#' count to level."""
    lines = read_lines(os.path.join(BASE, name, fname))
    out = []
    for i, raw in enumerate(lines, 1):
        m = re.match(r"^(#{1,6})\s", raw)
        if m and i != 1 and i not in skip:
            out.append(H(i, levels[len(m.group(1))]))
    return out




# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per slot; the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

def html_headings(name, fname, levels, skip=()):
    """Headings of an HTML page from its <hN> lines: level = levels[tag]; `skip` lists lines that are not headings."""
    lines = read_lines(os.path.join(BASE, name, fname))
    out = []
    for i, raw in enumerate(lines, 1):
        m = re.search(r"<(h[1-6])[\s>]", raw)
        if m and m.group(1) in levels and i not in skip:
            out.append(H(i, levels[m.group(1)]))
    return out


DOCS["villode-bilingual-md"] = {
    "file": "index.md",
    "source": src("Villode/NVillode.github.io", "source/privacy/index.md", "7ccaf0fcdee7de5401e54b203b7cd4bd17454167"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "filled-in",
    "repo_kind": "Hexo blog; the privacy page is raw HTML inside Markdown with a Chinese/English toggle button copied from "
                 "a language-switch snippet; latest of 4 versions (the sample sentences are in every version); byte-exact blob",
    "title": {"line": 46, "text": "隐私声明"},
    "headings": [H(58, 1), H(66, 1), H(76, 1), H(80, 1), H(102, 1), H(111, 1), H(117, 1), H(120, 1)],
    "placeholders": [
        P(85, "这是中文内容。", "sample sentence of the language-toggle snippet ('this is the Chinese content') left at the end "
                          "of the Chinese part"),
        P(126, "This is English content.", "the same snippet's English sample sentence left at the end of the English part"),
    ],
    "ambiguous_lines": [2, 93],
    "notes": "Section titles are <font> runs (font-size 21px) inside one big <p>, numbered 1.-4., in Chinese (58-80) and "
             "again in English (102-120): all level 1. In the English part the <font> of titles 1 and 2 also wraps the "
             "first body sentence on the next physical line (103, 112): the heading is the numbered title only. Line 2 "
             "(front-matter title) and line 93 (English title 'Privacy') are second titles (ambiguous). The contact e-mail "
             "is filled. The revision note calls the page an AI translation of a 'copyright statement' (not a slot).",
}

DOCS["carservice-vue"] = {
    "file": "privacy.vue",
    "source": src("Kevin4577/car_services", "pages/privacy/privacy.vue", "a7dc2d080c4db231b181934b29bf27a19b492803", "MIT"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "uni-app car-service app; a long e-commerce privacy template filled with the brand '1788', plain text in "
                 "<view> blocks without heading markup; only version; byte-exact blob",
    "title": None,
    "headings": [H(26, 1), H(29, 2), H(36, 2), H(40, 2), H(47, 2), H(51, 2), H(55, 2), H(60, 2), H(99, 1), H(109, 1),
                 H(112, 2), H(147, 2), H(163, 2), H(176, 1), H(194, 1), H(211, 1), H(219, 1), H(232, 1)],
    "placeholders": [
        P(197, "(如国内：)", "the customer-service phone number was never filled in: an empty '(domestic: )' after "
                          "'call the service phone published on the website'"),
    ],
    "ambiguous_placeholder_lines": [235],
    "notes": "No title line. Sections 一、-八、 are bare text lines inside <view class=\"list\"> (level 1); （一）-（七） under "
             "一 and （一）-（三） under 三 are sub-titles (level 2). The （一）-（五） items under 四 are full sentences (list "
             "content). Lines 15-22 are a table of contents (not headings). In a browser the <view> text collapses, so a "
             "title runs on into its first sentence; the numbering still marks it. Line 235 (contact section) names 'online "
             "service or our service phone' with no number or address (ambiguous slot).",
}

DOCS["domo-docx"] = {
    "file": "隐私声明.docx",
    "source": src("qwer132456/Domo", "隐私声明.docx", "089fc4f4c787000dd8a5e0a4fc88203c43479482"),
    "format": "docx", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "an app's legal documents kept as Word files; a privacy statement for a named app whose operating company "
                 "is still a row of X; only version; byte-exact blob",
    "title": {"line": 1, "text": "隐私声明"},
    "headings": [H(6, 1), H(9, 1), H(17, 1), H(27, 1), H(30, 1), H(32, 1)],
    "placeholders": [
        P(5, "XXXXXXXX有限公司", "operator company name never filled in (a run of X before 'Co., Ltd.')"),
    ],
    "notes": "Lines are <w:p> paragraph indexes. Titles 一、-六、 are plain paragraphs (level 1); numbered 1.-7. items are list "
             "content. Dates give month only ('2019年7月'), not a slot. The statement has no contact section at all.",
}

DOCS["secondhand-wxml"] = {
    "file": "privacy.wxml",
    "source": src("SHENGYIDUAN520/WeChat-Mini-Program---Second-hand-platform", "pages/privacy/privacy.wxml",
                  "a3a1cd72d56ed83c4cb41e3922c8e63ab5e3360d"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "WeChat mini-program of a second-hand trading platform; generic privacy page with section-title views; "
                 "only version; byte-exact blob",
    "title": {"line": 7, "text": "隐私政策"},
    "headings": [H(13, 1), H(22, 1), H(43, 1), H(67, 1), H(85, 1), H(100, 1), H(121, 1), H(130, 1)],
    "placeholders": [
        P(136, "support@example.com", "contact e-mail is the example.com placeholder"),
    ],
    "notes": "Titles are <view class=\"section-title\"> (level 1); numbered paragraphs are list content. The footer (143-144: "
             "platform name, last-updated date) is not a heading. The policy never names its operator (not annotated as a "
             "slot: there is no slot in the text).",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (no unfilled slot; a placeholder finding anywhere here is a false positive)
# ------------------------------------------------------------------------------------------------------

DOCS["nestly-html"] = {
    "file": "privacy-policy.html",
    "source": src("nestly-young/nestly", "privacy-policy.html", "52200d7a1b3ed60a0ab40f0c597e60c546fc1646"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "legal pages of a personal developer's iOS app (item organiser with voice input, Aliyun services); "
                 "hand-written HTML with h2/h3/h4; latest of 5 versions; byte-exact blob",
    "title": {"line": 12, "text": "放哪儿呢（Nestly）隐私政策"},
    "headings": html_headings("nestly-html", "privacy-policy.html", {"h2": 1, "h3": 2, "h4": 3}),
    "notes": "<h1> title, <h2> = 1, <h3> = 2, <h4> = 3 (only under 3. 删除权). Bold labels ending in '：' inside <li>/<p> are "
             "list content, not headings.",
}

DOCS["dropp-tw-html"] = {
    "file": "privacy.html",
    "source": src("Icarus138/dropp-site", "zh-tw/privacy.html", "3fadfe958c306e2e5acce6347b6fee58abeed67f"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "multilingual static site of an iOS/watchOS infusion-rate app; the Traditional-Chinese (Taiwan) privacy "
                 "page with a language menu and footer; only version of this file; byte-exact blob",
    "title": {"line": 160, "text": "隱私政策"},
    "headings": html_headings("dropp-tw-html", "privacy.html", {"h2": 1}),
    "notes": "<h1> title, 7 <h2> sections. The language <details> menu (language names in their own scripts) and the "
             "footer nav are site chrome, not headings. Contact e-mail filled.",
}

DOCS["weekly-bilingual-md"] = {
    "file": "privacy.md",
    "source": src("laochenfei233/weeklyReportGPT", "privacy.md", "0066521f589919d3e46e1c723e76e390c5cf65ce"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "clean",
    "repo_kind": "open-source weekly-report generator (OpenAI-compatible back ends); bilingual policy, Chinese part then "
                 "English part; 3rd of 5 versions (the bilingual one); byte-exact blob",
    "title": {"line": 1, "text": "隐私政策 / Privacy Policy"},
    "headings": md_headings("weekly-bilingual-md", "privacy.md", levels={2: 1, 3: 2, 4: 3}),
    "notes": "'## 中文版本' and '## English Version' are the two language parts (level 1); '###' = 2, '####' = 3. Contact is "
             "the project repository and its issue tracker (filled).",
}

DOCS["factoryenergy-md"] = {
    "file": "index.md",
    "source": src("Longhaier/factoryenergy.site", "source/privacy/index.md", "d64c40eb49a74617cf340c0cc2025d39c22648f6"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Hexo site (AdSense) with a short generic privacy page; latest of 4 versions; byte-exact blob",
    "title": {"line": 8, "text": "隐私政策"},
    "headings": md_headings("factoryenergy-md", "index.md", skip=(8,), levels={2: 1}),
    "ambiguous_lines": [2],
    "ambiguous_placeholder_lines": [45],
    "notes": "Front-matter title (line 2) is a second title (ambiguous). '## N.' = 1. Line 45, the whole of section 8 "
             "'contact us', says 'please contact us' with no channel at all (ambiguous slot).",
}

DOCS["anzhiyu-md"] = {
    "file": "index.md",
    "source": src("damizai/hexo-theme-anzhiyu", "source/privacy/index.md", "0be714ce2ad45f97c129222f8ef0411e2f2b8c41",
                  "GPL-3.0 (repository licence)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a blog built on the AnZhiYu Hexo theme; the theme's privacy page filled with the blog's own domain, with "
                 "an HTML table filled at run time by script; only version; byte-exact blob",
    "title": {"line": 2, "text": "隐私政策"},
    "headings": md_headings("anzhiyu-md", "index.md", levels={2: 1, 3: 2}),
    "look_alike_lines": [
        L(64, "未能获取到信息", "a table cell that script fills with the visitor's IP address; the text means 'could not get "
                          "the information' (a run-time default, not a slot)"),
        L(67, "未能获取到信息", "same, visitor's city"),
        L(73, "未能获取到信息", "same, visitor's system"),
    ],
    "notes": "No '#' title; the front-matter title (line 2) is the page title. '##' = 1 (including '## 最新更新时间'), "
             "'###' = 2 (sentence-like titles ending in '：'). Heading 101 keeps the slug hyphens of the source "
             "('如何使用-Cookies-和本地-LocalStorage-存储'). Bold table labels (61, 70) are not headings.",
}


if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
