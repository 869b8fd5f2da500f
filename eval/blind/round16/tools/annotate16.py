#!/usr/bin/env python3
"""Source of truth for eval/blind/round16/holdout/*/annotation.json (hand annotations, round 16).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate16.py [name ...]

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
# Documents with unfilled slots (one placeholder entry per line: the scorer matches by line; notes give counts)
# ------------------------------------------------------------------------------------------------------

CODE = ("extracted with tools/extract16.py (mode code-strings): every CJK string literal of the page's build() in "
        "source order, one rendered Text per block, a blank line between blocks")

DOCS["health-ets-txt"] = {
    "file": "privacy.txt",
    "source": src("LJ666-ui/harmony-health-care", "entry/src/main/ets/pages/PrivacyPolicyPage.ets",
                  "25ae25acdf9682ca9d3a8176bdfa641fa5bdc9f6"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "HarmonyOS (ArkTS) health-care app 星云医疗助手; the privacy policy is a page of Text() elements (bold "
                 "section titles, template-literal bodies); " + CODE,
    "title": {"line": 3, "text": "星云医疗助手隐私政策"},
    "headings": [H(n, 1) for n in (11, 15, 29, 47, 58, 72, 76)]
                + [H(n, 2) for n in (17, 20, 23, 26, 31, 37, 42, 49, 52, 55)],
    "placeholders": [
        P(81, "400-888-XXXX", "contact telephone with its last four digits left as XXXX"),
        P(82, "北京市海淀区XX路XX号XX大厦", "postal address with road, number and building left as XX"),
    ],
    "ambiguous_lines": [1],
    "notes": "Line 1 is the page header's title (Header({title: '隐私政策'})), line 3 the bold centred document title. "
             "'1. 健康数据收集' … lines open a body Text and stand alone on their line above the paragraph: level-2 "
             "subheadings; '1. 访问您的个人信息' … (lines 62-68) are a list of rights, not headings. The e-mail on line 80 "
             "is a real-looking address (not a slot).",
}

DOCS["qiandu-ets-txt"] = {
    "file": "privacy.txt",
    "source": src("qimachuantuoxie/qiandu", "entry/src/main/ets/features/profile/pages/PrivacyPolicyPage.ets",
                  "e2493be9a46cf95c5c7298136b09591377f30d3d"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "HarmonyOS (ArkTS, ComponentV2) reading app 千读; a settings page built from a PolicySection(title, "
                 "lines[]) builder; last version before the page was removed; " + CODE,
    "title": {"line": 3, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (7, 17, 29, 41, 53, 65)],
    "placeholders": [
        P(71, "400-xxx-xxxx", "contact telephone left as 400-xxx-xxxx"),
        P(73, "北京市朝阳区xxx路xxx号", "postal address with road and number left as xxx"),
    ],
    "ambiguous_lines": [1],
    "notes": "Line 1 is the navigation bar title, line 3 the card title (same text). '1. 信息收集' … '6. 联系我们' are the "
             "PolicySection titles (level 1); bullet lines are list items. Line 75 is the page footer.",
}

DOCS["poop-ets-txt"] = {
    "file": "privacy.txt",
    "source": src("lidonglin8888/xiangrecord", "entry/src/main/ets/pages/PrivacyPolicyPage.ets",
                  "eda2209f57ebb1b4b6b80de0ec916436f47be26e"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "HarmonyOS (ArkTS) bowel-movement diary app 便便记录小助手; SectionTitle()/SectionContent() builders, "
                 "only version; " + CODE,
    "title": {"line": 3, "text": "便便记录小助手隐私政策"},
    "headings": [H(n, 1) for n in (5, 9, 19, 30, 38, 47, 57, 68, 72, 76)],
    "placeholders": [
        P(82, "[公司地址]", "postal address left as the bracketed slot name [公司地址]"),
    ],
    "ambiguous_lines": [1],
    "notes": "Line 1 is the TopNavigation title. 引言 and '1. …' – '9. …' are SectionTitle() texts (level 1). The e-mail on "
             "line 81 is filled. Line 84 is the closing update date.",
}

DOCS["yybfq-rawfile-html"] = {
    "file": "privacy.html",
    "source": src("siingle23/yybfq", "entry/src/main/resources/rawfile/privacy.html",
                  "b9077365f8e8a2d558da5e7193e2ef6e2546519a"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "HarmonyOS app (music player) shipping the platform's sample privacy statement page in resources/rawfile "
                 "unfilled: every name, the date and the service description are XXX; only version",
    "title": {"line": 78, "text": "关于XX与隐私的声明"},
    "headings": [],
    "placeholders": [
        P(78, "关于XX与隐私的声明", "the product name in the page title is XX"),
        P(79, "20XX年X月X日", "update date left as 20XX年X月X日"),
        P(80, "XXX有限公司", "product, operator and service description all XXX (“XXX”是由XXX有限公司…为您XXXXXXX): one line"),
        P(90, "XXX将始终遵照", "the operator name in the closing sentence is XXX"),
    ],
    "ambiguous_lines": [82],
    "notes": "A short statement page: <h1> title, date, one paragraph, an '其他补充' label (line 82, ambiguous) and an <ol> "
             "of four topic names (85-88: list items, not headings; '手机' is the template's typo for 收集). No section "
             "headings. The same sample page is committed unchanged in several other HarmonyOS repositories.",
}

DOCS["dream-flutter-txt"] = {
    "file": "privacy.txt",
    "source": src("1wpc/Dream", "lib/widgets/privacy_policy_dialog.dart", "6f930351029b98d0d58afa95e0dece687aeac7f4"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "Flutter dream-diary app 梦境记录; the first-run privacy dialog (Dart Text widgets, section title + body "
                 "strings); first of two versions (the second moved the text to constants and dropped the address); " + CODE,
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (9, 17, 26, 34, 42, 51, 55, 59)],
    "placeholders": [
        P(63, "中国北京市朝阳区xxx街道xxx号", "postal address with street and number left as xxx"),
    ],
    "ambiguous_lines": [3, 67, 69],
    "notes": "Line 3 '欢迎使用梦境记录应用！' is the dialog's bold greeting under the title (ambiguous). Lines 67 and 69 are the "
             "dialog's two button labels (不同意 / 同意并继续), kept by the extraction rule because they are Text widgets "
             "inside the buttons: ambiguous, not headings. The e-mail on line 62 is filled.",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (precision): no unfilled slot
# ------------------------------------------------------------------------------------------------------

DOCS["smartnews-rawfile-html"] = {
    "file": "privacy.html",
    "source": src("850366679/SmartNews", "entry/src/main/resources/rawfile/privacy.html",
                  "fc15b1a5b71bcc8c246eea85e7b7333ab348534e"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "HarmonyOS news app (training project); rawfile page with the 中软国际 website privacy statement, only version",
    "title": {"line": 18, "text": "隐私保护"},
    "headings": [H(n, 1) for n in (20, 24, 27, 32, 35, 38, 42, 45)],
    "notes": "<h1> title, eight <h3> section titles (声明 … 个人信息), <div> paragraphs. <title> is 'Privacy' (line 7).",
}

DOCS["xjau-rawfile-html"] = {
    "file": "privacy.html",
    "source": src("FengHDSL/XJAU-Helper", "entry/src/main/resources/rawfile/privacy.html",
                  "e84e929abe57a414b56240710bdbdcfa02455fc4"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "HarmonyOS campus app 新农助手 (Xinjiang Agricultural University, open source); combined user agreement "
                 "and privacy policy in resources/rawfile, shown in a WebView; newest of six versions",
    "title": {"line": 219, "text": "「新农助手」用户协议及隐私政策"},
    "headings": [H(n, 1) for n in (228, 231, 237, 248, 254, 267, 277, 280, 286, 289, 293)],
    "notes": "Long inline stylesheet (lines 1-216). <h2> 一、… 十一、 are the sections. The 'date-info' spans (220-221), "
             "the bold '重要提示' lead-in of a note box (297) and the contact box and footer are not headings.",
}

DOCS["punch-bilingual-html"] = {
    "file": "privacy.html",
    "source": src("HarmonyOsAppDev/hos-punch", "entry/src/main/resources/rawfile/privacy.html",
                  "1ace0d971c26d0f47efa094322db73577e89174e"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "clean",
    "repo_kind": "HarmonyOS habit app 坚持打卡 / Punch Day (深圳市原子创新科技有限公司); bilingual rawfile page: an English "
                 "and a Chinese version in two <div>s toggled by buttons (the Chinese one shown by default)",
    "title": {"line": 83, "text": "坚持打卡隐私政策"},
    "headings": [H(n, 1) for n in (53, 57, 61, 65, 69, 73, 77, 84, 87, 90, 93, 96, 99, 102)],
    "ambiguous_lines": [51],
    "notes": "Line 83 (Chinese <h1>) is the title of the version shown by default; the English <h1> (line 51) heads the "
             "other version: ambiguous. The <h2>s of both versions are level-1 sections. The toggle buttons 中文/English "
             "(lines 46-47) are not headings.",
}

DOCS["alive-ets-txt"] = {
    "file": "privacy.txt",
    "source": src("B2ndits/areYouAlive", "entry/src/main/ets/pages/PrivacyPolicy.ets",
                  "82bff049f68066bc04a270988c969fd944f8bcf2"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "HarmonyOS (ArkTS) check-in / emergency SMS app AreYouAlive; Text() elements (medium-weight section "
                 "titles, bodies whose first line is a '1.1 …' subtitle); only version; " + CODE,
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (5, 9, 25, 35, 46, 66, 85, 95, 103)]
                + [H(n, 2) for n in (11, 20, 37, 40, 43, 48, 51, 56, 62, 68, 71, 77, 82)],
    "notes": "The page header's title is a @State variable (not a literal), so line 1 is the content title. '1.1 个人信息' … "
             "lines open a body Text and stand alone on their line: level-2 subheadings.",
}

DOCS["jinbang-wxml"] = {
    "file": "privacy.wxml",
    "source": src("gaotailin/jinbang-miniapp", "pages/privacy/privacy.wxml", "6c7daba59490d6a72883ebbde278ad0be52d6703"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "WeChat mini-program (九色鹿前程助手, college-admission helper) privacy page in WXML (<view> elements with "
                 "BEM classes doc__t / doc__h / doc__p), only version; read by policylens as HTML (.wxml)",
    "title": {"line": 2, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (7, 12, 15, 18, 21, 24, 27, 30)],
    "notes": "Section titles are <view class=\"doc__h\"> (一、… 八、); headings only by class name and numbering.",
}

DOCS["tarot-md"] = {
    "file": "privacy-policy.md",
    "source": src("Anyes666/XingKyeTarot", "docs/release/privacy-policy.md", "7cd3a10e9ebbb5ecc3bd90f2908e9b40b0744486"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "HarmonyOS tarot app 星钥塔罗; release-docs Markdown privacy policy, newest of three versions",
    "title": {"line": 1, "text": "星钥塔罗 隐私政策"},
    "headings": [H(n, 1) for n in (11, 21, 36, 46, 50, 56, 60, 67)],
    "ambiguous_lines": [31],
    "notes": "'## 一、…' – '## 八、…' are level 1. Line 3 (bold effective date) and line 13 (bold sentence) are not headings; "
             "line 31 '**说明**：' is a bold label above a list: ambiguous. Two GFM tables.",
}

DOCS["facescan-agc-html"] = {
    "file": "privacy-policy.html",
    "source": src("qhdhao13/face-diagnosis-app", "docs/agc/privacy-policy.html", "0537f614bbebc4002a2d89c1b6677d85a2346003"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "HarmonyOS face-reading (TCM culture) app 古籍面诊养生; the privacy page hosted for AppGallery Connect "
                 "(docs/agc), only version",
    "title": {"line": 28, "text": "古籍面诊养生 · 隐私政策"},
    "headings": [H(n, 1) for n in (41, 81, 89, 96, 103, 110, 113, 116)],
    "notes": "<h2> 一、… 八、. A permission table (<th> header cells 47-49) and a note box opening with <strong>说明：</strong> "
             "(line 78) are not headings.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
