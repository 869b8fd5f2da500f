#!/usr/bin/env python3
"""Hand annotations of eval/profiles49c in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run (a measure-only set; two documents held out by a seeded
draw, see README).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles49c/tools/annotate.py
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

DOCS: list[dict] = [
    {
        "name": "mingli-zh",
        "split": "dev",
        "file": "mingli-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js client page `PrivacyPage` of an AI fortune-telling site (命理分析, chats with an AI); `card` blocks of `<p>`/`<li>`; no product or company name anywhere, contact only a link to a /contact page)",
            "commit": "index id 31900267986",
            "stored": INDEX_NO_REPO + "; 7,320 characters, LF, final newline; checked against total_chars and a find_string offset (7,215)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [46, 48, 49, 62, 63, 64, 65, 66, 67],
                "methods": [67, 80, 82, 84, 102, 112, 115, 116, 117],
                "categories": [46, 47, 48, 49],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [46, 47, 48, 49],
                "sensitive-marked": NA,
                "methods": [47, 112, 115, 116, 117],
                "retention": M,
                "cross-border": M,
                "sharing": [96, 102],
                "transfer": [95],
                "public-disclosure": M,
                "access": [130, 133],
                "correct": [130, 134],
                "delete": [85, 130, 135],
                "close-account": [135],
                "withdraw-consent": [130, 136],
                "copy": [130, 137],
                "effect-of-not-providing": [120],
                "security": [80, 81, 82, 83, 84],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "no name of a company, person or even a product anywhere; the only contact is a link to a /contact page (141, 175): missing",
            "cn-pipl/purposes": "the data labels' (用于命理分析) (46), (用于改进服务) (48), (用于提供服务和改进模型) (49); the list under 信息使用方式 (62-67)",
            "cn-pipl/methods": "processing methods: 匿名化处理 (67), encrypted storage (80), HTTPS transmission (82), backups (84), cloud providers process on instruction (102), cookies (112, 115-117)",
            "cn-pipl/categories": "under 我们收集的信息 (42): 46-49",
            "cn-pipl/retention": "nothing on how long anything is kept (the minors' deletion 152-153 is no period): missing",
            "cn-pipl/rights": "debatable: the rights are granted (130, 133-138) and 「如需行使这些权利，请通过联系我们页面与我们联系」 (141) points to a page; the document gives no contact itself (the a14d convention: a pointer to a way in covers only where the document gives a contact): missing",
            "cn-pipl/sensitive-necessity": "debatable: birth date, time and place, e-mail, logs, chats: no PIPL Art. 28 kind; 「所有敏感数据均经过加密处理」 (80) is a security line naming no sensitive kind: n/a",
            "cn-pipl/minors": "debatable: 「我们的服务面向成年人…我们不会故意收集未成年人的个人信息。如果我们发现无意中收集了未成年人的信息，将立即删除。」 (151-153): not meant for minors, collected by mistake deleted (the xingguang-zh convention of profiles48c): n/a, though 151 also asks under-18s to use it with a guardian",
            "cn-gbt35273/identity-contact": "as processor: missing",
            "cn-gbt35273/functions": "data labels carrying their function: 命理分析 (46), 如果您选择注册 (47), 改进服务 (48), 提供服务和改进模型 (49)",
            "cn-gbt35273/sensitive-marked": "as sensitive-necessity: n/a",
            "cn-gbt35273/methods": "debatable: registration (47 「（如果您选择注册）」) and cookies (112, 115-117) are the only collection methods",
            "cn-gbt35273/retention": "missing",
            "cn-gbt35273/cross-border": "no storage place anywhere (云服务提供商 102 names none): missing",
            "cn-gbt35273/sharing": "「仅在以下情况下可能共享」 (96) with 「与服务提供商共享（如云服务提供商）」 (102)",
            "cn-gbt35273/transfer": "「我们不会向第三方出售、交易或转让您的个人信息」 (95): a statement that it is not transferred",
            "cn-gbt35273/public-disclosure": "nothing on 披露 or 公开; 法律法规要求或政府部门要求 (100) is a sharing case: missing",
            "cn-gbt35273/access": "访问权 (133) under 您享有以下权利 (130)",
            "cn-gbt35273/correct": "(130, 134)",
            "cn-gbt35273/delete": "「您可随时要求删除个人数据」 (85); (130, 135)",
            "cn-gbt35273/close-account": "「删除权：要求删除您的账户和数据」 (135) under 您的权利 (the item's rule)",
            "cn-gbt35273/withdraw-consent": "(130, 136) granted as a right",
            "cn-gbt35273/copy": "「数据可携带：以结构化格式获取您的数据」 (137): obtaining one's data",
            "cn-gbt35273/effect-of-not-providing": "cookies managed at a cost (120, the item's rule)",
            "cn-gbt35273/security": "(80-84)",
            "cn-gbt35273/complaint": "debatable: 「投诉权：向监管机构投诉和举报」 (138) lists a right with no channel; the 15-day reply (178) is for 疑问、意见或需要行使您的权利 (174): missing",
        },
    },
    {
        "name": "yanyu-zh",
        "split": "dev",
        "file": "yanyu-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of YanYu Smart Cloud³ Learning Hub, an online learning platform; shadcn `Card`s with `<h4>` labels and `<li>` items)",
            "commit": "index id 6617568116",
            "stored": INDEX_NO_REPO
            + "; 10,035 characters, LF, final newline; checked against total_chars and a find_string offset (9,474)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [62, 68, 69, 70, 71, 77, 78, 79, 85, 86, 87],
                "methods": [31, 50, 111, 132, 133, 144],
                "categories": [31, 32, 33, 39, 40, 41, 42, 48, 49, 50],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [31],
                "sensitive-marked": NA,
                "methods": [31],
                "retention": M,
                "cross-border": M,
                "sharing": [109, 111],
                "transfer": M,
                "public-disclosure": [105],
                "access": [158, 159],
                "correct": [162, 163],
                "delete": [166, 167],
                "close-account": M,
                "withdraw-consent": [170, 171],
                "copy": M,
                "effect-of-not-providing": [201],
                "security": [132, 133, 134, 135, 141, 142, 143, 144],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「YanYu Smart Cloud³ Learning Hub 致力于保护您的隐私权益」 (14) and 「本隐私政策的解释权归YanYu Smart Cloud³ Learning Hub所有」 (239-240): a brand only mentioned, never defined as 我们 nor said to run or collect (u40v's convention), though privacy@yanyu.ai (217) is given: missing",
            "cn-pipl/purposes": "「我们如何使用收集到的信息」 (62) with the lists under 信息使用 (68-71, 77-79, 85-87)",
            "cn-pipl/methods": "provided at registration (31), cookies and local storage (50), shared with cloud storage (111), TLS and encrypted storage (132-133), backups (144)",
            "cn-pipl/categories": "under 信息收集 (23): 31-33, 39-42, 48-50",
            "cn-pipl/retention": "missing",
            "cn-pipl/rights": "debatable: four rights granted (159, 163, 167, 171) with no way in their section; the contact card 「如有隐私相关问题，请联系我们」 (209) with privacy@yanyu.ai and 「我们将在收到您的请求后15个工作日内回复」 (230) never names the rights: missing",
            "cn-pipl/sensitive-necessity": "debatable: 「数据库加密存储敏感信息」 (133) is a security measure naming no sensitive kind; the data listed holds no PIPL Art. 28 kind: n/a",
            "cn-pipl/minors": "no word on children or minors: n/a",
            "cn-gbt35273/identity-contact": "as processor: missing",
            "cn-gbt35273/functions": "「注册时提供的姓名、邮箱地址」 (31); the other items are data labels over data (个人资料信息, 学习数据, 技术信息)",
            "cn-gbt35273/sensitive-marked": "n/a (as sensitive-necessity)",
            "cn-gbt35273/methods": "「注册时提供的…」 (31), the only collection method; the CardDescription 「我们收集的信息类型及收集方式」 (25) names the topic only",
            "cn-gbt35273/retention": "missing",
            "cn-gbt35273/cross-border": "no place (云存储服务 111 names none): missing",
            "cn-gbt35273/sharing": "「与服务提供商共享必要的技术数据（如云存储服务）」 (111) under 有限共享情况 (109)",
            "cn-gbt35273/transfer": "出售、租赁 … 披露 (105): no 转让 (the convention: a sale denied is no transfer): missing",
            "cn-gbt35273/public-disclosure": "debatable: 「我们不会出售、租赁或以其他方式向第三方披露您的个人信息，除非获得您的明确同意或法律要求。」 (105): a denial of disclosure outside the company with its exceptions (the 对外披露 reading of u47w2's convention 2): covered",
            "cn-gbt35273/access": "访问权 (158) 「您有权了解我们收集、使用您个人信息的情况」 (159)",
            "cn-gbt35273/correct": "(162-163)",
            "cn-gbt35273/delete": "(166-167)",
            "cn-gbt35273/close-account": "accounts exist (注册 31); no word on closing them: missing",
            "cn-gbt35273/withdraw-consent": "「您有权随时撤回对个人信息处理的同意」 (171)",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "cookies disabled at a cost (201)",
            "cn-gbt35273/security": "(132-135, 141-144)",
            "cn-gbt35273/complaint": "「如有隐私相关问题，请联系我们」 (209) with a reply time (230): no complaint: missing",
        },
    },
    {
        "name": "intelliclass-zh",
        "split": "dev",
        "file": "intelliclass-zh/PrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React component `PrivacyPolicy` of Intelliclass.online, student grade analytics for schools; numbered `<section>`s with `<li>` items whose bold label and value sit on separate lines)",
            "commit": "index id 22365907522",
            "stored": INDEX_NO_REPO
            + "; 10,648 characters, LF, final newline; checked against total_chars and a find_string offset (9,611)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [61, 94, 99, 102, 103, 104, 105],
                "methods": [65, 116, 124, 182],
                "categories": [53, 84, 87, 90, 93, 94],
                "retention": [200, 203, 204, 205],
                "rights": [153, 157, 160, 163, 166, 169, 172, 258, 262, 265, 272],
                "sensitive-necessity": Q,
                "minors": [57, 232],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [53, 93, 94],
                "sensitive-marked": Q,
                "methods": [182],
                "retention": [200, 203, 204, 205],
                "cross-border": [115, 116],
                "sharing": [138, 214, 217, 218],
                "transfer": M,
                "public-disclosure": [138],
                "access": [153, 157, 163],
                "correct": [153, 166],
                "delete": [153, 169],
                "close-account": M,
                "withdraw-consent": [153, 172],
                "copy": M,
                "effect-of-not-providing": [191],
                "security": [65, 69, 120, 124, 128],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "debatable: 「Intelliclass.online（以下简称\"我们\"）」 (22) is the site's name defined as 我们, and the document calls it a 网站 (「本政策适用于Intelliclass.online网站及相关服务」 33; 网站 268): u48w2's decision (a name the document uses as its website is no processor, PIPL Art. 73(1)), though a QQ e-mail and a phone are given (262, 265): missing",
            "cn-pipl/purposes": "「学生信息仅用于教学分析和学生画像生成」 (61), (仅用于系统安全和性能优化) (94), the list under 4.2 信息使用目的 (102-105)",
            "cn-pipl/methods": "encrypted in transit and storage (65), stored on servers in China (116), backups (124), cookies (182); 「均需获得学校和监护人的明确授权」 (57) only says consent is asked",
            "cn-pipl/categories": "「仅收集教学分析必需的信息，包括学号、姓名、班级、成绩数据」 (53); 4.1 收集的信息类型 (84, 87, 90, 93-94)",
            "cn-pipl/retention": "(200, 203-205)",
            "cn-pipl/rights": "「根据《个人信息保护法》，您享有以下权利：」 (153) with six items; 「…或需要行使您的个人信息权利，请通过以下方式联系我们：」 (258) with the e-mail and phone (262, 265) and the reply time (272)",
            "cn-pipl/sensitive-necessity": "doubtful (not scored): students' data (学号、姓名、班级、成绩) of a school service, 未成年人 named (48, 229-235), but no age given: PIPL Art. 28 names 不满十四周岁未成年人的个人信息 and the document never says its students are under 14",
            "cn-pipl/minors": "applies (minors' data collected); 「学生信息的收集和使用均需获得学校和监护人的明确授权」 (57), 「未成年人信息的收集需要监护人同意」 (232)",
            "cn-gbt35273/identity-contact": "as processor: missing",
            "cn-gbt35273/functions": "「仅收集教学分析必需的信息，包括学号、姓名、班级、成绩数据」 (53); 技术信息 (93-94) with 仅用于系统安全和性能优化",
            "cn-gbt35273/sensitive-marked": "doubtful (not scored), as sensitive-necessity",
            "cn-gbt35273/methods": "debatable: cookies (182) are the only collection method named; who enters the students' data is never said; consent (57) is no method",
            "cn-gbt35273/retention": "(200, 203-205)",
            "cn-gbt35273/cross-border": "「存储地点：所有数据存储在中国境内的服务器」 (115-116)",
            "cn-gbt35273/sharing": "「我们的服务可能集成第三方技术服务（如AI分析服务）」 (214) with partners bound by contract (217-218); the denial with exceptions (138)",
            "cn-gbt35273/transfer": "出售、出租 … 披露 (138): no 转让: missing",
            "cn-gbt35273/public-disclosure": "debatable: 「我们承诺不会向第三方出售、出租或以其他方式披露学生个人信息，除非：」 (138): a denial of disclosure with its exceptions (as yanyu-zh 105): covered",
            "cn-gbt35273/access": "知情权 (157) and 查询权 (163) under 153",
            "cn-gbt35273/correct": "(153, 166)",
            "cn-gbt35273/delete": "(153, 169)",
            "cn-gbt35273/close-account": "「用户注销账户后30天内删除相关个人信息」 (204) is what follows a closure, not how to close: missing",
            "cn-gbt35273/withdraw-consent": "(153, 172)",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "cookies managed at a cost (191)",
            "cn-gbt35273/security": "(65, 69, 120, 124, 128)",
            "cn-gbt35273/complaint": "「如果您对本隐私政策有任何疑问、意见或建议，或需要行使您的个人信息权利」 (258) with a reply time (272): no complaint; 283 is litigation: missing",
        },
    },
    {
        "name": "smartrecord-tw",
        "split": "dev",
        "file": "smartrecord-tw/ReadmeFragment.java",
        "source": {
            "repo": "(not named by the index)",
            "path": '(an Android `Fragment` (Java) of SmartRecord, a racket-sensor app by NCTU\'s Network Optimization Lab; the PDPA Art. 8 notice is one `setText("…\\n" + …)` string literal)',
            "commit": "index id 44080183182",
            "stored": INDEX_NO_REPO + "; 2,609 characters, LF, final newline; checked against total_chars and a find_string offset (2,129)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [48],
                "purposes": [49],
                "categories": [50],
                "period": [51],
                "area": M,
                "recipients": [52],
                "methods": M,
                "rights": [54],
                "effect-of-not-providing": [55],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「1.機關名稱：國立交通大學-網路最佳化實驗室。」 (48)",
            "tw-pdpa/purposes": "(49)",
            "tw-pdpa/categories": "「用戶操作本服務時紀錄的文字資訊」 (50)",
            "tw-pdpa/period": "「個人資料利用期間：本團隊進行學術研究所必須之保存期間」 (51): a criterion",
            "tw-pdpa/area": "nothing: missing",
            "tw-pdpa/recipients": "「個人資料利用對象：本團體及合作學術夥伴」 (52)",
            "tw-pdpa/methods": "「個人資料利用方式：依蒐集目的範圍及此隱私權政策之利用」 (53) says the use is within the purposes, not the means: missing",
            "tw-pdpa/rights": "Art. 3 rights with the e-mail (54)",
            "tw-pdpa/effect-of-not-providing": "debatable: 「6.您若不提供個人資料所致權益之影響：…您若拒絕提供，可將此軟體解除安裝」 (55): the Act's label with its answer (refusing means leaving the app)",
            "tw-pdpa/source": "data recorded from the user's own operation (50): n/a",
        },
    },
    {
        "name": "karpi-tw",
        "split": "holdout",
        "file": "karpi-tw/privacy.jsp",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a JSP page of 卡痞, a card shop (service@buy888.com.tw); the Art. 8 items run together in one `<p>` as (1)…(5))",
            "commit": "index id 36853986348",
            "stored": INDEX_NO_REPO
            + "; 3,788 characters (the index's text has LF; its total_chars and match_at count CR LF: 3,711 + 77 line ends), written with CRLF, tabs kept, no final newline; checked against total_chars and a find_string offset (2,178)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [38],
                "purposes": [44],
                "categories": [46],
                "period": [50],
                "area": M,
                "recipients": [48, 51, 60],
                "methods": M,
                "rights": [53, 54, 55],
                "effect-of-not-providing": [64],
                "source": [59],
            },
        },
        "notes": {
            "tw-pdpa/agency": "「本公司卡痞十分重視您的隱私權保護，將依個人資料保護法及本隱私權政策蒐集、處理及利用您的個人資料」 (38): the company 卡痞 as 本公司, collecting; e-mail at 54",
            "tw-pdpa/purposes": "蒐集目的 (44)",
            "tw-pdpa/categories": "個人資料類別 (46)",
            "tw-pdpa/period": "「在會員有效期間內，以及法令所定應保存之期間內，本網站會持續保管、處理及利用相關資料。」 (50)",
            "tw-pdpa/area": "「提供給第三人（包括境內及境外）」 (48) is inside a denial of provision, no place of use: missing",
            "tw-pdpa/recipients": "「個人資料利用對象：本公司及本公司委外之協力廠商（例如：商品供應商、提供物流、金流…）」 (51); the denial with its exceptions (48); 司法、檢調機關、相關主管機關 (60)",
            "tw-pdpa/methods": "「僅供本網站於其內部、依照蒐集之目的進行處理和利用」 (48) gives no means (電子, 書面, 自動化…): missing",
            "tw-pdpa/rights": "Art. 3 rights (53) with the e-mail and LINE@ (54-55)",
            "tw-pdpa/effect-of-not-providing": "cookies turned off at a cost (64, the item's rule)",
            "tw-pdpa/source": "debatable: 「若您所填寫之送貨地址、聯絡人、聯絡方式等非您本人之個人資料，您同意已取得各該當事人之同意提供予本公司」 (59): other people's data given by the member, who is named as the source (the ccbaby-tw reading of profiles48c): applies, covered",
        },
    },
    {
        "name": "footyboard-en",
        "split": "holdout",
        "file": "footyboard-en/PrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page `PrivacyPolicy` of FootyBoard, a self-hostable football tactics board; `<Clause heading=…>` blocks; the date is a constant passed to `LegalPage`)",
            "commit": "index id 62591450336",
            "stored": INDEX_NO_REPO
            + "; 11,521 characters, LF, final newline; checked against total_chars and a find_string offset (7,598)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": [36, 50, 51, 54, 55, 66, 67, 132, 181],
                "legal-basis": [141, 142, 143],
                "legitimate-interests": [142],
                "recipients": [18, 96, 101, 179, 180, 181],
                "transfers": M,
                "retention": [166, 167, 209, 215],
                "rights": [151],
                "withdraw-consent": [118, 143, 144],
                "complaint": M,
                "requirement": [10, 16, 17, 115],
                "automated-decisions": [79, 80],
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [11, 33, 36, 40, 45, 50, 54, 59, 66, 70],
                "sources": [11, 103],
                "purposes": [36, 50, 51, 54, 55, 66, 67, 132, 181],
                "sold-or-shared": [21, 153, 154],
                "right-to-know": [152],
                "right-to-delete": [152, 153, 157, 158],
                "right-to-correct": [152, 153],
                "right-to-opt-out": [152, 153],
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [157, 158, 160],
                "authorized-agent": M,
                "last-updated": [3, 7],
            },
        },
        "notes": {
            "_profiles": "written for the UK/EU GDPR and the CCPA as amended by the CPRA (26-28): eu-gdpr and us-ccpa",
            "eu-gdpr/controller": "FootyBoard is software run as instances (97 'the installation has to be configured', 174 'wherever this instance of FootyBoard is hosted'); no company or person anywhere, and the contact is 'the address published in the project's repository' (160, 224), not in the document: missing",
            "eu-gdpr/dpo": "missing",
            "eu-gdpr/purposes": "'used to identify the account' (36), 'so you stay signed in … locked' (50-51), 'so that someone trying passwords … slowed down' (54-55), 'to keep you signed in' (66-67), the presence list (132), 'in order to deliver a password reset link' (181)",
            "eu-gdpr/legal-basis": "consent and legitimate interest (141-143)",
            "eu-gdpr/legitimate-interests": "'our legitimate interest in providing a working tactics board' (142)",
            "eu-gdpr/recipients": "Google (18, 96, 101) and the e-mail service (179-181)",
            "eu-gdpr/transfers": "debatable: 'International transfers' (172): 'If that is outside your country, the transfer is covered by the standard safeguards for the hosting arrangement in use' (174-176), Google and the mail service 'may process it outside your country' (182): applies (data may leave the country, to Google); 'the standard safeguards' names none (the convention: a named safeguard is needed): missing",
            "eu-gdpr/retention": "'kept until you delete them' (166), sessions cleared (167), reset links 30 minutes (209), 'Sessions last 30 days' (215)",
            "eu-gdpr/rights": "(151-152)",
            "eu-gdpr/withdraw-consent": "'You can withdraw permission at any time in the same panel' (118); 'withdrawable there. You can withdraw the rest at any time by deleting your account' (143-144)",
            "eu-gdpr/complaint": "no supervisory authority: missing",
            "eu-gdpr/requirement": "debatable: 'If you use FootyBoard without an account, everything stays in your browser' (10) says no data is needed to use it; the online fallback is 'optional' and 'a choice and not a default' (16-17, 115)",
            "eu-gdpr/automated-decisions": "'nothing you do here feeds automated decision-making' (79-80)",
            "eu-gdpr/source": "nothing from others: n/a",
            "us-ccpa/categories-collected": "11 and the list under 'What is stored, and where' (33, 36-70)",
            "us-ccpa/sources": "'your email address, and the boards you save' (11); 'the message you typed' (103)",
            "us-ccpa/purposes": "as eu-gdpr purposes",
            "us-ccpa/sold-or-shared": "'We do not sell or share anything' (21); 'FootyBoard does not sell or share personal information, and never has.' (153-154)",
            "us-ccpa/right-to-know": "'California residents have the right to know' (152)",
            "us-ccpa/right-to-delete": "(152-153); 'Delete account' (157-158)",
            "us-ccpa/right-to-correct": "(152-153)",
            "us-ccpa/right-to-opt-out": "'the right to … opt out of the sale or sharing of personal information' (152-153)",
            "us-ccpa/right-to-limit": "missing",
            "us-ccpa/non-discrimination": "missing",
            "us-ccpa/how-to-submit": "debatable: 'You can exercise most of these yourself, immediately: use Delete account in the board's account menu' (157-158); 'For anything else, write to the address in the project's repository' (160) gives no address",
            "us-ccpa/authorized-agent": "missing",
            "us-ccpa/last-updated": "debatable: `const UPDATED = '27 July 2026'` (3) passed as `updated={UPDATED}` (7): the page shows the date through LegalPage",
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
            "file": f"eval/profiles49c/docs/{doc['file']}",
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
