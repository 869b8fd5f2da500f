"""Annotations for the small pairs (written from git diff --word-diff before any policylens run)."""
from ann import C, N, src, write

H = {}

n = "velaris-contact"
H[n] = write(n, {
    "source": src(n, "linxu-link/Velaris", "linxu-link+Velaris", "none (no licence file)", "a28bcb3", "docs/privacy-policy.zh-TW.md", "d726d34", "docs/privacy-policy.zh-TW.md", "md"),
    "changed": [{"old_title": "開發者資訊", "new_title": "開發者資訊", "kind": "modified", "note": "contact placeholder replaced by an e-mail"}],
    "noise_only": [],
    "unchanged": ["(title/preamble)", "我們處理哪些資料", "本機媒體", "廣告與同意管理", "資料共享", "資料保留與刪除", "權限管理", "兒童隱私", "政策更新"],
    "changes": [
        C("開發者資訊", "開發者資訊", "- 聯絡方式：TODO: 請於上架前替換為真實信箱或公開聯絡頁面", "- 聯絡方式：wujia.link@gmail.com", "contact", note="TODO placeholder filled"),
    ],
    "noise": [],
    "notes": "zh-TW Markdown (Android app 氛圍時鐘). One line differs (git diff: 1 line). The 最後更新日期 line is unchanged (2026-06-16).",
})

n = "starhabbit-rename"
H[n] = write(n, {
    "source": src(n, "daydayup-tlj/StarHabbit", "daydayup-tlj+StarHabbit", "none (no licence file)", "b24b0cc", "privacy_zh.html", "c45e6e9", "privacy_zh.html", "html"),
    "changed": [
        {"old_title": None, "new_title": None, "kind": "modified", "note": "product name 苹果 ToDo -> 小星星自律 in <title>, the header app-name and the intro"},
        {"old_title": "七、联系我们", "new_title": "七、联系我们", "kind": "modified", "note": "product name in two contact lines"}],
    "noise_only": [],
    "unchanged": ["一 … 六 (all numbered sections)", "生效日期/最后更新 lines"],
    "changes": [
        C("(html <title>)", "(html <title>)", "<title>苹果 ToDo - 隐私政策</title>", "<title>小星星自律 - 隐私政策</title>", "rename", note="document title in <head>; counted as its own change"),
        C(None, None, "<div class=\"app-name\">苹果 ToDo</div>", "<div class=\"app-name\">小星星自律</div>", "rename", note="header block, before 隐私政策 / 生效日期"),
        C(None, None, "感谢您使用 \"苹果 ToDo\"（以下简称\"本应用\"）。苹果 ToDo 是一款专注于习惯养成与专注打卡的工具应用。…", "感谢您使用 \"小星星自律\"（以下简称\"本应用\"）。小星星自律 是一款专注于习惯养成与专注打卡的工具应用。…", "rename", note="intro paragraph, two occurrences in one paragraph"),
        C("七、联系我们", "七、联系我们", "如果您对本隐私政策或 \"苹果 ToDo\" 有任何疑问、意见或建议，请通过以下方式联系我们：", "如果您对本隐私政策或 \"小星星自律\" 有任何疑问、意见或建议，请通过以下方式联系我们：", "rename"),
        C("七、联系我们", "七、联系我们", "• App Store 产品页面：通过 App Store 上的 \"苹果 ToDo\" 页面联系我们。", "• App Store 产品页面：通过 App Store 上的 \"小星星自律\" 页面联系我们。", "rename"),
    ],
    "noise": [],
    "notes": "zh-Hans HTML with a big <style> block and div-based headings (section-title / contact-title divs). A product rename, 5 places. Dates (生效日期/最后更新 2026年3月24日) NOT updated. Same developer as two repositories listed in claims.txt without a name (SuperBill, Supernote): the template sentence 本隐私政策旨在清晰、透明地说明… also occurs in eval/blind (grep count only); this app and its text are different.",
})

