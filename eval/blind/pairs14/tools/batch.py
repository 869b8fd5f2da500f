"""Annotations for pairs14 (c9p), written from `git diff --word-diff` and the texts (edition pairs: a word diff of the
zh-Hans file against an OpenCC tw2sp conversion of the zh-Hant one, tools/opencc_conv.py) before any policylens run.

Section-error rule for edition pairs (fixed before the run, as pairs13): a section flagged renamed or moved whose two
headings differ only by script, regional vocabulary (信息/資訊, 数据/資料, 存储/儲存, 保存/儲存, 共享/共用, 披露/揭露,
收集/蒐集, 权限/許可權, 访问权/查閱權, 控制者/控管者, 澳大利亚/澳洲, 个人资料/個人資料 …) or numbering is a section
error. History pairs: a rename flag on a heading whose text did not change, or a move flag on a section that did not
move, is a section error.

Judgement rules fixed before the run: page <title>/<meta>, <html lang>, fonts, language links, site navigation and
footer links are not policy text (noise if reported); a sentence, date, number, e-mail, party or registration
number present in one text only is a change.
"""
from ann import C, N, src, write

H = {}
PRE = "(before the first heading)"

# ------------------------------------------------------------ mememo-rename (history, HTML, product rename)
n = "mememo-rename"
H[n] = write(n, {
    "source": src(n, "AaronYu2017/MeMemo-support", "AaronYu2017+MeMemo-support", "none (no licence file seen)",
                  "31bff99~1", "privacy-zh.html", "31bff99", "privacy-zh.html", "html"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in ["隐私政策", "概述", "数据控制者"]],
    "noise_only": [], "unchanged": ["我们收集的数据", "数据存储", "第三方服务", "数据共享", "儿童隐私", "数据删除", "政策变更", "你在 GDPR 下的权利", "数据跨境传输", "联系我们"],
    "changes": [
        C("隐私政策", "隐私政策", "<p>我记 MeMemo</p>", "<p>我记</p>", "rename", note="subtitle under the h1; product name loses its English part"),
        C("概述", "概述", "我记 MeMemo（以下简称\"我们\"、\"本应用\"）是一款个人生命记录应用。…", "我记（以下简称\"我们\"、\"本应用\"）是一款个人生命记录应用。…", "rename"),
        C("数据控制者", "数据控制者", "处理与我记 MeMemo 相关个人信息的数据控制者为：", "处理与我记 相关个人信息的数据控制者为：", "rename"),
    ],
    "noise": [],
    "notes": "Commit 'fix: remove MeMemo from all Chinese privacy and terms pages': the product name 我记 MeMemo becomes 我记 in three places. 3 changes, nothing else.",
})

