"""Hand annotations of round 60q (helper m60p; the session's secret final set), read by tools/annotate60q.py: each
document read in full before any policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each
entry (text, note[, anchor]).

Nine files never used before (repository names, index ids, product names and distinctive sentences grepped in eval/,
corpora/, tests/ and /work/used_repos.txt), none of them in round60p: eight from the code index (read_file, written out
character for character, total_chars checked) and one from a fetched snapshot (git show at the named commit, byte for
byte: chmura-zh-wxml, the FIRST version of a page whose later commit filled the slots).  Two are drafts with slots
(chmura-zh-wxml: 400-XXX-XXXX and [公司地址] in the contact block; guide-zh-md: a Google Play publishing guide whose
privacy-policy template has [日期], [开发者名称], [你的邮箱]), seven are clean WXML pages.  Held out (drawn before any run,
../ref/holdout-draw.txt): niuma-zh-wxml, ynzy-zh-wxml, xinliu-zh-wxml."""

_IDX = "unknown (repository not named by the index): all rights reserved; test fixture only"
_NONE = "none found in the repository (all rights reserved; test fixture only)"


def _idx(index_id: str, how: str, chars: int) -> dict:
    return {
        "repo": None,
        "path": None,
        "commit": None,
        "index_id": index_id,
        "corpus": f"code index ({how} / read_file, total_chars {chars:,})",
        "license": _IDX,
    }


def _repo(repo: str, path: str, commit: str, how: str, index_id: str | None = None) -> dict:
    out = {"repo": repo, "path": path, "commit": commit, "corpus": how, "license": _NONE}
    if index_id:
        out["index_id"] = index_id
    return out


def _wx(repo: str, path: str, commit: str, index_id: str, chars: int, how: str) -> dict:
    return _repo(repo, path, commit, f"code index ({how} / read_file, total_chars {chars:,}; no snapshot fetched)", index_id)


def _url(repo: str, commit: str, path: str) -> str:
    return f"https://github.com/{repo}/blob/{commit}/{path}"


