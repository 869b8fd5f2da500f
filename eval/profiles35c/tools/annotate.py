#!/usr/bin/env python3
"""Hand annotations of eval/profiles35c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles35c/tools/annotate.py
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

DOCS: list[dict] = [
    {
        "name": "translateus-zh",
        "split": "dev",
        "file": "translateus-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "HayashiUme/TranslateUs",
            "path": "PRIVACY.zh-CN.md",
            "commit": "d5944582d379aaf5f6c6bcefab2fcff5603270fc",
            "stored": GIT,
            "licence": "GPL-3.0 (the repository's LICENSE)",
        },
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": [3, 38, 46, 57],
                "methods": [14, 38, 46, 47, 53, 57, 58, 74, 75, 77],
                "categories": [38, 46, 57, 74, 75, 77],
                "retention": Q,
                "rights": Q,
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [3, 38, 46, 57, 74, 75],
                "sensitive-marked": NA,
                "methods": [65, 74, 75],
                "retention": Q,
                "cross-border": M,
                "sharing": [46, 47, 53, 58, 74, 75],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": Q,
                "security": M,
                "complaint": Q,
            },
        },
        "notes": {
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "translation of chat messages and the text it sends (3, 38, 46, 57, 74-75)",
            "cn-gbt35273/methods": "each chat message is taken as it arrives unless paused (65, 74-75)",
            "cn-gbt35273/cross-border": "the key in a local config file (14), the plugin runs in the local client, no backend (20), but the text goes to Google or the AI endpoint: was [14, 20] (u36v3 device-storage decision, eval/profiles36/README.md: data also goes to an outside service whose place is not given, so the device is no storage place: missing)",
            "cn-gbt35273/sharing": "chat text to Google's translation endpoint (46-47) or the user's AI endpoint (53, 58), table 74-75",
            "cn-gbt35273/delete": "deleting the API key (60) only switches the mode; nothing on deleting personal information",
            "cn-gbt35273/close-account": "no account",
            "cn-gbt35273/withdraw-consent": "pause (65, 87): doubtful",
            "cn-gbt35273/effect-of-not-providing": "no key means Google mode (42, 85); the key is hardly personal information: doubtful",
            "cn-gbt35273/security": "no measure named",
            "cn-gbt35273/complaint": "an Issue in the repository for questions (104): doubtful",
            "cn-pipl/processor": "only the plugin's name TranslateUs and 'submit an Issue in the project repository' (104), no URL, no person: doubtful",
            "cn-pipl/purposes": "real-time translation of in-game chat (3); the text is sent to a translation service to translate it (38, 46, 57)",
            "cn-pipl/methods": "key kept in a local config file (14), chat text sent to translate.googleapis.com or the configured AI endpoint (38, 46-47, 53, 57-58), the data-flow table (74-77)",
            "cn-pipl/categories": "the chat message text (and the target language) is all that is sent (46, 57, 74-77)",
            "cn-pipl/retention": "49 'TranslateUs 不会缓存或留存任何翻译内容', retention at Google left to Google: zero retention, no period: doubtful",
            "cn-pipl/rights": "only choices (pause 65/87, leave the key empty 85); no access/deletion way for personal information: doubtful",
            "cn-pipl/minors": "no word on children",
            "cn-pipl/abroad-recipient": "Google, OpenAI, Zhipu, DeepSeek are named as recipients but nothing says abroad / outside the PRC",
        },
    },
    {
        "name": "sideask-zh",
        "split": "dev",
        "file": "sideask-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "horry0214/SideAsk",
            "path": "PRIVACY.zh-CN.md",
            "commit": "35d264195e4377f6c7983501ef24e2e192676fc5",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [24, 32, 33, 34, 35, 43],
                "methods": [7, 15, 24],
                "categories": [11, 12, 13, 19, 20, 21, 22],
                "retention": [39],
                "rights": [7, 39],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [24, 32, 33, 34, 35, 43],
                "sensitive-marked": Q,
                "methods": [7, 24, 35],
                "retention": [39],
                "cross-border": M,
                "sharing": [24],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [39],
                "close-account": NA,
                "withdraw-consent": [7, 39],
                "copy": M,
                "effect-of-not-providing": [7],
                "security": [22, 24, 28],
                "complaint": M,
            },
        },
        "notes": {
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "as cn-pipl/purposes",
            "cn-gbt35273/sensitive-marked": "an API key (11) kept; not marked sensitive: doubtful (as add2calendar-zh)",
            "cn-gbt35273/methods": "page read only after the notice and an optional permission the user grants (7, 35); sent only when the user selects and asks (24)",
            "cn-gbt35273/cross-border": "the extension's private IndexedDB (15), but the text goes to the user's AI provider: was [15] (u36v3 device-storage decision, eval/profiles36/README.md: data also goes to an outside service whose place is not given, so the device is no storage place: missing)",
            "cn-gbt35273/sharing": "to the AI provider the user configures (24)",
            "cn-gbt35273/delete": "providers deleted one by one in the manager (39); removing the extension is not the method: content also sits with the AI provider (the session 35 decision)",
            "cn-gbt35273/close-account": "no account (3)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (3 「没有账户、遥测、广告 SDK…」), so n/a (was missing)",
            "cn-gbt35273/withdraw-consent": "the web-access permission revoked in the first-run guide (7, 39)",
            "cn-gbt35273/effect-of-not-providing": "without confirming the notice the icon only opens the guide and nothing is injected (7)",
            "cn-gbt35273/security": "username/password/query/hash stripped (22), loopback-only gateway and HTTPS (24), password fields and sensitive nodes excluded (28)",
            "cn-pipl/processor": "the product name SideAsk and 'SideAsk 维护者' (43); no name of a person or company, no contact at all",
            "cn-pipl/purposes": "explain a selection / follow-up questions (24), each permission's use (32-35), used only for side questions, returning to the source, history and favourites (43)",
            "cn-pipl/methods": "read the page only after the in-product notice (7), kept in the extension's IndexedDB (15), sent via a loopback gateway to the user's AI provider over HTTPS (24)",
            "cn-pipl/categories": "provider config and API key, recent questions/messages/anchors, favourites (11-13); selected text, readable block, recent messages, cleaned source URL (19-22)",
            "cn-pipl/retention": "39 removing the extension clears its local storage (the local history); the provider's own retention is the provider's: a retention criterion (u47w3, session 47: deleting or uninstalling the app deletes the local data is a retention criterion (docs/profiles.md, the uninstall convention); was missing)",
            "cn-pipl/rights": "revoke web access (7, 39), delete providers one by one, removing the extension clears local storage (39)",
            "cn-pipl/minors": "no word on children",
            "cn-pipl/abroad-recipient": "an AI provider the user configures; nothing says abroad",
            "cn-gbt35273/retention": "39 as cn-pipl/retention (was missing)",
        },
    },
    {
        "name": "mmstodo-tw",
        "split": "dev",
        "file": "mmstodo-tw/PRIVACY_POLICY.zh-TW.md",
        "source": {
            "repo": "search-index file 13499753212 (repository not named by the index)",
            "path": "a Markdown privacy policy of the mms-todo Chrome extension (Microsoft To Do), developer 'mesak'",
            "commit": "",
            "stored": INDEX_NO_REPO,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [96, 97],
                "purposes": [28, 30, 31, 32, 33],
                "categories": [13, 15, 16, 18, 19, 21, 22],
                "period": [47, 48, 49, 50],
                "area": Q,
                "recipients": [40, 41, 42, 69],
                "methods": [17, 19, 20, 31, 46, 47, 69],
                "rights": [48, 74, 76],
                "effect-of-not-providing": M,
                "source": Q,
            }
        },
        "notes": {
            "tw-pdpa/agency": "「開發者：mesak」 (a handle) and an e-mail (96-97): the developer is named",
            "tw-pdpa/purposes": "the section 資料使用目的 (28, 30-33)",
            "tw-pdpa/categories": "tokens, To Do content, preferences (13-22)",
            "tw-pdpa/period": "under 儲存位置與保留期間: the cache kept locally, cleared at logout, at an account switch, or by removing the extension (47-50)",
            "tw-pdpa/area": "the browser's local storage and Microsoft's servers: places, not an area (as appbox-tw)",
            "tw-pdpa/recipients": "Microsoft's official services only (40-42, 69)",
            "tw-pdpa/methods": "kept in chrome.storage.local, read/written through the Microsoft Graph API (17, 19-20, 31, 46-47, 69)",
            "tw-pdpa/rights": "log out to clear the local tokens and data (48, 74), remove the extension / clear browsing data (76)",
            "tw-pdpa/source": "the To Do content is read from the user's own Microsoft account through Graph: indirect collection? doubtful",
        },
    },
    {
        "name": "trailguide-en",
        "split": "dev",
        "file": "trailguide-en/PRIVACY.en.md",
        "source": {
            "repo": "Stephan-Lefty/TrailGuide",
            "path": "PRIVACY.en.md",
            "commit": "7515de89e5ae213fe5ca1e31c20f9e03c9bcf336",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": Q,
                "dpo": M,
                "purposes": [9, 10, 11, 18, 24, 25, 26, 27],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [18, 19],
                "transfers": M,
                "retention": [16, 18],
                "rights": Q,
                "withdraw-consent": Q,
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": Q,
            }
        },
        "notes": {
            "eu-gdpr/controller": "only the app name NaturlustTrailGuide and info@naturlust.net / a contact form (37); no person or company: doubtful",
            "eu-gdpr/purposes": "recording during an activity (9, 24), emergency contacts (10, 25-26), the live link so the person with the link can see it (11, 18, 27)",
            "eu-gdpr/recipients": "Cloudflare Worker relay (18), the recipient the user picks for a GPX export (19)",
            "eu-gdpr/transfers": "18 'Cloudflare is a US-based company': a transfer to the US is stated; no safeguard named",
            "eu-gdpr/retention": "activity location deleted when it ends normally (16), live-link data with an automatic expiry (18)",
            "eu-gdpr/rights": "delete controls (31-33) but no data-subject right is named: doubtful",
            "eu-gdpr/withdraw-consent": "consent is never named; ending a live share any time (18, 33): doubtful",
            "eu-gdpr/source": "emergency contacts (third persons) entered by the user or picked from the address book (10): doubtful",
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
            "file": f"eval/profiles35c/docs/{doc['file']}",
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
