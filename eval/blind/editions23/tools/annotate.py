"""Write annotations/<group>.json for eval/blind/editions23 (t23c), before policylens was run on any group.

The format is eval/dev21c's (r21d). Each group: its editions (one moment of one repository, or for a timeline several
moments of one edition), the real divergences ("real": true: a fact or a clause that one edition or version has and
another lacks or states otherwise), the borderline ones ("real": "borderline": a meaning shift without a fact;
counted neither as a hit nor as a false report), the items that look like a divergence but are not ("real": false: a
sure report of one is false), and the noise classes a reader sees. Editions are named by tag (a timeline's versions
by tag.date); `pair` lists the editions that differ (the first holds `text_a`)."""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {}
for line in open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8"):
    g, ed, mirror, commit, path, blob, size, sha = line.split()
    SRC.setdefault(g, []).append({"edition": ed, "repo": mirror.replace("+", "/", 1), "commit": commit,
                                  "path": path, "blob": blob, "bytes": int(size), "sha256": sha})

A = {
    "calzo": {
        "about": "Number puzzle game (Japanese developer); zh-Hans, zh-Hant (Taiwan conversion) and en of one commit, same 9 sections.",
        "kind": "editions",
        "divergences": [],
        "noise": ["应用/應用程式, 崩溃/當機, 标识符/識別碼, 个性化/個人化, 存档/存檔, 存储/儲存, 更改/變更, 了解/以了解",
                  "最后更新日期：2025年8月 = Last Updated: August 2025", "Google隐私政策 / Google Privacy Policy link text"],
    },
    "ipcam": {
        "about": "macOS IP-camera viewer; zh-Hans (machine translation of en), zh-Hant (conversion with Taiwan wording) and en of one commit.",
        "kind": "editions",
        "divergences": [
            {"id": "I1", "pair": ["zh-Hans", "zh-Hant"], "also": ["en"], "kind": "url", "real": False,
             "where": "*规范在线版本* (last line)",
             "text_a": "https://lorysmay.github.io/Privacy-Policy/privacy_zh-Hans.html",
             "text_b": "https://lorysmay.github.io/Privacy-Policy/privacy_zh-Hant.html",
             "note": "NOT a divergence: each edition links to its own canonical URL (en: privacy_en.html)"},
        ],
        "noise": ["machine-translated headings (接触 for Contact, 概括, 孩子们, 运输安全 for Transport security)",
                  "摄像机/攝影機, 钥匙串/鑰匙圈, 令牌/權杖, 启用/啟用, 检测/偵測, 跟踪/追蹤, 默认/預設, 客户端/用戶端, 流/串流, 端口/連接埠",
                  "date 2026年6月1日 = June 1, 2026", "System Settings→Privacy & Security in English inside zh"],
    },
    "ipcam-timeline": {
        "about": "The zh-Hans edition of ipcam at three commits (2026-05-25, 2026-05-26, 2026-06-02): contact change, then new features.",
        "kind": "timeline",
        "divergences": [
            {"id": "T1", "pair": ["zh-Hans.2026-05-25", "zh-Hans.2026-05-26"], "kind": "fact", "real": True, "fact": "controller",
             "where": "header 开发商", "text_a": "Lorenzo May", "text_b": "LorysMay",
             "note": "developer named by person, then by handle"},
            {"id": "T2", "pair": ["zh-Hans.2026-05-25", "zh-Hans.2026-05-26"], "kind": "fact", "real": True, "fact": "email",
             "where": "header 接触; 报告错误功能; last contact line",
             "text_a": "lorys.lg@hotmail.it", "text_b": "LorysMay@outlook.it", "note": "contact address changed (3 places)"},
            {"id": "T3", "pair": ["zh-Hans.2026-05-25", "zh-Hans.2026-05-26"], "kind": "date", "real": False,
             "where": "header 最后更新", "text_a": "May 25, 2026", "text_b": "2026年5月25日",
             "note": "NOT a change: the same date written in English, then in Chinese"},
            {"id": "T4", "pair": ["zh-Hans.2026-05-26", "zh-Hans.2026-06-02"], "kind": "fact", "real": True, "fact": "date",
             "where": "header 最后更新", "text_a": "2026年5月25日", "text_b": "2026年6月1日", "note": "last-updated date"},
            {"id": "T5", "pair": ["zh-Hans.2026-05-26", "zh-Hans.2026-06-02"], "kind": "clause", "real": True,
             "where": "由应用程序在本地处理的数据: ONVIF 密码",
             "text_a": "密码存储在应用程序的私有 UserDefaults 区域中，并进行 Base64 编码…Base64 不是密码加密",
             "text_b": "密码使用存储在 macOS 钥匙串中的主密钥通过 AES-256-GCM 加密",
             "note": "password storage changed from Base64 to AES-256-GCM encryption (a security fact)"},
            {"id": "T6", "pair": ["zh-Hans.2026-06-02", "zh-Hans.2026-05-26"], "kind": "clause", "real": True, "fact": "party",
             "where": "运动检测和通知; 网络通讯",
             "text_a": "如果你启用 Telegram 移动提醒，App 会将提醒文本…发送到 api.telegram.org 的 Telegram Bot API", "text_b": None,
             "note": "Telegram alerts (a third party, bot token and Chat ID stored locally) added in 2026-06-02"},
            {"id": "T7", "pair": ["zh-Hans.2026-06-02", "zh-Hans.2026-05-26"], "kind": "clause", "real": True, "fact": "permission",
             "where": "该应用程序不做什么; 应用程序请求的权限",
             "text_a": "麦克风：可选，仅在你向兼容摄像头启动双向通话 / talkback 时使用。",
             "text_b": "该应用程序不使用Mac相机、麦克风、位置、联系人、日历、蓝牙或照片库权限。",
             "note": "microphone moves from 'not used' to an optional permission"},
            {"id": "T8", "pair": ["zh-Hans.2026-05-26", "zh-Hans.2026-06-02"], "kind": "layout", "real": False,
             "where": "UserDefaults, pool.ntp.org, Transaction.currentEntitlements, .ipcamvisionprobackup",
             "text_a": "（a <code> run on its own line）", "text_b": "（the same words in one line）",
             "note": "NOT a change: inline code markup removed"},
        ],
        "noise": ["运动检测/移动检测, 您/你 (reworded paragraphs in 2026-06-02)", "规范在线版本 : / *规范在线版本*:"],
    },
    "reminisea": {
        "about": "Memory-training web app; zh-CN (the source), zh-Hant (Taiwan conversion) and en added in one commit, same 13 sections.",
        "kind": "editions",
        "divergences": [
            {"id": "R1", "pair": ["zh-CN", "en"], "also": ["zh-Hant"], "kind": "meaning", "real": "borderline",
             "where": "四、第三方服务 (after the table)",
             "text_a": "第三方均与我们签订有数据处理义务，并遵守各自隐私政策：",
             "text_b": "Third parties operate under their data processing obligations and respective privacy policies:",
             "note": "the Chinese says the third parties signed data-processing obligations with us; the English does not"},
            {"id": "R2", "pair": ["zh-CN", "en"], "also": ["zh-Hant"], "kind": "placeholder", "real": False,
             "where": "一、控制者信息", "text_a": "[开发者姓名待填]", "text_b": "[Developer Name TBD]",
             "note": "NOT a divergence: the same placeholder in every edition"},
        ],
        "noise": ["账号/帳號, 记录/紀錄, 日志/紀錄, 审计/稽核, 存储/保存, 令牌/權杖, 离线/脫機, 异常报告/例外回報, 反馈/回饋, 社区/社群, 运营/營運, 实施/實作",
                  "1. 账号信息 / 2.1 Account Information (numbering)", "language links 简体中文 · English · 繁體中文",
                  "不能保证/無法保證"],
    },
    "fanqie": {
        "about": "Study timer app 番茄鳄 / FocusCroc; zh-CN (privacy_zh.html), zh-Hant (a separate, reworded translation) and en of one commit.",
        "kind": "editions",
        "divergences": [
            {"id": "F1", "pair": ["zh-Hant", "zh-CN"], "also": ["en"], "kind": "meaning", "real": "borderline",
             "where": "11. 联系我们 地址", "text_a": "中國福建省福州市鼓樓區", "text_b": "福建省福州市鼓楼区",
             "note": "zh-Hant and en (…Fujian Province, China) name the country; zh-CN leaves it implied: same address"},
            {"id": "F2", "pair": ["zh-CN", "en"], "also": ["zh-Hant"], "kind": "name", "real": False,
             "where": "title and body", "text_a": "番茄鳄", "text_b": "FocusCroc",
             "note": "NOT a divergence: localized app name"},
        ],
        "noise": ["separate translation: 引言/簡介, 您主动提供的信息/您提供的資訊, 个人资料信息/個人資料, 月度/年度 → 月付/年付, "
                  "收取/扣款, 通信/溝通, 响应法律程序/回應法律程序, 《通用数据保护条例》/《一般資料保護規則》, 加利福尼亚州/加州",
                  "最后更新日期/最後更新, 账户/帳戶, 存储/儲存, 离线/離線, 核心/核心 (tw2sp 内核 artefact)",
                  "date 2025年12月17日 = December 17, 2025", "© 2025 番茄鳄. All rights reserved. / 版權所有。",
                  "language link English Version / 简体中文 | English"],
    },
    "fanqie-timeline": {
        "about": "The zh-CN edition of fanqie on 2025-12-17 (first upload, app named 学点时间) and 2025-12-27 (renamed, region changed).",
        "kind": "timeline",
        "divergences": [
            {"id": "FT1", "pair": ["zh-CN.2025-12-17", "zh-CN.2025-12-27"], "kind": "fact", "real": True, "fact": "location",
             "where": "4.1 数据存储 云端存储", "text_a": "服务器位于 AWS ap-south-1（印度孟买）。",
             "text_b": "服务器位于 AWS ap-southeast-1（新加坡）。", "note": "server region Mumbai → Singapore"},
            {"id": "FT2", "pair": ["zh-CN.2025-12-17", "zh-CN.2025-12-27"], "kind": "fact", "real": True, "fact": "product",
             "where": "title, 1. 引言, 8.3, footer", "text_a": "学点时间", "text_b": "番茄鳄",
             "note": "the app renamed (the policy's product)"},
            {"id": "FT3", "pair": ["zh-CN.2025-12-17", "zh-CN.2025-12-27"], "kind": "date", "real": False,
             "where": "最后更新日期 / 生效日期", "text_a": "2025年12月17日", "text_b": "2025年12月17日",
             "note": "NOT a change: the dates were not updated with the region change"},
        ],
        "noise": [],
    },
    "bazi-timeline": {
        "about": "Chinese astrology app, zh-CN only: a first policy (2026-07-28) and a restructured, longer one the next day (2026-07-29).",
        "kind": "timeline",
        "divergences": [
            {"id": "B1", "pair": ["zh-CN.2026-07-28", "zh-CN.2026-07-29"], "kind": "fact", "real": True, "fact": "date",
             "where": "header, footer", "text_a": "最后更新日期：2026 年 7 月 28 日",
             "text_b": "版本更新日期：2026 年 7 月 29 日 版本生效日期：2026 年 7 月 29 日", "note": "new date, effective date added"},
            {"id": "B2", "pair": ["zh-CN.2026-07-29", "zh-CN.2026-07-28"], "kind": "clause", "real": True, "fact": "permission",
             "where": "一、3. 我们获取的设备权限", "text_a": "使用网络 / 获取网络状态 / 写入存储 (a permission table)", "text_b": None,
             "note": "permissions listed only in the new version"},
            {"id": "B3", "pair": ["zh-CN.2026-07-29", "zh-CN.2026-07-28"], "kind": "clause", "real": True, "fact": "transfer",
             "where": "二、1. 存储方式", "text_a": "我们不会将您的数据传输至境外。", "text_b": None, "note": "no cross-border transfer"},
            {"id": "B4", "pair": ["zh-CN.2026-07-29", "zh-CN.2026-07-28"], "kind": "clause", "real": True, "fact": "retention",
             "where": "二、2. 数据保留期限", "text_a": "您的数据保留在您的设备本地，直至您主动删除。", "text_b": None,
             "note": "retention period section added"},
            {"id": "B5", "pair": ["zh-CN.2026-07-29", "zh-CN.2026-07-28"], "kind": "clause", "real": True,
             "where": "三、共享、转让、公开披露的例外", "text_a": "以下情形中，共享、转让、公开披露您的个人信息无需事先征得您的授权同意：…（6 items）",
             "text_b": None, "note": "statutory exceptions to consent added"},
            {"id": "B6", "pair": ["zh-CN.2026-07-29", "zh-CN.2026-07-28"], "kind": "clause", "real": True, "fact": "minors",
             "where": "五、未成年人的个人信息保护", "text_a": "如果您是 13-18 周岁的未成年人，建议您在父母或其他法定监护人的指导下使用本应用。",
             "text_b": "本应用不面向 13 岁以下儿童。", "note": "guardian guidance for 13-18 and a deletion procedure added"},
            {"id": "B7", "pair": ["zh-CN.2026-07-29", "zh-CN.2026-07-28"], "kind": "fact", "real": True, "fact": "duration",
             "where": "七、如何联系我们", "text_a": "将在核实后于 15 个工作日内 向您答复。", "text_b": None,
             "note": "response time added"},
            {"id": "B8", "pair": ["zh-CN.2026-07-29", "zh-CN.2026-07-28"], "kind": "clause", "real": "borderline",
             "where": "四、导出报告; 六、隐私政策的更新",
             "text_a": "您可以在 App 内将生成的各类命理报告导出为 PDF 文件…；对于重大变更，我们会通过应用内弹窗提示方式通知您。",
             "text_b": "更新后的版本将在本页面发布，并在应用内显示提示。",
             "note": "PDF export and a pop-up notice: restatements more than new practices"},
        ],
        "noise": ["restructured into 七 chapters with a table of contents; 六大原则 sentence; 1. 我们收集哪些信息 reworded (（…） → ：…)"],
    },
    "sportsperf": {
        "about": "Sports-performance app (templated policy); privacy.html (zh-CN), privacy_zh-Hans.html and privacy_en.html at the commit "
                 "that added a Umeng SDK row to zh-Hans only (2026-02-27; en and zh-CN last changed 2025-12-01).",
        "kind": "editions",
        "divergences": [
            {"id": "S1", "pair": ["zh-Hans", "zh-CN"], "also": ["en"], "kind": "fact", "real": True, "fact": "sdk",
             "where": "我们收集的信息 (list)",
             "text_a": "友盟+SDK数据：设备Mac地址、唯一设备识别码（IMEI/android ID/IDFA/OPENUDID/IP地址/GUID、SIM 卡 IMSI 信息），用于提供统计分析服务…",
             "text_b": None, "note": "an SDK row (Umeng+, its identifiers) in zh-Hans only; the English one came in the next commit"},
            {"id": "S2", "pair": ["en", "zh-CN"], "also": ["zh-Hans"], "kind": "clause", "real": True,
             "where": "Bluetooth Permission / 蓝牙权限", "text_a": "We do not scan or connect to other unrelated devices.", "text_b": None,
             "note": "a sentence in en only"},
        ],
        "noise": ["隐私保护指引 / Privacy Policy, 运动功能表现 / Sports Performance (localized name)",
                  "date 2025年11月28日 = November 28, 2025 (in all three)", "录像权限 / Camera Permission"],
    },
    "sportsperf-contact": {
        "about": "The same product on 2025-12-01, at the commit that changed the contact address in privacy.html (zh-CN) only; "
                 "en and zh-Hans followed in the next two commits.",
        "kind": "editions",
        "divergences": [
            {"id": "C1", "pair": ["zh-CN", "zh-Hans"], "also": ["en"], "kind": "fact", "real": True, "fact": "email",
             "where": "联系我们", "text_a": "邮箱：kw@kunweitech.com", "text_b": "邮箱：support@sportsperformance.com",
             "note": "contact address in zh-CN differs from zh-Hans and en"},
            {"id": "C2", "pair": ["en", "zh-CN"], "also": ["zh-Hans"], "kind": "clause", "real": True,
             "where": "Bluetooth Permission / 蓝牙权限", "text_a": "We do not scan or connect to other unrelated devices.", "text_b": None,
             "note": "a sentence in en only (as S2)"},
        ],
        "noise": ["as sportsperf"],
    },
    "subskanri": {
        "about": "Subscription tracker (lawyer-written en policy); zh-Hant translation of one commit, 14 sections; no zh-Hans edition.",
        "kind": "editions",
        "divergences": [],
        "noise": ["最後更新日期：July 1, 2026 (English date in zh-Hant)", "faithful, long legal sentences: 責任主體/Who is responsible, "
                  "資料控管者/data controller, 快取/cached, 推播/push, 遙測/telemetry", "「Netflix」 / “Netflix” quotes"],
    },
}
for g, a in A.items():
    out = {"group": g, "annotator": "t23c", "written_before_any_run": True, "editions": SRC[g], **a}
    with open(os.path.join(HERE, "annotations", g + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(A), "groups;", sum(1 for a in A.values() for d in a["divergences"] if d["real"] is True), "real,",
      sum(1 for a in A.values() for d in a["divergences"] if d["real"] == "borderline"), "borderline,",
      sum(1 for a in A.values() for d in a["divergences"] if d["real"] is False), "not real")
