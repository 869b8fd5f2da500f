#!/usr/bin/env python3
"""Hand annotations of eval/profiles41c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles41c/tools/annotate.py
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


DOCS: list[dict] = [
    {
        "name": "zhixue-zh",
        "split": "dev",
        "file": "zhixue-zh/PrivacyPolicyPage.tsx",
        "source": {
            "repo": "amakerlife/ZhiXue-Lite-frontend",
            "path": "src/pages/PrivacyPolicyPage.tsx",
            "commit": "39433437a154a26ed9206372bf5f3d69d7f7a3bf",
            "stored": GIT,
            "licence": "AGPL-3.0 (the repository's LICENSE)",
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [36, 37, 40, 42, 43, 44, 48, 51],
                "methods": [36, 37, 40, 42, 43, 44, 48, 51],
                "categories": [36, 37, 40, 42],
                "retention": M,
                "rights": [84, 85, 86, 95, 96, 97, 98, 120, 121],
                "sensitive-necessity": M,
                "minors": [111, 112],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [36, 37, 40, 42],
                "sensitive-marked": M,
                "methods": [36, 37, 40, 42, 48],
                "retention": M,
                "cross-border": M,
                "sharing": [42, 43, 44, 48, 57, 60, 61],
                "transfer": [65, 67, 68],
                "public-disclosure": [72, 74, 75],
                "access": [84],
                "correct": [85],
                "delete": [86, *r(88, 92)],
                "close-account": [96],
                "withdraw-consent": [95],
                "copy": [97],
                "effect-of-not-providing": [52, 95],
                "security": [43, 44, 79],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "'ZhiXue Lite 是一款…应用程序' (17) and 'ZhiXue Lite 会…收集' (33): an app that defines itself; the one contact is zxl@makerlife.top (120); no company or developer named (earlier sets' convention: a product with a channel and nobody named)",
            "cn-pipl/purposes": "credentials only to sign in to 智学网 and fetch scores (36), scores only shown in the app (37), analytics to improve (40, 42, 43, 44), ads to keep it running (48), cookies so the site works (51); 33 is a pointer to the purposes",
            "cn-pipl/methods": "the person provides the 智学网 account (36), scores fetched through 智学网's interface (37), third-party analytics collect (40, 42), session replay with PII masked (43), IP anonymised (44), cookies collect (48) and are stored on the device (51)",
            "cn-pipl/categories": "user name, password, student name, exam number (36), scores, paper analysis, answer sheets (37), device, browser, OS, IP, in-app actions (42, under the lead-in 40)",
            "cn-pipl/retention": "nothing on how long anything is kept",
            "cn-pipl/rights": "access, correct, delete, withdraw, close, copy (84-97) under 五、您的权利; the way: a written request with identity verified (98), the e-mail (120) and a reply within 15 working days after identity verification (121); the way is generic but stated",
            "cn-pipl/sensitive-necessity": "111-112: minors under 18 use it with a guardian's consent and 「对于经父母同意而收集儿童个人信息的情况」 — children's (under-14) data collected with consent is sensitive (PIPL Art. 28; the u40w2 reading of xueba-zh); a scores viewer for 智学网 pupils; neither necessity nor effect stated: applies, missing",
            "cn-pipl/minors": "children not excluded; parents' or guardians' consent (111, 112)",
            "cn-pipl/abroad-recipient": "Google Analytics, Clarity and AdSense are used (42-48) but the policy never says data leaves China: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "using the app needs the 智学网 account (36), the core function shows scores from 智学网 data (37), product optimisation with analytics data (40 + 42)",
            "cn-gbt35273/sensitive-marked": "as cn-pipl/sensitive-necessity: children's data collected with consent, nothing marked sensitive: missing",
            "cn-gbt35273/methods": "provided by the person (36), from 智学网's interface (37), third-party analytics tools collect (40, 42), cookies collect (48)",
            "cn-gbt35273/cross-border": "no storage place stated",
            "cn-gbt35273/sharing": "named services with what they collect (42 Google Analytics, 43 Clarity, 44 Umami, 48 AdSense); partners (61) and authorities (60) under the sharing lead-in (57)",
            "cn-gbt35273/transfer": "转让 lead-in with its exceptions (65, 67, 68)",
            "cn-gbt35273/public-disclosure": "公开披露 lead-in with its cases (72, 74, 75)",
            "cn-gbt35273/close-account": "「您随时可注销此前注册的账户」 (96) granted under the rights heading",
            "cn-gbt35273/withdraw-consent": "「您可以随时给予或收回您的授权同意」 (95); the browser cookie controls (52) are no right",
            "cn-gbt35273/copy": "「您有权获取您的个人信息副本」 (97)",
            "cn-gbt35273/effect-of-not-providing": "blocked cookies mean changing the settings on every visit (52, the d14f reading); each function needs some basic data to be completed (95)",
            "cn-gbt35273/security": "generic 「符合业界标准的安全防护措施」 (79, accepted as bandpet-zh and paizhao-zh were); Clarity masks PII (43), Umami anonymises IP (44)",
            "cn-gbt35273/complaint": "119-121 a contact for 疑问、意见或建议 with a reply time, no 投诉 (as yizhi-zh in profiles40c)",
        },
    },
    {
        "name": "zhumeng-zh",
        "split": "dev",
        "file": "zhumeng-zh/page.tsx",
        "source": {
            "repo": "(not named by the index; probably one of hhwjsw711's repositories: the contact is hhwjsw711@gmail.com)",
            "path": "(a Next.js privacy page: `export default function PrivacyPolicyPage()`)",
            "commit": "index id 54320409851",
            "stored": INDEX_NO_REPO + "; 12,627 characters, LF, checked against total_chars and three find_string offsets",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [20, 296],
                "purposes": [100, 111],
                "methods": [61, 64, 69, 72, 77, 80, 179, 190, 193],
                "categories": [64, 72, 95, 98, 106, 109],
                "retention": [191, 242],
                "rights": [206, 212, 219, 233, 242],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [20, 296],
                "functions": [95, 98, 100, 106, 109, 111],
                "sensitive-marked": NA,
                "methods": [61, 64, 69, 72, 77, 80],
                "retention": [191, 242],
                "cross-border": [190],
                "sharing": [131, 134, 135, 281],
                "transfer": [144, 147, 148, 149],
                "public-disclosure": [157, 159, 160, 161],
                "access": [212],
                "correct": [212],
                "delete": [219, *r(221, 224), 242],
                "close-account": [242],
                "withdraw-consent": [233],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [177, 179, 180, 181],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「本服务由丽水市逐梦科技有限公司（以下简称\"我们\"）开发及运营」 (20), 公司名称 (296) with address and e-mail (297-298)",
            "cn-pipl/purposes": "使用目的 rows (100, 111); 51 is a pointer, 134 a sharing clause",
            "cn-pipl/methods": "provided by the person (61, 64), recorded (69, 72), from affiliates and partners (77, 80), encrypted storage (179), stored in the PRC (190), deleted or anonymised (193)",
            "cn-pipl/categories": "account, company, contact data (64), usage, logs, device (72), name, phone, e-mail, company (98 under 95), uploads, generated content, usage records (109 under 106)",
            "cn-pipl/retention": "「我们仅在必要的时间内保留您的个人信息」 (191, a criterion); deletion on closing the account at the person's request (242); 193 alone names no period",
            "cn-pipl/rights": "under 四、您如何管理个人信息 (206): view and correct by logging in (212), deletion requests (219), withdrawal by contacting us (233), closing through customer service (242); e-mail in 298/311",
            "cn-pipl/sensitive-necessity": "no sensitive data named (331 is a definition); under-18s excluded",
            "cn-pipl/minors": "「我们的服务主要面向成人」, 「未满18周岁的未成年人请勿注册账号」 and deletion of minors' data collected by mistake (252-255): children excluded (the profiles40c convention)",
            "cn-pipl/abroad-recipient": "collected and stored in the PRC (190)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "注册账号时 + 收集信息 + 使用目的 (95, 98, 100), 使用服务时 + 收集信息 + 使用目的 (106, 109, 111)",
            "cn-gbt35273/methods": "the three channels (61-80)",
            "cn-gbt35273/sharing": "cloud providers (134) and authorities (135) under the lead-in (131); third-party functions such as payment may obtain data (281)",
            "cn-gbt35273/delete": "deletion requests with their cases (219-224); deletion on closing (242)",
            "cn-gbt35273/withdraw-consent": "「您可以通过联系我们撤回相关授权同意」 (233)",
            "cn-gbt35273/copy": "nothing",
            "cn-gbt35273/effect-of-not-providing": "nothing (233 says withdrawal does not affect past processing)",
            "cn-gbt35273/security": "encrypted storage, access rights, regular assessments (179-181 under 177)",
            "cn-gbt35273/complaint": "contacts for 问题 (308, 342), no 投诉",
        },
    },
    {
        "name": "tutorjolly-zh",
        "split": "dev",
        "file": "tutorjolly-zh/PrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page: `const PrivacyPolicy = () =>`, Header and Footer components)",
            "commit": "index id 2614460223",
            "stored": INDEX_NO_REPO + "; 11,801 characters, LF, checked against total_chars and two find_string offsets",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [14],
                "purposes": [29, 34, 35, 36, 41, 42, 47],
                "methods": [29, 34, 35, 42, 47, 108, 139, 159, 183],
                "categories": [29, 34, 35, 36, 41, 47],
                "retention": Q,
                "rights": [119, 124, 129, 144, 147, 152, 155, 156, 164],
                "sensitive-necessity": Q,
                "minors": [172, 175],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [14],
                "functions": [29, 34, 35, 36, 41, 47],
                "sensitive-marked": Q,
                "methods": [29, 34, 35, 42, 47],
                "retention": Q,
                "cross-border": [183],
                "sharing": [35, 67, 71, 72],
                "transfer": [77, 80, 81],
                "public-disclosure": [86, 89, 90],
                "access": [124],
                "correct": [124],
                "delete": [129, *r(132, 136), 159],
                "close-account": [152, 155, 156, 159],
                "withdraw-consent": [144, 147],
                "copy": M,
                "effect-of-not-providing": [18, 144, 147],
                "security": [108, 111],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "深圳市播闪科技有限公司 with its registered address, 下称\"我们\" (14); e-mail, phone, address (218-220)",
            "cn-pipl/purposes": "each collection with 用于 (29, 34, 35, 36, 41), cookies to remember preferences (42), support records to solve problems (47)",
            "cn-pipl/methods": "collected at registration (29), only when the person uses the tutor (34), through a third-party payment platform (35), cookies and local storage (42), recorded when contacting support (47), encryption (108), backups deleted on update (139), deleted or anonymised after closing (159), stored in China (183)",
            "cn-pipl/categories": "e-mail, password (29), voice and text of the AI sessions (34), orders, transactions, payment account data (35), learning records (36), device and log data (41), contact details and messages (47)",
            "cn-pipl/retention": "no retention period or criterion for the account's life; only backups deleted on the next backup update (139) and deletion or anonymisation after closing at the person's request (159): whether 'until you close and ask' is the criterion is doubtful",
            "cn-pipl/rights": "rights lead-in (119), in-app 个人中心 (124), deletion requests (129), withdrawal by closing the account (144, 147), closing in the app or by e-mail (152-156), written request answered in 15 working days (164)",
            "cn-pipl/sensitive-necessity": "payment account data (35) but 「我们不会直接收集银行卡等敏感信息」; voice recordings (34) not used for identification; minors under 18 with a guardian's consent (172, 175), no age under 14: doubtful",
            "cn-pipl/minors": "children not excluded; a parent's or guardian's written consent (172, 175); deletion without it (178)",
            "cn-pipl/abroad-recipient": "stored in China; the exceptions are 「如需」-style cases (183-188): n/a",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "registration (29), the AI tutor (34), purchases (35), progress (36), service quality (41), support (47)",
            "cn-gbt35273/sensitive-marked": "as cn-pipl/sensitive-necessity: doubtful",
            "cn-gbt35273/methods": "at registration (29), when the person uses the feature (34), through the payment platform (35), cookies (42), recorded at support (47)",
            "cn-gbt35273/retention": "as cn-pipl/retention: doubtful",
            "cn-gbt35273/cross-border": "「存储在中国境内」 (183)",
            "cn-gbt35273/sharing": "payment platform (35); partners, payment company, SMS provider, analytics provider (71) and authorities (72) under the lead-in (67)",
            "cn-gbt35273/delete": "deletion requests and cases (129-136), deletion after closing (159)",
            "cn-gbt35273/close-account": "in-app path and e-mail (152-156), processed in 15 working days (159)",
            "cn-gbt35273/withdraw-consent": "give or withdraw consent any time (144), by closing the account (147)",
            "cn-gbt35273/copy": "nothing",
            "cn-gbt35273/effect-of-not-providing": "not agreeing means stopping use (18, the d14f reading); functions need basic data (144); after withdrawal the service cannot be provided (147)",
            "cn-gbt35273/security": "encryption, access control (108), management rules and audits (111)",
            "cn-gbt35273/complaint": "投诉渠道 only in a list of material changes (209); the contact is for 疑问、意见或建议 (215)",
        },
    },
    {
        "name": "zero-tw",
        "split": "dev",
        "file": "zero-tw/Privacy.jsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React class component `Privacy` with styled-components)",
            "commit": "index id 31176641449",
            "stored": INDEX_NO_REPO + "; 8,324 characters with tabs, LF, checked against total_chars and two find_string offsets",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [241, 242, 243],
                "categories": [252, 253],
                "period": [266],
                "area": [267],
                "recipients": [268],
                "methods": [269],
                "rights": [277, 278, 279, 280, 281, 283, 285, 286, 293],
                "effect-of-not-providing": [300],
                "source": [256, 257],
            }
        },
        "notes": {
            "tw-pdpa/agency": "「zero  zero平台(以下簡稱本平台，含旗下各平台)」 (233) is a platform, 「本公司」 (288, 290) is never named, and 大豐環保科技股份有限公司 (268) is an affiliate, a recipient: no agency named (as a product with nobody named in earlier sets)",
            "tw-pdpa/purposes": "the statutory purposes per business (241-243)",
            "tw-pdpa/categories": "個人資料之類別： with its list (252, 253)",
            "tw-pdpa/period": "期間：特定目的存續期間、法令所定… (266)",
            "tw-pdpa/area": "地區：「個人資料利用之對象」其國內及國外所在地 (267): a label with a value",
            "tw-pdpa/recipients": "對象：關係企業(大豐環保科技…)、主管機關 (268)",
            "tw-pdpa/methods": "方式：以自動化機器或其他非自動化之利用方式 (269)",
            "tw-pdpa/rights": "Art. 3 rights granted against 本平台 (277-281), account deletion paths in the site and the app (283-286), how to exercise them: ask 本平台客服 (293)",
            "tw-pdpa/effect-of-not-providing": "refused data may leave the platform unable to provide services (300)",
            "tw-pdpa/source": "applies: 「客戶自行公開或其他已合法公開」 and 「本平台向第三人蒐集資料時」 (257); the source is named as publicly disclosed data (256, 257)",
        },
    },
    {
        "name": "ezding-tw",
        "split": "dev",
        "file": "ezding-tw/register.jsp",
        "source": {
            "repo": "(not named by the index; a class project 'T3MS' registration page)",
            "path": "(a JSP registration form whose terms sit in a read-only <textarea>)",
            "commit": "index id 33150432264",
            "stored": INDEX_NO_REPO + "; 13,225 characters with tabs, LF, no final newline, checked against total_chars and three find_string offsets",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [276, 280, 281],
                "purposes": [283, 284, 285, 286, 298, 299, 300, 301, 322, 367, 368],
                "categories": [288, 289, 290, 291, 292, 293, 294, 367],
                "period": [296],
                "area": [297],
                "recipients": [298, 299, 300, 321, 323, 324],
                "methods": [298, 299, 300, 301, 367, 368],
                "rights": [303, 304, 305, 306, 307],
                "effect-of-not-providing": [308, 316],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "MS訂 provided by 富爾特股份有限公司（以下稱本公司） (276); 『富爾特科技股份有限公司』（下稱本公司） (280); ez訂 run by 富爾特科技股份有限公司 (281); the two names and brands differ but a company is named as the policy's own",
            "tw-pdpa/purposes": "為您提供服務 / 組織運作必要 with their uses (283-286), the uses under 利用對象及方式 (298-301), marketing and personalisation (322), traffic statistics (367), personalisation by cookies (368)",
            "tw-pdpa/categories": "the C001-C036 list under its lead-in (288-294); IP, time and browsing records (367)",
            "tw-pdpa/period": "期間：蒐集目的之存續期間 (296)",
            "tw-pdpa/area": "地區：中華民國境內 (297)",
            "tw-pdpa/recipients": "carriers and postal firms (299), financial institutions (300) under 利用對象及方式 (298); business partners (321); authorities and courts (323, 324)",
            "tw-pdpa/methods": "liberal reading kept from profiles40c: the server records automatically (367), cookies record and analyse (368), and the 利用對象及方式 list says how data is used (handed to carriers, submitted to banks, 298-301); no 自動化/非自動化 wording",
            "tw-pdpa/rights": "rights under the PDPA applied for through the phone customer service (303), the rights (304-306), identity documents and a 30-day reply, online viewing in 會員中心 (307)",
            "tw-pdpa/effect-of-not-providing": "without correct data no service (308); false data suspends the account (316)",
            "tw-pdpa/source": "all data from the person or the server; 323 provides data to authorities",
        },
    },
    {
        "name": "rpr-en",
        "split": "dev",
        "file": "rpr-en/privacy-policy.njk",
        "source": {
            "repo": "UKGovernmentBEIS/regulated-professions-register",
            "path": "views/pages/privacy-policy.njk",
            "commit": "46716fd26633adb3ee3ebcecfa4f6d4021835ed6",
            "stored": GIT + " (identical at the snapshot's HEAD d1fa7a19)",
            "licence": "MIT (the repository's LICENSE, Department of Business, Energy and Industrial Strategy)",
        },
        "v": {
            "eu-gdpr": {
                "controller": [13, 105],
                "dpo": M,
                "purposes": [26],
                "legal-basis": [32],
                "legitimate-interests": NA,
                "recipients": [38, 41, 45],
                "transfers": NA,
                "retention": [52],
                "rights": [57, 60, 63, 65, 68, 71, 74, 76],
                "withdraw-consent": M,
                "complaint": [86],
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/controller": "the Department for Business and Trade (DBT) (13), registered as a Data Controller (105); contact data.protection@trade.gov.uk (82)",
            "eu-gdpr/dpo": "no data protection officer named; the contact is a data.protection mailbox",
            "eu-gdpr/purposes": "log-in access to manage the register's content (26-28)",
            "eu-gdpr/legal-basis": "public task (32-34)",
            "eu-gdpr/legitimate-interests": "not relied on",
            "eu-gdpr/recipients": "the processor CGI (38); aggregated analysis to the ICO, GIAA, NAO (41); by law or court order (45)",
            "eu-gdpr/transfers": "nothing says data leaves the UK",
            "eu-gdpr/retention": "as long as required for the purpose, reviewed periodically (52)",
            "eu-gdpr/rights": "the list under its lead-in (57-74) and the way (76)",
            "eu-gdpr/withdraw-consent": "the basis is public task, consent is never asked: nothing to withdraw, and the notice says nothing (the item is not conditional in the profile)",
            "eu-gdpr/complaint": "complaint to the Information Commissioner (86-87)",
            "eu-gdpr/requirement": "nothing on whether providing the data is required",
            "eu-gdpr/automated-decisions": "nothing",
            "eu-gdpr/source": "account data comes from the person",
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
            "file": f"eval/profiles41c/docs/{doc['file']}",
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
