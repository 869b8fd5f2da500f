"""Hand annotations of round 59p (helper m59p), read by tools/annotate59p.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Six files never used before (repository and index ids grepped in eval/, corpora/, tests/ and /work/used_repos.txt):
three from the code index (read_file, written out character for character, total_chars checked) and three from
fetched snapshots (git show at the named commit, byte for byte).  Two are drafts with slots (huinong-zh-vue: 「XX公司」 in
a uni-app page's user agreement; yanzhidao-zh-md: a WeChat privacy-guide draft in a Markdown compliance note with
【待替换：…】/【待补充…】 slots), four are clean (xianyum-zh-vue, lapa-zh-html, banfei-zh-wxml, canpoint-zh-wxml).
Held out (drawn before any run, ../ref/holdout-draw.txt): canpoint-zh-wxml, banfei-zh-wxml."""

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


DOCS = {
    "huinong-zh-vue": (
        "dev",
        "agreement.vue",
        {
            "kind": "zh-Hans 惠农商城 用户协议 + 隐私政策 as a uni-app page (Vue SFC; HTML in two template literals for rich-text)",
            "url": "index:24039731856 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue SFC (uni-app, <script setup lang=ts>, HTML template literals)",
            "source": _idx("24039731856", "search 「用户协议 … XX公司」 / find_string 「惠农商城的所有权和运营权归XX公司」", 2896),
            "note": "draft: the operator of the mall is 「XX公司」 (slot); no date, no contact (gaps, not slots)",
        },
        [
            ("惠农商城的所有权和运营权归XX公司所有", "the operator's name left as the template's XX公司"),
        ],
        [],
        [],
    ),
    "yanzhidao-zh-md": (
        "dev",
        "privacy-guide.md",
        {
            "kind": "zh-Hans Markdown compliance note for a WeChat mini-program with the draft text of its 用户隐私保护指引 (section 4.2)",
            "url": "index:56497173427 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Markdown (the guide's text in inline code spans)",
            "source": _idx("56497173427", "find_string 「联系邮箱：【」", 4428),
            "note": "draft: developer name, contact mailbox, contact entity and the street address are 【待替换：…】/【待补充…】 slots",
        },
        [
            ("`【待替换：公司主体全称】`", "the developer's legal name, a 【待替换：…】 slot", "#### 小程序开发者信息"),
            ("联系邮箱：【待替换：客服/法务邮箱】", "the contact mailbox, a 【待替换：…】 slot"),
            ("联系主体：【待替换：公司主体全称】", "the contact entity, a 【待替换：…】 slot"),
            ("联系地址：成都市高新区天府五街【待补充详细地址】", "the street address after the district, a 【待补充…】 slot"),
        ],
        [
            ("`王 X`", "an anonymised display name (王 X: a surname and a mask), not a slot"),
        ],
        [
            (
                "带 `【待替换】` 的内容需你们补成真实主体信息",
                "the note that announces the slots (it names the marker, it is not itself a slot); either way",
            ),
            ("上传前请先替换其中的：", "an instruction to the adopter to replace the slots of the .txt supplement; either way"),
        ],
    ),
    "xianyum-zh-vue": (
        "dev",
        "index.vue",
        {
            "kind": "zh-Hans XianYum 移动端用户协议 + 隐私协议 as a uni-app page (Vue SFC, v-if on the agreement type)",
            "url": "https://github.com/xianyum/XianYumBase/blob/9a72618d4a2b249e7b768e6c89320d3a3203d442/XianYumApp/pages/common/protocol/index.vue",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue SFC (uni-app template)",
            "source": _repo(
                "xianyum/XianYumBase",
                "XianYumApp/pages/common/protocol/index.vue",
                "9a72618d4a2b249e7b768e6c89320d3a3203d442",
                "fetched snapshot (the file last changed in c57adace2, 2026-01-09)",
            ),
            "note": "clean: operator XianYum团队, mailbox 80616059@qq.com, address 陕西省西安市 (coarse but filled); no date (a gap)",
        },
        [],
        [],
        [],
    ),
    "lapa-zh-html": (
        "dev",
        "privacy.html",
        {
            "kind": "zh-Hans 掌上LAPA 私隐政策 as a uni-app hybrid HTML page (static <p> paragraphs)",
            "url": "https://github.com/xzywzcnm/uniapp_erp/blob/d0997417a7555b87098762036e50b6ca30ca2d56/hybrid/html/privacy.html",
            "script": "hans/cn",
            "lang": "zh",
            "form": "HTML",
            "source": _repo(
                "xzywzcnm/uniapp_erp",
                "hybrid/html/privacy.html",
                "d0997417a7555b87098762036e50b6ca30ca2d56",
                "fetched snapshot (single commit, 2024-10-26)",
            ),
            "note": "clean: 深圳市爱商在线科技有限公司, 400-0600-405 (a real 400 number); no date (a gap)",
        },
        [],
        [
            ("联系电话: 400-0600-405", "a real-looking 400 hotline (not all zeros): filled, not a dummy"),
        ],
        [],
    ),
    "banfei-zh-wxml": (
        "holdout",
        "privacy.wxml",
        {
            "kind": "zh-Hans 班费账本 隐私政策 as a WeChat mini-program page (WXML <text> nodes)",
            "url": "https://github.com/YanLihui/banfeiMiniProgram/blob/a660839ba5c72799488ed7fa226d1d7e5f40e2fe/pages/privacy/privacy.wxml",
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": {
                "repo": "YanLihui/banfeiMiniProgram",
                "path": "pages/privacy/privacy.wxml",
                "commit": "a660839ba5c72799488ed7fa226d1d7e5f40e2fe",
                "index_id": "61253509909",
                "corpus": "code index (find_files pages/privacy/privacy.wxml / read_file, total_chars 1,568; no snapshot to fetch)",
                "license": _NONE,
            },
            "note": "clean: a class-fund ledger; contact is the parents' committee via the class group (no mailbox: a gap, not a slot)",
        },
        [],
        [
            ("更新日期：2026年8月", "a year-month date (precision gap, not a slot)"),
        ],
        [],
    ),
    "canpoint-zh-wxml": (
        "holdout",
        "agreement.wxml",
        {
            "kind": "zh-Hans 全品智慧作业 用户协议 with a 注册信息和隐私保护 chapter, as a WeChat mini-program page (WXML <text> nodes)",
            "url": "https://github.com/45221378/canpoint/blob/5d1a534a4238db566c498b8d5e39275e8f1a08e6/pages/agreement/agreement.wxml",
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _repo(
                "45221378/canpoint",
                "pages/agreement/agreement.wxml",
                "5d1a534a4238db566c498b8d5e39275e8f1a08e6",
                "fetched snapshot (HEAD, 2020-08-27)",
            ),
            "note": "clean: 武汉全品文教科技股份有限公司, a Beijing postal address; no date",
        },
        [],
        [],
        [],
    ),
}
