"""Hand annotations of round 50e (helper m50q), read by tools/annotate50e.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])."""

DOCS = {
    "apollo-zh-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans 服务条款 of a proxy service (阿波罗) whose own names were deleted where they belong (rendered empty)",
            "url": "https://www.apolloproxy.com/service_agreement/",
            "chars": 723,
            "script": "hans/cn",
            "lang": "zh",
            "note": 'the operator\'s and site\'s names are missing: 「与公司(以下简称为"阿波罗"…)」, 「之间就的官方网站(, "本网站")」, 「在您与之间产生法律效力」, 「2.2 的服务是指向您提供的,」; subjects also missing at 1.2 and 2.4 (Chinese drops subjects: ambiguous)',
        },
        [
            (
                '之间就的官方网站(, "本网站")',
                "three holes: the company's name before 公司, the site's name and its address (「(, \"本网站\")」), the party in 「您与之间」",
            ),
            (
                "2.2 的服务是指向您提供的,",
                "the operator's name missing before 的服务 and before 向您提供的, and the service's name after it",
            ),
        ],
        [],
        [
            (
                "1.2 您同意:保留随时更新本协议",
                "the company as subject missing (「您同意:[…]保留」), but a dropped subject is grammatical Chinese",
            ),
            ("2.4 仅对本服务条款中列明的责任承担范围负责", "the subject missing; a dropped subject is grammatical Chinese"),
        ],
    ),
    "huahua-zh-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans 用户协议 of an Android app (an h5 help page) whose app and company names are empty 【】 throughout",
            "url": "https://s.huahua777.com/fcwl/help/android/user.html",
            "chars": 706,
            "script": "hans/cn",
            "lang": "zh",
            "note": "the app's name is 「【】」 at every mention (欢迎您使用【】软件, 标注为【】的客户端应用程序) and the company's name is missing in 「本协议为您与(以下简称“公司”或“我们”)之间」",
        },
        [
            ("欢迎您使用【】软件及相关服务!", "empty brackets where the app's name belongs"),
            ("开始使用【】软件及相关服务前", "empty brackets: the app's name"),
            ("1.1 本协议为您与(以下简称“公司”或“我们”)之间", "the company's name missing before (以下简称“公司”…) and 【】 four times"),
            ("1.2 “用户”是指直接或间接获取和使用【】软件", "empty brackets: the app's name"),
            ("1.3 【】是指由公司合法拥有并运营的、标注为【】的客户端应用程序", "empty brackets twice"),
        ],
        [],
        [],
    ),
    "hamachi-tw-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hant 隱私政策 (a generator's policy machine-translated) of a product site whose company and website names were never given",
            "url": "https://hama-chi.toprubberproducts.com/privacy/privacyKKz7vtYi2djF9rya.html",
            "chars": 716,
            "script": "hant/tw",
            "lang": "zh",
            "note": "the generator's definitions are left without names: 「公司(…)是指網站,網站。」 (company name and address given as 網站, 網站) and 「網站是指網站。」 (the site's name and address missing); 「服務 是指網站。」 is the generator's normal definition",
        },
        [
            ("“我們的”)是指網站,網站。", "the company's name and address stand as 網站, 網站: not given"),
            ("網站是指網站。", "the website's name and address missing (the generator's 'Website refers to NAME, accessible from URL')"),
        ],
        [
            ("服務 是指網站。", "the generator's normal definition 'Service refers to the Website': not a slot"),
            ("上次更新時間:2022 年 11 月 28 日", "a date that is there"),
        ],
        [
            (
                "通過使用,您同意根據本隱私政策",
                "the object 服務 dropped by the translation ('By using the Service'): an omission, not a slot left by the operator",
            ),
        ],
    ),
    "websol-hk-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published Hong Kong 私隱政策 of a web-hosting company (卓智互聯網服務有限公司) with the template's optional clause still in square brackets",
            "url": "https://www.website-solution.net/uncategorized/%E7%A7%81%E9%9A%B1%E6%94%BF%E7%AD%96/",
            "chars": 746,
            "script": "hant/hk",
            "lang": "zh",
            "note": "operator and mailbox filled; the template's optional clause 「[倘若我們向閣下發出電郵,我們可能置入一個標記…]」 was left in its drafting brackets (the decision whether it applies was never made)",
        },
        [
            (
                "[倘若我們向閣下發出電郵,我們可能置入一個標記,使我們識辨已被打開及瀏覽的電郵。]",
                "an optional clause of the template left in its square brackets: undecided drafting text",
            ),
        ],
        [
            ("「何謂 Cookie (曲奇)?」的內容", "a cross-reference to a section title, not a slot"),
        ],
        [],
    ),
    "elevenam-tw-txt": (
        "dev",
        "page.txt",
        {
            "kind": "clean; published zh-TW 隱私權政策 of a Korean shop's Taiwan mobile site (a Korean template translated), bullets written as a capital O",
            "url": "https://m.tw.11am.co.kr/member/agreement/agreement2.html",
            "chars": 733,
            "script": "hant/tw",
            "lang": "zh",
            "note": "clean: 「O 」 is the Korean template's bullet (ㅇ), 「企業」 is the template's word for the operator (회사) as in every Cafe24 shop; ■ headings",
        },
        [],
        [
            ("O 企業為提供會員註冊", "a capital O as a bullet (Korean ㅇ) and 企業 as the operator: not a slot"),
            ("O 使用服務的過程中", "O bullet"),
            ("O 履行簽訂的合約", "O bullet"),
            ("O 會員管理", "O bullet"),
            ("O 行銷業務及廣告行為", "O bullet"),
            ("O 合約或取", "O bullet (cut-off last line)"),
        ],
        [],
    ),
    "fulcrum-hk-txt": (
        "dev",
        "page.txt",
        {
            "kind": "clean; published Hong Kong 私隱政策 (Traditional) of a logistics company whose name stays inside the template's square brackets",
            "url": "https://www.fulcrum-global.com/tc/privacy-policy",
            "chars": 783,
            "script": "hant/hk",
            "lang": "zh",
            "note": "filled: 「資料使用者」指[弘捷國際(香港)有限公司]」 has the real name inside the drafting brackets (the value is there); the definitions lost their opening 「 in the page; 最後更新:31-05-2021",
        },
        [],
        [
            ("最後更新:31-05-2021", "a date that is there (DD-MM-YYYY)"),
            ("關聯公司」指就資料使用者而言", "a definition with (i)–(v) items; its opening 「 lost in the page"),
        ],
        [
            (
                "資料使用者」指[弘捷國際(香港)有限公司]",
                "the real company name left inside the template's square brackets: filled, but the brackets say the drafter's fill-in was not cleaned (a warning is fair, an error that calls it unfilled is not)",
            ),
        ],
    ),
    "omniwe-hk-en-txt": (
        "dev",
        "page.txt",
        {
            "kind": "clean; published Hong Kong 私隱政策及收集個人資料聲明, Traditional Chinese and English paragraph by paragraph",
            "url": "https://omniwe.com/privacy",
            "chars": 1227,
            "script": "hant/hk",
            "lang": "zh+en",
            "note": "clean: 「OmniWe」Limited, https://www.omniwe.com, Cap. 486",
        },
        [],
        [
            ("「OmniWe」Limited (「本公司」)", "the company's name in corner brackets: filled"),
        ],
        [],
    ),
    "shosho-tw-txt": (
        "dev",
        "page.txt",
        {
            "kind": "clean; published Taiwan 隱私權政策 of the shosho app, with the PDPA purpose codes (〇四〇 …) and data-category codes (C001 …)",
            "url": "https://shosho.app/privacy",
            "chars": 779,
            "script": "hant/tw",
            "lang": "zh",
            "note": "clean: the operator 汲汲營營的有限公司 is the real (odd) company name; 〇四〇, 〇六三 … are the Taiwan PDPA specific-purpose codes written with 〇 for zero",
        },
        [],
        [
            ("本政策載明汲汲營營的有限公司", "a real company name, not a slot"),
            ("〇四〇 行銷", "a PDPA purpose code with 〇 for zero, not a ○○ slot"),
            ("〇六三 非公務機關", "PDPA purpose code"),
            ("〇九〇 消費者、客戶管理與服務", "PDPA purpose code"),
            ("C001辨識個人者", "PDPA data-category codes"),
        ],
        [],
    ),
    "poccat-hk-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "clean; published Hong Kong 私隱政策 of a Bazi fortune-telling studio (玄貓八字命理館)",
            "url": "https://poccat.com.hk/privacy",
            "chars": 769,
            "script": "hant/hk",
            "lang": "zh",
            "note": "clean: 生效日期:2026年1月 (a month), poccat.com.hk, Cap. 486",
        },
        [],
        [
            ("生效日期:2026年1月", "a month-only date: there, not a slot"),
        ],
        [],
    ),
    "snatch-tw-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "clean; published Taiwan 隱私權協議 of the Snatch coaching platform (冷杉科技股份有限公司)",
            "url": "https://snatch.training/privacy",
            "chars": 847,
            "script": "hant/tw",
            "lang": "zh",
            "note": "clean: the operator named in Chinese and English; nested numbered lists",
        },
        [],
        [],
        [],
    ),
}
