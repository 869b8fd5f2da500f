#!/usr/bin/env python3
"""Hand annotations of eval/profiles59p in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m59p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 6d490cdc5; two documents held out: banfei-zh because round59p holds it out, lapa-zh by a seeded draw, see README). Format, conventions and scorer of eval/profiles58p.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles59p/tools/annotate.py
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


# 惠农商城 (zh-Hans uni-app page; 用户协议 19-44 and 隐私政策 51-85 as two HTML template literals; operator 「XX公司」).
H_PURPOSES = [54] + r(61, 65) + r(78, 81)
# XianYum (zh-Hans uni-app page; 用户协议 22-69, 隐私协议 73-132).
X_ID = [26, 69, 131, 132]
X_DATA = [84, 85, 86, 92, 93, 94]
# 研知道 mini-program compliance note (zh-Hans Markdown); the guide's text is 4.1 (173) and 4.2 (175-229).
Y_USES = [187, 189, 191]
# 掌上LAPA (zh-Hans hybrid HTML page, held out by the draw).
L_DATA = [59, 62, 67, 68, 69, 70, 71, 74]
# 班费账本 (zh-Hans WXML page, held out because round59p holds it out).
B_DATA = [13, 14, 15]

DOCS: list[dict] = [
    {
        "name": "huinong-zh",
        "split": "dev",
        "file": "huinong-zh/agreement.vue",
        "source": _src("(a uni-app agreement page of 惠农商城: 用户协议 and 隐私政策 as rich-text template literals)", "24039731856", "2,896"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": H_PURPOSES,
                "methods": Q,
                "categories": r(55, 58),
                "retention": M,
                "rights": M,
                "sensitive-necessity": Q,
                "minors": [83, 84, 85],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": Q,
                "sensitive-marked": Q,
                "methods": Q,
                "retention": M,
                "cross-border": M,
                "sharing": r(68, 71),
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [74, 75],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: the operator is the template's 「XX公司」 (19), no contact anywhere",
            "cn-pipl/purposes": "为了给您提供更好的服务 (54), 2. 信息使用 (61-65), Cookie uses (78-81)",
            "cn-pipl/methods": "?: only 我们可能收集 (54) and Cookie (78); no way of collection or processing described",
            "cn-pipl/sensitive-necessity": "?: GPS location (57) may be 行踪轨迹 (sensitive); no necessity given",
            "cn-pipl/minors": "6. 未成年人隐私保护 (83-85)",
            "cn-gbt35273/functions": "?: data listed by kind (55-58), uses apart (61-65), not per business function",
            "cn-gbt35273/sensitive-marked": "?: GPS location (57) not marked",
            "cn-gbt35273/sharing": "3. 信息共享 with its exceptions (68-71)",
            "cn-gbt35273/close-account": "missing: accounts exist (3. 用户帐号, 26-28), nothing on closing one",
            "cn-gbt35273/security": "4. 信息安全 (74-75)",
        },
    },
    {
        "name": "xianyum-zh",
        "split": "dev",
        "file": "xianyum-zh/index.vue",
        "source": _repo(
            "xianyum/XianYumBase",
            "XianYumApp/pages/common/protocol/index.vue",
            "9a72618d4a2b249e7b768e6c89320d3a3203d442",
            "git show at the commit (fetched snapshot), byte for byte; 14,198 bytes, LF",
        ),
        "v": {
            "cn-pipl": {
                "processor": X_ID,
                "purposes": X_DATA + r(98, 103),
                "methods": [82, 84, 85, 86, 90] + [92, 93, 94],
                "categories": X_DATA,
                "retention": [109],
                "rights": [34, 117, 118, 119],
                "sensitive-necessity": Q,
                "minors": [122, 123],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": X_ID,
                "functions": [84, 85, 86],
                "sensitive-marked": Q,
                "methods": [82, 84, 85, 86, 90],
                "retention": [107, 109],
                "cross-border": [107],
                "sharing": [112, 113],
                "transfer": M,
                "public-disclosure": Q,
                "access": [117],
                "correct": [34, 117],
                "delete": [117, 119],
                "close-account": [62, 119],
                "withdraw-consent": [118],
                "copy": M,
                "effect-of-not-providing": [82, 90],
                "security": [108],
                "complaint": [35, 129],
            },
        },
        "notes": {
            "cn-pipl/processor": "本应用由XianYum团队开发并运营 (26; a team name, no legal name) with 电子邮箱 (69, 131) and 联系地址：陕西省西安市 (132)",
            "cn-pipl/purposes": "each datum's 用于… (84-86, 92-94) and 2.3 信息使用规则 (98-103)",
            "cn-pipl/methods": "必要/非必要 collection (82, 90), 需您主动授权 (86), what is collected at each step (84-86, 92-94)",
            "cn-pipl/retention": "存储期限…与服务周期一致，账号注销后…删除或匿名化 (109)",
            "cn-pipl/rights": "2.1 用户权利 (34) and 五、用户的信息权利 (117-119)",
            "cn-pipl/sensitive-necessity": "?: location (86) and payment data (85) named, the necessity only as a purpose; 85 calls the payment password 敏感信息",
            "cn-pipl/minors": "六、未成年人保护 (122-123)",
            "cn-pipl/abroad-recipient": "n/a: 存储在境内服务器，不向境外传输 (107)",
            "cn-gbt35273/functions": "per function: 账号注册与登录, 交易服务, 位置服务 (84-86)",
            "cn-gbt35273/public-disclosure": "?: 也不会向无关第三方披露 (114) is about third parties, not 公开披露",
            "cn-gbt35273/close-account": "我的-设置-账号注销 (62) and 5.3 (119)",
            "cn-gbt35273/withdraw-consent": "关闭相关授权 (118)",
            "cn-gbt35273/effect-of-not-providing": "未收集该信息将无法为您提供相应服务 (82); 您可选择是否提供 (90)",
            "cn-gbt35273/complaint": "投诉或举报 (35) and 疑问、投诉…联系我们 (129)",
        },
    },
    {
        "name": "yanzhidao-zh",
        "split": "dev",
        "file": "yanzhidao-zh/privacy-guide.md",
        "source": _src("(a Markdown compliance note of a WeChat mini-program with the draft text of its 用户隐私保护指引)", "56497173427", "4,428"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [173] + Y_USES + [199],
                "methods": Y_USES + [197, 205, 207],
                "categories": Y_USES,
                "retention": [205, 207, 209],
                "rights": [213],
                "sensitive-necessity": Q,
                "minors": Q,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": Y_USES,
                "sensitive-marked": Q,
                "methods": Y_USES,
                "retention": [205, 207, 209],
                "cross-border": M,
                "sharing": Q,
                "transfer": M,
                "public-disclosure": M,
                "access": [213],
                "correct": [213],
                "delete": [213],
                "close-account": NA,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [197],
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "_scope": "the guide's text is 4.1 (173) and 4.2 (175-229); sections 1-3 and 5-7 are the developer's engineering notes (代码位置, 微信后台), not a disclosure to users, and are not accepted as citations",
            "cn-pipl/processor": "missing: developer name and contact are 【待替换：…】 slots (183, 215, 217); the address is partly filled (219)",
            "cn-pipl/purposes": "4.1 (173), 处理信息及用途 (187-191), 问卷信息主要用于… (199)",
            "cn-pipl/retention": "album images stay on the device (205), local cache (207), 最短必要期限 (209)",
            "cn-pipl/rights": "咨询、查阅、更正、删除…联系我们 (213)",
            "cn-pipl/sensitive-necessity": "?: the questionnaire holds 党员状态 (section 2.1 B, 62) — a special identity or not; the guide does not name it",
            "cn-pipl/minors": "?: only 对未成年人个人信息保护有疑问…联系我们 (213)",
            "cn-pipl/abroad-recipient": "n/a: nothing suggests a transfer abroad",
            "cn-gbt35273/sharing": "?: 不会主动向第三方出售 (201) denies sale only",
            "cn-gbt35273/close-account": "n/a: no account (a random session id only, section 2)",
            "cn-gbt35273/effect-of-not-providing": "不同意该权限不会影响…但会影响图片保存功能 (197)",
        },
    },
    {
        "name": "banfei-zh",
        "split": "holdout",
        "file": "banfei-zh/privacy.wxml",
        "source": _repo(
            "YanLihui/banfeiMiniProgram",
            "pages/privacy/privacy.wxml",
            "a660839ba5c72799488ed7fa226d1d7e5f40e2fe",
            "code-index text (index id 61253509909; no snapshot could be fetched), 1,568 characters, LF, written out character for character",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": B_DATA + r(22, 24),
                "methods": [11, 13],
                "categories": B_DATA,
                "retention": M,
                "rights": [41, 42],
                "sensitive-necessity": Q,
                "minors": Q,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": B_DATA + r(22, 24),
                "sensitive-marked": Q,
                "methods": [11, 13],
                "retention": M,
                "cross-border": Q,
                "sharing": [30, 35],
                "transfer": M,
                "public-disclosure": [35],
                "access": [41],
                "correct": [41],
                "delete": [42],
                "close-account": Q,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": Q,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: no operator named; contact is 通过班级群联系家委会 (48)",
            "cn-pipl/sensitive-necessity": "?: 孩子姓名 (14) is a minor's datum (sensitive if under 14), 用于身份核验 given",
            "cn-pipl/minors": "?: children's names are processed (14), no clause on minors",
            "cn-gbt35273/cross-border": "?: 微信云开发数据库…腾讯云 (30) names the store, not a place",
            "cn-gbt35273/sharing": "不会…出售或提供给任何第三方 (30); shared only within the class (35)",
            "cn-gbt35273/public-disclosure": "不对外公开 (35)",
            "cn-gbt35273/close-account": "?: 申请删除您的账号信息 (42)",
            "cn-gbt35273/security": "?: 受腾讯云安全保护 (30), no measure of the operator's own",
        },
    },
    {
        "name": "lapa-zh",
        "split": "holdout",
        "file": "lapa-zh/privacy.html",
        "source": _repo(
            "xzywzcnm/uniapp_erp",
            "hybrid/html/privacy.html",
            "d0997417a7555b87098762036e50b6ca30ca2d56",
            "git show at the commit (fetched snapshot), byte for byte; 4,394 characters, LF",
        ),
        "v": {
            "cn-pipl": {
                "processor": [101],
                "purposes": [70, 71, 74] + r(79, 85),
                "methods": [59, 62, 67, 74],
                "categories": L_DATA,
                "retention": [92],
                "rights": [88, 89],
                "sensitive-necessity": Q,
                "minors": M,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [101],
                "functions": Q,
                "sensitive-marked": Q,
                "methods": [59, 62, 67, 74],
                "retention": [92],
                "cross-border": [90],
                "sharing": [78, 90],
                "transfer": M,
                "public-disclosure": M,
                "access": [88, 89],
                "correct": [88, 89],
                "delete": [88, 89],
                "close-account": M,
                "withdraw-consent": [76, 84],
                "copy": M,
                "effect-of-not-providing": [58],
                "security": [94],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "公司名称：深圳市爱商在线科技有限公司，联系电话: 400-0600-405 (101)",
            "cn-pipl/purposes": "permissions' uses (70, 71, 74) and 我们可能如何使用信息 (79-85)",
            "cn-pipl/retention": "所述目的所必需的期间和法律法规要求的时限内保留 (92)",
            "cn-pipl/rights": "访问、更新、更正和删除 (88-89)",
            "cn-pipl/sensitive-necessity": "?: 通讯录 and 短信 (69, 74) are sensitive under GB/T 35273, not under PIPL's list by name; SMS necessity given (74)",
            "cn-pipl/abroad-recipient": "n/a: 存储到本国境内 (90)",
            "cn-gbt35273/functions": "?: some data tied to a function (contacts for calling support 70, camera for scanning 71-73, SMS for login 74), device data not",
            "cn-gbt35273/sharing": "我们不会分享您的任何信息 (90); third-party SDKs collect directly (78)",
            "cn-gbt35273/withdraw-consent": "关闭应用的读取短信权限 (76), 在设置中将其关闭 (84)",
            "cn-gbt35273/effect-of-not-providing": "如果您不提供相关信息，可能无法注册… (58)",
            "cn-gbt35273/security": "加密技术（例如SSL） (94)",
            "cn-gbt35273/complaint": "missing: only a company phone (101)",
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
            "file": f"eval/profiles59p/docs/{doc['file']}",
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
