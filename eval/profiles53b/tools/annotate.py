#!/usr/bin/env python3
"""Hand annotations of eval/profiles53b in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m53y by reading each document in full before any policylens run (a measure-only set, blind on the session's
final code; one document held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles52b.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles53b/tools/annotate.py
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
Verdict = list[int] | str
M, NA, Q = "missing", "n/a", "?"
NONE = "none found (all rights reserved; test fixture only)"
INDEX = "search-index text for the commit (no snapshot could be fetched)"
INDEX_NO_REPO = "search-index text; the index does not name the repository"

PIPL = [
    "processor",
    "purposes",
    "methods",
    "categories",
    "retention",
    "rights",
    "sensitive-necessity",
    "minors",
    "abroad-recipient",
    "abroad-purposes",
    "abroad-methods",
    "abroad-categories",
    "abroad-rights",
]
GBT = [
    "identity-contact",
    "functions",
    "sensitive-marked",
    "methods",
    "retention",
    "cross-border",
    "sharing",
    "transfer",
    "public-disclosure",
    "access",
    "correct",
    "delete",
    "close-account",
    "withdraw-consent",
    "copy",
    "effect-of-not-providing",
    "security",
    "complaint",
]
TW = ["agency", "purposes", "categories", "period", "area", "recipients", "methods", "rights", "effect-of-not-providing", "source"]
GDPR = [
    "controller",
    "dpo",
    "purposes",
    "legal-basis",
    "legitimate-interests",
    "recipients",
    "transfers",
    "retention",
    "rights",
    "withdraw-consent",
    "complaint",
    "requirement",
    "automated-decisions",
    "source",
]
CCPA = [
    "categories-collected",
    "sources",
    "purposes",
    "sold-or-shared",
    "right-to-know",
    "right-to-delete",
    "right-to-correct",
    "right-to-opt-out",
    "right-to-limit",
    "non-discrimination",
    "how-to-submit",
    "authorized-agent",
    "last-updated",
]
ITEMS = {"cn-pipl": PIPL, "cn-gbt35273": GBT, "tw-pdpa": TW, "eu-gdpr": GDPR, "us-ccpa": CCPA}
ABROAD = ["abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights"]

GIT = "git blob"


def r(a: int, b: int) -> list[int]:
    """The lines a..b (both included)."""
    return list(range(a, b + 1))


NA_ABROAD = dict.fromkeys(ABROAD, NA)

PAGE = "the `pages` corpus (a stored copy of the published page, about its first 2,000 bytes)"

# Weisuàn: one Next.js page with a zh branch (L37-L167) and an en branch (L169-L339) of the same policy; a line of either
# language is accepted as the citation (the tool reads both).
W_CONTROLLER = [50, 156, 157, 158, 182, 326, 327, 328]
W_PURPOSES = [67, 73, *r(75, 80), 88, 89, 90, 209, *r(211, 216), 230, 234, 235, 236]
W_METHODS = [54, 58, 59, 62, 63, 67, 187, 189, 190, 191, 194, 195]
W_CATEGORIES = [55, 57, 58, 59, 63, 65, 66, 187, 189, 190, 191, 195, 197, 198, 199]
W_RETENTION = [120, 270, 272, 273, 274]
W_RIGHTS_ZH = [125, *r(127, 132), 134, 154]
W_RIGHTS_EN = [280, *r(282, 288), 294, 295, 301, 304, 324]
W_SHARING = [88, 89, 97, 99, 100, 234, 235, 236, 245, 247, 248]
W_SECURITY = [108, *r(110, 113), 257, *r(259, 263)]

DOCS: list[dict] = [
    {
        "name": "weisuan-zh-en",
        "split": "dev",
        "file": "weisuan-zh-en/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a Next.js App Router page `app/[locale]/privacy/page.tsx` (next-intl) of 微算团队 / Weisuàn Team, site microai.icu, Beijing; `if (isZh)` returns the Chinese policy, otherwise the English one; sections as <SectionTitle>/<SubSection title=…> components)",
            "commit": "index id 53879813900",
            "stored": INDEX_NO_REPO + "; 21,843 characters, LF, final newline; checked against total_chars",
        },
        "v": {
            "cn-pipl": {
                "processor": W_CONTROLLER,
                "purposes": W_PURPOSES,
                "methods": W_METHODS,
                "categories": W_CATEGORIES,
                "retention": W_RETENTION,
                "rights": W_RIGHTS_ZH + W_RIGHTS_EN,
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": W_CONTROLLER,
                "functions": [55, 58, 59, 63, 189, 190, 191, 195],
                "sensitive-marked": NA,
                "methods": W_METHODS,
                "retention": W_RETENTION,
                "cross-border": [144, 314],
                "sharing": W_SHARING,
                "transfer": [250],
                "public-disclosure": M,
                "access": [125, 128, 282, 301],
                "correct": [125, 129, 283, 301],
                "delete": [125, 130, 284, 295, 301],
                "close-account": [132, 134],
                "withdraw-consent": [77, 131, 134, 288, 301],
                "copy": [125, 128, 282, 286, 301],
                "effect-of-not-providing": [92, 240],
                "security": W_SECURITY,
                "complaint": Q,
            },
            "eu-gdpr": {
                "controller": W_CONTROLLER,
                "dpo": M,
                "purposes": W_PURPOSES,
                "legal-basis": [218],
                "legitimate-interests": [218],
                "recipients": W_SHARING,
                "transfers": [314],
                "retention": W_RETENTION,
                "rights": W_RIGHTS_EN + [*r(127, 132)],
                "withdraw-consent": [77, 131, 240, 288, 301],
                "complaint": [330],
                "requirement": [92, 187, 240],
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "cn-pipl/processor": '「微算团队（以下简称"我们"）」 (50) — a team (not the product: the site is defined separately as 本网站, microai.icu) — with 地址 and 电子邮件 under 十一、联系我们 (156-158); the English branch the same (182, 326-328)',
            "cn-pipl/purposes": "「我们将收集的信息用于以下目的：」 (73) + items (75-80); the cookie/analytics lines name uses too (67, 88-90); English 209, 211-216, the table's Purpose column (230, 234-236)",
            "cn-pipl/methods": "1.1 您主动提供的信息 / 1.2 自动收集的信息 (54, 62) with 「当您访问本网站时，我们可能自动收集：」 (63), 「您通过联系表单、反馈表单提交的内容」 (58), 「注册账号时提供的」 (59); English 187, 189-191, 194-195",
            "cn-pipl/categories": "联系信息：姓名、电子邮件地址、电话号码、公司名称 (57) under 「我们可能收集以下信息：」 (55); 设备信息, 日志信息 (65-66) under 63; English 189-199",
            "cn-pipl/retention": "「我们将在实现收集目的所必需的期限内保留您的个人信息…」 (120); English with periods: 24 months, account plus 30 days (270-274)",
            "cn-pipl/rights": "「您享有以下权利：」 (125) + 查阅和复制权, 更正权, 删除权, 撤回同意权, 注销账户权 (127-132), way 「如需行使上述权利，请通过本页底部的联系方式与我们联系。」 (134), the 联系我们 section with an e-mail (154-158); English 280-304",
            "cn-pipl/sensitive-necessity": "n/a: no sensitive data collected; the English says so (204: 'We do not collect sensitive personal data such as …')",
            "cn-pipl/minors": "n/a: 「我们的服务面向企业用户，不面向16岁以下的未成年人。我们不会故意收集…如果我们发现意外收集了未成年人的信息，将立即采取措施删除。」 (139; en 309): not meant for them, deleted when found",
            "cn-pipl/abroad-recipient": "n/a (debatable): 九、国际数据传输 (144) stores data with Netlify and Neon (no country given) and says 「如果您从欧洲经济区 (EEA) 或其他地区访问本网站，您的信息可能会被传输到中国或其他国家」 — a case clause about visitors from abroad, nothing about a Chinese user's data leaving China (the profile's convention: a 如…的 case clause does not apply)",
            "cn-gbt35273/functions": "「当您使用我们的服务时，我们可能收集以下信息：」 (55) with function labels 咨询与反馈 (58), 账户信息：注册账号时提供的用户名和电子邮件 (59); 「当您访问本网站时…」 (63); English 189-191 ('when you fill out contact or inquiry forms', 'when you create an account through Netlify Identity')",
            "cn-gbt35273/cross-border": "「您的信息可能会被传输到中国或其他国家」 (144; en 314): a transfer with where it goes, under 国际数据传输",
            "cn-gbt35273/sharing": "服务提供商 with named services (Netlify 托管、Neon 数据库、SendGrid 邮件服务) (99) under 「我们仅在以下情况下共享您的信息：」 (97); 百度统计, Google Analytics with what they analyse (88-89); English 234-236, 245-248",
            "cn-gbt35273/transfer": "only in English: 'Business Transfers: In connection with any merger, acquisition, or sale of assets, your information may be transferred' (250); the Chinese branch has no 转让 sentence",
            "cn-gbt35273/public-disclosure": "missing: 四、信息共享与披露 shares with providers and on legal demand (100: a 披露 to authorities, not public); nothing on 公开披露 in either language",
            "cn-gbt35273/close-account": "「注销账户权：注销您的账户」 (132) after 「您享有以下权利：」 (125), with the way in 134",
            "cn-gbt35273/withdraw-consent": "「撤回同意权：撤回您此前给予的同意」 (131) with the way in 134; 「（您可随时退订）」 (77); English 288, 301",
            "cn-gbt35273/copy": "「查阅和复制权：查阅和复制您的个人信息」 (128); English 'Request a copy' (282), portability (286)",
            "cn-gbt35273/effect-of-not-providing": "「您可以通过浏览器设置拒绝或删除 Cookie。请注意，禁用 Cookie 可能会影响网站的部分功能。」 (92; en 240): cookies managed at a cost",
            "cn-gbt35273/security": "SSL/TLS 加密传输, 访问控制和权限管理, 数据备份, 定期安全审计 (110-113) under 108; English 257-263",
            "cn-gbt35273/complaint": "? — no 投诉 in Chinese; the English contact sentence covers 'concerns about our privacy practices' (324) and the complaint is to a supervisory authority (330, no channel): doubtful, not scored",
            "eu-gdpr/controller": '\'Weisuàn Team ("we," "us," or "our")\' (182) with address and e-mail under 11. Contact Us (326-328); zh 50, 156-158',
            "eu-gdpr/legal-basis": "'Legal Basis for Processing (GDPR): … (a) your consent, (b) the performance of a contract …, (c) our legitimate interests …, or (d) compliance with a legal obligation' (218)",
            "eu-gdpr/legitimate-interests": "'(c) our legitimate interests (such as improving our services and ensuring security)' (218)",
            "eu-gdpr/transfers": "applies: EEA visitors' data 'may be transferred to and processed in China or other countries' (314: a named third country; the if-clause is about where the visitor is, the transfer itself is stated); covered by 'the use of standard contractual clauses or other appropriate safeguards where required' (314)",
            "eu-gdpr/rights": "7.1 Rights Under GDPR (280-288), CCPA know/delete (294-295), PIPL (301), how to exercise (304); zh 127-132",
            "eu-gdpr/withdraw-consent": "'Right to Withdraw Consent' (288), PIPL 'withdraw consent' (301), the GA opt-out add-on and browser cookie controls (240); zh 77, 131",
            "eu-gdpr/complaint": "'For EEA residents, you also have the right to lodge a complaint with your local data protection supervisory authority.' (330)",
            "eu-gdpr/requirement": "'when you voluntarily provide it' (187); 'disabling cookies may affect the functionality' (240; zh 92)",
            "eu-gdpr/automated-decisions": "missing: nothing on automated decisions or profiling",
            "eu-gdpr/source": "n/a: every kind of data comes from the person or their browser (an account 'through Netlify Identity' is the person signing up)",
        },
    },
    {
        "name": "cctv-tw",
        "split": "dev",
        "file": "cctv-tw/EditAccountPop.vue",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a Vue 3 admin component `EditAccountPop` (編輯帳號 modal, vee-validate) of a 「5G CCTV AI 安全、營運、旅運心服務戰情室」; a second Bootstrap modal #agreePop holds the 「個人資料保護法」公開聲明內容, its lines hard-wrapped in the template (業務往 / 來機構))",
            "commit": "index id 12440722788",
            "stored": INDEX_NO_REPO + "; 23,194 characters, LF, final newline; checked against total_chars",
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [709, 710, 711],
                "categories": [713, 714],
                "period": [716, 717],
                "area": [716, 718],
                "recipients": [716, 719, 720],
                "methods": [716, 721],
                "rights": M,
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "missing: the notice speaks as 本單位 (707, 717-723) and names only the service 「5G CCTV AI 安全、營運、旅運心服務戰情室相關服務」 (703-704); no company or body anywhere in the file",
            "tw-pdpa/purposes": "一、 個人資料蒐集目的 (709) with （一）系統申請時審核身份用。（二）上述之相關業務… (710-711)",
            "tw-pdpa/categories": "二、 個人資料蒐集類別 (713) + 識別類（中、英文姓名、聯絡電話號碼、電子郵遞地址、帳戶號碼與戶名 (714)",
            "tw-pdpa/period": "「（一）期間：利用期間為本單位或業務所必須之保存期間。」 (717): the criterion",
            "tw-pdpa/area": "「（二）地區：您的個人資料將用於本單位提供服務之地區。」 (718): the Act's label with its (vague) value",
            "tw-pdpa/recipients": "「（三）對象：本單位之共同行銷、交互運用客戶資料公司、合作推廣單位、業務往 / 來機構、依法有調查權機關或監理機關。」 (719-720, hard-wrapped mid-word)",
            "tw-pdpa/methods": "「（四）方式：電子文件、紙本，或以自動化機器或其他非自動化之利用方式。」 (721)",
            "tw-pdpa/rights": "missing: 「四、 依據個資法第三條規定，您就本單位保有您的個人資料得行使下列權利」 + the rights (723-725) but no way to exercise them (no e-mail, phone or contact anywhere)",
            "tw-pdpa/effect-of-not-providing": "missing: the sentence breaks off at 「…並具有書面同意之效果，若不同意請」 (706); nothing says what refusing costs (the modal's 不同意 button only closes it)",
            "tw-pdpa/source": "n/a: the notice speaks of data the person gives when applying (系統申請時審核身份用)",
        },
    },
    {
        "name": "kuaizai-i18n",
        "split": "dev",
        "file": "kuaizai-i18n/i18n.js",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a site's language switcher: a `translations` dictionary of data-i18n keys, zh-CN then en, holding the whole site — hero, about, contact, footer — and its 隐私政策 / Privacy Policy and 服务条款 / Terms as `privacy.sN.t` / `privacy.sN.b` strings; 快哉智能（澄迈）科技有限责任公司, Hainan)",
            "commit": "index id 54648458790",
            "stored": INDEX_NO_REPO
            + "; 19,018 characters, LF, final newline; checked against total_chars. Added after the first run of the other three, annotated before its own first run",
        },
        "v": {
            "cn-pipl": {
                "processor": [63, 70, 83, 99, 169, 176, 189, 205],
                "purposes": [87, 91, 193, 197],
                "methods": [85, 91, 191, 197],
                "categories": [85, 191],
                "retention": M,
                "rights": [93, 199],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "eu-gdpr": {
                "controller": [63, 70, 83, 99, 169, 176, 189, 205],
                "dpo": M,
                "purposes": [87, 91, 193, 197],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [89, 195],
                "transfers": NA,
                "retention": M,
                "rights": [93, 199],
                "withdraw-consent": [93, 199],
                "complaint": M,
                "requirement": [91, 197],
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "cn-pipl/processor": '「快哉智能（澄迈）科技有限责任公司（以下简称"我们"或"本公司"）」 (83) with e-mail and postal address in 八、联系我们 (99); the site\'s addresses (63, 70); English 189, 205, 169, 176',
            "cn-pipl/purposes": "「我们使用收集到的信息用于：（1）提供、维护与改进…（4）履行法律法规所要求的义务。」 (87); cookies 「以记住您的语言偏好等设置」 (91); English 193, 197",
            "cn-pipl/methods": "「（1）您主动提供的信息，例如您通过邮件与我们联系时留下的…（2）自动收集的技术信息」 (85); Cookie 与本地存储 (91); English 191, 197",
            "cn-pipl/categories": "姓名和邮箱地址; 设备型号、操作系统、浏览器类型、IP 地址、访问时间 (85); English 191",
            "cn-pipl/retention": "missing: nothing on how long anything is kept",
            "cn-pipl/rights": "「您有权访问、更正或删除…并可随时撤回此前给予的同意。如需行使上述权利，请通过下方联系方式与我们联系。」 (93); English 199",
            "cn-pipl/sensitive-necessity": "n/a: no sensitive data",
            "cn-pipl/minors": "n/a: children not mentioned",
            "cn-pipl/abroad-recipient": "n/a: 「立足中国，服务全球」 (34) is the business, nothing says data leaves China",
            "eu-gdpr/legal-basis": "missing (debatable): consent appears only as a condition for sharing (89/195: 'when we have your explicit consent') and 'comply with applicable laws' as a purpose (87/193); no basis is named for the processing",
            "eu-gdpr/legitimate-interests": "n/a: not relied on",
            "eu-gdpr/recipients": "「为完成支付、托管、分析等服务所必需，且第三方受保密义务约束；（3）应法律法规、司法机关或行政部门的合法要求」 (89): payment, hosting and analytics providers, authorities; English 195",
            "eu-gdpr/transfers": "n/a: no transfer stated",
            "eu-gdpr/retention": "missing",
            "eu-gdpr/withdraw-consent": "「并可随时撤回此前给予的同意」 (93); 'to withdraw any consent you have previously given' (199)",
            "eu-gdpr/complaint": "missing: no supervisory authority",
            "eu-gdpr/requirement": "'You may disable cookies via your browser settings, though some features may not function properly as a result.' (197; zh 91)",
            "eu-gdpr/automated-decisions": "missing",
            "eu-gdpr/source": "n/a: data from the person or their device",
        },
    },
    {
        "name": "worldcase-tw",
        "split": "holdout",
        "file": "worldcase-tw/privacy.txt",
        "source": {
            "repo": "(a published page, no repository)",
            "licence": "none found (a published page; all rights reserved; test fixture only)",
            "path": "https://www.worldcase.org/privacy-policy (中華民國徵信商業同業公會全國聯合會, 隱私權政策)",
            "commit": "pages corpus",
            "stored": PAGE
            + "; written out line for line from the search answer (1,904 bytes, LF); the page ends with 五、政策修訂 and its sentence, so nothing is cut",
        },
        "v": {
            "tw-pdpa": {
                "agency": [1],
                "purposes": [3, 13, 15, 17, 19, 21],
                "categories": [3, 5, 7, 9],
                "period": M,
                "area": M,
                "recipients": M,
                "methods": M,
                "rights": M,
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "「本會「中華民國徵信商業同業公會全國聯合會」(以下稱本會)」 (1)",
            "tw-pdpa/purposes": "「本會基於提供服務、會員管理、身份驗證、聯絡通知、統計分析及提升使用者體驗等目的,可能蒐集下列資料:」 (3); 二、資料使用方式 with 「本會所取得資料,僅於合法及必要範圍內使用:」 (13) and its items (15-21)",
            "tw-pdpa/categories": "基本識別資料:姓名、電話、電子郵件、地址 (5), 使用紀錄資料:…IP 位置、裝置資訊 (7), 會員或業務往來必要資料 (9), under 3",
            "tw-pdpa/period": "missing: nothing on how long data is kept or used",
            "tw-pdpa/area": "missing: no place named",
            "tw-pdpa/recipients": "missing: 「除符合法令規定或經您同意,本會不會將個人資料提供給第三方。」 (22) names no kind of recipient; 「僅限本會授權人員」 (27) is the agency itself",
            "tw-pdpa/methods": "missing: no means of use (自動化/書面/電子); 合理安全措施 (25) is security",
            "tw-pdpa/rights": "missing (debatable): 「依個資法第 3 條,您可向本會行使:」 (31) + the five rights (33-41) + 「本會將於確認身份後依法處理。」 (42): the Act cited and the rights granted, but no channel in (no e-mail, phone, form or address anywhere on the page) — profiles50c's convention (yuyue-tw: no channel, missing); profiles52b took 「向本公司請求」 as covered, marked debatable",
            "tw-pdpa/effect-of-not-providing": "missing",
            "tw-pdpa/source": "n/a: 「其他經使用者主動提供之資料」 (11); nothing from third parties",
        },
    },
]


def main() -> None:
    for doc in DOCS:
        verdicts: dict[str, Verdict] = {}
        for profile, items in doc["v"].items():
            assert list(items) == ITEMS[profile], (doc["name"], profile)
            verdicts.update({f"{profile}/{k}": v for k, v in items.items()})
        path = os.path.join(SET, "docs", doc["file"])
        with open(path, encoding="utf-8") as fh:
            n = sum(1 for _ in fh)
        for k, v in verdicts.items():
            assert isinstance(v, str) or all(1 <= x <= n for x in v), (doc["name"], k)
        out = {
            "file": f"eval/profiles53b/docs/{doc['file']}",
            "source": doc["source"],
            "split": doc["split"],
            "verdicts": verdicts,
            "notes": doc.get("notes", {}),
        }
        os.makedirs(os.path.join(SET, doc["split"]), exist_ok=True)
        with open(os.path.join(SET, doc["split"], doc["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


if __name__ == "__main__":
    main()
