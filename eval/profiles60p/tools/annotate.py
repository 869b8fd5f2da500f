#!/usr/bin/env python3
"""Hand annotations of eval/profiles60p in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m60p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start d26958103; one document held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles58p
and profiles59p (corrected conventions of profiles58q: minors n/a when the service says it is not for children or never
speaks of children; a bare 'we take security seriously' names no measure).  A list is a covered item (every line a
reviewer accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles60p/tools/annotate.py
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

# 拍卖小程序 (zh-Hans WXML page; contact block 73-82 holds the template's dummy mailbox 78 and dummy 400 number 81).
A_DATA = [18, 21, 24]
# 楚日历隐私保护协议 (zh-Hans Taro TSX page; values filled inside 【…】 brackets).
C_ID = [77, 78]
C_FUNCS = [95, 99, 104, 111, 121, 127]
C_RETAIN = [282, 356]
# 表达训练 mini-program (zh-Hans JS Page data, held out by the draw).
# 星星罐 (zh-Hans uni-app Vue page, four short sections).

DOCS: list[dict] = [
    {
        "name": "auction-zh",
        "split": "dev",
        "file": "auction-zh/privacy-policy.wxml",
        "source": _repo(
            "rex-xu/auction-miniprogram",
            "pages/privacy-policy/privacy-policy.wxml",
            "7af49db8cb1179a7ff9c8ca468cfc512f97909d6",
            INDEX_REPO.format(chars="2,533") + " (index id 67415469798)",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [31, 34, 37, 40],
                "methods": A_DATA,
                "categories": A_DATA,
                "retention": M,
                "rights": [61],
                "sensitive-necessity": Q,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": Q,
                "sensitive-marked": Q,
                "methods": A_DATA,
                "retention": M,
                "cross-border": M,
                "sharing": [54],
                "transfer": [54],
                "public-disclosure": M,
                "access": [61],
                "correct": [61],
                "delete": [61],
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 「我们的拍卖小程序」 names no operator; the contact is the template's support@example.com / 400-123-4567 (78, 81: slots)",
            "cn-pipl/purposes": "三、信息的使用 1-4 (31-40)",
            "cn-pipl/methods": "provided by you at registration and use (18), generated while using (21), device data (24)",
            "cn-pipl/sensitive-necessity": "?: 交易记录 and 支付 requests (21, 34) may touch financial data; none named as sensitive",
            "cn-pipl/minors": "n/a: children never mentioned (the profiles35c / profiles58q convention)",
            "cn-gbt35273/functions": "?: uses (31-40) and data (18-24) in separate lists, only 34 ties registration/bidding/payment to requests",
            "cn-gbt35273/sharing": "不会向任何第三方出售、出租、交易…除非获得您的明确同意或法律要求 (54)",
            "cn-gbt35273/transfer": "…或以其他方式转让您的个人信息，除非… (54)",
            "cn-gbt35273/close-account": "missing: accounts exist (注册、登录 18, 34), nothing on closing one",
            "cn-gbt35273/security": "missing: 「采取各种安全措施」 (47) names no measure",
            "cn-gbt35273/complaint": "missing: only 「如您对本隐私政策有任何疑问」 with dummy contacts (75-81)",
        },
    },
    {
        "name": "churili-zh",
        "split": "dev",
        "file": "churili-zh/index.tsx",
        "source": _repo(
            "XuctTeam/xut-calendar-vant-weapp",
            "src/pages/privacyrule/index.tsx",
            "ba1514185840bb1f38e8a2307dc78621903c73e9",
            "git show at the commit (fetched snapshot), byte for byte; 19,661 characters, LF",
        ),
        "v": {
            "cn-pipl": {
                "processor": C_ID,
                "purposes": [99, 104, 111, 117, 121, 127],
                "methods": [49, 89, 117, 121],
                "categories": [99, 104, 111, 121, 127],
                "retention": C_RETAIN,
                "rights": [294, 300, 307, 316],
                "sensitive-necessity": Q,
                "minors": [369, 375, 381],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": C_ID,
                "functions": C_FUNCS,
                "sensitive-marked": Q,
                "methods": [89, 117, 121],
                "retention": C_RETAIN,
                "cross-border": [353],
                "sharing": [167, 171, 175, 179, 184, 190, 196],
                "transfer": [202, 208, 213],
                "public-disclosure": [219, 223, 228],
                "access": [294, 300],
                "correct": [294, 300],
                "delete": [294, 319],
                "close-account": [314, 316, 319],
                "withdraw-consent": [294, 305, 307],
                "copy": M,
                "effect-of-not-providing": [111, 127],
                "security": [282, 285, 288],
                "complaint": [127, 405],
            },
        },
        "notes": {
            "cn-pipl/processor": "「【楚恬商行】公司」 with 注册地址 and 官方邮箱 (77-78; filled, only bracketed)",
            "cn-pipl/purposes": "account (99, 104), connection (111), personalisation (117), push (121), customer service (127)",
            "cn-pipl/methods": "主动提供 / 因使用…而产生 / 经您授权向第三方…收集 (89), Cookie (117), 自动接收并记录 (121); 49 the general statement",
            "cn-pipl/retention": "所述目的所必需的期间和法律法规要求的(最短)时限内 (282, 356)",
            "cn-pipl/rights": "访问、更正、删除以及撤回同意的权利 (294), 6.1.1-6.1.3 (300, 307, 316)",
            "cn-pipl/sensitive-necessity": "?: 3.4 敏感信息 (158-159) is a general consent clause; no sensitive datum named (地区（位置） at 104 is a region)",
            "cn-pipl/minors": "guardian's consent required (369), deletion if registered by mistake (375), refusal when verified a minor (381)",
            "cn-pipl/abroad-recipient": "n/a: stored in China (353); 「如果发生数据的跨境传输，我们会单独…告知」 is conditional",
            "cn-gbt35273/functions": "3.1 registration (95, 99, 104), 3.2 IP (111), push (121), customer service (127)",
            "cn-gbt35273/cross-border": "存放于中华人民共和国境内 (353)",
            "cn-gbt35273/delete": "删除…的权利 (294), deletion after closing (319)",
            "cn-gbt35273/close-account": "注销您的帐号 via 「客服电话」 (314-319)",
            "cn-gbt35273/withdraw-consent": "撤回同意的权利 (294), 改变您授权同意的范围 in 【设置】 (305-307)",
            "cn-gbt35273/copy": "missing: no copy of the data",
            "cn-gbt35273/effect-of-not-providing": "如果您拒绝提供，则无法正常使用我们的服务 (111); 如您拒绝提供上述信息，我们可能无法…反馈 (127)",
            "cn-gbt35273/security": "SSL、信息加密存储、数据中心的访问控制 (282), 保密协议 (285), 密码加密 (288)",
            "cn-gbt35273/complaint": "投诉、申诉 to the operator (127, with the mailbox of 78) and 可向有关政府部门进行反映 (405)",
        },
    },
    {
        "name": "jeffery-zh",
        "split": "holdout",
        "file": "jeffery-zh/privacy.js",
        "source": _repo(
            "jefferyguo/miniprogram-1",
            "pages/privacy/privacy.js",
            "179541d7b2314499fefe2898029a2c55b50e827f",
            INDEX_REPO.format(chars="711") + " (index id 70413726214)",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [9, 10, 15, 22],
                "methods": Q,
                "categories": [5, 6, 15],
                "retention": M,
                "rights": [26],
                "sensitive-necessity": Q,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [13, 15],
                "sensitive-marked": Q,
                "methods": Q,
                "retention": M,
                "cross-border": Q,
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [26],
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: no operator; contact only through a 「联系我们」 page (30)",
            "cn-pipl/purposes": "我们如何使用信息 (9-10), 录音和录像用于… (15), AI 点评仅用于… (22)",
            "cn-pipl/methods": "?: nothing on how data is collected; storage 「主要保存在本地」 (16)",
            "cn-pipl/categories": "我们收集哪些信息 (5-6), 录音和录像 (15)",
            "cn-pipl/rights": "删除本地缓存、退出登录、联系客服处理数据相关问题 (26)",
            "cn-pipl/sensitive-necessity": "?: voice and video recordings (15) are not biometrics unless used as such (不做… 22)",
            "cn-pipl/minors": "n/a: children never mentioned (客服老师 30 hints at a training service, not at children)",
            "cn-gbt35273/functions": "录音录像说明: data and its functions (13-15)",
            "cn-gbt35273/cross-border": "?: 「第一版主要保存在本地或小程序可访问路径」 (16) is a storage place, 「后续如需上传云端」 (17) open",
            "cn-gbt35273/delete": "用户可以删除本地缓存 (26)",
            "cn-gbt35273/close-account": "missing: a login exists (登录状态信息 6, 退出登录 26), nothing on closing",
        },
    },
    {
        "name": "star-zh",
        "split": "dev",
        "file": "star-zh/privacy.vue",
        "source": _repo(
            "AuroraRiseX/Star_uni_app",
            "pages/privacy/privacy.vue",
            "e9976f8f69b989b68eb3f93aadcafdcee1c8f66a",
            INDEX_REPO.format(chars="3,595") + " (index id 67382839247)",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [22, 26],
                "methods": Q,
                "categories": [22],
                "retention": M,
                "rights": [34],
                "sensitive-necessity": Q,
                "minors": Q,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": Q,
                "sensitive-marked": Q,
                "methods": Q,
                "retention": M,
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": [34],
                "correct": [34],
                "delete": [34],
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [30],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: only the product 星星罐 (19); 「请联系我们」 (34) gives no contact",
            "cn-pipl/purposes": "提供服务所必需 (22), 仅用于提供和改善星星罐的服务… (26)",
            "cn-pipl/methods": "?: 「您创建的宝贝档案信息」 (22) implies the parent's entry, no way described",
            "cn-pipl/categories": "宝贝档案信息、任务完成记录、奖励兑换记录 (22)",
            "cn-pipl/rights": "查看、修改或删除 (34)",
            "cn-pipl/sensitive-necessity": "?: a child's profile (宝贝档案, 22) may hold an under-14's data (sensitive under PIPL Art. 28); not said",
            "cn-pipl/minors": "?: the data is about children entered by parents; children never named as users",
            "cn-gbt35273/functions": "?: data listed (22), use given for the service as a whole (26)",
            "cn-gbt35273/close-account": "missing: per-user databases (30) imply accounts; nothing on closing one",
            "cn-gbt35273/security": "每个用户的数据库严格隔离 (30): a named measure",
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
            "file": f"eval/profiles60p/docs/{doc['file']}",
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