DOCS = {
    "chmura-zh-wxml": (
        "dev",
        "privacy-policy.wxml",
        {
            "kind": "zh-Hans 云宽带隐私政策 (first version) as a WeChat mini-program page (WXML <view> nodes)",
            "url": _url("sxkvic/cloud_app", "c65f67a", "pages/privacy-policy/privacy-policy.wxml"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _repo(
                "sxkvic/cloud_app",
                "pages/privacy-policy/privacy-policy.wxml",
                "c65f67a (git show c65f67a:pages/privacy-policy/privacy-policy.wxml; the next commit 71dbfa2bd rewrote the page)",
                "fetched snapshot, the file's first version (2025-12-10)",
            ),
            "note": "draft: 客服热线 400-XXX-XXXX and 通信地址 [公司地址] left from the template; the operator is only 「云宽带」 (the product)",
        },
        [
            ("客服热线：400-XXX-XXXX", "a 400 number with XXX masks"),
            ("通信地址：[公司地址]", "the company address as a [公司地址] slot"),
        ],
        [],
        [
            ("电子邮箱：privacy@cloudbroadband.com", "a mailbox made up from the product name (the later version uses 4009677726@chmura.cn); either way"),
            ("云宽带服务提供方", "a signature naming a role, not a company; either way"),
        ],
    ),
    "guide-zh-md": (
        "dev",
        "google-play-guide.md",
        {
            "kind": "zh-Hans Google Play publishing guide (Markdown) for 4096 Square Game, with a 隐私政策模板 in section 11",
            "url": "index:60919959890 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Markdown (the policy template in a fenced block)",
            "source": _idx("60919959890", "find_string 「[开发者名称]」", 13110),
            "note": "draft: the policy template's date, developer and mailbox are [日期], [开发者名称], [你的邮箱] slots; the guide's build steps use 你的… placeholders of their own (ambiguous)",
        },
        [
            ("最后更新日期：[日期]", "the policy's date slot"),
            ("由 [开发者名称] 开发", "the developer's name slot"),
            ("请联系 [你的邮箱]", "the contact mailbox slot"),
        ],
        [],
        [
            ("C:\\Users\\你的用户名\\AppData", "a path placeholder in the build instructions; either way"),
            ("--target <设备ID>", "a command placeholder; either way"),
            ("url: 'http://你的IP:8080'", "a command placeholder; either way"),
            ("-storepass 你的密钥库密码", "a keystore password placeholder; either way"),
            ("-keypass 你的密钥密码", "a key password placeholder; either way"),
            ("CN=你的名字", "a certificate name placeholder; either way"),
            ("storePassword=你的密钥库密码", "a properties placeholder; either way"),
            ("keyPassword=你的密钥密码", "a properties placeholder; either way"),
        ],
    ),
    "bean-zh-wxml": (
        "dev",
        "privacy-policy.wxml",
        {
            "kind": "zh-Hans 魔法拼豆 隐私政策 as a WeChat mini-program page (WXML <text> nodes)",
            "url": _url("wqinewbie/bean-pattern-miniprogram", "0f1550859d4f5470dbb73ad698fb11613f3a8142", "pages/privacy-policy/privacy-policy.wxml"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _wx("wqinewbie/bean-pattern-miniprogram", "pages/privacy-policy/privacy-policy.wxml", "0f1550859d4f5470dbb73ad698fb11613f3a8142", "66489746515", 3915, "find_files pages/privacy-policy/privacy-policy.wxml"),
            "note": "clean: dated 2026年5月9日; no operator, contact through the in-app 帮助中心 (gaps, not slots)",
        },
        [],
        [
            ("padding-top: {{statusBarHeight}}px", "a WXML style binding, markup"),
        ],
        [],
    ),
    "miniwear-zh-wxml": (
        "dev",
        "index.wxml",
        {
            "kind": "zh-Hans 宝宝穿衣 隐私与使用说明 as a WeChat mini-program page (WXML cards)",
            "url": _url("arikatuo/miniwear", "743451bfeaaba4899929aa7c2a66753190430dca", "pages/privacy/index.wxml"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _wx("arikatuo/miniwear", "pages/privacy/index.wxml", "743451bfeaaba4899929aa7c2a66753190430dca", "70264030971", 1808, "find_files pages/privacy/index.wxml"),
            "note": "clean: no account, data kept locally, location for the city's weather; no operator, no date (gaps)",
        },
        [],
        [],
        [],
    ),
    "prepbox-zh-wxml": (
        "dev",
        "privacy.wxml",
        {
            "kind": "zh-Hans 「面试准备盒 · PrepBox」隐私政策 as a WeChat mini-program page (WXML)",
            "url": _url("o0u0o/laitou-mini", "017aeb05540facf30e24cc7433fdda20ef9be233", "pages/privacy/privacy.wxml"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _wx("o0u0o/laitou-mini", "pages/privacy/privacy.wxml", "017aeb05540facf30e24cc7433fdda20ef9be233", "59033660649", 6100, "find_files pages/privacy/privacy.js, then the page's wxml"),
            "note": "clean: v1.1, 生效日期 2026-05-10; the operator is unnamed (「本小程序运营者」), contact through the in-app 申诉/反馈 page",
        },
        [],
        [],
        [
            ("：本小程序运营者。", "个人信息保护负责人 given as a role, not a person; a gap rather than a slot; either way"),
        ],
    ),
    "scorekeeper-zh-wxml": (
        "dev",
        "privacy.wxml",
        {
            "kind": "zh-Hans 牌桌记分 隐私政策 as a WeChat mini-program page (WXML <text> nodes)",
            "url": _url("keepgoingwang/scorekeeper", "13155bca5eb285f8ed314fb4df02121b3c7a0f39", "pages/privacy/privacy.wxml"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _wx("keepgoingwang/scorekeeper", "pages/privacy/privacy.wxml", "13155bca5eb285f8ed314fb4df02121b3c7a0f39", "67563497813", 2070, "find_files pages/privacy/privacy.js, then the page's wxml"),
            "note": "clean: dated 2026年7月25日, mailbox keegoingwang@gmail.com; no operator name (a gap)",
        },
        [],
        [],
        [],
    ),
    "niuma-zh-wxml": (
        "holdout",
        "privacy.wxml",
        {
            "kind": "zh-Hans 留马日记 隐私政策 as a WeChat mini-program page (WXML cards)",
            "url": _url("nortonyang/niuma-diary", "758fbc0bd58a81eb7298cc9b18a04e6171d7ee4d", "pages/privacy/privacy.wxml"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _wx("nortonyang/niuma-diary", "pages/privacy/privacy.wxml", "758fbc0bd58a81eb7298cc9b18a04e6171d7ee4d", "66552747316", 1293, "find_files pages/privacy/privacy.js, then the page's wxml"),
            "note": "clean: a short storage/permission notice; no operator, no contact, no date (gaps)",
        },
        [],
        [],
        [],
    ),
    "ynzy-zh-wxml": (
        "holdout",
        "privacy-policy.wxml",
        {
            "kind": "zh-Hans Yooni 找房 隐私政策 as a WeChat mini-program page (WXML)",
            "url": _url("JZJWXC1/ynzy-miniapp", "b7493170e5fed5db83c9d9ef64cd1cc2309ed2bb", "pages/privacy-policy/privacy-policy.wxml"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _wx("JZJWXC1/ynzy-miniapp", "pages/privacy-policy/privacy-policy.wxml", "b7493170e5fed5db83c9d9ef64cd1cc2309ed2bb", "66814404695", 6303, "find_files pages/privacy-policy/privacy-policy.wxml"),
            "note": "clean: 个人信息处理者 杭州初寓网络科技有限公司, mailbox 1176803465@qq.com, dated 2026年7月20日",
        },
        [],
        [],
        [],
    ),
    "xinliu-zh-wxml": (
        "holdout",
        "privacy.wxml",
        {
            "kind": "zh-Hans 心流日程用户隐私保护指引 as a WeChat mini-program page (WXML)",
            "url": _url("mai1234-cmd/xinliuricheng", "4fdd1ed312ae58d5b2353fd4803ddeabdac08c09", "pages/privacy/privacy.wxml"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _wx("mai1234-cmd/xinliuricheng", "pages/privacy/privacy.wxml", "4fdd1ed312ae58d5b2353fd4803ddeabdac08c09", "68430073073", 2194, "find_files pages/privacy/privacy.js, then the page's wxml"),
            "note": "clean: a local-only tool; the mailbox is the binding {{email}} filled from config.FEEDBACK_EMAIL (look-alike); dated 2026年9月17日",
        },
        [],
        [
            ("<text class=\"fill\">{{email}}</text>", "a WXML binding filled from the page's data at run time, not a slot"),
        ],
        [],
    ),
}
