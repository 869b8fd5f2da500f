#!/usr/bin/env python3
"""Source of truth for eval/blind/round19/holdout/*/annotation.json (hand annotations, round 19).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate19.py [name ...]

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
# Documents with unfilled slots (one placeholder entry per line: the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

DOCS["voiceledger-tw-md"] = {
    "file": "隱私權政策.md",
    "source": src("harrisontech0857-gif/voiceledger", "docs/隱私權政策.md",
                  "0ad946e8a7d0946327180e39bc64b1d57793edc9", "MIT (repository licence)"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "Taiwan personal-finance app (語記 VoiceLedger); the only version of the policy (2026-03-18); byte-exact blob",
    "title": {"line": 1, "text": "語記 (VoiceLedger) - 隱私權政策"},
    "headings": md_headings("voiceledger-tw-md", "隱私權政策.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(202, "[公司地址]", "postal address left as a bracketed Chinese slot name after a bold label (rights section)"),
        P(348, "[公司地址]", "postal address slot in the contact section"),
        P(349, "[公司電話]", "telephone slot in the contact section"),
    ],
    "ambiguous_lines": [394],
    "notes": "## N. = level 1, ### N.N = level 2. Line 394 '**版本歷史：**' is a bold lead-in ending in a colon (ambiguous). "
             "The e-mail addresses use the product's own domain (privacy@/security@voiceledger.app): not slots. Tables hold "
             "no headings; the closing italic line is not a heading.",
}

DOCS["webcube-tw-md"] = {
    "file": "隱私權政策.md",
    "source": src("HectorTsai/webcube2027", "gateway/render-gateway/docs/隱私權政策.md",
                  "3d95f6f34d5e6b225a885facd074974ed6b02027"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "Taiwan web-platform monorepo; a gateway's privacy page as committed in the initial commit "
                 "(2026-07-20), deleted in the next commit that touched it; byte-exact blob",
    "title": {"line": 1, "text": "隱私權政策"},
    "headings": md_headings("webcube-tw-md", "隱私權政策.md", levels={3: 1}),
    "placeholders": [
        P(45, "[客服信箱或聯繫頁面連結]", "bracketed fill-in slot (support e-mail or contact-page link) inside a sentence"),
        P(51, "[年] 年 [月] 月 [日] 日", "last-updated date left as three bracketed one-character slots, in a bold line"),
    ],
    "notes": "### N. lines are the top-level sections (level 1; there is no ##). The operator is never named "
             "(本網站/本公司): not annotated as a slot. Line 51 (bold date line) is not a heading.",
}

DOCS["claw66-md"] = {
    "file": "隐私政策.md",
    "source": src("sunshineonly1314/66claw", "docs/legal/隐私政策.md",
                  "065338fdcab661f1ef456714741f4abcefd9af1a", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "desktop AI client (ClawdbotCN AI); product name, dates and content filled, every operator/contact "
                 "field left as a bracketed template slot; index text (repository not fetchable)",
    "title": {"line": 1, "text": "ClawdbotCN AI 隐私政策"},
    "headings": md_headings("claw66-md", "隐私政策.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(11, "[您的公司名称]", "operator-name slot opening the introduction"),
        P(206, "[您所在地]", "court-location slot inside a bold span ('[您所在地]人民法院')"),
        P(214, "[您的公司名称]", "contact list: company-name slot after a bold label"),
        P(215, "[负责人姓名]", "contact list: name of the person in charge of personal information"),
        P(216, "[privacy@example.com]", "contact list: bracketed example.com e-mail"),
        P(217, "[您的公司地址]", "contact list: address slot"),
        P(218, "[您的客服电话]", "contact list: telephone slot"),
        P(224, "[您的公司名称]", "signature line: the slot alone in bold"),
    ],
    "ambiguous_lines": [100, 160, 167, 173, 174],
    "notes": "## 引言 and ## 第N条 are level 1, ### N.N level 2. Lines 160/167/173 ('7.1 **安全措施**' + hard break + text) "
             "render as bold numbered labels at the start of a paragraph: heading or label (ambiguous). Lines 100 and 174 "
             "are bold lead-ins ending in a colon (ambiguous). Lines 13 and 55 are bold sentences, 224-225 a bold "
             "signature (not headings). Tables hold no headings.",
}

DOCS["openwork-md"] = {
    "file": "隐私政策.md",
    "source": src("SylvanXiao/openwork", "docs/legal/隐私政策.md",
                  "9cee578a03db526776a9074f4d5865d313d8debe", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "local-first AI desktop workbench ('中国版 Working Agent'); a draft policy kept in the repository; "
                 "index text (repository not fetchable)",
    "title": {"line": 1, "text": "隐私政策（本地优先版）"},
    "headings": md_headings("openwork-md", "隐私政策.md", levels={2: 1}),
    "placeholders": [
        P(4, "正式发布前需法务复核", "drafting status in the header blockquote: draft for internal review, legal review before publication"),
        P(11, "待填写工商信息", "operator name replaced by a parenthesised 'registration details to be filled in' note"),
        P(79, "【待填运营主体联系邮箱】", "contact e-mail left as a full-width-bracketed fill-in instruction"),
    ],
    "notes": "## 一、… are the sections (level 1). The header blockquote (lines 3-5) is metadata, not headings.",
}

DOCS["zhixiang-md"] = {
    "file": "隐私政策.md",
    "source": src("wen-868/wen-ssystem", "docs/legal/隐私政策.md",
                  "36f3cb1c813fa795629241ad3f3410c9524cccc7", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "retail SaaS (智享全链管理系统: merchant back office, mini-program); e-mail and phone filled, company "
                 "name, credit code and address left as underscore blanks; index text (repository not fetchable)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": md_headings("zhixiang-md", "隐私政策.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(11, "__________有限公司", "operator line: company name and unified social credit code left as underscore blanks (two on the line)"),
        P(117, "__________", "contact address left as an underscore blank after its label"),
    ],
    "notes": "## = level 1, ### = level 2. Bold lines 3/5/7 (version and dates) are metadata, not headings. "
             "'**1.1.1 账号信息**：…' lines are list content.",
}

DOCS["deskfox-md"] = {
    "file": "隐私协议.md",
    "source": src("zoulukuang/deskfox", "docs/legal/隐私协议.md",
                  "9d6c193fc3b8769ef08aab51ea15d6d44209f83f",
                  "not verifiable (index text only); the policy says the software is MIT-licensed"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "open-source desktop AI tool (DeskFox) by one developer; policy draft v0.4 kept in the repository with "
                 "its own to-do list of unfilled fields; index text (repository not fetchable)",
    "title": {"line": 1, "text": "DeskFox 用户隐私协议"},
    "headings": md_headings("deskfox-md", "隐私协议.md", levels={2: 1, 3: 2, 4: 3}),
    "placeholders": [
        P(3, "正式生效前需笑南最终审定", "status line in the header blockquote: draft, to be approved before it takes effect"),
        P(43, "v[待定]", "version slot 'v[待定]' inside a fenced ASCII diagram"),
        P(48, "v[待定]", "the same version slot on the second branch of the fenced diagram"),
        P(107, "v[待定]", "version slot inside a level-2 heading"),
        P(128, "详见文末待办清单", "parenthesised drafting note to the author (this default may be changed, see the to-do list)"),
        P(134, "[待 笑南 收口:中国境内 / 海外]", "storage-location slot in a table cell: bracketed 'to be decided' with the options"),
        P(138, "v[待定]", "version slot inside the second level-2 heading"),
        P(348, "待 笑南 替换为正式邮箱", "contact table: a personal e-mail followed by '(to be replaced by the official address)'"),
        P(364, "(待补充官方链接)", "table cell: privacy-policy link 'to be added'"),
        P(374, "正式版前 笑南 替换为代码 grep 出来的真实路径", "table cell: data path with a note to replace it before release"),
        P(379, "待笑南收口的字段(草稿待办)", "heading of the drafting to-do section (fields to be settled)"),
        P(381, "发布前请确认", "drafting instruction 'confirm before publication'"),
        P(392, "现用 placeholder", "to-do item: the contact e-mail is a placeholder (also 'deskfox@xxx')"),
        P(394, "v[待定]", "to-do item naming the version slot to replace"),
        P(395, "v[待定]", "to-do item naming the second version slot"),
    ],
    "ambiguous_placeholder_lines": [375, 383, 385, 386, 387, 388, 390, 393, 396, 397, 398, 399, 400, 401, 402,
                                    410, 411, 412, 413],
    "notes": "## = level 1, ### = level 2, #### = level 3 (every '#' line below the title is a section heading; the to-do "
             "section 379-402 and the revision table 406-413 are part of the published file). Placeholders: every visible "
             "slot or drafting note outside the to-do list, plus the list's heading, its instruction line and the items "
             "that name a slot; the other to-do items (383-402), the 'same as above' path note (375) and the revision-table "
             "rows marked 草稿 / 待…审定 (410-413) are ambiguous placeholder lines. Lines 43/48 are inside a fenced code block "
             "(an ASCII data-flow diagram shown verbatim to the reader). Header blockquote lines 3-6 are metadata.",
}

# ------------------------------------------------------------------------------------------------------
# Clean documents (no slots): they measure false errors
# ------------------------------------------------------------------------------------------------------

DOCS["stockticker-tw-md"] = {
    "file": "隱私權政策.md",
    "source": src("ICProduct/StockTicker", "docs/隱私權政策.md", "459ea09335d90230fde4cd4a0f0c180d38dbd79c"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Taiwan Chrome/Edge stock-quote extension (上班偷偷看股票); only version (2026-08-16); byte-exact blob",
    "title": {"line": 1, "text": "上班偷偷看股票 隱私權政策"},
    "headings": md_headings("stockticker-tw-md", "隱私權政策.md", levels={2: 1}),
    "notes": "## 一、… to ## 十三、… are the sections (level 1).",
}

DOCS["xjie-html"] = {
    "file": "privacy.html",
    "source": src("LoveWood233/XJie_IOS", "docs/privacy.html", "0685317faaeeb15f81f40dfe45fe987d5f27326b"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "health-record iOS app (小捷健康); static privacy page, only version (2026-04-09); byte-exact blob",
    "title": {"line": 15, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (20, 28, 36, 43, 50, 53, 61, 65)],
    "notes": "<h1> title, eight <h2> sections. The <title> in <head> is not a heading. <strong> labels in list items are not headings.",
}

DOCS["arcanekey-md"] = {
    "file": "隐私政策.md",
    "source": src("mengyuefeitian/ArcaneKey", "docs/legal/隐私政策.md", "911f8cd8610bb17289cada1b099fcef1c9a862f7"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "HarmonyOS TOTP authenticator (星枢令 ArcaneKey); only version of this file; byte-exact blob",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": md_headings("arcanekey-md", "隐私政策.md", levels={2: 1, 3: 2}),
    "notes": "## = level 1, ### = level 2. In 三、 the items 3.1/3.2 are plain numbered paragraphs while 3.3 is a ### heading "
             "(level 2, kept as written). Numbered 4.1-5.4 lines are paragraphs, not headings.",
}

DOCS["xiaoz-resume-md"] = {
    "file": "隐私政策.md",
    "source": src("chenchenyyds/xiaoz-resume", "legal/隐私政策.md", "e1e96d37c3d2eeabd60a2f5a3d710664b647db5b"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "AI résumé-rewriting web service (小Z简历); only version; byte-exact blob",
    "title": {"line": 1, "text": "小Z简历 - 隐私政策"},
    "headings": md_headings("xiaoz-resume-md", "隐私政策.md", levels={2: 1, 3: 2}),
    "ambiguous_lines": [58, 64, 103],
    "ambiguous_placeholder_lines": [119],
    "look_alike_lines": [L(127, "[用户手机]", "bracketed node labels of a fenced ASCII data-flow diagram, not slots")],
    "notes": "## = level 1 (including ## 概述 and the appendix), ### = level 2. Lines 58/64 ('3.2 **存储期限**:' followed by a "
             "list) and 103 ('**特别说明**:') are bold lead-ins ending in a colon (ambiguous). Line 119: the support e-mail "
             "uses a domain that does not look like the operator's own (support@xiaoz.com); it may be invented, so a "
             "placeholder finding there is not false (ambiguous placeholder line). The fenced diagram (126-136) holds "
             "bracketed labels that are not slots.",
}

DOCS["kkbar-md"] = {
    "file": "隐私协议.md",
    "source": src("yancongya/kkbar_doc", "docs/legal/隐私协议.md", "8ef8744362a769a0d448a003d0dc04b3b87798da",
                  "a commercial end-user licence (license.txt) at the repository root; treat as all rights reserved"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Adobe After Effects panel (Kkbar) documentation site; only version; byte-exact blob",
    "title": {"line": 1, "text": "Kkbar 隐私协议"},
    "headings": md_headings("kkbar-md", "隐私协议.md", levels={2: 1}),
    "notes": "## 1.–11. are the sections (level 1). The contact section names no address (it points to the software's "
             "channels): not a slot.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
