"""Hand annotations of round 52e (helper m52q), read by tools/annotate52e.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

No document of this round has a slot (the `pages` corpus and the code index gave no unused slot page in the time given;
README): the set measures Issue #11's precision side only (no false error on a clean real policy)."""

_CUT = "the excerpt's cut-off last line (the pages corpus stores the page's beginning): not scored"
_BR = (
    "a filled value left inside the drafting brackets 【】 (the template's fill-in marks were not removed): the value is "
    "there, so an error that calls it unfilled is false (round50e's fulcrum class)"
)

DOCS = {
    "greenest-hk-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Hong Kong 私隱政策 of Greenest Magic(HK) Company Limited (Traditional, Cap. 486)",
            "url": "https://www.greenest-magic.com/tc/article/privacy",
            "script": "hant/hk",
            "lang": "zh",
            "note": "clean: the operator named in full, PDPO Cap. 486 cited, an English heading 'Cookies', a numbered list of six data classes; no date in the excerpt",
        },
        [],
        [
            (
                "此政策主要說明Greenest Magic(HK) Company Limited (本公司)",
                "the operator's full English name with the defined term (本公司) after it: filled",
            ),
            ("我們會搜集及保存的個人資料包括以下類別:", "a list lead-in whose list follows (L21-26): not an empty enumeration"),
            ("  1. 姓名;", "a one-word list item: a value, not a slot"),
        ],
        [("收集所得個人資料的用途", _CUT + " (a heading whose section the excerpt does not hold)")],
    ),
    "maokongai-zh-en-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans + English app 隐私政策 of 文硕团队 (h5.maokongai.cn); the page's two-column table rendered by the corpus as pipe rows",
            "url": "https://h5.maokongai.cn/policy.html",
            "script": "hans/cn",
            "lang": "zh",
            "form": "plain text with the corpus's pipe-table rendering of an HTML table",
            "note": "clean: dates filled (更新日期 2025-03-01, 生效日期 2025-04-30, 版本 2025年04月版) with English twins; the table header 「| 前言 | Preface |」, its rule row and a lone 「|」 come from the page's table; the operator is a team (文硕团队)",
        },
        [],
        [
            ("版本:2025年04月版", "a version label with its value"),
            ("| 前言 | Preface |", "a table header row (zh | en): not a slot"),
            ("|---|---|", "a table rule row"),
            ("本应用由文硕团队(以下简称“本公司”或“我们”)", "the definition with its name (文硕团队) before it: filled"),
        ],
        [
            ("|", "a lone pipe: the table cell opening before the Chinese column's text (corpus rendering): not scored", "|---|---|"),
            ("(5)您作为个人信息", _CUT),
        ],
    ),
    "puffmonthly-tw-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Taiwan 隱私權政策 of 泡芙月報 (PuffMonthly), adapted from Apple's Traditional-Chinese privacy policy, with Kangxi-radical characters (⽤ ⼈ ⽽ ⾄ ⽅ ⿎ ⾏ ⼾ ⾮) from a PDF copy",
            "url": "http://puffmonthly.com/privacy",
            "script": "hant/tw",
            "lang": "zh",
            "note": "clean of slots: the name 泡芙月報 filled with spaces around it (「泡芙月報 的隱私權政策旨在說明 泡芙月報 如何」, a template's {name} filled), Cloudflare's obfuscated mailbox 「[email protected]」, 生效日期 2022/8/1; the Kangxi radicals are true look-alike characters (a finding on them is true, not scored here)",
        },
        [],
        [
            (
                "泡芙月報 的隱私權政策旨在說明 泡芙月報 如何",
                "the operator's name filled into a template sentence (spaces around it): not a slot",
            ),
            (
                "[email protected] 與我們聯繫。",
                "Cloudflare's e-mail obfuscation as the stored page shows it without JavaScript (the live page shows the real address): not a slot left by the publisher",
            ),
            ("生效日期:2022/8/1", "an effective date with its value"),
        ],
        [("在某些情況下,我們可能無法准許您的要", _CUT)],
    ),
    "youpai-zh-hant-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published 個人信息與隐私保護政策 of 上海日機裝貿易有限公司 (a mainland company; the page served through a script converter that mixes Traditional and Simplified forms and prints pinyin after characters)",
            "url": "https://sh-youpai.com/privacy.html",
            "script": "hant/cn",
            "lang": "zh",
            "note": "every template value is filled but left inside 【】 (版本【1.0】, 【2022】年【04】月【01】日 ×3, 【上海日機裝貿易有限公司】); the converter's pinyin in parentheses after characters (個(gè)人(rén)) and its mixed script (隐, 确, 标, 将, 删 beside 隱-style forms) are page artefacts, not slots",
        },
        [],
        [
            ("版本:【1.0】", _BR),
            ("版本發布時(shí)間:【2022】年【04】月【01】日", _BR),
            ("版本更新時(shí)間:【2022】年【04】月【01】日", _BR),
            ("版本生效時(shí)間:【2022】年【04】月【01】日", _BR),
            ("【上(shàng)海日機裝貿易有限公司】(以(yǐ)下統稱 “我們”)", _BR + " (the company name, with the converter's pinyin inside)"),
        ],
        [("并在(zài)選擇是(shì)否同意向我們提供您的(de)個(gè)人(rén)信", _CUT)],
    ),
    "youxun-zh-json": (
        "dev",
        "payload.json",
        {
            "kind": "published Nuxt Content payload (_payload.json) of 有讯 IM's zh-Hans 隐私政策 (杭州幻月网络科技有限公司): the policy as a JSON array of AST nodes, one line",
            "url": "https://www.youxun-im.com/privacy/_payload.json",
            "script": "hans/cn",
            "lang": "zh",
            "form": "JSON (Nuxt payload, one line)",
            "note": 'clean: title, description, version v1.0, dates 2026-06-03, the operator with its credit code and address are all filled; the definition 「（以下简称"我们"或"本应用"）」 is split across text nodes (「（以下简称\\"」 then a strong node 「我们」), so a text node ends in an opening quote; JSON keys with empty-string values ("_dir": ""); the excerpt stops inside a node ({"typ), which cuts no policy text',
        },
        [],
        [
            (
                "欢迎使用 有讯 IM（以下简称",
                "the definition split across JSON text nodes (its 我们/本应用 in strong nodes that follow): filled, not an empty definition",
            ),
        ],
        [],
    ),
    "vilinko-zh-tsx": (
        "dev",
        "index.tsx",
        {
            "kind": "zh-Hans 隐私政策 of Vilinko Studio as a Qwik TSX route (src/routes/privacy/index.tsx), complete file",
            "url": "https://github.com/VilinkoStudio/lightframe.vilinko.com/blob/700a086bd6e3718155676b5abf478fa02343721d/src/routes/privacy/index.tsx",
            "script": "hans/cn",
            "lang": "zh",
            "form": "TSX (Qwik component, CSS in useStyles$)",
            "source": {
                "repo": "VilinkoStudio/lightframe.vilinko.com",
                "path": "src/routes/privacy/index.tsx",
                "commit": "700a086bd6e3718155676b5abf478fa02343721d",
                "corpus": "git (fetched repository)",
                "license": "no licence file in the repository: all rights reserved; test fixture only",
            },
            "note": "clean: dates 2025 年 8 月 6 日 (spaces between the parts), a mailbox privacy@vilinko.com; the name 「Vilinko Studio」 is wrapped across two source lines, so the line 「Studio（以下简称“我们”）」 starts with the name's second word",
        },
        [],
        [
            (
                "Studio（以下简称“我们”）提供的",
                "the definition's name wrapped from the line before (「欢迎使用 Vilinko」): filled, not a definition with no name",
            ),
            ("<p>初版发布日期：2025 年 8 月 6 日</p>", "a filled date with spaces between its parts"),
            ("<p>邮箱：privacy@vilinko.com</p>", "a filled mailbox"),
        ],
        [],
    ),
    "appify-hk-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published Hong Kong 私隱政策 of Appify (dev.appify.cc, Cap. 486), page opening with the shop's unrendered search widget",
            "url": "https://dev.appify.cc/privacy-policy",
            "script": "hant/hk",
            "lang": "zh",
            "note": "clean policy text; the page's search widget shows its unrendered template bindings ({{goods.goods_name}}, {{renderCostNumber(...)}}) before the title: page chrome rendered by JavaScript on the live page, not the policy's slots; a doubled 「我們」 in the definition (a typo)",
        },
        [],
        [
            (
                "Appify (以下簡稱為「我們」、「我們」、「本公司」或「Appify」)",
                "the definition with its name (a doubled 我們: a typo, not a slot)",
            ),
            ("Appify從你收集所得的個人資料可能會用於以下用途(包括但不限於):", "a list lead-in whose items follow"),
            ("· 直接促銷我們的 服務(詳情見「直接促銷」部份)", "a stray space inside a filled item"),
        ],
        [
            (
                "{{goods.goods_name}}",
                "the shop widget's unrendered binding (page chrome before the policy; the live page fills it with JavaScript): not scored",
            ),
            ("HK$ {{renderCostNumber(goods.goods_price)}}", "the shop widget's unrendered price bindings (page chrome): not scored"),
            ("· 讓你選擇參與我們為你提供的", _CUT),
        ],
    ),
    "horofriend-tw-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published Taiwan 隱私政策 of HoroFriend88 (horofriend88.com, a board-game Q&A site)",
            "url": "https://horofriend88.com/policy",
            "script": "hant/tw",
            "lang": "zh",
            "note": "clean: the site named (horofriend88.com, 以下稱本網站), numbered sections and lists; a line holding two spaces between paragraphs; 「解答...等」 ends an item with an ellipsis; no date in the excerpt",
        },
        [],
        [
            ("本政策適用於您在horofriend88.com(以下稱本網站)", "the definition with its subject (the domain)"),
            ("解答...等", "an ellipsis ending a list of examples ('…and so on'): not a slot"),
            ("但下列狀況則不在本條限制內:", "a list lead-in whose items follow (L26-29)"),
        ],
        [("會員可以隨時登入本網站,增修其主動提供給", _CUT)],
    ),
    "filmnest-tw-jsx": (
        "dev",
        "TermsOfUse.jsx",
        {
            "kind": "Taiwan 募資平台條款說明 (terms of use) of 影巢募資平台 (FilmNest) as a React JSX page: the text in a data array rendered by map()",
            "url": "index:7815292482 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "JSX (React component, terms in a data array)",
            "source": {
                "index_id": "7815292482",
                "corpus": "code index (find_string / read_file)",
                "license": "unknown (repository not named): all rights reserved; test fixture only",
            },
            "note": "batch 2 (found 22:48 after batch 1's run): the contact clause still holds the template's bracketed slots 「[客服信箱]，[客服電話]」; the item's email/tel fields (service@filmnest.com, 01-2345678) are never rendered (the map() shows title and contents only), so the page shows the brackets",
        },
        [
            (
                "請聯繫我們的客服團隊：[客服信箱]，[客服電話]。",
                "two bracketed slots (service mailbox and phone) never replaced in the rendered text",
            ),
        ],
        [
            ('email: "service@filmnest.com",', "a filled mailbox in a data field (not rendered): not a slot"),
            ('{`${index + 1 !== contents.length && "mb-0"}`}', "a JS template literal in a className: code, not a slot"),
            ('title: "八、聯繫方式",', "a section title"),
        ],
        [
            ('tel: "01-2345678",', "a phone field with a sample-looking number (01-2345678) that the page never renders: not scored"),
        ],
    ),
    "peggy-tw-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "Taiwan 使用者服務條款 of Peggy Blog Web (a course-booking site) as a Next.js TSX page, whole file",
            "url": "index:19687329302 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "TSX (Next.js page)",
            "source": {
                "index_id": "19687329302",
                "corpus": "code index (find_string / read_file)",
                "license": "unknown (repository not named): all rights reserved; test fixture only",
            },
            "note": "batch 3 (found 22:51 after batch 2's run): the operator sentence keeps the drafting slot 「本平台係由 [您的公司/團隊名稱]（以下簡稱「我們」）所經營」 while everything else is filled (生效日期 2025 年 12 月 21 日, support@peggyblog.com); it cites the Executive Yuan's model contract 《網際網路教學服務定型化契約範本》 (a real document whose name ends in 範本 'template')",
        },
        [
            (
                "本平台係由 [您的公司/團隊名稱]（以下簡稱「我們」）所經營",
                "the operator's name never filled: the drafting slot 「[您的公司/團隊名稱]」 ('your company / team name')",
            ),
        ],
        [
            ("生效日期：2025 年 12 月 21 日", "a filled date with spaces between its parts"),
            (
                "《網際網路教學服務定型化契約範本》",
                "the official model contract's real title (it ends in 範本): a citation, not a template left in",
            ),
            ("包括但不限於：</p>", "a list lead-in whose list follows"),
            ("Email: support@peggyblog.com", "a filled mailbox"),
            ("<span>|</span>", "a nav separator"),
        ],
        [],
    ),
}
