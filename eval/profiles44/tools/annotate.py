#!/usr/bin/env python3
"""Hand annotations of eval/profiles44 in compact form (the source of truth); writes dev/*.json.

Written by reading each document in full before any policylens run (u44w, 2026-12-05).  Held out by
`random.Random(44).sample(sorted(names), 2)` before any run: yixinyou-zh, lvbao-tw (the other three are dev).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles44/tools/annotate.py
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
        "name": "mdtbbs-zh",
        "split": "dev",
        "file": "mdtbbs-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page of 像素工厂中文论坛 MDTBBS, a Mindustry forum: the policy is the fallback component `MdtbbsPrivacyFallback`, shown when no configured text exists; file name chosen here)",
            "commit": "index id 70111725134",
            "stored": INDEX_NO_REPO + "; 3,660 characters, LF, final newline; checked against total_chars and a find_string offset (2,185)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [36, 85],
                "purposes": [36, 37, 46, 47, 68],
                "methods": [36, 37, 45, 46, 47, 68, 69, 70],
                "categories": [36, 37, 38, 45, 46],
                "retention": [69, 70],
                "rights": [85],
                "sensitive-necessity": NA,
                "minors": M,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [36, 85],
                "functions": [36, 37, 45, 46],
                "sensitive-marked": NA,
                "methods": M,
                "retention": [69, 70],
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": [50, 77, 78],
                "access": [85],
                "correct": [85],
                "delete": [85],
                "close-account": [85],
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [47, 59],
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「像素工厂中文论坛（MDTBBS）会处理…」 (36) names the forum as the one processing; no company; the contact is 「请通过站内反馈渠道联系管理员」 (85), an in-site channel; read as covered (a forum's name with its own channel, a judgement)",
            "cn-pipl/purposes": "为提供登录、社区内容、通知、审核和安全风控等功能 (36); the phone for verification and risk control (46-47); 仅在…所必要的范围内使用 (68)",
            "cn-pipl/methods": "processing of account and community data (36-37), SMS verification through the authentication service, the state synced (45-47), use limited, retention rule (68-70)",
            "cn-pipl/categories": "account and community data, posts, interactions, login and security data: IP, User-Agent, session, logs (37-38); the phone number (45-46)",
            "cn-pipl/retention": "「个人信息的保存期限以实现处理目的所必要的最短时间为原则」 (69), security logs as the law requires (70): the criterion",
            "cn-pipl/rights": "查询、更正、删除、注销 「请通过站内反馈渠道联系管理员」 (85): rights with a channel",
            "cn-pipl/sensitive-necessity": "no Art. 28 data (a phone number; ID documents expressly not collected, 61)",
            "cn-pipl/minors": "a forum open to anyone; nothing on minors or an age: the Art. 31 item applies and is missing",
            "cn-pipl/abroad-recipient": "国内站 (45); nothing about transfers abroad",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "login, content, notices, moderation, risk control with the data processed (36-37); phone verification with the phone number (45-46)",
            "cn-gbt35273/sensitive-marked": "no Annex B data named (no password, ID, location)",
            "cn-gbt35273/methods": "no sentence says how data is collected (given by the person, automatically, from others); SMS verification (45) implies the person gives the phone: missing (a judgement)",
            "cn-gbt35273/cross-border": "「国内站」 (45) names the site, not where data is stored: missing",
            "cn-gbt35273/sharing": "the 账号认证服务 (46) is not said to be a third party; 「第三方访问」 in the heading (75) is about public posts: missing",
            "cn-gbt35273/public-disclosure": "what is public: posts visible to users and search engines (77), the phone never shown publicly (50, 78)",
            "cn-gbt35273/close-account": "「需要注销账号，请通过站内反馈渠道联系管理员」 (85)",
            "cn-gbt35273/effect-of-not-providing": "without phone verification community write operations are not available (47), such services need real-identity authentication (59): read as the effect (a judgement)",
            "cn-gbt35273/security": "安全风控 and 安全日志 are purposes and data, no protective measure: missing",
            "cn-gbt35273/complaint": "the channel is for requests (85); nothing about complaints",
        },
    },
    {
        "name": "sasanova-en",
        "split": "dev",
        "file": "sasanova-en/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of Sasanova, a site with a newsletter 'The Vault'; file name chosen here)",
            "commit": "index id 52577022583",
            "stored": INDEX_NO_REPO + "; 6,847 characters, LF, final newline; checked against total_chars and a find_string offset (5,415)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [20, 149],
                "dpo": M,
                "purposes": [24, 25, 43, 46, 49, 67, 68, 84, 85, 88, 89, 92],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [72, 73, 74, 80, 81, 84, 85, 88, 89, 92, 96],
                "transfers": NA,
                "retention": [131, 132, 133],
                "rights": [102, 109, 110, 113, 114, 122, 123],
                "withdraw-consent": [67, 68, 105, 106, 117, 118],
                "complaint": [123, 124],
                "requirement": [25, 33, 63, 64],
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "eu-gdpr/controller": "「Sasanova collects minimal personal information」 (20) with privacy@sasanova.com (110, 149): a site's name with its own contact, no company; read as covered (topai-en was missing because its name was a config value)",
            "eu-gdpr/purposes": "newsletter, understanding use, legal obligations (43-49); the providers' tasks (84-92); analytics cookies (67)",
            "eu-gdpr/legal-basis": "no Art. 6 basis named; 'To comply with legal obligations' (49) is a purpose, 'Provided voluntarily' (25) and 'opted in' (43) describe consent without naming it as the basis: missing (as profiles43c topai-en)",
            "eu-gdpr/recipients": "email service, analytics and hosting providers (80-92), affiliate vendors' cookies (72-74), 'Each third-party service has its own privacy policy' (96)",
            "eu-gdpr/transfers": "no place of processing or transfer named",
            "eu-gdpr/retention": "while subscribed, aggregate analytics, removed within 30 days (131-133)",
            "eu-gdpr/rights": "deletion by e-mail (109-110), access with a copy (113-114), portability for EU/EEA residents (122-123)",
            "eu-gdpr/withdraw-consent": "unsubscribe at any time (105-106); opting out of analytics cookies (67-68, 117-118)",
            "eu-gdpr/complaint": "'the right to lodge a complaint with a supervisory authority' (123-124)",
            "eu-gdpr/requirement": "e-mail provided voluntarily (25); essential cookies required, cannot be disabled (33, 63-64): as topai-en 39",
            "eu-gdpr/source": "nothing obtained from others (the affiliate cookie is the vendor's own)",
        },
    },
    {
        "name": "yu-zh",
        "split": "dev",
        "file": "yu-zh/PrivacyPolicyActivity.kt",
        "source": {
            "repo": "(not named by the index)",
            "path": "(an Android Kotlin activity of the app YU, com.tthih.yu.about.PrivacyPolicyActivity: the policy is an HTML page in a raw string loaded into a WebView)",
            "commit": "index id 25985371001",
            "stored": INDEX_NO_REPO + "; 3,625 characters, LF, no final newline (ends with `} `); checked against total_chars and a find_string offset (2,168)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [84, 85],
                "purposes": [88, 114, 115, 116, 117],
                "methods": [97, 107, 115],
                "categories": [97, 99, 100, 101],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": M,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [84, 85],
                "functions": Q,
                "sensitive-marked": NA,
                "methods": [96, 97],
                "retention": M,
                "cross-border": [107],
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": [123],
                "correct": [123],
                "delete": [124],
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [105, 107],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「YU（以下简称\"我们\"或\"本应用\"）」 (85) with 「联系方式：2190638246@qq.com」 (84): an app's name with an e-mail",
            "cn-pipl/purposes": "「为了提供和改进我们的服务」 (88, the lead-in of what is collected) and the permissions' uses (114-117)",
            "cn-pipl/methods": "the person may send feedback (97), everything kept on the device (107), local storage of what the app produces (115)",
            "cn-pipl/categories": "nothing is collected (90-93 are denials); what users may provide: bug reports, suggestions, expectations (97-101)",
            "cn-pipl/retention": "no period or criterion (local storage is a place)",
            "cn-pipl/rights": "access, correction, deletion listed (123-124) with no way in the section; the contact section offers the in-app 「联系我们」 function for questions (132) but the rights do not point to it: missing (a judgement)",
            "cn-pipl/sensitive-necessity": "nothing sensitive collected (the password is denied, 90)",
            "cn-pipl/minors": "nothing on minors; a student app (学号): applies, missing",
            "cn-pipl/abroad-recipient": "everything on the device (107)",
            "cn-gbt35273/functions": "doubtful: nothing is collected; the permissions are tied to functions (114-117) but are no personal data",
            "cn-gbt35273/methods": "「用户可以向我们提供信息」 (96-97): provided by the person",
            "cn-gbt35273/cross-border": "「APP使用过程中所有的信息均存储本地」 (107) with nothing collected: the device is the place (u27v's rule)",
            "cn-gbt35273/access": "「访问和更正您的个人信息」 (123) under a rights lead-in",
            "cn-gbt35273/close-account": "no account with the operator is said to exist or not; nothing on closing: missing",
            "cn-gbt35273/security": "not accessed without authorisation (105), kept on the device (107)",
        },
    },
    {
        "name": "yixinyou-zh",
        "split": "holdout",
        "file": "yixinyou-zh/legal.ts",
        "source": {
            "repo": "(not named by the index)",
            "path": "(TypeScript data of 益辛友取水服务, a water-dispenser mini program: a user agreement then the privacy policy as `privacySections`, with `privacyContact`; file name chosen here)",
            "commit": "index id 52278400956",
            "stored": INDEX_NO_REPO + "; 2,821 characters, LF, final newline; checked against total_chars and a find_string offset (2,028)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [61, 106, 111, 112],
                "purposes": [70, 71],
                "methods": [80, 84, 85, 94],
                "categories": [65, 66],
                "retention": [80],
                "rights": [89, 90, 106],
                "sensitive-necessity": Q,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [61, 106, 111, 112],
                "functions": M,
                "sensitive-marked": Q,
                "methods": [94],
                "retention": [80],
                "cross-border": [80],
                "sharing": [75, 76],
                "transfer": [75, 76],
                "public-disclosure": M,
                "access": [89, 90],
                "correct": [89, 90],
                "delete": [89, 90],
                "close-account": M,
                "withdraw-consent": [89, 90],
                "copy": [90],
                "effect-of-not-providing": M,
                "security": [80, 84, 85],
                "complaint": [90, 106],
            },
        },
        "notes": {
            "cn-pipl/processor": "「益辛友平台」 (61), a platform's name, with `privacyContact` phone 4006625818 and privacy@yixinyou.com (111-112) that the page shows, pointed to by 「请联系我们」 (106): covered (a brand with its contacts, a judgement)",
            "cn-pipl/purposes": "「我们使用收集的信息用于：」 with its items (70-71)",
            "cn-pipl/methods": "stored on servers in China with security measures (80), encrypted transmission and storage, access control (84-85), cookies to analyse use (94)",
            "cn-pipl/categories": "the five labelled kinds (65-66)",
            "cn-pipl/retention": "「个人信息的保存期限不会超过实现目的所必需的期限」 (80): the criterion",
            "cn-pipl/rights": "the rights list (89-90) and 「如果您…需要行使相关权利，请联系我们」 (106) with the contacts in `privacyContact`",
            "cn-pipl/sensitive-necessity": "doubtful: 位置信息：取水点位置（仅在使用时） (66) is a location at use, not clearly a 行踪轨迹; payment (71) without account data",
            "cn-pipl/minors": "「我们不会故意收集14岁以下儿童的个人信息」 (98): a flat refusal for under 14 (the next sentence asks minors in general to use it under a guardian's guidance, no consent): does not apply (docs/profiles.md, u42w3)",
            "cn-pipl/abroad-recipient": "stored in China (80)",
            "cn-gbt35273/functions": "data listed by kind (66) and purposes separately (71): no function tied to its data",
            "cn-gbt35273/sensitive-marked": "doubtful: a location (66) could be Annex B precise location; not marked",
            "cn-gbt35273/methods": "only cookies and similar technologies (94); 「我们可能收集以下信息」 (65) says no way",
            "cn-gbt35273/cross-border": "「您的信息存储在中国境内的安全服务器上」 (80)",
            "cn-gbt35273/sharing": "「不会出售、交易或转让…给第三方，除非：」 with 「与可信的服务提供商合作」 (75-76)",
            "cn-gbt35273/transfer": "转让 denied with exceptions (75-76)",
            "cn-gbt35273/public-disclosure": "nothing on public disclosure",
            "cn-gbt35273/close-account": "nothing on closing the account",
            "cn-gbt35273/withdraw-consent": "「撤回同意」 as a right (90)",
            "cn-gbt35273/copy": "「查询和获取个人信息」 (90): obtaining one's data, read as a copy",
            "cn-gbt35273/effect-of-not-providing": "the cookie control (94) names no effect",
            "cn-gbt35273/security": "industry-standard measures (80), encryption, access control, audits, training (84-85)",
            "cn-gbt35273/complaint": "「投诉举报」 as a right (90) with the contact (106)",
        },
    },
    {
        "name": "lvbao-tw",
        "split": "holdout",
        "file": "lvbao-tw/TermsAgreement.vue",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Vue 3 single-file component of a travel-insurance sign-up page: the PDPA Art. 8 notice and the terms as template strings in `terms`, shown in `<pre>`; the comment says the text was written for the demo; file name chosen here)",
            "commit": "index id 55290081260",
            "stored": INDEX_NO_REPO + "; 3,136 characters, LF, no final newline; checked against total_chars and a find_string offset (366)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [19, 20],
                "categories": [22, 23],
                "period": [25, 26],
                "area": [28, 29],
                "recipients": [31, 32],
                "methods": M,
                "rights": M,
                "effect-of-not-providing": [42],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "only 「本公司」 and 「本平台」: no name anywhere in the file",
            "tw-pdpa/purposes": "一、蒐集之目的 (19-20)",
            "tw-pdpa/categories": "二、個人資料類別 (22-23)",
            "tw-pdpa/period": "三、利用期間 (25-26)",
            "tw-pdpa/area": "四、利用地區 (28-29)",
            "tw-pdpa/recipients": "五、利用對象 (31-32)",
            "tw-pdpa/methods": "no 利用方式",
            "tw-pdpa/rights": "the Art. 3 rights (35-40) 「向本公司行使」 with no channel, office or contact anywhere in the file: no way (docs/profiles.md m18b: a bare pointer needs a contact)",
            "tw-pdpa/effect-of-not-providing": "「若您不提供真實且正確之個人資料，本公司將無法提供完整之投保及理賠服務」 (42)",
            "tw-pdpa/source": "collected from the person",
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
            "file": f"eval/profiles44/docs/{doc['file']}",
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
