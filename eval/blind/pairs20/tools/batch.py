"""Annotations for pairs20 (q20d), written from `git diff --word-diff`, a paragraph-level text diff of the pages
(tags stripped, one line per <p>/<h*>/<li>/<div>) and the texts (edition pairs: the same diff of the zh-Hans page against
an OpenCC tw2sp conversion of the zh-Hant one, tools/opencc_conv.py) before any policylens run.

Rules fixed before the run (as pairs14): page <title>/<meta>, <html lang>, fonts, scripts, styles, language links,
site navigation, a page header's menu and footer links are not policy text (noise if reported); a sentence, date,
number, e-mail, party or registration number present in one text only is a change. Edition pairs: a section flagged
renamed or moved whose two headings differ only by script, regional vocabulary or a translator's paraphrase
(建立/创建, 响应/回应, 体系/系统 …) or numbering punctuation (5、/5.) is a section error. History pairs: a rename flag on a
heading whose text did not change, or a move flag on a section that did not move, is a section error.
"""
from ann import C, N, src, write

H = {}
PRE = "(before the first heading)"
NONE = "none (no licence file seen)"

# ------------------------------------------------------------ toolhub-redesign (history, HTML, redesign, no text change)
n = "toolhub-redesign"
H[n] = write(n, {
    "source": src(n, "HJTOOLHUB/toolhub", "HJTOOLHUB+toolhub", NONE, "14d79ba~1", "yszc.html", "14d79ba", "yszc.html", "html"),
    "changed": [], "noise_only": [],
    "unchanged": ["隐私政策", "政策概述", "信息收集", "信息使用方式", "信息共享与披露", "数据安全与保护", "您的权利", "政策更新", "联系我们"],
    "changes": [],
    "noise": [
        N(PRE, PRE, "<header> with brand 隐私保护中心 + <nav> 概述 信息收集 使用方式 您的权利 联系我们 + a mobile menu with the same five links",
          "<header> with the brand only", "navigation", note="site menu removed (twice: desktop and mobile)"),
        N("隐私政策", "隐私政策", "<a href=#last-updated>最后更新：2025年8月15日</a> <a href=#full-policy>查看完整政策 →</a>",
          "<span>最后更新：2025年8月15日</span>", "markup", note="hero buttons: the date becomes a span (same date); the jump button 查看完整政策 is removed (a link, not policy text)"),
        N(None, None, "<style> .nav-shadow, .card-hover …; card-hover classes; <script> menu toggle", "(removed)", "markup"),
    ],
    "notes": "Commit '大型更新' of 合金工具库's privacy page: the site header's menu (twice), a '查看完整政策' jump button and styles are removed; every sentence, heading and date is unchanged. Expected: no change.",
})

# ------------------------------------------------------------ zhishi-sections-added (history, HTML)
n = "zhishi-sections-added"
T_OLD, T_NEW = "隐私政策网址(URL)", "智视科技软件隐私政策(URL)"
H[n] = write(n, {
    "source": src(n, "AshFishCan/AshFishCan.github.io", "AshFishCan+AshFishCan.github.io", NONE, "3ba8def~1", "yszc.html", "3ba8def", "yszc.html", "html"),
    "changed": [{"old_title": T_OLD, "new_title": T_NEW, "kind": "renamed", "note": "the <h1> (document title); the <title> keeps 隐私政策网址(URL)"}]
    + [{"old_title": None, "new_title": t, "kind": "added"} for t in ["7. 获取权限", "8. 账户注销", "9. 第三方SDK"]],
    "noise_only": [],
    "unchanged": ["1. 适用范围", "2. 信息的使用", "3. 信息披露", "4. 信息存储和交换", "5. 信息安全", "6. 本隐私政策的更改"],
    "changes": [
        C(T_OLD, T_NEW, "<h1>隐私政策网址(URL)</h1>", "<h1>智视科技软件隐私政策(URL)</h1>", "heading",
          note="document title; a title change, a rename or a change entry all count"),
        C(None, "7. 获取权限", None, "a）用户麦克风权限，用于语音输入 b）用户文件读写权限，用于上传下载用户头像 c）获取设备信息，用于查询用户网络状态", "added"),
        C(None, "8. 账户注销", None, "请用户按照以下格式编辑邮件(可在设置-账户注销 再次查看)：标题：智视账号注销 内容：用户名称，用户注册手机，用户注册密码 发送到：m767303717@163.com 我们会在1-3个工作日内为您处理", "added"),
        C(None, "9. 第三方SDK", None, "SDK技术由我们和我们合作的第三方机构提供…; a）阿里云语音合成 (使用目的/使用方式/涉及个人信息范围); b）讯飞语音转文字 (…)", "added"),
    ],
    "noise": [],
    "notes": "The page's <h1> is renamed (隐私政策网址(URL) -> 智视科技软件隐私政策(URL)) and three sections are appended after 6.: 7. 获取权限, 8. 账户注销 (an e-mail address and 1-3 working days), 9. 第三方SDK (two SDKs). The contact line (h3 联系邮箱：hr@ivfuture.com) stays last. 4 changes.",
})

