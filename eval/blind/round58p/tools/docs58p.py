"""Hand annotations of round 58p (helper m58p), read by tools/annotate58p.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Six files never used before, all from the code index (`read_file` by id, written out character for character,
total_chars checked).  Three are drafts with slots or dummy contacts (hebei-zh-tsx: two 【请平台运营方填写…】 slots;
fengjuhe-zh-tsx: privacy@example.com with 400-000-0000; livecapture-zh-kt: 客服电话 400-000-0000), three are clean
(kebo-zh-js, xiayizhan-zh-java, soulcards-hk-tsx), each with a look-alike or an ambiguous line.
Held out (drawn before any run, ../ref/holdout-draw.txt): soulcards-hk-tsx, hebei-zh-tsx."""

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


_DUMMY = "a dummy contact left from the template (example.com mailbox / all-zero 400 number): a slot the adopter never filled"

DOCS = {
    "fengjuhe-zh-tsx": (
        "dev",
        "LegalScreen.tsx",
        {
            "kind": "zh-Hans 隐私政策 / 服务条款 / SDK 清单 of an enterprise control-plane app as a React Native screen (JSX children)",
            "url": "index:67295847358 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "React Native TSX (a screen component)",
            "source": _idx("67295847358", "find_string 「本应用由【」", 3802),
            "note": "draft: contact line privacy@example.com + 400-000-0000 (slot); operator in lenticular brackets (ambiguous)",
        },
        [
            ("邮箱：privacy@example.com  电话：400-000-0000", _DUMMY),
        ],
        [
            ("最近更新 2025", "a year-only date in the hero caption (a date gap, not a slot)"),
        ],
        [
            (
                "本应用由【蜂聚合智能科技有限公司】提供",
                "a company name inside lenticular brackets: either filled in a slot's brackets or still a to-be-confirmed name",
            ),
        ],
    ),
    "livecapture-zh-kt": (
        "dev",
        "PrivacyAgreement.kt",
        {
            "kind": "zh-Hans 构妙 LiveCapture 隐私保护指引 + 隐私政策 as Jetpack Compose dialogs (a Kotlin raw string)",
            "url": "index:60787534176 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Kotlin (Jetpack Compose)",
            "source": _idx("60787534176", "find_string 「客服电话：400-000-0000」", 9931),
            "note": "dated 2026年7月; real-looking mailbox privacy@livecapture.cn; the hotline 400-000-0000 is a dummy (slot)",
        },
        [
            ("• 客服电话：400-000-0000", _DUMMY),
        ],
        [
            ("• 邮箱：privacy@livecapture.cn", "a mailbox on the product's own domain (filled, not a slot)"),
        ],
        [],
    ),
    "kebo-zh-js": (
        "dev",
        "agreement.js",
        {
            "kind": "zh-Hans 科博名片 隐私政策 + 用户服务协议 as a WeChat mini-program Page (HTML in template literals)",
            "url": "index:56367498712 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "JavaScript (WeChat mini-program Page, rich-text HTML strings)",
            "source": _idx("56367498712", "find_string 「本小程序由【」", 7042),
            "note": "clean: dated 2026年6月3日, mailbox jianf232323@163.com; the operator is a team name in lenticular brackets (ambiguous)",
        },
        [],
        [],
        [
            (
                "本小程序由【科博名片开发者团队】（以下简称",
                "a team name (…开发者团队) inside lenticular brackets where a legal name belongs: filled or a slot's brackets left",
            ),
        ],
    ),
    "xiayizhan-zh-java": (
        "dev",
        "PrivacyActivity.java",
        {
            "kind": "zh-Hans 《下一站，晚安》用户协议 + 隐私政策 as an Android Activity (Java string concatenation with constants)",
            "url": "index:71125415021 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Java (Android Activity, string concatenation)",
            "source": _idx("71125415021", "find_string 「联系邮箱：xxx」", 9983),
            "note": "clean: dated 2026年9月19日, developer 小i工作室; the mailbox xxxyyyzzzhi@163.com looks like filler (ambiguous)",
        },
        [],
        [],
        [
            ("联系邮箱：xxxyyyzzzhi@163.com\";", "a real-looking 163.com mailbox whose local part (xxxyyyzzz…) looks like filler"),
            ("联系邮箱：xxxyyyzzzhi@163.com\\n\\n", "the same mailbox in the privacy policy"),
        ],
    ),
    "hebei-zh-tsx": (
        "holdout",
        "privacy.tsx",
        {
            "kind": "zh-Hans 隐私政策 of a provincial youth digital-literacy contest platform as a React page (HTML in a template literal)",
            "url": "index:61402284480 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "React TSX (HTML default content in template literals)",
            "source": _idx("61402284480", "find_string 「联系邮箱：【」", 2707),
            "note": "draft: contact mailbox and phone are 【请平台运营方填写…】 slots; no operator, no date (gaps)",
        },
        [
            ("联系邮箱：【请平台运营方填写联系邮箱】", "an instruction slot in lenticular brackets"),
            ("联系电话：【请平台运营方填写联系电话】", "an instruction slot in lenticular brackets"),
        ],
        [
            ("（如 3201****1234）", "a masked ID-number example (asterisks mask digits), not a slot"),
        ],
        [],
    ),
    "soulcards-hk-tsx": (
        "holdout",
        "Privacy.tsx",
        {
            "kind": "Hong Kong zh-Hant 私隱政策 of SoulCards (tarot app) as a React page (Tailwind cards)",
            "url": "index:33831676429 (code index; repository not named by the index)",
            "script": "hant/hk",
            "lang": "zh",
            "form": "React TSX (a page component)",
            "source": _idx("33831676429", "find_string 「私隱政策 - SoulCards」", 17818),
            "note": "clean: mailbox service@soulcards-app.com; dated by year only (最後更新日期：2025年), a date gap not a slot",
        },
        [],
        [
            ("最後更新日期：2025年", "a year-only date (a date gap, not a slot)"),
        ],
        [],
    ),
}