# ------------------------------------------------------------ mememo-redesign (history, HTML, redesign + contact)
n = "mememo-redesign"
H[n] = write(n, {
    "source": src(n, "AaronYu2017/MeMemo-support", "AaronYu2017+MeMemo-support", "none (no licence file seen)",
                  "7bc93e9~1", "privacy-zh.html", "7bc93e9", "privacy-zh.html", "html"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in ["隐私政策", "数据控制者", "你在 GDPR 下的权利", "联系我们"]],
    "noise_only": [{"old_title": t, "new_title": t, "note": "h3 -> h2, wrapped in <section>, colon moved out of <strong>"} for t in ["数据存储", "你在 GDPR 下的权利"]],
    "unchanged": ["概述", "我们收集的数据", "第三方服务", "数据共享", "儿童隐私", "数据删除", "政策变更", "数据跨境传输"],
    "changes": [
        C("隐私政策", "隐私政策", None, "你的数据，只属于你。", "added", note="new subtitle <p class=\"sub\"> under the h1"),
        C("数据控制者", "数据控制者", "联系方式：aaronyu17@gmail.com", "联系方式：aaron@mememo.life", "contact"),
        C("你在 GDPR 下的权利", "你在 GDPR 下的权利", "请通过 aaronyu17@gmail.com 联系我们，我们会在 30 日内回复。", "请通过 aaron@mememo.life 联系我们，我们会在 30 日内回复。", "contact"),
        C("联系我们", "联系我们", "请通过 aaronyu17@gmail.com 联系我们。", "请通过 aaron@mememo.life 联系我们。", "contact"),
    ],
    "noise": [
        N(None, None, "<style> block of ~80 lines, .container/.card layout", "new stylesheet link / page-head, subnav, main.content", "markup", note="whole-page redesign"),
        N(PRE, PRE, "<p>我记</p> subtitle; nav 支持 / 隐私政策 / 用户协议 | English 繁體中文", "nav-brand 我记 MeMemo; langs 简体 繁體 EN; eyebrow 'Privacy Policy'; subnav 支持 隐私政策 服务条款", "navigation", note="site chrome; 用户协议 -> 服务条款 is a link label"),
        N("隐私政策", "隐私政策", "<p><strong>生效日期：</strong>2026 年 4 月 3 日</p><p><strong>最后更新：</strong>2026 年 4 月 19 日</p>", "<div class=\"dates\"><span>生效日期：2026 年 4 月 3 日</span><span>最后更新：2026 年 4 月 19 日</span></div>", "markup", note="same dates"),
        N("(all headings)", "(all headings)", "<h3>概述</h3> … <h3>联系我们</h3>", "<section><h2>概述</h2> … <h2>联系我们</h2>", "markup", note="heading level h3 -> h2; must not be renames or moves"),
        N("数据存储 / 你在 GDPR 下的权利", None, "<strong>你的设备：</strong>所有记录… (9 list items)", "<strong>你的设备</strong>：所有记录…", "markup", note="full-width colon moved outside <strong>"),
        N("数据控制者", "数据控制者", "处理与我记 相关", "处理与我记相关", "whitespace"),
        N(None, None, "footer: © 2026 MeMemo. All rights reserved.", "footer: ← 返回首页, mailto aaron@mememo.life, © 2026 MeMemo.", "navigation", note="footer links (the new address repeats annotated contact changes 1-3); borderline, judged site chrome"),
    ],
    "notes": "Site redesign (markup rewritten, headings h3 -> h2, nav/footer new) plus one real edit: the contact address aaronyu17@gmail.com -> aaron@mememo.life in three places, and a new one-line subtitle. 4 changes.",
})

# ------------------------------------------------------------ mememo-cross-script (edition, re-translated)
n = "mememo-cross-script"
H[n] = write(n, {
    "source": src(n, "AaronYu2017/MeMemo-support", "AaronYu2017+MeMemo-support", "none (no licence file seen)",
                  "97925cf", "privacy-zh.html", "97925cf", "privacy-zh-Hant.html", "html"),
    "changed": [{"old_title": "联系我们", "new_title": "聯絡我們", "kind": "modified", "note": "footer ICP line only in zh-Hans (last section)"}],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan wording / paraphrase only"} for t in [
        "概述", "我们收集的数据", "数据存储", "第三方服务", "数据共享", "数据删除", "政策变更", "数据控制者", "你在 GDPR 下的权利", "数据跨境传输"]],
    "unchanged": [],
    "changes": [
        C("联系我们", "聯絡我們", "我记 App 备案号：沪ICP备2026017841号-1A", None, "removed",
          note="footer link to beian.miit.gov.cn; the ICP filing number appears in the zh-Hans edition only (a registration number present in one edition)"),
    ],
    "noise": [
        N(None, None, '<html lang="zh-CN">, title', '<html lang="zh-TW">', "regional", note="head"),
        N(PRE, PRE, "lang links (active 简体), nav 常见问题 支持 隐私政策 服务条款 -> *-zh.html", "lang links (active 繁體), nav … 使用條款 -> *-zh-Hant.html", "navigation"),
        N("(headings)", "(headings)", "数据存储, 数据共享, 数据控制者", "資料儲存, 資料分享, 資料控管者", "regional", note="must not be renames"),
        N("(many)", "(many)", "\"我们\" quotes, 存储, 账户, 开启, 访问权, 数据可携带权, 投诉权, 监管机构, 《通用数据保护条例》, 标准合同条款, 基础设施",
          "「我們」, 保存/儲存, 帳號, 打開, 查閱權, 資料可攜權, 申訴權, 主管機關, 《一般資料保護規則》, 標準契約條款, 基礎架構", "regional",
          note="class: Taiwan re-translation; same e-mail aaron@mememo.life, same 30 日, same dates"),
        N("(many)", "(many)", "均由你自己控制; 从设备上删除应用; 某些处理活动; 都可由你直接行使; 也仅保存在", "且都由你自己控制; 從裝置中刪除本應用; 特定的處理活動; 你都可以自行行使; 亦僅保存於", "translation-paraphrase"),
    ],
    "notes": "zh-Hans (privacy-zh.html) vs zh-Hant (privacy-zh-Hant.html) at 97925cf; the zh-Hant edition is re-worded in Taiwan usage (查閱權, 申訴權, 《一般資料保護規則》, 標準契約條款), not a character conversion. Only difference of meaning: the ICP filing line at the foot of the zh-Hans page. Expected: cross-script mode; 1 change; no renamed section.",
})

