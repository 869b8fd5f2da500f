"""Annotations for the four zh-Hans/zh-Hant pairs of one version (same commit), written before any policylens run (z9p).

Each was read from a word diff of the zh-Hans file against an OpenCC conversion of the zh-Hant file
(tw2sp for luckbit, sortinggo and tunery, t2s for costkeeper, which is an s2t conversion) and from the texts.

Section-error rule for these pairs (fixed before the run): a section flagged renamed or moved whose two
headings differ only by script, regional vocabulary (信息/資訊, 数据/資料, 收集/蒐集, 存储/儲存, 共享/分享,
披露/揭露, 联系/聯絡, 隐私政策/隱私權政策), numbering (2. / 1.2) or a function word (的, 本) is a section error;
a flag on headings whose content words differ (六、未成年人保护 / 六、兒童隱私, 1. 麦克风权限 / 1.1 麥克風存取權限)
is not counted either way.
"""
from ann import C, N, src, write

H = {}
PARA = "translation-paraphrase"

# ---------------------------------------------------------------- luckbit-cross-script
n = "luckbit-cross-script"
H[n] = write(n, {
    "source": src(n, "VictorLee2077/luckbit_docs", "VictorLee2077+luckbit_docs", "none (no licence file)", "4563530", "docs/privacy-policy.md", "4563530", "docs/privacy-policy.zh-TW.md", "md"),
    "changed": [{"old_title": "7. 联系我们", "new_title": "7. 聯絡我們", "kind": "modified", "note": "the policy link points to each edition's own page"}],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan vocabulary / paraphrase only"} for t in [
        "Luckbit Wallet 隐私政策", "1. 我们收集哪些信息", "2. 本地数据存储", "3. 与第三方服务的通信", "4. 权限说明（隐私相关）", "5. 数据安全", "6. 数据删除"]],
    "unchanged": [],
    "changes": [
        C("7. 联系我们", "7. 聯絡我們", "隐私政策链接：https://victorlee2077.github.io/luckbit_docs/privacy-policy.html",
          "隱私政策連結：https://victorlee2077.github.io/luckbit_docs/privacy-policy.zh-TW.html", "contact",
          note="a different URL (each edition links to itself); a reviewer comparing editions must see it"),
    ],
    "noise": [
        N("Luckbit Wallet 隐私政策", "Luckbit Wallet 隱私政策", "语言：简体中文 | [English](…) | [繁體中文](privacy-policy.zh-TW.html) | [日本語](…) …", "語言： [简体中文](privacy-policy.html) | [English](…) | 繁體中文 | [日本語](…) …", "navigation", note="language line: the self-link moves"),
        N("7. 联系我们", "7. 聯絡我們", "邮箱：info@luckbit.link", "Email：info@luckbit.link", "translation-paraphrase", note="label 邮箱 / Email, same address"),
        N("(many)", "(many)", "扩展, 本地, 收集, 存储, 出售, 用户, 账号, 核心, 配置, 记录, 完成链上查询与交易广播, 用于, 页面注入, 丢失后无法恢复, 浏览器扩展数据, 提前备份 …",
          "擴充功能, 本機, 蒐集, 保存, 販售, 個人/您, 帳號, 核心, 設定, 紀錄, 查詢鏈上資料與廣播交易, (omitted), 網站注入, 遺失後無法找回, 擴充資料, 先備份 …", "regional",
          note="class: every body line of sections 1-6 and the intro differs only by Taiwan vocabulary or paraphrase of the same meaning (不接觸用户私钥 / 也不接觸您的私鑰, 用于 dropped in the section 4 bullets, DApp 页面 / DApp 網站)"),
        N("(all headings)", "(all headings)", "我们收集哪些信息, 本地数据存储, 与第三方服务的通信, 数据安全, 数据删除, 联系我们", "我們蒐集哪些資訊, 本地資料儲存, 與第三方服務的通訊, 資料安全, 資料刪除, 聯絡我們", "regional", note="headings: regional vocabulary only; must not be renames"),
    ],
    "notes": "zh-Hans (docs/privacy-policy.md) vs zh-Hant (docs/privacy-policy.zh-TW.md) at 4563530 (2026-02-01, both 最后更新 2026-01-31). A Taiwan-vocabulary rewrite, not an OpenCC conversion. 1 change (self URL). Expected: cross-script mode; 1 change; everything else noise.",
})

