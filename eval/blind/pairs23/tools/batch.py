"""Annotations for pairs23 (t23b), written from `git diff --word-diff`, a block-level text diff of each page
(tools/blocks.py: tags stripped, one line per block; edition pair: the zh-Hant page converted with OpenCC tw2sp,
tools/opencc_conv.py) before any policylens run.

Rules fixed before the run (as pairs20): page <title>/<meta>, <html lang>, hreflang links, fonts, scripts, styles,
language links, site navigation, a page header's brand and menu, footer links, a table of contents generated from the
headings, cross-promotion blocks, framework code (imports, `"use client"`, JSX conditionals) are not policy text (noise
if reported). A sentence, date, number, e-mail, party, URL that is shown as text, data category or retention period
present in one text only is a change; a reworded sentence is a change (kind wording), however small, except a change
of punctuation only (noise). A heading whose only change is its number (renumbered after an inserted section) is no
change; a rename flag on it is no section error; a change entry for it is noise. Markdown list markers, indentation,
blank lines and hard line wraps are noise. A change marked `optional` (a link target that is not shown as text) counts
as found when shown and is not counted as missed when not shown (score.py). Edition pair: a section flagged renamed
or moved whose two headings differ only by script or regional vocabulary is a section error.
"""
from ann import C, N, src, write

H = {}
PRE = "(before the first heading)"
NONE = "none (no licence file seen)"

# ------------------------------------------------------------ xiaolingtong-navbar (history, WXML, markup only)
n = "xiaolingtong-navbar"
H[n] = write(n, {
    "source": src(n, "SheltonMark/xiaolingtong", "SheltonMark+xiaolingtong", NONE, "eeb5088", "pages/privacy/privacy.wxml", "c8e59eb", "pages/privacy/privacy.wxml", "wxml"),
    "changed": [], "noise_only": [],
    "unchanged": ["小灵通平台隐私保护政策", "一、信息收集", "二、信息使用", "三、信息存储与保护", "四、信息共享", "五、您的权利"],
    "changes": [],
    "noise": [N(PRE, PRE, None, '<nav-bar title="隐私政策" /> (a custom navigation-bar component, its title an attribute)', "navigation",
                note="commit '全部33个子页面统一使用nav-bar自定义导航栏': one component line added before the policy card")],
    "notes": "WeChat mini-program page: a custom nav-bar component with title=\"隐私政策\" is added above the card; every <text> is unchanged. Expected: no change, exit 0.",
})

# ------------------------------------------------------------ hourstag-promo-footer (history, HTML, chrome only)
n = "hourstag-promo-footer"
H[n] = write(n, {
    "source": src(n, "alice51849/hourstag-support", "alice51849+hourstag-support", NONE, "5829527", "privacy.html", "6426886", "privacy.html", "html"),
    "changed": [], "noise_only": [],
    "unchanged": ["隱私權政策", "01我們收集哪些資料?", "02第三方追蹤與廣告", "03資料儲存與刪除", "04購買資訊", "05網路連線", "06兒童隱私", "07政策變更", "08聯絡我們"],
    "changes": [],
    "noise": [
        N("08聯絡我們", "08聯絡我們", None, '<section aria-label="同開發者的更多 App"> 同開發者的更多 App / Mochi: 可愛待辦清單 免費 · 一次購買解鎖,無訂閱 在 App Store 檢視 / DailyMate Lite … / HoursTag Lite … / LockHour Pro … / 連結會開啟 App Store。',
          "navigation", note="cross-promotion block (four other apps of the developer, App Store links) inserted after the policy, before the footer"),
        N(None, None, "<head>: 7 hreflang links", "<head>: more hreflang links", "markup"),
    ],
    "notes": "Commit 'Add cross-promo footer: more apps from the same developer': a block listing four other apps is inserted between the last section and the page footer; no policy sentence changes. Expected: no change, exit 0.",
})

