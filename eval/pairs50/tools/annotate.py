"""Write pairs/<name>/annotation.json for pairs50 (m50x), by hand from `git diff`, `git diff -w` and a tag-stripped text
diff of each pair, before any run of policylens.  Format of eval/pairs49c: `changes` the true changes, one per edit
place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or is tolerated either way
(kind `optional`).  Texts are excerpts, enough to find the place.  Git sides are checked against their snapshots here
(`git rev-parse COMMIT:PATH` = the saved file's blob); index sides (read_file by commit) by their length against the
index's total_chars.  Two pairs are **cross-script** (a Simplified and a Traditional edition of one policy, same commit:
besthistory-xs, nightjar-xs), where the old side is the zh-Hans edition and the new side the zh-Hant one."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
LIC = {}
MIR = "/work/.mirror"
QT, DS, BH, MW = "TheBlindM/QuotaTide", "dsers/dsers-mcp-server", "renboxue/BestHistory", "MarnoDev/MaskWallpaperDocs"
TS, NJ = "yeshan333/tingsub", "azun-k2/nightjar"
TW, TWP = "GitMorRic/towrite-open-questions", "PRIVACY.zh-CN.md"
ZP = "docs/zh-CN/privacy.md"
# pair: ((repo, commit, path) old, (repo, commit, path) new); index sides: (repo, commit, path, index id, total_chars)
SRC = {
    "quotatide-reset": ((QT, "ef2efed", ZP), (QT, "ec8da4f", ZP)),
    "dsers-rewrite": ((DS, "baa91c8", ZP), (DS, "69b5bd5", ZP)),
    "dsers-woo": ((DS, "69b5bd5", ZP), (DS, "9491eeb", ZP)),
    "besthistory-xs": ((BH, "daa7ded", "PRIVACY.md"), (BH, "daa7ded", "docs/zh-TW/PRIVACY.md")),
    "maskwp-format": ((MW, "cfa649d", "docs/privacy.md"), (MW, "718e42b", "docs/privacy.md")),
    "towrite-ai": ((TW, "64e8bbd", TWP), (TW, "6d55f80", TWP)),
    "towrite-hub": ((TW, "6d55f80", TWP), (TW, "a800046", TWP)),
    "besthistory-site": (
        (BH, "2bd3dfcde512985b633e941d8153c37286abd6f6", ZP, "57786466891", 1915),
        (BH, "0cac86e8ee26a8b3f2e4ded484b08ca7afd9ea6e", ZP, "57825525218", 2033),
    ),
    "tingsub-desktop": (
        (TS, "588f87de4e8ec0059fe3ddf44b6a00d6b9078dc8", ZP, "71486096554", 1123),
        (TS, "e3891a07c300cc02fbab92af71af7bd0f46e3616", ZP, "71050723904", 1493),
    ),
    "nightjar-xs": (
        (NJ, "3b841c3e5e2c8cfa4fefe148755848ce8e2afb0f", "zh-hans/privacy.html", "70082049900", 10190),
        (NJ, "3b841c3e5e2c8cfa4fefe148755848ce8e2afb0f", "zh-hant/privacy.html", "70123566751", 10198),
    ),
}


def c(sec, old, new, kind, note="", new_sec=None):
    d = {"old_title": sec, "new_title": new_sec or sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


PRE, NONE = "(preamble)", "(none)"
LIC[QT] = "MIT (LICENSE in the repository)"
LIC[DS] = "Apache-2.0 (LICENSE in the repository)"
LIC[TW] = "MIT (LICENSE in the repository)"
TWNOTE = (
    "An Obsidian plug-in's privacy note (ToWrite Open Questions, PRIVACY.zh-CN.md): `#` title, a language switch, a "
    "date line, unnumbered `##` sections with lists, ```text fences and (later) a `###` over a table."
)
QTNOTE = (
    "A Codex quota monitor's privacy note (QuotaTide, docs/zh-CN/privacy.md): a `#` title over four paragraphs "
    "hard-wrapped at about 40 characters, no section headings."
)
DSNOTE = (
    "A dropshipping MCP server's privacy and security note (DSers Official MCP Server, docs/zh-CN/privacy.md): `#` "
    "title, unnumbered `##` sections, lists, a fenced URL."
)
BHNOTE = "A browser-history extension's privacy notice (BestHistory)."
MWNOTE = (
    "A wallpaper app's privacy agreement on its VitePress docs site (Mark Wallpaper / 蒙版壁纸, docs/privacy.md): "
    "front matter, `#` title, version and date lines, `##` 前言 and 一、…四、, `###` 1./2."
)
TSNOTE = "A local live-subtitle tool's privacy and permissions note (TingSub, docs/zh-CN/privacy.md): three or four `##`."
NJNOTE = (
    "A macOS keep-awake utility's privacy policy (Nightjar): a static HTML page per language (hero with `<h1>` and a "
    "dated tagline, nav links, a 34-language `<details>` switcher, seven `<section class=card>` with `<h2>`, a footer)."
)
XS = "cross-script: the old side is the Simplified (zh-Hans) edition, the new side the Traditional (zh-Hant) one"

A = {
    "quotatide-reset": (
        [
            c(
                PRE,
                "重置预测会访问 `https://codex-resets.com/`；更新检查会访问配置的 GitHub",
                "重置动态会访问 `https://www.codexrunway.com/api/status.json`；更新检查会访问配置的 GitHub",
                "modified",
                "the reset-forecast service and its URL (a third-party endpoint the app contacts), line 9 of a "
                "hard-wrapped paragraph (the wrap is the source's, unchanged around it)",
            ),
        ],
        [],
        QTNOTE + " Consecutive revisions (ef2efed → ec8da4f): one third-party endpoint replaced.",
    ),
    "dsers-rewrite": (
        [
            c(
                PRE,
                "",
                "托管隐私政策 URL： ```text https://mcp.dsers.com/privacy-policy ```",
                "added",
                "a hosted-policy URL (lead-in and a fenced URL) added to the preamble",
            ),
            c(
                "数据访问范围",
                "根据用户授权和 DSers 账号权限，MCP server 可能访问 DSers 工作流数据，例如： - 已连接店铺信息 … - 如果用户账号权限允许，也可能访问订单相关 dropshipping 工作流数据",
                "根据用户授权和 DSers 账号权限，MCP server 可能处理： - OAuth 授权数据：… - DSers 账号和店铺数据：… - 商品和供应商数据：… - 运行 metadata：…",
                "modified",
                "the data section renamed 数据访问范围 → 托管服务处理的数据; its lead-in reworded and its eight-item list "
                "replaced by four labelled items (OAuth tokens, store data, product data, run metadata)",
                new_sec="托管服务处理的数据",
            ),
            c(
                "数据访问范围",
                "",
                "MCP 工具输入不应要求用户提供 DSers 密码、MFA code、API key、浏览器 cookie、银行卡数据、政府证件号或健康信息。",
                "added",
                "a paragraph added after the list",
                new_sec="托管服务处理的数据",
            ),
            c(
                "用户授权",
                "MCP 客户端不应要求用户粘贴 DSers 后台 API key、店铺 token、浏览器 cookie 或密码。",
                "MCP 客户端不应要求用户粘贴 DSers 后台 API key、店铺 token、浏览器 cookie 或密码。授权失败时，应重新连接 MCP server 或重新走 OAuth 登录流程。",
                "modified",
                "a sentence appended",
            ),
            c(
                NONE,
                "",
                "## 存储与保留 托管服务对用户工作流数据采用无状态设计。… - Authorization code 10 分钟过期。… - 可选聚合统计中，daily analytics key 90 天过期…",
                "added",
                "a new section (storage and retention periods) inserted after 用户授权, before 安全规则",
                new_sec="存储与保留",
            ),
            c(
                NONE,
                "",
                "## 第三方服务 托管服务会与以下服务通信： - DSers OAuth 和 API 服务… - Upstash Redis… 本服务不出售个人数据，也不使用广告网络。",
                "added",
                "a new section (third parties, no sale of data) inserted before 安全规则",
                new_sec="第三方服务",
            ),
            c(
                "数据处理",
                "用户数据根据 DSers 隐私和安全政策处理。",
                "",
                "removed",
                "the last section renamed 数据处理 → 联系方式 and its first sentence removed (the contact lines below stay)",
                new_sec="联系方式",
            ),
        ],
        [
            n("the preamble's two paragraphs joined into one (old 3 and 5 → new 3, same words)"),
            n("安全规则 (its lead-in and five items) unchanged, now after the two inserted sections"),
        ],
        DSNOTE + " Consecutive revisions (baa91c8 'first commit' → 69b5bd5): a rewrite with **two sections renamed and "
        "two new sections inserted before an unchanged one** (no numbering).",
    ),
    "dsers-woo": (
        [
            c(
                "第三方服务",
                "- 已连接店铺平台，例如 Shopify、Wix 或 WooCommerce；",
                "- 已连接店铺平台，例如 Shopify 或 Wix；",
                "modified",
                "WooCommerce dropped from the connected store platforms (a list item)",
            ),
        ],
        [],
        DSNOTE + " Consecutive revisions (69b5bd5 → 9491eeb): one platform removed from a list item.",
    ),
    "besthistory-xs": (
        [
            c(
                "备份文件",
                "BestHistory 备份文件由用户在本地生成，BestHistory 不会自动上传。用户需要自行妥善保存备份文件。备份中的私密模式记录仍保持加密…",
                "`.bhbackup` 由使用者在本機建立，BestHistory 不會自動上傳。私密模式內容在備份中仍保持加密…",
                "modified",
                "the Traditional edition drops the sentence 用户需要自行妥善保存备份文件 (users must keep their backups "
                "safe); the rest of the paragraph is the same in meaning",
                new_sec="備份檔",
            ),
        ],
        [
            n(
                "script and Taiwan vocabulary everywhere (隐私说明/隱私說明, 账户/帳戶, 数据/資料, 扩展/擴充功能, 用户/使用者, 登录/登入, 邮件/郵件, 本地/本機 …)"
            ),
            n("section titles that differ only in regional wording: 浏览数据/瀏覽資料, 备份文件/備份檔, 联系方式/聯絡"),
            n(
                "the same sentences in other words (访问过的网址/訪問網址, 识别你的 BestHistory 账户/識別帳戶, 均在设备上加密。/在裝置上加密；)"
            ),
            n("Markdown layout: a blank line after each `##` in the old side, none in the new"),
            opt(
                "the navigation line under the date: `[🌐 18 种语言文档](docs/LANGUAGES.md)` vs `[← BestHistory](README.md) · [所有文件語言](../LANGUAGES.md)`"
            ),
            opt("账户与权益数据: a lead-in and a five-item list in the old side, one sentence listing the same five items in the new"),
        ],
        BHNOTE + " " + XS + ": the repository's root PRIVACY.md (zh-Hans) and docs/zh-TW/PRIVACY.md (zh-Hant, Taiwan "
        "vocabulary), both added in daa7ded ('Add 18-language documentation'). One real difference.",
    ),
    "besthistory-site": (
        [
            c(PRE, "**最后更新：2026-08-27**", "**最后更新：2026-08-31**", "modified", "the update date (a bold line under the title)"),
            c(
                PRE,
                "BestHistory 采用**本地优先**设计。",
                "BestHistory 是 **博学智伴（Zhiban）Best Series** 产品，由 **北京博学智伴软件开发工作室（Beijing Boxue Zhiban Software Development Studio）** 运营。BestHistory 采用**本地优先**设计。",
                "modified",
                "the operator named: a sentence added at the start of the preamble paragraph",
            ),
        ],
        [],
        BHNOTE + ' The site page docs/zh-CN/privacy.md (Jekyll front matter over `<div markdown="1">`), the two '
        "versions the code index stores (2bd3dfcd → 0cac86e8; read_file by commit): the date and the operator.",
    ),
    "tingsub-desktop": (
        [
            c(
                "本地密钥",
                "`.local/token` 创建时仅允许文件所有者读写",
                "数据目录中的 `token` 创建时仅允许文件所有者读写",
                "modified",
                "where the pairing token lives (the data directory instead of .local)",
            ),
            c(
                "本地密钥",
                "轮换配对码：停止字幕和服务，只删除 `.local/token`，执行 `uv run --frozen tingsub pair` 生成新码，替换扩展内的码，再启动服务。",
                "独立应用轮换配对码：退出 TingSub 并停止字幕，在 Finder「前往文件夹」打开 `~/Library/Application Support/TingSub`，只删除 `token`，… 源码用户则在停止服务后删除 `.local/token`，…",
                "modified",
                "the token-rotation steps rewritten for the stand-alone app (source users kept as a second case)",
            ),
            c(
                NONE,
                "",
                "## 桌面本地数据 桌面界面不额外上传音频或遥测。独立应用数据目录为 `~/Library/Application Support/TingSub`…",
                "added",
                "a new last section on the desktop app's local data (preferences, logs, clipboard)",
                new_sec="桌面本地数据",
            ),
        ],
        [],
        TSNOTE + " Two of the four versions the code index stores (588f87de → e3891a07; read_file by commit); not "
        "proven consecutive (the other two versions' commits are not listed by the index).",
    ),
    "towrite-ai": (
        [
            c(PRE, "最后更新：2026-07-12", "最后更新：2026-07-13", "modified", "the update date"),
            c(
                "Vault 与插件数据",
                "",
                "使用 AI 助手后，当前本地对话还会同步到用户可读文件： ```text .obsidian-open-questions/ai/conversations.json ```",
                "added",
                "a lead-in and a fenced file path added (AI conversations stored in the vault)",
            ),
            c(
                "其他可选网络功能",
                "- OpenAI-compatible AI 默认关闭；启用后，完成用户请求的摘要或推荐所需卡片内容会发送到用户配置的接口。",
                "- OpenAI-compatible AI 默认关闭。“获取模型”会向配置的 Base URL 发送带认证的 `GET /models` 请求。“测试连接”…可能消耗服务商额度。",
                "modified",
                "the AI item rewritten (model listing and connection test requests)",
            ),
            c(
                "其他可选网络功能",
                "",
                "- 直连 AI 助手只会在用户提交消息后发送请求。… - Backend 助手模式可发送… - 直连助手可以向兼容模型提供 `ask_user_choice`… - 上文的记录目标重排隐私边界保持不变…",
                "added",
                "four items added after it (what the AI assistant sends)",
            ),
            c("用户控制", "", "- 发送前检查 AI 助手的 payload 字段，并清空本地对话历史。", "added", "a last list item added"),
        ],
        [],
        TWNOTE + " Consecutive revisions (64e8bbd → 6d55f80 'add AI assistant'): an AI assistant's data flows added in "
        "four places and the date.",
    ),
    "towrite-hub": (
        [
            c(PRE, "最后更新：2026-07-13", "最后更新：2026-07-19", "modified", "the update date"),
            c(
                PRE,
                "可选的 Obsidian AI Backend、…都是独立系统，适用各自的隐私条款。",
                "可选的 Device Hub、Obsidian AI Backend、…都是独立系统，适用各自运营方的隐私与运维政策。",
                "modified",
                "the scope sentence: Device Hub added, 'their own privacy terms' → 'their operators' privacy and operations policies'",
            ),
            c(
                "本地优先默认值",
                "- 习惯学习、主动通知、External API、AI 和 Obsidian AI Backend 接入均为可选功能；Backend 与通知默认关闭。",
                "- 习惯学习、主动通知、External API、AI、Device Hub 和 Obsidian AI Backend 接入均为可选功能；Device Hub、Backend 与通知默认关闭。",
                "modified",
                "Device Hub added to the optional / off-by-default item",
            ),
            c(
                "Vault 与插件数据",
                "",
                "配置 Device Hub 后，Obsidian 插件数据还可能包含 Hub Base URL、Receiver ID 与 pull token…  Hub 引导流程的账户 access token 只存在于内存中的设置表单…",
                "added",
                "two paragraphs added (Device Hub values kept in plug-in data; one-time secrets not kept)",
            ),
            c(
                "可选 Obsidian AI Backend",
                "",
                "Device Hub 候选重排最多发送 20 个已完成本地过滤的 candidate ID…",
                "added",
                "a paragraph added at the end of the section",
            ),
            c(
                NONE,
                "",
                "## 可选 Device Hub Device Hub 默认关闭。… 根据设置和候选内容，Hub 可能接收： - 用户、Receiver、设备… (six items) 显示卡片字段在 Hub 中是明文… PWA 会在浏览器内… Tap URL 只包含…",
                "added",
                "a new section inserted before 其他可选网络功能",
                new_sec="可选 Device Hub",
            ),
            c(
                NONE,
                "",
                "### Reference Hub 保留与删除行为 当前参考实现的 V1 行为如下… | 数据 | 当前 V1 行为 | (six rows) cleanup worker 是参考部署的必需服务…",
                "added",
                "a new `###` sub-section with a six-row retention table",
                new_sec="Reference Hub 保留与删除行为",
            ),
            c(
                "用户控制",
                "",
                "- 保持 Device Hub 关闭、暂停其后台同步，或删除本地 Receiver/设备配置； - 预览 Device Hub 候选字段、…撤销疑似被复制的 Tap URL；",
                "added",
                "two items added to the user-control list",
            ),
        ],
        [],
        TWNOTE + " Consecutive revisions (6d55f80 → a800046 'add Device Hub'): a new section with a `###` sub-section "
        "and a table inserted mid-document, additions in four other places, the date.",
    ),
    "nightjar-xs": (
        [],
        [
            n(
                "script and Taiwan vocabulary everywhere (隐私政策/隱私權政策, 信息/資訊, 网络访问/網路存取, 运行/執行, 文件/檔案, 管理员/管理者 …)"
            ),
            n(
                "section titles differing only in script or wording (简短版/簡短版, 没有任何形式的跟踪/沒有任何形式的追蹤, 变更与联系/變更與聯絡 …)"
            ),
            n("quote marks “…” → 「…」, 这条/這則, 年龄段/年齡層"),
            n(
                "page chrome: <title>, meta description, nav (首页/首頁, 更多应用/更多 App), the language switcher's current item, the footer"
            ),
        ],
        NJNOTE + " Control, " + XS + ": zh-hans/privacy.html and zh-hant/privacy.html at one commit (3b841c3e; index "
        "texts written out and checked by length). A faithful conversion: no real difference.",
    ),
    "maskwp-format": (
        [
            c(
                "(title)",
                "# Mark Wallpaper 隐私协议",
                "# Mark Wallpaper（蒙版壁纸） 隐私协议",
                "modified",
                "the document title gains the Chinese product name",
            ),
            c(
                "前言",
                "欢迎使用 Mark Wallpaper 提供的服务！",
                "欢迎使用 **Mark Wallpaper（蒙版壁纸）** 提供的服务！",
                "modified",
                "the welcome sentence names the product in full (bold added too)",
            ),
        ],
        [
            n("the version and effective-date lines turned into `>` quote lines with a `>` spacer (same words)"),
            n("a blank line added after every `##` / `###` heading"),
            n("the contact e-mail written as an autolink `<marnodev@gmail.com>` (twice)"),
            n("a final newline added"),
        ],
        MWNOTE + " Consecutive revisions (cfa649d → 718e42b 'update'): mostly Markdown re-formatting, plus the product "
        "name in the title and the welcome sentence.",
    ),
}


def _gitdir(repo):
    g = os.path.join(MIR, repo.replace("/", "+"), "repo")
    return os.path.join(g, ".git") if os.path.isdir(os.path.join(g, ".git")) else g


def side(pair, name, spec):
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    if len(spec) == 5:  # an index text: its length is checked against the index's total_chars
        repo, commit, path, index_id, chars = spec
        assert len(data.decode("utf-8")) == chars, (pair, name)
        return {
            "repo": repo,
            "path": f"{repo}:{path}",
            "commit": commit,
            "index_id": index_id,
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "blob": f"index:{index_id}",
        }
    repo, commit, path = spec
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = _gitdir(repo)
    full = subprocess.run(["git", "--git-dir", git, "rev-parse", commit], capture_output=True, check=True, text=True).stdout.strip()
    real = subprocess.run(
        ["git", "--git-dir", git, "rev-parse", f"{full}:{path}"], capture_output=True, check=True, text=True
    ).stdout.strip()
    assert real == blob, (pair, name, real, blob)
    return {
        "repo": repo,
        "path": f"{repo}:{path}",
        "commit": full,
        "blob": blob,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


if __name__ == "__main__":
    src_lines, hashes = [], []
    assert sorted(A) == sorted(SRC)
    for pair, (changes, noise, note) in sorted(A.items()):
        files = sorted(os.listdir(os.path.join(HERE, "pairs", pair)))
        o = next(f for f in files if f.startswith("old."))
        w = next(f for f in files if f.startswith("new."))
        so, sn = side(pair, o, SRC[pair][0]), side(pair, w, SRC[pair][1])
        for k, s, f in (("old", so, o), ("new", sn, w)):
            src_lines.append(f"{pair} {k} {s['commit']} {s['blob']} {s['bytes']} {s['sha256']} {s['path']}")
            hashes.append(f"{s['sha256']}  {pair}/{f}")
        repo = so["repo"]
        ann = {
            "source": {"repo": repo, "license": LIC.get(repo, NOLIC), "old": so, "new": sn},
            "changes": changes,
            "noise": noise,
            "note": note,
        }
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
