"""Annotations for pairs26 (u26b), written from `git diff --word-diff` of the extracted files **before** policylens was
run on any pair.  Format of eval/dev22d (ann.py): `changes` are the true changes (each one edit place), `noise` what
must not be reported; kind "optional" marks an entry that is neither counted as found nor as noise when reported.

Rules (as dev22d): Markdown front matter (layout, permalink, lang, a template title) is not policy text; spaces, blank
lines, hard wraps, quote forms “”/"" and a decorative emoji are noise; a heading renumbered (三、→四、) with the same
words is no change of its own and must pair with its old self; a sentence, date, number, e-mail, name or negation
present in one text only is a change.  History pairs: a rename flag on a heading whose words did not change (its number
aside), a move flag on a section that did not move, a split/merge where no text moved between sections, or a removed
+ added pair for one section is a section error.
"""
from ann import C, N, src, write

PRE = "(before the first heading)"
H = {}

n = "sayyay-face-data"
T0, CAM, FACE = "SayYay 隐私政策", "相机", "人脸数据(TrueDepth API)"
H[n] = write(n, {
    "source": src(n, "zhastdoit/sayyay-legal"),
    "changed": [{"old_title": T0, "new_title": T0, "kind": "modified"}, {"old_title": CAM, "new_title": CAM, "kind": "modified"},
                {"old_title": None, "new_title": FACE, "kind": "added"}],
    "noise_only": [], "unchanged": ["简要说明", "照片", "使用计数(仅存本机)", "你输入的文字", "数据共享与出售", "儿童隐私", "政策变更", "联系方式"],
    "changes": [
        C(T0, T0, "**最后更新:2026 年 8 月 11 日**", "**最后更新:2026 年 8 月 18 日**", "date"),
        C(CAM, CAM, "- 人脸追踪使用 Apple 的 ARKit,在设备本地完成。SayYay 不进行人脸识别…生物识别模板。", None, "removed",
          note="the face-tracking bullet, replaced by the new section"),
        C(None, FACE, None, "## 人脸数据(TrueDepth API) + six paragraphs (用途, 收集了什么, 如何使用, 存储与保留, 共享, 不做的事)", "added",
          note="a new heading inside 相机: the photo bullet after it now sits under the new heading (same words)"),
    ],
    "noise": [
        N(CAM, FACE, "- 你拍摄的照片仅在拍摄会话期间存在于应用中,直到你保存或分享它们。", "(same bullet, now after the new heading)", "moved",
          note="the same words: shown as text moved out of 相机 is acceptable (optional); as a deletion + insertion it is noise"),
    ],
    "notes": "Commit 'Add an explicit Face data (TrueDepth) section': the update date, one bullet of 相机 replaced by a new "
             "section placed in the middle of 相机 (so 相机's last bullet now follows the new heading). 3 changes.",
})

n = "wordcatcher-frontmatter"
H[n] = write(n, {
    "source": src(n, "Janyau/document-support"),
    "changed": [], "noise_only": [{"old_title": "隐私政策", "new_title": "隐私政策", "note": "front matter and a language-labelled H1 added above the title"}],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, None, "---\\nlayout: default\\ntitle: 隐私政策 (中文)\\npermalink: /privacy-zh/\\n---", "markup", note="Jekyll front matter"),
        N(None, "隐私政策 (中文)", None, "# 隐私政策 (中文)", "optional",
          note="a second H1 with the language label, directly above '# 隐私政策'; a document-title change shown is acceptable, an added section with no text is a section error"),
    ],
    "notes": "The file moved into WordCatcher/ and gained Jekyll front matter and a '# 隐私政策 (中文)' line above '# 隐私政策'. No policy wording changed. Expected: no change (a title change is tolerated).",
})

