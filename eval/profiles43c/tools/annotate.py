#!/usr/bin/env python3
"""Hand annotations of eval/profiles43c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles43c/tools/annotate.py
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


AITRANS_PURPOSES = [148, 150, 171, *r(174, 177), 183, 185, *r(189, 197), *r(202, 210), 218, *r(221, 224)]
AITRANS_CATEGORIES = [78, 89, 92, 93, 102, *r(105, 107), 124, 125, *r(127, 139), 148, 150, *r(153, 162)]
AITRANS_COLLECT_METHODS = [102, *r(105, 107), 122, 124, 125, *r(127, 139), 171, *r(174, 177)]
AITRANS_RIGHTS_WAY = [392, 399, 402, 403, 404]

DOCS: list[dict] = [
    {
        "name": "aitrans-zh",
        "split": "dev",
        "file": "aitrans-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of AITrans.Video / 爱译视频, bilingual 中 / EN paragraphs; the operator's name and e-mail are constants imported from company-info, not in this file)",
            "commit": "index id 55515950508",
            "stored": INDEX_NO_REPO + "; 22,884 characters, LF, final newline; checked against total_chars and two find_string offsets (1,504; 22,282)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": AITRANS_PURPOSES,
                "methods": [*AITRANS_COLLECT_METHODS, 218, *r(221, 224), 228, *r(231, 233), 306, 309, 340, *r(343, 346), 411, *r(414, 417)],
                "categories": AITRANS_CATEGORIES,
                "retention": [306, 309, 314, 317, 318, 322, 325, 326, 329, 330, 334, 340, 343],
                "rights": [364, 366, *r(371, 377), *r(382, 388), *AITRANS_RIGHTS_WAY],
                "sensitive-necessity": Q,
                "minors": [447, 449, 450, 453, 456],
                "abroad-recipient": M,
                "abroad-purposes": M,
                "abroad-methods": [352, *r(355, 359)],
                "abroad-categories": M,
                "abroad-rights": M,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [102, *r(105, 107), 138, 139, 218, *r(221, 224)],
                "sensitive-marked": Q,
                "methods": AITRANS_COLLECT_METHODS,
                "retention": [306, 309, 314, 317, 318, 322, 325, 326, 329, 330, 334, 340, 343],
                "cross-border": [352, *r(355, 359), 483, 486],
                "sharing": [248, 251, 252, 260, *r(263, 266), 228, 231, 232, 483, *r(486, 488)],
                "transfer": [291, *r(294, 298)],
                "public-disclosure": M,
                "access": [364, 371, 382],
                "correct": [364, 372, 383],
                "delete": [364, 373, 384, 532, 543],
                "close-account": [364, 373, 384],
                "withdraw-consent": [364, 374, 385],
                "copy": [364, 376, 387],
                "effect-of-not-providing": M,
                "security": [411, *r(414, 417)],
                "complaint": [377, 388, *AITRANS_RIGHTS_WAY],
            },
        },
        "notes": {
            "cn-pipl/processor": "「{COMPANY_NAME}（以下简称“我们”）」 (57-58): the name is a constant imported from company-info, not in the file; the contact is {SUPPORT_EMAIL} (397), a /contact link (534) and 「页面底部的运营主体信息」 (532). AITrans.Video / 爱译视频 is the site, not defined as 我们. A reviewer of this file sees no processor name: missing",
            "cn-pipl/purposes": "the lead-in 主要用于以下目的 with its nine items (183, 189-197, English 185, 202-210); cookies 以实现登录状态维持… (171); uploaded media used for ASR, MT… (218); device data 为保障服务运行和安全 (148)",
            "cn-pipl/methods": "what the person uploads or submits (122 heading over its list, 138), collected on purchase (102), cookies and local storage (171), processing for ASR/MT through own systems or third-party services (218, 228), storage and deletion (306, 340), access control etc. (411)",
            "cn-pipl/categories": "account data (89), orders (102), uploads (127-139), device and usage data (153-162), English lines too (bilingual page)",
            "cn-pipl/retention": "as long as necessary for the purposes (306), the criteria (314, 322-334), deleted after the period (340)",
            "cn-pipl/rights": "the list of rights (364, 371-377) and 「如您希望行使上述权利，请发送邮件至{SUPPORT_EMAIL}」 with identity verification (392-399): the way (e-mail to the support address) is stated, the address being the site's constant; read as covered",
            "cn-pipl/sensitive-necessity": "doubtful: voice samples (131) used for speech synthesis (a voiceprint only if used to identify), billing data (102); full card numbers are said to be handled by the payment provider (110); 237 asks users not to upload sensitive data",
            "cn-pipl/minors": "applies: 「主要面向具有完全民事行为能力的用户」 does not exclude minors, and 「如您为未成年人，请在监护人同意和指导下使用本服务」 (447) sets guardian consent (weak, as profiles42c galaxy-zh)",
            "cn-pipl/abroad-recipient": "applies: 「如您所在地区与我们服务器所在地不同，或我们使用了跨境技术服务商，您的信息可能会在不同国家或地区被处理、存储或传输」 (352), read like wowo-md's 「可能使用不同国家的服务器」 (docs/profiles.md); no recipient named",
            "cn-pipl/abroad-purposes": "no purpose of the transfer",
            "cn-pipl/abroad-methods": "processed, stored or transferred in other countries, with reasonable protection (352): the manner, weakly (as wowo-md)",
            "cn-pipl/abroad-categories": "only 您的信息",
            "cn-pipl/abroad-rights": "nothing on rights against a foreign recipient",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor: the name is an imported constant",
            "cn-gbt35273/functions": "purchasing paid services with the order data collected (102), support tickets (138), uploads processed for ASR, MT, dubbing (218); the other blocks are data labels (1.1 账户信息, 1.4 设备与使用信息)",
            "cn-gbt35273/sensitive-marked": "doubtful: transaction and billing records (102) are GB/T Annex B property data and are not marked; 110 labels full card numbers and payment passwords 敏感支付信息 but says the payment provider handles them",
            "cn-gbt35273/methods": "uploaded or submitted by the person (122 over its list), collected on purchase (102), cookies and similar technologies (171)",
            "cn-gbt35273/cross-border": "「跨境技术服务商…在不同国家或地区被处理、存储或传输…跨境传输过程中的数据安全」 (352); cross-region backup (483)",
            "cn-gbt35273/sharing": "entrusted service providers for named functions (260), the lead-in (248), third-party services for processing (228), third-party cloud storage for archives (483)",
            "cn-gbt35273/transfer": "merger, acquisition, asset transfer: 「作为交易的一部分被转移」 (291)",
            "cn-gbt35273/public-disclosure": "only disclosure to authorities or for risk control 「依法披露必要信息」 (275), nothing about making data public: missing (debatable: some read 依法披露 as the public-disclosure clause)",
            "cn-gbt35273/close-account": "「删除您的个人信息或账户」 as a right (373) with the way (392)",
            "cn-gbt35273/effect-of-not-providing": "nothing says what refusing or not providing costs",
            "cn-gbt35273/security": "access control, permission management, log audit, secure transmission (411)",
            "cn-gbt35273/complaint": "「提出投诉、异议或维权请求」 as a right (377) exercised by e-mail (392)",
        },
    },
    {
        "name": "esale-zh",
        "split": "dev",
        "file": "esale-zh/PrivacyPolicyView.swift",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a SwiftUI view `PrivacyPolicyView` of the eSale-M app, Situs Technologies LLC; `PolicySection`/`BulletPoint` components)",
            "commit": "index id 42178522960",
            "stored": INDEX_NO_REPO + "; 6,646 characters, LF, final newline; checked against total_chars and a find_string offset (708)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [26, 115, 121, 128],
                "purposes": [50, *r(52, 57)],
                "methods": [35, *r(36, 38), 41, *r(42, 44), 64, 65, 69],
                "categories": [33, *r(36, 38), *r(42, 44)],
                "retention": [69],
                "rights": [86, *r(88, 91), 93],
                "sensitive-necessity": NA,
                "minors": [99],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [26, 115, 121, 128],
                "functions": M,
                "sensitive-marked": Q,
                "methods": [33, 35, *r(36, 38), 41, *r(42, 44)],
                "retention": [69],
                "cross-border": M,
                "sharing": [75, 78, 79],
                "transfer": M,
                "public-disclosure": M,
                "access": [86, 88],
                "correct": [86, 89],
                "delete": [86, 90],
                "close-account": [91, 93],
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [62, *r(64, 67)],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "Situs Technologies LLC（以下简称“我们”） (26), the contact block with the company and service@situstechnologies.com (115, 121), the copyright line (128)",
            "cn-pipl/purposes": "用于以下目的 with its six items (50, 52-57)",
            "cn-pipl/methods": "the sub-headings 您主动提供的信息 (35) and 自动收集的信息 (41) over their items; encrypted transmission and storage (64, 65); stored on servers (69)",
            "cn-pipl/categories": "account, identity, business, device, log, network data (36-44)",
            "cn-pipl/retention": "「我们会根据业务需要和法律要求确定信息的存储期限」 (69): the criteria (business need, legal requirements), no period; read as covered (a strict reviewer might ask for more)",
            "cn-pipl/rights": "access, correction, deletion, closing the account (88-91) with 「如需行使上述权利，请通过本政策末尾的联系方式与我们联系」 (93) and the e-mail at the end (121)",
            "cn-pipl/sensitive-necessity": "no PIPL Art. 28 data (a password is not in Art. 28; 64 only says sensitive data is sent encrypted)",
            "cn-pipl/minors": "applies: 主要面向企业用户和成年个人用户, 不会故意收集 under 18, but 「如果您是未成年人…在监护人同意的情况下使用本应用」 (99): minors may use it with guardian consent; covered at 99 (as galaxy-zh)",
            "cn-pipl/abroad-recipient": "no storage place and nothing about transfers abroad (the company is an LLC; the policy says nothing on where the data centre is)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "the data are listed by kind (账户信息、身份信息、业务信息、设备信息…: data labels), the purposes separately; no business function tied to its data",
            "cn-gbt35273/sensitive-marked": "doubtful: the account password (36) is sensitive in GB/T Annex B (网络身份标识信息 with its password) and is not marked; earlier sets split on this (profiles36b missing, profiles38 doubtful)",
            "cn-gbt35273/methods": "您主动提供的信息 (35) / 自动收集的信息 (41) with their items",
            "cn-gbt35273/retention": "as cn-pipl/retention (69)",
            "cn-gbt35273/cross-border": "「存储在位于安全数据中心的服务器上」 (69): no place",
            "cn-gbt35273/sharing": "affiliates (78) and authorised partners (79) under the sharing lead-in (75)",
            "cn-gbt35273/transfer": "no 转让",
            "cn-gbt35273/public-disclosure": "披露 only in the heading; nothing on public disclosure",
            "cn-gbt35273/close-account": "「账户注销：您有权随时注销您的账户」 (91) with the way (93)",
            "cn-gbt35273/withdraw-consent": "nothing",
            "cn-gbt35273/security": "SSL/TLS, encrypted passwords, access control, assessments (62, 64-67)",
            "cn-gbt35273/complaint": "the contact is for 疑问、意见或建议 (109): no complaint channel",
        },
    },
    {
        "name": "wushi-zh",
        "split": "dev",
        "file": "wushi-zh/InfoPages.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(React info pages of a USDT payment gateway, 伍拾支付 / PayShield: fees, changelog, 隐私政策 (137-163), terms; file name not known, chosen here)",
            "commit": "index id 1569892639",
            "stored": INDEX_NO_REPO + "; 9,060 characters, LF, no final newline; checked against total_chars and a find_string offset (6,924)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [144, *r(146, 148), 153, *r(155, 157)],
                "methods": [146, 148, 161],
                "categories": [144, *r(146, 148)],
                "retention": M,
                "rights": M,
                "sensitive-necessity": Q,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [146, 147, 148],
                "sensitive-marked": M,
                "methods": [146, 148],
                "retention": M,
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [161],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "伍拾支付（以下简称“我们”） (140) is a brand (PayShield), no company, and no contact anywhere (a Telegram bot without a handle): missing",
            "cn-pipl/purposes": "each data label with 用于… (146-148), 「我们收集的数据仅用于：」 with its items (153, 155-157)",
            "cn-pipl/methods": "the wallet address 您提供的 (148), the Telegram account for binding (146), encrypted storage and hashed API keys (161)",
            "cn-pipl/categories": "Telegram account data, order number, amount, payment status, wallet address (146-148)",
            "cn-pipl/sensitive-necessity": "doubtful: transaction data and a USDT wallet address (147, 148) are financial data, bank cards and payment passwords are said not to be collected (150); the use is given, the effect on the person is not",
            "cn-pipl/minors": "no word on minors",
            "cn-pipl/abroad-recipient": "nothing on where data is kept",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "each kind of data with the function it serves: identity check and binding (146), payment and settlement (147, 148)",
            "cn-gbt35273/sensitive-marked": "applies: transaction records and a virtual-currency address are personal property data in GB/T Annex B (147, 148); not marked (敏感 only for what is not collected, 150)",
            "cn-gbt35273/methods": "the address the merchant provides (148); the Telegram account bound (146)",
            "cn-gbt35273/close-account": "applies: merchant accounts through the Telegram bot (75, 127); no way to close one",
            "cn-gbt35273/security": "AES-256, TLS 1.3, hashed API keys (161)",
            "cn-gbt35273/complaint": "「自动识别恶意投诉订单」 (112) is a changelog feature, no channel",
        },
    },
    {
        "name": "guanai-tw",
        "split": "dev",
        "file": "guanai-tw/PrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page `PrivacyPolicy` of 財團法人台灣關愛基金會, each paragraph as `isZh ? 中文 : English`)",
            "commit": "index id 55599385519",
            "stored": INDEX_NO_REPO + "; 22,608 characters, LF, final newline; checked against total_chars and two find_string offsets (5,217; 21,134)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [68, 70, 123, 125],
                "purposes": [133, 135],
                "categories": [145, 149, 152, 155, 158, 161],
                "period": [171, 173],
                "area": [181, 183],
                "recipients": [191, 278, 280, 327, 329],
                "methods": M,
                "rights": [213, 220, 222, 229, 372, 374, 376, 378, 384, 386, 388, 390],
                "effect-of-not-providing": [236, 238, 246, 248, 343, 345],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "財團法人台灣關愛基金會（以下簡稱「本會」） (68, English 70); 適用於台灣關愛基金會及其附屬營運機構 (123)",
            "tw-pdpa/purposes": "蒐集之目的：… (133, 135)",
            "tw-pdpa/categories": "個人資料之類別： with its five items (145-161)",
            "tw-pdpa/period": "個人資料利用之期間：…特定目的、相關法令規定或…保存年限（以期限最長者為準） (171, 173)",
            "tw-pdpa/area": "台灣以及…雲端服務供應商所在地 (181, 183)",
            "tw-pdpa/recipients": "個人資料利用之對象：本會、附屬機構、業務往來之個人、機關及團體或受委託之第三方 (191); entrusted units (278); authorities as the only exception (327). The English 193 mistranslates the label (it lists data subjects): not accepted",
            "tw-pdpa/methods": "「個人資料之利用：本會將在符合個人資料保護法第6條、第19條及第20條等規定之前提下，蒐集、處理及利用」 (201) names the law, not the means (automated, paper, electronic): missing",
            "tw-pdpa/rights": "the Art. 3 rights (220) under 個人資料權利之行使方式 (213), reply in 15 days (229), and 「欲行使上述個人資料權利，請與本會個人資料窗口聯繫：聯絡電話…或寄送電子郵件至…」 (372-378)",
            "tw-pdpa/effect-of-not-providing": "不提供個人資料所致之影響：…拒絕提供…無法提供部分或全部服務 (246); a stop or deletion request (236); refusing cookies, some functions fail (343)",
            "tw-pdpa/source": "everything comes from the person; posting to the person's social pages (317) is no collection from others",
        },
    },
    {
        "name": "paotui-tw",
        "split": "dev",
        "file": "paotui-tw/openViewController.m",
        "source": {
            "repo": "(not named by the index)",
            "path": "(an Objective-C view controller of the RunErrands / 跑腿幫 iOS app, 2015; the Art. 8 notice is the message of a UIAlertController on line 53)",
            "commit": "index id 37844980356",
            "stored": INDEX_NO_REPO + "; 3,844 characters, LF, final newline; checked against total_chars and a find_string offset (2,225)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [53],
                "purposes": [53],
                "categories": [53],
                "period": [53],
                "area": [53],
                "recipients": [53],
                "methods": [53],
                "rights": [53],
                "effect-of-not-providing": Q,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「歡迎使用跑腿幫（以下稱本單位）相關服務」: the app names itself as the collecting 單位 (profiles40 fju-tw: 「…學系（以下稱本單位）」); no company behind it is named: covered (debatable)",
            "tw-pdpa/purposes": "一、個人資料蒐集目的：…",
            "tw-pdpa/categories": "二、個人資料蒐集類別：識別類…財務細節類",
            "tw-pdpa/period": "(一）期間：利用期間為本單位或業務所必須之保存期間",
            "tw-pdpa/area": "（二）地區：您的個人資料將用於本單位提供服務之地區 (the same template as profiles40 fju-tw, annotated covered)",
            "tw-pdpa/recipients": "（三）對象：本單位之共同行銷、交互運用客戶資料公司…依法有調查權機關",
            "tw-pdpa/methods": "（四）方式：電子文件、紙本，或以自動化機器或其他非自動化之利用方式",
            "tw-pdpa/rights": "四、依據個資法第三條…得行使下列權利 with the way 「如需服務請洽本單位之服務人員」 (as profiles40 fju-tw)",
            "tw-pdpa/effect-of-not-providing": "doubtful: 「若不同意請離開此網頁」 only (as profiles40 fju-tw, left unscored)",
            "tw-pdpa/source": "nothing collected from others",
        },
    },
    {
        "name": "topai-en",
        "split": "dev",
        "file": "topai-en/PrivacyContent.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js client component `PrivacyContent` of an AI-tools directory, privacy@topaitools.xyz; the site's name and address are `{siteConfig.name}` / `{siteConfig.url}`)",
            "commit": "index id 55685228631",
            "stored": INDEX_NO_REPO + "; 11,057 characters, LF, final newline; checked against total_chars and a find_string offset (8,608)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": [26, 28, 29, 30, 37, 39, 40, 41, *r(79, 83)],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [28, 40, 41, 51, 91, 93],
                "transfers": NA,
                "retention": [137, 138, 139],
                "rights": [108, *r(110, 112), *r(119, 121)],
                "withdraw-consent": [29, 41, 57, 58, 113, 114, 115],
                "complaint": [116],
                "requirement": [39, 44, 80],
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "eu-gdpr/controller": "「Welcome to {siteConfig.name} (\"we,\" \"our,\" or \"us\")」 (17): the name is a config value not in the file; an e-mail at privacy@topaitools.xyz (156) but no organisation or person named: missing",
            "eu-gdpr/purposes": "analytics to understand use (28), newsletter (29), verification (30), cookie purposes (37-41), the use list (79-83)",
            "eu-gdpr/legal-basis": "only 「By using the Site, you consent to the data practices described in this policy」 (19-20): no Art. 6 basis named: missing",
            "eu-gdpr/legitimate-interests": "not relied on",
            "eu-gdpr/recipients": "Vercel (hosting), Google AdSense, Resend (91); Vercel Analytics (28, 40), Google (41, 51); authorities by law (93)",
            "eu-gdpr/transfers": "nothing says data leaves the EEA (the providers are not placed anywhere)",
            "eu-gdpr/retention": "as long as necessary; until unsubscribed; 26 months; while listed (137-139)",
            "eu-gdpr/rights": "access, correction, deletion (110-112); portability and objection for EEA residents (119-121)",
            "eu-gdpr/withdraw-consent": "unsubscribe (29, 113), opt out of analytics (114) and personalised ads (41, 57, 115)",
            "eu-gdpr/complaint": "'Lodge a complaint with a supervisory authority (for EU/EEA users)' (116)",
            "eu-gdpr/requirement": "essential cookies required and not optional (39), disabling cookies may affect functionality (44), newsletter only if opted in (80)",
            "eu-gdpr/automated-decisions": "nothing",
            "eu-gdpr/source": "nothing obtained from others (AdSense's own cookies are Google's collection)",
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
            "file": f"eval/profiles43c/docs/{doc['file']}",
            "source": doc["source"],
            "split": doc["split"],
            "verdicts": verdicts,
            "notes": doc.get("notes", {}),
        }
        with open(os.path.join(SET, doc["split"], doc["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


if __name__ == "__main__":
    main()
