"""Hand annotations of round 49e (helper m49q), read by tools/annotate49e.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])."""

_NOLIC = "none found (the repository has no licence file): treat as all rights reserved; test fixture only"

DOCS = {
    "askar-zh-html": (
        "dev",
        "privacy-zh.html",
        {
            "kind": "published zh-Hans 隐私政策 of an Android provisioning app whose operator box is a template: 「运营商信息（请替换为真实信息）」, [请填写公司/主体全称], [请填写], privacy@example.com（示例邮箱，请替换）, and a filing note to the deployer",
            "repo": "SITACHICL/Askar_Privacy",
            "path": "docs/privacy-zh.html",
            "commit": "27fa8be4483cad18948e925c750052f0f26fa452",
            "license": _NOLIC,
            "script": "hans/cn",
            "lang": "zh",
            "format": "GitHub Pages HTML (5,561 bytes, LF): a styled page, the operator block in a div.box, ten numbered sections",
            "note": "Askar Provisioning 隐私政策 (生效日期：2026年5月14日, 应用包名 com.askar.app.askar_app); the operator's name, registered address and mailbox are unfilled, the contact section repeats privacy@example.com（请替换）",
        },
        [
            ("运营商信息（请替换为真实信息）", "a drafting instruction heading the operator block: replace with real information"),
            ("[请填写公司/主体全称]", "unfilled slot: the operator's full legal name"),
            ("注册地址：[请填写]", "unfilled slot: the registered address"),
            ("privacy@example.com</a>（示例邮箱，请替换）", "a sample mailbox the text itself calls a sample to be replaced"),
            (
                "请按法规完成备案并在应用内展示有效备案编号",
                "a drafting note to the deployer (complete the ICP filing and show the record number in the app), left in the published box",
            ),
            (
                "privacy@example.com</a>（请替换）",
                "the contact section's mailbox: example.com with 「（请替换）」 (replace)",
                "10. 联系我们",
            ),
        ],
        [
            ("应用包名：com.askar.app.askar_app", "a real package name beside the effective date; not a slot"),
        ],
        [],
    ),
    "cantovoice-hk-md": (
        "holdout",
        "privacy-policy.zh-Hant.md",
        {
            "kind": "Hong Kong 私隱政策 of a Cantonese voice-input Chrome extension whose title still reads 「私隱政策（範本）」 (template) over a filled text",
            "repo": "boscochuen011/Cantonese-Voice-Input",
            "path": "webstore/privacy-policy.zh-Hant.md",
            "commit": "b99449d557d5d35dbfe0e043396ffa592f4ec9ea",
            "license": _NOLIC,
            "script": "hant/hk",
            "lang": "zh",
            "format": "Markdown (861 bytes, LF): a # title, a date line, five ## sections of bullets; Chrome permission names in backticks",
            "note": "廣東話語音輸入 extension; 最後更新：2026-02-12; contact is the GitHub Issues URL; a later commit (5f76d0d) removed the webstore folder from the repository",
        },
        [("# 私隱政策（範本）", "the published policy's title still labels it a template (範本)")],
        [
            ("`activeTab` / `scripting`", "Chrome permission names in backticks (code), not slots"),
            ("GitHub Issues：`https://github.com/", "a real contact URL in backticks"),
        ],
        [],
    ),
    "chronic-tw-dart": (
        "dev",
        "privacy_policy_screen.dart",
        {
            "kind": "published Taiwan 隱私權政策 screen (Flutter) of a chronic-disease app whose hotline is the stand-in (02) 1234-5678",
            "index_id": "6968365659",
            "script": "hant/tw",
            "lang": "zh",
            "format": "Flutter screen (.dart): helper widgets and a Column of _buildPolicyHeader/_buildPolicyParagraph/_buildPolicyListItem calls with single-quoted literals; appName and effectiveDate are Dart constants interpolated with $ (the index's text, 6,701 characters, LF; file name chosen here)",
            "note": "慢性病健康管理 隱私權政策 (生效日期 2025 年 10 月 15 日, health data collected); 八、聯繫我們 gives 電子郵件：support@healthtechsolutions.com and 服務熱線：(02) 1234-5678 — a Taipei-format number whose eight digits are 1234-5678",
        },
        [("服務熱線：(02) 1234-5678", "a stand-in hotline: the sequential digits 1234-5678 in Taipei format")],
        [
            ("'生效日期：$effectiveDate'", "Dart interpolation of a constant holding a real date (2025 年 10 月 15 日); not a slot"),
            ("'感謝您使用 $appName。", "Dart interpolation of the app's name constant; not a slot"),
            ("const String effectiveDate = '2025 年 10 月 15 日';", "the real effective date"),
        ],
        [
            (
                "電子郵件：support@healthtechsolutions.com",
                "a generic-looking domain beside a stand-in phone: may be a stand-in or the developer's real mailbox",
            )
        ],
    ),
    "commtours-hk-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "clean Hong Kong 私隱政策 (Next.js TSX) of CommTours",
            "index_id": "53092521966",
            "script": "hant/hk",
            "lang": "zh",
            "format": "Next.js page (.tsx): metadata, a header with a run-time date, six sections (the index's text, 2,789 characters, LF, ends with a blank line; file name chosen here)",
            "note": "CommTours（下稱「本平台」） 私隱政策; contact is the site's 「聯絡我們」 page; 最後更新 is computed at run time (new Date().toISOString())",
        },
        [],
        [
            ("最後更新：{new Date().toISOString().slice(0, 10)}", "a date computed at run time (today's date); not a slot"),
            ("請到「聯絡我們」頁面與我們聯繫", "a real channel (the contact page), no slot"),
        ],
        [],
    ),
    "heungtime-hk-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "clean Hong Kong 私隱政策 (Next.js TSX) of 享時 Ease, a dining-booking calendar",
            "index_id": "60970184739",
            "script": "hant/hk",
            "lang": "zh",
            "format": "Next.js page (.tsx) inside an AppShell: h1, a date, h2 sections and a list (the index's text, 2,088 characters, LF; file name chosen here)",
            "note": "最後更新：2026 年 9 月 1 日; data stored in localStorage and a server SQLite database (「部署環境按 DATABASE_PATH 設定」); 私隱查詢：privacy@heungtime.hk",
        },
        [],
        [
            ("DATABASE_PATH 設定）", "an environment variable's name quoted in the text (code), not a slot"),
            ("私隱查詢：privacy@heungtime.hk", "the operator's own domain (heungtime = 享時), a real mailbox"),
        ],
        [],
    ),
    "cardtrade-hk-ts": (
        "dev",
        "legal.ts",
        {
            "kind": "clean Hong Kong card-trading platform's default 服務條款與退款政策摘要 and 私隱政策 (TypeScript constants with template literals)",
            "index_id": "58042807709",
            "script": "hant/hk",
            "lang": "zh",
            "format": "TypeScript module (.ts): DEFAULT_PLATFORM_TERMS and DEFAULT_PLATFORM_PRIVACY, each a title and a backtick body over many lines, then helpers (zh-Hant-HK date format) (the index's text, 3,141 characters, LF; file name chosen here)",
            "note": "privacy body: collection (電郵、KYC…), use, Stripe, retention, rights; 「聯絡方式請見平台公告或客服渠道」 (contact through the platform's notices or customer service); validatePlatformLegalBody returns `條款內容至少 ${…} 個字元`",
        },
        [],
        [
            ("聯絡方式請見平台公告或客服渠道", "a real (if vague) channel: the platform's notices and customer service; not a slot"),
            (
                "return `條款內容至少 ${PLATFORM_LEGAL_BODY_MIN_LENGTH} 個字元`;",
                "a template-literal interpolation in a validation message (code)",
            ),
        ],
        [],
    ),
    "sporttime-hk-zh-en-ts": (
        "holdout",
        "legal.ts",
        {
            "kind": "clean Hong Kong 私隱政策 and 使用條款 of Sporttime in written Cantonese, zh-Hans and English (TypeScript catalogue)",
            "index_id": "68493214729",
            "script": "hant/hk",
            "lang": "zh+en",
            "format": "TypeScript catalogue (.ts): legal: Record<Locale, LegalCopy> with zh-Hant (Cantonese), zh-Hans and en entries, each updated/privacy/terms with heading + body arrays (the index's text, 8,092 characters, LF; file name chosen here)",
            "note": '最後更新：2026年9月2日 / Last updated: 2 September 2026; the contact section names no mailbox: 「請經網站附送呢個工具嘅公司網頁聯絡」 / "contact the company that offers this complimentary tool" (a free tool handed out by an unnamed company)',
        },
        [],
        [
            ("leave kickoff TBA", "TBA about fixture times (kickoff not announced), not a slot of the policy"),
            ("呢啲來源可能改期、缺場或時間未定", "時間未定 about fixtures, not a slot"),
        ],
        [
            (
                "請經網站附送呢個工具嘅公司網頁聯絡",
                "no operator named: a white-label contact (the company that offers the tool); may be deliberate or a gap",
            ),
            ("请通过网站附送此工具的公司网页联络", "the same in zh-Hans"),
            ("contact the company that offers this complimentary tool", "the same in English"),
        ],
    ),
    "windsmeet-tw-html": (
        "dev",
        "privacy-zh.html",
        {
            "kind": "clean Traditional-Chinese (zh-TW) 隱私政策 of an unofficial Where Winds Meet guide app (GitHub Pages HTML)",
            "repo": "SensorEvolve/where-winds-meet",
            "path": "docs/privacy-zh.html",
            "commit": "5cffbf12f067120f407b27f981e29fe6e302b2fa",
            "license": _NOLIC,
            "script": "hant/tw",
            "lang": "zh",
            "format": "HTML (8,298 bytes, LF, lang=zh-TW): a long <style> block, a fan-app disclaimer, nav, seven sections, footer",
            "note": "最後更新：2025年11月; collects nothing; contact sensorevolve@gmail.com and the GitHub issues URL",
        },
        [],
        [],
        [],
    ),
    "signalair-tw-swift": (
        "holdout",
        "PrivacyPolicyView.swift",
        {
            "kind": "clean Taiwan 隱私權政策 (SwiftUI) of SignalAir, an offline emergency messaging app",
            "index_id": "37453613505",
            "script": "hant/tw",
            "lang": "zh",
            "format": "SwiftUI view (.swift): Text lines and six PolicySection(title:content:) calls with \\n-separated bullets in one literal each (the index's text, 2,629 characters, LF; file name chosen here)",
            "note": "最後更新：2024年1月; local-only storage, chats deleted after 24 hours; contact Email: privacy@signalair.com and in-app reporting",
        },
        [],
        [],
        [("• Email: privacy@signalair.com", "the product's name as the domain: plausibly the operator's mailbox, not verifiable here")],
    ),
    "yuecomm-zh-en-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "clean community-site 隱私政策 in zh-Hans, zh-Hant, Cantonese (yue), Thai and English (Next.js TSX catalogue)",
            "index_id": "54770180547",
            "script": "hant/tw",
            "lang": "zh+en",
            "format": "Next.js client page (.tsx): a content record keyed zh/zht/yue/th/en, each title, lastUpdated and eight {title, body} sections on one line each (the index's text, 7,072 characters, LF; file name chosen here)",
            "note": "最後更新：2026年6月; contact hzl080329@gmail.com and LINE ID hzl-08 (a LINE contact, common in Taiwan); the yue edition is titled 私隱政策",
        },
        [],
        [],
        [],
    ),
    "bizcard-tw-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "published Taiwan 隱私政策 (Next.js TSX) of a digital business-card service whose phone is the stand-in (02) 1234-5678",
            "index_id": "23586331398",
            "script": "hant/tw",
            "lang": "zh",
            "format": "Next.js client page (.tsx): h1, seven sections, a last-updated line (the index's text, 2,720 characters, LF; file name chosen here)",
            "note": "added after the holdout draw (see ref/holdout-draw.txt); 6. 聯繫我們: 電子郵件：privacy@digitalbusinesscard.com, 電話：(02) 1234-5678, 地址：台北市信義區信義路五段7號 (the address of Taipei 101); 最後更新日期：2024年2月10日",
        },
        [("<p>電話：(02) 1234-5678</p>", "a stand-in phone: the sequential digits 1234-5678 in Taipei format")],
        [],
        [
            (
                "地址：台北市信義區信義路五段7號",
                "the address of Taipei 101: a well-known landmark that may stand in for an address, or a real office in the tower",
            ),
            ("電子郵件：privacy@digitalbusinesscard.com", "a generic descriptive domain: may be a stand-in or the service's own"),
        ],
    ),
}
