from ann import *
H = {}
n = "dreamnest-fill-contact"
H[n] = write(n, {
 "source": src(n, "mMrBun/dreamnest-legal", "mMrBun+dreamnest-legal", "none (no licence file)", "a8b15d4", "privacy-policy.zh-Hans.md", "cf9dbbf", "privacy-policy.zh-Hans.md", "md"),
 "changed": [
  {"old_title": "14. 联系我们", "new_title": "14. 联系我们", "kind": "modified", "note": "developer name and e-mail placeholders filled in"}],
 "noise_only": [None], "unchanged": ["1. … 13. every numbered section"],
 "changes": [
  C("14. 联系我们", "14. 联系我们", "开发者：[你的开发者名称]", "开发者：[徐辉]", "contact"),
  C("14. 联系我们", "14. 联系我们", "邮箱：[your-contact-email@example.com]", "邮箱：[mr__bun@163.com]", "contact")],
 "noise": [
  N(None, None, "", "[English](./) | [简体中文](./privacy-policy.zh-Hans.html) | [繁體中文](./privacy-policy.zh-Hant.html) | [日本語](./privacy-policy.ja.html) | [한국어](./privacy-policy.ko.html)", "navigation", note="language-switcher line added under the title (plus one extra blank line); navigation, not policy content")],
 "notes": "zh-Hans Markdown, 2026-04-23, two commits (fill placeholders; add language links). noise_only [null] = the preamble differs only by the navigation line. Doubt: a reviewer may want to see the language-switcher; I count it as noise (the same call is made for devhub-markup and aareader-html, but NOT for astropath-nav-section where a whole ## heading with cross-references to a disclaimer was added)."})

