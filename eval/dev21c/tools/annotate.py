"""Write annotations/<group>.json for eval/dev21c (r21d), before policylens was run on any group.

Each group: its editions (one moment of one repository), the real divergences between editions ("real": true: a fact
or a clause that one edition has and another lacks or states otherwise), the borderline ones ("real": "borderline":
a meaning shift without a fact, or an artefact of the file; neither counted as a hit nor as a false report), and
the noise classes a reader sees between the editions (variants, paraphrase, navigation). Editions are named by tag;
`pair` lists the editions that differ (the first holds `text_a`)."""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {}
for line in open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8"):
    g, ed, mirror, commit, path, blob, size, sha = line.split()
    SRC.setdefault(g, []).append({"edition": ed, "repo": mirror.replace("+", "/", 1), "commit": commit,
                                  "path": path, "blob": blob, "bytes": int(size), "sha256": sha})

A = {
    "ishgo": {
        "about": "Browser-extension site, a Google-policy clone; zh-TW is an OpenCC-style conversion of zh-CN.",
        "divergences": [],
        "noise": ["script and Taiwan wording (資料/资料 for 个人资料, 應用程式, 查詢, 互動, 執行, 存檔 …)",
                  "a space before ishgo dropped in zh-TW", "footer language <select>"],
    },
    "doumo": {
        "about": "Expense-tracker app; zh-Hant (privacy.html) is the source, zh-Hans a near-literal conversion, en a faithful translation.",
        "divergences": [],
        "noise": ["帳/账, 儲存/保存, 啟用/激活, 當機/崩溃, 整合/集成, 取得/获取, 推播/推送, 遺失/丢失",
                  "app name 朵茉記帳 / 朵茉记账 / Doumo (localized name, same product)"],
    },
    "mycirql": {
        "about": "Contacts app (Japanese source privacy.html); zh-Hans, zh-Hant (Taiwan wording) and en translations of one date.",
        "divergences": [
            {"id": "M1", "pair": ["zh-Hans", "en"], "also": ["zh-Hant"], "kind": "clause", "real": "borderline",
             "where": "2. 信息的保存位置 / 2. Where Information Is Stored",
             "text_a": "iCloud 是由 Apple 提供并运营的服务。", "text_b": None,
             "note": "an explanatory sentence in both Chinese editions only; no fact the English lacks (Apple, iCloud named there)"},
        ],
        "noise": ["本应用/本應用程式, 登记/登錄, 邮政编码/郵遞區號, 店铺/店家, 通讯录/通信錄, 相册/圖庫, 启用/啟用",
                  "6. 向第三方提供 reordered; 不投放广告/不刊登廣告", "language links 日本語 · English"],
    },
    "rectoly": {
        "about": "iPad PDF reader; en source, zh-Hans and zh-Hant (Taiwan wording) of one commit.",
        "divergences": [],
        "noise": ["批注/註解, 令牌/權杖, 高亮/螢光標示, 崩溃/當機, 默认/預設, 屏幕/畫面, 应用/App, 账户/帳戶",
                  "language picker (20 names)", "隐私政策/隱私權政策 title"],
    },
    "pilldaddy": {
        "about": "Medication reminder; en source (privacy.html), zh-Hans and zh-Hant translated separately (zh-Hant re-phrases most sentences).",
        "divergences": [
            {"id": "P1", "pair": ["zh-Hans", "zh-Hant"], "also": ["en"], "kind": "meaning", "real": "borderline",
             "where": "5. 数据共享与披露",
             "text_a": "我们不会出售您的个人医疗信息。但在以下情况下，我们可能会共享非敏感数据：",
             "text_b": "我們不會販售您的個人健康資訊。但在下列情況下，我們可能會共享資料：",
             "note": "zh-Hans restricts sharing to non-sensitive data; zh-Hant and en (we may share data) do not"},
            {"id": "P2", "pair": ["zh-Hans", "zh-Hant"], "also": ["en"], "kind": "meaning", "real": "borderline",
             "where": "12. 摘要 list",
             "text_a": "可使用云同步（需要登录）", "text_b": "可使用雲端同步（需要登入，預設關閉）",
             "note": "zh-Hans drops 'disabled by default' (en: requires login, disabled by default)"},
        ],
        "noise": ["separate translation: 最近更新/最後更新, 应用/應用程式, 会话/工作階段, 崩溃/閃退, 导航/導覽, 通知/更新, "
                  "运行数据/使用數據, 订阅数据/訂閱/購買資料, 删除账户后/申請刪除帳戶後 (same 30 days)",
                  "reordered clauses (为了改进应用程序…，我们会收集)"],
    },
    "waterdrink": {
        "about": "Water-tracking app, three editions added in one commit; zh-Hant and en condensed from zh-Hans.",
        "divergences": [
            {"id": "W1", "pair": ["zh-Hans", "zh-Hant"], "also": ["en"], "kind": "fact", "real": True,
             "fact": "controller",
             "where": "header: 运营主体 / 營運主體 / Operator",
             "text_a": "运营主体：王亚博（以下简称“我们”）", "text_b": "營運主體：[營運主體]（以下簡稱「我們」）",
             "note": "zh-Hans names the operator; zh-Hant and en (Operator: [Legal Entity]) keep a template placeholder"},
            {"id": "W2", "pair": ["zh-Hans", "zh-Hant"], "also": ["en"], "kind": "clause", "real": True,
             "where": "6. 未成年人 / 6. Children",
             "text_a": "若你是未成年人，请在监护人指导下使用。", "text_b": None,
             "note": "a sentence in zh-Hans only (guardian guidance for minors)"},
            {"id": "W3", "pair": ["zh-Hant", "en"], "also": ["zh-Hans"], "kind": "clause", "real": "borderline",
             "where": "10. 免責聲明 / 10. Medical Disclaimer",
             "text_a": "亦不取代專業診療意見。", "text_b": None,
             "note": "en has only 'does not provide medical advice'"},
            {"id": "W4", "pair": ["zh-Hans", "zh-Hant"], "also": ["en"], "kind": "number", "real": False,
             "where": "4. 数据存储与安全",
             "text_a": "但任何系统都无法保证 100% 绝对安全。", "text_b": "但無法保證絕對安全。",
             "note": "NOT a divergence: a rhetorical 100% (en: no method is 100% secure) dropped in zh-Hant; a sure report is false"},
        ],
        "noise": ["condensed translation: 收集的信息/處理的資訊, 用于展示/以顯示, 我们仅将相关信息用于/僅用於, "
                  "姓名、手机号、身份证号等 dropped before 直接身分識別資料 (en: such as government IDs), "
                  "Apple StoreKit（支付与订阅）/ Apple StoreKit, 除实现上述功能所必需外/We do not sell",
                  "组件/小工具, 屏幕/畫面, 推送/推播, 记录/紀錄, 邮箱/信箱", "language links (other languages)"],
    },
    "jasperseed": {
        "about": "VR game; en page (privacy.html, March 2026, its file ends inside a Cloudflare e-mail link) and a "
                 "bilingual zh-CN page (privacy-cn.html, Chinese with English under each paragraph) written a week later with more content.",
        "divergences": [
            {"id": "J1", "pair": ["zh-CN", "en"], "kind": "fact", "real": True, "fact": "duration",
             "where": "7. 投诉与反馈", "text_a": "我们将在15个工作日内回复您的请求。", "text_b": None,
             "note": "response time in zh-CN only"},
            {"id": "J2", "pair": ["zh-CN", "en"], "kind": "fact", "real": True, "fact": "party",
             "where": "第三方平台 / Third-Party Services",
             "text_a": "Game Dev Simulator 可通过 PICO 商店和 Meta Horizon 商店分发。",
             "text_b": "Game Dev Simulator is distributed through the Meta Horizon Store.",
             "note": "PICO Store only in zh-CN"},
            {"id": "J3", "pair": ["zh-CN", "en"], "kind": "fact", "real": True, "fact": "controller",
             "where": "概述 / Overview", "text_a": "本隐私政策由 Jasper Seed（Nathan Barnes）…制定",
             "text_b": "developed by Jasper Seed", "note": "the person behind Jasper Seed named in zh-CN only"},
            {"id": "J4", "pair": ["zh-CN", "en"], "kind": "fact", "real": True, "fact": "email",
             "where": "7. 投诉与反馈 / Contact", "text_a": "jasper@jasperseed.com", "text_b": None,
             "note": "en's contact line has no address (the file ends inside the Cloudflare-protected link)"},
            {"id": "J5", "pair": ["en", "zh-CN"], "kind": "fact", "real": True, "fact": "duration",
             "where": "Children's Privacy / 8. 其他",
             "text_a": "This app is rated for teens aged 13 and above.", "text_b": "本服务不专门面向未成年人。",
             "note": "age 13 in en only"},
            {"id": "J6", "pair": ["zh-CN", "en"], "kind": "clause", "real": True,
             "where": "2. 权限情况; 4. 共享和公开披露个人信息",
             "text_a": "本服务不请求任何敏感设备权限（如摄像头、麦克风、位置信息等）…OpenXR…；本服务不包含任何第三方 SDK、分析工具或广告",
             "text_b": None, "note": "permissions and no-SDK statements only in zh-CN (sections with no en counterpart)"},
        ],
        "noise": ["last updated: March 2026 = 2026年3月", "the zh-CN page's English lines (bilingual page)",
                  "'English Version' link"],
    },
    "andyxcg": {
        "about": "Local-only app; zh-CN and en of one day, same four sections.",
        "divergences": [],
        "noise": ["date: 2026‑08‑18 (U+2011 hyphens) = August 18, 2026", "language links 👉 查看中文版本 / View English Version"],
    },
    "noiserec": {
        "about": "Sound-level meter; en and zh-Hans of one commit (zh-Hans just renamed the app in its text).",
        "divergences": [],
        "noise": ["app name 噪音分贝仪 in the zh-Hans text vs Noise Recorder (localized name; the zh-Hans <title> keeps Noise Recorder)"],
    },
}
for g, a in A.items():
    out = {"group": g, "annotator": "r21d", "written_before_any_run": True, "editions": SRC[g], **a}
    with open(os.path.join(HERE, "annotations", g + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(A), "groups;", sum(1 for a in A.values() for d in a["divergences"] if d["real"] is True), "real,",
      sum(1 for a in A.values() for d in a["divergences"] if d["real"] == "borderline"), "borderline")
