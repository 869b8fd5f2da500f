"""Hand annotations of round 55q (helper m55q), read by tools/annotate55q.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Five files never used before, all from the code index (`read_file` by id, written out character for character,
total_chars checked; the same files as eval/profiles55q/docs).  Two hold unfilled drafting notes shipped in the
published text (chainless-bil-md: the closing 「本模板为…内部起草，未经法务专业审核…」 / 'This template was drafted internally
and has not undergone legal review…'; ruiyang-tw-tsx: a notice whose retention, contact and rights are 「待公司確認」); three
are clean code pages with run-time interpolations (${BRAND_NAME}, {site.legalName}, {site.contact.email}…).
Held out (drawn before any run, ref/holdout-draw.txt): ruiyang-tw-tsx, yuguo-tw-tsx."""

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
    "chainless-bil-md": (
        "dev",
        "privacy-policy.md",
        {
            "kind": "zh-Hans + English ChainlessChain 隐私政策 / Privacy Policy of 厦门无链之链科技有限公司 (Markdown, two tables); closes with a drafter's disclaimer in both languages",
            "url": "index:56203419906 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Markdown",
            "source": _idx("56203419906", "find_string 'Technology Co., Ltd. (\"we\"'", 6259),
            "note": "slots: the shipped drafting note (155 zh, 157 en) says the text is an internally drafted template not yet legally reviewed, to be reviewed before App Store submission; the rest is filled (dated 2026-05-16, company, phone, e-mail, ICP number)",
        },
        [
            (
                "法律免责声明：本模板为 ChainlessChain 团队内部起草，**未经法务专业审核**。正式上架前请由公司法务或外部律师复核中文版",
                "a drafting note shipped with the policy: an internally drafted template, not legally reviewed, to be reviewed before release",
            ),
            (
                "Disclaimer: This template was drafted internally and **has not undergone legal review**. Before App Store submission",
                "the same drafting note in English",
            ),
        ],
        [
            ("**客服电话**：400-1068-687", "a filled phone number (not a slot)"),
            ("**ICP 备案**：闽 ICP 备 2025105973 号-1", "a filled licence number (not a slot)"),
        ],
        [],
    ),
    "aikerui-en-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "English privacy policy of Aikerui Cleaning Technology Co., Ltd. (Anqing, Anhui, China) as a Next.js page",
            "url": "index:59286855448 (code index; repository not named by the index)",
            "script": "latn",
            "lang": "en",
            "form": "Next.js TSX (a page component)",
            "source": _idx("59286855448", "find_string 'Technology Co., Ltd. (\"we\"'", 4803),
            "note": "clean: dated Last updated: June 17, 2026; company, e-mail, phone and address filled; no slot",
        },
        [],
        [],
        [],
    ),
    "mianya-zh-ts": (
        "dev",
        "mapPages.ts",
        {
            "kind": "zh-Hans 用户协议 and 隐私政策 of a crochet-kit WeChat mini program (小棉鸭) as default strings of a TypeScript CMS-mapping module",
            "url": "index:55194012246 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "TypeScript (object literals of strings and template literals)",
            "source": _idx("55194012246", "find_string 「未满十四周岁」", 10439),
            "note": "clean: the brand is the const ${BRAND_NAME} (a run-time interpolation); dated updated: '2026-06' (a month); no slot",
        },
        [],
        [
            ("body: `${BRAND_NAME} 是一家专注钩织的材料包品牌", _RUNTIME),
            ("body: `${BRAND_SLOGAN_EN}。手作的温度", _RUNTIME),
            ("intro: `欢迎使用${BRAND_NAME}（以下称“本小程序”）", _RUNTIME),
            ("intro: `${BRAND_NAME}（以下称“本小程序”）尊重并保护你的个人信息", _RUNTIME),
        ],
        [],
    ),
    "yuguo-tw-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "Taiwan 隱私權說明 of 宇果國際行銷 as a Next.js page: the six sections a const array of {q, a: JSX} rendered by .map; the collector's name, tax id and contacts are fields of `site`",
            "url": "index:62589781676 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Next.js TSX (a page component)",
            "source": _idx("62589781676", "find_string 「個資聯絡窗口」", 5158),
            "note": "clean: dated 最後更新：2026-09-06; the collector and contacts are run-time fields; no slot",
        },
        [],
        [
            ("資料蒐集者：{site.legalName}（統一編號 {site.taxId}）", _RUNTIME),
            ('<span className="break-all">{site.contact.email}</span>', _RUNTIME),
            ("{site.contact.phoneDisplay}", _RUNTIME),
            ("LINE {site.contact.lineId}", _RUNTIME),
            ("{site.contact.address}", _RUNTIME),
        ],
        [],
    ),
    "ruiyang-tw-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "Taiwan 個資告知 of 睿洋機電 (a draft notice for an online inquiry form) as a Next.js page: retention, the contact window and the way to exercise rights are pending 「待公司確認」",
            "url": "index:71390022959 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Next.js TSX (a page component)",
            "source": _idx("71390022959", "find_string 「個資聯絡窗口」", 2658),
            "note": "slots: three sentences stand in for content the company has not given (retention period, contact window, how to query or correct), each 「待公司確認」 / 「由公司正式確認後公告」; the draft banner and the meta description are ambiguous",
        },
        [
            (
                "以下說明線上諮詢表單的資料處理方式。正式保存期限、個資聯絡窗口與完整告知內容，仍待公司確認。",
                "a drafting note standing in for the retention period, the contact window and the full notice",
            ),
            (
                "郵件服務與公司信箱的保存期限及管理方式，將由公司正式確認後公告。",
                "the retention period and handling left to be announced (pending content)",
            ),
            (
                "正式個資聯絡窗口、資料查詢或更正方式與完整告知內容，待公司確認後公告於本頁。",
                "the contact window and the way to query or correct data left to be announced (pending content)",
            ),
        ],
        [
            ("供{company.name}", _RUNTIME),
        ],
        [
            (
                "正式告知內容待公司確認。",
                "the page's meta description (not body text) says the notice is pending: a finding there is not false",
            ),
            (
                "<strong>告知內容草案・待公司確認</strong>",
                "a visible draft banner (like （草案） in a title): a finding there is not false",
            ),
            ("以下為未來開放後的資料使用說明草案。", "the other branch of the ternary: the form not yet open, the text called a draft"),
        ],
    ),
    "zaoxiang-zh-ts": (
        "dev",
        "login.ts",
        {
            "kind": "zh-Hans WeChat mini-program login page (TypeScript) of 灶香集 whose terms modal ships a drafting note; the privacy modal is a one-line stand-in",
            "url": "index:60964526606 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "TypeScript (a mini-program Page with wx.showModal strings)",
            "source": _idx("60964526606", "find_string 「正式发布前请替换」", 4612),
            "note": "second wave (added after the first run, annotated before its own): the user-visible terms text ends with 「正式发布前请替换为经审核的完整协议正文。」 (158)",
        },
        [
            (
                "正式发布前请替换为经审核的完整协议正文。",
                "a drafting note shipped in the user-visible terms modal: the text is a stand-in to be replaced by the reviewed agreement",
            ),
        ],
        [
            ("请先阅读并同意相关协议", "a filled toast (not a slot)"),
        ],
        [],
    ),
    "zhixuan-zh-js": (
        "dev",
        "auth.js",
        {
            "kind": "zh-Hans WeChat mini-program auth module (JavaScript) of 智选商城 with a short consent text (用户协议与隐私政策) shown in a modal",
            "url": "index:70516567702 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "JavaScript (a CommonJS module; the consent text a concatenated string)",
            "source": _idx("70516567702", "find_string 「正式发布前请替换」", 4409),
            "note": "second wave: the shown text is filled; the drafting note 「协议文本（正式发布前请替换为法务确认的正式条款）」 is a code comment (25), not shown to users",
        },
        [],
        [
            ("'欢迎使用智选商城。", "filled consent text (not a slot)"),
        ],
        [
            (
                "/** 协议文本（正式发布前请替换为法务确认的正式条款） */",
                "a code comment (not shown) saying the consent text is to be replaced by legally confirmed terms: a finding here is judged by hand, not counted false",
            ),
        ],
    ),
    "mobileenglish-tw-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "Taiwan 隱私權政策 of Mobile English (an English-learning app) as a Next.js page with <section> blocks",
            "url": "index:60256016354 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Next.js TSX (a page component)",
            "source": _idx("60256016354", "find_string 「本隱私權政策最後更新」", 5017),
            "note": "second wave; clean: dated 最後更新：2026年6月 (a header prop) and 本隱私權政策最後更新日期：2026年6月29日; no slot",
        },
        [],
        [
            ("您可以透過 App 內的「刪除帳號」功能或公開網站 /delete-account 刪除您的帳號", "an in-app path and a site path (not a slot)"),
        ],
        [],
    ),
}
