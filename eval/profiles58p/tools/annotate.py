#!/usr/bin/env python3
"""Hand annotations of eval/profiles58p in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m58p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 882e48f20; two documents held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles57p.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles58p/tools/annotate.py
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



# 蜂聚合 (zh-Hans React Native legal screen of an enterprise control-plane app; a short policy of JSX <P> children).
# 构妙 LiveCapture (zh-Hans Jetpack Compose dialogs; the policy is one Kotlin raw string, lines 247-313).
L_DATA = r(258, 261)
L_PERMS = r(296, 299)
# 科博名片 (zh-Hans WeChat mini-program Page; the policy is an HTML template literal, lines 30-107).
K_DATA = r(42, 48) + [54, 55]
K_PURPOSES = [55] + r(61, 65) + [71, 72]
# 下一站，晚安 (zh-Hans Android Activity in Java; parts of the policy are constants of another class, PrivacyDisclosure.*).
X_ID = [130, 145, 151, 167]
# 河北省青少年数字素养提升技能竞赛 (zh-Hans React page; the policy is HTML in template literals; contact slots; held out).
H_DATA = r(9, 12)
H_PURPOSES = r(9, 12) + r(16, 19)

DOCS: list[dict] = [
    {
        "name": "fengjuhe-zh",
        "split": "dev",
        "file": "fengjuhe-zh/LegalScreen.tsx",
        "source": _src("(a React Native LegalScreen.tsx of an agent-control-plane mobile app: 隐私政策 / 服务条款 / SDK 清单)", "67295847358", "3,802"),
        "v": {
            "cn-pipl": {
                "processor": [43, 58],
                "purposes": [52],
                "methods": [43, 48, 49, 50, 56],
                "categories": [48, 49, 50],
                "retention": [56],
                "rights": M,
                "sensitive-necessity": NA,
                "minors": M,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [43, 58],
                "functions": Q,
                "sensitive-marked": NA,
                "methods": [43, 48, 49, 50],
                "retention": [56],
                "cross-border": M,
                "sharing": [54],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "本应用由【蜂聚合智能科技有限公司】提供 (43): a company name in lenticular brackets (filled or to be confirmed); contact 58 is a dummy (privacy@example.com, 400-000-0000) — the name suffices for the item",
            "cn-pipl/purposes": "仅用于：身份核验、推送提醒、稳定性诊断、合规审计 (52)",
            "cn-pipl/methods": "仅在你主动登录后收集 (43), the three data groups (48-50), deleted or anonymised after 30/180 days (56)",
            "cn-pipl/rights": "missing: no right and no way to exercise one",
            "cn-pipl/minors": "missing: nothing on minors",
            "cn-pipl/abroad-recipient": "n/a: no sign of a transfer abroad (nothing on storage location either)",
            "cn-gbt35273/functions": "?: the data are grouped by kind (账号与身份 / 设备与诊断 / 使用日志, 48-50), the uses listed apart (52) — not per business function",
            "cn-gbt35273/cross-border": "missing: no storage location",
            "cn-gbt35273/sharing": "除依法配合执法机关外，我们不会向任何第三方共享 (54): a denial is the whole disclosure",
            "cn-gbt35273/close-account": "missing: 账号注销后 30 天内删除 (56) names closing an account as an event, not how to do it",
            "cn-gbt35273/security": "missing: 不含输入正文与凭据 (50) and anonymisation (56) are no security measures",
            "cn-gbt35273/complaint": "missing: 五、联系 gives mail and phone only",
        },
    },
    {
        "name": "livecapture-zh",
        "split": "dev",
        "file": "livecapture-zh/PrivacyAgreement.kt",
        "source": _src("(a Jetpack Compose PrivacyAgreement dialog file of 构妙 LiveCapture: com.livecompose.livecapture.features.privacy)", "60787534176", "9,931"),
        "v": {
            "cn-pipl": {
                "processor": [252, 312, 313],
                "purposes": r(134, 137) + L_DATA + L_PERMS,
                "methods": L_DATA + r(274, 276),
                "categories": L_DATA,
                "retention": [284, 285],
                "rights": r(289, 292),
                "sensitive-necessity": NA,
                "minors": [303],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [252, 312, 313],
                "functions": L_DATA + L_PERMS,
                "sensitive-marked": NA,
                "methods": L_DATA,
                "retention": r(274, 276) + [284, 285],
                "cross-border": [274, 275],
                "sharing": [153, 280, 281],
                "transfer": M,
                "public-disclosure": M,
                "access": [290],
                "correct": M,
                "delete": [291],
                "close-account": NA,
                "withdraw-consent": [292],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [279],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "构妙（以下简称\"我们\"） (252): the product name defined as 'we' (no company), with 邮箱 and 客服电话 (312-313; the phone is a dummy) — accepted as the named handler",
            "cn-pipl/purposes": "the dialog's permission list 用于… (134-137), each data kind's 用于/为… (258-261), 四、权限使用说明 (296-299)",
            "cn-pipl/methods": "通过相机获取…仅存储在您的设备本地 (258-261), 2.1 数据存储 (274-276)",
            "cn-pipl/retention": "在您主动删除前持续保留; 卸载应用将自动清除 (284-285)",
            "cn-pipl/rights": "三、您的权利 with in-app ways (289-292)",
            "cn-pipl/sensitive-necessity": "n/a: 不会收集您的通讯录、短信等敏感信息 (267); photos and sensor data stay on the device",
            "cn-pipl/abroad-recipient": "n/a: nothing leaves the device (274-275, 281)",
            "cn-gbt35273/cross-border": "仅存储在您的设备本地; 不使用任何云端存储服务 (274-275)",
            "cn-gbt35273/sharing": "不会收集、分享或出售 (153), 不包含任何第三方数据统计SDK (280), 不使用任何远程服务器通信 (281): denials are the whole disclosure",
            "cn-gbt35273/close-account": "n/a: no account",
            "cn-gbt35273/correct": "missing: only view, delete, withdraw",
            "cn-gbt35273/effect-of-not-providing": "missing: 是核心功能必需权限 (296) says the permission is needed, not what refusing does",
            "cn-gbt35273/complaint": "missing: 七、联系我们 is for 疑问 only",
        },
    },
    {
        "name": "kebo-zh",
        "split": "dev",
        "file": "kebo-zh/agreement.js",
        "source": _src("(a WeChat mini-program Page agreement.js of 科博名片 with 隐私政策 and 用户服务协议 as HTML template literals)", "56367498712", "7,042"),
        "v": {
            "cn-pipl": {
                "processor": [36, 106],
                "purposes": K_PURPOSES,
                "methods": [40, 52, 69, 77],
                "categories": K_DATA,
                "retention": [77],
                "rights": [91, 93, 94, 95],
                "sensitive-necessity": NA,
                "minors": [99],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [36, 106],
                "functions": [40] + K_DATA + [52],
                "sensitive-marked": NA,
                "methods": [40, 52, 69],
                "retention": [77],
                "cross-border": M,
                "sharing": [80, 82, 83, 84],
                "transfer": M,
                "public-disclosure": [80, 82],
                "access": [93],
                "correct": [93],
                "delete": [77, 94],
                "close-account": Q,
                "withdraw-consent": [95],
                "copy": M,
                "effect-of-not-providing": [74],
                "security": [88],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "本小程序由【科博名片开发者团队】（以下简称\"我们\"）运营 (36): a team name in brackets; 邮箱 (106)",
            "cn-pipl/purposes": "OpenID 用于区分用户身份 (55), 二、…目的 (61-65), the phone's uses (71-72)",
            "cn-pipl/methods": "您填写的信息 (40), 自动收集 (52), 自愿填写…并非通过微信授权接口自动获取 (69), stored in 腾讯微信云开发数据库 (77)",
            "cn-pipl/retention": "存储期限为您使用本小程序期间; deleted after 删除名片数据或注销账户 (77)",
            "cn-pipl/sensitive-necessity": "n/a: no sensitive kind (phone, address are ordinary)",
            "cn-pipl/abroad-recipient": "n/a: nothing suggests a transfer abroad",
            "cn-gbt35273/cross-border": "missing: 腾讯微信云开发数据库 (77) names the store, not where it is",
            "cn-gbt35273/public-disclosure": "名片上公开填写的信息会被展示 (82) under 五、信息的共享与披露 (80)",
            "cn-gbt35273/close-account": "?: 注销账户后…删除 (77) implies closing an account exists; no way is given",
            "cn-gbt35273/effect-of-not-providing": "不填写不影响其他功能的使用 (74)",
            "cn-gbt35273/complaint": "missing: 十、联系我们 is for 疑问或建议",
        },
    },
    {
        "name": "xiayizhan-zh",
        "split": "holdout",
        "file": "xiayizhan-zh/PrivacyActivity.java",
        "source": _src("(an Android PrivacyActivity.java of the Cocos game 《下一站，晚安》; several sections are constants of PrivacyDisclosure)", "71125415021", "9,983"),
        "v": {
            "cn-pipl": {
                "processor": X_ID,
                "purposes": [153],
                "methods": [153],
                "categories": [153],
                "retention": Q,
                "rights": [163],
                "sensitive-necessity": NA,
                "minors": Q,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": X_ID,
                "functions": [153],
                "sensitive-marked": NA,
                "methods": [153],
                "retention": Q,
                "cross-border": Q,
                "sharing": [158],
                "transfer": M,
                "public-disclosure": M,
                "access": [163],
                "correct": [163],
                "delete": [163],
                "close-account": NA,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": [151],
                "security": Q,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "游戏开发者小i工作室 (130), 小i工作室（以下称“我们”） (151), 开发者 + 联系邮箱 (145, 167; the mailbox looks like filler)",
            "cn-pipl/purposes": "游戏进度、设置等数据…用于继续游戏 (153); the SDK purposes are in PrivacyDisclosure.PRIVACY_SDK_SECTION (154), not in this file",
            "cn-pipl/retention": "?: 四、保存与保护 is the constant PRIVACY_STORAGE_SECTION (161); 153 says only where saves live",
            "cn-pipl/rights": "五、您的权利 (163): refuse, delete local saves, query/correct/delete via the third parties",
            "cn-pipl/minors": "?: 六、未成年人保护 is the constant PRIVACY_MINOR_SECTION (165)",
            "cn-pipl/abroad-recipient": "n/a: nothing in this file suggests a transfer abroad (the SDK list is a constant)",
            "cn-gbt35273/cross-border": "?: storage is a constant (161)",
            "cn-gbt35273/sharing": "三、共享与委托处理 (158) with the list constant (159)",
            "cn-gbt35273/close-account": "n/a: no account (local saves)",
            "cn-gbt35273/withdraw-consent": "?: 您可以拒绝本政策并退出应用 (163) is refusal, not withdrawal",
            "cn-gbt35273/effect-of-not-providing": "您可以选择不同意；在您同意前，我们不会启动游戏主进程 (151)",
            "cn-gbt35273/security": "?: the constant PRIVACY_STORAGE_SECTION (161)",
        },
    },
    {
        "name": "hebei-zh",
        "split": "holdout",
        "file": "hebei-zh/privacy.tsx",
        "source": _src("(a React PrivacyPage of a provincial youth digital-literacy contest platform; default HTML in template literals)", "61402284480", "2,707"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": H_PURPOSES,
                "methods": [11, 31],
                "categories": H_DATA + [42, 44],
                "retention": [22],
                "rights": r(24, 28) + [33],
                "sensitive-necessity": [11, 31],
                "minors": [42, 44, 45, 46, 47, 49],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": H_DATA,
                "sensitive-marked": [11, 31],
                "methods": [11, 31],
                "retention": [22],
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": [17, 31],
                "access": [25],
                "correct": [26],
                "delete": [27],
                "close-account": [27],
                "withdraw-consent": [28],
                "copy": [25],
                "effect-of-not-providing": Q,
                "security": [31, 44],
                "complaint": [33],
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 本平台 is the contest (河北省青少年数字素养提升技能竞赛, 6), no organiser named; the mailbox and phone are 【请平台运营方填写…】 slots (35-36)",
            "cn-pipl/purposes": "each kind's 用于… (9-12) and 二、信息处理目的 (16-19)",
            "cn-pipl/methods": "仅在赛事报名需要身份核验时收集 (11), 经您单独同意后收集 (31)",
            "cn-pipl/rights": "四、您的权利 (24-28) with 33 (contact to exercise them; its values are slots)",
            "cn-pipl/sensitive-necessity": "身份证号 marked 敏感个人信息 with its necessity (11, 31)",
            "cn-pipl/minors": "七、儿童个人信息保护 (42-49)",
            "cn-pipl/abroad-recipient": "n/a: nothing suggests a transfer abroad",
            "cn-gbt35273/identity-contact": "missing: no controller named; contact values are slots",
            "cn-gbt35273/sharing": "missing: nothing on sharing or entrusted processing",
            "cn-gbt35273/public-disclosure": "发布成绩、排名与获奖信息 (17); 身份证号 不会公开展示 (31)",
            "cn-gbt35273/effect-of-not-providing": "?: 学校/单位 选填 (12) and 如赛事不要求身份核验，您可以不提供 (31) say when data may be withheld, not the effect",
            "cn-gbt35273/security": "脱敏形式呈现 (31), 以加密形式保存 (44)",
            "cn-gbt35273/complaint": "疑问、意见或投诉…请通过以下方式联系我们 (33); the ways are slots (35-36)",
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
            "file": f"eval/profiles58p/docs/{doc['file']}",
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
