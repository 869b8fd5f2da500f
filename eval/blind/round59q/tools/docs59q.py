"""Hand annotations of round 59q (helper m59p, Part B: the session's secret final set), read by tools/annotate59q.py:
each document read in full before any policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous);
each entry (text, note[, anchor]).

Ten files never used before and none of round59p's sources (repository names, index ids and product names grepped in
eval/, corpora/, tests/ and /work/used_repos.txt): five from the code index (read_file, written out character for
character, total_chars checked), five from fetched snapshots (git show at the named commit).  Six are drafts with slots
(aition-zh-md: a bilingual Cookie policy with 【…】 slots; cpa-zh-js: 「北京XXXX公司」 in a React Native agreement stub;
fundsign-zh-ts: 400-xxx-xxxx in a mini-program's agreement literals; about-zh-js: a dummy contact and a placeholder
policy text in a mini-program's modals; tbd-zh-js: 「…内容待完善」 policy and agreement modals; yunmeng-zh-vue: the
mailbox 「123456」), four are clean (bourse-zh-vue, zhiweiyun-zh-wxml, zhenguo-zh-vue, mozhijia-zh-vue).
Held out (drawn before any run, ../ref/holdout-draw.txt): cpa-zh-js, aition-zh-md, yunmeng-zh-vue."""

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


def _repo(repo: str, path: str, commit: str, how: str) -> dict:
    return {"repo": repo, "path": path, "commit": commit, "corpus": how, "license": _NONE}


def _url(repo: str, commit: str, path: str) -> str:
    return f"https://github.com/{repo}/blob/{commit}/{path}"


_BLANK = "the policy's body left as a to-be-written placeholder (the whole text is the slot)"

