#!/usr/bin/env python3
"""Hand annotations of eval/profiles34 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run.  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles34/tools/annotate.py
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
OPIN = {"repo": "catgarret/Opin", "commit": "bd978d4d72d2d03a065f63d545a335bd18778a13", "stored": GIT}
PARCEL = {"repo": "MalphtieYU/parcelume-android", "commit": "1ff4cdd9a080af67ccf075479a975a44a10cf7d5", "stored": INDEX}
NOT_COLLECTED = "collects nothing: the 'collects nothing' rule"

DOCS: list[dict] = [
    {
        "name": "opin-zh",
        "split": "dev",
        "file": "opin-zh/PRIVACY.zh-CN.md",
        "source": {**OPIN, "path": "docs/PRIVACY.zh-CN.md", "licence": "MIT (LICENSE)"},
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": Q,
                "methods": Q,
                "categories": Q,
                "retention": Q,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": Q,
                "sensitive-marked": NA,
                "methods": Q,
                "retention": Q,
                "cross-border": Q,
                "sharing": [15, 19, 23],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "Opin is the extension; only an e-mail (45), no developer named",
            "cn-pipl/purposes": NOT_COLLECTED + " (7, 11)",
            "cn-pipl/methods": NOT_COLLECTED,
            "cn-pipl/categories": NOT_COLLECTED + "; 11 lists what is not collected",
            "cn-pipl/retention": NOT_COLLECTED + "; 27 no logs stored",
            "cn-pipl/minors": "35: no information of under-14s is processed",
            "cn-gbt35273/sharing": "19 「不会向任何第三方提供或共享个人信息」; 15/23 nothing leaves the browser",
            "cn-gbt35273/cross-border": NOT_COLLECTED + ", no storage place to state",
            "cn-gbt35273/complaint": "43: a contact for inquiries about the policy, no complaint",
            "cn-gbt35273/close-account": "no account",
        },
    },
    {
        "name": "parcelume-zh",
        "split": "dev",
        "file": "parcelume-zh/PRIVACY.zh-CN.md",
        "source": {**PARCEL, "path": "docs/PRIVACY.zh-CN.md", "licence": NONE},
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": Q,
                "methods": [9, 11, 13, 14],
                "categories": [20],
                "retention": Q,
                "rights": [30],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [20],
                "sensitive-marked": NA,
                "methods": [9, 11, 13, 14],
                "retention": Q,
                "cross-border": [14, 26],
                "sharing": Q,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [30],
                "close-account": NA,
                "withdraw-consent": [30],
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "no developer and no contact at all",
            "cn-pipl/purposes": "parcel tracking only implied by 「包裹字段」 (14); no purpose stated: doubtful",
            "cn-pipl/methods": "9 notification listener, 13 processed in memory by local rules, 14 written to a local database",
            "cn-pipl/retention": "30: the user sets a retention time for completed records; no period: doubtful",
            "cn-pipl/rights": "30: delete all local parcel data, revoke notification access",
            "cn-pipl/sensitive-necessity": "9 notifications may hold messages/photos but they are not stored (22)",
            "cn-gbt35273/cross-border": "14 local database, 26 no network permission (device storage as the place)",
            "cn-gbt35273/sharing": "26: no network permission, analytics or cloud sync; no sharing sentence: doubtful",
            "cn-gbt35273/withdraw-consent": "30: notification access can be revoked in Android settings",
            "cn-gbt35273/close-account": "no account (5, 26)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (5 「从设计上就不需要账号或服务器」, 26 「没有…账号系统」), so n/a (was missing)",
        },
    },
    {
        "name": "namimail-zh",
        "split": "dev",
        "file": "namimail-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "JIE-jiee/Nami-Mail",
            "path": "docs/PRIVACY.zh-CN.md",
            "commit": "2bb744e2cd98750c4e30fb14a96e2f6111853d44",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [11, 12, 13, 14, 15, 16],
                "methods": [11, 12, 13, 14, 15, 16, 24, 25, 26, 27, 28, 29, 30],
                "categories": [14, 22, 24, 25, 26, 27, 28, 29, 30],
                "retention": Q,
                "rights": [14, 46],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [11, 13, 14, 15, 16, 24, 25, 26, 28, 29, 30],
                "sensitive-marked": NA,
                "methods": [11, 13],
                "retention": Q,
                "cross-border": M,
                "sharing": [9, 11, 12, 13, 14, 15, 16],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [46],
                "close-account": M,
                "withdraw-consent": [14],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [24, 25, 26, 28, 29, 32, 34, 38, 39, 40],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "Nami Mail is the product; no developer and no contact (50 points to a security policy)",
            "cn-pipl/retention": "47: uninstalling keeps the data by default; no period: doubtful",
            "cn-pipl/sensitive-necessity": "25 「邮件敏感载荷」 is a technical label, no PIPL Art. 28 category",
            "cn-pipl/abroad-recipient": "Google/Microsoft/translation endpoints named (13, 15), no transfer abroad mentioned",
            "cn-gbt35273/cross-border": "data stays in the user data directory (32) but goes to named services (11-16): was doubtful (?) (u36v3 device-storage decision, eval/profiles36/README.md: data also goes to an outside service whose place is not given, so the device is no storage place: missing)",
            "cn-gbt35273/withdraw-consent": "14: the cloud-model switch, once off or revoked, stops further sending",
            "cn-gbt35273/delete": "46 delete local data (session 35 decision: 47, the Windows uninstaller deleting %APPDATA%, is "
            "no deletion method: the mail also sits on the mail providers' servers; 47 was accepted before session 35)",
            "cn-gbt35273/close-account": "46 removes a mail account from the app, no account with the developer",
            "cn-gbt35273/complaint": "50: report inconsistent behaviour privately through the security policy: doubtful",
        },
    },
    {
        "name": "purepin-zh",
        "split": "holdout",
        "file": "purepin-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "easyrev/PurePin",
            "path": "PRIVACY.zh-CN.md",
            "commit": "bdb636738595cf2fde37f3ed7ed5924bf357bdb5",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": Q,
                "methods": [5, 26],
                "categories": [9, 10, 11, 12, 20],
                "retention": Q,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [9, 10, 11, 12],
                "sensitive-marked": NA,
                "methods": [20, 26],
                "retention": Q,
                "cross-border": [5, 9],
                "sharing": Q,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": NA,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": Q,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "no developer and no contact; feedback through GitHub Issues (22)",
            "cn-pipl/purposes": "the tool's features (5) but no purpose of processing personal information: doubtful",
            "cn-pipl/retention": "10 files are never deleted by the app, 12 the system manages log retention: doubtful",
            "cn-gbt35273/cross-border": "5 done on this Mac, no network entitlement; 9 macOS preferences",
            "cn-gbt35273/sharing": "5 no upload service, 20 nothing sent automatically; no third-party sentence: doubtful",
            "cn-gbt35273/security": "14: error text with file paths treated as private fields: doubtful",
            "cn-gbt35273/close-account": "no account (5)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (5 「应用没有内置分析 SDK、账户、上传服务…」), so n/a (was missing)",
        },
    },
    {
        "name": "synlagen-tw",
        "split": "dev",
        "file": "synlagen-tw/Legal.tsx",
        "source": {
            "repo": "jimmylee719/synlagen-web",
            "path": "pages/Legal.tsx",
            "commit": "874a9f8a4db0e2fcf522552a1b23cd959eee5120",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [31, 111],
                "purposes": [42, 45, 111],
                "categories": [42, 45, 118, 121, 122],
                "period": [129],
                "area": [130],
                "recipients": [131],
                "methods": [132],
                "rights": [139, 142, 143, 144, 145, 146, 149],
                "effect-of-not-providing": [53],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/effect-of-not-providing": "53: refusing cookies may stop some functions of the site",
            "tw-pdpa/source": "collected from the person (42, 45)",
        },
    },
    {
        "name": "opin-tw",
        "split": "holdout",
        "file": "opin-tw/PRIVACY.zh-TW.md",
        "source": {**OPIN, "path": "docs/PRIVACY.zh-TW.md", "licence": "MIT (LICENSE)"},
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": Q,
                "categories": Q,
                "period": Q,
                "area": Q,
                "recipients": [15, 19, 23],
                "methods": Q,
                "rights": M,
                "effect-of-not-providing": Q,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "Opin is the extension; only an e-mail (45)",
            "tw-pdpa/purposes": NOT_COLLECTED,
            "tw-pdpa/recipients": "19 「不會向任何第三方提供或分享個人資訊」",
            "tw-pdpa/effect-of-not-providing": NOT_COLLECTED + ": nothing to provide",
        },
    },
    {
        "name": "simpleterms-en",
        "split": "dev",
        "file": "simpleterms-en/PRIVACY_POLICY.md",
        "source": {
            "repo": "C-Chambers/SimpleTerms",
            "path": "PRIVACY_POLICY.md",
            "commit": "70ba2b86046a6d12f7bd0381a65d77123dadd8c2",
            "stored": GIT,
            "licence": "MIT (LICENSE)",
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": [33, 34, 35, 36],
                "legal-basis": [111, 112, 113],
                "legitimate-interests": [112],
                "recipients": [42, 55, 56, 62],
                "transfers": Q,
                "retention": [69, 70, 71],
                "rights": [117, 118, 119, 120, 121, 122, 123],
                "withdraw-consent": [78, 86, 87],
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [12, 14, 16],
                "sources": Q,
                "purposes": [33, 34, 35, 36],
                "sold-or-shared": [58, 130],
                "right-to-know": [128],
                "right-to-delete": [129],
                "right-to-correct": M,
                "right-to-opt-out": [130],
                "right-to-limit": M,
                "non-discrimination": [131],
                "how-to-submit": M,
                "authorized-agent": M,
                "last-updated": [3],
            },
        },
        "notes": {
            "eu-gdpr/controller": "SimpleTerms is the product; the e-mail is a placeholder (107)",
            "eu-gdpr/transfers": "95: data may cross borders through Google Cloud; safeguard only 'applicable frameworks': doubtful",
            "eu-gdpr/withdraw-consent": "78 revoke the extension's permissions, 86-87 stop using / uninstall",
            "us-ccpa/sources": "16: the text the user chooses to analyze; no source named as such: doubtful",
            "us-ccpa/how-to-submit": "107: '[Contact email to be provided]'",
        },
    },
    {
        "name": "opin-en",
        "split": "dev",
        "file": "opin-en/PRIVACY.md",
        "source": {**OPIN, "path": "PRIVACY.md", "licence": "MIT (LICENSE)"},
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": Q,
                "legal-basis": Q,
                "legitimate-interests": NA,
                "recipients": [15, 19, 23],
                "transfers": NA,
                "retention": Q,
                "rights": M,
                "withdraw-consent": M,
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": Q,
                "sources": Q,
                "purposes": Q,
                "sold-or-shared": [19],
                "right-to-know": M,
                "right-to-delete": M,
                "right-to-correct": M,
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": M,
                "authorized-agent": M,
                "last-updated": [5],
            },
        },
        "notes": {
            "eu-gdpr/controller": "only an e-mail (45), nobody named",
            "eu-gdpr/purposes": NOT_COLLECTED + " (7, 11)",
            "eu-gdpr/recipients": "19: 'does not provide or share personal information with any third parties'",
            "eu-gdpr/transfers": "23: nothing is transferred externally",
            "us-ccpa/sold-or-shared": "19: no personal information provided or shared to any third party",
        },
    },
    {
        "name": "parcelume-en",
        "split": "holdout",
        "file": "parcelume-en/PRIVACY.md",
        "source": {**PARCEL, "path": "docs/PRIVACY.md", "licence": NONE},
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": Q,
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": Q,
                "transfers": NA,
                "retention": Q,
                "rights": [30],
                "withdraw-consent": [30],
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": Q,
            },
            "us-ccpa": {
                "categories-collected": Q,
                "sources": Q,
                "purposes": Q,
                "sold-or-shared": Q,
                "right-to-know": M,
                "right-to-delete": M,
                "right-to-correct": M,
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": M,
                "authorized-agent": M,
                "last-updated": M,
            },
        },
        "notes": {
            "eu-gdpr/purposes": "parcel tracking only implied (14); no purpose stated: doubtful",
            "eu-gdpr/recipients": "26: no network permission, analytics or cloud sync; no recipient sentence: doubtful",
            "eu-gdpr/retention": "30: the user chooses a retention period; none stated: doubtful",
            "eu-gdpr/withdraw-consent": "30: revoke notification access in Android settings",
            "eu-gdpr/source": "parcel fields come from other apps' notifications (11, 20): doubtful",
            "us-ccpa/categories-collected": "stored only on the device, nothing collected by a business: doubtful",
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
            "file": f"eval/profiles34/docs/{doc['file']}",
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
