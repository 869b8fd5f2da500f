#!/usr/bin/env python3
"""Hand annotations of eval/profiles48c in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run (a measure-only set; two documents held out by a seeded
draw, see README).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles48c/tools/annotate.py
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
        "name": "aipic-zh",
        "split": "dev",
        "file": "aipic-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js client page `PrivacyPage` of AI PIC CENTER, an AI image and video generator by 青海立乐科技有限公司; inline `style={{…}}` on every tag, the text in `<p>`/`<li>`)",
            "commit": "index id 32913524079",
            "stored": INDEX_NO_REPO
            + "; 16,573 characters, LF, final newline; checked against total_chars, the 16,000 page boundary and a find_string offset (15,390)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [86, 351, 354],
                "purposes": [113, 170],
                "methods": [113, 128, 137, 155, 170, 263, 264],
                "categories": [113, 128, 137, 138, 139, 140, 155],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": [310],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [86, 351, 354],
                "functions": [113, 128, 137, 138, 139, 140, 155],
                "sensitive-marked": M,
                "methods": [113, 128, 137, 155, 170],
                "retention": M,
                "cross-border": M,
                "sharing": [155, 197, 207, 208],
                "transfer": [224],
                "public-disclosure": [239],
                "access": [281, 290],
                "correct": [281, 291],
                "delete": [281, 292],
                "close-account": [281, 294],
                "withdraw-consent": [281, 293],
                "copy": [281, 295],
                "effect-of-not-providing": M,
                "security": [254, 263, 264, 265, 266],
                "complaint": [354, 361],
            },
        },
        "notes": {
            "cn-pipl/processor": '「青海立乐科技有限公司（以下简称"我们"）」 (86); 「公司名称：青海立乐科技有限公司」 (351) and 「联系邮箱：privacy@aipiccenter.com」 (354)',
            "cn-pipl/purposes": "「…以便创建您的账户并为您提供服务」 (113); the cookies 「为确保网站正常运转、为您获得更轻松的访问体验、向您推荐…」 (170)",
            "cn-pipl/methods": "collected at sign-up (113), what the person types and uploads (128, 137), at purchase (155: the payment itself by a payment institution), cookies on the device (170), SSL and de-identification (263, 264)",
            "cn-pipl/categories": "phone and e-mail (113); prompts, uploads, works, logs, device data (128, 137-140); order and payment method (155)",
            "cn-pipl/retention": "no period and no criterion anywhere: missing",
            "cn-pipl/rights": "「我们保障您对自己的个人信息行使以下权利：」 (281) with six rights (290-295), but no way to exercise them anywhere (the contact section is for 疑问、意见或建议): missing",
            "cn-pipl/sensitive-necessity": "debatable: 「我们不会收集或存储您的银行卡号、密码等敏感支付信息」 (155): no PIPL Art. 28 kind collected (order information and the payment method are no financial account): n/a",
            "cn-pipl/minors": "under 18 with the consent of parents or guardians (310): applies and covered",
            "cn-pipl/abroad-recipient": "nothing abroad: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "注册账户 → phone, e-mail (113); the generation service → prompts, uploads, works, logs, device (128, 137-140); 支付服务 → order, payment method (155)",
            "cn-gbt35273/sensitive-marked": "debatable: order information and payment method (155) are 交易和消费记录, personal property information in GB/T 35273 Annex B (the project's convention: payment data is a sensitive kind); the only 敏感 label is on what is not collected: applies and missing",
            "cn-gbt35273/methods": "sign-up (113), typed or uploaded (128, 137), purchase (155), cookies (170)",
            "cn-gbt35273/retention": "nothing: missing",
            "cn-gbt35273/cross-border": "no storage place anywhere (cookies on the device are none): missing",
            "cn-gbt35273/sharing": "「与我们的关联公司共享」 (207), 「与授权合作伙伴共享，如支付服务商、云服务提供商等」 (208) under the lead-in (197, worded 「我们会与第三方…共享…，但以下情况除外」); the payment by 第三方支付机构 (155)",
            "cn-gbt35273/transfer": "(224)",
            "cn-gbt35273/public-disclosure": "(239)",
            "cn-gbt35273/access": "「访问您的个人信息」 (290) under 「我们保障您…行使以下权利：」 (281)",
            "cn-gbt35273/correct": "(291)",
            "cn-gbt35273/delete": "(292)",
            "cn-gbt35273/close-account": "「注销账户」 (294) granted as a right under 「五、您的权利」 (the profile's convention: deleting or closing the account granted as a right under a rights heading counts); no way given",
            "cn-gbt35273/withdraw-consent": "「撤回同意」 (293) granted in the rights list",
            "cn-gbt35273/copy": "「获取个人信息副本」 (295)",
            "cn-gbt35273/effect-of-not-providing": "nothing: missing",
            "cn-gbt35273/security": "SSL, de-identification, access control and audit, assessments and penetration tests (263-266) under the lead-in (254)",
            "cn-gbt35273/complaint": "「…您还可以向网信、电信、公安及工商等监管部门进行投诉或举报」 with the 15-day reply (361), the e-mail (354)",
        },
    },
    {
        "name": "maidong-zh",
        "split": "holdout",
        "file": "maidong-zh/PrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page `PrivacyPolicy` (wouter, Tailwind) titled 隐私条款 of 脉动, a social app with posts and search; contact runyimacau@gmail.com; no company)",
            "commit": "index id 57474777399",
            "stored": INDEX_NO_REPO + "; 7,561 characters, LF, final newline; checked against total_chars and a find_string offset (7,468)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [38, 48, 53],
                "methods": [38, 43, 48, 53, 91],
                "categories": [38, 43, 48],
                "retention": M,
                "rights": [101, 104, 109],
                "sensitive-necessity": NA,
                "minors": [126],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [38, 43, 48],
                "sensitive-marked": NA,
                "methods": [38, 43, 48, 53],
                "retention": M,
                "cross-border": M,
                "sharing": [63, 68],
                "transfer": [73, 76, 77],
                "public-disclosure": [82, 85, 86],
                "access": [101, 104],
                "correct": [104, 109],
                "delete": [114],
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [56],
                "security": [91],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": '「脉动（以下简称"我们"）」 (28) is the app (「注册、登录脉动及相关服务」, 「脉动网站」) defined as 我们, with an e-mail only (142): no company, no developer (docs/profiles.md: an app defined as 我们 with no developer or company is no processor): missing',
            "cn-pipl/purposes": "「收集这些信息是为了帮助您完成注册」 (38), 「为了提供高效的搜索服务」 (48), 「为确保网站正常运转」 (53)",
            "cn-pipl/methods": "at sign-up (38), what is posted (43), search input and logs, some kept on the device (48), cookies (53), SSL and encryption (91)",
            "cn-pipl/categories": "phone, avatar, nickname, password, gender, birthday, region (38); posts (43); search keywords and logs (48)",
            "cn-pipl/retention": "「部分前述信息会暂时存储在您的本地存储设备之中」 (48) gives no period: missing",
            "cn-pipl/rights": "access with the way 「在个人中心执行此类操作」 (101, 104); correction by the same way (109); deletion requests (114) with no channel",
            "cn-pipl/sensitive-necessity": "a login password only (38): no sensitive kind (the convention: a login password was taken back as a sensitive kind): n/a",
            "cn-pipl/minors": "「若您是18周岁以下的未成年人…应事先取得您家长或法定监护人的书面同意」 (126)",
            "cn-pipl/abroad-recipient": "nothing abroad: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor: missing",
            "cn-gbt35273/functions": "注册、登录 (38), 信息发布 (43), 搜索功能 (48), each with its data",
            "cn-gbt35273/sensitive-marked": "as cn-pipl: n/a",
            "cn-gbt35273/methods": "(38, 43, 48, 53)",
            "cn-gbt35273/retention": "nothing: missing",
            "cn-gbt35273/cross-border": "one kind of data kept locally for a while (48) is no storage place: missing",
            "cn-gbt35273/sharing": "「我们不会与脉动以外的任何公司、组织和个人分享…，但以下情况除外：」 (63) with the affiliates (68)",
            "cn-gbt35273/transfer": "(73, 76, 77)",
            "cn-gbt35273/public-disclosure": "(82, 85, 86)",
            "cn-gbt35273/access": "(101, 104)",
            "cn-gbt35273/correct": "「访问或编辑您的账户中的个人资料信息」 (104); 「您有权要求我们做出更正」 (109)",
            "cn-gbt35273/delete": "「您可以向我们提出删除个人信息的请求」 (114)",
            "cn-gbt35273/close-account": "accounts exist; 「或您注销了账号」 (120) is a condition for deletion, no way to close: missing",
            "cn-gbt35273/withdraw-consent": "nothing: missing",
            "cn-gbt35273/copy": "nothing: missing",
            "cn-gbt35273/effect-of-not-providing": "debatable: cookies blocked at a cost, 「但如果您这么做，则需要在每一次访问我们的网站时亲自更改用户设置」 (56) (the cookies-at-a-cost convention; the cost here is inconvenience)",
            "cn-gbt35273/security": "SSL, HTTPS, encryption (91)",
            "cn-gbt35273/complaint": "「如果您对本隐私政策有任何疑问、意见或建议」 (139) with a reply time (145): no complaint (the convention): missing",
        },
    },
    {
        "name": "xingguang-zh",
        "split": "holdout",
        "file": "xingguang-zh/legal.js",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a WeChat mini-program page script `pages/legal/legal.js` of 星光映照, a tarot self-reflection mini program by 祁县天天开心商贸行(个体工商户); the user agreement and the privacy policy as `AGREEMENT` / `PRIVACY` objects of `chapters` with `{ type, text }` items and a `table` of `{ name, usage, required }` rows)",
            "commit": "index id 60266347692",
            "stored": INDEX_NO_REPO + "; 6,839 characters, LF, final newline; checked against total_chars and a find_string offset (5,929)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [115, 183, 101, 103],
                "purposes": r(123, 132) + [140, 141, 142],
                "methods": [126, 132, 140, 141, 142, 150],
                "categories": r(123, 132),
                "retention": [153],
                "rights": [159, 160, 161, 162],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [115, 183, 101, 103, 104],
                "functions": r(123, 132) + [140, 141],
                "sensitive-marked": M,
                "methods": [123, 124, 126, 132],
                "retention": [153],
                "cross-border": [151],
                "sharing": [132, 140, 141, 143],
                "transfer": M,
                "public-disclosure": M,
                "access": [159, 162],
                "correct": [162],
                "delete": [159, 160, 162],
                "close-account": M,
                "withdraw-consent": [161],
                "copy": [162],
                "effect-of-not-providing": [124],
                "security": [142, 150],
                "complaint": M,
            },
        },
        "notes": {
            "_document": "the file holds the user agreement (22-109) and the privacy policy (111-191); both are read as the page, the privacy object scored",
            "cn-pipl/processor": "debatable on the contact: 「祁县天天开心商贸行(个体工商户)（以下简称“我们”）」 (115), 「开发者：…」 (183; the agreement's 101, 103); the contact items come from a config (`buildContactItems`, 14-20) and fall back to 「可通过小程序内反馈渠道联系我们」 (18), an in-app feedback channel: accepted",
            "cn-pipl/purposes": "the `usage` values of the collection table (123-132); AI, payment and storage items (140-142)",
            "cn-pipl/methods": "uploads (126), read on the device only (132), sent to DeepSeek (140), payment by WeChat Pay (141), encrypted server database (142), HTTPS/TLS (150)",
            "cn-pipl/categories": "the table's `name` values (123-132)",
            "cn-pipl/retention": "「您的个人数据保存期限为账号存续期间；您注销账号或要求删除后…删除或匿名化处理」 (153)",
            "cn-pipl/rights": "view and delete in 「我的」 (159), deletion through customer service (160), withdrawal (161), the PIPL rights (162) under 「四、您的权利」",
            "cn-pipl/sensitive-necessity": "debatable: orders and payment status (131), the card data not collected (141): no PIPL Art. 28 kind: n/a",
            "cn-pipl/minors": "「本产品面向成年人用户…我们不会主动收集未成年人的个人信息，如发现误收集，将及时删除。」 (168): not meant for minors, collected by mistake deleted: n/a",
            "cn-pipl/abroad-recipient": "「服务器位于中国大陆境内」 (151); DeepSeek is a Chinese provider: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor (and 统一社会信用代码 104)",
            "cn-gbt35273/functions": "the table ties each kind of data to its use (123-132); the AI reading sends the question and spread (140); payment (141)",
            "cn-gbt35273/sensitive-marked": "debatable: orders with amounts and payment status (131) are 交易和消费记录 (GB/T Annex B; the project's payment-data convention): applies, nothing marked: missing",
            "cn-gbt35273/methods": "the WeChat OpenID at login (123), what the person provides or not (124), uploads (126), read on the device, statistics collected by the WeChat platform (132)",
            "cn-gbt35273/retention": "(153)",
            "cn-gbt35273/cross-border": "(151)",
            "cn-gbt35273/sharing": "DeepSeek (140), WeChat Pay (141), the WeChat platform's statistics (132), 「除法律法规要求或经您单独同意外，我们不会向任何第三方出售、共享」 (143)",
            "cn-gbt35273/transfer": "nothing: missing",
            "cn-gbt35273/public-disclosure": "nothing: missing",
            "cn-gbt35273/access": "「查看」 (159), 「查阅」 (162)",
            "cn-gbt35273/correct": "「更正」 (162)",
            "cn-gbt35273/delete": "(159, 160, 162)",
            "cn-gbt35273/close-account": "「您注销账号或要求删除后」 (153) is a condition, no way to close: missing",
            "cn-gbt35273/withdraw-consent": "「您可以随时撤回授权、取消订阅消息」 (161)",
            "cn-gbt35273/copy": "「复制」 among the granted PIPL rights (162)",
            "cn-gbt35273/effect-of-not-providing": "「您不提供时可使用默认昵称」 (124)",
            "cn-gbt35273/security": "encrypted database (142), HTTPS/TLS (150)",
            "cn-gbt35273/complaint": "「如有隐私相关问题，请联系我们」 (182) with a reply time (185): no complaint: missing",
        },
    },
    {
        "name": "yusheng-tw",
        "split": "dev",
        "file": "yusheng-tw/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of 羽升幸福養成學院 CHG2ASC ACADEMY, paid courses; one `prose` block of `<h2>`/`<h3>`/`<p>`)",
            "commit": "index id 62506014517",
            "stored": INDEX_NO_REPO + "; 2,894 characters, LF, final newline; checked against total_chars and a find_string offset (1,759)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [19],
                "purposes": [19, 20, 25, 29],
                "categories": [19, 20, 31],
                "period": [33],
                "area": [33],
                "recipients": [27, 33],
                "methods": M,
                "rights": [35, 37, 38, 39, 40, 41, 43],
                "effect-of-not-providing": [25, 44],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "debatable: 「「羽升幸福養成學院 CHG2ASC ACADEMY」（以下稱「本學院」）…可能蒐集您的…」 (19): an academy (a body, not a site or product) named as the collector, no company: covered",
            "tw-pdpa/purposes": "the purposes in 19, traffic analysis (20), cookies (25), the statutory list (29)",
            "tw-pdpa/categories": "(19, 20, 31)",
            "tw-pdpa/period": "「(1) 期間：會員當事人要求停止使用或本學院停止提供服務之日為止。」 (33)",
            "tw-pdpa/area": "「(2) 地區：會員之個人資料將用於台灣地區。」 (33)",
            "tw-pdpa/recipients": "debatable: 「都僅供本學院於其內部…否則不會將資料提供給第三人」 (27): the academy alone, nothing given to others but by law or notice (the annotators' rule: a statement that nothing is shared states the recipients); the 利用對象 label (33) whose value lists the academy's own uses",
            "tw-pdpa/methods": "debatable: 「利用對象及方式：…用於本學院之會員管理…」 (33) gives uses, not means; 「透過本平台之系統機制，記錄…」 (20) is how logs are recorded, not the means of use: missing",
            "tw-pdpa/rights": "the five rights (35-41) and 「如欲行使上述權利請透過本學院客服（service@chg2asc.com）連絡進行申請」 (43)",
            "tw-pdpa/effect-of-not-providing": "「如拒絕提供加入會員所需必要之資料，將可能導致無法享受完整服務…」 (44); cookies blocked 「可能造成…受到限制」 (25)",
            "tw-pdpa/source": "nothing from others: n/a",
        },
    },
    {
        "name": "ccbaby-tw",
        "split": "dev",
        "file": "ccbaby-tw/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of 熙熙初日｜日系選物店, an online shop for baby goods (ccbabylife.com, 統一編號 60766849); the date in `const LAST_UPDATED`)",
            "commit": "index id 53228703084",
            "stored": INDEX_NO_REPO + "; 4,927 characters, LF, final newline; checked against total_chars and a find_string offset (2,023)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [23, 165, 166],
                "purposes": [49, 62, 63, 64, 65, 66, 67, 68],
                "categories": [37, 40, 41, 44, 45, 48, 52, 53, 56],
                "period": [75, 76, 77],
                "area": [73, 74],
                "recipients": [80, 84, 85, 88, 89, 92, 93, 96, 97, 99, 111],
                "methods": M,
                "rights": [119, 121, 122, 123, 124, 125, 128, 129, 130],
                "effect-of-not-providing": [115],
                "source": [41, 45, 152, 153],
            },
        },
        "notes": {
            "tw-pdpa/agency": "debatable: 「熙熙初日｜日系選物店（以下簡稱「本店」）」 (23), a shop (a business, not a site) with its 統一編號 under 聯繫資訊 (165-166): covered",
            "tw-pdpa/purposes": "the items under 「三、資料蒐集之目的」 (62-68); the baby data 「僅用於商品推薦與通知」 (49)",
            "tw-pdpa/categories": "the labelled list under 「二、蒐集之個人資料項目」 (37-56)",
            "tw-pdpa/period": "「資料保存期間為您與本店往來關係存續期間，並於您主張刪除或法定保存期間屆滿後刪除（…5 年…）」 (75-77)",
            "tw-pdpa/area": "「本店個人資料儲存與處理伺服器位於 美國 / 新加坡（Supabase 所在區域）與 台灣（部份備援）」 (73-74)",
            "tw-pdpa/recipients": "payment, logistics, messaging and analytics providers, each named (80-97); authorities on a formal request (99); Google Analytics for cookies (111)",
            "tw-pdpa/methods": "debatable: no means of use (自動化/電子/書面) anywhere; HTTPS and bcrypt (138-139) are transmission and storage: missing",
            "tw-pdpa/rights": "the Art. 3 rights (119-125) and 「欲行使上述權利，請來信 hello@ccbabylife.com 或私訊本店 LINE 官方帳號。本店將於 30 日內回覆。」 (128-130)",
            "tw-pdpa/effect-of-not-providing": "「您可以透過瀏覽器設定停用 Cookie，但某些功能（如購物車、登入）將無法正常運作。」 (115) (the cookies-at-a-cost convention)",
            "tw-pdpa/source": "debatable: data on other people is collected: the recipient's name and phone 「若與訂購人不同」 (45) from the orderer, the baby's age or birth month, 「屬該未成年寶寶之資料」 given by the member (152-153), the LINE User ID and Google account name at a LINE or Google login (41): applies; the source is named (the orderer, the member as parent, LINE, Google): covered",
        },
    },
    {
        "name": "scoreboard-en",
        "split": "dev",
        "file": "scoreboard-en/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPolicyPage` of Scoreboard Manager, a hosted scoreboard service that is also AGPL software; EEA/UK, Canada and US-state sections)",
            "commit": "index id 1805400659",
            "stored": INDEX_NO_REPO
            + "; 12,141 characters, LF, final newline; checked against total_chars and a find_string offset (5,780)",
            "licence": "AGPL-3.0-or-later (the file's header: 'Copyright (c) 2026 Scoreboard Manager contributors')",
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": [72, 75, 76, 77, 78, 79, 80, 81],
                "legal-basis": [88, 89, 90, 91],
                "legitimate-interests": [89, 90],
                "recipients": [136, 141, 142, 144],
                "transfers": M,
                "retention": [190, 191, 192],
                "rights": [112, 113, 114, 199, 202, 203, 204, 205],
                "withdraw-consent": [101, 206],
                "complaint": [114, 115],
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [48, 49, 52, 53, 54, 55, 56],
                "sources": [48, 49, 55],
                "purposes": [72, 75, 76, 77, 78, 79, 80, 81],
                "sold-or-shared": [126, 136],
                "right-to-know": [124, 125, 202],
                "right-to-delete": [124, 125, 204],
                "right-to-correct": [124, 125, 203],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [126, 127, 235, 236],
                "authorized-agent": M,
                "last-updated": [30],
            },
        },
        "notes": {
            "_profiles": "EEA/UK rights under the GDPR (109-115) and a US-state section (121-127): eu-gdpr and us-ccpa",
            "eu-gdpr/controller": 'debatable: \'Scoreboard Manager ("we", "our", or "us")\' (37) is the product styling itself as we (158: \'Scoreboard Manager is open source … You can self-host the software\'), no company or person anywhere (u47w2\'s convention: a name that styles itself as the product is no controller): missing',
            "eu-gdpr/dpo": "nothing: missing",
            "eu-gdpr/purposes": "(72, 75-81)",
            "eu-gdpr/legal-basis": "contract, legitimate interests, consent, legal obligation (88-91)",
            "eu-gdpr/legitimate-interests": "'legitimate interests (to secure and improve the service)' (89-90)",
            "eu-gdpr/recipients": "'With service providers who help us operate the platform (hosting, authentication, email delivery, analytics)' (141-142) under 136; law and legal process (144)",
            "eu-gdpr/transfers": "debatable: '14. International Data Transfers': 'We may process and store information in countries where we or our service providers operate … laws that differ from your jurisdiction' (215-217): data goes to other countries (applies), no safeguard named: missing",
            "eu-gdpr/retention": "'as long as your account is active or as needed to provide the service' (190-192)",
            "eu-gdpr/rights": "the GDPR sentence (112-114); the list under '13. Your Rights' (199, 202-205)",
            "eu-gdpr/withdraw-consent": "'Withdraw consent for optional processing where applicable' (206); the Canadian sentence (101)",
            "eu-gdpr/complaint": "'You also have the right to lodge a complaint with your local data protection authority.' (114-115)",
            "eu-gdpr/requirement": "debatable: 'consent (for optional features)' (90) and 'optional processing' (206) say some processing is optional, but not which data is required or what follows if it is not given: missing",
            "eu-gdpr/automated-decisions": "nothing: missing",
            "eu-gdpr/source": "'information that you provide directly to us and information generated when you use the service' (48-49): nothing from others: n/a",
            "us-ccpa/categories-collected": "(48-49, 52-56)",
            "us-ccpa/sources": "'information that you provide directly to us and information generated when you use the service' (48-49); 'Communications you send to us' (55)",
            "us-ccpa/purposes": "(72, 75-81)",
            "us-ccpa/sold-or-shared": "'We do not sell personal information.' (126); 'We do not sell your personal information.' (136)",
            "us-ccpa/right-to-know": "'If you are a resident of certain U.S. states, you may have rights to access, correct, delete, or obtain a copy' (124-125); 202",
            "us-ccpa/right-to-delete": "(124-125; 204)",
            "us-ccpa/right-to-correct": "(124-125; 203)",
            "us-ccpa/right-to-opt-out": "debatable: 'to opt out of certain processing' (125-126) names no sale, sharing or advertising: missing",
            "us-ccpa/right-to-limit": "nothing: missing",
            "us-ccpa/non-discrimination": "nothing: missing",
            "us-ccpa/how-to-submit": "'To exercise your rights, contact us using the details below.' (126-127) and the e-mail (235-236)",
            "us-ccpa/authorized-agent": "nothing: missing",
            "us-ccpa/last-updated": "'Last updated: February 2026' (30)",
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
            "file": f"eval/profiles48c/docs/{doc['file']}",
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
