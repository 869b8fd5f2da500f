#!/usr/bin/env python3
"""Hand annotations of eval/profiles48 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document in full before any policylens run (only docs/profiles.md was read, for the items' rules
and conventions).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).  Held out before any run with
`random.Random(48).sample(sorted(names), 2)`: socialperks-en, sastlink-zh.

    python3 eval/profiles48/tools/annotate.py
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
Verdict = list[int] | str
M, NA, Q = "missing", "n/a", "?"
NONE = "none found (all rights reserved; test fixture only)"
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

DOCS: list[dict] = [
    {
        "name": "haikesi-zh",
        "split": "dev",
        "file": "haikesi-zh/PrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page `PrivacyPolicy` of 海克斯大乱斗战术探讨赛事官方网站, a League of Legends amateur tournament site; the policy is a `sections` array of titled string lists rendered as `<li>`; 我们 never defined, the site defined as 「本平台」 in the footer; the only contact a WeChat official account)",
            "commit": "index id 65771584084",
            "stored": INDEX_NO_REPO + "; 4,361 characters, LF, final newline; checked against total_chars and a find_string offset (1,542)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [89, 135],
                "purposes": [17, 18, 19, 20],
                "methods": [8, 9, 19, 20, 27, 28, 47],
                "categories": [8, 9],
                "retention": [21, 57],
                "rights": [55, 56, 57, 58, 59],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [89, 135],
                "functions": [17, 18, 19, 20],
                "sensitive-marked": NA,
                "methods": [8, 9],
                "retention": [21, 57],
                "cross-border": [27, 73, 74],
                "sharing": [38, 39, 41],
                "transfer": M,
                "public-disclosure": [20, 40],
                "access": [55],
                "correct": [55],
                "delete": [55],
                "close-account": [57],
                "withdraw-consent": [56],
                "copy": [58],
                "effect-of-not-providing": M,
                "security": [28, 29, 30, 31, 32],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": 'debatable: 「本隐私政策适用于海克斯大乱斗战术探讨赛事官方网站（以下简称"本平台"）提供的所有服务」 (131): a site\'s name defined as 本平台 (the classes8 / u45w2 convention: a name defined as 本平台 names the collector), 我们 never defined; the contact is a WeChat official account 「通过微信公众号"海克斯大乱斗"留言反馈」 (89): covered',
            "cn-pipl/purposes": "「二、信息使用」 (17-20): registration data for grouping and scheduling, notices, statistics, results shown",
            "cn-pipl/methods": "collected as provided (8) and automatically (9), anonymised analysis (19), results published with consent (20), stored in mainland China (27), encrypted transport and storage (28), localStorage (47)",
            "cn-pipl/categories": "(8, 9)",
            "cn-pipl/retention": "「我们仅会在实现服务目的所必需的最短时间内保留您的个人信息，超出必要期限后将及时删除或匿名化处理。」 (21), deletion within 30 days of closing (57)",
            "cn-pipl/rights": "access, correct, delete through 个人中心 or the administrator (55), withdraw (56), close (57), copy (58), refuse automated decisions (59)",
            "cn-pipl/sensitive-necessity": "no PIPL Art. 28 kind collected; 「我们不会收集您的身份证号、银行卡号等敏感金融信息」 (10); IP address and game ID are not sensitive: n/a",
            "cn-pipl/minors": "debatable: 「我们不会主动收集不满14周岁未成年人的个人信息」 (67) and deletion when found (66): under-fourteens excluded (profiles41c zhumeng-zh convention); 「建议14周岁以上用户使用」 (65): n/a",
            "cn-pipl/abroad-recipient": "「我们不会将您的个人信息传输至境外」 (73); 74 is the hypothetical 「如因业务需要确需向境外提供」: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor (debatable)",
            "cn-gbt35273/functions": "debatable: no per-function list; 「将您的报名信息用于赛事分组、赛程安排及成绩统计」 (17) and the other uses tie the data to named functions (as profiles46c zhijian-zh, profiles47 chengshang-zh)",
            "cn-gbt35273/sensitive-marked": "no sensitive data collected (10): n/a",
            "cn-gbt35273/methods": "what the person provides (8) and what is collected automatically (9)",
            "cn-gbt35273/retention": "as cn-pipl",
            "cn-gbt35273/cross-border": "stored in mainland China (27, 73), the hypothetical transfer with assessment and separate consent (74)",
            "cn-gbt35273/sharing": "「未经您的同意，我们不会向任何第三方出售、出租或分享您的个人信息。」 (38) with its exceptions (39), consent before providing (41)",
            "cn-gbt35273/transfer": "出售、出租或分享 (38) names no 转让 (a transfer of control), no merger or acquisition: missing",
            "cn-gbt35273/public-disclosure": "team names and results shown in publicity, contact details not (40); results shown in the 名人堂 with consent (20)",
            "cn-gbt35273/access": "(55)",
            "cn-gbt35273/correct": "(55)",
            "cn-gbt35273/delete": "(55)",
            "cn-gbt35273/close-account": "「您有权注销账户，注销后您的个人信息将在30天内删除。」 (57): the right named; no path beyond it (debatable, covered)",
            "cn-gbt35273/withdraw-consent": "(56)",
            "cn-gbt35273/copy": "(58)",
            "cn-gbt35273/effect-of-not-providing": "nothing says what not providing costs; clearing browser data (49) gives no effect: missing",
            "cn-gbt35273/security": "(28-32)",
            "cn-gbt35273/complaint": "「如您对本隐私政策有任何疑问、意见或建议，或需要行使您的个人信息权利」 (88): questions and rights, no complaint (u42w convention); 59 is an objection to automatic grouping: missing",
        },
    },
    {
        "name": "herein-zh",
        "split": "dev",
        "file": "herein-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js client page `PrivacyPage` of 此间 / Herein, a widget app of 开若图科技（上海）有限公司; `<section>` with `<h2>`/`<h3>`, `<ol>` lists and one permission table)",
            "commit": "index id 45377004648",
            "stored": INDEX_NO_REPO
            + "; 18,514 characters, LF, no final newline; checked against total_chars and a find_string offset (2,690)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [43, 239, 269, 309, 323],
                "purposes": [87, 93, 96, 99, 102, 105, 126],
                "methods": [87, 93, 96, 99, 102, 105, 158, 161, 207, 217],
                "categories": [87, 96, 99, 102, 124, 160],
                "retention": [217, 269],
                "rights": [239, 250, 254, 257, 261, 269],
                "sensitive-necessity": [96, 160],
                "minors": [292, 293, 294],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [43, 239, 269, 309, 323],
                "functions": [85, 87, 90, 93, 96, 99, 102, 105, 124, 125, 126],
                "sensitive-marked": [160],
                "methods": [87, 93, 96, 99, 102],
                "retention": [217, 269],
                "cross-border": [207, 210, 211, 214],
                "sharing": [152, 155, 156, 157, 158, 160, 161, 162],
                "transfer": [167, 170, 171, 172, 173],
                "public-disclosure": [178, 181, 182],
                "access": [239, 261],
                "correct": [239, 261],
                "delete": r(239, 245) + [261],
                "close-account": [269],
                "withdraw-consent": [250, 261],
                "copy": [239, 254, 257],
                "effect-of-not-providing": [55, 79, 96, 99, 127, 160, 250, 284],
                "security": [225, 228],
                "complaint": [309, 317],
            },
        },
        "notes": {
            "cn-pipl/processor": '「…由开若图科技（上海）有限公司及其关联公司（以下简称"此间"或"我们"、"本平台"）合法拥有并运营，我们的注册地址为…」 (43) with support@openwidget.net (239, 269, 309); the company again at the foot (323)',
            "cn-pipl/purposes": "each function's 以为/来/用于 (87, 93, 96, 99, 102, 105) and the permission table's scene (126)",
            "cn-pipl/methods": "collected at registration (87), choices recorded (93), location after a permission request (96), device data uploaded to the server (99), support records (102), notices sent (105), shared with partners and affiliates (158, 161), stored in mainland China (207), deleted or anonymised after the period (217)",
            "cn-pipl/categories": "e-mail and Apple ID (87), location (96, 124), the device list (99), support records (102), marketing data (160)",
            "cn-pipl/retention": "debatable: 「我们承诺始终按照法律的规定在合理必要期限内存储您的个人信息。超出上述期限后…删除…」 (217) is a criterion (a necessary period under the law); removal after the account is closed except what the law requires (269), as profiles47 kuaigong-zh",
            "cn-pipl/rights": "access, obtain, correct, delete by e-mail (239), permissions withdrawn in the system (250), portability (254), relatives (257), by e-mail (261), closing (269)",
            "cn-pipl/sensitive-necessity": "debatable: location (96) and bank account data for marketing events (160) are sensitive; 160 calls them 敏感个人信息 and says refusing only costs the event; 96 says why location is needed and what refusing costs: covered",
            "cn-pipl/minors": "not excluded; guardian's guidance and, under fourteen, consent (292), 293, the children's rules (294)",
            "cn-pipl/abroad-recipient": "debatable: stored in mainland China (207); providing data abroad 「以下情形下」 (where a law requires it or the person authorises it, 210-211) is a condition, like 「如需跨境传输」 (docs/profiles.md: the hypothetical does not apply the items): n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "1. 账号注册、登录及资料编辑 (85, 87), 2. with 2.1-2.5 (90-105), the permission table row (124-126)",
            "cn-gbt35273/sensitive-marked": "debatable: 「这些信息可能涉及敏感个人信息」 (160) marks the marketing data as sensitive; location and device identifiers are not marked: covered at 160",
            "cn-gbt35273/methods": "at registration (87), recorded (93), after a permission (96), actively collected and uploaded (99), recorded by the system (102)",
            "cn-gbt35273/retention": "as cn-pipl (debatable)",
            "cn-gbt35273/cross-border": "存储地点 in mainland China with the conditions for providing data abroad (207-214)",
            "cn-gbt35273/sharing": "(152) with its cases (155-162)",
            "cn-gbt35273/transfer": "(167) with its cases (170-173)",
            "cn-gbt35273/public-disclosure": "(178) with its cases (181-182)",
            "cn-gbt35273/access": "by e-mail (239), 261",
            "cn-gbt35273/correct": "by e-mail (239), 261",
            "cn-gbt35273/delete": "by e-mail (239) with the cases (241-245), 261",
            "cn-gbt35273/close-account": "「五、您如何注销您的账号」: by e-mail, within seven working days (269)",
            "cn-gbt35273/withdraw-consent": "permissions in the device's system (250), by e-mail (261)",
            "cn-gbt35273/copy": "debatable: 「以访问、获取、更正和删除」 (239, 获取 = obtain), portability on request (254), relatives may 查阅、复制 (257)",
            "cn-gbt35273/effect-of-not-providing": "55, 79, location refused (96, 127), risk check not completed (99), marketing data (160), withdrawn permissions (250), cookies refused (284)",
            "cn-gbt35273/security": "(225, 228)",
            "cn-gbt35273/complaint": "「如您对个人信息保护问题有任何投诉、建议、疑问…」 with the e-mail and a 15-working-day reply (309); government departments (317)",
        },
    },
    {
        "name": "sastlink-zh",
        "split": "holdout",
        "file": "sastlink-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPolicyPage` of SAST Link, the single sign-on service of a university student association (NJUPT SAST); `<LegalSection>`/`<LegalSubheading>`/`<LegalList>` components; the operator, contact e-mail, hosting region, retention periods and response time are `{LEGAL_*}` constants)",
            "commit": "index id 57399654226",
            "stored": INDEX_NO_REPO + "; 9,934 characters, LF, final newline; checked against total_chars and a find_string offset (1,511)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [79, 93, 96, 98, 103, 106, 115, 120, 129],
                "methods": [79, 82, 93, 96, 98, 103, 106, 115, 120, 129, 153, 192, 196, 205, 226, 227],
                "categories": [78, 79, 82, 93, 96, 98, 103, 105, 106, 115, 120, 127, 128, 129],
                "retention": [208, 211, 212, 215, 219],
                "rights": [239, 243, 245, 247, 250, 252, 254, 257, 259, 261],
                "sensitive-necessity": M,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [74, 75, 79, 89, 90, 93, 96, 98, 113, 115, 118, 120, 123, 124, 129],
                "sensitive-marked": [52, 93, 96, 128, 166, 167, 168],
                "methods": [79, 82, 93, 96, 98, 103, 106, 115, 120, 129],
                "retention": [208, 211, 212, 215, 219],
                "cross-border": [204, 205],
                "sharing": [150, 153, 157, 160, 163, 166, 168, 171],
                "transfer": M,
                "public-disclosure": M,
                "access": [243, 245, 247],
                "correct": [250, 252, 254],
                "delete": M,
                "close-account": M,
                "withdraw-consent": [257, 259, 261, 179],
                "copy": M,
                "effect-of-not-providing": [86, 100, 110, 115, 283],
                "security": [224, 226, 227, 229, 232],
                "complaint": M,
            },
        },
        "notes": {
            "_file": "the operator, contact e-mail, hosting region, periods and response time are JS constants (`{LEGAL_OPERATOR}`, `{LEGAL_CONTACT_EMAIL}`, …) the page does not define: judged as written, a slot names nobody and is no contact (docs/profiles.md: template slots are blanked)",
            "cn-pipl/processor": "debatable: 「本政策仅适用于{LEGAL_OPERATOR}（以下称“我们”）提供的 SAST Link…」 (44) and 「个人信息处理者：{LEGAL_OPERATOR}」 (307) are slots; SAST Link is the service, not defined as 我们; the only contact is `{LEGAL_CONTACT_EMAIL}`: missing",
            "cn-pipl/purposes": "each item's 用于 (79, 93, 96, 98, 103, 106, 115, 120, 129)",
            "cn-pipl/methods": "each 收集方式 (79, 82, 93, 96, 98, 103, 106, 115, 120, 129), shared only after authorisation (153), local storage (192, 196), stored in mainland China (205), HTTPS and salted hashes (226, 227)",
            "cn-pipl/categories": "the items of (一)-(五) (78-129)",
            "cn-pipl/retention": "account data kept while the account exists (208), logs kept for a slot period then deleted (211-212), after closing (215), 219",
            "cn-pipl/rights": "(239) with in-app paths: 个人资料 (243-247), 编辑资料 (250-254), 已授权应用 (257-261); the e-mail is a slot",
            "cn-pipl/sensitive-necessity": "student number, phone and IP address are marked 个人敏感信息 (52, 93, 96, 128); each says what it is used for, none says why it is necessary or its effect on the person (kuaigong-zh: a reason alone is not enough): missing (debatable)",
            "cn-pipl/minors": "a university student service, nothing about children: n/a",
            "cn-pipl/abroad-recipient": "「我们不会将您的个人信息传输至境外，也不存在数据出境情形。」 (205): n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor (slots only): missing",
            "cn-gbt35273/functions": "(一)-(五) with their data and uses (74-129)",
            "cn-gbt35273/sensitive-marked": "「本政策中以下划线标注的信息属于个人敏感信息」 (52) and the `<LegalSensitive>` marks (93, 96, 128, 167, 168), 「该范围包含个人敏感信息」 (168)",
            "cn-gbt35273/methods": "each 收集方式 (79-129)",
            "cn-gbt35273/retention": "as cn-pipl",
            "cn-gbt35273/cross-border": "(204-205); the region is a slot, mainland China named",
            "cn-gbt35273/sharing": "(150, 153) with the scopes (157-171)",
            "cn-gbt35273/transfer": "nothing on 转让: missing",
            "cn-gbt35273/public-disclosure": "nothing on 公开披露 (public profile data shown to authorised apps is sharing): missing",
            "cn-gbt35273/access": "查阅 in 个人资料 (243-247)",
            "cn-gbt35273/correct": "编辑资料 (250-254)",
            "cn-gbt35273/delete": "no right to delete named, no way: missing",
            "cn-gbt35273/close-account": "「注销账号：您可通过 {LEGAL_CONTACT_EMAIL} 申请注销账号。」 (264): the only way is a slot: missing (debatable)",
            "cn-gbt35273/withdraw-consent": "已授权应用 (257-261), also 179",
            "cn-gbt35273/copy": "「如需获取个人信息副本，可通过上述邮箱向我们提出。」 (247): the e-mail is a slot (上述邮箱 points at 239's `{LEGAL_CONTACT_EMAIL}`): missing (debatable)",
            "cn-gbt35273/effect-of-not-providing": "(86, 100, 110, 115, 283)",
            "cn-gbt35273/security": "(224) with its items (226-232)",
            "cn-gbt35273/complaint": "「如您对本政策内容…有任何疑问、意见或需要行使前述权利」 (304): no complaint: missing",
        },
    },
    {
        "name": "sfijinrong-tw",
        "split": "dev",
        "file": "sfijinrong-tw/word-form.php",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a PHP entry form of the 2016 「金融知識闖通關」 campaign of 財團法人中華民國證券暨期貨市場發展基金會 (organised by 台灣金融服務業聯合總會); a short Art. 8 notice 「主辦單位告知事項」 above a name/phone/e-mail form, the prize and rules layers below)",
            "commit": "index id 17801921640",
            "stored": INDEX_NO_REPO
            + "; 7,112 characters, CRLF (the index's text reads LF; 151 lines, total_chars counts the CRs), final newline; checked against total_chars and a find_string offset (3,310)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [110],
                "purposes": [61],
                "categories": Q,
                "period": M,
                "area": M,
                "recipients": M,
                "methods": M,
                "rights": [62, 63, 64, 65, 66, 67],
                "effect-of-not-providing": [69],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "debatable: the notice speaks of 主辦單位 (60, 68-69) without a name; the footer names 「主辦單位：台灣金融服務業聯合總會」 (110) with the 承辦單位; the title names the foundation (9, head metadata): covered at 110",
            "tw-pdpa/purposes": "「1.蒐集之目的：…中獎通知、獎項寄送及所得稅扣繳」 (61)",
            "tw-pdpa/categories": "doubtful: the notice lists no categories; the form below asks for 姓名、連絡電話、電子信箱 (79, 83, 87), winners hand in ID copies (140): a form's fields as the disclosure is not settled: not scored",
            "tw-pdpa/period": "nothing: missing",
            "tw-pdpa/area": "the prize delivery area (139) is not where data are used: missing",
            "tw-pdpa/recipients": "nothing in the notice; winners' names published (137) and tax filing to 主管機關 (140) are campaign rules: missing (debatable)",
            "tw-pdpa/methods": "nothing: missing",
            "tw-pdpa/rights": "「2.當事人得行使權利及方式：您可以透過書面申請方式…」 (62) with the five rights (63-67)",
            "tw-pdpa/effect-of-not-providing": "(69)",
            "tw-pdpa/source": "collected from the person: n/a",
        },
    },
    {
        "name": "socialperks-en",
        "split": "holdout",
        "file": "socialperks-en/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of Social Perks, Inc., an influencer-campaign platform in San Francisco; thirteen `<section>`s with GDPR and CCPA sections)",
            "commit": "index id 55117162758",
            "stored": INDEX_NO_REPO
            + "; 13,290 characters, LF, final newline; checked against total_chars and a find_string offset (10,014)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [53, 295, 299, 302, 305],
                "dpo": [228, 230, 233],
                "purposes": r(98, 105),
                "legal-basis": [224, 225, 226],
                "legitimate-interests": M,
                "recipients": [114, 117, 118, 119, 122, 123, 124, 127, 128, 131, 132],
                "transfers": Q,
                "retention": r(169, 173),
                "rights": [196, 198, 199, 200, 201, 202, 203, 204, 207, 209, 212, 226, 227],
                "withdraw-consent": [203],
                "complaint": [204],
                "requirement": [145],
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [68, 71, 74, 75, 76, 77, 78, 79, 82, 85, 86, 87, 88],
                "sources": [71, 82],
                "purposes": r(98, 105),
                "sold-or-shared": [114, 248, 249],
                "right-to-know": [246, 247],
                "right-to-delete": [247],
                "right-to-correct": [199],
                "right-to-opt-out": [247, 248, 249],
                "right-to-limit": M,
                "non-discrimination": [256],
                "how-to-submit": [249, 251, 254, 207, 209, 212],
                "authorized-agent": M,
                "last-updated": [43],
            },
        },
        "notes": {
            "eu-gdpr/controller": '「Social Perks, Inc. ("we", "us", or "our")」 (53) with the contact block (295-305)',
            "eu-gdpr/dpo": "(228-233)",
            "eu-gdpr/purposes": "the use list (98-105)",
            "eu-gdpr/legal-basis": "debatable: the bases are listed (224-226) without saying which purpose rests on which: covered (the bases are stated)",
            "eu-gdpr/legitimate-interests": "relied on (226) and no interest named: missing",
            "eu-gdpr/recipients": "(114) with the four kinds (117-132)",
            "eu-gdpr/transfers": "doubtful: a US company (305) serving EEA users, Stripe for payments; the text never says data leave the EEA: not scored (as profiles46's doubtful LLC)",
            "eu-gdpr/retention": "(169-173)",
            "eu-gdpr/rights": "the list (196-204) with the way (207-212), 226-227",
            "eu-gdpr/withdraw-consent": "'Withdraw consent at any time' (203)",
            "eu-gdpr/complaint": "'Lodge a complaint with a supervisory authority' (204)",
            "eu-gdpr/requirement": "debatable: nothing on statutory or contractual requirements; 'Disabling certain cookies may limit Platform functionality.' (145) is the effect of not providing (zoracam convention): covered",
            "eu-gdpr/automated-decisions": "nothing (matching influencers with campaigns, 100, is not said to be automated): missing",
            "eu-gdpr/source": "everything from the person or the device: n/a",
            "us-ccpa/categories-collected": "(68) with both lists (71-88)",
            "us-ccpa/sources": "the two labels: provided by the person (71), collected automatically (82)",
            "us-ccpa/purposes": "(98-105)",
            "us-ccpa/sold-or-shared": "'We do not sell your personal information.' (114), 248-249",
            "us-ccpa/right-to-know": "(246-247)",
            "us-ccpa/right-to-delete": "(247)",
            "us-ccpa/right-to-correct": "debatable: only in the general list 'Depending on your jurisdiction' (199): covered",
            "us-ccpa/right-to-opt-out": "(247-249)",
            "us-ccpa/right-to-limit": "missing",
            "us-ccpa/non-discrimination": "(256)",
            "us-ccpa/how-to-submit": "(249-254), also 207-212",
            "us-ccpa/authorized-agent": "missing",
            "us-ccpa/last-updated": "(43)",
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
            "file": f"eval/profiles48/docs/{doc['file']}",
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