# ------------------------------------------------------------ yiceling-alipay-removed (history, HTML)
n = "yiceling-alipay-removed"
S = "(二)第三方 SDK 与支付服务"
H[n] = write(n, {
    "source": src(n, "wjh-cloud/apple-developer", "wjh-cloud+apple-developer", "none (no licence file seen)",
                  "1824bc5~1", "privacy.html", "1824bc5", "privacy.html", "html"),
    "changed": [{"old_title": "易测灵 用户隐私政策", "new_title": "易测灵 用户隐私政策", "kind": "modified"}, {"old_title": S, "new_title": S, "kind": "modified"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C("易测灵 用户隐私政策", "易测灵 用户隐私政策", "更新日期:2026-05-27", "更新日期:2026-06-03", "date"),
        C("易测灵 用户隐私政策", "易测灵 用户隐私政策", "生效日期:2026-05-27", "生效日期:2026-06-03", "date"),
        C("易测灵 用户隐私政策", "易测灵 用户隐私政策", "版本号:v8", "版本号:v9", "wording"),
        C(S, S, "1. APP支付客户端SDK(集成库:tobias) + 5 bullets (开发者:支付宝(杭州)信息技术有限公司; 用途…; 收集类型…; 触发时机…; 第三方隐私政策:https://opendocs.alipay.com/common/02kiq3)", None, "removed",
          note="the whole Alipay SDK item removed; any entry covering any of its six lines counts"),
    ],
    "noise": [
        N(S, S, "<strong>2. 系统分享 / 3. 应用市场跳转 / 4. 友盟+移动统计SDK", "<strong>1. / 2. / 3.", "renumber", note="items renumbered after the removal (bold paragraphs, not headings)"),
    ],
    "notes": "Privacy v8 -> v9: the Alipay payment SDK disclosure removed from the third-party SDK list, items renumbered, dates and version number updated. 4 changes, 1 noise class.",
})

# ------------------------------------------------------------ yiceling-cross-script (edition, near-literal s2twp)
n = "yiceling-cross-script"
H[n] = write(n, {
    "source": src(n, "wjh-cloud/apple-developer", "wjh-cloud+apple-developer", "none (no licence file seen)",
                  "a77eeda", "privacy.html", "a77eeda", "privacy-zh-Hant.html", "html"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan vocabulary only"} for t in [
        "易测灵 用户隐私政策", "一、我们如何收集和使用您的个人信息", "二、个人信息的存储与安全", "(一)存储地点", "(二)存储期限",
        "三、个人信息的对外共享、转让、披露", "七、关于面部照片的特别说明", "九、联系方式"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, '<html lang="zh-CN">, <title>… 北京日轩信息科技有限公司, PingFang SC / Microsoft YaHei', '<html lang="zh-Hant">, 北京日軒資訊科技有限公司, PingFang TC / Microsoft JhengHei', "regional", note="head"),
        N(PRE, PRE, 'nav href="/privacy.html"', 'nav href="/privacy-zh-Hant.html"', "navigation"),
        N("(headings)", "(headings)", "一、我们如何收集和使用…, 二、个人信息的存储与安全, (一)存储地点, (二)存储期限, 三、个人信息的对外共享、转让、披露",
          "一、我們如何蒐集和使用…, 二、個人資訊的儲存與安全, (一)儲存地點, (二)儲存期限, 三、個人資訊的對外共用、轉讓、揭露", "regional", note="must not be renames"),
        N("(many)", "(many)", "北京日轩信息科技有限公司 (preamble, 九、联系方式), 收集, 信息, 存储, 共享, 披露, 账户, 相册, 通讯录, 短信, 运营, 运维, 客户端, 生成, 新增, 移动统计, 识别, 标识符, 身份, 合同, 查询权, 反馈邮箱, 核心, 重装, \"…\"",
          "北京日軒資訊科技有限公司, 蒐集, 資訊, 儲存, 共用, 揭露, 帳戶, 相簿, 通訊錄, 簡訊, 營運, 維運, 用戶端, 產生, 新增, 行動統計, 辨識, 識別符, 身分, 合約, 查詢權, 回饋郵箱, 核心, 重新安裝, 「…」", "regional",
          note="class: an s2twp-style conversion of the whole page (the company name too); same e-mail ceo@lingdongceshi.com, same dates, same version v11"),
    ],
    "notes": "zh-Hans privacy.html vs privacy-zh-Hant.html at a77eeda (both updated in that commit, v11); the zh-Hant page is a near-literal conversion with Taiwan vocabulary. Expected: cross-script mode; zero changes; no renamed section.",
})

