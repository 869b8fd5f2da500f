"""Annotations for pairs25 (u25b), written from `git diff --word-diff`, a plain diff of the files and a block-level
text diff of each page (tools/blocks.py: tags stripped, one line per block; the DOCX's word/document.xml text) before
any policylens run.

Rules (pairs24's, unchanged): page <title>/<meta>, Markdown front matter, <html lang>, fonts, scripts, styles,
language links and menus, site navigation, a page header's brand and menu, footer links, framework code are not
policy text (noise if reported). A sentence, date, number, e-mail, phone number, party, URL shown as text, data
category, right or retention period present in one text only is a change; a reworded sentence is a change (kind
wording), however small, except a change of punctuation only (noise). A heading whose only change is its number is no
change; a change entry for it is noise. Markdown list markers, indentation, blank lines, hard line wraps and trailing
spaces are noise. A change marked `optional` counts as found when shown and is not counted as missed when not shown.
Edition pair: regional vocabulary and a translator's paraphrase are noise; a section flagged renamed or moved whose two
headings differ only by script or regional vocabulary is a section error.

Added for pairs25 (fixed before the run):
- Line endings (CRLF <-> LF) and a file format change of one text (DOCX -> plain text) are noise; the text is compared.
- A clause number's format (`1．1用户` -> `1.1 用户`, fullwidth dot to ASCII dot and a space) is no change, like a
  heading renumbered; an entry for it is noise.
- Headings renumbered from Chinese numerals to Arabic ones (一、 -> 1.) with their words changed: the words are a change
  (kind heading); the number alone is not.
- A page <title> replaced while the body is unchanged (an export tool's name -> the policy's name): optional.
- The English edition of a bilingual site is annotated like a Chinese page (same rules, English text).
"""
from ann import C, write

NONE = "none (no licence file seen)"
MIT = "MIT (LICENSE)"

# ------------------------------------------------------------ sixcans-docx-to-txt (zh-Hant DOCX -> the same text as .txt)
n = "sixcans-docx-to-txt"
write(n, {
    "source": __import__("ann").src(n, "kkian481718/SixCans", "kkian481718+SixCans", NONE,
                                    "ff8966e", "privacy_policy.docx", "9331f99", "privacy_policy.txt", "docx", "txt"),
    "changed": [], "noise_only": [],
    "unchanged": ["一、隱私權保護政策的適用範圍", "二、個人資料的蒐集及使用", "三、對外的相關連結", "四、未成年人保護", "五、隱私權政策的修訂"],
    "changes": [],
    "noise": [C(None, None, "privacy_policy.docx (Word, paragraphs with line breaks <w:br/>, headings and body in one paragraph)",
                "privacy_policy.txt (UTF-8 text, 4-space indented items, blank lines)", "format",
                note="the same version re-saved from Word as plain text five minutes later (commits 0614 -> Create policy.txt -> rename)")],
    "notes": "A DOCX replaced by the same policy as plain text (zh-Hant, 5 sections). Expected: no change, exit 0."})

# ------------------------------------------------------------ uniuts-crlf-title (HBuilderX export, CRLF -> LF, <title>)
n = "uniuts-crlf-title"
T = "《隐私政策》"
write(n, {
    "source": __import__("ann").src(n, "chao921125/uni-uts", "chao921125+uni-uts", NONE,
                                    "7864bcf", "hybrid/html/privacy.html", "28d8512", "hybrid/html/privacy.html", "html"),
    "changed": [], "noise_only": [], "unchanged": ["all"],
    "changes": [C(None, None, "privacy.md - 来自HBuilderX的文档分享", "《隐私政策》", "title", optional=True,
                  note="<title> only: the HBuilderX export's name replaced by the policy's name; the body is unchanged")],
    "noise": [C(None, None, "1096 lines ending CRLF", "all lines LF, no final newline", "line-endings",
                note="the whole file converted from CRLF to LF (58,662 bytes, ~6,600 characters of text; a QR-code script)")],
    "notes": "DCloud privacy template exported by HBuilderX (markdown-body HTML), line endings CRLF -> LF and the <title> renamed. Expected: no change (the optional title), exit 0."})

