#!/usr/bin/env python3
"""Source of truth for eval/blind/round23/holdout/*/annotation.json (hand annotations, round 23).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate23.py [name ...]

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




# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per slot line; the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

DOCS["paomeng-template-txt"] = {
    "file": "privacy.txt",
    "source": src("paomeng-game/paomeng-game.github.io", "assets/privacy-policy_index.md.dd8418f2.js",
                  "2ccac3a5ec9f08cdd0102ff7df01c7fec0cb7b5c"),
    "format": "text", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "GitHub Pages site (VitePress build output) of a small game studio; for one day (2025-06-21) the built "
                 "privacy page chunk carried a Chinese game privacy-policy template, pasted into the page-data "
                 "'description' field with its 【…】 slots unfilled and the product name filled in; later commits "
                 "replaced it. Text in code: extracted by tools/extract23.py mode 'jsdesc' (the description value, "
                 "unchanged); the blob is checked with git rev-parse",
    "title": {"line": 16, "text": "【  】隐私政策"},
    "headings": [
        H(35, 1), H(36, 2), H(38, 3), H(40, 3), H(42, 3), H(44, 3), H(46, 3), H(49, 2), H(58, 2), H(64, 2),
        H(76, 1), H(84, 1), H(85, 2), H(92, 2),
        H(95, 1), H(96, 2), H(98, 2), H(103, 2), H(105, 2), H(107, 2),
        H(119, 1), H(126, 1),
        H(132, 1), H(134, 2), H(136, 2), H(142, 2), H(145, 2), H(148, 2), H(151, 2),
        H(162, 1), H(167, 1), H(172, 1),
    ],
    "placeholders": [
        P(5, "【设备权限名称】", "device-permission name never filled (bracketed field label) in the consent notice"),
        P(13, "【  】月【  】日", "update date: month and day are empty full-width brackets (year filled)"),
        P(14, "【  】月【  】日", "effective date: month and day are empty full-width brackets"),
        P(16, "【  】隐私政策", "the policy title: the product name is an empty bracket"),
        P(39, "【数据类型】", "bracketed field label 'data type' closing a list of collected data (registration)"),
        P(41, "【数据类型】", "same, game service"),
        P(43, "【数据类型】", "same, real-name verification"),
        P(45, "【数据类型】", "same, network security"),
        P(102, "【业务合作伙伴的类型】", "partner types and data types left as bracketed labels (sharing with partners)"),
        P(122, "【SDK名称】", "a table row (tab-separated) whose SDK name, data type and policy link are bracketed labels"),
        P(135, "【   】-【   】", "the in-app menu path for access/correction is two empty brackets"),
        P(146, "【   】-【   】", "the in-app menu path for account deletion is two empty brackets"),
        P(174, "【运营者名称】", "contact section: operator name never filled"),
        P(175, "【注册地址详细信息】", "contact section: postal address never filled"),
        P(177, "【电话号码】", "contact section: phone number never filled"),
    ],
    "ambiguous_lines": [1, 19],
    "ambiguous_placeholder_lines": [18, 47, 54, 89, 93, 123],
    "notes": "Plain text, one paragraph per line. Line 1 '温馨提示' heads the consent pop-up text that precedes the policy "
             "(ambiguous heading); line 19 '我们在此提醒您：' is a lead-in label (ambiguous). Lines 24-33 are the table of "
             "contents (not headings). Sections 一、-十、 = 1; （一）-（四） and the numbered short titles under 三、四、七 = 2; "
             "the numbered short titles under 一（一） = 3; numbered full sentences (二、六、四.6-7) are list content. "
             "Ambiguous slots: line 18 gives the registered address as '暂无' ('none yet'); lines 47, 54, 89, 93, 123 are "
             "template elisions '……' where the template expects more items (a table row in 54 and 123).",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (no unfilled slot; a placeholder finding anywhere here is a false positive)
# ------------------------------------------------------------------------------------------------------

DOCS["chenyu-vue"] = {
    "file": "privacy.vue",
    "source": src("chenyutaoMike/uniapp-shoppingMall", "pages/privacy/privacy.vue", "1a259fe660f541093e8c36eb7fd6d3b155cf7719"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "uni-app shopping-mall demo; a short privacy page (the start of a long template) whose bracketed "
                 "operator slot was filled with a real company name, brackets kept; only version; byte-exact blob",
    "title": {"line": 3, "text": "隐私政策"},
    "headings": [H(6, 1), H(11, 2)],
    "look_alike_lines": [
        L(4, "【广州布奇数码科技有限公司】", "the template's bracketed operator slot, filled with a company name (brackets kept): "
                                  "not an unfilled slot"),
    ],
    "notes": "<h1> title, <h2> = 1, <h3> = 2 (all centred). The page stops after the registration paragraph (no contact "
             "section): an incomplete policy, not a slot.",
}

DOCS["qbee-tw-html"] = {
    "file": "privacy-policy-tw.html",
    "source": src("qbee520/qbee520.github.io", "privacy-policy-tw.html", "4788e9fae30b3e4bd9b7a1bfa69f8bb7cfa9f4a1"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "GitHub Pages site of a Taiwanese Android developer (several small apps, AdSense); Traditional-Chinese "
                 "privacy page with a language bar; latest version; byte-exact blob",
    "title": {"line": 122, "text": "隱私權政策"},
    "headings": [H(129, 1), H(137, 1), H(144, 1), H(158, 2), H(167, 1), H(176, 2), H(184, 1), H(187, 1), H(190, 1),
                 H(193, 1), H(209, 1), H(219, 1), H(226, 1), H(236, 1)],
    "ambiguous_lines": [123],
    "look_alike_lines": [
        L(204, "[應用程式名稱]", "a generic UI path ('Settings > Apps > [app name] > Storage') in a policy that covers "
                          "several apps: the reader substitutes the app they installed; not an unfilled slot"),
    ],
    "notes": "<h1> title; every section is an <h2>, but '3.1' and '4.1' are numbered sub-sections of 3 and 4 (level 2 by "
             "numbering). Line 123 is a centred bold subtitle ('Qbee520 website and Android apps', ambiguous). The "
             "language bar, bold list labels and the footer are not headings. Contact e-mail filled.",
}

DOCS["agilent-wxml"] = {
    "file": "privacy-policy.wxml",
    "source": src("Nanye2362/Agilent_Mina", "pages/privacy-policy/privacy-policy.wxml", "f3c10967b7d1bb53980d07abaa18f5922dcbef22"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "WeChat mini-program of an instrument maker's China branch; the company's customer privacy statement "
                 "(translated, GDPR-style) in <view> blocks with H1/H2 classes; only version; byte-exact blob",
    "title": {"line": 2, "text": "安捷伦客户隐私声明"},
    "headings": [
        H(18, 1), H(20, 2), H(26, 2), H(32, 1), H(63, 2), H(68, 1), H(73, 1), H(95, 1), H(99, 1),
        H(100, 2, "访问和可移植性："), H(105, 2, "更正:"), H(108, 2, "删除权利："), H(111, 2, "限制:"),
        H(121, 1), H(127, 1), H(132, 1), H(133, 2), H(135, 2), H(138, 2), H(140, 2), H(142, 2),
    ],
    "ambiguous_lines": [146, 147, 148, 149, 150],
    "notes": "privacyTitle = title, privacyH1 = 1, privacyH2 = 2. The four rights labels (100-111) are privacyH2 views "
             "that also wrap their content views (the label is the heading). Lines 146-150 are the postal address and "
             "phone styled privacyH2 (ambiguous: styled as headings, read as an address block). Link texts whose links "
             "were dropped ('此处', '表') are not slots. Contact e-mail, address and phone are filled.",
}

DOCS["snaprewrite-html"] = {
    "file": "privacy-policy-zh.html",
    "source": src("yuanpli/snaprewrite", "privacy-policy-zh.html", "55aee714ec0fc369c5d5fd7e5e71f658974e84ea"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a personal developer's macOS menu-bar rewriting tool (AI providers chosen by the user); pandoc-made "
                 "HTML privacy page; latest of 2 versions; byte-exact blob",
    "title": {"line": 185, "text": "瞬改 SnapRewrite"},
    "headings": html_headings("snaprewrite-html", "privacy-policy-zh.html", {"h2": 1}),
    "look_alike_lines": [
        L(194, "联系邮箱：", "a contact label at the end of its line whose value (a mailto link with the address) follows on "
                     "the next physical line: not an empty field"),
    ],
    "notes": "The <h1> title runs over two physical lines (185-186; Chinese name + 'Privacy Policy'). Eleven numbered <h2> "
             "sections = 1. Contact e-mail filled (lines 194-195 and 260-261).",
}


if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