n = "aareader-html"
SEC = {"collect": "我们会收集什么样的数据？", "use": "我们如何使用这些个人信息？", "disc": "这些数据向谁披露？", "keep": "这些数据保留多长时间？", "not": "哪些数据是没有被收集的？"}
H[n] = write(n, {
 "source": src(n, "jjcheng/aareader-html", "jjcheng+aareader-html", "none (no licence file)", "09d6772", "privacy_zh.html", "54e40d3", "privacy_zh.html", "html"),
 "changed": [
  {"old_title": SEC["collect"], "new_title": SEC["collect"], "kind": "modified", "note": "小A -> App; HTTP-request item relabelled; crash item rewritten as Sentry SDK 'App异常数据' (scope wider) with a privacy link; 第三方服务 label"},
  {"old_title": SEC["use"], "new_title": SEC["use"], "kind": "modified", "note": "purpose 分析统计数据 added; login item rewritten (photo link dropped); Sentry item rewritten"},
  {"old_title": SEC["disc"], "new_title": SEC["disc"], "kind": "modified", "note": "可能会 -> 需要会; 友盟 added as a recipient"},
  {"old_title": SEC["keep"], "new_title": SEC["keep"], "kind": "modified", "note": "闪退信息 -> App异常数据"},
  {"old_title": SEC["not"], "new_title": SEC["not"], "kind": "modified", "note": "许多数据 -> 数据; item 'App不会跟踪您的设备ID/广告ID。' removed"}],
 "noise_only": ["隐私协议 (title/preamble: English-version link added)"],
 "unchanged": ["介绍", "您提供给我们的信息：", "这些数据安全吗？", "如何删除这些信息？", "不同意以上协议？"],
 "changes": [
  C(SEC["collect"], SEC["collect"], "我们收集的个人数据的性质将取决于您如何使用小A。", "我们收集的个人数据的性质将取决于您如何使用App。", "wording"),
  C(SEC["collect"], SEC["collect"], "<li>发送请求至我们的服务器时，App会自动提交您的设备型号，App版本号，界面语言等。</li>", "<li>Http请求：每个发送至我们的服务器的Http请求，App都会自动提交您的设备型号，App版本号，界面语言等。</li>", "wording"),
  C(SEC["collect"], SEC["collect"], "<li>闪退数据：我们使用<a href=\"https://www.sentry.io\" target=\"_blank\">Sentry.io</a> 搜集App闪退数据。</li>", "<li>App异常数据：App集成<a href=\"https://www.sentry.io\">Sentry SDK</a>, Sentry SDK会收集App异常数据如闪退，无响应，网络请求错误等。关于Sentry的隐私协议，<a href=\"https://sentry.io/privacy/…\">请点击这里查看</a>。</li>", "wording", note="scope of collected data widened (无响应, 网络请求错误)"),
  C(SEC["collect"], SEC["collect"], "<li>如果您使用第三方服务例如DeepL翻译，…</li>", "<li>第三方服务：如果您使用第三方服务例如DeepL翻译，…</li>", "wording", note="label prefix only; minor"),
  C(SEC["use"], SEC["use"], "我们使用这些数据来确定您是注册用户，执行与您相关的任务，并改善您的用户体验。", "我们使用这些数据来分析统计数据，确定您是注册用户，执行与您相关的功能，并改善您的用户体验。", "wording", note="new purpose: statistics"),
  C(SEC["use"], SEC["use"], "<li>收集您的登录信息（隐藏Id和个人图片链接）以将您与其他用户区分开来。</li>", "<li>App通过您的登录信息（App隐藏Id）将您与其他用户区分开来。</li>", "wording"),
  C(SEC["use"], SEC["use"], "<li>闪退信息可以有效的指出App的问题，并优化用户体验。</li>", "<li>App使用<a href=\"https://www.sentry.io\">Sentry</a>分析App异常数据，这样可以有效的指出App的问题，并优化用户体验。</li>", "wording"),
  C(SEC["disc"], SEC["disc"], "我们可能会向第三方提供商（如Sentry.io）以及法律要求的执法和监管机构披露您的个人数据。", "我们需要会向第三方提供商（如Sentry.io，友盟等）以及法律要求的执法和监管机构披露您的个人数据。", "wording", note="new recipient 友盟 - substantive"),
  C(SEC["keep"], SEC["keep"], "<li>闪退信息及其他第三方收集数据保留时间由第三方提供商决定，通常不会超过3个月。</li>", "<li>App异常数据及其他第三方收集数据保留时间由第三方提供商决定，通常不会超过3个月。</li>", "wording"),
  C(SEC["not"], SEC["not"], "App使用中生成的许多数据，如阅读进度…", "App使用中生成的数据，如阅读进度…", "wording"),
  C(SEC["not"], SEC["not"], "<li>App不会跟踪您的设备ID/广告ID。</li>", "", "removed", note="a no-tracking promise removed - substantive")],
 "noise": [
  N("隐私协议", "隐私协议", "", "<p><a href=\"privacy_en.html\">English version »</a></p>", "navigation", note="language link under the title"),
  N(SEC["collect"], SEC["collect"], "", "<!-- <li>移动统计：App集成友盟+SDK…</li> -->", "html-comment", note="commented-out item: not rendered, not part of the policy"),
  N(SEC["use"], SEC["use"], "", "<!-- <li>App使用友盟分析App使用的统计数据…</li> -->", "html-comment", note="commented-out item"),
  N(SEC["collect"], SEC["collect"], "target=\"_blank\"", "", "markup", note="the Sentry link lost target=_blank (inside a reworded item anyway)")],
 "notes": "zh-Hans HTML (Bootstrap page, <h4> headings). First version 2023-03-05 -> last 2023-04-04 (5 commits squashed). 11 change items, 4 noise items. The two commented-out 友盟 items are invisible on the page; but 友盟 IS named in the visible 披露 item."})

