#!/usr/bin/env python3
"""Hand annotations of eval/profiles34b in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run.  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles34b/tools/annotate.py
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
DIPLAY = {"repo": "Tupig/DiPlay", "commit": "83159e848f76c83558075e3a312028e437ba3fe2", "stored": INDEX}
NO_ACCOUNT = "no account with the developer"

DOCS: list[dict] = [
    {
        "name": "brushalarm-zh",
        "split": "dev",
        "file": "brushalarm-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "hcw3643-cyber/brush-alarm-android",
            "path": "docs/PRIVACY.zh-CN.md",
            "commit": "dd41e5af4b4b3e95e1aa282746725dc89034d3e4",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [9],
                "methods": [9, 13, 34, 35],
                "categories": [9, 10, 11, 13, 23, 25, 26, 27, 34],
                "retention": Q,
                "rights": Q,
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [9, 13, 23, 25, 26, 27, 34],
                "sensitive-marked": NA,
                "methods": [9, 34, 35],
                "retention": Q,
                "cross-border": M,
                "sharing": Q,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [37],
                "close-account": NA,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": M,
                "security": Q,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "no developer named; 34 an e-mail for volunteer videos only",
            "cn-pipl/purposes": "9: the front camera is used to infer the brushing motion (the alarm's function)",
            "cn-pipl/retention": "17 until uninstall/clearing; 37 no maximum period promised: doubtful",
            "cn-pipl/rights": "37 points to deletion and withdrawal rules in another document: doubtful",
            "cn-pipl/sensitive-necessity": "camera frames of the user are inferred in memory and never stored (9, 10)",
            "cn-gbt35273/identity-contact": "only an e-mail (34), nobody named",
            "cn-gbt35273/cross-border": "13 local Room database, but videos pass through 163.com mail (35): was doubtful (?) (u36v3 device-storage decision, eval/profiles36/README.md: data also goes to an outside service whose place is not given, so the device is no storage place: missing)",
            "cn-gbt35273/sharing": "12 no third-party tracking, 35 videos through the 163.com mail provider; no sharing sentence",
            "cn-gbt35273/delete": "37 deletion rules (session 35 decision: 17, uninstalling or clearing app data, is no deletion "
            "method: volunteered videos also sit with the 163.com mail service, 35; 17 was accepted before session 35)",
            "cn-gbt35273/withdraw-consent": "37 points to withdrawal rules in another document: doubtful",
            "cn-gbt35273/security": "9 in-memory inference, 14 no cloud backup; no security measure stated as such: doubtful",
            "cn-gbt35273/close-account": "no account (12)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (12 「不包含广告、账号、分析 SDK 或第三方追踪」), so n/a (was missing)",
        },
    },
    {
        "name": "diplay-zh",
        "split": "dev",
        "file": "diplay-zh/PRIVACY.zh-CN.md",
        "source": {**DIPLAY, "path": "docs/PRIVACY.zh-CN.md", "licence": NONE},
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [13, 15, 17],
                "methods": [7, 9, 11, 15, 17],
                "categories": [7, 9, 15, 17],
                "retention": Q,
                "rights": [7, 15, 17],
                "sensitive-necessity": Q,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [7, 9, 13, 15, 17],
                "sensitive-marked": Q,
                "methods": [7, 9, 15, 17],
                "retention": Q,
                "cross-border": Q,
                "sharing": Q,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [7, 11],
                "close-account": NA,
                "withdraw-consent": [15, 17],
                "copy": M,
                "effect-of-not-providing": [11],
                "security": [7, 9, 17],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "DiPlay is the product; no developer and no contact",
            "cn-pipl/retention": "7 exported reports kept until you delete them, 11 newest eight exports: doubtful",
            "cn-pipl/rights": "15 Usage Access can be revoked, 17 the background check turned off, 7 reports deleted by you",
            "cn-pipl/sensitive-necessity": "15 app-activity history, 13 location permission for Wi-Fi discovery: doubtful",
            "cn-pipl/abroad-recipient": "17 GitHub sees the IP of the update check; no provision abroad by the app",
            "cn-gbt35273/cross-border": "7/11 storage on the head unit, but an update check reaches GitHub (17): doubtful",
            "cn-gbt35273/sharing": "17 GitHub sees the IP, 19 GitHub/Telegram policies; no sharing sentence: doubtful",
            "cn-gbt35273/effect-of-not-providing": "11: refusing the storage permission means the fallbacks apply",
            "cn-gbt35273/withdraw-consent": "15 automatic mode off / Usage Access revoked; 17 About turns the check off",
            "cn-gbt35273/close-account": NO_ACCOUNT + " (5)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (5 「不使用账户」, 19 「静态网站没有统计脚本，也没有账户」), so `close-account` is n/a (was missing)",
        },
    },
    {
        "name": "textduet-zh",
        "split": "holdout",
        "file": "textduet-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "frealcat/TextDuet",
            "path": "docs/PRIVACY.zh-CN.md",
            "commit": "f6e58e36faa3246b8a76937c6838232cb23cc02d",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [13, 19, 21, 42],
                "methods": [13, 19, 21, 25, 29, 30, 36, 42, 44],
                "categories": [19, 25, 36, 42, 44, 59],
                "retention": [29, 36, 42],
                "rights": [32, 70, 72, 73, 74, 75],
                "sensitive-necessity": Q,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [13, 19, 21, 25, 36, 42, 44, 63, 64],
                "sensitive-marked": Q,
                "methods": [13, 19, 21, 25, 44],
                "retention": [29, 36, 42],
                "cross-border": M,
                "sharing": [13, 19, 59, 63, 64],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [32, 73, 74],
                "close-account": NA,
                "withdraw-consent": [70, 75],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [29, 30, 36, 81],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "TextDuet is the extension; only an e-mail (83, 94), nobody named",
            "cn-pipl/sensitive-necessity": "API keys and 87 「认证信息」: no PIPL Art. 28 category stated: doubtful",
            "cn-pipl/abroad-recipient": "text goes from Chrome to the provider the user picks (13), not provided abroad by TextDuet",
            "cn-gbt35273/cross-border": "extension storage (25, 36) but text goes to the chosen provider: was doubtful (?) (u36v3 device-storage decision, eval/profiles36/README.md: data also goes to an outside service whose place is not given, so the device is no storage place: missing)",
            "cn-gbt35273/complaint": "94 a privacy contact e-mail with no reply time; 83 vulnerability reports: doubtful",
            "cn-gbt35273/close-account": NO_ACCOUNT + " (9, 50)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (9 「TextDuet 不运营翻译中转服务、账号服务…」), so n/a (was missing)",
        },
    },
    {
        "name": "diplay-en",
        "split": "dev",
        "file": "diplay-en/PRIVACY.md",
        "source": {**DIPLAY, "path": "docs/PRIVACY.md", "licence": NONE},
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": [13, 15, 17],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [17],
                "transfers": Q,
                "retention": Q,
                "rights": M,
                "withdraw-consent": [15, 17],
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/controller": "DiPlay is the product; no developer and no contact",
            "eu-gdpr/recipients": "17: GitHub sees the head unit's IP address on the update check",
            "eu-gdpr/transfers": "GitHub (US) implied by 17, no transfer stated: doubtful",
            "eu-gdpr/retention": "7 reports remain until you delete them, 11 newest eight exports: doubtful",
            "eu-gdpr/withdraw-consent": "15 automatic mode opt-in, disabling stops the queries, Usage Access revocable; 17",
            "eu-gdpr/requirement": "11 declining storage access means the fallbacks apply; no requirement stated: doubtful",
            "eu-gdpr/source": "data come from the head unit itself",
        },
    },
    {
        "name": "vcfextractor-en",
        "split": "holdout",
        "file": "vcfextractor-en/PRIVACY.md",
        "source": {
            "repo": "limor666/chrome-extension-vcf-extractor",
            "path": "PRIVACY.md",
            "commit": "ca940037aa53864a439b85d80e6d6397b6a90b9d",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": [17, 23, 43],
                "legal-basis": [41, 42, 43, 44],
                "legitimate-interests": [44],
                "recipients": [18, 23, 28, 30, 31, 32, 35, 36],
                "transfers": Q,
                "retention": Q,
                "rights": [55, 56, 57, 58, 59, 60, 61, 62, 66],
                "withdraw-consent": [62],
                "complaint": [79],
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/controller": "'the extension' only; requests through GitHub issues (67)",
            "eu-gdpr/transfers": "Google and OpenRouter receive text (18, 23); no transfer outside the EEA stated: doubtful",
            "eu-gdpr/retention": "13 'temporarily stored', no period: doubtful",
            "eu-gdpr/source": "the text the user selects (17)",
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
            "file": f"eval/profiles34b/docs/{doc['file']}",
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
