#!/usr/bin/env python3
"""Source of truth for eval/blind/round28/holdout/*/annotation.json (hand annotations, round 28).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate28.py [name ...]

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





NOID = ("unknown: index text only; the repository could not be identified (the search index gave the file's text by id, "
        "without its repository or path)")
IDX_BIG = ("unknown: index text only (the repository's snapshot is over the fetch size limit; the search index lists no "
           "licence file for it)")


def md_headings(name, fname, levels, skip=()):
    """Headings of a Markdown file from its '#' lines (line 1, the title, excluded); level = levels['#' count]."""
    lines = read_lines(os.path.join(BASE, name, fname))
    out = []
    for i, raw in enumerate(lines, 1):
        m = re.match(r"^(#{1,6})\s", raw)
        if m and i != 1 and i not in skip:
            out.append(H(i, levels[len(m.group(1))]))
    return out


# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per slot line; the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

DOCS["sbj-md"] = {
    "file": "privacy-policy-draft.md",
    "source": src("mabeibei-coser/sbj-website", "content/privacy-policy-draft.md",
                  "9b8950adad3e60993a1af37507838b0c7bbf58af"),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a district social-security bureau's employment/entrepreneurship diagnosis site (Next.js); the policy is "
                 "a Markdown draft rendered by the site, with a quote-block draft notice under the title and a closing "
                 "italic draft line; byte-exact blob",
    "title": {"line": 1, "text": "隐私政策（草稿 v1.0）"},
    "headings": md_headings("sbj-md", "privacy-policy-draft.md", {2: 1, 3: 2}),
    "placeholders": [
        P(6, "本文为草稿，须经用户（黄浦区社保局合作交付方）法律审阅后才能上线生效。",
          "draft notice under the title: not valid until legal review by the client"),
        P(7, "Phase 1 仅作为 PIPL stub 的占位渲染源，正式上线版本可能调整。",
          "draft notice: the page is a placeholder rendering source, the released version may change"),
        P(122, "本文为草稿。最终生效版本以加盖公章后的 PDF 为准。",
          "closing draft line: this text is a draft, the sealed PDF prevails"),
    ],
    "ambiguous_placeholder_lines": [1, 59],
    "look_alike_lines": [
        L(3, "最后更新：2026-05-08", "a real update date in bold"),
        L(58, "POST /api/citizen/data/export", "an API path in a code span"),
        L(116, "63011095 / 63137613", "real service phone numbers"),
    ],
    "notes": "The title's （草稿 v1.0） is a draft marker (ambiguous placeholder line, as the line is the title). Line 59 "
             "'（Phase 2 之后会上线网页表单 + 短信验证。）' announces a later feature in italics: not a slot, but a reviewer "
             "might flag it (ambiguous). Bold lines 3-4 and bold lead-ins in lists are not headings.",
}

DOCS["marvin-tw-md"] = {
    "file": "PRIVACY.md",
    "source": src("(not identified)", "(a Discord voice bot's PRIVACY.md)", "(index id 71011256672)", NOID),
    "format": "markdown", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a self-hosted Discord voice bot ('Marvin'); a zh-TW privacy note drafted from the code, with a quote "
                 "block of items the operator must fix before publishing and 待確認 in place of the operator, the "
                 "contact and third-party terms; index text copied whole (5873 characters, = the index's count; "
                 "find_string put '（待確認）' at character 5826, the copy's offset)",
    "title": {"line": 1, "text": "PRIVACY — 隱私說明（草稿）"},
    "headings": md_headings("marvin-tw-md", "PRIVACY.md", {2: 1, 3: 2}),
    "placeholders": [
        P(3, "草稿，尚未對外發布。", "draft status note under the title ('not published yet; 待確認 = not found in the code')"),
        P(5, "發布前必須先處理（給營運者）", "note to the operator: items to fix before publishing (its list is 6-12)"),
        P(12, "聯絡方式、營運者身分、適用法律、未成年人政策：**待確認**", "open items: contact, operator, law, minors"),
        P(18, "營運者：待確認（對外公開的名稱與聯絡方式）", "the operator's name and contact left as 待確認"),
        P(91, "這些服務各自的保留與訓練政策：**待確認**", "third-party retention/training terms to be checked before publishing"),
        P(98, "（聯絡方式：待確認）", "the contact for deletion requests left as 待確認"),
    ],
    "ambiguous_placeholder_lines": [1, 6, 7, 8, 9, 10, 11, 111],
    "look_alike_lines": [
        L(51, "排程待啟用（Stage D 程式已完成）", "a status cell: the retention job is not enabled yet (a fact, not a slot)"),
        L(62, "2026-10-01 前的舊紀錄待營運者確認後清理", "a status cell about cleaning old records"),
        L(115, "依程式碼重寫的第一版草稿", "a change-log entry naming the first draft"),
    ],
    "notes": "Lines 6-11 are the numbered items of the note to the operator (ambiguous: the note's own lines 5 and 12 are "
             "the slot lines). Line 111 hedges a fact with （待確認） (ambiguous). The title's （草稿） is a draft marker on "
             "the title line (ambiguous). Table rows are not headings.",
}

DOCS["imprint-tw-py-md"] = {
    "file": "privacy.md",
    "source": src("(not identified)", "(a Python module of CMS slot specs, legal pages)", "(index id 60999997415)", NOID),
    "format": "markdown (from Python)", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Taiwan memorial-diamond shop's site; the /privacy page is held as CMS text slots in a Python list "
                 "(_t(page, key, label, text, order)); a draft with a callout and a TODO section for the lawyer; "
                 "extracted by the rule in tools/index/imprint-tw-py-md.rule",
    "title": {"line": 1, "text": "隱私權政策"},
    "headings": md_headings("imprint-tw-py-md", "privacy.md", {2: 1}),
    "placeholders": [
        P(3, "本頁面為草稿，尚待法務審閱與正式公告", "draft callout: TODO paragraphs still need the lawyer before going live"),
        P(39, "TODO：待補充事項（請法務／品牌方確認後移除本區塊）", "heading of the TODO block, 'remove this block after confirming'"),
        P(41, "TODO：個人資料保存期限", "TODO: retention period"),
        P(42, "TODO：是否委託第三方廠商處理資料", "TODO: processors (payment, logistics)"),
        P(43, "TODO：使用者查詢、更正、刪除個人資料的行使方式與聯絡窗口", "TODO: how to exercise rights, contact"),
        P(44, "TODO：其他 Cookie／追蹤技術使用情形", "TODO: other cookies / tracking"),
        P(45, "TODO：依個人資料保護法應揭露之其他事項", "TODO: other PDPA disclosures"),
    ],
    "look_alike_lines": [
        L(25, "「從 Google 帳戶匯入電話與地址」", "a UI button label in 「」"),
        L(29, "imprint_session Cookie（httpOnly）", "a cookie name"),
        L(47, "官方 LINE", "a filled contact channel"),
    ],
    "notes": "Line 39 is both a heading (the TODO section) and a placeholder line.",
}

DOCS["appname-tw-dart-md"] = {
    "file": "privacy.md",
    "source": src("(not identified)", "(a Flutter PrivacyPolicyScreen widget, .dart)", "(index id 7368181529)", NOID),
    "format": "markdown (from Dart)", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Flutter app's in-app 隱私權政策聲明 screen (zh-TW); the text is Dart string literals passed to "
                 "Text and a _buildSection(title, content) helper; app name, e-mail and address left as [..] fields; "
                 "extracted by the rule in tools/index/appname-tw-dart-md.rule",
    "title": {"line": 1, "text": "隱私權政策聲明"},
    "headings": md_headings("appname-tw-dart-md", "privacy.md", {2: 1}),
    "placeholders": [
        P(9, "[應用程式名稱]", "the app's name left as a bracketed field in the scope sentence"),
        P(44, "電子郵件：[您的聯絡信箱]", "contact e-mail field"),
        P(45, "通訊地址：[您的公司/開發者地址]", "postal address field"),
    ],
    "ambiguous_placeholder_lines": [3],
    "look_alike_lines": [
        L(15, "2.1 **您直接提供的資訊：**", "a numbered item with a bold label (list content, not a heading)"),
        L(37, "$100%", "a '\\$100%' escape in the Dart source (a literal dollar sign)"),
    ],
    "notes": "Line 3 keeps the Dart interpolation $effectiveDate verbatim (the app fills in the current date at run "
             "time): ambiguous. Numbered 2.1/3.1/... lines are list items.",
}

DOCS["inkcraft-tsx"] = {
    "file": "privacy-dialog.tsx",
    "source": src("(not identified)", "components/auth/privacy-dialog.tsx", "(index id 41163759408)", NOID),
    "format": "html (tsx)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "an AI essay-grading site (墨灵 Inkcraft, Next.js + shadcn); the privacy dialog renders the same "
                 "policy in a Dialog (desktop) and a Drawer (mobile) branch, each with 【请补充…】/【请填写…】 fields and "
                 "【重要提示：…】 notes to the author; index text copied whole (16044 characters, = the index's count; "
                 "find_string put '墨灵 (Inkcraft) 隐私政策' at character 1384, the copy's offset)",
    "title": {"line": 44, "text": "墨灵 (Inkcraft) 隐私政策"},
    "headings": [H(n, 1) for n in (48, 53, 77, 92, 114, 123, 131, 144, 161, 168, 173, 178,
                                   203, 208, 232, 247, 269, 278, 286, 299, 316, 323, 328, 333)],
    "placeholders": [
        P(101, "【请补充其他可能共享数据的第三方，如用于网站分析的工具】", "dialog: list item asking to add other processors"),
        P(119, "【重要提示：如果你的用户可能来自中国大陆以外", "dialog: note to the author about cross-border transfer"),
        P(136, "【重要提示：此处可以尝试更具体地说明不同类型数据的保留策略，例如：】", "dialog: note to the author on retention"),
        P(139, "【请填写具体时间，如30天】", "dialog: retention period field inside the example paragraph"),
        P(186, "地址：【请填写你的联系地址，如果需要】", "dialog: contact address field"),
        P(256, "【请补充其他可能共享数据的第三方，如用于网站分析的工具】", "drawer: the same list item"),
        P(274, "【重要提示：如果你的用户可能来自中国大陆以外", "drawer: the same note"),
        P(291, "【重要提示：此处可以尝试更具体地说明不同类型数据的保留策略，例如：】", "drawer: the same note"),
        P(294, "【请填写具体时间，如30天】", "drawer: the same field"),
        P(341, "地址：【请填写你的联系地址，如果需要】", "drawer: the same address field"),
    ],
    "ambiguous_lines": [199],
    "look_alike_lines": [
        L(45, "生效日期：2025年5月26日", "a real effective date"),
        L(57, "**您直接提供的信息：**", "Markdown bold markers typed literally into JSX text"),
        L(183, "邮箱：support@inkcraft.cn", "a real contact e-mail"),
    ],
    "notes": "Two renderings of one policy (Dialog / Drawer branches): both are annotated; the Drawer title (199) is a "
             "second title (ambiguous). h3 sections are level 1 in both branches.",
}

DOCS["gpulse-tw-tsx"] = {
    "file": "LegalTerms.tsx",
    "source": src("(not identified)", "(a React LegalTerms component)", "(index id 66399538287)", NOID),
    "format": "html (tsx)", "script": "hant", "region": "tw", "languages": ["zh", "en"], "kind": "template",
    "repo_kind": "a zh-TW dating app's consent screen (GPulse) showing its 隱私權政策 with English glosses in the "
                 "headings; the operator left as a bracketed field; index text copied whole (8979 characters, = the "
                 "index's count; find_string put ']（以下簡稱「' at character 499, the copy's offset)",
    "title": {"line": 12, "text": "GPulse 隱私權政策 (Privacy Policy)"},
    "headings": [H(n, 1) for n in (21, 48, 59, 80, 98, 105, 117)],
    "placeholders": [
        P(17, "[公司註冊名稱或開發團隊名稱]", "operator: 'registered company name or dev team name' field"),
    ],
    "ambiguous_lines": [164, 171],
    "look_alike_lines": [
        L(13, "最後更新日期：2026/08/22", "a real date"),
        L(123, "support@g-pulse.com", "a real contact e-mail"),
        L(198, "${!scrolledToBottom ? 'opacity-30 pointer-events-none' : ''}", "a template-literal interpolation in a className"),
    ],
    "notes": "164 (GPulse brand h2) and 171 (在繼續之前, the consent card's heading) are UI chrome around the policy "
             "(ambiguous).",
}

# ------------------------------------------------------------------------------------------------------
# Clean documents (no unfilled slot; they measure false positives)
# ------------------------------------------------------------------------------------------------------

DOCS["granoflow-hk-md"] = {
    "file": "privacy-policy.zh-HK.md",
    "source": src("granoflow/granoflow-docs", "docs/privacy-policy.zh-HK.md", "3290f624ab3c378d0bd2348a5424863707a94b59",
                  IDX_BIG),
    "format": "markdown", "script": "hant", "region": "hk", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a productivity app's docs repository; the zh-HK edition of its policy (私隱, 電郵, 核數) operated by "
                 "a Hong Kong company, with PRC/HK/Singapore/EEA supplements; index text copied whole (4950 characters, "
                 "= the index's count; the snapshot is over the fetch size limit)",
    "title": {"line": 1, "text": "Granoflow 隱私政策"},
    "headings": md_headings("granoflow-hk-md", "privacy-policy.zh-HK.md", {2: 1, 3: 2}),
    "look_alike_lines": [
        L(85, "以不透明佔位符取代選定內容", "describes replacing content with placeholders before AI calls (the word 佔位符)"),
        L(86, "在回應返回後於本地還原佔位符", "the same feature (佔位符)"),
        L(210, "[granoflow@anz.tv](mailto:granoflow@anz.tv)", "a Markdown e-mail link in brackets"),
    ],
}

DOCS["yousheng-htm"] = {
    "file": "隐私协议.htm",
    "source": src("wsndy163/yousheng", "隐私协议.htm", "5f550b00f7b421b4b8a123f9c5aa6defb3d6c6fd"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "an audiobook app's hosted pages (听书吧); a long filled privacy policy written as one 27 KB line of "
                 "<p>/<b> paragraphs (CRLF), signed 听书吧 2018年10月20日; byte-exact blob",
    "title": {"line": 3, "text": "隐私协议"},
    "headings": [],
    "ambiguous_lines": [9],
    "look_alike_lines": [
        L(9, "【注意】", "a bracketed label opening the appendix"),
    ],
    "notes": "The whole policy (sections 一-八 and an appendix) is on line 9, so headings cannot be scored by line: the "
             "line is ambiguous; the document measures placeholder precision only.",
}

DOCS["konnokai-tw-en-md"] = {
    "file": "PRIVACY_POLICY.md",
    "source": src("konnokai/DiscordSupportBot", "PRIVACY_POLICY.md", "f0dfc192de4f050902535d67c3f12a4b12bd546a"),
    "format": "markdown", "script": "hant", "region": "tw", "languages": ["zh", "en"], "kind": "clean",
    "repo_kind": "a Discord support bot's bilingual policy: a zh-TW edition then an English edition in one file, "
                 "filled (contact e-mail, developer, project URL); byte-exact blob",
    "title": {"line": 1, "text": "隱私權政策 / Privacy Policy"},
    "headings": md_headings("konnokai-tw-en-md", "PRIVACY_POLICY.md", {2: 1, 3: 2}, skip=(7, 105)),
    "ambiguous_lines": [7, 105],
    "look_alike_lines": [
        L(10, "2026 年 6 月 12 日", "a real date"),
        L(93, "contact@konnokai.me", "a real e-mail"),
        L(191, "contact@konnokai.me", "the same e-mail in the English half"),
    ],
    "notes": "7 and 105 are the edition titles (繁體中文 / English) under the bilingual title: ambiguous.",
}

DOCS["babymall-vue"] = {
    "file": "privacy.vue",
    "source": src("(not identified)", "(a uni-app privacy page, .vue)", "(index id 60353451231)", NOID),
    "format": "html (vue)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a baby-products WeChat mini-program (uni-app, 禧孕优选); the policy is <text> elements whose operator "
                 "name and dates are Vue interpolations filled from a config at run time; index text copied whole "
                 "(7609 characters, = the index's count; find_string put '}}（以下简称“我们”' at character 347, the "
                 "copy's offset)",
    "title": {"line": 4, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (10, 18, 25, 29, 33, 37, 41, 53, 57)],
    "ambiguous_lines": [46],
    "look_alike_lines": [
        L(5, "{{ legal.privacyPolicy.updatedAt }}", "a Vue interpolation filled at run time"),
        L(6, "{{ legal.privacyPolicy.effectiveAt }}", "a Vue interpolation filled at run time"),
        L(8, "{{ legal.companyName }}（以下简称“我们”）", "the operator name as a Vue interpolation"),
        L(58, "{{ customerPhone }}", "a Vue interpolation"),
    ],
    "notes": "46 (注销当前账号) is the heading of an account-deletion card shown to logged-in users (ambiguous).",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