# ------------------------------------------------------------ micepad-tw-crlf (WordPress export re-saved, CRLF -> LF)
n = "micepad-tw-crlf"
write(n, {
    "source": __import__("ann").src(n, "micepadteam/micepad", "micepadteam+micepad", NONE,
                                    "b1b66af2", "tw/privacy-policy.html", "d9d482da", "tw/privacy-policy.html", "html"),
    "changed": [], "noise_only": [], "unchanged": ["all"], "changes": [],
    "noise": [C(None, None, "133,988 bytes, 108 CRLF line ends, WordPress/Elementor stylesheets and inline CSS",
                "82,313 bytes, LF, the stylesheets and inline styles removed", "markup",
                note="a static export of a WordPress page re-saved: CRLF -> LF, <link>/<style> removed; the zh-Hant menu (產品, 解決方案…) and the English policy text are identical")],
    "notes": "The zh-Hant site's privacy page (English policy text, Traditional Chinese menus). Expected: no change, exit 0."})

# ------------------------------------------------------------ zwy-menu-chrome (2017 page, menu items after the policy)
n = "zwy-menu-chrome"
write(n, {
    "source": __import__("ann").src(n, "shangshanruoshuigp/zwy", "shangshanruoshuigp+zwy", NONE,
                                    "4d27d31", "隐私政策.html", "300e17e", "隐私政策.html", "html"),
    "changed": [], "noise_only": [], "unchanged": ["all"], "changes": [],
    "noise": [C(None, None, "首页 / 创业知识库 (site menu)", "限时大促 / HOT / 首页 / 财税知识 (site menu)", "navigation",
                note="the site's header and footer menus after the policy text (登录, 注册, 工商注册, 代理记账, HOT badges, phone 010-83035155) edited; the policy (1、引言 … 11、变更) is unchanged")],
    "notes": "A 36,000-byte 2017 page of 账无忧 whose menus changed. Expected: no change, exit 0."})

# ------------------------------------------------------------ machelper-hans-safes (zh-Hans, two sections added, date)
n = "machelper-hans-safes"
T = "MacHelper Pro 隐私政策"
F = "Finder 上下文菜单和 Safes"
P = "Secure Pocket"
write(n, {
    "source": __import__("ann").src(n, "Samx2015/MacHelperPro", "Samx2015+MacHelperPro", NONE,
                                    "5e9bd78", "zh-Hans/privacy.html", "d62f44e", "zh-Hans/privacy.html", "html"),
    "changed": [{"old_title": T, "new_title": T, "kind": "modified"},
                {"old_title": None, "new_title": F, "kind": "added"}, {"old_title": None, "new_title": P, "kind": "added"}],
    "noise_only": [], "unchanged": ["数据收集", "本地数据", "Wi-Fi 状态和位置权限", "网络活动", "错误报告、功能建议和反馈", "诊断和日志", "你的选择", "联系"],
    "changes": [
        C(T, T, "生效日期：2026 年 6 月 2 日", "生效日期：2026 年 6 月 13 日", "date"),
        C(None, F, None, "Finder 操作只会在你主动选择后运行。MacHelper Pro 可以新建文件和文件夹、粘贴、复制路径、用本地应用打开所选项目、将所选项目加密为 .safe 文件、添加到现有 Safe，或将 Safe 解密到你选择的文件夹。", "added"),
        C(None, F, None, "Safe 加密和解密只会读取该操作所选的本地文件或 .safe 归档。密码绝不会被保存、记录、上传或发送给 Xintech LLC。", "added"),
        C(None, P, None, "Secure Pocket 会把小型私人笔记、剪贴板片段和文件存放在 Mac 上的本地加密保险库中。.mhpocket 包是你手动创建的加密导出/导入文件。", "added"),
        C(None, P, None, "Secure Link 和 Secure Drop 可能识别链接或准备未来的加密交接流程。除非未来流程明确要求你开始传输，否则 App 不会上传所选文件或传输 Secure Pocket 内容。", "added")],
    "noise": [],
    "notes": "Two sections added after 本地数据 and the effective date moved; the English edition (machelper-en-safes) says more than this translation. 5 changes."})

