"""Hand annotations of round 58q (helper m58p, Part B: the session's secret final set), read by tools/annotate58q.py:
each document read in full before any policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous);
each entry (text, note[, anchor]).

Six files never used before, from the code index (`read_file`, written out character for character, total_chars
checked) and two named repositories (EasonTong/hellojump-site, stackunity-dev/stackunity; read_file by path at the
commit the index holds).  Three drafts (hellojump-zh-tsx: `<Todo>` slot components; ilive-tw-vue: a dummy 0800 number;
crevio-en-tsx: `[…]` bracket slots beside filled values), three clean (stackunity-zh-ts i18n object, sanqin-zh-tsx
bilingual ternaries, tholattice-zh-jsx exported JSX components).
Held out (drawn before any run, ../ref/holdout-draw.txt): stackunity-zh-ts, hellojump-zh-tsx."""

_IDX = "unknown (repository not named by the index): all rights reserved; test fixture only"
_NONE = "none found in the repository: all rights reserved; test fixture only"


def _idx(index_id: str, how: str, chars: int) -> dict:
    return {
        "repo": None,
        "path": None,
        "commit": None,
        "index_id": index_id,
        "corpus": f"code index ({how} / read_file, total_chars {chars:,})",
        "license": _IDX,
    }


def _repo(repo: str, path: str, commit: str, index_id: str, chars: int) -> dict:
    return {
        "repo": repo,
        "path": path,
        "commit": commit,
        "index_id": index_id,
        "corpus": f"code index (read_file by repository and path at {commit[:12]}, total_chars {chars:,})",
        "license": _NONE,
    }


_TODO = "a <Todo> component holding the drafter's fill-in instruction: the value was never written (a slot)"
_BRACKET = "a bracketed English placeholder left from the template (a slot)"

