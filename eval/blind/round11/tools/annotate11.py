#!/usr/bin/env python3
"""Source of truth for eval/blind/round11/holdout/*/annotation.json (hand annotations, round 11).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate11.py [name ...]

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
DOCS["gaoxl-template-md"] = {
    "file": "隐私政策模板.md",
    "source": src("gaoxl1992/android-plugin-monidtor", "隐私政策模板.md", "b08a6b69731c51a22c16b53a939e8f3b856d14cf",
                  "MIT (repository licence)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "uni-app native plugin (notification listener) shipping a privacy-clause template for the apps that use it",
    "title": {"line": 1, "text": "隐私政策模板（通知监听功能）"},
    "headings": [
        H(7, 1), H(9, 2), H(11, 3), H(25, 3), H(34, 3), H(44, 3), H(59, 3), H(68, 3),
        H(83, 1), H(85, 2), H(110, 2),
        H(120, 1), H(143, 1), H(158, 1), H(160, 2), H(167, 2), H(175, 2), H(186, 1),
    ],
    "ambiguous_lines": [48, 54, 88, 90, 95, 100, 103, 106],
    "placeholders": [
        P(15, "[根据您的实际情况填写]", "usage scenario left as a fill-in instruction"),
        P(19, "[示例]", "sample item marker: the listed purpose is an example, not the app's own"),
        P(20, "[示例]", "sample item marker"),
        P(21, "[示例]", "sample item marker"),
        P(22, "[示例]", "sample item marker"),
        P(23, "[请根据您的实际用途修改]", "drafting instruction as a list item"),
        P(66, "[根据实际情况补充其他安全措施]", "drafting instruction as a list item"),
        P(78, "[您的联系邮箱]", "contact e-mail slot"),
        P(79, "[您的客服电话]", "customer-service phone slot"),
        P(92, "[具体功能描述，如\"消息聚合管理\"、\"验证码自动识别\"]", "function slot inside the sample clause (code fence)"),
        P(101, "[具体用途]", "purpose slot inside the sample clause (code fence)"),
        P(113, "[功能描述]", "function slot inside the short sample clause (code fence)"),
    ],
    "ambiguous_placeholder_lines": [3, 7, 128, 196],
    "look_alike_lines": [
        L(147, "- [ ] 已在隐私政策中说明通知使用权的用途", "GFM task-list checkbox of the developer checklist, not a slot (147-154)"),
        L(188, "[工信部 App 治理工作组](http://www.appgov.cn/)", "Markdown link, not a slot"),
        L(95, "【收集的信息】", "【】 label inside the sample clause, not a slot"),
    ],
    "notes": "A plugin's 'privacy policy template' page: lines 1-79 are a policy section meant to be pasted (with [..] slots), "
             "83-116 sample clauses in ``` fences (their slots count: a reviewer flags them the same), 120-196 developer guidance "
             "(uni.showModal JS sample with [功能描述] at 128 = ambiguous; checklist '- [ ]' boxes are look-alikes). Headings "
             "inside code fences (88 三、, 90 3.1, 【…】 labels) and bold '**开启权限**：' lead-ins are ambiguous. 3 (blockquote "
             "'请务必在您的隐私政策中添加以下内容'), 7 ('（建议添加到您的隐私政策中）' in the heading) and 196 (template disclaimer) "
             "are drafting remarks a reviewer may or may not flag: ambiguous placeholder lines.",
}

DOCS["fiststrike-bilingual-md"] = {
    "file": "privacy-policy.md",
    "source": src("vic-gz/fist-strike-vr-policies", "docs/privacy-policy.md", "42bf31bf586f741f5aae656b17e41dbee2c319f5"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["en", "zh"], "kind": "filled-in",
    "repo_kind": "policy repo of a Meta Quest VR boxing app; this is the commit that moved the file to docs/ (slots filled two commits later)",
    "title": {"line": 1, "text": "Privacy Policy"},
    "headings": [H(n, 1) for n in (9, 24, 30, 40, 48, 59, 65, 69, 73, 90, 105, 111, 121, 129, 140, 146, 150, 154)],
    "ambiguous_lines": [82],
    "placeholders": [
        P(3, "[Last Updated Date]", "date slot (English half)"),
        P(5, "[Developer Name]", "operator slot (English half)"),
        P(5, "[App Name]", "app-name slot (English half)"),
        P(57, "[Contact Email]", "contact slot (English half)"),
        P(63, "[Contact Email]", "contact slot in the children's section (English half)"),
        P(77, "[Developer Name]", "contact block (English half)"),
        P(78, "[Contact Email]", "contact block (English half)"),
        P(84, "[Last Updated Date]", "English template variable left in the Chinese half"),
        P(86, "[Developer Name]", "English template variable in the Chinese half (operator)"),
        P(86, "[App Name]", "English template variable in the Chinese half (app name)"),
        P(138, "[Contact Email]", "English template variable in the Chinese half"),
        P(144, "[Contact Email]", "English template variable in a Chinese sentence"),
        P(158, "[Developer Name]", "Chinese contact block, English slot"),
        P(159, "[Contact Email]", "Chinese contact block, English slot"),
    ],
    "notes": "English policy (1-79) then a Chinese translation (82-159) with the same English [..] template variables; "
             "'# 隐私政策' (82) is the second edition's title: ambiguous. All '## N.' headings level 1 in both halves.",
}

DOCS["petlife-tw-md"] = {
    "file": "PRIVACY_POLICY_zh-TW.md",
    "source": src("kevin00415-stack/pet-life-center-web", "PRIVACY_POLICY_zh-TW.md", "d6dfbb60934321291a999224d91414e9b4d9cbf7"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "website repo of a Taiwanese pet-care app (offline edition); the policy is marked 草案",
    "title": {"line": 1, "text": "毛孩生活中心隱私權政策（草案）"},
    "headings": [H(n, 1) for n in (7, 11, 19, 23, 27, 31, 35)],
    "placeholders": [
        P(37, "正式上架前需在此補上營運者名稱、聯絡信箱與公開支援網址。",
          "drafting note standing in for the whole contact section: operator name, e-mail and support URL missing"),
    ],
    "ambiguous_placeholder_lines": [1],
    "notes": "The only contact content is a drafting note (37). '（草案）' in the title (1) marks a draft; a finding there is "
             "not false (ambiguous placeholder line).",
}

# ------------------------------------------------------------------------------------------------------
# Clean documents (precision)
# ------------------------------------------------------------------------------------------------------
DOCS["lilingguang-txt"] = {
    "file": "Privacy Statement zh-cn.txt",
    "source": src("lilingguang/Privacy", "Privacy Statement zh-cn.txt", "74d686658a21fd3b4bd06e734d6c1c259975d80b"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "privacy-statement repo of a small location/motion app (English .docx/.txt and this Chinese .txt)",
    "title": {"line": 1, "text": "【隐私声明】"},
    "headings": [H(4, 1, "【软件收集那些信息】")],
    "ambiguous_lines": [5],
    "placeholders": [],
    "look_alike_lines": [
        L(1, "【隐私声明】", "【】 used as title markup, not a slot"),
        L(4, "【软件收集那些信息】", "【】 used as heading markup, not a slot"),
    ],
    "notes": "Eight-line plain-text statement: 【…】 lines are the title and the only section title. '1. 定位和运动数据  如果…' (5) "
             "is a numbered item with a label and its sentence on one line: ambiguous. No contact at all (a missing disclosure, "
             "not a slot).",
}

DOCS["jobcan-md"] = {
    "file": "隐私权政策.md",
    "source": src("TomLiuBS/jobcan-ui-enhancer", "隐私权政策.md", "055ac439bf2b1133a57616bba5f7303739e56e8f"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "browser extension (Jobcan UI enhancer)",
    "title": {"line": 1, "text": "隐私权政策"},
    "headings": [H(n, 1) for n in (5, 22, 27, 32, 36)],
    "ambiguous_lines": [7, 10, 13, 16, 19],
    "placeholders": [],
    "look_alike_lines": [
        L(38, "请通过联系开发团队进行反馈", "no channel named: a missing disclosure, not an unfilled slot"),
    ],
    "notes": "Bold bullet labels '- **scripting权限**' with an indented sub-bullet (7-19) are ambiguous (list labels or sub-titles).",
}

DOCS["punchaway-tw-md"] = {
    "file": "PRIVACY_POLICY_zh-TW.md",
    "source": src("nicesimpleapp/punchAway-policy", "PRIVACY_POLICY_zh-TW.md", "e47197f8b670f2160192c33e464186314d4e673b"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "policy repo of a stress-relief game (combined terms and privacy policy, Traditional Chinese edition)",
    "title": {"line": 1, "text": "使用條款與隱私政策"},
    "headings": [H(n, 1) for n in (5, 10, 14, 18, 22, 26, 30, 34)],
    "placeholders": [],
    "look_alike_lines": [
        L(40, "[punchaway.service@gmail.com](mailto:punchaway.service@gmail.com)", "Markdown link around a real address, not a slot"),
    ],
    "notes": "Plain '## N. …' sections; bold run-in phrases inside bullets are emphasis.",
}

DOCS["gunner-tw-html"] = {
    "file": "privacy-zh-tw.html",
    "source": src("gunner2014/Docs", "privacy-zh-tw.html", "292b160f7a738b7d4da0faa84684c4fb127c16ad"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "docs site of an iOS audio-converter app (one page per language)",
    "title": {"line": 10, "text": "音訊轉換器 隱私權政策"},
    "headings": [H(n, 1) for n in (14, 19, 24, 27, 30, 33, 36, 39)],
    "ambiguous_lines": [6],
    "placeholders": [],
    "notes": "<title> (6) repeats the <h1>: ambiguous. '<p><strong>音訊檔案：</strong>…' run-in labels (15-17) are list content.",
}

DOCS["mathstep-tw-html"] = {
    "file": "privacy-zh-tw.html",
    "source": src("eigamaker/mathstepweb", "privacy-zh-tw.html", "1aa908fe8f7daf335ed243d25e2382f4f175115b"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "support site of a maths-learning app (AdMob, OpenAI API)",
    "title": {"line": 39, "text": "隱私政策"},
    "headings": [
        H(43, 1), H(48, 1), H(57, 2), H(69, 1), H(78, 1), H(87, 2), H(98, 1), H(106, 1), H(114, 2), H(122, 2),
        H(133, 1), H(138, 2), H(146, 1), H(150, 1), H(153, 1),
    ],
    "ambiguous_lines": [6],
    "placeholders": [],
    "notes": "<h2> = 1, <h3> (2.1, 4.1, 6.1, 6.2, 7.1) = 2. <title> (6) ambiguous. Bold '<li><strong>裝置資訊：</strong>…' items are list content.",
}

DOCS["camlingo-tw-html"] = {
    "file": "privacy-zh-tw.html",
    "source": src("mrvincent2025/camlingo-support", "privacy-zh-tw.html", "0eb0614eebc05dbf8ee732ac3882a2594c227914"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "support site of a camera translation app (Google Gemini), one page per language",
    "title": {"line": 88, "text": "🔒 隱私政策"},
    "headings": [
        H(102, 1), H(105, 2), H(117, 2), H(125, 1), H(127, 2), H(151, 1), H(175, 1), H(176, 2), H(186, 1),
        H(187, 2), H(194, 2), H(202, 2), H(212, 1), H(215, 1), H(218, 1), H(229, 1), H(239, 1), H(248, 1),
        H(256, 1), H(264, 1),
    ],
    "ambiguous_lines": [6, 153, 160, 167],
    "placeholders": [],
    "notes": "<h2> = 1, <h3> = 2 (several <h3> end with a colon, e.g. '您提供的資訊：', but are marked-up sub-titles). "
             "Stand-alone bold '<p><strong>照片庫存取：</strong></p>' lead-ins (153, 160, 167) are ambiguous. <title> (6) ambiguous.",
}

DOCS["displayhelper-tw-html"] = {
    "file": "privacy.html",
    "source": src("Samx2015/DisplayHelperPro", "zh-Hant/privacy.html", "403581278dd027308d9fc1fc339a31b538b6394c"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "website of a macOS menu-bar display utility (Traditional Chinese translation of the English policy)",
    "title": {"line": 66, "text": "DisplayHelper Pro 隱私權政策"},
    "headings": [H(n, 1) for n in (94, 107, 132, 144, 163, 179, 191, 205)],
    "ambiguous_lines": [6, 80, 84, 88],
    "placeholders": [],
    "notes": "Three summary cards with <strong> titles (80, 84, 88) above the first section: ambiguous. <title> (6) ambiguous.",
}

DOCS["plantfolio-tw-html"] = {
    "file": "privacy.html",
    "source": src("Luminoid/plantfolio-site", "zh-Hant/privacy.html", "a42465b1c10888d5c2219a235f87781dcd6dbd9d"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "website of an iOS plant-journal app; long GDPR/CCPA-style policy",
    "title": {"line": 42, "text": "隱私政策"},
    "headings": [
        H(45, 1), H(48, 1), H(57, 1),
        H(61, 1), H(63, 2), H(74, 2), H(83, 2),
        H(92, 1), H(94, 2), H(103, 2),
        H(110, 1), H(112, 2), H(119, 2), H(129, 2),
        H(137, 1), H(139, 2), H(149, 2), H(172, 2), H(175, 2), H(178, 2), H(181, 2),
        H(184, 1), H(193, 1), H(195, 2), H(204, 2), H(207, 2),
        H(210, 1), H(218, 1), H(228, 1), H(239, 1),
        H(254, 1), H(256, 2), H(259, 2), H(262, 2),
        H(271, 1), H(281, 1),
    ],
    "ambiguous_lines": [7, 35, 36],
    "placeholders": [],
    "notes": "Site header <h1 class=app-name> 'Plantfolio 植物誌' (35) and its tagline (36) precede the policy's own <h1> (42, the "
             "title): ambiguous, as is <title> (7). Three unnumbered <h2> (適用範圍與接受, 定義, 資料控制者與核心原則) before '1.' are "
             "level 1; <h3> N.M = 2.",
}

DOCS["urmet-hk-html"] = {
    "file": "privacy.html",
    "source": src("URMETXPLUS/URMET-PLUS", "privacy.html", "9ce7088e11a8d9635c5f11c176f9c8c695262233"),
    "format": "html", "script": "hant", "region": "hk", "languages": ["en", "zh"], "kind": "clean",
    "repo_kind": "company site of a Hong Kong building-access product; one page with an English and a Traditional Chinese card toggled by script",
    "title": {"line": 253, "text": "Privacy Policy"},
    "headings": [
        H(266, 1), H(273, 1), H(281, 1), H(284, 2), H(311, 2), H(314, 2), H(317, 1), H(332, 1), H(348, 1),
        H(361, 1), H(364, 1), H(367, 1),
        H(386, 1), H(393, 1), H(401, 1), H(404, 2), H(431, 2), H(434, 2), H(437, 1), H(452, 1), H(468, 1),
        H(483, 1), H(486, 1), H(489, 1),
    ],
    "ambiguous_lines": [6, 263, 383],
    "placeholders": [],
    "notes": "Both language editions are in the HTML (a button toggles them): each card opens with a bold card title "
             "('Urmet+ Privacy Policy' 263, 'Urmet+ 私隱政策' 383) = second titles, ambiguous; <title> (6) ambiguous. <h2> = 1, "
             "<h3> = 2 in both halves. HK wording (私隱, 閣下, 《私隱條例》).",
}

DOCS["quedehphh-html"] = {
    "file": "隐私政策.html",
    "source": src("quedehphh/hh", "隐私政策.html", "8eca4df6c78271f71d2ea53cf1c726d3739230a4"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "site of a small game-boosting studio (QQ contact), styled single page",
    "title": {"line": 94, "text": "隐私政策"},
    "headings": [
        H(110, 1), H(114, 1), H(117, 2), H(150, 2), H(158, 2), H(166, 1), H(178, 1), H(180, 2), H(186, 2), H(222, 2),
        H(225, 1), H(227, 2), H(234, 2), H(241, 2), H(244, 1), H(261, 1), H(264, 1), H(271, 1), H(281, 1), H(285, 2),
    ],
    "ambiguous_lines": [6, 192, 197, 202, 207, 212, 217],
    "placeholders": [],
    "notes": "'<p><strong>引言</strong></p>' (110) is an unnumbered level-1 section before 一、. Security measures are six icon "
             "cards whose <div> labels (192-217) are ambiguous. '📬 联系方式' <h3> (285) is a level-2 card title inside 九. "
             "<title> (6) ambiguous. Part of the text is common template boilerplate (about a quarter of sampled sentences "
             "occur in other policies of the project's data), the rest is the studio's own.",
}

DOCS["qyg-agreement-html"] = {
    "file": "用户隐私协议.html",
    "source": src("QYG2297248353/user-agreement", "用户隐私协议.html", "ae4a7113e66936e181d1889c81869df52448a18f"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "agreements repo of a small Xinjiang software studio",
    "title": {"line": 135, "text": "用户隐私保护协议"},
    "headings": [H(n, 1) for n in (146, 162, 172)],
    "ambiguous_lines": [6],
    "placeholders": [],
    "ambiguous_placeholder_lines": [181],
    "notes": "Short three-section page. The footer's 统一社会信用代码 (181) has 17 characters instead of 18: a wrong value, not "
             "an unfilled slot (ambiguous placeholder line). <title> (6) ambiguous.",
}

DOCS["mosaic-html"] = {
    "file": "privacy.html",
    "source": src("Magic-Xu/mosaic-legal", "zh-CN/privacy.html", "58d79b9671645f62985cfec23a75c6cf3faeff40"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "legal pages of an Android photo/video mosaic app (AdMob, Firebase, ML Kit)",
    "title": {"line": 73, "text": "SnapMosaic 隐私政策"},
    "headings": [H(n, 1) for n in (80, 91, 100, 110, 146, 151, 160, 165)],
    "ambiguous_lines": [6, 125, 129, 133, 137, 141],
    "placeholders": [],
    "notes": "Section 4 lists Google disclosure links under colon-ended lead-ins ('Google 隐私信息：' 125 … 141): ambiguous. "
             "<title> (6) ambiguous; the language switcher (72) is chrome.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
