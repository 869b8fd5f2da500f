#!/usr/bin/env python3
"""Hand annotations of eval/profiles37b in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run.  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles37b/tools/annotate.py
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
Verdict = list[int] | str
M, NA, Q = "missing", "n/a", "?"
NONE = "none found (all rights reserved; test fixture only)"

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
R = range


def lines(*parts: int | range) -> list[int]:
    """A sorted list of line numbers from single lines and ranges (inclusive ranges written R(a, b + 1))."""
    out: set[int] = set()
    for p in parts:
        out.update(p if isinstance(p, range) else [p])
    return sorted(out)


INDEX = "search-index text"


DOCS: list[dict] = [
    {
        "name": "nali-tw",
        "split": "dev",
        "file": "nali-tw/page.tsx",
        "source": {
            "repo": "search-index file 53807471449 (repository not named by the index)",
            "path": "a Next.js page `PrivacyPage` of NaLi Match, a Taiwan LINE-based nail/lash booking marketplace",
            "commit": None,
            "stored": INDEX + " (5,715 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [28, 42],
                "purposes": lines(29, R(56, 61)),
                "categories": lines(30, R(44, 50)),
                "period": [31, 88, 89],
                "area": [32],
                "recipients": lines(33, 68, 69, 70, 79, 80, 81),
                "methods": [34, 57, 80],
                "rights": lines(35, 98, 99, 100, 104, 106),
                "effect-of-not-providing": [36],
                "source": [44],
            }
        },
        "notes": {
            "tw-pdpa/agency": "28 蒐集機關：NaLi Match 平台營運團隊 (a platform's team, named as the collecting body, as twlink-tw)",
            "tw-pdpa/source": "44 LINE account data 透過 LINE Login 授權取得: obtained from LINE, the source named",
            "tw-pdpa/rights": "35 the Art. 3 rights; 98-100 and the LINE official account as the way (104-106)",
        },
    },
    {
        "name": "cht-tw",
        "split": "dev",
        "file": "cht-tw/index.php",
        "source": {
            "repo": "search-index file 41652249646 (repository not named by the index)",
            "path": "a PHP page: 中華電信 (Chunghwa Telecom) LINE官方帳號服務 個人資料蒐集告知聲明 (a demo copy behind a Facebook login)",
            "commit": None,
            "stored": INDEX + " (15,982 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [33, 100, 101],
                "purposes": lines(103, R(105, 113)),
                "categories": lines(R(119, 123), 126, 128, 132, 134, 138, 140, 145, 148, 150),
                "period": [158, 160],
                "area": [158, 160],
                "recipients": [164, 166, 197, 204, 242],
                "methods": [170, 172, 175, 177, 180, 183, 186],
                "rights": [214, 216, 218, 221, 224, 227],
                "effect-of-not-providing": [232],
                "source": lines(R(119, 123)),
            }
        },
        "notes": {
            "tw-pdpa/area": "160 在您使用本服務(保有帳戶)的期間與地區內: the area is where the service is used (vague, but an answer)",
            "tw-pdpa/source": "119-122 the LINE UID and account data obtained from LINE Taiwan(台灣連線股份有限公司)",
            "tw-pdpa/recipients": "166 entrusted third parties by kind; 242 LINE may access; 197/204 authorities and research bodies",
        },
    },
    {
        "name": "wowmiss-tw",
        "split": "holdout",
        "file": "wowmiss-tw/page.tsx",
        "source": {
            "repo": "search-index file 10715478438 (repository not named by the index)",
            "path": "a Next.js page `PrivacyPolicyPage` of a Taipei app (wowmiss), 「隱私權政策 (Privacy Policy)」 on an English template",
            "commit": None,
            "stored": INDEX + " (3,165 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": lines(28, R(30, 35)),
                "categories": lines(17, R(19, 23)),
                "period": M,
                "area": Q,
                "recipients": [40, 43, 45],
                "methods": Q,
                "rights": lines(62, R(64, 70), 106, 108, 109),
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "no company or person named; only an e-mail domain, a phone and a Taipei address (108-110)",
            "tw-pdpa/area": "96 您的資訊可能在台灣境外處理: processing outside Taiwan, no place named: doubtful",
            "tw-pdpa/methods": "no 利用方式 beyond the uses (30-34) and security measures (53-56): doubtful",
            "tw-pdpa/rights": "64-69 a GDPR-style list; the way is the general contact block (106-110)",
        },
    },
    {
        "name": "mlpredict-hk",
        "split": "dev",
        "file": "mlpredict-hk/page.tsx",
        "source": {
            "repo": "search-index file 38572930778 (repository not named by the index)",
            "path": "a Next.js page: MLPredict 私隱政策 (Hong Kong, 《個人資料（私隱）條例》 Cap. 486)",
            "commit": None,
            "stored": INDEX + " (4,630 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [29, 36],
                "purposes": [50],
                "categories": [43],
                "period": [64],
                "area": Q,
                "recipients": [71],
                "methods": [48, 50, 64, 71],
                "rights": [85, 36],
                "effect-of-not-providing": Q,
                "source": NA,
            }
        },
        "notes": {
            "profile": "a Hong Kong PDPO policy read under tw-pdpa only (a zh-Hant text, as gundam-hk in profiles20): "
            "no profile is Hong Kong law; the Art. 8 items map onto the PDPO's PICS items (purpose, classes, transferees, "
            "access and correction); cn-* profiles are mainland law and eu-gdpr/us-ccpa read English policies",
            "tw-pdpa/agency": "29 MLPredict (本公司), 36 資料使用者為 MLPredict with the contact section",
            "tw-pdpa/period": "64 保存至達致收集目的所需之期限，或法律所規定的更長期限 (a criterion)",
            "tw-pdpa/area": "71 only 若資料轉移至香港以外地區: no area of use named: doubtful",
            "tw-pdpa/methods": "48 收集目的及使用方式 with the uses (50), storage (64), disclosure/transfer (71)",
            "tw-pdpa/effect-of-not-providing": "78 refusing cookies: 部分功能可能因而受影響 (cookies only, as gretech-tw): doubtful",
        },
    },
    {
        "name": "nuvoxel-ccpa",
        "split": "dev",
        "file": "nuvoxel-ccpa/page.tsx",
        "source": {
            "repo": "search-index file 28609146735 (repository not named by the index)",
            "path": "a Next.js page `DoNotSellPage` of NuVoxel LLC (Hydrogen Cloud Intelligence SaaS), 'Your California Privacy Rights'",
            "commit": None,
            "stored": INDEX + " (8,164 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "us-ccpa": {
                "categories-collected": [66, 68, 69, 70, 71],
                "sources": [39],
                "purposes": lines(45, R(47, 53)),
                "sold-or-shared": [31, 61, 74],
                "right-to-know": [58, 59],
                "right-to-delete": [60],
                "right-to-correct": M,
                "right-to-opt-out": [26, 61],
                "right-to-limit": M,
                "non-discrimination": [62],
                "how-to-submit": lines(79, 88, 89, R(92, 98), 101, 104),
                "authorized-agent": [131, 134, 135, 136],
                "last-updated": [19],
            }
        },
        "notes": {
            "us-ccpa/sources": "39 information that you provide to us directly (the consumer as the source)",
            "us-ccpa/sold-or-shared": "31 and 74: nothing sold; sharing not addressed, but the statement answers the item",
        },
    },
    {
        "name": "mooxer-ccpa",
        "split": "dev",
        "file": "mooxer-ccpa/disclosure-california-residents.en.md",
        "source": {
            "repo": "AliAksoyy/snakeWebSites",
            "path": "src/markdown/disclosure-california-residents.en.md (Mooxer Games, a mobile game studio's California disclosure)",
            "commit": "89b030f29c29ff149630a71850894dc17e90e719",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "us-ccpa": {
                "categories-collected": lines(21, R(23, 29)),
                "sources": M,
                "purposes": M,
                "sold-or-shared": lines(15, 17, 19, R(23, 29), 30),
                "right-to-know": M,
                "right-to-delete": M,
                "right-to-correct": M,
                "right-to-opt-out": [15],
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": M,
                "authorized-agent": M,
                "last-updated": M,
            }
        },
        "notes": {
            "us-ccpa/sources": "7 points to the global policy's section (a pointer, as artifact-ccpa 24)",
            "us-ccpa/purposes": "11 points to the global policy's section",
            "us-ccpa/sold-or-shared": "15 (left in Turkish) cookie data and ad identifiers shared with ad platforms; 19-28 the table's third-party column",
            "us-ccpa/right-to-opt-out": "15 (Turkish) you may opt out of that sharing by the partner-opt-out steps",
            "us-ccpa/right-to-know": "34 points to 'Your Rights and Options' in the global policy",
        },
    },
    {
        "name": "offis-en",
        "split": "holdout",
        "file": "offis-en/privacy.php",
        "source": {
            "repo": "search-index file 15443666692 (repository not named by the index)",
            "path": "a PHP page: the Art. 13 notice of OFFIS e.V. (Oldenburg, Germany) on a project site",
            "commit": None,
            "stored": INDEX + " (7,063 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [24, 26, 27, 28],
                "dpo": lines(100, 101, 102, R(104, 109)),
                "purposes": [32, 33, 58, 59, 73],
                "legal-basis": [45, 46, 59, 60],
                "legitimate-interests": [32, 33, 45, 46, 59, 60, 61],
                "recipients": [48, 49],
                "transfers": NA,
                "retention": Q,
                "rights": lines(R(78, 98), 101, 102),
                "withdraw-consent": M,
                "complaint": [95, 96, 97],
                "requirement": [62, 63, 64],
                "automated-decisions": M,
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/retention": "32 'temporarily stored'; 55-56 session cookies deleted when the browser closes: doubtful",
            "eu-gdpr/requirement": "63-64 refusing cookies loses functions (accepted by the profile's convention, classes c14d/d14g)",
            "eu-gdpr/withdraw-consent": "no consent-based processing and no withdrawal said",
        },
    },
    {
        "name": "thoth-en",
        "split": "holdout",
        "file": "thoth-en/PRIVACY.md",
        "source": {
            "repo": "search-index file 19976604966 (repository not named by the index)",
            "path": "PRIVACY.md of Thoth, an open-source Chrome extension by Ancient Bots (OpenAI and GitHub APIs)",
            "commit": None,
            "stored": INDEX + " (10,201 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [181, 254],
                "dpo": M,
                "purposes": [44, 54, 57, 61, 64, 84],
                "legal-basis": [152, 153, 154],
                "legitimate-interests": [154],
                "recipients": [52, 54, 55, 61, 62],
                "transfers": M,
                "retention": [213, 217, 218],
                "rights": lines(R(100, 103), R(157, 162)),
                "withdraw-consent": [236],
                "complaint": [162],
                "requirement": Q,
                "automated-decisions": lines(R(222, 227)),
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/controller": "Ancient Bots (254) with support@ancientbots.com (181); 164 names OpenAI/GitHub as controllers of their part: not the controller line",
            "eu-gdpr/transfers": "144 processed in the United States; no safeguard named (as dfki-en)",
            "eu-gdpr/requirement": "108 revoking keys stops the extension working: doubtful",
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
            "file": f"eval/profiles37b/docs/{doc['file']}",
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