# ------------------------------------------------------------ hourstag-redesign (history, HTML, bilingual zh-Hant/en)
n = "hourstag-redesign"
S8o, S8n = "8. 聯絡我們", "08聯絡我們"
S2o, S2n = "2. 第三方追蹤與廣告", "02第三方追蹤與廣告"
S3o, S3n = "3. 資料儲存與刪除", "03資料儲存與刪除"
H[n] = write(n, {
    "source": src(n, "alice51849/hourstag-support", "alice51849+hourstag-support", NONE, "b094aae", "privacy.html", "6309d49", "privacy.html", "html"),
    "changed": [{"old_title": S8o, "new_title": S8n, "kind": "modified"}, {"old_title": S2o, "new_title": S2n, "kind": "modified"},
                {"old_title": S3o, "new_title": S3n, "kind": "modified"}],
    "noise_only": [{"old_title": f"{i}. {t}", "new_title": f"0{i}{t}", "note": "heading number style 1. -> 01; English line loses its number"}
                   for i, t in [(1, "我們收集哪些資料?"), (4, "購買資訊"), (5, "網路連線"), (6, "兒童隱私"), (7, "政策變更")]],
    "unchanged": [],
    "changes": [
        C(S8o, S8n, "對本政策有任何疑問,歡迎來信:alice51849@hotmail.com", "對本政策有任何疑問,歡迎來信:hourstag.app@gmail.com", "contact"),
        C(S8o, S8n, "8. Contact — Questions about this policy: alice51849@hotmail.com", "Contact — Questions about this policy: hourstag.app@gmail.com", "contact",
          note="English line of the same section; its leading number dropped too (noise)"),
        C(S2o, S2n, "2. Third-party tracking & ads — HoursTag contains no ads and uses no third-party analytics or tracking SDKs, and shares no data with any third party.",
          "Third-party tracking & ads — HoursTag contains no ads, uses no third-party analytics or tracking SDKs, and shares no data with any third party.", "wording",
          note="English grammar edit (and uses no -> , uses no), same meaning"),
        C(S3o, S3n, "3. Storage & deletion — … If you use iCloud device backup, app data is included in your personal backup …",
          "Storage & deletion — … With iCloud device backup enabled, app data is included in your personal backup …", "wording"),
    ],
    "noise": [
        N(PRE, PRE, "<h1>HoursTag 隱私權政策</h1> + subtitle HoursTag Privacy Policy", "<nav> brand HoursTag + 下載 App button; kicker Privacy Policy; <h1>隱私權政策</h1>",
          "navigation", note="page header redesigned: the app name moves from the <h1> into a nav brand; a download button; the document title 隱私權政策 is the same"),
        N(PRE, PRE, "你輸入的一切都只存在你自己的裝置上。", "你輸入的一切,都只存在你自己的裝置上。", "punctuation", note="a comma inserted in the tl;dr sentence"),
        N(None, None, "<h2>1. 我們收集哪些資料?</h2> … <h2>8. 聯絡我們</h2>; English lines '1. What data …'", "<h2><span class=n>01</span>我們收集哪些資料?</h2> …; English lines without numbers",
          "numbering", note="eight headings renumbered in style only (1. -> 01) and eight English lines lose their leading number"),
        N(None, None, "← 返回支援中心 Back to Support", "← 返回 HoursTag 官網 Back to Home", "navigation", note="back link at the end of the page"),
        N(None, None, "<style> …", "<style> … (redesign: mesh background, cards, .tldr, .en)", "markup"),
    ],
    "notes": "Commit 'Premium redesign + contact email update' of a bilingual (zh-Hant + English) privacy page: the contact e-mail changes in the zh and en lines of section 8, two English sentences are lightly reworded; the header, headings' number style, the back link and the styles are redesigned. 4 changes.",
})

