#!/usr/bin/env python3
"""Hand annotations of eval/profiles35b in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run.  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles35b/tools/annotate.py
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


DOCS: list[dict] = [
    {
        "name": "dataguardian-en",
        "split": "dev",
        "file": "dataguardian-en/privacy_policy.md",
        "source": {
            "repo": "vishaal314/myapp",
            "path": "legal/privacy_policy.md",
            "commit": "b465f33e10e3d94d77eb44b6d36e6bc67333360a",
            "stored": GIT,
            "licence": NONE + " (the repository's license.json is a product licence record, not a text licence)",
        },
        "v": {
            "eu-gdpr": {
                "controller": [9, 12, 13],
                "dpo": [16, 17, 200, 201],
                "purposes": lines(24, 25, 26, 27, R(52, 56), R(58, 61), R(63, 66)),
                "legal-basis": lines(20, 22, 24, 25, 26, 27, 166, 167, 180),
                "legitimate-interests": [26, 121, 180],
                "recipients": [69, 70, 71, 72, 80],
                "transfers": [74, 75, 76, 77],
                "retention": lines(25, 58, R(84, 97)),
                "rights": lines(R(101, 126)),
                "withdraw-consent": [27, 169, 170],
                "complaint": lines(R(127, 131), R(204, 208)),
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/complaint": "7.7 and 13.4 name the Dutch authority with its address under 'Your rights'",
            "eu-gdpr/requirement": "nothing says whether providing data is required or what follows from not providing it",
            "eu-gdpr/automated-decisions": "47 'automated scanning' of uploaded files is not a decision about the person",
            "eu-gdpr/transfers": "76 OpenAI API calls outside the EU under adequacy decision / SCCs",
        },
    },
    {
        "name": "permpilot-en",
        "split": "dev",
        "file": "permpilot-en/PRIVACY_POLICY.md",
        "source": {
            "repo": "d4rken-org/permission-pilot",
            "path": "PRIVACY_POLICY.md",
            "commit": "02fc951c6d6b9bbd46d94ebe4a2d47d7815c6e66",
            "stored": GIT,
            "licence": "GPL-3.0 (repository LICENSE)",
        },
        "v": {
            "eu-gdpr": {
                "controller": [9, 15],
                "dpo": M,
                "purposes": [21, 22, 28],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [13, 22, 23],
                "transfers": NA,
                "retention": M,
                "rights": M,
                "withdraw-consent": M,
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/controller": "9 'by Matthias Urhahn (darken)', 15 support e-mail",
            "eu-gdpr/recipients": "13 and 23: no data shared with or uploaded to third parties (none is a disclosure of recipients)",
            "eu-gdpr/requirement": "21 the app 'requires' a permission to work: not a statutory/contractual requirement: doubtful",
            "eu-gdpr/transfers": "no internet permission (23)",
            "eu-gdpr/source": "installed-app information comes from the device itself",
        },
    },
    {
        "name": "workforce-en",
        "split": "dev",
        "file": "workforce-en/privacy.blade.php",
        "source": {
            "repo": "A-Marzouk/resume-manager",
            "path": "resources/views/privacy.blade.php",
            "commit": "24c570765d320570d5968c409c49f2a5d41de58c",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [8, 123, 124, 187, 188, 189],
                "dpo": Q,
                "purposes": lines(R(40, 50), R(54, 57), R(61, 67), R(75, 78), 81, 82, 98, 99, 105, 106),
                "legal-basis": lines(32, 33, 34, 36, 37, 38, 61, 62, 65, 68, 69, 73, 74),
                "legitimate-interests": lines(R(61, 68)),
                "recipients": lines(55, 56, 58, 86, 87, 104, R(126, 129), R(130, 142), 153),
                "transfers": [108, 132, 133, 137, 140],
                "retention": lines(R(157, 178)),
                "rights": lines(R(179, 184)),
                "withdraw-consent": Q,
                "complaint": [191, 192, 193],
                "requirement": [116, 117, 118],
                "automated-decisions": M,
                "source": [25, 26, 27, 78, 79],
            }
        },
        "notes": {
            "eu-gdpr/dpo": "188 a 'Data Governance Officer' address, not called a DPO: doubtful",
            "eu-gdpr/withdraw-consent": "113-115 opt-out of Google Analytics, 177 unsubscribed contacts; no right to withdraw consent stated: doubtful",
            "eu-gdpr/complaint": "191-193 the Data Protection Commission's contact (no word 'complaint')",
            "eu-gdpr/source": "27 'We may obtain and store information from third party sources'; 78-79 referees, accreditation bodies",
        },
    },
    {
        "name": "dotlegal-ccpa",
        "split": "dev",
        "file": "dotlegal-ccpa/us-ccpa-consumer-privacy-rights-description.md",
        "source": {
            "repo": "dot-legal/reference",
            "path": "v1/sections/privacy/us-ccpa-consumer-privacy-rights-description.md",
            "commit": "6ab4ba941f74c15a63c1c26adb47ee5b06bb8e54",
            "stored": GIT,
            "licence": "Apache-2.0 (repository LICENSE.txt)",
        },
        "v": {
            "us-ccpa": {
                "categories-collected": M,
                "sources": M,
                "purposes": M,
                "sold-or-shared": Q,
                "right-to-know": [3, 4],
                "right-to-delete": [6, 7],
                "right-to-correct": [15, 16],
                "right-to-opt-out": [9, 10],
                "right-to-limit": [18, 19],
                "non-discrimination": [12, 13],
                "how-to-submit": M,
                "authorized-agent": M,
                "last-updated": M,
            }
        },
        "notes": {
            "us-ccpa/categories-collected": "19 defines sensitive personal information in general; nothing says what is collected",
            "us-ccpa/sold-or-shared": "10 'we do not sell your personal information' to under-16s unless opted in: doubtful",
            "us-ccpa/how-to-submit": "'You can request' with no channel",
        },
    },
    {
        "name": "synap-bi",
        "split": "dev",
        "file": "synap-bi/privacy.md",
        "source": {
            "repo": "soaringjerry/Synap",
            "path": "docs/legal/privacy.md",
            "commit": "8f5e16e0a0ff36bc7dabbe63e72976d2689240fa",
            "stored": GIT,
            "licence": "repository LICENSE: 'Placeholder License, for personal and non-commercial use only' (test fixture only)",
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [14, 16, 19, 21],
                "methods": [14, 16, 24, 26],
                "categories": [14, 16],
                "retention": [44, 46],
                "rights": [39, 41],
                "sensitive-necessity": Q,
                "minors": [49, 51],
                "abroad-recipient": M,
                "abroad-purposes": [24, 26],
                "abroad-methods": [24, 26],
                "abroad-categories": [24, 26],
                "abroad-rights": M,
            },
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": [14, 16, 19, 21],
                "legal-basis": [19, 21],
                "legitimate-interests": Q,
                "recipients": [24, 26, 59, 61],
                "transfers": [3, 24, 26, 29, 31, 34, 36],
                "retention": [44, 46],
                "rights": [39, 41],
                "withdraw-consent": [39, 41, 64, 66],
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "cn-pipl/processor": "the operator ('we') is never named and gives no contact",
            "cn-pipl/sensitive-necessity": "49/51: no special-category data without explicit consent; whether any is processed: doubtful",
            "cn-pipl/minors": "51: no minors' data without verifiable parental consent",
            "cn-pipl/abroad-recipient": "Singapore storage by the unnamed operator, Cloudflare named (24) with no contact",
            "eu-gdpr/legitimate-interests": "19 names legitimate interests among the bases but never says which interest: doubtful",
            "eu-gdpr/transfers": "3/24 primary storage in Singapore; 29 DPA/SCCs procedures pointed to",
            "eu-gdpr/source": "account data, survey responses and logs come from the users",
        },
    },
    {
        "name": "empwifo-en",
        "split": "holdout",
        "file": "empwifo-en/content.md",
        "source": {
            "repo": "empwifo/ewfWebsite",
            "path": "src/content/en/PrivacyPolicy/content.md",
            "commit": "040d92bad54cb8cc7edc3bceca293d49944b8c08",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": Q,
                "purposes": [28, 30, 31, 32, 33, 35],
                "legal-basis": [39],
                "legitimate-interests": [39],
                "recipients": [43],
                "transfers": NA,
                "retention": [47],
                "rights": lines(7, R(9, 15), 63, 65),
                "withdraw-consent": [16],
                "complaint": [18, 20],
                "requirement": [51],
                "automated-decisions": M,
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/controller": "1-3 'The responsible person ... is: Responsible' (the name is left out of the Markdown)",
            "eu-gdpr/dpo": "7, 77-81 a data protection officer is named as contact but no contact detail is given: doubtful",
        },
    },
    {
        "name": "purpose-en",
        "split": "holdout",
        "file": "purpose-en/privacy-v1.0.md",
        "source": {
            "repo": "connorholly11/purpose-proto",
            "path": "legal/privacy-v1.0.md",
            "commit": "1f6df71da3b021f8d23434bc0c0f5e203dfacfc8",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "us-ccpa": {
                "categories-collected": lines(7, R(9, 17)),
                "sources": M,
                "purposes": [20, 21, 22, 23, 24],
                "sold-or-shared": lines(R(9, 19), 38),
                "right-to-know": [34, 35],
                "right-to-delete": [37],
                "right-to-correct": [36],
                "right-to-opt-out": [38, 44],
                "right-to-limit": [39],
                "non-discrimination": M,
                "how-to-submit": [41],
                "authorized-agent": M,
                "last-updated": [2, 57],
            }
        },
        "notes": {
            "us-ccpa/right-to-know": "35 'Access / Portability' only names the right",
            "us-ccpa/sources": "no source named ('Name (if provided)' at most)",
        },
    },
    {
        "name": "adblockplus-en",
        "split": "holdout",
        "file": "adblockplus-en/english.md",
        "source": {
            "repo": "adblockplus/web.adblockplus.org",
            "path": "includes/privacy-policy/english.md",
            "commit": "e1245590df2802d7eb617dc311880d3cf1d422d0",
            "stored": GIT,
            "licence": NONE + " (the repository's LICENSES.txt covers bundled code)",
        },
        "v": {
            "us-ccpa": {
                "categories-collected": lines(R(676, 682)),
                "sources": lines(704, R(706, 711)),
                "purposes": lines(683, R(685, 691)),
                "sold-or-shared": lines(676, 694, R(696, 699), 700),
                "right-to-know": [716],
                "right-to-delete": [717],
                "right-to-correct": Q,
                "right-to-opt-out": Q,
                "right-to-limit": M,
                "non-discrimination": [718],
                "how-to-submit": [724, 728],
                "authorized-agent": [722],
                "last-updated": [730],
            }
        },
        "notes": {
            "us-ccpa/right-to-correct": "the California section lists know, delete, non-discrimination; rectification only in the GDPR part (211, 346-348): doubtful",
            "us-ccpa/right-to-opt-out": "676 'We do not sell any of your Personal Information, and we never will'; no opt-out right named: doubtful",
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
            "file": f"eval/profiles35b/docs/{doc['file']}",
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