n = "clipclop-preview"
H[n] = write(n, {
    "source": src(n, "hiQianFan/ClipClop", "hiQianFan+ClipClop", "MIT (repository LICENSE)", "790b666", "PRIVACY.zh-CN.md", "6baed9e", "PRIVACY.zh-CN.md", "md"),
    "changed": [
        {"old_title": "本地保存的数据", "new_title": "本地保存的数据", "kind": "modified", "note": "file-preview sentence rewritten"},
        {"old_title": "你的控制方式", "new_title": "你的控制方式", "kind": "modified", "note": "retention wording; one sentence added"},
        {"old_title": None, "new_title": "系统权限", "kind": "added", "note": "new section"}],
    "noise_only": [],
    "unchanged": ["(title/preamble)", "网络访问"],
    "changes": [
        C("本地保存的数据", "本地保存的数据", "文件记录只引用原始路径；用户明确选择或预览文件时，应用可能读取源文件以取得大小或生成缩略图，但不会复制、移动或上传它。", "文件记录只引用原始路径。文件预览默认关闭；关闭时，ClipClop 只展示已保存的名称、路径和来源信息，不读取原文件。开启后，明确预览文件可能读取所选源文件以取得大小、生成缩略图或通过 Quick Look 显示，但不会复制、移动或上传原文件。", "wording"),
        C("你的控制方式", "你的控制方式", "你可以删除单条记录、清空历史、设置保留期限，或退出 ClipClop 来停止捕获。", "你可以删除单条记录、清空历史、按时间和条目数量限制历史，或退出 ClipClop 来停止捕获。", "wording"),
        C("你的控制方式", "你的控制方式", "", "启用“最近使用移到顶部”后，清理会按最后使用时间计算。", "added", note="sentence inserted into the same paragraph, after 来停止捕获。"),
        C(None, "系统权限", "", "## 系统权限\n\n在 macOS 上，可选的自动粘贴仅使用辅助功能权限…首次启动的快速入门只使用内置示例，不会展示你的剪贴板历史。", "added", note="new section between 你的控制方式 and the closing paragraph 如果未来加入遥测…"),
    ],
    "noise": [N("你的控制方式", "系统权限", "如果未来加入遥测、云同步，或任何会处理剪贴板数据的新联网功能，本说明必须在发布前更新。", "(same paragraph, now under ## 系统权限)", "moved")],
    "notes": "zh-Hans Markdown, two commits squashed (25c3f7d release 0.2.0, 6baed9e preview permissions). Unnumbered ## headings. Beware: the closing paragraph 如果未来加入遥测… was under 你的控制方式 in the old file and is under 系统权限 in the new one (unchanged text that changes section) - must not be shown as deleted+inserted.",
})

n = "bilisync-format"
H[n] = write(n, {
    "source": src(n, "sky1wu/Bili-SyncPlay", "sky1wu+Bili-SyncPlay", "GPL-3.0 (repository LICENSE)", "c0ebf85", "PRIVACY.zh-CN.md", "fda5a4b", "docs/legal/privacy.zh-CN.md", "md"),
    "changed": [],
    "noise_only": [{"old_title": "(last section)", "new_title": "(last section)", "note": "trailing blank line removed (commit 'docs: format privacy policy'), then the file moved to docs/legal/ byte-identical"}],
    "unchanged": ["everything"],
    "changes": [],
    "noise": [N("(last section)", "(last section)", "- Issues：https://github.com/Sky1wu/Bili-SyncPlay/issues\n\n", "- Issues：https://github.com/Sky1wu/Bili-SyncPlay/issues\n", "whitespace", note="one trailing empty line removed at the end of the file")],
    "notes": "zh-Hans Markdown, 148 lines. Formatting-only pair: 'docs: format privacy policy' removed a trailing blank line; the file was later moved from PRIVACY.zh-CN.md to docs/legal/privacy.zh-CN.md without change. Expected: no change at all.",
})