# ---------------------------------------------------------------- sortinggo-cross-script
n = "sortinggo-cross-script"
H[n] = write(n, {
    "source": src(n, "thousanwang/sortinggo-site", "thousanwang+sortinggo-site", "none (no licence file seen)", "a629106", "privacy_cn.html", "a629106", "privacy_tw.html", "html"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + regional vocabulary only"} for t in [
        "隐私政策", "前言", "一、数据收集", "二、本机数据存储", "三、Google Play 订阅", "四、权限使用说明", "五、数据分享", "六、用户数据删除", "七、联系方式", "八、政策修改"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, '<html lang="zh-Hans">, <meta name="description" … 隐私政策>, <title>隐私政策 — 分拣高手 SortingGo</title>', '<html lang="zh-Hant">, … 隱私權政策, <title>隱私權政策 — 分揀高手 SortingGo</title>', "regional", note="head: lang, description, title (隐私政策 / 隱私權政策)"),
        N(None, None, "index_cn.html, privacy_cn.html … (nav), lang-switch with 繁體中文 link first", "index_tw.html, privacy_tw.html … (nav), lang-switch with 简体中文 link second", "navigation"),
        N("隐私政策", "隱私權政策", "<h1>隐私政策</h1>", "<h1>隱私權政策</h1>", "regional", note="page title: 隐私政策 / 隱私權政策"),
        N("(headings)", "(headings)", "一、数据收集, 二、本机数据存储, 五、数据分享, 六、用户数据删除, 七、联系方式", "一、資料蒐集, 二、本機資料儲存, 五、資料分享, 六、使用者資料刪除, 七、聯絡方式", "regional", note="must not be renames"),
        N("(many)", "(many)", "收集, 储存, 邮箱, 存取, 账户, 账号, 运行, 启用, 播报, 后台, 整合, 隐私政策 …", "蒐集, 儲存, 郵件, 存取, 帳戶, 帳號, 運作, 啟用, 播報, 背景, 整合, 隱私權政策 …", "regional", note="class: the body lines differ only by script and Taiwan vocabulary; no sentence, number, e-mail or party differs (Email: sortinggo@gmail.com in both, 最后更新日期 2026-06-14 in both)"),
    ],
    "notes": "zh-Hans (privacy_cn.html) vs zh-Hant (privacy_tw.html) at a629106; the zh-Hans page reads as a conversion of the zh-Hant one. Expected: cross-script mode; zero changes; no renamed section.",
})

# ---------------------------------------------------------------- costkeeper-cross-script
n = "costkeeper-cross-script"
H[n] = write(n, {
    "source": src(n, "ssyu895/privacy-and-support", "ssyu895+privacy-and-support", "none (no licence file seen)", "e08572a", "privacy-policy-zh-CN.html", "e08572a", "privacy-policy-zh-TW.html", "html"),
    "changed": [
        {"old_title": "隐私政策", "new_title": "隱私政策", "kind": "modified", "note": "app-name line"},
        {"old_title": "引言", "new_title": "引言", "kind": "modified"},
        {"old_title": "九、联系我们", "new_title": "九、聯繫我們", "kind": "modified"},
    ],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + 信息/資訊 only"} for t in [
        "一、我们收集的信息", "二、我们如何使用信息", "三、信息共享与转让", "四、数据存储与保护", "五、您管理数据的权利", "六、权限使用说明", "七、未成年人保护", "八、隐私政策的变更"]],
    "unchanged": [],
    "changes": [
        C(None, None, "<title>隐私政策 - 析物记账</title>", "<title>隱私政策 - CostKeeper</title>", "rename", note="<title> in <head>: product name differs between editions"),
        C("隐私政策", "隱私政策", '<p class="app-name">析物记账</p>', '<p class="app-name">CostKeeper</p>', "rename"),
        C("引言", "引言", '欢迎您使用析物记账（以下简称"本产品"）。…', "歡迎您使用 CostKeeper（以下簡稱「本產品」）。…", "rename"),
        C("九、联系我们", "九、聯繫我們", "应用名称：析物记账", "應用名稱：CostKeeper", "rename"),
    ],
    "noise": [
        N(None, None, "(<style> one property a line)", "(<style> minified, one rule a line; PingFang TC / Microsoft JhengHei fonts)", "markup"),
        N(None, None, '<html lang="zh-CN">, blank lines in 四, style="margin-top: 12px;"', '<html lang="zh-Hant">, no blank lines, style="margin-top:12px"', "markup"),
        N("(many)", "(many)", "信息, 联系方式, 服务器, \"本产品\"", "資訊, 聯絡方式, 伺服器, 「本產品」", "regional", note="class: s2t conversion with 信息/資訊, 联系/聯絡, 服务器/伺服器 and quote style; 数据/數據, 存储/存儲, 设备/設備 kept"),
    ],
    "notes": "zh-Hans vs zh-Hant HTML at e08572a. The zh-Hant page is an OpenCC-style conversion (Mainland vocabulary kept) but names the product CostKeeper where the zh-Hans page says 析物记账 (the same commit renamed it in zh-CN only). 4 changes; the rest noise.",
})