# ------------------------------------------------------------ keyclicker-rebuild (history, HTML, generator template change)
n = "keyclicker-rebuild"
H[n] = write(n, {
    "source": src(n, "jaywcjlove/key-clicker", "jaywcjlove+key-clicker", "MIT (repository licence)", "17ae266", "privacy-policy.zh.html", "c05a8f9", "privacy-policy.zh.html", "html"),
    "changed": [], "noise_only": [],
    "unchanged": ["隐私政策", "信息收集", "a. 本地数据存储", "b. 日志数据", "数据的使用", "第三方服务", "数据安全", "用户控制", "隐私政策的变更", "联系我们"],
    "changes": [],
    "noise": [
        N(None, None, "<title>隐私政策 KeyClicker 2.5.0</title>; <meta> description", "<title>隐私政策 idoc</title>", "markup"),
        N(PRE, PRE, "<header> logo + KeyClicker 2.5.0 + menu Home Apps About + English", "<header> idoc (generator brand) + menu", "navigation",
          note="site header rebuilt by another idoc template: brand KeyClicker 2.5.0 -> idoc, menu entries gone"),
        N("联系我们", "联系我们", "footer links App • Projects • Sponsor • More Apps", "(removed)", "navigation"),
        N("联系我们", "联系我们", None, "<nav class=tocs><aside class=toc> 信息收集 / a. 本地数据存储 / b. 日志数据 / 数据的使用 / 第三方服务 / 数据安全 / 用户控制 / 隐私政策的变更 / 联系我们",
          "toc", note="a generated table of contents after the article, repeating the nine headings"),
        N("联系我们", "联系我们", None, "Released under the MIT License. Copyright © 2026 Kenny Wong", "navigation", note="site footer"),
    ],
    "notes": "The gh-pages build of the app's Chinese privacy page regenerated with a different idoc template (commit 'ci: update workflows config.'): header, menu, footer and a table of contents after the article change; the policy text (nine sections, e-mail, 2025-01-12 effective date) is identical. Expected: no change, exit 0.",
})

# ------------------------------------------------------------ cloudleaf-md-reformat (history, Markdown, list reformat)
n = "cloudleaf-md-reformat"
H[n] = write(n, {
    "source": src(n, "Ying-Luan/CloudLeaf", "Ying-Luan+CloudLeaf", "MIT (repository licence)", "d7434fd", "PRIVACY_zh.md", "4e8bea6", "PRIVACY_zh.md", "md"),
    "changed": [], "noise_only": [{"old_title": t, "new_title": t, "note": "list markers '*   ' -> '* ', nested indentation 4 -> 2, blank lines"} for t in ["1. 我们收集的信息", "2. 我们如何使用您的信息", "5. 用户权利"]],
    "unchanged": [],
    "changes": [],
    "noise": [N(t, t, "*   item / nested '    *   item' / no blank line before the list", "* item / nested '  * item' / a blank line before the list", "markup")
              for t in ["1. 我们收集的信息", "2. 我们如何使用您的信息", "5. 用户权利"]],
    "notes": "Markdown lint reformat (commit 'docs: add status badges to README'): list markers, nested-list indentation and blank lines only; the words are identical. Expected: no change, exit 0.",
})

