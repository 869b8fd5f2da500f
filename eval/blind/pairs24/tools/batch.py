"""Annotations for pairs24 (u24b), written from `git diff --word-diff` and a block-level text diff of each page
(tools/blocks.py: tags stripped, one line per block) before any policylens run.

Rules fixed before the run (pairs23's, unchanged): page <title>/<meta>, <html lang>, hreflang links, fonts, scripts,
styles, language links and menus, site navigation, a page header's brand and menu, footer links, a table of contents
generated from the headings, cross-promotion blocks, framework code (imports, component attributes, script data) are not
policy text (noise if reported). A sentence, date, number, e-mail, phone number, party, URL shown as text, data category
or retention period present in one text only is a change; a reworded sentence is a change (kind wording), however small,
except a change of punctuation only (noise). A heading whose only change is its number is no change; a rename flag on it
is no section error; a change entry for it is noise. Markdown list markers, indentation, blank lines and hard line wraps
are noise. A change marked `optional` counts as found when shown and is not counted as missed when not shown (score.py).
Edition pair: a section flagged renamed or moved whose two headings differ only by script or regional vocabulary is a
section error; regional vocabulary and a translator's paraphrase are noise.

Added for pairs24 (fixed before the run):
- A number-only Markdown heading (`### 3.1`) turned into a list number (`1.`) with its paragraph unchanged is no change;
  an entry for it is noise; a section flagged added or removed for it while its text is still there is a section error.
- List items reordered with their text unchanged: one change of kind `reorder`, `optional` (a reviewer may want the
  move, a diff that shows only the wording changes of the moved items is not wrong). A reordered item whose wording also
  changed is a change of its own (kind wording), whatever the order.
- A garbled character (U+FFFD) repaired to the intended one: kind `typo`, `optional`.
- A Chinese sentence replaced by its English translation (same commitment): a change (kind `language`): the Chinese
  text no longer says it.
"""
from ann import C, N, src, write

H = {}
PRE = "(before the first heading)"
NONE = "none (no licence file seen)"
LIC_A = "MIT (LICENSE)"
LIC_G = "MIT (LICENSE, template copyright 有来开源组织)"