# ------------------------------------------------------------ typeverse-rename (history, HTML, product rename)
n = "typeverse-rename"
H[n] = write(n, {
    "source": src(n, "wjh-cloud/apple-developer", "wjh-cloud+apple-developer", "none (no licence file seen)",
                  "943791d~1", "typeverse-privacy.html", "943791d", "typeverse-privacy.html", "html"),
    "changed": [{"old_title": "TypeVerse 隐私政策", "new_title": "MBTI大师 隐私政策", "kind": "renamed"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C("TypeVerse 隐私政策", "MBTI大师 隐私政策", "<h1>TypeVerse 隐私政策</h1>", "<h1>MBTI大师 隐私政策</h1>", "heading", note="the document title (h1); a rename entry or a change entry both count"),
        C("TypeVerse 隐私政策", "MBTI大师 隐私政策", "作为\"TypeVerse 人格测试\"App(以下简称\"本应用\")的开发与运营方", "作为\"MBTI大师\"App(以下简称\"本应用\")的开发与运营方", "rename"),
    ],
    "noise": [
        N(None, None, "<title>TypeVerse 隐私政策 …</title>, <meta description> TypeVerse 人格测试 App", "<title>MBTI大师 隐私政策 …</title>, <meta description> MBTI大师 App", "markup", note="head metadata, not policy text"),
    ],
    "notes": "App renamed TypeVerse (人格测试) -> MBTI大师 in the zh page: h1 and preamble. 2 changes. The preamble sits under the h1 (or before the first h2).",
})

# ------------------------------------------------------------ somniary-cross-script (edition, near-literal)
n = "somniary-cross-script"
H[n] = write(n, {
    "source": src(n, "xuezhanying/somniaai-page", "xuezhanying+somniaai-page", "none (no licence file seen)",
                  "252b16b", "privacy-zh-Hans.html", "252b16b", "privacy-zh-Hant.html", "html"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan/HK vocabulary only"} for t in [
        "隐私政策", "核心摘要", "2. 我们处理的信息", "4.1 AI 故事生成的工作流程", "5. 跨境数据传输", "6. 数据保留", "8.4 澳大利亚 — 1988 年隐私法 / APPs", "8.5 香港 — PDPO",
        "8.6 澳门 — 个人资料保护法(第 8/2005 号法律)", "8.7 台湾 — 个人资料保护法", "10. 健康免责声明", "11. 安全措施", "12. 政策变更"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, '<html lang="zh-Hans">', '<html lang="zh-Hant">', "regional", note="head"),
        N(PRE, PRE, "nav terms-zh-Hans.html, link 繁體中文; footer links privacy-zh-Hans/terms-zh-Hans", "nav terms-zh-Hant.html, link 简体中文; footer links *-zh-Hant", "navigation"),
        N("8.4 澳大利亚 — 1988 年隐私法 / APPs", "8.4 澳洲 — 1988 年隱私法 / APPs", "澳大利亚", "澳洲", "regional", note="heading; must not be a rename"),
        N("(many)", "(many)", "\"我们\" quotes, 运营, 应用, 本应用, 邮箱, 通讯录, 账户, 校验, 签名, 实时, 示例, 返回, 流式, 界面, 生物识别, 标识符, 元数据, 接收方, 存储, 营销, 抑郁, 查询, 复制, 新增, 香港个人资料隐私专员公署",
          "「我們」, 營運, 應用程式, 本 App, 電子郵件, 通訊錄, 帳戶, 驗證, 簽章, 即時, 範例, 傳回, 串流, 介面, 生物辨識, 識別碼, 中繼資料, 接收方, 儲存, 行銷, 憂鬱, 查詢, 複製, 新增, 香港個人資料私隱專員公署", "regional",
          note="class: a near-literal conversion with Taiwan vocabulary (本应用 -> 本 App throughout); same dates 2026 年 6 月 22 日, same parties DeepSeek/Cloudflare/Apple, same 25 小时, 10 分钟, 13 岁"),
    ],
    "notes": "privacy-zh-Hans.html vs privacy-zh-Hant.html at 252b16b (uploaded together): a near-literal conversion. Expected: cross-script mode; zero changes; no renamed section (8.4 澳大利亚/澳洲 included).",
})

