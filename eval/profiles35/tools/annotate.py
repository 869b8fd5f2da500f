#!/usr/bin/env python3
"""Hand annotations of eval/profiles35 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run.  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles35/tools/annotate.py
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
NO_ACCOUNT = "no account with the developer"
NOTHING_ON_SERVERS = "the data stays on the device"

DOCS: list[dict] = [
    {
        "name": "wescreen-zh",
        "split": "dev",
        "file": "wescreen-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "susunola/wescreen",
            "path": "PRIVACY.zh-CN.md",
            "commit": "16cc78a84b256b701648adbb4c1e6b2e1b8e3736",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": [7, 15, 19, 21, 22, 23],
                "methods": [7, 11, 15, 36],
                "categories": [7, 11, 36],
                "retention": Q,
                "rights": [28, 30],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [7, 11, 15, 19, 21, 22, 23],
                "sensitive-marked": NA,
                "methods": [7, 22],
                "retention": Q,
                "cross-border": [11, 30, 36],
                "sharing": Q,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [28, 30],
                "close-account": NA,
                "withdraw-consent": M,
                "copy": Q,
                "effect-of-not-providing": M,
                "security": [15],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "only the tool's name WeScreen and its GitHub Issues page (34): doubtful",
            "cn-pipl/purposes": "what the recording does (7), the local enhancement (15) and each permission's use (19-23)",
            "cn-pipl/methods": "recorded on the device (7), kept in IndexedDB and chrome.storage (11), a local program (15)",
            "cn-pipl/retention": "28/30: kept until the user deletes it, recovery chunks until archived: no period, doubtful",
            "cn-pipl/rights": "28 permanent deletion, 30 delete a job in 处理任务",
            "cn-pipl/minors": "34: collects no personal data of children",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/methods": "7 recording starts after the user picks a source in the browser; 22 tab capture once granted",
            "cn-gbt35273/cross-border": "11, 30, 36 on the device only (device storage as the place)",
            "cn-gbt35273/sharing": "11/15 videos are not sent to outside services; no sharing sentence: doubtful",
            "cn-gbt35273/delete": "28 permanent deletion, clearing extension data or uninstalling removes the library, "
            + NOTHING_ON_SERVERS
            + " (the session 35 decision: uninstalling counts); 30 delete a job",
            "cn-gbt35273/close-account": "no account (7)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (7 「没有账号、云端视频库…」), so `close-account` is n/a (was missing)",
            "cn-gbt35273/copy": "21 export recordings and results: doubtful",
            "cn-gbt35273/security": "15 the local program is reached with a verified key",
            "cn-gbt35273/complaint": "34 GitHub Issues for questions: doubtful",
        },
    },
    {
        "name": "add2calendar-zh",
        "split": "dev",
        "file": "add2calendar-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "LueApp/add2calendar",
            "path": "PRIVACY.zh-CN.md",
            "commit": "24270a9c9d0060e09496f7da63de6fe5cb1a38b5",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": Q,
                "methods": [9, 13, 17, 18, 19, 23],
                "categories": [9, 13, 23],
                "retention": [9, 13, 29],
                "rights": [27],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [9, 13, 17, 18, 19, 23],
                "sensitive-marked": Q,
                "methods": [9],
                "retention": [9, 13, 29],
                "cross-border": M,
                "sharing": [9, 17, 18],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [27],
                "close-account": M,
                "withdraw-consent": [27],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [9, 18, 23],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「开发者」 only, no name and no contact",
            "cn-pipl/purposes": "adding PDC events to a calendar is only implied by the features (9, 17-19): doubtful",
            "cn-pipl/retention": "token not kept (9), preview drafts 24 hours (13), settings until uninstalling (29)",
            "cn-pipl/rights": "27 Forget connection deletes the local Nextcloud setup and revokes access",
            "cn-gbt35273/sensitive-marked": "a Nextcloud app password (23) is sensitive under GB/T Annex B; not marked as such: doubtful",
            "cn-gbt35273/methods": "9 read from PDC with the tab's login token",
            "cn-gbt35273/cross-border": "13 session storage, 23 chrome.storage.local, but events go to Outlook/Google/Nextcloud (17-19): was [13, 23] (u36v3 device-storage decision, eval/profiles36/README.md: data also goes to an outside service whose place is not given, so the device is no storage place: missing)",
            "cn-gbt35273/sharing": "9 requests go only to PDC; 17-18 event details sent to the calendar service the user picks",
            "cn-gbt35273/delete": "27 Forget connection deletes the local configuration; 29 (uninstalling deletes the settings) is "
            "not the method: events also sit on the calendar services' servers (the session 35 decision)",
            "cn-gbt35273/withdraw-consent": "27 revoke the server permission, revoke the app password",
            "cn-gbt35273/security": "token not persisted (9), HTTPS and no redirects (18), storage closed to content scripts (23)",
        },
    },
    {
        "name": "wristremote-zh",
        "split": "dev",
        "file": "wristremote-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "enzoyoyo/wrist-remote",
            "path": "PRIVACY.zh-CN.md",
            "commit": "80210a0108232dae43ad0ebf8c41311c602562e6",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": Q,
                "methods": [9, 11, 15, 21],
                "categories": [9, 15, 17, 21],
                "retention": Q,
                "rights": [29],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [9, 11, 15, 21],
                "sensitive-marked": NA,
                "methods": [11, 21],
                "retention": Q,
                "cross-border": M,
                "sharing": Q,
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [29],
                "close-account": NA,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [9, 15],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「本仓库维护者」, self-hosted software, no name and no contact",
            "cn-pipl/purposes": "dictation (11) and Codex replies (21) only implied by the features: doubtful",
            "cn-pipl/retention": "clipboard restored after 450 ms (11), the relay keeps no ciphertext (15); no period: doubtful",
            "cn-pipl/rights": "29 the steps to delete everything on the device and the relay",
            "cn-gbt35273/methods": "11 audio only after the user acts on the Watch; 21 a local hook receives task metadata",
            "cn-gbt35273/cross-border": "9 Keychain and the app container, 15 the deployer's Cloudflare Worker with no place: was [9, 15] (u36v3 device-storage decision, eval/profiles36/README.md: data also goes to an outside service whose place is not given, so the device is no storage place: missing)",
            "cn-gbt35273/sharing": "the maintainer runs nothing (5); 17 Cloudflare and network providers see metadata: doubtful",
            "cn-gbt35273/delete": "29 remove the app container, Application Support data and Keychain entries, and the relay "
            "deployer's Worker; deleting the app alone is said not to be enough",
            "cn-gbt35273/close-account": "no account system (5)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (5 「仓库维护者不为项目运营…用户账号系统」), so n/a (was missing)",
            "cn-gbt35273/withdraw-consent": "21 turn off notification previews: doubtful",
            "cn-gbt35273/security": "9 keys in the Keychain, 15 end-to-end encryption and hashed tokens",
        },
    },
    {
        "name": "xiaogang-mp",
        "split": "dev",
        "file": "xiaogang-mp/index.tsx",
        "source": {
            "repo": "unknown (search-index file id 40570764253)",
            "path": "a Taro mini-program page (index.tsx)",
            "commit": "unknown",
            "stored": "search-index text (file id 40570764253; the index names no repository for it)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [10, 29, 60],
                "purposes": [15, 18],
                "methods": M,
                "categories": [15, 18],
                "retention": [36],
                "rights": [25, 29],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
        },
        "notes": {
            "cn-pipl/processor": "the cooperative named as developer (10), a phone number (29, 60)",
            "cn-pipl/purposes": "「为了提高用户产品使用体验」 (15, 18): vague, but a stated purpose",
            "cn-pipl/methods": "「在获取你的明示同意后，访问」 only says consent is asked",
            "cn-pipl/retention": "36 the shortest time necessary for the purpose (a criterion, as qinghe and qyl-zh)",
            "cn-pipl/minors": "57 names minors' protection only as a topic of complaints; nothing says minors' data is processed",
        },
    },
    {
        "name": "mediaforge-tw",
        "split": "dev",
        "file": "mediaforge-tw/privacy-policy.md",
        "source": {
            "repo": "mediaforgeapp/mediaforgeapp.github.io",
            "path": "zh-TW/privacy-policy.md",
            "commit": "08ffed500e68d8ccfdd27b559dc6ccfd9fe266be",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [15, 99, 100],
                "purposes": [53, 57, 59, 61],
                "categories": [57, 59, 61],
                "period": M,
                "area": Q,
                "recipients": [59, 73, 81],
                "methods": Q,
                "rights": [85, 87],
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "the brand MediaForge as 我們 (15) with its e-mail (99-100): the brand-as-agency shape (caloshape-tw)",
            "tw-pdpa/area": "media stays on the device (31-34): a place, not an area: doubtful",
            "tw-pdpa/recipients": "analytics services named (59), third-party services (73), service providers under confidentiality (81)",
            "tw-pdpa/methods": "analytics of page views (59) describes a means of use only indirectly: doubtful",
            "tw-pdpa/rights": "「您可能有權存取、更正、刪除或限制」 (85) with the contact (87)",
            "tw-pdpa/effect-of-not-providing": "61 cookies can be limited, no effect stated",
        },
    },
    {
        "name": "cmyw-zh",
        "split": "holdout",
        "file": "cmyw-zh/PRIVACY.zh-CN.md",
        "source": {
            "repo": "2172711631-wq/CMYW_Studio",
            "path": "PRIVACY.zh-CN.md",
            "commit": "d57c332590c2ba8814271d23893bb09c99d1612a",
            "stored": GIT,
            "licence": "PolyForm Noncommercial 1.0.0",
        },
        "v": {
            "cn-pipl": {
                "processor": [18, 57, 73, 122, 139],
                "purposes": [31, 32, 42, 50, 100, 101, 110, 115],
                "methods": [18, 22, 31, 41, 46, 86, 90, 100, 110, 114],
                "categories": [31, 32, 41, 49, 100, 101, 110, 114, 115],
                "retention": [51, 116],
                "rights": [56, 57, 121, 122],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [18, 57, 73, 122, 139],
                "functions": [31, 32, 41, 42, 49, 50, 100, 101, 110, 114, 115],
                "sensitive-marked": NA,
                "methods": [31, 32, 41, 46, 100, 101, 110, 114],
                "retention": [51, 116],
                "cross-border": M,
                "sharing": [37, 52, 106, 117],
                "transfer": M,
                "public-disclosure": M,
                "access": [56, 57, 121, 122],
                "correct": [56, 57, 121, 122],
                "delete": [56, 57, 65, 121, 122, 130],
                "close-account": NA,
                "withdraw-consent": [56, 57, 121, 122],
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": [41, 57, 73],
            },
        },
        "notes": {
            "cn-pipl/processor": "the studio's name CMYW Studio (18) and its e-mail (57, 73); bilingual: the English lines count",
            "cn-pipl/retention": "original images deleted within 30 days of the order (51, 116); 「按服务商默认策略」 (31) is no criterion",
            "cn-pipl/minors": "64: not meant for children under 14",
            "cn-gbt35273/cross-border": "images stay on the user's computer (22); logs at Cloudflare (31) with no place: was doubtful (?) (u36v3 device-storage decision, eval/profiles36/README.md: data also goes to an outside service whose place is not given, so the device is no storage place: missing)",
            "cn-gbt35273/transfer": "「不出售、不交换」 (37) is no statement on a transfer of control",
            "cn-gbt35273/close-account": "no accounts (34)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (34 「我们不使用：用户账号系统、登录…」), so n/a (was missing)",
            "cn-gbt35273/security": "「安全防护」 (31) is a purpose, no measure",
            "cn-gbt35273/complaint": "41 e-mail for bug reports, business and complaints (投诉), address 57/73",
        },
    },
    {
        "name": "enterlude-tw",
        "split": "holdout",
        "file": "enterlude-tw/privacy.zh-TW.md",
        "source": {
            "repo": "Maximiliana65/enterlude",
            "path": "docs/privacy.zh-TW.md",
            "commit": "eaff9b5c20408236af3ef7c687abb5b57da14676",
            "stored": GIT,
            "licence": "MIT",
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [11, 24, 28],
                "categories": Q,
                "period": Q,
                "area": Q,
                "recipients": [9, 20, 32],
                "methods": Q,
                "rights": Q,
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "the extension and its GitHub Issues only (50-52)",
            "tw-pdpa/purposes": "processing only to prevent mis-sends (11, 24); storage permission for the settings (28)",
            "tw-pdpa/categories": "two settings in chrome.storage.sync (17-18), nothing else kept: the 'collects nothing' rule",
            "tw-pdpa/period": "nothing kept but two settings: doubtful",
            "tw-pdpa/area": "browser sync storage (15, 20): a place, not an area",
            "tw-pdpa/recipients": "nothing to the developer (9, 20, 32); messages go to the AI service only when the user sends",
            "tw-pdpa/methods": "collects nothing",
            "tw-pdpa/rights": "20 view and change the settings in the popup: doubtful",
        },
    },
    {
        "name": "appbox-tw",
        "split": "holdout",
        "file": "appbox-tw/privacy-policy.md",
        "source": {
            "repo": "alexamo2461-sketch/appbox-usage-docs",
            "path": "zh-TW/privacy-policy.md",
            "commit": "2c71da39842382fe424159369128bd6bee4aeeae",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [8],
                "categories": Q,
                "period": Q,
                "area": Q,
                "recipients": [8, 12],
                "methods": Q,
                "rights": M,
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "the app's name and an e-mail (25), no operator (as opin-tw, u8-1a2b-tw)",
            "tw-pdpa/purposes": "8 iCloud upload 「用於在多台裝置之間同步」",
            "tw-pdpa/categories": "collects nothing identifying (7); app sets, notes and ratings stay on the device (8): 'collects nothing'",
            "tw-pdpa/period": "collects nothing",
            "tw-pdpa/area": "device or iCloud (8, 16): a place, not an area",
            "tw-pdpa/recipients": "iCloud on the user's choice (8) and no third party (12)",
            "tw-pdpa/methods": "collects nothing",
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
            "file": f"eval/profiles35/docs/{doc['file']}",
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
