#!/usr/bin/env python3
"""Hand annotations of eval/profiles47 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document in full before any policylens run (only `policylens explain ITEM` and docs/profiles.md
were read, for the items' rules and conventions).  A list is a covered item (every line a reviewer accepts as its
citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).  Held out before any
run with `random.Random(47).sample(sorted(names), 2)`: ekabalance-en, cathaycentury-tw.

    python3 eval/profiles47/tools/annotate.py
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
        "name": "kuaigong-zh",
        "split": "dev",
        "file": "kuaigong-zh/PrivacyPolicyScreen.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React Native / Expo screen `PrivacyPolicyScreen` of 快工, a task and odd-job marketplace app in Xuzhou; `<Text style={styles.*}>` sections, list items as `• ` lines, a permission table of `<View>` rows)",
            "commit": "index id 53642680947",
            "stored": INDEX_NO_REPO + "; 13,861 characters, LF, final newline; checked against total_chars and a find_string offset (6,404)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [40, 245, 246, 248],
                "purposes": [56, 57, 58, 63, 73, 76, 77, 78, 86, 89, 90, 91, 107, 111, 120, 123, 124, 125, 261, 265, 269, 273],
                "methods": [53, 63, 68, 73, 86, 96, 101, 107, 120, 142, 172],
                "categories": [53, 56, 57, 58, 63, 66, 67, 68, 73, 86, 96, 99, 100, 101, 102, 107, 110, 111, 112],
                "retention": [212],
                "rights": [183, 188, 193, 198, 201, 202, 207, 212],
                "sensitive-necessity": M,
                "minors": [220, 223],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [40, 245, 246, 248],
                "functions": [51, 53, 56, 57, 58, 61, 63, 66, 67, 68, 71, 73, 76, 77, 78, 84, 86, 89, 90, 91, 94, 96, 99, 100, 101, 102, 105, 107, 110, 111, 112],
                "sensitive-marked": M,
                "methods": [53, 63, 68, 73, 86, 96, 101, 107],
                "retention": [212],
                "cross-border": M,
                "sharing": [138, 141, 142, 143],
                "transfer": [148, 151, 152],
                "public-disclosure": [157, 160, 161],
                "access": [186, 188],
                "correct": [191, 193],
                "delete": [196, 198, 201],
                "close-account": [202, 210, 212],
                "withdraw-consent": [205, 207],
                "copy": M,
                "effect-of-not-providing": [128],
                "security": [169, 172, 173, 174, 175],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「快工（以下简称「我们」）…」 (40): the app's name defined as 我们 (no company anywhere; the classes8 / u40v convention: a brand defined as 我们 names the processor), with 客服电话、客服邮箱、公司地址 (245-248)",
            "cn-pipl/purposes": "each datum's 「用于…」 (56-58), 「为了保障平台交易安全」 (63), location 「用于：」 with its items (73, 76-78), camera (86, 89-91), device data for account security (107, 111), local storage 「来：」 (120, 123-125), the permission table's 用途 (261-273)",
            "cn-pipl/methods": "collected at registration (53), real-name check through a third-party service (63, 68), after authorisation (73, 86), in trading (96), payment through a third-party platform (101), device data collected (107), local storage (120), shared with partners (142), encrypted storage (172)",
            "cn-pipl/categories": "the items under 1.1-1.6 (53-112)",
            "cn-pipl/retention": "debatable: no period is stated; 「账号注销后，我们将停止为您提供服务，并根据法律法规要求删除您的个人信息。」 (212) ends storage at the account's closing (kept while the account exists), as profiles46c machi-zh's 「注销账号后…删除」 was accepted: covered",
            "cn-pipl/rights": "「您对您的个人信息享有以下权利：」 (183) with a way for each: 个人中心 (188), 编辑资料 (193), 设置 (201), 客服 (202), 系统设置 (207), 设置 - 账号安全 (212)",
            "cn-pipl/sensitive-necessity": "ID number, face recognition (68), location (73) and payment data (101) are processed; 「为了保障平台交易安全，部分功能需要进行实名认证：」 (63) gives a reason but no effect on the person, and nothing says what refusing costs: missing",
            "cn-pipl/minors": "「若您是18周岁以下的未成年人…应事先取得您的家长或法定监护人的同意」 (220) and the guardian's part (223): minors are not excluded; guardian consent covers",
            "cn-pipl/abroad-recipient": "nothing about storage places or transfers abroad: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "each function subtitle with its lead-in and data: 1.1 账号注册与登录 … 1.6 设备信息 (51-112)",
            "cn-gbt35273/sensitive-marked": "ID number and face data collected (67-68), nothing marked as sensitive: missing",
            "cn-gbt35273/methods": "at registration (53), real-name check through a third party (63, 68), after the person authorises (73, 86), in trading (96), through a payment platform (101), device data collected (107)",
            "cn-gbt35273/retention": "as cn-pipl/retention (debatable)",
            "cn-gbt35273/cross-border": "no storage place, nothing on transfers: missing",
            "cn-gbt35273/sharing": "「我们仅在以下情况下共享您的信息：」 (138) with its items, partners by kind (142)",
            "cn-gbt35273/transfer": "(148) with its exceptions (151-152)",
            "cn-gbt35273/public-disclosure": "(157) with its exceptions (160-161)",
            "cn-gbt35273/access": "5.1 访问权 (186, 188)",
            "cn-gbt35273/correct": "5.2 更正权 (191, 193)",
            "cn-gbt35273/delete": "5.3 删除权 (196, 198, 201)",
            "cn-gbt35273/close-account": "「联系客服申请注销账号」 (202), 5.5 (210, 212)",
            "cn-gbt35273/withdraw-consent": "5.4: permissions withdrawn in the system settings (205, 207)",
            "cn-gbt35273/copy": "no copy or export: missing",
            "cn-gbt35273/effect-of-not-providing": "「您可以通过清除本地数据来删除这些信息，但这可能会影响您的使用体验。」 (128): local storage cleared at a cost (the u42w3 cookie convention); the (必填) marks (56-57) give no effect",
            "cn-gbt35273/security": "(169) with its items (172-175)",
            "cn-gbt35273/complaint": "「如果您对本隐私政策有任何疑问、意见或建议，可以通过以下方式联系我们：」 (242): 疑问、意见或建议 with a reply time is no complaint channel (u42w convention): missing",
        },
    },
    {
        "name": "gengxingqiu-zh",
        "split": "dev",
        "file": "gengxingqiu-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of 梗星球 / MemeChatAI, an AI meme app; a draft 'v0.1' with `<h2>`/`<h3>` sections and six tables; the e-mail and postal address are 「（待填写）」 slots)",
            "commit": "index id 55166029676",
            "stored": INDEX_NO_REPO + "; 10,911 characters, LF, final newline; checked against total_chars and a find_string offset (5,367)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [18, 361],
                "purposes": [33, 40, 41, 46, 47, 52, 53, 74, 83, 98, 104, 105, 109, 110, 114, 115, 119, 120, 124, 125, 145, 147, 148, 149],
                "methods": [49, 55, 61, 131, 134, 137, 140, 145, 155, 167, 168, 173, 174, 179, 180, 185, 186, 199, 202, 205, 230, 231, 233, 234, 328, 331],
                "categories": [32, 40, 46, 52, 61, 64, 67, 70, 79, 80, 88, 89, 90, 134, 137, 140],
                "retention": M,
                "rights": r(264, 266) + r(269, 271) + r(274, 276) + r(279, 281) + r(284, 286),
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [18, 361],
                "functions": [28, 40, 41, 46, 47, 52, 53, 60, 61, 64, 67, 70, 74, 77, 79, 80, 83, 86, 88, 89, 90, 104, 105, 109, 110, 114, 115, 119, 120, 124, 125],
                "sensitive-marked": Q,
                "methods": [49, 55, 61, 64, 70, 131, 134, 137, 140, 145],
                "retention": M,
                "cross-border": [328, 330, 331, 332],
                "sharing": [155, 167, 168, 169, 170, 173, 174, 175, 176, 179, 180, 181, 182, 185, 186, 187, 188] + r(402, 453),
                "transfer": [211, 213, 215],
                "public-disclosure": [220, 222, 223],
                "access": [264, 265, 266],
                "correct": [269, 270, 271],
                "delete": [274, 275, 276],
                "close-account": [274, 275, 276, 284, 285, 286],
                "withdraw-consent": [279, 280, 281],
                "copy": M,
                "effect-of-not-providing": [40, 41, 42, 43, 104, 105, 106],
                "security": [20, 230, 231, 232, 233, 234, 239, 240, 241, 247, 248, 249, 250],
                "complaint": [289, 290, 291, 380, 383, 386],
            },
        },
        "notes": {
            "_file": "a draft (「隐私政策 v0.1」, 「正式上线前必须经专业法务/合规评审」, 12-13, 460-461) judged as written; its e-mail and postal address are slots (357, 365)",
            "cn-pipl/processor": "debatable: 「梗星球（以下简称\"我们\"或\"平台\"）」 (18) names a product as 我们 (no company); the only real contact is the in-app feedback path 「App 内 → 设置 → 意见反馈」 (361), the e-mail and address are 「（待填写）」 slots: the brand convention with a path in the app as the contact: covered",
            "cn-pipl/purposes": "the 收集目的 column (33, 41, 47, 53 with their rows), 「用途」 after 2.2 and 2.3 (74, 83), the permission table's 用途 (98, 104-125), local storage 「来：」 (145, 147-149)",
            "cn-pipl/methods": "temporary collection at login (49), automatic collection (55, 131-140), collected when the AI feature is used (61), local storage (145), shared with the providers in the table (155-186), used only for the current request (199), published (202), used for recommendation (205), encrypted and masked (230-234), stored in mainland China (328, 331)",
            "cn-pipl/categories": "the table's 信息类型 (32, 40, 46, 52), 2.2-2.4 items (61-90), 2.6 (134-140)",
            "cn-pipl/retention": "no period and no criterion (「登录时临时收集」 (49) is no retention; 「立即封禁并删除数据」 (302) is for children's data found): missing",
            "cn-pipl/rights": "the rights table with 实现方式 per right (264-286); 投诉权 points to §十二",
            "cn-pipl/sensitive-necessity": "no PIPL Art. 28 kind is collected (phone, device data, content, chat messages); the security list calls the phone and the token 敏感 (231, 233) but that is about masking: n/a",
            "cn-pipl/minors": "debatable: 「未满 14 周岁的儿童不得使用本服务（如发现将立即封禁并删除数据）」 (302): children under 14 (Art. 31) are excluded and their data deleted when found (the profiles41c zhumeng-zh convention); guardian consent is asked only for 14-18 (305): n/a",
            "cn-pipl/abroad-recipient": "「我们不会将您的个人信息传输至境外」 (332), everything in mainland China: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor (debatable)",
            "cn-gbt35273/functions": "2.1 注册与登录 with its table (28, 40-53), 2.2 梗卡创作与发布 (60-74), 2.3 评分与评论 (77-83), 2.4 互动与社交 (86-90), the permission table (104-125)",
            "cn-gbt35273/sensitive-marked": "doubtful applicability: private chat messages (90) and tokens are sensitive under GB/T Annex B (通信内容, 网络身份标识), the policy names no Annex B kind as collected and marks nothing: ? (not scored)",
            "cn-gbt35273/methods": "临时收集 at login (49), 自动收集 (55, 131-140), collected when using the AI feature (61), what the person types in (64) or chooses to publish (70), local storage (145)",
            "cn-gbt35273/retention": "missing (as cn-pipl)",
            "cn-gbt35273/cross-border": "「主数据库部署在中国大陆境内的云服务器上」 (328), domestic nodes (330), all in mainland China (331), nothing sent abroad (332)",
            "cn-gbt35273/sharing": "the 共享方 table under 「我们不会向第三方共享您的个人信息，以下情况除外：」 (155-188) and the SDK appendix (402-453)",
            "cn-gbt35273/transfer": "(211) with its exceptions (213, 215)",
            "cn-gbt35273/public-disclosure": "(220) with its exceptions (222-223); the person's published cards (202) are the person's act",
            "cn-gbt35273/access": "访问权 row (264-266)",
            "cn-gbt35273/correct": "更正权 row (269-271)",
            "cn-gbt35273/delete": "删除权 row: 删除您的账号 through 设置 → 注销账号 (274-276)",
            "cn-gbt35273/close-account": "注销权 row (284-286, 「M2 实现」: a path given) and the deletion row (274-276)",
            "cn-gbt35273/withdraw-consent": "撤回同意 row: permissions closed in the device settings (279-281)",
            "cn-gbt35273/copy": "no copy or export: missing",
            "cn-gbt35273/effect-of-not-providing": "the 手机号码 row 「是（不提供则无法注册）」 (40-43); the network permission 「否（关闭后无法使用）」 (104-106)",
            "cn-gbt35273/security": "20, 5.1 and 5.2 lists (230-241), incident handling (247-250)",
            "cn-gbt35273/complaint": "「如您对我们的个人信息处理行为有任何投诉或举报，您可以向以下监管机构投诉：」 (380) with 网信办 and 工信部 sites (383, 386); the rights table's 投诉权 row (289-291)",
        },
    },
    {
        "name": "chengshang-zh",
        "split": "dev",
        "file": "chengshang-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `LegalPage` of 呈尚策划, a food-delivery shop operations agency; one page with a 隐私政策 card (four short `<h3>` sections) and a 服务条款 card, a 联系我们 card)",
            "commit": "index id 21511451771",
            "stored": INDEX_NO_REPO + "; 4,169 characters, LF, final newline; checked against total_chars and a find_string offset (210)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [39, 42, 43, 44, 45],
                "methods": [53],
                "categories": [29, 32, 33, 34],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [39, 42, 43, 44, 45],
                "sensitive-marked": NA,
                "methods": M,
                "retention": M,
                "cross-border": M,
                "sharing": [61, 64, 65, 66],
                "transfer": [61, 64, 65, 66],
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [50, 53, 54, 55, 56],
                "complaint": M,
            },
        },
        "notes": {
            "_file": "a privacy card (27-67) and a terms card (74-125) on one page, then one contact card (136-141); the page metadata (5-6) is no body text",
            "cn-pipl/processor": "debatable: 我们 is never defined; 呈尚策划 appears only in the page metadata (5-6) and in the terms' 「呈尚策划提供的服务包括…」 (79), never as the one who collects; a contact is given (139-141, the phone looks like a stand-in): missing (as profiles46 nenuauth-zh, a name never defined as 我们)",
            "cn-pipl/purposes": "「我们承诺仅将您的信息用于以下目的：」 (39) with its items (42-45)",
            "cn-pipl/methods": "debatable: only 「SSL加密传输」 (53) says how data is processed (the convention: sent over TLS is a processing method); 「我们仅收集为您提供服务所必需的信息」 (29) is a principle: covered at 53",
            "cn-pipl/categories": "(29) with its items (32-34)",
            "cn-pipl/retention": "nothing: missing",
            "cn-pipl/rights": "no right and no way to exercise one: missing",
            "cn-pipl/sensitive-necessity": "store data, sales data, contacts: n/a",
            "cn-pipl/minors": "nothing about children (a business-to-business service): n/a",
            "cn-pipl/abroad-recipient": "nothing: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor: missing",
            "cn-gbt35273/functions": "debatable: no per-function list; 「我们承诺仅将您的信息用于以下目的：」 (39) ties the data as a whole to named services (42-45), accepted as profiles46c zhijian-zh",
            "cn-gbt35273/sensitive-marked": "n/a",
            "cn-gbt35273/methods": "nothing on how data is collected (the terms' 「提供真实准确的店铺信息」 (104) is a customer's duty): missing",
            "cn-gbt35273/retention": "missing",
            "cn-gbt35273/cross-border": "missing",
            "cn-gbt35273/sharing": "「我们不会向第三方出售、交易或转让您的个人信息，除非：」 (61) with its exceptions (64-66): a denial with exceptions covers sharing",
            "cn-gbt35273/transfer": "转让 in the same sentence (61) with its exceptions",
            "cn-gbt35273/public-disclosure": "nothing: missing",
            "cn-gbt35273/access": "no rights at all: missing (access, correct, delete, close-account, withdraw-consent, copy)",
            "cn-gbt35273/effect-of-not-providing": "nothing: missing",
            "cn-gbt35273/security": "(50) with its items (53-56)",
            "cn-gbt35273/complaint": "「如对本政策和条款有任何疑问，请联系我们：」 (136): questions only: missing",
        },
    },
    {
        "name": "cathaycentury-tw",
        "split": "holdout",
        "file": "cathaycentury-tw/s05-consent.js",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a plain JavaScript IIFE of a clickable prototype for 國泰產險's 'flight delay' AI assistant; the PDPA notice of 國泰世紀產物保險股份有限公司 is a template literal `creditCopy` of `<p>` lines, shown in a sheet)",
            "commit": "index id 71640644133",
            "stored": INDEX_NO_REPO + "; 9,029 characters, LF, final newline; checked against total_chars and a find_string offset (5,050)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [70, 85],
                "purposes": [86],
                "categories": [87],
                "period": [95, 96],
                "area": [98],
                "recipients": [97],
                "methods": M,
                "rights": [77, 78, 79, 80, 81, 82, 83, 100, 101, 102, 103, 104, 105],
                "effect-of-not-providing": [106],
                "source": [88, 89, 90, 91, 92, 93, 94],
            },
        },
        "notes": {
            "_file": "prototype chrome (status bar, chat bubbles) around two notices: the consent sheet (70) and the insurer's Art. 8/9 notice (77-107)",
            "tw-pdpa/agency": "「國泰世紀產物保險股份有限公司（以下稱本公司）依據個人資料保護法…向台端告知下列事項」 (85); 「同意國泰產險將開始蒐集與處理你的個人資料」 (70)",
            "tw-pdpa/purposes": "「一、 蒐集之目的：辦理財產保險(093)…」 (86)",
            "tw-pdpa/categories": "「二、 蒐集之個人資料類別：包括但不限於姓名、身分證統一編號…」 (87)",
            "tw-pdpa/period": "「(一) 期間：因執行業務所必須及依法令規定應為保存之期間。」 (96), a criterion",
            "tw-pdpa/area": "「(三) 地區：上述對象所在之地區。」 (98): where the recipients above are (they include overseas branches): covered, as profiles44c",
            "tw-pdpa/recipients": "「(二) 對象：本(分)公司及本公司海外分支機構、…」 (97)",
            "tw-pdpa/methods": "「(四) 方式：合於法令規定之利用方式。」 (99) says only that the use is lawful: missing (profiles43c guanai-tw, profiles44c)",
            "tw-pdpa/rights": "the rights listed twice with ways: 各服務中心 or 客服專線 0800-212-880 (77-83); 「(二) 行使權利之方式：書面或其他日後可供證明之方式。」 (100-105)",
            "tw-pdpa/effect-of-not-providing": "「六、 台端不提供個人資料所致權益之影響：…可能婉謝承保、遲延或無法提供…」 (106)",
            "tw-pdpa/source": "「三、 個人資料之來源（個人資料非由當事人提供間接蒐集之情形適用）：」 (88) with six sources (89-94): applies and is covered",
        },
    },
    {
        "name": "ekabalance-en",
        "split": "holdout",
        "file": "ekabalance-en/PrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page `PrivacyPolicy` of EKA Balance, a wellness centre in Rubí, Barcelona; the controller and DPO are the same named person; GDPR Art. 6 bases as cards; the title and 'last updated' label are i18n keys)",
            "commit": "index id 52441862199",
            "stored": INDEX_NO_REPO + "; 21,567 characters, LF, ends with two newlines; checked against total_chars and a find_string offset (20,065)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [39, 43, 44, 48, 52, 56, 57],
                "dpo": [66, 71, 75, 79, 80, 85, 89, 293, 297, 301, 305, 309, 313],
                "purposes": [170, 172, 173, 174, 175, 182, 184, 185, 186, 187, 193, 195, 196, 197, 198, 204, 206, 207, 208, 209],
                "legal-basis": [164, 169, 170, 172, 173, 174, 175, 181, 182, 184, 185, 186, 187, 192, 193, 195, 196, 197, 198, 203, 204, 206, 207, 208, 209],
                "legitimate-interests": [203, 204, 206, 207, 208, 209, 211],
                "recipients": M,
                "transfers": NA,
                "retention": M,
                "rights": [89, 222, 228, 230, 231, 240, 242, 243, 244, 245, 251, 253, 254, 261, 265, 269, 273, 288],
                "withdraw-consent": [177, 243],
                "complaint": [320, 323, 324, 326, 328, 331],
                "requirement": M,
                "automated-decisions": [175],
                "source": NA,
            },
        },
        "notes": {
            "eu-gdpr/controller": "「Data Controller」 (39) with Name 「Olena Kucherova Dryzhak (EKA Balance)」 (43-44), address (48), phone (52), e-mail (56-57)",
            "eu-gdpr/dpo": "the DPO block (66-85) and 89; again under Contact Information (293-313)",
            "eu-gdpr/purposes": "the purposes listed under each basis (170-209)",
            "eu-gdpr/legal-basis": "「We process personal data based on the following legal grounds:」 (164) with each basis and its uses (169-209)",
            "eu-gdpr/legitimate-interests": "2.4 with its interests (203-209) and the balancing test (211)",
            "eu-gdpr/recipients": "no recipient or category of recipients anywhere (「share data」 in the opening, 32, names none): missing",
            "eu-gdpr/transfers": "nothing leaves Spain by the text: n/a",
            "eu-gdpr/retention": "no period and no criterion; 「Data retention obligations」 (198) is a legal obligation named, the right of access mentions 'retention periods' (231): missing",
            "eu-gdpr/rights": "access (228-231), erasure (240-245), portability (251-254) and the way: 「To exercise any of your rights, please contact us:」 (261) with e-mail, mail, phone (265, 269, 273); 89, 288",
            "eu-gdpr/withdraw-consent": "「You may withdraw your consent at any time without affecting the lawfulness…」 (177); 243",
            "eu-gdpr/complaint": "「…you have the right to lodge a complaint with the supervisory authority:」 (320) with the AEPD (323-328), 331",
            "eu-gdpr/requirement": "debatable: nothing says whether providing data is a statutory or contractual requirement or what happens if it is not given; 「Processing is necessary for:」 under 2.2 Contractual Necessity (182) is the legal basis: missing",
            "eu-gdpr/automated-decisions": "「We rely on your explicit consent for: … Automated decision-making and profiling activities」 (175): its existence is stated, no logic; the rule accepts a sentence that speaks of automated decision-making (u46w2): covered",
            "eu-gdpr/source": "everything is collected from the person by the text: n/a",
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
            "file": f"eval/profiles47/docs/{doc['file']}",
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
