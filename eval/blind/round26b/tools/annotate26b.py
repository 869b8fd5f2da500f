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



DOCS["zhiyezhao-md"] = {
    "file": "隐私政策.md",
    "source": src("mark-816/zhiyezhao-pro", "legal/隐私政策.md", "573b27d33a345dce2eab2990e8692e4f93e00f35", IDX),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "an AI portrait-photo mini-program's privacy policy in Markdown: version and dates filled, tables of "
                 "collected data, numbered clauses with bold lead-ins, a filled contact e-mail. Index text (no snapshot), "
                 "see tools/index/zhiyezhao-md.rule",
    "title": {"line": 1, "text": "职业照Pro 隐私政策"},
    "headings": md_headings("zhiyezhao-md", "隐私政策.md", levels={2: 1, 3: 2}),
    "ambiguous_lines": [44, 46, 48, 50, 55, 59, 61, 63, 78, 80, 82],
    "look_alike_lines": [
        L(19, "（详见第3条）", "a cross-reference in parentheses inside a table cell"),
        L(20, "（如主动登录）", "a condition in parentheses inside a table cell"),
        L(71, '"我的"', "a UI page name in straight quotes"),
    ],
    "notes": "# title; ## 引言 and 一、-八、 = 1, ### 1.1-1.3 = 2. The numbered clauses 3.1-3.5, 4.1-4.3, 6.1-6.3 open "
             "with a bold lead-in and go on in the same paragraph: ambiguous (a reader may see 3.1 as a sub-heading). Clean.",
}

DOCS["miniterminal-md"] = {
    "file": "PRIVACY_POLICY_zh.md",
    "source": src("baidongli/miniTerminal", "PRIVACY_POLICY_zh.md", "7061d6d86cdc385081050bc4b8caa20188b903d6", IDX),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "an SSH client app's short zh-Hans privacy policy in Markdown, lines hard-wrapped mid-sentence, ASCII "
                 "punctuation mixed with Chinese; no data collected; filled date and contact. Index text (no snapshot), "
                 "see tools/index/miniterminal-md.rule",
    "title": {"line": 1, "text": "MiniTerminal 隐私政策"},
    "headings": md_headings("miniterminal-md", "PRIVACY_POLICY_zh.md", levels={2: 1}),
    "look_alike_lines": [
        L(35, "(iOS)", "a platform in ASCII parentheses"),
    ],
    "notes": "# title; ## sections = 1. Clean.",
}

DOCS["overwinter-md"] = {
    "file": "PRIVACY_POLICY_zh.md",
    "source": src("illusion-openlab/Overwinter", "PRIVACY_POLICY_zh.md", "670f925c438f9758dca9be103ad2abf76b51d357", IDX),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a VR headset app's zh-Hans privacy policy (a Shenzhen company), no data collected; the app's name is "
                 "written in 【】 (a filled value), contact e-mail as a Markdown link. Index text (no snapshot), see "
                 "tools/index/overwinter-md.rule",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": md_headings("overwinter-md", "PRIVACY_POLICY_zh.md", levels={2: 1}),
    "ambiguous_placeholder_lines": [6],
    "look_alike_lines": [
        L(39, "[hello@story.app](mailto:hello@story.app)", "a Markdown link around a filled e-mail"),
    ],
    "notes": "# title; ## 一、-五、 = 1. Line 6 writes the app's name in 【越冬】: a filled value in template brackets "
             "(ambiguous placeholder line by the convention of ../README.md). Clean otherwise.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
