#!/usr/bin/env python3
"""Source of truth for eval/blind/round13/holdout/*/annotation.json (hand annotations, round 13).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate12.py [name ...]

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
# Documents with unfilled slots
# ------------------------------------------------------------------------------------------------------

DOCS["chatarchive-tw-html"] = {
    "file": "privacy.html",
    "source": src("hakaru/ChatArchive-support", "zh-Hant/privacy.html", "9de3862008d732764659df79d26914096e284368"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "support site of a macOS app (LineArchive, later ChatArchive); first committed version of the zh-Hant page",
    "title": {"line": 21, "text": "隱私權政策"},
    "headings": [H(n, 1) for n in (26, 35, 38, 46, 54, 57, 60, 63, 66)],
    "placeholders": [
        P(67, "https://forms.gle/PLACEHOLDER", "the contact section's only channel is a link whose URL is a literal PLACEHOLDER "
          "(the visible text is 聯絡表單): the privacy contact was never filled in; every later version keeps it"),
    ],
    "notes": "<h2> '1. …'-'9. …'. <title> (6), the header logo and the back link (14-19) are chrome, not headings. "
             "The placeholder sits in an href attribute, not in the visible text: a reviewer clicking the link or reading "
             "the page source finds it.",
}

DOCS["privateshelf-md"] = {
    "file": "PRIVACY_ZH.md",
    "source": src("TalentBoys/PrivateShelf", "PRIVACY_ZH.md", "d776a50d1545a03f981a33110e82f2f4b2a6cc7f"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "Plex client app (personal developer); Markdown privacy policy",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (5, 10, 21, 26, 31, 36, 39)],
    "placeholders": [
        P(41, "your@email.com", "template contact e-mail left in the contact section (bold, alone on its line)"),
    ],
    "notes": "'#' title, '##' sections. The closing italic date line is not a heading.",
}

DOCS["xiuxiu-wxml"] = {
    "file": "index.wxml",
    "source": src("Obezotri-HK/xiuxiu", "pages/privacy/index.wxml", "d3c17400bce0ddaaf79291e2137b4672f0dd7e7d"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "WeChat mini-program (shop); the policy is a .wxml page (read by policylens directly)",
    "title": {"line": 3, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (6, 16, 27, 37, 47, 58, 65)],
    "placeholders": [
        P(67, "400-123-4567", "dummy sequential hotline as the only contact channel (客服热线)"),
    ],
    "notes": "Headings 一、…七、 are <view class=section-title>; the title is <view class=privacy-title>. Numbered '1. …' "
             "<text> lines are list content. No operator is named anywhere (a gap, not a slot).",
}

DOCS["caoliao-html"] = {
    "file": "index.html",
    "source": src("Stan1989/caoliao_ledger", "index.html", "96e5a0fe8ece93c1254185fe8bb872085aff4cb4"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "policy page of a Flutter bookkeeping app (草料记账); first committed version (a filled-in template: "
                 "later commits fill some of the slots)",
    "title": {"line": 69, "text": "[应用名称] 隐私政策"},
    "headings": [H(n, 1) for n in (75, 83, 106, 133, 136, 139)],
    "placeholders": [
        P(6, "[应用名称]", "app-name slot in the page <title> (shown in the browser tab)"),
        P(69, "[应用名称]", "app-name slot in the document title"),
        P(73, "[应用名称]", "app-name slot as the operator in the opening sentence"),
        P(100, "[版本更新检查/云同步/获取汇率数据]", "unresolved either/or choice of the purpose of the network permission"),
        P(125, "[第三方库名]", "empty SDK row: library name slot"),
        P(126, "[如：统计/广告]", "empty SDK row: purpose slot with the template's example"),
        P(127, "[数据类型]", "empty SDK row: data-type slot"),
        P(134, "[云同步功能]", "bracketed optional clause of the template (a feature the app may not have) left unresolved"),
        P(141, "[你的姓名/工作室名称]", "developer-name slot"),
        P(142, "[你的联系邮箱]", "contact e-mail slot"),
        P(145, "[应用名称]", "app-name slot in the footer copyright"),
    ],
    "ambiguous_placeholder_lines": [128],
    "notes": "<h2> 一、…六、. Table header cells are not headings. Line 128 ('点击查看' linking to '#') is the dead link of the "
             "empty SDK row: ambiguous placeholder line. The repository's later commits replace some slots by "
             "'[草料记账]' (still bracketed); this is the first version.",
}

DOCS["revoice-mdx"] = {
    "file": "privacy-policy.zh.mdx",
    "source": src("GravityVortex/ReVoice-Frontend", "content/pages/privacy-policy.zh.mdx",
                  "3e1eef672a180cc61df8d053047cafd2138c9d97", "ShipAny AI SaaS Boilerplate License Agreement (repository licence; restrictive, test fixture only)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "website of an AI voice product built on a Next.js SaaS boilerplate; its zh privacy page (MDX) kept the "
                 "boilerplate's slots",
    "title": {"line": 2, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (7, 11, 35, 39, 47, 51)],
    "ambiguous_lines": [15, 19, 23, 27, 31],
    "placeholders": [
        P(9, "欢迎使用 YourAppName", "product-name slot of the boilerplate"),
        P(9, "在 YourAppName", "product-name slot, second on the line"),
        P(13, "YourAppName", "product-name slot"),
        P(20, "YourAppName", "product-name slot"),
        P(24, "YourAppName", "product-name slot"),
        P(55, "your-domain.com", "template domain as the copyright owner (link text and URL)"),
        P(56, "support@your-domain.com", "template contact e-mail"),
        P(58, "YourAppName", "product-name slot in the closing sentence"),
    ],
    "ambiguous_placeholder_lines": [3],
    "notes": "Front matter (1-5): the title is 'title:' (2); its 'description: YourAppName 隐私政策' (3) is metadata, an "
             "ambiguous placeholder line. '##' sections. The bold numbered items '1. **账户信息**' … (15-31) each lead a "
             "nested bullet list: ambiguous (list labels or sub-headings depending on rendering). Line 9 still describes "
             "the boilerplate itself ('NextJS 脚手架'), a template leftover around the gold slots.",
}

DOCS["youyue-html"] = {
    "file": "index.html",
    "source": src("948481510/948481510.github.io", "index.html", "acf88138fcc2d160c44ea9252841e1c8187d8dbf"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "GitHub Pages policy of an iOS staff app (友约员工, 合肥友约科技); the only version that holds the policy",
    "title": {"line": 134, "text": "友约员工 隐私政策"},
    "headings": [H(n, 1) for n in (145, 166, 179, 190, 195, 209, 214, 219, 224, 229)] + [H(n, 2) for n in (148, 156)],
    "placeholders": [
        P(139, "[您的App名称]", "app-name slot left in the opening sentence while operator and title are filled"),
    ],
    "notes": "<h2> '1. …'-'10. …' (level 1), <h3> 1.1/1.2 (level 2). A filled-in generic template: operator, app name in "
             "the title, e-mail all filled, one slot forgotten. Footer '© 2023' is not a heading.",
}

DOCS["anzhi-mo-vue-txt"] = {
    "file": "privacy.txt",
    "source": src("514060179/communityOwner", "components/vc-protocol-popup/vc-protocol-popup.vue",
                  "69c096be9b94f92a33b6b7717ce254a76a0819ad", "Apache-2.0 (repository licence)"),
    "format": "txt", "script": "hant", "region": "mo", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "uni-app community app (Macau operator); the privacy half of a popup component (v-else-if type==='privacy', "
                 "source lines 94-223), extracted as plain text (tags removed, one source line per line)",
    "title": None,
    "headings_annotated": False,
    "headings": [],
    "placeholders": [
        P(118, "XXX", "app name left as XXX in the Baidu-map SDK entry (您通過XXX在社區…)"),
        P(118, "（各項目根據自己的名稱修改）", "drafting instruction left in the published text: 'each project: change to your own name'"),
    ],
    "ambiguous_placeholder_lines": [70],
    "notes": "Annotated for placeholders only: the heading structure is not recoverable with confidence (a numbered table of "
             "contents whose item 10 duplicates item 1, run-in headings glued to their first sentence such as "
             "'5、關于賬號本系統爲您提供了…', numbering that skips 4.7). Line 70 names 國家反詐中心 — another app's name left "
             "from the copied template (ambiguous placeholder line). Traditional characters mixed with simplified-style "
             "forms (爲, 啓) as produced by a converter; Macau law cited.",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (precision)
# ------------------------------------------------------------------------------------------------------

DOCS["foodvio-html"] = {
    "file": "privacy-policy-zh.html",
    "source": src("jeromechen01/Foodvio-website", "privacy-policy-zh.html", "cd89fc6363d49cd3f7ad5c9ea7f43b7cb1c811ee"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "food-export company website (花花食界); first committed version",
    "title": {"line": 183, "text": "花花食界隐私政策"},
    "headings": [H(n, 1) for n in (210, 219, 246, 259, 285, 308, 320, 336, 347, 359, 372, 383)]
                + [H(n, 2) for n in (220, 227, 234, 260, 273, 275, 289, 296, 303, 338, 340, 342)],
    "ambiguous_lines": [182, 192, 387],
    "placeholders": [],
    "ambiguous_placeholder_lines": list(range(9, 17)),
    "look_alike_lines": [L(392, "[您的具体诉求]", "a slot the *user* fills in the subject of their e-mail, not an unfilled "
                           "slot of the operator: a placeholder finding here is a false positive")],
    "notes": "<h2> '01 · …'-'12 · …' (level 1), <h3> 'n.m …' (level 2). The table of contents (194-205) repeats the titles: "
             "not headings; its <h3>目录 (192), the 'Privacy Policy' eyebrow (182) and the contact-card <h3> (387) are ambiguous. "
             "An HTML comment (9-16) says the text is a compliance template to be reviewed before launch: not visible text, "
             "the whole comment block 9-16 is ambiguous placeholder lines (corrected after the first run: I had marked only "
             "the two lines holding the words, not the comment whose opening line 9 carries any finding on it). Every contact field is filled.",
}

DOCS["middlepath-tw-html"] = {
    "file": "privacy.html",
    "source": src("howly7777777-svg/middlepath", "zh-hant/privacy.html", "06d698e92d9976b1aaf93db24137a9c520f9383c"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "iOS app support site (中道生活 Middle Path), zh-Hant edition",
    "title": {"line": 21, "text": "隱私權政策"},
    "headings": [H(n, 1) for n in (25, 34, 41, 44, 47, 50, 53, 57, 61)],
    "placeholders": [],
    "notes": "<h2> '1. …'-'9. …'. Bold labels in list items are list content. Header nav and footer language links are chrome.",
}

DOCS["gakawa-tw-html"] = {
    "file": "privacy.html",
    "source": src("bodrigs-coder/gakawa-official", "zh-TW/privacy.html", "1813951c212549ef1101dc0a26a61073cdcb7455"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "website of a Tibetan-reader app (GaKaWa), zh-TW edition; first committed version",
    "title": {"line": 30, "text": "隱私權政策"},
    "headings": [H(n, 1) for n in range(35, 72, 3)],
    "ambiguous_lines": [29],
    "placeholders": [],
    "notes": "<h2> '1. …'-'13. …', one every three lines. The 'Privacy Policy' kicker (29) is ambiguous. Contact: named "
             "developer and e-mail (filled).",
}

DOCS["receipt-hant-html"] = {
    "file": "privacy-policy-zh.html",
    "source": src("CCConan/receipt-sn-support", "privacy-policy-zh.html", "4c26a06833d5620e367f077ba534b6a99f800e62"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh", "en"], "kind": "clean",
    "repo_kind": "support site of a receipt-scanning iOS app (Receipt SN); first committed version of the zh-Hant page",
    "title": {"line": 116, "text": "Receipt SN"},
    "headings": [H(n, 1) for n in (129, 132, 139, 151, 154, 157, 160, 167)],
    "ambiguous_lines": [117, 125],
    "placeholders": [],
    "notes": "<h1> is the app name (116) with the document name in the next <p> (117, second title: ambiguous). Sections "
             "are <h2> numbered 1, 2, 2, 4 … 8 (the second '2.' is a numbering slip, still a level-1 heading). The bold "
             "lead-in of the highlight box (125) is ambiguous. English glosses in parentheses inside headings. Region uncertain: zh-Hant with mixed regional "
             "wording (數據 beside 資訊); labelled tw.",
}

DOCS["cjt-tw-html"] = {
    "file": "privacy.html",
    "source": src("CJT-ZWDZ/cjt-policy", "privacy.html", "70ac5388d8082584e0ac0ce7e3ea16c214aabc10"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "policy site of a Zi Wei Dou Shu iOS app (辰璣堂); the first full version (earlier commits are an empty "
                 "file and a 30-line draft)",
    "title": {"line": 47, "text": "隱私權政策"},
    "headings": [H(n, 1) for n in (59, 103, 113, 149, 157, 166, 177, 180, 183)]
                + [H(n, 2) for n in (61, 85, 94)],
    "ambiguous_lines": [48],
    "placeholders": [],
    "notes": "<h2> 一、…九、 (level 1), <h3> 1.1-1.3 (level 2). The subtitle under <h1> (48) is ambiguous. Tables (63-, 117-) "
             "hold data, not headings. Bold labels in list items are list content.",
}

DOCS["maker-vue"] = {
    "file": "privacy.vue",
    "source": src("dxmwl/make_user", "pages/privacy/privacy.vue", "1c180209166d96bd3aa56baa686d50112a7d8664"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "uni-app site of a programmers' community (码客, 河南点线面网络科技); .vue page with <h2>/<h3>",
    "title": {"line": 8, "text": "隐私政策条款"},
    "headings": [H(n, 1) for n in (14, 23, 33, 42, 49, 57, 60, 71, 78)],
    "placeholders": [],
    "look_alike_lines": [L(82, "微信：", "contact label whose value (dxmcpjl) is in the next <span> on line 83: filled, "
                          "a placeholder finding here is a false positive")],
    "notes": "The title is <h2 class=section-title>; sections are <h3> 一、…九、 (level 1). Bold labels in <li> are list "
             "content. Contact is a WeChat ID only (filled). Two generic boilerplate sentences also occur in other "
             "documents of the project's data; the text is otherwise its own.",
}

DOCS["moktools-vue"] = {
    "file": "privacy.vue",
    "source": src("JiangMok/MokTools", "pages/privacy/privacy.vue", "046e64ce8fcbcf60dbb71558c291f3c1dc879582"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "uni-app tool app (周易占卜, 答案选择器); .vue page built of <view>/<text> with section-title classes",
    "title": {"line": 7, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (10, 13, 16, 19, 22, 25)],
    "ambiguous_lines": [4],
    "placeholders": [],
    "ambiguous_placeholder_lines": [26],
    "look_alike_lines": [L(26, "[jiangmok@qq.com]", "a real e-mail address in square brackets (template brackets around a "
                          "filled value)")],
    "notes": "<text class=section-title> 一、…六、 (no <h*>). Line 4 is an empty nav-bar title. The contact e-mail is "
             "filled but bracketed ([jiangmok@qq.com]): ambiguous placeholder line, as the format prescribes for brackets "
             "around filled values.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
