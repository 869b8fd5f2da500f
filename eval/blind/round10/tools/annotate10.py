#!/usr/bin/env python3
"""Source of truth for eval/blind/round10/holdout/*/annotation.json (hand annotations, round 10).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate10.py [name ...]
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


def H(line, level, text):
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


def check_and_write(name, d):
    folder = os.path.join(BASE, name)
    lines = read_lines(os.path.join(folder, d["file"]))
    errs = []

    def on(line, t):
        return 1 <= line <= len(lines) and norm(t) in norm(re.sub(r"<[^>]*>", "", lines[line - 1]) + lines[line - 1])

    for h in d.get("headings", []):
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
DOCS["slanguage-tw-html"] = {
    "file": "privacy-zh.html",
    "source": src("SwipeupLabs/slanguage-legal", "privacy-zh.html", "d0d39485e3da31e0748fb5358358f8dccb723b23"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "legal pages repo of a translation app (Traditional Chinese edition)",
    "title": {"line": 14, "text": "Slanguage 隱私權政策"},
    "headings": [
        H(17, 1, "1. 【資料收集與使用】"), H(22, 1, "2. 【第三方服務供應商】"), H(29, 1, "3. 【資料安全與傳輸】"),
        H(32, 1, "4. 【使用者權利與資料刪除】"), H(37, 1, "5. 【政策變更與聯絡方式】"),
    ],
    "ambiguous_lines": [6],
    "placeholders": [],
    "look_alike_lines": [
        L(17, "【資料收集與使用】", "【】 used as heading markup around a section title, not a slot"),
        L(18, "-文本資料：", "dash-led label item inside a <p> with <br> breaks: list content"),
        L(38, "官方聯絡信箱", "contact given by reference to the store page (no address in the text): a missing disclosure, not an unfilled slot"),
    ],
    "notes": "Each section is a <p> whose first physical line is '1. 【…】<br>' (run-in title, body on the following lines, "
             "same paragraph). <title> (6) differs from the <h1> (14); 6 ambiguous.",
}

DOCS["notfair-tw-md"] = {
    "file": "PRIVACY_POLICY_ZH.md",
    "source": src("notfairdigit/NotFairPrivatePolicy", "PRIVACY_POLICY_ZH.md", "97561715397c4a82e518ace0fc1c9e04ea62a378"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "policy repo of an AR camera app (Snap Camera Kit); Traditional Chinese edition",
    "title": {"line": 1, "text": "隱私權政策"},
    "headings": [
        H(6, 1, "1. 資訊處理（相機使用）"), H(15, 1, "2. 生物特徵資料與臉部追蹤"), H(22, 1, "3. 第三方服務"),
        H(25, 1, "4. 兒童隱私"), H(28, 1, "5. 聯絡我們"),
    ],
    "placeholders": [],
    "look_alike_lines": [
        L(9, "即時渲染：", "'label： sentence' paragraph: list content"),
        L(18, "無識別用途：", "'label： sentence' paragraph: list content"),
    ],
    "notes": "A .md file without any Markdown markup: bare title line, numbered bare section titles each followed directly "
             "(no blank line) by body text; 'label： text' paragraphs are content.",
}

DOCS["qtware-md"] = {
    "file": "privacy-policy-zh.md",
    "source": src("qthors/qtware-eula", "privacy-policy-zh.md", "16ea4cd36b466370c300c03ec29c8ac8b93e2ecd", "GPL-3.0 (repository licence)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "EULA/privacy repo of a desktop toolbox app (多宝箱)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(5, 1, "关于本隐私政策"), H(12, 1, "多宝箱收集的信息"), H(16, 1, "多宝箱如何使用您的信息"), H(20, 1, "数据保留"),
        H(24, 1, "儿童隐私"), H(28, 1, "您的语言偏好"), H(32, 1, "变更"),
    ],
    "placeholders": [],
    "look_alike_lines": [L(14, "多宝箱通目前", "a typo ('通' left over), not a hole")],
    "notes": "Plain #/## Markdown; adapted from a large vendor's policy skeleton, filled consistently.",
}

DOCS["tuntun-txt"] = {
    "file": "隐私协议.txt",
    "source": src("tuntun1337/UsernameGenerationPlugin", "隐私协议.txt", "d7e05dc52860437a5f7b9ff0111b2d056b703a76"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "browser-extension repo (username generator)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(5, 1, "1. 引言"), H(9, 1, "2. 我们收集的信息"), H(15, 1, "3. 信息的使用"), H(23, 1, "4. 信息的分享"),
        H(30, 1, "5. 数据的安全"), H(34, 1, "6. 您的权利"), H(44, 1, "7. 儿童隐私"), H(48, 1, "8. 隐私政策的变更"),
        H(52, 1, "9. 联系我们"),
    ],
    "placeholders": [],
    "look_alike_lines": [
        L(19, "提供和维护我们的插件", "bare unpunctuated list item (bullets lost when pasted): content, not a title"),
        L(27, "获得您的明确同意", "bare list item"),
        L(41, "数据可携权", "bare list item"),
        L(13, "个人信息:", "'label: sentence' line"),
    ],
    "notes": "Plain text pasted from a rendered page: bullets lost, so short bare list lines (19-22, 27-29, 38-41) look like "
             "titles; three section titles (15, 23, 30) follow the last list line with no blank line. No final newline.",
}

DOCS["videoscreenshot-md"] = {
    "file": "PRIVACY_POLICY_ZH.md",
    "source": src("YeDaxia/VideoScreenshot", "PRIVACY_POLICY_ZH.md", "714d6d6d05aaccf69755e7dc601acdca86ba71eb"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Chrome extension repo (video screenshot stitching)",
    "title": {"line": 1, "text": "隐私政策 - 33字幕图"},
    "headings": [
        H(7, 1, "1. 信息收集与使用"), H(11, 2, "a. 用户内容（截图）"), H(16, 2, "b. 本地设置"), H(22, 1, "2. 权限说明"),
        H(32, 1, "3. 数据共享与披露"), H(36, 1, "4. 第三方服务"), H(40, 1, "5. 隐私政策的变更"), H(44, 1, "6. 联系我们"),
    ],
    "placeholders": [],
    "look_alike_lines": [L(26, "`activeTab`", "bold code-span permission names as list labels")],
    "notes": "#/##/### Markdown; letter-numbered ### sub-sections.",
}

DOCS["appstore-md"] = {
    "file": "privacy_policy_zh.md",
    "source": src("carmel/appstore", "privacy_policy_zh.md", "3c459172414ba90d0ca587b67518cd4bbaa29b83", "Apache-2.0 (repository licence)"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "app-store listing repo of a LAN file-transfer app",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(7, 1, "1. 信息收集"), H(15, 1, "2. 信息使用"), H(23, 1, "3. 信息共享"), H(27, 1, "4. 数据安全"),
        H(31, 1, "5. 用户权利"), H(35, 1, "6. 儿童隐私"), H(39, 1, "7. 变更通知"), H(43, 1, "8. 联系我们"),
    ],
    "placeholders": [],
    "notes": "Short AI-style policy; no operator name anywhere (a missing disclosure, not a slot). ASCII punctuation (',' ':').",
}

DOCS["organizefiles-md"] = {
    "file": "PRIVACY_POLICY_ZH.md",
    "source": src("GutRaz/organize-files-legal", "PRIVACY_POLICY_ZH.md", "82ab4b6ff64351830cea3fd86f19a52f96c8a216"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "legal repo of a file-organiser app by a Romanian sole trader; machine-translated Chinese edition",
    "title": {"line": 5, "text": "隐私政策 — 组织文件"},
    "headings": [
        H(17, 1, "总结"), H(21, 1, "本地处理的数据"), H(34, 1, "发布者默认不会收到的内容"), H(40, 1, "可选网络使用"),
        H(54, 1, "法律依据（GDPR 风格的框架，而非法律建议）"), H(64, 1, "国际转账"), H(68, 1, "监管机构和投诉"),
        H(72, 1, "第三方处理器（当使用这些功能时）"), H(78, 1, "运营商责任（GDPR 风格框架）"), H(82, 1, "保留"),
        H(94, 1, "您的权利"), H(98, 1, "儿童"), H(102, 1, "变化"), H(111, 1, "控制者和联系方式"),
        H(115, 1, "保留期限（发布者记录）"), H(124, 1, "你的权利（响应时间）"),
    ],
    "placeholders": [],
    "look_alike_lines": [
        L(7, "**出版商：**", "bold metadata label with its value: not a heading"),
        L(29, "| 下的配置文件文件夹强制执行试用或商店权利 |", "machine-translation split of a table cell, not a hole"),
        L(1, "非官方机器翻译", "blockquote disclaimer"),
    ],
    "notes": "A blockquote disclaimer (1) precedes the # title; bold 'label：value' metadata block (7-13); GFM tables; three "
             "sections appended after the closing rule (111-126) repeat earlier topics.",
}

DOCS["gmux-md"] = {
    "file": "privacy-zh.md",
    "source": src("gzhajimi/gmux", "privacy-zh.md", "02ad8dd3c572ce05094d0e27cf36108c82f3b4d7"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Windows window-layout tool repo (Microsoft Store app); policy page",
    "title": {"line": 6, "text": "gmux 隐私政策"},
    "headings": [
        H(10, 1, "简短版"), H(14, 1, "适用范围"), H(21, 1, "gmux 在本机读取的内容（仅在内存中）"), H(31, 1, "gmux 在本机保存的内容"),
        H(43, 1, "gmux 不会收集 / 不会发送"), H(52, 1, "网络请求"), H(61, 1, "诊断导出（手动、需你主动触发）"),
        H(72, 1, "Microsoft Store 权限申请"), H(80, 1, "第三方服务"), H(86, 1, "儿童"), H(90, 1, "政策变更"), H(94, 1, "联系方式"),
    ],
    "ambiguous_lines": [2],
    "placeholders": [],
    "look_alike_lines": [
        L(66, "<redacted>", "describes a redaction the export performs: not a slot"),
        L(19, "CN=727E2FF6-A413-46ED-8027-74D82A3CD038", "publisher certificate id, not a template value"),
    ],
    "notes": "YAML front matter title (2, ambiguous) repeats the # title (6).",
}

DOCS["ipcamera-html"] = {
    "file": "privacy_policy_zh.html",
    "source": src("phaseprofaction-wq/IPCameraMagnifier_policy", "privacy_policy_zh.html", "e4dabeac26ef405f1837acbef4dcfdaf1c27511f"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "policy repo of a Huawei AppGallery camera app; this commit's .html holds plain text pasted from a rendered page",
    "title": {"line": 2, "text": "隐私政策"},
    "headings": [
        H(3, 1, "开发者信息"), H(12, 1, "1. 引言"), H(15, 1, "2. 个人信息收集"), H(24, 1, "3. 信息使用方式"),
        H(32, 1, "4. 信息存储和保护"), H(42, 1, "5. 信息共享和披露"), H(51, 1, "6. 您的权利"), H(62, 1, "7. 儿童隐私"),
        H(65, 1, "8. 政策更新"), H(70, 1, "9. 联系我们"),
    ],
    "ambiguous_lines": [18],
    "placeholders": [
        P(61, "[your-email@domain.com]", "rights-request contact left as the template address in brackets (the real address is on lines 11 and 74)"),
    ],
    "look_alike_lines": [
        L(18, "信息类型", "header row of a tab-separated table (ambiguous)"),
        L(26, "提供相机放大和流媒体功能", "indented bare list item (bullets lost)"),
        L(69, "最后更新：2024年1月", "month-precision date, filled"),
    ],
    "notes": "A .html file with NO markup at all (text copied from a rendered page, tabs from a table, indented list items): "
             "a browser would collapse it into one paragraph; a reviewer reading the source sees bare titles.",
}

DOCS["audivo-html"] = {
    "file": "audivo-privacy-policy-zh.html",
    "source": src("qingdi/DionsSudoku", "audivo-privacy-policy-zh.html", "8df182a50ea758c4efcaac07aff2a28f6aa58e76"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "GitHub Pages repo of one developer holding several apps' policies (this one: a video-to-audio app)",
    "title": {"line": 97, "text": "🔒 隐私政策"},
    "headings": [
        H(105, 1, "1. 概述"), H(109, 1, "2. 我们不向您收集的信息"), H(118, 1, "3. 在您的设备上本地处理与存储的数据"),
        H(119, 2, "3.1 您主动提供的媒体与生成文件"), H(126, 2, "3.2 应用设置与任务记录"), H(134, 1, "4. 系统权限说明"),
        H(143, 1, "5. 可选功能：局域网从电脑导入"), H(146, 1, "6. 广告与第三方 SDK（Google AdMob）"), H(161, 1, "7. 分享与系统服务"),
        H(164, 1, "8. 第三方组件（FFmpeg 相关）"), H(167, 1, "9. 儿童隐私"), H(170, 1, "10. 数据安全与删除"),
        H(176, 1, "11. 政策更新"), H(179, 1, "12. 适用法律与您的权利"), H(183, 1, "13. 联系我们"),
    ],
    "ambiguous_lines": [6, 98, 194],
    "placeholders": [],
    "look_alike_lines": [
        L(102, "重要提示：", "bold lead-in inside a highlight box"),
        L(194, "📌 摘要", "<h3> title of a summary box after the last section (ambiguous)"),
    ],
    "notes": "<title> (6) 'app - 隐私政策' differs from the <h1> (97, emoji + 隐私政策); app-name div (98) is a second title (ambiguous).",
}

DOCS["taptapbible-tw-html"] = {
    "file": "privacy.html",
    "source": src("starseeker07/taptapbible-landing", "zh-TW/privacy.html", "b56228125ce9ed9f62308af02a1385730092c55e"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh", "en"], "kind": "clean",
    "repo_kind": "landing site of a Korean developer's Bible-copying app, 8 languages (Traditional Chinese edition)",
    "title": {"line": 62, "text": "TapTap Bible 隱私權政策"},
    "headings": [
        H(66, 1, "1. 我們收集的資訊"), H(68, 2, "1.1. 您直接提供的資訊"), H(81, 2, "1.2. 自動收集的資訊"), H(88, 2, "1.3. 從第三方收集的資訊"),
        H(92, 1, "2. 我們如何使用您的資訊"), H(94, 2, "2.1. 提供和營運服務"), H(96, 2, "2.2. 改進和開發服務"), H(98, 2, "2.3. 提供個人化體驗"),
        H(100, 2, "2.4. 溝通"), H(102, 2, "2.5. 啟用群組功能"), H(104, 2, "2.6. 廣告"), H(106, 2, "2.7. 安全和詐欺預防"),
        H(108, 2, "2.8. 遵守法律義務"), H(110, 2, "2.9. 統計和分析"), H(112, 1, "3. 資訊的共享和揭露"), H(114, 2, "3.1. 徵得您的同意"),
        H(116, 2, "3.2. 群組成員"), H(118, 2, "3.3. 服務提供商"), H(124, 2, "3.4. 法律要求"), H(126, 2, "3.5. 業務轉讓"),
        H(128, 2, "3.6. 匿名化或彙總資訊"), H(130, 1, "4. 資料儲存和保留期限"), H(137, 1, "5. 資料安全"), H(139, 1, "6. 您的權利"),
        H(141, 2, "6.1. 存取和更正"), H(143, 2, "6.2. 刪除"), H(145, 2, "6.3. 資料存取權"), H(147, 2, "6.4. 通知設定"),
        H(149, 2, "6.5. 提出申訴"), H(151, 1, "7. 兒童隱私"), H(153, 1, "8. 國際資料傳輸"), H(155, 1, "9. 本隱私權政策的變更"),
        H(157, 1, "10. 聯絡我們"),
    ],
    "ambiguous_lines": [8, 131, 133, 135],
    "placeholders": [],
    "ambiguous_placeholder_lines": [162],
    "look_alike_lines": [
        L(131, "4.1.", "<h3> holding only a clause number, the clause text follows in a <p> (ambiguous heading, not a slot)"),
        L(162, "電子郵件:", "footer label whose <span> is filled by a script at load time (the rendered page shows the address): ambiguous placeholder line"),
        L(73, "使用者內容：", "bold label of a nested list"),
    ],
    "notes": "Site nav (54-60) and an English business footer (160-164; languages zh+en). <title> (8) ambiguous. "
             "<h3>4.1./4.2./4.3.</h3> are clause numbers without titles (ambiguous).",
}

DOCS["zenbreath-tw-html"] = {
    "file": "privacy-zh-TW.html",
    "source": src("oceanrich/zenbreath-support", "privacy-zh-TW.html", "2a275d635845d73b465af8541164c388bae9a16a"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "support site of a breathing app (Traditional Chinese edition)",
    "title": {"line": 27, "text": "隱私政策"},
    "headings": [
        H(30, 1, "概述"), H(33, 1, "我們收集的資訊"), H(35, 2, "1. 自動收集的資訊"), H(38, 3, "📱 訂閱資訊（透過Apple服務）"),
        H(48, 3, "💾 本地使用統計"), H(57, 2, "2. 可選的跨裝置同步"), H(60, 3, "☁️ 老用戶身份識別（透過iCloud）"),
        H(68, 1, "我們不會收集"), H(79, 1, "資料儲存位置"), H(109, 1, "資料使用目的"), H(127, 1, "第三方服務"),
        H(131, 2, "Apple訂閱服務"), H(135, 2, "iCloud"), H(150, 1, "您的權利"), H(157, 1, "兒童隱私"), H(160, 1, "隱私政策變更"),
        H(163, 1, "聯絡我們"),
    ],
    "ambiguous_lines": [6, 11, 119, 141],
    "placeholders": [],
    "look_alike_lines": [
        L(11, "FreeBreath (自在呼吸)", "the site's <h1> is the app name in the header; the policy title is the <h2> (27)"),
        L(119, "我們不會：", "bold lead-in ending with a colon (ambiguous)"),
        L(44, "說明", "bold inline label"),
    ],
    "notes": "Header <h1> = site name (11), nav with language switcher; the policy title is an <h2> and its sections start at <h3> "
             "(levels shifted by one), down to <h5> with emoji.",
}

DOCS["emui-tw-html"] = {
    "file": "privacy.html",
    "source": src("ThunderSoft-LC/EMUIInterconnectPrivacy", "zh-TW/privacy.html", "40c2157fd5a6ca8be45f1ac1d498cb78c2cab042"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "privacy pages of a device-interconnect app by a listed software company (Traditional Chinese edition)",
    "title": {"line": 89, "text": "EMUI Interconnect 隱私政策"},
    "headings": [
        H(96, 1, "1. 用戶內容的傳輸"), H(103, 1, "2. 我們收集的資訊"), H(110, 1, "3. 檔案傳輸"), H(115, 1, "4. 權限要求"),
        H(128, 1, "5. 我們如何分享、轉讓及公開揭露您的個人資訊"), H(138, 1, "6. 跨境傳輸"), H(142, 1, "7. 個人資訊的儲存與保護"),
        H(147, 1, "8. 個人資訊管理"), H(151, 1, "9. 免責聲明"), H(155, 1, "10. 關於本政策"), H(159, 1, "11. 聯繫我們"),
        H(164, 1, "12. 其他"),
    ],
    "ambiguous_lines": [6, 125],
    "placeholders": [],
    "look_alike_lines": [
        L(125, "上述權限僅在實現本服務對應功能時啟用", "an <h3> holding a full reassurance sentence (ambiguous)"),
        L(92, "親愛的用戶：", "bold salutation"),
        L(130, "1. 經同意分享：", "indented numbered items of a list"),
    ],
    "notes": "Corporate policy (Chinese listed company) in Taiwan wording; (1)/(a) numbered paragraphs are content.",
}

DOCS["launchoverseas-hk-html"] = {
    "file": "privacy-zh-hk.html",
    "source": src("launchoverseas/test", "privacy-zh-hk.html", "c4bfdc3b75a351b98695b0d9b54a6a8aa7e11931"),
    "format": "html", "script": "hant", "region": "hk", "languages": ["zh"], "kind": "clean",
    "repo_kind": "corporate website of a Hong Kong brand-management company (test repo of the live site), zh-HK page",
    "title": {"line": 110, "text": "隱私政策與資料保護條款"},
    "headings": [
        H(116, 1, "B2B 機構級商務資料保護"), H(122, 1, "收集的信息類型"), H(133, 1, "零第三方追蹤與無 Cookie 承諾"),
        H(139, 1, "核心商業機密雙向保護"), H(145, 1, "客戶權利與合規聯絡"),
    ],
    "ambiguous_lines": [7, 109, 115, 121, 132, 138, 144],
    "placeholders": [],
    "look_alike_lines": [
        L(115, "01. 適用範圍與核心承諾", "numbered eyebrow label above each card's <h2> (ambiguous: it names the section too)"),
        L(125, "企業聯絡人資料：", "bold list label"),
    ],
    "notes": "Card layout: each section is an <article> with a small numbered label div (card-index) and an <h2> card title; "
             "the <h2> is taken as the heading, the numbered labels are ambiguous. Site header/nav (45-103) and footer "
             "(157-187) are chrome. <title> (7) differs from the <h1> (110); eyebrow 'meta-tag' (109) ambiguous.",
}

DOCS["yibeika-docx"] = {
    "file": "privacy.docx",
    "source": src("Vesentanger/gxybk", "privacy.docx", "1ac4beac6a3e1578e222d92f9970d3d9d0aa6ad0"),
    "format": "docx", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "single-file repo holding the Word policy of an education app (亿贝卡) by a Shanghai company",
    "title": {"line": 3, "text": "亿贝卡用户隐私保护政策"},
    "headings": [
        H(20, 1, "一、我们收集哪些您的个人信息"), H(49, 1, "二、我们可能如何收集您的个人信息"), H(50, 2, "1、征得您授权同意的例外"),
        H(64, 1, "三、我们如何使用您的个人信息"), H(76, 1, "四、我们如何委托处理、共享、转让、公开披露您的个人信息"),
        H(77, 2, "1、委托处理"), H(79, 2, "2、共享"), H(116, 2, "3、转让"), H(120, 2, "4、公开披露"),
        H(132, 1, "五、我们如何保护您的个人信息"), H(141, 1, "六、您的权利"), H(143, 2, "1、访问您的个人信息"),
        H(148, 2, "2删除您的个人信息"), H(156, 2, "4、改变您授权同意的范围"), H(160, 1, "七、我们如何处理未成年人的个人信息"),
        H(167, 1, "八、本政策如何更新"), H(170, 1, "九、如何联系我们"),
    ],
    "ambiguous_lines": [27, 33, 88, 124],
    "placeholders": [],
    "look_alike_lines": [
        L(8, "我们收集哪些您的个人信息", "table of contents (8-16) repeating the section titles without numbers: not headings"),
        L(22, "1、我们提供的业务功能需要依赖部分信息才得以运行", "numbered full sentence ending with a colon: list content"),
        L(28, "设备信息：", "bold 'label：text' paragraph: content"),
        L(88, "SDK服务", "header cell of the SDK table (each cell is a paragraph; ambiguous)"),
        L(124, "5、共享、转让、公开披露个人信息时事先征得授权同意的例外", "a sub-title run into the sentence that introduces the list (ambiguous)"),
        L(71, "(4)信息推送。", "numbered list item"),
    ],
    "notes": "Word file: only the title has a paragraph style; top-level titles are bold 一、…九、 body-size paragraphs; second-level "
             "'1、…' titles are neither bold nor styled (told from numbered sentences only by being short title phrases). "
             "Section 六 skips '3、' (a drafting defect, not a slot). Bold full sentences 27 and 33 introduce groups (ambiguous). "
             "11 empty paragraphs at the end.",
}

DOCS["myvault-html"] = {
    "file": "privacy.html",
    "source": src("Yanghe1941/MyVault-official-website", "zh/privacy.html", "dbb3f799c5a9214a18364ab947d9eb6922ef5e20"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "official website of a local-first asset-tracking app; version before the commit 'docs: update contact email'",
    "title": {"line": 22, "text": "MyVault 隐私协议"},
    "headings": [
        H(29, 1, "1. 我们收集的信息"), H(30, 2, "1.1 用户主动提供的数据"), H(38, 2, "1.2 设备权限信息"), H(45, 2, "1.3 我们不会强制收集"),
        H(53, 1, "2. 信息使用目的"), H(61, 1, "3. 数据存储与处理方式"), H(69, 1, "4. 第三方服务与共享"), H(76, 1, "5. 数据安全"),
        H(83, 1, "6. 数据保留与删除"), H(90, 1, "7. 儿童隐私"), H(96, 1, "8. 协议更新"), H(102, 1, "9. 联系我们"),
    ],
    "ambiguous_lines": [6],
    "placeholders": [
        P(103, "[support@yourdomain.com]", "contact e-mail: template address in brackets (bold)"),
        P(104, "[主体名称]", "developer / company name: bracketed slot never filled (bold)"),
    ],
    "look_alike_lines": [
        L(115, "<span id=\"y\"></span>", "footer year filled by a script: not a slot"),
        L(14, "MyVault", "nav brand link"),
    ],
    "notes": "<title> (6) says 隐私政策, the <h1> (22) says 隐私协议. Nav (12-19) and footer (108-118) are chrome.",
}

DOCS["secretbox-tw-html"] = {
    "file": "privacy.html",
    "source": src("fudiankaifa-support/privacy-secret-box", "zh-Hant/privacy.html", "b16c8148fc567f2373d145bdf8bfd4576c411964"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "support pages of an iOS private-vault app (Traditional Chinese edition, one of 3 languages)",
    "title": {"line": 10, "text": "Privacy Secret Box 隱私權政策"},
    "headings": [
        H(13, 1, "1. 我們收集的資料"), H(16, 1, "2. 你的私密內容"), H(19, 1, "3. 第三方服務"), H(22, 1, "4. 資料分享"),
        H(25, 1, "5. 資料保留與刪除"), H(28, 1, "6. 兒童隱私"), H(31, 1, "7. 政策變更"), H(34, 1, "8. 聯絡我們"),
    ],
    "ambiguous_lines": [5],
    "placeholders": [P(35, "your-email@example.com", "the only contact of the policy is a template address")],
    "notes": "Minimal <h1>/<h2> page; region tw is a guess from the script and wording (隱私權政策, 資料).",
}

DOCS["photosync-md"] = {
    "file": "privacy-cn.md",
    "source": src("udnz/photosync", "privacy-cn.md", "25713f2e6dad2d431e58e0c6f2f8969460c7fbf6"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "GitHub Pages repo of a photo-sync app",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(13, 1, "1. 我们收集的信息"), H(21, 1, "2. 位置信息"), H(25, 1, "3. 信息的使用"), H(34, 1, "4. 信息共享"),
        H(41, 1, "5. 数据安全"), H(45, 1, "6. 您的权利"), H(49, 1, "7. 儿童隐私"), H(53, 1, "8. 链接到其他网站"),
        H(57, 1, "9. 隐私政策的变更"), H(61, 1, "10. 联系我们"),
    ],
    "placeholders": [],
    "look_alike_lines": [
        L(65, "<photosync-support@udnz.com>", "Markdown autolink: the e-mail is filled (a tool that strips it as an HTML tag sees an empty field)"),
        L(17, "1. 个人信息：", "numbered 'label： sentence' list items"),
    ],
    "notes": "Translated from a common English app-policy generator text; filled throughout.",
}

DOCS["qianwan-html"] = {
    "file": "privacy.html",
    "source": src("hncsltok/hncsltok.github.io", "privacy.html", "56c947c024ad8bbacad779aa134827e354b85b53"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "GitHub Pages repo of a small game studio; a game's consent notice + privacy policy pasted as plain text into a .html",
    "title": {"line": 16, "text": "【  】隐私政策"},
    "headings": [
        H(35, 1, "一、我们如何收集和使用您的个人信息"), H(36, 2, "（一）我们如何收集您的个人信息"), H(38, 3, "1.完成注册"),
        H(40, 3, "2.游戏服务"), H(42, 3, "3.实名认证"), H(44, 3, "4.保障网络和服务的安全"), H(46, 3, "5.充值消费"),
        H(49, 2, "（二）设备权限调用情况"), H(58, 2, "（三）我们如何使用您的个人信息"), H(64, 2, "（四）其他规则"),
        H(76, 1, "二、我们如何保存您的个人信息"), H(84, 1, "三、我们如何使用Cookies和同类技术"), H(85, 2, "1.我们如何使用Cookies"),
        H(92, 2, "2.我们如何使用同类技术"), H(95, 1, "四、我们如何共享、转让、公开披露您的个人信息"), H(96, 2, "1.委托处理"),
        H(98, 2, "2.共享"), H(103, 2, "3.转让"), H(105, 2, "4.公开披露"), H(107, 2, "5.例外情况"),
        H(119, 1, "五、第三方产品或服务如何获得您的个人信息"), H(126, 1, "六、我们如何保护您的个人信息"),
        H(132, 1, "七、您如何管理您的个人信息"), H(134, 2, "1.访问及更正您的个人信息"), H(136, 2, "2.删除您的个人信息"),
        H(142, 2, "3.改变您授权同意的范围"), H(145, 2, "4.注销账户"), H(148, 2, "5.响应您的上述请求"), H(151, 2, "6.响应情形的例外"),
        H(162, 1, "八、我们如何处理未成年人的个人信息"), H(167, 1, "九、本隐私政策如何更新"), H(172, 1, "十、如何联系我们"),
    ],
    "ambiguous_lines": [1, 51, 121],
    "placeholders": [
        P(5, "【设备权限名称】", "consent notice: the device permissions are a template slot"),
        P(13, "【  】月", "update date: month left blank in template brackets"),
        P(13, "【  】日", "update date: day left blank"),
        P(14, "【  】月", "effective date: month left blank"),
        P(14, "【  】日", "effective date: day left blank"),
        P(16, "【  】", "the policy's own title starts with an empty product-name slot"),
        P(47, "……", "5.充值消费: the whole paragraph is the template's ellipsis (what is collected for payments is not written)"),
        P(54, "……", "permission table ends with a template ellipsis row after two rows"),
        P(93, "……", "2.我们如何使用同类技术: body is only the template ellipsis"),
        P(122, "【SDK名称】", "third-party SDK table: the SDK name is an unfilled slot (purpose and data filled)"),
        P(123, "……", "SDK table ends with a template ellipsis row"),
        P(135, "【   】-【   】", "UI path for access/correction left as empty bracket slots"),
        P(146, "【   】-【   】", "UI path for account deletion left as empty bracket slots"),
    ],
    "ambiguous_placeholder_lines": [3, 4, 9, 10, 18, 20, 37, 39, 50, 89, 133, 144, 174, 175, 177],
    "look_alike_lines": [
        L(3, "长沙市雨花区侯家塘街道城南中路23号411房【千万卡牌：工业文明】隐私政策", "an address pasted where the policy name belongs, brackets around the filled game name (ambiguous)"),
        L(39, "【无】", "slot filled with '无' inside the template brackets (ambiguous)"),
        L(89, "……", "ellipsis after two cookie types: may read as 'etc.' (ambiguous)"),
        L(24, "一、我们如何收集和使用您的个人信息", "table of contents (24-33): not headings"),
        L(177, "【18801289808】", "filled phone number kept in template brackets (ambiguous)"),
        L(116, "6.请注意", "numbered full sentence in a list: content"),
    ],
    "notes": "No markup at all in a .html (text pasted from the template document; tabs separate table cells). A consent "
             "pop-up text (1-10, headed '温馨提示', ambiguous) precedes the policy whose own title (16) is '【  】隐私政策'. "
             "Filled values keep their 【】 (ambiguous placeholder lines); unfilled slots are empty 【  】, a named slot "
             "(【设备权限名称】, 【SDK名称】) or the template's '……' standing for whole paragraphs/table rows. Levels: 一、 > （一） > 1.; "
             "under 三、四、七、 the 1. titles are level 2.",
}

DOCS["anxinbox-md"] = {
    "file": "privacy-policy.zh-CN.md",
    "source": src("dev-xixi/anxinbox", "privacy-policy.zh-CN.md", "a9c76db0316613292f904a803e5271c06b8e39e8"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Jekyll GitHub Pages site of an iOS toolbox app (安心工具箱)",
    "title": {"line": 7, "text": "安心工具箱 · 隐私政策"},
    "headings": [
        H(16, 1, "1. 概述"), H(24, 1, "2. 我们处理的信息及目的"), H(54, 1, "3. 权限说明"), H(70, 1, "4. 本地存储"),
        H(84, 1, "5. 第三方服务"), H(90, 1, "6. 儿童隐私"), H(96, 1, "7. 数据安全"), H(106, 1, "8. 政策的修订"), H(112, 1, "9. 联系我们"),
    ],
    "ambiguous_lines": [3],
    "placeholders": [],
    "look_alike_lines": [
        L(123, "{{ \"/privacy-en/\" | relative_url }}", "Jekyll Liquid expression inside a link target, rendered at build time: not a slot"),
        L(9, "**生效日期：2026 年 4 月 17 日**", "bold date line"),
        L(20, "核心承诺", "bold blockquote lead-in"),
    ],
    "notes": "Jekyll page: YAML front matter title (3, ambiguous) repeats the # title (7); '---' rules between sections; GFM table.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
