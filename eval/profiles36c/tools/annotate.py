#!/usr/bin/env python3
"""Hand annotations of eval/profiles36c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles36c/tools/annotate.py
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


DOCS: list[dict] = [
    {
        "name": "tcgcards-zh",
        "split": "dev",
        "file": "tcgcards-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "Sunchy321/tcg.cards",
            "path": "PRIVACY.zh-CN.md",
            "commit": "72417505481f5af7c151ddd7f53a72b29df75a4a",
            "stored": GIT,
            "licence": "MIT (the repository's LICENSE)",
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [58, *r(60, 68), 72, *r(74, 77), 83],
                "methods": [72, *r(74, 77), 83, 93, *r(95, 100), 106, 149],
                "categories": [24, *r(28, 33), *r(37, 41), *r(45, 50)],
                "retention": [110, *r(114, 118)],
                "rights": [128, *r(130, 135), 137],
                "sensitive-necessity": Q,
                "minors": NA,
                "abroad-recipient": M,
                "abroad-purposes": M,
                "abroad-methods": [149],
                "abroad-categories": M,
                "abroad-rights": M,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [58, *r(60, 68), 72, *r(74, 77), 83],
                "sensitive-marked": Q,
                "methods": [40, 41, 72, *r(74, 77)],
                "retention": [110, *r(114, 118)],
                "cross-border": [149],
                "sharing": [83, 91, 93, *r(95, 100), 102],
                "transfer": M,
                "public-disclosure": Q,
                "access": [128, 130, 137],
                "correct": [128, 131, 137],
                "delete": [128, 132, 137],
                "close-account": [128, 132, 137],
                "withdraw-consent": M,
                "copy": [128, 134, 137],
                "effect-of-not-providing": M,
                "security": [122],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "only the project name TCG Cards and 'create a GitHub issue' (137, 163); 7 says the operator's name is still to be confirmed before launch: nobody named (missing, as bilimuzhi and wescreen-style products in earlier sets)",
            "cn-pipl/purposes": "the list under 我们使用收集的信息来 (58, 60-68), what cookies/local storage are for (72, 74-77), messages sent to the AI provider to generate replies (83)",
            "cn-pipl/methods": "cookies and local storage (72-77), sending to the configured AI provider (83), sharing with hosting/infrastructure providers (93, 95-100), making content public (106), processing and storage outside the user's country (149)",
            "cn-pipl/categories": "the three lists under 我们收集的信息 (24, 28-33, 37-41, 45-50); the import metadata (54) is not personal",
            "cn-pipl/retention": "'仅在…目的合理需要的期限内保留' (110) and the list of typical rules (114-118; its lead-in 112 is drafting advice)",
            "cn-pipl/rights": "access, correction, deletion, objection, copy, opt-out (130-135) with the way: a GitHub issue titled Privacy (137)",
            "cn-pipl/sensitive-necessity": "password authentication metadata (30) and API keys (32) are held; whether that is sensitive personal information is doubtful; 85 asks users not to submit sensitive data",
            "cn-pipl/minors": "'本服务不面向 13 岁以下儿童' (143): the service is not meant for children (the age is 13, not 14), as earlier sets",
            "cn-pipl/abroad-recipient": "149: data may be processed and stored outside the user's country, so Art. 39 applies; no foreign recipient is named with a contact (Cloudflare in 95 is not said to be abroad)",
            "cn-pipl/abroad-purposes": "no purpose given for the processing abroad",
            "cn-pipl/abroad-methods": "'在你所在国家或地区以外处理和存储' (149)",
            "cn-pipl/abroad-categories": "only 信息",
            "cn-pipl/abroad-rights": "nothing on exercising rights against a recipient abroad",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "as cn-pipl/purposes",
            "cn-gbt35273/sensitive-marked": "as cn-pipl/sensitive-necessity; nothing is marked",
            "cn-gbt35273/methods": "cookies/local storage (72-77); messages and feedback the user submits (40, 41)",
            "cn-gbt35273/cross-border": "149 says the data may be stored outside the user's country or region",
            "cn-gbt35273/sharing": "not sold (91), the list of recipients (93, 95-100), the AI provider (83), disclosure on legal demand (102)",
            "cn-gbt35273/public-disclosure": "106: user actions (public decks, usernames) may be visible to others; 102: disclosure when the law requires; whether either states the controller's public-disclosure rules is doubtful",
            "cn-gbt35273/close-account": "'删除账号' (132) with the GitHub-issue way (137)",
            "cn-gbt35273/withdraw-consent": "consent is never named; objection (133) and future opt-out (135) are not a withdrawal of consent",
            "cn-gbt35273/security": "access control, environment secrets, database access control (122)",
            "cn-gbt35273/complaint": "'如有隐私问题或请求，请创建 GitHub issue' (163): a channel for questions and requests, not named a complaint channel: doubtful (as translateus-zh)",
        },
    },
    {
        "name": "augura-zh",
        "split": "dev",
        "file": "augura-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "augura-os/augura",
            "path": "PRIVACY.zh-CN.md",
            "commit": "203634670971971047abde51433ff68f7d714866",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [14, 18, 25, 33, 37, 58],
                "methods": [22, 23, 25, 29, 54, 56, 58, 64],
                "categories": [14, 18, *r(20, 23), 33, 37],
                "retention": [58],
                "rights": [27, 70, 72, 74],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [14, 18, *r(20, 23), 25, 33, 37],
                "sensitive-marked": NA,
                "methods": [14, 18, 27, 29, 33, 37],
                "retention": [58],
                "cross-border": [54],
                "sharing": [50, 62, 66],
                "transfer": M,
                "public-disclosure": M,  # u47w2: anonymised aggregates (64) are no personal information and a disclosure on legal demand (66) is no public disclosure (docs/profiles.md) (was [64, 66])
                "access": M,
                "correct": M,
                "delete": [72, 74],
                "close-account": M,
                "withdraw-consent": [27, 70],
                "copy": [74],
                "effect-of-not-providing": M,
                "security": [22, 54, 56, 64],
                "complaint": [82, 83],
            },
        },
        "notes": {
            "cn-pipl/processor": "'由 Augura 项目作者开发并运营' (8) and GitHub Issues (82-83): no name of a person or company: missing (the earlier sets' convention for a product name with only an issue tracker or an e-mail)",
            "cn-pipl/purposes": "compatibility and stability (14), the co-building programme (18), 产品功能迭代、行业研究与模型训练 (25), submitted content for improvement and training (33), cloud data (37), aggregates kept for iteration (58)",
            "cn-pipl/methods": "salted hashing (22), anonymised aggregation (23, 25), a local queue sent only to a configured endpoint (29), encrypted transfer and storage in the PRC (54, 56), k-anonymous publication (64)",
            "cn-pipl/categories": "error and crash summaries, version, OS type (14); clicks, instance ID, corrections, aggregates (18, 20-23); submitted content (33); cloud data (37)",
            "cn-pipl/retention": "raw telemetry linked to an instance kept no longer than 24 months (58)",
            "cn-pipl/rights": "turn the programme off (27, 70), ask for deletion by contacting with the instance ID (72), export/delete cloud data (74)",
            "cn-pipl/sensitive-necessity": "no sensitive data (45 excludes ID numbers)",
            "cn-pipl/minors": "no word on children (a tool for ad creatives)",
            "cn-pipl/abroad-recipient": "stored in the PRC (54); frames sent to the model service the user configures (OpenAI/Kimi, 50) are called the user's own call and nothing says abroad (as translateus-zh)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/methods": "collected automatically (14), after joining the programme, on by default and can be turned off (18, 27), sent only when an endpoint is configured (29), submitted by the user (33), uploaded to the cloud (37)",
            "cn-gbt35273/cross-border": "stored on servers in the PRC (54)",
            "cn-gbt35273/sharing": "not sold or rented (62), disclosure only on legal demand (66), frames to the user's own model service (50)",
            "cn-gbt35273/public-disclosure": "publication only of k-anonymous aggregates (64) and disclosure only on legal demand (66)",
            "cn-gbt35273/access": "nothing on viewing one's data (74 is export: copy)",
            "cn-gbt35273/delete": "deletion on request with the instance ID (72); cloud users delete under the cloud agreement (74)",
            "cn-gbt35273/close-account": "a cloud account exists (37) but nothing on closing it",
            "cn-gbt35273/withdraw-consent": "turn the programme off in Settings at any time (27, 70)",
            "cn-gbt35273/copy": "export of cloud account data (74)",
            "cn-gbt35273/effect-of-not-providing": "14 says the operational data is required and has no switch; nothing on what refusing would mean",
            "cn-gbt35273/security": "salted hashing (22), encrypted transfer (54), measures (56), k-anonymity (64)",
            "cn-gbt35273/complaint": "'如对本政策有任何疑问、意见或投诉，可通过以下方式联系我们：GitHub Issues' (82-83)",
        },
    },
    {
        "name": "markdang-zh",
        "split": "dev",
        "file": "markdang-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "emorywang/markdang",
            "path": "PRIVACY.zh-CN.md",
            "commit": "dc0d2511d2af3f6d3362d5a74edd380687d1b92b",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [7, 11, 17, 26],
                "methods": [11, 15, 16, 17, 22, 26],
                "categories": [7, 11, 17],
                "retention": M,
                "rights": [28],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [7, 11, 17, 26],
                "sensitive-marked": NA,
                "methods": [7, 11, 26],
                "retention": M,
                "cross-border": [11],
                "sharing": [17, 19, 20, 22],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [28],
                "close-account": NA,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": M,
                "security": Q,
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "only the product name MarkDang and an issue link (30); no person or company: missing (as earlier sets)",
            "cn-pipl/purposes": "reads documents to show a reading view (7), reads the document URL to resolve relative links and list the parent directory (11), PlantUML content sent to render images (17), storage permission to keep settings (26)",
            "cn-pipl/methods": "parsed locally, settings in chrome.storage.local, probing in temporary tabs (11), requests to source sites (15-16), PlantUML content encoded and sent to plantuml.com (17), nothing sent to the author (22)",
            "cn-pipl/categories": "the document text (7), reading settings, custom CSS, the document URL (11), plantuml code blocks (17)",
            "cn-pipl/retention": "no period: probe results are not kept (11) and uninstalling removes settings (28), a control rather than a retention period (as sideask-zh)",
            "cn-pipl/rights": "turn features off, reset to defaults, uninstall to remove the local settings (28)",
            "cn-pipl/minors": "no word on children",
            "cn-pipl/abroad-recipient": "plantuml.com receives diagram content; nothing says abroad",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/methods": "the extension reads the open document and its URL (7, 11) through its content-script match patterns (26)",
            "cn-gbt35273/cross-border": "kept in the browser's chrome.storage.local, no Chrome Sync (11): device storage as the place (as sideask-zh)",
            "cn-gbt35273/sharing": "plantuml.com (17), Ko-fi/爱发电 only when the user opens the link (19), visited sites get the IP (20), nothing sent to the author (22)",
            "cn-gbt35273/delete": "reset to defaults / uninstall removes the local settings (28)",
            "cn-gbt35273/close-account": "no account (7)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (7 「不提供账号、统计分析、广告或文档上传服务」), so n/a (was missing)",
            "cn-gbt35273/withdraw-consent": "turning PlantUML (opt-in) off again (28) stops sending diagram content: a feature switch, doubtful (as the pause of translateus-zh)",
            "cn-gbt35273/security": "Mermaid strict security settings and stripping executable HTML before display (22) protect the reader's page; whether that states a measure protecting personal information is doubtful",
            "cn-gbt35273/complaint": "'如有隐私问题，请提交问题' (30): doubtful (as translateus-zh)",
        },
    },
    {
        "name": "powernap-tw",
        "split": "dev",
        "file": "powernap-tw/PrivacyPolicy.md",
        "source": {
            "repo": "LEESZUHAN/powernapv2new",
            "path": "docs/PrivacyPolicy.md",
            "commit": "4cee905c87ab59d5d9f9c2092b6e1274e33d50c7",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [
                    14,
                    15,
                    17,
                    20,
                    28,
                    29,
                    33,
                    34,
                    38,
                    *r(40, 44),
                    50,
                    111,
                    112,
                    114,
                    117,
                    125,
                    126,
                    130,
                    131,
                    135,
                    *r(137, 141),
                    147,
                    194,
                    202,
                ],
                "categories": [11, *r(14, 17), 20, *r(23, 30), 33, 34, 108, *r(111, 114), 117, *r(120, 127), 130, 131, *r(194, 198)],
                "period": [49, 146, 201],
                "area": Q,
                "recipients": [50, 55, 57, 58, 59, 66, 147, 152, 154, 155, 156, 163, 200],
                "methods": [48, 49, 50, 51, 63, 145, 146, 147, 148, 160, 200],
                "rights": [71, *r(73, 76), 168, *r(170, 173), 203],
                "effect-of-not-providing": M,
                "source": Q,
            }
        },
        "notes": {
            "tw-pdpa/agency": "only the app name PowerNap and an e-mail (90, 187); no developer or company named: missing (as opin-tw, u8-1a2b-tw)",
            "tw-pdpa/purposes": "each item's 用於 (14-34), the list under 資訊使用方式 (38, 40-44), diagnostics for debugging (50, 194, 202), and the English twins",
            "tw-pdpa/categories": "the lists under 收集的資訊 (11-34), the diagnostics list (194-198), and the English twins (108-131)",
            "tw-pdpa/period": "sleep logs kept 14 days by default (49, 146), diagnostics at most 24 months (201)",
            "tw-pdpa/area": "the device, Apple Health and Apple iCloud CloudKit: places, not an area (as appbox-tw, mmstodo-tw)",
            "tw-pdpa/recipients": "not shared except consent/law/protection (55-59), Apple iCloud CloudKit public database (50, 200), HealthKit data not shared without consent (66), English twins",
            "tw-pdpa/methods": "stored on the device or in Apple Health through HealthKit (48, 63), local logs (49), de-identified upload to CloudKit (50, 200), Apple's security mechanisms (51), English twins",
            "tw-pdpa/rights": "view data in the data-logs page, delete all data, adjust settings, restrict access in device settings (71, 73-76), turn sharing off in Settings (203), English twins",
            "tw-pdpa/effect-of-not-providing": "nothing on what happens without the data",
            "tw-pdpa/source": "heart-rate and sleep data read from Apple Health / the watch (HealthKit): indirect collection? doubtful (as mmstodo-tw)",
        },
    },
    {
        "name": "yijing-tw",
        "split": "dev",
        "file": "yijing-tw/PRIVACY.md",
        "source": {
            "repo": "dev-bitpod-cc/YiJingDivination-Support",
            "path": "PRIVACY.md",
            "commit": "32a83602f6427ffe84289f8072dfb0d91fada539",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [7],
                "purposes": [26],
                "categories": [14, 15, 16],
                "period": M,
                "area": Q,
                "recipients": [21, 28],
                "methods": [20, 26, 33, 34],
                "rights": [22],
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "「開發者：JENG JIE SHEN」 (7); contact through the Issues page (64-65)",
            "tw-pdpa/purposes": "the history feature, to look back on past readings (26)",
            "tw-pdpa/categories": "question text and divination records (14-16)",
            "tw-pdpa/period": "kept on the device until the user deletes it (20, 22); no period stated",
            "tw-pdpa/area": "only on the user's iPhone (20): a place, not an area (as earlier sets)",
            "tw-pdpa/recipients": "nothing uploaded (21), no third-party sharing (28)",
            "tw-pdpa/methods": "local storage with SwiftData, encrypted on the device (20, 33-34), used for the history feature (26)",
            "tw-pdpa/rights": "delete all records in the app at any time (22)",
            "tw-pdpa/source": "everything is entered by the user",
        },
    },
    {
        "name": "tideways-en",
        "split": "dev",
        "file": "tideways-en/PRIVACY.md",
        "source": {
            "repo": "tideways/terms-of-service",
            "path": "PRIVACY.md",
            "commit": "e85ac9205834e77d38cc3a8baab93218130fd6b9",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [11, *r(13, 17)],
                "dpo": M,
                "purposes": [23, 69, 73, 79, 93, 105, 119, 129, 131, 133, 163, 173, 185, 187, 201, 203, 211, 215, 225, 229, 239, 241],
                "legal-basis": [27, 29, 31, 33, 71, 95, 107, 121, 135, 151, 161, 177, 189, 205, 215, 229, 243],
                "legitimate-interests": [37, 73, 133, 153, 177, 189, 205, 215, 229, 243],
                "recipients": [45, 65, 105, 119, 129, 143, 145, 147, 173, 175, 179, 185, 201, 203, 211, 213, 217, 225, 227, 231, 239, 241],
                "transfers": [49],
                "retention": [41, 69, 73, 87, 88, 89, 113, 123, 139, 167, 191, 195, 219, 233, 245],
                "rights": [115, 251, 253, 255, 257, 259, 261, 263, 264, 266, 268, 270, 272, 274, 276, 278, 280, 282, 284],
                "withdraw-consent": [137, 286, 288],
                "complaint": [290, 292],
                "requirement": [53, 101, 103],
                "automated-decisions": [57],
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/controller": "Tideways GmbH, address, e-mail and phone (11, 13-17)",
            "eu-gdpr/dpo": "no data protection officer named",
            "eu-gdpr/purposes": "server logs for delivery and security (69, 73), cookies (79, 93), contract and account (105), service e-mails (119), newsletter logging (133), e-mail enquiries (163), Google/Zoom/Help Scout/Recurly/Stripe/FastBill (173, 185, 201-203, 211-215, 225-229, 239-241)",
            "eu-gdpr/legal-basis": "Art. 6(1)(a), (b), (c), (f) in general (27-33) and per processing",
            "eu-gdpr/legitimate-interests": "the performance of business activities (37) and each interest named with lit. f",
            "eu-gdpr/recipients": "processors (45), hosting provider (65), processors for parcels/payments (105), Postmark, Wistia, Google, Zoom, Help Scout, Recurly, Stripe, FastBill",
            "eu-gdpr/transfers": "US recipients (Postmark, Wistia, Zoom, Help Scout, Recurly); 49 names adequacy, standard contractual clauses, certifications or BCRs as the conditions of any transfer",
            "eu-gdpr/retention": "general rule (41), logs 30 days (73), cookie periods (87-89), per processing (113, 123, 139, 167, 191, 195, 219, 233, 245)",
            "eu-gdpr/rights": "Section IV (251-284) and objecting/deleting the account (115)",
            "eu-gdpr/withdraw-consent": "newsletter withdrawal with the ways (137), the general right (286, 288)",
            "eu-gdpr/complaint": "right to lodge a complaint with a supervisory authority (290, 292)",
            "eu-gdpr/requirement": "browsing without data, provision mandatory for the services (53); mandatory information for the contract, no account without it (101, 103)",
            "eu-gdpr/automated-decisions": "none (57)",
            "eu-gdpr/source": "everything comes from the person or their device",
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
            "file": f"eval/profiles36c/docs/{doc['file']}",
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
