#!/usr/bin/env python3
"""Hand annotations of eval/profiles48b in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document in full before any policylens run (only docs/profiles.md was read, for the items' rules
and conventions).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).  Held out before any run with
`random.Random(483).sample(sorted(names), 2)`: weiba-zh, maoshan-zh.

    python3 eval/profiles48b/tools/annotate.py
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
Verdict = list[int] | str
M, NA, Q = "missing", "n/a", "?"
NONE = "none found (all rights reserved; test fixture only)"
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


DOCS: list[dict] = [
    {
        "name": "tripcircle-zh",
        "split": "dev",
        "file": "tripcircle-zh/index.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Taro mini-program page `Agreement` of TripCircle（行程朋友圈）, a trip-planning social app; the user agreement and the privacy policy are two arrays of titled paragraph strings in one file, the page shows one of them)",
            "commit": "index id 55098387525",
            "stored": INDEX_NO_REPO + "; 6,010 characters, LF, final newline; checked against total_chars and a find_string offset (5,497)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [136],
                "purposes": [144, 147, 148, 149, 155, 156, 157, 158, 159, 160, 161],
                "methods": [136, 143, 148, 149],
                "categories": r(143, 149),
                "retention": [168],
                "rights": r(185, 190),
                "sensitive-necessity": M,
                "minors": [196],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [136, 208],
                "functions": [144, 147, 148, 149, 156, 157, 158, 159, 160, 161],
                "sensitive-marked": M,
                "methods": [143, 148, 149],
                "retention": [168],
                "cross-border": M,
                "sharing": [175, 177, 178, 179],
                "transfer": M,
                "public-disclosure": M,
                "access": [186],
                "correct": [187],
                "delete": [188],
                "close-account": [190],
                "withdraw-consent": [189],
                "copy": [186],
                "effect-of-not-providing": M,
                "security": [167, 169],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "debatable: 「本隐私政策旨在向您说明 TripCircle（行程朋友圈）如何收集、使用、存储、保护您的个人信息」 (136) says the brand collects (docs/profiles.md: a brand the policy says collects names it), the contact is the in-app feedback (208): covered",
            "cn-pipl/purposes": "the use list (155-161) and the uses stated with the data (144, 147-149)",
            "cn-pipl/methods": "collection as the service is used (143), 主动授权后获取 (148), 主动上传时获取 (149); 136 names collecting, using, storing",
            "cn-pipl/categories": "(143-149)",
            "cn-pipl/retention": "the shortest necessary period, deletion after closing the account (168)",
            "cn-pipl/rights": "(185-190), each with an in-app way",
            "cn-pipl/sensitive-necessity": "location (148) and album photos are collected; nothing says they are sensitive or why they are necessary: missing",
            "cn-pipl/minors": "under 14 with a guardian's consent (196)",
            "cn-pipl/abroad-recipient": "nothing on providing data abroad: the five abroad items n/a",
            "cn-gbt35273/identity-contact": "as processor, with the in-app feedback (208)",
            "cn-gbt35273/sensitive-marked": "location is sensitive (GB/T Annex B 精准定位/行踪轨迹); nothing marks it: missing",
            "cn-gbt35273/cross-border": "「存储在安全的服务器中」 (167) names no place: missing",
            "cn-gbt35273/sharing": "the sharing cases (175-179)",
            "cn-gbt35273/transfer": "nothing on 转让: missing",
            "cn-gbt35273/public-disclosure": "debatable: 「共享或披露」 (175) with a legal demand (179) is disclosure to authorities, not public: missing",
            "cn-gbt35273/copy": "「并可申请获取个人信息副本」 (186)",
            "cn-gbt35273/withdraw-consent": "permissions withdrawn in the system settings (189)",
            "cn-gbt35273/effect-of-not-providing": "「如您不同意…请停止使用本服务」 is an instruction (docs/profiles.md): missing",
            "cn-gbt35273/security": "technical and management measures (167), the incident plan (169)",
            "cn-gbt35273/complaint": "疑问、意见或建议 (208) is no complaint (profiles48 convention): missing",
        },
    },
    {
        "name": "fnshop-tw",
        "split": "dev",
        "file": "fnshop-tw/terms.blade.php",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Laravel Blade view of a shop platform's 隱私權政策/服務條款 page, the merchant called only 本商家; the Art. 8 notice as four numbered paragraphs with lists)",
            "commit": "index id 9608914059",
            "stored": INDEX_NO_REPO
            + "; 2,750 characters, LF, no final newline; checked against total_chars and a find_string offset (1,786)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [60, 62, 63, 64, 65, 66, 67],
                "categories": [71, 73, 74],
                "period": [80],
                "area": [82],
                "recipients": [81],
                "methods": [83],
                "rights": [48, 87, 89, 90, 91],
                "effect-of-not-providing": [93],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "the merchant is only 本商家 (and 本公司 in 93), never named; the footer is an include not in the file: missing (docs/profiles.md: a generic name names no agency)",
            "tw-pdpa/purposes": "(60-67)",
            "tw-pdpa/categories": "(71-74)",
            "tw-pdpa/period": "(80)",
            "tw-pdpa/area": "(82)",
            "tw-pdpa/recipients": "(81)",
            "tw-pdpa/methods": "(83)",
            "tw-pdpa/rights": "the Art. 3 rights (87-91), access by a written request (89); the commitment to handle requests (48)",
            "tw-pdpa/effect-of-not-providing": "(93)",
            "tw-pdpa/source": "collected from the person: n/a",
        },
    },
    {
        "name": "griffins-en",
        "split": "dev",
        "file": "griffins-en/privacy-policy.mjs",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a built Astro chunk of a web-design studio's privacy policy, Griffins Web Services: the MDX body as createVNode calls and a CCPA component as a template literal; the e-mail and phone come from a content collection at run time)",
            "commit": "index id 456137005",
            "stored": INDEX_NO_REPO
            + "; 15,432 characters, LF, final newline; checked against total_chars and a find_string offset (2,295)",
            "licence": NONE,
        },
        "v": {
            "us-ccpa": {
                "categories-collected": [78, 79, 160, 165, 169, 173],
                "sources": [165, 169, 173],
                "purposes": [180, 182, 184, 186, 188],
                "sold-or-shared": [46, 47, 48, 49, 50, 51, 194, 199, 203, 207],
                "right-to-know": [68, 69],
                "right-to-delete": [70, 71, 83],
                "right-to-correct": [74, 75],
                "right-to-opt-out": [44, 53, 54, 72, 73],
                "right-to-limit": Q,
                "non-discrimination": [76, 77],
                "how-to-submit": [83, 85, 86, 87, 88],
                "authorized-agent": [92, 93],
                "last-updated": [100, 101],
            },
        },
        "notes": {
            "us-ccpa/categories-collected": "the CCPA list (78-79) and the collection list (160-173)",
            "us-ccpa/sources": "debatable: forms and contacting us (165), cookies (169, 173): covered",
            "us-ccpa/purposes": "(180-188)",
            "us-ccpa/sold-or-shared": "'What We Share' (49-51) after the definition (46-48), and the third-party list (194-207)",
            "us-ccpa/right-to-know": "(68-69)",
            "us-ccpa/right-to-delete": "(70-71), 83",
            "us-ccpa/right-to-correct": "(74-75)",
            "us-ccpa/right-to-opt-out": "(72-73) with the button and the heading 'Do Not Sell or Share My Personal Information' (44, 53-54)",
            "us-ccpa/right-to-limit": "doubtful: 'We do NOT collect SSN, financial data, or health information' (80-81) denies some sensitive data, approximate location only: not scored",
            "us-ccpa/non-discrimination": "(76-77)",
            "us-ccpa/how-to-submit": "e-mail and phone filled at run time (85), the subject line and content (85-86), the /contact link (87-88): covered",
            "us-ccpa/authorized-agent": "(92-93)",
            "us-ccpa/last-updated": "debatable: the frontmatter's publishDate/effectiveDate (100-101), metadata the layout shows: covered",
        },
    },
    {
        "name": "weiba-zh",
        "split": "holdout",
        "file": "weiba-zh/index.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Taro mini-program page of 尾巴旅行, pet-friendly travel; the large-platform template with `<Text>` sections, `{'\\n'}` line breaks and bold data labels)",
            "commit": "index id 61405613495",
            "stored": INDEX_NO_REPO + "; 8,589 characters, LF, final newline; checked against total_chars and a find_string offset (5,465)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [26],
                "purposes": [49, 51, 55, 56, 57, 58, 60, 62, 67, 72],
                "methods": [49, 51, 53, 55, 60, 62, 67, 72],
                "categories": r(48, 62) + [67, 72],
                "retention": [121],
                "rights": [128, 130, 132, 137, 139, 141],
                "sensitive-necessity": M,
                "minors": [148, 149, 150, 151],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [26, 176, 177],
                "functions": [49, 51, 53, 55, 56, 57, 58, 60, 62, 67, 72],
                "sensitive-marked": M,
                "methods": [49, 51, 53, 55, 60, 62, 67, 72],
                "retention": [121],
                "cross-border": M,
                "sharing": [87, 88, 89, 90, 91],
                "transfer": [96, 97, 98],
                "public-disclosure": [103, 104, 105],
                "access": [130],
                "correct": [130],
                "delete": [132, 137],
                "close-account": [141],
                "withdraw-consent": [139],
                "copy": M,
                "effect-of-not-providing": Q,
                "security": [113, 114, 115, 116],
                "complaint": [174, 179, 180],
            },
        },
        "notes": {
            "cn-pipl/processor": "尾巴旅行 defined as 我们 (26), e-mail and phone (176-177)",
            "cn-pipl/sensitive-necessity": "身份证号 (55) with a reason for it (56-58) and location (62): a reason is no necessity (profiles48 sastlink convention): missing",
            "cn-pipl/minors": "(148-151)",
            "cn-pipl/abroad-recipient": "nothing on providing data abroad: the five abroad items n/a",
            "cn-gbt35273/sensitive-marked": "every data label is bold alike (48-61): no marking of the ID number as sensitive: missing",
            "cn-gbt35273/cross-border": "no storage place: missing",
            "cn-gbt35273/copy": "nothing on a copy: missing",
            "cn-gbt35273/effect-of-not-providing": "doubtful: 「每个业务功能需要一些基本的个人信息才能得以完成」 (139) implies a function fails without its data: not scored",
            "cn-gbt35273/complaint": "the complaint to regulators (179-180), the contact for rights (174)",
        },
    },
    {
        "name": "maoshan-zh",
        "split": "holdout",
        "file": "maoshan-zh/index.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Taro mini-program page of an AI-tools platform for the knitwear trade (毛衫行业), numbered `<Text>` paragraphs; the operator only 本平台, the contact 本平台内客服功能或官方邮箱 with no address)",
            "commit": "index id 58814039993",
            "stored": INDEX_NO_REPO
            + "; 3,838 characters, LF, no final newline; checked against total_chars and a find_string offset (2,761)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [15, 24, 31, 34, 37, 40, 43],
                "methods": [15, 18, 21, 24],
                "categories": [15, 18, 21, 24],
                "retention": [56],
                "rights": [79, 82, 85],
                "sensitive-necessity": M,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [15, 24, 31, 34, 37, 40, 43],
                "sensitive-marked": M,
                "methods": [15, 18, 24],
                "retention": [56],
                "cross-border": [50],
                "sharing": [63, 66, 69, 72],
                "transfer": M,
                "public-disclosure": M,
                "access": [79],
                "correct": [79],
                "delete": [82],
                "close-account": M,
                "withdraw-consent": [85],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [53],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "only 本平台, a customer-service function and an unnamed 官方邮箱: missing",
            "cn-pipl/sensitive-necessity": "debatable: recharge and spending records (21, 交易和消费记录, GB/T Annex B 个人财产信息) are sensitive; no necessity stated: missing",
            "cn-pipl/minors": "the platform is not for minors and deletes what it finds (92, 95): n/a (profiles48 haikesi convention)",
            "cn-pipl/abroad-recipient": "「不会传输至境外」 (50): the five abroad items n/a",
            "cn-gbt35273/sensitive-marked": "as sensitive-necessity: the transaction records are not marked: missing",
            "cn-gbt35273/cross-border": "(50)",
            "cn-gbt35273/delete": "deletion after closing the account (82)",
            "cn-gbt35273/close-account": "closing is presupposed (82) but no way is given: missing",
            "cn-gbt35273/withdraw-consent": "「撤回同意：您可以关闭订阅消息通知」 (85)",
            "cn-gbt35273/complaint": "疑问、意见或建议 (112) is no complaint: missing",
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
            "file": f"eval/profiles48b/docs/{doc['file']}",
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
