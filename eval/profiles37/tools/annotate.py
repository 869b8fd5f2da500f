#!/usr/bin/env python3
"""Hand annotations of eval/profiles37 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run; held out: aitools-tsx, dimp-tsx, quietnap-md
(`random.Random(3737).sample(sorted(names), 3)`, drawn before any run).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles37/tools/annotate.py
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
NOTHING_ON_SERVERS = "the data stays on the device"
ABROAD = ["abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights"]
SRC = "search-index file {} (the index does not name the repository)"


def source(index: str, what: str, licence: str = NONE) -> dict:
    """A document's source record: the search-index file it was saved from."""
    return {"repo": SRC.format(index), "path": what, "commit": "", "stored": INDEX_NO_REPO, "licence": licence}


def repo(name: str, path: str, commit: str) -> dict:
    """A document's source record: a repository file saved from the index text of the listed commit."""
    return {"repo": name, "path": path, "commit": commit, "stored": INDEX, "licence": NONE}


DOCS: list[dict] = [
    {
        "name": "tallynest-md",
        "split": "dev",
        "file": "tallynest-md/privacy-policy-zh.md",
        "source": repo("rhodeli1984/tallynest-privacy", "privacy-policy-zh.md", "82199f8d5330715abc60d747a9999bf030e326f2"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [
                    29,
                    30,
                    31,
                    32,
                    44,
                    45,
                    46,
                    47,
                    64,
                    65,
                    66,
                    67,
                    79,
                    80,
                    81,
                    82,
                    83,
                    93,
                    94,
                    95,
                    96,
                    112,
                    113,
                    114,
                    115,
                    124,
                    125,
                    126,
                ],
                "methods": [26, 27, 75, 122, 130, 138, 151],
                "categories": [25, 26, 27, 38, 39, 40, 41, 42, 58, 59, 60, 61, 62, 73, 74, 75, 76, 77, 89, 90, 91, 104, 105, 106, 121, 122],
                "retention": [140, 142, 143, 144, 145],
                "rights": [213, 217, 219, 220, 221, 223, 227, 231, 238, 239, 240, 244, 246, 247, 248, 254, 263, 267],
                "sensitive-necessity": Q,
                "minors": [299, 300, 304, 305, 306, 310, 312, 313, 314, 316],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [
                    23,
                    29,
                    30,
                    31,
                    32,
                    36,
                    44,
                    45,
                    46,
                    47,
                    56,
                    64,
                    65,
                    66,
                    67,
                    71,
                    79,
                    80,
                    81,
                    82,
                    83,
                    87,
                    93,
                    94,
                    95,
                    96,
                    102,
                    112,
                    113,
                    114,
                    115,
                    119,
                    124,
                    125,
                    126,
                ],
                "sensitive-marked": Q,
                "methods": [26, 27, 75, 122, 130],
                "retention": [140, 142, 143, 144, 145],
                "cross-border": [136, 138],
                "sharing": [179, 181, 185, 186, 187, 188, 277, 281, 282, 283, 284, 285],
                "transfer": [197, 199, 200],
                "public-disclosure": [204, 206, 207],
                "access": [215, 217, 219, 220, 221],
                "correct": [225, 227],
                "delete": [229, 231, 238, 239, 240],
                "close-account": [252, 254],
                "withdraw-consent": [242, 244, 246, 247, 248],
                "copy": [223, 261, 263],
                "effect-of-not-providing": [129],
                "security": [147, 149, 151, 152, 153, 154, 155, 157, 159, 161, 162, 163],
                "complaint": [269, 349],
            },
        },
        "notes": {
            "cn-pipl/processor": "only the product name TallyNest; every contact line (343-345) is an unfilled [请填写…] slot",
            "cn-pipl/sensitive-necessity": "family members may be children (41 子女, 304 未成年人) but no age under 14 is said: doubtful",
            "cn-pipl/minors": "293-316 guardian rules for minors and for minors' data added by adults",
            "cn-pipl/abroad-recipient": "138 storage in the PRC; a transfer abroad only as a hypothesis; Google/Stripe SDKs named without a place",
            "cn-gbt35273/complaint": "269 and 349: a complaint to the regulators (网信、电信、公安), as mangaroll-md in profiles36",
            "cn-gbt35273/effect-of-not-providing": "129 refusing the optional camera permission does not affect other functions",
        },
    },
    {
        "name": "wealth-md",
        "split": "dev",
        "file": "wealth-md/privacy-policy.md",
        "source": repo("1535048232-boop/wealth-manager", "docs/privacy-policy.md", "8bf2c837b4c6dd9de992d0161ab3537bc6f75962"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [28, 29, 30, 31, 32, 46, 52, 54, 55, 56, 57, 86, 87, 88, 89],
                "methods": [29, 43, 67, 71, 82, 86, 87, 88, 89, 124],
                "categories": [28, 29, 30, 31, 32, 45, 46, 86, 87, 88, 89],
                "retention": [73, 75, 76],
                "rights": [95, 98, 101, 104, 106, 109],
                "sensitive-necessity": Q,
                "minors": NA,
                **{k: Q for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [28, 29, 30, 31, 32, 52, 54, 55, 56, 57],
                "sensitive-marked": Q,
                "methods": [24, 41, 43, 45, 46],
                "retention": [73, 75, 76],
                "cross-border": M,
                "sharing": [80, 82, 86, 87, 88, 89],
                "transfer": M,
                "public-disclosure": M,
                "access": [97, 98],
                "correct": [100, 101],
                "delete": [103, 104, 106],
                "close-account": [103, 104],
                "withdraw-consent": [108, 109],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [119, 121, 123, 124, 125, 126],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "16 and 142 the developer is an unfilled {{开发者姓名 / 公司名称}} slot; the e-mail too (143)",
            "cn-pipl/sensitive-necessity": "31 asset accounts with balances typed by the user (39: no real credentials): financial-account data or not is doubtful",
            "cn-pipl/minors": "115 not for children under 13",
            "cn-pipl/abroad-recipient": "67 the Supabase region is a slot with ap-southeast-1 / us-east-1 as examples: doubtful",
            "cn-gbt35273/cross-border": "67 the storage region is an unfilled slot: no place",
            "cn-gbt35273/complaint": "140 投诉 is invited but the channel (143) is an unfilled slot",
        },
    },
    {
        "name": "plantsage-md",
        "split": "dev",
        "file": "plantsage-md/privacy-zh.md",
        "source": repo("oveis/plantsage-site", "privacy-zh.md", "b5160db7c7bfab4be605bd9b77f0792fc43d75a0"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [13, 14, 15, 16, 17, 18],
                "methods": [13, 14, 15, 16, 17, 18],
                "categories": [13, 14, 15, 16, 17, 18],
                "retention": [28],
                "rights": [28],
                "sensitive-necessity": NA,
                "minors": NA,
                "abroad-recipient": M,
                "abroad-purposes": [13],
                "abroad-methods": [13],
                "abroad-categories": [13],
                "abroad-rights": M,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [13, 14, 15, 16, 17, 18],
                "sensitive-marked": NA,
                "methods": [14, 15, 16, 17, 18],
                "retention": [28],
                "cross-border": [13],
                "sharing": [13, 14, 15, 16, 24],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [28],
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "7 an unnamed individual developer; e-mail 40",
            "cn-pipl/purposes": "the purposes, methods and categories stand in the table's rows (数据 / 用途 / 去向)",
            "cn-pipl/retention": "28 kept while the app is used (a criterion)",
            "cn-pipl/rights": "28 deletion of all data in Settings, other requests by e-mail",
            "cn-pipl/sensitive-necessity": "approximate location only (14), plant photos: nothing sensitive",
            "cn-pipl/minors": "32 not for children under 13",
            "cn-pipl/abroad-recipient": "13 garden data on AWS servers in the US (Art. 39); AWS named (24) with no contact",
            "cn-gbt35273/cross-border": "13 AWS, 位于美国",
        },
    },
    {
        "name": "zhongliu-vue",
        "split": "dev",
        "file": "zhongliu-vue/patient-info.vue",
        "source": source(
            "5662085763",
            "the <template> of a uni-app patient page of a WeChat official-account service (肿瘤营养管理与干预) holding its 用户隐私保护指引 in a pop-up; the page's script and style (after line 196 of the stored text) left out",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [122, 123, 124, 127, 138],
                "methods": [123, 124, 127, 130, 138],
                "categories": [123, 124],
                "retention": [131],
                "rights": M,
                "sensitive-necessity": M,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [123, 124, 127],
                "sensitive-marked": M,
                "methods": [123, 124, 127],
                "retention": [131],
                "cross-border": [130],
                "sharing": [138],
                "transfer": [141],
                "public-disclosure": [142],
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": Q,
                "security": M,
                "complaint": [144, 145],
            },
        },
        "notes": {
            "cn-pipl/processor": "119 'the developer of the service' is never named; a 400 number (145)",
            "cn-pipl/retention": "131 deleted after the project stops (a criterion)",
            "cn-pipl/rights": "no right and no way to exercise one; 144 is for complaints",
            "cn-pipl/sensitive-necessity": "124 diseases and case photos are medical-health data (Art. 28); no necessity or effect stated",
            "cn-pipl/minors": "144 only names minors' questions as a contact topic; a patients' service",
            "cn-gbt35273/sensitive-marked": "the disease and case photos are not marked as sensitive",
            "cn-gbt35273/sharing": "138 shown to the platform's doctors",
            "cn-gbt35273/effect-of-not-providing": "138 the service needs the consent; the refusal message lives in the script: doubtful",
        },
    },
    {
        "name": "aitools-tsx",
        "split": "holdout",
        "file": "aitools-tsx/page.tsx",
        "source": source(
            "55220414404", "a Next.js page (app router) of an AI tool site (AI工具箱) built on DeepSeek, with Alipay subscriptions"
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [38, 43, 44, 45, 46, 47, 48, 49],
                "methods": [35, 36, 58, 67, 86, 87, 88],
                "categories": [34, 35, 36, 37, 38],
                "retention": [75, 76, 77, 78, 79, 80],
                "rights": [100, 101, 102, 103, 104, 105, 106, 107],
                "sensitive-necessity": NA,
                "minors": [112],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [38, 43, 44, 45, 46, 47, 48, 49],
                "sensitive-marked": NA,
                "methods": [34, 36, 95],
                "retention": [75, 76, 77, 78, 79, 80],
                "cross-border": M,
                "sharing": [66, 67, 68, 69],
                "transfer": M,
                "public-disclosure": M,
                "access": [102],
                "correct": [103],
                "delete": [104],
                "close-account": [106],
                "withdraw-consent": [105],
                "copy": [102],
                "effect-of-not-providing": M,
                "security": [85, 86, 87, 88, 89, 90],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "22 only the product name AI工具箱; e-mail 123",
            "cn-pipl/sensitive-necessity": "59 asks users not to enter sensitive data; none collected",
            "cn-pipl/minors": "112 not for under-14s, yet gives the guardian-consent rule and deletion",
            "cn-gbt35273/cross-border": "88 Alibaba Cloud RDS and DeepSeek's API, no territory named",
            "cn-gbt35273/complaint": "122 questions and rights requests only",
        },
    },
    {
        "name": "dimp-tsx",
        "split": "holdout",
        "file": "dimp-tsx/index.tsx",
        "source": source("25092354558", "a Taro page of a WeChat mini-program (DI动力课堂) whose first step shows its 隐私保护指引"),
        "v": {
            "cn-pipl": {
                "processor": [179],
                "purposes": [187, 188, 189, 190, 192, 194, 196],
                "methods": [187, 188, 189, 190, 192, 194, 196],
                "categories": [187, 188, 189, 190, 192, 194, 196],
                "retention": [213],
                "rights": [202, 204, 206],
                "sensitive-necessity": M,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [179, 208, 229],
                "functions": [187, 188, 189, 190, 192, 194, 196],
                "sensitive-marked": M,
                "methods": [187, 188, 189, 190, 192, 194, 196],
                "retention": [213],
                "cross-border": M,
                "sharing": Q,
                "transfer": [223],
                "public-disclosure": [225],
                "access": [206],
                "correct": [206],
                "delete": [204, 206],
                "close-account": M,
                "withdraw-consent": [202],
                "copy": [206],
                "effect-of-not-providing": M,
                "security": M,
                "complaint": [228, 229],
            },
        },
        "notes": {
            "cn-pipl/sensitive-necessity": "190 the ID-card number (specific identity, Art. 28) with its use but no necessity or effect",
            "cn-pipl/minors": "leaders and judges, adults (238); 228 names minors' questions only as a contact topic",
            "cn-gbt35273/sharing": "223 not shared unless separately consented: a denial, no recipient (as yierfu-mp)",
        },
    },
    {
        "name": "quietnap-md",
        "split": "holdout",
        "file": "quietnap-md/privacy-zh.md",
        "source": repo("zhy9495/quiet-nap-pages", "privacy-zh.md", "ca456f1d03f00d918ec11eea44422942f0ef0213"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [12, 24],
                "methods": [12],
                "categories": [12],
                "retention": [14],
                "rights": [14],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [12, 24],
                "sensitive-marked": NA,
                "methods": [12],
                "retention": [14],
                "cross-border": [12],
                "sharing": Q,
                "transfer": Q,
                "public-disclosure": Q,
                "access": M,
                "correct": M,
                "delete": [14],
                "close-account": NA,
                "withdraw-consent": [24],
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "the app name QuietNap and an e-mail (30), nobody named",
            "cn-pipl/retention": "14 deleting the app deletes the data kept on the device only: the end of storage, a retention criterion (u47w3, session 47: deleting or uninstalling the app deletes the local data is a retention criterion (docs/profiles.md, the uninstall convention); was missing)",
            "cn-gbt35273/cross-border": "12 the device only; nothing leaves it (10, 20)",
            "cn-gbt35273/sharing": "10 nothing collected or uploaded: nothing to share: doubtful",
            "cn-gbt35273/close-account": "10 no account",
            "cn-gbt35273/withdraw-consent": "24 the notification permission can be changed in Settings",
            "cn-gbt35273/retention": "14 as cn-pipl/retention (was missing)",
            "cn-pipl/rights": "14 deleting the app deletes the data kept on the device only: the way to delete it, as cn-gbt35273/delete [14] (the session 35 decision; u47w3, was missing)",
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
            "file": f"eval/profiles37/docs/{doc['file']}",
            "source": doc["source"],
            "split": doc["split"],
            "verdicts": verdicts,
            "notes": doc.get("notes", {}),
        }
        with open(os.path.join(SET, doc["split"], doc["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


if __name__ == "__main__":
    main()
