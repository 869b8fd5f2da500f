#!/usr/bin/env python3
"""Hand annotations of eval/profiles58q in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m58p (Part B, the secret final set) by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 882e48f20; two documents held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles57p.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles58q/tools/annotate.py
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



def _repo(repo: str, path: str, commit: str, chars: str) -> dict[str, str]:
    return {
        "repo": repo,
        "licence": NONE,
        "path": path,
        "commit": commit,
        "stored": f"read_file by repository and path at the commit the index holds; {chars} characters; written out character for character and checked against total_chars",
    }


# 三秦 (zh-Hans/English restaurant ordering site; isZh ? zh : en ternaries; no operator, no contact).
S_DATA = [51, 56, 61, 66, 71]
# Tholattice Digital Marketing LLC (zh-Hans exported JSX section components; a California LLC).
T_ID = [6, 7, 210]
T_PURPOSES = [55, 58, 60, 62, 86, 109, 110, 117, 125, 126, 134, 135, 158, 170]
T_DATA = [23, 24, 25, 29, 30]
# iLive (Taiwan Vue SFC; lists in script arrays at 88-89 and 93-94).
I_AGENCY = [13, 53, 56, 59]
# Crevio (English TSX; bracket slots beside filled admin@crevio.co.in).
C_DATA = [130, 135, 140, 145, 150, 155, 160, 165, 170]
# HelloJump (zh-Hans Next.js draft with <Todo> slots; held out).
HJ_ROWS = [14, 16, 17, 21, 23, 24, 28, 30, 31, 35, 37, 38]
# StackUnity (zh-Hans i18n TypeScript object; held out).
SU_PURPOSES = r(35, 56)

DOCS: list[dict] = [
    {
        "name": "sanqin-zh",
        "split": "dev",
        "file": "sanqin-zh/page.tsx",
        "source": _src("(a Next.js [locale]/legal/privacy/page.tsx of 三秦 San Qin, a restaurant ordering site)", "3590777059", "7,099"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [66, 84, 89, 94, 99, 104],
                "methods": [66, 71],
                "categories": S_DATA,
                "retention": [144],
                "rights": [156, 161, 166],
                "sensitive-necessity": NA,
                "minors": M,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": S_DATA,
                "sensitive-marked": NA,
                "methods": [66, 71],
                "retention": [144],
                "cross-border": M,
                "sharing": [116, 122, 127, 132],
                "transfer": M,
                "public-disclosure": M,
                "access": [156, 166],
                "correct": [156, 166],
                "delete": [166],
                "close-account": M,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [144],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: no operator (三秦 appears only in the page title) and no contact at all",
            "cn-pipl/methods": "技术信息 collected while browsing (66), 从 Google 获取 at sign-in (71)",
            "cn-pipl/rights": "会员中心 / 联系我们 (156), 取消订阅 (161), the legal rights (166) — the way 联系我们 has no address",
            "cn-pipl/abroad-recipient": "n/a: nothing on a transfer abroad",
            "cn-gbt35273/functions": "each kind with its use: 订单 / 配送 / 技术 (用于改善) / 第三方登录 (51-71)",
            "cn-gbt35273/sharing": "delivery, payment and technical providers, legal requests (116-132)",
            "cn-gbt35273/withdraw-consent": "?: 随时取消订阅营销邮件 (161) withdraws one consent (marketing) only",
            "cn-gbt35273/security": "合理的技术和管理措施 (144)",
        },
    },
    {
        "name": "tholattice-zh",
        "split": "dev",
        "file": "tholattice-zh/chinese.tsx",
        "source": _src("(a Next.js component file of Tholattice Digital Marketing LLC's Chinese privacy policy: one exported component per section)", "39088760205", "4,900"),
        "v": {
            "cn-pipl": {
                "processor": T_ID,
                "purposes": T_PURPOSES,
                "methods": T_DATA + [40, 41, 43, 109, 110, 117],
                "categories": T_DATA,
                "retention": [40, 41],
                "rights": [45, 46, 47, 197, 201],
                "sensitive-necessity": NA,
                "minors": [178, 179],
                "abroad-recipient": Q,
                "abroad-purposes": Q,
                "abroad-methods": Q,
                "abroad-categories": Q,
                "abroad-rights": Q,
            },
            "cn-gbt35273": {
                "identity-contact": T_ID,
                "functions": Q,
                "sensitive-marked": NA,
                "methods": [24, 29],
                "retention": [40, 41],
                "cross-border": M,
                "sharing": [71, 76, 81, 86, 105],
                "transfer": M,
                "public-disclosure": M,
                "access": [197],
                "correct": M,
                "delete": [45, 46, 47, 197],
                "close-account": Q,
                "withdraw-consent": [170, 201],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [149, 150, 158, 159],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "Tholattice Digital Marketing LLC with its street address (6-7) and alex@tholattice.com (210)",
            "cn-pipl/methods": "retrieved from 微信、谷歌和脸书 (24-25), interaction data (29-30), stored at Supabase (40-43), analytics and pixels (109-117)",
            "cn-pipl/rights": "purge link (45-47), 访问和删除 / 选择退出 (197, 201)",
            "cn-pipl/sensitive-necessity": "n/a: payment cards are handled by Stripe, not stored (158-160)",
            "cn-pipl/abroad-recipient": "?: the processor itself is a US company (its cloud Supabase unlocated): no domestic processor providing data abroad — the PIPL items do not fit cleanly",
            "cn-gbt35273/functions": "?: data listed by kind, not per function",
            "cn-gbt35273/cross-border": "missing: Supabase named (41), no location",
            "cn-gbt35273/close-account": "?: 取消后保留…30 天 (40) is a subscription's cancellation",
            "cn-gbt35273/withdraw-consent": "选择退出再营销 (170), 选择退出营销通信 (201)",
            "cn-gbt35273/security": "breach notice within 24 h (149-150), Stripe encryption (158-159)",
            "cn-gbt35273/complaint": "missing: 210 is for 疑问或疑虑",
        },
    },
    {
        "name": "ilive-tw",
        "split": "dev",
        "file": "ilive-tw/Privacy.vue",
        "source": _src("(a Vue 3 Privacy.vue of the iLive 電商平台, Element Plus)", "1851447708", "4,257"),
        "v": {
            "tw-pdpa": {
                "agency": I_AGENCY,
                "purposes": [20, 21, 22, 25, 27, 28, 31],
                "categories": [22, 25, 28],
                "period": [38],
                "area": M,
                "recipients": [31, 88, 89],
                "methods": [22, 25, 28],
                "rights": [42, 93, 94],
                "effect-of-not-providing": [25],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "iLive電商平台及其關聯公司 (13) with 電子郵件, 客服電話 (a dummy 0800-000-000) and 地址 (53-59)",
            "tw-pdpa/purposes": "account name (22), better service (25), identity checks against phishing (28), 提供本隱私政策目的所述的服務 (31)",
            "tw-pdpa/period": "目的所必需的期間…刪除或匿名化 (38)",
            "tw-pdpa/area": "missing: no area of use",
            "tw-pdpa/recipients": "合作夥伴等第三方 (31) with the array 物流配送服務商 / 支付服務商 (88-89)",
            "tw-pdpa/rights": "您的權利 (42) with the array: view and change account data, log in or out (93-94) — partial",
            "tw-pdpa/effect-of-not-providing": "如不提供也不會影響iLive帳號的基本功能 (25)",
            "tw-pdpa/source": "n/a: collected from the user",
        },
    },
    {
        "name": "crevio-en",
        "split": "dev",
        "file": "crevio-en/PrivacyPolicy.tsx",
        "source": _src("(a React PrivacyPolicy.tsx of Crevio, a creator-campaign contract platform)", "60222677536", "23,642"),
        "v": {
            "eu-gdpr": {
                "controller": [108, 253, 257, 258],
                "dpo": [264, 265, 266],
                "purposes": [150, 160, 175, 180, 185, 190],
                "legal-basis": M,
                "legitimate-interests": Q,
                "recipients": [190, 205],
                "transfers": [230],
                "retention": [215, 220],
                "rights": [225],
                "withdraw-consent": [225],
                "complaint": M,
                "requirement": M,
                "automated-decisions": Q,
                "source": [125, 140, 145],
            },
            "us-ccpa": {
                "categories-collected": C_DATA,
                "sources": [125, 145],
                "purposes": [150, 160, 180],
                "sold-or-shared": [190],
                "right-to-know": [225],
                "right-to-delete": [220, 225],
                "right-to-correct": [225],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [225],
                "authorized-agent": M,
                "last-updated": M,
            },
        },
        "notes": {
            "eu-gdpr/controller": "[Legal Company Name] (108) is a slot; the brand Crevio (253) with admin@crevio.co.in (257-258) identifies it — accepted as for bugbear-en (57p)",
            "eu-gdpr/dpo": "Privacy / Data Protection Contact, [Name / Designation], admin@crevio.co.in (264-266)",
            "eu-gdpr/legal-basis": "missing: no legal basis named",
            "eu-gdpr/legitimate-interests": "?: 'legitimate business purposes' (220) for keeping records is no Art. 13(1)(d) statement",
            "eu-gdpr/transfers": "International Data Transfers with 'appropriate safeguards' (230)",
            "eu-gdpr/complaint": "missing: the Grievance Contact (267-269) is internal; no supervisory authority",
            "eu-gdpr/automated-decisions": "?: 'automated systems, artificial intelligence' assist campaigns (185), no decision with legal effect said",
            "us-ccpa/sold-or-shared": "'We do not sell or rent your personal information for third-party marketing' (190)",
            "us-ccpa/how-to-submit": "'To exercise an applicable right, contact us using the information below' (225)",
            "us-ccpa/last-updated": "missing: 'Last Updated: [Date]' (71) is an unfilled slot",
        },
    },
    {
        "name": "hellojump-zh",
        "split": "holdout",
        "file": "hellojump-zh/page.tsx",
        "source": _repo("EasonTong/hellojump-site", "app/privacy/page.tsx", "f80f84f68b9675144e6fda0d66f4b16c91177a4b", "7,824"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [17, 24, 31, 38, 84, 142],
                "methods": [16, 23, 30, 37, 84, 85, 154, 155, 163],
                "categories": [14, 16, 21, 23, 28, 30, 35, 37, 84, 85],
                "retention": [190],
                "rights": [178, 180, 185, 186],
                "sensitive-necessity": NA,
                "minors": [201, 202, 203],
                "abroad-recipient": [154, 155, 156],
                "abroad-purposes": Q,
                "abroad-methods": [154, 155],
                "abroad-categories": [154],
                "abroad-rights": M,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": HJ_ROWS,
                "sensitive-marked": NA,
                "methods": [16, 23, 30, 37],
                "retention": [154, 155, 156, 163, 190],
                "cross-border": [155, 156],
                "sharing": [142, 155],
                "transfer": M,
                "public-disclosure": [143, 144, 166, 167],
                "access": M,
                "correct": M,
                "delete": [178, 185, 186],
                "close-account": NA,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [212, 213, 214],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 运营者 and 联系邮箱 are <Todo> slots (238, 241)",
            "cn-pipl/purposes": "each row's purpose (17-38), 84, 用于上传成绩和读取榜单 (142)",
            "cn-pipl/rights": "重置身份 with its Android path (178-180), 删除云端成绩 via contact (185-186)",
            "cn-pipl/minors": "5. 未成年人 (201-203)",
            "cn-pipl/abroad-recipient": "stored at Supabase, 韩国首尔区域 (154-156): a transfer abroad, recipient named",
            "cn-pipl/abroad-purposes": "?: the purpose abroad is only implied (storage of the leaderboard)",
            "cn-pipl/abroad-rights": "missing: no way to exercise rights against the overseas recipient",
            "cn-gbt35273/cross-border": "项目部署在韩国首尔区域 (155-156)",
            "cn-gbt35273/sharing": "no third-party SDK (142); Supabase hosts the data (155)",
            "cn-gbt35273/public-disclosure": "the public leaderboard shows nickname, model, score (143-144, 166-167)",
            "cn-gbt35273/close-account": "n/a: 本应用没有注册和登录 (44)",
            "cn-gbt35273/effect-of-not-providing": "missing: the table's 必需 says data are required, not what refusing does",
            "cn-gbt35273/security": "HTTPS, RLS (212-214)",
        },
    },
    {
        "name": "stackunity-zh",
        "split": "holdout",
        "file": "stackunity-zh/zh.ts",
        "source": _repo("stackunity-dev/stackunity", "languages/legal/privacy/zh.ts", "3f9e11367d9ed14490ca8159112fbbb32da3af66", "3,797"),
        "v": {
            "cn-pipl": {
                "processor": [14, 142],
                "purposes": SU_PURPOSES,
                "methods": [22, 26, 30, 110],
                "categories": [21, 22, 25, 26, 29, 30],
                "retention": M,
                "rights": Q,
                "sensitive-necessity": NA,
                "minors": M,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [14, 142],
                "functions": Q,
                "sensitive-marked": NA,
                "methods": [22, 26, 110],
                "retention": M,
                "cross-border": M,
                "sharing": [62, 65, 69, 73],
                "transfer": M,
                "public-disclosure": M,
                "access": [87],
                "correct": [91],
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": [99],
                "effect-of-not-providing": M,
                "security": [80],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "在StackUnity (14) as the brand with privacy@stackunity.com (142), as livecapture-zh (58p) — no company name",
            "cn-pipl/retention": "missing: no storage period",
            "cn-pipl/rights": "?: five rights listed (87-103) but each body is copy filler 「我们使用您的信息来遵守法律义务。」 and no way is given beyond the general contact (141-142)",
            "cn-gbt35273/functions": "?: data by kind; only 当您创建账户时 (22) ties a function",
            "cn-gbt35273/delete": "missing: access, correct, restrict, portability, object — no deletion",
            "cn-gbt35273/withdraw-consent": "missing: objecting (103) is not withdrawing consent",
            "cn-gbt35273/copy": "数据可携带性的权利 (99)",
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
            "file": f"eval/profiles58q/docs/{doc['file']}",
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