# ------------------------------------------------------------ machelper-en-safes (the English edition of the same commit pair)
n = "machelper-en-safes"
T = "MacHelper Pro Privacy Policy"
L = "Local Data"
F = "Finder Context Menus and Safes"
P = "Secure Pocket"
Y = "Your Choices"
write(n, {
    "source": __import__("ann").src(n, "Samx2015/MacHelperPro", "Samx2015+MacHelperPro", NONE,
                                    "5e9bd78", "privacy.html", "d62f44e", "privacy.html", "html"),
    "changed": [{"old_title": T, "new_title": T, "kind": "modified"}, {"old_title": L, "new_title": L, "kind": "modified"},
                {"old_title": None, "new_title": F, "kind": "added"}, {"old_title": None, "new_title": P, "kind": "added"},
                {"old_title": Y, "new_title": Y, "kind": "modified"}],
    "noise_only": [], "unchanged": ["Data Collection", "Wi-Fi Status and Location Permission", "Network Activity",
                                    "Bug Reports, Feature Requests, and Feedback", "Diagnostics and Logs", "Contact"],
    "changes": [
        C(T, T, "Effective date: June 2, 2026", "Effective date: June 13, 2026", "date"),
        C(T, T, "…optionally helping the Mac switch to stronger saved Wi-Fi.", "…Wi-Fi. It also includes Finder context menu actions, local Safes, and Secure Pocket.", "added"),
        C(L, L, None, "Finder context menu preferences, including enabled actions and selected editor, terminal, or compatible apps.", "data"),
        C(L, L, None, "Secure Pocket vault metadata, encrypted manifests, encrypted payload blobs, and .mhpocket packages stored locally on your Mac.", "data"),
        C(None, F, None, "MacHelper Pro includes a bundled Finder extension. If you enable it in macOS settings, Finder can show MacHelper Pro actions for selected files, folders, or Finder windows.", "added"),
        C(None, F, None, "Finder selections are read only after you choose a MacHelper Pro Finder action.", "added"),
        C(None, F, None, "New File, New Folder, Paste, Copy Path, and Open actions run locally on your Mac.", "added"),
        C(None, F, None, "Open actions pass the selected path to the local app you choose, such as TextEdit, Terminal, Codex, Claude, VSCode, or another compatible app.", "added"),
        C(None, F, None, "Encrypt to New Safe reads selected local files or folders and writes a single encrypted .safe file after you choose a password and destination.", "added"),
        C(None, F, None, "Add to Existing Safe reads selected local items and the chosen .safe file, then rewrites a replacement Safe after the operation succeeds.", "added"),
        C(None, F, None, "Decrypt Safe reads the chosen .safe file and restores its contents only to the folder you choose.", "added"),
        C(None, F, None, "Safe encryption and decryption are local actions. MacHelper Pro never stores or logs Safe passwords, and it does not upload Finder paths or file contents to Xintech LLC.", "added"),
        C(None, P, None, "Secure Pocket is a local encrypted vault for small private notes, clipboard snippets, and files. … export or import encrypted .mhpocket packages when you choose those actions.", "added"),
        C(None, P, None, "Secure Link and Secure Drop flows may recognize links or prepare future encrypted handoff flows, but the app does not upload selected files or transmit Secure Pocket contents unless a future flow clearly asks you to start that transfer.", "added"),
        C(Y, Y, None, "You can enable, disable, or revoke Finder extension access in macOS Login Items & Extensions settings.", "rights"),
        C(Y, Y, None, "You can open Full Disk Access settings from MacHelper Pro if Finder actions need protected macOS locations; macOS manages that permission.", "rights"),
        C(Y, Y, None, "You can revoke saved folder grants in the Finder context menu settings window.", "rights")],
    "noise": [],
    "notes": "The English (authoritative) edition of the MacHelper Pro policy, same commits as machelper-hans-safes: the date, one intro sentence, two local-data items, two sections (8 + 2 paragraphs or items), three choices. 17 changes."})

