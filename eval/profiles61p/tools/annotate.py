#!/usr/bin/env python3
"""Hand annotations of eval/profiles61p in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m61p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 2b5ac156d; two documents held out by the seeded draw of eval/blind/round61p, see README). Format, conventions and scorer of eval/profiles58p
and profiles59p (corrected conventions of profiles58q: minors n/a when the service says it is not for children or never
speaks of children; a bare 'we take security seriously' names no measure).  A list is a covered item (every line a
reviewer accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles61p/tools/annotate.py
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

# 乖贝贝排敏生活全家记 (zh-Hans WXML page; long <text> nodes with blank-line paragraphs; no date, no contact section).
B_METHODS = [17, 21, 23, 30]
B_DATA = [17, 23, 30, 31]
B_USES = [17, 23, 27, 29, 30, 31, 33]
# 物流专线查询 (zh-Hans CommonJS module; PRIVACY_TEXT items are string concatenations, CONTACT at the end).
W_ID = [150, 152, 153, 154, 155]
W_DATA = [66, 67, 68, 69]
# find-friends uni-app page (zh-Hans Vue).
F_DATA = [14, 15, 16]
# 岱安传媒 (zh-Hans WXML, held out).
D_ID = [7, 78, 79, 80]
D_DATA = r(13, 17)
# 铑斯夫三元催化报价软件 (zh-Hans uni-app Vue, tab-indented, held out).
G_ID = [11, 254, 261, 265]
G_PERMS = [144, 148, 151, 155, 158]
G_METHODS = [20, 22, 24, 202]
SRC = "search-index text at the commit (read_file by repository and path, written out character for character from the JSON answer, total_chars {chars}; no snapshot fetched), LF (index id {iid})"


def _src61(repo: str, path: str, commit: str, chars: str, iid: str) -> dict[str, str]:
    return _repo(repo, path, commit, SRC.format(chars=chars, iid=iid))


DOCS: list[dict] = [
    {
        "name": "baby-zh",
        "split": "dev",
        "file": "baby-zh/index.wxml",
        "source": _src61("yanqian888-lab/baby-todo-list", "pages/privacy-policy/index.wxml", "a44ce6c24d2abf0eca15066b00c4a28f56304969", "4,270", "57573883445"),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": B_USES,
                "methods": B_METHODS,
                "categories": B_DATA,
                "retention": [43],
                "rights": [67, 69, 71, 73, 75, 77],
                "sensitive-necessity": Q,
                "minors": [81],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [17, 23, 29],
                "sensitive-marked": M,
                "methods": B_METHODS,
                "retention": [43],
                "cross-border": M,
                "sharing": [59],
                "transfer": [61],
                "public-disclosure": [63],
                "access": [69],
                "correct": [71],
                "delete": [71],
                "close-account": [75],
                "withdraw-consent": [73],
                "copy": M,
                "effect-of-not-providing": [21],
                "security": [41, 49, 51],
                "complaint": [77],
            },
        },
        "notes": {
            "cn-pipl/processor": "?: 北京绵言科技发展中心（个体工商户） named (9) but no contact anywhere (the 八 contact section is absent; 77 points to an in-app 「联系我们」 channel)",
            "cn-pipl/purposes": "login identity (17), baby data for templates and reminders (23), 二、个人信息的使用 1-4 (29-33)",
            "cn-pipl/methods": "授权提供 at WeChat login (17), 主动提交 (21, 23), 自动收集的使用行为信息 (30)",
            "cn-pipl/categories": "头像、昵称 (17), 宝宝的年龄、性别、饮食偏好、过敏史 (23), 使用行为信息 (30), 设备及网络信息 (31)",
            "cn-pipl/retention": "最小必要、最短期限; deletion in a reasonable time after closing (43)",
            "cn-pipl/rights": "五、您的个人信息权利 1-5 (67-77)",
            "cn-pipl/sensitive-necessity": "?: a baby's 过敏史 (23) is health data of a child under 14 (sensitive under PIPL Art. 28); the use is said (23), necessity and effect are not",
            "cn-pipl/minors": "六、未成年人个人信息保护: guardian's presence and consent, deletion on the guardian's request (81)",
            "cn-gbt35273/identity-contact": "?: the operator is named (9); no contact at all, only the in-app 「联系我们」 channel (77)",
            "cn-gbt35273/functions": "each datum with its function (17, 23) and 二 1 (29)",
            "cn-gbt35273/sensitive-marked": "missing: 过敏史 of a baby (23) is not marked as sensitive",
            "cn-gbt35273/cross-border": "missing: 「安全服务器及合规的云存储服务」 (41) names no place",
            "cn-gbt35273/effect-of-not-providing": "不提交不影响…基础登录功能，但可能无法使用相关专项服务 (21)",
            "cn-gbt35273/security": "数据加密 (41), 加密、访问控制、安全审计 (49), 保密协议、权限限制 (51)",
            "cn-gbt35273/complaint": "异议与投诉权 through the in-app 「联系我们」 channel (77)",
        },
    },
    {
        "name": "wuliu-zh",
        "split": "dev",
        "file": "wuliu-zh/privacy.js",
        "source": _src61("ztwl82518294/-", "utils/privacy.js", "285cbb9b606831dbbdd553b03da39178f2739588", "4,435", "69795590566"),
        "v": {
            "cn-pipl": {
                "processor": W_ID,
                "purposes": [66, 67, 68, 69, 74, 80],
                "methods": [66, 68],
                "categories": W_DATA,
                "retention": Q,
                "rights": [81, 96, 97],
                "sensitive-necessity": Q,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": W_ID,
                "functions": W_DATA,
                "sensitive-marked": Q,
                "methods": [66, 68],
                "retention": Q,
                "cross-border": Q,
                "sharing": [75],
                "transfer": Q,
                "public-disclosure": M,
                "access": [96],
                "correct": [96],
                "delete": [81, 96],
                "close-account": NA,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [107],
                "security": [86, 87],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "CONTACT: 运营方 陈镇, 个人开发者, phone, WeChat id (150-155), shown on the page",
            "cn-pipl/purposes": "openid to identify the submitter and stop duplicates (66-67), corrections (68), local history (69), 三、信息的使用 (74), images only for checking (80)",
            "cn-pipl/methods": "openid generated by WeChat (66), submitted by you (68); 69 is local only",
            "cn-pipl/categories": "openid (66), 纠错内容 with an optional contact and screenshots (68), local query history (69)",
            "cn-pipl/retention": "?: only the images: 核实完成后我们会定期清理 (81); nothing for openid or corrections",
            "cn-pipl/rights": "查询、更正、删除 through the 「信息纠错」 page (96-97), deletion of images on request (81)",
            "cn-pipl/sensitive-necessity": "?: uploaded 聊天记录 screenshots (PRIVACY_APIS, 34) may hold communications; none named as sensitive",
            "cn-pipl/minors": "n/a: 不面向未成年人 (91) (the profiles58q convention)",
            "cn-gbt35273/sensitive-marked": "?: as sensitive-necessity",
            "cn-gbt35273/retention": "?: as cn-pipl/retention",
            "cn-gbt35273/cross-border": "?: 微信云开发 (80, 86) names a platform, not a place",
            "cn-gbt35273/sharing": "不会…出售或提供给任何第三方 (75)",
            "cn-gbt35273/transfer": "?: 出售 (75) is a sale, no transfer clause as such",
            "cn-gbt35273/close-account": "n/a: no account (不要求您注册或登录, 60)",
            "cn-gbt35273/withdraw-consent": "missing: only 「可以随时关闭小程序」 (108)",
            "cn-gbt35273/effect-of-not-providing": "若不同意，您将无法使用查询功能 (107)",
            "cn-gbt35273/security": "微信平台的安全机制 (86), 受密码保护的后台、无法导出 (87)",
            "cn-gbt35273/complaint": "?: 「如对本规则有疑问」 (96) and the 权利主张 clause for companies shown (144-145); no complaint about the handling of one's data as such",
        },
    },
    {
        "name": "findfriends-zh",
        "split": "dev",
        "file": "findfriends-zh/privacy.vue",
        "source": _src61("Turbellarian2008/find-friends-web", "pages/privacy/privacy.vue", "8515771e871c9e4ec105e5d31847b0dc77269c15", "2,680", "19214561772"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": F_DATA,
                "methods": F_DATA,
                "categories": F_DATA,
                "retention": M,
                "rights": [36],
                "sensitive-necessity": Q,
                "minors": [41],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": F_DATA,
                "sensitive-marked": Q,
                "methods": F_DATA,
                "retention": M,
                "cross-border": M,
                "sharing": [26],
                "transfer": [26],
                "public-disclosure": [26],
                "access": [36],
                "correct": [36],
                "delete": [36],
                "close-account": [36],
                "withdraw-consent": [36],
                "copy": M,
                "effect-of-not-providing": Q,
                "security": [31],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: no operator; contact only 「设置-反馈」 or 「项目维护者提供的联系方式」 (51)",
            "cn-pipl/purposes": "二、我们收集的信息及用途 1-3, each with its use (14-16)",
            "cn-pipl/methods": "注册时提交 (14), 使用过程中产生 (15), 可能收集 device data (16)",
            "cn-pipl/rights": "查询、更正或删除…撤回授权或注销账户 (36)",
            "cn-pipl/sensitive-necessity": "?: no sensitive datum named (password, 14, is not sensitive PI under PIPL)",
            "cn-pipl/minors": "guardian's guidance and consent (41)",
            "cn-gbt35273/cross-border": "missing: no place of storage",
            "cn-gbt35273/sharing": "不会…共享、转让或公开披露…但以下情形除外 (26)",
            "cn-gbt35273/effect-of-not-providing": "?: only 「您可在设置中清除本地数据，但可能影响使用体验」 (21)",
            "cn-gbt35273/security": "密码以不可逆的加密方式存储 (31): a named measure",
            "cn-gbt35273/complaint": "missing: only 疑问或建议 (51)",
        },
    },
    {
        "name": "lexiharbor-tw",
        "split": "dev",
        "file": "lexiharbor-tw/PRIVACY_POLICY_ZH.md",
        "source": _src61("taiwanape/lexiharbor", "docs/PRIVACY_POLICY_ZH.md", "0f0db97ad42dd37cbcdcbbb1e06912df2a57b716", "1,034", "66554600224"),
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": Q,
                "categories": [9],
                "period": Q,
                "area": Q,
                "recipients": [23, 25],
                "methods": Q,
                "rights": Q,
                "effect-of-not-providing": M,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "missing: 開發者名稱：請填寫 (39, a slot); nothing else names the developer",
            "tw-pdpa/purposes": "?: the data stays on the device (9); the developer collects nothing itself, so no purpose of its own is given",
            "tw-pdpa/categories": "自訂文章、原句字卡、意思與筆記、收藏單字、查詢歷史、複習進度及顯示偏好 (9)",
            "tw-pdpa/period": "?: kept until the user removes it (29-31); no period of use as such",
            "tw-pdpa/area": "?: 目前裝置 (9) is where it is kept, not an area of use",
            "tw-pdpa/recipients": "GitHub Pages 等主機 (23), Cambridge (25)",
            "tw-pdpa/methods": "?: local storage (9), device TTS (19): ways of processing, not of use by the developer",
            "tw-pdpa/rights": "?: removal by the user (29) only; no PDPA Art. 3 rights stated",
            "tw-pdpa/effect-of-not-providing": "missing",
            "tw-pdpa/source": "n/a: nothing is collected from others",
        },
    },
    {
        "name": "daian-zh",
        "split": "holdout",
        "file": "daian-zh/privacyPolicy.wxml",
        "source": _src61("CaoXinliang/daian", "pages/privacyPolicy/privacyPolicy.wxml", "42f7167858d2b8e3a658ad3dff366e0baa128968", "4,162", "69582005638"),
        "v": {
            "cn-pipl": {
                "processor": D_ID,
                "purposes": D_DATA + r(24, 28),
                "methods": D_DATA,
                "categories": D_DATA,
                "retention": [37],
                "rights": [54, 55, 56, 58],
                "sensitive-necessity": Q,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": D_ID,
                "functions": D_DATA,
                "sensitive-marked": Q,
                "methods": D_DATA,
                "retention": [37],
                "cross-border": Q,
                "sharing": [43, 48],
                "transfer": Q,
                "public-disclosure": [43],
                "access": [54],
                "correct": [55],
                "delete": [37, 56],
                "close-account": [56],
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [34, 36],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "赣州岱安传媒有限公司 (7), 联系人、电话、邮箱 (78-80)",
            "cn-pipl/purposes": "each datum with its use (13-17), 二、信息使用 1-5 (24-28)",
            "cn-pipl/methods": "authorised phone number, chosen avatar, set nickname, submitted feedback, recorded login time (13-17)",
            "cn-pipl/retention": "在法律法规规定的期限内…超出保存期限或您注销账号后…删除或匿名化 (37)",
            "cn-pipl/rights": "查询、修改、删除 (54-56), how to exercise (58)",
            "cn-pipl/sensitive-necessity": "?: no sensitive datum (a phone number is not sensitive PI)",
            "cn-pipl/minors": "n/a: 不针对未成年人提供服务 (63) (the profiles58q convention)",
            "cn-gbt35273/cross-border": "?: 腾讯云服务器 (48) names a provider, not a place",
            "cn-gbt35273/sharing": "共享或披露 in four cases (43-47), 腾讯云 as processor (48)",
            "cn-gbt35273/transfer": "?: only 「不会向第三方出售」 (42)",
            "cn-gbt35273/public-disclosure": "共享或披露 (43)",
            "cn-gbt35273/withdraw-consent": "missing",
            "cn-gbt35273/effect-of-not-providing": "missing",
            "cn-gbt35273/security": "传输和存储均经过加密 (34), 仅经授权的工作人员…保密义务 (36)",
            "cn-gbt35273/complaint": "missing: only 疑问、意见或建议 (77)",
        },
    },
    {
        "name": "gbxi-zh",
        "split": "holdout",
        "file": "gbxi-zh/privacyPolicy.vue",
        "source": _src61("wlaji/gb_xi", "pages/privacyPolicy/privacyPolicy.vue", "397932e9430c1e9ff082dee176b6b1fa753b0400", "7,729", "6635876399"),
        "v": {
            "cn-pipl": {
                "processor": G_ID,
                "purposes": [48, 92] + G_PERMS + [238, 241, 244, 275, 276],
                "methods": G_METHODS,
                "categories": [20, 22, 24, 275],
                "retention": M,
                "rights": Q,
                "sensitive-necessity": Q,
                "minors": NA,
                "abroad-recipient": M,
                "abroad-purposes": M,
                "abroad-methods": M,
                "abroad-categories": Q,
                "abroad-rights": M,
            },
            "cn-gbt35273": {
                "identity-contact": G_ID,
                "functions": G_PERMS + [275],
                "sensitive-marked": Q,
                "methods": G_METHODS,
                "retention": M,
                "cross-border": [80],
                "sharing": [43, 58, 60],
                "transfer": Q,
                "public-disclosure": Q,
                "access": M,
                "correct": M,
                "delete": [132],
                "close-account": [131, 132],
                "withdraw-consent": [163],
                "copy": M,
                "effect-of-not-providing": [94] + G_PERMS,
                "security": [107, 218],
                "complaint": [257],
            },
        },
        "notes": {
            "cn-pipl/processor": "深圳群魔信息科技有限公司 (11), hotline (254), mailbox (261), address (265)",
            "cn-pipl/purposes": "interest information (48), cookies (92), each permission's use (144-158), SDKs (238-244), device ids for statistics (275-276)",
            "cn-pipl/methods": "provided at registration (20), recorded automatically (22), from partners (24), from third-party accounts (202)",
            "cn-pipl/categories": "registration data (20), IP and browser data (22), partner data (24), device identifiers (275)",
            "cn-pipl/retention": "missing",
            "cn-pipl/rights": "?: only closing the account through customer service (131-132) and refusing cookies (94); no access or correction",
            "cn-pipl/sensitive-necessity": "?: location (155) is the current area; IMEI (158, 275) is not sensitive PI",
            "cn-pipl/minors": "n/a: minors never spoken of (the profiles58q convention)",
            "cn-pipl/abroad-recipient": "missing: 可能传送至…境外并在境外被访问、存储和展示 (80), no recipient",
            "cn-pipl/abroad-categories": "?: 「有关您的信息和资料」 (80) in general",
            "cn-gbt35273/cross-border": "可能传送至…境外 (80)",
            "cn-gbt35273/sharing": "不会…提供、出售、出租、分享或交易…除非 (43), 向第三方披露/分享 (58, 60)",
            "cn-gbt35273/transfer": "?: 交易 (43) is a sale; no transfer clause",
            "cn-gbt35273/public-disclosure": "?: 3. 信息披露 (56-70) is disclosure to third parties and authorities, not public disclosure",
            "cn-gbt35273/delete": "删除您的个人信息 after closing (132)",
            "cn-gbt35273/withdraw-consent": "关闭权限即代表您取消了这些授权 (163)",
            "cn-gbt35273/effect-of-not-providing": "refusing cookies (94), each permission 「若您不开启此权限…」 (144-158)",
            "cn-gbt35273/security": "对用户密码进行加密 (107), 脱敏展示 (218)",
            "cn-gbt35273/complaint": "向网信、公安及工商等监管部门进行投诉或举报 (257)",
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
            "file": f"eval/profiles61p/docs/{doc['file']}",
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