# ------------------------------------------------------------ enso-cross-script (edition, Markdown, near-literal)
n = "enso-cross-script"
H[n] = write(n, {
    "source": src(n, "decnet105/enso-shide", "decnet105+enso-shide", "none (no licence file seen)",
                  "cc2819c", "privacy.md", "cc2819c", "zh-Hant/privacy.md", "md"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + conversion vocabulary only"} for t in [
        "拾得 Ensō 隐私政策与数据边界", "保存在本机的核心数据", "你主动使用时才会发送的数据", "可选匿名分析", "订阅、导出与删除", "权限、未成年人与联系", "继续阅读", "资料来源"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N("(headings)", "(headings)", "拾得 Ensō 隐私政策与数据边界, 保存在本机的核心数据, 你主动使用时才会发送的数据, 权限、未成年人与联系, 资料来源",
          "拾得 Ensō 隱私政策與資料邊界, 儲存在本機的核心資料, 你主動使用時才會傳送的資料, 許可權、未成年人與聯絡, 資料來源", "regional",
          note="must not be renames (权限 -> 許可權 is an OpenCC s2twp artefact)"),
        N("(many)", "(many)", "昵称, 预设, 资料, 梳理, 派生, 按其, 开启, 相册, 查询, 卸载, 账户, 发送", "暱稱, 預設, 資料, 整理, 衍生, 依其, 開啟, 相簿, 查詢, 解除安裝, 賬戶, 傳送", "regional",
          note="class: s2twp conversion; same e-mails privacy@/support@shide.app, same 90 天, 13 岁, 2026-08-16"),
        N("继续阅读", "繼續閱讀", "[在 App Store 下载拾得](https://apps.apple.com/…)", "在 App Store 下載拾得：https://apps.apple.com/…", "markup", note="Markdown link turned into text + bare URL (same URL)"),
        N("资料来源", "資料來源", "页面语言：zh-Hans", "頁面語言：zh-Hant", "regional", note="page-language metadata line"),
    ],
    "notes": "privacy.md (zh-Hans) vs zh-Hant/privacy.md at cc2819c: a near-literal OpenCC-style conversion. Expected: cross-script mode; zero changes; no renamed section.",
})

# ------------------------------------------------------------ enso-ai-disclosure (history, Markdown)
n = "enso-ai-disclosure"
S = "你主动使用时才会发送的数据"
H[n] = write(n, {
    "source": src(n, "decnet105/enso-shide", "decnet105+enso-shide", "none (no licence file seen)",
                  "0a66457~1", "privacy.md", "0a66457", "privacy.md", "md"),
    "changed": [{"old_title": S, "new_title": S, "kind": "modified"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(S, S, None, "这些联网 AI 功能（狗子对话、AI 梳理、AI 成书）由**第三方 AI 服务商**处理：主要是 **OpenAI**，…按其公开条款，这些数据不会被用于训练模型。", "added",
          note="one new paragraph after the table"),
    ],
    "noise": [],
    "notes": "One paragraph added disclosing third-party AI processors (OpenAI, Anthropic, Google). 1 change.",
})
