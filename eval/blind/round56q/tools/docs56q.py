"""Hand annotations of round 56q (helper m56p, Part B: a final blind measure), read by tools/annotate56q.py: each
document read in full before any policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each
entry (text, note[, anchor]).

Seven files never used before, all from the code index (`read_file` by id, written out character for character,
total_chars checked; five are the files of eval/profiles56q/docs).  Two hold unfilled slots (English drafts: a
placeholder policy with a replace-me note, a draft placeholder page).  Held out (drawn before any run,
ref/holdout-draw.txt): zhuanji-zh-jsx, wenpai-zh-tsx."""

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
    "zhuandan-zh-js": (
        "dev",
        "login.js",
        {
            "kind": "zh-Hans 用户协议 + 隐私政策 of 转蛋计分 (a WeChat mini-program card-game scorer) as template literals in the login page's JS",
            "url": "index:51979420506 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "WeChat mini-program page JS (Page({...}) with two template-literal consts)",
            "source": _idx("51979420506", "find_string 「未满14周岁的未成年人」", 5698),
            "note": "clean: undated (「本政策自您首次使用本应用时生效」); no slot",
        },
        [],
        [],
        [],
    ),
    "saif-en-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "English privacy policy of Saif Trading Co (a Hong Kong gemstone trader) as a Next.js page",
            "url": "index:71165602920 (code index; repository not named by the index)",
            "script": "latin",
            "lang": "en",
            "form": "Next.js TSX (a page component)",
            "source": _idx("71165602920", "find_string 'Personal Data (Privacy) Ordinance (Cap. 486)'", 4555),
            "note": "clean: Last updated: October 2026; no slot",
        },
        [],
        [],
        [],
    ),
    "mronj-tw-tsx": (
        "dev",
        "consent.tsx",
        {
            "kind": "Taiwan 知情同意書 of a MRONJ risk-assessment app as a React Native (Expo) screen: <Text> blocks with {'\\n'}",
            "url": "index:10973780185 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "React Native TSX (a screen component)",
            "source": _idx("10973780185", "find_string 「本App蒐集」", 3941),
            "note": "clean: undated consent form; no slot",
        },
        [],
        [],
        [],
    ),
    "placeholder-en-jsx": (
        "dev",
        "PrivacyPolicy.jsx",
        {
            "kind": "English placeholder Privacy Policy page (React JSX) of an app using Firebase Authentication; version and date from a config",
            "url": "index:34433353215 (code index; repository not named by the index)",
            "script": "latin",
            "lang": "en",
            "form": "React JSX (a page component)",
            "source": _idx("34433353215", "find_string 「后续替换为正式隐私政策文本」", 1450),
            "note": "a placeholder: the text calls itself a placeholder and ends with a replace-me note",
        },
        [
            ("This placeholder Privacy Policy explains what data we collect", "the body says it is a placeholder policy"),
            ("(Note: Replace with your real policy text and update version when changing.)", "a replace-me note left in the page"),
        ],
        [
            ("Privacy Policy (v{LEGAL_VERSIONS.privacy})", _RUNTIME),
            ("Last Updated: {LEGALS.lastUpdated}", _RUNTIME),
        ],
        [
            ("// Simple placeholder Privacy page", "a code comment (not shown) saying the page is a placeholder"),
        ],
    ),
    "mochi-en-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "English draft Privacy Policy page of the Mochi platform (Next.js TSX)",
            "url": "index:46578029652 (code index; repository not named by the index)",
            "script": "latin",
            "lang": "en",
            "form": "Next.js TSX (a page component)",
            "source": _idx("46578029652", "find_string 'Mochi – Privacy Policy (Draft)'", 1168),
            "note": "a draft placeholder page: the final policy is promised before launch; undated",
        },
        [
            ("This Privacy Policy page is a draft placeholder for the Mochi platform.", "the body says it is a draft placeholder"),
            ("Draft copy only — updated policy will be published before launch.", "a draft notice: the policy is still to come"),
        ],
        [],
        [
            ("title: 'Mochi – Privacy Policy (Draft)',", "the metadata title marks the page a draft"),
            (">Draft</span>", "a 'Draft' chip beside the heading"),
            ("and will be reviewed by legal counsel.", "the rest of the placeholder sentence (line 15)"),
        ],
    ),
    "chumian-zh-dart": (
        "dev",
        "privacy_policy_page.dart",
        {
            "kind": "zh-Hans 隐私政策 of 初眠AI (an AI chat app) as a Flutter page: _buildSection(title, '…') calls, one source line a section (second wave)",
            "url": "index:66617048498 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Flutter Dart (a StatelessWidget)",
            "source": _idx("66617048498", "find_string 「未满14周岁的未成年人」", 8543),
            "note": "one slot: 客服QQ：800-XXXX-XXXX (an unfilled number); dated 更新日期/生效日期：2026年9月1日",
        },
        [
            ("客服QQ：800-XXXX-XXXX", "an unfilled contact number (XXXX)"),
        ],
        [],
        [],
    ),
    "unimatch-en-jsx": (
        "dev",
        "Privacy.jsx",
        {
            "kind": "English privacy policy of Unimatch (a Hong Kong dating app) as a React JSX page (third wave)",
            "url": "index:9043364593 (code index; repository not named by the index)",
            "script": "latin",
            "lang": "en",
            "form": "React JSX (a page component)",
            "source": _idx("9043364593", "find_string 'Personal Data (Privacy) Ordinance (Cap. 486)'", 8406),
            "note": "clean: Effective date: November 06, 2025; no slot",
        },
        [],
        [],
        [],
    ),
    "course-tw-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "Taiwan 隱私權政策 of an online-course site as a Next.js page; neither the service nor the company named; e-mail a const (fourth wave)",
            "url": "index:70983417592 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Next.js TSX (a page component)",
            "source": _idx("70983417592", "find_string 「請求製給複製本」", 8618),
            "note": "no slot marker; the controller is 「本公司」 with no name (ambiguous: a template gap or a deliberate omission); dated 2025 年 6 月 1 日",
        },
        [],
        [
            ("{CONTACT_EMAIL}</a>", _RUNTIME),
        ],
        [
            ("本隱私權政策說明本服務（以下簡稱「我們」）", "the service is never named"),
            ("本服務之資料控制者為本公司（以下統稱「我們」）", "the controller 本公司 is never named"),
        ],
    ),
    "zhuanji-zh-jsx": (
        "holdout",
        "Privacy.jsx",
        {
            "kind": "zh-Hans 隐私政策 of a biography-keeping service as a React JSX page",
            "url": "index:5010895415 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "React JSX (a page component)",
            "source": _idx("5010895415", "find_string 「未满14周岁的未成年人」", 3024),
            "note": "clean: undated; no slot (a JSX comment about features not yet offered)",
        },
        [],
        [],
        [
            ("{/* 当前不提供付费“永恒计划”与AI生物识别类服务", "a JSX comment (not shown): features not offered yet"),
        ],
    ),
    "wenpai-zh-tsx": (
        "holdout",
        "PrivacyPage.tsx",
        {
            "kind": "zh-Hans 隐私政策 of 文派 (an AI content-adaptation platform) as a React page of shadcn <Card> blocks",
            "url": "index:38468973 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "React TSX (a page component)",
            "source": _idx("38468973", 'find_string 「（以下简称"我们"）」', 6388),
            "note": "clean: 最后更新：2024年12月19日; no slot",
        },
        [],
        [],
        [],
    ),
}
