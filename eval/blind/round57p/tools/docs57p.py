"""Hand annotations of round 57p (helper m57p), read by tools/annotate57p.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Six files never used before, all from the code index (`read_file` by id, written out character for character,
total_chars checked), the same files as eval/profiles57p/docs.  No draft with unfilled slots was found unused in the
time (every candidate found — DSH Cloud, ClipWorks, jinbuju, TalkFirst, career-test, 生词本, kinit — was already in
eval/): all six are clean documents, so this round measures precision (false errors on clean text) and look-alikes.
Held out (drawn before any run, ../../profiles57p/ref/holdout-draw.txt, the same draw): testament-tw-jsx, bugbear-en-tsx."""

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
_ATTR = "an HTML input's placeholder attribute (a form hint, not a slot)"

DOCS = {
    "neko-zh-kt": (
        "dev",
        "PrivacyPolicyScreen.kt",
        {
            "kind": "zh-Hans Neko歌姬计划隐私政策 as an Android Jetpack Compose screen (Kotlin string literals in listOf)",
            "url": "index:54602853011 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Kotlin (Jetpack Compose)",
            "source": _idx("54602853011", "find_string 「我们在中华人民共和国境内收集和产生的个人信息」", 14801),
            "note": "clean: 发布日期/更新日期/生效日期 2026 年 6 月; no slot",
        },
        [],
        [],
        [],
    ),
    "youdeyiwu-zh-dart": (
        "dev",
        "privacy.dart",
        {
            "kind": "zh-Hans 隐私政策 of youdeyiwu_app as a Flutter page (Dart Text literals); the app name is $appName from .env",
            "url": "index:1307409954 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Dart (Flutter widgets)",
            "source": _idx("1307409954", "find_string 「我们在中华人民共和国境内收集和产生的个人信息」", 10877),
            "note": "clean (no operator, no contact, no date: gaps, not slots); $appName is a Dart interpolation",
        },
        [],
        [
            ("您在使用$appName时", _RUNTIME),
            ("在您终止使用$appName后", _RUNTIME),
            ("通过$appName接入的第三方服务", _RUNTIME),
            ("此外，$appName部分服务", _RUNTIME),
            ("1. $appName服务适用本政策", _RUNTIME),
        ],
        [],
    ),
    "yisuan-zh-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "zh-Hans 易算平台 隐私政策 as a Next.js page (framer-motion cards)",
            "url": "index:55312124522 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Next.js TSX (a page component)",
            "source": _idx("55312124522", "find_string 「我们在中华人民共和国境内收集和产生的个人信息」", 8374),
            "note": "clean: 更新日期：2025年1月1日; 【联系我们】 names a page of the site (a UI label in lenticular brackets), not a slot",
        },
        [],
        [
            ("请通过【联系我们】页面列明的方式", "【联系我们】 is the name of the site's contact page in lenticular brackets, not a slot"),
        ],
        [],
    ),
    "wangzhongyu-tw-vue": (
        "dev",
        "donate_basicinformation.vue",
        {
            "kind": "Taiwan 隱私權聲明同意書 of 網中愚 inside a Vue 3 donation form (<P> of <br>-separated lines)",
            "url": "index:46375590219 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Vue SFC (template + script)",
            "source": _idx("46375590219", "find_string 「個人資料利用之期間、地區、對象及方式」", 15935),
            "note": "clean text with filler-looking contacts: (02)9876-5432 and a gmail address (ambiguous); form hints in placeholder attributes",
        },
        [],
        [
            ('placeholder="郵遞區號" class="PostalCode"> -->', _ATTR),
            ('placeholder="郵遞區號" />', _ATTR),
            ('placeholder="請選擇縣市"', _ATTR),
            ('placeholder="通訊地址"', _ATTR),
            ("您本次的捐款金額為: ${this.cookie}元", _RUNTIME),
        ],
        [
            ("電話：(02)9876-5432", "a descending-digit number, likely a filler left by the drafter (or a student project's fake contact): ambiguous"),
            ("主辦單位／承辦單位", "a generic consent form's roles left in (主辦單位／承辦單位 for 網中愚): a template's alternative, ambiguous"),
        ],
    ),
    "testament-tw-jsx": (
        "holdout",
        "AgreementPage.jsx",
        {
            "kind": "Taiwan 個人資料蒐集聲明及授權同意書 of 遺囑管家 as a React class component",
            "url": "index:12347323512 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "React JSX (a class component)",
            "source": _idx("12347323512", "find_string 「您得行使之權利及方式」", 3250),
            "note": "clean (the collector is only 本公司: a gap, ambiguous as a slot)",
        },
        [],
        [],
        [
            ("一、蒐集單位：本公司", "the collector given only as 本公司: a template's generic word where a name belongs (ambiguous)"),
        ],
    ),
    "bugbear-en-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "English 'GDPR Compliance' page of Bugbear as a Next.js page",
            "url": "index:13051818298 (code index; repository not named by the index)",
            "script": "latin/en",
            "lang": "en",
            "form": "Next.js TSX (a page component)",
            "source": _idx("13051818298", "find_string 'right to lodge a complaint with a supervisory'", 4665),
            "note": "clean: Last updated: January 2025; no slot",
        },
        [],
        [],
        [],
    ),
}
