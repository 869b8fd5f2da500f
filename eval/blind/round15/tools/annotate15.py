#!/usr/bin/env python3
"""Source of truth for eval/blind/round15/holdout/*/annotation.json (hand annotations, round 15).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate15.py [name ...]

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

IDX = "index text (no snapshot holds this version)"

DOCS["reading-android-kt-txt"] = {
    "file": "privacy.txt",
    "source": src("Qianrenni/reading-android", "app/src/main/java/com/qianrenni/reading/views/legal/PrivacyPolicyView.kt",
                  "0b4027710afcf2222140baff4e9b14a8cdc6e018"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "Android reading app (Jetpack Compose); the combined user agreement + privacy policy is a Kotlin list of "
                 "PolicySection(title, body) constants; extracted as the user reads it (tools/extract15.py, mode kt-policy); "
                 "second of two committed versions (the first, 48abe265, is a shorter draft with one slot 【开发者】)",
    "title": {"line": 1, "text": "用户协议与隐私政策"},
    "headings": [H(n, 1) for n in (5, 9, 16, 24, 33, 37, 48, 57, 61, 68, 72, 82, 86, 94)],
    "placeholders": [
        P(7, "【运营主体名称】", "the operator's name is the template slot 【运营主体名称】 (…本应用由【运营主体名称】开发并运营)"),
        P(90, "【privacy@example.com】", "contact e-mail is a bracketed example address on the reserved example.com domain"),
        P(91, "【运营主体联系地址】", "postal address is the template slot 【运营主体联系地址】"),
    ],
    "ambiguous_placeholder_lines": [96],
    "look_alike_lines": [
        L(74, "【个人中心】", "an in-app UI path in 【】 (the app's 个人中心 page), not a slot"),
        L(89, "【个人中心 → 意见反馈】", "an in-app UI path in 【】, not a slot"),
    ],
    "notes": "The source comment says 上线前请将【运营主体名称】【联系方式】等占位内容替换. Section titles 一、-十四、 (Text with "
             "titleMedium style) are level 1; numbered body lines '1. …' are list content. Line 96 '本政策自【2026 年 8 月 16 日】起生效' "
             "keeps template brackets around a filled date: ambiguous placeholder line. Line 3 carries the filled 更新日期.",
}

DOCS["nfc-bracelet-vue-txt"] = {
    "file": "privacy.txt",
    "source": {"repo": "pawaovo/nfc-bracelet-fortune", "path": "apps/wx-app/src/pages/bind/index.vue", "commit": None,
               "index_id": "66450574615", "license": NOLIC},
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "WeChat mini-program (uni-app, Vue 3) of an NFC 'fortune bracelet'; the privacy policy is the JS template "
                 "literal privacyPolicyContent in the bind page's <script setup>, shown in a modal under the title 隐私政策. "
                 "Extracted from the index text (the fetched snapshot ends before this version; the index does not expose "
                 "its commit): line 1 is the modal title, then the template literal exactly",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (7, 29, 41, 59, 66, 87, 91, 95)]
                + [H(n, 2) for n in (11, 19, 25, 47, 51, 55)],
    "placeholders": [
        P(99, "_______", "contact e-mail left as a blank underline 邮箱：_______"),
        P(100, "_______", "contact telephone left as a blank underline 电话：_______"),
        P(101, "_______", "contact address left as a blank underline 地址：_______"),
    ],
    "ambiguous_lines": [70, 73, 76, 79, 82],
    "notes": "The same page's user agreement (not extracted) also names the operator as 【请填写公司名称】 and ends with the "
             "same three blank contact fields. '1. …'/'2. …'/'3. …' short lines under 一、 and 三、 are level-2 subheadings; the "
             "'✔ 访问权' … '✔ 注销账号' lines (each followed by a one-line explanation) are list labels or tiny headings "
             "depending on rendering: ambiguous.",
}

DOCS["tiktok-mcn-tsx-txt"] = {
    "file": "privacy.txt",
    "source": {"repo": "xuzone8888/tiktok-ai-mcn", "path": "src/app/(landing)/privacy/page.tsx", "commit": None,
               "index_id": "59296341222", "license": NOLIC},
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "Next.js landing site of an AI content platform (TikTok AI MCN); an early version of its privacy page "
                 "(29 versions in the index; later ones name 武汉观星文化传媒有限公司). Extracted from the index text as the "
                 "reader sees the page body: one line per h1/h2/h3/p, list items prefixed '• ', <br/> as line breaks, a blank "
                 "line between blocks; the nav bar and the site footer (© 【请填写公司名称】, 【请填写ICP备案号】) left out",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (5, 11, 28, 41, 50, 64, 76, 87, 93, 99)] + [H(n, 2) for n in (13, 21)],
    "placeholders": [
        P(7, "【请填写公司名称】", "operator name is a fill-in instruction (【请填写公司名称】（以下简称\"我们\"）…)"),
        P(103, "【请填写公司名称】", "company name in the contact block"),
        P(104, "【请填写邮箱】", "privacy contact e-mail"),
        P(105, "【请填写联系电话】", "contact telephone"),
        P(106, "【请填写公司地址】", "company address"),
    ],
    "ambiguous_placeholder_lines": [3],
    "notes": "Line 3 keeps the JSX expression of the page ({new Date().toLocaleDateString(\"zh-CN\")}: the 'last updated' date "
             "is the visitor's today): a run-time binding, ambiguous placeholder line. '4.1 …'/'4.2 …'/'4.3 …' are numbered "
             "paragraphs, not headings. 引言 is an <h2> like the numbered sections (level 1).",
}

DOCS["wuhao-assets-html"] = {
    "file": "privacy.html",
    "source": src("11111jjjjjjddddsss/wuhao2026", "app/src/main/assets/privacy.html", "c5b2c1fc5ada3620e8312e19763cbd9a28b32026"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "Android app (agricultural machinery assistant, nongjiqianwen.cn); privacy page bundled in app assets, "
                 "first and only version before the file was removed",
    "title": {"line": 39, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (41, 43, 45)],
    "placeholders": [
        P(40, "本页为隐私政策展示页，请在正式上线前替换为法务审定版本。",
          "a drafting note shipped as the first paragraph: the page is a stand-in to be replaced by the legally reviewed policy"),
    ],
    "notes": "Short stand-in page; the contact e-mail (line 47) is real. <title> (line 6) repeats the title.",
}

DOCS["earnest-hk-tsx-txt"] = {
    "file": "privacy.txt",
    "source": {"repo": "YNWAforever/earnestproperty", "path": "src/routes/privacy.tsx", "commit": None,
               "index_id": "62465452943", "license": NOLIC},
    "format": "txt", "script": "hant", "region": "hk", "languages": ["zh", "en"], "kind": "filled-in",
    "repo_kind": "Hong Kong estate agency site (晉誠地產, TanStack Router, TSX); an early version of the 私隱政策 route whose "
                 "date line was still [待補] (the index's stored version at 1a1b9696 has dropped that line). Extracted from the "
                 "index text as the reader sees the page: one line per p/h1/h2, a blank line between blocks, the inline link "
                 "聯絡我們 joined into its sentence, ${SITE_CONTACT.licenceNo} rendered with the value of src/config/site.ts "
                 "(C-018613, as stored at 1a1b9696)",
    "title": {"line": 3, "text": "私隱政策"},
    "headings": [H(n, 1) for n in (9, 13, 17, 21, 25, 29)],
    "placeholders": [
        P(5, "[待補]", "effective date and last-updated date both '[待補]' ('to be filled'): 2 occurrences on this line, one entry"),
    ],
    "ambiguous_lines": [1],
    "notes": "Line 1 '法律 Legal' is the page's eyebrow label above the title (ambiguous). A source comment (not extracted) "
             "says the copy is template text awaiting review by a PDPO-qualified advisor. HK wording: 私隱, 電郵, 剔選, 睇樓.",
}

DOCS["aition-md"] = {
    "file": "privacy.md",
    "source": {"repo": "hoozhongyuan-stack/aitionOWS0828V2", "path": "docs/legal/02-用户隐私政策.md",
               "commit": "42f4b8166f7b22c02f3aebc07efc795e41718431", "license": NOLIC},
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "CMS-backed company site (aition.xin); docs/legal holds the bodies pasted into the admin's 协议管理 → PRIVACY "
                 "rich-text field. The file is an editor's note, then the Chinese policy, then an English version; privacy.md is "
                 "the Chinese policy as it is pasted (from '## 用户隐私政策（中文版）' to the last contact line), text as stored "
                 "by the index at that commit (no snapshot could be fetched)",
    "title": {"line": 1, "text": "用户隐私政策（中文版）"},
    "headings": [H(n, 1) for n in (9, 17, 37, 45, 49, 65, 75, 89, 104, 110, 116, 120)],
    "placeholders": [
        P(3, "【生效日期】", "effective date 【生效日期】 and update date 【更新日期】 on the version line (2 slots, one entry)"),
        P(5, "【运营者全称】", "the operator's full name opens the policy as a slot"),
        P(124, "【个人信息保护负责人邮箱】", "e-mail of the personal-information protection officer"),
        P(125, "【联系邮箱】", "contact e-mail"),
        P(126, "【联系电话】", "contact telephone"),
        P(127, "【注册地址 / 联系地址】", "registered / contact address"),
    ],
    "notes": "A carefully drafted PIPL policy (processing table with legal bases, retention table) whose identity fields are "
             "all 【】 slots; the editor's note above the policy (not extracted) lists them as 待你补充. 'N.N …' numbered "
             "paragraphs and table rows are not headings. The English half has the same slots in English (【Legal entity / "
             "operator name】, 【Effective Date】) and is not part of this file.",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (precision): no unfilled slot
# ------------------------------------------------------------------------------------------------------

DOCS["chuan-tw-vue"] = {
    "file": "privacy.vue",
    "source": src("chengchuanho1105/chuan-website", "src/pages/privacy.vue", "233644c39d814488d607e7dbd0809acf15ba94e5"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "personal/company site (Vue 3 SFC, Tailwind); 隱私權條款 page, only version; read by policylens as .vue",
    "title": {"line": 13, "text": "隱私權條款"},
    "headings": [H(n, 1) for n in (25, 41, 58, 74, 90, 108, 125, 135, 146, 157)],
    "ambiguous_lines": [12, 24, 40, 57, 73, 89, 107, 124, 134, 145, 156],
    "notes": "Each <h2> opens on one line and has its text on the next (the text line is the heading; the tag line is "
             "ambiguous). '1. 資訊收集' … '10. 聯絡我們'. Contact e-mail, +886 phone and a Yunlin address are real.",
}

DOCS["yuekuan-assets-html"] = {
    "file": "privacy.html",
    "source": src("284361303/yuekuan", "app/src/main/assets/privacy.html", "1c4b9e52db07cda64f2283c3cc92e31d5aa6372f"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Android shopping app 悦款 (北京智美源素科技有限公司); an Aspose.Words export of the 个人信息保护政策 in app "
                 "assets, first version",
    "title": {"line": 11, "text": "隐私政策"},
    "headings": [H(46, 1, "一、我们如何收集和使用您的个人信息"), H(105, 1, "二、我们会如何保护和保存您的个人信息"),
                 H(169, 1, "三、您的权利"), H(238, 1, "四"), H(259, 1, "五"), H(296, 1, "六、如何联系我们"),
                 H(69, 2, "（二）设备权限调用"), H(78, 2, "（三）除同意外的其他合法性事由"),
                 H(108, 2, "（一）我们保护您个人信息的技术与措施"), H(148, 2, "（二）我们如何保存您的个人信息"),
                 H(181, 2, "1、访问、更正和删除您的个人信息"), H(220, 2, "2、约束信息系统自动决策"), H(226, 2, "3、响应您的上述请求"),
                 H(111, 3, "1、数据保护技术措施"), H(120, 3, "2、数据保护管理组织措施"), H(132, 3, "3、个人信息安全事件的响应"),
                 H(141, 3, "4、安全提示"), H(184, 3, "（1）您的账户信息"), H(190, 3, "（2）您的喜欢信息"), H(196, 3, "（3）清除搜索历史")],
    "ambiguous_lines": [25, 49, 52, 202, 239, 260],
    "notes": "Word export: headings are bold <span>s in <p>, except 六、 which is an <h2> and not bold. The table of contents "
             "(28-43) is not headings. 四、 and 五、 are split across two spans on two lines ('四' on 238, '、我们会如何…' on "
             "239): the first line is the heading (its text on that line is only '四' / '五'), the continuation is ambiguous. Under 一、 the "
             "numbering is out of order ('1、账户注册、登录与认证' then '（1）账户注册、登录' then '（二）设备权限调用', "
             "'（三）…'): 49 and 52 ambiguous, （二）/（三） level 2. '（4）在以下情形中…请求：' (202) is a sentence ending in a "
             "colon (ambiguous); bold numbered sentences under （二）我们如何保存 and under 四、五、六 are not headings.",
}

DOCS["byau-flutter-md"] = {
    "file": "privacy_policy.md",
    "source": src("Longhorn3683/byau_lite", "assets/privacy_policy.md", "8b3d7867f3724407f6d3d01c3f5121d9e64749a2",
                  "Apache-2.0 (repository licence)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Flutter campus app of a university (极速农大, an independent student developer); Markdown bundled as a "
                 "Flutter asset; only version",
    "title": {"line": 1, "text": "极速农大隐私政策"},
    "headings": [H(n, 1) for n in (21, 27, 31, 51, 57, 61)] + [H(n, 2) for n in (35, 39, 43, 47)],
    "notes": "Plain-text table of contents (9-19) repeats the section titles: not headings. '3.1 信息访问' … '3.4 注销服务' are "
             "short label lines followed by a paragraph (level 2); '1.1 …', '2.1 …', '4.1 …', '5.1 …', '6.1 …' are numbered "
             "sentences. The developer is named (姚博文) and the e-mail is real.",
}

DOCS["astrbot-flutter-md"] = {
    "file": "privacy_policy.md",
    "source": src("MuFengDR/AstrBot-Bubble-Android-App", "assets/privacy_policy.md", "739c509e6dff0d4023a0aa866a4751a9a9705dbe",
                  "BSD-3-Clause (repository licence)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "open-source Android app (Flutter assets) wrapping a chat-bot framework; newest version (the first, fa482bea, "
                 "is the upstream Code LFA policy with another developer's name)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (6, 13, 21, 26, 41, 55, 65, 75, 86, 92, 106, 117, 121, 125)]
                + [H(n, 2) for n in (138, 151, 155)],
    "ambiguous_lines": [7, 136],
    "notes": "Line 7 is a bold warning line between ⚠️ (ambiguous). After the '---' rule, '附：权限与信息使用清单' (136) is a plain "
             "appendix title (ambiguous) over three '###' blocks (level 2). Section 1 (23-24) repeats the introduction by a "
             "copy-paste slip; 说明： (34) is a label, not a heading. E-mail, QQ group and GitHub links are real.",
}

DOCS["twinme-tw-raw-html"] = {
    "file": "privacy_policy.html",
    "source": src("Twinlife/twinme-android", "app/src/main/res/raw-zh-rTW/privacy_policy.html",
                  "e2ae0a196ced97f50fe0a4257808b3c4e9f4b4ca", "AGPL-3.0 (repository licence, LICENSE.txt)"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh", "en"], "kind": "clean",
    "repo_kind": "peer-to-peer messaging app (twinme, Twinlife, France); the zh-TW translation in Android res/raw-zh-rTW, "
                 "first version",
    "title": None,
    "headings": [H(n, 1) for n in (13, 16, 51)] + [H(n, 2) for n in (17, 24, 30, 45)],
    "notes": "No title in the page (the app bar shows it). The first two <h3> both read 'TWINLIFE所含資訊如下' (a translation "
             "slip; both are headings). <h4> '1.由 twinme 服務器存儲的資訊' … '4.…' are level 2. Written for the EU GDPR; no "
             "contact block.",
}

DOCS["healthbuddy-assets-html"] = {
    "file": "privacy_policy_zh.html",
    "source": src("jialiiiiii/HealthBuddy", "app/src/main/assets/privacy_policy_zh.html", "6ee90dddc105c0dc86ee2bf2e6960e51a9e1f2d4"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Android health/fitness app (HealthBuddy); Chinese privacy page in app assets, only version",
    "title": None,
    "headings": [H(n, 1) for n in (36, 49, 61, 71, 76, 81, 86, 91)],
    "notes": "Sections are bold <span> labels ending in a colon, each alone on its visual line: '我们收集的信息：' (own <p>, "
             "followed by an <ol>) and '数据安全：<br>' … '联系我们：<br>' (label then a line break then the paragraph): "
             "annotated as level-1 headings because each stands on its own line. The bold 'label：' inside <li> items are "
             "list content. No title element.",
}

DOCS["weline-tw-assets-html"] = {
    "file": "privacy_tw.html",
    "source": src("just2found/Wuji-Mobile-Android", "app/src/main/assets/privacy_tw.html", "d053b214c07469a7ad6e16f6ae3fdf2f983e305c"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Android app of a NAS/router device (WeLine); zh-TW edition (traditional-script conversion of a mainland "
                 "policy) in app assets, only version",
    "title": {"line": 43, "text": "隱私政策"},
    "headings": [H(n, 1) for n in (74, 150, 197, 211, 220, 228, 237, 288, 300)]
                + [H(n, 2) for n in (78, 104, 122, 126, 140, 151, 168, 176, 183, 198, 205, 221, 274)]
                + [H(n, 3) for n in (239, 245, 261, 267)],
    "ambiguous_lines": [238],
    "ambiguous_placeholder_lines": [44, 45],
    "notes": "Headings are plain <p> lines '一、…', '(一)…', '1.…'. Table of contents (53-63, one <p> with <br>) not headings. "
             "238 '(一)按照法律及相關國家標準的要求，我們保障您…以下權利：' is a numbered sentence ending in a colon that "
             "opens the subsection (ambiguous); its items 1.-4. (239, 245, 261, 267) are level 3. 44-45 '【2020】年【07】月"
             "【07】日' are template brackets around filled dates (ambiguous placeholder lines). The operator is named only as "
             "'WeLine服務提供商、運營商' (vague, not a slot). Mainland legal content in traditional script: region tw by file.",
}

DOCS["labelchat-terms-html"] = {
    "file": "privacy.html",
    "source": src("Vennxu/LabelChat", "app/src/main/assets/privacy.html", "7049c55693d6599b99b86c30453a2b6bfbddd43d"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Android chat app 敲敲 (深圳市修远计算机有限公司, 2015); a combined 隐私条款、用户协议 (terms of service with "
                 "a privacy section 三、用户个人隐私信息保护) in app assets, only version; starts with a BOM",
    "title": {"line": 9, "text": "隐私条款、用户协议"},
    "headings": [H(n, 1) for n in (12, 23, 58, 69, 125, 190, 228, 248, 262, 276, 293, 310, 348, 371)],
    "ambiguous_lines": [30, 391, 394],
    "ambiguous_placeholder_lines": [118],
    "notes": "Bold <strong> section titles 一、-十三、 plus 特别提示 (12), all level 1. '2、昵称规则' (30) is a short label inside "
             "a list of numbered sentences (ambiguous). Closing signature 深圳市修远计算机有限公司 / 法务部 (391, 394) "
             "ambiguous. Line 118 speaks of the user's '课程计划信息' (course-plan information) in a chat app: residue of "
             "another product's template (ambiguous placeholder line).",
}

DOCS["platonic-tsx-txt"] = {
    "file": "privacy.txt",
    "source": src("Corolas-top/platonic.corolas.top", "app/src/pages/Settings.tsx", "3a46c71671e091aa25d20e9270ba3f63657e1fb7"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "AI companion web app (React/Supabase); the privacy policy is the template literal DEFAULT_PRIVACY_POLICY in "
                 "the Settings page, shown pre-wrapped in a collapsible section; extracted exactly (tools/extract15.py, mode "
                 "js-const); first version with this text (earlier versions dated 2026年1月1日 lack the 引言)",
    "title": {"line": 1, "text": "Corolas | Platonic 隐私政策"},
    "headings": [H(n, 1) for n in (5, 9, 15, 20, 25, 31)],
    "ambiguous_placeholder_lines": [7],
    "notes": "Short policy. Line 7 puts the product name, already filled, between template brackets 【Corolas | Platonic】 "
             "(ambiguous placeholder line). '1. 数据收集' … '5. 联系方式' are section titles followed by '- ' lists. The "
             "contact e-mail is real.",
}


if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
