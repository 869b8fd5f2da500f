"""Annotations for the three zh-Hans/zh-Hant pairs of one version (same commit), written before any policylens run (a9p, pairs13).

Each was read from a word diff of the zh-Hans file against an OpenCC tw2sp conversion of the zh-Hant file
(tools/opencc_conv.py) and from the texts.

Section-error rule for these pairs (fixed before the run, as pairs12): a section flagged renamed or moved whose two
headings differ only by script, regional vocabulary (信息/資訊, 数据/資料, 存储/儲存, 保存/儲存, 联系/聯絡, 反馈/回饋,
隐私政策/隱私權政策, 隐私/隱私權), numbering or a function word is a section error; a flag on headings whose content
words differ (16. 政策变更与联系 / 16. 政策變更與聯絡方式: 方式 added) is not counted either way.
"""
from ann import C, N, src, write

H = {}
PARA = "translation-paraphrase"

# ---------------------------------------------------------------- phesleep-cross-script
n = "phesleep-cross-script"
H[n] = write(n, {
    "source": src(n, "147356/phesleep-support", "147356+phesleep-support", "none (no licence file seen)", "7c0746a", "privacy.html", "7c0746a", "privacy-zh-Hant.html", "html"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan vocabulary only"} for t in [
        "隐私政策", "1. 我不收集任何数据", "2. 本地存储", "3. 第三方服务", "4. 联系与反馈"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, '<html lang="zh-Hans">, <title>隐私政策 - Phesleep</title>, font Microsoft YaHei', '<html lang="zh-Hant">, <title>隱私權政策 - Phesleep</title>, Microsoft JhengHei', "regional", note="head"),
        N(None, None, 'lang-switch (active 简体中文), back link href="index.html"', 'lang-switch (active 繁體中文), back link href="zh-Hant.html"', "navigation"),
        N("隐私政策", "隱私權政策", "<h1>隐私政策</h1>", "<h1>隱私權政策</h1>", "regional", note="page title 隐私政策 / 隱私權政策; must not be a rename"),
        N("(headings)", "(headings)", "1. 我不收集任何数据, 2. 本地存储, 4. 联系与反馈", "1. 我不收集任何資料, 2. 本地儲存, 4. 聯絡與回饋", "regional", note="must not be renames"),
        N("(many)", "(many)", "核心, 账号, 存储, 使用时长, 离线使用, 应用可完全离线运行, 应用分发和内购, 崩溃报告/应用崩溃信息, 邮箱：",
          "核心, 帳號, 儲存, 使用時間, 離線使用, 應用程式可完全離線運作, 應用程式分發和應用程式內購買, 當機報告/應用程式當機資訊, 電子郵件：", "regional",
          note="class: every body line differs only by script and Taiwan vocabulary (内购 / 應用程式內購買 spelled out); same e-mail, same 小红书 handle @星塵Chen, same 最后更新 2026年1月"),
    ],
    "notes": "zh-Hans (privacy.html) vs zh-Hant (privacy-zh-Hant.html) at 7c0746a; the zh-Hant page is a Taiwan-vocabulary conversion of the zh-Hans one. Expected: cross-script mode; zero changes; no renamed section.",
})

