from ann import *
H = {}
n = "cebian-voice-openrouter"
H[n] = write(n, {
 "source": src(n, "maotoumao/Cebian", "maotoumao+Cebian", "AGPL-3.0 (repository LICENSE)", "f855af3", "PRIVACY.zh-CN.md", "9594f47", "PRIVACY.zh-CN.md", "md"),
 "changed": [
  {"old_title": "二、我们处理的数据", "new_title": "二、我们处理的数据", "kind": "modified", "note": "table row added: 麦克风音频（语音输入）"},
  {"old_title": "五、第三方 AI 服务商", "new_title": "五、第三方 AI 服务商", "kind": "modified", "note": "paragraph added: **OpenRouter 应用归因。** (two fixed request headers sent to OpenRouter)"}],
 "noise_only": [], "unchanged": ["all other sections (一句话概括, 一、适用范围, 三 … 十一)"],
 "changes": [
  C("二、我们处理的数据", "二、我们处理的数据", "", "| **麦克风音频（语音输入）** | 实时麦克风音频，仅用于把语音转写为聊天输入框中的文字 | 仅当你从输入框的麦克风按钮主动启动语音输入时 | **音频**完全在**本地设备**上由浏览器内置语音引擎处理，**绝不离开你的设备**…若你启用 AI 修正（可选功能），该段转写文字会像普通消息一样发送给你配置的 AI 服务商以做修正…", "added", note="new table row between 录制的交互会话 and API Key 与 OAuth Token"),
  C("五、第三方 AI 服务商", "五、第三方 AI 服务商", "", "**OpenRouter 应用归因。**当你选择 OpenRouter 作为服务商时，Cebian 会在每个请求的请求头里附带两个固定的应用标识（`HTTP-Referer: https://cebian.catcat.work` 与 `X-Title: Cebian`）…这两个请求头**不含任何用户数据**…且只对 OpenRouter 发送。", "added", note="new paragraph after 数据离开浏览器后…")],
 "noise": [],
 "notes": "Two commits on 2026-06-19 (voice input; OpenRouter attribution headers) squashed into one pair. Pure insertions; nothing else differs (git diff: 3 lines inserted)."})

n = "dacapo-tldr-email"
H[n] = write(n, {
 "source": src(n, "maruquotidien/dacapo", "maruquotidien+dacapo", "none (no licence file)", "ada812e", "privacy-policy.zh-TW.md", "4ae0133", "privacy-policy.zh-TW.md", "md"),
 "changed": [
  {"old_title": "簡短版（TL;DR）", "new_title": "簡短版（TL;DR）", "kind": "modified", "note": "到我們的伺服器上 deleted from the bold claim"},
  {"old_title": "5. 聯絡我們", "new_title": "5. 聯絡我們", "kind": "modified", "note": "e-mail maruquotidien@gmail.com -> maru.quotidien@gmail.com"}],
 "noise_only": [], "unchanged": ["preamble", "1. 我們不收集的資料", "2. 在你裝置上儲存的資料", "3. 第三方服務", "3.1", "3.2", "3.3", "4. 政策變更"],
 "changes": [
  C("簡短版（TL;DR）", "簡短版（TL;DR）", "我們不收集、不傳輸、不儲存任何你的個人資料到我們的伺服器上。", "我們不收集、不傳輸、不儲存任何你的個人資料。", "wording", note="scope of the promise widened (no longer limited to 'on our servers'); the bold ** span moves with the sentence end"),
  C("5. 聯絡我們", "5. 聯絡我們", "Email: maruquotidien@gmail.com", "Email: maru.quotidien@gmail.com", "contact")],
 "noise": [],
 "notes": "zh-TW Markdown. Two commits (2026-05-26 TL;DR fix, 2026-05-29 e-mail). The 最後更新日期 line was NOT updated (still 2026-05-26) - no date change to report."})

n = "astropath-nav-section"
H[n] = write(n, {
 "source": src(n, "houboyjacky/shutterhouboy-privacy-policy", "houboyjacky+shutterhouboy-privacy-policy", "none (no licence file)", "3c24814", "astropath-domain/privacy-policy.zh-TW.md", "f79a90a", "astropath-domain/privacy-policy.zh-TW.md", "md"),
 "changed": [
  {"old_title": None, "new_title": "文件導覽", "kind": "added", "note": "new ## 文件導覽 right after the H1, 3 bullet links to the English edition and the two disclaimer files; the old preamble paragraph (感謝您使用…) now sits under this heading"}],
 "noise_only": [], "unchanged": ["一、蒐集與使用目的", "二、蒐集的資料類型", "三、使用範圍與方式", "四、語言模型研究利用與同意", "五、資料保存期間與刪除機制", "六、您的權益與聯絡方式", "七、資料安全與跨境傳輸", "八、條款更新"],
 "changes": [
  C(None, "文件導覽", "", "## 文件導覽\n- 本文件（英文版）：[privacy-policy.en.md](privacy-policy.en.md)\n- 相關文件（免責聲明，中文版）：[disclaimer.zh-TW.md](disclaimer.zh-TW.md)\n- 相關文件（免責聲明，英文版）：[disclaimer.en.md](disclaimer.en.md)", "added", note="navigation section; the link labels are wrong (本文件（英文版）points at the English edition) but they are what was added")],
 "noise": [
  N(None, "文件導覽", "感謝您使用「快門手神秘領域」相關服務（下稱本服務）。為維護您的權益…向您說明本服務蒐集、處理與利用個人資料之事項如下：", "(same paragraph, now under ## 文件導覽)", "moved", note="unchanged intro paragraph that ends up under the new heading; must not be shown as deleted+inserted")],
 "notes": "zh-TW Markdown. Only the 5 added lines differ. Acceptable section reports: 文件導覽 added (with the 3 links), preamble unchanged or its paragraph moved (not a change)."})

