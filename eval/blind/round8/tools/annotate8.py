#!/usr/bin/env python3
"""Source of truth for /work/eval8/holdout/*/annotation.json.
Each DOC entry is written to holdout/<name>/annotation.json after checking that every heading text
and every placeholder text occurs on its line of the stored file (whitespace-insensitive)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "holdout")
DOCS = {}

def H(line, level, text):
    return {"line": line, "level": level, "text": text}

def P(line, text, note):
    return {"line": line, "text": text, "note": note}

def norm(s):
    return re.sub(r"\s+", "", s)

def check_and_write(name, d):
    folder = os.path.join(BASE, name)
    path = os.path.join(folder, d["file"])
    raw = open(path, "rb").read()
    enc = d.get("encoding", "utf-8")
    text = raw.decode(enc, "replace")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    errs = []
    def on(line, t):
        if not (1 <= line <= len(lines)):
            return False
        return norm(t) in norm(lines[line - 1])
    for h in d.get("headings", []):
        if not on(h["line"], h["text"]):
            errs.append(f"heading L{h['line']} {h['text']!r} not on line: {lines[h['line']-1][:80]!r}")
    for p in d.get("placeholders", []):
        if not on(p["line"], p["text"]):
            errs.append(f"placeholder L{p['line']} {p['text']!r} not on line")
    if d.get("title") and not on(d["title"]["line"], d["title"]["text"]):
        errs.append(f"title L{d['title']['line']} not on line")
    for x in d.get("look_alike_lines", []):
        if "text" in x and not on(x["line"], x["text"]):
            errs.append(f"look-alike L{x['line']} {x['text']!r} not on line")
    if errs:
        print(name, "ERRORS:\n  " + "\n  ".join(errs))
        return False
    out = {k: v for k, v in d.items() if k not in ("encoding",)}
    out.setdefault("ambiguous_lines", [])
    out.setdefault("ambiguous_placeholder_lines", [])
    out.setdefault("look_alike_lines", [])
    with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{name}: ok  headings {len(d.get('headings', []))}  placeholders {len(d.get('placeholders', []))}")
    return True

# ---------------------------------------------------------------------------------------------
DOCS["shumeng-html"] = {
    "file": "隐私协议.html",
    "source": {"repo": "xuyaodegithub/dream-factory-web", "path": "隐私协议.html",
               "commit": "208f5971718bfd7a197292e4686dde221d03564c", "license": "none (no licence file)"},
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "website repo (Vue web front end of an AI image platform), HTML fragment served as the policy page",
    "headings_annotated": False,
    "title": {"line": 1, "text": "数梦平台隐私政策"},
    "headings": [],
    "placeholders": [
        P(43, "2）发送邮件至：", "contact e-mail left empty: 「2）发送邮件至：」 ends the paragraph with no address"),
    ],
    "look_alike_lines": [
        {"line": 46, "text": "（自主申报）", "note": "（自主申报） after the address: copied from the business-licence record (self-declared address), not a slot"},
        {"line": 43, "text": "网页端：问题反馈", "note": "问题反馈 names the site's feedback page (a link whose href was lost), filled"},
    ],
    "notes": "Headings not annotated: the numbered sub-titles (1.1…, 4.1…) sit several to a line inside <br />-separated paragraphs, so line-based heading scoring is meaningless here (placeholders only).",
}

DOCS["aftt-hk-php"] = {
    "file": "privacy-policy.php",
    "source": {"repo": "0x5eG3/afttmarkets.com", "path": "hk/legal/privacy-policy.php",
               "commit": "27478fb6e33b3f7377f859a0443df2502d7008af", "license": "none (no licence file)"},
    "format": "html (PHP page with include header/footer)", "script": "hant", "region": "hk", "languages": ["zh"],
    "kind": "company website repo (financial broker site, PHP pages)",
    "title": {"line": 10, "text": "私隱政策"},
    "headings": [
        H(18, 1, "(A) 收集數據"),
        H(42, 1, "(B) 收集、處理和披露個人資料目的"),
        H(45, 2, "收集"),
        H(92, 2, "處理和披露"),
        H(129, 1, "(C) 海外轉移個人信息"),
        H(136, 1, "(D) 同意"),
        H(154, 1, "(E) 保留"),
        H(161, 1, "(F) 準確性和糾正"),
        H(175, 1, "(G) 訪問權限"),
        H(190, 1, "(H) 安全保障"),
        H(202, 1, "(I) 更新隱私政策"),
        H(208, 1, "(J) 使用COOKIES"),
        H(223, 1, "(K) 歐盟通用數據保護條例（EU GDPR）"),
        H(241, 1, "(L) 管轄法律"),
        H(250, 1, "(M) 聯繫我們"),
        H(275, 1, "(N) 免責聲明"),
    ],
    "placeholders": [],
    "look_alike_lines": [
        {"line": 165, "text": "請填寫此", "note": "請填寫此 表格: asks the reader to fill in a form (the link points back at this page, a broken link, not a slot)"},
        {"line": 178, "text": "請填寫此表格", "note": "same: an instruction to the data subject, not to the author"},
    ],
    "notes": "Clean published page (precision). (B) is an <h4> whose two sub-sections are <h3> (收集 / 處理和披露): read as level 2 under (B), the lettered sections are level 1. Title is the <h2> 私隱政策 under the included site header.",
}

DOCS["proteinpatrol-md"] = {
    "file": "隐私保护指引.md",
    "source": {"repo": "Heibaixiong1118/protein-patrol-miniprogram", "path": "隐私保护指引.md",
               "commit": "a192f3c6c6da9193733ac3997c7bf1a5c7d0f4cb", "license": "none (no licence file seen; no snapshot)"},
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "WeChat mini-program repo: the 用户隐私保护指引 text to paste into the mp back office",
    "provenance": "rebuilt from the search index's stored text of the blob (1801 characters, checked); no snapshot could be fetched; line endings unverifiable (LF)",
    "title": {"line": 1, "text": "用户隐私保护指引（健身热量记录小程序）"},
    "headings": [
        H(11, 1, "一、我们收集的信息及用途"),
        H(13, 2, "1.1 为完成账号识别所必需的信息"),
        H(17, 2, "1.2 为提供核心功能您主动提供的信息"),
        H(23, 2, "1.3 为特定功能申请的系统权限"),
        H(28, 1, "二、信息的存储与保护"),
        H(34, 1, "三、信息的共享与公开"),
        H(40, 1, "四、您的权利"),
        H(46, 1, "五、未成年人保护"),
        H(50, 1, "六、本指引的更新"),
        H(54, 1, "七、联系我们"),
        H(63, 1, "附：mp 后台勾选映射表（供配置时对照）"),
    ],
    "placeholders": [
        P(6, "使用说明：本文本用于微信公众平台「设置 → 服务内容声明 → 用户隐私保护指引」填写。", "note to the author (where to paste the text), left in the published text"),
        P(7, "方括号【】中的内容需在发布前替换为实际信息。", "drafting instruction: replace the 【】 slots before release"),
        P(58, "【your-email@example.com】", "contact e-mail slot never filled: example.com address inside 【】"),
        P(63, "附：mp 后台勾选映射表（供配置时对照）", "appendix for the person configuring the back office (供配置时对照), not for users: drafting leftover"),
    ],
    "ambiguous_placeholder_lines": [4, 64, 65, 66, 67, 68, 69, 70, 71, 72],
    "look_alike_lines": [
        {"line": 19, "text": "您主动填写的体重", "note": "填写 said of the user entering data"},
    ],
    "notes": "Line 4 生效日期：以小程序正式发布之日为准 (deliberately worded, no date) is ambiguous, as in dev3/xiaomigao. Lines 64-72 are the table of the back-office appendix (its heading line 63 is the gold placeholder); findings there are ignored.",
}

DOCS["websoft9-md"] = {
    "file": "privacy.md",
    "source": {"repo": "Websoft9Archive/doc-legal", "path": "docs/zh/privacy.md",
               "commit": "50b975fbf352da9f89ed0b28c75d452855dea7f2", "license": "none for the text (Licenses.md lists third-party software licences only)"},
    "format": "md (VuePress docs site, CRLF)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "docs site (VuePress legal docs of a software company); 4 versions in history, the newest taken",
    "title": {"line": 1, "text": "隐私保护"},
    "headings": [
        H(22, 1, "目录"),
        H(44, 1, "如何收集您的个人数据"),
        H(46, 2, "个人数据"),
        H(62, 2, "非个人数据"),
        H(69, 1, "如何处理您的个人数据"),
        H(105, 1, "如何使用Cookies"),
        H(132, 1, "如何保护您的个人数据"),
        H(145, 1, "如何访问或控制您的个人数据"),
        H(160, 1, "云服务商（云市场）及其服务"),
        H(166, 1, "您的个人数据如何跨境转移"),
        H(172, 1, "如何更新本声明"),
        H(177, 1, "联系我们"),
    ],
    "placeholders": [],
    "look_alike_lines": [
        {"line": 77, "text": "请参阅5.如何访问或控制您的个人数据", "note": "cross-reference to a section number the page does not print (headings are unnumbered): a stale reference, not a slot"},
        {"line": 149, "text": "10.如何联系网久软件", "note": "same: stale numbered cross-reference (and 本声明第10点的邮箱)"},
    ],
    "notes": "Clean published policy (precision). Earlier versions (273d411, caf9d31) gave help@huawei.com as the contact (copied from the source template); the taken version has legal@websoft9.com. Stale numbered cross-references remain (lines 77, 149): a defect, but not a template slot.",
}

DOCS["peakrun-md"] = {
    "file": "隐私条款.md",
    "source": {"repo": "Daniel-Xiong/PeakRun-AI", "path": "隐私条款.md",
               "commit": "ed78ac079bdfa7e041d3d66342735e2bdd57778f", "license": "none (no licence file)"},
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "iOS app source repo (policy converted from .docx to .md)",
    "title": {"line": 1, "text": "PeakRun AI 隐私政策"},
    "headings": [
        H(15, 1, "1. 本政策适用范围"),
        H(19, 1, "2. 我们处理的信息"),
        H(21, 2, "2.1 账号与个人资料"),
        H(27, 2, "2.2 健康与运动信息"),
        H(38, 2, "2.3 定位、路线、城市与天气"),
        H(45, 2, "2.4 运动传感器"),
        H(49, 2, "2.5 语音与音频"),
        H(56, 2, "2.6 AI 教练与生成内容"),
        H(68, 2, "2.7 设置、运行与通知信息"),
        H(74, 2, "2.8 购买信息"),
        H(78, 1, "3. 信息使用目的"),
        H(92, 1, "4. 系统权限与您的选择"),
        H(103, 1, "5. 存储、同步与保留"),
        H(113, 1, "6. 共享、委托处理与第三方服务"),
        H(126, 1, "7. 删除账号与您的权利"),
        H(139, 1, "8. 信息安全"),
        H(143, 1, "9. 未成年人"),
        H(147, 1, "10. 政策更新"),
        H(151, 1, "11. 联系我们"),
    ],
    "placeholders": [],
    "look_alike_lines": [
        {"line": 3, "text": "生效日期：2026 年 7 月 15 日", "note": "filled date in a bold label line"},
    ],
    "notes": "Clean published policy (precision). Bold label lines (生效日期, 个人信息处理者, 联系邮箱) are filled fields, not headings.",
}

DOCS["aimychats-md"] = {
    "file": "privacy.md",
    "source": {"repo": "cloud2ai/devify-home", "path": "docs/zh/privacy.md",
               "commit": "07b4080c05a63e8f42bdc58a2b35156531c216ba", "license": "none (no licence file)"},
    "format": "md (VitePress docs/home site)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "product home/docs site (VitePress); 2 versions in history, the first (published with the slot) taken",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(6, 1, '引言'),
        H(12, 1, '我们收集的信息'),
        H(14, 2, '1. 您提供的信息'),
        H(26, 2, '2. 自动收集的信息'),
        H(38, 1, '我们如何使用您的信息'),
        H(40, 2, '核心服务'),
        H(47, 2, '服务改进'),
        H(53, 2, '通信'),
        H(64, 1, '数据存储和安全'),
        H(66, 2, '存储位置'),
        H(73, 2, '安全措施'),
        H(88, 2, '数据保留'),
        H(98, 1, '数据共享'),
        H(100, 2, '我们不会共享您的个人数据，除非：'),
        H(115, 2, '不会共享的情况'),
        H(121, 1, '您的权利'),
        H(123, 2, '访问和控制'),
        H(132, 2, '如何行使权利'),
        H(142, 1, 'Cookie 政策'),
        H(144, 2, '我们使用的 Cookie'),
        H(160, 2, '管理 Cookie'),
        H(164, 1, '儿童隐私'),
        H(168, 1, '数据跨境传输'),
        H(172, 1, 'GDPR 合规（适用于欧盟用户）'),
        H(191, 1, 'CCPA 合规（适用于加州用户）'),
        H(200, 1, '安全事件通知'),
        H(208, 1, '隐私政策更新'),
        H(217, 1, '第三方链接'),
        H(221, 1, '联系我们'),
        H(229, 1, '数据保护官')
    ],
    "placeholders": [
        P(227, "[待补充]", "postal address slot 「**地址**：[待补充]」 left unfilled in the contact section"),
    ],
    "ambiguous_placeholder_lines": [206],
    "look_alike_lines": [
        {"line": 129, "text": "（Pro 版本，即将推出）", "note": "a feature announced as coming soon, not a slot"},
        {"line": 206, "text": "（如适用）", "note": "向相关监管机构报告（如适用）: a legal qualifier in a list, ambiguous rather than an author aside"},
    ],
    "notes": "The next version (2a76e83, 2026-01-20) dropped the address line. Bold labels before lists (**账户信息**：, **使用数据**：…) are list labels, not headings.",
}

DOCS["warrantybox-md"] = {
    "file": "PRIVACY_POLICY_ZH.md",
    "source": {"repo": "claws-x/warranty-box", "path": "PRIVACY_POLICY_ZH.md",
               "commit": "88a917dcca9eba7c19f4af71dcb119d4a4ee0299", "license": "none (no licence file)"},
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "iOS app source repo (Xcode project with App Store submission docs)",
    "title": {"line": 1, "text": "WarrantyBox 隐私政策"},
    "headings": [
        H(9, 1, "1. 我们处理的信息"),
        H(22, 1, "2. 信息用途"),
        H(31, 1, "3. 数据存储方式"),
        H(37, 1, "4. 权限说明"),
        H(41, 2, "通知权限"),
        H(45, 2, "相机权限"),
        H(49, 2, "相册权限"),
        H(55, 1, "5. 信息共享说明"),
        H(59, 1, "6. 儿童隐私"),
        H(63, 1, "7. 隐私政策更新"),
        H(67, 1, "8. 联系方式"),
    ],
    "placeholders": [
        P(71, "请替换为你的邮箱地址", "support e-mail never filled: 「支持邮箱：请替换为你的邮箱地址」"),
        P(72, "请替换为你的支持页面链接", "support page never filled: 「支持页面：请替换为你的支持页面链接」"),
    ],
    "notes": "Otherwise a finished policy (the repository also holds App Store submission checklists).",
}

DOCS["shibei-md"] = {
    "file": "privacy-policy-zh.md",
    "source": {"repo": "MaxHan7/ShiBei", "path": "docs/privacy-policy-zh.md",
               "commit": "283d6bc3692904827631ff8ce5b991733caa41a8", "license": "none (no licence file)"},
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "iOS app source repo (App Store privacy/metadata docs); 2 versions of the file, the newer taken",
    "title": {"line": 1, "text": "拾贝隐私政策草案"},
    "headings": [
        H(7, 1, "我们收集哪些信息"),
        H(19, 1, "我们如何使用这些信息"),
        H(30, 1, "第三方 AI 模型处理"),
        H(36, 1, "数据保存和删除"),
        H(44, 1, "账号和订阅"),
        H(50, 1, "追踪和广告"),
        H(54, 1, "安全"),
        H(58, 1, "联系方式"),
        H(64, 1, "政策更新"),
    ],
    "placeholders": [
        P(1, "草案", "draft marker left in the title of the policy prepared for the App Store (拾贝隐私政策草案)"),
        P(62, "邮箱：待补充", "contact e-mail not filled in: 待补充"),
    ],
    "notes": "Beta-stage wording (当前 Beta 版本…, 后续账号系统上线后…) is the product's real state, not a slot.",
}

DOCS["whattoeat-md"] = {
    "file": "隐私政策模板.md",
    "source": {"repo": "ShawnYin-hub/WhatToEat", "path": "隐私政策模板.md",
               "commit": "468218f8d43cb42862d231daf81a7b580ecd2b3a", "license": "none (no licence file)"},
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "iOS/Capacitor app source repo; an AI-drafted template already tailored to the app (name, 高德地图, Supabase, features) with the identity slots left",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(11, 1, "1. 信息收集"),
        H(13, 2, "1.1 我们收集的信息"),
        H(23, 2, "1.2 我们如何收集信息"),
        H(30, 1, "2. 信息使用"),
        H(41, 1, "3. 信息共享"),
        H(49, 2, "3.1 第三方服务"),
        H(58, 1, "4. 数据安全"),
        H(64, 1, "5. 您的权利"),
        H(75, 1, "6. 儿童隐私"),
        H(81, 1, "7. 隐私政策变更"),
        H(87, 1, "8. 联系我们"),
    ],
    "placeholders": [
        P(3, "[填写日期]", "last-updated date slot"),
        P(6, "[你的名字或公司名]", "developer identity slot"),
        P(7, "[你的邮箱]", "contact e-mail slot (header block)"),
        P(91, "[你的邮箱]", "contact e-mail slot (contact section)"),
        P(92, "[可选：你的地址]", "optional address slot with its instruction"),
        P(96, "请根据你的实际应用功能修改此模板", "closing note to the author (修改此模板 / 请添加相应的说明)"),
    ],
    "look_alike_lines": [
        {"line": 60, "text": "但请注意", "note": "请注意 addressed to the user, not a drafting note"},
        {"line": 5, "text": "今天吃什么", "note": "应用名称 filled (bold label line next to the empty ones)"},
    ],
    "notes": "Doubt: the file is named 模板 and still has its identity slots, but the body is written for this app (features, 高德地图 API, Supabase), so it is a filled-in policy with slots rather than a blank template.",
}

DOCS["steward-multi-html"] = {
    "file": "隐私协议.html",
    "source": {"repo": "iBlackStone/Manager", "path": "隐私协议.html",
               "commit": "478da8a2b980ba6045e28a00c25473ce821f4cd7", "license": "none (no licence file)"},
    "format": "html (Evernote 'yinxiang.markdown' export, XHTML, hidden <center> holding the URL-encoded Markdown source)",
    "script": "hans", "region": "cn", "languages": ["en", "zh", "de", "ja", "fr"],
    "kind": "app repo (policy page uploaded next to the app; deleted the same day and replaced by privacy.md)",
    "title": {"line": 3, "text": "Privacy Usage Terms"},
    "headings": [
        H(5, 1, "What do we collect?"),
        H(15, 1, "隐私使用条款"),
        H(17, 1, "我们收集什么？"),
    ],
    "ambiguous_lines": [27, 30, 39, 42, 51, 53],
    "placeholders": [],
    "ambiguous_placeholder_lines": [52],
    "look_alike_lines": [
        {"line": 52, "text": "《二进制迷笛》（BinaryMIDI）", "note": "the French edition names another app of the same developer (copy-paste leftover); a reviewer would flag it, but it is a wrong value, not an unfilled slot: ambiguous"},
    ],
    "notes": "English and Chinese editions use <h3> (all the same size: title line 3 is the first <h3>, the rest level 1). The German, Japanese and French editions were pasted as plain paragraphs and list items (their title lines and 'Was sammeln wir?' / '何を収集するのですか？' list items are ambiguous). The Japanese line 40 has a garbled doubled sentence (editing error, not a slot).",
}

def _sdk_lines(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.startswith("【"):
                out.append(i)
    return out

DOCS["xiongdong-game-txt"] = {
    "file": "隐私协议.txt",
    "source": {"repo": "wangmiao033/ysxy20260428", "path": "隐私协议.txt",
               "commit": "bfa52113aaf8d21abf9a5a4cd5bc32c67679fb2d", "license": "none (no licence file)"},
    "format": "txt (CRLF)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "game company agreement-pages repo (static pages; the .txt uploaded, then rebuilt as privacy/index.html)",
    "title": {"line": 1, "text": "广州熊动科技有限公司游戏隐私政策"},
    "headings": [
        H(16, 1, '一、 我们收集的信息'),
        H(19, 2, '（一）我们获取的您的信息'),
        H(36, 3, '系统访问权限'),
        H(39, 3, '获取软件安装列表'),
        H(42, 2, '（二）其他方分享的您的信息'),
        H(45, 1, '二、我们如何使用收集的信息'),
        H(59, 1, '三、 您如何访问和控制个人信息'),
        H(64, 1, '四、我们可能委托处理、共享、转让的信息'),
        H(65, 2, '（一）委托处理与第三方共享'),
        H(68, 2, '（二）特定场景的信息共享'),
        H(75, 2, '（三）业务变更时的信息处理'),
        H(78, 1, '五、处理个人信息的免责事由及征得您授权同意的例外'),
        H(96, 1, '六、我们如何使用cookies和web beacon及相关技术'),
        H(99, 2, '（一）使用目的'),
        H(105, 2, '（二）非个人身份信息的共享'),
        H(108, 2, '（三）第三方cookies和web beacon'),
        H(111, 2, '（四）管理选项'),
        H(114, 1, '七、第三方SDK收集使用信息说明'),
        H(505, 1, '八、隐私范围的适用范围'),
        H(508, 1, '九、变更'),
        H(511, 1, '十、未成年人隐私保护'),
        H(512, 2, '（一）基本原则'),
        H(515, 2, '（二）防沉迷措施'),
        H(529, 2, '（三）游戏时间限制'),
        H(532, 1, '十一、信息存储与信息安全'),
        H(543, 1, '十二、账户的注销')
    ],
    "ambiguous_lines": _sdk_lines(os.path.join(BASE, "xiongdong-game-txt", "隐私协议.txt")),
    "placeholders": [],
    "look_alike_lines": [
        {"line": 6, "text": "更新提示：", "note": "label before the change list, not a heading and not a slot"},
    ],
    "notes": "Clean published game policy (precision), 543 lines, CRLF. The 63 SDK entry titles (【支付宝支付SDK】…) are ambiguous (item titles of section 七, bracketed labels). Defect that is not a placeholder: sections 三 and 十二 point to 第十三条 (contact) but the text ends at 十二 — the contact section is missing, no slot left for it.",
}

DOCS["miaome-tw-html"] = {
    "file": "privacy_tw.html",
    "source": {"repo": "miaomewebsite/miaomewebsite.github.io", "path": "privacy_tw.html",
               "commit": "33579473abee07b1322265ec2eeb2a3dadda6d82", "license": "none (no licence file)"},
    "format": "html (fragment in a <table>, <p><b><u> titles, no <h*> except the title)", "script": "hant", "region": "tw", "languages": ["zh"],
    "kind": "app website repo (GitHub Pages site of a Taiwanese chat app, 2015)",
    "title": {"line": 7, "text": "保密條約"},
    "headings": [
        H(21, 1, "用戶同意"),
        H(35, 1, "訊息收集"),
        H(39, 2, "資料的數據統計"),
        H(47, 2, "個人影像"),
        H(55, 2, "位置"),
        H(63, 1, "收集的訊息使用"),
        H(67, 2, "數據的資訊"),
        H(77, 1, "信息安全"),
        H(85, 1, "保密條約的修改"),
    ],
    "placeholders": [],
    "look_alike_lines": [
        {"line": 15, "text": "miaoME保密條約:", "note": "lead-in line under the title, not a heading"},
    ],
    "notes": "Clean published policy (precision, zh-Hant Taiwan). Bold+underlined paragraphs are sections (level 1), underlined-only paragraphs under 訊息收集 / 收集的訊息使用 are sub-sections (level 2). The title is an <h2> closed by </h1>.",
}

DOCS["market-html"] = {
    "file": "yinsi.html",
    "source": {"repo": "xulong20130712/market", "path": "yinsi.html",
               "commit": "499c584d83e0ce03a3d92d3e8e32e9a0fcaa8f4a", "license": "none (no licence file)"},
    "format": "html (<h1>/<h2>/<h3>, <br /> paragraphs; an Android strings.xml user agreement pasted after the policy)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "app support-page repo (static page for an Android app); 2 versions, the second (full text) taken",
    "title": {"line": 8, "text": "隐私协议"},
    "headings": [
        H(16, 1, '我们可能收集的信息'),
        H(19, 1, '您提供的信息'),
        H(25, 1, '其他方分享的您的信息'),
        H(30, 1, '我们获取的您的信息'),
        H(42, 1, '我们可能如何使用信息'),
        H(58, 2, '我们可能分享的信息'),
        H(75, 1, '信息安全'),
        H(79, 2, '您分享的信息'),
        H(85, 1, '您分享的敏感个人信息'),
        H(91, 1, '我们可能如何收集信息'),
        H(99, 1, '广告优化'),
        H(107, 1, '广告服务'),
        H(116, 1, '我们可能向您发送的邮件和信息'),
        H(118, 2, '邮件和信息推送'),
        H(123, 2, '与服务有关的公告'),
        H(128, 1, '隐私政策的适用例外'),
        H(136, 1, '未成年人使用我们的服务'),
        H(141, 1, '隐私政策的适用范围'),
        H(148, 1, '变更'),
        H(163, 1, '使用账户'),
        H(170, 1, '终端用户协议许可'),
        H(177, 1, '限制性条款'),
        H(187, 1, '费用'),
        H(192, 1, '版本'),
        H(197, 1, '遵守法律'),
        H(202, 1, '用户内容'),
        H(209, 1, '权利限制'),
        H(227, 1, '修改和终止'),
        H(229, 2, '修改'),
        H(237, 2, '终止'),
        H(246, 1, '第三方'),
        H(252, 1, '第三方信息和服务'),
        H(260, 1, '赔偿'),
        H(276, 1, '适用法律'),
        H(282, 1, '独立性'),
        H(287, 1, '完整性')
    ],
    "placeholders": [
        P(14, "xxxxxxxxxxxxxxx@163.com", "contact e-mail left as a row of x's"),
    ],
    "ambiguous_placeholder_lines": [152, 153, 154, 155, 156],
    "look_alike_lines": [
        {"line": 152, "text": "]]></Data>", "note": "Android strings.xml debris (]]></Data></string><!--用户协议--><string name=\"user_agreement\"><![CDATA[) pasted between the policy and the user agreement; ']]>' is visible text: a paste leftover, not a template slot (ambiguous)"},
    ],
    "notes": "The user agreement (使用账户 … 完整性) follows the policy on the same page with the same <h2>s, so its sections are level 1 too; <h3> is level 2 (rendered hierarchy), even where an <h2> is semantically a sub-topic (您提供的信息 under 我们可能收集的信息).",
}

DOCS["runbeat-hugo-md"] = {
    "file": "runbeat-privacy.zh.md",
    "source": {"repo": "RD666-star/goodideasalways-website", "path": "content/legal/runbeat-privacy.zh.md",
               "commit": "cae7b1d8922657877eaa31dd08b567b3bb14c88c", "license": "none (no licence file)"},
    "format": "md (Hugo content page with YAML front matter, no # title in the body)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "indie studio website repo (Hugo site with per-app legal pages)",
    "title": None,
    "headings": [
        H(9, 1, "我们收集的信息"),
        H(13, 1, "第三方服务"),
        H(17, 1, "数据存储"),
        H(21, 1, "政策变更"),
        H(25, 1, "联系我们"),
    ],
    "placeholders": [
        P(27, "[your-email@example.com]", "contact e-mail slot: bracketed example.com address"),
    ],
    "notes": "The page title comes from front matter (title: RunBeat 隐私政策); the body starts at ##, read as level 1.",
}

DOCS["acead-html"] = {
    "file": "ysxy.html",
    "source": {"repo": "Genshinzmnl/ACE_AD", "path": "ysxy.html",
               "commit": "0018f1d3f57c4b986c72d8961c994791b54ce52b", "license": "LGPL-2.1 (repository licence)"},
    "format": "html (<h1>/<h2>)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "ad-funded website repo (GitHub Pages site with ads.txt; the privacy page linked from it)",
    "title": {"line": 25, "text": "隐私政策"},
    "headings": [
        H(28, 1, "信息收集"),
        H(35, 1, "信息使用"),
        H(44, 1, "信息共享"),
        H(56, 1, "信息安全"),
        H(59, 1, "您的权利"),
        H(62, 1, "同意与选择"),
        H(65, 1, "隐私政策的变更"),
        H(68, 1, "联系我们"),
    ],
    "placeholders": [
        P(70, "support@example.com", "contact e-mail is the example.com filler"),
    ],
    "notes": "No operator named anywhere (missing information, not a slot).",
}

DOCS["realpine-html"] = {
    "file": "privacy.html",
    "source": {"repo": "Nutpi/newgame", "path": "zh/privacy.html",
               "commit": "2dd5171f246f3a1c64db9c9b0b347eb59d46e853", "license": "MIT (repository licence)"},
    "format": "html as published (theme switcher, header nav with language switch, footer with its own <h4>)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "tools website repo (static site with AdSense, zh/en pages)",
    "title": {"line": 108, "text": "隐私政策"},
    "headings": [
        H(113, 1, '1. 信息收集'),
        H(116, 2, '1.1 自动收集的信息'),
        H(128, 2, '1.2 用户主动提供的信息'),
        H(131, 2, '1.3 工具数据处理'),
        H(138, 1, '2. Cookie 和跟踪技术'),
        H(141, 2, '2.1 Google Analytics'),
        H(149, 2, '2.2 Google AdSense'),
        H(157, 2, '2.3 本地存储'),
        H(162, 1, '3. 信息使用'),
        H(173, 1, '4. 信息共享'),
        H(183, 1, '5. 数据安全'),
        H(194, 1, '6. 您的权利'),
        H(207, 1, '7. 第三方链接'),
        H(212, 1, '8. 儿童隐私'),
        H(217, 1, '9. 隐私政策更新'),
        H(222, 1, '10. 联系我们')
    ],
    "placeholders": [],
    "look_alike_lines": [
        {"line": 242, "text": "关于", "note": "footer <h4> of the site chrome (link list), not part of the policy outline: not a gold heading"},
    ],
    "notes": "Clean published page (precision). Site chrome: theme dropdown (浅色模式/深色模式), header nav (工具/关于我们/联系方式/隐私政策/服务条款, EN|中文), footer brand text and a footer <h4>关于</h4> — none of it is a policy heading.",
}

DOCS["moneyly-md"] = {
    "file": "yinsizhengce.md",
    "source": {"repo": "boonook/Moneyly", "path": "yinsizhengce.md",
               "commit": "0306f18cf019db436a9a87eebc94b04a31b589ac", "license": "none (no licence file)"},
    "format": "md (GFM tables, blockquote note)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "app support-site repo (GitHub Pages: index.html, app-ads.txt, yinsizhengce.html/.md) for a React Native bookkeeping app",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(14, 1, '一、我们如何收集和使用您的个人信息'),
        H(18, 2, '（一）您在应用内创建的数据（仅存于本机）'),
        H(28, 2, '（二）生物识别信息（Face ID / Touch ID）'),
        H(31, 2, '（三）设备权限信息'),
        H(43, 2, '（四）网络使用情况（如实说明）'),
        H(54, 1, '二、我们如何使用您的信息'),
        H(67, 1, '三、我们如何共享、转让、公开披露您的信息'),
        H(69, 2, '（一）共享'),
        H(74, 2, '（二）转让与公开披露'),
        H(77, 2, '（三）第三方服务'),
        H(82, 1, '四、信息的存储与保护'),
        H(94, 1, '五、未成年人保护'),
        H(100, 1, '六、您的权利'),
        H(110, 1, '七、隐私政策的更新'),
        H(116, 1, '八、联系我们')
    ],
    "placeholders": [
        P(10, "提示：本隐私政策中的【】内容为待您确认后填写的信息", "drafting note left in the published text: the 【】 items are to be confirmed and completed before release"),
        P(128, "【运营公司名称】", "operator name slot never filled (本隐私政策由【运营公司名称】制定并负责解释)"),
    ],
    "ambiguous_placeholder_lines": [120, 121, 122, 124],
    "look_alike_lines": [
        {"line": 120, "text": "【boonook】", "note": "template brackets left around a filled value (residue, not an unfilled slot): ambiguous"},
        {"line": 121, "text": "【boonook@163.com】", "note": "same: filled e-mail still in 【】"},
        {"line": 122, "text": "【中国湖北省武汉市汉阳区】", "note": "same: filled address still in 【】"},
        {"line": 124, "text": "【15】", "note": "same: filled reply period still in 【】"},
        {"line": 43, "text": "（如实说明）", "note": "bracketed aside in a heading, part of the title as published"},
    ],
    "notes": "An AI-drafted policy the author filled in partly: the values were typed inside the 【】 (residue, ambiguous), one slot was left (【运营公司名称】) and the note telling the author to complete the 【】 before release was kept.",
}

DOCS["vplaaf-md"] = {
    "file": "zh.md",
    "source": {"repo": "vPLAAF/docs", "path": "privacy/zh.md",
               "commit": "7bf0291c41010a61dad2810691aef4a301c80693", "license": "none (no licence file)"},
    "format": "md (inconsistent depths: # for sections, ### for sub-sections, no ##; revision table)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "community docs repo (virtual-airline group on VATSIM: SOPs, training, privacy); 4 versions, the first zh one (published with TODO e-mails) taken",
    "title": {"line": 1, "text": "vPLAAF 隐私政策"},
    "headings": [
        H(11, 1, '1. 政策目的'),
        H(20, 1, '2. 适用范围'),
        H(31, 1, '3. 处理数据的合法基础'),
        H(44, 1, '4. 我们收集的数据'),
        H(48, 2, '4.1 个人数据'),
        H(57, 2, '4.2 不会收集的数据'),
        H(72, 1, '5. 数据的收集方式'),
        H(85, 1, '6. 数据处理的目的'),
        H(87, 2, '6.1 会员管理'),
        H(94, 2, '6.2 运行需求'),
        H(100, 2, '6.3 通讯用途'),
        H(106, 2, '6.4 Cookies（网站相关）'),
        H(117, 1, '7. 数据共享与第三方'),
        H(123, 2, '7.1 与 VATSIM 或 VSOA 管理机构'),
        H(131, 2, '7.2 服务提供商'),
        H(141, 2, '7.3 公共信息要求'),
        H(153, 1, '8. 跨境数据传输'),
        H(167, 1, '9. 数据保留期限'),
        H(181, 1, '10. 数据主体权利'),
        H(199, 1, '11. 数据控制者（Data Controller）'),
        H(216, 1, '12. 安全措施'),
        H(230, 1, '13. 政策更新'),
        H(243, 1, '14. 联系方式')
    ],
    "ambiguous_lines": [3],
    "placeholders": [
        P(205, "Email: TODO", "data controller e-mail left as TODO"),
        P(247, "TODO", "contact e-mail left as TODO (> **Email:** TODO)"),
    ],
    "look_alike_lines": [
        {"line": 237, "text": "（如适用）", "note": "邮件通知（如适用）: a list item qualifier, not an author aside"},
    ],
    "notes": "Line 3 **修订历史** is a bold label over the revision table (ambiguous heading). The two TODO e-mails were filled two commits later (4d1b595, fd206a7 'privacy emails').",
}

DOCS["pinwear-md"] = {
    "file": "privacy-policy.md",
    "source": {"repo": "heDuke/PinWear", "path": "docs/privacy-policy.md",
               "commit": "d7adc0777e48c14560585d036f0cd523a05d29aa", "license": "none (no licence file)"},
    "format": "md (English title, Chinese body; GitHub Pages docs folder)", "script": "hans", "region": "cn", "languages": ["zh", "en"],
    "kind": "Wear OS app source repo (docs/ served as the app's pages); 2 versions the same day, the first (Chinese, example.com contact) taken",
    "title": {"line": 1, "text": "PinWear Privacy Policy"},
    "headings": [
        H(3, 1, "1. 基本信息"),
        H(9, 1, "2. 数据访问说明"),
        H(23, 1, "3. 数据使用目的"),
        H(33, 1, "4. 数据存储"),
        H(41, 1, "5. Pinterest 内容说明"),
        H(47, 1, "6. 用户删除与撤销"),
        H(54, 1, "7. 联系方式"),
    ],
    "placeholders": [
        P(58, "contact@example.com", "contact e-mail is the example.com filler (replaced by the author's address in the next commit)"),
    ],
    "look_alike_lines": [
        {"line": 25, "text": "MVP（最小可行性产品）目标", "note": "internal product wording in the policy, odd but not a slot"},
    ],
    "notes": "Bold labels (**请注意**, **我们的承诺**) are lead-ins, not headings.",
}

DOCS["notifyme-gen-md"] = {
    "file": "PRIVACY_zh.md",
    "source": {"repo": "wzn556/NotifyMe-Tutorials", "path": "PRIVACY_zh.md",
               "commit": "c77d210bf6fe0756a0df936a958c2a0c96b4354b", "license": "none (no licence file)"},
    "format": "md (bold-only pseudo-headings, no #)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "app tutorial repo; policy made with an online generator (app.mukapp.top/ppg) and edited; 3 versions (a hand-written HTML-in-Markdown one first), the generator one taken; deleted 19 days later",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [
        H(11, 1, "信息收集与使用"),
        H(21, 1, "记录数据"),
        H(25, 1, "Cookies"),
        H(31, 1, "服务供应商"),
        H(42, 1, "安全"),
        H(46, 1, "到其他网站的链接"),
        H(50, 1, "儿童隐私"),
        H(54, 1, "本隐私政策的变更"),
        H(60, 1, "联系我们"),
    ],
    "placeholders": [],
    "look_alike_lines": [
        {"line": 64, "text": "由 [应用隐私政策生成器]", "note": "generator credit line kept at the end: a reviewer may drop it, but it is not a slot"},
    ],
    "notes": "Clean generator-made policy (precision): name, app, date and e-mail filled in. Every title is a whole bold paragraph (**记录数据**).",
}

DOCS["hongshouzhi-html"] = {
    "file": "ysxy.html",
    "source": {"repo": "a168188aaa/hongshouzhi", "path": "ysxy.html",
               "commit": "cdae0646421faec7af45e042cf019784710bcd22", "license": "none (no licence file)"},
    "format": "html (UTF-8 BOM; titles are <p class=\"jiuli heiti\"> / <p class=\"heiti\"> made bold by CSS classes; a bold table of contents styled like the titles; two SDK tables)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "download/landing website repo hosting a copy of a cloud-phone app's policy (红手指, 2021 text)",
    "title": {"line": 114, "text": "隐私政策"},
    "headings": [
        H(129, 1, '一、适用范围'),
        H(132, 1, '二、我们如何收集和使用您的个人信息'),
        H(134, 2, '1. 您主动提供给我们的信息'),
        H(139, 2, '2. 我们在您使用服务过程中如何收集使用您的个人信息：'),
        H(167, 2, '3. 事先征得同意的例外：'),
        H(178, 2, '4. 匿名化处理'),
        H(180, 1, '三、我们如何共享、转让、公开披露您的个人信息'),
        H(252, 1, '四、您如何管理自己的信息及账号注销'),
        H(276, 1, '五、我们如何存储您的个人信息'),
        H(278, 1, '六、我们如何保护您的个人信息'),
        H(282, 1, '七、未成年人保护'),
        H(286, 1, '八、本政策的修订'),
        H(288, 1, '九、争议管辖')
    ],
    "ambiguous_lines": [119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 254, 255, 256, 262, 265],
    "placeholders": [
        P(204, "AndroidQuery SDK", "SDK table: the 第三方公司名称 cell of AndroidQuery SDK is empty (<td></td>)"),
        P(209, "BaiduSwan", "SDK table: the 官网链接 and 隐私政策链接 cells of BaiduSwan are empty (<td></td> <td></td>)"),
    ],
    "look_alike_lines": [
        {"line": 166, "text": "【我的-设置-关于红手指云手机-隐私协议】", "note": "【】 around an in-app menu path, not a slot"},
    ],
    "notes": "The bold table of contents (lines 119-128, same CSS class as the section titles) and the rights list of section 四 (254 '1. 查询权 您有权…', 255, 256, 262 '4. 撤销权' alone on its line, 265 '5. 注销权 …': run-in titles of list items) are ambiguous. Changed after the policylens run: only 262 had been marked, its four siblings (same shape) were not — an inconsistency in the annotation, fixed. Bold 'heiti' statements (117, 266-267, 283-285) are emphasised paragraphs, not headings. Doubt: the repository looks like an unofficial mirror of the app's site; the text itself is the operator's published policy.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
