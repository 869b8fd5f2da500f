#!/usr/bin/env python3
"""Hand annotations of eval/profiles42c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles42c/tools/annotate.py
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


GALAXY_PURPOSE_ROWS = [68, 69, 72, 73, 76, 77, 80, 81, 98, 99, 102, 103, 106, 107]

DOCS: list[dict] = [
    {
        "name": "galaxy-zh",
        "split": "dev",
        "file": "galaxy-zh/PrivacyPolicyView.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React component `PrivacyPolicyView`, Tailwind; 「银河证券股份有限公司」 with its hotline 95551 and service@chinastock.com.cn)",
            "commit": "index id 51895065959",
            "stored": INDEX_NO_REPO + "; 10,369 characters, LF, checked against total_chars and two find_string offsets (1,506; 10,237)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [49, 240],
                "purposes": [*GALAXY_PURPOSE_ROWS, 115, 123],
                "methods": [115, 123, 186],
                "categories": [*GALAXY_PURPOSE_ROWS, 115, 154, 159],
                "retention": M,
                "rights": [201],
                "sensitive-necessity": M,
                "minors": [209],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [49, 228, 240],
                "functions": [*GALAXY_PURPOSE_ROWS, 115],
                "sensitive-marked": M,
                "methods": [115, 123],
                "retention": M,
                "cross-border": M,
                "sharing": [138, *r(153, 155), *r(158, 160), *r(163, 165)],
                "transfer": [173],
                "public-disclosure": [178],
                "access": [197],
                "correct": [198],
                "delete": [199],
                "close-account": [201],
                "withdraw-consent": [200],
                "copy": M,
                "effect-of-not-providing": [123],
                "security": [186],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": '「银河证券股份有限公司（以下简称"我们"）」 (49), the copyright line (240); hotline, address, e-mail (227-229)',
            "cn-pipl/purposes": "the two tables 信息类型 | 使用目的, one cell per line (a row = its two lines: 68-69 … 106-107); device data 为了保障账户安全 (115); cookies 为确保网站正常运转… (123)",
            "cn-pipl/methods": "we collect device data (115), cookies stored on the device (123), encrypted storage and transmission (186); nothing says what the person provides in so many words",
            "cn-pipl/categories": "table rows (68 … 107), device data (115), the sharing table's 共享信息 (154, 159)",
            "cn-pipl/retention": "no period or criterion anywhere",
            "cn-pipl/rights": "五、您的权利 grants access, correction, deletion, withdrawal (197-200) with no way; only closing the account has one, 「您可以通过客服申请注销账户」 (201); the contact section (225) is for 疑问、意见或建议. Read leniently as covered at 201 (a right with its channel); a strict reviewer would ask for a way for the other rights",
            "cn-pipl/sensitive-necessity": "applies: 身份证号码 (72) and 银行账户信息 (98, a financial account, Art. 28) in the collection tables; the 使用目的 cells give a purpose but nothing says why it is necessary beyond that or what it means for the person: missing",
            "cn-pipl/minors": "「我们的产品和服务主要面向成年人。如果我们发现在未事先获得可证实的父母同意的情况下收集了未成年人的个人信息，则会设法尽快删除相关数据。」 (209): 主要 does not exclude minors, and the sentence sets parental consent as the rule: applies, covered (weak). Unlike profiles41c zhumeng-zh there is no 「请勿注册」",
            "cn-pipl/abroad-recipient": "the policy says nothing about where data is kept or any transfer abroad",
            "cn-gbt35273/identity-contact": "name (49, 240) and 公司地址 (228), hotline and e-mail (227, 229)",
            "cn-gbt35273/functions": "1. 账户注册与登录 and 2. 交易服务 tables tie each kind of data to its use (rows 68-107); device data for account security (115)",
            "cn-gbt35273/sensitive-marked": "applies (ID number, bank account); nothing is marked or labelled sensitive",
            "cn-gbt35273/methods": "we collect device data (115), cookies (123)",
            "cn-gbt35273/retention": "no period",
            "cn-gbt35273/cross-border": "no storage place and nothing on transfers abroad",
            "cn-gbt35273/sharing": "entrusted partners 交易所、结算机构、银行 (138) and the 第三方共享清单 table (153-165)",
            "cn-gbt35273/transfer": "转让 except consent or merger (173)",
            "cn-gbt35273/public-disclosure": "公开披露 only with consent or by law (178)",
            "cn-gbt35273/withdraw-consent": "「您有权撤回之前给予我们的同意」 (200): a grant without a way; the profile's rule counts a grant",
            "cn-gbt35273/copy": "nothing on a copy or export",
            "cn-gbt35273/effect-of-not-providing": "「您可以通过浏览器设置管理Cookie，但这可能影响您使用我们服务的部分功能」 (123): the cost of refusing cookies (d14f convention)",
            "cn-gbt35273/security": "encryption, access control, audit, ISO27001 (186)",
            "cn-gbt35273/complaint": "the contact (225-232) is for 疑问、意见或建议 with a 15-working-day reply; no 投诉/举报 (profiles40c yizhi-zh, profiles41c convention)",
        },
    },
    {
        "name": "aiegov-zh",
        "split": "dev",
        "file": "aiegov-zh/register.vue",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Vue 2 / Element UI registration page; 「用户注册须知」 in an el-dialog, a sports and events registration site, support@aiegov.com)",
            "commit": "index id 7600533902",
            "stored": INDEX_NO_REPO + "; 9,260 characters, LF, checked against total_chars and two find_string offsets (3,685; 4,172)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [51, 53, 55, 56, 57, 70],
                "methods": [53, 55, 56, 57, 70],
                "categories": [53, 55, 56, 57, 70],
                "retention": M,
                "rights": M,
                "sensitive-necessity": M,
                "minors": [82],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [52, 53, 55, 56, 57],
                "sensitive-marked": M,
                "methods": [53, 55, 56, 57, 70],
                "retention": M,
                "cross-border": [75],
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": [55, 56],
                "copy": M,
                "effect-of-not-providing": [71],
                "security": [77, 79, 80],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "nobody is named: 我们 is never defined; the only contact is support@aiegov.com (86)",
            "cn-pipl/purposes": "core function 体育相关报名 (51), creating the account (53), local recommendations (55), avatar upload (56), required by the authorities (57), cookies so the site works (70)",
            "cn-pipl/methods": "the person provides (53), location after the device switch and authorisation (55), camera (56), collected on opening the service (57), cookies collect automatically (70)",
            "cn-pipl/categories": "账户名、昵称、密码和手机号码 (53), 位置信息 (55), 摄像信息 (56), 姓名、身份证号 (57), device, browser, IP, device ID (70)",
            "cn-pipl/retention": "「我们只会在本条款声明的期限内保留您的个人信息，除非需要法律法规规定的事由」 (78) points at a period the terms never state: circular, no period or criterion",
            "cn-pipl/rights": "no rights section; only device switches to stop location and camera collection (55, 56) and managing cookies (71): no right of access, correction, deletion with a way",
            "cn-pipl/sensitive-necessity": "applies: 身份证号 (57) and 位置信息 (55); 57 gives the regulatory reason but nothing says what it means for the person: missing",
            "cn-pipl/minors": "minors are asked to read with a guardian and provide data with the guardian's consent (82): applies, covered",
            "cn-pipl/abroad-recipient": "stored in China (75), nothing goes abroad",
            "cn-gbt35273/identity-contact": "no name (as cn-pipl/processor)",
            "cn-gbt35273/functions": "1、注册会员 with its data (52-53), the location, camera and real-name functions (55-57)",
            "cn-gbt35273/sensitive-marked": "applies (ID number, location); nothing marked",
            "cn-gbt35273/retention": "circular (78): missing",
            "cn-gbt35273/cross-border": "「我们在中华人民共和国境内运营中收集和产生的个人信息，存储在中国境内。」 (75)",
            "cn-gbt35273/sharing": "nothing on sharing, entrusted processing or third-party SDKs",
            "cn-gbt35273/transfer": "nothing",
            "cn-gbt35273/public-disclosure": "公开披露 appears only in a data breach's consequences (79), not as a practice",
            "cn-gbt35273/delete": "deleting cookies (71) is not deleting the data held",
            "cn-gbt35273/close-account": "accounts exist (53); nothing on closing",
            "cn-gbt35273/withdraw-consent": "turning off location or the camera through the device to stop the collection (55, 56): changing the scope of authorisation",
            "cn-gbt35273/effect-of-not-providing": "refusing cookies 「则需要在每一次访问我们的网站时亲自更改用户设置」 (71), the d14f convention",
            "cn-gbt35273/security": "generic reasonable measures (77), physical, technical and managerial safeguards (79), incident handling (80)",
            "cn-gbt35273/complaint": "the contact (86) is for 疑问、意见或建议; no complaint",
        },
    },
    {
        "name": "morena-zh",
        "split": "dev",
        "file": "morena-zh/index.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Taro React page `PrivacyPolicy`, 「莫瑞娜AI」; Text widgets with className)",
            "commit": "index id 60240507089",
            "stored": INDEX_NO_REPO
            + "; 9,229 characters, LF, no final newline, checked against total_chars and two find_string offsets (7,320; 8,882)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [21, 31, 38, 41, 44, 47, 54, 61, 68, 71, 78, 81, 84, 91, 94, 97],
                "methods": [21, 38, 41, 44, 47, 54, 61, 78, 114, 117, 120, 159, 169, 172],
                "categories": [21, 38, 41, 44, 47, 54, 78, 114, 120],
                "retention": [172],
                "rights": [143, 146, 149, 199],
                "sensitive-necessity": Q,
                "minors": [179],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [38, 41, 44, 47, 54, 61, 78, 81, 84, 97],
                "sensitive-marked": Q,
                "methods": [21, 38, 41, 44, 47, 54, 61, 78, 114],
                "retention": [172],
                "cross-border": [169],
                "sharing": [108, 111, 114, 117, 120],
                "transfer": [127],
                "public-disclosure": [127],
                "access": [146],
                "correct": [146],
                "delete": [149],
                "close-account": [149, 199],
                "withdraw-consent": [54, 149],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [159],
                "complaint": [152],
            },
        },
        "notes": {
            "cn-pipl/processor": "an app defined as 本应用 (18) with no company or developer; © 2025 莫瑞娜AI (214) is the app; e-mail and address (202, 205): an app that defines itself (convention: missing)",
            "cn-pipl/purposes": "device IDs for statistics (21), the lead-in 种类和用途如下 (31) with each function (38-47), camera and microphone (54), storage (61), network (68, 71), device data 这些信息用于： (78) with 81, 84, other permissions (91-97)",
            "cn-pipl/methods": "collected while the app runs (21), the person sets or enters (38-47), after authorisation (54, 61), we collect (78), SDKs (114-120), encryption and anonymisation (159), stored in China (169), deleted or anonymised (172)",
            "cn-pipl/categories": "device IDs (21, 78), avatar settings (38), order data (41, 44), voice and messages (47), photos and audio (54), device data through an SDK (114), order and payment data (120)",
            "cn-pipl/retention": "「我们仅为实现目的所必需的最短时间保留您的个人信息」 (172)",
            "cn-pipl/rights": "under its lead-in (143): access and correction in 【个人中心】 (146), deletion by closing the account (149), and 需要行使相关权利 … 联系 (199)",
            "cn-pipl/sensitive-necessity": "doubtful: payment data through the WeChat SDK (120), voice input (47, not used for identification), minors under 18 with parental consent (179) but no age under 14 named — as profiles41c tutorjolly-zh, left unscored",
            "cn-pipl/minors": "under-18s read with parents and use the service with their consent (179): applies, covered",
            "cn-pipl/abroad-recipient": "stored in China (169)",
            "cn-gbt35273/identity-contact": "no name (as processor)",
            "cn-gbt35273/functions": "each function label with its data (38-47), permissions for named features (54, 61), device data for account security and analysis (78, 81, 84), phone state for risk control (97)",
            "cn-gbt35273/sensitive-marked": "doubtful (as sensitive-necessity); nothing is marked either way",
            "cn-gbt35273/methods": "as cn-pipl/methods without storage",
            "cn-gbt35273/cross-border": "存储地点 in China (169)",
            "cn-gbt35273/sharing": "kinds of providers (108) and the SDK list (111-120)",
            "cn-gbt35273/transfer": "「我们不会将您的个人信息转移或公开给任何无关的第三方。除非…」 (127) under 2.2 转移与公开: 转移 read as the transfer",
            "cn-gbt35273/public-disclosure": "公开 with its exceptions (127)",
            "cn-gbt35273/close-account": "「您可以通过注销账号的方式，要求我们删除您的个人信息」 (149) names closing the account as a way to delete; no path, but 199 gives the channel for exercising rights: lenient covered",
            "cn-gbt35273/withdraw-consent": "switching permissions off in the device settings (54, 149, under 删除与撤回同意)",
            "cn-gbt35273/copy": "nothing",
            "cn-gbt35273/effect-of-not-providing": "「这些信息是创建个性化分身所必需的」 (38) says the data is needed, not what refusing costs; nothing else",
            "cn-gbt35273/security": "encryption, anonymisation, access control (159)",
            "cn-gbt35273/complaint": "「投诉举报：…您可以通过本政策第8节提供的联系方式与我们联系」 (152), with e-mail and address in 8 and a 15-working-day reply",
        },
    },
    {
        "name": "fuzhi-tw",
        "split": "dev",
        "file": "fuzhi-tw/CompanyInfo.vue",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Vue 2 / Element UI donation form, component `CompanyInfo`; 「個人資料處理暨使用同意書」 of 福智佛教學院籌備處 and 福智傳心 in an el-dialog)",
            "commit": "index id 32243427",
            "stored": INDEX_NO_REPO
            + "; 14,820 characters, LF, no final newline, checked against total_chars and two find_string offsets (7,665; 14,571). The same consent text sits in other indexed files of the project (ids 80784923, 71377520, and the form steps 243924769, 73646020, 103547573; all claimed)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [211],
                "purposes": [211, 215],
                "categories": [217],
                "period": [229],
                "area": [230],
                "recipients": [219, 231],
                "methods": [219, 232],
                "rights": M,
                "effect-of-not-providing": [218],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "福智佛教學院籌備處 (以下簡稱「籌備處」) and 福智傳心 (以下簡稱「傳心」) collect (211); organisations, not companies",
            "tw-pdpa/purposes": "業務 of their founding aims (211), 上課點名、學員登錄及驗證、服務及活動訊息通知、活動報名等用途 (215)",
            "tw-pdpa/categories": "姓名、身分字號、出生年月日… (217)",
            "tw-pdpa/period": "from signing until fifteen years after the purpose ends (229)",
            "tw-pdpa/area": "台灣、金門、澎湖、馬祖地區及國際間 (230)",
            "tw-pdpa/recipients": "entrusted third parties (219), the two bodies and 所屬福智團體之相關法人 (231)",
            "tw-pdpa/methods": "kept as electronic files or on paper (219); 使用方式 label with its value (232); read liberally (profiles41c convention)",
            "tw-pdpa/rights": "the five Art. 3 requests are listed (235-240), addressed 向籌備處及傳心, but the notice gives no channel at all (no address, telephone, e-mail or form): the 方式 is missing. Debatable: a reader might take 'request from the two bodies' as the way",
            "tw-pdpa/effect-of-not-providing": "incomplete data, necessary service may be refused (218)",
            "tw-pdpa/source": "the signer provides the data",
        },
    },
    {
        "name": "skm-tw",
        "split": "dev",
        "file": "skm-tw/signup.html",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a static HTML membership form with jQuery, 新光三越美食地圖會員申請單; the terms and the Art. 8 notice in a scrolling div)",
            "commit": "index id 39225610423",
            "stored": INDEX_NO_REPO
            + "; 7,685 characters counted with CRLF line ends (the index's text has LF; its total_chars and match_at count CR LF: 7,472 + 213 line ends), written with CRLF, tabs kept, no final newline (the file ends in a tab); checked against total_chars and two find_string offsets (6,278; 7,106)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [179, 180],
                "purposes": [182, 183],
                "categories": [180, 184],
                "period": [185],
                "area": [185],
                "recipients": [183],
                "methods": M,
                "rights": M,
                "effect-of-not-providing": [192, 196],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "新光三越 collects and notifies under Art. 8 (179, 180): the department-store business itself, named without 股份有限公司",
            "tw-pdpa/purposes": "the statutory-style list (182); provided to partners for offers and promotions (183)",
            "tw-pdpa/categories": "會員資料及個人訂候位記錄 (180), 姓名、生日、身分證字號、手機號瑪… (184)",
            "tw-pdpa/period": "依法保存會計憑證期限內 (185)",
            "tw-pdpa/area": "新光三越營運地區 (185)",
            "tw-pdpa/recipients": "新光三越之關係企業 and 合作廠商 (183)",
            "tw-pdpa/methods": "only 蒐集、處理及使用 (180); nothing on the means (automated, paper, electronic…)",
            "tw-pdpa/rights": "A-D listed (186-190) with no channel anywhere in the notice (the 官網或各店服務台 of 166 is for the VIP card): the 方式 is missing (as fuzhi-tw)",
            "tw-pdpa/effect-of-not-providing": "leaving or deletion ends the benefits (192); not providing complete data, no membership (196)",
            "tw-pdpa/source": "the applicant provides; booking records are the member's own use",
        },
    },
    {
        "name": "nsav-en",
        "split": "dev",
        "file": "nsav-en/Privacy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a PancakeSwap-fork React page `Privacy` with @pancakeswap/uikit Text and Heading; NSAVDEX – Net Savings Link Inc., paragraphs split by <br />)",
            "commit": "index id 3299283171",
            "stored": INDEX_NO_REPO + "; 29,926 characters, LF, checked against total_chars and two find_string offsets (22,818; 27,042)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [45, 253],
                "dpo": M,
                "purposes": [91, 93, 95, 97, 99, 101, 103, 105, 113, 123, 125],
                "legal-basis": [109, 111, 113, 115, 117],
                "legitimate-interests": [117],
                "recipients": [125, 137, 141, 143, 145, 183],
                "transfers": [179],
                "retention": [240],
                "rights": [167, 171, 173, 177],
                "withdraw-consent": [167, 175],
                "complaint": [173],
                "requirement": [123, 167],
                "automated-decisions": M,
                "source": [82, 84],
            },
            "us-ccpa": {
                "categories-collected": [56, 58, 60, 62, 64, 66, 68, 70, 72, 78],
                "sources": [51, 56, 78, 82, 84],
                "purposes": [91, 93, 95, 97, 99, 101, 103, 105, 123, 125],
                "sold-or-shared": [213],
                "right-to-know": [217, 219],
                "right-to-delete": [221],
                "right-to-correct": [167],
                "right-to-opt-out": [183, 185, 187, 189, 191, 193],
                "right-to-limit": M,
                "non-discrimination": [223],
                "how-to-submit": [225],
                "authorized-agent": [229],
                "last-updated": M,
            },
        },
        "notes": {
            "eu-gdpr/controller": "NSAVDEX – Net Savings Link Inc. (the “Company,” … “we,” …) (45); NSAVDEX is the “data controller”, with support@NSAVDEX.io (253)",
            "eu-gdpr/dpo": "none named",
            "eu-gdpr/purposes": "the list under its lead-in (91-105), the legal-basis example 'to provide you with the Services' (113), cookies (123, 125)",
            "eu-gdpr/legal-basis": "the EEA lead-in (109) with consent, contract, legal obligation, legitimate interests (111-117)",
            "eu-gdpr/legitimate-interests": "to understand and improve the Services, to monitor and prevent fraud (117)",
            "eu-gdpr/recipients": "third-party analytics providers (125), the sharing lead-in (137) with service providers (141), an acquirer (143), authorities (145); Google (183)",
            "eu-gdpr/transfers": "applies: transfers outside the EEA; adequacy, contractual protections, Privacy Shield, BCR (179)",
            "eu-gdpr/retention": "no longer necessary, with the criteria (240)",
            "eu-gdpr/rights": "access, amend, delete by contacting us (167); the EEA rights (171, 173) and the way (177)",
            "eu-gdpr/withdraw-consent": "withdraw any consent at any time (175); marketing unsubscribe (167)",
            "eu-gdpr/complaint": "'the right to lodge a complaint with a supervisory authority' (173)",
            "eu-gdpr/requirement": "decline to share, some features may not be available (167); no Services without strictly necessary cookies (123). 74 ('we indicate whether and why you must provide …') only promises to say so elsewhere: not accepted",
            "eu-gdpr/automated-decisions": "nothing",
            "eu-gdpr/source": "applies: public databases (82), social media (84)",
            "us-ccpa/categories-collected": "the lead-in (56) and its list (58-72), automatically collected data (78)",
            "us-ccpa/sources": "directly, automatically, from third parties (51), you provide (56), automatically (78), public databases and social media (82, 84)",
            "us-ccpa/purposes": "as eu-gdpr/purposes without the legal-basis example",
            "us-ccpa/sold-or-shared": "'We do not “sell” the personal information …; … third-party cookies for our advertising purposes' (213)",
            "us-ccpa/right-to-know": "Information (217), Access: a copy (219)",
            "us-ccpa/right-to-delete": "Deletion (221)",
            "us-ccpa/right-to-correct": "the CCPA list has no correction; the general 'If you wish to access, amend, or delete …, you may contact us' (167) is offered to every user, not only in the EEA part: covered (debatable)",
            "us-ccpa/right-to-opt-out": "no sale; the Opt-Out Guide for interest-based advertising (183-193), which 213 points to",
            "us-ccpa/right-to-limit": "nothing on sensitive personal information",
            "us-ccpa/non-discrimination": "'free from discrimination' (223)",
            "us-ccpa/how-to-submit": "'How to Submit a Request … to support@NSAVDEX.io' (225)",
            "us-ccpa/authorized-agent": "(229)",
            "us-ccpa/last-updated": "'The “Last updated” date at the top of this page' (247) — the page shows no date",
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
            "file": f"eval/profiles42c/docs/{doc['file']}",
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
