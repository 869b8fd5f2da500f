#!/usr/bin/env python3
"""Hand annotations of eval/profiles38c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles38c/tools/annotate.py
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


def bi(*lines: int) -> list[int]:
    """tancloud-zh: the Chinese lines and their English translation (paragraph k of the Chinese half is line +416)."""
    return sorted({x for x in lines} | {x + 416 for x in lines if x >= 9})


DOCS: list[dict] = [
    {
        "name": "coffee-zh",
        "split": "dev",
        "file": "coffee-zh/privacy.wxml",
        "source": {
            "repo": "Xiaojing-511/coffee-order-wechat-miniprogram",
            "path": "pages/privacy/privacy.wxml",
            "commit": "7d553e4670d73196bbd0e628c40365172d75d37c",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [20, 22, 30, 32, 33, 34, 35, 50],
                "methods": [18, 33, 43, 50, 57],
                "categories": [18, 20, 21, 22, 57],
                "retention": M,
                "rights": [64],
                "sensitive-necessity": NA,
                "minors": M,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [18, 20, 22, 30, 32, 33, 34, 35],
                "sensitive-marked": Q,
                "methods": [18, 22, 57],
                "retention": M,
                "cross-border": M,
                "sharing": [33, 50],
                "transfer": M,
                "public-disclosure": Q,
                "access": Q,
                "correct": M,
                "delete": [64],
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [43],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "nobody is named: 我们 and 本小程序 only, reached through 小程序客服渠道 (78); no company, person or address",
            "cn-pipl/purposes": "each collected item with its use (20 身份与订单归属, 22 取餐核验与订单联系), the use list under 收集的数据仅用于以下用途 (30, 32-35), the sharing purpose 用于备餐与取餐核验 (50); 11 describes the service, not a use of data",
            "cn-pipl/methods": "collected only while ordering (18), the phone only when typed in (57), stored in Tencent CloudBase isolated per shop (43), provided to the ordering shop (33, 50)",
            "cn-pipl/categories": "openid, order details, pickup name and phone (18, 20-22, 57)",
            "cn-pipl/retention": "no period or criterion; 64 is deletion on request",
            "cn-pipl/rights": "deletion through the shop or the mini-program's customer service (64)",
            "cn-pipl/sensitive-necessity": "no PIPL Art. 28 data (57 denies device, location and contacts)",
            "cn-pipl/minors": "minors are not excluded ('主要面向成年用户', 71) and are only told to use it under a guardian's guidance: no parental consent (the eval/profiles README rule)",
            "cn-pipl/abroad-recipient": "Tencent CloudBase, nothing abroad",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "each datum with the function it serves (20, 22) and the use list (30, 32-35); 18 is the lead-in of the collected list",
            "cn-gbt35273/sensitive-marked": "order details (drinks, amount) are consumption records, which GB/T 35273 Annex B lists as 个人财产信息; the policy calls nothing sensitive and denies 'sensitive data' for device, location and contacts (57): whether order records make this item apply is doubtful",
            "cn-gbt35273/methods": "collected while ordering (18), name and phone optional, only when typed in (22, 57)",
            "cn-gbt35273/retention": "as cn-pipl/retention",
            "cn-gbt35273/cross-border": "a cloud service named with no region or territory (43): no storage place (the session-36 decision)",
            "cn-gbt35273/sharing": "order data shared with the shop ordered from, nobody else, no SDK (33, 50)",
            "cn-gbt35273/transfer": "nothing on 转让 (merger, acquisition)",
            "cn-gbt35273/public-disclosure": "'订单信息仅您本人与您所下单的店铺可见，其他店铺无法查看' (43) limits who sees the data, but says nothing of 公开披露: doubtful",
            "cn-gbt35273/access": "'为您提供订单查询、再来一单等便捷功能' (35) is a use that lets the person look up orders, not a right to consult their data: doubtful",
            "cn-gbt35273/correct": "nothing",
            "cn-gbt35273/delete": "deletion through the shop or customer service (64)",
            "cn-gbt35273/close-account": "no account (WeChat openid): nothing on closing one",
            "cn-gbt35273/withdraw-consent": "nothing",
            "cn-gbt35273/copy": "nothing",
            "cn-gbt35273/effect-of-not-providing": "the phone is optional (22, 57) but no effect of withholding anything is stated",
            "cn-gbt35273/security": "order data isolated per shop, visible only to the person and the shop (43): an access control",
            "cn-gbt35273/complaint": "customer service offered for questions or suggestions (78): a contact only for questions is a `?` complaint channel (earlier sets' convention)",
        },
    },
    {
        "name": "tancloud-zh",
        "split": "dev",
        "file": "tancloud-zh/policy.md",
        "source": {
            "repo": "apache/hertzbeat",
            "path": "home/versioned_docs/version-v1.0.0/others/policy.md",
            "commit": "48e663977717bad11201069941e290592dae171b",
            "stored": GIT,
            "licence": "Apache-2.0 (the repository's LICENSE)",
        },
        "v": {
            "cn-pipl": {
                "processor": bi(9, 417, 419),
                "purposes": bi(43, 59, 61, 63, 67, 73, 79, 87, 91, 93, 95, 103, 109, 143, 145, 147, 149, 151, 171, 173, 175, 177),
                "methods": bi(45, 47, 49, 55, 57, 73, 75, 97, 99, 113, 269, 283),
                "categories": bi(49, 63, 67, 75, 77, 85, 87, 89, 91, 93, 95, 99, 149, 157),
                "retention": bi(255, 257, 259, 261, 263, 265, 267),
                "rights": bi(309, 313, 315, 319, 323, 325, 339, 343, 345),
                "sensitive-necessity": Q,
                "minors": bi(9, 397, 399),
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": bi(9, 417, 419),
                "functions": bi(
                    59, 61, 63, 65, 67, 71, 73, 75, 77, 83, 85, 87, 91, 93, 95, 101, 103, 107, 109, 141, 143, 145, 147, 149, 151
                ),
                "sensitive-marked": bi(69, 157),
                "methods": bi(45, 47, 49, 55, 57, 73, 75, 77, 91, 97, 99, 141),
                "retention": bi(255, 257, 259, 261, 263, 265, 267),
                "cross-border": bi(269, 277),
                "sharing": bi(91, 193, 195, 197, 199, 201, 203, 205, 207, 209, 211, 213, 215, 217, 377),
                "transfer": bi(221, 223),
                "public-disclosure": bi(227, 229, 231, 235),
                "access": bi(313, 315),
                "correct": bi(319),
                "delete": bi(323, 325, 327, 329, 331, 333, 335),
                "close-account": bi(343),
                "withdraw-consent": bi(105, 153, 339),
                "copy": bi(345),
                "effect-of-not-providing": bi(49, 69, 79, 87, 153, 183),
                "security": bi(279, 283, 287, 289, 291, 293, 301),
                "complaint": bi(419),
            },
        },
        "notes": {
            "cn-pipl/processor": "绵阳探云科技有限公司 (9), its address (417), phone and e-mail for complaints and questions (419); every covered item also accepts the English translation of each accepted line (paragraph for paragraph: line + 416)",
            "cn-pipl/purposes": "the purpose sections under '我们会出于以下目的' (59-109), the permission uses (143-151), the cookie uses (171-177)",
            "cn-pipl/methods": "the three ways of collecting (45-57), automatic collection, storage and association (73, 75), indirect collection (97-99), de-identification (113), storage in China (269), encryption (283)",
            "cn-pipl/categories": "phone, nickname, ID number… (49), identity data (67), logs and device data (75, 77), orders and payment (87, 91, 93), images and voice (89), recordings (149), the sensitive list (157)",
            "cn-pipl/retention": "kept only for the period needed, with the criteria (255-263), deletion or anonymisation after it (265) and on shutdown (267)",
            "cn-pipl/rights": "access, correction, deletion, withdrawal, account closure, copy (309-345)",
            "cn-pipl/sensitive-necessity": "ID data is called sensitive with why it is asked (67: verification as laws and regulators require) and what refusing costs (69), and 157 lists sensitive data the person 'agrees' to; the impact on the person's rights (Art. 30) is not stated: doubtful",
            "cn-pipl/minors": "children under 14 need the guardian's consent (9, 399), minors the guardian's consent (397)",
            "cn-pipl/abroad-recipient": "stored in China (269) with an exception list (271-275) whose third case is a product 'involving cross-border' provision: a conditional exception, not a statement that data goes abroad (the profile's 「如需跨境传输…」 reading)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "each business function with its data (59-109), the permission functions (141-151)",
            "cn-gbt35273/sensitive-marked": "'您的身份信息属于个人敏感信息' (69) and the sensitive-data reminder listing them (157)",
            "cn-gbt35273/methods": "provided by the person, shared by others, obtained by us (45-57), automatic logs and device data through permissions (73-77), from payment and logistics parties (91), indirect (97-99), through device permissions (141)",
            "cn-gbt35273/retention": "as cn-pipl/retention",
            "cn-gbt35273/cross-border": "stored in China (269) with the exceptions and the safeguard (277)",
            "cn-gbt35273/sharing": "the sharing section (193-217), trade data shared with payment and logistics (91), SDK sharing (377)",
            "cn-gbt35273/transfer": "merger or acquisition with the new holder bound (221), with consent (223)",
            "cn-gbt35273/public-disclosure": "disclosure only on the person's request or by law (227-231), the exceptions for 公开披露 (235)",
            "cn-gbt35273/access": "the personal centre and the order page (313, 315)",
            "cn-gbt35273/correct": "the personal centre (319)",
            "cn-gbt35273/delete": "self-service deletion and the cases for a request (323-335)",
            "cn-gbt35273/close-account": "the account-closure path and 15 working days (343)",
            "cn-gbt35273/withdraw-consent": "withdrawing the authorisation (339), a permission turned off cancels it (153), unsubscribing from push and SMS (105)",
            "cn-gbt35273/copy": "a copy by e-mail within 15 days (345)",
            "cn-gbt35273/effect-of-not-providing": "basic functions still usable without the optional data (49), refusing ID data (69), refused permissions (79, 153), refused delivery data (87), disabled cookies (183)",
            "cn-gbt35273/security": "technical and organisational measures (279-293), incident handling (301)",
            "cn-gbt35273/complaint": "complaints and reports on personal-information security to the designated staff by phone or e-mail (419)",
        },
    },
    {
        "name": "coderemote-zh",
        "split": "dev",
        "file": "coderemote-zh/privacy-policy-zh.md",
        "source": {
            "repo": "lyz1022/code-desktop-service",
            "path": "docs/privacy-policy-zh.md",
            "commit": "482d988239b75afde5b03956a1a92950bffeb4af",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [13, 19, 25, 26, 27],
                "methods": [13, 18, 33, 37, 39],
                "categories": [13, 15, 16, 17, 18, 19],
                "retention": Q,
                "rights": [33, 49, 51, 53, 54, 55, 56],
                "sensitive-necessity": NA,
                "minors": [60],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [13, 15, 16, 17, 18, 19, 25, 26, 27],
                "sensitive-marked": NA,
                "methods": [13, 18, 25, 26, 27],
                "retention": Q,
                "cross-border": [9, 25, 33, 39],
                "sharing": [39, 45],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [33, 53, 55],
                "close-account": M,
                "withdraw-consent": [33, 54],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [33, 37],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "'本应用开发者' (39, 45) with an e-mail and a GitHub issues page (66-67): nobody named (the earlier sets' convention: an app and an e-mail is no processor)",
            "cn-pipl/purposes": "'为完成扫码配对、会话同步和文件预览' (13), cache for speed (19), each permission's use (25-27)",
            "cn-pipl/methods": "processed locally on the device (13), files only when chosen (18), secure local storage (33), HTTPS/WebSocket to the paired desktop (37), nothing uploaded or stored by the developer (39)",
            "cn-pipl/categories": "the list under 处理以下信息 (13, 15-19)",
            "cn-pipl/retention": "local data kept until the person unpairs, clears the cache or uninstalls (33): no period or criterion of the processor's, only the person's own deletion (as omo-zh in profiles37c): doubtful",
            "cn-pipl/rights": "'用户可以：' unpair, clear the cache, revoke permissions, delete saved files, report privacy issues (49, 51, 53-56), the same controls in 33",
            "cn-pipl/sensitive-necessity": "nothing sensitive (21 denies contacts, SMS, location, microphone)",
            "cn-pipl/minors": "'未成年人使用本应用前，应取得监护人同意' (60): guardian consent; minors not excluded",
            "cn-pipl/abroad-recipient": "nothing leaves the person's LAN",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "pairing, sync and preview with their data (13, 15-19), each permission's function (25-27)",
            "cn-gbt35273/sensitive-marked": "nothing sensitive",
            "cn-gbt35273/methods": "processed on the device (13), chosen files (18), network, network-state and camera (QR scan) permissions (25-27)",
            "cn-gbt35273/retention": "as cn-pipl/retention",
            "cn-gbt35273/cross-border": "data stays on the person's device and the desktop they paired on their own LAN (9, 25, 33, 39); nothing goes to a service of the developer (the session-36 decision: device storage names the place when nothing leaves the person's own machines; 41 is the person's own model service on the desktop)",
            "cn-gbt35273/sharing": "no SDK, the developer receives nothing, data only between the person's own devices (39, 45)",
            "cn-gbt35273/transfer": "nothing",
            "cn-gbt35273/public-disclosure": "nothing",
            "cn-gbt35273/access": "nothing on consulting one's data",
            "cn-gbt35273/correct": "nothing",
            "cn-gbt35273/delete": "clear the cache (33, 53), delete saved files (55)",
            "cn-gbt35273/close-account": "no account (pairing only)",
            "cn-gbt35273/withdraw-consent": "revoke the camera and other permissions in the system settings (33, 54)",
            "cn-gbt35273/copy": "nothing",
            "cn-gbt35273/effect-of-not-providing": "nothing",
            "cn-gbt35273/security": "credentials in the system's secure storage (33), HTTPS/WebSocket (37)",
            "cn-gbt35273/complaint": "'反馈隐私相关问题' by e-mail, GitHub issues or the store's feedback module (56, 64-68): feedback on privacy questions, not said to be a complaint channel: doubtful (the earlier sets' convention for a contact offered for questions)",
        },
    },
    {
        "name": "guangfu-tw",
        "split": "dev",
        "file": "guangfu-tw/page.tsx",
        "source": {
            "repo": "GuangFuHero/guangfu-hero-web",
            "path": "src/app/privacy/page.tsx",
            "commit": "8727c98600df07c667f1cfc27051291bd35ad0e7",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [49, 50, 53, 54, 57, 58, 61, 62, 65, 66, 177, 179, 180, 181],
                "categories": [79, 80, 83, 86, 87, 90, 91, 94, 95, 109, 186, 188, 189, 190, 191],
                "period": [123, 124, 125, 126],
                "area": [131, 132],
                "recipients": M,
                "methods": Q,
                "rights": M,
                "effect-of-not-providing": [148, 150, 151, 152, 153, 183],
                "source": [112, 113],
            }
        },
        "notes": {
            "tw-pdpa/agency": "the site names itself '光復救災資訊整合網(下稱本網站、「我們」)' (35) and '本團隊' (28) without naming the team, a person or an organisation, and the page gives no contact at all",
            "tw-pdpa/purposes": "the specific purposes with their codes and explanations (49-66), the cookie uses (177, 179-181); 71 is use outside the purposes in an emergency",
            "tw-pdpa/categories": "the categories with their codes (79-95), browsing data, IP, cookie (109), server logs (186, 188-191)",
            "tw-pdpa/period": "per kind of data: the purpose's duration, 6 months after the mission, 3 months after matching, until the account is deleted (123-126)",
            "tw-pdpa/area": "Taiwan, and cloud services that may involve cross-border transfer (131, 132)",
            "tw-pdpa/recipients": "the heading '利用之期間、地區、對象及方式' (119) promises 對象 but no subsection or line names who receives the data; government agencies and rescue groups appear only as a source (113)",
            "tw-pdpa/methods": "under '利用方式' (135) the page lists activities (matching, dissemination, contact, de-identified statistics, emergency response, 137-142), which read as uses rather than means (自動化/非自動化, 書面/電子); a reviewer may take the labelled list as the answer: doubtful",
            "tw-pdpa/rights": "no Art. 3 right (查詢、閱覽、複製、補充更正、停止、刪除) and no way to exercise one; refusing cookies in the browser (183) is no PDPA right",
            "tw-pdpa/effect-of-not-providing": "the section with its consequences (148, 150-153), refused cookies limit functions (183)",
            "tw-pdpa/source": "'第三方提供：經您同意，由其他合法救災組織或政府機關提供' (112-113): data from other organisations, with their kind",
        },
    },
    {
        "name": "muizo-tw",
        "split": "dev",
        "file": "muizo-tw/PrivacyPage.tsx",
        "source": {
            "repo": "funcReveal/muizo-frontend",
            "path": "src/features/Legal/ui/PrivacyPage.tsx",
            "commit": "78f06bcd24ed4dfcaf60d84c56db8052631acc69",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [19, 26, 27, 28, 29, 36],
                "categories": [16, 17, 18, 19],
                "period": [56, 58],
                "area": M,
                "recipients": [36, 65],
                "methods": M,
                "rights": [72, 73, 74],
                "effect-of-not-providing": M,
                "source": [16, 17, 36],
            }
        },
        "notes": {
            "tw-pdpa/agency": "'本服務（Muizo）' (8) with a Gmail address (9, 89): a product and an e-mail, nobody named (the earlier sets' convention)",
            "tw-pdpa/purposes": "the use list (26-29), login state (19), Google data only for the features offered (36)",
            "tw-pdpa/categories": "the list under 蒐集的資料類型 (16-19)",
            "tw-pdpa/period": "only for the period the service needs (56), legal periods then deletion or de-identification (58); 57 is deletion on request",
            "tw-pdpa/area": "'資料可能因服務部署而在不同地區處理' (65) names no place",
            "tw-pdpa/recipients": "Google data not given to unrelated third parties save by law or authorisation (36), third-party cloud and hosting providers (65)",
            "tw-pdpa/methods": "no means of use; HTTPS, cookies and hashed tokens (43-47) are security",
            "tw-pdpa/rights": "query, correct, delete (72), revoke Google's authorisation on Google's page (73), stop using and ask for deletion (74); the way: the e-mail given for questions (9, 89) and Google's page (73)",
            "tw-pdpa/effect-of-not-providing": "nothing",
            "tw-pdpa/source": "name, e-mail, avatar and account ID returned by Google OAuth sign-in (16) and playlist metadata from YouTube (17), through Google OAuth and the YouTube API (36): data from other sources (the LINE Login reading of profiles37c)",
        },
    },
    {
        "name": "notary-en",
        "split": "dev",
        "file": "notary-en/privacy.md",
        "source": {
            "repo": "NotaryShopUK/notaryshopuk.github.io",
            "path": "data/privacy.md",
            "commit": "fdfea366eb41224c2ecadf650b62919fe1b6a85f",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": Q,
                "dpo": M,
                "purposes": [*r(110, 119), *r(381, 383), *r(444, 465)],
                "legal-basis": [*r(85, 103), *r(467, 479)],
                "legitimate-interests": r(473, 477),
                "recipients": [*r(449, 452), *r(557, 584)],
                "transfers": [*r(435, 440), *r(590, 597)],
                "retention": [*r(158, 171), *r(601, 612)],
                "rights": r(628, 671),
                "withdraw-consent": [*r(536, 541), *r(640, 643)],
                "complaint": r(672, 675),
                "requirement": r(418, 424),
                "automated-decisions": r(644, 649),
                "source": [*r(410, 416), *r(531, 532)],
            }
        },
        "notes": {
            "eu-gdpr/controller": "the Notary Dermot Winters (7-9) and 'The Notary Business' registered with the ICO (11-12, 375-376), but the only contact is 'please contact us by email' (378-379) with no address anywhere: identity without contact details: doubtful",
            "eu-gdpr/dpo": "no data protection officer",
            "eu-gdpr/purposes": "the notice's purpose list (444-465), 'in the course of providing you with notarial and associated services' (381-383), and what the Business typically processes for what in the policy part (110-119). Lines 31-63 are the policy's list of what a notice MUST state, not a disclosure: never accepted",
            "eu-gdpr/legal-basis": "the notice's bases mapped to purposes (467-479) and the policy part's 'typically processed on the basis that' (85-103)",
            "eu-gdpr/legitimate-interests": "'legitimate interests of the Business to ensure that Services are properly provided, the security of the Business and its clients and the proper administration' (473-477)",
            "eu-gdpr/recipients": "suppliers and service providers (449-452), the disclosure list (557-584)",
            "eu-gdpr/transfers": "transfers outside the UK with the UK International Data Transfer Agreement named (590-597), explicit consent or the contract derogation (435-440)",
            "eu-gdpr/retention": "notarial acts permanently, other records at least 12 years, otherwise as long as necessary (601-612; the same facts in the policy part, 158-171)",
            "eu-gdpr/rights": "access, rectification, withdrawal, objection, erasure, restriction, portability (628-671)",
            "eu-gdpr/withdraw-consent": "the right to withdraw consent at any time (640-643), cookies by the browser (536-541)",
            "eu-gdpr/complaint": "'each data subject has the right to contact the relevant supervisory authority directly' (672-675); 55 is the policy's obligation list",
            "eu-gdpr/requirement": "certain data mandatory for client due diligence, and the consequences of failing (418-424)",
            "eu-gdpr/automated-decisions": "'The Business does not make automated decisions', profiling for administration and ads, third-party platforms' automated recommendations (644-649)",
            "eu-gdpr/source": "data about the person and others from third-party providers such as due-diligence platforms, and from the client (410-416), cookie data combined with other sources (531-532)",
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
            "file": f"eval/profiles38c/docs/{doc['file']}",
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
