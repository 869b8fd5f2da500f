#!/usr/bin/env python3
"""Hand annotations of eval/profiles55p in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m55p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 7b47b97c; two documents held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles54q.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles55p/tools/annotate.py
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


# PhotoSpeak (a bilingual TS backend page: zh-Hans 16-69, English 73-126, the same nine sections; a line of either
# language is accepted).
PS_CATEGORIES = [24, 25, 26, 81, 82, 83]
PS_PURPOSES = [26, 31, 32, 83, 88, 89]
PS_RECIPIENTS = [25, 32, 33, 35, 36, 37, 44, 82, 89, 90, 92, 93, 94, 101]

# Trisage Marketing (English Next.js page of an Indian company).
T_PURPOSES = [50, 53, 54, 55, 56]

# Boraq (English React page; the body is the children of a layout component; held out).
B_PURPOSES = [52, 53, 54, 55, 56]

# GoFish (爆护) (a Kotlin Compose dialog and two raw-string documents; the policy 252-284, the agreement 221-250).
G_PURPOSES = [106, 111, 116, 262, 263, 264, 267, 268, 270]
G_CATEGORIES = [104, 106, 109, 111, 114, 116, 262, 263, 264]

DOCS: list[dict] = [
    {
        "name": "tomo-tw",
        "split": "dev",
        "file": "tomo-tw/page.tsx",
        "source": _src(
            "(a Next.js app/privacy/page.tsx of Tomo, a Taiwanese tutor-matching site: 隱私權政策與個資蒐集告知)", "69727887169", "5,761"
        ),
        "v": {
            "tw-pdpa": {
                "agency": Q,
                "purposes": r(33, 40),
                "categories": [44, 46, 47, 49, 50, 52, 53, 54],
                "period": [66, 69],
                "area": [66, 72],
                "recipients": [66, 75, 76, 77, 78],
                "methods": [82, 83, 84, 85],
                "rights": [117, 118, 120, 121, 122, 123, 124, 127, 128, 129, 155],
                "effect-of-not-providing": [58, 60, 61, 62, 101, 102],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "? — only the platform: 「Tomo（以下稱「本平台」）為家教媒合服務」 (24), a 個資聯絡窗口 e-mail (157-159); no company or person named (a brand keeping what is given to it: the rule may accept it, a reader would ask for the entity)",
            "tw-pdpa/purposes": "一、蒐集目的 (33-40)",
            "tw-pdpa/categories": "二、蒐集之個人資料類別 (44-54)",
            "tw-pdpa/period": "期間：自您同意起至您刪除帳號或本平台停止服務為止 (69)",
            "tw-pdpa/area": "地區：資料可能儲存於服務商營運所在地之資料中心 (72) — vague but answered",
            "tw-pdpa/recipients": "對象：本平台, Vercel, Neon, Google Gmail, Google Analytics, 依法令…之對象 (75-78)",
            "tw-pdpa/methods": "方式：透過本平台之網站功能…處理與利用; 公開檔案呈現給其他使用者; 通知以 Email 寄送 (82-85)",
            "tw-pdpa/rights": "七、當事人權利 with the five rights (118-124), the way (127: 來信下方聯絡窗口) and deadlines (127-129), the window (155)",
            "tw-pdpa/effect-of-not-providing": "三、不提供資料之影響 (58-62); the cookie line 停用將無法正常登入 (101-102)",
            "tw-pdpa/source": "n/a: all data is given by the person or recorded by the site",
        },
    },
    {
        "name": "xinsheng-zh",
        "split": "dev",
        "file": "xinsheng-zh/privacy_screen.dart",
        "source": _src(
            "(a Flutter privacy_screen.dart of the 「心声」 app: the policy as Text('…') literals with \\n escapes)", "53981741582", "4,165"
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [37, 46],
                "methods": [37, 55],
                "categories": [37],
                "retention": [55],
                "rights": [73, 108],
                "sensitive-necessity": NA,
                "minors": [91],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [37, 46],
                "sensitive-marked": NA,
                "methods": [37],
                "retention": [55],
                "cross-border": Q,
                "sharing": [64],
                "transfer": M,
                "public-disclosure": M,
                "access": [73],
                "correct": [73],
                "delete": [73],
                "close-account": [73],
                "withdraw-consent": [73],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [55],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: only the product 「心声」 (28); contact only through 意见反馈 in the app (108)",
            "cn-pipl/purposes": "三、信息的使用 (46); 用于优化服务 / 用于安全审计 in the list (37)",
            "cn-pipl/methods": "注册信息 (given at registration), 使用数据 (37); 加密存储, HTTPS, 访问控制 (55)",
            "cn-pipl/categories": "二、我们收集的信息 (37)",
            "cn-pipl/retention": "「4.4 数据保留：我们会在您注销账号后保留必要的数据以遵守法律义务」 (55): a criterion (legal duty), no period",
            "cn-pipl/rights": "六、您的权利 (73); the channel 意见反馈 (108)",
            "cn-pipl/sensitive-necessity": "n/a: nothing sensitive collected",
            "cn-pipl/minors": "八、未成年人保护 (91)",
            "cn-pipl/abroad-recipient": "n/a: nothing says data leaves the country",
            "cn-gbt35273/identity-contact": "missing (as processor)",
            "cn-gbt35273/functions": "注册 → 用户名、手机号、密码; 设备信息 用于优化服务; 日志 用于安全审计 (37); the uses (46)",
            "cn-gbt35273/methods": "注册信息 / 使用数据 (37) — collection at registration and in use, implied by the labels",
            "cn-gbt35273/cross-border": "? — 「4.1 存储位置：您的数据存储在安全的服务器上」 (55): a storage-location line that names no place",
            "cn-gbt35273/sharing": "五、信息共享 5.2 (64)",
            "cn-gbt35273/transfer": "missing: nothing on 转让",
            "cn-gbt35273/public-disclosure": "missing: nothing on 公开披露",
            "cn-gbt35273/access": "访问权 (73)",
            "cn-gbt35273/correct": "更正权 (73)",
            "cn-gbt35273/delete": "删除权 (73)",
            "cn-gbt35273/close-account": "注销账号权 (73)",
            "cn-gbt35273/withdraw-consent": "撤回同意权 (73)",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "missing: nothing on refusing",
            "cn-gbt35273/security": "4.2 加密措施, 4.3 访问控制 (55)",
            "cn-gbt35273/complaint": "? — 「如果您对本隐私政策有任何疑问或建议，请通过意见反馈功能与我们联系」 (108): a channel for questions, no 投诉 named (yinping-zh's convention)",
        },
    },
    {
        "name": "photospeak-bil",
        "split": "dev",
        "file": "photospeak-bil/legal.ts",
        "source": _src(
            "(a TypeScript backend module legal.ts of the PhotoSpeak iOS app: privacyHtml() returns the zh-Hans + English policy as HTML in a template literal)",
            "60995300303",
            "7,109",
        ),
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": PS_PURPOSES,
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": PS_RECIPIENTS,
                "transfers": M,
                "retention": [51, 53, 108, 110],
                "rights": [49, 51, 52, 53, 106, 108, 109, 110],
                "withdraw-consent": M,
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": [24, 81],
            },
            "us-ccpa": {
                "categories-collected": PS_CATEGORIES,
                "sources": [24, 25, 81, 82],
                "purposes": PS_PURPOSES,
                "sold-or-shared": [31, 88],
                "right-to-know": [52, 109],
                "right-to-delete": [51, 108],
                "right-to-correct": [52, 109],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [51, 52, 108, 109],
                "authorized-agent": M,
                "last-updated": [9, 17, 74],
            },
        },
        "notes": {
            "eu-gdpr/controller": "missing: only the app, 「PhotoSpeak 是一款…的应用」 (20) / 'PhotoSpeak helps…' (77), and an e-mail constant (10); no entity or person (buykop-en's convention: a brand with an e-mail is no controller)",
            "eu-gdpr/purposes": "三、我们如何使用这些信息 / 3. How we use it (31-32, 88-89); usage statistics only shown to you (26, 83)",
            "eu-gdpr/recipients": "Xiaomi MiMo and Aliyun DashScope receive learning content (25, 32-37, 82, 89-94); Aliyun hosts the account data (44, 101)",
            "eu-gdpr/transfers": "missing (applies): the account data is stored on servers in the People's Republic of China (44, 101), no safeguard",
            "eu-gdpr/retention": "deleted 7 days after account deletion (51, 108); local content cleared by uninstalling (53, 110)",
            "eu-gdpr/rights": "五、您的权利 / 5. Your rights (49-53, 106-110)",
            "eu-gdpr/source": "data received from Apple at Sign in with Apple (24, 81)",
            "us-ccpa/categories-collected": "二、我们收集的信息 / 2. Information we collect (24-26, 81-83)",
            "us-ccpa/sources": "Apple at sign-in, the person (phone, photos, recordings) (24-25, 81-82)",
            "us-ccpa/sold-or-shared": "'We don't sell or share it for marketing' (88); 「不会用于推送广告或第三方营销」 (31)",
            "us-ccpa/right-to-know": "查询 / 'Access' (52, 109)",
            "us-ccpa/right-to-delete": "注销账号 / 'Delete account' (51, 108)",
            "us-ccpa/right-to-correct": "更正 / 'correction' (52, 109)",
            "us-ccpa/how-to-submit": "in-app Account page and the e-mail (51-52, 108-109)",
            "us-ccpa/last-updated": "最后更新：${LAST_UPDATED} / 'Last updated: ${LAST_UPDATED}' (17, 74), the const '2026-05-05' (9)",
        },
    },
    {
        "name": "trisage-en",
        "split": "dev",
        "file": "trisage-en/page.tsx",
        "source": _src("(a Next.js app/privacy/page.tsx of Trisage Marketing Pvt Ltd, Noida, India)", "55897180855", "5,205"),
        "v": {
            "eu-gdpr": {
                "controller": [30, 77, 80, 81, 82, 83, 85],
                "dpo": [77],
                "purposes": T_PURPOSES,
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": M,
                "transfers": NA,
                "retention": M,
                "rights": M,
                "withdraw-consent": M,
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [37, 40, 41, 42, 43],
                "sources": [37, 43],
                "purposes": T_PURPOSES,
                "sold-or-shared": [63],
                "right-to-know": M,
                "right-to-delete": M,
                "right-to-correct": M,
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": M,
                "authorized-agent": M,
                "last-updated": [20],
            },
        },
        "notes": {
            "eu-gdpr/controller": '\'At Trisage Marketing Pvt Ltd ("we," "our," or "us")\' (30) with the postal address and e-mail under Contact Us (77-85)',
            "eu-gdpr/dpo": "'you may contact our Data Protection Officer at:' (77)",
            "eu-gdpr/legal-basis": "missing: no basis named ('with your consent' at 63 is about sharing)",
            "eu-gdpr/recipients": "missing: 'We only share information with your consent, to comply with laws…' (63) names no kind of recipient; 'third parties' (63) is bare",
            "eu-gdpr/transfers": "n/a: nothing on where data is stored or sent",
            "eu-gdpr/rights": "missing: no right is named",
            "eu-gdpr/automated-decisions": "missing: 'targeted advertising … based on your interests and location' (56) is profiling, not disclosed as such",
            "us-ccpa/sold-or-shared": "'We do not sell or rent your personal information to third parties for their marketing purposes without your explicit consent' (63)",
            "us-ccpa/last-updated": "'Last updated: June 11, 2026' (20)",
        },
    },
    {
        "name": "boraq-en",
        "split": "holdout",
        "file": "boraq-en/LegalPrivacy.jsx",
        "source": _src(
            "(a React LegalPrivacy.jsx of boraq.io: the policy is the children of a LegalLayout component, the date a prop)",
            "52705162691",
            "3,506",
        ),
        "v": {
            "eu-gdpr": {
                "controller": [40, 64],
                "dpo": [64],
                "purposes": B_PURPOSES,
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": M,
                "transfers": NA,
                "retention": M,
                "rights": M,
                "withdraw-consent": M,
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [44, 47, 48],
                "sources": [44, 48],
                "purposes": B_PURPOSES,
                "sold-or-shared": M,
                "right-to-know": M,
                "right-to-delete": M,
                "right-to-correct": M,
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": M,
                "authorized-agent": M,
                "last-updated": [16, 38],
            },
        },
        "notes": {
            "eu-gdpr/controller": '「Boraq ("we", "our", or "us")」 (40), a brand defined as we (the rule\'s round-6 form), with the e-mail legal@boraq.io (64)',
            "eu-gdpr/dpo": "'you may contact our Data Protection Officer at legal@boraq.io' (64)",
            "eu-gdpr/legal-basis": "missing: 'adhere strictly to GDPR and CCPA guidelines' (60) names no basis",
            "eu-gdpr/recipients": "missing: 'collected, used, and disclosed by Boraq' (40) names no recipient",
            "us-ccpa/sources": "'We collect information from you when you visit…, register…' (44); 'information that your browser sends' (48)",
            "us-ccpa/last-updated": "lastUpdated=\"October 1, 2026\" (38), shown by the layout's 'Last Updated: {lastUpdated}' (16)",
        },
    },
    {
        "name": "buyile-tw",
        "split": "holdout",
        "file": "buyile-tw/PrivacyView.vue",
        "source": _src(
            "(a Vue SFC PrivacyView.vue of 補亦樂乎, a Taiwanese cram-school review site: the seven sections are a const array of template literals rendered by v-for)",
            "60699081394",
            "4,154",
        ),
        "v": {
            "tw-pdpa": {
                "agency": Q,
                "purposes": [28, 29],
                "categories": [23, 24],
                "period": [28, 29],
                "area": [33, 34],
                "recipients": [33, 34],
                "methods": [24, 34],
                "rights": [43, 44, 49],
                "effect-of-not-providing": [39],
                "source": [19],
            },
        },
        "notes": {
            "tw-pdpa/agency": "? — only the site: 「補亦樂乎網站（以下稱「本平台」）」 (19, 78) with a contact e-mail; no company (tomo-tw's judgement)",
            "tw-pdpa/purposes": "三、資料使用目的與保存 (28-29)",
            "tw-pdpa/categories": "二、收集的資料 (23-24)",
            "tw-pdpa/period": "保存原則：服務營運必要期間內保存; 合理期間後刪除或去識別化 (29)",
            "tw-pdpa/area": "Google 可能於境外處理; 伺服器與資料庫可能位於境外雲端機房 (34)",
            "tw-pdpa/recipients": "主管機關 (law), Google Analytics (34)",
            "tw-pdpa/methods": "評價送出後由伺服器保存並經人工審核，通過後公開顯示 (24); IP 匿名化, not sent to the analytics tool (34) — debatable, accepted",
            "tw-pdpa/rights": "六、您的權利 (43-44): 查詢、更正、刪除、停止處理 with the e-mail; 七、聯絡我們 (49)",
            "tw-pdpa/effect-of-not-providing": "the cookie line 「拒絕 Cookie，但部分功能或統計可能因此受限」 (39) (profiles53q's convention)",
            "tw-pdpa/source": "applies and covered: 「政府公開資料中的補習班聯絡資訊係依各機關公開內容轉載」 (19) — data from public government sources",
        },
    },
    {
        "name": "gofish-zh",
        "split": "dev",
        "file": "gofish-zh/PrivacyDialog.kt",
        "source": _src(
            "(yangcy/gofish, a Jetpack Compose PrivacyDialog.kt: a consent dialog (buildAnnotatedString) and the 用户协议 and 隐私政策 as Kotlin raw strings; added after the first run as a second wave, annotated before its own run)",
            "66752253448",
            "10,261",
        ),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": G_PURPOSES,
                "methods": [111, 230, 262, 263, 264, 275],
                "categories": G_CATEGORIES,
                "retention": [230, 275],
                "rights": [273, 274, 275, 281, 282],
                "sensitive-necessity": Q,
                "minors": [241, 278],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": G_CATEGORIES,
                "sensitive-marked": Q,
                "methods": [106, 111, 262, 263, 264],
                "retention": [230, 275],
                "cross-border": Q,
                "sharing": [106, 111, 262, 263, 266, 267, 268, 270],
                "transfer": M,
                "public-disclosure": M,
                "access": [274],
                "correct": [274],
                "delete": [230, 275],
                "close-account": [275],
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [118],
                "security": [259, 264],
                "complaint": [281, 282],
            },
        },
        "notes": {
            "cn-pipl/processor": "? — 「GoFish (爆护)（以下简称“我们”）」 (259), a brand defined as 我们, with 邮箱 and the GitHub account yangcy (282-283); no company or person's name",
            "cn-pipl/purposes": "the dialog's 用于… (106, 111, 116) and 一、个人信息收集清单与使用目的 (262-264); the SDK uses (267-270)",
            "cn-pipl/methods": "collected by the Amap / Umeng SDKs (111, 262-263), kept on the device only (230, 264), deleted locally (275)",
            "cn-pipl/categories": "地理位置, 设备信息, 本地存储 (104-116); 精确位置信息, 设备序列号、Android ID、OAID, 渔获图片… (262-264)",
            "cn-pipl/retention": "kept on the phone until deleted; 清除应用数据或卸载应用，届时所有本地个人信息将彻底清除 (230, 275) — the ending event as a practice",
            "cn-pipl/rights": "三、您的权利 (273-275): view/edit in the app, delete, 注销 by clearing app data; the contact (281-282)",
            "cn-pipl/sensitive-necessity": "? — 精确位置信息 (262) is sensitive (行踪轨迹); the purpose is given (为了实现…我们需要获取), not the impact",
            "cn-pipl/minors": "the policy's 四、未成年人信息保护 (278: 监护人 … 请及时与我们联系) and the agreement's 「未满 18 周岁的未成年人…已获得监护人的同意」 (241) — debatable, accepted",
            "cn-pipl/abroad-recipient": "n/a: nothing leaves the country (local storage; Chinese SDKs)",
            "cn-gbt35273/identity-contact": "? (as processor)",
            "cn-gbt35273/sensitive-marked": "? — every category is in 【】 (262-264), the sensitive location among them; no mark says which are sensitive",
            "cn-gbt35273/cross-border": "? — records kept on the phone (230, 264): a storage place, no region named",
            "cn-gbt35273/sharing": "二、第三方 SDK 共享说明 (266-270); 由高德地图SDK提供 / 由友盟+SDK收集 (106, 111, 262-263)",
            "cn-gbt35273/transfer": "missing",
            "cn-gbt35273/public-disclosure": "missing",
            "cn-gbt35273/withdraw-consent": "missing: 「您可以选择拒绝」 (118) is refusing at the start, not withdrawing",
            "cn-gbt35273/effect-of-not-providing": "「您可以选择拒绝，但可能无法正常使用地图标记等核心功能」 (118)",
            "cn-gbt35273/security": "「采取相应安全保护措施」 (259), 「安全保存在您的设备中」 (264): generic, accepted",
            "cn-gbt35273/complaint": "「如对本政策有任何疑问、意见或投诉建议，请通过以下方式联系…邮箱」 (281-282)",
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
            "file": f"eval/profiles55p/docs/{doc['file']}",
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