DOCS = {
    "ilive-tw-vue": (
        "dev",
        "Privacy.vue",
        {
            "kind": "Taiwan zh-Hant iLive 電商平台隱私政策 as a Vue 3 SFC (Element Plus collapse; lists in script arrays)",
            "url": "index:1851447708 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Vue SFC (template + script setup + style)",
            "source": _idx("1851447708", "find_string 「iLive 電商平台隱私政策」", 4257),
            "note": "dated 2024年12月 (v20241221); contact: a dummy 0800-000-000 (slot), support@ilive.com and an address (ambiguous)",
        },
        [
            ("0800-000-000", "an all-zero toll-free number: a dummy contact never filled"),
        ],
        [],
        [
            ('href="mailto:support@ilive.com">support@ilive.com', "a generic support@ mailbox on a bare brand domain: filled or template filler"),
            ("台中市西屯區文華路100號", "a plausible street address with a round house number: real or filler"),
        ],
    ),
    "crevio-en-tsx": (
        "dev",
        "PrivacyPolicy.tsx",
        {
            "kind": "English Crevio (creator-campaign platform) Privacy Policy as a React TSX page (Section components)",
            "url": "index:60222677536 (code index; repository not named by the index)",
            "script": "latin/en",
            "lang": "en",
            "form": "React TSX (a page component)",
            "source": _idx("60222677536", "find_string 'privacy@yourdomain'", 23642),
            "note": "draft: [Date] ×2, [Legal Company Name], contact block [Full Legal Company Name] / [Your Website] / "
            "[privacy@yourdomain.com] / [Full Registered Address] / [Name / Designation] ×2; admin@crevio.co.in filled beside them",
        },
        [
            ("Last Updated: [Date]", _BRACKET),
            ("Effective Date: [Date]", _BRACKET),
            ("<strong>[Legal Company Name]</strong>", _BRACKET),
            ("Legal Entity: [Full Legal Company Name]", _BRACKET),
            ("Website: [Your Website]", _BRACKET),
            ("Privacy Email: [privacy@yourdomain.com]", _BRACKET),
            ("Registered Address: [Full Registered Address]", _BRACKET),
            ("[Name / Designation]", _BRACKET),
            ("[Name / Designation]", _BRACKET),
        ],
        [
            ("Privacy Email: admin@crevio.co.in", "a filled mailbox on the product's domain"),
            ("Support Email: admin@crevio.co.in", "a filled mailbox on the product's domain"),
        ],
        [],
    ),
    "sanqin-zh-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "zh-Hans/English 三秦 (San Qin) restaurant ordering site 隐私政策 as a Next.js page (isZh ? zh : en ternaries)",
            "url": "index:3590777059 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Next.js TSX (bilingual ternaries in JSX)",
            "source": _idx("3590777059", "find_string 「三秦 · 隐私政策」", 7099),
            "note": "clean: 最后更新日期：2025-12-09; no operator and no contact (gaps, not slots)",
        },
        [],
        [],
        [],
    ),
    "tholattice-zh-jsx": (
        "dev",
        "chinese.tsx",
        {
            "kind": "zh-Hans privacy policy of Tholattice Digital Marketing LLC (California) as exported React components (one per section)",
            "url": "index:39088760205 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Next.js TSX (exported section components)",
            "source": _idx("39088760205", "find_string 「欢迎来到 Tholattice 数字营销」", 4900),
            "note": "clean: a named US LLC with its street address, alex@tholattice.com; no date (a gap)",
        },
        [],
        [
            ("1637 Burning Tree Dr., Hundred Oaks, CA 91362", "a real-looking US street address of the operator (filled)"),
        ],
        [],
    ),
    "hellojump-zh-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "zh-Hans HelloJump (抛手机测高) 隐私政策 draft as a Next.js page with <DraftBanner> and <Todo> markers",
            "url": "https://github.com/EasonTong/hellojump-site/blob/f80f84f68b9675144e6fda0d66f4b16c91177a4b/app/privacy/page.tsx",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Next.js TSX (a page component)",
            "source": _repo("EasonTong/hellojump-site", "app/privacy/page.tsx", "f80f84f68b9675144e6fda0d66f4b16c91177a4b", "69695326067", 7824),
            "note": "draft: dates, operator, mailbox and a deletion time limit are <Todo> instructions; two more <Todo> notes ask to confirm facts (ambiguous)",
        },
        [
            ("生效日期：<Todo>填入正式生效日期</Todo>", _TODO),
            ("<Todo>填入更新日期</Todo>", _TODO),
            ("<Todo>补充联系邮箱与承诺的处理时限</Todo>", _TODO),
            ("运营者 / 开发者：<Todo>填写实际主体名称（个人或公司）</Todo>", _TODO),
            ("联系邮箱：<Todo>填写可用的联系邮箱</Todo>", _TODO),
        ],
        [
            ("例如 8f14e45f-ceea-467a-9f3b-1b2c3d4e5f60", "an example UUID (例如…), not a slot"),
        ],
        [
            ("<Todo>确认是否已在 App 内提供「清除数据 / 重置身份」入口", "a drafter's note asking to confirm a fact (a note left in, not a value slot)"),
            ("<Todo>确认是否需要定期清理长期不活跃的数据</Todo>", "a drafter's note asking to confirm a fact (a note left in, not a value slot)"),
        ],
    ),
    "stackunity-zh-ts": (
        "holdout",
        "zh.ts",
        {
            "kind": "zh-Hans StackUnity 隐私政策 as an i18n TypeScript object (languages/legal/privacy/zh.ts)",
            "url": "https://github.com/stackunity-dev/stackunity/blob/3f9e11367d9ed14490ca8159112fbbb32da3af66/languages/legal/privacy/zh.ts",
            "script": "hans/cn",
            "lang": "zh",
            "form": "TypeScript i18n object",
            "source": _repo("stackunity-dev/stackunity", "languages/legal/privacy/zh.ts", "3f9e11367d9ed14490ca8159112fbbb32da3af66", "32016720538", 3797),
            "note": "clean of slots (privacy@stackunity.com); lastUpdated is a label without a date; many item bodies repeat 「我们使用您的信息来遵守法律义务。」 (copy filler, not a slot)",
        },
        [],
        [],
        [
            ("lastUpdated: '最后更新',", "a date label whose value lives elsewhere (the page supplies the date)"),
        ],
    ),
}