# ------------------------------------------------------------ activity-policy-wxml (WeChat .wxml, product renamed)
n = "activity-policy-wxml"
INTRO = "【引言】"
S1 = "一、我们如何收集和使用您的个人信息"
S4 = "四、您如何管理自己的个人信息"
S7 = "七、如何联系我们"
H[n] = write(n, {
    "source": src(n, "heisenberg-Zh/ActivityAssistantProject", "heisenberg-Zh+ActivityAssistantProject", LIC_A,
                  "34461c4", "pages/policy/index.wxml", "274afa1", "pages/policy/index.wxml", "wxml"),
    "changed": [{"old_title": PRE, "new_title": PRE, "kind": "modified"},
                {"old_title": INTRO, "new_title": INTRO, "kind": "modified"},
                {"old_title": S1, "new_title": S1, "kind": "modified"},
                {"old_title": S4, "new_title": S4, "kind": "modified"},
                {"old_title": S7, "new_title": S7, "kind": "modified"}],
    "noise_only": [],
    "unchanged": ["二、我们如何存储和保护您的个人信息", "三、我们如何共享、转让、公开披露您的个人信息", "五、未成年人保护", "六、隐私政策的变更"],
    "changes": [
        C(PRE, PRE, "ActivityAssistant 隐私政策", None, "deleted", note="the page's own title line (a <text class=policy-title> in a header view) removed with the header"),
        C(PRE, PRE, "更新日期：2025年12月22日", None, "deleted", note="update date removed (the header view is gone)"),
        C(PRE, PRE, "生效日期：2025年12月22日", None, "deleted", note="effective date removed"),
        C(INTRO, INTRO, "ActivityAssistant（活动助手）深知个人信息对您的重要性", "活动记鹿 深知个人信息对您的重要性", "party",
          note="product renamed ActivityAssistant（活动助手） -> 活动记鹿"),
        C(S1, S1, "• 姓名、联系方式（手机号/微信号）", "• 姓名、联系方式（手机号）", "data", note="WeChat ID no longer collected (1.2 活动创建与报名)"),
        C(S1, S1, "• 您的联系方式仅对活动组织者和管理员可见", "• 您的联系方式仅本人可见；在您参与的活动中，活动组织者和管理员可查看用于通知", "wording",
          note="who sees the contact details: organisers/admins -> only the user, organisers/admins of joined activities for notices"),
        C(S4, S4, None, "• 您的联系方式（可在“我的 - 个人信息”中清空）", "added", note="4.2 删除信息: a deletable item added"),
        C(S4, S4, '• 微信 - 发现 - 小程序 - ActivityAssistant - 右上角"…" - 设置 - 取消授权',
          '• 微信 - 发现 - 小程序 - 活动记鹿 - 右上角"…" - 设置 - 取消授权', "party", note="4.3 path names the renamed mini-program"),
        C(S4, S4, '• 小程序"设置"页面管理权限', '• 微信"设置 - 隐私 - 授权管理"或小程序授权设置中管理权限', "wording", note="4.3 where permissions are managed"),
        C(S4, S4, '您可以通过"我的 - 设置 - 账号注销"申请注销账号。', '如需注销账号，请通过"我的 - 帮助与反馈"或邮箱提交申请。', "wording",
          note="4.4 account deletion: a self-service menu -> a request by feedback or e-mail"),
        C(S7, S7, '💬 小程序：通过"我的 - 设置 - 意见反馈"联系', '💬 小程序：通过"我的 - 帮助与反馈"联系', "wording", note="contact channel path"),
        C(S7, S7, "感谢您信任并使用 ActivityAssistant！", "感谢您信任并使用 活动记鹿！", "party", note="closing line names the renamed product"),
    ],
    "noise": [N(None, None, '<view class="section">', '<view class="doc-content"><view class="doc-section">', "markup",
                note="wrapper views and class names changed")],
    "notes": "WeChat mini-program policy page (.wxml, <text> in <view>s): the header view with the title and both dates removed, the product renamed (ActivityAssistant -> 活动记鹿) in three places, the contact-details visibility and WeChat-ID collection narrowed, a deletable item added, the permission and account-deletion paths reworded. 12 changes.",
})

