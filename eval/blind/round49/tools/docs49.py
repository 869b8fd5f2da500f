"""Hand annotations of round 49 (helper u49k), read by tools/annotate49.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])."""

_COMMENT = "a source comment (not shown on the page) saying the page is a placeholder; neither scored nor a false finding"

DOCS = {
    "sarec-zh-en-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "published zh-Hans + English membership agreement of a US-China real-estate chamber that declares itself a draft awaiting a lawyer's review (Next.js TSX)",
            "index_id": "55288462734",
            "script": "hans/cn",
            "lang": "zh+en",
            "format": "Next.js App Router page (.tsx): metadata through createPageMetadata({title, description}), an <article> of CSS-module <p>/<h2>/<section> markup with each clause in Chinese then English (the index's text, 4,386 characters, LF; file name chosen here)",
            "note": "SAREC 入会协议 / Membership Agreement: the description says 「（草案，待律师审核）」, a notice paragraph says 'Pending attorney review. / 待律师审核。', the refunds clause in both editions says the terms will be set when payment is enabled and that this draft does not constitute them; a comment above the component says 「M2 骨架：占位条款草案，非最终法律文本。待律师审核后替换。」; section 6 points to the chamber's 隐私政策",
        },
        [
            ("（草案，待律师审核）", "the page's description declares the agreement a draft awaiting a lawyer's review (草案，待律师审核)"),
            ("Pending attorney review. / 待律师审核。", "a notice in both languages that the text still awaits a lawyer's review"),
            (
                "退款政策将在付款功能上线时以最终条款为准。本草案不构成",
                "the refunds clause left to the final terms still to be written, in a text that calls itself 本草案",
            ),
            (
                "The refund policy will be set out in the final terms when payment is enabled. This draft does",
                "the English edition of the refunds slot (the sentence runs on to the next line)",
            ),
        ],
        [],
        [
            ("// M2 骨架：占位条款草案", _COMMENT),
            (
                "not constitute the final terms on refunds",
                "the second line of the English refunds sentence (its slot is scored on the line above)",
            ),
            (
                "按最终条款规定的程序暂停或终止会员身份",
                "a procedure 'set out in the final terms' that do not exist yet: a forward reference, not a slot by itself",
            ),
            ("following the process set out in the final terms", "the English edition of the forward reference above"),
        ],
    ),
    "solopilot-hk-zh-en-ts": (
        "dev",
        "pilotPolicy.ts",
        {
            "kind": "Hong Kong zh-Hant + English pre-launch privacy note and terms of a pilot product, each edition with a notice that counsel's review is pending and a contact 'provided by Demo User' (TypeScript catalogue)",
            "index_id": "66183330548",
            "script": "hant/hk",
            "lang": "zh+en",
            "format": 'TypeScript module (.ts): `export const pilotPolicy = {privacy: {"zh-Hant": {...}, en: {...}}, terms: {...}, contactPermission: {...}} satisfies PilotPolicyBundle`, each edition an object of eyebrow/title/reviewNotice/intro and sections [{heading, body}] on one line each (the index\'s text, 6,567 characters, LF; file name chosen here)',
            "note": "Solo Company OS founding-pilot 私隱聲明 / Privacy note and 服務條款 / Terms, Hong Kong wording (私隱, 人工智能, 電郵, 甚麼): reviewNotice 「這是創始試用的預發布版本，正待法律顧問審閱；此版本不是法律批准或生產政策。」 in both documents and both languages; the contact sections say to reply to the pilot contact e-mail 「Demo User 提供的」 / 'provided by Demo User' (a stand-in name where the operator's contact person or address belongs)",
        },
        [
            ("正待法律顧問審閱；此版本不是法律批准或生產政策", "a notice that the privacy note still awaits counsel's review (zh-Hant)"),
            (
                "請回覆 Demo User 提供的試用聯絡電郵",
                "the contact channel given as an e-mail 'provided by Demo User': a stand-in name, no address",
            ),
            (
                "pending legal counsel review; it is not legal approval or a production policy",
                "the English privacy note's pending-review notice",
            ),
            ("reply to the pilot contact email provided by Demo User", "the English contact channel: 'provided by Demo User', no address"),
            ("正待法律顧問審閱；此版本不是法律批准或生產條款", "the terms' pending-review notice (zh-Hant)"),
            ("pre-launch founding-pilot terms pending legal counsel review", "the English terms' pending-review notice"),
        ],
        [],
        [
            ("counsel review is still a launch gate", "a source comment saying counsel review is still owed; not shown text"),
            (
                "詳細保留、支援存取、刪除時限及處理者條款，均是正式推出前的必要條件",
                "says the retention, access and processor details are still owed before launch and one relationship 仍待決定: a pilot's honest pending list rather than a template slot (debatable)",
            ),
            (
                "Detailed retention, support access, deletion timing, and processor terms are launch requirements",
                "the English edition of the pending list above",
            ),
            (
                "正式推出、收費或擴大使用前，必須完成法律審閱及相應更新",
                "the terms' intro: legal review owed before production (a pre-launch condition, debatable)",
            ),
            (
                "Legal review and an update to the final terms are required before production onboarding",
                "the English edition of the terms' intro above",
            ),
        ],
    ),
    "mileschen-zh-en-vue": (
        "dev",
        "info.vue",
        {
            "kind": "zh-Hans + English info pages (FAQ, shipping, returns, contact, privacy, terms) of a shop site, every body a demo note of what is still to be replaced or confirmed before launch (Nuxt Vue SFC)",
            "index_id": "58629108849",
            "script": "hans/cn",
            "lang": "zh+en",
            "format": 'Nuxt single-file component (.vue): `<script setup lang="ts">` with two `Record<string, [string, string]>` objects (zh, en) of [title, body] per slug, chosen by a computed on the site language and shown as {{ content[0] }} / {{ content[1] }} in the template (the index\'s text, 2,241 characters, LF; file name chosen here, the route file is pages/info/[slug].vue-like)',
            "note": "the privacy body 「本地演示不会处理真实订单或支付信息。正式上线前接入正式隐私政策。」, the terms body 「本地演示条款。正式上线前由业务与法律团队确认。」 / 'Demo terms only. Confirm with the business and legal teams before launch.', a demo mailbox hello@mileschen.demo 「演示联系地址，正式上线前替换。」, FAQ/shipping/returns bodies saying the real text will come later; the English privacy body only says the demo processes no real orders",
        },
        [
            ("正式上线前替换为经过审核的客服内容。", "the FAQ body: a demo note to replace it with reviewed support text before launch"),
            (
                "配送时效、包装方式和可追踪信息将在真实履约方案确认后更新。当前为演示页面。",
                "the shipping body: content to be updated once the fulfilment plan is confirmed; 'a demo page'",
            ),
            (
                "退换规则需要依据真实商品性质、国家和平台要求确认。当前页面只作为本地演示。",
                "the returns body: rules still to be confirmed; a local demo",
            ),
            (
                "hello@mileschen.demo · 演示联系地址，正式上线前替换。",
                "a demo mailbox (.demo) labelled as a demo contact to replace before launch",
            ),
            (
                "本地演示不会处理真实订单或支付信息。正式上线前接入正式隐私政策。",
                "the privacy body: the formal privacy policy still to be connected before launch",
            ),
            (
                "本地演示条款。正式上线前由业务与法律团队确认。",
                "the terms body: demo terms, to be confirmed by the business and legal teams before launch",
            ),
            ("Replace with approved support content before launch.", "the English FAQ body's drafting note"),
            ("will be updated after the fulfilment plan is confirmed.", "the English shipping body: content pending"),
            (
                "Return rules must be confirmed against the actual product",
                "the English returns body: the rules still to be confirmed, none given",
            ),
            ("hello@mileschen.demo · demo contact only, replace before launch.", "the English demo contact"),
            ("Demo terms only. Confirm with the business and legal teams before launch.", "the English terms body"),
        ],
        [],
        [
            ("正式上线前替换为经审核的客服与法律内容。", _COMMENT),
            (
                "This local demo does not process real orders or payment information.",
                "the English privacy body: a demo disclaimer without the Chinese edition's 'formal policy to come' (debatable)",
            ),
        ],
    ),
    "mercuryland-tw-vue": (
        "dev",
        "Privacy.vue",
        {
            "repo": "champsing/mercuryland",
            "path": "web/components/law/Privacy.vue",
            "commit": "e49fdd410b4acad8fc168f2d0c02085b6b06e95c",
            "license": "Apache-2.0 (LICENSE at the repository root)",
            "kind": "clean; Taiwan 隱私政策 of a streamer community site (Vue SFC with vuestic-ui)",
            "script": "hant/tw",
            "lang": "zh",
            "format": 'Vue single-file component (.vue): a <template> of <h1>/<p>/<ol><li> markup, the mailbox shown in a readonly <VaInput v-model="email"> (ref in <script setup>) beside a mailto: button (7,172 bytes, LF)',
            "note": "水星樂園 隱私政策: collection, protection, external links, deletion and correction, sharing, updates, contact; the mailbox 0.flunky-sojourn@icloud.com is bound into the input and the button's href, so the label 「電子郵件信箱：」 stands before a component, not before an empty value",
        },
        [],
        [
            (
                "電子郵件信箱：",
                'the label before a readonly <VaInput v-model="email"> bound to a real mailbox (also the mailto: button\'s href): not an empty slot',
            )
        ],
        [],
    ),
    "jingxin-tw-swift": (
        "dev",
        "PrivacyPolicyView.swift",
        {
            "kind": "clean; Taiwan 隱私權政策 of a meditation-beads app (SwiftUI)",
            "index_id": "151823985",
            "script": "hant/tw",
            "lang": "zh",
            "format": 'SwiftUI view (.swift): Text("…") title and date, then sectionView(title:content:) calls whose content is a Swift """ multi-line string (the index\'s text, 3,079 characters, LF; file name chosen here)',
            "note": "「靜心念珠」 隱私權政策, 最後更新日期：2026 年 2 月 27 日: data kept on the device, iCloud sync by Apple, no third parties, children, changes, contact first.fu@gmail.com",
        },
        [],
        [],
        [],
    ),
    "launchos-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "published zh-Hans 隐私政策 page that says the formal policy is not yet published (Next.js TSX)",
            "index_id": "71610372329",
            "script": "hans/cn",
            "lang": "zh",
            "format": "Next.js page (.tsx): a heading and two <p> between PublicHeader and PublicFooter (the index's text, 555 characters, LF; file name chosen here)",
            "note": "LaunchOS 隐私政策: 「这是基础说明页。LaunchOS 的正式隐私政策尚未发布。」 and 「正式版本会说明…在正式文本发布前，本页不构成完整的隐私承诺。」 — the whole body says the policy is still to come",
        },
        [
            ("LaunchOS 的正式隐私政策尚未发布。", "the formal privacy policy 'not yet published', in place of the policy"),
            (
                "正式版本会说明收集哪些信息、用来做什么",
                "what the formal version will say, and that this page is no complete privacy commitment until then",
            ),
        ],
        [],
        [],
    ),
    "orderly-tw-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "published Taiwan 隱私權政策 page whose body says the policy's content is being put together (Next.js TSX, framer-motion)",
            "index_id": "55589407678",
            "script": "hant/tw",
            "lang": "zh",
            "format": "Next.js client page (.tsx): a doc comment, then an eyebrow, an <h1> and one <p> whose text runs around a mailto: link built from a constant, two buttons (the index's text, 3,557 characters, LF; file name chosen here)",
            "note": "隱私權政策 of orderly.tw: 「本政策內容整理中，正式版上線前如有疑問請來信 contact@orderly.tw 或透過聯絡我們頁面詢問。」 is the whole policy; the doc comment calls the page 「誠實佔位頁」 and says the formal policy 尚未定稿",
        },
        [
            (
                "本政策內容整理中，正式版上線前如有疑問請來信",
                "the policy's content 'being put together' (整理中) until the formal version goes live, in place of the policy",
            )
        ],
        [],
        [
            ("/privacy — 隱私權政策（誠實佔位頁）。", _COMMENT),
            ("目前為佔位內容：正式隱私權政策尚未定稿", _COMMENT),
        ],
    ),
    "smarthub-hk-zh-en-ts": (
        "holdout",
        "extra-content.ts",
        {
            "kind": "clean; Hong Kong TCSP's privacy policy, terms, complaints procedure and disclosures in English, written-Cantonese zh-HK and zh-CN (TypeScript catalogue)",
            "index_id": "54597692384",
            "script": "hant/hk",
            "lang": "zh+en",
            "format": 'TypeScript module (.ts): `export const extraContent = {en: {...}, "zh-HK": {...}, "zh-CN": {...}} as const`, each edition\'s legal pages as {title, updated, intro, sections: [{h, p}]} with \\u201c escapes in strings (the index\'s text, 27,014 characters, LF; file name chosen here)',
            "note": "Smarthub Connect Limited (Wan Chai, TCSP licence TC006605) 私隱政策 under the PDPO, 最後更新：2026 年 7 月, retention 24 months, Formspree transfer to the United States, rights and the Privacy Commissioner, contact hello@smarthubc.com / +852 2383 3283; a hidden anti-spam field's label 'Leave this field empty' / 「請將此欄留空」 / 「请将此栏留空」 in each edition",
        },
        [],
        [
            ('honeypotLabel: "Leave this field empty"', "a hidden anti-spam field's label (a form instruction), not a slot"),
            ('honeypotLabel: "請將此欄留空"', "the zh-HK edition of the honeypot label"),
            ('honeypotLabel: "请将此栏留空"', "the zh-CN edition of the honeypot label"),
        ],
        [],
    ),
}
