#!/usr/bin/env python3
"""Source of truth for eval/blind/round26b/holdout/*/annotation.json (hand annotations, round 26b).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate26b.py [name ...]

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



UNK = "unknown (no licence file in the repository at the commit used)"

DOCS["knight-docx"] = {
    "file": "隐私政策.docx",
    "source": src("jiao3344/Pages", "隐私政策.docx", "04258dab84383ef49893302e800d5033e5f9fa33", UNK),
    "format": "docx", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a small game studio's DOCX privacy policy for a mobile game, written from the common CN game template "
                 "whose fields sit in 【】: most fields filled but the brackets left around the values; a few fields left "
                 "as bare field names (data type, SDK name, privacy-policy link) or empty brackets (menu path)",
    "title": {"line": 16, "text": "【 骑士 】隐私政策"},
    "headings": [H(35, 1), H(36, 2), H(38, 3), H(40, 3), H(42, 3), H(44, 3), H(46, 3), H(49, 2), H(70, 2), H(76, 2),
                 H(88, 1), H(96, 1), H(97, 2), H(104, 2), H(107, 1), H(108, 2), H(110, 2), H(115, 2), H(117, 2),
                 H(119, 2), H(131, 1), H(147, 1), H(153, 1), H(155, 2), H(157, 2), H(163, 2), H(166, 2), H(169, 2),
                 H(172, 2), H(183, 1), H(188, 1), H(193, 1)],
    "placeholders": [
        P(39, "【数据类型】", "registration data list ends with the bare field name 'data type' in brackets"),
        P(137, "【SDK名称】", "SDK table cell: bare field name 'SDK name'"),
        P(139, "【数据类型】", "SDK table cell: collected data ends with the bare field 'data type'"),
        P(140, "【隐私政策连接】", "SDK table cell: bare field 'privacy policy link'"),
        P(156, "【   】-【   】", "menu path left as two empty brackets (access/correct)"),
        P(167, "【   】-【   】", "menu path left as two empty brackets (delete account)"),
    ],
    "ambiguous_placeholder_lines": [3, 4, 5, 9, 10, 13, 14, 18, 20, 37, 43, 47, 50, 63, 101, 105, 114, 141, 154, 165,
                                    195, 196, 198],
    "ambiguous_lines": [1],
    "notes": "Paragraph numbers are <w:p> indices. 1-10 are a consent pop-up text ('温馨提示', ambiguous heading) before "
             "the policy; 16 is the title; 24-33 a numbered contents list (not headings). Level 1 = numbering num3 "
             "sections; level 2 = （一）…（四） and the numbered sub-items of sections 3, 4, 7; level 3 = the num4 items "
             "under （一）. Table header cells (51-54, 133-136) are not headings. Filled values left inside 【】 (game "
             "name, studio, address, dates, TapTap, contact) are ambiguous placeholder lines (convention of "
             "../README.md: brackets left around filled values). 43 ends a list with '、。' (an emptied slot without a "
             "marker) and the '……' lines (47, 63, 101, 105, 141) are template elisions: ambiguous.",
}

DOCS["waclinic-hk-tsx"] = {
    "file": "privacy.html",
    "source": src("MirrorSocialmedia/wa-clinic-inbox", "src/app/privacy/page.tsx",
                  "94a3012cc170f28bf5b90631af00c895bdd64fbf", UNK),
    "format": "html", "script": "hant", "region": "hk", "languages": ["zh", "en"], "kind": "template",
    "repo_kind": "a Hong Kong dental clinic group's WhatsApp inbox (Next.js); the public /privacy page for Meta App "
                 "Review, bilingual paragraph by paragraph (zh-Hant HK written Chinese + English), PDPO; the source "
                 "comment says square brackets are to be filled before going live. Text in code: the <main> block of "
                 "the .tsx, extracted by tools/extract26b.py mode 'jsxmain'",
    "title": {"line": 2, "text": "私隱政策 Privacy Policy"},
    "headings": [H(6, 1), H(19, 1), H(33, 1), H(45, 1), H(59, 1), H(73, 1), H(84, 1), H(95, 1), H(109, 1),
                 H(122, 1)],
    "placeholders": [
        P(3, "[日期]", "bilingual date label: 'Last updated: [日期]'"),
        P(8, "[公司名稱]", "operator and client clinic group as bracketed field names (zh)"),
        P(12, "[Your Company]", "English half: operator"),
        P(13, "[Clinic Group Name]", "English half: clinic group"),
        P(61, "[伺服器地區]", "server region (zh)"),
        P(65, "[region]", "server region (en)"),
        P(97, "[privacy@域名]", "contact e-mail with a bracketed domain (zh)"),
        P(98, "[40 日]", "response time as a bracketed suggested value (zh)"),
        P(103, "[privacy@yourdomain]", "English: e-mail and '[40 days]'"),
        P(111, "[privacy@域名]", "deletion instructions: e-mail (zh)"),
        P(115, "[privacy@yourdomain]", "deletion instructions: e-mail (en)"),
        P(124, "[公司名稱]", "contact: '[公司名稱]，電郵 Email：[email]'"),
    ],
    "look_alike_lines": [
        L(12, "&quot;WA Clinic Inbox&quot;", "HTML entity quotes around the product name (the line also holds a slot)"),
        L(89, "Meta&apos;s", "HTML entity apostrophe"),
    ],
    "notes": "h1 title (line 2); h2 1.-10. = 1, each 'zh English' bilingual. A JSX comment line (107) became empty by "
             "the extraction rule. The product name 'WA Clinic Inbox' is filled (not a slot).",
}

DOCS["aios-tw-md"] = {
    "file": "隱私權政策.md",
    "source": src("aa0968111723-prog/ai_os", "docs/隱私權政策.md", "58e982a76f3378749bf161fb7df3b31ce0428e96", IDX),
    "format": "markdown", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Taiwan foundation's internal AI video tool: zh-Hant draft privacy policy (個資法 wording) whose "
                 "contact person and contact method are full-width blank runs with '(to fill before finalising)', and "
                 "two retention/response periods carry drafting suggestions 'suggest fixing when finalising, e.g. N'. "
                 "Index text (no snapshot), see tools/index/aios-tw-md.rule",
    "title": {"line": 1, "text": "AI Director OS · 隱私權政策（草稿）"},
    "headings": md_headings("aios-tw-md", "隱私權政策.md", levels={2: 1}),
    "placeholders": [
        P(62, "建議定稿時明定年限", "drafting instruction in parentheses: 'suggest fixing the period when finalising, e.g. 5 years'"),
        P(75, "建議定稿時明定", "drafting instruction in parentheses: 'suggest fixing when finalising, e.g. 15 working days'"),
        P(83, "＿＿＿＿＿＿＿＿（定稿前補）", "contact person: full-width blank run + 'to fill before finalising'"),
        P(84, "＿＿＿＿＿＿＿＿（定稿前補）", "contact method: full-width blank run + 'to fill before finalising'"),
    ],
    "ambiguous_placeholder_lines": [3, 4, 5, 88],
    "look_alike_lines": [
        L(16, "（72 小時內有效、一次性）", "a parenthesised fact, not a note"),
        L(63, "（見 docs/維運手冊.md）", "a parenthesised cross-reference to a file"),
    ],
    "notes": "# title (line 1) says draft; ## 一、-九、 = 1. The draft banner (3-5) and the version footer (88, 'not yet in "
             "force') are status notes: ambiguous placeholder lines. The two 'suggest … e.g.' notes are counted as "
             "drafting instructions (convention of ../README.md for unbracketed drafting notes).",
}

DOCS["caloriegenius-hk-md"] = {
    "file": "私隱政策.md",
    "source": src("smallapple01/yourapp-legal", "私隱政策.md", "67d5b80e75e10fbd95fd59fb1408493b0f6334de", UNK),
    "format": "markdown", "script": "hant", "region": "hk", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a calorie-calculator app's zh-Hant policy titled 私隱政策 (Hong Kong word; Malaysia-based developer), a "
                 "translated App Privacy Policy Generator text kept as plain lines: headings are bare short lines "
                 "without Markdown markers; everything filled",
    "title": {"line": 1, "text": "私隱政策"},
    "headings": [H(3, 1), H(13, 1), H(16, 1), H(19, 1), H(22, 1), H(27, 1), H(30, 1), H(35, 1), H(38, 1)],
    "look_alike_lines": [
        L(2, "（下稱「服務提供者」」）", "a doubled closing quote typo, not a slot"),
    ],
    "notes": "Plain-text Markdown: line 1 title, bare short lines before paragraphs are headings (level 1). '* ' bullet "
             "list 5-9. Effective date filled (33), e-mail filled (39).",
}

DOCS["daoke-word-html"] = {
    "file": "mirrtalk_service.html",
    "source": src("superliuqi/adtalk", "application/views/mirrtalk_service.php",
                  "e3f4584a1b7252f9c0567cee66c3d83710c65f65",
                  "unknown (the repository's license.txt is CodeIgniter's MIT licence, not a statement about this text)"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a car-community service's member privacy and data statement saved from Word as a filtered web page "
                 "(Microsoft Word 12 'save as web page' HTML, kept as a CodeIgniter view with a .php name; stored here "
                 "as .html, bytes unchanged). Section headings are bold numbered paragraphs whose titles sit in 【】",
    "title": {"line": 91, "text": "道客路上社区成员隐私及数据服务声明"},
    "headings": [H(96, 1, "【首部及导言】"), H(103, 1, "1."), H(123, 1, "2."), H(134, 1, "3."), H(162, 1, "4.")],
    "look_alike_lines": [
        L(96, "【首部及导言】", "a section heading in 【】 (not a slot)"),
        L(104, "【道客数据贡献的定义及内容】", "a section title in 【】 (not a slot)"),
        L(124, "【成员主动上传且仅用于服务成员本人的信息】", "a section title in 【】"),
        L(135, "【服务可能无法完全响应的部分情况（包含但不限于）及免责】", "a section title in 【】 with '(including but not "
                                                               "limited to)'"),
        L(163, "【其它】", "a section title in 【】"),
    ],
    "notes": "Line = line of the first visible character of the element (the numbered headings start with '1.' etc. on "
             "the <p> line, the bracketed title continues on the next line). Title centred bold (91). Clauses 1.1-4.3 "
             "are numbered paragraphs (not headings). Clean: no slot.",
}

DOCS["yinsi-docx"] = {
    "file": "隐私政策.docx",
    "source": src("nxl1009/yinsi", "隐私政策.docx", "21d231dc736bc9ed9a641197270e3878b90c6bee", UNK),
    "format": "docx", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "the widespread generic '本应用' app privacy policy as a DOCX (styles 2/3), everything generic but no "
                 "slot; numbered section paragraphs '1. 适用范围' … with (a)-(g) items",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(3, 1), H(8, 1), H(12, 1), H(21, 1), H(23, 1), H(27, 1), H(30, 1)],
    "look_alike_lines": [
        L(5, "(a)", "lettered item marker in parentheses"),
        L(22, "（或）", "'and (or)' in full-width parentheses"),
    ],
    "notes": "Paragraph numbers are <w:p> indices. '1.'-'7.' section paragraphs = 1 (same style as the body; perceived "
             "as headings by number and length). 33 is a stray fragment of an earlier sentence (clean, not a slot).",
}

DOCS["tongchuang-docx"] = {
    "file": "隐私政策.docx",
    "source": src("tanghengzhi/tongchuangzaixian", "隐私政策.docx", "ff8fe28e9bea79b6fc7996fa2246d3bc175c6bb5", UNK),
    "format": "docx", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a campus second-hand trading site's short DOCX privacy policy (one style throughout): numbered "
                 "section paragraphs ending with a full-width colon; everything filled",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(2, 1), H(8, 1), H(13, 1), H(19, 1), H(23, 1), H(26, 1)],
    "look_alike_lines": [
        L(15, "如用户，向被投诉人披露", "a sentence with words missing in the source ('if the user, disclose to…'): a "
                                "garble, not a slot"),
    ],
    "notes": "Paragraph numbers are <w:p> indices. '1. 适用范围：' … '6. 政策修改：' = 1.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
