#!/usr/bin/env python3
"""Hand annotations of eval/profiles36 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run; held out: hanzi-game-ts, linggan-md, mangaroll-md
(`random.Random(3636).sample(sorted(names), 3)`, drawn before any run).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles36/tools/annotate.py
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


DOCS: list[dict] = [
    {
        "name": "chuanyou-tsx",
        "split": "dev",
        "file": "chuanyou-tsx/privacy-policy.tsx",
        "source": source(
            "66101104862",
            "a React page of a college's AI API platform (「川邮·星语」), the policy a Markdown template literal",
            "AGPL-3.0-or-later (file header, QuantumNous)",
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [33, 35, 36, 40, 41, 42, 43],
                "methods": [33, 34, 35, 36, 47],
                "categories": [33, 34, 35, 36],
                "retention": [48],
                "rights": [60],
                "sensitive-necessity": NA,
                "minors": Q,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [33, 35, 36],
                "sensitive-marked": Q,
                "methods": [33, 34, 35, 36],
                "retention": [48],
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": Q,
                "access": [60],
                "correct": [60],
                "delete": [60],
                "close-account": [60],
                "withdraw-consent": [60],
                "copy": [60],
                "effect-of-not-providing": M,
                "security": [34, 47],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "29 names the college's school, but no contact channel anywhere (72: 'contact the person in charge')",
            "cn-pipl/rights": "60 the rights with the way: a request through the contact section (which has no channel)",
            "cn-pipl/minors": "64 minors under 18 use it under guidance; the platform is mainly for adults: doubtful",
            "cn-gbt35273/sensitive-marked": "a password (34) is sensitive in GB/T Annex B, not in PIPL Art. 28: doubtful",
            "cn-gbt35273/sharing": "52-56 no sale, disclosure only with consent or by law; no recipient named",
            "cn-gbt35273/public-disclosure": "52 「可能披露」 in listed cases, not 公开披露: doubtful",
        },
    },
    {
        "name": "shuxue-tsx",
        "split": "dev",
        "file": "shuxue-tsx/index.tsx",
        "source": source("56150660610", "a Taro page of a primary-school maths app (数学逆袭) holding its agreement and its policy"),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": [63, 66, 70, 71, 72, 73],
                "methods": [64, 78, 98],
                "categories": [63, 64, 65, 66],
                "retention": [93],
                "rights": M,
                "sensitive-necessity": M,
                "minors": [98],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [63, 66],
                "sensitive-marked": M,
                "methods": [64],
                "retention": [93],
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": [91],
                "correct": [91],
                "delete": [91, 93],
                "close-account": [93],
                "withdraw-consent": [92],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [78, 79],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "only the brand 数学逆袭 and in-app feedback (107): doubtful",
            "cn-pipl/retention": "93 deleted after the account is closed (a criterion by the rule)",
            "cn-pipl/rights": "91-93 grant the rights with no way to exercise them (107 is for questions)",
            "cn-pipl/sensitive-necessity": "98 data of children under 14 (Art. 28) with no necessity or effect stated",
            "cn-pipl/minors": "98 guardian consent for children under 14; a children's learning app",
            "cn-gbt35273/sensitive-marked": "children's data under 14 is sensitive (Annex B) and not marked",
            "cn-gbt35273/sharing": "83-87 no sale and the usual exceptions; no recipient named",
            "cn-gbt35273/complaint": "107 in-app feedback for questions, no complaint channel",
        },
    },
    {
        "name": "xuno-tsx",
        "split": "dev",
        "file": "xuno-tsx/LegalScreen.tsx",
        "source": source(
            "53258776328",
            "a React Native screen of an AI styling app (寻裳) holding its terms and its policy as Markdown template literals",
        ),
        "v": {
            "cn-pipl": {
                "processor": [98, 236],
                "purposes": [105, 107, 112, 113, 121, 122, 123, 124, 125, 137, 138, 139, 142, 143, 144] + list(range(217, 224)),
                "methods": [102, 103, 107, 109, 110, 111, 112, 113, 116, 154, 157, 174, 183, 184],
                "categories": [103, 104, 105, 106, 107, 110, 111, 112, 113] + list(range(217, 224)),
                "retention": [177, 178, 179, 180, 204],
                "rights": [192, 195, 198, 201, 204],
                "sensitive-necessity": Q,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [98, 236],
                "functions": [105, 107, 112, 113, 154] + list(range(217, 224)),
                "sensitive-marked": Q,
                "methods": [102, 103, 107, 109, 110, 111, 112, 113],
                "retention": [177, 178, 179, 180, 204],
                "cross-border": [167, 174],
                "sharing": [148, 154, 155, 156, 157, 158, 159] + list(range(217, 224)),
                "transfer": M,
                "public-disclosure": M,
                "access": [192],
                "correct": [134, 192],
                "delete": [179, 195],
                "close-account": [204],
                "withdraw-consent": [201],
                "copy": [198],
                "effect-of-not-providing": Q,
                "security": [183, 184, 185, 186, 187],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "98 the platform 寻裳 defined as 我们, e-mail 236 (the company's address is a slot, 238)",
            "cn-pipl/sensitive-necessity": "body measurements, photos, skin tone: not clearly Art. 28 kinds: doubtful",
            "cn-pipl/minors": "211 does not knowingly collect data of children under 14",
            "cn-pipl/abroad-recipient": "167 nothing leaves China; 169 Sentry abroad gets only anonymous crash data",
            "cn-gbt35273/effect-of-not-providing": "201 withdrawing consent may affect the service: doubtful",
            "cn-gbt35273/complaint": "234 questions, opinions or suggestions with a channel and 15 working days; no 投诉: doubtful",
        },
    },
    {
        "name": "yierfu-mp",
        "split": "dev",
        "file": "yierfu-mp/login.js",
        "source": source(
            "47126335683",
            "a WeChat mini-program's login page script holding its 隐私保护指引 (a Henan company's after-sales service)",
        ),
        "v": {
            "cn-pipl": {
                "processor": [181, 196, 211],
                "purposes": [185, 186, 187, 188],
                "methods": [185, 186, 187, 188],
                "categories": [185, 186, 188],
                "retention": [199],
                "rights": [194, 195, 196],
                "sensitive-necessity": Q,
                "minors": [191],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [181, 196, 211],
                "functions": [185, 186, 187, 188],
                "sensitive-marked": Q,
                "methods": [185, 186, 187, 188],
                "retention": [199],
                "cross-border": M,
                "sharing": Q,
                "transfer": [206],
                "public-disclosure": [207],
                "access": [194],
                "correct": [194],
                "delete": [194],
                "close-account": [195],
                "withdraw-consent": M,
                "copy": [194],
                "effect-of-not-providing": M,
                "security": M,
                "complaint": [210, 211],
            },
        },
        "notes": {
            "cn-pipl/sensitive-necessity": "186 位置信息 for remote control: whether it is precise location is not said: doubtful",
            "cn-pipl/minors": "191 guardian consent for children under 14",
            "cn-gbt35273/sharing": "206 not shared unless separately consented: a denial, no recipient: doubtful",
        },
    },
    {
        "name": "hanzi-game-ts",
        "split": "holdout",
        "file": "hanzi-game-ts/legal.ts",
        "source": source("71275389396", "a single-player browser/mini-game's legal texts as TypeScript data (an individual developer)"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": Q,
                "methods": [81],
                "categories": [81],
                "retention": [82],
                "rights": [82],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": Q,
                "sensitive-marked": NA,
                "methods": Q,
                "retention": [82],
                "cross-border": [73, 81],
                "sharing": [66, 88],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [82],
                "close-account": NA,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "60 「个人开发者」 is no name; the e-mail is a constant (9, 110)",
            "cn-pipl/purposes": "collects nothing; progress kept on the device: doubtful",
            "cn-pipl/rights": "82 clearing the site data or deleting the mini-game deletes it; " + NOTHING_ON_SERVERS,
            "cn-pipl/minors": "99 collects no one's data, minors' included",
            "cn-gbt35273/cross-border": "81 device storage only, 73 nothing is uploaded",
            "cn-gbt35273/sharing": "88 no third-party SDK or service at all",
            "cn-gbt35273/close-account": "no account (51)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (51 「游戏没有账号、聊天、组队等社交功能」), so `close-account` is n/a (was missing)",
            "cn-gbt35273/complaint": "110 questions, opinions or suggestions by e-mail; no 投诉: doubtful",
        },
    },
    {
        "name": "linggan-md",
        "split": "holdout",
        "file": "linggan-md/_index.md",
        "source": source("55116956262", "a Hugo product page of an iOS AI idea app (灵感工坊) with its policy"),
        "v": {
            "cn-pipl": {
                "processor": [92, 192],
                "purposes": [104, 120, 138, 139, 140, 141, 168, 169, 170, 171, 172],
                "methods": [100, 104, 114, 147, 149],
                "categories": [100, 104, 106, 107, 108, 114, 138, 139, 140, 141],
                "retention": [157, 158],
                "rights": [150, 156, 157],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: Q for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [92, 192],
                "functions": [104, 106, 107, 108, 114, 138, 139, 140, 141],
                "sensitive-marked": NA,
                "methods": [100, 104, 106, 114],
                "retention": [157, 158],
                "cross-border": M,
                "sharing": [114, 116, 117, 118, 164, 168, 169, 170, 171, 172],
                "transfer": M,
                "public-disclosure": M,
                "access": Q,
                "correct": Q,
                "delete": [156],
                "close-account": Q,
                "withdraw-consent": [150],
                "copy": Q,
                "effect-of-not-providing": M,
                "security": [104, 114, 148],
                "complaint": [190, 192],
            },
        },
        "notes": {
            "cn-pipl/retention": "157 cleared when the Supabase account is closed, 158 local data cleared on uninstalling",
            "cn-pipl/minors": "178 not for children under 13, none knowingly collected",
            "cn-pipl/abroad-recipient": "chat sent to OpenAI and Anthropic (114-118) without saying it leaves China: doubtful",
            "cn-gbt35273/cross-border": "device, Supabase, iCloud and AI providers; no territory",
            "cn-gbt35273/access": "138 a table cell: local data only for viewing, editing and exporting in the app: doubtful",
            "cn-gbt35273/close-account": "157 what happens when the Supabase account is closed, not how: doubtful",
        },
    },
    {
        "name": "mangaroll-md",
        "split": "holdout",
        "file": "mangaroll-md/privacy.md",
        "source": source("56384722305", "a Jekyll page: an iOS app and WeChat mini-program turning photos into comics (MangaRoll)"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [21, 22, 29, 30, 50, 52, 53, 54, 55, 56, 57, 58] + list(range(76, 84)),
                "methods": [21, 22, 28, 31, 35, 77, 148, 185],
                "categories": [21, 22, 23, 24, 28, 29, 30, 31, 35] + list(range(76, 84)),
                "retention": [131, 132, 133, 134, 135, 136, 137, 139],
                "rights": [161, 162, 163, 164, 165, 166, 169],
                "sensitive-necessity": NA,
                "minors": NA,
                "abroad-recipient": M,
                "abroad-purposes": [76, 79, 185, 187],
                "abroad-methods": [79, 185],
                "abroad-categories": [76, 79, 185],
                "abroad-rights": M,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [21, 22, 23, 28, 29, 30, 31, 35],
                "sensitive-marked": NA,
                "methods": [21, 28, 31, 35],
                "retention": [131, 132, 133, 134, 135, 136, 137, 139],
                "cross-border": [183, 185, 186, 187] + list(range(76, 84)),
                "sharing": [70] + list(range(76, 84)),
                "transfer": [111],
                "public-disclosure": Q,
                "access": [161],
                "correct": [162],
                "delete": [163],
                "close-account": [163],
                "withdraw-consent": [93, 166],
                "copy": [161, 165],
                "effect-of-not-providing": M,
                "security": [90, 147, 148, 149, 150, 151],
                "complaint": [167, 169],
            },
        },
        "notes": {
            "cn-pipl/processor": "no processor named: MangaRoll is the app (11), 我们 undefined; e-mail 205",
            "cn-pipl/sensitive-necessity": "97-103 no face recognition or biometrics; photos are stylised as a whole",
            "cn-pipl/minors": "175 not for children under 14, none knowingly collected",
            "cn-pipl/abroad-recipient": "Google LLC and Apple Inc. named (76, 79, 185, 187) with no contact channel",
            "cn-pipl/abroad-rights": "no way to exercise rights against the recipients abroad",
            "cn-gbt35273/public-disclosure": "107 disclosure to the police or courts, not 公开披露: doubtful",
            "cn-gbt35273/complaint": "167 complaint to the regulator, 169 e-mail for the rights above",
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
            "file": f"eval/profiles36/docs/{doc['file']}",
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
