#!/usr/bin/env python3
"""Hand annotations of eval/profiles38 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run; held out: fieldnote-tw, albumpro-md, starcal-md
(`random.Random(3838).sample(sorted(names), 3)`, drawn before any run).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles38/tools/annotate.py
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

GIT = "git blob (`git cat-file blob` from a fetched snapshot)"
SRC = "search-index file {} (the index does not name the repository)"


def r(a: int, b: int) -> list[int]:
    """The lines a..b (both included)."""
    return list(range(a, b + 1))


def blob(name: str, path: str, commit: str) -> dict:
    """A document's source record: a byte-exact blob of a fetched snapshot (the commit last touching the file)."""
    return {"repo": name, "path": path, "commit": commit, "stored": GIT, "licence": NONE}


def indexed(name: str, path: str, commit: str) -> dict:
    """A document's source record: a repository file saved from the index text of the listed commit."""
    return {"repo": name, "path": path, "commit": commit, "stored": INDEX, "licence": NONE}


def unnamed(index: str, what: str) -> dict:
    """A document's source record: the search-index file it was saved from (no repository named)."""
    return {"repo": SRC.format(index), "path": what, "commit": "", "stored": INDEX_NO_REPO, "licence": NONE}


QUESTIONS_ONLY = "a contact offered only for questions is a `?` complaint channel (profiles37c convention)"
NAME_ONLY = "a product name with only an e-mail (and an address) and nobody named is `missing` (profiles37 convention)"
NO_SALE = "「不会出售/分享」 without 转让: whether selling names the transfer case is doubtful"
ACCOUNT_UNSAID = "no account is used, but the policy does not say that none exists (decision in README: n/a only when it says so)"

