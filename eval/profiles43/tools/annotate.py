#!/usr/bin/env python3
"""Hand annotations of eval/profiles43 in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles43/tools/annotate.py
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
        "name": "homesvc-zh",
        "split": "dev",
        "file": "homesvc-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js App Router page `PrivacyPage`; a home-service booking platform's placeholder policy 「占位版本，可按实际业务完善」, nobody named, contact through the app's 官方客服 / 投诉/售后 entry)",
            "commit": "index id 70439922294",
            "stored": INDEX_NO_REPO + "; 6,326 characters, LF, final newline, checked against total_chars and two find_string offsets (288; 3,217)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [36, 43, 46, 52, 63, 66, 69, 72],
                "methods": [36, 40, 43, 117],
                "categories": [36, 40, 43, 46, 49, 52],
                "retention": M,
                "rights": [101, 104],
                "sensitive-necessity": Q,
                "minors": [127],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [36, 43, 46, 52, 63, 66, 69, 72],
                "sensitive-marked": Q,
                "methods": [36, 40, 43],
                "retention": M,
                "cross-border": M,
                "sharing": [82, 86, 89, 91],
                "transfer": M,
                "public-disclosure": M,
                "access": [101],
                "correct": [101],
                "delete": [104],
                "close-account": [104],
                "withdraw-consent": [43, 107],
                "copy": M,
                "effect-of-not-providing": [107],
                "security": [117],
                "complaint": [145, 146],
            },
        },
        "notes": {
            "cn-pipl/processor": "nobody is named (the SITE_NAME slot is in the metadata only); 「我们」 throughout",
            "cn-pipl/purposes": "the lead-in 「为了向你提供服务、保障交易安全并改善体验…」 (36), data items with 用于 (43, 46, 52), the 二、我们如何使用信息 list (63-72)",
            "cn-pipl/methods": "we may collect (36), volunteered 「你自愿提供」 (40), location by permission you can switch off (43), access control, encrypted transmission, log audit (117)",
            "cn-pipl/rights": "四、你的权利: view and modify the account (101), apply for deletion or account closure (104); no channel is named in the section, the app's 官方客服 entry is given at the end for questions. Read leniently as covered (in-app self-service)",
            "cn-pipl/sensitive-necessity": "位置信息 for nearby services and address positioning: location, not a 行踪轨迹; left `?` (the same doubt as profiles42c morena-zh)",
            "cn-pipl/minors": "「我们建议未成年人在监护人指导下使用本服务。若你是未成年人，请在使用前征得监护人同意。」 (127): guardian consent as the rule",
            "cn-gbt35273/identity-contact": "no name",
            "cn-gbt35273/functions": "data tied to its use (43 nearby services, 46 履约, 52 security) and the use list (63-72)",
            "cn-gbt35273/transfer": "only the heading 三、我们如何共享、转让、公开披露 names it; the body speaks of sharing only: a mention is not a disclosure",
            "cn-gbt35273/public-disclosure": "only the heading; 「法律要求：在法律法规或监管要求下提供」 (91) is providing on request, not public disclosure",
            "cn-gbt35273/withdraw-consent": "permissions switched off in the system settings (43, 107)",
            "cn-gbt35273/effect-of-not-providing": "「拒绝后可能影响部分功能使用」 (107)",
            "cn-gbt35273/complaint": "「如对本政策有疑问，你可以通过 App 内“官方客服”或“投诉/售后”入口联系我们」 (145-146): a complaint entry in the app",
        },
    },
    {
        "name": "taoxiaobao-zh",
        "split": "dev",
        "file": "taoxiaobao-zh/index.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(an Ant Design Pro / UmiJS login page of 「淘小宝」, a shop; the 《用户隐私保护权限》 in an antd `Modal`, nobody named)",
            "commit": "index id 16088758042",
            "stored": INDEX_NO_REPO + "; 13,413 characters, LF, final newline, checked against total_chars and two find_string offsets (12,455; 13,070)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [392, 396, 398, 399, 400, 401],
                "methods": [386, 392, 415],
                "categories": [386, 388, 389, 390, 391, 392],
                "retention": M,
                "rights": [421, 423, 424, 425],
                "sensitive-necessity": Q,
                "minors": M,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [392, 396, 398, 399, 400, 401],
                "sensitive-marked": Q,
                "methods": [386, 392],
                "retention": M,
                "cross-border": M,
                "sharing": [405, 407, 408],
                "transfer": [409],
                "public-disclosure": M,
                "access": [423],
                "correct": [423],
                "delete": [424],
                "close-account": M,
                "withdraw-consent": [421, 425],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [413, 415, 416, 417],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "淘小宝 is the product; no company, no contact but 客服",
            "cn-pipl/purposes": "「我们收集的个人信息将用于以下目的：」 (396) and its list (398-401); location 「以提供更精准的服务」 (392)",
            "cn-pipl/methods": "collected (386), location only if you authorise (392), sensitive data encrypted (415)",
            "cn-pipl/rights": "「您有权访问、更正、删除…撤回您的授权。具体操作方法如下：」 (421) with 个人中心 (423), 客服 (424), 设置 (425)",
            "cn-pipl/sensitive-necessity": "支付信息 and 地理位置信息; 415 says 敏感信息 are encrypted without saying which: left `?`",
            "cn-pipl/minors": "「如果您未满18岁，请在监护人的陪同下使用我们的服务」 (429): the guardian accompanies use, nothing on the guardian's consent: missing",
            "cn-gbt35273/transfer": "「在涉及合并、收购或资产转让时，我们可能会将您的个人信息转移给新的所有者」 (409): 转移 on a merger is the §5.5 转让",
            "cn-gbt35273/public-disclosure": "「在法律要求的情况下，我们可能会披露您的个人信息」 (408) is disclosure on a legal request, listed under sharing; nothing on disclosing to the public: missing (debatable)",
            "cn-gbt35273/close-account": "accounts exist (用户名, 密码); nothing on closing one",
            "cn-gbt35273/effect-of-not-providing": "nothing on what refusing costs",
            "cn-gbt35273/complaint": "no complaint channel",
        },
    },
    {
        "name": "daxiang-zh",
        "split": "dev",
        "file": "daxiang-zh/RegisterAgreement.js",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React Native screen `RegisterAgreement`, 2017; the registration agreement of 大象慧云信息技术有限公司 with a 用户账户及信息 part on privacy)",
            "commit": "index id 4790759927",
            "stored": INDEX_NO_REPO + "; 10,198 characters, LF, no final newline, checked against total_chars and two find_string offsets (2,978; 6,626)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [64, 71, 72, 73, 75],
                "methods": [62, 63, 64, 65],
                "categories": [63, 64],
                "retention": M,
                "rights": M,
                "sensitive-necessity": M,
                "minors": M,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [64, 71, 72, 73],
                "sensitive-marked": M,
                "methods": [62, 63, 64],
                "retention": M,
                "cross-border": M,
                "sharing": [64],
                "transfer": M,
                "public-disclosure": [66, 67, 68, 69, 70],
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [62],
                "security": M,  # u47w2: 「技术措施和其他必要措施…防止…泄露」 names no measure (docs/profiles.md, generic security promises) (was [65])
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「本协议是用户与大象慧云信息技术有限公司（简称“大象公司”）…」 (51) names it, but no contact anywhere (「可与大象公司联系」 124 gives no channel): missing",
            "cn-pipl/purposes": "「…用于向您提供服务、履行…义务…对服务进行维护和改善等」 (64), 3.6 uses of 隐私信息 (71-75)",
            "cn-pipl/methods": "填写或提交 (62, 63), 收集、储存和使用 and shared with partners (64), technical measures (65)",
            "cn-pipl/categories": "用户名称、相关证件号码、电话号码、邮箱、IP地址 (63); 登录记录、发票和单据记录… (64)",
            "cn-pipl/retention": "「大象公司可以根据实际情况自行决定…数据最长存储期限」 (103): no period, and deletion on termination is a right of the company (有权), not a criterion",
            "cn-pipl/rights": "the user has no right to access, correct or delete anywhere",
            "cn-pipl/sensitive-necessity": "applies: 相关证件号码 (63, a specific identity); nothing on necessity or impact",
            "cn-pipl/minors": "「如果用户在18周岁以下，须在父母或其他法定监护人的监护参与下方可使用」 (53): guardian participation in use, nothing on consent to processing: missing (debatable, as taoxiaobao-zh)",
            "cn-gbt35273/sensitive-marked": "证件号码 is called 隐私信息, not marked sensitive",
            "cn-gbt35273/sharing": "shared with partners, service suppliers, contractors and agents (64)",
            "cn-gbt35273/transfer": "5.1 forbids transferring the account (转让), nothing on transferring personal information",
            "cn-gbt35273/public-disclosure": "「大象公司未经用户同意不会向任何第三方公开、透露用户隐私信息。但以下特定情形除外：」 (66) with its list (67-70)",
            "cn-gbt35273/close-account": "注销用户账号 is only named as the end of the agreement (123), no way",
            "cn-gbt35273/effect-of-not-providing": "「若用户提交的信息不完整或不符合法律法规的规定，则可能无法使用本服务或…受到限制」 (62)",
            "cn-gbt35273/security": "technical and other necessary measures against leaks, damage or loss, remedies (65): generic (profiles41c counted generic measures)",
        },
    },
    {
        "name": "pcm-tw",
        "split": "dev",
        "file": "pcm-tw/legal-content.ts",
        "source": {
            "repo": "(not named by the index)",
            "path": "(`data/legal-content.ts` of PCM Motorsports (派達有限公司), a car-parts shop; terms and a PDPA Art. 8 notice as TypeScript data, names and contacts in `${…}` slots from a site config)",
            "commit": "index id 54712342471",
            "stored": INDEX_NO_REPO + "; 10,969 characters, LF, final newline, checked against total_chars and two find_string offsets (6,844; 9,046)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [195, 288, 297],
                "purposes": [200, 235],
                "categories": [206, 207],
                "period": [213],
                "area": [214],
                "recipients": [215, 236],
                "methods": [216],
                "rights": [222],
                "effect-of-not-providing": [228],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "一、蒐集機構: `${LEGAL_NAME}(統一編號 ${TAX_ID};聯絡方式同服務條款第 1 條)` (195, a slot filled from the site config); the page descriptions name 「PCM Motorsports(派達有限公司)隱私政策」 (297) and its terms (288)",
            "tw-pdpa/purposes": "二、蒐集目的 (200); local data sent 「作為建立訂單、防止重複扣款與後續客服查詢之用」 (235)",
            "tw-pdpa/recipients": "對象 (215); TapPay and the carriers (236)",
            "tw-pdpa/rights": "「依個資法第 3 條…請求查詢或閱覽、製給複製本、補充或更正、停止蒐集處理利用、刪除。行使方式:${SUPPORT_CHANNELS}。」 (222): the channels (LINE, 電話, 信箱) are a constant of the file with slot values; a real site, read as a way",
            "tw-pdpa/effect-of-not-providing": "(228)",
            "tw-pdpa/source": "everything comes from the buyer or the buyer's browser",
        },
    },
    {
        "name": "salesji-en",
        "split": "dev",
        "file": "salesji-en/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js client page `PrivacyPage` of Salesji, 'a product of ESS ENN Associates' (India), an AI sales-training Telegram bot SaaS)",
            "commit": "index id 58842083841",
            "stored": INDEX_NO_REPO + "; 7,128 characters, LF, final newline, checked against total_chars and a find_string offset (5,663)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [24, 97],
                "dpo": M,
                "purposes": [30, 31, 39, 40, 41, 42, 43, 44],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [29, 32, 61, 62, 63, 64, 65],
                "transfers": M,
                "retention": [55],
                "rights": [72, 74, 75, 76, 77, 81],
                "withdraw-consent": [78],
                "complaint": [79],
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [29, 30, 31, 32, 33],
                "sources": [29, 30, 31, 33],
                "purposes": [30, 31, 39, 40, 41, 42, 43, 44],
                "sold-or-shared": [67],
                "right-to-know": [74],
                "right-to-delete": [76],
                "right-to-correct": [75],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [81],
                "authorized-agent": M,
                "last-updated": [19],
            },
        },
        "notes": {
            "eu-gdpr/controller": "「Salesji (\"we\", \"us\", \"our\"), a product of ESS ENN Associates, operates…」 (24); ESS ENN Associates, India, with the e-mail (96-97)",
            "eu-gdpr/legal-basis": "no basis is named",
            "eu-gdpr/legitimate-interests": "not relied on",
            "eu-gdpr/transfers": "applies: servers in Australia (61), the company in India; no safeguard named: missing",
            "eu-gdpr/retention": "as long as the account is active, deleted within 30 days (55)",
            "eu-gdpr/rights": "the list (74-77) under 'You have the right to:' (72), the way (81)",
            "eu-gdpr/automated-decisions": "AI answers are generated, no decision about a person",
            "eu-gdpr/source": "data comes from the account holder and the team members who use the bot (their own messages): Art. 14 not triggered",
            "us-ccpa/sold-or-shared": "「We do not sell, rent, or share your personal data with third parties for marketing purposes.」 (67)",
            "us-ccpa/right-to-know": "no CCPA part; the general list offered to every user: access (74)",
            "us-ccpa/right-to-opt-out": "no opt-out, no sale",
            "us-ccpa/last-updated": "July 2, 2026 (19)",
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
            "file": f"eval/profiles43/docs/{doc['file']}",
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
