"""Hand annotations of round 61p (helper m61p), read by tools/annotate61p.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Seven files never used before (repository names, paths and distinctive sentences grepped in eval/, corpora/, tests/ and
/work/used_repos.txt, each repository appended there when taken): all from the code index (read_file by repository
and path, written out character for character from the JSON answer, total_chars checked).  Two are drafts with slots
(ormwx-zh-wxml: a reserved example.com mailbox and a dummy 400 number in the contact block; lexiharbor-hant-md, a
zh-Hant (Taiwan) Markdown draft whose contact block says 「請填寫」 twice and 「依上架地區與帳號類型填寫」), five are clean
(WXML, uni-app Vue with tab-indented text, a mini-program JS module of string concatenations).
Held out (drawn before any run, ../ref/holdout-draw.txt): daian-zh-wxml, gbxi-zh-vue."""

_NONE = "none found in the repository (all rights reserved; test fixture only)"


def _repo(repo: str, path: str, commit: str, index_id: str, chars: int) -> dict:
    return {
        "repo": repo,
        "path": path,
        "commit": commit,
        "corpus": f"code index (find_files {path} / read_file, total_chars {chars:,}; no snapshot fetched)",
        "license": _NONE,
        "index_id": index_id,
    }


def _url(repo: str, commit: str, path: str) -> str:
    return f"https://github.com/{repo}/blob/{commit}/{path}"


def _meta(kind: str, repo: str, path: str, commit: str, index_id: str, chars: int, form: str, note: str, script: str = "hans/cn") -> dict:
    return {
        "kind": kind,
        "url": _url(repo, commit, path),
        "script": script,
        "lang": "zh",
        "form": form,
        "source": _repo(repo, path, commit, index_id, chars),
        "note": note,
    }


DOCS = {
    "ormwx-zh-wxml": (
        "dev",
        "privacyPolicy.wxml",
        _meta(
            "zh-Hans 用户隐私保护指引 of a WeChat mini-program, WXML <text> nodes with the text on indented lines",
            "oooo0527/ormWx",
            "pages/privacyPolicy/privacyPolicy.wxml",
            "e07bbf9618e1910b2ddcda1cc265b0bad40d147a",
            "22186986605",
            1276,
            "WXML",
            "draft: the contact block is a reserved example.com mailbox and a dummy 400 number; no operator, no date (gaps, not slots)",
        ),
        [
            ("邮箱：privacy@example.com", "a reserved example.com mailbox left from the template"),
            ("电话：400-123-4567", "a dummy 400 hotline (the digits 1234567 in sequence)"),
        ],
        [],
        [],
    ),
    "lexiharbor-hant-md": (
        "dev",
        "PRIVACY_POLICY_ZH.md",
        _meta(
            "zh-Hant (Taiwan) LexiHarbor 隱私權政策草案, Markdown",
            "taiwanape/lexiharbor",
            "docs/PRIVACY_POLICY_ZH.md",
            "0f0db97ad42dd37cbcdcbbb1e06912df2a57b716",
            "66554600224",
            1034,
            "Markdown",
            "draft: the 聯絡方式 block has 開發者名稱：請填寫, 電子郵件：請填寫, 地址：依上架地區與帳號類型填寫 (three slots); a status line and a closing note say the draft is unfinished",
            script="hant/tw",
        ),
        [
            ("開發者名稱：請填寫", "the developer's name: 「請填寫」 (please fill in)"),
            ("電子郵件：請填寫", "the mailbox: 「請填寫」"),
            ("地址：依上架地區與帳號類型填寫", "the address: an instruction (fill in by listing region and account type)"),
        ],
        [],
        [
            ("正式上架政策與開發者聯絡資料仍待完成", "a status note: the formal policy and the developer's contact are still to be done (a note to the reader, not a slot)"),
            ("這是依目前試用版行為撰寫的草案", "a closing disclaimer that the text is a draft and must be re-checked (a note, not a slot)"),
        ],
    ),
    "findfriends-zh-vue": (
        "dev",
        "privacy.vue",
        _meta(
            "zh-Hans 隐私政策 of a uni-app page (find friends / activities), Vue <view> nodes",
            "Turbellarian2008/find-friends-web",
            "pages/privacy/privacy.vue",
            "8515771e871c9e4ec105e5d31847b0dc77269c15",
            "19214561772",
            2680,
            "uni-app Vue",
            "clean: version and date on line 5; no operator named (a gap); contact only 「设置-反馈」 or 「项目维护者提供的联系方式」",
        ),
        [],
        [],
        [
            ("项目维护者提供的联系方式", "contact through 「设置-反馈」 or 'the contact the project maintainer provides': vague, reads like a note from an open-source template; not scored"),
        ],
    ),
    "wuliu-zh-js": (
        "dev",
        "privacy.js",
        _meta(
            "zh-Hans 用户信息处理规则 of a logistics-lookup mini-program (物流专线查询), a CommonJS module: PRIVACY_TEXT items built by string concatenation, DISCLAIMER_TEXT, CONTACT",
            "ztwl82518294/-",
            "utils/privacy.js",
            "285cbb9b606831dbbdd553b03da39178f2739588",
            "69795590566",
            4435,
            "JavaScript module (string concatenation)",
            "clean: operator 陈镇 (个人开发者), phone and WeChat id in CONTACT (199-203); the date lives in the page's Page({data}) (not in this file)",
        ),
        [],
        [],
        [],
    ),
    "baby-zh-wxml": (
        "dev",
        "index.wxml",
        _meta(
            "zh-Hans 隐私政策 of 「乖贝贝排敏生活全家记」, WXML <text> nodes holding multi-line paragraphs",
            "yanqian888-lab/baby-todo-list",
            "pages/privacy-policy/index.wxml",
            "a44ce6c24d2abf0eca15066b00c4a28f56304969",
            "57573883445",
            4270,
            "WXML",
            "clean: operator 北京绵言科技发展中心（个体工商户）; no date and no contact section (七 is followed by 九): gaps, not slots",
        ),
        [],
        [],
        [],
    ),
    "daian-zh-wxml": (
        "holdout",
        "privacyPolicy.wxml",
        _meta(
            "zh-Hans 隐私政策 of 岱安传媒 mini-program, WXML <view> nodes",
            "CaoXinliang/daian",
            "pages/privacyPolicy/privacyPolicy.wxml",
            "42f7167858d2b8e3a658ad3dff366e0baa128968",
            "69582005638",
            4162,
            "WXML",
            "clean: operator 赣州岱安传媒有限公司, date 2026年8月29日, contact person, mobile number and QQ mailbox filled",
        ),
        [],
        [
            ("联系人：刘老师", "a contact person given as surname + title (Teacher Liu): a real way of naming a contact, not a dummy"),
        ],
        [],
    ),
    "gbxi-zh-vue": (
        "holdout",
        "privacyPolicy.vue",
        _meta(
            "zh-Hans 《铑斯夫三元催化报价软件隐私政策》, uni-app Vue with tab-indented text in <view> nodes",
            "wlaji/gb_xi",
            "pages/privacyPolicy/privacyPolicy.vue",
            "397932e9430c1e9ff082dee176b6b1fa753b0400",
            "6635876399",
            7729,
            "uni-app Vue",
            "clean: 深圳群魔信息科技有限公司, dates, hotline, QQ mailbox, address and postcode filled; one sentence cut short (6(b) 「…交易对」), not a slot",
        ),
        [],
        [],
        [],
    ),
}