DOCS: list[dict] = [
    {
        "name": "viewpilot-md",
        "split": "dev",
        "file": "viewpilot-md/privacy-policy-zh.md",
        "source": blob("bymebyu/ViewPilot", "docs/privacy-policy-zh.md", "8ffaeb3c863358b1afdf8b13f000e5730c75fbf8"),
        "v": {
            "cn-pipl": {
                "processor": [62],
                "purposes": [21, 28, 41, 42],
                "methods": [19, 28, 29],
                "categories": [19, 21, 22, 23, 24, 28, 34],
                "retention": [50],
                "rights": [48],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [62],
                "functions": [21, 28, 41, 42],
                "sensitive-marked": NA,
                "methods": [28],
                "retention": [50],
                "cross-border": M,
                "sharing": [28, 29, 40, 41, 42],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [48],
                "close-account": Q,
                "withdraw-consent": [49],
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "62 a named individual (Gil Chang Lee) develops it; the channel is the GitHub issue tracker (58)",
            "cn-pipl/retention": "50 uninstalling deletes the locally stored data (the developer keeps none; what GitHub Copilot keeps is under its own policy): a retention criterion (u47w3, session 47: deleting or uninstalling the app deletes the local data is a retention criterion (docs/profiles.md, the uninstall convention); was missing)",
            "cn-pipl/rights": "48 the person can clear the chat history and the stored data at any time through the extension",
            "cn-pipl/abroad-recipient": "GitHub Copilot API and search providers receive prompts, but no country is said",
            "cn-gbt35273/methods": "28 the prompt and the page context are sent when the person sends a message",
            "cn-gbt35273/cross-border": "device storage beside outside services (GitHub Copilot, search): no storage place (session-36 decision)",
            "cn-gbt35273/close-account": ACCOUNT_UNSAID + "; GitHub OAuth is GitHub's account",
            "cn-gbt35273/withdraw-consent": "49 revoking the GitHub OAuth token in the GitHub account settings withdraws the authorisation",
            "cn-gbt35273/complaint": "58 questions or concerns go to the issue tracker: " + QUESTIONS_ONLY,
            "cn-gbt35273/retention": "50 as cn-pipl/retention (was missing)",
        },
    },
    {
        "name": "photoease-md",
        "split": "dev",
        "file": "photoease-md/privacy-cn.md",
        "source": blob("alvinwo/PhotoEase", "privacy-cn.md", "256c90358e8e400e3ae6fe3c70e654d9bb7f2f26"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [9],
                "methods": [9, 12, 16],
                "categories": [9, 12],
                "retention": [16],
                "rights": [16],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [9],
                "sensitive-marked": NA,
                "methods": [9],
                "retention": [16],
                "cross-border": [12, 13, 16],
                "sharing": [20],
                "transfer": Q,
                "public-disclosure": Q,
                "access": M,
                "correct": M,
                "delete": [16],
                "close-account": Q,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "the app name PhotoEase and no address at all (29 「请通过电子邮件与我们联系」 gives none)",
            "cn-pipl/retention": "16 under 「数据保留」: nothing kept beyond what the functions need (a criterion), on the device",
            "cn-pipl/rights": "16 「您可以随时删除」 the data kept on the device",
            "cn-pipl/minors": "23 「适用于 4 岁及以上的用户」 with nothing collected from anyone: no minors' rules needed",
            "cn-gbt35273/methods": "9 photo access requested through the permission",
            "cn-gbt35273/cross-border": "the device only; nothing leaves it (13)",
            "cn-gbt35273/transfer": "nothing collected; 20 denies sharing only",
            "cn-gbt35273/public-disclosure": "nothing collected; nothing said",
            "cn-gbt35273/close-account": ACCOUNT_UNSAID + " (「完全离线运行」)",
            "cn-gbt35273/complaint": "29 「请通过电子邮件与我们联系」 with no address: no channel",
        },
    },
    {
        "name": "yinmaiquan-tsx",
        "split": "dev",
        "file": "yinmaiquan-tsx/page.tsx",
        "source": unnamed("61806502077", "a Next.js page (app/pages/privacy) of a loan-product recommendation site, 4,758 characters"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [46, 47, 48, 53, 55, 56, 57, 58],
                "methods": [44, 48, 60, 74, 77],
                "categories": [46, 47, 48],
                "retention": [74],
                "rights": [63, 65, 66, 67, 68, 69, 71],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [46, 47, 48, 53, 55, 56, 57, 58],
                "sensitive-marked": NA,
                "methods": [44, 48, 80],
                "retention": [74],
                "cross-border": [74],
                "sharing": [53, 56, 60],
                "transfer": Q,
                "public-disclosure": M,
                "access": [65],
                "correct": [66],
                "delete": [67],
                "close-account": [69],
                "withdraw-consent": [68],
                "copy": M,
                "effect-of-not-providing": [80],
                "security": [77],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "41 the site 银脉圈 (yinmaiquan.com); e-mail 90 and address 91, nobody named: " + NAME_ONLY,
            "cn-pipl/retention": "74 「实现服务目的所必需的最短期限」 and deletion after closing the account",
            "cn-pipl/rights": "65-69 granted, 71 the way: a pointer to section 九 whose lines 90-91 hold the e-mail and the address",
            "cn-pipl/minors": "83 the platform serves only adults and does not collect minors' data (n/a, c14e/f16c)",
            "cn-gbt35273/cross-border": "74 servers in the PRC",
            "cn-gbt35273/transfer": "53 " + NO_SALE,
            "cn-gbt35273/effect-of-not-providing": "80 disabling cookies may affect some functions (x14d/f16f cookie-refusal convention)",
            "cn-gbt35273/complaint": "89 「如您对本隐私政策有任何疑问，或需行使…权利，请联系」: " + QUESTIONS_ONLY,
        },
    },
    {
        "name": "ranked-hk",
        "split": "dev",
        "file": "ranked-hk/privacy-zh-Hant.md",
        "source": indexed("dylanschmid538-ctrl/ranked-legal", "privacy-zh-Hant.md", "2d3124581c57fcb1104b4b169dcfe94b8cd36bc0"),
        "v": {
            "tw-pdpa": {
                "agency": [14],
                "purposes": [24, 25, 50, 69, 77, 97, 98, 99],
                "categories": [20, 33, 35, 36, 37, 38, 50, 52, 53, 54, 55, 56, 57, 59, 69, 75, 77],
                "period": [115, 117, 119],
                "area": [50, 107, 108],
                "recipients": [50, 69, 75, 77, 107, 108, 109],
                "methods": [50, 59, 63, 69, 77],
                "rights": [127, 128, 129, 130, 131, 133],
                "effect-of-not-providing": M,
                "source": [69, 79],
            },
        },
        "notes": {
            "tw-pdpa/agency": "14 operator named with address and e-mail (a Hong Kong-worded Traditional text of a Swiss app)",
            "tw-pdpa/period": "115 the PostHog plan's retention (no fixed months), 117 while the subscription exists, 119 until deletion",
            "tw-pdpa/effect-of-not-providing": "turning statistics off stops the events (65, 71); nothing said of what the person loses",
            "tw-pdpa/source": "69 Apple returns the ad campaign data; 79 Apple's purchase records passed to RevenueCat",
        },
    },
    {
        "name": "fieldnote-tw",
        "split": "holdout",
        "file": "fieldnote-tw/privacy-zh-Hant.md",
        "source": indexed("arvin-manager/fieldnote-privacy", "privacy-zh-Hant.md", "10017ce6edda8e20a897992778b6edc4362bbaca"),
        "v": {
            "tw-pdpa": {
                "agency": [3],
                "purposes": [29, 33, 47],
                "categories": [7, 23, 29, 47],
                "period": [39, 47],
                "area": M,
                "recipients": [11, 21, 27, 29, 33],
                "methods": [21, 29, 47],
                "rights": [45],
                "effect-of-not-providing": M,
                "source": Q,
            },
        },
        "notes": {
            "tw-pdpa/area": "iCloud and Google with no region; a device is no area (profiles37c convention)",
            "tw-pdpa/source": "33 the subscription status verified by Apple; client contacts entered by the user stay on the device: doubtful",
        },
    },
    {
        "name": "albumpro-md",
        "split": "holdout",
        "file": "albumpro-md/privacy_policy_zh.md",
        "source": blob("alpigermano-coder/album-creator-pro-privacy", "privacy_policy_zh.md", "6c265caaec422c3bb2deeeb995733bb0e317effd"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": M,
                "methods": [8],
                "categories": [2, 3, 4, 5, 6],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": M,
                "sensitive-marked": NA,
                "methods": [2, 3, 4, 5, 6],
                "retention": M,
                "cross-border": [8],
                "sharing": Q,
                "transfer": Q,
                "public-disclosure": Q,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": Q,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "9 an e-mail only",
            "cn-pipl/categories": "2-6 the permissions the app accesses (camera, microphone, contacts, album)",
            "cn-gbt35273/cross-border": "8 all data stays on the device",
            "cn-gbt35273/sharing": "7 nothing is sent to the developer; third parties not named: doubtful",
            "cn-gbt35273/close-account": ACCOUNT_UNSAID,
            "cn-gbt35273/complaint": "9 a bare contact line, no complaint",
        },
    },
    {
        "name": "starcal-md",
        "split": "holdout",
        "file": "starcal-md/privacy-zh.md",
        "source": blob("kingstarwmx/star-calendar-support", "privacy-zh.md", "58b4a1c94b513894bcdcb524396cffbb7403128c"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [13, 14, 15, 16],
                "methods": [18, 21],
                "categories": [13, 14, 15, 16, 21],
                "retention": M,
                "rights": [25],
                "sensitive-necessity": Q,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [13, 14, 15, 16],
                "sensitive-marked": Q,
                "methods": [12, 13, 14, 15, 16, 18],
                "retention": M,
                "cross-border": [21],
                "sharing": [22],
                "transfer": Q,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [25],
                "close-account": Q,
                "withdraw-consent": [25],
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "the app name and an e-mail (28), nobody named",
            "cn-pipl/rights": "25 「你可以在系统设置中随时关闭权限或删除应用数据」 (rights offered as settings)",
            "cn-pipl/sensitive-necessity": "14 location used to pick a place: whether it is 行踪轨迹 is doubtful",
            "cn-gbt35273/cross-border": "21 the device or the system calendar",
            "cn-gbt35273/transfer": "22 " + NO_SALE,
            "cn-gbt35273/close-account": ACCOUNT_UNSAID,
            "cn-gbt35273/withdraw-consent": "25 permissions turned off in the system settings",
            "cn-gbt35273/complaint": "28 「如有疑问，请联系」: " + QUESTIONS_ONLY,
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
            "file": f"eval/profiles38/docs/{doc['file']}",
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
