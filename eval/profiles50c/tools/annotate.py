#!/usr/bin/env python3
"""Hand annotations of eval/profiles50c in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run (a measure-only set; two documents held out by a seeded
draw, see README).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles50c/tools/annotate.py
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
        "name": "dazixing-zh",
        "split": "dev",
        "file": "dazixing-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js client page `PrivacyPage` of 搭子星, a companion-matching platform with BOSS and SHOP users; `<section>`s of `<h2>`/`<h3>` over `<li>` items)",
            "commit": "index id 61038898489",
            "stored": INDEX_NO_REPO + "; 6,577 characters, LF, final newline; checked against total_chars and a find_string offset (6,468)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [23, 131],
                "purposes": [30, 31, 32, 33, 38, 43, 44, 49, 50, 51, 56, 57, 58, 65, 66, 67, 68, 69, 70],
                "methods": [33, 44, 58, 78, 79],
                "categories": [30, 31, 32, 33, 38, 43, 44, 49, 50, 51, 56, 57, 58],
                "retention": M,
                "rights": [106, 107, 108, 109],
                "sensitive-necessity": M,
                "minors": [117, 118, 119],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [23, 131],
                "functions": [28, 30, 31, 32, 33, 36, 38, 41, 43, 44, 47, 49, 50, 51, 54, 56, 57, 58],
                "sensitive-marked": M,
                "methods": [33, 58],
                "retention": M,
                "cross-border": [77],
                "sharing": [88, 90, 91, 92, 94],
                "transfer": [100],
                "public-disclosure": M,
                "access": [106],
                "correct": [107],
                "delete": [108],
                "close-account": [108],
                "withdraw-consent": [109],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [33, 44, 78, 79, 80],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "debatable: 「搭子星（以下简称“我们”）」 (23), a brand defined as 我们 (not called 本应用, 本平台 or 网站), with an e-mail (131): the brand_we convention (a name defined as 我们 with a contact is the processor's name as the policy gives it)",
            "cn-pipl/methods": "processing methods: the password hashed (33), the ID number encrypted before storage (44, 78), bcrypt (79); cookies (58)",
            "cn-pipl/retention": "no period or criterion: 存储在中国境内 (77) is a place; 「申请注销账号，我们将在核实身份后删除」 (108) is a right, with no keeping verb: missing",
            "cn-pipl/rights": "each right with its way: 在个人中心查看 (106), 修改 (107, in the app), 在个人中心申请注销 (108), 通过注销账号 (109)",
            "cn-pipl/sensitive-necessity": "身份证号码 (44) is collected: applies; 「仅用于与权威数据库进行身份要素核验」 says why but no effect on the person: missing",
            "cn-pipl/minors": "「如果您是未满14周岁的未成年人…请务必在父母或监护人的监护、指导和同意下…」 (117) and the linked 未成年人保护声明 (118): applies (mainly adults, not barred), covered",
            "cn-gbt35273/sensitive-marked": "the ID number (44) collected, nothing marked as 敏感: missing",
            "cn-gbt35273/methods": "debatable: 「如果您选择设置密码」 (33, the person provides it) and cookies (58); no 主动提供/自动收集 sentence",
            "cn-gbt35273/transfer": "「未经您的明确同意，我们不会将您的个人信息转让或共享给任何第三方」 (100): a statement about 转让",
            "cn-gbt35273/public-disclosure": "「在法律法规要求…我们可能会披露您的个人信息」 (97): a 披露 on a legal demand, no 公开: missing (the item's rule)",
            "cn-gbt35273/close-account": "「您可以在个人中心申请注销账号」 (108)",
            "cn-gbt35273/complaint": "「可向相关监管机构投诉」 (110) names no channel; the contact section (130-132) is for 疑问、意见或建议: missing",
        },
    },
    {
        "name": "aizhulao-zh",
        "split": "dev",
        "file": "aizhulao-zh/PrivacyPolicyScreen.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(an Expo / React Native screen of AI助老, an elder-care app with a guardian side; `<Text>` paragraphs whose lines end with {'\\n'} literals)",
            "commit": "index id 52041995079",
            "stored": INDEX_NO_REPO + "; 5,801 characters, LF, final newline; checked against total_chars and a find_string offset (4,523)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [64, 75, 76, 77, 78, 79, 80],
                "methods": [62, 65],
                "categories": [55, 57, 58, 59, 61, 62, 63, 64, 65, 67, 68],
                "retention": M,
                "rights": M,
                "sensitive-necessity": M,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [56, 57, 58, 59, 63, 64, 65],
                "sensitive-marked": M,
                "methods": [62, 65],
                "retention": M,
                "cross-border": M,
                "sharing": [88, 89],
                "transfer": M,
                "public-disclosure": M,
                "access": [107],
                "correct": [107],
                "delete": [108],
                "close-account": [108],
                "withdraw-consent": [109],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [98, 99],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「AI助老（以下简称「我们」）」 (48) is the app (本应用, 48, 117), no developer or company; the only contact is 应用内的反馈功能 (131): an app defined as 我们 is no processor (u48w2's convention): missing",
            "cn-pipl/methods": "「通过蓝牙设备自动采集」 (62), 「需您授权后才会获取」 (65)",
            "cn-pipl/rights": "four rights granted (107-110) with no way in their section; the contact section's 反馈功能 (131) is for 疑问 about the policy, not named for the rights: missing (the yanyu-zh reading of profiles49c)",
            "cn-pipl/sensitive-necessity": "health data (心率, 60-62) and location (63-65, 「位置等敏感信息」 109): applies; 「用于天气定位和紧急救援」 (64) says why, no effect on the person: missing",
            "cn-pipl/minors": "「如果您是未成年人，请在监护人的陪同下使用本应用，我们不会主动收集未成年人的个人信息」 (117): says it does not collect minors' data: n/a (debatable: it lets them use the app with a guardian)",
            "cn-gbt35273/functions": "「1. 注册信息」 (56) over its items (57-59); 位置信息 「用于天气定位和紧急救援」 (63-65)",
            "cn-gbt35273/sensitive-marked": "health and location collected; 「位置等敏感信息」 (109) is in the rights list, not a marking in the collection list: missing (debatable)",
            "cn-gbt35273/cross-border": "「数据存储在安全的服务器上」 (99) names no place: missing",
            "cn-gbt35273/sharing": "guardians see the elder's data (88); 「与授权的服务提供商共享数据（如云存储服务商）」 (89)",
            "cn-gbt35273/transfer": "a sale denied (87) is no 转让: missing",
            "cn-gbt35273/close-account": "「您有权删除您的账号和相关数据」 (108) under 您的权利: the item's rule (deleting the account granted under a rights heading)",
            "cn-gbt35273/withdraw-consent": "「您有权撤销位置等敏感信息的授权」 (109)",
            "cn-gbt35273/security": "加密 (98), 限制访问权限 (99)",
        },
    },
    {
        "name": "qilin-zh",
        "split": "holdout",
        "file": "qilin-zh/PrivacyPage.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page of 麒麟云点餐, a restaurant ordering SaaS for merchants; inline style objects, `<p>` numbered 1.1…, a 联系方式 list)",
            "commit": "index id 56131885732",
            "stored": INDEX_NO_REPO + "; 6,399 characters, LF, final newline; checked against total_chars and a find_string offset (5,158)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [98, 99, 100, 101, 102, 103, 105],
                "methods": [90, 91, 92, 139],
                "categories": [90, 91, 92],
                "retention": M,
                "rights": [146, 148, 149, 150, 151, 152, 155],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [90, 91],
                "sensitive-marked": NA,
                "methods": [90, 91, 92, 139],
                "retention": M,
                "cross-border": [111],
                "sharing": [133],
                "transfer": M,
                "public-disclosure": M,
                "access": [148],
                "correct": [149],
                "delete": [150],
                "close-account": M,
                "withdraw-consent": [151],
                "copy": [152],
                "effect-of-not-providing": [139, 140],
                "security": [112, 114, 115, 116, 117, 118],
                "complaint": [178, 181, 182],
            },
        },
        "notes": {
            "cn-pipl/processor": 'debatable: 「麒麟云点餐平台（以下简称"本平台"或"我们"）」 (83): the service\'s name, which the policy itself calls a 平台, with e-mail and phone (181-182) but no company or person: a platform\'s name is the service, not who runs it (the 本平台 convention written down this session): missing',
            "cn-pipl/methods": "您在注册时提供 (90), 使用服务时生成 (91), 系统自动收集 (92), Cookie (139)",
            "cn-pipl/sensitive-necessity": "「我们不会收集您的个人身份敏感信息，如身份证号、银行账户、生物识别信息等」 (93): n/a",
            "cn-pipl/minors": "「不面向未成年人提供服务。如发现我们无意中收集了未成年人的个人信息…我们将尽快删除」 (162-163): n/a",
            "cn-pipl/abroad-recipient": "stored in China, 「未经您的同意，我们不会将数据转移至境外」 (111): n/a",
            "cn-gbt35273/functions": "「您在注册时提供的信息：…」 (90), 「您在使用服务时生成的信息：…」 (91)",
            "cn-gbt35273/sharing": "「第三方合作伙伴…（如云服务提供商）」 (133); the cases 126-131 name no kind of recipient",
            "cn-gbt35273/transfer": "转移至境外 (111) is no 转让: missing",
            "cn-gbt35273/close-account": "accounts exist (99 管理您的账号); no 注销 anywhere: missing",
            "cn-gbt35273/effect-of-not-providing": "cookies managed at a cost (139-140, the item's rule)",
            "cn-gbt35273/complaint": "「如对本隐私政策有任何疑问、意见或投诉，请通过以下方式联系我们」 (178) with e-mail and phone (181-182)",
        },
    },
    {
        "name": "yuyue-tw",
        "split": "dev",
        "file": "yuyue-tw/RegRule.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React component `RegRule` of a 2021 product pre-order campaign; the rules in a `listItem` array, the 個資法 notice in two long `<li>` lines with `<br />`)",
            "commit": "index id 19030269750",
            "stored": INDEX_NO_REPO
            + "; 1,414 characters, LF, no final newline; checked against total_chars and a find_string offset (1,097)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [3],
                "categories": [12],
                "period": M,
                "area": [12],
                "recipients": [12],
                "methods": [12],
                "rights": M,
                "effect-of-not-providing": [13],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "only 本公司 (13), never named: missing",
            "tw-pdpa/purposes": "debatable: no 目的 item; 「於指定活動網頁登記預約資料，後續透過簡訊及email依照登記順序通知購買」 (3) says what the registered data is used for",
            "tw-pdpa/categories": "「個人資料項目：姓名、手機號碼、電子信箱」 (12)",
            "tw-pdpa/period": "「資料使用期間」 (13) gives no period: missing",
            "tw-pdpa/area": "「地區：台灣地區」 (12)",
            "tw-pdpa/recipients": "「對象：參與活動之客戶」 (12): a 對象 label with its value (the item's rule), odd as it is",
            "tw-pdpa/methods": "「方式：書面、電子文件、電話、以自動化機器或其他非自動化等方式利用」 (12)",
            "tw-pdpa/rights": "the Art. 3 rights 「得隨時向本公司請求…」 (13) with no channel anywhere (no e-mail, phone or address; 3's 簡訊及email are how buyers are notified): missing",
            "tw-pdpa/effect-of-not-providing": "「若拒絕提供相關個人資料者，將無法參加本活動」 (13)",
        },
    },
    {
        "name": "dileiwu-tw",
        "split": "holdout",
        "file": "dileiwu-tw/PrivacyPage.jsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Chakra UI React page of 地雷屋, the common 本網站 privacy template in `<Box>`/`<Text>`/`<ListItem>`s, tab-indented)",
            "commit": "index id 39715980176",
            "stored": INDEX_NO_REPO + "; 4,107 characters, LF, final newline; checked against total_chars and a find_string offset (3,997)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": M,
                "categories": [54],
                "period": M,
                "area": M,
                "recipients": [70, 91, 104],
                "methods": M,
                "rights": M,
                "effect-of-not-providing": [115, 116],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「地雷屋」（以下簡稱本網站） (25-26): a site's name defined as 本網站, no company or person, no contact anywhere: missing",
            "tw-pdpa/purposes": "debatable: 「在該特定目的範圍內」 (51) and 「依照蒐集之目的進行處理和利用、或為完成提供服務或履行合約義務之必要」 (54) name no purpose; 「為了提供您最佳的服務…Cookie」 (115) is boilerplate: missing",
            "tw-pdpa/categories": "「本網站蒐集足以識別使用者身分的個人資料、消費與交易資料」 (54)",
            "tw-pdpa/area": "「提供給第三人（包括境內及境外）」 (55) is inside a denial (the karpi-tw reading): missing",
            "tw-pdpa/recipients": "委託本網站相關單位 (70), the denial with its exceptions (91), 委外廠商 (104)",
            "tw-pdpa/methods": "no means (電子, 書面, 自動化): missing",
            "tw-pdpa/rights": "no right is granted: missing",
            "tw-pdpa/effect-of-not-providing": "cookies refused at a cost (115-116)",
        },
    },
    {
        "name": "sip-en",
        "split": "dev",
        "file": "sip-en/PrivacyPolicy.jsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page of Sip, a subscription group app operated by Sip Inc.; numbered `<h2>` sections, a CPRA rights section)",
            "commit": "index id 31169183164",
            "stored": INDEX_NO_REPO + "; 8,720 characters, LF, final newline; checked against total_chars and a find_string offset (4,838)",
            "licence": NONE,
        },
        "v": {
            "us-ccpa": {
                "categories-collected": [17],
                "sources": [17],
                "purposes": [24],
                "sold-or-shared": [41, 61],
                "right-to-know": [61],
                "right-to-delete": [61],
                "right-to-correct": [61],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [64],
                "authorized-agent": M,
                "last-updated": [8],
            },
        },
        "notes": {
            "_profiles": "written for the CPRA (61), no GDPR: us-ccpa only",
            "us-ccpa/categories-collected": "debatable: under 'Information We Collect' (15) payment details go to Apple, 'We may receive transaction confirmation data from Apple' (17); no other kind named",
            "us-ccpa/sources": "'We may receive transaction confirmation data from Apple' (17)",
            "us-ccpa/purposes": "'We process your information to create and manage your user account…' (24)",
            "us-ccpa/sold-or-shared": "'We do not sell your personal information to third parties.' (41); 'While Sip does not sell personal information' (61)",
            "us-ccpa/right-to-opt-out": "no opt-out right or way (a sale denied only): missing",
            "us-ccpa/how-to-submit": "'To submit a request … email us at support@sipaway.io' (64)",
            "us-ccpa/last-updated": "'Last updated: June 23, 2025' (8)",
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
            "file": f"eval/profiles50c/docs/{doc['file']}",
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
