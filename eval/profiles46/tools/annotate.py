#!/usr/bin/env python3
"""Hand annotations of eval/profiles46 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run (held out: connectxeo-en and sakurachat-zh, drawn with random.Random(46).sample(sorted names, 2) before any run).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles46/tools/annotate.py
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
DOCS: list[dict] = [
    {
        "name": "tradecraft-zh",
        "split": "dev",
        "file": "tradecraft-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of TradeCraft 跨境电商平台; `<Card>` sections with `<h2>`/`<h3>` and `<ul>` lists)",
            "commit": "index id 30322731260",
            "stored": INDEX_NO_REPO
            + "; 11,296 characters, LF, final newline; checked against total_chars and a find_string offset (6,687)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [33, 278, 279],
                "purposes": [62, 78, 94, 108, 115, 118, 119, 120],
                "methods": [55, 69, 85, 101, 115, 178, 186, 197],
                "categories": [55, 58, 59, 69, 72, 73, 74, 75, 85, 88, 89, 90, 91, 101, 104, 105],
                "retention": [177, 178],
                "rights": [225, 226],
                "sensitive-necessity": Q,
                "minors": [239, 240, 244, 245],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [33, 278, 279],
                "functions": [55, 58, 59, 69, 72, 73, 74, 75, 85, 88, 89, 90, 91, 101, 104, 105, 115],
                "sensitive-marked": M,
                "methods": [55, 69, 85, 101, 115],
                "retention": [177, 178],
                "cross-border": [186, 187],
                "sharing": [135, 139, 140],
                "transfer": [148, 149, 150],
                "public-disclosure": [158, 161, 162],
                "access": [216],
                "correct": [217],
                "delete": [218],
                "close-account": [226],
                "withdraw-consent": [225],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [197, 198, 199, 200],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「TradeCraft 跨境电商平台（以下简称\"本平台\"或\"我们\"）」 (33): a brand defined as 我们 names the operator (u40v convention) with the phone and e-mail (278-279)",
            "cn-pipl/methods": "collection at registration/browsing/ordering/support (55, 69, 85, 101), 「收集您提供的信息」 (115), deletion or anonymisation (178), storage in China (186), TLS (197)",
            "cn-pipl/rights": "the grants with a way: withdrawal by deleting data or turning device functions off (225), closing the account in 个人中心 (226); access/correct/delete (216-218) give no way",
            "cn-pipl/sensitive-necessity": "?: 支付信息 with 交易流水号 (90) is a transaction record (GB/T Annex B sensitive), not a PIPL Art. 28 financial account as such; as profiles45c jianzhang-zh, the PIPL reading is left ?",
            "cn-pipl/minors": "under-18s need written consent of parents or guardians (239-240); use only with the guardian's consent (244-245)",
            "cn-pipl/abroad-recipient": "n/a: stored in China; 「如需跨境传输，我们将会单独征得您的授权同意」 is hypothetical",
            "cn-gbt35273/sensitive-marked": "applies (交易流水号, GB/T Annex B 交易和消费记录、流水记录), nothing marked: missing (debatable, as jianzhang-zh)",
            "cn-gbt35273/methods": "collection tied to what the person does (registration, browsing, ordering, support: 55, 69, 85, 101) and 「您提供的信息」 (115)",
            "cn-gbt35273/sharing": "关联公司 and 授权合作伙伴 (物流公司、支付机构) in the exception list (135, 139-140)",
            "cn-gbt35273/effect-of-not-providing": "missing: 必需信息/选填信息 (58-59) say what is required, not what refusing costs",
            "cn-gbt35273/security": "the four measures (197-200); the lead-in (194) names none",
            "cn-gbt35273/complaint": "missing: a contact for 疑问、意见或建议 with a reply time (272-284); nothing on complaints",
        },
    },
    {
        "name": "sakurachat-zh",
        "split": "holdout",
        "file": "sakurachat-zh/PrivacyPolicyPage.jsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React/antd page `PrivacyPolicyPage` of SakuraChat, an AI chat service; numbered `<Paragraph>`s, `- ` items as paragraphs)",
            "commit": "index id 32797706559",
            "stored": INDEX_NO_REPO
            + "; 17,999 characters, LF, no final newline; checked against total_chars and a find_string offset (14,221)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [33, 332],
                "purposes": [102, 105, 108, 111, 114, 117, 120, 123, 126, 129, 132, 135, 138, 141, 144, 147, 150, 153],
                "methods": [88, 91, 94, 97, 170, 182, 220],
                "categories": [49, 52, 55, 58, 61, 64, 67, 70, 73, 76, 79, 82, 85],
                "retention": [161, 164],
                "rights": [228, 231, 234, 249, 261, 264, 273, 279, 282, 285, 329, 332],
                "sensitive-necessity": Q,
                "minors": [299, 302, 305],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [33, 332],
                "functions": [49, 52, 55, 58, 64, 67],
                "sensitive-marked": Q,
                "methods": [88, 91, 94, 97],
                "retention": [161, 164],
                "cross-border": [170, 173],
                "sharing": [208, 211, 214],
                "transfer": M,
                "public-disclosure": M,
                "access": [228],
                "correct": [231],
                "delete": [234],
                "close-account": M,
                "withdraw-consent": [273],
                "copy": [261],
                "effect-of-not-providing": M,
                "security": [182, 185, 188, 220],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「SakuraChat（以下简称“我们”）」 (33): a brand defined as 我们, with the e-mail (332)",
            "cn-pipl/rights": "grants (228-273) with the ways (279-285) and 「需要行使您的权利，请通过以下方式联系」 with the e-mail (329, 332)",
            "cn-pipl/sensitive-necessity": "?: 「地理位置信息」 (85) if authorised; not said to be precise or a track; the sensitive-data paragraph (41) is a definition",
            "cn-pipl/minors": "applies (children may use it with a guardian); the guardian provides the data (299), deletion unless the guardian consents (302), guardians' contact (305)",
            "cn-pipl/abroad-recipient": "n/a: 「如因业务需要，我们需要将您的个人信息传输至境外，我们会…获得您的明确同意」 (173) is a hypothetical",
            "cn-gbt35273/functions": "registration or use (49) with the account, profile and chat-history lists (52-67); weak but the list is per use",
            "cn-gbt35273/transfer": "missing: no 转让 anywhere (5.1 denies sale, rent and sharing)",
            "cn-gbt35273/public-disclosure": "missing: 公开 only in the definition of processing (44)",
            "cn-gbt35273/close-account": "missing: 「在您账户注销后继续存储」 (164) says nothing on how to close",
            "cn-gbt35273/effect-of-not-providing": "missing: 「如果您不接受修改后的隐私政策，您应停止使用我们的服务」 (324) is about the policy, not about data (seventeenth-session convention)",
            "cn-gbt35273/complaint": "missing: 「向有关部门投诉或举报」 (291) names no channel of the controller; 10.1 is for 疑问或建议",
        },
    },
    {
        "name": "nenuauth-zh",
        "split": "dev",
        "file": "nenuauth-zh/activate.ts",
        "source": {
            "repo": "(not named by the index)",
            "path": "(an Express handler of a campus mini-program back end for 东北师范大学统一身份认证 activation; the policy is the HTML template literal LICENSE_TEXT, all on line 11)",
            "commit": "index id 40655772330",
            "stored": INDEX_NO_REPO
            + "; 12,844 characters, LF, final newline; checked against total_chars and a find_string offset (3,960)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [11],
                "purposes": [11],
                "methods": [11],
                "categories": [11],
                "retention": [11],
                "rights": [11],
                "sensitive-necessity": [11],
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [11],
                "functions": [11],
                "sensitive-marked": M,
                "methods": [11],
                "retention": [11],
                "cross-border": [11],
                "sharing": [11],
                "transfer": [11],
                "public-disclosure": [11],
                "access": [11],
                "correct": [11],
                "delete": [11],
                "close-account": M,
                "withdraw-consent": [11],
                "copy": M,
                "effect-of-not-providing": [11],
                "security": [11],
                "complaint": [11],
            },
        },
        "notes": {
            "cn-pipl/processor": "东北师范大学 (the university runs the system) with 0431-85099900 and the 负责人 office",
            "cn-pipl/rights": "deletion in the function's page (7.1), withdrawal by contacting us (7.2), changes through the contact at the bottom of the page",
            "cn-pipl/sensitive-necessity": "证件号码 among the data needed to activate the account, 「收集此类信息是注册…所必需，如您不提供此类信息，我们将无法继续为您提供服务」 (2.2): sensitive data, why, and what refusing costs (the classes' paragraph rule)",
            "cn-pipl/minors": "n/a: no child or minor mentioned",
            "cn-pipl/abroad-recipient": "n/a: 「不会…将您的个人信息传输至境外」",
            "cn-gbt35273/sensitive-marked": "applies (证件号码); the bold covers all the listed data and the policy says bold marks the clauses to read, not sensitive data: missing (debatable)",
            "cn-gbt35273/sharing": "the system developer serves as a third party under a confidentiality agreement (entrusted processing)",
            "cn-gbt35273/access": "「保证您可以访问、更新、更正和删除前述信息」",
            "cn-gbt35273/close-account": "missing: 7.3 lists when 注销 requests cannot be answered, never how to close",
            "cn-gbt35273/complaint": "「您的个人信息相关咨询、投诉问题，可通过在线客服与我们取得联系」 (8.1)",
        },
    },
    {
        "name": "kinmen-tw",
        "split": "dev",
        "file": "kinmen-tw/PersonalModal.jsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Material-UI dialog `PersonalModal`: 金門縣政府's PDPA Art. 8 notice for a COVID relief subsidy application site; labels 特定目的說明/蒐集個人資料類別/利用對象/期間/地區/方式 with `<br />`)",
            "commit": "index id 38516472561",
            "stored": INDEX_NO_REPO
            + "; 5,063 characters, LF, final newline; checked against total_chars and a find_string offset (2,167)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [72, 87],
                "purposes": [120, 121],
                "categories": [124, 125],
                "period": [136, 138],
                "area": [140, 141],
                "recipients": [128, 130, 132],
                "methods": [142, 144],
                "rights": M,
                "effect-of-not-providing": [116],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「金門縣政府(以下簡稱本府)」 (72), again at 87",
            "tw-pdpa/purposes": "the label 特定目的說明 and its list (120-121); 75 and 90 only announce the topic",
            "tw-pdpa/area": "「上開「利用之對象」欄位所列之國內及國外所在地」 (141) under 利用地區 (140)",
            "tw-pdpa/rights": "missing (debatable): the Art. 3 rights are granted against 本府 (93-109), but the way, 「臺端得透過下列來電洽詢」 (113), points to a phone number that the notice never gives",
            "tw-pdpa/effect-of-not-providing": "「若拒絕提供相關個人資料，本府將無法執行必要之處理作業，致無法提供臺端相關服務」 (116)",
            "tw-pdpa/source": "n/a: the data is what the person types into the application site (125)",
        },
    },
    {
        "name": "connectxeo-en",
        "split": "holdout",
        "file": "connectxeo-en/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page of ConnectXeo, a web agency in Pakistan; numbered `<section>`s with a GDPR legal-basis section; `Last updated: {LAST_UPDATED}`)",
            "commit": "index id 59616904303",
            "stored": INDEX_NO_REPO
            + "; 12,512 characters, LF, final newline; checked against total_chars and a find_string offset (8,699)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [28, 29, 189, 190, 191, 240, 244, 249],
                "dpo": M,
                "purposes": [73, 75, 76, 77, 78, 79, 80],
                "legal-basis": [89, 93, 94, 97, 101, 105],
                "legitimate-interests": [97, 98],
                "recipients": [115, 118, 119, 123, 127, 128],
                "transfers": NA,
                "retention": [165, 166, 167],
                "rights": [177, 180, 181, 182, 183, 184],
                "withdraw-consent": [185],
                "complaint": [186],
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "eu-gdpr/controller": "「ConnectXeo (\"we\", \"us\", or \"our\")」 (28) with the e-mail (189-191, 244-249)",
            "eu-gdpr/legitimate-interests": "「Legitimate Interest — improving our services and communicating with prospects」 (97-98): a dashed label with the interests",
            "eu-gdpr/transfers": "n/a: no transfer or storage place named; 'Pakistan' is only the contact address (242)",
            "eu-gdpr/requirement": "missing: 'Essential cookies — required for the website to function' (143) is about cookies, not about whether the person must provide data",
            "eu-gdpr/source": "n/a: data from the person or collected automatically",
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
            "file": f"eval/profiles46/docs/{doc['file']}",
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