n = "majiang-rename"
H[n] = write(n, {
 "source": src(n, "samhk97/majiang-legal", "samhk97+majiang-legal", "none (no licence file)", "a3420b1", "privacy-policy.zh-Hant.md", "e5cf42e", "privacy-policy.zh-Hant.md", "md"),
 "changed": [
  {"old_title": None, "new_title": None, "kind": "modified", "note": "product name 麻將俱樂部 -> 麻雀俱樂部 in the H1 title, the 適用 App line and the first sentence (all before ## 1.)"}],
 "noise_only": [], "unchanged": ["1. … 11. all numbered sections and sub-sections"],
 "changes": [
  C("(title) 隱私權政策｜麻將俱樂部", "(title) 隱私權政策｜麻雀俱樂部", "# 隱私權政策｜麻將俱樂部", "# 隱私權政策｜麻雀俱樂部", "wording", note="product rename in the document title (H1); may be reported as a title change or a renamed preamble"),
  C(None, None, "> **適用 App**：「麻將俱樂部」（iOS / Android）", "> **適用 App**：「麻雀俱樂部」（iOS / Android）", "wording", note="product rename"),
  C(None, None, "「麻將俱樂部」（以下簡稱「本 App」、「我們」）尊重您的隱私。", "「麻雀俱樂部」（以下簡稱「本 App」、「我們」）尊重您的隱私。", "wording", note="product rename")],
 "noise": [],
 "notes": "zh-Hant (Hong Kong product name 麻雀 for mahjong) Markdown; commit 'rename 麻將 → 麻雀 to match App Store name'. Same byte count. Caution: 麻將/麻雀 is not a script variant, it is a product rename (and 麻雀 also means sparrow) - a cross-script key must not fold them."})

n = "measure-txt-sdk"
H[n] = write(n, {
 "source": src(n, "lusins/MeasureResouce", "lusins+MeasureResouce", "none (no licence file)", "1acc99f", "privacy_policy_zh.txt", "546c17e", "privacy_policy_zh.txt", "txt"),
 "changed": [
  {"old_title": None, "new_title": None, "kind": "modified", "note": "app name AR测量小助手 -> AR Measure Assistant (2 paragraphs)"},
  {"old_title": "信息收集与使用", "new_title": "信息收集与使用", "kind": "modified", "note": "shareSDK clause removed; third-party list rewritten (URLs added, Crashlytics/Facebook/UmengSDK removed); 链接到 -> 复制链接跳转到"},
  {"old_title": None, "new_title": "记录数据", "kind": "added", "note": "old had a stray 'Log Data' line inside the third-party list; new has a 记录数据 heading line before the unchanged 我想通知您… paragraph"}],
 "noise_only": [], "unchanged": ["Cookies", "服务供应商", "安全", "链接到其他网站", "儿童隐私", "本隐私政策的变更", "联系我们"],
 "changes": [
  C(None, None, "lusins将AR测量小助手应用程序构建为“广告支持”应用程序。", "lusins将AR Measure Assistant应用程序构建为“广告支持”应用程序。", "wording", note="app name"),
  C(None, None, "…可通过AR测量小助手访问。", "…可通过AR Measure Assistant访问。", "wording", note="app name"),
  C("信息收集与使用", "信息收集与使用", "我可能会要求您向我们提供某些个人身份信息，包括但不限于shareSDK第三应用程序的信息以与其他人共享应用程序。", "我可能会要求您向我们提供某些个人身份信息。", "removed", note="shareSDK data collection clause removed"),
  C("信息收集与使用", "信息收集与使用", "链接到该应用程序使用的第三方服务提供商的隐私权政策", "复制链接跳转到该应用程序使用的第三方服务提供商的隐私权政策", "wording"),
  C("信息收集与使用", "信息收集与使用", "Google Play服务", "Google Play Services（https://policies.google.com/privacy）", "wording", note="name + policy URL"),
  C("信息收集与使用", "信息收集与使用", "AdMob", "AdMob（https://support.google.com/admob/answer/6128543?hl=zh_CN）", "wording", note="policy URL added"),
  C("信息收集与使用", "信息收集与使用", "Firebase Analytics", "Firebase Analytics（https://firebase.google.com/policies/analytics）", "wording", note="policy URL added"),
  C("信息收集与使用", "信息收集与使用", "Firebase Crashlytics", "", "removed", note="third party removed"),
  C("信息收集与使用", "信息收集与使用", "Facebook", "", "removed", note="third party removed"),
  C("信息收集与使用", "信息收集与使用", "UmengSDK", "", "removed", note="third party removed"),
  C("信息收集与使用", "记录数据", "Log Data", "记录数据", "wording", heading=True, note="stray English 'Log Data' list line becomes the Chinese heading 记录数据; count as found if either a change or a new/renamed section 记录数据 is reported")],
 "noise": [],
 "notes": "Plain text, headings are bare lines (信息收集与使用, Cookies, 服务供应商 …). Old = first version 2019-12-17 (1acc99f); the intermediate commits added/removed a shareSDK line. 11 change items; the third-party list is one block of lines, a tool may report it as one multi-line replace (counts as covering items 5-10 it spans)."})
print(H)
