#!/usr/bin/env python3
"""Hand annotations of eval/profiles54w in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by u54w by reading each document in full before any policylens run (blind on the base 735b9f5b and on the branch
as it stood after the profiles53q classes; one document held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles52b.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles54w/tools/annotate.py
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

STORED = INDEX_NO_REPO + "; {chars} characters, LF; written out character for character from read_file and checked against total_chars"

# 剧变时代AI (聚赢传媒有限公司), a React JSX page of the common template.
J_PROCESSOR = [27, 231, 233]
J_METHODS = [42, 53, 59, 62, 63, 64, 69, 84, 90]
J_CATEGORIES = [42, 53, 62, 63, 64]
Q_ABROAD = dict.fromkeys(ABROAD, Q)

# 黑匣子 (a flight-log app, React Native / Expo TSX; developer Zachary Liu) — held out.
H_PROCESSOR = [111, 112]
H_PURPOSES = [50, 52, 54, 61]
H_METHODS = [50, 56, 61, 89]

DOCS: list[dict] = [
    {
        "name": "jubian-zh",
        "split": "dev",
        "file": "jubian-zh/PrivacyPolicy.jsx",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a React JSX PrivacyPolicy page of 剧变时代AI, 聚赢传媒有限公司; the common 隐私政策 template with a 公司名称/产品名称/邮箱/地址 block)",
            "commit": "index id 26093312119",
            "stored": STORED.format(chars="9,894"),
        },
        "v": {
            "cn-pipl": {
                "processor": J_PROCESSOR,
                "purposes": [42, 59, 62, 63, 64, 69, 84, 90],
                "methods": J_METHODS,
                "categories": J_CATEGORIES,
                "retention": [135],
                "rights": [148, 154, 160, 166, 179, 185, 237],
                "sensitive-necessity": Q,
                "minors": [192, 195, 198],
                **Q_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": J_PROCESSOR,
                "functions": [42, 53, 59, 62, 63, 64, 69],
                "sensitive-marked": Q,
                "methods": J_METHODS,
                "retention": [135],
                "cross-border": [205, 208],
                "sharing": [100, 103, 104, 105],
                "transfer": [111, 114, 115],
                "public-disclosure": [121, 124, 125],
                "access": [154],
                "correct": [160],
                "delete": [166, 169, 170, 171, 172, 173],
                "close-account": [185],
                "withdraw-consent": [179],
                "copy": M,
                "effect-of-not-providing": [45, 179],
                "security": [132],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": '「聚赢传媒有限公司（以下简称"我们"或"公司"）」 (27), 公司名称 (231), 邮箱：privacy@jubianshidai.com (233)',
            "cn-pipl/purposes": "为便于我们为您提供服务 (42); 为向您提供更契合您需求的页面展示和搜索结果… (59) with the list (62-64, 64: 以便为您提供相关服务); 为提高…安全性 (69); cookies 为确保产品正常运转 (84); 网站信标 帮助我们了解…偏好 (90). Not 37 (a lead-in that names none)",
            "cn-pipl/methods": "您需要提供 (42), 您可能还需要提供 (53), 我们会收集…并将这些信息进行关联 (59), 接收并记录 (62), 自动收集…作为有关网络日志保存 (63), 记录 (64), 使用或整合 (69), Cookie (84), 网站信标和像素标签 (90)",
            "cn-pipl/categories": "手机号码、电子邮箱地址…账号、用户名和密码 (42), 项目信息、上传的素材 (53), 设备信息 (62), 日志信息 (63), 位置信息 (64)",
            "cn-pipl/retention": "「只会在达成本政策所述目的所需的期限内保留您的个人信息」 (135)",
            "cn-pipl/rights": "the rights (148-185) and the way: 您可以向我们提出删除个人信息的请求 (166), 您随时可注销 (185), 我们将在15个工作日内回复您的请求 (237) after the contact block",
            "cn-pipl/sensitive-necessity": "? — GPS位置 among the examples of 设备所在位置相关信息 (62) and 位置信息 (64): whether precise location is processed as sensitive data (行踪轨迹) is doubtful; the policy names none as sensitive",
            "cn-pipl/minors": "applies: children's data collected with parental consent (195); rules: parental consent for an account (192), use only as the law, the parents or the child's protection allow (195), deletion when collected without it (198)",
            "cn-pipl/abroad-recipient": "? (all five) — 「原则上…存储在中华人民共和国境内」 (205) then 「在获得您的授权同意后，您的个人信息可能会被转移到…境外管辖区」 (208), the template hedge: whether a transfer abroad is said to happen is doubtful (blind/profiles20 beigong-zh read it so; blind/profiles18 xclin-zh read it as a transfer)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor (地址：中国 is no address, the e-mail is the contact)",
            "cn-gbt35273/functions": "1.1 注册及登录 (42), 1.2 产品和服务 (53, 59, 62-64), 1.3 安全保障 (69), each with what it collects",
            "cn-gbt35273/sensitive-marked": "? — see cn-pipl/sensitive-necessity; 30's 「以粗体/粗体下划线标识的条款」 marks terms, not sensitive data",
            "cn-gbt35273/cross-border": "stored in China (205); may be transferred abroad with consent (208)",
            "cn-gbt35273/sharing": "3.1 共享 (100) with its cases: consent (103), the law (104), 授权合作伙伴 (105)",
            "cn-gbt35273/delete": "「您可以向我们提出删除个人信息的请求」 (166) with its cases (169-173)",
            "cn-gbt35273/copy": "nothing on a copy of one's data",
            "cn-gbt35273/effect-of-not-providing": "「如果您仅需使用浏览、搜索等基本服务，您不需要注册…及提供上述信息」 (45: the service works without the data); 「每个业务功能需要一些基本的个人信息才能得以完成」 (179). Not 30 (disagreeing with the policy, not withholding data)",
            "cn-gbt35273/security": "「我们已使用符合业界标准的安全防护措施…」 (132)",
            "cn-gbt35273/complaint": "? — 「如果您对本政策有任何疑问、意见或建议，通过以下方式与我们联系」 (228) + e-mail (233) + 15 working days (237): a contact for questions, not named a complaint channel",
        },
    },
    {
        "name": "jib-tw",
        "split": "dev",
        "file": "jib-tw/ContactView.vue",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a Vue contact page of jib interior, Jib 室內設計公司: a Google Form with a 個資聲明 beside the consent checkbox)",
            "commit": "index id 30420206160",
            "stored": STORED.format(chars="5,879"),
        },
        "v": {
            "tw-pdpa": {
                "agency": [100, 101],
                "purposes": M,
                "categories": [101, 102, 103],
                "period": M,
                "area": M,
                "recipients": M,
                "methods": M,
                "rights": Q,
                "effect-of-not-providing": M,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「Jib / 室內設計公司（以下統稱我們）」 (100-101, the name wrapped over two lines)",
            "tw-pdpa/purposes": "missing (debatable): 「為本服務之目的」 (101) names no purpose (which service is not said; the form is for inquiries)",
            "tw-pdpa/categories": "【姓名、電話、Email 或其他得以直接或間接識別您個人之資料】 (101-103)",
            "tw-pdpa/recipients": "nothing on who uses the data besides 我們; no denial of sharing either",
            "tw-pdpa/methods": "「存儲及處理」 (104) names no means",
            "tw-pdpa/rights": "? — the five rights (105-107) 「向我們行使」, no channel but the form itself: whether the contact form on the page is the way is doubtful",
            "tw-pdpa/effect-of-not-providing": "nothing said (the required fields and a disabled button are markup, not text)",
            "tw-pdpa/source": "n/a: collected from the person through the form",
        },
    },
    {
        "name": "heixiazi-zh",
        "split": "holdout",
        "file": "heixiazi-zh/privacy-policy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(an Expo / React Native privacy-policy screen of 黑匣子, a flight-log app; 高德地图 SDK card; 开发者：Zachary Liu)",
            "commit": "index id 44749354887",
            "stored": STORED.format(chars="7,823"),
        },
        "v": {
            "cn-pipl": {
                "processor": H_PROCESSOR,
                "purposes": H_PURPOSES,
                "methods": H_METHODS,
                "categories": [50, 52, 54, 79, 89],
                "retention": M,
                "rights": [96, 97, 98, 99],
                "sensitive-necessity": [50, 52, 56],
                "minors": [103],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": H_PROCESSOR,
                "functions": H_PURPOSES,
                "sensitive-marked": Q,
                "methods": H_METHODS,
                "retention": M,
                "cross-border": Q,
                "sharing": [61, 69, 91],
                "transfer": M,
                "public-disclosure": M,
                "access": [97],
                "correct": [97],
                "delete": [98],
                "close-account": Q,
                "withdraw-consent": [99],
                "copy": M,
                "effect-of-not-providing": [56],
                "security": M,
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "「开发者：Zachary Liu」 (111) + 电子邮件 (112); not 43 (「黑匣子（以下简称“我们”）」, the app defined as 我们: a product, PIPL Art. 73 makes the processor an organisation or a person)",
            "cn-pipl/purposes": "飞行记录及地图展示服务 (50), 用于记录起飞和降落地点 (52), 用于识别设备唯一性 (54), 为了实现高德地图定位及地图展示功能 (61)",
            "cn-pipl/methods": "收集 (50), the permission switched off in settings (56), the SDK collects (61), stored in the phone's local database (89)",
            "cn-pipl/categories": "位置信息, 设备信息 (50-54), the SDK's list (79), 起飞时间、坐标点、备注 (89)",
            "cn-pipl/retention": "nothing on how long",
            "cn-pipl/rights": "访问与更正 / 删除 / 撤回授权 with where (97-99) under the lead-in (96)",
            "cn-pipl/sensitive-necessity": "applies: location (起飞和降落地点, the SDK's 精确位置 79); necessity 用于记录起飞和降落地点 (52) and what refusing costs (56) — lenient, as blind/profiles20 beigong-zh",
            "cn-pipl/minors": "applies (under 14 with a guardian's consent); rules: consent, deletion when collected without it (103)",
            "cn-pipl/abroad-recipient": "n/a (all five): data on the phone; 高德 is a Chinese provider; nothing abroad",
            "cn-gbt35273/functions": "飞行记录及地图展示 with the data it needs (50-54), 地图定位 via the SDK (61)",
            "cn-gbt35273/sensitive-marked": "? — 位置信息 and 设备信息 are bold (52, 54) but the text never says bold marks sensitive data",
            "cn-gbt35273/cross-border": "? — 「核心飞行数据…主要存储在您的手机本地数据库中」 (89) gives one kind's main place; whether abroad is not said (the profile's convention: one kind kept locally says nothing of the rest)",
            "cn-gbt35273/sharing": "the 高德地图 SDK and its provider (61, 69), the sharing denial with consent (91)",
            "cn-gbt35273/close-account": "? — no account is mentioned (the app keeps a local flight log); whether the product has accounts is not said",
            "cn-gbt35273/effect-of-not-providing": "「您可以随时在系统设置中关闭位置权限，但这将导致记录功能无法使用」 (56)",
            "cn-gbt35273/security": "「会尽全力保护您的个人信息安全」 (43) names no measure",
            "cn-gbt35273/complaint": "? — 疑问、意见或建议 with the developer's e-mail (110-112)",
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
            "file": f"eval/profiles54w/docs/{doc['file']}",
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
