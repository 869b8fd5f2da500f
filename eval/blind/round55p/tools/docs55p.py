"""Hand annotations of round 55p (helper m55p), read by tools/annotate55p.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Seven files never used before, all from the code index (`read_file` by id, written out character for character,
total_chars checked; six are the files of eval/profiles55p/docs, maohai-tw-tsx is this round's only).  None holds an
unfilled slot: the round measures precision (no false error, no false warning, no false placeholder finding) on clean
real policies in code — run-time interpolations (${LAST_UPDATED}, ${SUPPORT_EMAIL}, ${CONTACT_EMAIL}, {UPDATED_AT},
{contact.phone}, {lastUpdated}, {{ line }}).  Held out (drawn before any run, ref/holdout-draw.txt): boraq-en-jsx,
buyile-tw-vue."""

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

DOCS = {
    "tomo-tw-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "Taiwan 隱私權政策與個資蒐集告知 of Tomo (a tutor-matching site) as a Next.js page: <Section title=…> blocks, the date and e-mail are consts",
            "url": "index:69727887169 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Next.js TSX (a page component)",
            "source": _idx("69727887169", "find_string 「個人資料之蒐集目的」", 5761),
            "note": 'clean: dated by a const (最後更新：{UPDATED_AT}, UPDATED_AT = "2026-07-05"); no slot',
        },
        [],
        [
            ("最後更新：{UPDATED_AT}", _RUNTIME),
            ("{CONTACT_EMAIL}", _RUNTIME, "個資聯絡窗口"),
        ],
        [],
    ),
    "xinsheng-zh-dart": (
        "dev",
        "privacy_screen.dart",
        {
            "kind": "zh-Hans 隐私政策 of the 「心声」 app as a Flutter screen: Text('…') literals with \\n escapes",
            "url": "index:53981741582 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Flutter Dart (a StatelessWidget)",
            "source": _idx("53981741582", "find_string 「我们会在您注销账号后」", 4165),
            "note": "clean: dated 最后更新日期：2025年1月 (a month, no day); no slot",
        },
        [],
        [],
        [],
    ),
    "photospeak-bil-ts": (
        "dev",
        "legal.ts",
        {
            "kind": "zh-Hans + English PhotoSpeak policy as HTML inside a TypeScript template literal (a backend module serving the page)",
            "url": "index:60995300303 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "TypeScript with HTML in a template literal",
            "source": _idx("60995300303", "find_string 'servers located in the People's Republic of China'", 7109),
            "note": "clean: dated 最后更新：${LAST_UPDATED} (const '2026-05-05'); e-mail ${SUPPORT_EMAIL}; no slot",
        },
        [],
        [
            ("最后更新：${LAST_UPDATED}", _RUNTIME),
            ('请发邮件至 <a href="mailto:${SUPPORT_EMAIL}">${SUPPORT_EMAIL}</a>', _RUNTIME),
            ('如有任何疑问，请联系：<a href="mailto:${SUPPORT_EMAIL}">', _RUNTIME),
            ("Last updated: ${LAST_UPDATED}", _RUNTIME),
            ('For other queries email <a href="mailto:${SUPPORT_EMAIL}">', _RUNTIME),
            ('For any questions email <a href="mailto:${SUPPORT_EMAIL}">', _RUNTIME),
            ("<title>${escapeHtml(title)}</title>", _RUNTIME),
            ("${body}", _RUNTIME),
        ],
        [],
    ),
    "trisage-en-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "English privacy policy of Trisage Marketing Pvt Ltd (Noida, India) as a Next.js page",
            "url": "index:55897180855 (code index; repository not named by the index)",
            "script": "latn",
            "lang": "en",
            "form": "Next.js TSX (a page component)",
            "source": _idx("55897180855", "find_string 'you may contact our Data Protection Officer'", 5205),
            "note": "clean: dated 'Last updated: June 11, 2026'; no slot",
        },
        [],
        [],
        [],
    ),
    "maohai-tw-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "Taiwan 隱私權政策 of 毛孩呼吸 (pet oxygen-machine rental) as a Next.js page; the contact details are run-time fields",
            "url": "index:59848712127 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Next.js TSX (an async page component)",
            "source": _idx("59848712127", "find_string 「本隱私權政策適用於」", 2207),
            "note": "clean: dated 最後更新日期：2026 年 8 月 17 日; contact {contact.phone} etc. filled at run time; no slot",
        },
        [],
        [
            ("電話：{contact.phone}｜LINE：{contact.line}｜Email：{contact.email}", _RUNTIME),
        ],
        [],
    ),
    "boraq-en-jsx": (
        "holdout",
        "LegalPrivacy.jsx",
        {
            "kind": "English privacy policy of Boraq (boraq.io) as React JSX: the body is the children of a layout component, the date a prop",
            "url": "index:52705162691 (code index; repository not named by the index)",
            "script": "latn",
            "lang": "en",
            "form": "React JSX (a layout component and a page)",
            "source": _idx("52705162691", "find_string 'you may contact our Data Protection Officer'", 3506),
            "note": "clean: dated by a prop lastUpdated=\"October 1, 2026\" shown as 'Last Updated: {lastUpdated}'; no slot",
        },
        [],
        [
            ("{title}", _RUNTIME),
            ("Last Updated: {lastUpdated}", _RUNTIME),
            ("{children}", _RUNTIME),
        ],
        [],
    ),
    "buyile-tw-vue": (
        "holdout",
        "PrivacyView.vue",
        {
            "kind": "Taiwan 隱私權政策 of 補亦樂乎 (a cram-school review site) as a Vue SFC: seven sections in a const array of template literals, rendered by v-for",
            "url": "index:60699081394 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Vue single-file component (script setup + template)",
            "source": _idx("60699081394", "find_string 「本隱私權政策適用於」", 4154),
            "note": "clean: dated 最後更新：2026 年 7 月 31 日; the e-mail is ${CONTACT_EMAIL} (an imported const); no slot",
        },
        [],
        [
            ("請以 Email 聯絡：${CONTACT_EMAIL}", _RUNTIME),
            ("請來信 ${CONTACT_EMAIL}", _RUNTIME),
            ("Email：${CONTACT_EMAIL}", _RUNTIME),
            ("{{ sec.title }}", _RUNTIME),
            ("{{ line }}", _RUNTIME),
        ],
        [],
    ),
    "gofish-zh-kt": (
        "dev",
        "PrivacyDialog.kt",
        {
            "kind": "zh-Hans GoFish (爆护) consent dialog, 用户协议 and 隐私政策 in a Jetpack Compose file (buildAnnotatedString appends; Kotlin raw strings); added after the first run (second wave), annotated before its own run",
            "url": "index:66752253448 (code index; yangcy/gofish per its own GitHub line)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Kotlin (Jetpack Compose) with raw-string documents",
            "source": _idx("66752253448", "find_string 「我们将严格遵守《中华人民共和国个人信息保护法》」", 10261),
            "note": "clean: dated 版本更新日期：2026年7月13日; filled values kept in 【】 (the template's brackets around the filled purposes and data); no slot; one real slip 「在地图 or 日记列表中」 (English 'or' in the Chinese text)",
        },
        [],
        [
            ("【首部提示】", "a bracketed section label (首部提示 = the opening notice), not a slot"),
            (
                "为了实现【钓点精准标记、周边导航及针对性的气象实战建议】",
                "filled values kept in 【】: the purpose and the data are written in",
            ),
            ("我们会收集您的【设备序列号、Android ID、OAID】", "a filled value kept in 【】"),
            ("为了将您拍摄的【渔获图片】、记录的【文字心得】及【坐标点】", "filled values kept in 【】"),
        ],
        [],
    ),
}