# ------------------------------------------------------------ zhishi-reflow (history, HTML, markup only)
n = "zhishi-reflow"
H[n] = write(n, {
    "source": src(n, "AshFishCan/AshFishCan.github.io", "AshFishCan+AshFishCan.github.io", NONE, "c910e32~1", "yszc.html", "c910e32", "yszc.html", "html"),
    "changed": [], "noise_only": [{"old_title": t, "new_title": t, "note": "one <p> with <br/> lines split into one <p> per line"} for t in ["8. 账户注销", "9. 第三方SDK"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N("8. 账户注销", "8. 账户注销", "<p>请用户按照…：<br/><br/>标题：智视账号注销<br/>内容：…<br/><br/>发送到：m767303717@163.com<br/>我们会在1-3个工作日内为您处理</p>",
          "<p>请用户按照…：<br/><br/></p><p>标题：智视账号注销</p><p>内容：…<br/><br/></p><p>发送到：m767303717@163.com</p><p>我们会在1-3个工作日内为您处理</p>", "markup",
          note="the same five lines, now five paragraphs"),
        N("9. 第三方SDK", "9. 第三方SDK", "<p>a）阿里云语音合成<br/>使用目的…<br/>使用方式…<br/>涉及个人信息范围…</p> (and b）讯飞语音转文字)",
          "<p>a）阿里云语音合成</p><p>使用目的…</p>… (each line its own <p>)", "markup"),
    ],
    "notes": "Commit 'Update yszc.html' (智视): two blocks written as one <p> with <br/> line breaks become one <p> per line; the text is identical (the tag-stripped texts are equal line for line). Expected: no change.",
})

# ------------------------------------------------------------ dingmaster-doc-rename (history, HTML, document renamed)
n = "dingmaster-doc-rename"
T_OLD, T_NEW = "用户隐私政策", "用户隐私协议"
S1, S2, S3 = "我们收集的信息", "我们如何使用您的信息", "我们如何分享您的信息"
H[n] = write(n, {
    "source": src(n, "DingMaster/app", "DingMaster+app", NONE, "2aab81e~1", "yszc.html", "2aab81e", "yszc.html", "html"),
    "changed": [{"old_title": T_OLD, "new_title": T_NEW, "kind": "renamed", "note": "<h1> and <title>"}]
    + [{"old_title": t, "new_title": t, "kind": "modified"} for t in [S1, S2, S3]],
    "noise_only": [], "unchanged": ["您提供的信息", "其他方分享的您的信息", "我们获取的您的信息", "如何访问和控制您的信息", "有关共享信息的提示"],
    "changes": [
        C(T_OLD, T_NEW, "<h1>用户隐私政策</h1> (and <title>)", "<h1>用户隐私协议</h1>", "heading", note="document title"),
        C(T_OLD, T_NEW, "我们重视您的隐私。…本《隐私政策》向您说明…本《隐私政策》与您所使用的…按照本《隐私政策》的指引…本《隐私政策》之中涉及的相关技术词汇…",
          "…本《隐私协议》… (four times; the new source also breaks the line before 》的指引, a space in HTML)", "rename"),
        C(T_OLD, T_NEW, "您使用或继续使用我们的服务，都表示您同意我们按照本《隐私政策》收集、使用、储存和分享您的信息。", "…本《隐私协议》…", "rename"),
        C(T_OLD, T_NEW, "如您对本《隐私政策》或与本《隐私政策》相关的事宜有任何问题，请致电或在线客服与我们联系。", "…本《隐私协议》…本《隐私协议》…", "rename"),
        C(S1, S1, "如我们或我们的关联公司与任何上述第三方分享您的个人信息，我们将努力确保该等第三方在使用您的个人信息时遵守本《隐私政策》及我们要求其遵守的其他适当的保密和安全措施。", "…本《隐私协议》…", "rename",
          note="first of two identical paragraphs (the page repeats the sharing block under 我们收集的信息 and 我们如何分享您的信息)"),
        C(S1, S1, "我们仅在本《隐私政策》所述目的所必需期间和法律法规要求的时限内保留您的个人信息。…", "我们仅在本《隐私协议》所述目的…", "rename", note="first of two identical paragraphs"),
        C(S2, S2, "针对某些特定服务的特定隐私政策将更具体地说明我们在该等服务中如何使用您的信息。", "针对某些特定服务的特定隐私协议将…", "rename"),
        C(S3, S3, "如我们或我们的关联公司与任何上述第三方分享您的个人信息，…遵守本《隐私政策》…", "…本《隐私协议》…", "rename", note="second copy"),
        C(S3, S3, "我们仅在本《隐私政策》所述目的所必需期间…", "我们仅在本《隐私协议》所述目的…", "rename", note="second copy"),
    ],
    "noise": [
        N(T_OLD, T_NEW, "…按照本《隐私政策》的指引…", "…按照本《隐私协议\\n》的指引…", "whitespace", note="a line break inside the first paragraph's source (a space when rendered)"),
    ],
    "notes": "The document is renamed 用户隐私政策 -> 用户隐私协议: the <h1>/<title> and every 《隐私政策》/特定隐私政策 in eight paragraphs (two of them appear twice on the page). Headings are purple <span>s, not <h*>. 9 changes.",
})

# ------------------------------------------------------------ denglu-rename-contact (history, HTML, two commits)
n = "denglu-rename-contact"
H[n] = write(n, {
    "source": src(n, "jianghui1/jianghui1.github.io", "jianghui1+jianghui1.github.io", NONE, "4ee64ac", "login_yszc.html", "b278ccd", "login_yszc.html", "html"),
    "changed": [{"old_title": PRE, "new_title": PRE, "kind": "modified", "note": "no heading at all; the <title> is 隐私声明 on both sides"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(PRE, PRE, "登录器尊重所有使用用户的个人隐私权，…登录器会不时更新本隐私权政策，欢迎你随时查看。",
          "怎么称呼尊重所有使用用户的个人隐私权，…登录器会不时更新本隐私权政策，欢迎你随时查看。", "rename",
          note="product name 登录器 -> 怎么称呼 in the first place only (commit '更新App名称、样式。')"),
        C(PRE, PRE, "联系方式：13082852652@139.com", None, "contact", note="contact line removed (commit '去掉联系方式。')"),
    ],
    "noise": [
        N(None, None, None, "<style> body black, p white </style> after </html>", "markup", note="styles appended"),
    ],
    "notes": "Two commits of a two-paragraph notice (4ee64ac -> b278ccd, across 2c6d390 '更新App名称、样式。'): the app name in the first sentence changes 登录器 -> 怎么称呼 (the second 登录器 stays), and the contact line with the e-mail address is removed; a <style> block is appended. 2 changes.",
})

# ------------------------------------------------------------ oshiuta-html-to-md (history, zh-Hant, HTML -> Markdown)
n = "oshiuta-html-to-md"
T = "隱私權政策（繁體中文）"
H[n] = write(n, {
    "source": src(n, "taidaDev555/Oshiuta-support", "taidaDev555+Oshiuta-support", NONE, "997e3d2", "privacy.zh-Hant.html", "7e26f53", "privacy.zh-Hant.md", "html", "md"),
    "changed": [{"old_title": T, "new_title": T, "kind": "modified"}],
    "noise_only": [{"old_title": "四、聯絡方式", "new_title": "四、聯絡方式", "note": "escaped link source vs a rendered link"}],
    "unchanged": ["一、蒐集的資料", "二、第三方服務", "三、資料提供", "五、政策變更"],
    "changes": [
        C(T, T, "最後更新：2025-10-19", "最後更新：2025-10-01", "date"),
    ],
    "noise": [
        N(PRE, None, "<title>Privacy.Zh Hant</title>, <h1>Privacy.Zh Hant</h1> (a generated page title) + <nav> 🏠 Home · 📄 Support · 🔒 Privacy · 📬 Contact", None, "navigation",
          note="site generator's page title and menu, HTML only"),
        N(None, None, "<footer>© 2025 taida-agency Development Team. https://taidadev555.github.io/Oshiuta-support/</footer>", None, "navigation", note="footer, HTML only"),
        N("四、聯絡方式", "四、聯絡方式", "隱私問題請透過以下連結聯絡： 📧 &lt;a href=\"#\" onclick=…&gt;メールを送る / Contact / 聯絡我們&lt;/a&gt; (the link's source shown as text)",
          "隱私問題請透過以下連結聯絡：  \\n📧 <a href=\"#\" onclick=…>メールを送る / Contact / 聯絡我們</a> (a rendered link)", "markup",
          note="the same obfuscated mailto link; escaped in the HTML build, raw HTML in the Markdown"),
        N("(several)", "(several)", "<p>…資訊。 偏好設定…</p> (hard breaks joined by a space)", "…資訊。  \\n偏好設定… (Markdown hard line breaks)", "whitespace"),
    ],
    "notes": "The zh-Hant privacy page as a generated HTML file (997e3d2, deleted ten minutes later) against the Markdown source re-uploaded with a corrected date (7e26f53): HTML -> Markdown, same headings and sentences; one real edit, 最後更新 2025-10-19 -> 2025-10-01. 1 change.",
})

# ------------------------------------------------------------ buttontouch-contact (history, Word-exported HTML, e-mail replaced 19 times)
n = "buttontouch-contact"
A, B = "13667155103@163.com", "pjygame@163.com"
H[n] = write(n, {
    "source": src(n, "buttonTouch/buttonTouch.github.io", "buttonTouch+buttonTouch.github.io", NONE, "585bcbc~1", "yszc.html", "585bcbc", "yszc.html", "html"),
    "changed": [{"old_title": "(many)", "new_title": "(many)", "kind": "modified", "note": "the e-mail address in the preamble, 一, 三 (rights), 四 (withdraw, deletion, account closure), 六/七 (minors), 联系我们 and the children's rules"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(PRE, PRE, f"感谢使用襄阳普际涯技术有限公司…如对本政策有任何疑问，可通过{A}联系…15日内处理并回复您。", B, "contact", note="preamble"),
        C("一、我们如何收集和使用您的个人信息", "一、我们如何收集和使用您的个人信息", "在您使用我们产品及/或服务的过程中，…以及保障您的账号安全：",
          "…以及保障您的账号安全：APP在静默状态下或在后台运行时收集个人信息的情况,以便于监听设备状态！", "added", note="a sentence appended to the lead-in of section 一"),
        C("一、我们如何收集和使用您的个人信息", "一、我们如何收集和使用您的个人信息", f"1.2为便于我们…有任何问题请直接联系：{A}，我们会在15日内给您回复。", B, "contact"),
        C("(preamble list / 一)", "(same)", f"若您对本政策内容或对个人信息方面有任何问题，您可以通过{A}描述您的问题，我们将在15日内回复。", B, "contact"),
        C("(三) 您的权利", "(same)", f"我们保障您对个人信息所享有的访问、更正、删除、管理等权利。若您想行使上述权利，请发送邮件至：{A}，…", B, "contact"),
        C("(三) 您的权利", "(same)", f"1.1 您的账号信息。…或者联系客服{A}，…", B, "contact"),
        C("(三) 您的权利", "(same)", f"1.2 您在参与社区发表话题…若有其他问题，请联系客服{A}。", B, "contact"),
        C("(三) 您的权利", "(same)", f"3. 若您想要删除您的个人信息，您可联系{A}，…", B, "contact"),
        C("(三) 您的权利", "(same)", f"1. 每个业务功能需要一些基本的个人信息…您可以通过联系客服{A}完成上述操作。", B, "contact"),
        C("(三) 您的权利", "(same)", f"通过客户服务{A}向我们提出您的账号注销请求，…", B, "contact"),
        C("(三) 您的权利", "(same)", f"邮箱：{A}", f"邮箱：{B}", "contact"),
        C("未成年人", "未成年人", f"（一）我们非常重视对未成年人信息的保护，…（邮箱：{A}）…", B, "contact"),
        C("联系我们", "联系我们", f"您在使用产品及/或服务的过程中，…您都可以通过{A}与我们取的联系，…", B, "contact"),
        C("联系我们", "联系我们", f"联系邮箱：{A}", f"联系邮箱：{B}", "contact"),
        C("儿童个人信息保护规则", "儿童个人信息保护规则", f"我们充分尊重您享有的对儿童个人信息的访问权，您可联系{A}提出您的请求，…", B, "contact"),
        C("儿童个人信息保护规则", "儿童个人信息保护规则", f"若您在使用我们产品的过程中，发现儿童个人信息有错误，请您联系{A}处理，…", B, "contact"),
        C("儿童个人信息保护规则", "儿童个人信息保护规则", f"如您和孩子发现我们违反法律、行政法规的规定…可以通过{A}联系…", B, "contact"),
        C("儿童个人信息保护规则", "儿童个人信息保护规则", f"{A} (a line of its own after 联系方式/邮箱)", B, "contact"),
        C("儿童个人信息保护规则", "儿童个人信息保护规则", f"若您和孩子对本政策存在任何疑问，…请通过{A}联系我们，我们将在15日内受理并处理。", B, "contact"),
    ],
    "noise": [],
    "notes": "A Word-exported (MsoNormal) game privacy policy of 襄阳普际涯技术有限公司 (600 kB of markup): the contact address 13667155103@163.com becomes pjygame@163.com in 18 paragraphs (section names above are approximate: the page's headings are bold MsoNormal paragraphs), and one sentence about collection in the background is appended to section 一's lead-in. 19 changes; any entry that shows an address change in a paragraph counts for that paragraph.",
})

# ------------------------------------------------------------ buttontouch-sdk-added (history, Word-exported HTML, SDK paragraphs)
n = "buttontouch-sdk-added"
S = "2、收集您所使用的相关设备信息"
H[n] = write(n, {
    "source": src(n, "buttonTouch/buttonTouch.github.io", "buttonTouch+buttonTouch.github.io", NONE, "68b4898~1", "yszc.html", "68b4898", "yszc.html", "html"),
    "changed": [{"old_title": S, "new_title": S, "kind": "modified"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(S, S, "…更准确地识别违反法律法规或我们公司网络服务的相关协议规则情况、保证您账号登录的安全性，同时有助于不断改善…", "…相关协议规则情况,同时有助于不断改善…", "wording",
          note="the purpose 保证您账号登录的安全性 dropped from the device-information paragraph"),
        C(S, S, None, "第三方穿山甲广告SDK在用户同意隐私政策后，会以静默得方式收集用户得IP、MAC地址、AndroidID、OAID等设备信息，用于产品数据同步和数据分析。", "added"),
        C(S, S, None, "第三方广点通广告SDK在用户同意隐私政策后，会以静默得方式收集用户得IP、MAC地址、AndroidID、OAID等设备信息，用于产品数据同步和数据分析。", "added"),
        C(S, S, None, "第三方快手广告SDK在用户同意隐私政策后，会以静默得方式收集用户得IP、MAC地址、AndroidID、OAID等设备信息，用于产品数据同步和数据分析。", "added"),
        C(S, S, "本游戏不具备信息发布和即时交互等功能，…网络攻击等安全风险，保证您账号登录的安全性，不断改善自身产品或服务，优化产品性能。",
          "…网络攻击等安全风险，不断改善自身产品或服务，优化产品性能。", "wording", note="保证您账号登录的安全性 dropped here too"),
        C(S, S, "第三方友盟SDK访问软件安装列表，目的是在实现产品数据的实时同步和数据分析！",
          "第三方友盟SDK在用户同意隐私政策后，会以弹窗询问用户是否同意得方式访问软件安装列表信息，用户同意后将访问软件安装列表信息相关信息。用于数据共享优化游戏服务。", "wording"),
    ],
    "noise": [],
    "notes": "The same Word-exported policy (430 kB), an earlier commit: three advertising-SDK paragraphs (穿山甲, 广点通, 快手) added to the device-information part, the Umeng paragraph rewritten (consent pop-up before reading the installed-app list; purpose now 数据共享优化游戏服务), and 保证您账号登录的安全性 dropped from two purpose lists. 6 changes.",
})

# ------------------------------------------------------------ larderia-cross-script (edition, HTML, near-literal)
n = "larderia-cross-script"
H[n] = write(n, {
    "source": src(n, "irishedev/larderia-legal", "irishedev+larderia-legal", NONE, "93bef9d", "privacy-zh.html", "93bef9d", "privacy-zh-Hant.html", "html"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan vocabulary only"} for t in [
        "Larderia 隐私政策", "概述", "我们收集的信息", "我们如何使用信息", "数据存储位置", "崩溃、诊断、性能与分析", "第三方服务", "数据保留与删除"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, '<html lang="zh-Hans">, <title>Larderia 隐私政策', '<html lang="zh-Hant">, <title>Larderia 隱私權政策', "regional", note="head"),
        N(PRE, PRE, "language picker English Deutsch … 简体中文 繁體中文 (links)", "the same picker, other active entry", "navigation"),
        N("(title)", "(title)", "Larderia 隐私政策", "Larderia 隱私權政策", "regional", note="document title; must not be a change"),
        N("(headings)", "(headings)", "数据存储位置, 崩溃、诊断、性能与分析", "資料儲存位置 (tw2sp 数据保存位置), 當機、診斷、效能與分析", "regional", note="must not be renames"),
        N("(many)", "(many)", "运营, 移动应用, 帮助, 账户, 可选, 如, 资料, 条形码, 文字识别, 图像, 存储, 推送, 令牌, 启用, 跟踪, 本地, 云账户, 身份验证, 崩溃, 发布版本, 还, 操作, 指标, 标识符, 界面, 退出, 查询, 活跃状态, 按照, 发送邮件",
          "營運, 行動應用程式, 協助, 帳戶, 選用, 若, 資料, 條碼, 文字辨識, 影像, 儲存, 推播, 權杖, 啟用, 追蹤, 本機, 雲端帳戶, 身分驗證, 當機, 正式版本, 也, 作業, 指標, 識別資訊, 畫面, 登出, 查詢, 使用中, 依照, 寄信", "regional",
          note="class: a near-literal Taiwan localisation; same e-mail support@cairn-studio.com, same parties (Google Firebase, Open Food Facts, Apple), same date 2026年6月21日"),
    ],
    "notes": "privacy-zh.html vs privacy-zh-Hant.html at 93bef9d (added together with eight other locales): a near-literal conversion with Taiwan vocabulary. Expected: cross-script mode; zero changes; no renamed section.",
})

# ------------------------------------------------------------ health-cross-script (edition, HTML, near-literal)
n = "health-cross-script"
H[n] = write(n, {
    "source": src(n, "myspacehub/health-companion", "myspacehub+health-companion", NONE, "9393812", "privacy.html", "9393812", "privacy-zh-Hant.html", "html"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan vocabulary only"} for t in [
        "“健康伴侣”隐私政策", "本应用处理的数据", "Apple 健康", "保存与传输", "通知", "养生内容、助眠音频与第三方网页", "删除与备份", "广告、分析与追踪", "医疗边界"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, '<html lang="zh-CN">, <title>隐私政策 | 健康伴侣', '<html lang="zh-Hant">, <title>隱私政策 | 健康伴侶', "regional", note="head"),
        N(PRE, PRE, "繁體中文 · English · 首页 (links)", "简体中文 · English · 首頁", "navigation", note="language links and home link"),
        N("(many)", "(many)", "“健康伴侣”, 本地, 账号, 跟踪, 摄入, 倒计时, 只读, 填充, 前台, 默认, 应用跟踪, 文字, 复制, 当前, 营销, 医疗诊断",
          "「健康伴侶」, 本機, 帳號, 追蹤, 攝取, 倒數計時, 唯讀, 填入, 前景, 預設, App 追蹤, 文本(文字), 拷貝(複製), 目前, 行銷, 醫學(醫療)診斷", "regional",
          note="class: a near-literal s2twp-style conversion; same date 生效日期：2026年7月4日, same parties (Apple 健康/HealthKit), no number or address differs"),
    ],
    "notes": "privacy.html (zh-Hans) vs privacy-zh-Hant.html of 健康伴侣 (uploaded 2026-07-12/15; both dated 生效日期：2026年7月4日): a near-literal conversion. Expected: cross-script mode; zero changes; no renamed section.",
})

# ------------------------------------------------------------ aia-cross-script (edition, HTML, separately machine-translated, heavy site chrome)
n = "aia-cross-script"
H[n] = write(n, {
    "source": src(n, "AIASCHOOL/aiaschool.github.io", "AIASCHOOL+aiaschool.github.io", NONE, "a14713a", "cn/privacy.html", "a14713a", "tw/privacy.html", "html"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "translation paraphrase only"} for t in [
        "隐私政策", "4.信息安全法规的建立", "5、信息安全管理体系建立", "6. 安全事件/事故的响应", "8、信息安全措施实施状况评价及持续改进", "九、文件的修改、废止"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, "<title>隐私政策 | 愛知国際学院</title>", "<title>隱私權政策 | 愛知國際學院</title>", "regional", note="head"),
        N(PRE, PRE, "site menu: 最新消息 关于学院 事业概要 … 公开资料 毕业生寄语 … 短期大学并修课程 特别讲座 … 交通指南 + language picker 日本語 English 中国語（簡体）…",
          "業務概要 … 公開資訊 畢業生留言 … 短大併修課程 特別課程 … 交通資訊 + 日本語 … 中国語（簡体）…", "navigation", note="menu labels translated differently"),
        N("隐私政策", "隱私權政策", "隐私政策", "隱私權政策", "regional", note="page heading; must not be a change"),
        N("(headings)", "(headings)", "4.信息安全法规的建立, 5、信息安全管理体系建立, 6. 安全事件/事故的响应, 7、实施…, 8、…评价及持续改进, 九、文件的修改、废止",
          "4.資訊安全法規的建立→创建 (tw2sp), 5.資訊安全管理系統建立, 6. …的回應, 7.實施…, 8、…評估及持續改進, 九、文件→文档的修改、廢止", "translation-paraphrase",
          note="must not be renames (numbering punctuation 5、/5. and 7、/7. too)"),
        N("(many)", "(many)", "“AIA”, 合同员工, 建立了, 信息安全问题, 响应, 还将, 得到遵守",
          "「AIA」, 合約員工, 建立→创建, 資安問題, 回應, 也將, 已遵守", "translation-paraphrase"),
        N(None, None, "footer: 咨询 TEL/FAX/EMAIL, 受理时间, 休息日: 星期六、星期日、节假日, 地址 本馆/别馆, SNS联系方式, HOME | 网站地图 | 个人信息保护方针 | 隐私政策, Copyright",
          "聯絡我們 …, 休息日: 星期六、星期日、國定假日, … 個人資料保護方針 | 隱私權政策", "navigation",
          note="site footer (same phone, fax, e-mail, hours and addresses); 节假日/國定假日 and 咨询/聯絡我們 are regional wording"),
    ],
    "notes": "A Japanese language school's information-security policy page in its cn and tw editions at a14713a (the site rebuild; both last changed there): two separate machine translations from Japanese, with the site's menu, language picker and a footer holding the school's contact block. No difference of meaning. Expected: cross-script mode; zero changes; no renamed section.",
})

# ------------------------------------------------------------ koji-cross-script (edition, HTML, a two-sentence notice)
n = "koji-cross-script"
H[n] = write(n, {
    "source": src(n, "thundertw2030-glitch/koji-japanese-coaching", "thundertw2030-glitch+koji-japanese-coaching", NONE, "d613049", "zh-cn/privacy.html", "d613049", "zh-tw/privacy.html", "html"),
    "changed": [],
    "noise_only": [{"old_title": t, "new_title": None, "note": "script + Taiwan wording only"} for t in ["隐私政策", "直接咨询"]],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, '<html lang="zh-Hans">, <title>隐私政策 | Japan Career Support', '<html lang="zh-Hant">, <title>隱私權 | Japan Career Support', "regional", note="head"),
        N(PRE, PRE, "← 查看课程 (link)", "← 查看課程", "navigation"),
        N("(headings)", "(headings)", "<h1>隐私政策</h1><h2>隐私政策</h2>, <h2>直接咨询</h2>", "<h1>隱私權</h1><h2>隱私權</h2>, <h2>直接諮詢</h2>", "regional", note="隐私政策/隱私權: must not be a change or rename"),
        N("隐私政策", "隱私權", "本网站使用 Cookie 进行访问分析。GA4 和 Microsoft Clarity 仅在你同意后加载。", "本網站使用 Cookie 進行流量分析。GA4 與 Microsoft Clarity 只會在你同意後載入。", "translation-paraphrase",
          note="访问分析/流量分析, 和/與, 仅在/只會在, 加载/載入: the same statement (same tools, same consent condition)"),
    ],
    "notes": "The zh-cn and zh-tw editions of a coaching site's privacy notice at d613049: two sentences and a contact address (same e-mail japancareer.support@gmail.com). Expected: cross-script mode; zero changes; no renamed section.",
})
