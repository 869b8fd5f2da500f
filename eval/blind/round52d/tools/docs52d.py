"""Hand annotations of round 52d (helper m52p), read by tools/annotate52d.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])."""

_CUT = "the excerpt's cut-off last line (the pages corpus stores the page's beginning): not scored"
_CF = (
    "Cloudflare's e-mail obfuscation as the stored page shows it without JavaScript: the live page shows the operator's "
    "real address here; not a slot left by the publisher"
)
_WP = (
    "WordPress's privacy-policy guide: its 'Suggested text:' / 「建议文本:」 label left before the text it suggests "
    "(the site owner was to keep or edit the text and delete the label)"
)
_APPNAME = "the template variable appName printed as is: the app's name (文案狗, in the page's own URL) was never substituted"

DOCS = {
    "mockr-zh-en-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published WordPress privacy page (mockr.net), zh-Hans and English mixed, with the privacy guide's suggested-text labels left in",
            "url": "https://www.mockr.net/privacy-policy/",
            "script": "hans/cn",
            "lang": "zh",
            "note": "WordPress's default privacy page half translated: English headings (Comments, Media, Embedded content…), some paragraphs English, some zh-Hans; every suggested paragraph still opens with the guide's label 「建议文本:」 or 'Suggested text:'",
        },
        [
            ("Suggested text: Our website address is: http://www.mockr.net.", _WP + " (the address itself is filled)"),
            ("建议文本:当访问者在网站上留下评论时", _WP),
            ("建议文本:如果您将图片上传到网站", _WP),
            ("建议文本:如果您在我们的网站上发表评论", _WP),
            ("建议文本:本网站上的文章可能包含嵌入内容", _WP + " (the excerpt's last line, cut, but its label is whole)"),
        ],
        [
            ("我们是谁", "WordPress's section heading 'Who we are': a heading, not a slot"),
            ("Comments", "an English section heading"),
            ("Media", "an English section heading"),
            ("Embedded content from other websites", "an English section heading"),
            ("The Gravatar service privacy policy is available here: https://automattic.com/privacy/.", "a filled URL after 'here:'"),
            ("如果您访问我们的登录页面", "the guide's text without a label (the label is only on a section's first paragraph): not a slot"),
        ],
        [],
    ),
    "juguo-zh-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans 个人信息保护政策概要 of an app (文案狗, 深圳市知愈心理咨询有限公司) served from a template whose appName variable was printed as is",
            "url": "https://91juguo.com/purchase/PrivacyPolicyWag/个人信息保护政策.html?company=深圳市知愈心理咨询有限公司&appName=文案狗",
            "script": "hans/cn",
            "lang": "zh",
            "note": "the page's URL passes company= and appName=, but the text shows the literal variable name appName four times (and the title's opening 《 is lost before 「appName个人信息保护政策》」); lines holding one space between paragraphs",
        },
        [
            ("appName个人信息保护政策概要", _APPNAME + " (the title)"),
            ("如你需要了解完整的appName个人信息保护政策》", _APPNAME),
            ("你可以随时通过appName的功能页面", _APPNAME),
            ("你可以通过appName的功能页面或者通过联系我们", _APPNAME),
        ],
        [
            ("详情请查阅《个人信息收集清单》", "a named companion document in 《》: not a slot"),
            ("详情请查阅第三方合作清单", "a companion document named without 《》 (a link on the live page): not a slot"),
            ("存储地点:中华人民共和国境内。", "labels with their values: not a slot"),
            ("我们如何对外提供你的个人信息", "a heading"),
        ],
        [("我们的产品、网站和", _CUT)],
    ),
    "mcc-zh-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published zh-Hans 隐私政策 of the 7MCC app (郑州彰坤广告信息文化传播有限公司), built with uni-app, with DCloud's template note to hyperlink a term left in",
            "url": "https://admin.7mcc.com.cn/xieyi.html",
            "script": "hans/cn",
            "lang": "zh",
            "note": "DCloud's suggested clause for uni-app apps, pasted with its editing note 「(DCloud用户服务条款超链至https://ask.dcloud.net.cn/protocol.html)」 (= 'link the DCloud terms to this URL'), an instruction to the editor published as text; a typo 「我们退出的服务」 (推出)",
        },
        [
            (
                "(DCloud用户服务条款超链至https://ask.dcloud.net.cn/protocol.html)",
                "the template's instruction to the editor ('hyperlink to') left in the published text",
            ),
        ],
        [
            ('7MCC是由郑州彰坤广告信息文化传播有限公司(以下简称"我们")', "a filled operator name before its definition"),
            ("您可以完善相关的网络身份识别信息(昵称、密码、手机号)", "a field list in parentheses: filled"),
        ],
        [("我们不会强制要求您提供这些信息", _CUT)],
    ),
    "dappgo-tw-en-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Taiwan-Traditional + English 隱私政策 / Privacy Policy of DappGo (a sole proprietor in California)",
            "url": "https://dappgo.com/privacy",
            "script": "hant/tw",
            "lang": "zh",
            "note": "clean; bilingual section by section; ISO date 2026-05-17; a postal address deliberately given on request only",
        },
        [],
        [
            ("最後更新 Last updated: 2026-05-17", "a date that is there"),
            ("資料控管者:Yan Long Lai(DBA DappGo)", "a label with its value"),
            ("若需書面郵寄地址,請來信索取。", "a postal address offered on request: a choice, not a slot"),
            ("我們是誰", "a heading"),
        ],
        [("我們收集", _CUT)],
    ),
    "mohiguide-hk-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Hong Kong 私隱條款及個人資料收集聲明 of the Mohiguide app (PDPO Cap. 486 and GDPR wording)",
            "url": "https://wp.mohiguide.com/category/%E6%A2%9D%E6%AC%BE/",
            "script": "hant/hk",
            "lang": "zh",
            "note": "clean; a WordPress category page showing the policy; a bulleted list of data kinds; Hong Kong wording (賬單, 互聯網) with some mainland forms (數據, 存儲, 設置, 插件)",
        },
        [],
        [
            ("我們可能會收集、使用、存儲和傳輸如下歸類的各種個人資料:", "a lead-in whose list follows"),
            ("在下文「我們如何收集及使用您的個人資料」一節中的表格", "a reference to a later section: filled"),
        ],
        [("  • 背", _CUT)],
    ),
    "easysim-tw-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Taiwan-Traditional 隱私政策 of an Android app (AppLock, Narayan Infotech, India), a translated generator text with labelled fields",
            "url": "https://easysimunlocker.com/zh-TW/privacy-policy/applock---hide-secret-apps",
            "script": "hant/tw",
            "lang": "zh",
            "note": "clean; every header field filled (生效日期, 應用程式名稱, 套件 ID, 開發者顯示名稱, 控制者); two Cloudflare-obfuscated mailboxes; a link label rendered as a space 「瀏覽我們的 網站」",
        },
        [],
        [
            ("生效日期: 2025年8月14日", "a date that is there"),
            ("應用程式名稱: AppLock - 隱藏秘密應用程式", "a label with its value"),
            ("Surat, Gujarat 395009, 印度 • [email protected]", _CF),
            ("支援: [email protected]", _CF),
            ("瀏覽我們的 網站(以下簡稱「網站」)", "a link's text set off by a space: filled"),
        ],
        [("Play 資料安全聲明(目前於應用程式頁面顯示):不會分享資料;", _CUT)],
    ),
    "videoman-zh-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published zh-Hans machine translation of WordPress's default privacy page (videoman.gr, a Greek video shop)",
            "url": "https://www.videoman.gr/zh/privacy-policy",
            "script": "hans/cn",
            "lang": "zh",
            "note": "clean of slots (the 'who we are' section is absent, the contact-form section filled: 「没有数据是从我们接触的形式共享.」); machine-translation slips (饼干 for cookies, 「该cookie包含任何个人信息」 for 'contains no')",
        },
        [],
        [
            ("联系方式", "a heading whose text follows"),
            ("没有数据是从我们接触的形式共享.", "the contact-form section, filled (machine-translated)"),
            ("该服务的gravatar的隐私政策可以在这里找到: HTTPS://automattic.com/privacy/.", "a filled URL after 'here:'"),
        ],
        [("您可以通过访问退出个性化广", _CUT + "; the link's label (Ads Settings) is missing before 退出 in this translation")],
    ),
    # batch 2
    "wangerdi-zh-js": (
        "dev",
        "privacy.js",
        {
            "kind": "published zh-Hans 隐私权政策 of a smart-home brand, served as an ES module whose template literal binds the brand's name (${name}) from the site's settings",
            "url": "http://lfc.wangerdi.cn/",
            "script": "hans/cn",
            "lang": "zh",
            "form": "a JavaScript module (an ES module exporting wordWrap(`…`), cut mid-literal by the excerpt)",
            "note": "clean: every ${name} is a data binding filled by the code (settings.name), including the domains 「${name}.so」; the code before the literal is not shown to the reader",
        },
        [],
        [
            ("export const privacy = wordWrap(`${name}安全服务隐私权政策", "a binding in the title: filled by the code"),
            ("为切实保护用户隐私权，优化用户体验，${name}智能家居（“${name}”或“我们”）", "bindings in the definition: filled by the code"),
            ("包括但不限于${name}官网（域名为 ${name}.so）", "a bound domain name: filled by the code"),
            ("let name = settings.name", "code"),
        ],
        [("${name}深知个人信息对您的重要性", _CUT)],
    ),
    "freshqueen-hk-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published Hong Kong 私隱條例 / 私隱政策 of a SHOPLINE shop (Fresh Queen 鮮后, 善幫愛聯盟有限公司)",
            "url": "https://www.freshqueenhk.com/pages/privacy-policy",
            "script": "hant/hk",
            "lang": "zh",
            "note": "clean of slots; the page opens with SHOPLINE's unrendered AngularJS widget ({{ … | translate }}, {{currentCart.getItemCount()}}); a typo 「(香港法例第486)」 (章 missing); numbered items whose text is on the next line; lines holding spaces only",
        },
        [],
        [
            ("(香港法例第486)", "a law citation missing 章: a typo, not a slot"),
            ("第一部分:一般客戶資料私隱政策聲明", "a part heading after a bullet line: filled"),
            ("將被視為已向善幫愛聯盟有限公司授權", "the operator's company name: filled"),
            ("請注意用戶必需提供某些個人資料(在收集個人資料時會列明)", "a parenthesised note: filled"),
        ],
        [
            (
                "{{ 'fb_in_app_browser_popup.desc' | translate }}",
                "SHOPLINE's shop widget as the stored page shows it without JavaScript (round51e's convention): template residue of the page chrome, not a slot of the policy",
            ),
            ("{{ 'in_app_browser_popup.desc' | translate }}", "SHOPLINE's page chrome (round51e's convention)"),
            ("目錄 購物車 {{currentCart.getItemCount()}}", "SHOPLINE's page chrome (round51e's convention)"),
            ("向用戶提供客戶服務,包括但不限於就著Fresh Queen", _CUT),
        ],
    ),
    # batch 3 (one page found at 22:01 UTC, after batch 2's run; kept in dev: a draw of one)
    "eryuan-zh-js": (
        "dev",
        "terms.js",
        {
            "kind": "published zh-Hans 商店服务协议 of a multi-merchant shop (eryuan.co, 优码网络科技（威海）), served as a JS module whose Korean editions are still 'in preparation'",
            "url": "https://sales.eryuan.co/",
            "script": "hans/cn",
            "lang": "zh",
            "form": "a JavaScript module (export default { userTermsKo, privacyTermsKo, userTerms: concatenated strings with \\n escapes }, cut mid-string by the excerpt)",
            "note": "the Korean user terms and privacy policy read 「준비중입니다.」 ('in preparation'): the editions were never written (round49d counted such 'pendiente' / 'coming soon' editions as slots); every {{merchandiserName}} and {{currentDate}} is a mustache binding the shop fills at run time (the store's name, today's date)",
        },
        [
            (
                'userTermsKo: "준비중입니다.",',
                "the Korean edition of the user terms is only 'in preparation': a text never written, published as the edition",
            ),
            ('privacyTermsKo: "준비중입니다.",', "the Korean edition of the privacy policy is only 'in preparation'"),
        ],
        [
            ('"{{merchandiserName}}商店服务协议', "a mustache binding the shop fills with the merchant's name at run time: not a slot"),
            ('"最新版本生效日期：{{currentDate}}', "a binding filled with the current date at run time (a date 'bound at run time')"),
            (
                '"欢迎您与各{{merchandiserName}}商店经营者详见定义条款）',
                "bindings; the opening （ before 详见 is missing (a typo, not a slot)",
            ),
            (
                '"{{merchandiserName}}商店：指包括{{merchandiserName}}商店（域名为 eryuan.co）',
                "bindings in a definition, the real domain given",
            ),
        ],
        [('"{{merchandiserName}}：{{merchandiserName}}商店经营者的单称或合称', _CUT)],
    ),
}
