"""Hand annotations of round 56p (helper m56p), read by tools/annotate56p.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Six files never used before, all from the code index (`read_file` by id, written out character for character,
total_chars checked; five are files of eval/profiles56p/docs, kurashiki-tri-ts is this round's only).  One holds unfilled
slots (kurashiki-tri-ts: a TODO note defined once in three languages and shown under six headings, drafting
instructions to the operator, a name with its details pending); one holds ambiguous filler contacts (buybuyla-tw-jsp).
Held out (drawn before any run, ref/holdout-draw.txt): tinycrm-tw-tsx, buybuyla-tw-jsp."""

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
_TODO_USE = "TODO_NOTE shown here (the slot's text is at 9-11, its definition): a finding here is not false"

DOCS = {
    "xianzhi-zh-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "zh-Hans 隐私政策 of 先知命理网 (a fortune-telling site) as a Next.js page; an <AgentBrandNotice> component",
            "url": "index:60249917388 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Next.js TSX (a page component)",
            "source": _idx("60249917388", 'find_string 「（以下简称"我们"）」', 7501),
            "note": "clean: dated 最后更新日期：2026年7月31日; no slot",
        },
        [],
        [],
        [],
    ),
    "longtou-zh-tsx": (
        "dev",
        "page.tsx",
        {
            "kind": "zh-Hans 隐私政策 of 龙头会服 (an accounting-services site) as a Next.js page; name and contacts are {brand.*}",
            "url": "index:68810539774 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Next.js TSX (a page component)",
            "source": _idx("68810539774", 'find_string 「（以下简称"我们"）」', 2534),
            "note": 'clean: dated by a const (最后更新：{UPDATED}, UPDATED = "2026年9月"); no slot',
        },
        [],
        [
            ("最后更新：{UPDATED}", _RUNTIME),
            ("{brand.legalName}", _RUNTIME),
            ("电话：{brand.phone}", _RUNTIME),
            ("邮箱：{brand.email}", _RUNTIME),
            ("地址：{brand.address}", _RUNTIME),
        ],
        [],
    ),
    "cihui-bil-ts": (
        "dev",
        "legalTexts.ts",
        {
            "kind": "bilingual zh-CN / en-US 隐私政策 / Privacy Policy of a vocabulary app as two TypeScript template literals",
            "url": "index:12227816279 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh+en",
            "form": "TypeScript (a Record of template literals)",
            "source": _idx("12227816279", "find_string 'SupportedLegalLang'", 3070),
            "note": "clean: 生效日期：2025-08-08 / Effective Date: 2025-08-08; no slot",
        },
        [],
        [],
        [],
    ),
    "kurashiki-tri-ts": (
        "dev",
        "legal.ts",
        {
            "kind": "trilingual (ja / en / zhTW) terms, 特定商取引法 notice and privacy sections of Kurashiki Stay Collection (Japanese inns) as TypeScript data",
            "url": "index:65837771602 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "ja+en+zh",
            "form": "TypeScript (LegalSection[] arrays of {ja, en, zhTW})",
            "source": _idx("65837771602", "find_string 「請於上線前」", 9969),
            "note": "a draft: TODO_NOTE (9-11) stands for the unfilled damages, jurisdiction, phone, representative, payment and retention; drafting instructions to the operator; a name with details pending; undated",
        },
        [
            ("【TODO】現時点では未確定のため", "ja TODO note: the value is not yet decided (used under six headings)"),
            ("[TODO] Not yet finalized", "en TODO note"),
            ("【TODO】目前尚未確定", "zhTW TODO note"),
            ("未確定の項目は事実を創作せず、公開前に運営者情報で補ってください", "drafting instruction to the operator (ja)"),
            ("Unconfirmed fields must be completed with real operator information before launch", "drafting instruction (en)"),
            ("須於上線前由經營者補齊正確資訊", "drafting instruction (zhTW)"),
            ("YUICHIRO KIKKAWA（詳細情報は準備中）", "the operator's details pending (ja / en / zhTW on one line)"),
            ("公開前に専門家にご確認ください", "drafting note: have a professional confirm before launch (ja)"),
            ("Please confirm with a qualified professional before launch", "drafting note (en)"),
            ("請於上線前洽詢專業人士", "drafting note (zhTW)"),
        ],
        [],
        [
            ('ja: "特定商取引法に基づく表記（テンプレート）"', "a heading naming the section a template"),
            ('en: "Commercial Transactions Act Notice (template)"', "a heading naming the section a template"),
            ('zhTW: "特定商業交易法相關標示（範本）"', "a heading naming the section a template"),
            ("      TODO_NOTE,", _TODO_USE, "第4条（損害賠償）"),
            ("      TODO_NOTE,", _TODO_USE, "第7条（準拠法・管轄）"),
            ("body: [TODO_NOTE] },", _TODO_USE, "非公開とする場合"),
            ("body: [TODO_NOTE] },", _TODO_USE, "電話番号"),
            ("body: [TODO_NOTE] },", _TODO_USE, "販売価格"),
            ("    body: [TODO_NOTE],", _TODO_USE, "保存期間"),
        ],
    ),
    "tinycrm-tw-tsx": (
        "holdout",
        "page.tsx",
        {
            "kind": "Taiwan 隱私權政策 of TinyCRM TW (a CRM SaaS) as a Next.js page; <Section title=…>; name and contacts are {COMPANY.*}",
            "url": "index:58337060032 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Next.js TSX (a page component)",
            "source": _idx("58337060032", "find_string 「請求製給複製本」", 3863),
            "note": "clean: dated 最後更新日期：2026 年 6 月 12 日; no slot",
        },
        [],
        [
            ("{COMPANY.legalName}", _RUNTIME),
            ("統一編號：{COMPANY.taxId}", _RUNTIME),
            ("地址：{COMPANY.address}", _RUNTIME),
            ("Email：{COMPANY.email}", _RUNTIME),
            ("行使方式：來信 {COMPANY.email}", _RUNTIME),
            ("{COMPANY.phone}，本公司將於法定期間內處理", _RUNTIME),
            ("如有任何疑問，歡迎來信 {COMPANY.email}", _RUNTIME),
        ],
        [],
    ),
    "buybuyla-tw-jsp": (
        "holdout",
        "privacy.jsp",
        {
            "kind": "Taiwan 隱私權政策 of BuyBuyLa (藍石國際股份有限公司) in a JSP seller-centre page (a student project: nav, EL, a table cell)",
            "url": "index:17127716616 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "JSP (HTML with JSTL and EL)",
            "source": _idx("17127716616", "find_string 「請求製給複製本」", 6193),
            "note": "no slot; filler-looking contacts (a21@gmail.com, 0921212121) and another company's name left from a copied policy (綠藤) — ambiguous; undated",
        },
        [],
        [
            ("${memberUiDefault.id}", "JSP EL filled at run time"),
            ("${memberUiDefault.userEmail}", "JSP EL filled at run time"),
        ],
        [
            ("以電子郵件 a21@gmail.com 或電話 0921212121", "filler-looking contacts of a student project: maybe real, maybe dummies"),
            ("是由綠藤系統執行", "another company's name (綠藤) left from the copied policy — a copy residue, not a slot"),
            ("<a href=\"<c:url value='???' />\">", "'???' in a link target of the navigation (code, not text)", "訂單管理"),
            ("<a href=\"<c:url value='???' />\">", "'???' in a link target of the navigation (code, not text)", "商品管理"),
        ],
    ),
}
