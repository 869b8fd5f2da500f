#!/usr/bin/env python3
"""Hand annotations of eval/profiles60q in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m60p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start d26958103; the secret final set of session 60, two documents held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles58p
and profiles59p (corrected conventions of profiles58q: minors n/a when the service says it is not for children or never
speaks of children; a bare 'we take security seriously' names no measure).  A list is a covered item (every line a
reviewer accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles60q/tools/annotate.py
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


def _repo(repo: str, path: str, commit: str, how: str) -> dict[str, str]:
    return {"repo": repo, "licence": NONE, "path": path, "commit": commit, "stored": how}

INDEX_REPO = "search-index text at the commit (read_file, written out character for character, total_chars {chars}; no snapshot fetched), LF"

# 云宽带隐私政策, first version (zh-Hans WXML; slots 400-XXX-XXXX at 367 and [公司地址] at 376).
W_DATA = [63, 70, 77, 84, 91, 98, 105]
# 面试准备盒 PrepBox (zh-Hans WXML).
P_DATA = [28, 31, 32, 36]
# 心流日程 (zh-Hans WXML, local only).
X_DATA = [10, 11, 12, 13, 14]
# 牌桌记分 (zh-Hans WXML, held out by the draw).
S_DATA = [15, 18, 21]
# Yooni 找房 (zh-Hans WXML, held out by the draw).
Y_DATA = [18, 20, 22, 24, 26, 28]
Y_RETAIN = r(46, 52)

DOCS: list[dict] = [
    {
        "name": "chmura-zh",
        "split": "dev",
        "file": "chmura-zh/privacy-policy.wxml",
        "source": _repo(
            "sxkvic/cloud_app",
            "pages/privacy-policy/privacy-policy.wxml",
            "c65f67a",
            "git show c65f67a:pages/privacy-policy/privacy-policy.wxml (fetched snapshot; the file's first version), byte for byte; 13,477 characters, LF",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": W_DATA + [110, 113, 116, 119, 122, 125, 128, 131],
                "methods": W_DATA + [171],
                "categories": [60, 63, 67, 70, 74, 77, 81, 84, 88, 91, 95, 98, 102, 105],
                "retention": M,
                "rights": [282, 287, 290, 293, 296, 301, 306, 326, 331],
                "sensitive-necessity": [54, 70, 98, 105],
                "minors": [339, 342, 345],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": W_DATA,
                "sensitive-marked": [67, 70, 95, 98, 102, 105],
                "methods": W_DATA + [171],
                "retention": M,
                "cross-border": M,
                "sharing": [187, 190, 193, 196, 199, 202, 205, 208],
                "transfer": [213, 216, 219],
                "public-disclosure": [224, 227, 230],
                "access": [285, 287, 290, 293, 296],
                "correct": [299, 301],
                "delete": [304, 306, 309, 312, 315, 318, 321],
                "close-account": [324, 326],
                "withdraw-consent": [105, 122],
                "copy": M,
                "effect-of-not-providing": [174],
                "security": [238, 241, 244, 247, 250, 253, 256, 259, 262, 265, 268],
                "complaint": [379],
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: only the product 云宽带 (15); the contact block is a slot 400 number (367), an in-app service (370), a made-up mailbox (373) and a [公司地址] slot (376)",
            "cn-pipl/purposes": "the use given with each datum (63-105) and 1.2 信息使用目的 (110-131)",
            "cn-pipl/methods": "微信登录时…收集 (63), 办理时…收集 (70), 自动收集 (91), Cookie (171)",
            "cn-pipl/categories": "1.1 我们收集的信息类型 (60-105)",
            "cn-pipl/retention": "missing: no period (326 deletes on closing only)",
            "cn-pipl/rights": "五、您如何管理您的个人信息 (282-331)",
            "cn-pipl/sensitive-necessity": "ID data needed by the real-name rules (70), transaction and location data marked sensitive (98, 105), the harm named in the definition (54)",
            "cn-pipl/minors": "under-18s need a parent's consent (339-345)",
            "cn-pipl/abroad-recipient": "n/a: nothing leaves China, nothing said either way",
            "cn-gbt35273/sensitive-marked": "（个人敏感信息） labels (67, 95, 102) and bold data (70, 98, 105)",
            "cn-gbt35273/withdraw-consent": "close the location permission (105), unsubscribe from marketing (122)",
            "cn-gbt35273/effect-of-not-providing": "如果停用Cookie…某些功能可能无法正常使用 (174)",
            "cn-gbt35273/security": "4.1 technical and 4.2 management measures (238-268)",
            "cn-gbt35273/complaint": "向网信、电信、公安及工商等监管部门进行投诉或举报 (379)",
        },
    },
    {
        "name": "prepbox-zh",
        "split": "dev",
        "file": "prepbox-zh/privacy.wxml",
        "source": _repo(
            "o0u0o/laitou-mini",
            "pages/privacy/privacy.wxml",
            "017aeb05540facf30e24cc7433fdda20ef9be233",
            INDEX_REPO.format(chars="6,100") + " (index id 59033660649)",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [28, 30, 31, 32, 36, 47, 48],
                "methods": [28, 31, 46],
                "categories": P_DATA,
                "retention": [67],
                "rights": r(73, 82),
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [27, 28, 30, 31, 32, 35, 36],
                "sensitive-marked": NA,
                "methods": [28, 31, 46],
                "retention": [67],
                "cross-border": [66],
                "sharing": [53, 54, 55],
                "transfer": [56],
                "public-disclosure": [57],
                "access": [75],
                "correct": [76],
                "delete": [77],
                "close-account": [79],
                "withdraw-consent": [78],
                "copy": [75],
                "effect-of-not-providing": M,
                "security": [68],
                "complaint": [81, 95, 96],
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 「个人信息保护负责人：本小程序运营者」 (94) names no one; contact is an in-app page (95)",
            "cn-pipl/methods": "openid exchanged through wx.login (28), 您主动填写 (31), wx.setStorage (46)",
            "cn-pipl/retention": "账号有效期内 / 90 日 / 6 个月 (67)",
            "cn-pipl/sensitive-necessity": "n/a: 2.4 denies every sensitive datum (39-40); 20 is a definition",
            "cn-pipl/minors": "n/a: 「本服务不面向未满 14 周岁的未成年人。我们不会有意收集」 (86), the profiles58q convention",
            "cn-pipl/abroad-recipient": "n/a: 不进行跨境传输 (66)",
            "cn-gbt35273/public-disclosure": "您主动公开: reviewed submissions shown to all users, contacts and openid not (57)",
            "cn-gbt35273/effect-of-not-providing": "missing: （必要）/（选填） labels (27, 32) say nothing of the effect; 14 is the policy-not-agreed clause",
            "cn-gbt35273/complaint": "投诉举报权 to regulators (81), 投诉与建议 in-app (95), 12321 (96)",
        },
    },
    {
        "name": "scorekeeper-zh",
        "split": "holdout",
        "file": "scorekeeper-zh/privacy.wxml",
        "source": _repo(
            "keepgoingwang/scorekeeper",
            "pages/privacy/privacy.wxml",
            "13155bca5eb285f8ed314fb4df02121b3c7a0f39",
            INDEX_REPO.format(chars="2,070") + " (index id 67563497813)",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": S_DATA + [29, 32, 35],
                "methods": Q,
                "categories": S_DATA,
                "retention": [43],
                "rights": [59, 62, 65],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": S_DATA,
                "sensitive-marked": NA,
                "methods": Q,
                "retention": [43],
                "cross-border": M,
                "sharing": [51, 54],
                "transfer": M,
                "public-disclosure": M,
                "access": [59],
                "correct": [59],
                "delete": [43, 62],
                "close-account": Q,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: a mailbox (73) and no name",
            "cn-pipl/methods": "?: OpenID as the basis of the WeChat login (18), nothing else on how data is collected",
            "cn-pipl/retention": "仅在为您提供服务期间保留…注销账号或删除数据后…删除 (43)",
            "cn-gbt35273/close-account": "?: 「当您注销账号…后」 (43) assumes a way it never gives; 「您有权退出本服务」 (65)",
            "cn-gbt35273/security": "missing: 「采取合理的技术措施」 (40) names no measure",
        },
    },
    {
        "name": "xinliu-zh",
        "split": "dev",
        "file": "xinliu-zh/privacy.wxml",
        "source": _repo(
            "mai1234-cmd/xinliuricheng",
            "pages/privacy/privacy.wxml",
            "4fdd1ed312ae58d5b2353fd4803ddeabdac08c09",
            INDEX_REPO.format(chars="2,194") + " (index id 68430073073)",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": X_DATA,
                "methods": [10, 11, 12],
                "categories": X_DATA,
                "retention": [25],
                "rights": [35, 36, 37, 38, 39, 49],
                "sensitive-necessity": NA,
                "minors": [44],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": X_DATA,
                "sensitive-marked": NA,
                "methods": [10, 11, 12],
                "retention": [25],
                "cross-border": [25],
                "sharing": [30],
                "transfer": M,
                "public-disclosure": M,
                "access": [35],
                "correct": [36],
                "delete": [38],
                "close-account": NA,
                "withdraw-consent": [19, 39],
                "copy": [37],
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: no name; the mailbox is the binding {{email}} (51)",
            "cn-pipl/retention": "不设固定保存期限，保存至你主动删除…自动删除 (25)",
            "cn-pipl/minors": "在监护人指导下使用…在监护人同意后填写相关信息 (44): a guardian's consent",
            "cn-gbt35273/cross-border": "没有服务器…仅保存在你的手机本地 (25)",
            "cn-gbt35273/close-account": "n/a: 不提供账号登录 (5)",
            "cn-gbt35273/withdraw-consent": "撤回该授权 (19), 撤回授权 (39)",
            "cn-gbt35273/copy": "导出：复制数据 (37)",
            "cn-gbt35273/security": "missing: local storage only, no measure named",
        },
    },
    {
        "name": "ynzy-zh",
        "split": "holdout",
        "file": "ynzy-zh/privacy-policy.wxml",
        "source": _repo(
            "JZJWXC1/ynzy-miniapp",
            "pages/privacy-policy/privacy-policy.wxml",
            "b7493170e5fed5db83c9d9ef64cd1cc2309ed2bb",
            INDEX_REPO.format(chars="6,303") + " (index id 66814404695)",
        ),
        "v": {
            "cn-pipl": {
                "processor": [11, 90, 91],
                "purposes": Y_DATA + [35],
                "methods": [18, 20, 26, 35],
                "categories": Y_DATA,
                "retention": Y_RETAIN,
                "rights": [64],
                "sensitive-necessity": Q,
                "minors": [80],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [11, 90, 91],
                "functions": r(17, 28),
                "sensitive-marked": Q,
                "methods": [18, 20, 26, 35],
                "retention": Y_RETAIN,
                "cross-border": M,
                "sharing": [57, 58, 59],
                "transfer": M,
                "public-disclosure": [59],
                "access": [64],
                "correct": [64],
                "delete": [64, 65],
                "close-account": [64],
                "withdraw-consent": [41, 64],
                "copy": [64],
                "effect-of-not-providing": [41],
                "security": [75],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "个人信息处理者 杭州初寓网络科技有限公司 (11, 90) with 对外业务邮箱 (91)",
            "cn-pipl/retention": "四、存储地点与保存期限 (46-52)",
            "cn-pipl/sensitive-necessity": "?: 房东手机号 and voice (not used for voiceprints) are not sensitive by the law's list; 「敏感信息查看」 is a feature name",
            "cn-pipl/minors": "未成年人不应在未经监护人同意的情况下注册 (80): a guardian's consent",
            "cn-gbt35273/cross-border": "missing: 「运营者依法部署并控制的系统或受托服务环境」 (46) names no place",
            "cn-gbt35273/effect-of-not-providing": "拒绝勾选→不发送登录请求; 拒绝麦克风权限只会影响语音输入 (41)",
            "cn-gbt35273/complaint": "missing: the mailbox for requests (64, 91), no complaint channel",
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
            "file": f"eval/profiles60q/docs/{doc['file']}",
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
