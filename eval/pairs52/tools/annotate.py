"""Write pairs/<name>/annotation.json for pairs52 (m52x), by hand from `git diff --word-diff`, a line diff and, for the
two cross-script pairs, a side-by-side read of both editions paragraph by paragraph, before any run of policylens.
Format of eval/pairs51: `changes` the true changes, one per edited sentence or place (kind `modified`, `added`,
`removed`); `noise` what must not be reported (kind `noise`), or is tolerated either way (kind `optional`).  Texts are
excerpts, enough to find the place.  Git sides are checked against their snapshot here (`git rev-parse COMMIT:PATH` =
the saved file's blob); index sides (read_file by repository and path) by their length against the index's
total_chars."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIR = "/work/.mirror"
SG = "JimmyDaddy/sigil"
SP = "docs/zh-CN/privacy.md"
AG, BS = "Agroqirax/Agora", "buttsnap/buttsnap.github.io"
LIC = {SG: "MIT (LICENSE in the repository)"}
NOLIC = "none checked: index text (kept for evaluation only)"
# pair: ((repo, commit, path) old, (repo, commit, path) new); index sides: (repo, commit, path, index id, total_chars)
SRC = {
    "sigil-roadmap": ((SG, "7fee36e5610c668e63dd0089af87659c7fa4186c", SP), (SG, "a4769a86db05b60d3a5beb3537321c27aaaa60d6", SP)),
    "sigil-apikeys": ((SG, "076c4be5194a9707c1bf46301c3b2a78aca6c4e8", SP), (SG, "44398ff4deb97f959ff18bdf20bac6717ba9f2cd", SP)),
    "sigil-websearch": ((SG, "44398ff4deb97f959ff18bdf20bac6717ba9f2cd", SP), (SG, "b0c530950bd61570e0eff3c73a5fa093c6a4141f", SP)),
    "sigil-feedback": ((SG, "b0c530950bd61570e0eff3c73a5fa093c6a4141f", SP), (SG, "c5f48de24b0401a8a1c46bcefe04d72902c177f2", SP)),
    "sigil-handoff": ((SG, "c5f48de24b0401a8a1c46bcefe04d72902c177f2", SP), (SG, "c5f496c48170897432e1a5e10abb71fe011e58b2", SP)),
    "sigil-story": ((SG, "70373adb9b5ca8e8880ab08dc4790204386d21b4", SP), (SG, "8cbd6829156c1abc44672df530a7ec23a5673a1e", SP)),
    "sigil-plain": ((SG, "8cbd6829156c1abc44672df530a7ec23a5673a1e", SP), (SG, "3eaf87fd3ad86b545c631655542b0bd37a0f7992", SP)),
    "agora-xscript": (
        (AG, "e31488625537217f9e00098b273ef93fdaf0d80c", "docs/zh/privacy.md", "58286397353", 762),
        (AG, "e31488625537217f9e00098b273ef93fdaf0d80c", "docs/zh-Hant/privacy.md", "57911777381", 550),
    ),
    "buttsnap-xscript": (
        (BS, "4e07b404123af424f09e602cef9bcce5d5bbe909", "docs/privacy.md", "58668743088", 1997),
        (BS, "c664fea91c5ff6d9eabf9870e1328b3eebcfe040", "docs/zh-Hant/privacy.md", "58735492255", 1995),
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


P = "(preamble)"
DEF, DEF2 = "默认留在本地的内容", "什么默认留在本机"
SGNOTE = "Sigil's Chinese privacy page (docs/zh-CN/privacy.md), two consecutive git revisions: `git log OLD..NEW -- PATH` lists only NEW."

A = {
    "sigil-roadmap": (
        [
            c(DEF, "- `sigil.toml`；", "- 用户配置目录中的 `sigil.toml`；", "modified", "where sigil.toml lives"),
            c(DEF, "- `.sigil/sessions/`；", "- Sigil 用户态 state 目录中的 session logs 和 input history；", "modified"),
            c(
                DEF,
                "",
                "- Sigil 用户态 state 目录中的 terminal 和 changeset artifacts； - Sigil 用户态 cache 目录中的 scratch/cache 文件；",
                "added",
                "two new list items after it (one change)",
            ),
            c(
                "API Keys",
                "它会以明文保存到 `sigil.toml`。不要提交包含 secret 的真实 config。",
                "它会以明文保存到用户配置目录中的 `sigil.toml`。不要把包含 secret 的真实 config 复制进仓库。",
                "modified",
                "two places in one paragraph",
            ),
            c(
                "Session Logs",
                "默认 session 和 control state 是 `.sigil/sessions/` 下的 append-only JSONL。",
                "… 是 Sigil 用户态 state 目录下的 append-only JSONL。",
                "modified",
            ),
            c(
                "Session Logs",
                "请把 session logs 当作敏感仓库本地 artifacts",
                "请把 session logs 当作敏感本地 artifacts",
                "modified",
                "仓库 dropped",
            ),
        ],
        [],
        SGNOTE,
    ),
    "sigil-apikeys": (
        [
            c(
                "API Keys",
                "优先使用环境变量：",
                "优先使用环境变量。先选择 provider，再使用 [provider 认证映射](providers.md#认证优先级)中的准确变量；Sigil 不会让所有 provider 共用一个 API key 环境变量。",
                "modified",
                "the lead closed by ： becomes a paragraph of three clauses",
            ),
            c("API Keys", '```bash export SIGIL_API_KEY="sk-..." ```', "", "removed", "the fenced example is removed"),
        ],
        [],
        SGNOTE,
    ),
    "sigil-websearch": (
        [
            c(
                None,
                "",
                "## Web Search 数据 (two paragraphs: provider-hosted / MCP / bundled Exa route; client-side filtering and how to turn it off)",
                "added",
                "a new section between MCP And Secret Egress and Doctor Output",
                new_sec="Web Search 数据",
            ),
        ],
        [],
        SGNOTE,
    ),
    "sigil-feedback": (
        [
            c(DEF, "", "- `/feedback` 支持报告，除非你主动附加或复制到别处。", "added", "a new last list item"),
            c(
                "Doctor Output",
                "",
                "需要带版本的脱敏结构、而不是默认文本报告时，使用 `sigil doctor --output json`。它仍然只在本机离线运行。",
                "added",
            ),
            c(
                None,
                "",
                "## 私密反馈报告 (three paragraphs on /feedback)",
                "added",
                "a new section before 分享 Log 或 Report 前",
                new_sec="私密反馈报告",
            ),
        ],
        [],
        SGNOTE,
    ),
    "sigil-handoff": (
        [
            c(
                "私密反馈报告",
                "`C` 复制的是结构化 GitHub 问题报告链接，而不是报告本身。决定附加前始终先打开并检查 JSON。",
                "按 `Enter` 可在弹窗中检查实际写盘的脱敏 JSON，按 `O` 定位文件，按 `B` 打开结构化 GitHub Bug 表单。`C` 复制本地报告路径，`U` 复制表单链接。这些显式动作都不会上传或附加报告；决定分享前仍应完成检查。",
                "modified",
                "the last paragraph's key bindings rewritten (one contiguous edit)",
            ),
        ],
        [],
        SGNOTE,
    ),
    "sigil-story": (
        [
            c(
                P,
                "[配置](configuration.md)",
                "[权限](permissions-and-sandbox.md)",
                "modified",
                "a nav link replaced (visible label 配置 → 权限)",
            ),
            c(
                P,
                "Sigil 在本地运行，但它可以把 prompt context 和 tool results 发送给配置的模型 provider…",
                "Sigil 在本机运行，但 model provider、Web route、MCP server 和获准命令可能接收数据。…",
                "modified",
                "the intro rewritten",
            ),
            c(
                "什么可能离开本机",
                "以下情况数据可能离开本机： + five items (provider request, tool results, MCP call, elicitation response, shell command)",
                "根据配置与审批，外发数据可能包含 prompt、选中的对话上下文、… 已接受的 elicitation response。…",
                "modified",
                "lead and list become one paragraph",
            ),
            c(
                "什么可能离开本机",
                "Sigil 不会自动发布仓库数据，但 provider 和 MCP 配置决定了已审批 context 可以发送到哪里。",
                "模型请求遵守对应 provider 的政策；外部工具遵守所选 Web 或 MCP 服务的政策。…",
                "modified",
            ),
            c(DEF, "## 默认留在本地的内容", "## 什么默认留在本机", "modified", "section title renamed", new_sec=DEF2),
            c(
                DEF,
                "这些默认在本地： + eight items",
                "用户配置、输入历史、session 日志、变更 artifact、cache、… 默认存放在本机；…Memory 启用时，workspace 指令会发送给已配置的 model provider。",
                "modified",
                "lead and list become one paragraph (a new Memory sentence)",
                new_sec=DEF2,
            ),
            c(
                "API Keys",
                "three paragraphs (环境变量 / Quick Setup 明文 / sigil doctor)",
                "优先使用 [Provider 指南](…)列出的 provider 专项环境变量。… 不打印值。",
                "modified",
                "three paragraphs condensed into one",
            ),
            c("API Keys", "", "为远端 MCP server 配置的 OAuth 凭据存放在系统原生 credential store，而不是 TOML。…", "added"),
            c("Session Logs", "## Session Logs", "## Session 日志", "modified", "section title renamed", new_sec="Session 日志"),
            c(
                "Session Logs",
                "默认 session 和 control state 是 … JSONL。里面可能包含： + seven items + 请把 session logs 当作…",
                "本机 session 日志可能包含 prompt、assistant 回复、…分享前检查任何 export。",
                "modified",
                "lead, list and closing become one paragraph",
                new_sec="Session 日志",
            ),
            c(
                "MCP And Secret Egress",
                "## MCP And Secret Egress",
                "## MCP 与 Web 数据",
                "modified",
                "section title renamed (it now also holds Web search)",
                new_sec="MCP 与 Web 数据",
            ),
            c(
                "MCP And Secret Egress",
                "MCP server 是外部工具 provider。明确配置 trust： + toml block + `allow_secrets = false` 时…",
                "MCP server 是外部工具提供方。除非 server 确实需要且目标可信，否则保持 secret access 关闭。",
                "modified",
                "the trust config example and its paragraph become one sentence",
                new_sec="MCP 与 Web 数据",
            ),
            c(
                "Web Search 数据",
                "## Web Search 数据 (two long paragraphs: Exa route, ZDR, client-side filtering)",
                "Web search 会把 query 发送到选中的 provider-hosted、configured MCP 或 bundled route；… Route 与关闭方式见[权限与沙箱](…)。",
                "modified",
                "the section is removed; four sentences of it reappear at the end of MCP 与 Web 数据",
                new_sec="MCP 与 Web 数据",
            ),
            c(
                "Doctor Output",
                "## Doctor Output",
                "## Doctor 与 Feedback 输出",
                "modified",
                "section title renamed",
                new_sec="Doctor 与 Feedback 输出",
            ),
            c(
                "Doctor Output",
                "Doctor 会报告： + seven items + 它不应该打印 secret 值…",
                "Doctor 输出经过脱敏，但仍可能包含路径、provider label 和本机环境事实。",
                "modified",
                new_sec="Doctor 与 Feedback 输出",
            ),
            c("Doctor Output", "可选 terminal attention notification 默认关闭。…", "", "removed", new_sec="Doctor 与 Feedback 输出"),
            c("Doctor Output", "需要带版本的脱敏结构 … `sigil doctor --output json`。…", "", "removed", new_sec="Doctor 与 Feedback 输出"),
            c(
                "私密反馈报告",
                "## 私密反馈报告 (three paragraphs)",
                "`/feedback` 会先预览包含的类别，只写入一个本机 JSON 报告，不会自动上传。附加到 issue 前请检查 export JSON。",
                "modified",
                "the section is removed; two sentences of it close Doctor 与 Feedback 输出",
                new_sec="Doctor 与 Feedback 输出",
            ),
            c(
                "分享 Log 或 Report 前",
                "## 分享 Log 或 Report 前",
                "## 分享日志或报告前",
                "modified",
                "section title renamed",
                new_sec="分享日志或报告前",
            ),
            c(
                "分享 Log 或 Report 前",
                "移除： + six items",
                "删除凭据、私有路径、专有源码、敏感 prompt 或工具预览、…再分享该输出。",
                "modified",
                "lead and list become one paragraph (a new sentence on reproducing elsewhere)",
                new_sec="分享日志或报告前",
            ),
            c("推荐默认值", "## 推荐默认值 (six items)", "", "removed", "the section is removed"),
            c(None, "", "下一步：[查看安全指南](safety.md)。", "added", "a closing link line", new_sec="分享日志或报告前"),
        ],
        [
            n("the new HTML comments (line 1 public-doc-role, public-doc-topic under three sections, public-doc-cta): invisible"),
        ],
        SGNOTE + " A rewrite: every section reworded, lists folded into paragraphs, two sections merged into the one before "
        "them (Web Search 数据 into MCP 与 Web 数据, 私密反馈报告 into Doctor 与 Feedback 输出), four titles renamed, the "
        "last section removed. The pair where sections are moved and renamed (none is renumbered in this history).",
    ),
    "sigil-plain": (
        [
            c(
                P,
                "Sigil 在本机运行，但 model provider、Web route、MCP server 和获准命令可能接收数据。在敏感仓库中使用前，请检查这些目标。",
                "…但模型服务、Web 路由、MCP 服务端和获准执行的命令仍可能接收数据。…请先确认数据会发送到哪里。",
                "modified",
            ),
            c(
                "什么可能离开本机",
                "外发数据可能包含 prompt、… MCP input 和已接受的 elicitation response。…获准的 provider、tool 或 command…",
                "发往外部的数据可能包含提示词、… MCP 输入，以及你在补充信息请求中提交的回答。…获得允许的模型服务、工具或命令…",
                "modified",
            ),
            c(
                "什么可能离开本机",
                "模型请求遵守对应 provider 的政策；…目标不明确时应拒绝动作。",
                "模型请求受对应服务商的政策约束；…无法确认目标时，应拒绝操作。",
                "modified",
            ),
            c(
                "什么默认留在本机",
                "用户配置、输入历史、session 日志、变更 artifact、cache、…Memory 启用时…model provider。",
                "用户配置、输入历史、会话日志、变更记录、缓存、…启用记忆功能时…模型服务。",
                "modified",
            ),
            c("API Keys", "## API Keys", "## API 密钥", "modified", "section title renamed", new_sec="API 密钥"),
            c(
                "API Keys",
                "优先使用 [Provider 指南](…)列出的 provider 专项环境变量。通过 Quick Setup 或 … 不打印值。",
                "优先使用[模型服务指南](…)列出的专用环境变量。通过快速设置或 … 不会打印具体值。",
                "modified",
                new_sec="API 密钥",
            ),
            c(
                "API Keys",
                "为远端 MCP server 配置的 OAuth 凭据存放在系统原生 credential store，而不是 TOML。…见 [MCP](mcp.md)。",
                "远端 MCP 服务的 OAuth 凭据存放在系统原生凭据存储中，而不是 TOML 文件里。…见 [MCP 指南](mcp.md)。",
                "modified",
                new_sec="API 密钥",
            ),
            c("Session 日志", "## Session 日志", "## 会话日志", "modified", "section title renamed", new_sec="会话日志"),
            c(
                "Session 日志",
                "本机 session 日志可能包含 prompt、assistant 回复、…分享前检查任何 export。",
                "本机会话日志可能包含提示词、助手回复、…分享任何导出文件前都要先检查。",
                "modified",
                new_sec="会话日志",
            ),
            c(
                "MCP 与 Web 数据",
                "MCP server 是外部工具提供方。…保持 secret access 关闭。Web search 会把 query 发送到…",
                "MCP 服务端是外部工具提供方。…应保持敏感凭据访问关闭。Web 搜索会把查询发送到…",
                "modified",
            ),
            c(
                "Doctor 与 Feedback 输出",
                "## Doctor 与 Feedback 输出",
                "## Doctor 与支持报告输出",
                "modified",
                "section title renamed",
                new_sec="Doctor 与支持报告输出",
            ),
            c(
                "Doctor 与 Feedback 输出",
                "Doctor 输出经过脱敏，但仍可能包含路径、provider label 和本机环境事实。…附加到 issue 前请检查 export JSON。",
                "…模型服务名称和本机环境信息。…把报告附加到问题单前，请先检查导出的 JSON。",
                "modified",
                new_sec="Doctor 与支持报告输出",
            ),
            c(
                "分享日志或报告前",
                "删除凭据、私有路径、专有源码、敏感 prompt 或工具预览、内部 endpoint，以及与私密使用相关的 identifier。…",
                "…敏感提示词或工具预览、内部端点，以及能够关联私密使用场景的标识符。无法判断时，请在…",
                "modified",
            ),
        ],
        [],
        SGNOTE + " An editor's pass replacing English terms by Chinese ones (provider → 模型服务, route → 路由, session → 会话) in "
        "every paragraph and three section titles: same script, so each edited paragraph is a change of the text.",
    ),
    "agora-xscript": (
        [
            c(
                "数据何时离开设备",
                "- 聊天、标题、转录、图片与嵌入请求发往所选模型/提供商",
                "模型與嵌入請求送往所選服務商",
                "modified",
                "the list becomes one paragraph; chat, title, transcription and image requests are no longer named",
                new_sec="資料何時離開裝置",
            ),
            c(
                "数据何时离开设备",
                "…评论发送到 `https://newoether.space/api/rating`",
                "…電子郵件和留言。",
                "modified",
                "the rating endpoint URL is dropped",
                new_sec="資料何時離開裝置",
            ),
            c(
                "数据何时离开设备",
                "…和有界诊断事件发送到 `https://newoether.space/crash`",
                "…和有界診斷事件。",
                "modified",
                "the crash endpoint URL is dropped",
                new_sec="資料何時離開裝置",
            ),
            c(
                "数据何时离开设备",
                "应用没有通用分析/遥测路径。",
                "",
                "removed",
                "the no-analytics sentence exists only in the Simplified edition",
                new_sec="資料何時離開裝置",
            ),
            c(
                "备份、代理与传输",
                "## 备份、代理与传输",
                "",
                "removed",
                "the section title is gone; a condensed version of its text is the last paragraph of 資料何時離開裝置",
                new_sec="資料何時離開裝置",
            ),
            c(
                "备份、代理与传输",
                "网络代理只覆盖共享 HTTP 客户端流量，不覆盖直接 SSH、设备端推理或沙盒进程网络。",
                "網路 Proxy 只涵蓋共用 HTTP 用戶端流量。",
                "modified",
                "the three exclusions are dropped",
                new_sec="資料何時離開裝置",
            ),
            c(
                "备份、代理与传输",
                "空 Key 使用明文 JSON，只能依赖 HTTPS 的传输保护。",
                "空金鑰依賴 HTTPS 保護傳輸。",
                "modified",
                "明文 JSON is dropped",
                new_sec="資料何時離開裝置",
            ),
            c("备份、代理与传输", "发送敏感内容前请核对端点、证书、服务条款和工具权限。", "", "removed", new_sec="資料何時離開裝置"),
        ],
        [
            n(
                "script and regional wording only: 客户端/用戶端, 运营/營運, 中转/中繼, 设备/裝置, 配置/設定, 提供商/服務商, 数据/資料, 文件/檔案, 支持/支援, 丢失/遺失, 获取/取得, 归档/封存檔, 代理/Proxy, 凭据/憑證"
            ),
            opt(
                "reworded sentences that keep their content: 只有使用对应功能时才产生相应流量 / 只有使用相應功能時才產生流量; 网络查询 / 網路搜尋; 评论 / 留言; API Key/机密 / 機密; 要求配置 API Key / 需要 API 金鑰"
            ),
        ],
        "Agora's privacy page, Simplified (docs/zh) and Traditional (docs/zh-Hant) editions of one commit: a cross-script "
        "edition pair where the Traditional edition is a condensed re-translation.",
    ),
    "buttsnap-xscript": (
        [
            c(P, "> 最后更新日期：2024 年 1 月 1 日", "> 最後更新：2026 年 5 月 8 日", "modified", "the date"),
            c(
                "三、照片与贴纸数据",
                "所有的主体识别和贴纸生成过程**完全在设备本地完成**，照片不会离开您的手机",
                "所有主體識別和貼紙生成**完全在裝置本機完成**",
                "modified",
                "the clause 照片不会离开您的手机 is dropped",
                new_sec="3. 照片與貼紙",
            ),
            c(
                "四、数据导出与迁移",
                "您可以随时在「设置」中导出全部贴纸和合集数据",
                "你可以隨時從「個人」頁面匯出所有貼紙與收藏集資料",
                "modified",
                "where export lives: Settings → the Profile page",
                new_sec="4. 資料匯出與遷移",
            ),
            c(
                "五、Pro 订阅与支付",
                "所有支付由 Apple 安全处理，我们无法访问",
                "所有付款都由 Apple 安全處理",
                "modified",
                "我们无法访问 is dropped",
                new_sec="5. Pro 訂閱與付款",
            ),
        ],
        [
            n("section numbering 一、…十二、 → 1. … 12. (the same twelve sections in the same order)"),
            n(
                "script and Taiwan wording: 您/你, 应用/App, 信息/資訊, 数据/資料, 设备/裝置, 崩溃/當機, 邮箱/Email, 账号/帳號, 支付/付款, 安全隔区/Secure Enclave"
            ),
            opt(
                "reworded titles and sentences that keep their content: 隐私政策/隱私權政策, 概述/概覽, 二、信息的使用/2. 我們如何使用資訊, 照片与贴纸数据/照片與貼紙, 隐私政策更新/政策更新, 可能收集/可能收到, the overview's first two sentences, 我们**没有**后端服务器 / 我們沒有…後端伺服器, （如您选择订阅） dropped, 一句话总结 / 可以概括為"
            ),
        ],
        "ButtSnap's privacy policy: the Simplified edition (docs/privacy.md, the site's default locale) and the Traditional "
        "edition (docs/zh-Hant/privacy.md, a later commit): a cross-script pair re-translated in Taiwan wording, every "
        "section renumbered from 一、 to 1.",
    ),
}


def blob(path):
    return subprocess.run(["git", "hash-object", path], capture_output=True, text=True, check=True).stdout.strip()


def check(side, path):
    repo, commit, p = side[:3]
    if len(side) == 5:
        with open(path, encoding="utf-8") as fh:
            n_chars = len(fh.read())
        assert n_chars == side[4], (path, n_chars, side[4])
        return {"repo": repo, "commit": commit, "path": p, "index_id": side[3], "chars": n_chars}
    git = os.path.join(MIR, repo.replace("/", "+"), "repo")
    want = subprocess.run(["git", "-C", git, "rev-parse", f"{commit}:{p}"], capture_output=True, text=True, check=True).stdout.strip()
    assert want == blob(path), (path, want)
    return {"repo": repo, "commit": commit, "path": p, "blob": want}


def main():
    for pair, (changes, noise, note) in A.items():
        d = os.path.join(HERE, "pairs", pair)
        old, new = (os.path.join(d, f) for f in ("old.md", "new.md"))
        so, sn = SRC[pair]
        src = {"old": check(so, old), "new": check(sn, new), "license": LIC.get(so[0], NOLIC)}
        for k in ("old", "new"):
            with open(os.path.join(d, k + ".md"), "rb") as fh:
                src[k]["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        ann = {"pair": pair, "source": src, "note": note, "changes": changes, "noise": noise}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes, {len(noise)} noise/optional")


if __name__ == "__main__":
    main()