# ------------------------------------------------------------ cebian-md-additions (history, Markdown with a table)
n = "cebian-md-additions"
T2, T5 = "二、我们处理的数据", "五、第三方 AI 服务商"
H[n] = write(n, {
    "source": src(n, "PXSR/Cebian", "PXSR+Cebian", "see repository (not checked)", "f855af3", "PRIVACY.zh-CN.md", "9594f47", "PRIVACY.zh-CN.md", "md"),
    "changed": [{"old_title": T2, "new_title": T2, "kind": "modified"}, {"old_title": T5, "new_title": T5, "kind": "modified"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(T2, T2, None, "| **麦克风音频（语音输入）** | 实时麦克风音频，仅用于把语音转写为聊天输入框中的文字 | 仅当你从输入框的麦克风按钮主动启动语音输入时 | **音频**完全在**本地设备**上由浏览器内置语音引擎处理，**绝不离开你的设备**…若你启用 AI 修正（可选功能），该段转写文字会…发送给你配置的 AI 服务商… |",
          "added", note="a new row in the data table (a new data category: microphone audio)"),
        C(T5, T5, None, "**OpenRouter 应用归因。**当你选择 OpenRouter 作为服务商时，Cebian 会在每个请求的请求头里附带两个固定的应用标识（`HTTP-Referer: https://cebian.catcat.work` 与 `X-Title: Cebian`）…只对 OpenRouter 发送。",
          "added"),
    ],
    "noise": [],
    "notes": "Two commits of a browser extension's Chinese privacy policy: a table row (microphone audio for voice input) and a paragraph (OpenRouter attribution headers) are added; the '最近更新：2026-05-14' date is not updated. 2 changes.",
})

# ------------------------------------------------------------ zinc-section-rewrite (history, hard-wrapped Markdown)
n = "zinc-section-rewrite"
A, B = "可选的 AI 用量状态", "会话恢复时的本机进程检查"
H[n] = write(n, {
    "source": src(n, "HUF457/Zinc", "HUF457+Zinc", "see repository (not checked)", "f1eb30e", "PRIVACY.zh-CN.md", "bbcd090", "PRIVACY.zh-CN.md", "md"),
    "changed": [{"old_title": A, "new_title": B, "kind": "renamed+rewritten"}] + [{"old_title": t, "new_title": t, "kind": "modified"} for t in ["本机保存的数据", "网络活动", "诊断信息", "你的选择"]],
    "noise_only": [], "unchanged": ["Windows Terminal 设置示例"],
    "changes": [
        C("本机保存的数据", "本机保存的数据", "- 应用设置，包括已配置的 Codex 会话根目录；", "- 应用设置；", "wording"),
        C(A, B, "## 可选的 AI 用量状态", "## 会话恢复时的本机进程检查", "heading", note="same place (3rd section); its body is replaced, see the next changes"),
        C(A, B, "启用 AI 用量状态栏后，Zinc 会在本机检查当前终端标签页，可能进行以下操作：- 枚举后代进程的 PID…；- 读取…`.jsonl` 文件的尾部（最多 256 KiB），以及 `config.toml`；- 读取…`cc_status.json`、`cc_daily.txt` 和 `cc_weekly.txt`。", None, "removed",
          note="intro line and its three list items"),
        C(A, B, "对于 Codex，Zinc 只提取状态栏所需的模型、推理强度、令牌数…Zinc 不会创建或管理它们。", None, "removed"),
        C(A, B, "原始命令行和源文件内容不会发送到渲染进程、由 Zinc 保存或上传。…仍属于用户需要管理的本机安全边界。", None, "removed"),
        C(A, B, "启动时，Zinc 可能查询已安装的 WSL 发行版名称及各发行版默认用户的 `$HOME`…不会读取该工具的用量文件。", None, "removed"),
        C(A, B, None, "启用会话恢复与可选的「自动恢复 AI 对话」时，Zinc 可能在退出时短暂检查终端标签的进程树，以记录是否运行过 Claude 或 Codex，以及应恢复的工作目录。该检查只在本机进行、不会上传结果，也不是持续轮询。关闭会话恢复或 AI 对话恢复会减少记录内容。", "added"),
        C("网络活动", "网络活动", "…网页链接经过协议校验后交给系统浏览器打开。AI 状态检查完全在本机进行，Zinc 不会上传检查结果。", "…网页链接经过协议校验后交给系统浏览器打开。", "removed",
          note="the last sentence of the first paragraph is dropped"),
        C("诊断信息", "诊断信息", "Zinc 不会自动上传终端输出、命令历史、设置、会话状态、截图、状态源文件内容或崩溃转储。", "Zinc 不会自动上传终端输出、命令历史、设置、会话状态、截图或崩溃转储。", "wording",
          note="an item of the list dropped; the paragraph is re-wrapped"),
        C("你的选择", "你的选择", "- 不希望 Zinc 在本机检查进程和用量文件时，可关闭 AI 用量状态栏；第三方状态文件需另行保护或删除。", "- 不希望退出时为 Claude/Codex resume 做进程树检查时，可关闭「自动恢复 AI 对话」。", "wording"),
    ],
    "noise": [N("诊断信息", "诊断信息", "hard line breaks at ~40 characters", "the same paragraph wrapped at other places", "whitespace")],
    "notes": "Release 0.6.0 of a terminal launcher: the optional 'AI usage status' feature is dropped and its section (same place, new heading) now describes the process check at session restore; a clause, a sentence, a list item and a choice change with it. The Markdown is hard-wrapped at ~40 characters, so edited paragraphs are re-wrapped. 10 changes.",
})

# ------------------------------------------------------------ zinc-reflow-update (history, hard-wrapped Markdown)
n = "zinc-reflow-update"
H[n] = write(n, {
    "source": src(n, "HUF457/Zinc", "HUF457+Zinc", "see repository (not checked)", "bbcd090", "PRIVACY.zh-CN.md", "fb6dff1", "PRIVACY.zh-CN.md", "md"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in ["网络活动", "你的选择"]],
    "noise_only": [], "unchanged": ["本机保存的数据", "会话恢复时的本机进程检查", "诊断信息", "Windows Terminal 设置示例"],
    "changes": [
        C("网络活动", "网络活动", "打包版只在用户检查或下载更新时连接GitHub Releases。",
          "Windows 打包安装版会在启动后不久向GitHub Releases 做一次静默检查（以便在未打开设置时也能显示更新角标）；用户在「设置 → 关于」或更新弹窗中检查/下载时也会再次连接。发现更新后会自动下载，安装仍需用户明确选择重启。",
          "wording", note="'only when the user checks' becomes a silent check at every start plus automatic download; the paragraph is re-wrapped over four lines"),
        C("你的选择", "你的选择", "- 不希望连接 GitHub Releases 时不要执行更新检查。", "- 若不希望启动时连接 GitHub Releases，请使用开发（未打包）构建；打包安装版会做一次静默更新检查。", "wording"),
    ],
    "noise": [N("网络活动", "网络活动", "two hard-wrapped lines", "four hard-wrapped lines", "whitespace")],
    "notes": "Release 0.6.2: the packaged build now checks GitHub for updates silently at start and downloads them; two sentences change, one of them inside a hard-wrapped paragraph. 2 changes.",
})

# ------------------------------------------------------------ talo-rename (history, Markdown, product renamed)
n = "talo-rename"
H[n] = write(n, {
    "source": src(n, "WangXueZhi/Talo", "WangXueZhi+Talo", "see repository (not checked)", "3b863f9", "PRIVACY.zh-CN.md", "d02989f", "PRIVACY.zh-CN.md", "md"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in ["隐私政策", "数据保存在哪里"]],
    "noise_only": [{"old_title": t, "new_title": t, "note": "link target only"} for t in ["安全", "联系方式"]],
    "unchanged": ["插件会处理什么数据", "网络和数据共享", "文件访问", "保存行为", "保留和删除", "政策变更"],
    "changes": [
        C("隐私政策", "隐私政策", "生效日期：2026 年 7 月 15 日", "生效日期：2026 年 8 月 13 日", "date"),
        C("隐私政策", "隐私政策", "本政策说明 Codex Project Memory 插件怎样处理数据。它只适用于插件本身，不适用于 Codex、ChatGPT…",
          "本政策说明 Talo 如何处理数据，包括兼容插件 `codex-project-memory`。它只适用于 Talo 本身，不适用于 Codex、ChatGPT…", "rename", note="hard-wrapped, the line break moves"),
        C("数据保存在哪里", "数据保存在哪里", "插件数据保存在本机：", "Talo 新安装的数据保存在本机：", "wording"),
        C("数据保存在哪里", "数据保存在哪里", "${CODEX_HOME:-~/.codex}/project-memory/v1/", "~/.project-memory/v1/", "wording", note="the storage path, in a ```text code block"),
        C("数据保存在哪里", "数据保存在哪里", None, "只有旧目录时，可以继续使用 `~/.codex/project-memory/v1`。两个 Home 同时存在时，Talo 要求显式选择，不会静默合并。", "added"),
        C("安全", "安全", "[私有安全公告页面](https://github.com/WangXueZhi/codex-project-memory/security/advisories/new)", "[私有安全公告页面](https://github.com/WangXueZhi/Talo/security/advisories/new)", "contact",
          optional=True, note="link target only; the visible words are unchanged"),
        C("联系方式", "联系方式", "[GitHub Issues](https://github.com/WangXueZhi/codex-project-memory/issues)", "[GitHub Issues](https://github.com/WangXueZhi/Talo/issues)", "contact",
          optional=True, note="link target only"),
    ],
    "noise": [],
    "notes": "The plugin 'Codex Project Memory' becomes the app 'Talo': new effective date, scope sentence, storage path, an added paragraph on the old directory, two link targets. 5 changes + 2 optional (link targets).",
})

# ------------------------------------------------------------ thousandsmore-tsx (history, TSX, English branch added)
n = "thousandsmore-tsx"
H[n] = write(n, {
    "source": src(n, "Victorxu86/Thousandsmore-Web", "Victorxu86+Thousandsmore-Web", NONE, "b466518", "src/app/privacy/page.tsx", "fac76e3", "src/app/privacy/page.tsx", "tsx"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in ["隐私政策", "一、信息收集范围", "二、信息使用目的", "三、信息存储与保护", "四、信息共享与第三方", "五、您的权利", "六、政策更新"]],
    "noise_only": [], "unchanged": [],
    "changes": [
        C("隐私政策", "隐私政策", "除非另有约定，本政策所称“我们”或“本平台”，系指 Thousandsmore（thousandsmore.com）。", None, "removed", note="the definition of the party is dropped from the intro"),
        C("一、信息收集范围", "一、信息收集范围", "我们不收集与题库内容之外的敏感个人信息，且不会在未告知的情况下进行与业务无关的个人画像。", None, "removed",
          note="a negative commitment dropped; the rest of the paragraph joins one line and 1) -> 1） (noise)"),
        C("二、信息使用目的", "二、信息使用目的", "我们收集并使用信息系为：完成订单与权益开通、提供与改进产品功能、…", "用于完成订单与权益开通、提供与改进功能、…", "wording"),
        C("三、信息存储与保护", "三、信息存储与保护", "（包括但不限于访问控制、…）…除法律法规另有规定或为实现业务目的所必需的最短期限外，我们将以实现上述目的所必要的合理期限保留您的信息。",
          "（包括访问控制、…）…除法律法规另有规定外，我们以实现上述目的所必要的合理期限保留您的信息。", "wording", note="包括但不限于 -> 包括, and the retention clause shortened"),
        C("四、信息共享与第三方", "四、信息共享与第三方", "（例如：…Vercel）。该等第三方将受合约或政策约束，仅在必要范围内处理您的信息。", "（例如：…Vercel），并受合约或政策约束。", "wording",
          note="'only within the necessary scope' dropped"),
        C("五、您的权利", "五、您的权利", "并有权就本政策与我们的数据处理行为进行咨询与投诉。", "并可就本政策与数据处理行为进行咨询与投诉。", "wording"),
        C("五、您的权利", "五、您的权利", "您可通过站内联系渠道或邮件与我们联系。", None, "contact", note="the contact sentence is dropped"),
        C("六、政策更新", "六、政策更新", "重大变更将以显著方式提醒。继续使用本平台即表示您已阅读、理解并同意受更新后的政策约束。", "重大变更将以显著方式提示。继续使用本平台即表示您同意受更新后的政策约束。", "wording"),
        C(None, None, None, "an English version of the whole policy in a {lang === \"en\" ? (…) : (…)} branch: This Privacy Policy explains … 1. Information We Collect … 6. Updates … In case of conflict with applicable law, the law shall prevail.",
          "added", note="eight English paragraphs and six English headings before the Chinese branch; shown as added text (any number of entries) is right"),
    ],
    "noise": [
        N(None, None, None, '"use client"; import { useLang } from "@/lib/lang"; const lang = useLang();', "markup"),
        N(PRE, PRE, "返回首页 / 隐私政策", '{lang === "en" ? "Back to Home" : "返回首页"} / {lang === "en" ? "Privacy Policy" : "隐私政策"}', "markup",
          note="the back link and the <h1> become ternaries with the same Chinese words"),
        N("一、信息收集范围", "一、信息收集范围", "我们可能根据业务需要收集以下信息：\\n1) …；2) …；3) …", "我们可能根据业务需要收集以下信息：1）…；2）…；3）…", "punctuation", note="line joined, 1) -> 1）"),
    ],
    "notes": "A Next.js page: commit 'English versions for Terms/Privacy' wraps the Chinese policy in a language conditional with a new English branch and edits the Chinese text in every section (a party definition, a negative commitment and a contact sentence dropped; 包括但不限于 -> 包括; 仅在必要范围内 dropped). 9 changes.",
})

# ------------------------------------------------------------ zego-sdk-update (history, long MDX/Markdown with tables)
n = "zego-sdk-update"
S15o, S15n = "1.5 Effects SDK", "1.5 AI 美颜"
S3 = "3. 我们如何共享、转让及公开披露个人信息"
H[n] = write(n, {
    "source": src(n, "spreadingai/spreading-site-template-new", "spreadingai+spreading-site-template-new", NONE, "1431240e02dd362ae78dea121be2caf4c9363194",
                  "public/policies-and-agreements/history/zego-sdk-privacy-policy_20250110.md", "1431240e02dd362ae78dea121be2caf4c9363194",
                  "public/policies-and-agreements/zego-sdk-privacy-policy.md", "md"),
    "changed": [{"old_title": S15o, "new_title": S15n, "kind": "renamed+modified"}, {"old_title": None, "new_title": "1.8 云端实时语音识别", "kind": "added"},
                {"old_title": S3, "new_title": S3, "kind": "modified"}, {"old_title": "即构 SDK 隐私政策", "new_title": "即构 SDK 隐私政策", "kind": "modified (dates)"}],
    "noise_only": [{"old_title": "1.8 根据法律法规的规定，以下是征得用户同意的例外情形", "new_title": "1.9 根据法律法规的规定，以下是征得用户同意的例外情形", "note": "renumbered only"}],
    "unchanged": ["1.1 Express SDK", "1.2 ZegoMiniGameEngine SDK", "1.3 ZIM SDK", "1.4 超级白板 SDK", "1.6 实时传译 SDK", "1.7 AI Agent", "2. 我们如何存储个人信息",
                  "4. 个人信息管理", "5. 我们如何保护个人信息", "6. 未成年人保护条款", "7. 隐私政策的修订和通知"],
    "changes": [
        C("即构 SDK 隐私政策", "即构 SDK 隐私政策", "**版本更新日期：2025年1月10日**", "**版本更新日期：2025年8月15日**", "date"),
        C("即构 SDK 隐私政策", "即构 SDK 隐私政策", "**版本生效日期：2025年1月10日**", "**版本生效日期：2025年8月15日**", "date"),
        C(S15o, S15n, "#### 1.5 Effects SDK", "#### 1.5 AI 美颜", "heading"),
        C(S15o, S15n, "即构AI美颜（Effects SDK）是为移动应用开发者提供的…", "即构AI美颜（ZegoEffect）是为移动应用开发者提供的…", "rename"),
        C(S15o, S15n, "<td>日志信息：操作系统类型</td>", "<td>用户名、用户ID、操作日志、App版本号、设备ID、操作系统类型、IP地址</td>", "wording",
          note="the data collected for troubleshooting widens from the OS type to seven items (table cell)"),
        C(S15o, S15n, "<td>加密存储于本地，不会上传ZEGO服务端</td>", "<td>保存30天后自动删除</td>", "wording",
          note="retention cell: 'stored locally, never uploaded' -> 'deleted after 30 days' (the negation is gone)"),
        C(None, "1.8 云端实时语音识别", None, "#### 1.8 云端实时语音识别 + two paragraphs (即构云端实时语音识别…; 云端实时语音识别服务是依托于即构Express SDK…)", "added",
          note="a new subsection inserted before the old 1.8, which becomes 1.9"),
        C(S3, S3, "- 提供“1. …”中的所述相应功能或服务及对应目的所必需。例如：AI Agent 产品…共享给我们的合作伙伴，这些合作伙伴包括但不限于…，他们将使用这些数据进行问题理解，提高问题回答的准确性，但我们会要求他们遵守严格的数据保护规定，确保您的信息安全。在此场景下，您的信息将向第三方共享，具体如下：",
          "- 提供“1. …”中的所述相应功能或服务及对应目的所必需。 / - 1）AI Agent 产品…共享给我们的合作伙伴，以便进行问题理解、提高AI互动问题回答的准确性； / 我们的合作伙伴包括但不限于…，我们会要求他们遵守严格的数据保护规定，确保您的信息安全。在此场景下，您的信息将向第三方共享，具体如下：",
          "wording", note="one paragraph split into an item, a nested item 1) and a trailing paragraph, reworded (他们将使用这些数据… -> 以便…)"),
        C(S3, S3, None, "- 2）云端实时语音识别服务会将您在实时音视频通话中的语音信息、实时通话信息共享给我们的合作伙伴，以便能快速、精准地将语音内容识别和转换为文字内容；", "added"),
        C(S3, S3, None, "a new first column 产品名称 in the sharing table, 'AI Agent' on the five existing rows", "added"),
        C(S3, S3, None, "<tr> 云端语音识别服务 | 大模型服务平台百炼 | 阿里云计算有限公司 | 对话信息（音频消息）、实时语音信息 | …</tr>", "added"),
        C(S3, S3, None, "<tr> 云端语音识别服务 | 腾讯云语音识别 | 腾讯云计算（北京）有限责任公司 | 对话信息（音频消息）、实时语音信息 | …</tr>", "added"),
        C(S3, S3, None, "<tr> 云端语音识别服务 | 微软语音识别 | Microsoft | 对话信息（音频消息）、实时语音信息 | …</tr>", "added"),
        C("8. 联系我们", "8. 联系我们", None, "2. <a href=…_20250110>即构SDK隐私政策（2025年1月10日版本）</a>", "added",
          note="a second link in 【历史版本】 at the very end (under the last heading 8. 联系我们)"),
    ],
    "noise": [
        N("1.8 根据法律法规的规定，以下是征得用户同意的例外情形", "1.9 根据法律法规的规定，以下是征得用户同意的例外情形", "#### 1.8 …", "#### 1.9 …", "numbering",
          note="renumbered after the inserted 1.8; a rename flag is fine, a change entry is noise"),
        N("8. 联系我们", "8. 联系我们", "&nbsp;&nbsp;<a …>即构SDK隐私政策（2024年11月22日版本）</a>", "1. &nbsp;&nbsp;<a …>即构SDK隐私政策（2024年11月22日版本）</a>", "numbering",
          note="the existing history link gets a list number"),
    ],
    "notes": "ZEGO's SDK privacy policy (MDX: Markdown + HTML tables + <Steps>/<Step> components, 1,200 lines, ~30,000 characters), the archived 2025-01-10 version against the current 2025-08-15 one (both files at one commit). New dates, 1.5 renamed with two table cells changed (data items widened, 'never uploaded' -> '30 days'), a new 1.8 subsection (the next one renumbered), the sharing clause split and extended, a new table column and three rows, a history link. 14 changes.",
})

# ------------------------------------------------------------ secretbox-cross-script (edition pair, HTML)
n = "secretbox-cross-script"
H[n] = write(n, {
    "source": src(n, "fudiankaifa-support/privacy-secret-box", "fudiankaifa-support+privacy-secret-box", NONE, "6fa7f73", "zh-Hans/privacy.html", "6fa7f73", "zh-Hant/privacy.html", "html"),
    "changed": [], "noise_only": [],
    "unchanged": ["1. 我们收集的数据", "2. 你的私密内容", "3. 第三方服务", "4. 数据共享", "5. 数据保留与删除", "6. 儿童隐私", "7. 政策变更", "8. 联系我们"],
    "changes": [],
    "noise": [
        N(PRE, PRE, "<title>隐私政策 - Privacy Secret Box</title>; <h1>Privacy Secret Box 隐私政策</h1>", "<title>隱私權政策 - …</title>; <h1>Privacy Secret Box 隱私權政策</h1>", "regional vocabulary", note="隐私政策/隱私權政策"),
        N("1. 我们收集的数据", "1. 我們收集的資料", "不收集、存储或传输可用于识别你身份的个人数据", "不會收集、儲存或傳輸可用於識別你身分的個人資料", "regional vocabulary", note="不/不會, 存储/儲存, 身份/身分, 数据/資料"),
        N("2. 你的私密内容", "2. 你的私密內容", "仅存储在你的设备本地…恢复这些内容", "僅儲存在你的裝置本機…還原這些內容", "regional vocabulary", note="本地/本機, 恢复/還原"),
        N("4. 数据共享", "4. 資料分享", "我们不会出售、出租或共享你的个人数据。", "我們不會出售、出租或分享你的個人資料。", "regional vocabulary", note="共享/分享 (also in the heading: a rename flag here is a section error)"),
        N("5. 数据保留与删除", "5. 資料保留與刪除", "本地数据", "本機資料", "regional vocabulary"),
        N("6. 儿童隐私", "6. 兒童隱私", "不面向儿童主动收集个人数据。", "不會主動向兒童收集個人資料。", "translation paraphrase"),
        N("7. 政策变更", "7. 政策變更", "发生变化…本隐私政策", "發生變更…本隱私權政策", "regional vocabulary"),
    ],
    "notes": "The zh-Hans and zh-Hant editions of one version (2026-06-26) of an iOS app's privacy page, same commit. The Taiwan edition uses 資料/數據, 本機/本地, 身分/身份, 分享/共享, 還原/恢復, 隱私權政策 and one paraphrase (不會主動向兒童收集). Expected: zero changes, no renamed section.",
})

import json, os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(here, "HASHES.txt"), "w", encoding="utf-8") as f:
    for k in sorted(H):
        f.write(f"{H[k]}  pairs/{k}/annotation.json\n")
