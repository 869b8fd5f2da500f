#!/usr/bin/env python3
"""Hand annotations of eval/profiles51c in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run (a measure-only set; two documents held out by a seeded
draw, see README).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles51c/tools/annotate.py
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
        "name": "avant-zh",
        "split": "dev",
        "file": "avant-zh/PrivacyScreen.js",
        "source": {
            "repo": "(not named by the index)",
            "path": '(a React Native screen `PrivacyScreen` of Avant Regard, a content-sharing app; `<Text>` blocks whose list items are joined with {"\\n"} literals)',
            "commit": "index id 52795333167",
            "stored": INDEX_NO_REPO + "; 6,484 characters, LF, final newline; checked against total_chars",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [35, 48, 49, 56, 57, 58, 59, 97, 98],
                "methods": [34, 41, 42, 48, 76, 97],
                "categories": [34, 35, 36, 41, 42, 43, 48, 49],
                "retention": [122, 123],
                "rights": [85, 86, 87, 88, 89, 90, 138, 139, 140, 141],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [34, 35, 36, 41, 42, 43],
                "sensitive-marked": NA,
                "methods": [34, 36, 41, 42, 97],
                "retention": [122, 123],
                "cross-border": M,
                "sharing": [66, 69],
                "transfer": M,
                "public-disclosure": M,
                "access": [85, 86],
                "correct": [85, 87],
                "delete": [85, 87],
                "close-account": M,
                "withdraw-consent": [85, 90, 138],
                "copy": [89],
                "effect-of-not-providing": M,
                "security": [76, 77, 78],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "debatable: 「Avant Regard 深知个人信息对您的重要性…我们致力于…」 (20-22) is the brand speaking, never defined as 我们 nor tied to a company; the policy uses it as the product (「当您注册 Avant Regard 账户时」 34) and the footer is a copyright line (148). E-mail, phone and address exist (139-141). A product name the document registers accounts on is no processor (u48w2/u50w convention): missing",
            "cn-pipl/methods": "collected when registering or using the service (34, 41), 您发布的内容 (42), 数据加密传输和存储 (76, a processing method), Cookie (97)",
            "cn-pipl/retention": "「我们会在提供服务所需的期间保留您的个人信息」 (122) with the factors (123): a criterion",
            "cn-pipl/rights": "six rights listed (85-90) with no way in their section; the contact section opens 「如果您对本隐私政策有任何疑问或需要行使您的权利，请联系我们」 (138) with e-mail, phone, address: the way to exercise the rights",
            "cn-pipl/sensitive-necessity": "no PIPL Art. 28 kind is collected (phone, e-mail, content, device model, IP, browsing history in the app): n/a",
            "cn-pipl/minors": "「我们的服务面向13岁以上的用户。我们不会故意收集13岁以下儿童的个人信息。如果我们发现收集了儿童的信息，会立即删除。」 (114-115): says it does not collect children's data and deletes it: n/a (debatable: 13, not 14)",
            "cn-gbt35273/functions": "「1.1 注册和登录」 then 「当您注册 Avant Regard 账户时，我们会收集：」 (34-36); 「1.2 内容发布和互动」 over 「当您使用我们的服务时…」 (41-43, accepted as a citation); 1.3 device data has no function",
            "cn-gbt35273/sensitive-marked": "debatable: nothing is called 敏感; the list holds a password (35) and browsing history (43), which GB/T Annex B lists among examples, but the policy does not say it processes sensitive data: n/a",
            "cn-gbt35273/methods": "debatable (as profiles50c dazixing-zh): collected at registration / when using the service (34, 41), the person's own posts (42), cookies (97); no 主动提供/自动收集 sentence",
            "cn-gbt35273/sharing": "「与可信的服务提供商合作（仅限于提供服务所需）」 (69) under the sharing lead (66)",
            "cn-gbt35273/transfer": "no 转让; 出售或出租 denied (66) is no transfer statement: missing",
            "cn-gbt35273/access": "「您对自己的个人信息享有以下权利：」 (85) then 「访问权：了解我们收集了您的哪些信息」 (86)",
            "cn-gbt35273/close-account": "accounts exist (34); no 注销 anywhere: missing",
            "cn-gbt35273/withdraw-consent": "「撤回同意权：随时撤回您的同意」 (90) granted in the rights list (85), way at 138",
            "cn-gbt35273/copy": "「数据可携带权：要求获得您的数据副本」 (89)",
            "cn-gbt35273/effect-of-not-providing": "「头像和个人简介（可选）」 (36) says optional, no effect; 「您可以通过设备设置管理 Cookie 偏好」 (99) with no cost: missing",
            "cn-gbt35273/complaint": "the contact section (138-142) is for 疑问 and rights requests with a 30-day reply; no 投诉/举报: missing",
        },
    },
    {
        "name": "beisong-zh",
        "split": "dev",
        "file": "beisong-zh/privacy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a TanStack Router route `/auth/privacy` of a recitation (背诵) learning app; the app name is the `{APP_NAME}` constant; a scroll-to-agree page with a guardian confirmation dialog)",
            "commit": "index id 66098449144",
            "stored": INDEX_NO_REPO + "; 6,116 characters, LF, final newline; checked against total_chars",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [95, 97, 98, 99],
                "methods": [89, 103],
                "categories": [87, 89, 90, 91],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": [106],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": M,
                "sensitive-marked": NA,
                "methods": [89],
                "retention": M,
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": [109],
                "correct": [109],
                "delete": [109],
                "close-account": [109],
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [103],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "the app's name is a code constant `{APP_NAME}` (81, 84); no company, person or contact anywhere: missing",
            "cn-pipl/methods": "debatable: 「账号信息：微信授权信息、昵称、头像」 (89, data received on a WeChat authorisation) and 「包括数据加密、访问控制等」 (103, encryption as a way of processing)",
            "cn-pipl/rights": "「您有权访问、更正、删除您的个人信息，也可以随时注销账号。」 (109) with no way anywhere (no contact, no path): missing",
            "cn-pipl/sensitive-necessity": "debatable: a learning app whose under-14 users need a guardian's consent (106), but no sensitive data is said to be processed: n/a",
            "cn-pipl/minors": "「未满14周岁的用户在使用本服务前，需获得监护人的同意。」 (106)",
            "cn-gbt35273/functions": "data labels over bare data (账号信息：…, 学习数据：…, 设备信息：… 89-91) and a separate purpose list (97-99): no function tied to its data: missing",
            "cn-gbt35273/methods": "debatable: 微信授权信息 (89), received at a WeChat sign-in",
            "cn-gbt35273/sharing": "only a sale denied (103): missing",
            "cn-gbt35273/close-account": "「也可以随时注销账号」 (109): the item's rule (注销账号 with 可以)",
            "cn-gbt35273/security": "数据加密、访问控制 (103)",
        },
    },
    {
        "name": "careeasy-tw",
        "split": "dev",
        "file": "careeasy-tw/Footer.jsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js footer module of 照護一點通 / CareEasy, a long-term-care subsidy calculator: `PrivacyModal` with the 個資法 notice, `TermsModal`, `Footer` with a mailto 聯絡我們 link)",
            "commit": "index id 56867238461",
            "stored": INDEX_NO_REPO + "; 7,123 characters, LF, final newline; checked against total_chars",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [42],
                "categories": [45, 46, 47],
                "period": [53],
                "area": [54],
                "recipients": [55],
                "methods": [56],
                "rights": [59],
                "effect-of-not-providing": M,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「「照護一點通」（以下稱本平台）」 (39): a product defined as 本平台 (u47w2: a product or site defined as 本服務/本App/本網站 is no agency even with an e-mail); the footer's 「© 2026 CareEasy 照護一點通」 (139) is the product's copyright line; no company or person: missing",
            "tw-pdpa/purposes": "under 一、蒐集目的, 「提供長照補助試算、照護紀錄與提醒服務、改善推估準確度之統計分析…」 (42)",
            "tw-pdpa/categories": "the three numbered kinds (45-47)",
            "tw-pdpa/period": "「期間：蒐集目的存續期間，或依相關法令規定之保存年限。」 (53)",
            "tw-pdpa/area": "「地區：台灣及本平台所使用雲端服務主機之所在地。」 (54)",
            "tw-pdpa/recipients": "debatable: 「對象：僅限本平台，不會提供予任何第三方。」 (55): the 對象 label with its value, the recipients stated as none (the toml's recipients-as-none convention)",
            "tw-pdpa/methods": "「方式：以電子方式於前述目的範圍內處理及利用。」 (56)",
            "tw-pdpa/rights": "「依個資法第三條，您得…行使下列權利：…行使方式：透過頁尾「聯絡我們」與我們聯繫」 (59); the footer link is a mailto (146)",
            "tw-pdpa/effect-of-not-providing": "nothing on not providing: missing",
            "tw-pdpa/source": "all data from the person: n/a",
        },
    },
    {
        "name": "taigu-tw",
        "split": "dev",
        "file": "taigu-tw/PrivacyPolicy.tsx",
        "source": {
            "repo": "bingyangchen/taigu",
            "path": "frontend/src/pages/PrivacyPolicy/PrivacyPolicy.tsx",
            "commit": "874859aa7aa9be9bd2c4ee06971c68d5594a2533",
            "stored": GIT + " (fetched snapshot HEAD; 3,440 characters, identical to index id 36259315765)",
            "licence": "none found in the repository (test fixture only)",
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [60, 62, 63, 64],
                "categories": [49, 51, 53, 54],
                "period": M,
                "area": M,
                "recipients": [73],
                "methods": M,
                "rights": [91, 93, 94],
                "effect-of-not-providing": M,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「Taigu 網站（以下簡稱「本網站」）」 (44-45): a site defined as 本網站 (u47w2), no company or person; e-mail at 111: missing",
            "tw-pdpa/categories": "「您手動建立的交易紀錄、股利收益等資料」 (51), the Google account data at a Google sign-in (53-54), under the 蒐集 lead (49)",
            "tw-pdpa/period": "no period or criterion: missing",
            "tw-pdpa/area": "no place: missing",
            "tw-pdpa/recipients": "「本網站委託第三方提供客服或技術支援服務」 (73): a kind of body entrusted (customer-service / technical-support providers)",
            "tw-pdpa/methods": "「使用加密技術，確保您的個人資料傳輸的安全性」 (84) is transmission security, no means of use: missing",
            "tw-pdpa/rights": "the Art. 3 rights granted (91) with 「透過本網站的客服信箱提出申請」 (93-94)",
            "tw-pdpa/source": "debatable: the Google account data is what 「您使用 Google 登入本網站時所提供」 (53-54), framed as given by the person: n/a",
        },
    },
    {
        "name": "baowenmao-zh",
        "split": "holdout",
        "file": "baowenmao-zh/MPrivacyPolicyPage.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React Router mobile page `MPrivacyPolicyPage` of 爆文猫写作, an AI writing app of 数龙信息技术（浙江）有限公司; `<p>` per paragraph, bold `<strong>` runs)",
            "commit": "index id 52058395528",
            "stored": INDEX_NO_REPO + "; 7,355 characters, LF, final newline; checked against total_chars",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [31, 167, 168, 171],
                "purposes": [57, 66, 76, 79, 86, 92, 95, 102, 121],
                "methods": [49, 60, 63, 86, 92, 102, 114, 121, 142],
                "categories": [57, 60, 63, 76, 92, 102, 104, 105, 121],
                "retention": M,
                "rights": M,
                "sensitive-necessity": Q,
                "minors": [155],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [31, 167, 168, 171],
                "functions": [54, 57, 60, 63, 73, 76, 92, 114, 121],
                "sensitive-marked": Q,
                "methods": [49, 51, 60, 63, 83, 86, 92, 102],
                "retention": M,
                "cross-border": M,
                "sharing": [114, 131, 134],
                "transfer": M,
                "public-disclosure": M,
                "access": [146, 147],
                "correct": [146, 147],
                "delete": [146, 148],
                "close-account": [150],
                "withdraw-consent": [146, 149],
                "copy": M,
                "effect-of-not-providing": [69, 107],
                "security": [142],
                "complaint": [165, 167, 169],
            },
        },
        "notes": {
            "cn-pipl/processor": '「由数龙信息技术（浙江）有限公司（以下或简称"我们"）」 (31), e-mail and address (167-168), the company line (171)',
            "cn-pipl/retention": "「存储在服务器日志中」 (102) is a place; no period or criterion: missing",
            "cn-pipl/rights": "five rights listed (146-151) with no way in their section; the contact section is for 疑问、意见或建议 and complaints (165), not named for the rights: missing (the aizhulao-zh / yanyu-zh reading)",
            "cn-pipl/sensitive-necessity": "doubtful, not scored: the policy says it marks sensitive data in bold (45) and bolds most of what it collects (phone number, avatar, text, device identifiers), but none is a PIPL Art. 28 kind",
            "cn-pipl/minors": "「若您是未满 14 周岁的未成年，您应在取得监护人的同意的前提下阅读本政策…」 (155)",
            "cn-gbt35273/functions": "registration/login (57-63), 智能对话 (76), payment (114), feedback (121), device data for adaptation (92)",
            "cn-gbt35273/sensitive-marked": "doubtful, not scored (as cn-pipl/sensitive-necessity): if it applies, 45 covers it",
            "cn-gbt35273/methods": "「收集个人信息的主要来源有：您主动向我们提供的信息、我们在您使用本软件过程中获取的信息」 (49), 从移动运营商处获取 (60), 从第三方账号共享 (63), 3.2 我们主动收集 (83, 86), 权限 (92), cookies 自动收集 (102)",
            "cn-gbt35273/sharing": "关联公司 (131), 授权合作伙伴 (134), third-party payment institutions that collect device data (114)",
            "cn-gbt35273/transfer": "转让 only in the heading (124): missing",
            "cn-gbt35273/public-disclosure": "公开披露 only in the heading (124) and as a harm prevented (139): missing",
            "cn-gbt35273/close-account": "「4. 个人信息主体注销账户；」 (150) under 您的权利: the item's rule (the account's deletion granted under a rights heading)",
            "cn-gbt35273/withdraw-consent": "「3. 改变您授权同意的范围；」 (149) granted under 享有以下权利 (146)",
            "cn-gbt35273/effect-of-not-providing": "「如您不提供上述信息…将可能会影响…」 (69); cookies disabled at a cost (107)",
            "cn-gbt35273/security": "加密技术、匿名化处理 (142); 139 names risks, no technique",
            "cn-gbt35273/complaint": "「…或需投诉、举报的，可以通过以下方式与我们联系：」 (165) with e-mail (167) and a 15-day reply (169)",
        },
    },
    {
        "name": "deepclean-en",
        "split": "holdout",
        "file": "deepclean-en/PrivacyPolicyScreen.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React Native Paper screen of Deep Cleaning Hub, a cleaning-service booking app in Frankfurt; numbered section titles, bullet `<Text>` items with bold labels)",
            "commit": "index id 29601218773",
            "stored": INDEX_NO_REPO + "; 18,249 characters, LF, ends with two newlines; checked against total_chars",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [32, 285, 291, 294, 297],
                "dpo": M,
                "purposes": [87, 90, 93, 96, 99, 102, 105, 108, 140, 143, 146, 149],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [121, 140, 143, 146, 149, 165],
                "transfers": NA,
                "retention": [206],
                "rights": [181, 184, 187, 190, 248, 251, 254, 257],
                "withdraw-consent": [193, 238],
                "complaint": [260],
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "_profiles": "a German cleaning business with a GDPR section (246-260): eu-gdpr only",
            "eu-gdpr/controller": '「Welcome to Deep Cleaning Hub ("we," "our," or "us")」 (32), 「Company: Deep Cleaning Hub」 (285) with e-mail, phone, address (291-297)',
            "eu-gdpr/legal-basis": "debatable: 「By using Deep Cleaning Hub, you agree to the collection and use…」 (35) and 「you consent to our Privacy Policy」 (308) are acceptance by use, no basis named: missing",
            "eu-gdpr/recipients": "AWS hosting (121, 143), Twilio (146), Expo (149), service providers (165)",
            "eu-gdpr/transfers": "AWS, Twilio and Expo are named, but no country or transfer outside the EEA is stated: n/a",
            "eu-gdpr/retention": "'as long as necessary…' and 'within 30 days' after account deletion (206)",
            "eu-gdpr/withdraw-consent": "'Opt-out: Unsubscribe from promotional communications' (193) under 'You have the following rights' (181); push notifications disabled in settings (238)",
            "eu-gdpr/requirement": "nothing on whether the data is required or what follows if not given: missing",
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
            "file": f"eval/profiles51c/docs/{doc['file']}",
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