# ---------------------------------------------------------------- tunery-cross-script
n = "tunery-cross-script"
H[n] = write(n, {
    "source": src(n, "ssyu895/privacy-and-support", "ssyu895+privacy-and-support", "none (no licence file seen)", "96c6e92", "Tunery/privacy-zh.html", "96c6e92", "Tunery/privacy-zh-Hant.html", "html"),
    "changed": [
        {"old_title": "隐私政策", "new_title": "隱私權政策", "kind": "modified", "note": "intro paragraph: product name"},
        {"old_title": "六、未成年人保护", "new_title": "六、兒童隱私", "kind": "modified", "note": "minors paragraph: reading the policy with a guardian is in zh-Hans only"},
    ],
    "noise_only": [{"old_title": t, "new_title": None, "note": "re-translation (paraphrase) + script only"} for t in [
        "一、信息收集与使用", "1. 麦克风权限", "2. 设备信息", "3. 用户设置", "二、信息共享与披露", "三、信息安全", "四、数据存储", "五、第三方服务", "七、隐私政策的变更", "八、联系我们"]],
    "unchanged": [],
    "changes": [
        C(None, None, "<title>隐私政策 - 准音吉他调音器</title>", "<title>隱私權政策 - Tunery</title>", "rename", note="<title> in <head>: product name differs"),
        C("隐私政策", "隱私權政策", '欢迎您使用准音吉他调音器（以下简称"本应用"）。我们深知个人隐私的重要性，特此制定本隐私政策，…', "感謝您使用 Tunery（以下簡稱「本應用程式」）。我們重視您的隱私，並制定本隱私權政策，…", "rename",
          note="product name 准音吉他调音器 / Tunery; the rest of the sentence is paraphrase"),
        C("六、未成年人保护", "六、兒童隱私", "若您是未满18周岁的未成年人，请在监护人的陪同下阅读本隐私政策，并在征得监护人同意后使用本应用。", "若您未滿18歲，請在監護人或家長的陪同與同意下使用本應用程式。", "wording",
          note="zh-Hant has no duty to read the policy with the guardian (and adds 或家長)"),
    ],
    "noise": [
        N("(sub-items)", "(sub-items)", "<h3>1. 麦克风权限</h3>, <h3>2. 设备信息</h3>, <h3>3. 用户设置</h3>", "<h3>1.1 麥克風存取權限</h3>, <h3>1.2 裝置資訊</h3>, <h3>1.3 使用者設定</h3>", "renumber", note="1./2./3. vs 1.1/1.2/1.3 (+ 存取 in the first); must not be renames (see the rule above; 1.1 not counted)"),
        N("(headings)", "(headings)", "一、信息收集与使用, 二、信息共享与披露, 四、数据存储, 七、隐私政策的变更", "一、資訊的收集與使用, 二、資訊分享與揭露, 四、資料儲存, 七、本隱私權政策的變更", "regional"),
        N("六、未成年人保护", "六、兒童隱私", "<h2>六、未成年人保护</h2>", "<h2>六、兒童隱私</h2>", PARA, note="heading paraphrase with different content words: a rename flag is not counted either way"),
        N("(many)", "(many)", "深知个人隐私的重要性, 以便进行吉他调音, 实时采集, 为了保障应用的正常运行, 问题诊断和产品改进, 标准音高, 不会出售或出租, 法律法规要求, 本应用用户及公众权益, 泄露, 不对…负责, 适时…修订, 在收到您的来信后尽快回复您 …",
          "重視您的隱私, 以執行吉他調音功能, 即時擷取, 為確保本應用程式正常運作, 問題排除與產品改善, 參考音高, 我們不會出售或租賃, 法律要求, 使用者及公眾之權利與安全, 揭露, 不負任何責任, 不定期更新, 儘快回覆您的詢問 …", PARA,
          note="class: nearly every body line is a re-translation of the same meaning (borderline kept as noise: 权益 / 權利與安全, 法律法规 / 法律, 标准音高 / 參考音高)"),
        N(None, None, "更新日期：2026年5月1日", "最後更新日期：2026年5月1日", PARA, note="same date"),
        N(None, None, "<strong>…本地完成，我们不会…</strong>, 四: <strong>不将任何个人数据传输至远程服务器</strong>", "sentence split and <strong> boundaries moved", "markup"),
        N(None, None, '<html lang="zh-CN">, font-family, blank lines and one CSS line in <style>', '<html lang="zh-Hant">, other fonts, no blank lines', "markup"),
        N("八、联系我们", "八、聯絡我們", "技术支持邮箱：ssyu8950210@163.com", "技術支援電子郵件： ssyu8950210@163.com", "regional", note="same e-mail"),
    ],
    "notes": "zh-Hans vs zh-Hant HTML (<h2> sections, <h3> sub-items) at 96c6e92, same date (2026年5月1日). The zh-Hant page is a re-translation (probably from English), not a conversion: nearly every line is paraphrased. 3 changes of meaning (product name x2, minors sentence); the rest noise. Hard pair for noise.",
})

print(H)
