"""Hand annotations of round 48d (helper m48p), read by tools/annotate48d.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])."""

_XX = "the lender's name left as the stand-in XXXXX"

DOCS = {
    "zhizhizhe-tsx": (
        "holdout",
        "privacy-policy.tsx",
        {
            "kind": "published zh-Hans 隐私政策 of a Shanghai company whose date, rights channel and contact block are square-bracket slots (TanStack Router TSX)",
            "index_id": "29012869683",
            "script": "hans/cn",
            "lang": "zh",
            "format": "TanStack Router route (.tsx): a shadcn Card with the policy in <p>/<ul>/<section> markup inside a ScrollArea (the index's text, 5,990 characters, LF; file name chosen here)",
            "note": "执智者（上海）科技有限公司 隐私政策: 生效日期：[日期]; 5.5 says 「[请在此处提供用户行使权利的方式，例如：发送电子邮件至 [邮箱地址]，或通过应用内设置进行操作]」 (a drafting instruction in brackets, with a slot nested in it); the contact block is 电子邮件：[邮箱地址] / 电话：[电话号码] / 邮寄地址：[公司地址]; the closing signature date is {new Date().toLocaleDateString()}",
        },
        [
            ("生效日期：[日期]", "unfilled slot: the effective date"),
            (
                "[请在此处提供用户行使权利的方式",
                "a bracketed drafting instruction to the operator (请在此处提供…, 例如…) with a nested [邮箱地址] slot, published as the rights channel",
            ),
            ("<li>电子邮件：[邮箱地址]</li>", "unfilled slot: contact mailbox"),
            ("<li>电话：[电话号码]</li>", "unfilled slot: contact phone"),
            ("<li>邮寄地址：[公司地址]</li>", "unfilled slot: postal address"),
        ],
        [
            ('<ScrollArea className="h-[70vh] pr-4">', "a Tailwind arbitrary value in brackets (code); not a slot"),
            ("{new Date().toLocaleDateString()}", "a date computed at run time under the signature (today's date); not a slot"),
        ],
        [],
    ),
    "taiwanstay-tw-tsx": (
        "dev",
        "privacy.tsx",
        {
            "kind": "published Taiwan 隱私政策 page whose body is 「此頁面尚在開發中，敬請期待更多內容。」 (Next.js TSX)",
            "index_id": "34648175544",
            "script": "hant/tw",
            "lang": "zh",
            "format": "Next.js page (.tsx): a heading, one intro sentence and one note (the index's text, 580 characters, LF, no final newline; file name chosen here)",
            "note": "TaiwanStay 隱私政策: the intro promises 「以下是我們的隱私保護政策」 and the only content that follows says the page is still being developed; no date, no contact",
        },
        [
            (
                "此頁面尚在開發中，敬請期待更多內容。",
                "pending content: the policy page is 「尚在開發中，敬請期待」 (still under development) in place of the policy",
            )
        ],
        [],
        [],
    ),
    "groot-hant-cs": (
        "dev",
        "FrmLaw.cs",
        {
            "kind": "zh-Hant 媒合人才服務使用條款 (job-matching terms of use with a personal-data section) shown in a C# WinForms RichTextBox, with three bracketed slots",
            "index_id": "19134423250",
            "script": "hant/tw",
            "lang": "zh",
            "format": "C# WinForms form (.cs): the whole terms in one string literal with \\r\\n escapes on one source line, assigned to richTextBox1.Text (the index's text, 1,219 characters, LF; file name chosen here)",
            "note": "namespace Groot; Traditional script with Taiwan wording (媒合) and some mainland words (信息, 鏈接); 1.1 「由[您的公司名稱]（以下簡稱“我們”或“平台”）提供」, 3.2 「請參閱[隱私政策鏈接]」, 8.1 「本條款受到[法律適用的法律管轄機構]法律的管轄」 — all on source line 18",
        },
        [("[您的公司名稱]", "three unfilled slots on this one source line: [您的公司名稱], [隱私政策鏈接], [法律適用的法律管轄機構]")],
        [],
        [],
    ),
    "tololoan-hk-tsx": (
        "dev",
        "Confirmation.tsx",
        {
            "kind": "published Hong Kong loan-application declaration (with its personal-data consent and transfer-outside-Hong-Kong notice) in zh-CN, zh-TW and English editions whose lender is XXXXX and whose borrower is [請輸入香港公司名稱] (umi / antd TSX)",
            "index_id": "2980880109",
            "script": "hant/hk",
            "lang": "zh+en",
            "format": "React component (.tsx): declaration_str() returns one of three string literals by getLocale(), each continued over many source lines with a backslash at the line end, shown in an antd TextArea; FormattedMessage ids around (the index's text, 7,557 characters, LF; file name chosen here)",
            "note": "a money-lending platform's borrower confirmation (links to tolosupplychains.com): the declaring company is 「[請輸入香港公司名稱]以及[請輸入香港公司名稱]」 (the page asks for a name but prints the prompt), the lender everywhere is 「XXXXX」 — its terms 《XXXXX平台條款及細則》, its 收集個人資料聲明 and 私隱政策, its group companies in 中國; every edition is a slot text (31 slot lines: zh-CN 13, zh-TW 11, English 7)",
        },
        [
            (
                "[请输入香港公司名称]以及[请输入香港公司名称]",
                "the declaring company left as the input prompt [请输入香港公司名称] (twice), and the lender as XXXXX",
            ),
            ("。本公司同意XXXXX有权随时向任何第叁", _XX),
            ("XXXXX就此申请批出的贷款", _XX),
            ("批结果最终由XXXXX决定，而XXXXX", _XX),
            ("XXXXX对本申请及由其直接", _XX),
            ("司须确认接受XXXXX的条款及细则，当中", _XX + " (also 《XXXXX平台条款及细则》)"),
            ("本申请页面的XXXXX收集个人资料声明（", _XX + " (its personal information collection statement)"),
            ("并且同意受XXXXX私隐政策约束，包括", _XX + " (its privacy policy)"),
            ("司提供服务，XXXXX可能把本申请中的个", _XX + " (the transfer outside Hong Kong)"),
            ("但不限于, XXXXX聘用来追讨XXXX", _XX),
            ("本公司并未与XXXXX以外的任何人(“第", _XX),
            ("第十五条同意XXXXX以电子纪录或以电子", _XX),
            ("。本公司明白XXXXX可不时向为XXXX", _XX),
            (
                "[請輸入香港公司名稱]以及[請輸入香港公司名稱]",
                "zh-TW edition: the declaring company left as [請輸入香港公司名稱] (twice), the lender as XXXXX",
            ),
            ("本公司同意XXXXX有權隨時向任何第叁", _XX),
            ("對本公司償還XXXXX就此申請批出的貸款", _XX),
            ("批結果最終由XXXXX決定，而XXXXX", _XX),
            ("司須確認接受XXXXX的條款及細則，當中", _XX),
            ("並且同意受XXXXX私隱政策約束，包括", _XX),
            ("但不限於, XXXXX聘用來追討XXXX", _XX),
            ("本公司並未與XXXXX以外的任何人(“第", _XX),
            ("第十五條同意XXXXX以電子紀錄或以電子", _XX),
            ("本公司明白XXXXX可不時向為XXXX", _XX),
            ("[Please enter the name of the Hong Kong company]", "English edition: the declaring company left as the input prompt"),
            ("nt to XXXXX that the", _XX),
            (" that XXXXX has the ", _XX),
            ("ed by XXXXX in conne", _XX),
            ("d the XXXXX loan.The", _XX),
            ("ed by XXXXX, and XXX", _XX),
            ("g the XXXXX notifica", _XX),
            ("ns of XXXXX, includi", _XX),
        ],
        [
            ('<h3 align="center">$10,000 - $50,000 USD</h3>', "the real loan range (not a stand-in amount)"),
            ('<a href="https://tolosupplychains.com/">', "the platform's real URL (not a template domain)"),
        ],
        [],
    ),
    "akki-hk-zh-en-ts": (
        "dev",
        "legal.ts",
        {
            "kind": "published Hong Kong bilingual (en + zh-Hant) privacy principles, booking terms, cancellation policy and waiver of a bike park's booking prototype, whose missing parts are 「待 AKKI 確認」 / 「預留…」 notes (TypeScript catalogue)",
            "index_id": "71012895182",
            "script": "hant/hk",
            "lang": "zh+en",
            "format": "TypeScript module: legalDocs, a record of four documents, each an array of sections { id, h: L(en, zh), p?: L[], ul?: L[] } written one section a source line; template literals with ${N} and ${siteConfig.*} (the index's text, 6,888 characters, LF; file name chosen here)",
            "note": "AKKI (a Hong Kong mountain-bike park) legal pages: privacy says it refers to the PDPO (Cap. 486); retention, the access procedure and the privacy contact are 「待 AKKI 確認」 / 「預留聯絡方式，待確認」; the terms, cancellation policy and waiver are marked Placeholder/預留 with wording to come from AKKI or its legal adviser; no date",
        },
        [
            ("Retention periods: to be confirmed by AKKI.", "pending content: retention 「待 AKKI 確認」 (to be confirmed)"),
            ("Request process to be confirmed by AKKI.", "pending content: the access/correction procedure 「申請程序待 AKKI 確認」"),
            ("(placeholder contact, to be confirmed)", "the privacy contact declared a placeholder: 「（預留聯絡方式，待確認）」"),
            (
                "Placeholder booking terms. Final terms are to be provided by AKKI.",
                "pending content: 「預留預約條款，正式條款由 AKKI 提供」",
            ),
            ("Placeholder: transfer rules to be confirmed by AKKI.", "pending content: 「預留：轉讓規則待 AKKI 確認」"),
            (
                "Final prices and accepted payment methods to be confirmed by AKKI.",
                "pending content: prices and payment methods 「待 AKKI 確認」",
            ),
            (
                "Placeholder: liability wording to be provided by AKKI's legal adviser.",
                "pending content: 「預留：責任條款將由 AKKI 法律顧問提供」",
            ),
            (
                "This is a demonstration policy, to be confirmed by AKKI.",
                "pending content: the cancellation policy 「此為示範政策，待 AKKI 確認」",
            ),
            ("treatment to be confirmed by AKKI.", "pending content: late-change treatment 「處理方式待 AKKI 確認」"),
            ("Real refund timing to be confirmed by AKKI.", "pending content: refund timing 「待 AKKI 確認」"),
            ("Placeholder waiver text, version", "pending content: 「預留免責聲明文本…正式版本須由 AKKI 法律顧問撰寫及批核」"),
            ("Placeholder: mountain biking involves risk of injury.", "pending content: 「預留：…最終字句待提供」"),
            ("Legal effect to be confirmed by AKKI's legal adviser.", "pending content: 「法律效力待 AKKI 法律顧問確認」"),
        ],
        [
            (
                "`Riders can cancel or change a booking free of charge up to ${N} hours",
                "a template-literal binding (the cancellation window from config); not a slot",
            )
        ],
        [
            (
                "This is a high-level outline only and is not a statement of legal compliance.",
                "a disclaimer that the privacy text is an outline, not a compliance statement (「此僅為概括性大綱，並非法律合規聲明」): a caveat reviewers may or may not flag",
            ),
            (
                "Payments in this prototype are demonstration only;",
                "discloses that payments are a prototype demonstration (a pre-launch statement, not a template slot)",
            ),
        ],
    ),
    "nutribase-tw-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "published Taiwan 隱私權政策 page whose only text is 「本頁內容準備中。完整版隱私權政策將於正式上線前公告。」 (Next.js TSX)",
            "index_id": "59922678724",
            "script": "hant/tw",
            "lang": "zh",
            "format": "Next.js page (.tsx): metadata and a shadcn Card with one note and a back link (the index's text, 820 characters, LF; file name chosen here)",
            "note": "NutriBase 隱私權政策: the page is being prepared and the full policy will be announced before the official launch; no date, no contact",
        },
        [
            (
                "本頁內容準備中。完整版隱私權政策將於正式上線前公告。",
                "pending content: 「本頁內容準備中」 and the full policy 「將於正式上線前公告」",
            )
        ],
        [],
        [],
    ),
    "stratum-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "published zh-Hans 隐私政策 page whose date is 「占位符 — 正式法律文案待 Wiki 审核」 and whose sections say 「正式隐私政策内容正在准备中」 (Next.js TSX)",
            "index_id": "56514258157",
            "script": "hans/cn",
            "lang": "zh",
            "format": "Next.js page (.tsx): header, an article with h1, a date line and three sections, footer; JSX comments {/* PLACEHOLDER … */} (the index's text, 1,534 characters, LF; file name chosen here)",
            "note": "Stratum 隐私政策: 「最后更新：占位符 — 正式法律文案待 Wiki 审核」; 数据收集 and 数据使用 both read 「正式隐私政策内容正在准备中。」; 联系我们 is 「请通过应用内反馈功能联系我们」",
        },
        [
            (
                "最后更新：占位符 — 正式法律文案待 Wiki 审核",
                "the date written as 「占位符」 and the legal text awaiting review (待 Wiki 审核)",
            ),
            ("正式隐私政策内容正在准备中。", "pending content: the formal policy is still being prepared (数据收集)"),
            ("正式隐私政策内容正在准备中。", "pending content: the same note under 数据使用"),
        ],
        [
            (
                "{/* PLACEHOLDER: 法律文案待 Wiki 签核后填入 */}",
                "a JSX comment (not shown to the reader); not a slot line of the shown text",
            ),
            ("{/* PLACEHOLDER */}", "a JSX comment (not shown); not a slot line"),
            ("如有疑问，请通过应用内反馈功能联系我们。", "contact through the in-app feedback (a real channel, no slot)"),
        ],
        [],
    ),
    "checkin-hk-dart": (
        "dev",
        "privacy_policy_page.dart",
        {
            "kind": "published Hong Kong written-Cantonese 私隱政策 screen of a daily check-in app whose privacy mailbox is privacy@example.com (Flutter Dart)",
            "index_id": "54691806035",
            "script": "hant/hk",
            "lang": "zh",
            "format": "Flutter widget (.dart): a ListView of Text and _PolicySection(title, body) widgets whose strings are adjacent literals ('…' '…') over several lines (the index's text, 4,259 characters, LF; file name chosen here)",
            "note": "a wellbeing check-in app (check-in、反思記錄、提醒、聯絡人名單 stored on the phone): questions and answers in Cantonese; 「有私隱相關疑問？可以電郵 privacy@example.com，我哋會喺 7 日內回覆。」 — a reserved example domain as the only contact; 最後更新：2026 年 4 月",
        },
        [
            (
                "'有私隱相關疑問？可以電郵 privacy@example.com，'",
                "stand-in contact: privacy@example.com (a reserved example domain) as the privacy mailbox",
            )
        ],
        [
            ("'如果你用緊「即時支援」頁嘅功能致電熱線或 999，'", "Hong Kong's real emergency number (999); not a stand-in"),
            ("'最後更新：2026 年 4 月',", "a filled date (month only); not a slot"),
        ],
        [
            (
                "body: '唔會。呢個 demo 冇賬戶登入、冇雲端同步，'",
                "discloses that the app is a demo without accounts or sync (a statement about the product, not a template slot)",
            )
        ],
    ),
    "jstar-hk-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "clean Hong Kong written-Cantonese 私隱政策 of an events calendar (Next.js TSX)",
            "index_id": "67159460533",
            "script": "hant/hk",
            "lang": "zh",
            "format": "Next.js page (.tsx): metadata and eight <section>s with h2, p and ul (the index's text, 2,760 characters, LF; file name chosen here)",
            "note": "J-STAR CALENDAR 私隱政策 (18+ site with a daily age gate): email subscription, localStorage, Vercel logs, 最後更新：2026 年 9 月 10 日; contact 「透過本站 Instagram / Telegram 聯絡」 (channels named without handles); written in Cantonese (我哋, 嘅, 唔會); no slot",
        },
        [],
        [
            ("最後更新：2026 年 9 月 10 日", "a filled date (not a slot)"),
            (
                "如有私隱查詢，可透過本站 Instagram / Telegram 聯絡。",
                "contact channels named without handles (a disclosure gap, not a template slot)",
            ),
        ],
        [],
    ),
    "jizhang-tw-swift": (
        "dev",
        "PrivacyPolicyView.swift",
        {
            "kind": "clean Taiwan 隱私權政策 of a personal bookkeeping iOS app (SwiftUI)",
            "index_id": "42349774400",
            "script": "hant/tw",
            "lang": "zh",
            "format": 'SwiftUI view (.swift): Text("最後更新日期：…") and nine sectionBlock(title:content:) calls with string literals (the index\'s text, 2,592 characters, LF; file name chosen here)',
            "note": "「個人記帳」 隱私權政策: data stays on the device and the user's iCloud (CloudKit), no third-party analytics, 13 歲以下, contact through the App Store page; 最後更新日期：2026 年 2 月 19 日; no slot",
        },
        [],
        [
            ('Text("最後更新日期：2026 年 2 月 19 日")', "a filled date (not a slot)"),
            (
                'content: "如對本隱私權政策有任何疑問，請透過 App Store 頁面的開發者聯絡方式與我們聯繫。"',
                "contact through the store page's developer contact (a real channel, not a slot)",
            ),
        ],
        [],
    ),
    "mopup-hk-zh-en-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "clean Hong Kong bilingual (en + zh-Hant) privacy policy of a pet social app (Next.js TSX)",
            "repo": "shing1223/mopup-web",
            "path": "app/privacy/page.tsx",
            "commit": "551e54cd77ab0f4bd2741bdd23a0bb7ba44a01c6",
            "license": "none found (the repository has no licence file): treat as all rights reserved; test fixture only",
            "script": "hant/hk",
            "lang": "zh+en",
            "format": "Next.js client page (.tsx): useSearchParams picks the English edition when ?en is present, else the Chinese one; each edition is a fragment of h1/h2/p/ul (git blob, 9,246 bytes, 7,972 characters, LF)",
            "note": "「MoPup 毛伴」 私隱政策 / Privacy Policy: registration data, pet profiles, activity records, Firebase and Google Analytics, rights, 13 歲以下; the laws of Hong Kong, Taiwan and Macau named; contact support@mopupapp.com; no date; no slot",
        },
        [],
        [
            (
                "如有任何關於私隱的問題，請電郵至：<strong>support@mopupapp.com</strong>",
                "a real mailbox on the product's own domain (not a stand-in)",
            )
        ],
        [],
    ),
}
