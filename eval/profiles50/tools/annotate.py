#!/usr/bin/env python3
"""Hand annotations of eval/profiles50 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m50w by reading each document before any policylens run (a measure-only set; two documents held out by a seeded
draw, see README).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles50/tools/annotate.py
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
        "name": "ssq-zh",
        "split": "dev",
        "file": "ssq-zh/Privacy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": '(a React page `Privacy` in a `LegalLayout` with lastUpdated="2026-02-25", of SSQ Master, a lottery-number (双色球) prediction service with AI; `<section>`s with `<h3>` titles; no company, person, e-mail or phone anywhere)',
            "commit": "index id 53156731176",
            "stored": INDEX_NO_REPO + "; 4,043 characters, LF, final newline; checked against total_chars and a find_string offset (3,912)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [41, 44, 45, 46, 47, 48],
                "methods": [28, 29, 31, 58, 59, 70],
                "categories": [28, 29, 30, 31],
                "retention": [60],
                "rights": [98, 99, 100],
                "sensitive-necessity": Q,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [28, 30, 31],
                "sensitive-marked": M,
                "methods": [28, 29, 31, 70],
                "retention": [60],
                "cross-border": [58],
                "sharing": [31, 83, 86, 87, 88],
                "transfer": [83, 88],
                "public-disclosure": M,
                "access": [98, 99],
                "correct": [98, 99],
                "delete": [98, 99],
                "close-account": [98, 99, 100],
                "withdraw-consent": [98, 99, 100],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [59],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": '「SSQ Master（以下简称"我们"）」 (15) is the product\'s name defined as 我们 (a prediction service; no company, developer or person anywhere), and the document gives no contact at all (「联系我们的客服团队」 100 names none): missing on both counts',
            "cn-pipl/purposes": "「我们将收集的信息用于以下用途：」 (41) with the list (44-48)",
            "cn-pipl/methods": "provided at account creation (28), 自动收集 (29), through third-party payment institutions (31), stored on servers in China (58), encryption and anonymisation (59), cookies (70)",
            "cn-pipl/categories": "the list under 我们收集的信息类型 (28-31)",
            "cn-pipl/retention": "「我们仅在为实现目的所必需的时间内保留您的个人信息」 (60)",
            "cn-pipl/rights": "rights granted (98-99) and 「您可以通过应用内的设置选项或联系我们的客服团队来行使这些权利」 (100): 设置 is a way in (the item's rule)",
            "cn-pipl/sensitive-necessity": "doubtful (not scored): 交易信息 collected through third-party payment institutions, bank card numbers not stored (31); a transaction record is GB/T Annex B sensitive but no PIPL Art. 28 financial account as such (profiles46 jianzhang-zh left it ?)",
            "cn-pipl/minors": "no word on children or minors: n/a",
            "cn-gbt35273/identity-contact": "as processor: missing",
            "cn-gbt35273/functions": "「当您创建账户时，我们可能会收集您的手机号码…」 (28); 「您在使用预测功能时生成的历史记录」 (30); 「若您使用付费服务，我们会…收集必要的交易信息」 (31); 29 is a data label over bare data",
            "cn-gbt35273/sensitive-marked": "debatable: 交易信息 (31) is 交易和消费记录 (GB/T Annex B, the project's payment-data convention of profiles48c), and a password is collected (28); nothing is marked: applies and missing",
            "cn-gbt35273/methods": "provided at account creation (28), 自动收集 (29), through payment institutions (31), cookies (70)",
            "cn-gbt35273/retention": "(60)",
            "cn-gbt35273/cross-border": "「我们将您的个人信息存储在位于中国境内的安全服务器上」 (58)",
            "cn-gbt35273/sharing": "debatable: 第三方支付机构 with what it collects (31); the denial with its exceptions under 第三方共享规则 (83, 86-88)",
            "cn-gbt35273/transfer": "「不会主动共享或转让」 (83) and the merger case (88)",
            "cn-gbt35273/public-disclosure": "nothing on 披露 or 公开: missing",
            "cn-gbt35273/access": "访问权 (99) under 98",
            "cn-gbt35273/correct": "更正权 (99)",
            "cn-gbt35273/delete": "删除权 (99); the cookie deletion (73) is no personal-information right",
            "cn-gbt35273/close-account": "注销账户权 (99) with the way (100)",
            "cn-gbt35273/withdraw-consent": "撤回同意权 (99) with the way (100)",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "「您可根据自己的偏好管理或删除Cookie」 (73) names no cost: missing",
            "cn-gbt35273/security": "SSL/TLS, access control, anonymisation (59)",
            "cn-gbt35273/complaint": "no 投诉/举报 anywhere: missing",
        },
    },
    {
        "name": "liteledger-zh",
        "split": "holdout",
        "file": "liteledger-zh/PrivacyPolicyPage.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React Router page `PrivacyPolicyPage` of LiteLedger（轻账）, a bookkeeping web app storing everything in the browser's local storage; nine numbered `<section>`s; no company, person, e-mail or phone, contact only 「应用内反馈渠道」)",
            "commit": "index id 52181024210",
            "stored": INDEX_NO_REPO + "; 4,810 characters, LF, final newline; checked against total_chars and a find_string offset (3,318)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [37, 43, 45, 46, 47, 48],
                "methods": [36, 37, 55],
                "categories": [33, 36, 37, 55],
                "retention": M,
                "rights": [71, 73, 74, 75, 76, 79],
                "sensitive-necessity": Q,
                "minors": [86],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [36],
                "sensitive-marked": Q,
                "methods": [36, 37],
                "retention": M,
                "cross-border": [55, 65],
                "sharing": [65],
                "transfer": [65],
                "public-disclosure": M,
                "access": [71, 73],
                "correct": [71, 74],
                "delete": [71, 75, 79],
                "close-account": [75],
                "withdraw-consent": M,
                "copy": [76],
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「LiteLedger（轻账）是一款本地存储应用」 (33, 55): an app, no developer or company; contact only 「请通过应用内反馈渠道联系我们」 (107): missing",
            "cn-pipl/purposes": "「以提升用户体验」 (37); 「我们使用收集的信息用于：」 (43) with 45-48",
            "cn-pipl/methods": "provided at registration and stored locally (36), recorded by the app (37), browser local storage, no upload (55)",
            "cn-pipl/categories": "33 with its list (36-37); what is stored (55: 交易记录、分类、设置和账户信息)",
            "cn-pipl/retention": "no period, no criterion, no event that ends storage (「清除所有数据」 79 is a right): missing",
            "cn-pipl/rights": 'rights granted (71, 73-76) and 「您可以通过应用内的"设置"功能清除所有数据，或联系我们就上述权利提出请求」 (79)',
            "cn-pipl/sensitive-necessity": "doubtful (not scored): the ledger's 交易记录 (55) are the person's own records kept in the browser; a password (36): GB/T Annex B kinds, no PIPL Art. 28 kind said",
            "cn-pipl/minors": "debatable: 「我们不会故意收集未满 18 岁未成年人的个人信息。如果您是未成年人，请在使用本应用前征得父母或监护人的同意。」 (86): minors are invited to use it with a guardian's consent: applies and covered (not the 'not meant for them' case)",
            "cn-gbt35273/identity-contact": "as processor: missing",
            "cn-gbt35273/functions": "「当您注册账户时，我们需要您提供用户名、邮箱和密码」 (36)",
            "cn-gbt35273/sensitive-marked": "doubtful (not scored), as sensitive-necessity",
            "cn-gbt35273/methods": "provided at registration (36), recorded by the app (37)",
            "cn-gbt35273/retention": "missing",
            "cn-gbt35273/cross-border": "「您的所有数据…都存储在您设备的浏览器本地存储中。我们不会将您的个人数据上传到任何远程服务器。」 (55); 「本应用的所有数据存储在您的本地设备中」 (65): all data on the device with no upload (the item's rule)",
            "cn-gbt35273/sharing": "debatable: 「不涉及任何数据共享行为」 (65): a statement that nothing is shared",
            "cn-gbt35273/transfer": "「我们不会出售、交易或转让您的个人信息」 (65)",
            "cn-gbt35273/public-disclosure": "missing",
            "cn-gbt35273/access": "(71, 73)",
            "cn-gbt35273/correct": "(71, 74)",
            "cn-gbt35273/delete": "(71, 75, 79)",
            "cn-gbt35273/close-account": "「删除权：您有权删除您的账户和个人数据」 (75) under the rights heading (the item's rule)",
            "cn-gbt35273/withdraw-consent": "「仅在您明确同意的情况下收集」 (33) with no way to withdraw: missing",
            "cn-gbt35273/copy": "「导出权：您有权导出您的数据副本」 (76)",
            "cn-gbt35273/effect-of-not-providing": "missing",
            "cn-gbt35273/security": "「我们采用行业标准的安全措施」 (58) names no technique: missing",
            "cn-gbt35273/complaint": "「疑问或担忧」 (107): no complaint: missing",
        },
    },
    {
        "name": "readex-zh",
        "split": "holdout",
        "file": "readex-zh/PrivacyPolicyPage.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React Router page `PrivacyPolicyPage` of Readex, an English-reading app for iOS (books imported, vocabulary, iCloud sync, App Store subscriptions); `<h2>` sections with `<ol>` items; a QQ e-mail, no company or person)",
            "commit": "index id 43833539617",
            "stored": INDEX_NO_REPO + "; 7,173 characters, LF, final newline; checked against total_chars and a find_string offset (1,192)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [46, 53, 64, 66, 67, 68, 69, 70, 71],
                "methods": [37, 45, 46, 53, 84, 90, 91, 111],
                "categories": [32, 37, 38, 39, 46, 53],
                "retention": [136],
                "rights": [133, 135, 136, 137, 168, 171, 172],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [45, 46, 53, 90],
                "sensitive-marked": NA,
                "methods": [37, 45, 46, 53],
                "retention": [136],
                "cross-border": M,
                "sharing": [107, 109, 110, 111],
                "transfer": M,
                "public-disclosure": M,
                "access": [135],
                "correct": [136],
                "delete": [136],
                "close-account": NA,
                "withdraw-consent": [137],
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": [138, 171, 172],
            },
        },
        "notes": {
            "cn-pipl/processor": "「Readex（以下简称\"我们\"）」 (18): the app's name defined as 我们, no developer or company anywhere ('© 2025 Readex' 180), though a QQ e-mail is given (172): missing (an app defined as 我们 with no developer or company, the item's rule)",
            "cn-pipl/purposes": "「以便为您提供相应服务」 (46), 「仅在处理您的问题和改进服务的必要范围内使用」 (53), the list under 二 (64, 66-71)",
            "cn-pipl/methods": "imported (37), obtained from Apple (45-46), provided by the person (53), stored on the device (84), synced through CloudKit (90-91), processed locally (111)",
            "cn-pipl/categories": "32 with the lists (37-39), subscription status (46), e-mail, problem descriptions, screenshots (53)",
            "cn-pipl/retention": "debatable: 「如您卸载应用，通常会删除存储在本地设备上的相关数据」 (136): the event that ends storage stated as a practice, though under the rights heading and for local data only",
            "cn-pipl/rights": "rights with in-app ways (133, 135-137); 「希望就您的相关权利提出请求，欢迎通过以下方式联系我们：」 (168) with 171-172",
            "cn-pipl/sensitive-necessity": "no sensitive kind; 身份证号码 named only as not collected (58): n/a",
            "cn-pipl/minors": "debatable: 「Readex 并非专门为 13 周岁以下儿童设计或提供…未获得监护人同意的情况下收集了相关儿童的信息，请尽快与我们联系…删除」 (148): not meant for children, data collected by mistake deleted (the mingli-zh convention): n/a",
            "cn-gbt35273/identity-contact": "as processor: missing",
            "cn-gbt35273/functions": "subscription status for subscriptions (45-46), contacting support with what is given (53), iCloud sync (90)",
            "cn-gbt35273/sensitive-marked": "n/a",
            "cn-gbt35273/methods": "imported (37), obtained from Apple (45-46), provided by the person (53)",
            "cn-gbt35273/retention": "debatable, as PIPL retention (136)",
            "cn-gbt35273/cross-border": "「默认存储在您使用的设备本地」 (84) is storage by default with iCloud sync (90-91); 「不会…存储在我们自有的服务器上」 (99) is 'not our servers': no place (the item's rule): missing",
            "cn-gbt35273/sharing": "the third-party services with what they do (107, 109-111)",
            "cn-gbt35273/transfer": "no 转让: missing",
            "cn-gbt35273/public-disclosure": "missing",
            "cn-gbt35273/access": "「您可以在应用内查看您的书籍、生词、学习记录等数据」 (135)",
            "cn-gbt35273/correct": "(136)",
            "cn-gbt35273/delete": "(136)",
            "cn-gbt35273/close-account": "debatable: no account of the app is ever mentioned (only the person's iCloud account, 37, 91-93): n/a",
            "cn-gbt35273/withdraw-consent": "debatable: 「关闭同步：如您不再希望通过 iCloud 同步数据，可在系统设置或应用中关闭相关同步功能」 (137): changing the scope of processing with a way",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "missing",
            "cn-gbt35273/security": "debatable: 「在本地存储和传输过程中采用相应的安全机制」 (123), 「使用 Apple 提供的安全框架」 (124): no technique named: missing",
            "cn-gbt35273/complaint": "「咨询与投诉：…可以通过本政策列明的方式联系我们」 (138) with the listed ways (171-172)",
        },
    },
    {
        "name": "linehero-tw",
        "split": "dev",
        "file": "linehero-tw/LegalPage.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React component `LegalPage` of LINE Hero 無盡冒險, a text adventure game on LINE: three documents in one file (PrivacyContent, TermsContent, RefundContent), one shown per `type`; no final newline)",
            "commit": "index id 13401500905",
            "stored": INDEX_NO_REPO
            + "; 12,449 characters, LF, no final newline; checked against total_chars and a find_string offset (1,771)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [160],
                "purposes": [84, 86, 87, 88, 89, 90, 91, 92],
                "categories": [54, 55, 56, 61, 62, 63, 68, 69, 70, 75, 76, 77, 78],
                "period": M,
                "area": M,
                "recipients": [110, 113, 114],
                "methods": M,
                "rights": M,
                "effect-of-not-providing": [133],
                "source": NA,
            },
        },
        "notes": {
            "_scope": "the file holds the privacy policy (38-150), the terms (156-265) and a refund policy (271-336); the privacy policy is judged with what the same file says of the same service",
            "tw-pdpa/agency": "debatable: the privacy policy names no company; the terms in the same file say 「本服務是一款在 LINE 平台上運行的文字冒險遊戲，由無限創意軟體有限公司（以下簡稱「本公司」）開發及營運」 (160); the refund policy says 「本服務由獨立開發者提供」 (275): covered at 160",
            "tw-pdpa/purposes": "「我們收集和使用您的個人資料之目的如下：」 (84) with 86-92",
            "tw-pdpa/categories": "under 2. 資料收集範圍 (51): 54-56, 61-63, 68-70, 75-78",
            "tw-pdpa/period": "nothing: missing",
            "tw-pdpa/area": "nothing (「本條款適用中華民國法律」 253 is the law of the terms): missing",
            "tw-pdpa/recipients": "debatable: the exceptions of 「除非有下列情況，我們不會向第三方分享您的個人資料：」 (110): 支付處理 (113) and 政府機關 (114)",
            "tw-pdpa/methods": "「使用 SSL 加密技術保護資料傳輸」 (100) is transmission: missing",
            "tw-pdpa/rights": "rights granted under 6. 您的權利 (120-127) with no channel there; 9. 聯絡我們 (143-146) is for 疑問或建議: missing",
            "tw-pdpa/effect-of-not-providing": "cookies managed at a cost (133)",
            "tw-pdpa/source": "debatable: LINE 帳號資訊（ID、暱稱、頭像） (54) come from the LINE login, but the policy never says it obtains data from LINE or others: n/a",
        },
    },
    {
        "name": "tailing-tw",
        "split": "dev",
        "file": "tailing-tw/privacy_consent_pdf.py",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Python module drawing a 個人資料使用同意書 PDF with reportlab for a scooter dealer (馭盛國際有限公司, a dealer of 台鈴工業股份有限公司 = Suzuki Taiwan); the notice is string literals and a list of five clauses)",
            "commit": "index id 58336986281",
            "stored": INDEX_NO_REPO
            + "; 4,081 characters, LF, final newline; checked against total_chars and a find_string offset (3,023). A near copy exists (index 58001652245, claimed, not read)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [91, 100, 121],
                "purposes": [100, 101, 102],
                "categories": [103, 104, 105],
                "period": M,
                "area": [102],
                "recipients": [106, 107],
                "methods": [107, 108],
                "rights": M,
                "effect-of-not-providing": [111, 112],
                "source": Q,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「車主之個人資料係由台鈴工業股份有限公司（以下稱本公司）所蒐集」 (100); 91; the signature 「台鈴工業股份有限公司　敬啟」 (121)",
            "tw-pdpa/purposes": "「基於履行本契約、維修保養服務…及行銷等目的」 (101-102)",
            "tw-pdpa/categories": "「蒐集個人資料類別包括：姓名、性別、身份證字號…」 (103-105)",
            "tw-pdpa/period": "no period anywhere: missing",
            "tw-pdpa/area": "「本公司得於中華民國境內，蒐集、處理及利用」 (102)",
            "tw-pdpa/recipients": "「得委託其關係企業、台鈴授權之經銷商」 (106-107)",
            "tw-pdpa/methods": "「個人資料之利用方式包括自動化機器或其他非自動化之利用方式」 (107-108)",
            "tw-pdpa/rights": "debatable: rights granted (109-110) 「得向本公司請求」 with no channel (no address, phone or e-mail anywhere in the form): missing",
            "tw-pdpa/effect-of-not-providing": "(111-112)",
            "tw-pdpa/source": "doubtful (not scored): 「就車主所提供車號…所屬車主或使用人之個人資料」 (92-93) may take a user's data from the owner, but 103 says 車主所提供之個人資料",
        },
    },
    {
        "name": "cognito-en",
        "split": "dev",
        "file": "cognito-en/PrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page `PrivacyPolicy` of CognitoInsights Solutions Pvt. Ltd., an Indian AI services company; seven numbered sections; the date is `new Date()` rendered at view time)",
            "commit": "index id 4295735556",
            "stored": INDEX_NO_REPO + "; 5,272 characters, LF, final newline; checked against total_chars and a find_string offset (4,281)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [19, 80, 81, 82, 83],
                "dpo": M,
                "purposes": [37, 39, 40, 41, 42, 43],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [58, 59],
                "transfers": NA,
                "retention": M,
                "rights": [65, 67, 69],
                "withdraw-consent": [65, 68],
                "complaint": [65, 70],
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [27, 29, 30, 31],
                "sources": [29],
                "purposes": [37, 39, 40, 41, 42, 43],
                "sold-or-shared": M,
                "right-to-know": [65, 67, 69],
                "right-to-delete": [65, 67],
                "right-to-correct": [65, 67],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": M,
                "authorized-agent": M,
                "last-updated": M,
            },
        },
        "notes": {
            "_profiles": "an Indian company's short generic policy naming a supervisory authority (70): scored under eu-gdpr and us-ccpa",
            "eu-gdpr/controller": '「CognitoInsights Solutions Pvt. Ltd. ("we," "our," or "us")」 (19) with the address, e-mail and phone under Contact Us (80-83)',
            "eu-gdpr/dpo": "missing",
            "eu-gdpr/purposes": "'We use the information we collect to:' (37) with 39-43",
            "eu-gdpr/legal-basis": "missing",
            "eu-gdpr/legitimate-interests": "n/a",
            "eu-gdpr/recipients": "'third-party service providers … such as payment processing, data analysis, email delivery, and customer service' (58-59)",
            "eu-gdpr/transfers": "debatable: the company is in India (81) but the policy never says where data is stored or sent: n/a",
            "eu-gdpr/retention": "missing",
            "eu-gdpr/rights": "(65, 67, 69)",
            "eu-gdpr/withdraw-consent": "'Opt-out of marketing communications' (68): marketing opted out of (the item's practical forms)",
            "eu-gdpr/complaint": "(70)",
            "eu-gdpr/requirement": "missing",
            "eu-gdpr/automated-decisions": "missing",
            "eu-gdpr/source": "n/a",
            "us-ccpa/categories-collected": "27 with 29-31",
            "us-ccpa/sources": "'other contact details you provide' (29); usage and technical data have no source named",
            "us-ccpa/purposes": "(37, 39-43)",
            "us-ccpa/sold-or-shared": "no word on selling; sharing with service providers (58) is no cross-context advertising: missing",
            "us-ccpa/right-to-know": "Access (67), 'Request a copy of your data' (69)",
            "us-ccpa/right-to-delete": "(67)",
            "us-ccpa/right-to-correct": "debatable: 'Access, update, or delete your personal information' (67): update read as correct",
            "us-ccpa/right-to-opt-out": "'Opt-out of marketing communications' (68) is marketing e-mail (the item's rule): missing",
            "us-ccpa/right-to-limit": "missing",
            "us-ccpa/non-discrimination": "missing",
            "us-ccpa/how-to-submit": "debatable: the contact (77-83) is for 'questions about this Privacy Policy', never for requests: missing",
            "us-ccpa/authorized-agent": "missing",
            "us-ccpa/last-updated": "debatable: 'Last updated: {new Date().toLocaleDateString(…)}' (13) shows the day of viewing, no date of the policy: missing",
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
            "file": f"eval/profiles50/docs/{doc['file']}",
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