DOCS = {
    "fundsign-zh-ts": (
        "dev",
        "sign.ts",
        {
            "kind": "zh-Hans 基金投资风险揭示书 + 客户权益须知 as a WeChat mini-program Page (TypeScript, HTML in template literals)",
            "url": "index:8802993885 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "TypeScript (WeChat mini-program Page, agreement HTML in template literals)",
            "source": _idx("8802993885", "find_string 「客服电话：400-xxx」", 2584),
            "note": "draft: the complaint hotline is 400-xxx-xxxx (slot); the API URL on localhost is code, not a slot",
        },
        [
            ("可拨打客服电话：400-xxx-xxxx", "the hotline's digits left as x (slot)"),
        ],
        [
            ("url: 'http://localhost:8080/api/agreement/sign'", "a development API URL in code, not a slot of the agreement"),
        ],
        [],
    ),
    "about-zh-js": (
        "dev",
        "about.js",
        {
            "kind": "zh-Hans mini-program 关于 page: contact and 隐私政策 shown in wx.showModal (JavaScript)",
            "url": "index:48874543743 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "JavaScript (WeChat mini-program Page, modal strings)",
            "source": _idx("48874543743", "find_string 「邮箱：support@example.com」", 1565),
            "note": "draft: contact support@example.com + 400-xxx-xxxx (slot); the privacy policy is 「这里是隐私政策内容...」 (slot)",
        },
        [
            ("邮箱：support@example.com\\n电话：400-xxx-xxxx", "a dummy contact: example.com mailbox and an x-ed hotline"),
            ("这里是隐私政策内容...", _BLANK),
        ],
        [],
        [
            ("// 这里可以跳转到隐私政策页面或显示隐私政策内容", "a developer comment about the placeholder (not shown to users); either way"),
        ],
    ),
    "tbd-zh-js": (
        "dev",
        "login.js",
        {
            "kind": "zh-Hans mini-program 登录 page whose 用户协议 and 隐私政策 links open wx.showModal (JavaScript)",
            "url": "index:61388574511 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "JavaScript (WeChat mini-program Page, modal strings)",
            "source": _idx("61388574511", "find_string 「隐私政策内容待」", 1257),
            "note": "draft: both texts are 「…内容待完善」 placeholders (slots)",
        },
        [
            ("content: '用户协议内容待完善'", _BLANK),
            ("content: '隐私政策内容待完善'", _BLANK),
        ],
        [],
        [
            ("// TODO: 跳转用户协议", "a developer TODO comment (not shown to users); either way"),
            ("// TODO: 跳转隐私政策", "a developer TODO comment (not shown to users); either way"),
        ],
    ),
    "bourse-zh-vue": (
        "dev",
        "yinsi.vue",
        {
            "kind": "zh-Hans + English 隐私协议 of a trading app as a uni-app page (v-if on the language: Chinese block, then English)",
            "url": _url("Liangnuanyang/bourse-uniapp", "f600a8bef2ff9f7d4217712579615ed1e30aca17", "pages/yinsi/yinsi.vue"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue SFC (uni-app, bilingual v-if / v-else)",
            "source": _repo(
                "Liangnuanyang/bourse-uniapp",
                "pages/yinsi/yinsi.vue",
                "f600a8bef2ff9f7d4217712579615ed1e30aca17",
                "fetched snapshot (HEAD; the file last changed in 7237a9ea2, 2025-12-12)",
            ),
            "note": "clean: 本公司/我司 throughout (no name, no contact, no date: gaps, not slots)",
        },
        [],
        [],
        [],
    ),
    "zhiweiyun-zh-wxml": (
        "dev",
        "agreement.wxml",
        {
            "kind": "zh-Hans 织为云工资查询用户协议 (with a 用户信息的保护 chapter) as a WeChat mini-program page (WXML)",
            "url": _url("Vixcity/ZHKJXCX", "91b40cf078bf3b9e78018f32c763bc8e30c3e434", "pages/agreement/agreement.wxml"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _repo(
                "Vixcity/ZHKJXCX",
                "pages/agreement/agreement.wxml",
                "91b40cf078bf3b9e78018f32c763bc8e30c3e434",
                "fetched snapshot (HEAD; the file last changed in e4007c08f, 2022-02-23)",
            ),
            "note": "clean: clause captions in lenticular brackets (【签约动作】【主体信息】…) are headings, not slots",
        },
        [],
        [
            ("【签约动作】当您按照注册页面提示填写信息", "a clause caption in lenticular brackets (Alibaba-style), not a slot"),
            ("【平等主体】本协议由您与工厂经营者", "a clause caption, not a slot"),
            ("【主体信息】工厂经营者是指", "a clause caption naming 主体信息 (party information), not a slot"),
            ("【账户获得】当您按照注册页面提示", "a clause caption, not a slot"),
            ("【信息真实】在使用织为云服务时", "a clause caption, not a slot"),
        ],
        [],
    ),
    "zhenguo-zh-vue": (
        "dev",
        "index.vue",
        {
            "kind": "zh-Hans 珍果链 用户协议 (with a 隐私与数据使用 section) as a uni-app page: the text is an array in <script setup>, rendered by v-for",
            "url": _url("luoyuex/FreshFruitSupply", "5beed4c09962cbed49be80646da845eb256b7d02", "pages/agreement/index.vue"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue SFC (uni-app, <script setup> data + v-for)",
            "source": _repo(
                "luoyuex/FreshFruitSupply",
                "pages/agreement/index.vue",
                "5beed4c09962cbed49be80646da845eb256b7d02",
                "fetched snapshot (HEAD, 2026-07-16)",
            ),
            "note": "clean: dated 最后更新：2026年6月11日; the operator is 供应商 (no name: a gap, not a slot)",
        },
        [],
        [],
        [],
    ),
    "mozhijia-zh-vue": (
        "dev",
        "privacy.vue",
        {
            "kind": "zh-Hans 摩之家客户端隐私政策 as a uni-app page (permission and SDK tables from script arrays via v-for)",
            "url": _url("liushanli/mozhijia_vue", "7950853c871b294dafec23f1a74e0d7e835fee73", "pages/privacy/privacy.vue"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue SFC (uni-app, t-table rows from data())",
            "source": _repo(
                "liushanli/mozhijia_vue",
                "pages/privacy/privacy.vue",
                "7950853c871b294dafec23f1a74e0d7e835fee73",
                "fetched snapshot (HEAD; the file's only commit 84991ec8d, 2023-10-17)",
            ),
            "note": "clean: 上海澔元健康管理有限公司, 400-079-9688, dated 2021年7月29日更新 / 2021年8月1日生效",
        },
        [],
        [
            ("客服电话：400-079-9688", "a real 400 hotline (filled)"),
        ],
        [],
    ),
    "cpa-zh-js": (
        "holdout",
        "UserAgreement.js",
        {
            "kind": "zh-Hans 用户协议 stub of a React Native component (string concatenation, repeated for test)",
            "url": "index:18118378771 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "React Native JS (JSX; a concatenated string literal)",
            "source": _idx("18118378771", "find_string 「XX公司（以下简称」", 1398),
            "note": "draft: the operator is 「北京XXXX公司（以下简称“XXXX”）」 (slot)",
        },
        [
            ("北京XXXX公司（以下简称“XXXX”）", "the operator's name and short name left as XXXX"),
        ],
        [],
        [],
    ),
    "aition-zh-md": (
        "holdout",
        "cookie-policy.md",
        {
            "kind": "zh-Hans + English Cookie 政策 of aition.xin as a Markdown admin text with an editor's note",
            "url": "index:68510495784 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Markdown (Chinese version, then English)",
            "source": _idx("68510495784", "find_string 「联系邮箱：【」", 8615),
            "note": "draft: operator, dates, mailbox, phone and address are 【…】 slots in both languages",
        },
        [
            ("生效日期：【生效日期】｜最近更新：【更新日期】", "the effective and update dates, 【…】 slots"),
            ("【运营者全称】（以下简称", "the operator's legal name, a 【…】 slot"),
            ("联系邮箱：【联系邮箱】", "the contact mailbox, a 【…】 slot"),
            ("联系电话：【联系电话】", "the contact phone, a 【…】 slot"),
            ("联系地址：【联系地址】", "the contact address, a 【…】 slot"),
            ("Effective: 【Effective Date】 | Last updated: 【Updated Date】", "English dates, 【…】 slots"),
            ("operated by 【Legal entity / operator name】", "English operator name, a 【…】 slot"),
            ("- Email: 【Email】", "English mailbox, a 【…】 slot"),
            ("- Phone: 【Phone】", "English phone, a 【…】 slot"),
            ("- Address: 【Address】", "English address, a 【…】 slot"),
        ],
        [],
        [
            ("**待你补充**（`【】`）", "the editor's note listing what is left to fill (names the marker, not itself a slot); either way"),
        ],
    ),
    "yunmeng-zh-vue": (
        "holdout",
        "privacy.vue",
        {
            "kind": "zh-Hans 云梦论坛隐私政策 (opening 提示条款 only) as a uni-app page",
            "url": _url("beautifulboy123/jxau_forum", "3b83189044f67e8c6ec7c2e9be371508ddb019f3", "pages/privacy/privacy.vue"),
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue SFC (uni-app template)",
            "source": _repo(
                "beautifulboy123/jxau_forum",
                "pages/privacy/privacy.vue",
                "3b83189044f67e8c6ec7c2e9be371508ddb019f3",
                "fetched snapshot (HEAD; the file's only commit 82b910644, 2023-05-06; northharbo/jxau_forum is a fork)",
            ),
            "note": "draft: the contact mailbox is 「123456」, a filler where an address belongs (slot); dated 2021年12月02日",
        },
        [
            ("123456 与我们联系", "a filler value (123456) where the mailbox belongs"),
        ],
        [
            ("最新版本:2021年12月02日", "a filled date, not a slot"),
        ],
        [],
    ),
}