n = "dreamnest-cross-script"
H[n] = write(n, {
 "source": src(n, "mMrBun/dreamnest-legal", "mMrBun+dreamnest-legal", "none (no licence file)", "cf9dbbf", "privacy-policy.zh-Hans.md", "cf9dbbf", "privacy-policy.zh-Hant.md", "md"),
 "cross_script": True,
 "changed": [
  {"old_title": None, "new_title": None, "kind": "modified", "note": "drafting note differs in meaning (替换…再次核对 vs 確認…一致)"},
  {"old_title": "设备和技术信息", "new_title": "裝置與技術資訊", "kind": "modified", "note": "不会主动收集 vs 不會有意收集 精确位置"},
  {"old_title": "3. 后端和存储服务", "new_title": "3. 後端與儲存服務提供者", "kind": "modified", "note": "Supabase 会 vs 可能會 处理数据"}],
 "noise_only": ["every other section: the zh-Hant edition is an independent Taiwan-style translation of the same version (资料/資訊, 应用/應用程式, 帮助/協助, 设置/設定, 邮箱/電子郵件 …) - same meaning, different words"],
 "unchanged": [],
 "changes": [
  C(None, None, "这是一份上架前草稿。发布前请替换联系邮箱和开发者信息，并根据最终上线功能再次核对。", "這是一份提交 App Store 前的政策文件。發布前請確認聯絡信箱、開發者資訊與實際上線功能一致。", "wording", note="Hans: a draft whose contacts must be replaced; Hant: a pre-submission document whose contacts must be confirmed"),
  C("设备和技术信息", "裝置與技術資訊", "我们不会主动收集精确位置信息。", "我們不會有意收集精確位置資料。", "wording", note="actively vs knowingly - different legal commitment"),
  C("3. 后端和存储服务", "3. 後端與儲存服務提供者", "Supabase 会根据其自身的基础设施和安全实践代表我们处理相关数据。", "Supabase 可能會依其基礎設施與安全實務代表我們處理相關資料。", "wording", note="will vs may")],
 "noise": [
  N("(title)", "(title)", "# DreamNest 隐私政策", "# DreamNest 隱私權政策", "script/regional", note="regional term 隐私政策/隱私權政策"),
  N(None, None, "[English](./) | [简体中文]… (before 生效日期)", "[English](./) | [簡體中文]… (after 生效日期)", "moved", note="language line placed after the date instead of before it; label 简体中文 written 簡體中文"),
  N("*", "*", "(about 55 paragraphs and headings)", "(same, translated)", "translation-paraphrase", note="e.g. 以下简称/以下稱, 帮助用户发现/協助使用者探索, 亮色或暗色/淺色或深色, 点赞数/喜歡數, 会话/工作階段, 银行卡信息/付款卡資訊, 监护人同意/家長或監護人同意, 根据你所在地区/依你所在國家或地區, 跨境处理/國際資料傳輸, 隐私政策变更/本隱私權政策的變更, 邮箱/電子郵件, 应用/應用程式. Same meaning; a reviewer comparing editions does not need them")],
 "notes": "Cross-script pair: both files at the same commit (cf9dbbf, 2026-04-23). Run with --cross-script. The Hant file is NOT an OpenCC conversion of the Hans file: t2s(Hant) differs from Hans in ~90 lines. Judgement: only differences of meaning are changes (3); every translation paraphrase is noise. This is stricter than policylens' own promise (it only promises to hide pure script/regional variants), so the noise share of this pair is reported separately in score.md. Borderline items counted as noise: 家长或监护人 (parent added), 国家或地区, 银行卡/付款卡, 跨境处理/國際資料傳輸."})

n = "devhub-markup"
H[n] = write(n, {
 "source": src(n, "jaywcjlove/DevHub", "jaywcjlove+DevHub", "none (no licence file)", "9cc7ca1", "privacy-policy.zh.md", "66a9dbd", "privacy-policy.zh.md", "md"),
 "changed": [], "noise_only": [None], "unchanged": ["every section"],
 "changes": [],
 "noise": [
  N(None, None, "", "<p align=\"right\">\n  <a href=\"./privacy-policy.md\">English</a>\n</p>", "navigation", note="right-aligned English-version link in raw HTML above the setext title"),
  N(None, None, "", "<!--rehype:style=float: right; bottom: -36px; position: relative;-->", "html-comment", note="styling comment for the site generator")],
 "notes": "zh-Hans Markdown with a setext title (隐私政策 / ===). Two commits on 2024-04-12 that only add a language link and a styling comment: nothing of substance changed. Expected: exit 0 or at most the preamble shown with no change lines."})
print(H)
