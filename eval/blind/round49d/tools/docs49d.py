"""Hand annotations of round 49d (helper m49p), read by tools/annotate49d.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])."""

DOCS = {
    "aihub-tw-md": (
        "dev",
        "PRIVACY.md",
        {
            "kind": "published Taiwan 隱私權政策 of a multi-AI browser extension (Markdown) whose contact mailbox is a stand-in on example.com that the text itself calls a sample to replace",
            "index_id": "67244320129",
            "script": "hant/tw",
            "lang": "zh",
            "format": "Markdown: headings, pipe tables, bullet lists, emoji marks; no final newline (the index's text, 3,920 characters, LF; file name chosen here)",
            "note": "AIHub 隱私權政策, 最後更新日期：2026年7月15日, written in Taiwan Traditional (擴充功能, 網路, 資料); §13 「- **Email**：privacy@aihub.example.com (範例信箱，請替換為實際聯絡資訊)」 is the only slot; the rest is a filled policy (tables of local storage, endpoints, permissions)",
        },
        [
            (
                "- **Email**：privacy@aihub.example.com (範例信箱，請替換為實際聯絡資訊)",
                "a stand-in mailbox on example.com that the text itself calls a sample to be replaced with the real contact (範例信箱，請替換為實際聯絡資訊)",
            )
        ],
        [
            ("| `localhost:11434` | Ollama 本地服務 | 您的提示詞 (無 API Key) |", "a local service address in a code span; not a slot"),
            (
                "| 重置所有資料 | **永久清除** 所有本地儲存 (需輸入「RESET ALL DATA」確認) |",
                "the confirmation phrase the user types; not a slot",
            ),
            ("- **授權**：MIT License", "a filled licence line; not a slot"),
        ],
        [],
    ),
    "jingsaitong-vue": (
        "dev",
        "privacy.vue",
        {
            "kind": "published zh-Hans 隐私保护政策 / 用户服务协议 page of a competition-registration mini program (uni-app Vue) whose policy and agreement texts are 「…内容待运营提供。」",
            "index_id": "52617002496",
            "script": "hans/cn",
            "lang": "zh",
            "format": "uni-app single-file component (.vue): <text> elements in a <template> switched by v-if / v-else, then <script> and scoped SCSS (the index's text, 3,355 characters, LF; file name chosen here)",
            "note": "竞赛通 privacy page: the agreement branch says 「用户服务协议内容待运营提供。」 and 「请在正式上线前联系运营团队完善此页面内容。」; the privacy branch opens with 「隐私政策内容待运营提供。」 then a few filled paragraphs (privacy@jst.edu.cn, data collected); 「…等功能将在后续版本中完善」 is a feature roadmap",
        },
        [
            (
                "用户服务协议内容待运营提供。",
                "pending content: the user agreement's text 「待运营提供」 (to be supplied by operations) in place of the agreement",
            ),
            (
                "请在正式上线前联系运营团队完善此页面内容。",
                "an instruction to the publisher left in the shown text: complete this page before launch",
            ),
            ("隐私政策内容待运营提供。", "pending content: the privacy policy's text 「待运营提供」 (to be supplied by operations)"),
        ],
        [
            ("如有隐私相关问题，请联系 privacy@jst.edu.cn", "a filled contact mailbox on the operator's own domain; not a slot"),
        ],
        [
            (
                "本协议将详细说明竞赛通平台的服务条款",
                "describes what the missing agreement will contain (将详细说明…等内容): part of the pending note, not itself a slot",
            ),
            ("等功能将在后续版本中完善。", "a feature roadmap (these features will be completed in later versions), not a text slot"),
        ],
    ),
    "luganggong-hk-ts": (
        "dev",
        "systemContent.ts",
        {
            "kind": "Hong Kong cross-boundary service (鲁港通) system-content constants whose default 使用條款, 隱私政策 and 個人資料收集聲明 are each 「…內容待管理員配置。」 (TypeScript)",
            "index_id": "63185255442",
            "script": "hant/hk",
            "lang": "zh",
            "format": "TypeScript module: an enum and a map of { label, defaultTitle, defaultContent } with Markdown in single-quoted strings holding \\n escapes (the index's text, 636 characters, LF; file name chosen here)",
            "note": "the defaults shown until an admin configures the pages: 「# 隱私政策\\n\\n隱私政策內容待管理員配置。」 and likewise for 使用條款 and 個人資料收集聲明 (a Hong Kong PICS); the file's header comment is in Simplified (鲁港通 - 系统内容常量定义). The product's 使用條款 inside a Node update script was read and left out by precision47 (index 63278523100, a different file); this file was not used by any set",
        },
        [
            (
                "defaultContent: '# 使用條款\\n\\n使用條款內容待管理員配置。'",
                "pending content: the terms' default text is 「內容待管理員配置」 (to be configured by the admin)",
            ),
            (
                "defaultContent: '# 隱私政策\\n\\n隱私政策內容待管理員配置。'",
                "pending content: the privacy policy's default text is 「內容待管理員配置」",
            ),
            (
                "defaultContent: '# 個人資料收集聲明\\n\\n個人資料收集聲明內容待管理員配置。'",
                "pending content: the personal information collection statement's default text is 「內容待管理員配置」",
            ),
        ],
        [],
        [],
    ),
    "senseinst-zh-en-es-tsx": (
        "dev",
        "About.tsx",
        {
            "kind": "published About page of a nonprofit research institute in zh-Hans, Spanish and English (react-i18next TSX) whose 隐私政策 and 服务条款 sections say 「…内容待补充。」 / 「…pendiente.」 / 「…coming soon.」",
            "index_id": "54779994317",
            "script": "hans/cn",
            "lang": "zh+en+es",
            "format": "React component (.tsx): three sections, each paragraph chosen by isZh ? … : isEs ? … : … ternaries over several source lines (the index's text, 5,004 characters, LF; file name chosen here)",
            "note": "SENSE Institute: the About section is filled (English only); the privacy and terms sections hold only a pending note in each of the three languages — six slot lines",
        },
        [
            ("? '隐私政策内容待补充。'", "pending content: the privacy policy's text 「待补充」 (zh edition)"),
            ("? 'Contenido de la política de privacidad pendiente.'", "pending content: the privacy policy's text (es edition)"),
            (": 'Privacy policy content coming soon.'}", "pending content: the privacy policy's text (en edition)"),
            ("? '服务条款内容待补充。'", "pending content: the terms' text 「待补充」 (zh edition)"),
            ("? 'Contenido de términos de servicio pendiente.'", "pending content: the terms' text (es edition)"),
            (": 'Terms of service content coming soon.'}", "pending content: the terms' text (en edition)"),
        ],
        [
            (
                'className="px-3.5 py-1.5 rounded-full',
                "Tailwind arbitrary values in brackets (border-[1.5px], text-[#893ce3]); code, not a slot",
            ),
        ],
        [],
    ),
    "tarot-swift": (
        "dev",
        "PrivacyPolicyView.swift",
        {
            "kind": "published zh-Hans 隐私政策 screen of a tarot iOS app (SwiftUI) whose only text is 「隐私政策内容待添加」",
            "index_id": "97199494",
            "script": "hans/cn",
            "lang": "zh",
            "format": "SwiftUI view (.swift): a gradient ZStack with one Text in a ScrollView, navigationTitle 隐私政策 (the index's text, 1,063 characters, LF; file name chosen here)",
            "note": "Tarot app by Xu Zihan (7/21/25): the policy screen shows only 「隐私政策内容待添加」 (privacy policy content to be added), under a // TODO comment",
        },
        [
            ('Text("隐私政策内容待添加")', "pending content: the whole policy is 「隐私政策内容待添加」 (to be added)"),
        ],
        [],
        [
            (
                "// TODO: 在此添加“隐私政策”内容",
                "a code comment (not shown to the reader) with the same to-do; a finding here points at the same missing policy",
            ),
        ],
    ),
    "pomodoro-tw-swift": (
        "holdout",
        "SettingsView.swift",
        {
            "kind": "published Taiwan settings screen of a focus-timer iOS app (SwiftUI) whose 隱私權政策 sheet shows only the label 「隱私權政策內容」",
            "index_id": "5744889226",
            "script": "hant/tw",
            "lang": "zh",
            "format": "SwiftUI view (.swift): a Form of sections and three .sheet views whose bodies are single Text views; lines of spaces between blocks; no final newline (the index's text, 4,820 characters, LF; file name chosen here)",
            "note": 'the 隱私權政策 button opens a sheet whose whole text is 「隱私權政策內容」 ("privacy policy content": a label standing where the policy should be); the profile and about sheets are likewise stand-in labels (個人資料編輯頁面, 關於應用程式的資訊); no date, no contact',
        },
        [
            ('Text("隱私權政策內容")', "a stand-in label 「隱私權政策內容」 shown as the whole privacy policy"),
        ],
        [
            ("// TODO: 實作登出功能", "a code comment about the logout button (not shown); not a slot of the policy"),
        ],
        [
            ('Text("用戶名稱")', "a stand-in user name in the profile row (a UI placeholder, not policy text)"),
            ('Text("個人資料編輯頁面")', "a stand-in label for the profile editing page (not policy text)"),
            ('Text("關於應用程式的資訊")', "a stand-in label for the about page (not policy text)"),
        ],
    ),
    "traininglog-tw-en-md": (
        "holdout",
        "PRIVACY.md",
        {
            "kind": 'Taiwan English + zh-Hant privacy policy of an iOS training-log app (Markdown) marked DRAFT with a publish-before-submitting note, its effective date 「（發布時填入）」 / "(to be filled in on publish)"',
            "index_id": "56385228902",
            "script": "hant/tw",
            "lang": "en+zh",
            "format": "Markdown: a blockquote status note, an English edition then a 繁體中文 edition, hard-wrapped lines (the index's text, 4,168 characters, LF; file name chosen here)",
            "note": "TrainingLog by Lison Chang: 「> **STATUS: DRAFT — 2026-05-27**」 and a note to review, edit and publish before submitting the App Store URL; both editions end with the effective date left as (to be filled in on publish) / （發布時填入）; otherwise filled (HealthKit, local SQLite, no third parties)",
        },
        [
            ("> **STATUS: DRAFT — 2026-05-27**", "a draft status marker left at the top of the published policy"),
            (
                "> work. Review, edit, and publish (e.g. via GitHub Pages or Notion) before",
                "an instruction to the publisher (review, edit and publish before submitting)",
            ),
            ("**Effective date**: (to be filled in on publish)", "unfilled slot: the effective date (en edition)"),
            ("**生效日期**：（發布時填入）", "unfilled slot: the effective date 「（發布時填入）」 (zh edition)"),
        ],
        [
            ("`NSPrivacyTracking` flag in `PrivacyInfo.xcprivacy` is set to `false`.", "code spans naming a manifest key; not a slot"),
        ],
        [
            (
                "> This document is a working draft prepared during TestFlight readiness",
                "part of the draft note (its first sentence); the marker and the instruction lines are the scored slot lines",
            ),
            ("> submitting the App Store Connect Privacy Policy URL. The published URL", "part of the draft note"),
            ("> must be public, stable, and reflect the build that is shipping.", "part of the draft note"),
        ],
    ),
    "kold-hk-blade": (
        "dev",
        "privacy.blade.php",
        {
            "kind": "clean; Hong Kong 私隱政策 of a KOL-brand matching platform (Laravel Blade)",
            "index_id": "69502913824",
            "script": "hant/hk",
            "lang": "zh",
            "format": "Laravel Blade view (.blade.php): @extends/@section, <section> blocks; the operator's name and support mailbox are {{ config('kold.…') }} bindings (the index's text, 1,721 characters, LF; file name chosen here)",
            "note": "KOLD 私隱政策, 生效日期：2026 年 9 月 12 日; Hong Kong wording (電郵, 帳戶, 資料); operator and mailbox bound from config — filled at run time, not slots",
        },
        [],
        [
            ("KOLD 是由 {{ config('kold.operator_name') }} 營運的", "a Blade binding of the operator's name from config; not a slot"),
            ("請電郵 <a href=\"mailto:{{ config('kold.support_email') }}\">", "a Blade binding of the support mailbox; not a slot"),
        ],
        [],
    ),
    "staticmap-tw-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "clean; Taiwan 隱私政策 of a static map site (Next.js TSX)",
            "index_id": "53438405397",
            "script": "hant/tw",
            "lang": "zh",
            "format": "Next.js page (.tsx): headings and paragraphs; the site name is {siteConfig.name} (the index's text, 1,354 characters, LF; file name chosen here)",
            "note": "a static site that collects nothing (theme preference in localStorage, links to Google Maps); 最後更新日期：2026 年 3 月 22 日; no contact",
        },
        [],
        [
            ("{siteConfig.name}（以下簡稱「本站」）", "a binding of the site's name from config; not a slot"),
        ],
        [],
    ),
    "tanliangwei-hk-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "clean; Hong Kong 私隱政策 of a teacher's portfolio site (Next.js TSX)",
            "index_id": "62148071445",
            "script": "hant/hk",
            "lang": "zh",
            "format": "Next.js page (.tsx): three short sections (the index's text, 604 characters, LF; file name chosen here)",
            "note": "譚良蔚 teaching portfolio: no accounts, no forms, privacy-friendly statistics, contact by Gmail address; no date",
        },
        [],
        [],
        [],
    ),
}
