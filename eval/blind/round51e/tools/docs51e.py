"""Hand annotations of round 51e (helper m51q), read by tools/annotate51e.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])."""

_CUT = "the excerpt's cut-off last line (the pages corpus stores the page's beginning): not scored"
_NG = (
    "SHOPLINE's shop widget as the stored page shows it without JavaScript: unrendered AngularJS template expressions "
    "({{ ... | translate }}) of the cart, page chrome before the policy; template residue, but not a slot of the policy"
)
_SHOPIFY = (
    "Shopify's privacy-policy template: a field label of the customer-support list whose value was never filled "
    "(the same list gives 「收集目的:提供客戶支援。」 two lines below)"
)

DOCS = {
    "biggerlens-zh-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans 隐私政策 of a photo-retouching app (BiggerLens, name=photoretouch) whose operator's name, product name and update date were never filled in",
            "url": "http://www.biggerlens.com/yszc?name=photoretouch",
            "script": "hans/cn",
            "lang": "zh",
            "note": "a policy page served from a template with its variables empty: 「更新日期」 alone on its line, 「(以下简称“我们”)」 with no name before it, 「(以下统称我们的产品或)」 with no product name",
        },
        [
            ("更新日期", "the update date missing: the label stands alone on its line (the template's date variable empty)"),
            (
                "(以下简称“我们”)深知个人信息对您的重要性",
                "the operator's name missing before 「(以下简称“我们”)」, and the product's name missing in 「(以下统称我们的产品或)」 (same line)",
            ),
        ],
        [
            ("您应了解的内容:", "a label whose list follows on the next lines: not an empty value"),
            ("十一、附录:权限申请及应用场景", "a numbered heading with a colon and its title: not a slot"),
            ("(一)我们将收集您的哪些信息?", "a numbered sub-heading in parentheses: not a slot"),
            ("1.手机号和第三方登录授权信息:帮助您注册账号", "a numbered item, label and value: not a slot"),
        ],
        [("在您注册本产品时,您需", _CUT)],
    ),
    "shinyijewel-tw-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Taiwan 隱私政策 of a SHOPLINE jewellery shop that still shows SHOPLINE's placeholder notice and the template's instructions to the merchant",
            "url": "https://www.shinyijewel.com/about/privacy-policy",
            "script": "hant/tw",
            "lang": "zh",
            "note": "the page begins with SHOPLINE's unrendered AngularJS cart widget ({{ ... }}; NT$ prices); the policy is SHOPLINE's default text: 「商店建置中,以下資訊為尚未更新,實際政策仍需與商家聯繫確認。」 and the template's disclaimer addressed to the merchant (「在發佈如下政策之前,您應該諮詢獨立的法律意見。您應仔細閱讀SHOPLINE以下提供的資訊,並根據您的實際需要修改,刪除或添加…」)",
        },
        [
            (
                "商店建置中,以下資訊為尚未更新,實際政策仍需與商家聯繫確認。",
                "the platform's notice that the shop has not written its policy yet (the text below is the default): the policy is an unfilled template",
            ),
            (
                "在發佈如下政策之前,您應該諮詢獨立的法律意見。",
                "the template's instruction to the merchant, published as is (「您應仔細閱讀SHOPLINE以下提供的資訊,並根據您的實際需要修改,刪除或添加所有和任何條款及內容」)",
            ),
        ],
        [],
        [
            ("{{ 'fb_in_app_browser_popup.desc' | translate }}", _NG),
            ("{{ 'in_app_browser_popup.desc' | translate }}", _NG),
            ("{{ (item.variation.media ? item.variation.media.alt_translations", _NG),
            ("? item.variation.media.alt_translations", _NG, "{{ (item.variation.media ?"),
            (": item.product.cover_media.alt_translations) | translateModel", _NG, "{{ (item.variation.media ?"),
            ("                }}", _NG),
            ("{{ 'product.bundled_products.label' | translate }}", _NG),
            ("{{ 'product.bundle_group_products.label' | translate }}", _NG),
            ("{{ 'product.buyandget.label' | translate }}", _NG),
            ("{{ 'product.gift.label' | translate }}", _NG),
            ("{{ 'product.addon_products.label' | translate }}", _NG),
            ("{{item.product.title_translations|translateModel}}", _NG),
            ("{{ field.name_translations | translateModel }}", _NG),
            ("  • {{ childProduct.title_translations | translateModel }}", _NG),
            ("{{ getChildVariationShorthand(childProduct.child_variation) }}", _NG),
            ("{{ 'product.set.open_variation' | translate }}", _NG),
            ("  • {{ getSelectedItemDetail(selectedChildProduct, item).childProductName }}", _NG),
            ("{{ getSelectedItemDetail(selectedChildProduct, item).childVariationName }}", _NG),
            ("{{item.variation.name}}", _NG),
            ("{{item.quantity}}x NT$0 {{ item.unit_point }} 點", _NG),
            ("{{addonItem.product.cover_media.alt_translations | translateModel}}", _NG),
            ("{{ 'product.addon_products.label' | translate }}", _NG, "{{addonItem.product.cover_media"),
            ("{{addonItem.product.title_translations|translateModel}}", _NG),
            ("{{addonItem.quantity}}x {{ mainConfig.merchantData.base_currency.alternate_symbol", _NG),
            (
                "免責聲明:",
                "the heading of SHOPLINE's disclaimer to the merchant (part of the template's note, but a heading with a colon, not a value slot)",
            ),
            (
                "以下內容僅供參考,不構成廣告、招攬或法律建議。",
                "SHOPLINE's disclaimer addressed to the merchant; read alone it could be a shop's disclaimer to its customers",
            ),
        ],
    ),
    "merrimore-hk-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published Hong Kong 隱私政策 of a Shopify shop (Merrimore, Kwun Tong) generated from Shopify's template, six field values of its customer-support list left empty",
            "url": "https://merrimore.com/zh/policies/privacy-policy",
            "script": "hant/hk",
            "lang": "zh",
            "note": "Shopify's privacy-policy generator text in Traditional Chinese with mainland wording (信息); under 「客戶支援資訊」 the labels 收集目的: / 收集來源: / 出於商業目的披露: / 所收集的個人資訊: are listed with nothing after them (and again after two filled ones)",
        },
        [
            ("  • 收集目的:", _SHOPIFY, "客戶支援資訊"),
            ("  • 收集來源:", _SHOPIFY),
            ("  • 出於商業目的披露:", _SHOPIFY),
            ("  • 所收集的個人資訊:", _SHOPIFY),
            ("  • 出於商業目的披露:", _SHOPIFY + "; second time", "收集來源:從您那裡收集。"),
            ("  • 所收集的個人資訊:", _SHOPIFY + "; second time"),
        ],
        [
            ("九龍觀塘興業街4號10號The Wave全層", "the shop's real Hong Kong address (The Wave, 4 Hing Yip Street, Kwun Tong)"),
            ("電子郵件: info@merrimore.com", "the shop's real mailbox on its own domain"),
            ("收集目的:為您準確加載網站", "a label with its value (the device-information list): not a slot"),
            ("收集來源:當您使用cookie", "a label with its value: not a slot"),
            ("為商業目的進行披露:與我們的處理器Shopify分享。", "a label with its value: not a slot"),
            ("  • 收集目的:提供客戶支援。", "a label with its value: not a slot"),
            ("  • 收集來源:從您那裡收集。", "a label with its value: not a slot"),
        ],
        [("  • 為了遵守適用的法律和法規,回應傳票、搜查令", _CUT)],
    ),
    "tq-hk-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Hong Kong 私隱條例 / 私隱政策聲明 of a financial-data company (電資訊國際有限公司, WINQUOTE)",
            "url": "https://www.tq.net/privacy.html",
            "script": "hant/hk",
            "lang": "zh",
            "note": "clean; PDPO (Cap. 486); a heading 「私隱政策聲明 :」 ending in a spaced colon with its text on the next paragraph",
        },
        [],
        [
            ("私隱政策聲明 :", "a heading ending in a colon, its statement follows after a blank line: not an empty value"),
            ("我們可能收集、保留及使用閣下的個人資料以作如下用途:", "a label whose list follows: not an empty value"),
        ],
        [("  • 規管和管理該", _CUT)],
    ),
    "cloudonhost-hk-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Hong Kong 私隱政策 (zh-hk edition) of a web-hosting company, CloudOnHost",
            "url": "https://www.cloudonhost.com/privacy-policy.php?lang=zh-hk",
            "script": "hant/hk",
            "lang": "zh",
            "note": "clean; 「最後更新:2025年1月」 (a month, no day); definitions 「(「我們」、「我們的」或「本公司」)」",
        },
        [],
        [
            ("最後更新:2025年1月", "a real update date (year and month): not a slot"),
            ("CloudOnHost(「我們」、「我們的」或「本公司」)", "the operator's name with its definitions: not a slot"),
            ("我們收集您直接向我們提供的資訊,包括:", "a label whose list follows: not an empty value"),
            ("我們使用收集的資訊來:", "a label whose list follows: not an empty value"),
        ],
        [("我們實施適當的技術和組織安全措施,以保護您的個人資訊免受未經授權的訪", _CUT)],
    ),
    "hydrion-zh-vue": (
        "dev",
        "page.vue",
        {
            "kind": "published zh-Hans 用户协议及隐私政策 of a campus crowdsourcing platform (西交众包平台), stored as its Vue single-file component's template (rich-text HTML)",
            "url": "http://zbsj.hydrion-qlz.top/",
            "script": "hans/cn",
            "lang": "zh",
            "form": "a Vue single-file component's <template> (rich-text HTML paragraphs), cut off inside the template",
            "note": 'clean; empty rich-text paragraphs <p style="text-align:left"></p> (editor residue, not slots); 「版本更新提示：」 with its text in the next paragraph; the excerpt ends inside an open <strong>',
        },
        [],
        [
            ('<p ><span style="font-size: 14px"> </span></p>', "an empty rich-text paragraph (editor residue): not a slot"),
            (
                '<p style="text-align:left"></p>',
                "an empty rich-text paragraph (editor residue): not a slot",
                "西交众包平台用户协议及隐私政策",
            ),
            ("版本更新提示：", "a label whose text is the next paragraph: not an empty value"),
        ],
        [(">为了更好的保护您的", _CUT)],
    ),
    "xapp-tw-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published Taiwan 隱私權條款 of a shopping platform (XAPP, 黑訊科技有限公司) in its help centre",
            "url": "https://shop.xapp.tw/help/show/21",
            "script": "hant/tw",
            "lang": "zh",
            "note": "clean; help-centre chrome (menu, breadcrumb 「首頁 > 幫助詳細」, 「發布日期2018-10-19 12:55:17 【關閉】」 with a close button in brackets, an empty 「摘要:」 field of the article)",
        },
        [],
        [
            ("發布日期2018-10-19 12:55:17 【關閉】", "a real publication time and the page's close button in brackets: not a slot"),
            ("本公司蒐集個人資料的目的: ", "a label whose text follows on the next line: not an empty value"),
            ("首頁 > 幫助詳細", "a breadcrumb: not a slot"),
        ],
        [
            ("摘要:", "the help-centre article's summary field, empty: page chrome of the CMS, not a value of the policy"),
            ("1. 為完", _CUT),
        ],
    ),
    "yms-zh-vue": (
        "holdout",
        "page.vue",
        {
            "kind": "published zh-Hans YMS 平台隐私政策, stored as a Vue single-file component whose template is Word-exported HTML (mso styles)",
            "url": "http://yms.com",
            "script": "hans/cn",
            "lang": "zh",
            "form": "a Vue single-file component (// comment, <template> of Word-exported HTML with mso- styles), cut off inside a tag",
            "note": 'clean as far as the excerpt goes: the title 「YMS平台隐私政策」 split over three spans (「Y」「MS」「平台隐私政策」); the excerpt ends at 「更新日期：</font><font face="」, the date cut off by the excerpt',
        },
        [],
        [('<font face="微软雅黑">Y</font>', "a title split over spans (「Y」「MS」「平台隐私政策」): not a slot")],
        [("更新日期：</font><font face=", "the update date cut off by the excerpt (the stored text ends inside the next tag): not scored")],
    ),
    "hahamart-hk-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published Hong Kong 條款及細則 (terms of sale, not a privacy policy) of an online shop, HahaMart, with the template's bracketed choices left in",
            "url": "https://hahamart.shop/page/tnc",
            "script": "hant/hk",
            "lang": "zh",
            "note": "batch 2; a shop's terms written from a template: 「我們接受 [Visa / Mastercard / 轉數快 / PayMe / 支付寶HK 等]」, 「我們提供 [順豐速運 / 香港郵政 / 門市自取] 等送貨方式,詳情請參閱 [送貨政策連結]」 (the template's options and a link label, brackets kept); filled values set off by spaces (「以 港幣 結算」, 「14個工作天內」)",
        },
        [
            (
                "3.2 我們接受 [Visa / Mastercard / 轉數快 / PayMe / 支付寶HK 等]。",
                "the template's bracketed list of payment methods to choose from, left as is",
            ),
            (
                "4.1 我們提供 [順豐速運 / 香港郵政 / 門市自取] 等送貨方式,詳情請參閱 [送貨政策連結]。",
                "the template's bracketed delivery options and a link label 「[送貨政策連結]」 where the link should be",
            ),
        ],
        [
            ("3.1 網站顯示價格均以 港幣 結算。", "a filled template value set off by spaces (港幣): not a slot"),
            ("2.3 當我們發出「出貨通知」後,合約方為成立。", "a quoted term: not a slot"),
            ("2.4 我們保留以下情況取消訂單的權利:", "a lead-in whose list follows: not an empty value"),
            ("5.3 退款將於收到退貨並檢查後 14個工作天內 退回至原付款帳戶。", "a filled value set off by spaces: not a slot"),
        ],
        [("7.2 因不可抗力(如天災、政府限制、社會事件)導致延誤或無法履行訂", _CUT)],
    ),
    "waterloo-hk-en-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Hong Kong 私隱政策 of a tea shop on Wix (夏虫茶世界公司 / Mushi Tea World Company), Traditional Chinese then English",
            "url": "https://waterloo26loft.wixsite.com/home/privacy-policy",
            "script": "hant/hk",
            "lang": "zh+en",
            "note": "batch 2; clean; bilingual (the Chinese block, then the English one); the name in parentheses 「我們 (夏虫茶世界公司)」, a typo 《個人資料(私穩)條例》 (穩 for 隱), a list of purposes whose lead-in is not in the stored text (Wix blocks), runs of empty lines",
        },
        [],
        [
            ("我們 (夏虫茶世界公司) 十分重視您的私隱。", "the company's name in parentheses after 我們: not a slot"),
            (
                "夏虫茶世界公司致力於維護閣下之網上私隱權。",
                "the company's name and its definition 「夏虫茶世界公司(本網站)」, and the typo 《個人資料(私穩)條例》: not slots",
            ),
            ("We (Mushi Tea World Company) take your privacy", "the English name in parentheses: not a slot"),
        ],
        [],
    ),
}
