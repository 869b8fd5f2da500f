#!/usr/bin/env python3
"""Hand annotations of eval/profiles52b in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m52y by reading each document in full before any policylens run (a measure-only set, blind on the session's
final code; one document held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles52.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles52b/tools/annotate.py
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

SRC = {
    "repo": "(not named by the index)",
    "licence": NONE,
}

DOCS: list[dict] = [
    {
        "name": "zesi-zh",
        "split": "dev",
        "file": "zesi-zh/Privacy.tsx",
        "source": {
            **SRC,
            "path": "(a React page `Privacy` (wouter) of 泽思 AI / Zenith AI, an AI business-consulting site defined as 我们 (引言) and used as the product (泽思 AI 产品和/或服务); a 产品 | 个人信息类型 | 用途 | 地址 table; 邮箱 cs@zesiai.com under 联系方式; no company)",
            "commit": "index id 57918133373",
            "stored": INDEX_NO_REPO + "; 11,400 characters, LF, final newline; checked against total_chars",
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [80, 89, 109],
                "methods": [88, 89, 109, 146],
                "categories": [53, 55, 56, 79, 88, 89],
                "retention": [149],
                "rights": [158, 161, 164, 173],
                "sensitive-necessity": NA,
                "minors": [176, 179, 182],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [79, 80, 88, 89],
                "sensitive-marked": NA,
                "methods": [88, 89, 109],
                "retention": [149],
                "cross-border": M,
                "sharing": [115, 119, 120, 121],
                "transfer": [126, 128, 129],
                "public-disclosure": [134, 136, 137],
                "access": [158, 161],
                "correct": [158, 161],
                "delete": [158, 164],
                "close-account": [173],
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [64],
                "security": [143, 146, 149, 152],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": '「泽思 AI（以下简称"我们"）」 (28) and 「我们为您提供的 泽思 AI 产品和/或服务」 (30): a product name defined as 我们, no company or person anywhere (the footer 「© 2025 泽思 Zenith AI - 专业AI商业咨询平台」, 211, is a brand line); the e-mail (203) belongs to no named body: missing by profiles50\'s product-as-我们 convention (as profiles52 chuandao-zh); debatable',
            "cn-pipl/purposes": "the 用途 cell 「注册、登录、接收服务通知」 (80); 「我们将通过记录、分析这些信息以便更及时响应您的帮助请求，以及用于改进服务」 (89); the cookies' 「为确保网站正常运转…向你推荐你可能感兴趣的内容」 (109)",
            "cn-pipl/methods": "自动收集 (88), 通过记录、分析 (89), cookies stored on the device (109), https transmission (146)",
            "cn-pipl/categories": "「本隐私政策中涉及的个人信息包括：」 with its list 手机号、电子邮箱 / 产品使用记录 (53-56) under 一、我们如何收集和使用您的个人信息; the table's 个人信息类型 cell (79); 自动收集…详细使用情况（包括产品使用记录） (88); 咨询记录、报障记录 (89)",
            "cn-pipl/retention": "「我们只会在达成本隐私政策所述目的所需的期限内保留您的个人信息」 (149): the criterion",
            "cn-pipl/rights": "「您有权请求访问…您可以通过我们的邮箱与我们取得联系」 (161), 删除 (164) and 注销 by e-mail (173) under 五、您如何管理您的个人信息 (lead 158)",
            "cn-pipl/sensitive-necessity": "「本隐私政策中涉及个人敏感信息包括：无」 (61); line 60 is a definition",
            "cn-pipl/minors": "the policy speaks of minors and does not exclude them: 「应事先取得您家长或法定监护人的书面同意」 (176), 父母同意 (179), 账号冻结 (182)",
            "cn-pipl/abroad-recipient": "n/a: nothing on where data goes",
            "cn-gbt35273/functions": "the table row 泽思 AI | 手机号、电子邮箱 | 注册、登录、接收服务通知 (78-80); 「当您使用我们的网站提供的服务时，我们会自动收集…产品使用记录」 (88); support records for answering help requests (89)",
            "cn-gbt35273/cross-border": "nothing on where data is stored or whether it leaves China",
            "cn-gbt35273/sharing": "关联方 (119), 第三方支付端口 with 个人订单记录 (120), 合作伙伴 (121) under 共享 (115)",
            "cn-gbt35273/transfer": "转让 denied with exceptions (126-130)",
            "cn-gbt35273/public-disclosure": "公开披露 only in two cases (134-137)",
            "cn-gbt35273/access": "「您有权请求访问您的个人信息」 (161); the lead 158 names 访问 among the rights protected (acceptable)",
            "cn-gbt35273/withdraw-consent": "撤回同意 only named in passing in the lead (158), no way and no section: missing",
            "cn-gbt35273/copy": "nothing on a copy",
            "cn-gbt35273/effect-of-not-providing": "「如果您不提供相关信息，您将无法成为我们的注册用户」 (64)",
            "cn-gbt35273/security": "安全漏洞扫描 (143), 传输层安全协议/https (146), 匿名化 (149), 访问权限控制 (152)",
            "cn-gbt35273/complaint": "the contact (199-206) is for 问题、意见或建议 with a reply time; no complaint: missing",
        },
    },
    {
        "name": "elevate-en",
        "split": "dev",
        "file": "elevate-en/Privacy.tsx",
        "source": {
            **SRC,
            "path": "(a React page `Privacy` passing sections to a `LegalPage` component; Elevate Marketing (named in metaTitle/metaDescription only), a UK marketing agency; UK GDPR / PECR; the name, e-mail and address are `{site.name}` / `{site.email}` / `{site.address}` expressions)",
            "commit": "index id 60376641245",
            "stored": INDEX_NO_REPO + "; 4,529 characters, LF, final newline; checked against total_chars",
        },
        "v": {
            "eu-gdpr": {
                "controller": Q,
                "dpo": M,
                "purposes": [35, 46, 47, 48, 49],
                "legal-basis": [34, 46, 47, 48, 49],
                "legitimate-interests": [47],
                "recipients": [57, 58],
                "transfers": NA,
                "retention": [68, 69, 70],
                "rights": [78, 79, 80],
                "withdraw-consent": [90, 91],
                "complaint": [80, 81],
                "requirement": Q,
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "eu-gdpr/controller": "「{site.name} is the data controller … You can reach us at {site.email} or by post at {site.address}.」 (19-20): the statement is there, the name and contacts are template expressions filled from site config (Elevate Marketing appears only in the metaTitle/metaDescription attributes, 10-11): not scored",
            "eu-gdpr/purposes": "analytics 'to understand how the site is used' (35) and the four 'To …' items (46-49) under How we use it",
            "eu-gdpr/legal-basis": "with your consent (34), performance of a contract (46), legitimate interest (47), consented to cookies (48), legal obligations (49)",
            "eu-gdpr/legitimate-interests": "'To improve the site and our services (legitimate interest, …)' (47): the interest is the purpose it is attached to",
            "eu-gdpr/recipients": "processors: booking provider (Cal.com), hosting provider (Vercel) and email provider (57-58)",
            "eu-gdpr/transfers": "'Where data is transferred outside the UK/EEA, it is protected by …' (59-60): a condition, no statement that data goes abroad: n/a (profiles52 bary-en's convention, the same class); debatable",
            "eu-gdpr/retention": "24 months after last contact / engagement plus the legal period / analytics 14 months (68-70)",
            "eu-gdpr/rights": "'you can request access, correction, deletion, restriction or portability … and object' with the e-mail (78-80)",
            "eu-gdpr/withdraw-consent": "'You can change your choice at any time by clearing site data in your browser' (91), consent asked in the banner (90)",
            "eu-gdpr/complaint": "'the right to complain to the Information Commissioner's Office (ICO)' (80-81)",
            "eu-gdpr/requirement": "nothing on the enquiry data being required; analytics is said to be consent-based (34, 90), which the item's rule may read as 'opt-in': not scored",
            "eu-gdpr/automated-decisions": "nothing said",
            "eu-gdpr/source": "n/a: all data from the person",
        },
    },
    {
        "name": "mopcon-tw",
        "split": "dev",
        "file": "mopcon-tw/Register.vue",
        "source": {
            **SRC,
            "path": "(a Vue single-file component `Register` of the MOPCON conference site: a vee-validate sign-up form, then a `Modal` holding 蒐集個人資料告知事項 / 個人資料提供同意 whose notice stops mid-sentence after item 二 (the file as stored); script and SCSS below)",
            "commit": "index id 4022465662",
            "stored": INDEX_NO_REPO + "; 8,487 characters, LF, final newline; checked against total_chars",
        },
        "v": {
            "tw-pdpa": {
                "agency": [133, 134],
                "purposes": [135],
                "categories": [135],
                "period": M,
                "area": M,
                "recipients": M,
                "methods": M,
                "rights": M,
                "effect-of-not-providing": M,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「MOPCON 科技年會為遵守個人資料保護法規定，在您提供個人資料予本單位前，依法告知下列事項：」 (133-134): the conference names itself as 本單位",
            "tw-pdpa/purposes": "「因提供年會相關資訊等目的而獲取您下列個人資料類別」 (135)",
            "tw-pdpa/categories": "「姓名（別稱可）、連絡方式（E-MAIL）等」 (135)",
            "tw-pdpa/period": "the notice stops at 「蒐集、處理」 (136): nothing on period, area, recipients, methods, rights or the effect of not providing",
            "tw-pdpa/effect-of-not-providing": "the form's Yup `required()` messages (169-180) are code, not notice text: missing",
            "tw-pdpa/source": "n/a: the person types the data in",
        },
    },
    {
        "name": "reserve-tw",
        "split": "holdout",
        "file": "reserve-tw/ReserveText.jsx",
        "source": {
            **SRC,
            "path": "(a React component `ReserveText`: a product pre-order campaign's 預約活動說明 (2021/9/23) whose items 5-6 are a 個人資料保護法告知事項 — 個人資料項目, 地區/對象/方式, 第三條 rights, the effect of refusing; 本公司 never named)",
            "commit": "index id 24192555685",
            "stored": INDEX_NO_REPO + "; 1,930 characters, LF, final newline; checked against total_chars",
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": M,
                "categories": [23],
                "period": M,
                "area": [27],
                "recipients": [28],
                "methods": [30, 31],
                "rights": [38, 41, 42, 43],
                "effect-of-not-providing": [46, 47],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "本公司 (41, 47-50) and 本活動網站 (21) are never named: missing",
            "tw-pdpa/purposes": "the notice states no purpose; the campaign text 「後續透過簡訊及email依照登記順序通知購買」 (13) implies one but says nothing of the data's use: missing; debatable",
            "tw-pdpa/categories": "「個人資料項目：姓名、手機號碼、電子信箱」 (23) under 個人資料保護法告知事項 (20-21)",
            "tw-pdpa/period": "「資料使用期間，權利人得…」 (41) names the period without giving one: missing",
            "tw-pdpa/area": "「地區：台灣地區。」 (27) under 「個人資料利用之地區、對象及方式：」 (25)",
            "tw-pdpa/recipients": "「對象：參與活動之客戶」 (28): a label with its value (an odd recipient, the participants themselves)",
            "tw-pdpa/methods": "「方式：書面、電子文件、電話、以自動化機器或其他非自動化等方式利用。」 (30-31)",
            "tw-pdpa/rights": "「台端依據個資法第三條規定得行使之權利及方式：」 (38) then 「權利人得隨時向本公司請求查詢、閱覽、製給複製副本；或補充/更正、請求停止…或刪除」 (41-43): the Act cited, the rights granted, the way 向本公司請求 (no e-mail or phone anywhere); debatable",
            "tw-pdpa/effect-of-not-providing": "「若拒絕提供相關個人資料者，將無法參加本活動或視為放棄預約登記資格」 (46-47)",
            "tw-pdpa/source": "n/a: the person types the data in",
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
            "file": f"eval/profiles52b/docs/{doc['file']}",
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