# ---------------------------------------------------------------- fingerchase-cross-script
n = "fingerchase-cross-script"
S10 = ("10. 处理目的与法律依据", "10. 處理目的與法律依據")
H[n] = write(n, {
    "source": src(n, "962412311/Fingerchase-Support", "962412311+Fingerchase-Support", "none (no licence file seen)", "ae5ae5a", "privacy.html", "ae5ae5a", "privacy-zh-Hant.html", "html"),
    "changed": [{"old_title": S10[0], "new_title": S10[1], "kind": "modified", "note": "the list of grounds for keeping records after withdrawal is longer in zh-Hant"}],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan vocabulary / paraphrase only"} for t in [
        "指尖逐音隐私政策", "1. 适用范围与提供者", "2. 隐私概要", "3. 保存在设备上的信息", "4. 文件与用户提供的内容", "5. 麦克风处理",
        "6. 订阅、购买与诊断", "7. App 内反馈与邀请服务", "8. 我们不收集的信息", "9. 第三方、外部链接与分享", "11. 保留、删除与备份",
        "12. 你的选择与权利", "13. 安全措施与剩余风险", "14. 儿童隐私", "15. 跨境处理", "16. 政策变更与联系"]],
    "unchanged": [],
    "changes": [
        C(S10[0], S10[1], "撤回不影响撤回前已经完成的合法处理，也不会自动删除为已发奖励、退款、反欺诈或法定义务必须保留的记录。",
          "撤回不影響此前合法處理，也不會自動刪除因已發放獎勵、退款、爭議、防重複、防詐欺、安全或法律義務必須保留的紀錄。", "wording",
          note="zh-Hant lists three more grounds (爭議, 防重複, 安全) for records kept after withdrawal; a difference of meaning between the editions"),
    ],
    "noise": [
        N(None, None, '<html lang="zh-CN">, description/title 隐私政策', '<html lang="zh-Hant">, description/title 隱私權政策', "regional", note="head"),
        N(None, None, "nav: 繁體中文 link, privacy-choices.html 用户隐私选择", "nav: 简体中文 link, privacy-choices-zh-Hant.html 使用者隱私權選擇", "navigation"),
        N("指尖逐音隐私政策", "指尖逐音隱私權政策", "<h1>指尖逐音隐私政策</h1>", "<h1>指尖逐音隱私權政策</h1>", "regional"),
        N("(headings)", "(headings)", "2. 隐私概要, 3. 保存在设备上的信息, 4. 文件与用户提供的内容, 7. App 内反馈与邀请服务, 9. 第三方、外部链接与分享",
          "2. 隱私權概要, 3. 儲存在裝置上的資訊, 4. 檔案與使用者提供的內容, 7. App 內意見回饋與邀請服務, 9. 第三方、外部連結與分享", "regional", note="must not be renames"),
        N("(many)", "(many)", "本机运行, 曲谱, 识别, 反馈, 账户, 银行卡资料, 崩溃报告, 汇总, 访问者, 浏览历史, 本机, 恢复, 通讯录, 广告画像, 请通过…联系我们",
          "裝置端運作, 樂譜, 辨識, 意見回饋, 帳號, 信用卡資料, 當機報告, 彙整, 訪客, 瀏覽紀錄, 裝置端, 復原, 聯絡人, 廣告側寫, 請寄信至", "regional",
          note="class: Taiwan vocabulary throughout (銀行卡/信用卡 counted regional)"),
        N("(several)", "(several)", "分享练习成果或邀请文字时，你选择的目标会依据自身隐私规则接收这些文字 (9); 设备或云备份可能依据 Apple 的规则继续保存副本 (11); 在系统设置中撤回麦克风权限 (12); 依据相应服务地点、隐私声明与法律保障 (15); 作出…决定 (8)",
          "你主動使用系統分享面板時，所選目標會依自身規則接收分享文字; Apple 管理的備份仍可能保留副本; 撤回麥克風權限; 依服務地點、隱私權聲明與適用保障; 作出…自動化決定", PARA,
          note="class: re-translation paraphrase of the same meaning; 自動化決定 (8) is borderline, kept as paraphrase"),
    ],
    "notes": "zh-Hans (privacy.html, lang zh-CN) vs zh-Hant (privacy-zh-Hant.html) at ae5ae5a: a careful Taiwan re-translation, 16 numbered sections in both. The only difference of meaning found: section 10's list of grounds for retained records. Expected: cross-script mode; 1 change; no renamed section (16. 政策变更与联系 / 聯絡方式 not counted either way).",
})

# ---------------------------------------------------------------- auravault-cross-script
n = "auravault-cross-script"
H[n] = write(n, {
    "source": src(n, "xuezhanying/pv_safe_album", "xuezhanying+pv_safe_album", "none (no licence file seen)", "398e0c0", "privacy-zh-Hans.html", "398e0c0", "privacy-zh-Hant.html", "html"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script only (s2t), a few Taiwan words"} for t in [
        "隐私政策", "核心摘要", "1. 数据控制者", "2. 我们处理的信息", "3. 信息用途", "4. 第三方服务商", "5. 数据保留", "6. 您的隐私权利", "7. 联系方式"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, '<html lang="zh-Hans">', '<html lang="zh-Hant">', "markup"),
        N(None, None, 'nav: <a href="./privacy-zh-Hant.html">繁體中文</a>', 'nav: <a href="./privacy-zh-Hans.html">简体中文</a>', "navigation"),
        N("(intro)", "(intro)", "AuraVault（“我们”）运营 AuraVault 移动应用（“本应用”）", "AuraVault（「我們」）運營 AuraVault 行動應用（「本應用」）", "regional", note="quotes “”/「」, 移动/行動"),
        N("(headings)", "(headings)", "1. 数据控制者, 2. 我们处理的信息, 3. 信息用途, 5. 数据保留, 7. 联系方式", "1. 數據控制者, 2. 我們處理的資訊, 3. 資訊用途, 5. 數據保留, 7. 聯繫方式", "regional", note="must not be renames"),
        N("(many)", "(many)", "通讯录, 账户, 界面, 标识符, 二进制", "通訊錄, 帳戶, 介面, 識別碼, 二進位", "regional", note="class: otherwise a plain s2t conversion; same dates, same GitHub user name, same third parties"),
    ],
    "notes": "zh-Hans vs zh-Hant (privacy-zh-Hans.html / privacy-zh-Hant.html) at 398e0c0, a near-literal s2t conversion with a few Taiwan words. Expected: cross-script mode; zero changes; no renamed section.",
})