n = "wordcatcher-title-drop"
H[n] = write(n, {
    "source": src(n, "Janyau/document-support"),
    "changed": [], "noise_only": [{"old_title": "隐私政策", "new_title": "隐私政策"}], "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, "title: 隐私政策 (中文)", "title: 隐私政策", "markup", note="front matter title"),
        N("隐私政策 (中文)", None, "# 隐私政策 (中文)", None, "optional", note="the language-labelled H1 removed (reverse of wordcatcher-frontmatter)"),
    ],
    "notes": "The reverse of wordcatcher-frontmatter's H1: the front matter title loses '(中文)' and the extra H1 goes. Expected: no change (a title change is tolerated).",
})

n = "vocatcher-email"
K = "联系方式"
H[n] = write(n, {
    "source": src(n, "Janyau/document-support"),
    "changed": [{"old_title": K, "new_title": K, "kind": "modified"}], "noise_only": [], "unchanged": [],
    "changes": [C(K, K, "**邮箱：** janyaugoo@gmail.com", "**邮箱：** wordcatcher@163.com", "contact")],
    "noise": [],
    "notes": "The app was renamed (folder WordCatcher → Vocatcher) and the contact e-mail changed; nothing else in the file. 1 change.",
})

n = "i2p-translation-update"
A1 = "Automatically Collected Information"
H[n] = write(n, {
    "source": src(n, "i2p/i2p.website"),
    "changed": [{"old_title": A1, "new_title": "自动收集的信息", "kind": "modified"}], "noise_only": [], "unchanged": [],
    "changes": [
        C(A1, "自动收集的信息", "当您访问我们的网站时，我们的托管服务和分析工具可能会自动收集某些信息，包括：",
          "当您访问我们的网站时，我们会收集有限的、不可识别个人身份的分析数据，以了解我们的网站如何被使用并改善用户体验。这包括：", "modified"),
        C(A1, "自动收集的信息", "- IP addresses - Browser type and version - Operating system - Pages visited… - Referring website addresses - Date and time of visits",
          "- **访问的页面** … - **地理位置** - 国家和城市（来自聚合数据，而非IP地址） - **访问时间** …", "modified", note="the list of what is collected replaced"),
        C(A1, "自动收集的信息", None, "**我们不收集：** - IP地址 - 浏览器类型或版本 - 操作系统 - 引荐网站地址 - 任何个人身份信息(PII)", "added"),
    ],
    "noise": [
        N(None, None, 'lastUpdated: "2025-10"', 'lastUpdated: "2026-01"', "optional", note="front matter date (the template may show it); tolerated either way"),
        N(A1, "自动收集的信息", "### Automatically Collected Information", "### 自动收集的信息", "optional",
          note="the heading translated into Chinese, same meaning: the section must stay paired (renamed or modified), not removed + added"),
    ],
    "notes": "A partly translated page (English headings and list items inside the Chinese file): one subsection rewritten to say "
             "less is collected and what is not. 3 changes, all in one subsection whose heading was translated.",
})

