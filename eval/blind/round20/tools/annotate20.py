#!/usr/bin/env python3
"""Source of truth for eval/blind/round20/holdout/*/annotation.json (hand annotations, round 20).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate20.py [name ...]

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

DOCS["minan-md"] = {
    "file": "隐私政策模板.md",
    "source": src("qiuxirufengQAQ/minan", "docs/隐私政策模板.md", "56cd7ee720b5bf93be8e2b441b3bc2a193315e04"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "dating-skills learning mini-program (恋爱迷宫); a policy 'template' committed with the product name and dates "
                 "filled and every contact and SDK field left as a bracketed 'to be filled' slot; only version; byte-exact blob",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": md_headings("minan-md", "隐私政策模板.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(86, "[待填写]", "third-party SDK table: a data row whose cells are three bracketed 'to be filled' slots and a bracketed 'link' slot"),
        P(135, "[待填写]", "rights section: 'how to exercise' line after a bold label, e-mail left as a bracketed slot"),
        P(161, "[待填写]", "contact list: customer-service e-mail slot (emoji bullet)"),
        P(162, "[待填写]", "contact list: customer-service telephone slot"),
        P(163, "[待填写]", "contact list: online customer-service slot"),
    ],
    "ambiguous_lines": [49, 54, 58, 62],
    "notes": "## 一、… = level 1, ### N.N = level 2 (two ### headings carry ** inside). The numbered bold items under 三、 "
             "(1. **提供服务** + nested bullets) are list labels or headings depending on rendering (ambiguous). Line 12 is a "
             "bold sentence and line 177 a bold closing line (not headings). The table header row (line 84) is not a slot.",
}

DOCS["newapi-md"] = {
    "file": "privacy-policy.zh-CN.md",
    "source": src("chinesesexyman/new-api", "docs/legal/privacy-policy.zh-CN.md", "0e8c537b6e95feb6aa9438aa20313ec8b6e822ae",
                  "AGPL-3.0 (repository licence, a fork of an AI API gateway)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "fork of an open-source AI API gateway (new-api); the policy as first committed, with the platform name, operator, "
                 "e-mail, address and effective date as full-width-bracketed slots (a later fork of the same repository filled "
                 "them); byte-exact blob",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": md_headings("newapi-md", "privacy-policy.zh-CN.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(3, "【平台名称】", "platform-name slot in the opening sentence"),
        P(9, "【运营主体名称】", "scope clause: operator-name and platform-name slots in one numbered sentence (two on the line)"),
        P(175, "【运营主体名称】", "contact list: operator slot after a label"),
        P(176, "【联系邮箱】", "contact list: e-mail slot"),
        P(177, "【联系地址】", "contact list: address slot"),
        P(179, "【生效日期】", "effective-date slot in the closing sentence"),
    ],
    "notes": "## 第N条 = level 1, ### 一、… = level 2 (Chinese numerals restart in each article). Numbered 1./2. lines are "
             "clauses (full sentences), not headings.",
}

DOCS["bigcompute-draft-md"] = {
    "file": "privacy-policy.md",
    "source": src("BigRain-11122/BigCompute", "docs/legal/privacy-policy.md", "40c0dcdaa7d7de7e35f141085cf2f14ad2235b96", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "AI 'city services' platform (live streaming, virtual goods, group data visualisation); a legal-department draft "
                 "v0.1 marked 草案 whose unfilled fields are white squares (⬜) with 'to be filled back' notes and full-width "
                 "underscore blanks; index text (repository not fetchable)",
    "title": {"line": 1, "text": "隐私政策（草案）"},
    "headings": md_headings("bigcompute-draft-md", "privacy-policy.md", levels={2: 1}),
    "placeholders": [
        P(3, "终审前须：⬜项核验回填", "drafting-status blockquote: draft v0.1, before final review the ⬜ items must be verified and filled, countersigned, seen by the CEO"),
        P(5, "⬜主体信息回填", "operator details and effective date left as ⬜ 'fill back' slots (two on the line)"),
        P(13, "⬜（字段以实际接入回填）", "table cell: account-ID field list to be filled from the real integration"),
        P(18, "⬜（以实际日志结构回填）", "table cell: device-information fields to be filled from the real log structure"),
        P(20, "⬜（拒绝后果按场景细化回填）", "consequences of refusal to be detailed per scenario"),
        P(40, "另立项⬜", "legal-basis note ending with a ⬜ open item (data-export compliance 'to be set up separately')"),
        P(48, "具体条号⬜", "legal-basis note with ⬜ slots for an article number and a detail"),
        P(54, "⬜（公示链接与入口回填）", "PIA publication link and entry to be filled"),
        P(62, "客服通道⬜入口回填", "rights table: service entry and response time left as ⬜ slots"),
        P(64, "⬜回填", "rights table: withdrawal entry left as a ⬜ slot"),
        P(66, "个人信息保护负责人⬜回填", "rights table: escalation contact left as a ⬜ slot"),
        P(70, "⬜（存储位置、保存期限清单回填）", "storage location and retention list to be filled"),
        P(72, "⬜（定级与备案编号回填）", "security-level filing number and notification deadlines left as ⬜ slots (two on the line)"),
        P(76, "占位·终审前回填", "heading of the contact section marked 'placeholder, fill before final review'"),
        P(78, "＿＿ ⬜", "contact list: person in charge of personal information left as a full-width underscore blank and ⬜"),
        P(79, "＿＿ ⬜", "contact list: e-mail blank"),
        P(80, "＿＿ ⬜", "contact list: service-entry blank"),
        P(81, "＿＿ ⬜", "contact list: postal-address blank"),
        P(83, "⬜待核验清单", "heading of the 'to be verified' checklist (fill before final review)"),
        P(93, "终审清单第 8 项", "closing blockquote: internal note on where this draft lands in the final-review checklist"),
        P(97, "法务部会签：＿＿ 日期：＿＿", "countersignature and date left as full-width underscore blanks"),
    ],
    "ambiguous_placeholder_lines": [1, 22, 56, 74, 85, 86, 87, 88, 89, 90, 91],
    "notes": "## 一、… and the appendix '## 附：…' are level 1 (76 and 83 are headings and placeholder lines). Bold '**N. label**：' "
             "paragraphs in 二、 are paragraph lead-ins, not headings. The blockquoted 'legal basis' notes with '【记忆引证…】' "
             "(citations from memory) are drafting notes: those with a ⬜ (40, 48) are annotated, the others (22, 56, 74) are "
             "ambiguous placeholder lines, as are the checklist items 85-91 and the title '（草案）'. This draft alone holds 21 of "
             "the set's placeholder lines.",
}

DOCS["familyos-md"] = {
    "file": "privacy-policy.md",
    "source": src("AIYAZONE/home", "docs/legal/privacy-policy.md", "b43aba9b97b061a8e9875fc31b12e199787889bc", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "family-management web app (Family Inc. OS: finances, health, relations, AI assistant on Supabase); e-mail filled, "
                 "company address left as a bracketed slot; index text (repository not fetchable)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": md_headings("familyos-md", "privacy-policy.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(128, "[公司地址]", "contact list (nested bullet): company address left as a bracketed Chinese slot name"),
    ],
    "notes": "## N. = level 1, ### N.N = level 2. The file has no final newline (as stored by the index). Bold labels in lists are not "
             "headings; 'P0/P1/P2' bold items are list labels.",
}

DOCS["invoicetools-md"] = {
    "file": "privacy-policy.md",
    "source": src("dadream/invoice_tools", "docs/compliance/privacy-policy.md", "3e69e08e2bc7b5c9c3b9e0bad159ea93c7ae871f", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "local-first desktop app collecting travel invoices from e-mail (发票助手 Invoice Assistant, Tauri/Rust); the contact "
                 "e-mail uses the reserved .example TLD and every repository link still points at a 'yourorg' template owner; "
                 "index text (repository not fetchable)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": md_headings("invoicetools-md", "privacy-policy.md", skip=(77, 85, 162, 165), levels={2: 1, 3: 2}),
    "placeholders": [
        P(208, "privacy@invoice-assistant.example", "contact list: e-mail on a domain under the reserved .example TLD, after a bold label"),
        P(209, "github.com/yourorg/", "contact list: issues link under a template owner 'yourorg'"),
        P(210, "github.com/yourorg/", "contact list: discussions link under 'yourorg'"),
        P(218, "github.com/yourorg/", "transparency section: source-code link under 'yourorg'"),
    ],
    "look_alike_lines": [L(87, "xxx@company.com", "inside a fenced JSON example of data that is NOT collected: an illustration, not a slot"),
                         L(89, "某公司", "same fenced example: an illustrative company name, not a slot")],
    "notes": "## N. = level 1, ### N.N = level 2. The '#' lines 77, 85, 162 and 165 are comments inside fenced code blocks, not "
             "headings. Bold '**关键承诺**:'-style lead-ins are not headings. The fenced blocks (JSON example, directory tree, shell "
             "commands) are shown verbatim to the reader.",
}

DOCS["xiaojiaoyin-md"] = {
    "file": "privacy-policy.md",
    "source": src("benyichan/xiaojiaoyin", "docs/compliance/privacy-policy.md", "6a6c57272e5c9481ff19c2b0b873defd6c9eb74d", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "offline baby-growth diary Android app (小脚印) prepared for Google Play; a short draft whose contact section is only "
                 "a fill-in instruction; index text (repository not fetchable)",
    "title": {"line": 1, "text": "小脚印隐私政策"},
    "headings": md_headings("xiaojiaoyin-md", "privacy-policy.md", levels={2: 1}),
    "placeholders": [
        P(3, "草案，上架前需由法律顾问复核", "effective-date line with a parenthesised drafting status: draft, to be reviewed by counsel before store release"),
        P(39, "（上架前补充开发者邮箱）", "the whole contact section is a parenthesised instruction to add the developer e-mail before release"),
    ],
    "ambiguous_placeholder_lines": [29],
    "notes": "## 一、… sections (level 1). Line 29 (permissions table) says Bluetooth sync is '（待完善）' (still to be improved): a "
             "product note rather than a slot (ambiguous placeholder line). The bold first sentence (line 7) is not a heading.",
}

# ------------------------------------------------------------------------------------------------------
# Clean documents (no slots): they measure false errors
# ------------------------------------------------------------------------------------------------------

DOCS["cttq-copy-html"] = {
    "file": "隐私政策.html",
    "source": src("xioayazi/test", "隐私政策.html", "910da9270e1a72c6a55326810781fd8b3b3621fc"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a saved copy of a pharmaceutical group's website page (正大天晴, CTTQ) in a personal test repository: full site "
                 "chrome (menus, footer, member companies) around a short rich-text policy; only version; byte-exact blob",
    "title": {"line": 206, "text": "隐私政策"},
    "headings": [H(223, 1), H(225, 1), H(226, 2), H(228, 2), H(230, 1), H(232, 1), H(239, 1)],
    "ambiguous_lines": [42, 184, 218, 222],
    "look_alike_lines": [L(238, "[CTTQ_webmaster@CTTQ.com]", "a real webmaster address written inside ASCII brackets, not a slot")],
    "notes": "The policy is a CMS rich-text block (lines 217-242; the file has nine lone CR characters, counted as line breaks as policylens does): '*'-prefixed lines are the sections (level 1); '个人信息' and "
             "'招聘信息' under the second one are sub-titles (level 2). Lines 218 and 222 are bold lead-ins ending in a colon "
             "(ambiguous). Site chrome: the logo <h4> (42) and the sidebar <h1> '站点信息' (184) are ambiguous. The bracketed "
             "e-mail on line 238 is the operator's real address (look-alike). The page title sits in a breadcrumb box (206).",
}

DOCS["littlesprout-tw-md"] = {
    "file": "privacy-policy.md",
    "source": src("CLYEH/little-sprout", "docs/legal/privacy-policy.md", "034b04fde4e837cbfdfefa2a6fe6c0b5e35e97aa", IDX),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Taiwan iOS family photo-diary app (萌芽日記 Little Sprout); long PDPA-structured policy v1.0.0 with tables and "
                 "two appendices; index text (repository not fetchable)",
    "title": {"line": 1, "text": "萌芽日記 Little Sprout 隱私權政策"},
    "headings": md_headings("littlesprout-tw-md", "privacy-policy.md", levels={2: 1, 3: 2}),
    "ambiguous_placeholder_lines": [162, 163, 172, 173, 174, 219],
    "notes": "## N. and ## 附錄 A/B = level 1, ### N.N = level 2. Lines 162-174 carry internal ticket notes '（LS-153，待落地）' "
             "('not yet landed') about an automatic purge, and 219 is a revision-table row for a draft v0.1: notes a reviewer "
             "might question, not slots (ambiguous placeholder lines). Every contact field is filled (support@littlesprout.xyz).",
}

DOCS["xiaobenben-tw-html"] = {
    "file": "privacy.html",
    "source": src("XuZhaoTong/xiaobenben-releases", "zh-tw/privacy.html", "b5f435352a16b9bff3b33828e18d251882b888a6"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Taiwan-language page of a League of Legends companion app (小本本) release site; generated static page; "
                 "byte-exact blob",
    "title": {"line": 43, "text": "隱私與免責聲明"},
    "headings": [],
    "ambiguous_lines": [42, 43],
    "notes": "The whole article (<h1> and seven <h2> sections) is minified onto line 43 and the navigation onto 42: headings cannot "
             "be scored by line, so both lines are ambiguous and the document counts only for placeholders and error-level "
             "findings (clean Taiwan text).",
}

DOCS["herbmind-bilingual-md"] = {
    "file": "privacy-policy.md",
    "source": src("hualee-auto/herbmind", "docs/privacy-policy.md", "a1e597b251a3df5a1e24fefde3fec3c803e250a9"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "clean",
    "repo_kind": "Chinese-herb reference Android app (本草记 HerbMind) for Google Play; bilingual policy (Chinese section, then English); "
                 "a later commit split it into two files; byte-exact blob",
    "title": {"line": 1, "text": "隐私政策 | Privacy Policy"},
    "headings": md_headings("herbmind-bilingual-md", "privacy-policy.md", levels={1: 1, 2: 2}),
    "ambiguous_lines": [3],
    "notes": "'# 中文版' (13) and '# English Version' (77) are the two language editions (level 1); their ## sections are level 2. "
             "Line 3 is a bold product name under the title (second title, ambiguous). The contact e-mails are real.",
}

DOCS["skillx-md"] = {
    "file": "PRIVACY_CN.md",
    "source": src("ZLHAOOO/SkillXx", "PRIVACY_CN.md", "5d4c5ff61fdae9be960d8be66f60e8db76dbd96e", "MIT (repository licence)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "local-first desktop app managing AI-agent skills (SkillX); second version of the policy; byte-exact blob",
    "title": {"line": 1, "text": "隐私政策 (Privacy Policy)"},
    "headings": md_headings("skillx-md", "PRIVACY_CN.md", levels={2: 1}),
    "look_alike_lines": [L(53, "[GitHub 仓库]", "a Markdown link, not a slot")],
    "notes": "## N. sections (level 1), one with ** inside. A table lists network features; bold labels in lists are not headings.",
}

DOCS["navide-tw-md"] = {
    "file": "privacy.md",
    "source": src("nt-nerdtechnic/Navide", "docs/zh-TW/privacy.md", "b36b0a4bb154f6d10a0444205f51800b9aa8abd8",
                  "see the repository LICENSE (not checked further)"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Taiwan developer tool (Navide, a macOS coding-agent workspace); Traditional Chinese privacy and data-flow page with "
                 "many English terms; latest of five versions; byte-exact blob",
    "title": {"line": 1, "text": "隱私與資料流"},
    "headings": md_headings("navide-tw-md", "privacy.md", levels={2: 1}),
    "look_alike_lines": [L(3, "[English]", "language-switch links, not slots")],
    "notes": "## sections (level 1), several in English or mixed ('Agent 權限', 'Context Handoff'). A table lists outbound features.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
