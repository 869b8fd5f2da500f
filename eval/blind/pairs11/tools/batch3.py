"""Annotations for the two zh-Hans/zh-Hant pairs of one version (same commit), written before any policylens run."""
from ann import C, N, src, write

H = {}
n = "bookmarkops-cross-script"
MCP_S, MCP_T = "MCP 数据流向(仅在你选择使用时)", "MCP 資料流向(只在你選擇使用時)"
H[n] = write(n, {
    "source": src(n, "brianjhang/bookmarkops", "brianjhang+bookmarkops", "MIT (repository LICENSE)", "730f210", "docs/privacy-policy.zh-CN.md", "730f210", "docs/privacy-policy.zh-TW.md", "md"),
    "changed": [
        {"old_title": MCP_S, "new_title": MCP_T, "kind": "modified", "note": "last paragraph loses the sentence 完整威胁模型见 agent README 的 [Security model 段落](…)。 (it moves into the new subsection)"},
        {"old_title": None, "new_title": "我們防什麼、不防什麼(摘要)", "kind": "added", "note": "### subsection only in the zh-TW edition: intro sentence + 已防的攻擊面 (6 items) + 不防的攻擊面 (2 items)"}],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan vocabulary only"} for t in ["一句话", "BookmarkOps 会接触到哪些数据", "各权限的具体用途", "我们不做的事", "你能掌控的事", "联系方式", "政策更新"]],
    "unchanged": [],
    "changes": [
        C(MCP_S, MCP_T, "简单讲:BookmarkOps 通过本机 socket 把数据交给你选的 AI 工具;之后发生什么事是你跟 AI 服务商之间的事。完整威胁模型见 agent README 的 [Security model 段落](https://github.com/brianjhang/bookmarkops/blob/main/src/agent/README.md#security-model)。", "簡單講:BookmarkOps 透過本機 socket 把資料交給你選的 AI 工具;之後發生什麼事是你跟 AI 服務商之間的事。", "removed", note="the threat-model sentence is absent here in zh-TW (it is in the new subsection, reworded 完整威脅模型在…。簡要摘要如下:)"),
        C(None, "我們防什麼、不防什麼(摘要)", "", "### 我們防什麼、不防什麼(摘要)\n完整威脅模型在 agent README 的 [Security model 段落](…)。簡要摘要如下:\n**已防的攻擊面**\n- MCP bridge 只綁 `127.0.0.1`… (6 items)\n**不防的攻擊面**\n- 本機已被入侵的情境… - Token rotation 不是即時撤銷… (2 items)", "added", note="whole subsection: only in the zh-TW edition"),
    ],
    "noise": [
        N(None, None, "[English](./privacy-policy.md) · [繁體中文](./privacy-policy.zh-TW.md) · **简体中文**", "[English](./privacy-policy.md) · **繁體中文** · [简体中文](./privacy-policy.zh-CN.md)", "navigation", note="language switcher: the bold self-link moves"),
        N("BookmarkOps 会接触到哪些数据", "BookmarkOps 會碰到哪些資料", "## BookmarkOps 会接触到哪些数据", "## BookmarkOps 會碰到哪些資料", "translation-paraphrase", note="heading: 接触到 / 碰到 (same meaning); must not be a rename or a removed+added section"),
        N(MCP_S, MCP_T, "## MCP 数据流向(仅在你选择使用时)", "## MCP 資料流向(只在你選擇使用時)", "translation-paraphrase", note="heading: 仅 / 只"),
        N("(many)", "(many)", "存储, 配置, 建立, 执行, 后台, 远端, 核心, 发来, 申请, 开启, 生成, 云服务, 账号, 发送过, 查看, 扩展存储 …", "儲存, 設定, 建立, 執行, 背景, 遠端, 核心, 送來, 請求, 開啟, 產生, 雲端服務, 帳號, 送過, 檢視, 擴充套件儲存空間 …", "regional", note="class: about 16 lines (一句话, 会接触到 list x2, 没有远端…, table rows storage/alarms/bookmarks, 没有申请…, MCP list 1/2/4, 我们不做的事 item 4, 你能掌控的事 items 1-4) differ only by Mainland/Taiwan vocabulary or paraphrase of the same meaning"),
    ],
    "notes": "zh-Hans (docs/privacy-policy.zh-CN.md) vs zh-Hant (docs/privacy-policy.zh-TW.md) at the same commit (v0.1.0, 2026-05-16). Not an OpenCC conversion: a Taiwan-vocabulary rewrite of the same text, except that the zh-TW edition has an extra ### subsection (threat model summary) which in zh-CN is a single sentence with a link. 最后更新 / 最後更新 2026-05-15 in both. Expected: cross-script mode; 2 changes; everything else noise.",
})

n = "velaris-cross-script"
H[n] = write(n, {
    "source": src(n, "linxu-link/Velaris", "linxu-link+Velaris", "none (no licence file)", "d726d34", "docs/privacy-policy.md", "d726d34", "docs/privacy-policy.zh-TW.md", "md"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan vocabulary only"} for t in ["(title/preamble)", "本机媒体", "广告和同意管理", "数据共享", "数据保留和删除", "权限管理", "儿童隐私"]],
    "unchanged": ["开发者信息", "我们处理哪些数据", "政策更新 (after script folding)"],
    "changes": [],
    "noise": [
        N(None, None, "氛围时钟是一款横屏沉浸式场景应用，用于浏览和编辑本机场景、背景、视频、…", "氛圍時鐘是一款橫屏沉浸式場景應用，用於瀏覽和編輯本机场景、背景、影片、…", "script", note="the zh-TW file keeps the simplified characters 本机场景 in this one word (the rest of the line is traditional): a script variant, not a change"),
        N("广告和同意管理", "廣告與同意管理", "### 广告和同意管理", "### 廣告與同意管理", "regional", note="heading 和 / 與; must not be a rename"),
        N("数据保留和删除", "資料保留與刪除", "## 数据保留和删除", "## 資料保留與刪除", "regional", note="heading 和 / 與 (数据 / 資料)"),
        N("(many)", "(many)", "和, 把, 根据, 标识符, 互动, 反欺诈, 展示, 共享, 配置, 预置, 不是, 视频, 数据, 用户, 信息, 访问 …", "與, 將, 依據, 識別碼, 互動, 反詐欺, 顯示, 分享, 設定, 預設, 並非, 影片, 資料, 使用者, 資訊, 存取 …", "regional", note="class: about 12 paragraphs/list items differ by Taiwan vocabulary only (same meaning)"),
    ],
    "notes": "zh-Hans (docs/privacy-policy.md) vs zh-Hant (docs/privacy-policy.zh-TW.md) at the same commit d726d34 (2026-06-27, both with the filled contact e-mail). A Taiwan-vocabulary conversion of the same text: after tw2sp conversion only regional word pairs differ; no difference of meaning. Expected: cross-script mode and zero changes.",
})
print(H)
