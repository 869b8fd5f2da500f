#!/usr/bin/env python3
"""Hand annotations of eval/profiles54q in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m54q by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 735b9f5b; one document held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles54p (and profiles53q).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles54q/tools/annotate.py
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


def r(a: int, b: int) -> list[int]:
    """The lines a..b (both included)."""
    return list(range(a, b + 1))


NA_ABROAD = dict.fromkeys(ABROAD, NA)

GIT = "git blob of a fetched repository, byte for byte at the commit"
STORED = INDEX_NO_REPO + "; {chars} characters, LF; written out character for character from read_file and checked against total_chars"


def _sdk_purpose_cells() -> list[int]:
    """vigame-zh: the 收集目的 cells of the SDK table (lines 221-710), one <td> a line; found by reading the stored file."""
    out = []
    with open(os.path.join(SET, "docs", "vigame-zh", "index.jsx"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            s = line.strip()
            if 221 <= i <= 710 and s.startswith("<td>") and s.endswith("</td>") and "参考第三方" not in s:
                out.append(i)
    return out


# powerchi.com.tw (Taiwan, a Laravel seeder): the privacy policy is the heredoc of privacyContent() (57-155); the terms
# (159-), the cookie policy (255-) and the disclaimer follow in the same file and are read too.
P_RIGHTS = [125, 126, 128, 129, 130, 131, 132, 134, 149, 151, 152, 153]

# 昌鴻國際建設 (Taiwan, a React footer): the notice is one modal (77-93), one <div> a paragraph; the form's consent text 172.
C_TERMS = [86, 87]

# One PPT (a bilingual Next.js page: zh-Hans 26-133, English 136-243; the same eleven sections; a line of either
# language is accepted).  Held out.
O_PURPOSES = [42, 45, 51, 52, 53, 54, 55, 93, 152, 155, 161, 162, 163, 164, 165, 203]
O_RECIPIENTS = [44, 59, 60, 62, 63, 64, 65, 66, 154, 169, 170, 172, 173, 174, 175, 176]
O_CATEGORIES = [38, 39, 41, 42, 43, 44, 45, 148, 149, 151, 152, 153, 154, 155]

# An app policy of vigame (vigamemedia.com) (zh-Hans, React JSX, text between <br /> lines; the operator and the app are run-time
# expressions {company} {appName}).
V_PURPOSES = [50, 51, 59, 77, 79, 82, 84, 86, 88, 90, 92, 95, 99, 103, 105, 107, 109, 111, 114, 115]
V_CATEGORIES = [56, 59, 61, 62, 63, 77, 84, 86, 87, 88, 90, 92, 93, 95, 201, 202, 203]
V_METHODS = [50, 56, 75, 93, 199, 201, 203, 724, 725]
V_RETENTION = [726, 727, 728]
V_RIGHTS = [753, 755, 756, 757, 758, 759, 760, 761]
V_MINORS = [24, 764, 766, 767, 770, 771, 774, 776, 777, 778, 779]

# LinkChest (English Markdown of a Shenzhen company; added to dev after the held-out draw, before any run).
L2_PURPOSES = [31, 33, 43, 45, 46, 47, 48, 49, 50, 51, 114, 116, 117, 145, 146, 147, 169, 183, 194, 206, 219, 232]
L2_CATEGORIES = [21, 23, 25, 26, 27, 29, 31, 32, 33, 149, 150, 151, 152, 153, 171, 172, 173, 174, 185, 186, 196, 197, 198]
L2_CATEGORIES += [208, 209, 210, 221, 222, 223, 234, 235]

DOCS: list[dict] = [
    {
        "name": "powerchi-tw",
        "split": "dev",
        "file": "powerchi-tw/LegalPageSeeder.php",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a Laravel database/seeders/LegalPageSeeder.php: the powerchi.com.tw site's 隱私權政策, 服務條款, Cookie 政策 and 免責聲明 as four PHP heredocs)",
            "commit": "index id 52456143428",
            "stored": STORED.format(chars="11,298"),
        },
        "v": {
            "tw-pdpa": {
                "agency": Q,
                "purposes": [64, 66, 68, 69, 70, 71, 72, 274, 275, 276, 287, 298, 299],
                "categories": [64, 75, 78, 81, 82, 83, 84, 85, 298],
                "period": [91, 93, 94, 95, 96, 275, 287, 299],
                "area": [99, 100],
                "recipients": [102, 104, 105, 106],
                "methods": [109, 110],
                "rights": P_RIGHTS,
                "effect-of-not-providing": [308],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "? — 「{$company}（以下簡稱「本公司」）」 (60): the name is a PHP interpolation of config('app.name', 'MH STUDIO') (53), filled at run time; the page shows a name, the file holds only the variable and its default",
            "tw-pdpa/purposes": "2.1 蒐集目的 with the statutory codes 040/090/136/148/157 and what each is for (66-72); the cookie tables' 用途 cells (274-276, 287, 298-299)",
            "tw-pdpa/categories": "2.2 table: 識別類 姓名、電子郵件… / 特徵類 / 社會情況 / 財務細節 / 資訊技術類 IP… (75-85); the analytics row's 瀏覽量、來源頁面、瀏覽器類型 (298)",
            "tw-pdpa/period": "3.1 利用期間: 客戶關係存續期間及終止後 5 年, until unsubscribed, 26 個月, 2 年 (91-96); cookie lifetimes (275, 287, 299)",
            "tw-pdpa/area": "3.2 利用地區: 中華民國境內, 主機服務位於台灣 (99-100)",
            "tw-pdpa/recipients": "3.3 利用對象: 本公司及其受僱人, 依法有權調閱之機關, 委託之技術服務供應商（如主機商） (102-106)",
            "tw-pdpa/methods": "3.4 利用方式: 以自動化機器或其他非自動化方式 (109-110)",
            "tw-pdpa/rights": "5 當事人權利行使: the five rights (125-132) and 「請透過下列方式聯繫本公司」 (134) → 10 聯繫方式 e-mail and form (149-153)",
            "tw-pdpa/effect-of-not-providing": "only the cookie line 「停用嚴格必要 Cookie 可能導致網站無法正常運作」 (308) — accepted by profiles53q's convention (ecnet-tw: cookie refusal lines count for this item); nothing on refusing the form's data",
            "tw-pdpa/source": "n/a: everything is given by the person or recorded by the site",
        },
    },
    {
        "name": "changhong-tw",
        "split": "dev",
        "file": "changhong-tw/Footer.jsx",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a React Footer.jsx of a Tainan housing project's site (詠翠): a booking form and, in a modal, 昌鴻國際建設's 個人資料保護政策暨隱私權聲明)",
            "commit": "index id 8981314932",
            "stored": STORED.format(chars="10,495").replace(", LF", ", LF, no final newline"),
        },
        "v": {
            "tw-pdpa": {
                "agency": [78],
                "purposes": [80, 81, 172],
                "categories": [83, 84],
                "period": C_TERMS,
                "area": C_TERMS,
                "recipients": C_TERMS,
                "methods": C_TERMS,
                "rights": [89, 90],
                "effect-of-not-providing": [78],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「昌鴻國際建設（下稱「本公司」）依據個人資料保護法，向您告知…」 (78): a named company (no 股份有限公司 suffix) as the policy's own",
            "tw-pdpa/purposes": "一、蒐集目的和使用方式 (80-81): 提供您登錄網站、索取資料…行銷…客戶管理分析; the form's 「您所登錄的個人資料將作為以下用途：一、…二、客戶管理與服務 三、本公司行銷業務之推廣」 (172)",
            "tw-pdpa/categories": "二、蒐集之個人資料類別 (83-84): 識別類、特徵類…例如姓名、行動電話…身分證統一編號",
            "tw-pdpa/period": "三 (86-87): 「(三) 期間：包括個人資料蒐集目的之存續期間、依相關法令或契約約定之保存期限…」 (a criterion)",
            "tw-pdpa/area": "三 (86-87): 「(二) 地區：前開對象所在地及國際傳輸所涉地點，包含但不限於中華民國」",
            "tw-pdpa/recipients": "三 (86-87): 「(一) 對象：…本公司之關係企業、其他與本公司有業務往來之機構、依法有調查權之機關…」",
            "tw-pdpa/methods": "三 (86-87): 「(四) 方式：以自動化機器或其他非自動化之利用方式…」",
            "tw-pdpa/rights": "四 (89-90): the five rights and 「您可隨時透過本公司官方網站揭露之通訊方式」 — the way is a pointer to the site's contact details (the booking line 06-356-0852 is in the same footer, 147); accepted (debatable), as buykop-en's pointer was in profiles54p",
            "tw-pdpa/effect-of-not-providing": "「您可以自由選擇是否提供相關個人資料，若您拒絕，本公司將可能無法執行…致無法向您提供相關服務」 (78)",
            "tw-pdpa/source": "n/a: the form's data only",
        },
    },
    {
        "name": "vigame-zh",
        "split": "dev",
        "file": "vigame-zh/index.jsx",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a React page component AutoRenewAgreement: an app's 隐私政策 (vigame / vigamemedia.com), 50 SDK rows in a table)",
            "commit": "index id 8029616102",
            "stored": STORED.format(chars="28,718"),
        },
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": V_PURPOSES,
                "methods": V_METHODS,
                "categories": V_CATEGORIES,
                "retention": V_RETENTION,
                "rights": V_RIGHTS,
                "sensitive-necessity": Q,
                "minors": V_MINORS,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [58, 59, 61, 62, 63, 67, 69, 71, 72, 77, 79, 82, 84, 86, 87, 88, 90, 92, 93, 95, 103, 105, 107, 109, 111],
                "sensitive-marked": Q,
                "methods": V_METHODS,
                "retention": V_RETENTION,
                "cross-border": [717, 719, 720, 721],
                "sharing": [145, 148, 149, 150, 157, 158, 159, 161, 163, 164, 165, 166, 173, 175, 176, 198, 199, 201, 202, 203, 207],
                "transfer": [145, 148, 149, 150, 156, 181],
                "public-disclosure": [145, 151, 152, 153, 154, 181],
                "access": [753, 755, 756, 758, 759],
                "correct": [753, 755, 756],
                "delete": [753, 755, 756, 758, 759],
                "close-account": [753, 756, 757],
                "withdraw-consent": [753, 756, 757, 760, 761],
                "copy": M,
                "effect-of-not-providing": [65, 72, 77, 166, 715],
                "security": [730, 732, 733, 735, 736, 737, 738, 739, 742, 743, 744],
                "complaint": [757, 758, 761, 762, 791, 793, 794, 796],
            },
        },
        "notes": {
            "cn-pipl/processor": "? — 「本产品由{company}提供产品和服务」 (15-16): the operator is a run-time JSX expression (useCameraConfig()); the file names no company; an e-mail wtxjkf@vigamemedia.com (794)",
            "cn-pipl/purposes": "使用目的 of each collection: 用以保障产品的正常运行… (50-51), 为了保障软件与服务的正常运行 (59), each 【…】 permission's 用于… (77-111), 3. 个人信息的使用 (114-115); the SDK table's 收集目的 cells are added by _sdk_purpose_cells()",
            "cn-pipl/methods": "how collected and kept: 主动提供的或因为使用服务而产生的 (50), 通过自动化手段收集 (56), 向您终端设备请求如下权限 (75), 接收并记录 (93), SDKs collecting directly (199-203), 本地存储…数据库和服务器日志 (724-725)",
            "cn-pipl/categories": "device information, identifiers, network information, 粗略位置信息, installed apps (59-63), camera/album, location, MAC, sensors, DEVICE_ID, device accounts (77-95), the SDKs' IMEI/IP/… (201-203)",
            "cn-pipl/retention": "「在您使用公司服务期间…持续保存…从注销或停服之日起保存网络日志【1】年…所必须的最短期限」 (726-728)",
            "cn-pipl/rights": "七、您的权利 (753-761): 查询、删除、更正…注销…撤回, with 【我】-【反馈】's e-mail and the phone's permission settings",
            "cn-pipl/sensitive-necessity": "? — 「如您同意提供您的个人敏感信息（*）…」 (65) and 「这些信息是…所必须收集的基本信息」 (65): necessity asserted for device data, no effect on the person's rights; whether 粗略位置/installed apps/real-name data are sensitive here is debatable (the (*) mark is used nowhere)",
            "cn-pipl/minors": "八、未成年人条款 (764-779) and the guardian line 24; children under 14 (776-779)",
            "cn-pipl/abroad-recipient": "n/a: stored in China; 「如果我们向境外传输，我们将会遵循相关国家规定或者征求您的同意」 (721) is a hypothetical",
            "cn-gbt35273/identity-contact": "? — as cn-pipl/processor: the operator is {company}; the contact e-mail is at 794",
            "cn-gbt35273/functions": "each function or permission with the data it needs: 产品安全保障功能 (58-63), 实名认证功能 (67-69), 本应用相关功能 (71-72), the 【…】 permission lines (77-111)",
            "cn-gbt35273/sensitive-marked": "? — bold (<b>, 本政策标粗) marks the device data (60-64); the promised (*) marks no item",
            "cn-gbt35273/methods": "as cn-pipl/methods",
            "cn-gbt35273/cross-border": "「存储于中华人民共和国境内。如果我们向境外传输，我们将会遵循相关国家规定或者征求您的同意」 (717-721)",
            "cn-gbt35273/sharing": "三、1 and 2. 共享 (145-176): with 关联方、第三方 on consent, SDK partners, promotion partners de-identified; 四、合作厂商SDK (198-207)",
            "cn-gbt35273/transfer": "「我们不会转让您的个人信息给任何其他第三方，除非征得您的明确同意」 (156), the exemptions (181)",
            "cn-gbt35273/public-disclosure": "「我们不会对外公开披露…如必须公开披露时…告知…并征得您的明示同意」 (151-154), the exemptions (181)",
            "cn-gbt35273/access": "「以便您可以查询…」 (756) and 「1. 查询/删除功能：在【我】-【反馈】中获取联系邮箱…进行查询和删除」 (758-759)",
            "cn-gbt35273/correct": "「以便您可以查询、删除、更正…您可参考本应用的具体指引进行操作」 (755-757): granted, the way a general pointer",
            "cn-gbt35273/delete": "as access (756, 758-759)",
            "cn-gbt35273/close-account": "「注销您的账户…您可参考本应用的具体指引进行操作」 (756-757): granted, the way a general pointer (debatable, accepted)",
            "cn-gbt35273/withdraw-consent": "「撤回您已同意的授权」 (757), 「2. 改变授权范围：通过手机系统权限设置」 (760-761)",
            "cn-gbt35273/copy": "missing: no copy (副本) of the data is offered",
            "cn-gbt35273/effect-of-not-providing": "「如您不授予相应的权限，即无法使用相关功能，但不影响…基本业务功能」 (65), 「拒绝提供仅会使您无法使用该功能」 (72, 77), the SDKs' 「拒绝提供可能会导致您无法登录」 (166), cookies (715)",
            "cn-gbt35273/security": "六、信息的保护 (730-744): measures, limits, incident response",
            "cn-gbt35273/complaint": "投诉、举报 via the feedback e-mail (757-762), 十、联系我们 with a 15-working-day reply (791-796)",
        },
    },
    {
        "name": "oneppt-bil",
        "split": "holdout",
        "file": "oneppt-bil/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a Next.js app/privacy/page.tsx of One PPT (oneppt.com, an AI slide generator whose data may sit in mainland China): 隐私政策 and Privacy Policy, one per locale)",
            "commit": "index id 59733299042",
            "stored": STORED.format(chars="11,570"),
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": O_PURPOSES,
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": O_RECIPIENTS,
                "transfers": [105, 107, 108, 215, 217, 218],
                "retention": [71, 73, 74, 75, 181, 183, 184, 185],
                "rights": [79, 80, 82, 83, 84, 85, 86, 88, 189, 190, 192, 193, 194, 195, 196, 198],
                "withdraw-consent": [85, 195],
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": [44, 154],
            },
            "us-ccpa": {
                "categories-collected": O_CATEGORIES,
                "sources": [42, 44, 152, 154],
                "purposes": O_PURPOSES,
                "sold-or-shared": [68, 178, 196],
                "right-to-know": [82, 86, 192, 196],
                "right-to-delete": [84, 86, 194, 196],
                "right-to-correct": [83, 86, 193, 196],
                "right-to-opt-out": [86, 196],
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [88, 198],
                "authorized-agent": M,
                "last-updated": [8, 29, 139],
            },
        },
        "notes": {
            "eu-gdpr/controller": "missing (debatable): a brand, 「我们（以下简称 “One PPT”）」 / 'We (\"One PPT\")' (33, 143), and support@oneppt.com; no person or legal entity (buykop-en's convention in profiles54p)",
            "eu-gdpr/dpo": "missing",
            "eu-gdpr/purposes": "2. How We Use Information (51-55 / 161-165); content 'used solely to deliver the service' (42/152), cookies 'to maintain login sessions and analyze' (45/155, 93/203)",
            "eu-gdpr/legal-basis": "missing: no basis named",
            "eu-gdpr/legitimate-interests": "n/a: not relied on",
            "eu-gdpr/recipients": "3. Third-Party Services: Creem.io, Supabase, LLM providers (OpenAI, Anthropic), Vercel, e-mail providers (59-66 / 169-176); Creem collects the card data (44/154)",
            "eu-gdpr/transfers": "8. International Data Transfers: 'servers located in mainland China and overseas (including the EU, United States, etc.). We implement reasonable safeguards' (105-108 / 215-218)",
            "eu-gdpr/retention": "4. Data Storage and Retention: until deletion, 30 days, 90 days for backups (71-75 / 181-185)",
            "eu-gdpr/rights": "5. Your Rights (79-88 / 189-198): access and export, correct, delete, withdraw, GDPR rights; by e-mail",
            "eu-gdpr/withdraw-consent": "'Withdraw your consent at any time' (85 / 195)",
            "eu-gdpr/complaint": "missing: 'complaints … contact' us (128/238) is no supervisory authority",
            "eu-gdpr/requirement": "? — 'We collect only the information necessary to provide our service' (39/149) and disabling cookies 'some features may not work' (94/204): necessity asserted, nothing on what is statutory or contractual",
            "eu-gdpr/automated-decisions": "missing: nothing on automated decisions or profiling",
            "eu-gdpr/source": "'We only receive the order ID, payment status, and product ID returned by Creem' (44/154): data about the person from a named third party",
            "us-ccpa/categories-collected": "1. Information We Collect (38-45 / 148-155)",
            "us-ccpa/sources": "content 'you provide' / 你输入 (42/152), what Creem returns (44/154); device and log data (43/153) has no source stated",
            "us-ccpa/purposes": "as eu-gdpr/purposes",
            "us-ccpa/sold-or-shared": "'We do not sell or rent your personal information to any third party' (68/178), '(note: we do not sell personal information)' (196)",
            "us-ccpa/right-to-know": "'Access and export your personal information' (82/192), 'full rights under the CCPA' (86/196)",
            "us-ccpa/right-to-delete": "'Delete your account and all associated data' (84/194), 86/196",
            "us-ccpa/right-to-correct": "'Correct inaccurate information' (83/193), 86/196",
            "us-ccpa/right-to-opt-out": "'including the right to opt out of the sale of personal information' (196); 「CCPA 项下的全部权利」 (86)",
            "us-ccpa/right-to-limit": "missing",
            "us-ccpa/non-discrimination": "missing",
            "us-ccpa/how-to-submit": "'To exercise any of these rights, email support@oneppt.com' (88/198)",
            "us-ccpa/authorized-agent": "missing",
            "us-ccpa/last-updated": "'Effective Date: {EFFECTIVE_DATE}' (29/139) with const EFFECTIVE_DATE = \"2026-05-27\" (8): an effective date, accepted as the policy's date",
        },
    },
    {
        "name": "linkchest-en",
        "split": "dev",
        "file": "linkchest-en/PRIVACY_POLICY.md",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a Markdown PRIVACY_POLICY of the LinkChest (链藏) Android app and web site of 深圳市链记信息技术有限责任公司)",
            "commit": "index id 55052668250",
            "stored": STORED.format(chars="14,907").replace(", LF", ", LF, no final newline"),
        },
        "v": {
            "eu-gdpr": {
                "controller": [7, 15, 262, 270],
                "dpo": M,
                "purposes": L2_PURPOSES,
                "legal-basis": Q,
                "legitimate-interests": NA,
                "recipients": [87, 89, 93, 135, 143, 160, 167, 175, 181, 193, 199, 205, 211, 217, 224, 230, 236],
                "transfers": [59, 61, 175],
                "retention": [63, 65],
                "rights": [97, 99, 101, 102, 103, 104, 105, 106, 108, 260],
                "withdraw-consent": [105],
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": [233, 235],
            },
            "us-ccpa": {
                "categories-collected": L2_CATEGORIES,
                "sources": [23, 25, 29, 35, 37, 233, 235],
                "purposes": L2_PURPOSES,
                "sold-or-shared": [53],
                "right-to-know": [101, 102],
                "right-to-delete": [104, 106],
                "right-to-correct": [103],
                "right-to-opt-out": Q,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [106, 108, 260, 263, 264],
                "authorized-agent": M,
                "last-updated": [3, 4, 272],
            },
        },
        "notes": {
            "eu-gdpr/controller": "'Developer: Shenzhen Linkji Information Technology Co., Ltd. (深圳市链记信息技术有限责任公司)' (7, 270), 'developed and operated by Shenzhen Linkji…' (15), 'Developer Entity' under Contact Us (262) with support@linkchest.net (263)",
            "eu-gdpr/dpo": "missing",
            "eu-gdpr/purposes": "2. How We Use Your Information (43-51); what device data is for (31, 33); each SDK's Purpose (145-147, 169, 183, 194, 206, 219, 232); cookies 'in order to' (114-117)",
            "eu-gdpr/legal-basis": "? — collection begins 'after you explicitly click the \"Agree\" button' (17) and 'Legal Compliance' is a purpose (51): consent implied, no basis named",
            "eu-gdpr/legitimate-interests": "n/a: not relied on",
            "eu-gdpr/recipients": "4.1 exceptions (87, 89), 4.2 'third-party service providers … (e.g., cloud storage, email delivery)' (93), each SDK's Provider and 'Data Transmitted To' (135-236)",
            "eu-gdpr/transfers": "'stored on servers located in mainland China' (59-61) — outside the EEA for a European user; FCM 'Google servers (outside China)' (175); no safeguard named (accepted as the destination, debatable)",
            "eu-gdpr/retention": "3.2 Retention Period: 'only for the period necessary…', deletion after the account is deleted (63-65)",
            "eu-gdpr/rights": "5. Your Rights (97-106) and 'contact us through the channels listed at the bottom' (108) → 11 Contact Us (260)",
            "eu-gdpr/withdraw-consent": "'Right to Withdraw Consent … at any time' (105)",
            "eu-gdpr/complaint": "missing: no supervisory authority",
            "eu-gdpr/requirement": "? — 'If you do not agree with any part of this Policy, please stop using LinkChest services' (17), disabling cookies 'may affect the normal use' (119): nothing on a statutory or contractual requirement",
            "eu-gdpr/automated-decisions": "missing",
            "eu-gdpr/source": "WeChat login: 'OpenID, UnionID, nickname, avatar returned by WeChat Open Platform' (233-235)",
            "us-ccpa/categories-collected": "1.1-1.2 (21-33) and each SDK's 'Personal Information Collected' (149-153, 171-174, 185-186, 196-198, 208-210, 221-223, 234-235)",
            "us-ccpa/sources": "'Information You Provide' (23, 25), 'Information We Collect Automatically' (29), '1.3 Third-Party Information … from the corresponding webpage' (35, 37), WeChat (233-235)",
            "us-ccpa/purposes": "as eu-gdpr/purposes",
            "us-ccpa/sold-or-shared": "'nor will we sell your personal information to third parties' (53)",
            "us-ccpa/right-to-know": "'Right to Know' / 'Right to Access' (101-102)",
            "us-ccpa/right-to-delete": "'Right to Deletion' (104), 'Right to Account Deletion' (106)",
            "us-ccpa/right-to-correct": "'Right to Rectification' (103)",
            "us-ccpa/right-to-opt-out": "? — nothing is sold (53), no opt-out offered: whether the item applies is the profile's convention",
            "us-ccpa/right-to-limit": "missing",
            "us-ccpa/non-discrimination": "missing",
            "us-ccpa/how-to-submit": "Account Deletion in the app (106), 'contact us through the channels listed at the bottom' (108), 11 Contact Us e-mail and in-app feedback (260, 263-264)",
            "us-ccpa/authorized-agent": "missing",
            "us-ccpa/last-updated": "'Version: 2026-06-22', 'Last Updated: June 22, 2026' (3-4, 272)",
        },
    },
    {
        "name": "yinping-zh",
        "split": "dev",
        "file": "yinping-zh/Agreement.tsx",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a React TSX page of the 音瓶 music app: its 用户服务协议 (6-35) and 隐私政策 (37-70) as two objects of sections, one template literal a section with \\n escapes)",
            "commit": "index id 57844790057",
            "stored": STORED.format(chars="5,220"),
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [47],
                "methods": [43, 51, 55],
                "categories": [43],
                "retention": [51],
                "rights": [59],
                "sensitive-necessity": NA,
                "minors": [63],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [43, 47],
                "sensitive-marked": NA,
                "methods": [43],
                "retention": [51],
                "cross-border": [51],
                "sharing": [47],
                "transfer": M,
                "public-disclosure": M,
                "access": [59],
                "correct": [59],
                "delete": [59],
                "close-account": [32, 59],
                "withdraw-consent": [59],
                "copy": M,
                "effect-of-not-providing": [16],
                "security": [55],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": 'missing: only the product, 「音瓶（以下简称"本平台"）」 (12, in the service agreement); no company, no contact but the in-app 「设置-意见反馈」 (59, 122)',
            "cn-pipl/purposes": "「2.1 我们收集的信息将用于：（1）提供、维护和改善…（4）服务优化和数据分析」 (47)",
            "cn-pipl/methods": "given at registration / produced in use (43), stored on servers in China (51), 数据加密、访问控制 (55)",
            "cn-pipl/categories": "手机号码、密码; 搜索记录、播放历史…设备信息…日志信息（IP地址…） (43)",
            "cn-pipl/retention": "「仅在本政策所述目的所必需的期间内保留…超出…删除或匿名化」 (51)",
            "cn-pipl/rights": "五、您的权利 (59): access and modify in 个人中心, delete in 设置, withdraw, close the account, 「设置-意见反馈」",
            "cn-pipl/sensitive-necessity": "n/a: 「我们不会收集您的通讯录、短信、相册等敏感权限信息」 (43); nothing sensitive collected",
            "cn-pipl/minors": "六、未成年人保护 (63)",
            "cn-pipl/abroad-recipient": "n/a: 「存储在中华人民共和国境内的服务器上」 (51)",
            "cn-gbt35273/identity-contact": "missing (as processor)",
            "cn-gbt35273/functions": "registration → 手机号码、密码; use → history, device, logs (43); the uses (47)",
            "cn-gbt35273/sensitive-marked": "n/a: no sensitive data",
            "cn-gbt35273/methods": "注册账号时提供 / 使用服务时产生 (43)",
            "cn-gbt35273/cross-border": "stored in China (51)",
            "cn-gbt35273/sharing": "「未经您的同意，我们不会将您的个人信息提供给第三方，但以下情况除外」 (47)",
            "cn-gbt35273/transfer": "missing: nothing on 转让",
            "cn-gbt35273/public-disclosure": "missing: nothing on 公开披露",
            "cn-gbt35273/access": '「5.1 您有权访问…可在"个人中心"查看和修改」 (59)',
            "cn-gbt35273/correct": "「查看和修改」 (59)",
            "cn-gbt35273/delete": '「5.2 您有权删除…可在"设置"中操作」 (59)',
            "cn-gbt35273/close-account": "「5.4 您有权注销您的账号」 with 「设置-意见反馈」 (59); the agreement's 「6.1 …并注销您的账号」 (32)",
            "cn-gbt35273/withdraw-consent": "「5.3 您有权撤回授权同意，关闭相关功能即可」 (59)",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "「2.4 游客模式下可使用部分基础功能，注册登录后可享受完整服务」 (16, the service agreement): without registering, basic functions only (debatable, accepted)",
            "cn-gbt35273/security": "四、信息安全 (55)",
            "cn-gbt35273/complaint": '? — 「如有疑问，请通过"设置-意见反馈"联系我们」 (122) and the rights channel (59): a contact for questions, no 投诉 named',
        },
    },
]

DOCS[2]["v"]["cn-pipl"]["purposes"] = sorted(set(V_PURPOSES) | set(_sdk_purpose_cells()))


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
            "file": f"eval/profiles54q/docs/{doc['file']}",
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
