#!/usr/bin/env python3
"""Hand annotations of eval/profiles59q in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m59p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 6d490cdc5; Part B, the session's secret final set; aition-zh and yunmeng-zh held out because round59q holds them out, see README). Format, conventions and scorer of eval/profiles58p.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles59q/tools/annotate.py
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


# 摩之家 (zh-Hans uni-app page; permission and SDK tables are script arrays rendered by v-for, 175-279).
M_ID = [150, 151, 152, 153, 154, 155]
M_PERMS = [183, 189, 195, 201, 207, 213, 220, 226, 232, 238, 244, 250]
M_COLLECT = r(17, 24)
# bourse-uniapp 隐私协议 (zh-Hans 5-65, English 69-122 behind v-if/v-else; the English lines are accepted beside the Chinese).
B_DATA = [14, 15, 16, 74, 75, 76]
# 珍果链 用户协议 (zh-Hans; every clause is a string of the <script setup> array, 2-58, rendered by v-for).
# aition.xin Cookie 政策 (zh-Hans 12-89, English 93-172; the editor's note 3-8 is not a disclosure).
A_TABLES = [30, 31, 32, 38, 39, 113, 114, 115, 121, 122]

DOCS: list[dict] = [
    {
        "name": "mozhijia-zh",
        "split": "dev",
        "file": "mozhijia-zh/privacy.vue",
        "source": _repo("liushanli/mozhijia_vue", "pages/privacy/privacy.vue", "7950853c871b294dafec23f1a74e0d7e835fee73", "git show at the commit (fetched snapshot), byte for byte; 8,694 characters, LF"),
        "v": {
            "cn-pipl": {
                "processor": M_ID,
                "purposes": r(42, 45) + [65, 66] + M_PERMS + r(104, 107),
                "methods": M_COLLECT + [104, 105],
                "categories": M_COLLECT + [258, 264, 270, 276],
                "retention": M,
                "rights": M,
                "sensitive-necessity": Q,
                "minors": M,
                "abroad-recipient": M,
                "abroad-purposes": M,
                "abroad-methods": M,
                "abroad-categories": M,
                "abroad-rights": M,
            },
            "cn-gbt35273": {
                "identity-contact": M_ID[1:],
                "functions": [65, 66] + M_PERMS,
                "sensitive-marked": Q,
                "methods": M_COLLECT + [104, 105],
                "retention": M,
                "cross-border": r(99, 102),
                "sharing": r(33, 37) + [44, 45, 114],
                "transfer": M,
                "public-disclosure": Q,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": r(109, 111),
                "security": r(130, 133),
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "摩之家平台产品运营者信息 with 公司名称、注册地址、客服电话 (150-155)",
            "cn-pipl/purposes": "2.信息使用 (c) (42-45), 设备权限调用 (65-66), each permission's 使用目的 in the script tables (183-250), Cookie uses (104-107)",
            "cn-pipl/methods": "1.适用范围: registration, automatic recording, partners (17-24); cookies (104-105)",
            "cn-pipl/categories": "17-24 and the SDK table's 收集的个人信息类型 (258, 264, 270, 276)",
            "cn-pipl/retention": "missing: 4. 信息存储和交换 (99-102) names the place, no period",
            "cn-pipl/rights": "missing: only 您有权选择接受或拒绝接受cookies (108); no access, correction, deletion",
            "cn-pipl/sensitive-necessity": "?: location (位置, 183/220) for recommending nearby merchants; microphone; whether 行踪轨迹 is meant",
            "cn-pipl/abroad-recipient": "missing: 可能传送至…境外并在境外被访问、存储和展示 (99-102) announces a transfer abroad; no recipient, purpose, way, kinds or rights for it (all five abroad items missing)",
            "cn-gbt35273/functions": "设备权限调用 (65-66) and the permission tables' purposes per permission (183-250)",
            "cn-gbt35273/cross-border": "4. 信息存储和交换 (99-102)",
            "cn-gbt35273/sharing": "2.信息使用 (a) (33-37), (c) 与本应用合作伙伴共享 (44-45), SDK 数据共享 (114)",
            "cn-gbt35273/public-disclosure": "?: 3.信息披露 (46-63) is disclosure to third parties and authorities, not 公开披露",
            "cn-gbt35273/withdraw-consent": "?: refusing cookies in the browser (108-111)",
            "cn-gbt35273/effect-of-not-providing": "如果您选择拒绝接受cookies,则您可能无法登录或使用… (109-111)",
            "cn-gbt35273/security": "6. 信息安全 (a): 对用户密码进行加密等安全措施 (130-133)",
            "cn-gbt35273/complaint": "?: 有任何问题，请联系我们的客服…不晚于十五天内回复 (150): questions, not complaints by name",
        },
    },
    {
        "name": "bourse-zh",
        "split": "dev",
        "file": "bourse-zh/yinsi.vue",
        "source": _repo("Liangnuanyang/bourse-uniapp", "pages/yinsi/yinsi.vue", "f600a8bef2ff9f7d4217712579615ed1e30aca17", "git show at the commit (fetched snapshot), byte for byte; 14,521 characters, LF"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [12, 73],
                "methods": [12, 73] + B_DATA,
                "categories": B_DATA,
                "retention": M,
                "rights": M,
                "sensitive-necessity": Q,
                "minors": Q,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": Q,
                "sensitive-marked": Q,
                "methods": [12, 73] + B_DATA,
                "retention": M,
                "cross-border": [19, 79],
                "sharing": [22, 29, 81, 88],
                "transfer": [22, 81],
                "public-disclosure": [22, 81],
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [12, 73],
                "security": Q,
                "complaint": M,
            },
        },
        "notes": {
            "_scope": "Chinese text 5-65 and its English translation 69-122 (v-if / v-else on the language); a line of either is accepted",
            "cn-pipl/processor": "missing: 本公司/我司 only; no name, no contact",
            "cn-pipl/purposes": "出于满足为您提供服务的需要以及改善产品和服务的目的 (12 / 73)",
            "cn-pipl/methods": "输入的或者以其他方式提供给我们的信息 (12), at registration (15), recorded during service (16)",
            "cn-pipl/sensitive-necessity": "?: 地理位置信息 recorded (16) — 行踪轨迹 or not; no necessity given",
            "cn-pipl/minors": "?: 未成年人应在法定监护人的陪同下阅读本协议 (58 / 115) is about reading the agreement",
            "cn-pipl/abroad-recipient": "n/a: stored in China (19); a transfer abroad only 若确需…将在事前获得您的授权 (no transfer described)",
            "cn-gbt35273/functions": "?: registration (15) and service (16) tie data to a step; device data (14) not",
            "cn-gbt35273/cross-border": "存储在中华人民共和国境内的服务器上；若确需向境外传输… (19 / 79)",
            "cn-gbt35273/sharing": "不会将您的信息向第三方进行公开或转让，除非… (22) with (7) 与…关联方、合作伙伴及第三方服务供应商共享 (29)",
            "cn-gbt35273/transfer": "公开或转让…除非以下情形 (22 / 81)",
            "cn-gbt35273/public-disclosure": "公开或转让…除非以下情形 (22 / 81)",
            "cn-gbt35273/effect-of-not-providing": "若您不提供…您的使用体验和效果可能因此而受到影响 (12 / 73)",
            "cn-gbt35273/security": "?: 全力维护信息的安全 (21 / 80), no measure named",
            "cn-gbt35273/close-account": "missing: accounts exist (15), nothing on closing one",
        },
    },
    {
        "name": "zhenguo-zh",
        "split": "dev",
        "file": "zhenguo-zh/index.vue",
        "source": _repo("luoyuex/FreshFruitSupply", "pages/agreement/index.vue", "5beed4c09962cbed49be80646da845eb256b7d02", "git show at the commit (fetched snapshot), byte for byte; 3,053 characters, LF"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [22, 46, 47],
                "methods": [14, 15, 22, 46],
                "categories": [15, 22, 47],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": M,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [15, 22, 46],
                "sensitive-marked": NA,
                "methods": [14, 15, 22],
                "retention": M,
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": Q,
                "security": Q,
                "complaint": M,
            },
        },
        "notes": {
            "_scope": "a 用户协议 whose clauses are strings of a <script setup> array (2-58) rendered by v-for; 六、隐私与数据使用 (44-48)",
            "cn-pipl/processor": "missing: 供应商 and 平台 only, no name, no contact",
            "cn-pipl/purposes": "认证资料用于确认客户经营身份 (22); 仅收集完成登录、报价展示、订单配送、店铺认证所需 (46); 仅用于业务处理 (47)",
            "cn-pipl/methods": "微信登录 (14), 用户填写 (15), 提交认证资料 (22), 仅收集…所需的必要信息 (46)",
            "cn-pipl/categories": "联系人、手机号、配送地址 (15); 店铺名称、联系人、手机号、经营类型和店铺图片 (22); 收货地址、手机号、店铺图片 (47)",
            "cn-pipl/sensitive-necessity": "n/a: no sensitive data (payment is WeChat Pay's, 8)",
            "cn-gbt35273/effect-of-not-providing": "?: 认证审核中或未通过时，仍以普通报价为准 (23) is the effect of not being certified",
            "cn-gbt35273/security": "?: 供应商会尽力保护用户资料安全 (48), no measure",
        },
    },
    {
        "name": "aition-zh",
        "split": "holdout",
        "file": "aition-zh/cookie-policy.md",
        "source": _src("(a Markdown Cookie 政策 · Cookie Policy for an admin editor, Chinese and English, with 【】 slots)", "68510495784", "8,615"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": A_TABLES,
                "methods": Q,
                "categories": A_TABLES + [44, 127],
                "retention": A_TABLES,
                "rights": Q,
                "sensitive-necessity": NA,
                "minors": M,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": A_TABLES,
                "sensitive-marked": NA,
                "methods": Q,
                "retention": A_TABLES,
                "cross-border": M,
                "sharing": [43, 62, 64, 66, 145, 147],
                "transfer": M,
                "public-disclosure": M,
                "access": Q,
                "correct": M,
                "delete": Q,
                "close-account": M,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": r(72, 77) + r(155, 160),
                "security": Q,
                "complaint": M,
            },
        },
        "notes": {
            "_scope": "Chinese 12-89 and English 93-172; the editor's note 3-8 is not a disclosure",
            "cn-pipl/processor": "missing: operator 【运营者全称】 (16) and contact 【联系邮箱】… (87-89) are slots",
            "cn-pipl/purposes": "the 用途 column of the cookie and local-storage tables (30-39 / 113-122)",
            "cn-pipl/methods": "?: cookies and local storage are the means (20, tables); no other way of processing",
            "cn-pipl/retention": "the 保存期限 column (30-39 / 113-122)",
            "cn-pipl/rights": "?: 您可以在浏览器设置中查看、删除 Cookie (70) — browser management, not rights against the operator",
            "cn-gbt35273/sharing": "不写入任何第三方 Cookie (43), WeChat sign-in (62 / 145), 163 SMTP (64 / 147), no third-party analytics (66)",
            "cn-gbt35273/withdraw-consent": "?: the banner choice is stored (49, 75); clearing it shows the banner again",
            "cn-gbt35273/effect-of-not-providing": "5.2 清除或拒绝后的影响 (72-77 / 156-160)",
            "cn-gbt35273/security": "?: HttpOnly / SameSite / Secure attributes of the session cookie (30)",
            "cn-gbt35273/complaint": "missing: 疑问、意见或建议 (85) with slot contacts only",
        },
    },
    {
        "name": "yunmeng-zh",
        "split": "holdout",
        "file": "yunmeng-zh/privacy.vue",
        "source": _repo("beautifulboy123/jxau_forum", "pages/privacy/privacy.vue", "3b83189044f67e8c6ec7c2e9be371508ddb019f3", "git show at the commit (fetched snapshot), byte for byte; 1,771 characters, LF"),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": M,
                "methods": M,
                "categories": M,
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": M,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": M,
                "sensitive-marked": NA,
                "methods": M,
                "retention": M,
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": Q,
                "complaint": M,
            },
        },
        "notes": {
            "_scope": "only the opening 提示条款 (14-32) of the policy; the rest was never written",
            "cn-pipl/processor": "?: 青藤工作室 (18) is named; the mailbox is the filler 123456 (32)",
            "cn-pipl/purposes": "missing: 告知收集、使用用户个人信息的目的、方式和范围 (25) promises, does not state",
            "cn-gbt35273/security": "?: 采取相应的安全保护措施 (18), no measure",
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
            "file": f"eval/profiles59q/docs/{doc['file']}",
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
