#!/usr/bin/env python3
"""Hand annotations of eval/profiles36b in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run.  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles36b/tools/annotate.py
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
        "name": "twlink-tw",
        "split": "dev",
        "file": "twlink-tw/Terms.vue",
        "source": {
            "repo": "search-index file 32171607341 (repository not named by the index)",
            "path": "a Vue page `Terms` of the 「台灣加密型實聯制」 contact-tracing site",
            "commit": None,
            "stored": INDEX + " (4,041 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [9, 16],
                "purposes": [17, 26],
                "categories": [18],
                "period": [19],
                "area": M,
                "recipients": [20, 31],
                "methods": [20, 31],
                "rights": M,
                "effect-of-not-providing": [22, 26],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "16 蒐集機關之名稱：「台灣加密型實聯制」網站 (a site, not a company, but named as the collecting body)",
            "tw-pdpa/area": "no place of use; 26 localStorage on the user's own disk is not an area of use",
            "tw-pdpa/methods": "31 得以紙本或電子方式為之; 20 provided to the health authority for 疫調",
            "tw-pdpa/rights": "21 only names the item (「得行使的權利及其行使方式；」) with no content; 40 e-mail for questions",
            "tw-pdpa/effect-of-not-providing": "22 例如無法進入場館或參與活動; 26 refusing localStorage loses personalisation",
        },
    },
    {
        "name": "gretech-tw",
        "split": "dev",
        "file": "gretech-tw/privacy.blade.php",
        "source": {
            "repo": "search-index file 71443061486 (repository not named by the index)",
            "path": "a Jigsaw Blade page `privacy.blade.php` of a Taiwan company site (GRETECH)",
            "commit": None,
            "stored": INDEX + " (5,694 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": Q,
                "purposes": lines(51, R(53, 58)),
                "categories": lines(39, R(41, 46)),
                "period": [64],
                "area": [65],
                "recipients": [66],
                "methods": [67],
                "rights": Q,
                "effect-of-not-providing": Q,
                "source": [45],
            }
        },
        "notes": {
            "tw-pdpa/agency": "the company is `{{ $company }}` (the site's copyright name, filled at build time): not in the text",
            "tw-pdpa/rights": "88-96 the Art. 3 rights; the only channel is the 聯絡方式 list of template variables (117-123)",
            "tw-pdpa/effect-of-not-providing": "73 refusing cookies: 部分功能可能因此無法正常運作 (cookies only)",
            "tw-pdpa/source": "45 verification/statistics data provided by third-party services (Google reCAPTCHA, Google 地圖)",
        },
    },
    {
        "name": "meowmoney-tw",
        "split": "holdout",
        "file": "meowmoney-tw/README.md",
        "source": {
            "repo": "NightZhe/MeowMoney",
            "path": "README.md",
            "commit": "6d7834ced17ca5d91b9699327fe9d769b2981c5a",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [27, 28, 85, 86],
                "categories": Q,
                "period": [23, 29, 81, 87],
                "area": Q,
                "recipients": [30, 31, 41, 42, 89, 90, 100, 101],
                "methods": [29, 34, 35, 87, 92, 93],
                "rights": [51, 110],
                "effect-of-not-providing": [36, 37, 95, 96],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "no developer or company named (only 開發者 and a GitHub link)",
            "tw-pdpa/categories": "「不蒐集任何資料」, yet entries stay on the device (19) and voice goes to Apple (30): doubtful",
            "tw-pdpa/area": "stored on the device's local database, voice to Apple's servers; no place named: doubtful",
            "tw-pdpa/methods": "voice processed only in real time, on-device recognition first",
        },
    },
    {
        "name": "artifact-ccpa",
        "split": "dev",
        "file": "artifact-ccpa/ccpa-notice.md",
        "source": {
            "repo": "clintagossett/artifact-review",
            "path": "docs/legal/ccpa-notice.md",
            "commit": "b8946bed7db148f40b9710724515b5624e490a4d",
            "stored": GIT,
            "licence": NONE + " (the text says it is adapted from Basecamp's CC BY 4.0 policies)",
        },
        "v": {
            "us-ccpa": {
                "categories-collected": lines(13, 15, R(17, 23)),
                "sources": M,
                "purposes": lines(15, R(17, 23)),
                "sold-or-shared": lines(15, R(17, 23), 36),
                "right-to-know": [32, 33],
                "right-to-delete": [34],
                "right-to-correct": [35],
                "right-to-opt-out": [36],
                "right-to-limit": [37],
                "non-discrimination": [38],
                "how-to-submit": [44, 46, 47],
                "authorized-agent": [51],
                "last-updated": [3],
            }
        },
        "notes": {
            "us-ccpa/sources": "the table has no source column; 24 points to the main policy",
            "us-ccpa/right-to-limit": "37 names the right and says sensitive data is not used beyond the permitted purposes",
        },
    },
    {
        "name": "vhosts-en",
        "split": "holdout",
        "file": "vhosts-en/privacy.md",
        "source": {
            "repo": "x-falcon/Virtual-Hosts",
            "path": "privacy.md",
            "commit": "bc0ee539168093dadcd807433b34b700b2900eb3",
            "stored": GIT,
            "licence": "GPL-3.0 (repository LICENSE)",
        },
        "v": {
            "us-ccpa": {
                "categories-collected": [9, 11, 12, 13],
                "sources": Q,
                "purposes": [16, 18, 19, 20],
                "sold-or-shared": [23, 25],
                "right-to-know": M,
                "right-to-delete": M,
                "right-to-correct": M,
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": M,
                "authorized-agent": M,
                "last-updated": M,
            }
        },
        "notes": {
            "us-ccpa/sources": "collected through Firebase Analytics from the app's use: a source by implication only",
            "us-ccpa/how-to-submit": "41 'contact us at [Insert contact information]' (an unfilled slot)",
            "us-ccpa/right-to-opt-out": "33 disabling analytics in device settings is not the opt-out of sale/sharing",
        },
    },
    {
        "name": "bgsnl-en",
        "split": "holdout",
        "file": "bgsnl-en/PrivacyPolicy_BGSNL.md",
        "source": {
            "repo": "kokiad/GraduationProject_BGSNL_Dashbooard-KonstantinBackUp",
            "path": "Assets/Scripts/PrivacyPolicy_BGSNL.md",
            "commit": "b131a055c63053787a8ccf67249bdd0cda64dd03",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": lines(R(8, 15)),
                "dpo": [15, 185, 186, 187],
                "purposes": lines(R(42, 45), R(52, 62)),
                "legal-basis": lines(37, 39, 41, 46, 71, 77),
                "legitimate-interests": lines(41, 42, 43, 44, 71, 77),
                "recipients": lines(R(66, 80)),
                "transfers": lines(R(89, 97)),
                "retention": lines(R(100, 104)),
                "rights": lines(R(110, 143)),
                "withdraw-consent": [137, 138, 139],
                "complaint": lines(R(195, 207)),
                "requirement": Q,
                "automated-decisions": M,
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/requirement": "24 'Email address (required)' without what follows from not giving it: doubtful",
        },
    },
    {
        "name": "scrambled-en",
        "split": "dev",
        "file": "scrambled-en/privacy.md",
        "source": {
            "repo": "antonis179/exif-stripper",
            "path": "app/src/main/res/raw/privacy.md",
            "commit": "6340b8057db737b1bf1ca5037a5a6dbbe435c448",
            "stored": GIT,
            "licence": "GPL-3.0 (repository LICENSE)",
        },
        "v": {
            "eu-gdpr": {
                "controller": [3, 27],
                "dpo": M,
                "purposes": [25],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": M,
                "transfers": NA,
                "retention": M,
                "rights": [27],
                "withdraw-consent": M,
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": Q,
            }
        },
        "notes": {
            "eu-gdpr/controller": "3 the developer juanitobananas (Juan García Basilio), 27 his e-mail",
            "eu-gdpr/recipients": "Google Play and F-Droid collect for themselves (a source, not recipients of the developer's data)",
            "eu-gdpr/rights": "27 e-mail me if you want me to delete your data (erasure with a channel)",
            "eu-gdpr/source": "11-13 Google provides aggregate data and, for a review, device details: doubtful as personal data",
        },
    },
    {
        "name": "dfki-en",
        "split": "dev",
        "file": "dfki-en/dataprotection.md",
        "source": {
            "repo": "leechcrawler/leech",
            "path": "dataprotection.md",
            "commit": "09fc3ad7d5939a1eba4fbb2619c86ffd14898b1a",
            "stored": GIT,
            "licence": "BSD-3-Clause (repository license.txt)",
        },
        "v": {
            "eu-gdpr": {
                "controller": [14, 15, 16],
                "dpo": [20, 22],
                "purposes": [28, 52, 54],
                "legal-basis": [28],
                "legitimate-interests": Q,
                "recipients": [52, 54],
                "transfers": M,
                "retention": M,
                "rights": lines(34, R(36, 40), 41),
                "withdraw-consent": Q,
                "complaint": [47],
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/legal-basis": "28 lawful obligation (archiving) and legitimate interests (contact database)",
            "eu-gdpr/legitimate-interests": "28 'Subject to our legitimate interests' names no interest: doubtful",
            "eu-gdpr/transfers": "52 Google stores on servers in the United States; no safeguard named",
            "eu-gdpr/retention": "28 every e-mail 'will be archived', no period",
            "eu-gdpr/withdraw-consent": "56 an opt-out browser add-on for Google Analytics only: doubtful",
            "eu-gdpr/complaint": "47 the right to complain to a supervisory authority (none named)",
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
            "file": f"eval/profiles36b/docs/{doc['file']}",
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
