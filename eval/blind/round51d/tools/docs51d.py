"""Hand annotations of round 51d (helper m51p), read by tools/annotate51d.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])."""

_WOO = (
    "the WooCommerce privacy-policy template's sample retention period left unfilled: "
    "「我們會為了稅務和會計目的而儲存訂單資訊 XXX 年」 (the template says to replace XXX with the number of years)"
)
_CF = (
    "Cloudflare's e-mail obfuscation as the stored page shows it without JavaScript: the live page shows the operator's "
    "real address here; not a slot left by the publisher"
)

DOCS = {
    "commoncultures-hk-en-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Hong Kong bilingual (English paragraph, then Traditional Chinese) privacy policy of a company whose website address was never filled in",
            "url": "https://commoncultures.hk/privacy-policy",
            "script": "hant/hk",
            "lang": "en+zh",
            "note": "Common Cultures Company Limited; PDPO (Cap. 486); the English paragraph reads 「(official website: and abides by …」: the site's address and the closing parenthesis are missing; the excerpt's Chinese part starts at item 1 (its own intro paragraph is not in the excerpt)",
        },
        [
            (
                "(official website: and abides by the regulations",
                "the official website's address missing after 「official website:」 (and its closing parenthesis): an unfilled value",
            ),
        ],
        [
            ("(i) 瀏覽者個人電腦網絡協定位址(IP Address)", "a roman-numeral item marker (i), not a slot"),
        ],
        [],
    ),
    "kongexp-zh-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans 隐私政策 (titled 隱私權條款 in Traditional) of a site whose name was left as the template's [网站名称]",
            "url": "https://kongexp.com/privacy",
            "script": "hans/cn",
            "lang": "zh",
            "note": "「欢迎使用\\n[网站名称](以下简称 “本网站” 或\\n“我们”)的服务!」: the site's name is the template's bracketed label; the rest is generic; the heading 隱私權條款 is Traditional over a Simplified body",
        },
        [("[网站名称](以下简称 “本网站” 或", "the site's name left as the template's bracketed label [网站名称]")],
        [
            ("(一)您主动提供的信息", "a numbered sub-heading in parentheses, not a slot"),
            ("(二)我们自动收集的信息", "a numbered sub-heading in parentheses, not a slot"),
        ],
        [],
    ),
    "starxland-tw-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published Taiwan 隱私權政策 of a WooCommerce shop (藍新金流 payments) built from the WooCommerce template, its retention period left XXX",
            "url": "https://starxland.com/privacy-policy/",
            "script": "hant/tw",
            "lang": "zh",
            "note": "WooCommerce's zh-TW privacy template, lightly edited (為提升品質服務…); 「儲存訂單資訊 XXX 年」 unfilled",
        },
        [("儲存訂單資訊 XXX 年", _WOO)],
        [("(例如使用者名稱和密碼)", "an example in parentheses, not a slot")],
        [],
    ),
    "wingkin-hk-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Hong Kong 私隱政策 of a WooCommerce shop built from the WooCommerce template, its retention period left XXX",
            "url": "https://wing-kin.com/?page_id=727",
            "script": "hant/hk",
            "lang": "zh",
            "note": "header bar with a real phone (9238 8064), a real webmail address (wongwwk@yahoo.com) and the cart (0 $0.00); WooCommerce's zh-HK privacy template; 「儲存訂單資訊 XXX 年」 unfilled",
        },
        [("儲存訂單資訊 XXX 年", _WOO)],
        [
            (" • 9238 8064", "the shop's real Hong Kong phone in the header"),
            (" • wongwwk@yahoo.com", "the shop's real webmail address"),
            ("0 $0.00", "the cart's item count and total, not a slot"),
            ("( 例如使用者名稱和密碼 )", "an example in parentheses, not a slot"),
        ],
        [],
    ),
    "yayushop-tw-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published Taiwan 隱私權政策 of a WooCommerce shop (綠界 payments) built from the WooCommerce template, its retention period left XXX",
            "url": "https://yayushop.com/privacy-policy",
            "script": "hant/tw",
            "lang": "zh",
            "note": "WooCommerce's zh-TW privacy template (the stored page drops the template's bullet lists); 「儲存訂單資訊 XXX 年」 unfilled",
        },
        [("儲存訂單資訊 XXX 年", _WOO)],
        [
            ("(例如使用者名稱和密碼)", "an example in parentheses, not a slot"),
            ("請參閱 綠界隱私權政策以取得更多詳細資料。", "a link label (the payment provider's policy), not a slot"),
        ],
        [],
    ),
    "greenlady-hk-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Hong Kong shop's 隱私權政策 (Green Lady), clean; its header e-mail obfuscated by Cloudflare",
            "url": "https://greenladyhk.com/article.php?id=2",
            "script": "hant/hk",
            "lang": "zh",
            "note": "a Google-style generic policy (我們收集的資訊…); header 「Green Lady」 and 「[email protected]」 (Cloudflare obfuscation); no date in the excerpt",
        },
        [],
        [("[email protected]", _CF)],
        [],
    ),
    "nutrigreen-hk-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published Hong Kong 個人資料私隱聲明 of a health-products company (生機無限國際有限公司), clean; its e-mail obfuscated by Cloudflare",
            "url": "http://nutrigreen.com.hk/catalog/privacy.php",
            "script": "hant/hk",
            "lang": "zh",
            "note": "PDPO Cap. 486; 「應致電(852)3180 3188或電郵至[email protected]聯絡」: a real phone and a Cloudflare-obfuscated address; lettered lists (a)–(g), a list item (c) whose text follows after a blank line",
        },
        [],
        [
            ("應致電(852)3180 3188或電郵至[email protected]聯絡", "a real Hong Kong phone and " + _CF),
            ("(c)", "a list marker whose item text follows on a later line (the page's layout), not a slot", "(b) 提供有關保健"),
        ],
        [],
    ),
    "peoplehealth-zh-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published zh-Hans 隐私申明 of a news/shopping app (人民优选, 人民网股份有限公司), its version and date filled inside the template's 【】",
            "url": "https://yx.people-health.cn/html/Agreements.html",
            "script": "hans/cn",
            "lang": "zh",
            "note": "「版本【1.9】,生效日期【2022年9月28日】」: values filled inside the template's brackets; a garbled sentence 「提供是“人民优选”的运营的一款资讯类应用产品者」 (bad editing, not a slot)",
        },
        [],
        [],
        [
            (
                "版本【1.9】,生效日期【2022年9月28日】",
                "filled values left inside the template's 【】: filled, but the brackets are template residue (as round50e's [弘捷國際(香港)有限公司])",
            )
        ],
    ),
    "shengren-tw-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Taiwan 隱私權保護說明 of a renovation platform (裝修爸王), its date filled inside the template's []",
            "url": "https://partner.shengren.com.tw/?p=46",
            "script": "hant/tw",
            "lang": "zh",
            "note": "「最後更新日期:[2025年5月24日]」: a date filled inside the template's square brackets; 中華民國《個人資料保護法》; (如適用) twice",
        },
        [],
        [("公司名稱(如適用)、統一編號(如適用)", "「(如適用)」 (if applicable) qualifying a form field, not a slot")],
        [
            (
                "最後更新日期:[2025年5月24日]",
                "a filled date left inside the template's square brackets: filled, but the brackets are template residue",
            )
        ],
    ),
    "waterflow-zh-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans 隐私政策 of an Android study app (Study), its dates filled inside the template's 【】",
            "url": "http://www.waterflowflow.work/privateText.html",
            "script": "hans/cn",
            "lang": "zh",
            "note": "「更新时间:2022年【3】月【2】日」 and 「生效时间:2022年【3】月【2】日」: month and day filled inside the template's 【】; the operator is a nickname (细水长流cpu): filled",
        },
        [],
        [("1. Study由细水长流cpu提供产品运营和服务。", "the operator named by a nickname: filled, not a slot")],
        [
            ("更新时间:2022年【3】月【2】日", "month and day filled inside the template's 【】: filled, brackets are residue"),
            ("生效时间:2022年【3】月【2】日", "month and day filled inside the template's 【】: filled, brackets are residue"),
        ],
    ),
    "xbov-zh-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans 隐私政策 of a marketing app (智投宝, 湖南星华信息科技有限公司) whose dates lost 年 and 月 (2022828)",
            "url": "https://ad.xbov.cn/help/policy.html",
            "script": "hans/cn",
            "lang": "zh",
            "note": "「《隐私政策》2022828日生效版本」, 「版本更新日期:2022828」: 2022年8月28日 with 年/月 lost (a broken date, not a slot); a real mobile number, a real QQ mailbox and a real Changsha address",
        },
        [],
        [
            ("《隐私政策》2022828日生效版本", "a date with 年 and 月 lost (2022-8-28): a broken date, not an unfilled slot"),
            ("版本更新日期:2022828", "a broken date (2022-8-28), not a slot"),
            ("版本生效日期:2022828", "a broken date (2022-8-28), not a slot"),
            ("联系电话:13548695534", "a real mainland mobile number"),
            ("联系邮箱:893294091@qq.com", "a real QQ mailbox"),
        ],
        [],
    ),
    # second batch (19:10 UTC): WordPress privacy-template pages, annotated before any run on them
    "counterstrike-zh-en-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans + English WordPress privacy page (a game-server site) whose site address was left empty",
            "url": "https://counterstrike.fun/privacy-policy",
            "script": "hans/cn",
            "lang": "zh+en",
            "note": "WordPress's privacy template, Chinese then English paragraph by paragraph; 「我们的站点地址是 Our site address is:」 with nothing after it; the Gravatar policy's URL missing in both languages (「在此:。」, 'is here: After') — a link the page may show as an anchor the stored text lost: ambiguous",
        },
        [("我们的站点地址是 Our site address is:", "the template's site address left empty after its label (both languages)")],
        [("当访客留下评论时,我们会收集评论表单所显示的数据", "the template's comment paragraph: filled prose, not a slot")],
        [
            (
                "Gravatar 服务的隐私政策在此:。",
                "the Gravatar policy URL missing after 在此: — possibly a link whose text the stored page lost",
            ),
            ("The privacy policy for the Gravatar service is here: After", "the same URL missing in English: possibly a lost link"),
        ],
    ),
    "mktlot-tw-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Taiwan WordPress 隱私權政策 whose template labels 「建議內容:」 (suggested text) were left in every section",
            "url": "https://mkt.lot.tw/privacy/",
            "script": "hant/tw",
            "lang": "zh",
            "note": "WordPress's zh-TW privacy template published as is: each section opens with the editor's label 「建議內容:」 before the suggested text; the site address is filled (https://mkt.lot.tw)",
        },
        [
            (
                "建議內容: 我們的網站網址為 https://mkt.lot.tw。",
                "the template's 「建議內容:」 (suggested text) label left in the published text",
            ),
            ("建議內容: 使用者在這個網站發佈留言後", "the template's 「建議內容:」 label left"),
            ("建議內容: 如需將圖片上傳至這個網站", "the template's 「建議內容:」 label left"),
            ("建議內容: 使用者在這個網站發佈留言時", "the template's 「建議內容:」 label left"),
        ],
        [
            ("請造訪 https://automattic.com/privacy/。", "a real URL (Gravatar's owner), not a slot"),
            ("如果登入時核取了 [保持登入] 這項設定", "a UI checkbox label in brackets ([保持登入], Remember me), not a slot"),
        ],
        [],
    ),
    "songa-zh-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans WordPress 隐私政策 (a hotel's site, machine-translated) whose site address is the developer's localhost",
            "url": "https://www.songa.com/zh/隐私政策",
            "script": "hans/cn",
            "lang": "zh",
            "note": "WordPress's privacy template machine-translated (cookies → 饼干, Gravatar → 格拉瓦塔尔); 「我们网站的地址是: Http://localhost/songa。」: the address filled in on a development copy and never replaced; an empty section 「联系表格」",
        },
        [
            (
                "我们网站的地址是: Http://localhost/songa。",
                "the site's address is a development stand-in (localhost), never replaced with the real domain",
            )
        ],
        [
            ("格拉瓦塔尔服务隐私政策可在这里: https://automattic.com/privacy/。", "a real URL (Gravatar's owner), not a slot"),
            ("联系表格", "an empty template section heading (contact forms), not a slot line"),
        ],
        [],
    ),
    "zhibiao-zh-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published zh-Hans WordPress privacy page that kept the template's instructions to the site owner (在此章节中您应当…, 推荐的文本:)",
            "url": "https://zhibiao123.cn/ys",
            "script": "hans/cn",
            "lang": "zh",
            "note": "WordPress's zh-CN privacy-policy guide published with its guidance paragraphs addressed to the owner (「在此章节中您应当写出您的站点URL…」, 「您应该在下面加入有关的信息。」) and the 「推荐的文本:」 label; the site address filled (https://www.zhibiao123.cn)",
        },
        [
            ("在此章节中您应当写出您的站点URL", "the template's instruction to the site owner, published"),
            (
                "此章节中需要的信息多少将会取决于您当地或国家的商业法规",
                "the template's guidance to the owner (what this section needs), published",
            ),
            ("在此章节中您应当列出您从站点用户和访问者处收集哪些个人数据", "the template's instruction to the owner"),
            ("您也应该表明您如何收集及存放敏感的个人数据", "the template's instruction to the owner"),
            ("在列出您收集的个人数据之外,您也需要表明您为何收集这些信息", "the template's instruction to the owner"),
            (
                "但是您安装的一些插件可能会收集个人数据。您应该在下面加入有关的信息。",
                "the template's instruction to the owner (add the plugins' data below)",
            ),
            ("在此章节中您应当表明在用户评论时您收集何种信息", "the template's instruction to the owner"),
            ("推荐的文本: 当访客留下评论时", "the template's 「推荐的文本:」 (suggested text) label left before the text"),
            ("在此章节您应当", "the template's instruction to the owner (the excerpt's cut-off last line)"),
        ],
        [
            ("我们的站点地址是:https://www.zhibiao123.cn。", "the site address filled in: not a slot"),
            ("Gravatar服务的隐私政策在此:https://automattic.com/privacy/。", "a real URL, not a slot"),
        ],
        [
            (
                "个人数据并不仅由用户与您的站点的交互而产生",
                "the guide's explanation (personal data also comes from forms, comments, cookies …): part of the guidance, but readable as policy prose",
            )
        ],
    ),
}
