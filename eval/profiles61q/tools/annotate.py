#!/usr/bin/env python3
"""Hand annotations of eval/profiles61q in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m61p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 2b5ac156d; the secret final set of session 61; two documents held out by the seeded draw of eval/blind/round61q, see README). Format, conventions and scorer of eval/profiles58p
and profiles59p (corrected conventions of profiles58q: minors n/a when the service says it is not for children or never
speaks of children; a bare 'we take security seriously' names no measure).  A list is a covered item (every line a
reviewer accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles61q/tools/annotate.py
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

SRC = "search-index text at the commit (read_file by repository and path, written out character for character from the JSON answer, total_chars {chars}; no snapshot fetched), LF (index id {iid})"
GIT = "git show at the commit (fetched snapshot), byte for byte{extra}; the index holds the same commit (index id {iid})"


def _idx61q(repo: str, path: str, commit: str, chars: str, iid: str) -> dict[str, str]:
    return _repo(repo, path, commit, SRC.format(chars=chars, iid=iid))


def _git61q(repo: str, path: str, commit: str, iid: str, extra: str = "") -> dict[str, str]:
    return _repo(repo, path, commit, GIT.format(iid=iid, extra=extra))


# TrailCam (zh-Hans Markdown; Supabase US/EU).
T_ID = [9, 10]
T_DATA = [16, 17, 20, 21]
# Valnook (zh-Hans Markdown; local-first finance app).
V_ID = [6, 7, 109]
V_DATA = r(22, 27)
# 普陀区公共卫生科普导览 (zh-Hans uni-app Vue; mostly terms of service).
C_DATA = [43, 89, 107]
# vendure mini-program (zh-Hans WXML, one <text>).
# 三项检测 (zh-Hans uni-app Vue, CRLF; held out).
# Travel Template (zh-Hans Markdown, slots; held out).
TR_DATA = [19, 20, 21]

DOCS: list[dict] = [
    {
        "name": "trailcam-zh",
        "split": "dev",
        "file": "trailcam-zh/privacy-zh.md",
        "source": _idx61q("0986790XYXX/trailcam-legal", "docs/privacy-zh.md", "3fadcb231eff3caed2ca2d0427d1cc536dfc97e5", "1,025", "61278059191"),
        "v": {
            "cn-pipl": {
                "processor": T_ID,
                "purposes": [16, 20, 29, 30, 31, 39, 40, 41],
                "methods": T_DATA,
                "categories": T_DATA,
                "retention": [53],
                "rights": [49, 50],
                "sensitive-necessity": M,
                "minors": NA,
                "abroad-recipient": [39, 46],
                "abroad-purposes": [39],
                "abroad-methods": M,
                "abroad-categories": Q,
                "abroad-rights": M,
            },
            "cn-gbt35273": {
                "identity-contact": T_ID,
                "functions": [16, 20],
                "sensitive-marked": Q,
                "methods": T_DATA,
                "retention": [53],
                "cross-border": [46],
                "sharing": [32, 39, 40, 41],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [50, 53],
                "close-account": [50],
                "withdraw-consent": M,
                "copy": [49],
                "effect-of-not-providing": M,
                "security": [44, 45],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "开发者 窦炳炎 and his mailbox (9-10)",
            "cn-pipl/purposes": "注册用 (16), 用于排查问题 (20), 2. 信息用途 (29-31), each service's use (39-41)",
            "cn-pipl/methods": "您主动提供 (16-17), 自动收集 (20-21)",
            "cn-pipl/sensitive-necessity": "missing: 心率 (17) is health data and GPS routes (17) are whereabouts; no necessity or effect stated",
            "cn-pipl/minors": "n/a: 不面向13岁以下用户 (56) (the profiles58q convention)",
            "cn-pipl/abroad-recipient": "Supabase (39) on US/EU servers (46); its privacy page link as the contact",
            "cn-pipl/abroad-purposes": "账号鉴权、数据存储 (39)",
            "cn-pipl/abroad-methods": "missing",
            "cn-pipl/abroad-categories": "?: 「数据存储于 Supabase」 (46): all the account's data, not listed for the transfer",
            "cn-pipl/abroad-rights": "missing",
            "cn-gbt35273/functions": "注册用 (16), 崩溃报告 用于排查问题 (20)",
            "cn-gbt35273/sensitive-marked": "?: the labels are bold for every category (16-17); nothing marks 心率 or GPS as sensitive as such",
            "cn-gbt35273/sharing": "不出售 (32), the third-party services table (39-41)",
            "cn-gbt35273/access": "missing: only export (49)",
            "cn-gbt35273/copy": "导出全部数据 (49)",
            "cn-gbt35273/security": "HTTPS/TLS (44), bcrypt (45)",
            "cn-gbt35273/complaint": "missing: a mailbox only (62)",
        },
    },
    {
        "name": "valnook-zh",
        "split": "dev",
        "file": "valnook-zh/PRIVACY_POLICY_CN.md",
        "source": _idx61q("LuoIsHere/Valnook", "docs/PRIVACY_POLICY_CN.md", "9695e7147c67e85a9709b0963bb9d70cbdd45371", "3,951", "70726443560"),
        "v": {
            "cn-pipl": {
                "processor": V_ID,
                "purposes": V_DATA + [89],
                "methods": [22, 23, 26, 89],
                "categories": V_DATA,
                "retention": [73, 83],
                "rights": [77, 89],
                "sensitive-necessity": Q,
                "minors": [93],
                "abroad-recipient": Q,
                "abroad-purposes": Q,
                "abroad-methods": Q,
                "abroad-categories": Q,
                "abroad-rights": Q,
            },
            "cn-gbt35273": {
                "identity-contact": V_ID,
                "functions": V_DATA,
                "sensitive-marked": Q,
                "methods": [22, 23, 26, 89],
                "retention": [73, 83],
                "cross-border": [51],
                "sharing": Q,
                "transfer": M,
                "public-disclosure": M,
                "access": [77],
                "correct": [77],
                "delete": [77, 78, 81],
                "close-account": NA,
                "withdraw-consent": [80],
                "copy": [55],
                "effect-of-not-providing": Q,
                "security": [37, 47, 69],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "开发者 luoishere with the mailbox (6-7, 109)",
            "cn-pipl/purposes": "the table 信息类别 / 内容与用途 (22-27), contacting the developer (89)",
            "cn-pipl/methods": "您输入或导入 (22), 选取并裁剪 (23), OneDrive 连接时处理 (26), 主动联系 (89)",
            "cn-pipl/retention": "保留至您删除… (73), 导出文件…云端备份 (83)",
            "cn-pipl/rights": "in-app view, edit, delete (77), deletion of communications on request (89)",
            "cn-pipl/sensitive-necessity": "?: financial account records (22) stay on the device; the developer does not process them",
            "cn-pipl/minors": "未成年人应在监护人指导下 (93)",
            "cn-pipl/abroad-recipient": "?: OneDrive storage 「可能位于您所在地区之外」 (51) is the user's own backup to Microsoft, not a provision by the developer",
            "cn-gbt35273/cross-border": "数据存储和处理地区…可能位于您所在地区之外 (51)",
            "cn-gbt35273/sharing": "?: the developer shares nothing; Microsoft and GitHub process under their own terms (51, 87)",
            "cn-gbt35273/close-account": "n/a: no Valnook account (29)",
            "cn-gbt35273/withdraw-consent": "撤销微软授权 (80)",
            "cn-gbt35273/copy": "导出 Excel 工作簿 / 完整备份 (55)",
            "cn-gbt35273/effect-of-not-providing": "?: nothing is required from the user for the developer",
            "cn-gbt35273/security": "系统应用隔离 (37), HTTPS to OneDrive (47), session ends after 5 minutes (69)",
            "cn-gbt35273/complaint": "missing: 「隐私问题或相关请求」 to the mailbox (109) only",
        },
    },
    {
        "name": "cdc-zh",
        "split": "dev",
        "file": "cdc-zh/privacyPolicy.vue",
        "source": _git61q("FengduXS/cdc", "pages/privacyPolicy/privacyPolicy.vue", "fec191f3f2de28cba03129b5b9eab4f15778c56a", "31969676459"),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": [43, 83, 89, 122],
                "methods": [43, 89],
                "categories": C_DATA,
                "retention": M,
                "rights": M,
                "sensitive-necessity": M,
                "minors": [13],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [43, 83, 89],
                "sensitive-marked": M,
                "methods": [43, 89],
                "retention": M,
                "cross-border": M,
                "sharing": [128],
                "transfer": M,
                "public-disclosure": [128],
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [25],
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "?: 上海市普陀区疾病预防控制中心 hosts and 上海由晟信息技术有限公司 runs the program (31); no contact anywhere",
            "cn-pipl/purposes": "seat booking (43, 89), visit booking (83), 改进…服务 (122)",
            "cn-pipl/methods": "市民登记/填写 (43, 89)",
            "cn-pipl/categories": "车型、座椅类型、儿童身高体重 (43, 89), 姓名、年龄、手机号 (107)",
            "cn-pipl/sensitive-necessity": "missing: a child's height and weight (43, 89) are data of children under 14; nothing on necessity",
            "cn-pipl/minors": "under 18: the guardian reads and agrees first (13)",
            "cn-gbt35273/sensitive-marked": "missing: 「重点内容我们已采用粗体」 (25) but nothing is bold; the children's data are not marked",
            "cn-gbt35273/sharing": "不对外公开或向第三方透露…但下列情况除外 (128)",
            "cn-gbt35273/close-account": "missing: accounts exist (自己帐号 70)",
            "cn-gbt35273/effect-of-not-providing": "拒绝我们收集使用这些信息可能会影响您使用相关功能 (25)",
            "cn-gbt35273/security": "missing: 「通常可以获得的安全技术和程序」 (146) names no measure",
        },
    },
    {
        "name": "vendure-zh",
        "split": "dev",
        "file": "vendure-zh/privacyPolicy.wxml",
        "source": _idx61q("wangliminsz/vendure_wx_miniapp", "pages/privacyPolicy/privacyPolicy.wxml", "9e96c75daa8cf556b74a72fd61b5154588189b31", "572", "56426228240"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [15, 16, 17],
                "methods": M,
                "categories": [9, 10, 11],
                "retention": M,
                "rights": [27],
                "sensitive-necessity": Q,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": Q,
                "sensitive-marked": Q,
                "methods": M,
                "retention": M,
                "cross-border": M,
                "sharing": [22],
                "transfer": M,
                "public-disclosure": M,
                "access": [27],
                "correct": [27],
                "delete": [27],
                "close-account": Q,
                "withdraw-consent": [27],
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 「我们的微信小程序」 only",
            "cn-pipl/methods": "missing: 「我们可能会收集」 (8) with no way",
            "cn-pipl/sensitive-necessity": "?: no sensitive datum named",
            "cn-pipl/minors": "n/a: minors never spoken of",
            "cn-gbt35273/functions": "?: data (9-11) and uses (15-17) in separate lists",
            "cn-gbt35273/close-account": "?: no account mentioned",
            "cn-gbt35273/security": "missing: 「采取合理的安全措施」 (20) names no measure",
        },
    },
    {
        "name": "health-zh",
        "split": "holdout",
        "file": "health-zh/privacyPolicy.vue",
        "source": _git61q("ocodelz/health_assessment", "pages/privacyPolicy/privacyPolicy.vue", "48ddb03eecd4b958373966d7f9809928fcd25fd5", "36165116545", ", CRLF"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [23, 42, 43],
                "methods": [19, 21],
                "categories": [22],
                "retention": [28],
                "rights": [56],
                "sensitive-necessity": M,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [21, 22, 23],
                "sensitive-marked": [22],
                "methods": [19, 21],
                "retention": [28],
                "cross-border": [30],
                "sharing": [47],
                "transfer": [47],
                "public-disclosure": [48],
                "access": [56],
                "correct": [56],
                "delete": [56],
                "close-account": Q,
                "withdraw-consent": [56],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [37],
                "complaint": [61],
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 「《三项检测》小程序开发者」 (12) names no one; only a mailbox (62)",
            "cn-pipl/purposes": "用于优化服务 (23), 4.1 rules (42-43)",
            "cn-pipl/methods": "主动提供的或因为使用服务而产生的 (19), 在获得您同意提供的情况下收集 (21)",
            "cn-pipl/categories": "实名身份信息（姓名、性别、年龄、身高、身份证号、体重、居住地、联系电话） (22)",
            "cn-pipl/sensitive-necessity": "missing: 身份证号 (22) is sensitive PI; no necessity or effect stated",
            "cn-pipl/minors": "n/a: minors never spoken of",
            "cn-gbt35273/identity-contact": "?: a mailbox (62) but no identity",
            "cn-gbt35273/sensitive-marked": "the list holding 身份证号 is in bold (class font-weight-bold, 22)",
            "cn-gbt35273/cross-border": "存储于中国境内 (30)",
            "cn-gbt35273/close-account": "?: no account mentioned",
            "cn-gbt35273/security": "安全事件处置措施: 应急预案, notice (37); 35 alone is bare",
            "cn-gbt35273/complaint": "投诉 through the mailbox, reply within 15 days (61-63)",
        },
    },
    {
        "name": "travel-zh",
        "split": "holdout",
        "file": "travel-zh/privacy-zh.md",
        "source": _idx61q("emalration2-sketch/travel-template-v2", "docs/legal/privacy-zh.md", "f55b9ba2c889b54b92a92e3a5627c0810798b02c", "2,482", "66444736633"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": r(28, 31),
                "methods": TR_DATA,
                "categories": TR_DATA,
                "retention": [35, 36, 37],
                "rights": r(61, 64),
                "sensitive-necessity": NA,
                "minors": NA,
                "abroad-recipient": [52],
                "abroad-purposes": [52],
                "abroad-methods": [52],
                "abroad-categories": [52],
                "abroad-rights": Q,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [28, 29],
                "sensitive-marked": NA,
                "methods": TR_DATA,
                "retention": [35],
                "cross-border": [48, 52],
                "sharing": [41],
                "transfer": M,
                "public-disclosure": M,
                "access": [61],
                "correct": [62],
                "delete": [63],
                "close-account": Q,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [19, 55],
                "security": [73, 74, 75],
                "complaint": [93, 95, 96, 97, 98],
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 运营者 and its mailbox are slots (7, 11, 63, 87)",
            "cn-pipl/sensitive-necessity": "n/a: 不收集…等敏感信息 (23)",
            "cn-pipl/minors": "n/a: minors never spoken of",
            "cn-pipl/abroad-recipient": "Google LLC (Google Firebase) (52), its policy link (54)",
            "cn-pipl/abroad-rights": "?: 「如不希望跨境转移，可停止使用服务」 (55) is no way to exercise rights against the recipient",
            "cn-gbt35273/identity-contact": "missing: slots",
            "cn-gbt35273/sensitive-marked": "n/a: no sensitive data (23)",
            "cn-gbt35273/cross-border": "可能因此转移至境外 (48), Seoul region and processing outside Korea (52)",
            "cn-gbt35273/close-account": "?: 「用户请求删除账户数据…」 (35) implies closing; no way given",
            "cn-gbt35273/effect-of-not-providing": "Google 账户认证（必填） (19), without cross-border transfer the core functions are lost (55)",
            "cn-gbt35273/complaint": "the four bodies for complaints (93-98)",
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
            "file": f"eval/profiles61q/docs/{doc['file']}",
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
