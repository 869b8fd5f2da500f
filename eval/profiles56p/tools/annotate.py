#!/usr/bin/env python3
"""Hand annotations of eval/profiles56p in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m56p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start cfcf1eb89; two documents held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles55p.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles56p/tools/annotate.py
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


# 先知命理网 (zh-Hans Next.js TSX; held out).
X_PURPOSES = [44, 51, 53, 62, 72, 73, 74, 75, 76, 127, 130, 131, 132]
X_METHODS = [39, 41, 42, 43, 44, 49, 51, 52, 53, 127]
X_CATEGORIES = [41, 42, 43, 44, 51, 52, 53]

# 龙头会服 (zh-Hans Next.js TSX; the company name, phone, e-mail and address are run-time {brand.*}).
L_METHODS = [33, 34]

# TinyCRM TW (Taiwan Next.js TSX; the company name and contacts are run-time {COMPANY.*}).
# BuyBuyLa (Taiwan JSP page of 藍石國際股份有限公司; held out).
# 词汇 app (bilingual zh-CN / en-US TS template literals; a line of either language is accepted).
C_PURPOSES = [11, 12, 14, 15, 16, 17, 22, 23, 50, 51, 53, 54, 55, 56, 61, 62]
C_CATEGORIES = [10, 11, 12, 49, 50, 51]
C_RECIPIENTS = [20, 21, 22, 23, 59, 60, 61, 62]

DOCS: list[dict] = [
    {
        "name": "xianzhi-zh",
        "split": "holdout",
        "file": "xianzhi-zh/page.tsx",
        "source": _src("(a Next.js app/privacy/page.tsx of 先知命理网, a Chinese fortune-telling site)", "60249917388", "7,501"),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": X_PURPOSES,
                "methods": X_METHODS,
                "categories": X_CATEGORIES,
                "retention": [119],
                "rights": [115, 116, 117, 118, 119, 152, 155, 157],
                "sensitive-necessity": Q,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": X_CATEGORIES,
                "sensitive-marked": Q,
                "methods": X_METHODS,
                "retention": [119],
                "cross-border": M,
                "sharing": [43, 102, 104],
                "transfer": M,
                "public-disclosure": M,
                "access": [115],
                "correct": [116],
                "delete": [117],
                "close-account": [119],
                "withdraw-consent": [118],
                "copy": M,
                "effect-of-not-providing": [135],
                "security": [87, 89, 90, 91, 92, 93],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": '? — 「先知命理网（以下简称"我们"）」 (27): a site name defined as 我们, no company; e-mail privacy@mingliwang.com (155)',
            "cn-pipl/purposes": "2. 信息的使用 (72-76), 用于优化 (51), 仅用于计算命理结果 (62), 以提供更好的服务 (44), the cookie uses (127-132)",
            "cn-pipl/methods": "1.1 您主动提供的信息 / 1.2 自动收集的信息 with 当您…时，我们会收集 (39-53); Cookie (53, 127)",
            "cn-pipl/categories": "账号/排盘/付费/沟通信息 (41-44), 设备/日志/Cookie 信息 (51-53)",
            "cn-pipl/retention": "「注销后所有数据将被永久删除」 (119): the ending event only (gofish-zh's convention, profiles55p) — debatable, accepted",
            "cn-pipl/rights": "5. 您的权利 (115-119) and 8. 联系我们 「或需要行使您的相关权利，欢迎通过以下方式联系我们」 + e-mail + 15 个工作日 (152-157)",
            "cn-pipl/sensitive-necessity": "? — 1.3 denies 身份证号码、银行卡密码等敏感信息 (60); 「敏感信息（如密码）采用哈希加密存储」 (90) calls a password sensitive (not a PIPL Art. 28 kind); 出生日期/出生地 are not sensitive",
            "cn-pipl/minors": "n/a: children are not spoken of",
            "cn-pipl/abroad-recipient": "n/a: nothing said of abroad",
            "cn-gbt35273/identity-contact": "? (as processor)",
            "cn-gbt35273/functions": "当您注册账号/使用排盘服务/购买付费服务/与客服沟通/访问网站时，我们会收集… (41-44, 51-53)",
            "cn-gbt35273/sensitive-marked": "? (as sensitive-necessity: no PIPL sensitive data collected unless the password counts)",
            "cn-gbt35273/cross-border": "missing: no storage place named (云存储 only, 104)",
            "cn-gbt35273/sharing": "服务提供商：与为我们提供支付、云存储等服务的合作伙伴共享必要信息 (104); 支付数据由第三方支付平台直接处理 (43)",
            "cn-gbt35273/transfer": "missing: no 转让",
            "cn-gbt35273/public-disclosure": "missing: 105 is a provision on a legal demand, no 公开披露",
            "cn-gbt35273/copy": "missing: no copy or export",
            "cn-gbt35273/effect-of-not-providing": "「您可以通过浏览器设置拒绝或删除Cookie，但这可能会影响部分功能的正常使用」 (135), the rule's own cookie form",
            "cn-gbt35273/security": "3. 信息的保护: HTTPS, 哈希加密存储, 访问控制, 隔离存储, 安全审计 (87-93)",
            "cn-gbt35273/complaint": "missing: 8. 联系我们 is for 疑问、意见或建议 (152) with a reply time; no 投诉/举报 (the rule's own exclusion) — debatable",
        },
    },
    {
        "name": "longtou-zh",
        "split": "dev",
        "file": "longtou-zh/page.tsx",
        "source": _src(
            "(a Next.js app/privacy/page.tsx of 龙头会服, an accounting-services site; name and contacts are {brand.*} at run time)",
            "68810539774",
            "2,534",
        ),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": [39, 40, 41],
                "methods": [33, 34, 52, 57],
                "categories": [33],
                "retention": [57],
                "rights": [62],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [28, 33, 34],
                "sensitive-marked": NA,
                "methods": L_METHODS,
                "retention": [57],
                "cross-border": [52],
                "sharing": [47],
                "transfer": M,
                "public-disclosure": M,
                "access": [62],
                "correct": [62],
                "delete": [62],
                "close-account": NA,
                "withdraw-consent": [62],
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": '? — the body\'s name is {brand.legalName}（以下简称"我们"） (28), filled at run time; the company 河南龙头会计服务有限公司 is only in the metadata description (8); contacts {brand.phone}/{brand.email}/{brand.address} (73-75) — the run-time convention of profiles54q',
            "cn-pipl/purposes": "二、信息的使用目的 list (39-41)",
            "cn-pipl/methods": "您主动填写的信息 / 您通过电话、微信、邮件…沟通时提供的信息 (33-34); stored in China (52), deleted or anonymised (57)",
            "cn-pipl/categories": "企业名称、所属行业、营收区间…联系人与联系方式（电话、微信或邮箱） (33)",
            "cn-pipl/retention": "「仅在实现本政策所述目的所必需的期限内保留」 (57)",
            "cn-pipl/rights": "「您有权查询、更正、删除…或撤回…如需行使上述权利，可通过本政策末尾的联系方式与我们联系」 (62)",
            "cn-pipl/abroad-recipient": "n/a: 「我们在中华人民共和国境内存储相关信息」 (52)",
            "cn-gbt35273/functions": "在您使用本网站…及提交咨询信息时 (28) with the form's fields (33) and what is given in contact (34) — debatable, accepted",
            "cn-gbt35273/cross-border": "「我们在中华人民共和国境内存储相关信息」 (52)",
            "cn-gbt35273/sharing": "「为提供服务而使用的必要工具或平台（如企业协作与邮件系统）」 (47)",
            "cn-gbt35273/close-account": "n/a: no account (a consultation form only)",
            "cn-gbt35273/withdraw-consent": "「或撤回对我们的授权同意。如需行使上述权利，可通过…联系方式」 (62)",
            "cn-gbt35273/effect-of-not-providing": "missing",
            "cn-gbt35273/security": "missing: 「采取合理的技术与管理措施保护信息安全，防止未经授权的访问…」 (52) names no measure (the rule's own exclusion)",
            "cn-gbt35273/complaint": "missing: 九、联系我们 only",
        },
    },
    {
        "name": "tinycrm-tw",
        "split": "dev",
        "file": "tinycrm-tw/page.tsx",
        "source": _src(
            "(a Next.js app/privacy/page.tsx of TinyCRM TW, a Taiwanese CRM SaaS; name and contacts are {COMPANY.*} at run time)",
            "58337060032",
            "3,863",
        ),
        "v": {
            "tw-pdpa": {
                "agency": Q,
                "purposes": [30, 31, 32],
                "categories": [37, 38, 40, 41],
                "period": [52],
                "area": [53],
                "recipients": [55, 57, 58, 60, 61],
                "methods": M,
                "rights": [69, 71, 72, 73],
                "effect-of-not-providing": [74, 83, 84],
                "source": Q,
            },
        },
        "notes": {
            "tw-pdpa/agency": "? — 「由 {COMPANY.legalName}（下稱「本公司」）營運」 (18): the name is filled at run time (profiles54q's convention)",
            "tw-pdpa/purposes": "二、蒐集之目的 with the statutory codes (30-32)",
            "tw-pdpa/categories": "三、蒐集之個人資料類別 (37-41)",
            "tw-pdpa/period": "期間：自蒐集時起至您終止使用本服務後 6 個月內 (52)",
            "tw-pdpa/area": "地區：中華民國境內，及…雲端主機與下列協力廠商之服務所在地 (53)",
            "tw-pdpa/recipients": "對象與方式：…提供予下列第三方處理 — 藍新金流, 雲端主機, 第三方 AI 語言模型服務 (55-61)",
            "tw-pdpa/methods": "missing: the 對象與方式 label (55) gives recipients and provision to them for processing; no 自動化/電子/書面 means (tomo-tw / ruiyang-tw: debatable, the tool's reading defensible)",
            "tw-pdpa/rights": "五、當事人權利: the five rights, 行使方式：來信 {COMPANY.email} 或致電 {COMPANY.phone} (71-73)",
            "tw-pdpa/effect-of-not-providing": "「若您選擇不提供必要之個人資料，可能無法完成註冊、付款或使用部分功能」 (74); the cookie line (83-84)",
            "tw-pdpa/source": "? — the contacts a user imports (40-41) are other people's data, but for them the user is the collector and the company a processor (46); if the item applies, 40-41 name the source",
        },
    },
    {
        "name": "buybuyla-tw",
        "split": "holdout",
        "file": "buybuyla-tw/privacy.jsp",
        "source": _src(
            "(a JSP seller-centre page of BuyBuyLa, run by 藍石國際股份有限公司, with its 隱私權政策 in a table cell)",
            "17127716616",
            "6,193",
        ),
        "v": {
            "tw-pdpa": {
                "agency": [59],
                "purposes": [68, 70, 72, 97],
                "categories": [68, 72],
                "period": M,
                "area": M,
                "recipients": [72, 76, 78, 79, 80, 81],
                "methods": M,
                "rights": [83, 85, 87, 88, 89, 91],
                "effect-of-not-providing": [97],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「本網站由藍石國際股份有限公司（以下簡稱我們）所經營」 (59)",
            "tw-pdpa/purposes": "logs 做為我們增進網站服務的參考依據 (68); 為提供精確的服務…統計與分析 (70); LINE 綁定身份驗證 (72); 為了提供您更個人化的服務或統計瀏覽行為的目的 (97) — 66's 「在該特定目的範圍內」 names none",
            "tw-pdpa/categories": "IP位址、使用時間、使用的瀏覽器、瀏覽及點選資料記錄 (68); 手機號碼或 Email (72)",
            "tw-pdpa/period": "missing",
            "tw-pdpa/area": "missing",
            "tw-pdpa/recipients": "需與提供服務的第三方共用 (79), 委託廠商/委外廠商 (81), 綠藤系統 (72), the legal exceptions (76-80)",
            "tw-pdpa/methods": "missing: no 自動化/書面/電子 means",
            "tw-pdpa/rights": "個資法第三條 rights (83-89) and 行使權利之方式：以電子郵件 a21@gmail.com 或電話 0921212121 (91)",
            "tw-pdpa/effect-of-not-providing": "「若您不願接受 Cookie 的寫入…但可能會導至網站某些功能無法正常執行」 (97)",
            "tw-pdpa/source": "n/a: LINE is used to verify what the person gives, no data is obtained from others (72)",
        },
    },
    {
        "name": "cihui-bil",
        "split": "dev",
        "file": "cihui-bil/legalTexts.ts",
        "source": _src(
            "(a TypeScript module of a vocabulary app (Sign in with Apple, OpenAI, TMDB): privacyPolicyText['zh-CN'] and ['en-US'] as template literals)",
            "12227816279",
            "3,070",
        ),
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": C_PURPOSES,
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": C_RECIPIENTS,
                "transfers": Q,
                "retention": [27, 66],
                "rights": [31, 32, 70, 71],
                "withdraw-consent": M,
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": [10, 49],
            },
            "us-ccpa": {
                "categories-collected": C_CATEGORIES,
                "sources": [10, 11, 49, 50],
                "purposes": C_PURPOSES,
                "sold-or-shared": M,
                "right-to-know": [31, 70],
                "right-to-delete": [31, 32, 70, 71],
                "right-to-correct": [31, 70],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [32, 71],
                "authorized-agent": M,
                "last-updated": [5, 44],
            },
        },
        "notes": {
            "eu-gdpr/controller": "missing: no name at all; 'we' undefined, an e-mail dt14gs@gmail.com only (39, 78)",
            "eu-gdpr/purposes": "usage records used for sync (11, 50), device info to improve (12, 51), 2. How We Use (53-56), OpenAI/TMDB uses (22-23, 61-62)",
            "eu-gdpr/legal-basis": "missing: '(if you agree)' for the e-mail (49) is no stated basis",
            "eu-gdpr/recipients": "3. Third-Party Services: Apple, OpenAI API, TMDB API (58-62)",
            "eu-gdpr/transfers": "? — 'may involve cross-border data processing' (63), 'may process data across borders' (46): no country or EEA named",
            "eu-gdpr/retention": "'We retain your data only as long as necessary to provide the service' (66)",
            "eu-gdpr/rights": "'You may access, correct, or delete' (70); delete the account in Settings (71)",
            "eu-gdpr/withdraw-consent": "missing (35/74 ask consent to changes; no withdrawal)",
            "eu-gdpr/requirement": "? — 'and, if you agree, your email address' (49): the e-mail is optional (a 'whether required' statement?) — doubtful",
            "eu-gdpr/source": "'we receive an anonymized user identifier … from Apple' (49), 「从 Apple 获取」 (10): a named party as the source",
            "us-ccpa/sources": "from Apple (10, 49); words you look up (11, 50)",
            "us-ccpa/how-to-submit": "'You may delete your account in “Settings”' (71): an in-app way for the deletion right; the e-mail (77-78) is for 'questions or suggestions' — debatable, accepted",
            "us-ccpa/last-updated": "Effective Date: 2025-08-08 (44), 生效日期 (5)",
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
            "file": f"eval/profiles56p/docs/{doc['file']}",
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