# ------------------------------------------------------------ machelper-cross-script (zh-Hans / zh-Hant of one version)
n = "machelper-cross-script"
write(n, {
    "source": __import__("ann").src(n, "Samx2015/MacHelperPro", "Samx2015+MacHelperPro", NONE,
                                    "d62f44e", "zh-Hans/privacy.html", "d62f44e", "zh-Hant/privacy.html", "html"),
    "changed": [], "noise_only": [], "unchanged": ["all (11 sections, same order, same facts)"], "changes": [],
    "noise": [C(None, None, "本地/菜单栏/显示屏/账号/跟踪/遥测/激活许可证/钥匙串/报告问题/反馈…",
                "本機/選單列/顯示器/帳號/追蹤/遙測/啟用授權/鑰匙圈/回報問題/意見回饋…", "regional",
                note="Taiwan vocabulary throughout (本地->本機, 菜单->選單, 许可证->授權, 笔记->備忘, 剪贴板->剪貼簿, 归档->封存, 数据->資料); hard line wraps at other places; title 隐私政策/隱私權政策")],
    "notes": "zh-Hans and zh-Hant editions at one commit (the translations of the English policy). Expected: no change, no renamed section."})

# ------------------------------------------------------------ everywhere-long-en (52,000-character English policy, one paragraph)
n = "everywhere-long-en"
S8 = "8. Is your information transferred internationally?"
S16 = "16. How can you contact us about this notice?"
write(n, {
    "source": __import__("ann").src(n, "Sylinko/Everywhere.Docs", "Sylinko+Everywhere.Docs", NONE,
                                    "1c7d9ba", "en-US/privacy.md", "c425304", "en-US/privacy.md", "md"),
    "changed": [{"old_title": S8, "new_title": S8, "kind": "modified"}], "noise_only": [{"old_title": S16, "new_title": S16, "note": "trailing two spaces (Markdown hard breaks) on the five address lines"}],
    "unchanged": ["the other 16 numbered sections and the summary"],
    "changes": [C(S8, S8, "…including by using the European Commission's Standard Contractual Clauses for transfers of personal information between our group companies and between us and our third-party providers. These clauses require all recipients … Our Standard Contractual Clauses can be provided upon request. We have implemented similar appropriate safeguards … further details can be provided upon request.",
                  "We have implemented measures to protect your personal information. For transfers of personal information to our third-party service providers (such as AI model providers and payment processors) located outside the EEA or UK, we rely on the European Commission's Standard Contractual Clauses (SCCs) or other lawful transfer mechanisms embedded in our Data Processing Agreements with these providers.",
                  "wording", note="transfers between group companies no longer named; AI model providers and payment processors named; 'other lawful transfer mechanisms' added; 'can be provided upon request' dropped")],
    "noise": [C(S16, S16, "Sylinko Inc. / 1111B S Governors Ave / STE 43798 / Dover, DE 19904 / United States",
                "the same five lines each ending in two spaces", "whitespace", note="Markdown hard line breaks")],
    "notes": "A 52,000-character English policy (VitePress Markdown, 17 sections) with one paragraph rewritten. 1 change."})

# ------------------------------------------------------------ lumy-guide-renumber (.vue, 一、… -> 1. …, WeChat template)
n = "lumy-guide-renumber"
PRE = "(before the first heading)"
O = ["一、我们收集的信息", "二、第三方插件/SDK使用", "三、用户的权利", "四、信息存储", "五、信息使用规则", "六、信息共享与披露",
     "七、问题反馈与投诉", "八、未成年人条款", "九、境外用户", "十、信息采集说明"]
N = ["1. 开发者处理的信息", "2. 第三方插件信息/SDK信息", "3. 用户权益", "4. 开发者对信息的存储", "5. 信息的使用规则", "6. 信息对外提供",
     "7. 投诉与联系", "8. 未成年人特别提示", "9. 境外用户适用规则", "11. 信息收集说明"]
