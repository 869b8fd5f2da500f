#!/usr/bin/env python3
"""Hand annotations of eval/profiles51 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m51w by reading each document before any policylens run (a measure-only set; one document held out by a seeded
draw, see README).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles51/tools/annotate.py
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

SRC = {
    "repo": "(not named by the index)",
    "licence": NONE,
}

DOCS: list[dict] = [
    {
        "name": "gongkao-zh",
        "split": "dev",
        "file": "gongkao-zh/index.tsx",
        "source": {
            **SRC,
            "path": "(a Taro mini-program page `Privacy` of 公考职位智能筛选系统, a civil-service job filter; `<View>`/`<Text>` sections; an e-mail at example.com and a placeholder phone 400-XXX-XXXX)",
            "commit": "index id 16541782331",
            "stored": INDEX_NO_REPO + "; 3,581 characters, LF, final newline; checked against total_chars and a find_string offset (3,372)",
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [32, 35, 42, 43, 44, 45, 46],
                "methods": [35, 53, 63, 64],
                "categories": [31, 32, 33, 34, 35],
                "retention": M,
                "rights": M,
                "sensitive-necessity": Q,
                "minors": [84, 85],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [31, 32, 35],
                "sensitive-marked": Q,
                "methods": [35],
                "retention": M,
                "cross-border": [63],
                "sharing": [53, 56],
                "transfer": M,
                "public-disclosure": M,
                "access": [73],
                "correct": [74],
                "delete": [75],
                "close-account": [77],
                "withdraw-consent": [76],
                "copy": [73],
                "effect-of-not-providing": M,
                "security": [64, 65, 66],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": '「公考职位智能筛选系统（以下简称"我们"）」 (23): a system (product) defined as 我们, no company or developer anywhere (profiles50\'s convention for a product as 我们): missing although an e-mail is given (100)',
            "cn-pipl/methods": "authorised collection of location (35), sharing (53), storage on servers in China (63), encryption (64)",
            "cn-pipl/retention": "nothing on how long",
            "cn-pipl/rights": "the rights are granted (73-77) but no way is given in that section; the contact (99-101) is for 疑问 about the policy: missing",
            "cn-pipl/sensitive-necessity": "doubtful: 位置信息 collected after authorisation to recommend nearby posts (35): location, not said to be precise nor a track; not scored",
            "cn-pipl/minors": "minors under 18 invited to use the service with a guardian's consent (84-85), as profiles50 liteledger-zh",
            "cn-pipl/abroad-recipient": "n/a: 「您的信息存储于中国境内的服务器」 (63)",
            "cn-gbt35273/functions": "注册信息 (31, a function label), 简历 用于职位匹配 (32), location 用于推荐附近职位 (35)",
            "cn-gbt35273/sensitive-marked": "doubtful, as cn-pipl/sensitive-necessity: not scored",
            "cn-gbt35273/methods": "「仅在您授权后收集」 (35)",
            "cn-gbt35273/sharing": "with 关联公司 (56) under the colon of 53",
            "cn-gbt35273/transfer": "no 转让 anywhere",
            "cn-gbt35273/public-disclosure": "no 公开/披露 anywhere",
            "cn-gbt35273/copy": "debatable: 「访问权：您可以查看和获取您的个人信息」 (73): obtaining one's information read as getting a copy",
            "cn-gbt35273/close-account": "「注销账户：您可以申请注销账户」 (77)",
            "cn-gbt35273/withdraw-consent": "「撤回同意权：您可以撤回之前的授权」 (76): granted",
            "cn-gbt35273/security": "encryption (64), access rights management (65), security audits (66)",
            "cn-gbt35273/complaint": "no 投诉/举报; the contact is for 疑问",
        },
    },
    {
        "name": "letoai-zh",
        "split": "dev",
        "file": "letoai-zh/PrivacyPolicyContent.tsx",
        "source": {
            **SRC,
            "path": "(a Next.js page `PrivacyPolicyContent` of LetoAI, an AI-solutions firm; the sections are a data array `privacySections` of title/subtitle/description/items rendered with `.map`; an e-mail contact@letoai.tech)",
            "commit": "index id 18097087940",
            "stored": INDEX_NO_REPO
            + "; 11,054 characters, LF, final newline; checked against total_chars and a find_string offset (7,355)",
        },
        "v": {
            "cn-pipl": {
                "processor": [266, 142, 330],
                "purposes": [46, 48, 49, 50, 51, 52],
                "methods": [30, 32, 33, 34],
                "categories": [20, 22, 23, 24, 25],
                "retention": M,
                "rights": [128, 131, 132, 133, 134, 135, 140, 142, 143, 323],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [266, 142, 330],
                "functions": M,
                "sensitive-marked": NA,
                "methods": [30, 32, 33, 34],
                "retention": M,
                "cross-border": M,
                "sharing": [102, 105, 112, 114, 115, 116],
                "transfer": [102],
                "public-disclosure": M,
                "access": [128, 131],
                "correct": [128, 132],
                "delete": [128, 133],
                "close-account": M,
                "withdraw-consent": M,
                "copy": [128, 131, 135],
                "effect-of-not-providing": M,
                "security": [74, 76, 77, 78, 79, 80, 85, 87, 88, 89, 90],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": 'debatable: 「LetoAI（以下简称"我们"）」 (266) is the firm whose site this is (it offers AI solutions, 保护LetoAI…的合法权益 107), not an app: read as the organisation; e-mail contact@letoai.tech (142, 330)',
            "cn-pipl/retention": "debatable: only cookie lifetimes (会话Cookies 关闭浏览器后即失效, 持久Cookies 保留一段时间或直到您删除, 158-159), which the browser keeps on the device; nothing on how long the firm keeps personal information: missing",
            "cn-pipl/rights": "rights listed (128-135) with 「如需行使上述权利，请通过以下方式联系我们：」 (140) e-mail (142) and form (143)",
            "cn-pipl/sensitive-necessity": "n/a: contact, company, technical and usage data only",
            "cn-pipl/minors": "n/a: no word on children",
            "cn-pipl/abroad-recipient": "n/a: nothing said of where data goes",
            "cn-gbt35273/functions": "debatable: 「我们仅收集为您提供服务所必需的个人信息，包括但不限于：」 (20) ties data to the service as a whole, not to a business function; the collection ways (32: 联系表单、咨询请求) name no data kinds: missing",
            "cn-gbt35273/cross-border": "云服务提供商（用于数据存储和计算） (114) without a place: missing",
            "cn-gbt35273/transfer": "「我们不会出售、出租或以其他方式转让您的个人信息给第三方，除非：」 (102): a statement that it is not transferred",
            "cn-gbt35273/close-account": "applies (账户安全 169 implies accounts; no statement that none exist); nothing on closing: missing",
            "cn-gbt35273/withdraw-consent": "managing or disabling cookies in the browser (174-178) is not withdrawing consent: missing",
            "cn-gbt35273/copy": "「访问权：获取我们持有的您的个人信息副本」 (131), 数据可携权 (135)",
            "cn-gbt35273/complaint": "the contact (320-334) is for 疑问 and rights requests, no 投诉: missing",
        },
    },
    {
        "name": "church-bi",
        "split": "dev",
        "file": "church-bi/AppPrivacyPolicyPage.tsx",
        "source": {
            **SRC,
            "path": "(a React page `AppPrivacyPolicyPage` of the app of 印城第一华人循理会 / First Chinese Free Methodist Church of Indianapolis: one object with a zh-CN and an en-US edition, 14 [title, text] sections each, rendered per locale; contact only through the church website fcfmchurch.org)",
            "commit": "index id 70941248494",
            "stored": INDEX_NO_REPO + "; 8,097 characters, LF, final newline; checked against total_chars and a find_string offset (476)",
        },
        "v": {
            "cn-pipl": {
                "processor": [15, 67, 78, 130, 147],
                "purposes": [27, 90],
                "methods": [23, 31, 86, 94],
                "categories": [23, 86],
                "retention": [43, 106],
                "rights": [55, 118],
                "sensitive-necessity": NA,
                "minors": M,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [15, 67, 78, 130, 147],
                "functions": [23, 86],
                "sensitive-marked": NA,
                "methods": [23, 86],
                "retention": [43, 106],
                "cross-border": M,
                "sharing": [31, 39, 94, 102],
                "transfer": M,
                "public-disclosure": M,
                "access": [55, 118],
                "correct": [55, 118],
                "delete": [55, 118],
                "close-account": NA,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
            "us-ccpa": {
                "categories-collected": [23, 86],
                "sources": [23, 86],
                "purposes": [27, 90],
                "sold-or-shared": [39, 102],
                "right-to-know": [55, 118],
                "right-to-delete": [55, 118],
                "right-to-correct": [55, 118],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [55, 118],
                "authorized-agent": M,
                "last-updated": [10, 73],
            },
        },
        "notes": {
            "_profiles": "a bilingual page (zh-CN then en-US in one object); a line of either edition is accepted",
            "cn-pipl/processor": "debatable: the church named as the policy's own (「…（…，以下简称“教会”）」 15; 负责组织 67) and the contact is its website fcfmchurch.org (147) 'and the contact channels published there' (67, 130): the website read as a contact channel",
            "cn-pipl/methods": "data arising in network requests and processed by backend services (23, 86); Supabase processes on the church's behalf (31, 94)",
            "cn-pipl/categories": "IP 地址, approximate location, device information, logs (23, 86) under 可能处理的信息",
            "cn-pipl/retention": "「仅在运营、安全、法律或服务提供商要求所必要的期间内保留」 (43, 106): a criterion",
            "cn-pipl/rights": "「您可以…通过教会官网提供的联系渠道提出…访问、更正或删除相关个人信息的请求」 (55, 118)",
            "cn-pipl/sensitive-necessity": "n/a: approximate location inferred from IP, expressly not GPS (23)",
            "cn-pipl/minors": "debatable: children spoken of (47, 110): guidance by parents advised, no unnecessary children's data to be sent; no rule on a guardian's consent: missing",
            "cn-pipl/abroad-recipient": "n/a: a US church, but nothing said of where data goes (as profiles50 cognito-en transfers)",
            "cn-gbt35273/functions": "「访问应用内容时，后台…可能处理 IP 地址…」 (23, 86): a use tied to data kinds",
            "cn-gbt35273/methods": "information arising through ordinary network requests (23, 86): automatic",
            "cn-gbt35273/cross-border": "no place of storage anywhere: missing",
            "cn-gbt35273/sharing": "Supabase named with what it processes (31, 94); infrastructure providers (39, 102)",
            "cn-gbt35273/public-disclosure": "「在适用法律要求…时，也可能披露相关信息」 (39): a disclosure on legal demand, not public (the item's rule): missing",
            "cn-gbt35273/close-account": "n/a: 「应用不要求用户创建账号或登录」 (19, 82)",
            "cn-gbt35273/withdraw-consent": "stopping use (55) is not withdrawing consent: missing",
            "cn-gbt35273/security": "「合理的行政与技术措施」 (51): no technique named: missing",
            "cn-gbt35273/complaint": "privacy questions and requests (55, 67), no complaint: missing",
            "us-ccpa/sources": "debatable: information arising through network requests when you access the App (86): from the device",
            "us-ccpa/sold-or-shared": "'The Church does not sell users’ personal information' (102), 「教会不出售」 (39)",
            "us-ccpa/right-to-opt-out": "no sale, no opt-out offered: missing",
            "us-ccpa/how-to-submit": "debatable: 'use the contact channels on the Church website to … request access to, correction of, or deletion' (118, 55): the website read as the channel (as processor)",
            "us-ccpa/last-updated": "Effective Date: October 4, 2026 (73), 生效日期 (10)",
        },
    },
    {
        "name": "fubon-tw",
        "split": "dev",
        "file": "fubon-tw/DeclarationIntro.tsx",
        "source": {
            **SRC,
            "path": "(a React component `DeclarationIntro`: the opening of 富邦金控's 個資 notice to job applicants (重要聲明), 19 lines; the rest of the notice is not in this file)",
            "commit": "index id 41019582958",
            "stored": INDEX_NO_REPO
            + "; 633 characters, LF, final newline; checked against total_chars and a find_string offset (264). Index 40675905031 (19,520 characters) holds a longer page with the same text: claimed, not used",
        },
        "v": {
            "tw-pdpa": {
                "agency": [10],
                "purposes": [13],
                "categories": [13],
                "period": M,
                "area": M,
                "recipients": M,
                "methods": M,
                "rights": M,
                "effect-of-not-providing": M,
                "source": [13],
            },
        },
        "notes": {
            "tw-pdpa/agency": "「富邦金融控股股份有限公司(簡稱：富邦金控)」 (10)",
            "tw-pdpa/purposes": "「蒐集之目的為：人事管理…」 (13)",
            "tw-pdpa/categories": "「個人資料類別為：識別類、特徵類…」 (13)",
            "tw-pdpa/recipients": "推展金控、保險、證券…相關業務 (13) is a purpose, no recipient named: missing",
            "tw-pdpa/methods": "debatable: 「直接蒐集：以書面或電子形式蒐集」 (13) is how the data is collected, not how it is used: missing",
            "tw-pdpa/source": "applies: 「間接蒐集：向台端之前僱主蒐集」 (13) names the source (the former employer)",
        },
    },
    {
        "name": "eft-tw",
        "split": "holdout",
        "file": "eft-tw/page.tsx",
        "source": {
            **SRC,
            "path": "(a Next.js page `PrivacyPage` of 臺灣EFT治療學會: four cards from a `sections` array, then a 個資法 notice under 服務條款與守則 with three 一、二、三 headings; the date at the foot)",
            "commit": "index id 53668349553",
            "stored": INDEX_NO_REPO + "; 5,457 characters, LF, final newline; checked against total_chars and a find_string offset (3,081)",
        },
        "v": {
            "tw-pdpa": {
                "agency": [85],
                "purposes": [20, 91],
                "categories": [20, 91],
                "period": [98],
                "area": [98],
                "recipients": [25],
                "methods": M,
                "rights": [35, 105],
                "effect-of-not-providing": [30],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「「臺灣EFT治療學會」（以下簡稱本會）」 (85)",
            "tw-pdpa/period": "「於本會存續期間內」 (98)",
            "tw-pdpa/area": "「在本會提供服務之地區（含國際合作單位地區）」 (98): the operating area (the item's own example 本公司營運地區)",
            "tw-pdpa/recipients": "debatable: payment information through 「第三方金鑰加密技術（如 Stripe/SSL）」 (25): Stripe a named service; sharing with ad agencies denied (20)",
            "tw-pdpa/methods": "no means of use (自動化/書面/電子) anywhere: missing",
            "tw-pdpa/rights": "under 您的權利: 「有權利要求更新、修正或刪除…請透過「聯絡我們」頁面或發送電郵至秘書處信箱」 (35); the Art. 3 list (105) has no way of its own",
            "tw-pdpa/effect-of-not-providing": "cookies disabled at a cost: 「您可以在瀏覽器設定中隨時停用 Cookie，但這可能會影響網站部分功能的正常運作」 (30)",
            "tw-pdpa/source": "n/a: nothing obtained from others",
        },
    },
    {
        "name": "wallet-en",
        "split": "dev",
        "wave": 2,
        "file": "wallet-en/PrivacyPolicy.tsx",
        "source": {
            **SRC,
            "path": "(a Next.js dialog `PrivacyPolicy` of an unnamed web3 site: wallet address and a session cookie on consent; eight numbered <h2> sections; no operator, no contact channel)",
            "commit": "index id 47075366463",
            "stored": INDEX_NO_REPO + "; 3,815 characters, LF, final newline; checked against total_chars and a find_string offset (2,267)",
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": [42, 46, 48, 49, 63, 64],
                "legal-basis": [57, 58],
                "legitimate-interests": NA,
                "recipients": [63],
                "transfers": NA,
                "retention": [69, 70],
                "rights": [74, 77, 78],
                "withdraw-consent": [52, 76],
                "complaint": M,
                "requirement": [41, 52],
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "_wave": "wave 2: added after the first run of the four dev documents (before its own run), to reach the six-document target; annotated and hashed before any run on it; not held out",
            "eu-gdpr/controller": "no organisation named anywhere ('we'), and 'Please contact us' (81) gives no channel: missing",
            "eu-gdpr/purposes": "cookies 'Used to store your wallet address for login session purposes' (42), 'We use cookies to:' (46) with 48-49, 'only used within our service for authentication' (63-64)",
            "eu-gdpr/legal-basis": "consent (57-58)",
            "eu-gdpr/recipients": "debatable: 'We do not sell or share your data with third parties' (63): the sharing stated (none), as an earlier annotation's convention ('states the sharing (none)')",
            "eu-gdpr/retention": "'kept for up to 7 days, unless you manually delete it or withdraw your consent' (69-70)",
            "eu-gdpr/rights": "'You have the right to:' (74) with deletion (77) and access (78)",
            "eu-gdpr/withdraw-consent": "(52) and the list item (76)",
            "eu-gdpr/requirement": "debatable: 'Collected only after you give consent' (41), 'Cookies are only set after your explicit consent' (52): opt-in (the item's rule)",
            "eu-gdpr/source": "n/a: nothing obtained from others",
        },
    },
    {
        "name": "taoyue-zh",
        "split": "dev",
        "wave": 3,
        "file": "taoyue-zh/page.tsx",
        "source": {
            **SRC,
            "path": "(a Next.js page `PrivacyPage` of 桃悦智科教育平台, an online course platform: a `sections` array of ten {title, body} whose bodies are one source line each with \\n escapes, rendered with `whitespace-pre-line`; the company and its address under 十、联系我们; the date `new Date()`)",
            "commit": "index id 60496570093",
            "stored": INDEX_NO_REPO + "; 7,154 characters, LF, final newline; checked against total_chars and a find_string offset (2,227)",
        },
        "v": {
            "cn-pipl": {
                "processor": [7, 43],
                "purposes": [11, 15],
                "methods": [11, 23],
                "categories": [11],
                "retention": [15, 23],
                "rights": [27],
                "sensitive-necessity": M,
                "minors": [31],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [7, 43],
                "functions": [11],
                "sensitive-marked": M,
                "methods": [11],
                "retention": [15, 23],
                "cross-border": [23],
                "sharing": [19],
                "transfer": [19],
                "public-disclosure": [19],
                "access": [27],
                "correct": [27],
                "delete": [27],
                "close-account": [27],
                "withdraw-consent": [27],
                "copy": [27],
                "effect-of-not-providing": [27, 35],
                "security": [23],
                "complaint": [43],
            },
        },
        "notes": {
            "_wave": "wave 3: added after the wave-2 run (before its own run) so that three zh-Hans documents are read (church-bi is not); annotated and hashed before any run on it; not held out",
            "cn-pipl/processor": "「公司全称：曲阳县桃悦智科软件开发中心」 with its 经营场所 address under 联系我们 (43); the platform defined as 我们 (7)",
            "cn-pipl/methods": "您主动提供 / 自动收集 (11), 存储于境内 and encryption (23)",
            "cn-pipl/retention": "「仅在实现上述目的所必需的期限内保留」 (15, 23)",
            "cn-pipl/rights": 'the rights granted (27) with 「您可以通过本政策"联系我们"部分的渠道行使上述权利」 and a 15-day reply; the section gives a company address (43)',
            "cn-pipl/sensitive-necessity": "applies: 身份证件信息 for 实名认证 and payment data (11); the purpose is given (仅用于实名认证) but no effect on the person: missing",
            "cn-pipl/minors": "「若您为未满14周岁的儿童，未经监护人同意不得使用本平台服务」 (31): allowed with a guardian's consent, data deleted when found without it: covered",
            "cn-pipl/abroad-recipient": "n/a: 「您的个人信息将存储于中华人民共和国境内」 (23)",
            "cn-gbt35273/functions": "注册或登录 → 手机号码…, 购买课程 → 姓名、身份证件信息, 订单与支付 (11)",
            "cn-gbt35273/sensitive-marked": "applies (ID and payment data); nothing marked or labelled 敏感 in the list: missing",
            "cn-gbt35273/effect-of-not-providing": "cookies disabled at a cost (35); consent withdrawn 「可能影响您使用本平台的相应功能」 (27)",
            "cn-gbt35273/complaint": "the contact section (43) speaks of complaints (「向有关监管部门投诉或举报」) with a 15-working-day reply",
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
            "file": f"eval/profiles51/docs/{doc['file']}",
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
