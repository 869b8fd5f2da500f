"""Hand annotations of round 53q (helper m53q), read by tools/annotate53q.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Five whole files of the code index (`read_file` by id, total_chars checked), never used before (README: how they were
found).  Four of them are also the documents of eval/profiles53q; the held-out document (dimsum-zh-tsx) is the one
drawn there (random.Random(53), before any run), and it happens to hold the set's only slot line."""

_IDX = "unknown (repository not named by the index): all rights reserved; test fixture only"


def _src(index_id: str, how: str, chars: int) -> dict:
    return {
        "index_id": index_id,
        "corpus": f"code index ({how} / read_file, total_chars {chars:,})",
        "license": _IDX,
    }


DOCS = {
    "chatgenius-en-md": (
        "dev",
        "PRIVACY.md",
        {
            "kind": "English privacy policy (Markdown) of the ChatGenius AI browser extension, a Chinese team's product (servers in China, Alipay / WeChat Pay, a QQ group)",
            "url": "index:57163805002 (code index; repository not named by the index)",
            "script": "latin",
            "lang": "en",
            "form": "Markdown",
            "source": _src("57163805002", "find_string 'Personal Information Protection Law of China'", 7945),
            "note": "clean: dates filled (2026-07-03), a data table, the controller named as ChatGenius AI Team with an e-mail; the 'Feedback Email' label is followed by an instruction (use the contact form), not an address",
        },
        [],
        [
            ("**Last Updated:** 2026-07-03", "a filled date"),
            (
                "- **After-sales QQ Group:** See the bottom of the Extension's settings page",
                "a pointer to where the group number is shown: filled",
            ),
            (
                "- **Feedback Email:** Please submit via the contact form on the official website",
                "a label whose value is an instruction (use the website's form), not an empty field",
            ),
            ("ChatGenius AI Team  ", "the controller named"),
        ],
        [],
    ),
    "ecnet-tw-jsx": (
        "dev",
        "privacy-policy.js",
        {
            "kind": "Traditional-Chinese (Taiwan) 使用條款與隱私政策 of a site (ecnetworker.com) as a Gatsby React page (JSX)",
            "url": "index:62428096279 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "JSX (Gatsby page component)",
            "source": _src("62428096279", "find_string 「蒐集、處理及利用個人資料告知事項」", 5135),
            "note": "clean body (the common Taiwanese 隱私權保護政策 frame with the site's own e-mail and phone); the page's <Helmet> meta tags keep a starter template's values ('description for index' / 'Sample for index'), never shown as page text",
        },
        [],
        [
            ("來信(support@ecnetworker.com)或來電(02-23970257)", "a filled e-mail and phone in parentheses"),
            ("您的姓名(無需全名，簡稱、暱稱亦可)", "a parenthesised remark, not a field"),
        ],
        [
            (
                "{ name: 'description for index', content: 'Sample for index' },",
                "a starter template's meta description left unfilled ('Sample for index'), in a <Helmet> meta tag a reader never sees: not scored either way",
            ),
        ],
    ),
    "jixintong-zh-vue": (
        "dev",
        "login.vue",
        {
            "kind": "zh-Hans 用户隐私保密协议 of 中国移动通信集团贵州有限公司's 集信通消息监控先审后发平台, in an el-dialog of a Vue 2 login page (one <p>, sections separated by <br>)",
            "url": "index:46966862080 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue single-file component (Element UI dialog; the policy one <p> with <br> line breaks)",
            "source": _src("46966862080", "find_string 「我们如何处理未成年人的个人信息」", 19806),
            "note": "clean: dates filled (2023年06月20日), company, address, e-mail and phones filled; Vue bindings {{pageInfo.ip}} in the footer; two commented-out test credentials in the script",
        },
        [],
        [
            ("<p>更新日期：2023年06月20日</p>", "a filled date"),
            ("您正在使用{{pageInfo.ipType}}访问，您当前的IP地址是{{pageInfo.ip}}", "Vue bindings filled at render: not slots"),
            ('placeholder="用户名"', "an input's placeholder attribute (a form hint), not a slot in the text"),
            ("（姓名：吴坤全，电话：15186997171）", "a filled contact person and phone"),
            ("公司名称：中国移动通信集团贵州有限公司", "a filled label"),
        ],
        [],
    ),
    "xiangting-java": (
        "dev",
        "LoginAgrementView.java",
        {
            "kind": "zh-Hans 用户协议 and the start of a 隐私政策 of the 享听 app, as Java string literals (\\n-joined) passed to a dialog in an Android view class",
            "url": "index:36514043111 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Java source (string literals concatenated with +, \\n escapes)",
            "source": _src("36514043111", "find_string 「我们如何处理未成年人的个人信息」", 8264),
            "note": "a copy of 丁香医生's policy with the names swapped for 享听 but the template's 【】 brackets kept around the filled values (【杭州享听健康管理有限公司】, 【享听医生网站（www.dxy.com）】, the copied template's domain left); the policy text is cut off by its author after section 一(一) 7; 【如何联系我们】 and 【联系客服】 name a section and a button",
        },
        [],
        [
            (
                "可通过本隐私政策第八章节【如何联系我们】或者享听 APP 中的【联系客服】向我们进行反馈",
                "a section title and a button label in 【】: references, not slots",
            ),
            ('"用户协议\\n" +', "the agreement's title as a string literal"),
        ],
        [
            (
                "享听平台 是指由 【杭州享听健康管理有限公司】及其关联公司 享有所有权和/或运营权的【享听医生网站（www.dxy.com）】以及移动应用【享听医生 APP】/【享听医生小程序】等平台的统称",
                "filled values kept inside the template's 【】 (round50e's class: a filled value in drafting brackets; the website's domain is the copied template's): not scored either way",
            ),
        ],
    ),
    "growhub-hk-ts": (
        "dev",
        "i18n.ts",
        {
            "kind": "Hong Kong 私隱政策 (zh-hk) with its English and Japanese editions in a TypeScript i18n dictionary of GrowHub Limited's site (heading + text pairs, \\n escapes); added after the first run of the other five, annotated before its own run",
            "url": "index:56123187444 (code index; repository not named by the index)",
            "script": "hant/hk",
            "lang": "zh",
            "form": "TypeScript (an i18n dictionary of string literals)",
            "source": _src("56123187444", "find_string 「閣下的個人資料」", 35118),
            "note": "clean: company, address and dates filled; form labels (姓名, 公司名稱（可選）, 電子郵箱) and their error messages are UI strings, not slots",
        },
        [],
        [
            ("company: '公司名稱（可選）',", "a form field label (optional company name), not a slot"),
            ("email: '電子郵箱',", "a form field label"),
            ("{ value: 'HK$0', label: '初期費用原型開發' },", "a price figure"),
            ("name: 'GrowHub 香港有限公司',", "the company named"),
        ],
        [],
    ),
    "moneysaver-tw-tsx": (
        "dev",
        "PrivacyPolicy.tsx",
        {
            "kind": "Traditional-Chinese (Taiwan) 隱私權政策 of the Money Saver deals site as a React TSX component; added after the first run of the other six, annotated before its own run",
            "url": "index:45194169775 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "TSX (React component, Tailwind)",
            "source": _src("45194169775", "find_string 「本隱私權政策說明」", 9570),
            "note": "clean: dates filled (2025年12月18日), version 1.0, e-mail filled; 「聯絡我們」 named as a page, not a slot",
        },
        [],
        [
            ("<strong>生效日期：</strong>2025年12月18日<br />", "a filled date after its label"),
            ("版本：1.0", "a version label with its value"),
            ("<strong>聯絡表單：</strong>請前往「聯絡我們」頁面", "a pointer to the contact page: filled"),
        ],
        [],
    ),
    "complianceforge-py": (
        "dev",
        "index.py",
        {
            "kind": "zh-Hans 隐私政策 template (and a DPIA report template) as Python f-strings in a compliance-document generator (a Flask app: the LLM's fallback); found after the first run of the others, annotated before its own run",
            "url": "index:52789157347 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Python source (f-string templates in Markdown, an HTML page string)",
            "source": _src("52789157347", "find_string 「我们如何存储和保护您的个人信息」", 12395),
            "note": "the generated policy keeps literal slots the code never fills — [privacy@example.com], [400-XXX-XXXX] (twice each), [公司地址], and the DPIA's signature rows [姓名] ×3 — while {company}, {app_name}, {data_types}, {purposes}, {retention} and the dates are f-string fields filled from the form",
        },
        [
            (
                "| 个人信息保护负责人 | [姓名] |",
                "the DPIA signature table's name cell left as 「[姓名]」 (the report is generated with it)",
            ),
            ("| 技术安全负责人 | [姓名] |", "as above"),
            ("| 法务负责人 | [姓名] |", "as above"),
            ("- 邮箱：[privacy@example.com]", "the rights' e-mail left as an example address in brackets"),
            ("- 电话：[400-XXX-XXXX]", "the phone left as 400-XXX-XXXX in brackets"),
            ("- **联系邮箱：** [privacy@example.com]", "the contact e-mail left as an example address in brackets"),
            ("- **联系电话：** [400-XXX-XXXX]", "the contact phone left as 400-XXX-XXXX"),
            ("- **联系地址：** [公司地址]", "the address left as the slot 「[公司地址]」"),
        ],
        [
            ("**评估机构：** {company}", "an f-string field filled from the form (company_name is required): not a slot"),
            ("- **处理的个人信息类型：** {data_types}", "an f-string field filled from the form"),
            ("| 核心服务 | {data_types} | {purposes} |", "f-string fields filled from the form"),
            ('{company}（以下简称"我们"）深知个人信息对您的重要性', "the operator as an f-string field filled from the form"),
            ('**生效日期：{datetime.now().strftime("%Y年%m月%d日")}**', "a date filled at generation"),
            ("您的个人信息保存期限为{retention}", "an f-string field (default 服务期间及服务终止后3年)"),
            ("- **公司名称：** {company}", "an f-string field filled from the form"),
            ("- [x] 数据传输加密（TLS 1.2+）", "a Markdown checked task item, not a blank"),
            ('<input name="company_name" placeholder="例：北京某某科技有限公司" required>', "a form field's placeholder hint"),
            ("应用名称：{app_name}", "the LLM prompt's f-string field"),
        ],
        [],
    ),
    "ewangshenghuo-taro": (
        "dev",
        "index.jsx",
        {
            "kind": "zh-Hans 《E网生活隐私政策》 (北京壹网生活技术有限公司) as a Taro class component, one <Text> per paragraph (file name assumed: the index names no path); found after the first run of the others, annotated before its own run",
            "url": "index:3897494001 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "JSX (Taro 2 class component)",
            "source": _src("3897494001", "find_string 「如您对本隐私政策有任何疑问」", 27581),
            "note": "one slot: the intro's mailbox 「您可以发送邮件至XX咨询」 never filled (the contact section, 十、如何联系我们, gives postmaster@ecome.com); the same policy was met by profiles14's author and not taken (its repository unknown), so it is in no set",
        },
        [
            ("您可以发送邮件至XX咨询", "the intro's e-mail left as 「XX」 (filled in section 十 as postmaster@ecome.com)"),
        ],
        [
            ("【特别提示】请您仔细阅读我们的《E网生活隐私政策》", "a bracketed notice label, not a slot"),
            ("（一）帮助您成为我们的注册\\登录用户", "a backslash for a slash in 注册\\登录, not a blank"),
            ("发邮件至postmaster@ecome.com，我们会有专门的人员进行回复反馈。", "a filled e-mail"),
        ],
        [],
    ),
    "dimsum-zh-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "zh-Hans 网站隐私政策 of Dim Sum AI Lab (aidimsum.com, a Cantonese-AI lab) as a Next.js client page (TSX)",
            "url": "index:9902355578 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "TSX (Next.js page component)",
            "source": _src("9902355578", "find_string 「我们如何处理未成年人的个人信息」", 12986),
            "note": "one slot: the way to exercise the rights left as the drafting instruction 【请说明用户行使权利的具体途径，例如：账户设置页面、联系邮箱等】 (the contact section below does give privacy@aidimsum.com); everything else filled",
        },
        [
            (
                "您可以通过【请说明用户行使权利的具体途径，例如：账户设置页面、联系邮箱等】来行使您的权利。",
                "the way to exercise the rights never filled: a drafting instruction inside 【】",
            ),
        ],
        [
            ("(下称&quot;本实验室&quot;、&quot;我们&quot;或&quot;平台&quot;)", "defined terms in HTML-entity quotes"),
            ("<li>联系邮箱：privacy@aidimsum.com</li>", "a filled e-mail"),
            ("《中华人民共和国个人信息保护法》第四十七条）", "a statute cited in 《》"),
        ],
        [],
    ),
}
