#!/usr/bin/env python3
"""Source of truth for eval/blind/round24/holdout/*/annotation.json (hand annotations, round 24).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate24.py [name ...]

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


BUSL = "Business Source License 1.1 (LICENSE.md at the commit)"
BUSL_IDX = ("unknown here (no snapshot); the file's own header says 'SPDX-License-Identifier: BUSL-1.1' "
            "(it is a fork of EVtivity/evtivity-csms, Business Source License 1.1)")

# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per slot line; the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

DOCS["evtivity-zh-html"] = {
    "file": "privacy-zh.html",
    "source": src("EVtivity/evtivity-csms", "packages/api/src/routes/default-content.ts",
                  "acb78257f006659cf0093cd9571faf60474f2915", BUSL),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "an EV-charging management system (CSMS) whose API ships default legal pages per UI language; the zh "
                 "'privacy-policy' value is an HTML fragment with the operator name and contact e-mail left as bracketed "
                 "field names (the en/de/es/ko values have [Company Name]/[Contact Email] in the same places). Text in "
                 "code: extracted by tools/extract24.py mode 'tsliteral' (the template literal, unchanged)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(4, 1), H(7, 1), H(8, 2), H(10, 2), H(12, 2), H(15, 1), H(18, 1), H(21, 1), H(24, 1), H(27, 1),
                 H(30, 1)],
    "placeholders": [
        P(5, "[公司名称]", "operator name left as a bracketed field name, opening the introduction"),
        P(28, "[联系邮箱]", "rights section: the address to exercise rights is a bracketed field name"),
        P(31, "[联系邮箱]", "contact section: the e-mail is a bracketed field name"),
    ],
    "notes": "HTML fragment (no <html>/<body>): <h1> title, <h2> = 1, <h3> = 2. The date line is filled.",
}

DOCS["evtivity-zhtw-html"] = {
    "file": "privacy-zh-tw.html",
    "source": src("RHIEM/evtivity-csms", "packages/api/src/routes/default-content.ts",
                  "3f5162741b309d03b2a7dfdf68cd91c865b3aaeb", BUSL_IDX),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a fork of the same CSMS at a later commit that adds a 'zh-TW' entry (Taiwan wording: 隱私權政策, 蒐集, "
                 "個人資料, 聯絡信箱); the slots are the zh-Hant forms of the same bracketed field names. The repository has "
                 "no snapshot here: the file is the 'zh-TW' template literal copied from the search index's text by the "
                 "rule in tools/index/evtivity-zhtw-html.rule, checked by sha256 only",
    "title": {"line": 1, "text": "隱私權政策"},
    "headings": [H(4, 1), H(7, 1), H(8, 2), H(10, 2), H(12, 2), H(15, 1), H(18, 1), H(21, 1), H(24, 1), H(27, 1),
                 H(30, 1)],
    "placeholders": [
        P(5, "[公司名稱]", "operator name left as a bracketed field name (zh-Hant)"),
        P(28, "[聯絡信箱]", "rights section: contact mailbox left as a bracketed field name (Taiwan wording)"),
        P(31, "[聯絡信箱]", "contact section: the same bracketed mailbox field"),
    ],
    "notes": "Same structure as evtivity-zh-html. Taiwan-specific vocabulary only; the date line is filled.",
}

DOCS["innerpath-txt"] = {
    "file": "privacy.txt",
    "source": src("cversejc/InnerPath", "src/components/LegalDocumentDialog.vue",
                  "767ba02730c30bea7d607dde6fabbe4b29b75fc1", IDX),
    "format": "text", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a personal-growth consulting platform (Vue); its legal dialog shows a privacy 'template draft' kept as "
                 "JavaScript data, with the operator, dates, storage place, retention periods and contact channels left "
                 "as bracketed '待确认/待补充' notes and drafting instructions to the operator in the running text. Text in "
                 "code from the search index (no snapshot): the dialog's text in render order, one element per line, by the "
                 "rule in tools/index/innerpath-txt.rule",
    "title": {"line": 2, "text": "隐私条款"},
    "headings": [H(5, 1), H(7, 1), H(12, 1), H(14, 1), H(18, 1), H(21, 1), H(24, 1), H(26, 1)],
    "placeholders": [
        P(3, "当前为模板草案", "drafting notice: the whole text is a template whose operator, scope, processing and "
                          "contact channels are 'to be confirmed', to be replaced before launch (instruction, no bracket)"),
        P(4, "[待确认]", "publication / update date: bracketed 'to be confirmed'"),
        P(6, "[运营主体全称，待确认]", "the personal-information handler (operator) name, bracketed with 'to be "
                                  "confirmed'; the same line instructs that purposes, recipients, retention and contacts "
                                  "must be checked item by item"),
        P(11, "应由运营主体在正式上线前评估并落实", "drafting instruction: whether sensitive data needs separate "
                                                  "consent is for the operator to assess before launch"),
        P(15, "正式版本需补充", "drafting instruction: the SMS processor's entity, data, place, retention and "
                             "safeguards must be added in the final version"),
        P(16, "正式上线前须核实", "drafting instruction: fields sent to the AI API, its entity, place, retention and "
                               "cross-border transfer must be verified before launch"),
        P(19, "[按业务目的和法定义务逐项补充]", "storage place '[待确认]' and retention periods to be supplied, bracketed"),
        P(22, "[客服邮箱或其他渠道，待补充]", "rights requests channel, bracketed 'to be supplied'"),
        P(25, "[待运营主体确认并补充]", "minors: whether the product targets minors and the guardian-consent flow, "
                                  "bracketed 'to be confirmed and supplied by the operator'"),
        P(28, "[待补充]", "contact section: privacy contact channel and operator both bracketed 'to be supplied'"),
    ],
    "ambiguous_lines": [1],
    "notes": "Line 1 is the dialog's kicker (brand + 'document draft', ambiguous heading); line 2 the title; the eight "
             "numbered section titles 一、-八、 = 1; every other line is one paragraph. Lines 3, 11, 15, 16 are drafting "
             "instructions without brackets (counted as placeholders: a reviewer would flag them before publication); "
             "lines 4, 6, 19, 22, 25, 28 hold bracketed slots (19 and 28 hold two each).",
}

DOCS["lazynews-tsx"] = {
    "file": "page.tsx",
    "source": src("ChengZheWu/lazynewsai_website", "src/app/privacy/page.tsx", "bed814c797391fd4d40842aa0ff5d1b46b7bec97"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "Next.js site of a small AI news-digest service in Taiwan (cites the Personal Data Protection Act); the "
                 "privacy page fills the contact e-mail but leaves the operator as a bracketed 'fill in your company/team "
                 "name' instruction; only version; byte-exact blob",
    "title": {"line": 22, "text": "隱私權政策 (Privacy Policy)"},
    "headings": [H(31, 1), H(39, 1), H(44, 1), H(72, 1), H(90, 1), H(95, 1), H(100, 1), H(105, 1)],
    "placeholders": [
        P(28, "[請填入您的公司/團隊名稱]", "the operator: a bracketed instruction to fill in the company/team name"),
    ],
    "look_alike_lines": [
        L(33, "`lazynewsai.com`", "the site's own domain in Markdown backticks inside JSX (rendered literally), filled"),
        L(49, "**主動提供**", "Markdown bold markers written inside JSX (rendered as literal asterisks): formatting "
                         "residue, not a slot"),
    ],
    "notes": "<h1> title (bilingual), <h2> 一、-八、 = 1. Numbered '1. **蒐集方式與目的**：' paragraphs are list content. "
             "The header component (brand, 'Subscribe' link) is site chrome. Contact e-mail filled (line 109).",
}

DOCS["miao-kt-txt"] = {
    "file": "privacy.txt",
    "source": src("hyxhyxhyx153-cloud/Miao", "app/src/main/java/com/hyx/miao/ui/screens/auth/LegalConsent.kt",
                  "09c6d5468a13ee69b9211dc9a24b6df5c82dfac4"),
    "format": "text", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "an AI companion-chat Android app (self-hostable server); the app's built-in offline summary of its "
                 "privacy policy, shown when the server is unreachable, opens with a bracketed 'operator must fill in "
                 "before launch' block of 【填写…】 fields. Text in code: the Kotlin raw string FALLBACK_PRIVACY_POLICY, "
                 "extracted by tools/extract24.py mode 'ktraw' (unchanged)",
    "title": {"line": 1, "text": "Miao 隐私政策（离线摘要）"},
    "headings": [H(16, 1), H(25, 1), H(28, 1), H(31, 1), H(36, 1), H(39, 1), H(42, 1), H(45, 1), H(50, 1)],
    "placeholders": [
        P(8, "【运营者上线前必须填写】", "bracketed drafting label: the operator must fill in the block below before launch"),
        P(9, "【填写真实完整名称或姓名】", "personal-information handler / operator name never filled"),
        P(10, "【填写】", "registered and office address never filled"),
        P(11, "【填写】", "privacy officer and dedicated e-mail never filled"),
        P(12, "【填写】", "customer-service phone, hours and minors' channel never filled"),
        P(14, "上述信息未据实填写时", "drafting instruction: without the above the legal notice is incomplete and the "
                                 "operator must not start collecting"),
    ],
    "ambiguous_lines": [8],
    "ambiguous_placeholder_lines": [26, 32, 51],
    "notes": "Plain text, one paragraph per line, blank lines between. Title line 1; version and date (3-4) filled. "
             "Line 8 is a bracketed label over the slot block (a placeholder; ambiguous as a heading). Sections 一、-九、 = 1; "
             "numbered 1.-7. items under 一 are list content. Lines 26, 32, 51 say the operator 'must fill in' retention "
             "periods, recipients and a reachable channel in the full version (drafting obligations left in the "
             "summary; ambiguous placeholder lines).",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (no unfilled slot; a placeholder finding anywhere here is a false positive)
# ------------------------------------------------------------------------------------------------------

DOCS["superc-html"] = {
    "file": "privacy_zh.html",
    "source": src("daydayup-tlj/SuperCalculator", "privacy_zh.html", "44fc201d01ac98e8732e07dfc70edc8b436ab243"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "support site of an iOS calculator app by a personal developer; styled <div> page (section-title "
                 "classes, no <hN>); only version; byte-exact blob",
    "title": {"line": 141, "text": "隐私政策"},
    "headings": [H(151, 1), H(170, 1), H(186, 1), H(199, 1), H(209, 1), H(228, 1), H(235, 1), H(242, 1)],
    "ambiguous_lines": [140],
    "look_alike_lines": [
        L(217, "[您的姓名]", "an iOS Settings path ('设置' > '[your name]' > 'iCloud'): the user's own account name in "
                        "Apple's menu, not an unfilled slot"),
    ],
    "notes": "Header: app name (line 140, ambiguous), policy title (141), two filled dates. Section titles 一、-八、 are "
             "<div class=\"section-title\"> / \"contact-title\" = 1. Numbered bold lead-ins inside content divs are "
             "list content. Developer e-mail filled.",
}

DOCS["germination-md"] = {
    "file": "privacy-policy.zh.md",
    "source": src("hy916/germination-diary", "privacy-policy.zh.md", "d2d198e185b8c2ad6884e2cdcbc188252a643654"),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "support site of a baby-diary app built on a popular indie-app privacy template (filled); setext title, "
                 "## and ### sections; byte-exact blob",
    "title": {"line": 6, "text": "隐私政策"},
    "headings": [H(11, 1), H(19, 2), H(24, 2), H(28, 1), H(32, 1), H(36, 1), H(40, 1), H(46, 1), H(50, 1)],
    "notes": "Setext '===' title at line 6-7; a right-aligned HTML 'English' link above it. '**请注意：**' lead-ins are "
             "not headings. Contact is a GitHub issues link (pointing to another repository of the author); effective "
             "date filled.",
}

DOCS["archive-md"] = {
    "file": "privacy_policy_zh.md",
    "source": src("worldtheater/archive-privacy-policy", "privacy_policy_zh.md",
                  "80ec8995233ee97f89af08506add89190c5d2e4f", "Apache-2.0 (LICENSE at the commit)"),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "GitHub Pages repository of a notes app's privacy policy (zh and en); latest of 2 versions; byte-exact blob",
    "title": {"line": 1, "text": "Archive 隐私政策"},
    "headings": md_headings("archive-md", "privacy_policy_zh.md", levels={2: 1, 3: 2}),
    "notes": "# title, ## = 1, ### = 2. Contact e-mail and policy link in code spans, filled.",
}

DOCS["xiaodou-tsx"] = {
    "file": "Privacy.tsx",
    "source": src("h98989244/xiaodoucang", "src/pages/Privacy.tsx", "a986a32b45d129a836f4b4877e84ef2ca42fec63"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "React site (Taiwan, Traditional Chinese); a short three-section privacy page in the Taiwan template "
                 "wording; only version; byte-exact blob",
    "title": {"line": 5, "text": "隱私權政策"},
    "headings": [H(8, 1), H(12, 1), H(16, 1)],
    "notes": "<h1> title, three numbered <h2> = 1. No contact section, no date (incomplete but not a slot).",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
