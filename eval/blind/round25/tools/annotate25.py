#!/usr/bin/env python3
"""Source of truth for eval/blind/round25/holdout/*/annotation.json (hand annotations, round 25).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate25.py [name ...]

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

# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per slot line; the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

DOCS["riddle-md"] = {
    "file": "PRIVACY.md",
    "source": src("Trentct/Riddle-iPad", "docs/app-store/PRIVACY.md", "ffc911d10e48473893f195df9fda87109fd7373d",
                  "MIT (LICENSE at the commit)"),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "an iPad handwriting/AI-letter app; its App Store submission draft of the privacy policy names the "
                 "person who must fill the gaps ('[Trent 待定——…]') and ends with a 'remove before submitting' note to him; "
                 "only version; byte-exact blob",
    "title": {"line": 1, "text": "隐私政策 Privacy Policy（提交草案）"},
    "headings": (md_headings("riddle-md", "PRIVACY.md", skip={129}, levels={2: 1, 3: 2})),
    "placeholders": [
        P(3, "[Trent 待定——发布前填入实际日期]", "last-updated date: a bracketed 'to be decided by <person> — fill in the "
                                          "real date before publishing'"),
        P(5, "本文档需要 Trent 以静态页面", "drafting instruction addressed to a named person (host this text as a "
                                    "static page); no bracket"),
        P(8, "这是占位符", "says the privacy-policy URL in the app is a placeholder that the named person must replace"),
        P(79, "[Trent 待定：如需更明确的", "bracketed 'to be decided' note asking for a link to the AI provider's policy "
                                     "(the bracket continues on line 80)"),
        P(124, "[Trent 待定——发布前填入实际支持邮箱，", "contact: bracketed 'fill in the real support e-mail before "
                                             "publishing' (continues on line 125)"),
        P(129, "提交前请删除本节或移到别处", "a heading over a note to the named person: 'delete this section before "
                                    "submitting'"),
        P(134, "**[Trent 待定]**", "the note counts the two '[Trent 待定]' gaps still to fill"),
    ],
    "ambiguous_lines": [129],
    "ambiguous_placeholder_lines": [1, 6, 7, 9, 80, 125, 131, 132, 133, 135, 136],
    "look_alike_lines": [
        L(29, "占位标记", "'a placeholder marker' describes what the app stores instead of the user's handwriting: "
                       "the word for placeholder in its literal sense, not a slot"),
    ],
    "notes": "# title (bilingual, marked 'submission draft'), ## 1.-7. = 1, ### N.N = 2. Line 129 is a ### after a rule, a "
             "note to the developer rather than a section of the policy (ambiguous heading; a placeholder line as a "
             "drafting instruction). Lines 6-7, 9 continue the line-5/8 drafting paragraph; 80 and 125 continue "
             "bracketed slots opened on 79 and 124; 131-136 are the rest of the note (all ambiguous placeholder lines).",
}

DOCS["nidomi-tw-md"] = {
    "file": "PRIVACY_POLICY.md",
    "source": src("gztin/nidomi", "docs/PRIVACY_POLICY.md", "c3adc3ce8dccc1ea711684146ddca28bad209120"),
    "format": "markdown", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Taiwan rental-listing platform's draft privacy policy (個人資料保護法 wording) kept in docs/ before "
                 "launch: effective date '待定', address and deadlines in tortoise-shell brackets 〔待填〕/〔待律師確認〕, "
                 "retention periods as bracketed suggestions 〔建議 …〕; first of two commits holding the file (same blob in "
                 "both), later removed; byte-exact blob (no final newline)",
    "title": {"line": 1, "text": "nidomi 隱私權政策（草案）"},
    "headings": md_headings("nidomi-tw-md", "PRIVACY_POLICY.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(5, "待定", "effective date: unbracketed 'to be decided' after the field label"),
        P(117, "〔建議 30 天〕", "retention period given only as a bracketed suggestion (tortoise-shell brackets)"),
        P(120, "〔建議完成／取消後 3 年〕", "retention period as a bracketed suggestion"),
        P(121, "〔具體期限待定〕", "retention period: bracketed 'specific period to be decided'"),
        P(122, "〔建議至少 3 年，待法律確認〕", "retention period: bracketed suggestion 'pending legal confirmation'"),
        P(123, "〔建議 90 至 180 天〕", "retention period as a bracketed range suggestion"),
        P(176, "〔待填〕", "contact address: bracketed 'to be filled'"),
        P(177, "〔待律師確認〕", "request-handling deadline: bracketed 'pending the lawyer's confirmation'"),
    ],
    "ambiguous_placeholder_lines": [1, 9, 55, 103, 105, 111, 115, 144, 164],
    "notes": "# title ('draft'), metadata list (lines 3-7; version, dates, collector, contact filled except the effective "
             "date), ## 1.-15. = 1, ### N.N = 2. Unbracketed drafting sentences ('must be reviewed by a lawyer before "
             "launch', 'list the actual providers before launch', 'analytics tool to be decided', 'whether minors may "
             "register is still to be decided', 'the following is a draft') are ambiguous placeholder lines.",
}

DOCS["facilis-md"] = {
    "file": "PRIVACY_POLICY_DRAFT.md",
    "source": src("CloudWhiteTower/facilis-recording", "docs/PRIVACY_POLICY_DRAFT.md",
                  "1272802180ddf5b159c8dd56ddf52b9ad67fbc67", IDX),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a HarmonyOS voice-recorder app; its AppGallery privacy-policy draft leaves the effective date, the "
                 "developer (person or company) and the e-mail as bracketed field names and opens with an instruction to "
                 "fill the brackets. Index text (no snapshot): copied from the search index, see tools/index/facilis-md.rule",
    "title": {"line": 1, "text": "Facilis Recording 隐私政策（草案）"},
    "headings": md_headings("facilis-md", "PRIVACY_POLICY_DRAFT.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(3, "发布前由应用发布者补全方括号内容", "drafting instruction: the publisher must complete the bracketed content "
                                          "before release; not yet in force"),
        P(7, "[YYYY-MM-DD]", "effective date: a bracketed date format"),
        P(9, "[开发者个人姓名或企业全称]", "developer: bracketed 'individual name or full company name'"),
        P(11, "[有效联系邮箱]", "contact e-mail: bracketed 'valid contact e-mail'"),
        P(77, "[开发者个人姓名或企业全称]", "contact section: the same developer field"),
        P(78, "[有效联系邮箱]", "contact section: the same e-mail field"),
        P(79, "[可选]", "other contact: bracketed 'optional'"),
    ],
    "ambiguous_placeholder_lines": [1, 5, 61, 83, 85],
    "look_alike_lines": [
        L(39, "“设置 > 麦克风权限”", "a UI path in quotes, not a slot"),
        L(85, "[审核验收说明](STORE_REVIEW_GUIDE.md)", "a Markdown link (square brackets around link text)"),
    ],
    "notes": "# title ('draft'), ## 一、-八、 = 1, ### (麦克风, 后台运行) = 2. Lines 83 and 85, after a rule, are the "
             "developer's submission and test notes ('not part of the policy text'; ambiguous placeholder lines). Line "
             "61 ends with an instruction to sync the retention rules to the store console before submission (ambiguous).",
}

DOCS["petaccess-md"] = {
    "file": "PRIVACY_POLICY_DRAFT.md",
    "source": src("huangdi97/petaccess", "docs/legal/PRIVACY_POLICY_DRAFT.md",
                  "078f33d5860441b56d410d9444bf81647aa27ee2", IDX),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a pet-friendly-places app; an engineering-side privacy draft ('LEGAL_REVIEW_REQUIRED') whose open "
                 "points are bracketed '待确认/待律师确认/待补充' notes inside Markdown code spans, mostly in table cells. "
                 "Index text (no snapshot), see tools/index/petaccess-md.rule",
    "title": {"line": 1, "text": "PRIVACY_POLICY_DRAFT.md"},
    "headings": md_headings("petaccess-md", "PRIVACY_POLICY_DRAFT.md", levels={2: 1}),
    "placeholders": [
        P(39, "`[待确认：腾讯位置服务]`", "map provider in a table cell: a bracketed 'to be confirmed' inside a code span"),
        P(40, "`[待确认：provider 选型与数据出", "AI/OCR provider and cross-border assessment to be confirmed (code span)"),
        P(41, "`[待确认：存储地域]`", "storage region to be confirmed (code span in a table cell)"),
        P(50, "`[待律师确认：30 日内删除或匿名化]`", "retention after account closure pending a lawyer (code span)"),
        P(52, "`[待确认]`", "log retention: a bare bracketed 'to be confirmed' in a code span"),
        P(58, "`[待补充：入口与联系方式]`", "how to exercise rights: entry point and contact 'to be supplied'"),
        P(71, "`[待律师拟定：通知方式与生效规则]`", "policy updates: the whole section is a bracketed 'to be drafted by a "
                                         "lawyer' in a code span"),
        P(75, "**待补充**", "closing list of what is still missing: operator, privacy officer contact, storage region, "
                          "effective date, version (bold label, no bracket)"),
    ],
    "ambiguous_placeholder_lines": [3],
    "look_alike_lines": [
        L(13, "`<100m`", "distance buckets in code spans inside a table (angle bracket and numbers), filled values"),
    ],
    "notes": "# the file name as title; ## 1.-9. = 1. Line 3 is a 'legal review required, do not publish' banner "
             "(ambiguous placeholder line). Tables hold most slots.",
}

DOCS["shilian-md"] = {
    "file": "PRIVACY_POLICY_DRAFT.md",
    "source": src("Annika-kiki/shi-lian-app", "docs/PRIVACY_POLICY_DRAFT.md",
                  "54215900e3176ac61234440d48502c3eb0cdcd14", IDX),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a WeChat mini-program for diet and training records; the 'review draft' of its privacy policy fills the "
                 "operator and contact but leaves the effective date as an unbracketed 'to be filled before the first "
                 "release' and tells the operator to list the hosting provider. Index text (no snapshot), see "
                 "tools/index/shilian-md.rule",
    "title": {"line": 1, "text": "食练周期隐私政策（审核草案）"},
    "headings": md_headings("shilian-md", "PRIVACY_POLICY_DRAFT.md", levels={2: 1}),
    "placeholders": [
        P(3, "待运营者确认", "status line: 'pending the operator's confirmation, must not be published as accepted text'"),
        P(25, "应在此列明服务商名称", "drafting instruction: once the hosting provider is chosen, list its name, purposes, "
                               "data types and processing here"),
        P(43, "待首次正式发布前填写", "effective date: unbracketed 'to be filled before the first official release'"),
    ],
    "ambiguous_placeholder_lines": [1, 29],
    "notes": "# title ('review draft'), ## sections = 1. Operator name, contact e-mail and update date are filled "
             "(lines 41-44). Line 29 recommends a 30-day backup period 'to be aligned with the cloud platform' "
             "(ambiguous).",
}

DOCS["blab-md"] = {
    "file": "privacy-policy.md",
    "source": src("FutrixDev/translator", "docs/privacy-policy.md", "10ad6823d7e388832f482f934c63010d70e69c3e", IDX),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "template",
    "repo_kind": "a Chrome translation extension's store privacy policy, zh-Hans with English paragraphs under bilingual "
                 "headings; everything filled except the contact, a bold full-width-parenthesised 'fill in the contact "
                 "e-mail before publishing', followed by a warning block to the publisher. Index text (the snapshot here "
                 "predates the file), see tools/index/blab-md.rule",
    "title": {"line": 1, "text": "隐私政策 — 叭叭翻译 / Blab Translation Privacy Policy"},
    "headings": md_headings("blab-md", "privacy-policy.md", levels={2: 1}),
    "placeholders": [
        P(106, "（发布前填入联系邮箱）", "contact: bold full-width parenthesised 'fill in the contact e-mail before "
                                   "publishing'"),
        P(108, "必须由发布者填", "warning block to the publisher: this line must be filled in by the publisher"),
    ],
    "ambiguous_placeholder_lines": [6, 7, 8, 109],
    "look_alike_lines": [
        L(74, "`<all_urls>`", "a permission name in angle brackets inside a code span (table cell)"),
    ],
    "notes": "# bilingual title; bilingual ## headings = 1. Dates filled (lines 3-4). Lines 6-8 are an author's note on "
             "how the page is meant (quote block; ambiguous); 109 continues the warning on 108.",
}

DOCS["browseragent-md"] = {
    "file": "privacy-policy.md",
    "source": src("Wadoekeani/browser-agent", "store/privacy-policy.md", "c793410642a77e226bb53fc6a382fbe92add04b8",
                  MIT_IDX),
    "format": "markdown", "script": "hant", "region": "tw", "languages": ["en", "zh"], "kind": "template",
    "repo_kind": "a Chrome AI-agent extension's store privacy policy: an English policy then its zh-Hant (Taiwan wording) "
                 "translation, each with its own # title; the date is a bracketed field in both halves. Index text (no "
                 "snapshot), see tools/index/browseragent-md.rule",
    "title": {"line": 1, "text": "Browser Agent Privacy Policy"},
    "headings": md_headings("browseragent-md", "privacy-policy.md", skip={58}, levels={2: 1}),
    "placeholders": [
        P(3, "[DATE]", "English half: 'Last updated: [DATE]'"),
        P(60, "[日期]", "zh-Hant half: '最後更新：[日期]'"),
    ],
    "ambiguous_lines": [58],
    "notes": "English first, then a rule and a second # title (line 58, the zh-Hant title: ambiguous heading). ## "
             "sections of both halves = 1. Contact is a GitHub issues URL (filled).",
}

DOCS["baudrate-md"] = {
    "file": "privacy-policy.md",
    "source": src("hiroshiyui/baudrate", "doc/privacy-policy.md", "0f57d8c9b2c4b7efdc241e651e0c87d057698809", IDX),
    "format": "markdown", "script": "hant", "region": "tw", "languages": ["zh", "en"], "kind": "template",
    "repo_kind": "the privacy-policy template of a self-hosted ActivityPub forum (Taiwan 個人資料保護法): a zh-Hant half "
                 "and an English half, with [OPERATOR], [CONTACT] and [EFFECTIVE DATE] left in both; an HTML comment at "
                 "the top tells the instance owner what to fill. Index text (the snapshot here predates the file), see "
                 "tools/index/baudrate-md.rule",
    "title": {"line": 1, "text": "隱私權政策 Privacy Policy"},
    "headings": md_headings("baudrate-md", "privacy-policy.md", skip={40}, levels={1: 1, 2: 2, 3: 3}),
    "placeholders": [
        P(38, "[EFFECTIVE DATE]", "bilingual last-updated line: an English bracketed field name"),
        P(51, "**[OPERATOR]**", "zh-Hant introduction: operator and contact both bracketed English field names "
                              "(two slots on the line)"),
        P(177, "**[CONTACT]**", "zh-Hant rights section: ask [CONTACT] for what the export omits"),
        P(192, "**[CONTACT]**", "zh-Hant security section: contact [CONTACT] if the account was reached"),
        P(206, "**[OPERATOR]**", "English introduction: 'This site is run by [OPERATOR]'"),
        P(208, "**[CONTACT]**", "English introduction: 'Questions go to [CONTACT]'"),
        P(423, "**[CONTACT]**", "English rights section"),
        P(455, "**[CONTACT]**", "English security section"),
    ],
    "ambiguous_lines": [40],
    "ambiguous_placeholder_lines": [3, 8, 9, 10, 11],
    "look_alike_lines": [
        L(142, "「[deleted]」", "the literal text a soft-deleted message shows, in brackets: not a slot"),
        L(368, "\"[deleted]\"", "the same literal UI text in the English half"),
        L(13, "<someone@example.org>", "inside the HTML comment: an example of the angle-bracket e-mail form"),
    ],
    "notes": "# title; an HTML comment (lines 3-36) addressed to the instance owner lists the three fields (lines 9-11, "
             "ambiguous placeholder lines: not rendered). '### 語言 · Language' (40) precedes both halves (ambiguous "
             "level). '# 台灣漢語' (49) and '# English' (204) divide the halves = 1; their ## sections = 2; ### = 3.",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (no unfilled slot; a placeholder finding anywhere here is a false positive)
# ------------------------------------------------------------------------------------------------------

DOCS["mlexpress-md"] = {
    "file": "PRIVACY_POLICY.md",
    "source": src("huangdelun16-lgtm/ml-express", "ml-express-client/PRIVACY_POLICY.md",
                  "54d8cf77b9f9975dfc4df88250c6ad089f405ca6"),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a Myanmar delivery company's client-app privacy policy in zh-Hans (the repo also holds a merchant app "
                 "copy); only version; byte-exact blob",
    "title": {"line": 1, "text": "MARKET LINK EXPRESS 隐私政策"},
    "headings": md_headings("mlexpress-md", "PRIVACY_POLICY.md", levels={2: 1, 3: 2}),
    "notes": "# title, ## 1.-13. = 1, ### 2.1/2.2 = 2. Bold labels in lists are list content. Contact block filled "
             "(e-mail, phone, WeChat, site, Yangon address).",
}

DOCS["markin-md"] = {
    "file": "privacy_policy_cn.md",
    "source": src("Aaron-Hu/Markin", "privacy_policy_cn.md", "14b6066dda63961eda0da97d51c274c0a8fc4842",
                  "CC0 1.0 Universal (LICENSE at the commit)"),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "GitHub Pages site of a small iOS app; a short Jekyll post with YAML front matter (title only there); "
                 "no final newline; only version; byte-exact blob",
    "title": {"line": 2, "text": "隐私政策"},
    "headings": md_headings("markin-md", "privacy_policy_cn.md", levels={2: 1}),
    "notes": "Front matter lines 1-5 (title in line 2); effective date filled; four ## = 1; contact e-mail as a Markdown "
             "mailto link (filled).",
}

DOCS["meanthis-md"] = {
    "file": "PRIVACY_zh.md",
    "source": src("oraclexing/meanthis", "PRIVACY_zh.md", "38eb4a6532803303ea41a59cda6e5b64e5259ce9", IDX),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a local-first browser extension's zh-Hans privacy note, dense with English terms and code spans "
                 "(permission names, 127.0.0.1, a JSON-ish flag). Index text (no snapshot), see "
                 "tools/index/meanthis-md.rule",
    "title": {"line": 8, "text": "MeanThis 隐私说明"},
    "headings": md_headings("meanthis-md", "PRIVACY_zh.md", skip={8}, levels={2: 1}),
    "look_alike_lines": [
        L(30, "`http://127.0.0.1/*`", "a host-permission pattern in a code span"),
        L(10, "[English](https://oraclexing.github.io/meanthis/privacy/)", "a language-switch Markdown link"),
    ],
    "notes": "YAML front matter (1-6), # title line 8, nine ## = 1. Last-updated date filled; contact through GitHub "
             "issues and a security policy link.",
}

DOCS["catheadtab-md"] = {
    "file": "PRIVACY_zh.md",
    "source": src("cooblog/CatHeadTab", "PRIVACY_zh.md", "6b195c682c7bea8419ec6610250f7dd6cdf4e77e",
                  "AGPL-3.0 (LICENSE at the commit)"),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a new-tab browser extension's zh-Hans privacy policy (English and zh versions in the repo), with "
                 "permission and host-permission tables full of code spans (`http://*/*`, `Referer`); newer of two "
                 "versions; byte-exact blob",
    "title": {"line": 1, "text": "CatHeadTab 隐私政策"},
    "headings": md_headings("catheadtab-md", "PRIVACY_zh.md", levels={2: 1, 3: 2}),
    "look_alike_lines": [
        L(56, "`http://*/*`", "host-permission patterns in code spans (asterisks as wildcards), not slots"),
    ],
    "notes": "# title, ## = 1, ### (two under 数据收集…) = 2. Date filled; contact through GitHub issues (a Markdown "
             "link).",
}

DOCS["fbbot-tw-html"] = {
    "file": "privacy.html",
    "source": src("akaiHuang/facebook-campaign-bot", "_archived/old-src/src/routes/privacy.js",
                  "50346ed482890d1f25223182eea457976b30da56"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Facebook fan-page campaign bot (Taiwan); the archived Express route serves a zh-TW privacy page "
                 "whose contact list leaves the e-mail and the fan-page link as bracketed 'your …' field names (the live "
                 "Firebase version elsewhere in the repo is a different, filled text). Text in code: the template "
                 "literal passed to res.send(), extracted by tools/extract25.py mode 'jsliteral' (unchanged; line 1 "
                 "is the empty rest of the res.send line); added after the first run of the other twelve (see README)",
    "title": {"line": 42, "text": "隱私政策"},
    "headings": [H(46, 1), H(54, 1), H(65, 1), H(76, 1), H(84, 1), H(97, 1), H(108, 1), H(120, 1), H(128, 1),
                 H(136, 1), H(145, 1), H(156, 1)],
    "placeholders": [
        P(150, "[您的電子郵件]", "contact e-mail left as a bracketed 'your e-mail'"),
        P(151, "[您的粉絲頁]", "contact fan page left as a bracketed 'your fan page'"),
    ],
    "look_alike_lines": [
        L(139, "「最後更新日期」", "a quoted field label in running text (the date itself, line 43, is filled)"),
    ],
    "notes": "A full HTML document inside a JS string: <title> in <head> (line 7), <h1> title (42), <h2> 1.-12. = 1. "
             "Last-updated date filled. Footer copyright line is chrome.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
