#!/usr/bin/env python3
"""Hand annotations of eval/profiles56q in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m56p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start cfcf1eb89; two documents held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles56p (Part B of m56p's brief: a final blind measure, nothing fixed from it).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles56q/tools/annotate.py
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


def r(a: int, b: int) -> list[int]:
    """The lines a..b (both included)."""
    return list(range(a, b + 1))


NA_ABROAD = dict.fromkeys(ABROAD, NA)

STORED = INDEX_NO_REPO + "; {chars} characters, LF; written out character for character from read_file and checked against total_chars"


def _src(path: str, index_id: str, chars: str) -> dict[str, str]:
    return {
        "repo": "(not named by the index)",
        "licence": NONE,
        "path": path,
        "commit": f"index id {index_id}",
        "stored": STORED.format(chars=chars),
    }


# 文派 (zh-Hans React TSX: shadcn <Card> blocks).
W_CATEGORIES = [45, 46, 47, 53, 54, 55]
W_METHODS = [43, 45, 46, 47, 51, 53, 54, 55, 108, 141]

# 转蛋计分 (a WeChat mini-program page's JS: USER_AGREEMENT 3-26 and PRIVACY_POLICY 28-58 as template literals).
# 传记 (zh-Hans React JSX; held out).  Saif Trading Co (Hong Kong, English Next.js TSX).  MRONJ (Taiwan React Native; held out).

DOCS: list[dict] = [
    {
        "name": "wenpai-zh",
        "split": "dev",
        "file": "wenpai-zh/PrivacyPage.tsx",
        "source": _src("(a React PrivacyPage.tsx of 文派, an AI content-adaptation platform: shadcn <Card> blocks)", "38468973", "6,388"),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": [68, 69, 70, 71, 72, 73, 74, 141],
                "methods": W_METHODS,
                "categories": W_CATEGORIES,
                "retention": M,
                "rights": [122, 124, 125, 126, 127, 128, 129, 177, 181, 183],
                "sensitive-necessity": NA,
                "minors": Q,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [45, 46, 47],
                "sensitive-marked": NA,
                "methods": W_METHODS,
                "retention": M,
                "cross-border": M,
                "sharing": [47, 86, 90],
                "transfer": [93],
                "public-disclosure": M,
                "access": [124],
                "correct": [125],
                "delete": [126],
                "close-account": [126],
                "withdraw-consent": [129, 177],
                "copy": [128],
                "effect-of-not-providing": M,
                "security": [105, 108, 109, 110, 111],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": '? — 「文派（以下简称"我们"）」 (31): a brand defined as 我们, no company; e-mail (183)',
            "cn-pipl/purposes": "3. 信息使用目的 list (68-74); the cookie uses (141)",
            "cn-pipl/methods": "2.1 您主动提供的信息 / 2.2 自动收集的信息 with their items (43-55); encrypted storage (108); cookies (141)",
            "cn-pipl/categories": "注册/使用/支付信息, 设备信息, 使用数据, 技术信息 (45-55)",
            "cn-pipl/retention": "missing: no period or criterion",
            "cn-pipl/rights": "6. 您的权利 list (122-129) and 10. 联系我们 「…或需要行使您的权利，请通过以下方式联系我们」 + e-mail (177-183)",
            "cn-pipl/sensitive-necessity": "n/a: no sensitive data (payment handled by a third party)",
            "cn-pipl/minors": "? — 「我们的服务不面向13岁以下的儿童。如果我们发现收集了儿童的个人信息，将立即删除」 (153): the not-meant-for-children form, but at 13 (PIPL's line is 14: a 13-year-old is a child the policy does not bar)",
            "cn-pipl/abroad-recipient": "n/a: nothing said of abroad",
            "cn-gbt35273/functions": "注册信息：手机号、邮箱地址、用户名 / 使用信息 / 支付信息 (45-47): data labelled by the function that takes it — debatable, accepted",
            "cn-gbt35273/cross-border": "missing: no storage place",
            "cn-gbt35273/sharing": "与第三方服务提供商合作（如支付平台、云服务商） (90); 由第三方支付平台处理 (47)",
            "cn-gbt35273/transfer": "「在业务转让或合并时（会提前通知用户）」 (93)",
            "cn-gbt35273/close-account": "「删除您的账户和个人信息」 as a right (126)",
            "cn-gbt35273/withdraw-consent": "「撤回同意（在适用的情况下）」 in the rights list (129) with the way in 10. 联系我们 (177) — debatable, accepted",
            "cn-gbt35273/copy": "「数据可携带性（导出您的数据）」 (128)",
            "cn-gbt35273/effect-of-not-providing": "missing: 141 manages cookies with no cost stated",
            "cn-gbt35273/security": "5. 数据安全: 加密传输和存储, 权限, 应急响应 (105-111)",
            "cn-gbt35273/complaint": "missing: 联系我们 for 疑问 (177)",
        },
    },
    {
        "name": "zhuandan-zh",
        "split": "dev",
        "file": "zhuandan-zh/login.js",
        "source": _src(
            "(a WeChat mini-program login page's JS of 转蛋计分 (a card-game scorer): USER_AGREEMENT and PRIVACY_POLICY template literals shown in modals)",
            "51979420506",
            "5,698",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [8, 30, 35, 36, 37, 38],
                "methods": [7, 17, 30, 31, 46],
                "categories": [8, 29, 30, 31, 32],
                "retention": M,
                "rights": [19, 50],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [8, 30, 38, 42],
                "sensitive-marked": NA,
                "methods": [30, 31],
                "retention": M,
                "cross-border": Q,
                "sharing": [46],
                "transfer": M,
                "public-disclosure": Q,
                "access": M,
                "correct": M,
                "delete": [19, 50],
                "close-account": Q,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 「由开发者个人提供」 (4) names nobody; the only channel is 微信小程序反馈渠道 (56)",
            "cn-pipl/purposes": "openid 用于关联… (8), 用于身份识别 (30), 「收集的信息仅用于以下目的：」 + list (35-38)",
            "cn-pipl/methods": "微信授权登录 (7), openid 由微信平台提供 (30), 您主动设置的昵称和头像 (31), stored in WeChat cloud (17, 46)",
            "cn-pipl/categories": "openid, 昵称和头像, 牌局记录及积分数据 (29-32, 8)",
            "cn-pipl/retention": "missing",
            "cn-pipl/rights": "「如需删除账号数据，请联系开发者处理」 (19), 「如您希望删除本应用中的个人数据，请联系开发者」 (50): deletion with a way (contact the developer; the channel at 56) — debatable, accepted",
            "cn-pipl/minors": "n/a: 「本应用不针对未满14周岁的未成年人提供服务」 (53)",
            "cn-pipl/abroad-recipient": "n/a: Tencent Cloud, nothing abroad",
            "cn-gbt35273/identity-contact": "missing (as processor)",
            "cn-gbt35273/functions": "openid 用于关联牌局记录 (8), 用于身份识别 (30), 展示昵称和头像 in multiplayer games (38, 42)",
            "cn-gbt35273/methods": "由微信平台提供 (30), 您主动设置 (31)",
            "cn-gbt35273/cross-border": "? — 存储于腾讯云微信云开发平台 (46) / 微信云开发数据库 (17): a provider, no region",
            "cn-gbt35273/sharing": "stored on Tencent's 微信云开发平台 (46): entrusted storage with the provider named; 41/43 deny sharing with a bare 第三方",
            "cn-gbt35273/public-disclosure": "? — 「未经您明确同意，不会向任何第三方披露您的信息」 (43): a denial of 披露 with its exception, no 公开",
            "cn-gbt35273/access": "missing",
            "cn-gbt35273/correct": "missing",
            "cn-gbt35273/delete": "(19, 50)",
            "cn-gbt35273/close-account": "? — 「无需注册独立账号」 (7) (the rule's no-account form) yet 「如需删除账号数据，请联系开发者处理」 (19)",
            "cn-gbt35273/security": "missing: 受腾讯云安全体系保护 / 合理的安全措施 (46-47) name no measure",
            "cn-gbt35273/complaint": "missing: 反馈渠道 for 疑问 (56)",
        },
    },
    {
        "name": "saif-en",
        "split": "dev",
        "file": "saif-en/page.tsx",
        "source": _src(
            "(a Next.js app/privacy/page.tsx of Saif Trading Co, a Hong Kong gemstone trader, in English)", "71165602920", "4,555"
        ),
        "v": {
            "eu-gdpr": {
                "controller": [28, 71, 72, 73, 74],
                "dpo": [68],
                "purposes": [47],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": M,
                "transfers": NA,
                "retention": M,
                "rights": [61],
                "withdraw-consent": M,
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [35, 38, 39, 40],
                "sources": [35],
                "purposes": [47],
                "sold-or-shared": [47],
                "right-to-know": [61],
                "right-to-delete": M,
                "right-to-correct": [61],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [68, 72, 73, 74],
                "authorized-agent": M,
                "last-updated": [20],
            },
        },
        "notes": {
            "eu-gdpr/controller": 'Saif Trading Co ("we", "us", or "our") (28) with address, phone, e-mail (71-74)',
            "eu-gdpr/dpo": "「contact our privacy officer at:」 (68)",
            "eu-gdpr/purposes": "3. Purpose of Processing (47)",
            "eu-gdpr/recipients": "missing: only a denial of selling to third parties (47)",
            "eu-gdpr/transfers": "n/a: a Hong Kong business, nothing said of transfers",
            "eu-gdpr/rights": "'You have the right to request access to and correction of your personal data' (61)",
            "us-ccpa/sources": "'When you contact us … via our contact forms, email, or telephone, we collect:' (35)",
            "us-ccpa/sold-or-shared": "'We do not sell, rent, or trade your contact information to third parties.' (47)",
            "us-ccpa/how-to-submit": "'For any inquiries regarding this policy or your personal information, contact our privacy officer at:' with phone and e-mail (68-74) — debatable, accepted",
            "us-ccpa/last-updated": "Last updated: October 2026 (20)",
        },
    },
    {
        "name": "zhuanji-zh",
        "split": "holdout",
        "file": "zhuanji-zh/Privacy.jsx",
        "source": _src("(a React Privacy.jsx of a biography-keeping service 「记录生命，对抗遗忘」)", "5010895415", "3,024"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [18, 22, 29],
                "methods": [21, 23, 38, 39],
                "categories": [21, 22, 23],
                "retention": M,
                "rights": [51, 52, 53, 54],
                "sensitive-necessity": NA,
                "minors": [44],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [21, 22],
                "sensitive-marked": NA,
                "methods": [21, 23],
                "retention": M,
                "cross-border": [39, 47],
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": [51],
                "correct": [51],
                "delete": [52],
                "close-account": [54],
                "withdraw-consent": [53],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [38],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: no name at all; a QQ e-mail (59)",
            "cn-pipl/purposes": "为了向您提供…的服务，我们可能收集以下信息 (18); 用于实现亲属关系展示与共享 (22); 将用于创建、编辑和长期保存您的传记内容 (29)",
            "cn-pipl/methods": "您主动提供/上传 (21), 自动收集 (23), 加密传输 (38), stored on servers (39)",
            "cn-pipl/retention": "missing: 「尽量缩短保存期限」 (40) and 「长期保存您的传记内容」 (29) give no period or criterion",
            "cn-pipl/rights": "四、您的权利 (51-54); 注销 可通过联系邮箱申请 (54) gives the way",
            "cn-pipl/sensitive-necessity": "n/a: 「我们不主动收集未成年人敏感信息」 (44); biometrics only in a code comment (31)",
            "cn-pipl/minors": "「若您为未满14周岁的未成年人，请在监护人同意与指导下使用本服务」 (44)",
            "cn-pipl/abroad-recipient": "n/a: 「目前不进行个人信息跨境提供」 (47)",
            "cn-gbt35273/functions": "「您在注册、创建传记和使用服务时填写的个人资料（如姓名、联系方式）」 (21); 家族档案与共享功能 (22)",
            "cn-gbt35273/cross-border": "「目前不进行个人信息跨境提供」 (47); 遵守中国大陆适用法律法规 (39)",
            "cn-gbt35273/sharing": "missing: the family-sharing feature (22) is the user's own sharing; no recipient named",
            "cn-gbt35273/withdraw-consent": "「您可随时撤回对可选功能的授权」 (53)",
            "cn-gbt35273/security": "加密传输、访问控制与必要的备份机制 (38)",
        },
    },
    {
        "name": "mronj-tw",
        "split": "holdout",
        "file": "mronj-tw/consent.tsx",
        "source": _src(
            "(a React Native (Expo) consent screen 知情同意書 of a Taiwanese MRONJ risk-assessment app: data kept on the device)",
            "10973780185",
            "3,941",
        ),
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [22, 29],
                "categories": [22],
                "period": [36, 37],
                "area": Q,
                "recipients": Q,
                "methods": [28],
                "rights": [44],
                "effect-of-not-providing": M,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "missing: no name; 「聯絡開發者」 (53)",
            "tw-pdpa/purposes": "為提供顎骨失活風險評估功能 (22); 僅用於進行…風險估算與報告生成 (29)",
            "tw-pdpa/categories": "姓名、出生年月日、病史、用藥紀錄 (22)",
            "tw-pdpa/period": "kept on the device until the app or the PDF is deleted (36-37)",
            "tw-pdpa/area": "? — 僅儲存於您使用之手機裝置本地端 (36): the device as the place, no country",
            "tw-pdpa/recipients": "? — 「並未上傳至任何伺服器或第三方服務」 (28): no recipient, said",
            "tw-pdpa/methods": "「僅在您的裝置本地端暫存並使用」 (28) under 蒐集目的與使用方式 — local use as the means (like 僅在記憶體中使用) — debatable, accepted",
            "tw-pdpa/rights": "3. 使用者權利: stop, withdraw by deleting the app and PDF (44) — the way is deleting; no contact — debatable, accepted",
            "tw-pdpa/effect-of-not-providing": "missing",
            "tw-pdpa/source": "n/a",
        },
    },
    {
        "name": "chumian-zh",
        "split": "dev",
        "file": "chumian-zh/privacy_policy_page.dart",
        "source": _src(
            "(a Flutter privacy_policy_page.dart of 初眠AI (an AI chat app): twelve _buildSection(title, '…\\n\\n…') calls, one source line a section; second wave)",
            "66617048498",
            "8,543",
        ),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": [40, 44, 46, 48],
                "methods": [40, 44, 46, 48],
                "categories": [40, 48],
                "retention": [40, 52],
                "rights": [52, 60],
                "sensitive-necessity": Q,
                "minors": [54],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [40, 48],
                "sensitive-marked": Q,
                "methods": [40, 44, 46, 48],
                "retention": [40, 52],
                "cross-border": Q,
                "sharing": [44, 50],
                "transfer": M,
                "public-disclosure": M,
                "access": [52],
                "correct": [52],
                "delete": [52],
                "close-account": [52],
                "withdraw-consent": [48, 52],
                "copy": M,
                "effect-of-not-providing": [48],
                "security": [56],
                "complaint": [52, 60],
            },
        },
        "notes": {
            "cn-pipl/processor": '? — 「初眠AI（以下简称"我们"）」 (38): an app name defined as 我们 (「初眠AI团队 版权所有」, 76), no company; e-mail (60)',
            "cn-pipl/purposes": "二、信息收集 (each kind 用于…, 40), 联网搜索 (44), 本地存储 (46), 权限 (48)",
            "cn-pipl/methods": "当您注册账号时我们会收集 / 自动收集 (40), sent to a search engine (44), local storage (46), permissions (48)",
            "cn-pipl/categories": "账号信息, 聊天内容, 设备信息, 日志信息, 支付信息 (40); 语音 (48)",
            "cn-pipl/retention": "「并在您主动删除前保存在服务器上」 (40); 注销后删除或匿名化 (52)",
            "cn-pipl/rights": "八、用户权利 with paths (我的-个人资料), 注销, and 「如需行使上述权利，请通过本政策末尾的联系方式与我们联系…15个工作日内回复」 (52); contacts (60)",
            "cn-pipl/sensitive-necessity": "? — bank card numbers denied (40); voice recorded for recognition (48); children's information collected with a guardian's consent (54: under-14 data is sensitive under Art. 28) — no necessity/impact sentence",
            "cn-pipl/minors": "九、未成年人保护: guardian's consent and rules (54)",
            "cn-pipl/abroad-recipient": "n/a: nothing said of abroad",
            "cn-gbt35273/functions": "当您注册账号时 … 用于创建和管理您的账号 (40); 麦克风/相册权限 用于… (48)",
            "cn-gbt35273/sensitive-marked": "? (as sensitive-necessity)",
            "cn-gbt35273/cross-border": "? — 「这些数据仅存储在您的设备本地」 (46) for local data; chat kept 「在服务器上」 (40) with no place",
            "cn-gbt35273/sharing": "query sent to 第三方搜索服务提供商 (44); 委托…云服务提供商、支付处理商、搜索引擎 (50)",
            "cn-gbt35273/public-disclosure": "missing: 50 discloses on a legal demand, no 公开",
            "cn-gbt35273/withdraw-consent": "撤销上述权限 in system settings (48); 撤回同意 as a right with the way at the end of 八 (52)",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "「您可以拒绝该权限，拒绝后仅无法使用语音输入功能」 (48)",
            "cn-gbt35273/security": "十、数据安全: HTTPS/TLS, 加盐哈希, AES-256, 访问控制, 安全审计 (56)",
            "cn-gbt35273/complaint": "投诉权 (52); 向网信、公安、工商等监管部门进行投诉或举报 with the contacts (60)",
        },
    },
    {
        "name": "unimatch-en",
        "split": "dev",
        "file": "unimatch-en/Privacy.jsx",
        "source": _src("(a React Privacy.jsx of Unimatch, a Hong Kong dating app, in English; third wave)", "9043364593", "8,406"),
        "v": {
            "eu-gdpr": {
                "controller": [24, 32, 100, 135],
                "dpo": M,
                "purposes": [42, 50, 51, 52, 53, 54],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [68, 69, 70],
                "transfers": Q,
                "retention": [87],
                "rights": [94, 95, 96, 97, 100],
                "withdraw-consent": [96],
                "complaint": M,
                "requirement": [42, 121],
                "automated-decisions": M,
                "source": [43],
            },
            "us-ccpa": {
                "categories-collected": [39, 40, 41, 42, 43],
                "sources": [43],
                "purposes": [42, 50, 51, 52, 53, 54],
                "sold-or-shared": [73],
                "right-to-know": [94],
                "right-to-delete": [97],
                "right-to-correct": [95],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [100],
                "authorized-agent": M,
                "last-updated": [23],
            },
        },
        "notes": {
            "eu-gdpr/controller": 'Unimatch ("we", "us") (32), a brand defined as we (boraq-en\'s convention), with its e-mail (24, 100, 135)',
            "eu-gdpr/purposes": "3) Purposes of Use (50-54); location for nearby matching (42)",
            "eu-gdpr/legal-basis": "missing: 4) Legal Basis / DPP Alignment (60-61) gives the PDPO's data protection principles, no GDPR basis",
            "eu-gdpr/recipients": "Supabase, Apple App Store / Google Play, legal (68-70)",
            "eu-gdpr/transfers": "? — 'Where data is transferred or accessed outside Hong Kong (e.g., regional cloud infrastructure)' (80): a Hong Kong business; outside the EEA throughout, no country named",
            "eu-gdpr/retention": "'only for as long as necessary …; When you delete your account, we delete or anonymize data within a reasonable period' (87)",
            "eu-gdpr/rights": "8) Your Rights (94-97) and the way (100)",
            "eu-gdpr/withdraw-consent": "'Withdraw consent for optional processing (e.g., location).' (96)",
            "eu-gdpr/requirement": "location only 'if you grant permission' (42); 'some features may not function without essential tracking' (121) — debatable, accepted",
            "eu-gdpr/source": "'processed by Apple/Google; we receive tokens/receipts' (43): a named party as the source",
            "us-ccpa/sources": "tokens/receipts received from Apple/Google (43) — debatable, accepted",
            "us-ccpa/sold-or-shared": "'We do not sell personal data to third parties.' (73)",
            "us-ccpa/how-to-submit": "'To exercise rights, email base.unimatch@gmail.com.' (100)",
            "us-ccpa/last-updated": "Effective date: November 06, 2025 (23)",
        },
    },
    {
        "name": "course-tw",
        "split": "dev",
        "file": "course-tw/page.tsx",
        "source": _src(
            "(a Next.js app/privacy/page.tsx of a Taiwanese online-course site; neither the service nor the company is named; fourth wave)",
            "70983417592",
            "8,618",
        ),
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [64, 67, 68, 69, 70, 71, 72, 73, 74],
                "categories": [35, 40, 44, 48, 52, 56],
                "period": [130, 133, 134, 135, 138],
                "area": M,
                "recipients": [81, 86, 90, 94],
                "methods": M,
                "rights": [145, 148, 149, 150, 151, 152, 153, 156],
                "effect-of-not-providing": [119, 123],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "missing: 「本服務之資料控制者為本公司（以下統稱「我們」）」 (28) and 「本服務（以下簡稱「我們」）」 (22) name nobody",
            "tw-pdpa/purposes": "三、資料使用目的 list (64-74)",
            "tw-pdpa/categories": "二、我們收集的資料 (35-56)",
            "tw-pdpa/period": "六、資料保留期限: account life, statutory periods (五年), disputes; then deleted (130-138)",
            "tw-pdpa/area": "missing: 雲端主機 with no place (86); 台灣時間 is the service hours (207)",
            "tw-pdpa/recipients": "服務提供商 (雲端主機、電子郵件寄送、金流處理及數據分析服務商), authorities, an acquirer (81-94)",
            "tw-pdpa/methods": "missing",
            "tw-pdpa/rights": "七、您的權利 with the five rights (145-153) and 「如欲行使上述權利，請透過本網站之客服信箱提出申請…三十個工作日內」 (156)",
            "tw-pdpa/effect-of-not-providing": "「您可透過瀏覽器設定管理或刪除 Cookie，但部分功能可能因此受到影響」 (123); 119",
            "tw-pdpa/source": "n/a",
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
            "file": f"eval/profiles56q/docs/{doc['file']}",
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