X = "10. 条款解释权"
write(n, {
    "source": __import__("ann").src(n, "KyleGuanDP/mini-program", "KyleGuanDP+mini-program", "MIT (LICENSE)",
                                    "7d22359", "src/pages/privacy/guide.vue", "e9800e0", "src/pages/privacy/guide.vue", "vue"),
    "changed": [{"old_title": PRE, "new_title": PRE, "kind": "modified"}]
               + [{"old_title": o, "new_title": w, "kind": "renamed+modified"} for o, w in zip(O, N)]
               + [{"old_title": None, "new_title": X, "kind": "added"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(PRE, PRE, None, "欢迎光临Lumy-卓迈微信小程序（以下简称“Lumy小程序”），本指引是开发者“杭州卓迈智能科技有限公司”(以下简称“开发者”)为处理用户的个人信息而制定。请用户仔细阅读以下条款，访问和使用Lumy小程序将被视为同意遵守本《指引》下的全部规定…", "party", note="intro added: the developer company named"),
        C(O[0], N[0], "一、我们收集的信息", "1. 开发者处理的信息", "heading"),
        C(O[0], N[0], "在取得您明确同意的前提下，我们可能会收集以下信息： / 1. 用于展示头像和昵称：您的微信昵称和头像。", "为了在页面显示用户的微信昵称和头像，开发者将在获取用户的明示同意后，收集用户的微信昵称、头像。", "wording"),
        C(O[0], N[0], "2. 用于实现登录功能：您的手机号码。", "为了实现登录功能，开发者将在获取用户的明示同意后，收集用户的手机号。", "wording"),
        C(O[1], N[1], "二、第三方插件/SDK使用", "2. 第三方插件信息/SDK信息", "heading"),
        C(O[1], N[1], "为实现特定功能，Lumy 小程序可能集成第三方插件/SDK，其信息处理规则请以其官方隐私政策为准。", "为实现特定功能，开发者可能会接入由第三方提供的插件/SDK。第三方插件/SDK的个人信息处理规则，请以其公示的官方说明为准。Lumy-卓迈接入的第三方插件信息/SDK信息如下：", "wording"),
        C(O[1], N[1], "当前已接入插件如下：插件名称：暂无；提供方：暂无。", "插件名称：暂无 / 插件提供方名称：暂无", "wording", optional=True, note="same facts on two lines"),
        C(O[2], N[2], "三、用户的权利", "3. 用户权益", "heading"),
        C(O[2], N[2], "1. 您可通过：“...” → “设置” → “小程序已获取的信息” → 通知开发者删除，我们将在收到后及时处理。", "3.1 关于收集用户的手机号，用户可以通过以下路径：小程序主页右上角“…”-“设置”-“小程序已获取的信息”-点击特定信息-点击“通知开发者删除”，开发者承诺收到通知后将删除信息。法律法规另有规定的，开发者承诺将停止除存储和采取必要的安全保护措施之外的处理。", "wording", note="deletion: 'handled promptly' -> 'will delete'; a stop-processing commitment added"),
        C(O[2], N[2], "2. 可联系开发者行使查阅、更正、删除等权利。", "3.2 关于用户的个人信息，用户可以通过以下方式与开发者联系，行使查阅、复制、更正、删除等法定权利。", "rights", note="复制 (copy) added to the rights"),
        C(O[2], N[2], "3. 注册用户可申请注销账号，15 个工作日内完成处理。", "3.3 若用户在小程序中注册了账号，用户可以通过以下方式与开发者联系，申请注销用户在小程序中使用的账号。在受理用户的申请后，开发者承诺在十五个工作日内完成核查和处理，并按照法律法规要求处理用户的相关信息。", "wording", note="15 -> 十五 (same number); 核查 and handling per law added"),
        C(O[3], N[3], "四、信息存储", "4. 开发者对信息的存储", "heading"),
        C(O[3], N[3], "我们仅在实现目的所需的最短期间内保留您的个人信息，除非法律另有规定。", "4.1 开发者承诺，除法律法规另有规定外，开发者对用户的信息的保存期限应当为实现处理目的所必要的最短时间。", "wording"),
        C(O[4], N[4], "五、信息使用规则", "5. 信息的使用规则", "heading"),
        C(O[4], N[4], "1. 信息仅用于本指引所列目的。", "5.1 开发者将会在本指引所明示的用途内使用收集的信息。", "wording"),
        C(O[4], N[4], "2. 如使用目的变更，将通过邮件另行征得您同意。", "5.2 如开发者使用用户的信息超出本指引目的或合理范围，开发者必须在变更使用目的或范围前，再次以邮件方式告知并征得用户的明示同意。", "wording"),
        C(O[5], N[5], "六、信息共享与披露", "6. 信息对外提供", "heading"),
        C(O[5], N[5], "1. 未经授权，我们不会共享或转让您的信息。", "6.1 开发者承诺，不会主动共享或转让用户的信息至任何第三方，如存在确需共享或转让时，开发者应当直接征得或确认第三方征得用户的单独同意。", "wording", note="'without authorisation' -> separate consent (单独同意)"),
        C(O[5], N[5], "2. 公开披露前将说明披露目的、内容和风险，并征得您同意。", "6.2 开发者承诺，不会对外公开披露用户的信息，如必须公开披露时，开发者应当向用户告知公开披露的目的、披露信息的类型及可能涉及的信息，并征得用户的单独同意。", "wording"),
        C(O[6], N[6], "七、问题反馈与投诉", "7. 投诉与联系", "heading"),
        C(O[6], N[6], "如有问题可联系开发者或微信平台投诉。联系电话：15372592199", "若用户认为开发者未遵守上述约定，或有其他的投诉建议、或未成年人个人信息保护相关问题，可通过以下方式与开发者联系；或者向微信进行投诉。 / 手机号：15372592199", "wording"),
        C(O[7], N[7], "八、未成年人条款", "8. 未成年人特别提示", "heading"),
        C(O[7], N[7], "若您为未成年人，请在监护人陪同下阅读和使用本小程序。", "如果用户因年龄等因素而不具有完全民事行为能力，请在法定监护人的陪同下阅读和判断是否同意本协议。", "wording"),
        C(O[8], N[8], "九、境外用户", "9. 境外用户适用规则", "heading"),
        C(O[8], N[8], "中国大陆以外用户还需遵守其本地法律。", "如果用户是中国大陆地区以外的用户，用户订立或履行本协议还需要同时遵守用户所属和/或所处国家或地区的法律。", "wording"),
        C(None, X, None, "10. 条款解释权 / 如果用户对以下的任何条款表示异议，请用户咨询客服为用户解读。", "added"),
        C(O[9], N[9], "十、信息采集说明", "11. 信息收集说明", "heading"),
        C(O[9], N[9], "为保证服务正常运行，Lumy 小程序将依据必要性收集信息。我们将以高度审慎态度保护您的数据。", "为了保证Lumy小程序正常提供服务，用户在使用Lumy小程序的过程中，可能会被收集一些用户信息，用户同意并授权Lumy小程序基于本服务的必要性获取并使用用户信息，不论是用户主动提供的还是在使用Lumy小程序的过程中被获取的信息。Lumy小程序会以高度的勤勉义务对待用户的信息。", "wording")],
    "noise": [C(None, None, "一、 … 十、 (Chinese numerals)", "1. … 11. (Arabic numerals, 3.1-style clause numbers)", "numbering",
                note="the numbers alone; the dates 更新日期/生效日期 2025年7月22日 are the same in both")],
    "notes": "A WeChat mini-program privacy guide (uni-app .vue, <view class=section-title>) rewritten on the WeChat standard template: every heading renumbered 一、 -> 1. and reworded, every paragraph reworded, one section added, the developer named. 28 changes (1 optional)."})

# ------------------------------------------------------------ sharescreen-seo-md (VitePress Markdown, SEO rewording)
n = "sharescreen-seo-md"
T0 = "LocalScreen 隐私政策"
T1 = "LocalScreen iPhone / iPad 屏幕共享隐私政策"
write(n, {
    "source": __import__("ann").src(n, "ChenChenyaqi/ShareScreenDocs", "ChenChenyaqi+ShareScreenDocs", NONE,
                                    "3ac82f5", "docs/zh-CN/privacy.md", "176fd9e", "docs/zh-CN/privacy.md", "md"),
    "changed": [{"old_title": T0, "new_title": T1, "kind": "title+modified"}, {"old_title": "本地网络权限", "new_title": "本地网络权限", "kind": "modified"},
                {"old_title": "4. 数据如何传输", "new_title": "4. 数据如何传输", "kind": "modified"}],
    "noise_only": [], "unchanged": ["1. 我们是谁", "2. 我们收集哪些信息", "相机权限", "照片选择器", "5. 我们不会做什么", "6. 第三方服务", "7. 数据保留", "8. 儿童隐私", "9. 你的权利与选择", "10. 隐私政策更新", "11. 联系我们"],
    "changes": [
        C(T0, T1, "# LocalScreen 隐私政策", "# LocalScreen iPhone / iPad 屏幕共享隐私政策", "title"),
        C(T0, T1, "本隐私政策说明当你使用 LocalScreen 及相关功能时，我们会如何处理信息。", "本隐私政策说明当你使用 LocalScreen 进行 iOS 本地屏幕共享，包括 iPhone 屏幕共享和 iPad 屏幕共享时，我们会如何处理信息。", "wording"),
        C("本地网络权限", "本地网络权限", "用于发现并连接附近设备，以便进行局域网内的屏幕共享。", "用于发现并连接附近设备，以便进行 iPhone、iPad 之间的局域网本地屏幕共享。", "wording"),
        C("4. 数据如何传输", "4. 数据如何传输", "LocalScreen 的主要画面传输发生在附近设备之间的本地网络环境中。", "LocalScreen 的主要 iPhone 和 iPad 画面传输发生在附近设备之间的本地网络环境中。", "wording")],
    "noise": [C(None, None, "title: 隐私政策 / description: 查看 LocalScreen 隐私政策，了解本地网络权限、相机权限、二维码识别和数据处理方式。",
                "title: 隐私政策 - iOS 本地屏幕共享 / description: …了解 iOS 本地屏幕共享、iPhone 屏幕共享、iPad 屏幕共享、本地网络权限和数据处理方式。", "front-matter")],
    "notes": "An SEO edit of a VitePress policy: front matter, the H1 and three sentences name iPhone/iPad. 4 changes."})

# ------------------------------------------------------------ heartmate-numfmt-md (clause numbers 1．1 -> 1.1 through the text, one clause dropped)
n = "heartmate-numfmt-md"
S4 = "四、服务内容"
write(n, {
    "source": __import__("ann").src(n, "xaoxuu/HeartMate", "xaoxuu+HeartMate", "MIT (LICENSE)",
                                    "76f6414", "zh-cn/privacy.md", "04c3e68", "zh-cn/privacy.md", "md"),
    "changed": [{"old_title": S4, "new_title": S4, "kind": "modified"}],
    "noise_only": [{"old_title": t, "new_title": t, "note": "clause numbers 1．1用户 -> 1.1 用户"} for t in ("一、总则", "二、注册信息和隐私保护", "三、使用规则", "五、其他")],
    "unchanged": [],
    "changes": [C(S4, S4, "　　4．6　六个月未登陆的帐号，本应用保留关闭的权利。", None, "deleted",
                  note="the clause that lets the app close accounts unused for six months is removed")],
    "noise": [C(None, None, "1．1用户… 2．3本应用… 3．1　用户… (fullwidth dot, no space or an ideographic space)", "1.1 用户… 2.3 本应用… 3.1　用户… (ASCII dot)", "numbering",
                note="all 16 clause numbers re-typed from the fullwidth to the ASCII dot through the whole document")],
    "notes": "A Markdown user agreement with privacy terms (一、…五、 headings, clause numbers 1．1…5．2): every clause number re-typed (1．1 -> 1.1 ) and clause 4．6 removed. 1 change."})

# ------------------------------------------------------------ flyenv-md (one third party no longer named)
n = "flyenv-md"
write(n, {
    "source": __import__("ann").src(n, "xpf0000/FlyEnv-Doc", "xpf0000+FlyEnv-Doc", NONE,
                                    "f839c36", "docs/zh/privacy.md", "4148e22", "docs/zh/privacy.md", "md"),
    "changed": [{"old_title": "Cookie 和分析", "new_title": "Cookie 和分析", "kind": "modified"}],
    "noise_only": [], "unchanged": [],
    "changes": [C("Cookie 和分析", "Cookie 和分析", "FlyEnv 网站可能使用 Cookie、本地存储、分析脚本和类似技术。这可能包括 Google Analytics 以及 Ko-fi 等第三方组件。", "FlyEnv 网站可能使用 Cookie、本地存储、分析脚本和类似技术。这可能包括 Google Analytics 以及类似的第三方组件。", "party",
                  note="Ko-fi no longer named among the website's third-party components")],
    "noise": [],
    "notes": "One word-level edit in a VitePress policy: a named third party removed. 1 change."})