n = "i2p-refinements"
CK, CH = "Cookie", "本隐私政策的变更"
H[n] = write(n, {
    "source": src(n, "i2p/i2p.website"),
    "changed": [{"old_title": CK, "new_title": CK, "kind": "modified"}, {"old_title": CH, "new_title": CH, "kind": "modified"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(CK, CK, "您有权： - Unsubscribe… - Request information… - Request deletion… 要行使这些权利，请通过 **press@i2p.net** 与我们联系", None, "removed",
          note="a rights block that the misaligned translation had put under Cookie"),
        C(CK, CK, None, "我们的网站可能仅将Cookie用于基本功能。这些Cookie不会跟踪您或收集分析数据。", "added"),
        C(CH, CH, "- **Email**: press@i2p.net", "- **电子邮件**：admin@i2p.net", "contact"),
        C(CH, CH, "- **GPG Key fingerprint**: `48C7 AAAB 0B9E 4FE3 9535 9EBE 4B05 8F7D 13F6 E886`",
          "- **GPG密钥指纹**：`6BEA 3ED4 582D 7A49 C42E 6654 9DCF 89C0 714E EE89`", "contact"),
    ],
    "noise": [],
    "notes": "A machine-translated page whose text sits one heading off; the update replaces the Cookie section's text and the contact e-mail and key. 4 changes.",
})

n = "mta-hant-consent"
T1, P2, K7 = "隱私權政策 Privacy Policy", "二、權限使用", "七、聯絡方式"
H[n] = write(n, {
    "source": src(n, "waley316/declarationFile"),
    "changed": [{"old_title": T1, "new_title": T1, "kind": "modified"}, {"old_title": P2, "new_title": P2, "kind": "modified"}],
    "noise_only": [{"old_title": K7, "new_title": K7, "note": "the e-mail moved to its own line with an emoji"}],
    "unchanged": ["一、資料收集", "三、第三方 SDK：Mist Core SDK", "四、資料儲存與分享", "五、兒童隱私", "六、政策變更"],
    "changes": [
        C(T1, T1, None, "聲明：您同意《MTA 基本功能隱私權限》，僅代表您了解並同意…此同意不代表您授權我們收集或處理任何非必要的個人資料。", "added"),
        C(P2, P2, "位置權限（…）：根據 Android 系統要求，掃描藍牙裝置需要位置權限。", "位置權限（…）：掃描藍牙裝置需要位置權限。", "modified",
          note="the justification 根據 Android 系統要求 dropped"),
    ],
    "noise": [
        N(None, None, "(no blank line)", "(blank lines added after the title, between list lines and sections)", "whitespace"),
        N(K7, K7, "若您對本隱私政策有任何問題，請聯絡我們：wuwei98326@gmail.com", "若您對本隱私政策有任何問題，請聯絡我們：\\n📧 wuwei98326@gmail.com", "wrap",
          note="the same e-mail on its own line after a decorative emoji"),
    ],
    "notes": "zh-Hant plain text (一、… headings, no markup). A consent notice added, one clause dropped; blank lines and an emoji line break elsewhere. 2 changes.",
})

n = "aiden-content-reword"
S1 = "一、我们收集的个人数据"
H[n] = write(n, {
    "source": src(n, "AllWiseAI/aiden-docs"),
    "changed": [{"old_title": S1, "new_title": S1, "kind": "modified"}], "noise_only": [], "unchanged": [],
    "changes": [C(S1, S1, "- 用户内容：您在使用服务时输入或上传的内容，例如文本、文件、图像和音频等（“内容”）。",
                  "- 用户内容：我们收集您在使用我们的服务时提供的个人数据（“内容”），包括您的提示…但处理完成后我们不会存储这些内容…", "modified")],
    "noise": [],
    "notes": "One list item rewritten (content not stored after processing). 1 change.",
})

n = "aiden-email"
S7, S9 = "七、年龄限制", "九、联系我们"
H[n] = write(n, {
    "source": src(n, "AllWiseAI/aiden-docs"),
    "changed": [{"old_title": S7, "new_title": S7, "kind": "modified"}, {"old_title": S9, "new_title": S9, "kind": "modified"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(S7, S7, "…请立即通过 [contact@allwise.ai](mailto:contact@allwise.ai) 联系我们。", "…请立即通过 [contact@aidenai.io](mailto:contact@aidenai.io) 联系我们。", "contact"),
        C(S9, S9, "📧 邮箱：[contact@allwise.ai](mailto:contact@allwise.ai)", "📧 邮箱：[contact@aidenai.io](mailto:contact@aidenai.io)", "contact"),
    ],
    "noise": [],
    "notes": "Commit 'chore: update emails': the contact address changed in two places. 2 changes.",
})

n = "aiden-google-renumber"
T5 = "隐私政策"
H[n] = write(n, {
    "source": src(n, "AllWiseAI/aiden-docs"),
    "changed": [{"old_title": T5, "new_title": T5, "kind": "modified"}, {"old_title": "二、我们如何使用个人数据", "new_title": "二、我们如何使用个人数据", "kind": "modified"},
                {"old_title": None, "new_title": "三、Google用户数据", "kind": "added"},
                {"old_title": "三、我们如何共享个人数据", "new_title": "四、我们如何共享个人数据", "kind": "modified"},
                {"old_title": "四、个人数据的保留期限", "new_title": "五、个人数据的保留期限", "kind": "modified"},
                {"old_title": "五、您的权利", "new_title": "六、您的权利", "kind": "modified"}],
    "noise_only": [], "unchanged": ["一、我们收集的个人数据", "六、信息安全 → 七、信息安全", "七、年龄限制 → 八、年龄限制", "八、本政策的变更 → 九、本政策的变更", "九、联系我们 → 十、联系我们"],
    "changes": [
        C(T5, T5, None, "**最后更新时间：** 2025年10月29日 / **生效日期：** 2025年10月29日", "added", note="two date lines"),
        C("二、我们如何使用个人数据", "二、我们如何使用个人数据", "如上所述，您提交的内容也可能用于改进我们的服务，例如用于训练Aiden背后的模型。",
          "**关于内容使用的重要说明：** …我们不会使用任何用户数据…来训练或改进我们的AI模型。", "modified", note="the training statement reversed"),
        C(None, "三、Google用户数据", None, "## 三、Google用户数据 + an intro and three numbered items", "added"),
        C("三、我们如何共享个人数据", "四、我们如何共享个人数据", "除上述情况外，我们不会在未经您明确同意的前提下，向第三方出售或披露…",
          "**重要声明：** 我们不会也永远不会在任何情况下向第三方出售您的个人信息，包括Google用户数据。在未经您明确同意的前提下…", "modified"),
        C("四、个人数据的保留期限", "五、个人数据的保留期限", None, "**具体保留期限：** + five items (30天, 90天, 2年)", "added"),
        C("五、您的权利", "六、您的权利", None, "**如何行使您的权利：** 如需行使…请通过 contact@aidenai.io 与我们联系。我们将在30天内回复…", "added"),
    ],
    "noise": [
        N(T5, T5, "…（统称为“服务”）…（“个人数据”）…", "…（统称为\"服务\"）…（\"个人数据\"）…", "width", note="the intro paragraph's quotes “” → \"\" (same words)"),
        N("三、我们如何共享个人数据", "四、我们如何共享个人数据", "## 三、…", "## 四、…", "renumber",
          note="and 四→五, 五→六, 六→七, 七→八, 八→九, 九→十: a heading whose number moved by one after the inserted section"),
    ],
    "notes": "Commit 'update privacy policy': a Google-user-data section inserted as 三、, every later heading renumbered by one "
             "(三→四 … 九→十), four sections gain or change text, the intro gains two dates and changes its quote marks. 6 changes.",
})

n = "topcal-header-footer"
H[n] = write(n, {
    "source": src(n, "guojiubo/guojiubo.github.io"),
    "changed": [{"old_title": None, "new_title": "空气日历隐私政策", "kind": "modified"}], "noise_only": [], "unchanged": [],
    "changes": [
        C(PRE, "空气日历隐私政策", None, "2021年1月19日", "date"),
        C(PRE, "空气日历隐私政策", None, "我们可能适时会对本隐私政策进行调整或变更…经调整或变更的内容一经通知或公布后的7日后生效。如您…受其约束。", "added"),
    ],
    "noise": [
        N(None, None, "layout: default", "layout: single", "markup", note="front matter"),
        N(None, "空气日历隐私政策", None, "# 空气日历隐私政策", "optional", note="a document title added above the text (tolerated as a title change)"),
        N(None, None, None, "Copyright © guojiubo. All rights reserved.", "optional", note="a footer line added at the end (tolerated either way)"),
    ],
    "notes": "Commit 'Customize layout and update privacy policy': a title, a date and a policy-change paragraph added at the top, a copyright line at the end. 2 changes (+2 optional).",
})

n = "topcal-rewrite"
O1, N1 = "空气日历隐私政策", "Top Calendar 隐私政策"
H[n] = write(n, {
    "source": src(n, "guojiubo/guojiubo.github.io"),
    "changed": [{"old_title": O1, "new_title": N1, "kind": "modified"}, {"old_title": None, "new_title": "数据收集", "kind": "added"},
                {"old_title": None, "new_title": "您的日程数据", "kind": "added"}, {"old_title": None, "new_title": "隐私政策变更", "kind": "added"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(O1, N1, "# 空气日历隐私政策", "# Top Calendar 隐私政策", "title", note="the product renamed"),
        C(O1, N1, "2021年1月19日", "2023年4月28日", "date"),
        C(O1, N1, "空气日历非常重视对您的个人隐私保护…本隐私协议解释了这些情况下的数据收集和使用情况。", "Top Calendar 是由 guojiubo 独立的开发一款 macOS 应用…使用本应用表示您已充分阅读、理解并接受此隐私政策。", "modified"),
        C(O1, "隐私政策变更", "我们可能适时会…一经通知或公布后的7日后生效。如您…受其约束。", "我们可能适时会…将仅以标注更新时间的方式公布在我们网站上，但不会通过其他方式通知您。如果您继续使用本应用…", "modified",
          note="moved to a new section at the end and reworded (no 7-day delay, no other notice)"),
        C(O1, None, "空气日历严格遵守法律法规，遵循以下隐私保护原则… a、安全可靠 … e、清晰透明 …", None, "removed", note="five principles"),
        C(O1, None, "1.适用范围 在您使用本软件时，我们会自动接收您电脑上的信息…", None, "removed"),
        C(O1, None, "2.信息的使用 …未来可能会将其上传至服务器…", None, "removed"),
        C(O1, None, "3.信息披露 本软件不会将您的信息披露给第三方。请注意：以下情形中… a)… b)…", None, "removed"),
        C(None, "数据收集", None, "Top Calendar 应用程序本身不会收集您的任何数据。除内购功能外，本应用不会主动发起任何网络请求。", "added"),
        C(None, "您的日程数据", None, "本应用内展示的关于您的日程数据是通过 Apple 官方提供的 EventKit 获取。… 您的数据只存在于您的设备中。", "added"),
    ],
    "noise": [
        N(None, None, "layout: single", "layout: default\\nlang: zh", "markup", note="front matter"),
        N(O1, None, "Copyright © guojiubo. All rights reserved.", None, "optional", note="the footer line removed"),
    ],
    "notes": "The calendar app's policy replaced by the new app's (空气日历 → Top Calendar): old text (principles, 1.–3. as plain lines) removed, "
             "three Markdown sections added; the policy-change paragraph survives reworded at the end. 10 changes. "
             "A rename of a removed numbered line onto a new section would be a section error.",
})

n = "topcal-reword"
D = "数据收集"
H[n] = write(n, {
    "source": src(n, "guojiubo/guojiubo.github.io"),
    "changed": [{"old_title": D, "new_title": D, "kind": "modified"}], "noise_only": [], "unchanged": ["您的日程数据", "隐私政策变更"],
    "changes": [C(D, D, "Top Calendar 应用程序本身不会收集您的任何数据。除内购功能外，本应用不会主动发起任何网络请求。",
                  "Top Calendar 不会收集您的任何数据且不会主动发起任何网络请求。", "modified", note="the in-app-purchase exception dropped")],
    "noise": [],
    "notes": "One sentence: the exception 除内购功能外 is gone. 1 change.",
})

n = "guizhan-site-url"
DF = "定义 {#definitions}"
H[n] = write(n, {
    "source": src(n, "ybw0014/guizhan-builds-2"),
    "changed": [{"old_title": DF, "new_title": DF, "kind": "modified"}], "noise_only": [], "unchanged": [],
    "changes": [C(DF, DF, "- **网站**：鬼斩构建站，可从[https://builds2.guizhanss.net](https://builds2.guizhanss.net)访问。",
                  "- **网站**：鬼斩构建站，可从[https://builds.guizhanss.com](https://builds.guizhanss.com)访问。", "contact", note="the site's address")],
    "noise": [],
    "notes": "Commit 'feat: checksum validation': the website address in the definitions changed (headings carry {#id} anchors). 1 change.",
})
