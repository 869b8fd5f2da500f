"""Hand annotations of round 54q (helper m54q), read by tools/annotate54q.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Six files never used before (the sixth, yinping-zh-tsx, added to dev after the first run of the five and annotated before its own run), all from the code index (`read_file` by id, written out character for character,
total_chars checked; the same files as eval/profiles54q/docs).  None holds an unfilled slot: the round measures
precision (no false error, no false placeholder finding) on look-alikes — run-time interpolations ({appName},
{company}, {$company}, {EFFECTIVE_DATE}), filled values kept in template brackets (【 2020年1月8日 】, 【1】年),
bracketed permission labels and an in-app path (【 我】-【反馈】).  Held out (drawn before any run,
ref/holdout-draw.txt): linkchest-en-md, powerchi-tw-php."""

_IDX = "unknown (repository not named by the index): all rights reserved; test fixture only"


def _idx(index_id: str, how: str, chars: int) -> dict:
    return {
        "repo": None,
        "path": None,
        "commit": None,
        "index_id": index_id,
        "corpus": f"code index ({how} / read_file, total_chars {chars:,})",
        "license": _IDX,
    }


_RUNTIME = "a run-time interpolation filled by the code (not a slot left by the drafter)"
_LABEL = "a permission's label in 【】 followed by its description: a heading, not a slot"

