#!/usr/bin/env python3
"""Source of truth for eval/blind/round21/holdout/*/annotation.json (hand annotations, round 21).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate21.py [name ...]

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

DOCS["nextstarter-md"] = {
    "file": "privacy.md",
    "source": src("hyn-lei/next-starter", "content/zh/privacy.md", "10cabaabe9edb5c65c1843ab35d6aa6b72e0da1e", "MIT"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Next.js SaaS starter kit with a six-language privacy page; the Chinese page as committed, contact block "
                 "left with bracketed slots; only version; byte-exact blob",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": md_headings("nextstarter-md", "privacy.md", levels={2: 1}),
    "placeholders": [
        P(117, "privacy@[yourdomain].com", "contact list: e-mail whose domain is a bracketed ASCII slot name"),
        P(119, "[您的公司地址]", "contact list: postal address left as a bracketed Chinese slot name"),
    ],
    "ambiguous_placeholder_lines": [7],
    "notes": "Every '##' line is a top-level section (level 1). Line 7 introduces the operator only as 'a modern SaaS "
             "platform' with no name: a template's generic self-description, ambiguous as a slot.",
}

DOCS["hugowind-md"] = {
    "file": "privacy.md",
    "source": src("ouraihub-hugo-themes/hugowind-starter", "content/zh/privacy.md", "3c23d8bcd851baeced78ae13442686eb3117c7ab", "MIT"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Hugo theme starter site (HugoWind); the Chinese privacy page shipped with the theme: demo operator, demo "
                 "disclaimer and an example.com contact; only version; byte-exact blob",
    "title": {"line": 2, "text": "隐私政策"},
    "headings": md_headings("hugowind-md", "privacy.md", levels={2: 1, 3: 2, 4: 3}),
    "placeholders": [
        P(12, "本隐私政策仅为演示版本", "drafting marker at the end of the opening paragraph: 'this policy is only a demo version'"),
        P(101, "contact@example.com", "contact section: the only contact is an address on the reserved example.com domain"),
    ],
    "ambiguous_placeholder_lines": [25],
    "notes": "YAML front matter (lines 1-6); its title line 2 is the page title. '##' = 1, '###' = 2, '####' = 3 (personal "
             "data / usage data under 'types of data collected'). Line 25 names the theme's fictitious company with a "
             "one-line Cupertino address: a template value a reviewer may not recognise as a slot (ambiguous).",
}

DOCS["shan-tw-md"] = {
    "file": "privacy-policy.md",
    "source": src("ShanRubyist/shan-nuxt3-starter", "content/zh-TW/privacy-policy.md", "d48e2ce3234cb489f6d54034bbe6e16d29009829", "MIT"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Nuxt 3 starter kit with a privacy page in nine locales; the Taiwan-Chinese page (latest of two versions) "
                 "whose site name, URL and e-mail are Nuxt Content template expressions; byte-exact blob",
    "title": {"line": 2, "text": "隱私政策"},
    "headings": md_headings("shan-tw-md", "privacy-policy.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(7, "{{$doc.site_name}}", "opening sentence: site name is an unrendered {{ }} template expression"),
        P(7, "{{$doc.site_url}}", "same line: site URL is an unrendered {{ }} template expression"),
        P(42, "{{$doc.email}}", "contact sentence: e-mail is an unrendered {{ }} template expression"),
    ],
    "notes": "Front matter (lines 1-4, title line 2; description empty). Line 5 is a bold-italic effective date (not a "
             "heading). '## N.' = 1, '### N.N' = 2. The {{$doc.*}} expressions are filled at render time only when the "
             "page's front matter defines them, which this zh-TW page does not (the English page does).",
}

DOCS["qmkvm-md"] = {
    "file": "privacy.zh.md",
    "source": src("yang1145/qmkvm", "content/legal/privacy.zh.md", "29a8844c7cfa5748157e1293c77529405952a891", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "draft",
    "repo_kind": "marketing site of a small hardware/KVM business (拼好机); the privacy page is a placeholder draft whose "
                 "effective date is 'to be published'; index text (repository not fetchable)",
    "title": None,
    "headings": md_headings("qmkvm-md", "privacy.zh.md", levels={2: 1}),
    "placeholders": [
        P(1, "待发布", "blockquoted effective date left as 'to be published'"),
        P(2, "本页面内容为占位草案", "blockquoted drafting status: 'this page is a placeholder draft, final terms after legal review'"),
    ],
    "notes": "No title line in the file (the site layout supplies it). Every '##' line is level 1.",
}

DOCS["goldquant-md"] = {
    "file": "隐私政策.md",
    "source": src("emptyteabot/GOLD-QUANT", "docs/隐私政策.md", "041a7b923fdbee4188903cfffffabb742594e5d2", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "docs folder of a quantitative-trading tool (AURUM); a filled-in policy whose contact block was never "
                 "completed; only version; index text (repository not fetchable)",
    "title": {"line": 1, "text": "AURUM隐私政策"},
    "headings": md_headings("goldquant-md", "隐私政策.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(149, "[待补充]", "contact list: e-mail after a bold label left as a bracketed 'to be supplemented'"),
        P(150, "[待补充]", "contact list: address after a bold label left as a bracketed 'to be supplemented'"),
    ],
    "ambiguous_lines": [187],
    "notes": "Half-width colons after bold labels throughout. '##' = 1, '###' = 2. Lines 3-5 and 181-183 are bold "
             "metadata labels, line 13 a bold sentence (not headings). Line 187 is a standalone bold 'appendix: PIPL "
             "articles' label before a list (heading or label depending on rendering: ambiguous).",
}

DOCS["splice-md"] = {
    "file": "隐私政策.md",
    "source": src("oppenheimor/splice-ai-agent-team", "docs/隐私政策.md", "f5c0ae049d32269ed5c457fee6c781119ecf3c36", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "draft",
    "repo_kind": "docs folder of an AI-agent web service; a drafted policy whose operator, contacts, service providers, "
                 "model filing and cross-border facts are all full-width-bracketed 'to be filled' slots, with drafting "
                 "instructions to the author in prose and table cells; only version; index text (repository not fetchable)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": md_headings("splice-md", "隐私政策.md", levels={2: 1, 3: 2}),
    "placeholders": [
        P(7, "本政策中的【待填写】内容需要在正式上线前替换为真实信息", "blockquoted drafting notice: bracketed items must be replaced before launch; 'if your features differ, edit'"),
        P(11, "【待填写：网站/服务名称】", "opening sentence: service name, operator and domain as three labelled slots"),
        P(15, "【待填写：个人姓名或主体名称】", "contact list: operator slot"),
        P(16, "【待填写：联系邮箱】", "contact list: e-mail slot"),
        P(17, "【待填写：联系电话，可选】", "contact list: telephone slot marked optional"),
        P(18, "【待填写：联系地址，可选】", "contact list: address slot marked optional"),
        P(19, "【待填写：网站域名】", "contact list: domain slot"),
        P(123, "【待填写：实际云服务商】", "sharing table cell: cloud provider slot"),
        P(124, "正式上线前请填写具体服务商、模型名称和备案信息", "sharing table cell: instruction to the author, no bracket"),
        P(125, "当前如未接入支付，可保留为“后续接入时更新”", "sharing table cell: instruction to the author (keep or reword)"),
        P(126, "当前如未接入，可删除或标注未启用", "sharing table cell: instruction to the author (delete or mark unused)"),
        P(127, "【待填写：实际服务商】", "sharing table cell: monitoring provider slot"),
        P(135, "正式上线前，你应核对并填写", "clause 5.2: instruction addressed to the author ('before launch you should check and fill in')"),
        P(137, "【待填写】", "model list: provider name slot"),
        P(138, "【待填写，例如 deepseek-chat】", "model list: model name slot with an example"),
        P(139, "【待填写，如适用】", "model list: filing number slot"),
        P(140, "【待填写：是/否/不确定】", "model list: cross-border yes/no slot"),
        P(141, "【待填写】", "model list: third-party policy link slot"),
        P(202, "正式上线前，你应核实并填写", "cross-border clause: instruction addressed to the author"),
        P(204, "【待填写：是/否】", "cross-border list: yes/no slot"),
        P(205, "【待填写】", "cross-border list: providers and countries slot"),
        P(206, "【待填写】", "cross-border list: data types slot"),
        P(207, "【待填写】", "cross-border list: purpose slot"),
        P(208, "【待填写】", "cross-border list: safeguards slot"),
        P(231, "正式上线前，请根据实际接入情况填写或删除以下条目", "appendix: instruction before the provider table"),
        P(235, "【待填写：DeepSeek 或实际服务商】", "provider table row: provider, link and filing slots"),
        P(236, "【待填写】", "provider table row: cloud provider, link and filing slots"),
        P(237, "【待填写或未启用】", "provider table row: payment provider slots"),
        P(238, "【待填写或未启用】", "provider table row: SMS/e-mail provider slots"),
        P(239, "【待填写或未启用】", "provider table row: analytics provider slots"),
    ],
    "ambiguous_placeholder_lines": [40, 155],
    "notes": "'##' = 1 (numbered 1.-13., two appendices), '###' = 2. 30 slot lines, most of them the full-width-bracketed "
             "'待填写' shape; lines 124-126, 135, 202 and 231 are drafting instructions without brackets. Line 40 states "
             "what the password storage 'should' be and line 155 hedges on the current storage ('if it is only kept in "
             "localStorage'): drafting voice, ambiguous.",
}

DOCS["travelchina-html"] = {
    "file": "privacy-policy.html",
    "source": src("anqilike/TravelChinaFootprint", "docs/privacy-policy.html", "015c2a845e3bb2144ac4e1079f1ec3f510ac7e51", IDX),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "HarmonyOS travel-footprint app; the hosted HTML privacy page (one of four versions) whose contact e-mail "
                 "is a red 'todo' span; index text (repository not fetchable)",
    "title": {"line": 28, "text": "走遍中国 · 隐私政策"},
    "headings": [H(31, 1), H(38, 1), H(45, 1), H(51, 1), H(58, 1), H(64, 1), H(66, 1), H(68, 1)],
    "placeholders": [
        P(72, "【待填写】", "contact list: e-mail slot inside <span class=\"todo\">"),
        P(75, "本页可直接托管在 GitHub Pages / 任意静态站点", "page footer: note to the developer on where to host the page and which store field it is for"),
    ],
    "look_alike_lines": [L(22, ".todo", "CSS rule for the 'todo' class inside <style>, not text")],
    "notes": "Hand-written static page: <h1> title, eight <h2> sections (level 1). The footer (75) is an internal hosting "
             "note left on the published page; annotated as a drafting note.",
}

DOCS["codelearn-bilingual-md"] = {
    "file": "PRIVACY_POLICY.md",
    "source": src("huzongyang305/-app", "store/PRIVACY_POLICY.md", "7358c11e342b60bc6b3d79275d1c27cbed16e850", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "template",
    "repo_kind": "store folder of an offline Flutter coding-course app; a bilingual (Chinese policy + English summary) store "
                 "'template' with developer and contact slots and a 'must read before release' blockquote; only version; "
                 "index text (the repository's name cannot be fetched)",
    "title": {"line": 1, "text": "隐私政策 / Privacy Policy"},
    "headings": md_headings("codelearn-bilingual-md", "PRIVACY_POLICY.md", levels={1: 1, 2: 1}),
    "placeholders": [
        P(7, "【待填写：开发者或公司全称】", "metadata table row: developer slot"),
        P(8, "【待填写：隐私事务联系邮箱】", "metadata table row: privacy e-mail slot"),
        P(12, "发布前必读", "blockquoted drafting notice (lines 12-15): 'this file is a store template; replace every slot before submitting'"),
        P(100, "【待填写：隐私事务联系邮箱】", "contact section: bold e-mail slot"),
        P(122, "【待填写：开发者或公司全称 / contact email】", "English summary: bilingual developer/contact slot"),
    ],
    "ambiguous_placeholder_lines": [13, 14, 15],
    "notes": "'##' = 1; the second '#' line (104, 'English Summary') opens the English part and is read as a top-level "
             "section (level 1). Lines 13-15 continue the drafting blockquote of line 12 (a finding there is not false). "
             "Line 12 also quotes the slot shape inside a code span. Line 91 refers back to the contact slot (not a slot).",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (no unfilled slot; a placeholder finding is a false positive unless marked ambiguous)
# ------------------------------------------------------------------------------------------------------

DOCS["unn-hk-md"] = {
    "file": "privacy.md",
    "source": src("Jogiter/Nuxt3-template", "content/zh-hant/privacy.md", "1f7da16a348dfadad625a2bab0e2ef96112ad935", NOLIC),
    "format": "md", "script": "hant", "region": "hk", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a Nuxt 3 template repository carrying a crypto-wallet app's (佑安安UNN) policy in several locales; the "
                 "Traditional-Chinese page, governed by Hong Kong law with HKIAC arbitration; only version; byte-exact blob",
    "title": {"line": 5, "text": "佑安安UNN隱私政策"},
    "headings": md_headings("unn-hk-md", "privacy.md", skip=(5,), levels={4: 1}),
    "ambiguous_lines": [2],
    "ambiguous_placeholder_lines": [117],
    "notes": "Front-matter title (line 2, '用戶隱私協議') is a second title (ambiguous). The sections are '####' lines under "
             "a '#' title (depth jump): level 1. Numbered paragraphs 1./（1） are list content. Line 117 ends a "
             "conditional ('if you wish to withdraw consent ... or access your data') with no main clause: the contact "
             "channel seems deleted, and the policy has no contact section (ambiguous slot).",
}

DOCS["byteorigin-md"] = {
    "file": "privacy.zh.md",
    "source": src("northDeng/byteorigin", "content/legal/privacy.zh.md", "4315080ac8fc5d441d7b0b9640558aa5acd0959f", "Apache-2.0"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "website of a small Changsha software studio; short filled-in policy with company name, phone and e-mail; "
                 "latest file (an earlier .mdx sibling exists); byte-exact blob",
    "title": {"line": 7, "text": "隐私政策"},
    "headings": md_headings("byteorigin-md", "privacy.zh.md", skip=(7,), levels={2: 1}),
    "ambiguous_lines": [2],
    "notes": "Front matter (lines 1-5) repeats the title (line 2, ambiguous). '## N.' = level 1.",
}

DOCS["globol-md"] = {
    "file": "privacy.md",
    "source": src("PeiFeng877/globol-web-prod", "src/content/legal/zh/privacy.md", "38bd9b1dde9679526e221ce8a548d1fd582e1646", NOLIC),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "website of a social voice-room app (Globol, data stored in Singapore); long filled-in policy with a numbered "
                 "table of contents and four heading depths; only version; byte-exact blob",
    "title": None,
    "headings": [H(18, 1), H(22, 1), H(26, 1), H(30, 2), H(32, 3), H(36, 3), H(42, 3), H(46, 3), H(50, 2), H(52, 3),
                 H(56, 3), H(60, 3), H(64, 3), H(68, 2), H(70, 3), H(74, 1), H(78, 2), H(95, 2), H(99, 2), H(111, 1),
                 H(113, 2), H(117, 2), H(126, 2), H(130, 2), H(134, 1), H(140, 1), H(144, 1), H(150, 1), H(162, 2),
                 H(174, 1), H(178, 2), H(188, 2), H(198, 2), H(210, 1), H(214, 1)],
    "notes": "No title line (the site supplies it); line 1 is a bold effective date. Lines 5-16 are a numbered table of "
             "contents repeating the section titles (not headings). '##' = 1, '###' = 2; '####' is level 3 under a '###' "
             "(3.1-3.3) but level 2 where it sits directly under a '##' (sections 4, 5 and 9: 78, 95, 99, 113, 117, 126, "
             "130, 162) - perceived depth, not the '#' count. The table of contents and heading 2 disagree on the SDK date.",
}

DOCS["firstdemo-md"] = {
    "file": "隐私政策.md",
    "source": src("liuhaoliuhao25-commits/first-github-demo", "docs/隐私政策.md", "28102560d7a62abb9cbb971708ec03c1e599c2d6", IDX),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "docs of a desktop AI-companion app (local VRM avatars, voice cloning); filled-in policy whose contact is an "
                 "in-app feedback entry; only version; index text (repository not fetchable)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": md_headings("firstdemo-md", "隐私政策.md", levels={2: 1, 3: 2, 4: 3}),
    "look_alike_lines": [L(79, "【云端加速建模】", "full-width brackets around the name of a paid feature, not a slot")],
    "notes": "'##' = 1 (one unnumbered '核心承诺' and a closing unnumbered '联系方式'), '###' = 2, '####' = 3 (permission "
             "names). Lines 74-75 are bold sentences, line 79 a bold sentence ending in a colon (not headings). The "
             "contact is an in-app 'help and feedback' entry only (not a slot).",
}

DOCS["bugcapture-html"] = {
    "file": "privacy-policy-zh.html",
    "source": src("Alexzhang141254/bugcapturer-project", "privacy-policy-zh.html", "d6efccf19904f7fad76654237fd2c816e6a7ce3b", NOLIC),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "browser-extension (visual bug feedback) support page; hand-written HTML with <h2>/<h3> and a permission "
                 "table; only version; byte-exact blob",
    "title": {"line": 92, "text": "BugCapturer 隐私政策"},
    "headings": [H(98, 1), H(101, 1), H(103, 2), H(110, 2), H(116, 2), H(122, 2), H(129, 1), H(163, 1), H(171, 1)],
    "look_alike_lines": [L(157, "&lt;all_urls&gt;", "an escaped extension permission name in angle brackets inside <code>, not a slot")],
    "notes": "<h1> title, <h2> = 1, <h3> = 2. Line 95 is a bold lead-in in a highlight box, lines 175-176 a footer with a "
             "bold 'last updated' label (not headings).",
}


if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
