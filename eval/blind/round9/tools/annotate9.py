#!/usr/bin/env python3
"""Source of truth for eval/blind/round9/holdout/*/annotation.json (hand annotations, round 9).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate9.py [name ...]
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
DOCS["clara85-md"] = {
    "file": "PRIVACY_POLICY_ZH.md",
    "source": src("Clara85/the_fox_within", "PRIVACY_POLICY_ZH.md", "fa04bad782dcafc409b00afb5bfda87969aac284"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "app privacy-policy pages repo (Flutter/Supabase productivity app); the first commit, before the e-mail slot was filled",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(3, 1, "应用信息"), H(9, 1, "数据收集"), H(13, 2, "1. 用户账户信息"), H(18, 2, "2. 应用活动数据"),
        H(24, 2, "3. 应用使用数据（可选）"), H(27, 1, "数据存储"), H(29, 2, "本地存储"), H(33, 2, "云端存储"),
        H(40, 2, "数据加密"), H(45, 1, "数据使用"), H(47, 2, "使用目的"), H(55, 2, "数据共享"), H(63, 1, "用户权利"),
        H(67, 2, "1. 访问权"), H(70, 2, "2. 删除权"), H(75, 2, "3. 导出权"), H(78, 2, "4. 修改权"),
        H(81, 2, "5. 撤回同意权"), H(85, 1, "数据安全措施"), H(96, 1, "第三方服务"), H(100, 2, "Supabase"),
        H(106, 2, "本地通知服务"), H(110, 1, "数据保留"), H(116, 1, "儿童隐私"), H(120, 1, "国际数据传输"),
        H(124, 1, "政策更新"), H(133, 1, "联系我们"), H(142, 1, "法律依据（GDPR）"),
    ],
    "placeholders": [
        P(137, "[请填写你的真实邮箱地址]", "contact e-mail slot in 联系我们 left as a bracketed fill-in instruction (the address exists on line 6, so the slot was simply never replaced)"),
    ],
    "ambiguous_placeholder_lines": [25],
    "look_alike_lines": [
        L(25, "（如果集成了崩溃报告工具）", "a conditional left in by the drafter ('if a crash-reporting tool is integrated'): undecided wording a reviewer may query, not a slot (ambiguous)"),
        L(157, "**注意**：", "bold lead-in of the closing note addressed to the user"),
    ],
    "notes": "AI-style Markdown policy with ##/### levels. Bold closing sentences (131, 157) are not headings.",
}

DOCS["boomcandy-html"] = {
    "file": "privacy.html",
    "source": src("vonxq/boom-candy-docs", "zh/privacy.html", "a48516e30b04f7ddcdcde9f9c62c61e9a4aefa9e"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "GitHub Pages docs repo of a mobile game; version before the commit 'docs: 更新联系邮箱和网站地址'",
    "title": {"line": 98, "text": "Boom Candy 隐私政策"},
    "headings": [
        H(102, 1, "1. 引言"), H(105, 1, "2. 信息收集"), H(106, 2, "2.1 我们收集的信息"), H(110, 2, "2.2 自动收集的信息"),
        H(118, 1, "3. 信息使用"), H(126, 1, "4. 信息存储"), H(129, 1, "5. 第三方服务"), H(132, 1, "6. 数据安全"),
        H(139, 1, "7. 儿童隐私"), H(142, 1, "8. 您的权利"), H(145, 1, "9. 隐私政策变更"), H(148, 1, "10. 联系我们"),
    ],
    "placeholders": [
        P(150, "[填写您的联系邮箱]", "contact e-mail: bracketed fill-in instruction"),
        P(151, "[填写您的网站地址]", "website: bracketed fill-in instruction"),
    ],
    "notes": "Plain <h1>/<h2>/<h3> page.",
}

DOCS["shengri-html"] = {
    "file": "privacy_zh.html",
    "source": src("jcooper98/shengri-site", "privacy_zh.html", "49325dd19e9e9dcb1d9d463488ca6245d5b1da21"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "filled-in",
    "repo_kind": "iOS app website (birthday reminder); the version before the footer e-mail was filled",
    "title": {"line": 57, "text": "隐私政策"},
    "headings": [H(68, 1, "我们收集的信息"), H(74, 1, "数据存储"), H(76, 1, "日历访问"), H(78, 1, "您的权利")],
    "ambiguous_lines": [5],
    "placeholders": [
        P(81, "YourSupportEmail@example.com", "the only contact of the policy is a template address in the English footer"),
    ],
    "look_alike_lines": [L(60, "首页", "site navigation links (nav), not headings")],
    "notes": "The visible title is a <header> element (57), duplicating <title> (5, ambiguous). Very short policy; the footer is in English.",
}

DOCS["triplog-md"] = {
    "file": "privacy-policy.md",
    "source": src("DotWait/app-triplog-privacy", "privacy-policy.md", "f95562b543e943cf0d8379302daffbb43c58da75"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "privacy-policy repo of a travel-log app (later replaced by an HTML page)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(4, 1, "1. 收集的信息"), H(7, 1, "2. 信息使用"), H(10, 1, "3. 数据存储"), H(13, 1, "4. 用户权利"),
                 H(16, 1, "5. 政策变更"), H(19, 1, "6. 联系我们")],
    "placeholders": [P(20, "your-email@example.com", "contact e-mail is a template address")],
    "notes": "### used for the top-level sections under a # title (level 1).",
}

DOCS["saveandquit-html"] = {
    "file": "privacy_policy_zh.html",
    "source": src("zxg1127/save_and_quit", "privacy_policy_zh.html", "6c6710c1c7dfe95147704f08c790d9251e1dce0c"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "GitHub Pages repo holding several apps' policies (this one: a quit-smoking app); first version",
    "title": {"line": 127, "text": "隐私政策"},
    "headings": [
        H(135, 1, "1. 引言"), H(139, 1, "2. 信息收集"), H(140, 2, "2.1 我们不收集的信息"), H(150, 2, "2.2 本地存储的信息"),
        H(160, 1, "3. 信息使用"), H(170, 1, "4. 信息共享"), H(174, 1, "5. 数据安全"), H(183, 1, "6. 权限说明"),
        H(197, 1, "7. 儿童隐私"), H(200, 1, "8. 数据保留"), H(208, 1, "9. 您的权利"), H(217, 1, "10. 第三方服务"),
        H(226, 1, "11. 隐私政策更新"), H(230, 1, "12. 联系我们"), H(238, 1, "13. 适用法律"),
    ],
    "ambiguous_lines": [128, 232],
    "placeholders": [
        P(233, "support@example.com", "contact e-mail is a template address (mailto and text)"),
        P(234, "yourusername", "GitHub Issues link keeps the template user name: github.com/yourusername/save_and_quit/issues"),
    ],
    "look_alike_lines": [L(232, "如果您对本隐私政策有任何疑问，请通过以下方式联系我们：", "an <h3> that is a lead-in sentence inside the contact box (ambiguous)")],
    "notes": "128 is the app name under the <h1> (second title, ambiguous). 232 is an <h3> holding a sentence that ends with a colon: markup says heading, a reader sees the opening sentence of the contact box (ambiguous).",
}

DOCS["clipboard-html"] = {
    "file": "privacy.html",
    "source": src("JunJie-GitHub/clipboard_support", "privacy.html", "bf8a761a8c45c69724f8f7a1ea35b378f9a87697"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "support website of a macOS clipboard app; version of 2025-12-18 (a later commit replaced the address)",
    "title": {"line": 25, "text": "隐私政策"},
    "headings": [
        H(35, 1, "1. 引言"), H(41, 1, "2. 信息收集"), H(42, 2, "2.1 我们不收集的信息"), H(53, 2, "2.2 本地数据存储"),
        H(63, 1, "3. 权限说明"), H(64, 2, "3.1 辅助功能权限"), H(77, 2, "3.2 无需网络连接"), H(87, 1, "4. 数据使用"),
        H(98, 1, "5. 数据安全"), H(109, 1, "6. 数据共享和披露"), H(115, 1, "7. 第三方服务"), H(120, 1, "8. 儿童隐私"),
        H(125, 1, "9. 数据保留和删除"), H(126, 2, "9.1 数据保留"), H(133, 2, "9.2 删除数据"), H(143, 1, "10. 您的权利"),
        H(154, 1, "11. 隐私政策的变更"), H(160, 1, "12. 国际用户"), H(165, 1, "13. 合规声明"), H(175, 1, "14. 联系我们"),
        H(185, 1, "15. 隐私政策摘要"),
    ],
    "ambiguous_lines": [13, 70, 186],
    "placeholders": [
        P(178, "privacy@example.com", "contact e-mail is a template address"),
        P(178, "(请更新为您的实际联系邮箱)", "drafting note to the site owner left in the published page ('update to your real contact e-mail')"),
    ],
    "look_alike_lines": [L(13, "Clipboard Safe", "site-brand <h1> in the navigation bar (site chrome, ambiguous)")],
    "notes": "Two <h1>: the brand in the nav bar (13, ambiguous) and the page title (25). 70 '<strong>重要说明：</strong>' and 186 (bold intro ending in a colon) are lead-ins (ambiguous).",
}

DOCS["keeply-tw-html"] = {
    "file": "privacy.html",
    "source": src("boy1690/keeply-website", "zh-TW/privacy.html", "3764a6ac5d5bbfd2d3f9fdb9eed9f33628243585"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "product website of a Taiwanese desktop app (19 language editions generated from one template; Tailwind, data-i18n attributes)",
    "title": {"line": 159, "text": "隱私權政策"},
    "headings": [
        H(190, 1, "你的檔案留在你的裝置上"), H(201, 1, "我們「不」收集的資料"), H(220, 1, "授權驗證時處理的資料"),
        H(234, 1, "付款時處理的資料"), H(242, 1, "我們網站上收集的資料"), H(248, 1, "第三方服務"), H(281, 1, "國際資料傳輸"),
        H(286, 1, "資料保留"), H(302, 1, "你的權利"), H(319, 1, "歐盟代表"), H(324, 1, "兒童隱私"), H(329, 1, "本政策的變更"),
        H(334, 1, "聯繫我們"),
    ],
    "ambiguous_lines": [170],
    "placeholders": [
        P(320, "我們的歐盟代表資訊待定", "GDPR Art. 27 EU representative: '資訊待定' (to be determined) — a required disclosure left open under its own heading"),
    ],
    "look_alike_lines": [
        L(172, "你的檔案留在你的裝置上", "table of contents (list of anchor links), not headings"),
        L(306, "歐盟/歐洲經濟區居民（GDPR）：", "bold run-in label inside a rights box, the sentence continues on the line"),
    ],
    "notes": "All section titles are <h2>. 170 '目錄' is the table-of-contents label (ambiguous); the TOC items 172-182 repeat the titles as links and are not headings. The TOC omits 歐盟代表 and 聯繫我們.",
}

DOCS["lifechoice-html"] = {
    "file": "privacy-policy-zh.html",
    "source": src("free-revalution/lifechoice-privacy-pages", "privacy-policy-zh.html", "d0c24ef260592028f114c5a584062ca69dc35c1a"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "privacy pages repo of a React Native decision app ('随便吧'); first commit",
    "title": {"line": 81, "text": "随便吧 - 隐私政策"},
    "headings": [
        H(89, 1, "1. 引言"), H(92, 1, "2. 个人信息的定义"), H(95, 1, "3. 信息收集与使用"), H(96, 2, "3.1 我们不收集的信息"),
        H(108, 2, "3.2 本地数据存储"), H(118, 2, "3.3 数据处理的法律依据（GDPR）"), H(125, 2, "3.4 不出售个人信息（CCPA/CPRA）"),
        H(132, 1, "4. 数据访问与控制"), H(139, 1, "5. 数据安全"), H(154, 1, "6. 用户权利"), H(157, 2, "6.1 一般权利"),
        H(165, 2, "6.2 欧盟/英国用户（GDPR）特别权利"), H(174, 2, "6.3 加州用户（CCPA/CPRA）特别权利"), H(183, 2, "6.4 权利行使"),
        H(190, 1, "7. 儿童隐私保护"), H(193, 1, "8. 第三方服务"), H(203, 1, "9. 数据泄露通知（GDPR）"), H(206, 1, "10. 数据保留期限"),
        H(209, 1, "11. 数据转移（GDPR）"), H(212, 1, "12. 加州用户的额外权利（CCPA/CPRA）"), H(222, 1, "13. 隐私政策的变更"),
        H(225, 1, "14. 联系我们"), H(235, 1, "15. 法律适用与争议解决"),
    ],
    "placeholders": [
        P(90, "[开发者姓名/个人开发者]", "operator identity left as a bracketed slot inside the first sentence of 引言 ('本应用由[开发者姓名/个人开发者]…开发并运营')"),
        P(231, "[开发者地址]", "contact address slot (the e-mail on the line above is filled)"),
    ],
    "look_alike_lines": [
        L(162, "（如适用）", "legal qualifier 'if applicable', not a slot"),
        L(186, "第10节", "stale cross-reference (contact details are in section 14), an error but not a slot"),
    ],
    "notes": "Plain <h1>/<h2>/<h3>. The effective date (2025-01-17) precedes the commit (2026-01-18); not a slot.",
}

DOCS["collabmatch-html"] = {
    "file": "privacy-policy-zh.html",
    "source": src("whongchen9/collabmatch", "privacy-policy-zh.html", "8cff0717f64b1dbb9f6d6d32d8a6fe868d0c92a8"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "web app repo (collaboration-matching platform on Tencent CloudBase); legal page added before launch",
    "title": {"line": 30, "text": "🔒 隐私政策"},
    "headings": [
        H(33, 1, "一、概述"), H(37, 1, "二、我们收集的信息"), H(39, 2, "2.1 账号信息"), H(48, 2, "2.2 个人资料与协作数据"),
        H(57, 2, "2.3 技术与使用数据"), H(65, 1, "三、我们如何使用您的信息"), H(74, 1, "四、信息共享与第三方"),
        H(83, 1, "五、数据存储与跨境传输"), H(87, 1, "六、数据留存期限"), H(95, 1, "七、您的权利（个人信息保护法）"),
        H(115, 1, "八、Cookie 与本地存储"), H(122, 1, "九、儿童隐私保护"), H(126, 1, "十、AI 生成内容声明"),
        H(129, 1, "十一、安全措施"), H(138, 1, "十二、政策更新"), H(142, 1, "十三、联系我们"), H(150, 1, "十四、投诉与举报"),
    ],
    "ambiguous_lines": [144],
    "placeholders": [
        P(112, "collabmatch@example.com", "rights-request address is a reserved example.com address"),
        P(146, "collabmatch@example.com", "contact e-mail (mailto and text) is a reserved example.com address"),
    ],
    "ambiguous_placeholder_lines": [147],
    "look_alike_lines": [
        L(147, "我们将在平台正式上线后更新实际联系地址。", "admits the contact address is not yet provided (missing information told to the user; ambiguous)"),
        L(154, "本文档仅供参考，不构成法律建议。", "template disclaimer in the footer"),
    ],
    "notes": "144 '<strong>个人信息保护负责人</strong>' is a bold label at the top of the contact box (ambiguous).",
}

DOCS["restcalc-bilingual-html"] = {
    "file": "privacy.html",
    "source": src("Jayvhuang/restcalc", "privacy.html", "8912277e4f1ba2e10474d2b47447159b80255bd2"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["en", "zh"], "kind": "filled-in",
    "repo_kind": "static website of a sleep calculator (AdSense/Amazon affiliate); English and Chinese editions on one page, toggled by JavaScript",
    "title": {"line": 56, "text": "Privacy Policy"},
    "headings": [
        H(60, 1, "Overview"), H(65, 1, "1. We do not collect or upload your data"), H(70, 1, "2. Sleep-log storage"),
        H(75, 1, "3. Cookies and third parties"), H(81, 1, "4. Affiliate disclosure"), H(86, 1, "5. Children"),
        H(91, 1, "6. Your choices"), H(96, 1, "7. Contact"),
        H(108, 1, "概述"), H(113, 1, "1. 我们不收集或上传你的数据"), H(118, 1, "2. 睡眠记录的存储"), H(123, 1, "3. Cookie 与第三方"),
        H(129, 1, "4. 联盟披露"), H(134, 1, "5. 未成年人"), H(139, 1, "6. 你的选择"), H(144, 1, "7. 联系方式"),
    ],
    "ambiguous_lines": [104],
    "placeholders": [
        P(97, "(replace with your real contact address before going live)", "drafting note to the site owner left in the English edition (the address itself is filled)"),
        P(145, "（上线前请替换为你的真实联系邮箱）", "the same drafting note in the Chinese edition"),
    ],
    "notes": "Two editions in one page: <div lang-en> (h1 56) and <div lang-zh> (h1 104, the Chinese edition's title: ambiguous). Each edition's <h2> are its top-level sections (level 1).",
}

DOCS["traillink-bilingual-html"] = {
    "file": "traillink_privacy_policy.html",
    "source": src("zxg1127/save_and_quit", "traillink_privacy_policy.html", "95634e0a37f2d9a4e7d4535ce0b45dfac78ff58a"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "clean",
    "repo_kind": "same GitHub Pages repo as saveandquit-html (another app of the same developer: offline mesh hiking app)",
    "title": {"line": 85, "text": "TrailLink 隐私政策"},
    "headings": [
        H(107, 1, "1. 我们收集的信息"), H(109, 2, "1.1 您主动提供的信息"), H(115, 2, "1.2 自动收集的信息"), H(122, 2, "1.3 不收集的信息"),
        H(132, 1, "2. 我们如何使用信息"), H(140, 1, "3. 信息共享与披露"), H(148, 1, "4. 信息存储与安全"), H(155, 1, "5. 第三方服务"),
        H(164, 1, "6. 您的权利"), H(174, 1, "7. 儿童隐私"), H(177, 1, "8. 隐私政策变更"), H(180, 1, "9. 联系我们"),
        H(215, 1, "1. Information We Collect"), H(217, 2, "1.1 Information You Provide"), H(223, 2, "1.2 Information Collected Automatically"),
        H(230, 2, "1.3 Information We Do Not Collect"), H(240, 1, "2. How We Use Information"), H(248, 1, "3. Information Sharing and Disclosure"),
        H(256, 1, "4. Information Storage and Security"), H(263, 1, "5. Third-Party Services"), H(272, 1, "6. Your Rights"),
        H(282, 1, "7. Children's Privacy"), H(285, 1, "8. Changes to This Privacy Policy"), H(288, 1, "9. Contact Us"),
    ],
    "ambiguous_lines": [93, 193, 201],
    "placeholders": [],
    "look_alike_lines": [
        L(95, "1. 我们收集的信息", "table of contents item (a <li> repeating the section title), not a heading"),
    ],
    "notes": "Clean bilingual page: Chinese edition then English edition, each with <h1> and a plain-list table of contents. 193 (the English edition's <h1>) and the TOC labels 93 '目录' / 201 'Table of Contents' are ambiguous; TOC items (95-103, 203-211) are not headings.",
}

DOCS["nettact-md"] = {
    "file": "privacy.md",
    "source": src("nettact/docs", "zh/privacy.md", "2b3ec0e6fc417ecdc09564ba6e5824a69b627f96"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "documentation repo of a self-hosted network-monitoring tool",
    "title": {"line": 1, "text": "NetTact 隐私政策"},
    "headings": [
        H(8, 1, "1. 核心说明"), H(19, 1, "2. 适用范围与角色"), H(31, 1, "3. NetTact 在您的环境中处理的数据"), H(50, 1, "4. 数据如何使用"),
        H(64, 1, "5. 对外网络连接与第三方"), H(82, 1, "6. 本地权限"), H(97, 1, "7. 存储、保留与删除"), H(99, 2, "NetTact Desktop"),
        H(110, 2, "自行部署"), H(116, 2, "删除方法"), H(124, 1, "8. 安全"), H(136, 1, "9. 数据出售、共享与跟踪"), H(144, 1, "10. 儿童隐私"),
        H(149, 1, "11. 政策变更"), H(154, 1, "12. 联系我们"),
    ],
    "placeholders": [],
    "look_alike_lines": [L(103, "%LOCALAPPDATA%", "a real Windows path variable, not a template slot")],
    "notes": "Clean, carefully written policy with GFM tables and hard-wrapped paragraphs (a line may start mid-sentence, e.g. 13 '数据。').",
}

DOCS["alm4gest-tw-md"] = {
    "file": "privacy.md",
    "source": src("ekarunian/alm4gest-site", "zh/privacy.md", "a0e23eaa66a5986ac83c4f25ae54029503a2c064"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "website of a rhythm-game score app by a Japanese developer; Traditional Chinese edition (translated from Japanese)",
    "title": {"line": 3, "text": "ALM4GEST 隱私權政策"},
    "headings": [
        H(10, 1, "1. 取得的資訊"), H(27, 1, "2. 儲存位置與傳送"), H(36, 1, "3. 備份"), H(45, 1, "4. Tier表的公開"), H(66, 1, "5. 好友"),
        H(86, 1, "6. 使用目的"), H(100, 1, "7. 廣告"), H(111, 1, "8. 對第三方的委託"), H(125, 1, "9. 資料的刪除"),
        H(136, 1, "10. 政策的變更"), H(141, 1, "11. 聯絡方式"),
    ],
    "placeholders": [],
    "notes": "Title only in YAML front matter (line 3); no # heading. Numbered lists with continuation lines (not headings). Region tw is a guess from the script (the operator is Japanese; 應用程式 wording).",
}

DOCS["sixdegrees-md"] = {
    "file": "privacy-zh.md",
    "source": src("castorworks/Privacy", "6DegreesHub/privacy-zh.md", "644e16efc048c3040ae83dc82b6eff3b7d5ff5b5"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "privacy-policy repo of an iOS knowledge-graph app",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(9, 1, "1. 我们处理哪些信息"), H(11, 2, "1.1 您在本地创建和保存的内容"), H(23, 2, "1.2 iCloud 同步数据"),
        H(34, 2, "1.3 AI 功能相关数据"), H(49, 2, "1.4 麦克风与语音识别"), H(60, 2, "1.5 Face ID / Touch ID 应用锁"),
        H(68, 2, "1.6 内购与购买恢复"), H(76, 2, "1.7 API Key"), H(83, 1, "2. 我们如何使用这些信息"), H(94, 1, "3. 我们如何共享信息"),
        H(107, 1, "4. 数据保留"), H(118, 1, "5. 您的选择与控制"), H(131, 1, "6. 儿童隐私"), H(135, 1, "7. 国际传输"),
        H(139, 1, "8. 隐私政策更新"), H(143, 1, "9. 联系我们"),
    ],
    "placeholders": [],
    "look_alike_lines": [L(145, "App Store 页面中的支持链接", "contact section gives no address, only 'the support link on the App Store page': missing information, not a slot")],
    "notes": "Clean; the contact section names no address (a disclosure weakness, not a placeholder).",
}

DOCS["wonderkid-bilingual-md"] = {
    "file": "PRIVACY.md",
    "source": src("eric1207cvb/WonderKidAI", "PRIVACY.md", "280121ecaf9cbc5e5eed0ef3c3e3fa62b00e5f32"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["en", "zh"], "kind": "clean",
    "repo_kind": "iOS children's AI app repo (Taiwanese developer); bilingual version of the privacy policy + EULA",
    "title": {"line": 1, "text": "Privacy Policy & EULA / 隱私權政策與使用者授權合約"},
    "headings": [
        H(8, 1, "🇺🇸 English Version"), H(10, 2, "Privacy Policy"), H(14, 3, "1. Data Collection & Privacy"),
        H(19, 3, "2. Usage of AI Features (Voice & Images)"), H(24, 3, "3. Third-Party Services"), H(29, 3, "4. Contact Us"),
        H(36, 2, "End User License Agreement (EULA)"), H(48, 1, "🇹🇼 繁體中文版"), H(50, 2, "隱私權政策 (Privacy Policy)"),
        H(54, 3, "1. 資料收集與隱私"), H(59, 3, "2. AI 技術與功能使用 (語音與影像)"), H(64, 3, "3. 第三方服務"), H(69, 3, "4. 聯絡我們"),
        H(76, 2, "使用者授權合約 (EULA)"),
    ],
    "placeholders": [],
    "notes": "Edition headers (## flag + language) are level 1, each edition has a policy part and an EULA part (level 2) with numbered #### sections (level 3).",
}

DOCS["artedex-tw-html"] = {
    "file": "privacy-zh.html",
    "source": src("ankycheng/artedex-site", "privacy-zh.html", "b2d317c84d27afcbabae8d2e61304a81053b91c4"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "website of a public-art AR app (Taiwanese developer)",
    "title": {"line": 54, "text": "隱私權政策"},
    "headings": [
        H(59, 1, "1. 我們收集的資料"), H(67, 1, "2. 我們如何使用您的資料"), H(74, 1, "3. 資料儲存與安全"), H(77, 1, "4. 第三方分享"),
        H(80, 1, "5. 第三方服務"), H(88, 1, "6. 資料保留與刪除"), H(91, 1, "7. 兒童隱私"), H(94, 1, "8. 您的權利"),
        H(103, 1, "9. 政策變更"), H(106, 1, "10. 聯絡我們"),
    ],
    "placeholders": [],
    "look_alike_lines": [L(108, "電子郵件：", "filled contact field (label, then the mailto link on the same line)")],
    "notes": "Clean short <h1>/<h2> page.",
}

DOCS["lightcam-tw-html"] = {
    "file": "privacy-tw.html",
    "source": src("maqicharles/lightcam", "privacy-tw.html", "014fd55ed4fc0211e591c262a0b52688c73db013"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "support pages of a camera/flashlight app; Traditional Chinese edition",
    "title": {"line": 44, "text": "LightCam 隱私政策"},
    "headings": [
        H(50, 1, "I. 我們收集的資訊"), H(51, 2, "(A) 必要資訊"), H(58, 2, "(B) 非必要但提升體驗的資訊"), H(66, 1, "II. 資訊的使用"),
        H(75, 1, "III. 資訊的儲存"), H(83, 1, "IV. 第三方服務"), H(88, 1, "V. 您的權利"), H(97, 1, "VI. 兒童隱私保護"),
        H(102, 1, "VII. 隱私政策的變更"), H(107, 1, "VIII. 聯繫我們"),
    ],
    "placeholders": [],
    "ambiguous_placeholder_lines": [45, 91, 98, 109],
    "look_alike_lines": [
        L(45, "[2025年5月15日]", "template brackets left around a filled date (ambiguous)"),
        L(91, "[catpadcharles@gmail.com]", "same bracketed filled e-mail inside the 刪除資訊 item (ambiguous)"),
        L(98, "[catpadcharles@gmail.com]", "same bracketed filled e-mail in 兒童隱私保護 (ambiguous)"),
        L(109, "[catpadcharles@gmail.com]", "template brackets left around a filled e-mail (ambiguous)"),
    ],
    "notes": "Roman-numeral <h2> and lettered (A)/(B) <h3>. No unfilled slot: the brackets hold real values. Corrected after the first run: lines 91 and 98 carry the same bracketed filled e-mail as 109 but had been left out of the ambiguous placeholder lines (they are long lines whose bracket sits past the cut-off of the annotator's truncated view: a reading error, same construct as 109).",
}

DOCS["qiming-docx"] = {
    "file": "隐私政策.docx",
    "source": src("wijat/unreal-hexagon-eliminate", "隐私政策.docx", "dbd14adf21514648948559ab35ed1a3c7cbce5d6"),
    "format": "docx", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Unreal Engine mobile game repo; the policy document shipped with it (a widely circulated web-service template, filled with the operator name 其明 and a QQ mail)",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(2, 1, "引言"), H(6, 1, "我们可能收集的信息"), H(8, 2, "您提供的信息"), H(11, 2, "其他方分享的您的信息"),
        H(13, 2, "我们获取的您的信息"), H(22, 1, "我们可能如何使用信息"), H(25, 1, "您如何访问和控制自己的个人信息"),
        H(27, 1, "我们可能分享的信息"), H(41, 1, "信息安全"), H(44, 1, "您分享的信息"), H(47, 1, "您分享的敏感个人信息"),
        H(51, 1, "我们可能如何收集信息"), H(58, 1, "我们可能向您发送的邮件和信息"), H(59, 2, "邮件和信息推送"),
        H(61, 2, "与服务有关的公告"), H(63, 1, "隐私政策的适用范围"), H(69, 1, "变更"),
    ],
    "ambiguous_lines": [66],
    "placeholders": [],
    "look_alike_lines": [L(24, "向您提供服务；", "a one-item list where the template's other uses were deleted: truncated content, not a slot")],
    "notes": "DOCX without styles or numbering for titles: level-1 titles are bold 14 pt blue (187AC7); 8/11/13 are bold 12 pt dark blue (355977, level 2); 59/61 are non-bold 12 pt blue (level 2 under 58). 25 is non-bold 12 pt blue like 59/61 but is a top-level section of the template (between 22 and 27): annotated level 1 (doubt: by formatting alone it looks like a level-2 title). 66 is a sentence in the level-2 colour ending with a colon (ambiguous). Paragraph numbering counts every <w:p> including empty ones.",
}

DOCS["bitip-docx"] = {
    "file": "隐私协议.docx",
    "source": src("1nv0ker/Bitip", "隐私协议.docx", "49b64acea1f70f836e7f9667e86b471d89efc3bb"),
    "format": "docx", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "IP-proxy service web repo; the user privacy agreement as a Word file (pasted from a web page: 'Normal (Web)' style)",
    "title": {"line": 1, "text": "BitIP用户隐私协议"},
    "headings": [
        H(2, 1, "1. 引言"), H(3, 1, "2. 信息收集"), H(13, 1, "3. 信息使用"), H(26, 1, "4. 数据共享"), H(42, 1, "5. 法定披露"),
        H(43, 1, "6. 信息安全"), H(44, 1, "7. 未成年人保护"), H(45, 1, "8. 隐私政策变更"), H(46, 1, "9. 联系我们"),
    ],
    "placeholders": [],
    "notes": "Each section is ONE paragraph: a bold (Strong) run '1. 引言', a <w:br/> line break, then the body text. A reader sees the title on its own line; the paragraph text runs title and body together ('1. 引言BitIP致力于…'). List items are separate paragraphs separated by empty ones.",
}

DOCS["smbphoto-txt"] = {
    "file": "隐私声明.txt",
    "source": src("jiajin20/SmbPhotoLibrary", "隐私声明.txt", "c771438482489481c42cd264997159b9044b63bb", "MIT (repository licence)"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Android LAN photo-album app repo",
    "title": {"line": 1, "text": "SMB家庭相册隐私声明"},
    "headings": [
        H(8, 1, "核心隐私原则：数据完全由您掌控"), H(13, 1, "我们如何收集和使用您的信息"), H(24, 1, "第三方SDK与开源组件"),
        H(30, 1, "数据安全"), H(36, 1, "您的权利"), H(41, 1, "联系我们"),
    ],
    "ambiguous_lines": [15],
    "placeholders": [],
    "notes": "Plain text with unnumbered bare title lines (text pasted from a rich document). 8 is a title with a colon subtitle. 15 is the header row of a text table (ambiguous). 'Label：text' lines (10, 11, 32-34, 37-39) are list content.",
}

DOCS["xiongmao-txt"] = {
    "file": "隐私声明.txt",
    "source": src("17605540052/xiongmaobmi", "隐私声明.txt", "bc09e5d89a981097deb0a27f090e8d9f9326edec"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "BMI-calculator app repo; AI-drafted template filled in by the author, who kept the 【】 around the values",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(9, 1, "一、我们收集的信息"), H(10, 2, "1. 个人信息"), H(17, 2, "2. 非个人信息"), H(22, 1, "二、信息的使用目的"),
        H(32, 1, "三、信息的存储与保护"), H(33, 2, "1. 存储地点"), H(36, 2, "2. 存储期限"), H(39, 2, "3. 安全措施"),
        H(44, 1, "四、信息的共享与披露"), H(53, 1, "五、您的权利"), H(54, 2, "1. 访问与修改"), H(57, 2, "2. 删除"),
        H(60, 2, "3. 撤回同意"), H(65, 1, "六、隐私政策的更新"), H(70, 1, "七、联系我们"),
    ],
    "placeholders": [],
    "ambiguous_placeholder_lines": [5, 72, 73, 74],
    "look_alike_lines": [
        L(5, "【熊猫BMI计算器】", "template brackets around the filled app name (ambiguous)"),
        L(72, "【840052540@qq.com】", "template brackets around a filled e-mail (ambiguous)"),
    ],
    "notes": "CRLF. 一、 level 1; '1. 个人信息' etc. followed by '- ' bullets are level-2 titles; the numbered full sentences under 二、 and 四、 are list items. Filled everywhere: the 【】 hold real values.",
}

DOCS["lingji-tw-html"] = {
    "file": "privacy.html",
    "source": src("ShiningOnion/lingji-legal", "zh-hant/privacy.html", "144f88c2491783f1912cf4bc3e1382db00ec1209"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "legal pages of a language-learning app brand (Traditional Chinese edition)",
    "title": {"line": 16, "text": "LingJi 應用程式｜隱私權政策"},
    "headings": [
        H(56, 1, "1. 適用範圍"), H(67, 1, "2. 我們蒐集的資料"), H(69, 2, "2.1 您主動提供的資料"), H(84, 2, "2.2 自動蒐集的使用資料"),
        H(99, 2, "2.3 應用程式設定與學習進度"), H(112, 1, "3. 資料的使用方式"), H(128, 1, "4. 廣告與應用程式內購"),
        H(130, 2, "4.1 廣告（若有啟用）"), H(144, 2, "4.2 應用程式內購與虛擬貨幣"), H(164, 1, "5. 資料分享與第三方服務"),
        H(192, 1, "6. 資料保存期間"), H(208, 1, "7. 資料安全"), H(219, 1, "8. 兒童隱私"), H(233, 1, "9. 您的權利"),
        H(250, 1, "10. 政策變更"), H(262, 1, "11. 聯絡我們"),
    ],
    "ambiguous_lines": [37],
    "placeholders": [],
    "look_alike_lines": [
        L(267, "電子郵件：", "the label ends its line but the address follows on the next line (268): filled, not an empty field"),
        L(130, "（若有啟用）", "qualifier in a heading ('if enabled'), not a slot"),
        L(39, "1. 適用範圍", "table of contents (ordered list of anchor links), not headings"),
    ],
    "notes": "<h1> inside the header, <h2>/<h3> sections; a linked table of contents (39-49) with label 37 '目錄' (ambiguous).",
}

DOCS["hku-hk-html"] = {
    "file": "privacy.html",
    "source": src("Alanisurgod/HKU-Web-Creation", "zh-Hant/privacy.html", "1c7a25b06f2a16419522a3e597c4f21e4028095f"),
    "format": "html", "script": "hant", "region": "hk", "languages": ["zh"], "kind": "clean",
    "repo_kind": "student-made static guide site for HKU freshmen (Hong Kong wording: 私隱); full site chrome",
    "title": {"line": 57, "text": "靜態站點的私隱說明"},
    "headings": [H(61, 1, "留在你裝置上的內容"), H(69, 1, "離開本站之後"), H(77, 1, "託管說明")],
    "placeholders": [],
    "look_alike_lines": [L(88, "安全習慣：", "bold label in the site footer (site chrome)")],
    "notes": "Short privacy notice of a static site with header navigation, breadcrumbs and footer (site chrome is not policy headings).",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
