#!/usr/bin/env python3
"""Source of truth for eval/blind/round26/holdout/*/annotation.json (hand annotations, round 26).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate26.py [name ...]

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




def html_headings(name, fname, levels, skip=()):
    """Headings of an HTML page from its <hN> lines: level = levels[tag]; `skip` lists lines that are not headings."""
    lines = read_lines(os.path.join(BASE, name, fname))
    out = []
    for i, raw in enumerate(lines, 1):
        m = re.search(r"<(h[1-6])[\s>]", raw)
        if m and m.group(1) in levels and i not in skip:
            out.append(H(i, levels[m.group(1)]))
    return out

IDX = ("unknown: index text only (no snapshot of the repository can be had here; the search index lists no licence "
       "file for it)")
MIT_IDX = "MIT according to the document itself ('MIT license'); index text only, the licence file was not checked"

NOID = ("unknown: index text only; the repository could not be identified (the search index gave the file's text by id, "
        "without its repository or path)")

# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per slot line; the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

DOCS["pyvoice-docx"] = {
    "file": "隐私政策.docx",
    "source": src("MCommander2077/PythonVoiceChat", "隐私政策.docx", "9c4d21096cc8178d396d0b1d37c6225f7290dd61",
                  "Apache-2.0 (LICENSE at the commit)"),
    "format": "docx", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Python voice-chat program; the Word privacy policy beside the code is the common mobile-game "
                 "template with the product name filled and the 【…】 field slots left (operator, address, data types, "
                 "partners, SDK row, menu path, phone); byte-exact blob",
    "title": {"line": 16, "text": "Python语音聊天隐私政策"},
    "headings": [H(35, 1), H(36, 2), H(66, 2), H(72, 2), H(84, 1), H(92, 1), H(93, 2), H(100, 2), H(103, 1),
                 H(104, 2), H(106, 2), H(111, 2), H(113, 2), H(115, 2), H(127, 1), H(143, 1), H(149, 1), H(151, 2),
                 H(153, 2), H(159, 2), H(162, 2), H(165, 2), H(168, 2), H(179, 1), H(184, 1), H(189, 1)],
    "placeholders": [
        P(5, "【设备权限名称】", "consent notice: the device permission left as a bracketed field name"),
        P(18, "【运营主体名称】（注册地址：【注册地址详细信息】", "operator and registered address: two bracketed field names"),
        P(43, "【数据类型】", "real-name check: the list of collected data ends in a bracketed 'data type' field"),
        P(45, "【数据类型】", "security data list ends in a bracketed 'data type' field"),
        P(110, "【业务合作伙伴的类型】", "sharing: partner type, data type and service name left as bracketed fields"),
        P(133, "【SDK名称】", "SDK table cell: SDK name left as a bracketed field"),
        P(135, "【数据类型】", "SDK table cell: collected data ends in a bracketed field"),
        P(136, "【隐私政策连接】", "SDK table cell: the SDK's policy link left as a bracketed field"),
        P(152, "“【   】-【   】”", "access/correction: the menu path left as two empty brackets"),
        P(163, "“【   】-【   】”", "account deletion: the menu path left as two empty brackets"),
        P(191, "名称：【运营者名称】", "contact: operator name field"),
        P(192, "地址：【注册地址详细信息】", "contact: address field"),
        P(194, "联系电话：【电话号码】", "contact: phone field"),
    ],
    "ambiguous_lines": [1, 38, 40, 42, 44, 46, 49],
    "ambiguous_placeholder_lines": [47, 97, 101, 137],
    "look_alike_lines": [
        L(9, "《Python语音聊天用户协议》", "titles of the product's documents in 《》, filled"),
        L(99, "https://www.aboutcookies.org/", "a real URL in running text"),
    ],
    "notes": "DOCX paragraphs (policylens numbering = <w:p> index). Line 1 '温馨提示' heads the consent pop-up text "
             "before the policy (ambiguous heading). 24-33 are the table of contents (numbered bold list items, not "
             "headings). Chapters are numbered list items (level 1); （一）/（三）/（四） and the bold short items under "
             "chapters 3/4/7 are level 2; 38-46 (bold numbered one-line items under （一）) and 49 (设备权限调用情况, "
             "probably the template's （二）) are ambiguous headings. '……' lines (47, 97, 101, 137) are the template's "
             "elisions left in (incomplete text, not a field: ambiguous). Same template family as round3's "
             "youxi-template-docx and round23's paomeng-template-txt (found by grepping its field names after "
             "collecting it).",
}

DOCS["dianalee-hk-tsx"] = {
    "file": "page.tsx",
    "source": src("(not identified)", "(a Next.js page component, privacy page)", "(index id 45286650102)", NOID),
    "format": "html (tsx)", "script": "hant", "region": "hk", "languages": ["zh", "en"], "kind": "template",
    "repo_kind": "a personal site (a consultant in Oxford) with a zh-HK and an English branch of the same React "
                 "privacy page (toLocaleDateString('zh-HK'), 私隱/電郵/資料 wording, UK GDPR); the contact e-mail is a "
                 "bracketed field name in both halves; index text copied whole (11390 characters, = the index's count; "
                 "find_string put '電郵：[' at character 4308, the copy's offset)",
    "title": {"line": 13, "text": "私隱政策"},
    "headings": [H(n, 1) for n in (20, 26, 34, 43, 49, 55, 66, 71, 77, 83, 88, 93, 103,
                                   127, 134, 142, 151, 158, 164, 175, 181, 188, 194, 199, 205, 215)],
    "placeholders": [
        P(99, "電郵：[您的電郵地址]", "zh-HK half: contact e-mail left as a bracketed 'your e-mail address'"),
        P(211, "Email: [Your Email Address]", "English half: the same field"),
    ],
    "ambiguous_lines": [120],
    "look_alike_lines": [
        L(14, "toLocaleDateString('zh-HK')", "the date is computed at render time (a JS expression in braces), not a "
                                            "slot"),
        L(121, "toLocaleDateString('en-GB')", "the same in the English half"),
        L(11, "from-[#F7F9F9]", "bracketed colour values in Tailwind class names (code, not text)"),
    ],
    "notes": "Two JSX branches: zh (title h1 13, h2 1.-13.) and English (h1 120 = second title in the other language, "
             "ambiguous; h2 1.-13.). All h2 are level 1.",
}

DOCS["cardcenter-md"] = {
    "file": "privacy-policy.md",
    "source": src("(not identified)", "(a Flutter gen-l10n file, app_localizations_zh.dart)", "(index id 70416194969)",
                  NOID),
    "format": "markdown (extracted from Dart)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "template",
    "repo_kind": "an offline card-centering Android app (package com.saod.cardcentering); its zh localisation holds the "
                 "full privacy policy as one Dart string and the developer name and e-mail as separate strings still "
                 "set to 【…】 field names. Text in code, extracted by the rule in tools/index/cardcenter-md.rule "
                 "(privacyPolicyBody + '\\n' + privacyContact(privacyDeveloper, privacyEmail), '\\n' unescaped) -- what "
                 "the app's policy screen shows",
    "headings": [H(n, 1) for n in (4, 6, 11, 13, 15, 17, 19, 21, 23, 25, 27)],
    "placeholders": [
        P(29, "开发者：【开发者姓名】", "developer name left as a bracketed field name"),
        P(30, "电子邮箱：【联系邮箱】", "contact e-mail left as a bracketed field name"),
    ],
    "look_alike_lines": [
        L(3, "「卡牌居中检查」", "the app's name in corner brackets, filled"),
    ],
    "notes": "No title line (the screen's title is outside the string). '## 一、…十一、' are level 1.",
}

DOCS["supermarket-txt"] = {
    "file": "privacy.txt",
    "source": src("(not identified)", "(a Spring service, LegalDocService.java)", "(index id 68641907093)", NOID),
    "format": "text (extracted from Java)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a supermarket ordering back end (com.example.supermarket); the service seeds a user agreement and a "
                 "privacy policy as Java text blocks whose operator details are 【…】 fields, headed by a bracketed "
                 "'template note: replace every 【】 before launch' with a blank effective date. Text in code: the "
                 "privacy text block only, its incidental indentation removed as Java does "
                 "(tools/index/supermarket-txt.rule)",
    "headings": [H(n, 1) for n in (7, 15, 21, 25, 32, 36, 43, 47, 51, 54)],
    "placeholders": [
        P(1, "【模板提示：本正文由系统预置，上线前请把全部【】占位符替换为真实信息，",
          "bracketed drafting note: replace every 【】 placeholder before launch (continues on line 2)"),
        P(2, "生效日期：____年__月__日】", "the note's second line holds a blank effective date (underscore runs)"),
        P(4, "【公司全称】", "operator: bracketed 'full company name'"),
        P(41, "【联系邮箱】", "rights requests: bracketed 'contact e-mail'"),
        P(56, "客服电话：【客服电话】", "contact: phone field"),
        P(57, "联系邮箱：【联系邮箱】", "contact: e-mail field"),
        P(58, "注册地址：【注册地址】", "contact: address field"),
    ],
    "ambiguous_placeholder_lines": [37],
    "look_alike_lines": [
        L(2, "「内容管理 → 协议与隐私」", "an admin-console menu path in corner brackets (inside the note)"),
    ],
    "notes": "Plain text; chapter lines 一、…十、 are level 1; 1.1-style lines are clauses. Line 37's 【个人中心】 is a UI "
             "location (the app's 'personal centre' page) but the template's own note says every 【】 is a placeholder: "
             "ambiguous.",
}

DOCS["anomalops-tw-md"] = {
    "file": "privacy-policy.md",
    "source": src("tengigabytes/Anomalops", "docs/release/privacy-policy.md", "1ed68fbca4af6243c6fd10ed1324a25e68ac0f41",
                  IDX),
    "format": "markdown (index)", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "an open-source underwater-camera Android app; the zh-TW privacy policy draft for GitHub Pages / Play "
                 "Console, with an unfilled effective date, drafting notes to the publisher above the policy and a "
                 "closing section of items to confirm 'not published with the policy'; index text (2002 characters, "
                 "= the index's count)",
    "title": {"line": 1, "text": "Anomalops 隱私權政策（草案）"},
    "headings": [H(9, 1), H(15, 2), H(25, 2), H(30, 2), H(35, 2), H(39, 2), H(45, 1)],
    "placeholders": [
        P(3, "狀態：草案，發布前要確認第 6 節各項", "status line: draft, section 6 to be confirmed before publishing"),
        P(5, "發布到 GitHub Pages 並在 Play Console 填寫網址", "drafting instruction to the publisher (where to post it, "
                                                        "keep it in sync); not policy text"),
        P(11, "生效日期：（發布時填入）", "effective date: '(fill in when publishing)'"),
        P(45, "發布前要確認的事項（不隨政策發布）", "heading of a section of open items 'not published with the policy'"),
    ],
    "ambiguous_placeholder_lines": [1, 49, 50, 51, 52, 53, 54],
    "look_alike_lines": [
        L(41, "<https://github.com/tengigabytes/Anomalops/issues>", "an autolink in angle brackets"),
        L(19, "（JPEG / Ultra HDR JPEG）", "a parenthesised format list"),
    ],
    "notes": "'## Anomalops 隱私權政策' (9) opens the policy proper after the drafting notes (level 1); ### 1.-5. level 2; "
             "'## 6.' (45) level 1. Table rows 49-54 list items still to confirm ('推測…'): ambiguous.",
}

DOCS["mrl-tw-md"] = {
    "file": "PRIVACY_POLICY.md",
    "source": src("dofaromg/mrliouword-root", "docs/legal/PRIVACY_POLICY.md", "0d3f0ca8ba7519354a67bb6bf8ab1f3de9a8d02c",
                  IDX),
    "format": "markdown (index)", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a personal AI-service site (Taiwan); privacy policy draft v0.1 with the effective date left "
                 "'(fill in at formal release)' and a sub-processor row for an AI provider 'if any'; index text "
                 "(1268 characters, = the index's count)",
    "title": {"line": 1, "text": "MRL 隱私權政策（Privacy Policy）— 草案 v0.1"},
    "headings": [H(n, 1) for n in (10, 15, 28, 34, 45, 51, 56, 62, 66)],
    "placeholders": [
        P(7, "生效日期：（正式發布時填入）", "effective date: '(fill in at formal release)'"),
    ],
    "ambiguous_placeholder_lines": [1, 3, 4, 41],
    "look_alike_lines": [
        L(13, "`privacy@mrliouword.com`", "a real contact address in a code span"),
        L(54, "`docs/MRL_CLOUDFLARE_SETUP.md`", "a file path in a code span"),
    ],
    "notes": "Line 41's '（AI 模型供應商，如有）' names a provider class 'if any' instead of a provider: ambiguous. The "
             "quote block 3-4 (draft status, to be reviewed by a lawyer) is ambiguous.",
}

DOCS["mui-agreement-tsx"] = {
    "file": "Agreement.tsx",
    "source": src("(not identified)", "(a React/MUI component, Agreement.tsx)", "(index id 10664662272)", NOID),
    "format": "html (tsx)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a React/MUI page holding a user agreement and a privacy policy; the company is '[公司名称]' throughout "
                 "and the contact e-mail '[联系邮箱]'; index text copied whole (3487 characters, = the index's count; "
                 "the file ends with a space and no newline)",
    "headings": [H(10, 1), H(17, 2), H(24, 2), H(31, 2), H(38, 2), H(57, 1), H(64, 2), H(77, 2), H(84, 2)],
    "placeholders": [
        P(13, "欢迎光临[公司名称]网站。", "agreement intro: bracketed company name, three times"),
        P(20, "[公司名称]的注册", "agreement 1.: bracketed company name"),
        P(27, "[公司名称]对发布信息", "agreement 2.: bracketed company name"),
        P(41, "[公司名称]任何版块", "agreement 4.: bracketed company name, twice"),
        P(60, "[公司名称]（以下简称", "privacy intro: bracketed company name"),
        P(88, "邮箱：[联系邮箱]", "privacy contact: bracketed e-mail field"),
    ],
    "look_alike_lines": [
        L(6, "sx={{ py: 4 }}", "JSX style props in double braces (code, not text)"),
        L(44, "(1) 违反宪法确定的基本原则的；", "parenthesised list numbers"),
    ],
    "notes": "MUI Typography: variant h4 (用户协议, 隐私政策) = level 1, h6 = level 2; the heading text is on the line "
             "after the Typography tag. No single title (two documents in one component).",
}

DOCS["webcrawler-md"] = {
    "file": "PRIVACY.md",
    "source": src("(not identified)", "(a browser extension's PRIVACY.md)", "(index id 71556001093)", NOID),
    "format": "markdown (index)", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "template",
    "repo_kind": "a 'Web Crawler' novelty browser extension (animated spiders); bilingual zh/en store privacy policy "
                 "with a quote-block note to the publisher ('replace the square brackets with your own details') and "
                 "the contact left as bracketed field names in both halves; index text (3132 characters, = the index's "
                 "count)",
    "title": {"line": 1, "text": "Web Crawler 隐私政策 / Privacy Policy"},
    "headings": [H(11, 1), H(13, 2), H(19, 2), H(21, 3), H(31, 3), H(40, 3), H(47, 2), H(52, 2), H(56, 2),
                 H(62, 1), H(64, 2), H(71, 2), H(73, 3), H(84, 3), H(95, 3), H(103, 2), H(110, 2), H(115, 2)],
    "placeholders": [
        P(7, "方括号处替换成你自己的信息。", "end of a quote-block note to the publisher (publish at your domain, fill "
                                      "the URL in the store console, replace the brackets); starts on line 5"),
        P(58, "[你的邮箱] / [你的网站]", "zh contact: two bracketed 'your …' fields"),
        P(117, "[your email] / [your site]", "English contact: the same fields"),
    ],
    "ambiguous_placeholder_lines": [5, 6],
    "look_alike_lines": [
        L(49, "（例如 Stripe / Paddle / Lemon Squeezy）", "examples of payment providers after 例如, not a slot"),
        L(106, "(e.g. Stripe / Paddle / Lemon Squeezy)", "the same in English"),
        L(36, "`src/common/config.js`", "a file path in a code span"),
    ],
    "notes": "'## 中文' / '## English' divide the halves (level 1); ### level 2; bold '**1. …**' lines level 3. Line 6 "
             "holds `https://你的域名/…` (an example URL with 'your domain') inside the note: ambiguous, like line 5.",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (no unfilled slot)
# ------------------------------------------------------------------------------------------------------

DOCS["wuhao-docx"] = {
    "file": "隐私政策.docx",
    "source": src("Wuhao/WH", "隐私政策.docx", "5f3863a58b959a3b2ed536b249ae66682b9be80a"),
    "format": "docx", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a small app's Word privacy policy (the widespread '本应用尊重并保护…' text, which other eval files "
                 "also carry); byte-exact blob",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (3, 11, 15, 23, 25, 29, 33)],
    "ambiguous_placeholder_lines": [31],
    "look_alike_lines": [
        L(4, "(a) 在您注册本应用帐号时", "parenthesised item letters"),
    ],
    "notes": "Line 31 stops mid-sentence ('…潜在的交易'): text lost, not a template slot (ambiguous for placeholders).",
}

DOCS["overtime-md"] = {
    "file": "隐私政策.md",
    "source": src("zhangmengkang151286-prog/overtimework", "docs/隐私政策.md", "078d0c54faf94f678d33393f4ac21f42a900eed5"),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "an overtime-tracking app ('下班指数'); filled policy whose contact e-mail is written inside square "
                 "brackets; byte-exact blob",
    "title": {"line": 1, "text": "下班指数 隐私政策"},
    "headings": [H(9, 1), H(11, 2), H(24, 2), H(30, 2), H(38, 1), H(62, 1), H(73, 1), H(88, 1), H(102, 1),
                 H(116, 1), H(128, 1), H(136, 1), H(144, 1), H(151, 1)],
    "ambiguous_lines": [40, 49, 53, 58],
    "look_alike_lines": [
        L(148, "邮箱：[luyaba@163.com]", "a real e-mail address written inside square brackets (filled)"),
    ],
    "notes": "'2.1 提供核心服务：'-style lines 40/49/53/58 introduce bullet lists (ambiguous headings).",
}

DOCS["recruitai-hk-tsx"] = {
    "file": "page.tsx",
    "source": src("(not identified)", "(a Next.js page, vibe-demo/recruitai/privacy-policy)", "(index id 35706797364)",
                  NOID),
    "format": "html (tsx)", "script": "hant", "region": "hk", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a Hong Kong AI-automation studio's demo site (5 Miles Lab Limited); filled 私隱政策 under the PDPO "
                 "(Cap. 486) with a 個人資料主任 contact; sections are props of local Section/SubSection components; "
                 "index text copied whole (7009 characters, = the index's count)",
    "title": {"line": 14, "text": "私隱政策"},
    "headings": [H(25, 1, "一、收集的資料"), H(27, 2, "（甲）直接提交的資料"), H(34, 2, "（乙）AI 對話收集的資料"),
                 H(41, 2, "（丙）技術資料"), H(50, 1, "二、資料用途"), H(66, 1, "三、資料安全措施"),
                 H(77, 1, "四、AI 服務與第三方"), H(97, 1, "五、資料保留期限"), H(106, 1, "六、閣下的權利"),
                 H(119, 1, "七、Cookie"), H(126, 1, "八、私隱政策修訂"), H(133, 1, "九、聯絡我們")],
    "ambiguous_lines": [13, 181, 192],
    "look_alike_lines": [
        L(61, "（Automated Decision Making）", "an English gloss in parentheses"),
        L(141, "hello@recruitaistudio.hk", "a real contact e-mail"),
        L(181, "{title}", "a JSX expression (the component's heading slot, filled by each Section's title prop)"),
    ],
    "notes": "Headings are the title/heading props of Section (rendered as h2) and SubSection (a styled p): annotated "
             "on the prop's line. 13 (法律文件 eyebrow) and the component bodies' h2/p at 181/192 are ambiguous.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