n = "weartranslator-rename"
H[n] = write(n, {
    "source": src(n, "gohj99/Wear_Translator_Public", "gohj99+Wear_Translator_Public", "none (no licence file)", "45f1478", "PRIVACY.zh-CN.md", "9745e26", "PRIVACY.zh-CN.md", "md"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified", "note": "**Wear Translator** -> **腕间翻译**"} for t in ["(preamble)", "我们不会收集您的任何数据", "翻译服务提供商", "剪贴板使用", "第三方链接", "儿童隐私"]],
    "noise_only": [],
    "unchanged": ["数据安全", "隐私政策的变更", "联系我们"],
    "changes": [
        C(None, None, "本隐私政策旨在告知您（用户），当您使用我们的 **Wear Translator** 软件（以下简称“软件”）时，…", "本隐私政策旨在告知您（用户），当您使用我们的 **腕间翻译** 软件（以下简称“软件”）时，…", "rename", note="preamble under # 隐私政策"),
        C("我们不会收集您的任何数据", "我们不会收集您的任何数据", "**Wear Translator** 的核心原则是保护您的隐私。…", "**腕间翻译** 的核心原则是保护您的隐私。…", "rename"),
        C("翻译服务提供商", "翻译服务提供商", "当您在 **Wear Translator** 中输入文本或语音进行翻译时，…", "当您在 **腕间翻译** 中输入文本或语音进行翻译时，…", "rename"),
        C("剪贴板使用", "剪贴板使用", "**Wear Translator** 可能会读取或写入您设备的剪贴板，…", "**腕间翻译** 可能会读取或写入您设备的剪贴板，…", "rename"),
        C("第三方链接", "第三方链接", "**Wear Translator** 可能包含指向第三方网站或服务的链接。…", "**腕间翻译** 可能包含指向第三方网站或服务的链接。…", "rename"),
        C("儿童隐私", "儿童隐私", "**Wear Translator** 欢迎所有年龄段的用户。…", "**腕间翻译** 欢迎所有年龄段的用户。…", "rename"),
    ],
    "noise": [N("我们不会收集您的任何数据", "我们不会收集您的任何数据", "…个人数据。**这包括但不限于…", "…个人数据。** 这包括但不限于…", "whitespace", note="a space added after the closing ** (same line as the rename in change 1; a report of that line is judged by the rename)")],
    "notes": "zh-Hans Markdown; English product name replaced by the Chinese one in 6 places (3 commits 2025-12-14 .. 12-29 squashed). 最后更新日期 unchanged (2025年12月14日).",
})

n = "weartranslator-androidid"
H[n] = write(n, {
    "source": src(n, "gohj99/Wear_Translator_Public", "gohj99+Wear_Translator_Public", "none (no licence file)", "9745e26", "PRIVACY.zh-CN.md", "c172fcc", "PRIVACY.zh-CN.md", "md"),
    "changed": [
        {"old_title": "我们不会收集您的任何数据", "new_title": "我们收集的信息", "kind": "renamed+modified", "note": "heading reversed in meaning; paragraph rewritten; Android ID paragraph added"},
        {"old_title": None, "new_title": "Android 设备标识符（Android ID）", "kind": "added"},
        {"old_title": None, "new_title": "重要说明", "kind": "added"},
        {"old_title": None, "new_title": "我们不会收集的信息", "kind": "added"}],
    "noise_only": [],
    "unchanged": ["(preamble)", "翻译服务提供商", "剪贴板使用", "数据安全", "第三方链接", "儿童隐私", "隐私政策的变更", "联系我们"],
    "changes": [
        C("我们不会收集您的任何数据", "我们收集的信息", "## 我们不会收集您的任何数据", "## 我们收集的信息", "heading", note="section heading changed in meaning (the policy now admits collection)"),
        C("我们不会收集您的任何数据", "我们收集的信息", "**腕间翻译** 的核心原则是保护您的隐私。**我们不会收集、存储或处理任何您的个人身份信息或与您使用本软件相关的任何个人数据。** 这包括但不限于您的姓名、电子邮件地址、设备信息、使用模式或翻译内容。", "**腕间翻译 不会收集任何可用于识别您个人身份的信息，例如您的姓名、电子邮箱地址、联系人或账户凭证。**", "wording", note="no longer promises not to collect device information / usage"),
        C(None, "我们收集的信息", "", "但是，为了确保服务能够可靠、安全地运行，本软件会处理少量**设备层面的技术标识符**，具体包括：", "added"),
        C(None, "Android 设备标识符（Android ID）", "", "### Android 设备标识符（Android ID）\n本软件会访问 Android 系统提供的 **Android ID**。该标识符仅用于以下目的：* 防止翻译服务被滥用… * 在同一设备上提供一致的服务功能体验", "added", note="new ### subsection, 5-item list"),
        C(None, "重要说明", "", "### 重要说明\nAndroid ID：* **不会用于广告用途** … * **无法用于识别您的真实身份**\n我们仅将该标识符作为区分访问本服务设备的技术手段使用。…", "added", note="new ### subsection, 5-item list + paragraph"),
        C(None, "我们不会收集的信息", "", "## 我们不会收集的信息\n我们**不会收集或存储**以下信息：* 您的姓名 … * 账户凭证\n您的翻译输入内容不会被我们保留。", "added", note="new ## section (10-item list) before ## 翻译服务提供商, followed by a new --- rule"),
    ],
    "noise": [],
    "notes": "zh-Hans Markdown; the 'no data' section becomes 'what we collect' (Android ID). 最后更新日期 NOT updated (still 2025年12月14日). Acceptable section reports: 我们不会收集您的任何数据 -> 我们收集的信息 renamed (or removed + added), three new sections. The old title 我们不会收集您的任何数据 and the new one 我们不会收集的信息 are similar strings: pairing the old section with the NEW 我们不会收集的信息 section is a false rename (section-level error).",
})
print(H)
