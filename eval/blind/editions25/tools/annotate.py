"""Write annotations/<group>.json for eval/blind/editions25 (u25c), before policylens was run on any group.

The format is eval/blind/editions23's (t23c), itself eval/dev21c's (r21d). Each group: its editions (one moment of
one repository, or for a timeline several moments of one edition), the real divergences ("real": true: a fact or a
clause that one edition or version has and another lacks or states otherwise, or an edition that lags), the
borderline ones ("real": "borderline": a meaning shift without a fact; counted neither as a hit nor as a false
report), the items that look like a divergence but are not ("real": false: a sure report of one is false), and the
noise classes a reader sees. Editions are named by tag (a timeline's versions by tag.date); `pair` lists the
editions that differ (the first holds `text_a`)."""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {}
for line in open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8"):
    g, ed, mirror, commit, path, blob, size, sha = line.split()
    SRC.setdefault(g, []).append({"edition": ed, "repo": mirror.replace("+", "/", 1), "commit": commit,
                                  "path": path, "blob": blob, "bytes": int(size), "sha256": sha})

A = {
    "kpj": {
        "about": "Cosmetics expiry tracker (空瓶录 / Empty Bottle Tracker); zh-Hans (privacy.html), zh-Hant (OpenCC-like conversion) and en of one commit, same 10 sections.",
        "kind": "editions",
        "divergences": [
            {"id": "K1", "pair": ["zh-Hans", "en"], "also": ["zh-Hant"], "kind": "duration", "real": False,
             "where": "七、儿童隐私 / VII. Children's Privacy", "text_a": "本应用不针对4岁以下的儿童。我们不会故意收集4岁以下儿童的个人信息。",
             "text_b": "The App is not targeted at children under 4 years of age. We do not knowingly collect personal information from children under 4.",
             "note": "NOT a divergence: one age written 4岁 and '4 years of age' / 'under 4' (a unit written differently)"},
            {"id": "K2", "pair": ["zh-Hans", "en"], "kind": "name", "real": False, "where": "title, header, 前言",
             "text_a": "空瓶录", "text_b": "Empty Bottle Tracker", "note": "NOT a divergence: the app's localized name"},
        ],
        "noise": ["\"本应用\" / 「本應用」 quotes", "处理程序, 法律程序 written alike in both (OpenCC tw2sp reads 程序 as 进程)", "最后更新日期：2025年3月25日 = Last Updated: March 25, 2025",
                  "language switcher 简体中文 | 繁體中文 | English in every edition", "← 返回首页 / ← Back to Home"],
    },
    "neko": {
        "about": "Photo cleanup app (猫与相册 / Neko Album); zh-CN (privacy-policy-zh.html), zh-Hant (Taiwan wording) and en of one commit, same 10 sections; en is hard-wrapped.",
        "kind": "editions",
        "divergences": [
            {"id": "N1", "pair": ["zh-CN", "en"], "also": ["zh-Hant"], "kind": "date", "real": False, "where": "生效日期 / Effective date",
             "text_a": "生效日期：2026 年 3 月 11 日", "text_b": "Effective date: March 11, 2026",
             "note": "NOT a divergence: one date, the Chinese one with spaces around the numbers"},
            {"id": "N2", "pair": ["en", "zh-CN"], "kind": "layout", "real": False, "where": "every paragraph of en",
             "text_a": "Neko Album does not collect, transmit, or store personal information on our own servers. The application\\ndoes not require account registration, …",
             "text_b": "本应用不会通过自有服务器收集、传输或存储您的个人信息。本应用无需注册账号，…",
             "note": "NOT a divergence: en's sentences break across source lines (a sentence split by a line break)"},
            {"id": "N3", "pair": ["en", "zh-CN"], "also": ["zh-Hant"], "kind": "clause", "real": False, "where": "3. Tracking / 3. 用户追踪",
             "text_a": "Neko Album does not engage in user tracking, cross-app tracking, or cross-site tracking, and does not use advertising identifiers for behavioral advertising or profiling purposes.",
             "text_b": "本应用不会进行跨应用或跨网站追踪，也不会使用广告标识符进行个性化广告投放或用户画像分析。",
             "note": "NOT a divergence: a list rendered more fully in English ('user tracking' is the list's head)"},
        ],
        "noise": ["相册/圖庫, 账号/帳號, 画像/輪廓, 披露/揭露, 策略/政策, 服务器侧/伺服器端", "猫与相册 / Neko Album",
                  "“本应用” / 「本應用」"],
    },
    "snapnote": {
        "about": "Local-first notes app (SnapNote); zh-Hans, zh-Hant (Taiwan rewording) and en of one commit, same 9 sections; operator and e-mail in a header table.",
        "kind": "editions",
        "divergences": [
            {"id": "SN1", "pair": ["zh-Hans", "en"], "also": ["zh-Hant"], "kind": "list", "real": False, "where": "权限说明 / How we use permissions",
             "text_a": "相机权限用于拍摄照片并把照片作为本地附件加入当前笔记。", "text_b": "Camera: take a photo and add it as a local attachment to the current note.",
             "note": "NOT a divergence: each permission a full sentence in Chinese, a 'Label: what' item in English"},
            {"id": "SN2", "pair": ["zh-Hans", "zh-Hant"], "kind": "wording", "real": False, "where": "throughout",
             "text_a": "默认情况下，笔记内容和附件保存在你的设备本机；你可以在不登录账号的情况下使用核心记录功能。",
             "text_b": "預設情況下，筆記內容與附件保存在你的裝置本機；你可以在不登入帳號的情況下使用核心記錄功能。",
             "note": "NOT a divergence: Taiwan wording, 和/與, 开启/打開, 归档/封存, 生物识别/生物辨識, 面容/臉部, 当前/目前"},
        ],
        "noise": ["更新日期2026-04-06 / Last updated2026-04-06 (label and value run together)",
                  "运营主体智子科技（三河）有限公司 / Operator智子科技（三河）有限公司 (the company in Chinese in every edition)",
                  "← 返回文档索引 / ← Back to document index"],
    },
    "tokenwatch": {
        "about": "macOS token-usage viewer (AI Token Watch); PRIVACY.zh-CN.md and PRIVACY.md of one commit (Markdown), same 6 sections.",
        "kind": "editions",
        "divergences": [
            {"id": "TW1", "pair": ["zh-CN", "en"], "kind": "url", "real": False, "where": "line 3 (language link)",
             "text_a": "[English](https://orrhsiao.github.io/TokenWatch/privacy/)",
             "text_b": "[简体中文](https://orrhsiao.github.io/TokenWatch/privacy/zh-CN/)",
             "note": "NOT a divergence: each edition links to the other one"},
            {"id": "TW2", "pair": ["zh-CN", "en"], "kind": "date", "real": False, "where": "生效日期 / Effective Date",
             "text_a": "生效日期：2026 年 7 月 16 日", "text_b": "Effective Date: July 16, 2026", "note": "NOT a divergence: one date"},
        ],
        "noise": ["provider, coding agent, security-scoped bookmark, UserDefaults kept in English inside zh-CN",
                  "“隐私政策”和“支持”入口 / The Privacy Policy and Support entries"],
    },
    "tokenwatch-timeline": {
        "about": "The zh-CN edition of tokenwatch (PRIVACY.zh-CN.md) at three commits: 2026-07-04 (first), 07-07 (product renamed), 07-16 (file access, storage and contact rewritten).",
        "kind": "timeline",
        "divergences": [
            {"id": "TT1", "pair": ["zh-CN.2026-07-04", "zh-CN.2026-07-07"], "kind": "name", "real": "borderline",
             "where": "title and 5 paragraphs", "text_a": "TokenWatch", "text_b": "AI Token Watch",
             "note": "the product renamed everywhere; no privacy meaning"},
            {"id": "TT2", "pair": ["zh-CN.2026-07-07", "zh-CN.2026-07-16"], "kind": "fact", "real": True, "fact": "date",
             "where": "生效日期", "text_a": "生效日期：2026 年 7 月 4 日", "text_b": "生效日期：2026 年 7 月 16 日", "note": "effective date"},
            {"id": "TT3", "pair": ["zh-CN.2026-07-16", "zh-CN.2026-07-07"], "kind": "clause", "real": True, "where": "本地文件访问",
             "text_a": "AI Token Watch 启动时不会自动显示文件选择器。你可以在设置中分别为 Claude Code、Codex 或 opencode 选择数据文件夹。应用会把每个所选文件夹直接作为对应 provider 的数据根目录，并通过标准 macOS 文件选择器授予的只读权限进行读取。",
             "text_b": "AI Token Watch 只会在你通过 macOS 文件选择器授权后，读取本地 Claude Code、Codex 和 opencode 使用记录。",
             "note": "file access rewritten: a folder per provider chosen in Settings, read-only access; a new sentence (未选择的 provider 不会阻止…)"},
            {"id": "TT4", "pair": ["zh-CN.2026-07-16", "zh-CN.2026-07-07"], "kind": "clause", "real": "borderline", "where": "本地存储",
             "text_a": "并为你选择的每个 provider 文件夹分别保存 security-scoped bookmark。这样应用可以记住设置，并且只恢复你已授予的文件夹访问权限。",
             "text_b": "和 security-scoped bookmark，以便记住设置并恢复你已授权文件夹的访问权限。",
             "note": "one bookmark per provider folder; the same data stored"},
            {"id": "TT5", "pair": ["zh-CN.2026-07-16", "zh-CN.2026-07-07"], "kind": "clause", "real": "borderline", "where": "网络访问",
             "text_a": "“隐私政策”和“支持”入口会使用你的默认浏览器打开公开网页。", "text_b": "“隐私政策”入口会使用你的默认浏览器打开公开的隐私政策页面。",
             "note": "a support entry besides the policy entry opens a web page"},
            {"id": "TT6", "pair": ["zh-CN.2026-07-16", "zh-CN.2026-07-07"], "kind": "fact", "real": True, "fact": "email",
             "where": "联系方式",
             "text_a": "请访问 [AI Token Watch 支持页](https://orrhsiao.github.io/TokenWatch/support/)，或发送邮件至 [orrhsiao@126.com](mailto:orrhsiao@126.com)。通过电子邮件联系支持不需要 GitHub 账号。",
             "text_b": "请使用 App Store 产品页面列出的支持联系方式，或在以下地址提交 issue：https://github.com/OrrHsiao/TokenWatch/issues",
             "note": "contact changed: an e-mail and a support page instead of GitHub issues"},
            {"id": "TT7", "pair": ["zh-CN.2026-07-07", "zh-CN.2026-07-16"], "kind": "url", "real": False, "where": "line 3",
             "text_a": "[English](./PRIVACY.md)", "text_b": "[English](https://orrhsiao.github.io/TokenWatch/privacy/)",
             "note": "NOT a change of meaning: the language link now points at the published page"},
        ],
        "noise": ["2026 年 7 月 4 日 (spaces around numbers)"],
    },
    "neonvj-timeline": {
        "about": "The zh-Hans edition of a music-recognition VJ app's policy (NeoN VJ) at three commits: 2025-08-17, 2025-12-20 (terms of use added, governing law), 2026-02-11 (copyright year only).",
        "kind": "timeline",
        "divergences": [
            {"id": "NV1", "pair": ["zh-Hans.2025-08-17", "zh-Hans.2025-12-20"], "kind": "fact", "real": True, "fact": "date",
             "where": "header 最后更新", "text_a": "最后更新：2025年8月13日", "text_b": "最后更新：2025年12月20日", "note": "last-updated date"},
            {"id": "NV2", "pair": ["zh-Hans.2025-12-20", "zh-Hans.2025-08-17"], "kind": "section", "real": True,
             "where": "使用条款 (h2) with 简介, 使用条件, 知识产权, 免责声明, 条款变更 (h3)",
             "text_a": "本使用条款（以下简称\"条款\"）规定了由NeoN（独立开发者）提供的iOS/iPadOS应用\"NeoN VJ\"…；本应用可用于个人和商业目的（如音乐活动、餐厅等场所的音乐检测和显示等）…",
             "text_b": None, "note": "terms of use added before the policy (5 subsections)"},
            {"id": "NV3", "pair": ["zh-Hans.2025-12-20", "zh-Hans.2025-08-17"], "kind": "section", "real": True, "fact": "law",
             "where": "适用法律", "text_a": "本条款和隐私政策受日本法律管辖并按其解释。", "text_b": None,
             "note": "governing law (Japan) added"},
            {"id": "NV4", "pair": ["zh-Hans.2025-08-17", "zh-Hans.2025-12-20"], "kind": "section", "real": True,
             "where": "隐私政策变更", "text_a": "本隐私政策可能会根据需要进行更新。如有重大变更，我们会在应用内通知您。", "text_b": None,
             "note": "the policy-changes section (an in-app notice of material changes) removed; the new 条款变更 says changes are announced on this page or in the app"},
            {"id": "NV5", "pair": ["zh-Hans.2025-08-17", "zh-Hans.2025-12-20"], "kind": "layout", "real": False,
             "where": "我们收集的信息, 本地数据, Apple ShazamKit (subheadings); 使用 ShazamKit API",
             "text_a": "(three subheadings; spaces around Latin words)", "text_b": "(subheadings dropped; no spaces)",
             "note": "NOT a change: headings dropped over unchanged text, spacing"},
            {"id": "NV6", "pair": ["zh-Hans.2025-08-17", "zh-Hans.2025-12-20"], "kind": "clause", "real": False, "where": "简介 (privacy)",
             "text_a": "NeoN VJ（以下简称\"本应用\"）在设计时将用户隐私作为首要考虑。本隐私政策说明了本应用收集哪些信息以及如何使用这些信息。",
             "text_b": "本隐私政策说明本应用收集哪些信息以及如何使用这些信息。NeoN VJ在设计时将用户隐私作为首要考虑。",
             "note": "NOT a change: the two sentences swapped"},
            {"id": "NV7", "pair": ["zh-Hans.2025-12-20", "zh-Hans.2026-02-11"], "kind": "date", "real": False, "where": "footer",
             "text_a": "© 2025 SMYLE | Produced by NeoN.", "text_b": "© 2026 SMYLE | Produced by NeoN.",
             "note": "NOT a change of the policy: the copyright year"},
        ],
        "noise": ["language switcher with flags, then without (Français → Francais)", "title 隐私政策 → 使用条款与隐私政策",
                  "如果您对本隐私政策有任何疑问 → 如果您对本条款或隐私政策有任何疑问"],
    },
    "timer-lag": {
        "about": "Presentation timer (PPT Timer); the repository at commit 3af4227 (2025-06-03): zh-CN privacy-policy.html just rewritten (six numbered sections), en still its 2025-04-18 version (5 sentences); zh-CN's previous version (2025-04-09) included, so the lag is visible.",
        "kind": "editions",
        "divergences": [
            {"id": "TL1", "pair": ["en.2025-04-18", "zh-CN.2025-06-03"], "kind": "lag", "real": True,
             "where": "whole document", "text_a": "(the 2025-04-18 text)", "text_b": "(the 2025-06-03 rewrite)",
             "note": "en lags: zh-CN was rewritten on 2025-06-03, en followed 33 seconds later in the next commit (666d92f)"},
            {"id": "TL2", "pair": ["zh-CN.2025-06-03", "en.2025-04-18"], "kind": "section", "real": True,
             "where": "6. 全屏应用监测说明",
             "text_a": "为了提供更好的演示体验，本应用会在本地检测当前系统是否进入全屏状态，并自动唤出悬浮倒计时窗口（如检测到用户正在使用 PowerPoint、WPS、Keynote 等演示软件）。",
             "text_b": None, "note": "the full-screen detection section in zh-CN only"},
            {"id": "TL3", "pair": ["zh-CN.2025-06-03", "en.2025-04-18"], "kind": "section", "real": True, "fact": "duration",
             "where": "4. 儿童隐私", "text_a": "本应用未专为13岁以下儿童设计，也不会有意收集任何儿童信息。", "text_b": None,
             "note": "the children's section (under 13) in zh-CN only"},
            {"id": "TL4", "pair": ["zh-CN.2025-06-03", "en.2025-04-18"], "kind": "fact", "real": True, "fact": "date",
             "where": "header", "text_a": "版本发布日期：2025年6月3日", "text_b": None, "note": "a version date in zh-CN only"},
            {"id": "TL5", "pair": ["zh-CN.2025-06-03", "en.2025-04-18"], "kind": "clause", "real": "borderline",
             "where": "3. 第三方服务", "text_a": "本应用不使用任何第三方 SDK、分析服务或云存储。",
             "text_b": "We do not use analytics, ads, or any third-party SDKs.", "note": "cloud storage in zh-CN, ads in en"},
            {"id": "TL6", "pair": ["en.2025-04-18", "zh-CN.2025-06-03"], "kind": "clause", "real": "borderline",
             "where": "(body)", "text_a": "No user accounts, login credentials, or content is transmitted or saved.", "text_b": None,
             "note": "accounts and login named in en only (zh-CN: 不会收集、存储或传输任何用户的个人信息或使用数据)"},
            {"id": "TL7", "pair": ["zh-CN.2025-06-03", "zh-CN.2025-04-09"], "kind": "clause", "real": True,
             "where": "the version step", "text_a": "(six numbered sections: 数据收集, 网络连接, 第三方服务, 儿童隐私, 联系方式, 全屏应用监测说明; a version date)",
             "text_b": "(three sentences)", "note": "the zh-CN step 2025-04-09 → 2025-06-03 (a version change, not an edition divergence)"},
        ],
        "noise": ["title Privacy Policy - Focus Presentation Timer / 隐私政策 | PPT Timer (app named differently)",
                  "e-mail vexzheng@gmail.com in every version"],
    },
    "timer-list": {
        "about": "PPT Timer at commit 666d92f (2025-06-03): zh-CN as in timer-lag, en updated to its six sections, its example list one name short (fixed 3 minutes later).",
        "kind": "editions",
        "divergences": [
            {"id": "TLI1", "pair": ["zh-CN", "en"], "kind": "clause", "real": True, "fact": "party",
             "where": "6. 全屏应用监测说明 / 6. Fullscreen App Monitoring",
             "text_a": "（如检测到用户正在使用 PowerPoint、WPS、Keynote 等演示软件）", "text_b": "(e.g., when using WPS, Keynote, etc.)",
             "note": "PowerPoint named in zh-CN's list only"},
            {"id": "TLI2", "pair": ["zh-CN", "en"], "kind": "name", "real": False, "where": "1. 数据收集",
             "text_a": "本应用《演讲倒计时 - PPT Timer》", "text_b": "The app \"PPT Timer\"", "note": "NOT a divergence: the app's name"},
            {"id": "TLI3", "pair": ["zh-CN", "en"], "kind": "duration", "real": False, "where": "4. 儿童隐私",
             "text_a": "本应用未专为13岁以下儿童设计", "text_b": "This app is not intended for children under the age of 13",
             "note": "NOT a divergence: one age, written 13岁 and 'the age of 13'"},
            {"id": "TLI4", "pair": ["zh-CN", "en"], "kind": "date", "real": False, "where": "header",
             "text_a": "版本发布日期：2025年6月3日", "text_b": "Last updated: June 3, 2025", "note": "NOT a divergence: one date"},
        ],
        "noise": ["2. 网络连接 / 2. Network Usage (faithful paraphrase)"],
    },
    "timer": {
        "about": "PPT Timer at commit d487074 (2025-07-12): zh-CN, zh-Hant (a reworded Taiwan translation) and en, six sections each.",
        "kind": "editions",
        "divergences": [
            {"id": "TM1", "pair": ["zh-CN", "zh-Hant"], "kind": "wording", "real": False, "where": "2. 网络连接; 6. 全屏应用监测说明",
             "text_a": "为了提供更好的演示体验，本应用会在本地检测当前系统是否进入全屏状态，并自动唤出悬浮倒计时窗口（如检测到用户正在使用 PowerPoint、WPS、Keynote 等演示软件）。",
             "text_b": "為提供更佳的簡報體驗，本應用會在本地裝置上偵測系統是否進入全螢幕模式，並於偵測到使用 PowerPoint、WPS、Keynote 等簡報軟體時，自動喚出懸浮倒數計時視窗。",
             "note": "NOT a divergence: the same sentence reworded (the list moved from a parenthesis into the clause)"},
            {"id": "TM2", "pair": ["zh-CN", "zh-Hant"], "kind": "list", "real": False, "where": "6. 全屏应用监测说明 (last line)",
             "text_a": "此过程完全在本地设备上进行，不涉及联网、不收集、不传输任何用户数据或应用使用行为。",
             "text_b": "此過程完全於本機端執行，不涉及任何網路傳輸、資料收集或使用行為紀錄。",
             "note": "NOT a divergence: one list of negations written as verbs, then as nouns"},
            {"id": "TM3", "pair": ["zh-CN", "en"], "also": ["zh-Hant"], "kind": "name", "real": False, "where": "1. 数据收集",
             "text_a": "本应用《演讲倒计时 - PPT Timer》", "text_b": "The app \"Floating Presentation Timer\"",
             "note": "NOT a divergence: the app's localized name (zh-Hant: 《演講倒數計時器 - PPT Timer》)"},
            {"id": "TM4", "pair": ["zh-CN", "en"], "also": ["zh-Hant"], "kind": "duration", "real": False, "where": "4. 儿童隐私",
             "text_a": "本应用未专为13岁以下儿童设计，也不会有意收集任何儿童信息。",
             "text_b": "This app is not intended for children under the age of 13 and does not knowingly collect any information from minors.",
             "note": "NOT a divergence: one age"},
        ],
        "noise": ["隐私政策 / 隱私權政策", "邮箱 / 電子郵件 / Email", "版本发布日期：2025年7月12日 = Last updated: July 12, 2025"],
    },
}
for g, a in A.items():
    out = {"group": g, "annotator": "u25c", "written_before_any_run": True, "editions": SRC[g], **a}
    with open(os.path.join(HERE, "annotations", g + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(A), "groups;", sum(1 for a in A.values() for d in a["divergences"] if d["real"] is True), "real,",
      sum(1 for a in A.values() for d in a["divergences"] if d["real"] == "borderline"), "borderline,",
      sum(1 for a in A.values() for d in a["divergences"] if d["real"] is False), "not real")