DOCS = {
    "vigame-zh-jsx": (
        "dev",
        "index.jsx",
        {
            "kind": "zh-Hans app 隐私政策 (vigame, wtxjkf@vigamemedia.com) as a React page component: text between <br /> lines, a 50-row SDK table; the operator and the app name are run-time JSX expressions {company} {appName}",
            "url": "index:8029616102 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "React JSX (a function component returning the policy as JSX)",
            "source": _idx("8029616102", "find_string 「拒绝提供仅会使您无法使用」", 28718),
            "note": "clean: dated in brackets 【 2020年1月8日 】 / 【 2023年11月6日 】, 保存网络日志【1】年 (a filled value left in the template's brackets), 【邮箱号：… 】 filled; no slot",
        },
        [],
        [
            ("<b>{appName}-隐私协议</b>", _RUNTIME),
            ("发布时间：【 2020年1月8日 】", "a filled date kept in the template's 【】"),
            ("更新时间：【 2023年11月6日 】", "a filled date kept in the template's 【】"),
            ("欢迎您使用{appName}！本产品由{company}", _RUNTIME),
            ("个人敏感信息（*）", "the mark the policy says it uses for sensitive data, in brackets: not a slot"),
            ("【获取相机与相册权限】", _LABEL),
            ("【获取存储权限】", _LABEL),
            ("【获取位置信息】", _LABEL),
            ("【基于网络的大概位置】", _LABEL),
            ("保存网络日志【1】年", "a filled number kept in the template's 【】 (one year)"),
            ("中获取联系邮箱， 向我们 发送邮件进行查询", "an in-app path 【 我】-【反馈】 (menu names), not a slot"),
            ("3. 投诉、举报：在 【 我】-【反馈】", "an in-app path, not a slot"),
            ("【邮箱号：", "a filled e-mail label in 【】 (the address on the next line, the bracket closed there)"),
        ],
        [],
    ),
    "oneppt-bil-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "bilingual (zh-Hans + English) 隐私政策 / Privacy Policy of One PPT (oneppt.com, an AI slide generator; data in mainland China and overseas) as a Next.js page, one <section> per locale",
            "url": "index:59733299042 (code index; repository not named by the index)",
            "script": "hans/cn+latin",
            "lang": "zh+en",
            "form": "TSX (a Next.js client page; a Section helper component)",
            "source": _idx("59733299042", "find_string 'stored on servers located in mainland China'", 11570),
            "note": 'clean: the date is a const (EFFECTIVE_DATE = "2026-05-27") shown as {EFFECTIVE_DATE}; support@oneppt.com filled',
        },
        [],
        [
            ("生效日期：{EFFECTIVE_DATE}", _RUNTIME + " (the const on line 8)"),
            ("Effective Date: {EFFECTIVE_DATE}", _RUNTIME + " (the const on line 8)"),
        ],
        [],
    ),
    "changhong-tw-jsx": (
        "dev",
        "Footer.jsx",
        {
            "kind": "Traditional-Chinese (Taiwan) 昌鴻國際建設 個人資料保護政策暨隱私權聲明 in a React modal of a housing project's footer (詠翠), with a booking form",
            "url": "index:8981314932 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "React JSX (a footer component; the notice in a modal, one <div> a paragraph)",
            "source": _idx("8981314932", "find_string 「蒐集之個人資料類別」", 10495),
            "note": "clean: no date; the form's input placeholders (姓名, 聯絡電話, 電子信箱) are HTML attributes",
        },
        [],
        [
            ('placeholder="姓名"', "an input's placeholder attribute: a form field's hint, not a slot in the text"),
            ('placeholder="電子信箱"', "an input's placeholder attribute"),
        ],
        [],
    ),
    "yinping-zh-tsx": (
        "dev",
        "Agreement.tsx",
        {
            "kind": "zh-Hans 音瓶用户服务协议 + 音瓶隐私政策 of a music app as a React TSX page: two objects of sections, each section's text a template literal with \\n escapes; the page shows one by a query parameter",
            "url": "index:57844790057 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "TSX (a React Router page; the texts in const objects, rendered by {data.title} / {section.content})",
            "source": _idx("57844790057", "find_string 「我们仅在本政策所述目的所必需的期间」", 5220),
            "note": "clean: dated (updated: '2026年6月10日'), no company, contact in-app only (设置-意见反馈); added after the first run of the five, annotated before its own run",
        },
        [],
        [
            ("{data.title}", _RUNTIME),
            ("更新日期：{data.updated}", _RUNTIME + " (the objects' updated field, 2026年6月10日)"),
        ],
        [],
    ),
    "linkchest-en-md": (
        "holdout",
        "PRIVACY_POLICY.md",
        {
            "kind": "English Privacy Policy of the LinkChest (链藏) app of 深圳市链记信息技术有限责任公司 (Shenzhen Linkji Information Technology Co., Ltd.) as Markdown, an SDK disclosure list",
            "url": "index:55052668250 (code index; repository not named by the index)",
            "script": "latin",
            "lang": "en",
            "form": "Markdown",
            "source": _idx("55052668250", "find_string 'stored on servers located in mainland China'", 14907),
            "note": "clean: dated (June 22, 2026), the company and support@linkchest.net named",
        },
        [],
        [],
        [],
    ),
    "powerchi-tw-php": (
        "holdout",
        "LegalPageSeeder.php",
        {
            "kind": "Traditional-Chinese (Taiwan) 隱私權政策, 服務條款, Cookie 政策 and 免責聲明 of powerchi.com.tw as four PHP heredocs of a Laravel seeder; the company is {$company} = config('app.name', 'MH STUDIO')",
            "url": "index:52456143428 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "PHP (a Laravel database seeder; HTML in heredocs with {$var} interpolations)",
            "source": _idx("52456143428", "find_string 「蒐集之個人資料類別」", 11298),
            "note": "clean: 生效日期：{$year} 年 3 月 15 日 (the year interpolated), e-mail bryantchi.work@gmail.com filled",
        },
        [],
        [
            ("config('app.name', 'MH STUDIO')", "the company's name read from the app config with its default: code, not a slot"),
            ("<p>生效日期：{$year} 年 3 月 15 日", _RUNTIME),
            ("<p>{$company}（以下簡稱「本公司」）依據中華民國《個人資料保護法》", _RUNTIME),
            ("{$company} 客戶服務部", _RUNTIME),
        ],
        [],
    ),
}