# ------------------------------------------------------------ activity-guide-wxml (same repo, the permission guide)
n = "activity-guide-wxml"
H[n] = write(n, {
    "source": src(n, "heisenberg-Zh/ActivityAssistantProject", "heisenberg-Zh+ActivityAssistantProject", LIC_A,
                  "e3d196f", "pages/privacy/index.wxml", "274afa1", "pages/privacy/index.wxml", "wxml"),
    "changed": [{"old_title": PRE, "new_title": PRE, "kind": "modified"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(PRE, PRE, "感谢您使用 ActivityAssistant 活动助手！", "感谢您使用 活动记鹿！", "party", note="product renamed"),
        C(PRE, PRE, "• 您可以随时在设置中管理权限", "• 您可以随时在微信授权设置中管理权限", "wording", note="where permissions are managed"),
    ],
    "noise": [],
    "notes": "The mini-program's short privacy guide (用户隐私保护指引: a permission list and three promises): the product renamed and one promise reworded. 2 changes.",
})

# ------------------------------------------------------------ lifeline-rebuild (HTML, saved VS Code preview -> hand HTML)
n = "lifeline-rebuild"
H[n] = write(n, {
    "source": src(n, "ChiRenhua/LifeLine.github.io", "ChiRenhua+LifeLine.github.io", NONE,
                  "b71828e", "privacy_zh.html", "09da33a", "privacy_zh.html", "html"),
    "changed": [], "noise_only": [],
    "unchanged": ["隐私政策", "导言", "1. 我们收集的信息", "我们获取的设备权限"],
    "changes": [],
    "noise": [
        N(None, None, '<!-- saved from url=(0035)https://norcy.xyz/iread/policy.html --> + 340 lines of VS Code markdown-preview CSS, a mermaid <script>, <h1 id=...> anchors',
          "plain <head> and tags", "markup", note="the page was a browser 'save as' of a VS Code Markdown preview; it is rebuilt as plain HTML"),
        N("导言", "导言", "本《隐私政策》与您所使用的 「生命线 - 愿望清单」\\n服务息息相关", "本《隐私政策》与您所使用的「生命线 - 愿望清单」服务息息相关", "whitespace",
          note="a hard line break and a space inside the intro paragraph removed; the intro is now in <em>"),
    ],
    "notes": "Commit 'feat: update privacy' rebuilds the page: a saved VS Code preview (17,681 bytes) becomes plain HTML (9,768 bytes); every sentence, date and e-mail is the same. Expected: no change, exit 0.",
})

# ------------------------------------------------------------ heartsurround-cross-script (zh-Hans vs zh-Hant, one commit)
n = "heartsurround-cross-script"
H[n] = write(n, {
    "source": src(n, "chenttgmai/heartsurround-pages", "chenttgmai+heartsurround-pages", NONE,
                  "2878e2b", "zh-Hans/privacy.html", "2878e2b", "zh-Hant/privacy.html", "html"),
    "changed": [], "noise_only": [],
    "unchanged": ["好爽-全是美女包围我了 隐私政策"],
    "changes": [],
    "noise": [
        N(PRE, PRE, "好爽-全是美女包围我了 隐私政策", "好爽：美女都在我身邊 隱私權政策", "translation paraphrase",
          note="the app's localised name differs by edition (包围我了/都在我身邊) and 隐私政策/隱私權政策; <title> and <h1>"),
        N(PRE, PRE, "本应用为本地运行的互动剧情应用…不包含内购、广告…仅保存在你的设备上。", "本 App 為本機執行的互動劇情 App…不包含 App 內購買、廣告…僅儲存在你的裝置上。",
          "regional vocabulary", note="应用/App, 本地运行/本機執行, 内购/App 內購買, 账号/帳號, 用户/使用者, 保存/儲存"),
        N(None, None, '<html lang="zh-Hans">', '<html lang="zh-Hant">', "markup"),
    ],
    "notes": "The zh-Hans and zh-Hant editions of one version (same commit): script, regional vocabulary and the app's localised name; the two English sentences are identical. Expected: no change, no renamed section.",
})

# ------------------------------------------------------------ heartsurround-relocalize (zh-Hans, renamed app, EN lines)
n = "heartsurround-relocalize"
T0, T1 = "心动围城隐私政策", "好爽-全是美女包围我了 隐私政策"
H[n] = write(n, {
    "source": src(n, "chenttgmai/heartsurround-pages", "chenttgmai+heartsurround-pages", NONE,
                  "c9cd70c", "zh-Hans/privacy.html", "2878e2b", "zh-Hans/privacy.html", "html"),
    "changed": [{"old_title": T0, "new_title": T1, "kind": "renamed+modified"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(T0, T1, "心动围城隐私政策", "好爽-全是美女包围我了 隐私政策", "party", note="app renamed (the page's <h1> and <title>); shown by a title change or a rename"),
        C(T0, T1, "心动围城是一款本地运行的互动剧情应用。当前版本不要求注册账号，不包含内购、广告、第三方分析 SDK 或用户追踪。",
          "本应用为本地运行的互动剧情应用。当前版本不需要账号，不包含内购、广告、第三方分析 SDK 或用户追踪。剧情进度、好感、存档、设置和解锁状态仅保存在你的设备上。",
          "wording", note="name dropped from the sentence, 不要求注册账号 -> 不需要账号, the storage sentence merged in"),
        C(T0, T1, "应用内的剧情进度、角色好感、存档、设置和解锁状态仅保存在你的设备本地，用于提供继续游玩、回放和个性化阅读体验。", None, "purpose",
          note="the purpose 'used to continue play, replay and a personalised reading experience' dropped (the storage statement survives merged into the first paragraph)"),
        C(T0, T1, "当前版本不会主动收集、上传或分享个人信息，也不会访问位置、通讯录、照片、相机、麦克风、健康数据或其他敏感权限。",
          "The current version does not actively collect, upload, or share personal information, and does not access location, contacts, photos, camera, microphone, health data, or other sensitive permissions.",
          "language", note="the no-collection commitment is now in English only"),
        C(T0, T1, "如果后续版本新增联网、账号、云同步或第三方服务，我们会在发布前更新本政策并在 App Store 隐私信息中说明。",
          "If a later version adds online features, accounts, cloud sync, or third-party services, this policy and the App Store privacy information will be updated before release.",
          "language", note="the update commitment is now in English only"),
        C(T0, T1, "如需联系支持，请查看支持页面。", None, "deleted", note="the contact pointer dropped"),
    ],
    "noise": [N(T0, T1, "更新日期：2026-05-04", "Updated: 2026-05-04", "label", note="same date, the label now English")],
    "notes": "Commit 'Add 39 localized release pages': the zh-Hans page of the same app (renamed 心动围城 -> 好爽-全是美女包围我了) is regenerated: two Chinese commitments replaced by English sentences, a purpose and the contact pointer dropped, the date label in English. 6 changes.",
})

# ------------------------------------------------------------ sevendgame-face-vue (Vue + Element Plus, long page)
n = "sevendgame-face-vue"
S1, S3 = "1. 信息收集", "3. 信息保护"
H[n] = write(n, {
    "source": src(n, "gdgeek/vue3.7dgame.com", "gdgeek+vue3.7dgame.com", LIC_G,
                  "d532c906", "src/views/privacy-policy/index.vue", "713eff22", "src/views/privacy-policy/index.vue", "vue"),
    "changed": [{"old_title": S1, "new_title": S1, "kind": "modified"}, {"old_title": S3, "new_title": S3, "kind": "modified"}],
    "noise_only": [],
    "unchanged": ["引言", "2. 信息使用", "4. 您的权利", "5. Cookie的使用", "6. 联系我们", "7. 政策更新"],
    "changes": [
        C(S1, S1, None, "<li>人脸特征点和轮廓数据</li>", "data", note="1.4 设备传感器数据 / 摄像头数据: face landmarks and contours added to the camera data"),
        C(S1, S1, None, "人脸数据仅用于AR效果中的面部遮罩、位置跟踪和表情识别 / 人脸数据全部在本地设备上实时处理，不会上传至服务器或共享给第三方 / 我们不会保存任何可识别个人身份的人脸数据",
          "added", note="three usage items on face data (purpose, local processing, no identifying storage)"),
        C(S3, S3, None, "人脸数据保护 / 面部信息保护措施： / 人脸特征数据仅在设备本地进行实时处理和分析 / 不会创建或存储个人面部特征数据库或生物特征模板 / 不会将面部数据用于身份识别或认证目的 / 面部数据不会上传至云端或与任何第三方共享 / 用户可以随时通过权限设置停止面部数据的收集 / 我们采用业界领先的数据安全标准保护处理过程",
          "added", note="a new item 人脸数据保护 (a <strong> title and six commitments) between 实时数据保护 and 创作内容保护"),
    ],
    "noise": [],
    "notes": "A 48,000-character Vue page (privacy policy and terms in two el-tabs, el-collapse items, ~7,000 characters of text) with few edits: commit '更新人脸数据处理相关隐私政策' adds face data to the camera data, three usage items and a face-data protection item. 3 changes.",
})

# ------------------------------------------------------------ sevendgame-prettier-vue (Vue, Prettier reflow only)
n = "sevendgame-prettier-vue"
H[n] = write(n, {
    "source": src(n, "gdgeek/vue3.7dgame.com", "gdgeek+vue3.7dgame.com", LIC_G,
                  "af702e6d", "src/views/privacy-policy/components/PrivacyPolicyTab.vue", "5eb95aff", "src/views/privacy-policy/components/PrivacyPolicyTab.vue", "vue"),
    "changed": [], "noise_only": [], "unchanged": ["引言", "1. 信息收集", "2. 信息使用", "3. 信息保护", "4. 您的权利", "5. Cookie的使用", "6. 联系我们", "7. 政策更新"],
    "changes": [],
    "noise": [N(None, None, "<p>为了实现混合现实功能和空间交互，我们需要访问以下传感器数据：</p>", "<p>\\n  为了实现混合现实功能和空间交互，我们需要访问以下传感器数据：\\n</p>", "whitespace",
                note="Prettier: long <p>/<li> contents moved to their own lines, <el-table-column> attributes one per line, long strings in the script's cookieData/policyUpdates wrapped")],
    "notes": "Commit 'style: reformat long lines per Prettier' on the policy tab component: only line breaks and indentation change. Expected: no change, exit 0.",
})

# ------------------------------------------------------------ sevendgame-contact-vue (el-descriptions table cells)
n = "sevendgame-contact-vue"
S6 = "6. 联系我们"
H[n] = write(n, {
    "source": src(n, "gdgeek/vue3.7dgame.com", "gdgeek+vue3.7dgame.com", LIC_G,
                  "b542e455", "src/views/privacy-policy/index.vue", "b513141b", "src/views/privacy-policy/index.vue", "vue"),
    "changed": [{"old_title": S6, "new_title": S6, "kind": "modified"}],
    "noise_only": [], "unchanged": ["引言", "1. 信息收集", "2. 信息使用", "3. 信息保护", "4. 您的权利", "5. Cookie的使用"],
    "changes": [
        C(S6, S6, "support@example.com", "bujiabangongzuoshi@yeah.net", "contact", note="el-descriptions row 邮箱地址 (label in an attribute): placeholder e-mail replaced"),
        C(S6, S6, "+86 xxx-xxxx-xxxx", "+86 150-0015-9790", "contact", note="row 联系电话: placeholder phone replaced"),
        C(S6, S6, "周一至周五 9:00-18:00", "周一至周五 10:00-18:30", "number", note="row 工作时间: office hours"),
    ],
    "noise": [N(None, None, "// Cookie使用说明数据", None, "code", note="a comment in <script setup> removed")],
    "notes": "A label/value table (<el-descriptions> rows with the label in an attribute and the value in an <el-tag>): three cells of the contact table changed. 3 changes.",
})

# ------------------------------------------------------------ sevendgame-company-vue (company named, a garbled char repaired)
n = "sevendgame-company-vue"
H[n] = write(n, {
    "source": src(n, "gdgeek/vue3.7dgame.com", "gdgeek+vue3.7dgame.com", LIC_G,
                  "772e5776", "src/views/privacy-policy/index.vue", "169400c0", "src/views/privacy-policy/index.vue", "vue"),
    "changed": [{"old_title": "引言", "new_title": "引言", "kind": "modified"}, {"old_title": S1, "new_title": S1, "kind": "modified"}],
    "noise_only": [], "unchanged": ["2. 信息使用", "3. 信息保护", "4. 您的权利", "5. Cookie的使用", "6. 联系我们", "7. 政策更新"],
    "changes": [
        C("引言", "引言", "欢迎使用我们的AR创作与游戏平台。", "欢迎使用由上海不加班网络科技有限公司开发的AR创作与游戏平台。", "party", note="the operating company named"),
        C(S1, S1, "用于特定功能和权\ufffd\ufffd\ufffd：", "用于特定功能和权限：", "typo", optional=True,
          note="three U+FFFD replacement characters (a broken UTF-8 sequence) repaired to 限"),
    ],
    "noise": [N(PRE, PRE, '<span class="update-time">生效日期: 2025年1月1日</span>', '<span class="update-time" style="margin-left: 20px"\\n  >生效日期: 2025年1月1日</span\\n>', "markup",
                note="a style attribute added and the span re-wrapped; the date is the same")],
    "notes": "Commit 'feat:' on the long policy page: the company behind the platform is named in the intro and a garbled character (权\ufffd\ufffd\ufffd) is repaired. 1 change (+1 optional).",
})

# ------------------------------------------------------------ xiaoying-md-restructure (Markdown: headings -> list, items reordered)
n = "xiaoying-md-restructure"
TOP = "小应生活隐私政策"
I1, S3, S41, S42, S43, S8, S12 = "1 引言", "3 我们如何收集和使用您的个人信息", "4.1 与校方有关的服务", "4.2 迷你游戏", "4.3 互动", "8 关于使用Cookie和同类技术", "12 联系我们"
H[n] = write(n, {
    "source": src(n, "plum-tech/mimir-website", "plum-tech+mimir-website", NONE,
                  "884707a", "src/app/privacy-policy/20240915.md", "591de85", "src/app/privacy-policy/20240915.md", "md"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in (TOP, I1, S3, S41, S42, S43, S8)],
    "noise_only": [{"old_title": t, "new_title": None, "note": "number-only heading turned into a list number; its paragraph unchanged"} for t in ("3.1", "3.2", "3.3")]
                  + [{"old_title": S12, "new_title": S12, "note": "；-> 。 only"}],
    "unchanged": ["2 关于我们", "4.4 安全保障", "5 依法豁免征得同意的情形", "6 数据使用过程中涉及的合作方以及转让、公开披露您的个人信息", "7 您管理个人信息的权利",
                  "9 我们对您个人信息的存储与保护", "10 信息保护", "11 我们对未成年人的个人信息保护", "13 本政策如何更新", "14 争议解决", "15 名词解释"],
    "changes": [
        C(TOP, TOP, "生效时间：【2024】年【09】月【15】日", "生效时间：【2024】年【09】月【22】日", "date", note="effective date 09-15 -> 09-22"),
        C(I1, I1, "小应生活属于实用工具类。…我们为您提供的服务参考《小应生活服务协议》中第1.1条所述。",
          "小应生活属于实用工具类应用程序。…我们将为您提供各类服务及功能，具体服务及功能信息请参考《小应生活服务协议》中第1.1条所述。", "wording"),
        C(S3, S3, "- 您的学号和校方各系统的密码。…获取内容与数据。其仅存储在本地。", "- 您的学号和校方各系统的密码。…获取内容与数据，并仅存储在本地。", "wording", note="two sentences joined"),
        C(S3, S3, "- 您的教育邮箱和其密码。…查看/发送电子邮件。其仅存储在本地。", "- 您的教育邮箱和其密码。…查看/发送电子邮件，并仅存储在本地。", "wording", note="two sentences joined"),
        C(S3, S3, "- 您安装小应生活软件时随机生成的匿名标识符…。其用于进行统计分析…。其会被发送至小应生活服务器。",
          "- 您安装小应生活软件时随机生成的匿名标识符…。其仅用于进行统计分析…，并会被发送至小应生活服务器。", "purpose", note="用于 -> 仅用于 (use limited); item moved from 3rd to 6th"),
        C(S3, S3, "- 您如何使用小应生活软件的行为日志。其用于进行统计分析、错误与异常报告…。其会被发送至小应生活服务器。",
          "- 您如何使用小应生活软件的去标识化或匿名化处理后行为日志。其仅用于进行统计分析、错误与异常报告…，并会被发送至小应生活服务器。", "data",
          note="logs now de-identified or anonymised before upload; 用于 -> 仅用于; moved from 4th to 7th"),
        C(S3, S3, "- 您在校方各系统上产生的数据和内容。其用于在小应生活软件内向您展示。其仅存储在本地。", "- 您在校方各系统上产生的数据和内容。其用于在小应生活软件内向您展示，并仅存储在本地。", "wording", note="two sentences joined"),
        C(S3, S3, "- 您在小应生活软件中的各种历史记录…。其用于在小应生活软件内提供快捷访问的功能。其仅存储在本地。",
          "- 您在小应生活软件中的各种历史记录…。其仅用于在小应生活软件内提供快捷访问的功能，并仅存储在本地。", "purpose", note="用于 -> 仅用于"),
        C(S3, S3, "- 您的迷你游戏记录。其用于…便于您进行分享。其仅存储在本地。", "- 您的迷你游戏记录。其用于…便于您进行分享，并仅存储在本地。", "wording", note="two sentences joined"),
        C(S3, S3, "order: 学号, 邮箱, 匿名标识符, 行为日志, 校方数据, 历史记录, 迷你游戏", "order: 学号, 邮箱, 校方数据, 历史记录, 迷你游戏, 匿名标识符, 行为日志", "reorder",
          optional=True, note="the two items sent to the server moved to the end of the list"),
        C(S41, S41, "需向校方服务器提交您的学号/邮箱和对应密码（敏感个人信息）。收集这些信息是为了", "需向校方服务器提交您的学号、邮箱和对应密码（敏感个人信息）。我们收集这些信息是为了", "wording"),
        C(S41, S41, "2. …并在之后为您提示。收集这些信息是为了能让您更方便快捷地使用小应生活", "2. …并在之后为您提示。我们收集这些信息是为了能让您更方便快捷地使用小应生活", "wording"),
        C(S42, S42, "1. 当您使用迷你游戏功能时，会记录…收集这些信息是为了…以便您浏览和分享，增加成就感、满足感。",
          "当您使用迷你游戏功能时，小应生活会记录…我们收集这些信息是为了…以便您浏览和分享，并增加自我实现的需要。", "wording", note="the stated purpose reworded"),
        C(S43, S43, "（包括您打开小应生活、从后台切换至前台）", "（如：您打开小应生活、从后台切换至前台等）", "wording", note="an exhaustive list of triggers becomes examples ('包括' -> '如…等')"),
        C(S8, S8, "便于您查看使用历史（如视频观看历史）、", "便于您查看使用历史、", "wording", note="an example removed"),
    ],
    "noise": [
        N(S3, S3, "### 3.1 / ### 3.2 / ### 3.3 (number-only headings)", "1. / 2. / 3. (list numbers before the same paragraphs)", "markup"),
        N(S43, S43, "您拒绝授权前述信息仅会导致…", "2. 您拒绝授权前述信息仅会导致…", "markup", note="a list number added"),
        N(S12, S12, "发送邮件与我们联系；", "发送邮件与我们联系。", "punctuation"),
    ],
    "notes": "Commit '🌈 style: 服务协议及隐私政策格式及内容更改' on a 275-line Markdown policy: three number-only subheadings become list numbers, a list is reordered and every item reworded (sentences joined, 用于 -> 仅用于, logs de-identified), the effective date moved, small rewordings in 1, 4.1-4.3 and 8. 14 changes (+1 optional reorder).",
})

# ------------------------------------------------------------ xiaoying-md-reindent (Markdown: nested list indentation, dates)
n = "xiaoying-md-reindent"
S45 = "4.5 信息预填写"
H[n] = write(n, {
    "source": src(n, "plum-tech/mimir-website", "plum-tech+mimir-website", NONE,
                  "591de85", "src/app/privacy-policy/20240915.md", "6c0a0bc", "src/app/privacy-policy/20240912.md", "md"),
    "changed": [{"old_title": TOP, "new_title": TOP, "kind": "modified"}, {"old_title": S45, "new_title": S45, "kind": "modified"}],
    "noise_only": [{"old_title": S3, "new_title": S3, "note": "two bullet lists indented under their numbered items (nested), a blank line added"}],
    "unchanged": [],
    "changes": [
        C(TOP, TOP, "更新时间：【2024】年【09】月【15】日", "更新时间：【2024】年【09】月【12】日", "date", note="update date 09-15 -> 09-12 (the file is renamed 20240912.md)"),
        C(TOP, TOP, "生效时间：【2024】年【09】月【22】日", "生效时间：【2024】年【09】月【13】日", "date", note="effective date 09-22 -> 09-13"),
        C(S45, S45, "我们仅会为您自动填写本地存储的学号/邮箱和对应的密码，但不会为您自动提交。", "我们仅会为您自动填写本地存储的学号/邮箱和对应的密码（敏感个人信息），但不会为您自动提交。",
          "data", note="the password marked as sensitive personal information"),
    ],
    "noise": [N(S3, S3, "- 第一种：… / - 您的学号…", "    - 第一种：…\\n\\n    - 第二种：… / 4-space indented items", "whitespace", note="Markdown nesting and a blank line")],
    "notes": "Commit 'updated format' (the file renamed 20240915.md -> 20240912.md): the two bullet lists of section 3 indented under their numbers, both dates changed, one sensitive-information marker added. 3 changes.",
})

# ------------------------------------------------------------ lockhour-promo-footer (zh-Hans HTML, cross-promotion block)
n = "lockhour-promo-footer"
H[n] = write(n, {
    "source": src(n, "alice51849/lockhour-support", "alice51849+lockhour-support", NONE,
                  "a440091", "zh-Hans/privacy.html", "5dd94ae", "zh-Hans/privacy.html", "html"),
    "changed": [], "noise_only": [],
    "unchanged": ["我们收集哪些数据", "数据保存在哪里", "iCloud 与设备同步", "屏幕使用时间权限", "购买", "第三方", "儿童隐私", "政策更新", "联系方式"],
    "changes": [],
    "noise": [N("联系方式", "联系方式", None,
                '<section aria-label="同一开发者的更多 App"> 同一开发者的更多 App / Mochi: 可爱待办清单 免费 · 一次性购买解锁,无订阅 在 App Store 查看 / DailyMate Lite：开口练习 … / Sereno: 睡眠之声 … / HoursTag Lite … / 链接会打开 App Store。',
                "navigation", note="cross-promotion block (an <h2> and four App Store cards, one line of HTML) inserted between </main> and the page footer")],
    "notes": "Commit 'Add cross-promo footer: more apps from the same developer' on the zh-Hans page: a block listing four other apps, with its own <h2>, is inserted after </main>; no policy sentence changes. Expected: no change, exit 0.",
})

# ------------------------------------------------------------ lockhour-language-menu (zh-Hans HTML, 45-language menu, date)
n = "lockhour-language-menu"
H[n] = write(n, {
    "source": src(n, "alice51849/lockhour-support", "alice51849+lockhour-support", NONE,
                  "5dd94ae", "zh-Hans/privacy.html", "d41363e", "zh-Hans/privacy.html", "html"),
    "changed": [{"old_title": "LockHour Pro", "new_title": "LockHour Pro", "kind": "modified"}],
    "noise_only": [],
    "unchanged": ["我们收集哪些数据", "数据保存在哪里", "iCloud 与设备同步", "屏幕使用时间权限", "购买", "第三方", "儿童隐私", "政策更新", "联系方式"],
    "changes": [C("LockHour Pro", "LockHour Pro", "最后更新: 2026-08-18", "最后更新: 2026-08-20", "date", note="last-updated date")],
    "noise": [
        N(None, None, "language menu: English繁體中文简体中文日本語한국어DeutschFrançaisEspañolPortuguês (Brasil)", "language menu of 45 languages (العربية … Tiếng Việt 简体中文 繁體中文)", "navigation"),
        N(None, None, "<head>: 9 hreflang links, a font stack", "<head>: 45 hreflang links, a longer font stack, the language panel's CSS", "markup"),
    ],
    "notes": "Commit 'Add 45-language index/support/privacy pages with hreflang and sitemap': the page's language menu grows from 9 to 45 entries (chrome) and the last-updated date moves; the policy text is the same. 1 change.",
})




