#!/usr/bin/env python3
"""Hand annotations of eval/profiles44c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles44c/tools/annotate.py
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
        "name": "smartledger-zh",
        "split": "dev",
        "file": "smartledger-zh/PrivacyPolicyScreen.kt",
        "source": {
            "repo": "(not named by the index)",
            "path": '(a Jetpack Compose screen `PrivacyPolicyScreen` of the SmartLedger bookkeeping app, package com.smartledger.ui.settings; the policy is `PolicySection("…") { append(…) }` blocks)',
            "commit": "index id 59344980938 (another version of the same screen, 8,380 characters, is index id 66856318136, claimed and not used)",
            "stored": INDEX_NO_REPO + "; 5,749 characters, LF, final newline; checked against total_chars and a find_string offset (2,792)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [68, 70, 72, 74],
                "methods": [70, 74, 80, 82, 84],
                "categories": [68, 70, 74, 80],
                "retention": M,
                "rights": [99, 100, *r(102, 106)],
                "sensitive-necessity": Q,
                "minors": [110],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [68, 70, 74],
                "sensitive-marked": M,
                "methods": [70],
                "retention": M,
                "cross-border": M,
                "sharing": [88, 96],
                "transfer": [88],
                "public-disclosure": [88],
                "access": [100, 102],
                "correct": M,
                "delete": [100, 103],
                "close-account": M,
                "withdraw-consent": [106],
                "copy": [100, 104],
                "effect-of-not-providing": M,
                "security": [84],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「SmartLedger（以下简称'我们'或'本应用'）是一款个人记账应用」 (64): the app defines itself as 我们; no company, team or person is named anywhere (contact joah45@qq.com, 118). docs/profiles.md: an app that defines itself does not name the processor: missing",
            "cn-pipl/purposes": "the lead-in 「可能涉及以下信息的收集和使用：」 (68) with its items: notification data 「此功能仅用于自动记账」 (70), overlay 「用于在检测到支付行为时弹出确认窗口」 (72), storage 「用于数据备份和导出功能」 (74)",
            "cn-pipl/methods": "read through the system's NotificationListenerService and recognised automatically (70); saved as CSV to device storage (74); stored in the local database, never uploaded (80); backups in Documents (82); database encryption (84)",
            "cn-pipl/categories": "transaction amount, merchant name and payment method read from payment notifications (70); the bookkeeping data (74, 80)",
            "cn-pipl/retention": "data is stored on the device and never uploaded (80), backups 「由您自行管理」 (82), the user can delete records (103, a right): no period and no criterion that decides it: missing",
            "cn-pipl/rights": "「您对您的个人信息享有以下权利：」 (100) with view in the app, delete, export, backup and turning permissions off in the system settings (102-106): each right with its way (the app itself, the system settings)",
            "cn-pipl/sensitive-necessity": "doubtful: transaction amounts and merchants are read from payment notifications (GB/T Annex B counts 交易和消费记录 as sensitive; whether they are PIPL Art. 28 financial-account data is unclear, and the data never leaves the device). As profiles43c wushi-zh: left unscored",
            "cn-pipl/minors": "「如果您是18周岁以下的未成年人…并在征得您的监护人的同意后使用本应用」 (110): guardian consent (as profiles43c aitrans-zh, esale-zh)",
            "cn-pipl/abroad-recipient": "nothing leaves the device (80, 96): the abroad items do not apply",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor: missing",
            "cn-gbt35273/functions": "per function (the permission list, 68): auto-bookkeeping reads the amount, merchant and payment method (70); backup/export writes the bookkeeping data (74)",
            "cn-gbt35273/sensitive-marked": "transaction and consumption records (70) are GB/T Annex B property data (as profiles43c wushi-zh: applies); nothing is marked as sensitive: missing",
            "cn-gbt35273/methods": "collection method: listening to notifications through NotificationListenerService and recognising them automatically (70); storage (74, 80) is not a collection method",
            "cn-gbt35273/retention": "as cn-pipl/retention: missing",
            "cn-gbt35273/cross-border": "「均存储在您的设备本地数据库中，不会上传至任何服务器」 (80): device storage is no storage place (docs/profiles.md: §5.5 c) asks for the territory); nothing says where, no statement about leaving China: missing (a reader may argue that 'never uploaded' settles it)",
            "cn-gbt35273/sharing": "「本应用不集成任何第三方 SDK、广告插件或数据分析工具。您的数据不会被发送给任何第三方服务。」 (96: no third-party SDK or service at all), and 「我们不会将您的个人信息共享…给任何第三方，但以下情况除外」 (88)",
            "cn-gbt35273/transfer": "「我们不会将您的个人信息共享、转让或披露给任何第三方，但以下情况除外」 (88): 转让 denied, with exceptions",
            "cn-gbt35273/public-disclosure": "debatable: 「…共享、转让或披露给任何第三方」 (88) under 「四、信息共享与披露」, the template's triad shortened: a denial of any disclosure, accepted as the public-disclosure statement",
            "cn-gbt35273/access": "「查看权：您可以随时在本应用中查看您的所有记账数据」 (102)",
            "cn-gbt35273/correct": "no correction or editing right is stated: missing",
            "cn-gbt35273/delete": "「删除权：您可以删除单条记录、分类或清空所有数据」 (103)",
            "cn-gbt35273/close-account": "the policy never speaks of an account; docs/profiles.md: a policy silent about accounts keeps the item missing",
            "cn-gbt35273/withdraw-consent": "「权限管理：您可以在系统设置中随时关闭本应用的各项权限」 (106): turning a permission off with the way",
            "cn-gbt35273/copy": "「导出权：您可以随时将数据导出为 CSV 格式文件」 (104)",
            "cn-gbt35273/effect-of-not-providing": "nothing says what refusing a permission costs: missing",
            "cn-gbt35273/security": "「包括数据库加密和安全的文件存储方式」 (84)",
            "cn-gbt35273/complaint": "only 「如您对本政策有任何疑问、意见或建议…邮箱…15个工作日内回复」 (118): a question channel with a reply time, no complaint (docs/profiles.md): missing",
        },
    },
    {
        "name": "guichao-zh",
        "split": "dev",
        "file": "guichao-zh/Privacy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page `Privacy` of 归巢 GuiChao, a network-acceleration service of HK Guichao Technology Co., Limited)",
            "commit": "index id 10075218398",
            "stored": INDEX_NO_REPO
            + "; 18,670 characters, LF, final newline; read in two pieces (offsets 0 and 16,000), checked against total_chars and a find_string offset (15,904)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [69, 368, 369],
                "purposes": [89, 90, 91, 98, 99, 114, 115, 144, 145, 148, 150, 151, 152],
                "methods": [89, 90, 91, 98, 99, 106, 107, 114, 115, 144, 145, 209, 211, 221, 224],
                "categories": [89, 90, 91, 98, 99, 106, 107, 114, 115, 145],
                "retention": [211],
                "rights": [247, 252, 253, 260, 273, 274, 281, 282, 289, 290],
                "sensitive-necessity": M,
                "minors": [304, 305, 308, 309, 312, 313],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [69, 368, 369],
                "functions": [89, 90, 91, 98, 99, 106, 107, 114, 115],
                "sensitive-marked": M,
                "methods": [89, 90, 91, 98, 99, 106, 107, 114, 115, 144, 145],
                "retention": [211],
                "cross-border": [209, 210],
                "sharing": [107, 172, 175, 176, 177, 178],
                "transfer": [185, 186],
                "public-disclosure": [193],
                "access": [252, 253],
                "correct": [252, 253],
                "delete": [260, 263, 264, 265, 266, 273, 274],
                "close-account": [273, 274, 282],
                "withdraw-consent": [281, 282],
                "copy": M,
                "effect-of-not-providing": [41, 156, 157],
                "security": [218, 221, 222, 223, 224],
                "complaint": [290, 374, 375, 376],
            },
        },
        "notes": {
            "cn-pipl/processor": "「归巢（GuiChao）由 HK Guichao Technology Co., Limited 开发和运营。」 (69), the company again under 公司名称 (368-369), e-mail privacy@guichao.win (362)",
            "cn-pipl/purposes": "registration data 用于创建账号和验证您的身份 (89-90); 为了向您提供网络加速服务…这些信息用于优化服务质量… (98-99); customer service 以便为您提供支持 (114-115); cookies (144-145, the 主要用途 list 148-152)",
            "cn-pipl/methods": "collected at registration and at a third-party sign-in with authorisation (89-91), collected for the service (98-99), payment data collected by the payment institution (106-107), collected when contacting support (114-115), cookies on the device (144-145), storage in China (209), retention (211), SSL encryption (221, 224)",
            "cn-pipl/categories": "手机号码、邮箱地址、密码、昵称、头像 (89-91); device, network data and connection logs (98-99); payment accounts (106-107); contact details, problem descriptions, chat records (114-115); cookie identifiers (145)",
            "cn-pipl/retention": "「我们只会在达成本政策所述目的所需的期限内保留您的个人信息，除非法律有强制的存留要求。」 (211: the criterion)",
            "cn-pipl/rights": "access and update in 个人中心 after login (252-253), deletion on request (260), account closure through customer service (273-274), withdrawal in the settings (281-282), identity check and 15 working days (289-290), under the lead-in 247",
            "cn-pipl/sensitive-necessity": "applies: 「我们可能会收集您的支付信息，包括第三方支付账号（支付宝、微信支付、Apple Pay等）」 (106-107, financial accounts; docs/profiles.md: payment data makes the sensitive items apply). Its necessity is implied (购买付费服务时) but no effect on the person is stated: missing",
            "cn-pipl/minors": "under-18s need a parent's or guardian's written consent (304-305), use only with their consent (308-309), data collected without it deleted (312-313)",
            "cn-pipl/abroad-recipient": "「您的个人信息将存储于中华人民共和国境内。如需跨境传输，我们将会单独征得您的授权同意」 (209-210): only 'if ever needed' (docs/profiles.md: not for 「如需跨境传输…」): the abroad items do not apply. The operator is a Hong Kong company, but the policy never says data goes to it abroad",
            "cn-gbt35273/functions": "per function headings 1.1-1.4: registration/login (89-91), acceleration (98-99), payment (106-107), customer service (114-115)",
            "cn-gbt35273/sensitive-marked": "applies (payment accounts, 106-107). Every collected item is bold and 39 asks to read 「加粗的内容」, but nothing marks or names sensitive data as such: missing",
            "cn-gbt35273/methods": "you provide at registration, a third-party login with authorisation, collected for the service, collected by the payment institution, collected when you contact support, cookies (89-145)",
            "cn-gbt35273/cross-border": "「您的个人信息将存储于中华人民共和国境内。如需跨境传输，我们将会单独征得您的授权同意」 (209-210)",
            "cn-gbt35273/sharing": "3.1 with its exceptions: 关联公司 (177), 授权合作伙伴 (178), authorities (176), with consent (175), lead-in 172; payment data collected and processed by the payment institution (107)",
            "cn-gbt35273/transfer": "3.2 (185-186): not transferred, except with consent or on a merger, acquisition or bankruptcy, the new holder bound by the policy",
            "cn-gbt35273/public-disclosure": "3.3 (193)",
            "cn-gbt35273/access": '「您有权访问和更新您的个人信息…在"个人中心"查看和修改」 (252-253)',
            "cn-gbt35273/correct": "更新/修改 in 个人中心 (252-253)",
            "cn-gbt35273/delete": "「您可以向我们提出删除个人信息的请求」 (260) with its cases (263-266); deletion after closing the account on request (273-274)",
            "cn-gbt35273/close-account": "「您可以通过联系客服的方式申请注销您的账号。」 (273-274); 282",
            "cn-gbt35273/withdraw-consent": "5.4 (281-282): settings, turning device functions off, closing the account",
            "cn-gbt35273/copy": "no copy, export or portability: missing",
            "cn-gbt35273/effect-of-not-providing": "cookies managed in the browser at a cost: 「可能需要在每次访问时亲自更改用户设置…可能会对您使用的服务的安全性有一定影响」 (156-157, the d14f reading); 「如您不同意本协议中的任何条款，您应立即停止访问和使用归巢服务」 (41, the d14f reading of 「不同意本隐私政策…停止使用」)",
            "cn-gbt35273/security": "4.2's list (218-224: SSL encryption, management rules, access control)",
            "cn-gbt35273/complaint": "「如您不满意，还可以通过本政策中的联系方式投诉。」 (290; the contact is given at 362) and the reply time with a court action (374-376)",
        },
    },
    {
        "name": "zhama-zh",
        "split": "dev",
        "file": "zhama-zh/PrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js client page `PrivacyPolicy` of 扎马AI / Zhama AI: `if (isZh) return (…中文…)` then the English version; privacy@zhama.ai)",
            "commit": "index id 15447823392",
            "stored": INDEX_NO_REPO
            + "; 13,631 characters, LF, no final newline (ends with '} '); checked against total_chars and a find_string offset (3,491)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [23, 24, 117, 118],
                "purposes": [36, *r(38, 42), 130, *r(132, 136)],
                "methods": [29, *r(31, 34), 58, 123, *r(125, 128), 152],
                "categories": [29, *r(31, 34), 123, *r(125, 128)],
                "retention": [63, 64, 157, 158],
                "rights": [69, *r(71, 74), 90, 92, 163, *r(165, 168), 184, 186],
                "sensitive-necessity": NA,
                "minors": [80, 174],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [23, 24, 117, 118],
                "functions": [31, 32, 125, 126],
                "sensitive-marked": NA,
                "methods": [*r(31, 34), *r(125, 128)],
                "retention": [63, 64, 157, 158],
                "cross-border": M,
                "sharing": [48, 50, 51, 52, 142, 144, 145, 146],
                "transfer": M,
                "public-disclosure": M,
                "access": [69, 71, 163, 165],
                "correct": [72, 166],
                "delete": [73, 167],
                "close-account": M,
                "withdraw-consent": [74, 168],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [58, 152],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "debatable: 「欢迎使用扎马AI提供的产品和服务」「本隐私政策适用于扎马AI提供的所有产品和服务」 (23-24): the brand that provides the services the policy covers (an owner sentence; no legal entity is named), with privacy@zhama.ai and 中国·北京 (92-93): covered. The English lines of each accepted Chinese sentence are accepted too (a bilingual page)",
            "cn-pipl/purposes": "「我们使用收集的信息：」 (36) with its five items (38-42)",
            "cn-pipl/methods": "collected at registration (31), content you create or upload processed (32), usage and device data collected (33-34), SSL encryption (58)",
            "cn-pipl/categories": "「我们可能收集以下类型的信息：」 (29) with name, e-mail, phone, content, usage and device data (31-34)",
            "cn-pipl/retention": "「我们仅在需要实现本政策所述目的所需的期间和法律法规要求的时限内保留您的个人信息。」 (63), deletion after the service ends (64)",
            "cn-pipl/rights": "the four rights (69-74) and 「如您对本隐私政策或数据处理有任何疑问或权利请求，您可以通过以下方式与我们联系：」 with 邮箱 (90, 92): the way to make a rights request",
            "cn-pipl/sensitive-necessity": "no sensitive data is named (name, e-mail, phone, content, usage, device): n/a",
            "cn-pipl/minors": "「我们的服务主要面向成人。如果您是18周岁以下的未成年人…并在征得您的父母或监护人同意后使用」 (80), as profiles43c aitrans-zh",
            "cn-pipl/abroad-recipient": "nothing about storage places or transfers abroad: n/a",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor (debatable)",
            "cn-gbt35273/functions": "「当您注册扎马账户时，我们会收集您的姓名、电子邮件地址、电话号码」 (31); content you create or upload when using the services (32); the other items are data labels over bare data",
            "cn-gbt35273/sensitive-marked": "no sensitive data: n/a",
            "cn-gbt35273/methods": "collected at registration, content you create or upload, usage and device data collected (31-34)",
            "cn-gbt35273/cross-border": "no storage place is named (the contact address 中国·北京 is no storage place): missing",
            "cn-gbt35273/sharing": "3. with service providers (cloud, storage, customer service, 51), with consent (50), under law (52)",
            "cn-gbt35273/transfer": "no 转让: missing",
            "cn-gbt35273/public-disclosure": "「基于法律的披露：根据法律法规的要求…所必须提供的个人信息」 (52) is providing data to authorities, not making it public (as profiles43c aitrans-zh): missing",
            "cn-gbt35273/access": "「访问权：您有权了解我们收集、使用您个人信息的情况」 (71)",
            "cn-gbt35273/correct": "更正权 (72)",
            "cn-gbt35273/delete": "删除权 (73)",
            "cn-gbt35273/close-account": "accounts exist (扎马账户, 31); no way to close one (「您可以主动取消获得的服务」 85 cancels the service after a policy change): missing",
            "cn-gbt35273/withdraw-consent": "「撤回同意权：您有权撤回您此前作出的个人信息处理的同意」 (74): granted",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "nothing on refusing data: missing",
            "cn-gbt35273/security": "SSL encryption (58)",
            "cn-gbt35273/complaint": "no 投诉/举报; the contact section is for 疑问或权利请求: missing",
        },
    },
    {
        "name": "meihao-tw",
        "split": "dev",
        "file": "meihao-tw/private.jsp",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a JSP page 「美好食程隱私權政策」 of a food-delivery shop site, © 2022 iii-Java-123-group1; the policy is `<h5>` paragraphs inside the page template)",
            "commit": "index id 10376385645",
            "stored": INDEX_NO_REPO
            + "; 14,594 characters, LF, no final newline; checked against total_chars and a find_string offset (12,752)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [259],
                "purposes": [259, 278, 320],
                "categories": [272, 284, 286, 320],
                "period": [292],
                "area": [294],
                "recipients": [272, 296],
                "methods": [297],
                "rights": [262, 302, 303, 304, 305],
                "effect-of-not-providing": [286, 311, 322],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「美好食程（以下簡稱本公司）」 (259): the brand presented as 本公司, the policy's own (no registered name is given)",
            "tw-pdpa/purposes": "「A. 個人資料蒐集之目的」: 「本公司為行銷、消費者保護、…等目的，蒐集並於前述目的範圍內處理及利用您的個人資料。」 (278); 「為提供您完善與多元的會員服務…蒐集、處理及利用」 (259); cookies 「以提供您更方便、個人化服務」 (320)",
            "tw-pdpa/categories": "「B. 個人資料的類別」: 真實姓名、電話、住址、電子信箱、性別、出生日期 (284), contact and identity data (286); name, phone, e-mail, address at checkout (272); browsing data by cookies (320)",
            "tw-pdpa/period": "「I. 期間：個人資料蒐集之特定目的存續期間、依相關法令或契約約定之保存年限…」 (292)",
            "tw-pdpa/area": "「II. 地區：中華民國境內。」 (294)",
            "tw-pdpa/recipients": "「III. 對象：本公司、本公司之分公司與關係企業、…業務委外機構、具有合作關係之第三人。」 (296); the restaurants that receive the order data (272)",
            "tw-pdpa/methods": "「IV. 方式：以自動化機器或其他非自動化之利用方式。」 (297)",
            "tw-pdpa/rights": "debatable: 「依據個資法第3條規定，您就本公司所保有之己身個人資料得行使下列權利：」 (302) with 「得向本公司查詢、請求閱覽…」 (303-305): the way is a request to the company; 「您可以立即向本公司要求停止處理及利用您的個人資料（聯絡我們）」 (262) points at the contact page (the menu's 聯絡我們 → contact.html); no e-mail or phone in the page. Accepted as profiles43c paotui-tw accepted 「請洽本單位之服務人員」",
            "tw-pdpa/effect-of-not-providing": "「若您選擇拒絕提供者，您將無法註冊成為本公司會員、或無法獲得相關優惠…」 (311); online events (286); refusing cookies (322)",
            "tw-pdpa/source": "nothing is collected from others: n/a",
        },
    },
    {
        "name": "lianhua-tw",
        "split": "dev",
        "file": "lianhua-tw/PersonalNoticeClause.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React component `PersonalNoticeClause` of 蓮花保險股份有限公司, an insurer's Art. 6/8/9 notice, V1.1; the phone number is a placeholder 0800-xxx-xxx)",
            "commit": "index id 44412659026",
            "stored": INDEX_NO_REPO + "; 6,466 characters, LF, final newline; checked against total_chars and a find_string offset (5,661)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [12],
                "purposes": [16, 19, 22, 25, 28],
                "categories": [33, 34],
                "period": [60],
                "area": [75],
                "recipients": [*r(64, 70)],
                "methods": M,
                "rights": [86, 89, 92, 95, 98, 103],
                "effect-of-not-providing": [108, 109],
                "source": [37, 40, 43, 46, 49, 52],
            },
        },
        "notes": {
            "tw-pdpa/agency": "「蓮花保險股份有限公司(以下稱本公司)依據個人資料保護法…向台端告知下列事項」 (12)",
            "tw-pdpa/purposes": "「蒐集之目的：」 (16) with the statutory purposes 財產保險 (○九三), 人身保險 (○○一), 行銷 (○四○), 一八一 (19-28)",
            "tw-pdpa/categories": "「姓名、身分證統一編號/護照號碼、聯絡方式、病歷、醫療、健康檢查、職業、保險資料等」 (34)",
            "tw-pdpa/period": "「期間：因執行業務所必須及依法令規定應為保存之期間。」 (60)",
            "tw-pdpa/area": "「地區：上述對象所在之地區。」 (75): the area is where the recipients listed above are (the template of Taiwanese insurers; the recipients include overseas branches): a label with a value that decides it: covered",
            "tw-pdpa/recipients": "「對象：本(分)公司及本公司海外分支機構、…業務委外機構、…依法有調查權機關或金融監理機關。」 (64-70)",
            "tw-pdpa/methods": "「方式：合於法令規定之利用方式。」 (80) says only that the use is lawful, not how (no 自動化/書面/電子): missing, as profiles43c guanai-tw (a method that only names the law)",
            "tw-pdpa/rights": "the Art. 3 rights (86-98) with 「行使權利之方式：依本公司官網之「…行使權利申請書」行使之。」 (103)",
            "tw-pdpa/effect-of-not-providing": "「台端若未能提供相關個人資料時，本公司將可能延後或無法進行必要之審核及處理作業…」 (109)",
            "tw-pdpa/source": "applies: 「個人資料之來源(個人資料非由當事人提供，而為間接蒐集之情形適用)：」 (37) with the sources: the policyholder/insured, judicial and police authorities, adjusters, legal representatives, hospitals, joint-marketing partners (40-52)",
        },
    },
    {
        "name": "pazar-en",
        "split": "dev",
        "file": "pazar-en/privacy.blade.php",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Laravel Blade view, the English translation of the 34Pazar privacy policy (KVKK Art. 10 and GDPR Art. 13), a stock-sync service and Shopify app; the operator's name, address, e-mail and phone are `{{ config('site.…') }}` expressions)",
            "commit": "index id 70641068788",
            "stored": INDEX_NO_REPO
            + "; 12,411 characters, LF, final newline; checked against total_chars and a find_string offset (6,449)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": [25],
                "purposes": [30, 43, 52, 57, *r(60, 65), 78],
                "legal-basis": [57, *r(60, 65)],
                "legitimate-interests": [60, 64, 65],
                "recipients": [74, *r(76, 81)],
                "transfers": [77, 78, 85],
                "retention": [*r(89, 94)],
                "rights": [101, *r(103, 111), 114, 117],
                "withdraw-consent": M,
                "complaint": [114],
                "requirement": M,
                "automated-decisions": [68],
                "source": [43, 44, 71],
            },
        },
        "notes": {
            "eu-gdpr/controller": "「1. Controller」 (18-23) is all Blade slots: {{ config('site.operator') }}, street, city, e-mail, phone; the file names only the site 34pazar.com (16) and the brand in a meta description (13). A reviewer of this file sees no controller name and no contact (as profiles43c: a constant not in the file is no name): missing",
            "eu-gdpr/dpo": "「A data protection officer has not been appointed because this is not legally required. Please use the contact details above…」 (25): the DPO item answered (none, why, whom to contact)",
            "eu-gdpr/purposes": "the Purpose column (57, 60-65); 'To display the website and keep it secure, our server processes…' (30); '…collected to create your account and connect your store' (43); '…processed to answer your request' (52); e-mail delivery 'for this purpose' (78)",
            "eu-gdpr/legal-basis": "the table's KVKK/GDPR columns: Art. 6(1)(f), (b), (c) per purpose (60-65)",
            "eu-gdpr/legitimate-interests": "applies (Art. 6(1)(f), 60, 64, 65). Debatable: the row names the interest as its purpose, 'Providing and securing the website, preventing abuse' (60), 'Establishing, exercising and defending legal claims' (65), 'Answering support requests' (64): covered",
            "eu-gdpr/recipients": "'It is shared only with the following parties' (74): IONOS (hosting), Stripe, Google, Shopify, the sales channels, authorities (76-81)",
            "eu-gdpr/transfers": "applies: Stripe, Inc. and Google LLC in the USA; 'under … the EU-US Data Privacy Framework and/or the European Commission's standard contractual clauses' (77, 78); 85 points back to them",
            "eu-gdpr/retention": "per kind of data: as long as the account is open, deleted at closing, about 48 hours after uninstalling, statutory periods, session end, a reasonable time (89-94)",
            "eu-gdpr/rights": "KVKK Art. 11 list (101-111); 'Under the GDPR you have the right of access (Art. 15), rectification…' (114); how to apply (117)",
            "eu-gdpr/withdraw-consent": "nothing says consent can be withdrawn (no processing is based on consent; marketing 'we will ask for your explicit consent first', 68): the item is unconditional in the profile: missing",
            "eu-gdpr/complaint": "'You also have the right to lodge a complaint with a supervisory authority (Art. 77); the authority responsible … North Rhine-Westphalia' (114)",
            "eu-gdpr/requirement": "nothing says whether providing data is required or what not providing costs ('No payment information is requested at sign-up', 37, is not it): missing",
            "eu-gdpr/automated-decisions": "'Your personal data is not used for automated decision-making or profiling.' (68)",
            "eu-gdpr/source": "applies: the store domain, name and e-mail obtained when the app is installed from Shopify (43), order data from your channels (44), customer reference data coming from your channels (71): the source (Shopify, the sales channels) named",
        },
    },
    {
        "name": "paycheck-en",
        "split": "dev",
        "file": "paycheck-en/PrivacyPage.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page `PrivacyPage` of Paycheck Planner, DiBeasi Global Investments LLC; one paragraph for California (CCPA/CPRA) and one for the EU/UK)",
            "commit": "index id 54906815546 (the same product's terms page, index id 54643783211, claimed and not used)",
            "stored": INDEX_NO_REPO
            + "; 8,803 characters, LF, no final newline; checked against total_chars and a find_string offset (8,319)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [11, 12, 142, 143],
                "dpo": M,
                "purposes": [27, *r(34, 39)],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [47, 48, *r(51, 57), 60, 61, 69],
                "transfers": Q,
                "retention": [81, 82, 84, 85, 86],
                "rights": [103, 104, 110, 111, 112, 115],
                "withdraw-consent": [71, 72],
                "complaint": M,
                "requirement": [22, 23, 56, 68],
                "automated-decisions": M,
                "source": [22, 24, 69],
            },
            "us-ccpa": {
                "categories-collected": [*r(22, 27)],
                "sources": [23, 24, 69],
                "purposes": [*r(34, 39)],
                "sold-or-shared": [41, 105, 106],
                "right-to-know": [103, 104],
                "right-to-delete": [104],
                "right-to-correct": [104, 105],
                "right-to-opt-out": [105, 106],
                "right-to-limit": M,
                "non-discrimination": [107],
                "how-to-submit": [115],
                "authorized-agent": M,
                "last-updated": [6, 149],
            },
        },
        "notes": {
            "eu-gdpr/controller": '「This Privacy Policy explains how DiBeasi Global Investments LLC, doing business as "Paycheck Planner" ("Company", "we"…)」 (11-12), contact support@paycheckplanner.ai (115, 143)',
            "eu-gdpr/dpo": "missing",
            "eu-gdpr/purposes": "「2. How We Use Information」 items (34-39); cookies 'used to keep you signed in and to understand aggregate usage' (27)",
            "eu-gdpr/legal-basis": "no basis named ('By using the Service you agree to this Policy', 14, is no consent basis; 'Comply with legal obligations' (39) is a purpose, as profiles43c topai-en): missing",
            "eu-gdpr/legitimate-interests": "not relied on ('legitimate business purposes such as tax and transaction records', 86, is a retention reason): n/a",
            "eu-gdpr/recipients": "'with providers who process data on our behalf' (47-48): Supabase, Stripe, app stores and RevenueCat, Resend, Vercel, Google, Plaid (51-57); disclosure required by law (60-61); Plaid Inc. (69)",
            "eu-gdpr/transfers": "doubtful: the controller is an LLC and its processors are US services, but the text names no country and says nothing about data leaving the EEA; whether the item applies depends on knowledge outside the text: not scored",
            "eu-gdpr/retention": "'as long as your account is active or as needed to provide the Service' (81-82), deletion from the settings, backups for a limited period, records required by law (82-87)",
            "eu-gdpr/rights": "'you have rights to access, correct, delete, restrict, or port your personal data, and to object' (110-112), the way (115); the California rights (103-104)",
            "eu-gdpr/withdraw-consent": "'You can disconnect a linked account at any time, which stops further access' (71-72): a named access revoked (the profile's rule)",
            "eu-gdpr/complaint": "no supervisory authority: missing",
            "eu-gdpr/requirement": "debatable: the optional parts are said to be optional: 'Google sign-in if you use it' (22), 'figures you choose to input' (23), 'Google - optional single sign-on' (56), 'If you choose to connect a financial account' (68); nothing on what is required: covered by the profile's 'optional' reading",
            "eu-gdpr/automated-decisions": "missing",
            "eu-gdpr/source": "applies: balances and liabilities 'imported through Plaid' (24), 'we use Plaid Inc. to access read-only information' (69), Google sign-in details (22): the source named",
            "us-ccpa/categories-collected": "「1. Information We Collect」 with six labelled categories (22-27)",
            "us-ccpa/sources": "debatable: no sentence lists the categories of sources, but each category says where it comes from: 'you enter' (23), 'imported through Plaid' (24, 69): covered",
            "us-ccpa/purposes": "the use list (34-39)",
            "us-ccpa/sold-or-shared": "'We do not sell your personal information.' (41); 'We do not sell or share personal information as those terms are defined under California law.' (105-106)",
            "us-ccpa/right-to-know": "'California residents have the right to know what personal information we collect, to request access' (103-104)",
            "us-ccpa/right-to-delete": "'or deletion' (104)",
            "us-ccpa/right-to-correct": "'to request correction' (104-105)",
            "us-ccpa/right-to-opt-out": "'and to opt out of the \"sale\" or \"sharing\" of personal information' (105), with 'We do not sell or share…' (105-106)",
            "us-ccpa/right-to-limit": "no right to limit the use of sensitive personal information: missing",
            "us-ccpa/non-discrimination": "'We will not discriminate against you for exercising these rights.' (107)",
            "us-ccpa/how-to-submit": "'To exercise any of these rights, email us at support@paycheckplanner.ai.' (115)",
            "us-ccpa/authorized-agent": "missing",
            "us-ccpa/last-updated": "'Last updated: June 20, 2026' (6), 'Last Updated: June 20, 2026.' (149)",
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
            "file": f"eval/profiles44c/docs/{doc['file']}",
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
