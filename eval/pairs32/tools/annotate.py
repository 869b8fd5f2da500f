"""Write pairs/<name>/annotation.json for pairs32 (u32b), by hand from `git diff --word-diff`, before any run.  Format of
eval/pairs26 and pairs30: `changes` the true changes, one per edit place (a paragraph, a list item, a heading); `noise`
what must not be reported (kind `optional`: tolerated either way)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = {
    "sour": ("SourLemonJuice/SourLemonJuice-blog", "no licence file in the repository (kept for evaluation only)"),
    "nyust": ("Hamsterowo/NYUST-APP", "see the repository (kept for evaluation only)"),
    "lexi": ("ChanMo/LexiBridge", "see the repository (kept for evaluation only)"),
    "kong": ("kongying-tavern/docs", "see the repository (kept for evaluation only)"),
}


def c(sec, old, new, kind, note=""):
    d = {"old_title": sec, "new_title": sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def opt(what):
    return {"kind": "optional", "what": what}


def n(what):
    return {"kind": "noise", "what": what}


FM = "front matter (metadata, not policy wording)"
A = {
    "sour-rewrite": (
        [
            c("Google Analytics", "…我们需要这些数据来了解您如何使用我们的网站，从而改进网站的设计和功能。", "…我们会使用这些数据来了解您如何使用我们的网站。这会辅助我们决定未来网站内容的走向以及其他的行为分析。\\ 您的数据受 Google 保护，不会被出售给其他第三方实体", "modified", "purpose reworded; a no-sale promise added"),
            c("Microsoft Clarity", "We partner with Microsoft Clarity and Microsoft Advertising …", "本网站使用 Microsoft Clarity 作为行为分析工具…由于使用率的低下，我们也在考虑是否停用这一工具", "modified", "English paragraph replaced by a Chinese one"),
            c("Microsoft Clarity", None, "详情请参阅：", "added"),
            c("Microsoft Clarity", None, "- [Microsoft Privacy Statement](https://privacy.microsoft.com/privacystatement)", "added"),
        ],
        [opt("「如需了解详情，请参阅：」 → 「详情请参阅：」 (same meaning)"), opt(FM + ": permalink, redirect_from")],
        "File moved from pages/privacy-policy.md to pages/policy/privacy.md and rewritten: 4 changes.",
    ),
    "sour-clarity": (
        [
            c("Microsoft Clarity", "本网站使用 Microsoft Clarity 作为行为分析工具…", "在 2025-02-16 +0800 以前，本网站使用 Microsoft Clarity 收集匿名的用户视角信息，但…此前的数据也已被删除", "modified", "the tool dropped; data deleted"),
            c("Microsoft Clarity", "详情请参阅：", None, "removed"),
            c("Microsoft Clarity", "- [Microsoft Privacy Statement](https://privacy.microsoft.com/privacystatement)", None, "removed"),
        ],
        [],
        "Commit 'remove Microsoft Clarity': 3 changes.",
    ),
    "sour-lang": ([], [n(FM + ": lang zho-Hans → zh-Hans")], "Only the front matter's language tag: no change."),
    "sour-move": ([], [n(FM + ": permalink and redirect swapped")], "Only the front matter (the page's address): no change."),
    "nyust-v1": (
        [
            c("（一）雲科大帳號密碼", "- 帳號密碼僅直接傳送至雲科大官方伺服器（`webapp.yuntech.edu.tw`）進行驗證。", "- 帳號密碼僅直接傳送至雲科大官方伺服器（webapp.yuntech.edu.tw）進行驗證，絕不會傳送至任何第三方。", "modified"),
            c("（一）雲科大帳號密碼", "- 絕不會傳送至任何由開發團隊營運的伺服器。", "- 登入成功後，雲科大核發的登入憑證（Cookie）會以加密方式儲存於裝置的安全儲存區…", "modified", "a list item rewritten under the same place (one replace)"),
            c("（二）學業與個人資料", "通過身分驗證後…**不會被傳送至任何開發團隊控制的伺服器**。", "通過身分驗證後…**這些資料不會被傳送至裝置以外的任何地方。**", "modified", "also re-wrapped"),
            c("（四）問題回報", "若您透過本應用程式內建的「問題回報」功能提交回饋…傳送至開發團隊的後端伺服器…", "本應用程式的「問題回報」功能不會在背景蒐集或上傳任何資料…", "modified"),
            c("三、資料之保護", "除「問題回報」功能您主動提交的內容外…", "您的學業紀錄、個人基本資料、登入憑證與偏好設定皆僅儲存於您的裝置本機…", "modified", "two paragraphs merged into one rewritten"),
            c("三、資料之保護", "本應用程式的後端伺服器僅提供本政策內容、問題回報收集等非敏感的公開輔助功能…", None, "removed", "merged into the paragraph before"),
            c("四、與第三方共用個人資料之政策", "…本應用程式目前未整合 Firebase Analytics、Crashlytics 或其他第三方分析 / 推播服務。", "…正式發行版本（Android）整合了 Google Firebase Analytics（匿名使用統計）與 Crashlytics…", "modified", "Firebase now disclosed"),
            c("六、個人資料權利行使方式", "…若涉及您主動提交的問題回報內容，請透過第九條聯絡管道與我們聯繫。", "…(last sentence removed)", "modified", "also re-wrapped"),
            c("十、聯繫管道", "…請透過本應用程式內建的「問題回報」功能，或至", "…請透過本應用程式內的「回報問題」（電子郵件或 Discord 社群），或至", "modified", "also re-wrapped"),
        ],
        [
            opt("heading 「（四）問題回報/ Bug Report」 → 「（四）問題回報」 (an English gloss dropped)"),
            opt(FM + ": version added, lastUpdated 2026年07月03日 → 07月06日"),
            n("paragraphs only re-wrapped (hard line breaks joined): the intro, 一、適用範圍, （三）, 五、對外連結, 七"),
        ],
        "First published wording vs the draft: 9 changes; five paragraphs are only re-wrapped (must not be reported).",
    ),
    "nyust-move": ([], [], "The file moved to docs/ unchanged (identical blob): no change."),
    "nyust-remember": (
        [
            c("（一）雲科大帳號密碼", "您的學號與密碼僅用於代您向雲科大官方系統（單一入口服務網）進行身分驗證：", "您的學號與密碼僅用於代您向雲科大官方系統進行身分驗證。本應用程式使用兩種官方驗證管道：…", "modified"),
            c("（一）雲科大帳號密碼", "- 密碼僅存在於登入當下的記憶體中，…", "- 密碼預設僅存在於登入當下的記憶體中，驗證後即釋放，…（傳送前並先經雜湊處理）。", "modified"),
            c("（一）雲科大帳號密碼", "- 登入成功後，雲科大核發的登入憑證（Cookie）…", "- 登入成功後，雲科大核發的登入憑證（網頁 Cookie 與行動端點的存取權杖 Bearer token）…", "modified"),
            c("（一）雲科大帳號密碼", None, "- **記住密碼（選用，預設關閉）**：…", "added"),
            c("三、資料之保護", "…密碼從不落地儲存。…", "…您的**密碼明文從不落地儲存**；僅在您主動選擇「記住密碼」時…", "modified"),
        ],
        [opt(FM + ": version and lastUpdated 2026-07-06 → 2026-07-09")],
        "Opt-in remember-password: 5 changes.",
    ),
    "lexi-assets": ([], [n("page chrome: stylesheet and favicon addresses in <head>")], "Only <link> addresses in the head: no change."),
    "lexi-nav": ([], [n("page chrome: a navbar burger button and a <script> added")], "Navigation chrome only: no change."),
    "kong-clarity": (
        [
            c("我们如何处理你的数据", None, "我们的网站通过使用 Microsoft Clarity 和 Google Analytics 或百度统计来改进…即表示您同意我们和微软以及谷歌百度可以收集和使用这些数据。", "added"),
            c("我们如何处理你的数据", None, "如需了解详情，请参阅：", "added"),
            c("我们如何处理你的数据", None, "- [Google 的隐私权和条款](…)", "added"),
            c("我们如何处理你的数据", None, "- [Google 保护您的数据](…)", "added"),
            c("我们如何处理你的数据", None, "- [微软隐私声明](…)", "added"),
            c("我们如何处理你的数据", None, "- [百度推荐隐私政策](…)", "added"),
        ],
        [opt("an English admonition 「::: tip Sorry, this page translation is still in progress (: :::」 added (site chrome)")],
        "Analytics disclosed: a paragraph, a lead line and four links added.",
    ),
    "kong-partner": (
        [
            c("我们如何处理你的数据", "…即表示您同意我们和微软以及谷歌百度可以收集和使用这些数据。", "…即表示您同意我们和合作方可以收集和使用这些数据。", "modified"),
            c("我们如何处理你的数据", "- [百度推荐隐私政策](…)", "- [百度统计隐私政策](…)", "modified"),
        ],
        [],
        "Commit 'fix: typos': 2 changes.",
    ),
    "kong-tip": ([], [n("admonition type ::: tip → ::: info (chrome)")], "No change of wording."),
    "kong-thirdparty": (
        [c("我们如何处理你的数据", "…我们和合作方可以收集和使用这些数据。", "…我们和第三方服务提供商可以收集和使用这些数据。", "modified")],
        [],
        "1 change.",
    ),
    "kong-format": (
        [],
        [n("spaces around Latin words and links; full-width （码云） → half-width (码云) (commit 'format chinese text content')")],
        "Typography only: no change.",
    ),
}

src = {}
for line in open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8"):
    pair, side, commit, blob, size, sha, path = line.split()
    src.setdefault(pair, {})[side] = {"path": path, "commit": commit, "blob": blob, "bytes": int(size), "sha256": sha}
for pair, (changes, noise, notes) in A.items():
    repo, lic = REPOS[pair.split("-")[0]]
    out = {"source": {"repo": repo, "license": lic, **src[pair]}, "changes": changes, "noise": noise, "notes": notes}
    with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
