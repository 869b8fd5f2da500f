#!/usr/bin/env python3
"""Source of truth for eval/blind/round18/holdout/*/annotation.json (hand annotations, round 18).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate18.py [name ...]

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
        return 1 <= line <= len(lines) and norm(t) in norm(re.sub(r"<[^>]*>", "", lines[line - 1]) + lines[line - 1])

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




# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per line: the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

DOCS["dsh-cloud-bilingual-md"] = {
    "file": "privacy.zh.md",
    "source": src("AgentsDanceAI/deepseek-harness-cloud", "legal/privacy.zh.md",
                  "a317449f8d8b1fc47bd87acaab7839f370118e05",
                  "none at this commit (a LICENSE was added to the repository later)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "filled-in",
    "repo_kind": "LLM gateway / cloud desktop service (DSH Cloud); the privacy policy as first committed (2026-08-16), "
                 "before the commit 09487ff '法律文档定稿：填平全部占位符' (2026-08-17) filled every slot; byte-exact blob",
    "title": {"line": 3, "text": "DSH Cloud 隐私政策"},
    "headings": [H(n, 1) for n in (11, 27, 35, 45, 53, 64, 74, 78, 88, 92, 99)],
    "placeholders": [
        P(5, "【上线日期】", "effective date left as a bracketed slot name"),
        P(7, "文中【】内为占位符，发布前须逐项填写或确认", "drafting instruction in a blockquote (the slots must be filled before publication)"),
        P(9, "【运营主体】", "bracketed slot name for the processor, followed by a 'currently …' value in prose"),
        P(39, "【上游提供方名单】", "slot for the list of upstream model providers inside a table cell"),
        P(49, "【境外接收方清单及联系方式】", "slot for the overseas recipients (also 【联系邮箱】 on the same line)"),
        P(60, "建议值，正式发布前确认", "a retention period in template brackets with a drafting note 'suggested value, confirm before publication' (table cell)"),
        P(70, "【联系邮箱】", "contact e-mail slot (the same line also has a filled value kept in brackets, 【15】)"),
        P(94, "【联系邮箱】", "contact e-mail slot"),
        P(95, "【注册地址】", "registered-address slot (the line starts with the 【运营主体】 slot)"),
        P(103, "【联系邮箱】", "English summary paragraph: 【运营主体】 and 【联系邮箱】 slots inside English text"),
    ],
    "ambiguous_placeholder_lines": [1],
    "notes": "## 1.–10. and '## English Summary' are the sections (level 1). Line 1 is an HTML comment saying the text is a "
             "draft to be reviewed before publication: invisible when the Markdown is rendered, so a finding there is "
             "neither required nor false. Tables (lines 15-21, 37-41, 55-62) hold no headings. Bilingual: a Chinese "
             "policy with an English summary paragraph (line 103) that repeats two slots.",
}

DOCS["skipface-bilingual-md"] = {
    "file": "PRIVACY.md",
    "source": src("LZZLHY/skipface", "docs/PRIVACY.md", "01a09259a05b146d61b87bc024ec453946693904",
                  "none at this commit (MIT LICENSE added in the next commit 3504bd0)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "filled-in",
    "repo_kind": "HarmonyOS photo face-hiding app; bilingual privacy policy as first committed (2026-07-01); the "
                 "developer name was filled in the HTML copy one commit later; byte-exact blob",
    "title": {"line": 1, "text": "SkipFace 隐私政策 / Privacy Policy"},
    "headings": [H(10, 1), H(81, 1)]
                + [H(n, 2) for n in (12, 18, 27, 40, 47, 51, 55, 59, 67, 71,
                                     83, 89, 98, 111, 118, 122, 126, 130, 134, 138)],
    "placeholders": [
        P(6, "本文档中标注【】的项为占位符", "drafting instruction (blockquote): bracketed items are placeholders to replace before publication"),
        P(14, "【请填写：开发者/公司名称】", "developer name slot with a fill-in instruction inside the brackets"),
        P(75, "【请填写：开发者/公司名称】", "developer name slot in the contact list"),
        P(76, "【请填写：联系邮箱，例如 privacy@example.com】", "contact e-mail slot with an example.com example inside the brackets"),
        P(85, "【Developer/Company name】", "English section: an English slot name in full-width brackets"),
        P(142, "【Developer/Company name】", "English contact list: developer slot"),
        P(143, "【Contact email, e.g. privacy@example.com】", "English contact list: e-mail slot with an example.com example"),
    ],
    "notes": "'## 简体中文' and '## English' are the two language parts (level 1); the ### sections under each are level 2. "
             "Tables hold no headings. Line 77 (a GitHub URL) is a filled value.",
}

DOCS["moneyly-md"] = {
    "file": "yinsizhengce.md",
    "source": src("boonook/Moneyly", "yinsizhengce.md", "416b4c59d9d0ebe061cd059df5737c539f8fbf95"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "React Native bookkeeping app Moneyly; privacy page repository (GitHub Pages), the same blob in all five "
                 "commits (2026-08-03 … 08-12); byte-exact blob",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (14, 54, 67, 82, 94, 100, 110, 116)]
                + [H(n, 2) for n in (18, 28, 31, 43, 69, 74, 77)],
    "placeholders": [
        P(10, "本隐私政策中的【】内容为待您确认后填写的信息", "drafting instruction left in the published text (fill the bracketed items before publication)"),
        P(128, "【运营公司名称】", "operator-name slot in the closing sentence"),
    ],
    "ambiguous_placeholder_lines": [120, 121, 122, 124],
    "notes": "Lines 120-122 and 124 hold filled values kept in template brackets (【name】, 【e-mail】, 【address】, 【15】): "
             "not slots, but a finding there is not false. Bold lines 3-4 (dates) and bold sentences are not headings.",
}

DOCS["xinghuo-md"] = {
    "file": "个人信息保护政策.md",
    "source": src("vvmashimaro/xinghuo-xueban", "docs/个人信息保护政策.md", "a3c72d190cb7029d480159e30d04fdfc50b6771c"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "tutoring-marketplace demo (星火学伴) with a static site; the Markdown policy the site's JS embeds. "
                 "INDEX TEXT, not a verified blob: the repository could not be fetched here, the file is the text the "
                 "search index stores for this path at this commit (3036 characters, = the index's total_chars)",
    "title": {"line": 1, "text": "《个人信息保护政策》"},
    "headings": [H(n, 1) for n in (13, 57, 68, 75, 88, 97, 111, 117, 121, 125, 129)]
                + [H(n, 2) for n in (17, 25, 31, 37, 43, 49)],
    "placeholders": [
        P(5, "【运营主体名称】", "operator and credit-code slots (【统一社会信用代码】) in the header block"),
        P(7, "正式上线前须由法务结合实际处理活动、跨境情形及未成年人保护要求审定", "drafting note (blockquote): demo template, to be reviewed before launch"),
        P(133, "【运营主体名称】", "contact list: operator slot"),
        P(134, "【隐私邮箱】", "contact list: privacy e-mail slot"),
        P(135, "【客服电话】", "contact list: phone slot"),
        P(136, "【联系地址】", "contact list: address slot"),
        P(142, "正式对外发布前请咨询律师并结合实际处理活动修订", "closing drafting note: demo template, revise before publication"),
    ],
    "ambiguous_placeholder_lines": [3, 131],
    "notes": "Line 3 says the version is a '演示模板' (demo template) and line 131 ends with '（演示占位）' (demo "
             "placeholders): both announce slots rather than being slots. Bold **目的** lines are lead-ins, not headings.",
}

DOCS["chaosreg-tw-tsx-txt"] = {
    "file": "privacy.txt",
    "source": src("Aquilonis1991/chaos-registry", "src/pages/PrivacyPage.tsx", "a330349c5d64da326ed0a38f5ea431c90e3fc171"),
    "format": "txt", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "Taiwanese voting/community app (不理性登記處 / ChaosRegistry, Vite + React, Capacitor); the privacy page's "
                 "built-in default text, newest of 5 versions (2026-01-02); every version keeps the same blank company name. "
                 "Extracted with tools/extract18.py (mode jsx-blocks) from `const DefaultPrivacySections` to the end: inline "
                 "tags removed, one run of text between block tags per line, a blank line between runs",
    "headings": [H(n, 1) for n in (5, 33, 49, 71, 79, 93, 103, 107, 111, 119)]
                + [H(n, 2) for n in (9, 17, 27, 53, 63, 67)],
    "placeholders": [
        P(1, "OOO 有限公司", "company name left as 'OOO' (a Taiwanese blank-name convention) in the opening sentence"),
    ],
    "ambiguous_placeholder_lines": [125],
    "notes": "<h3> 一、…十、 level 1, <h4> '1. 帳號資訊' … level 2. List items (<li>, some with a bold lead-in) are list "
             "content; <ol> numbers are drawn by the browser and are not in the text. The page's own title "
             "('🔒《不理性登記處 隱私權政策》') is in the wrapper component before the extracted region, so the document "
             "has no title line. Line 125 gives only a city as the company address (vague but filled): a finding there "
             "is neither required nor false.",
}

# ------------------------------------------------------------------------------------------------------
# Clean documents (no slots): they measure false errors
# ------------------------------------------------------------------------------------------------------

DOCS["leesu-tw-bilingual-md"] = {
    "file": "PRIVACY.md",
    "source": src("meettomorrow/lee-su-threads", "PRIVACY.md", "c78985bcb93cc8f29e6b803d3caa0b35b59193fa",
                  "MIT (repository licence)"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["en", "zh"], "kind": "clean",
    "repo_kind": "browser extension for Threads (Taiwan); bilingual English + Traditional Chinese privacy policy, newest of 2 versions",
    "title": {"line": 1, "text": "Privacy Policy / 隱私權政策"},
    "headings": [H(7, 1), H(40, 1)] + [H(n, 2) for n in (9, 19, 25, 30, 34, 42, 52, 58, 63, 67)],
    "ambiguous_lines": [11, 44],
    "notes": "'## English' and '## 繁體中文' are the language parts (level 1), ### sections level 2. Lines 11 and 44 are "
             "standalone bold sentences (ambiguous).",
}

DOCS["sns2doc-tw-bilingual-md"] = {
    "file": "PRIVACY_POLICY.md",
    "source": src("Tomalin18/SNS-to-Doc", "PRIVACY_POLICY.md", "7a2b274fcd1b6a70198ef5f02d450769271eaae3"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh", "en"], "kind": "clean",
    "repo_kind": "browser extension (tweets to Discord); bilingual Traditional Chinese + English privacy policy, only version",
    "title": {"line": 1, "text": "隱私政策 / Privacy Policy"},
    "headings": [H(3, 1), H(25, 1), H(47, 1)] + [H(n, 2) for n in (5, 8, 14, 20, 27, 30, 36, 42)],
    "notes": "'## 繁體中文版本', '## English Version' and the shared '## 聯絡資訊 / Contact Information' are level 1; "
             "### sections level 2. '**Email**:' lines are labels, not headings. The contact e-mail is on a Japanese "
             "company domain (filled).",
}

DOCS["chafou-html"] = {
    "file": "yszc.html",
    "source": src("cha2/cha2.github.com", "yszc.html", "47feb268dfcfef9022be0566ef46ae5f56968612"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "site of a small hardware/app maker (茶否) on GitHub Pages, 2015; only version; the page has no body title",
    "title": {"line": 5, "text": "茶否隐私政策"},
    "headings": [H(n, 1) for n in (41, 44, 89, 99, 110, 118, 123, 129, 133)]
                + [H(n, 2) for n in (46, 51, 61, 74, 79, 136)],
    "notes": "<h2> level 1, <h3> level 2. The only title is the <title> (line 5). Bold <li> lead-ins are list content. "
             "The file ends without closing the last <div>.",
}

DOCS["teld-html"] = {
    "file": "yszc.html",
    "source": src("git4jwb/git4jwb.github.io", "yszc.html", "cbb03a3ac95a70d72c6224be5e881296b2901078"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "GitHub Pages copy of an EV-charging operator's app policy (特来电), only version (2020); sections are "
                 "<strong> paragraphs, sub-sections plain <p> lines",
    "title": {"line": 23, "text": "特来电隐私政策"},
    "headings": [H(n, 1) for n in (40, 142, 166, 214, 235, 322, 334, 367)]
                + [H(n, 2) for n in (49, 55, 91, 97, 145, 154, 169, 190, 202, 241, 259, 283, 292, 298)]
                + [H(n, 3) for n in (58, 67, 85)],
    "ambiguous_lines": [11, 103],
    "notes": "一、…八、 are bold <p> (level 1); （一）… plain <p> lines (level 2); under 一、（二） the 1、2、3、 lines are "
             "level 3, under 五、 (no （一）) the 1、…5、 lines are level 2. Numbered full sentences and （1）… items are list "
             "content. Line 103 '（五）请您知悉，以下情形中…无需征得您的授权同意' is a lead-in sentence introducing a list "
             "(ambiguous); line 11 is the <title>.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
