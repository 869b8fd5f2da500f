#!/usr/bin/env python3
"""Hand annotations of eval/profiles37d in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run.  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles37d/tools/annotate.py
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
        "name": "drstretch-tw",
        "split": "dev",
        "file": "drstretch-tw/page.tsx",
        "source": {
            "repo": "search-index file 68443781756 (repository not named by the index)",
            "path": "a Next.js page of Dr.stretch 台灣's recruitment site: 隱私權政策（個人資料蒐集告知事項）, an employer's Art. 8 notice",
            "commit": None,
            "stored": INDEX + " (5,620 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [38],
                "purposes": lines(45, R(48, 52)),
                "categories": lines(57, R(59, 62)),
                "period": [69, 70],
                "area": [73, 74],
                "recipients": [77, 78],
                "methods": [81, 82],
                "rights": lines(89, R(91, 96), 98),
                "effect-of-not-providing": [105, 106],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "38 Dr.stretch 台灣（以下稱「本公司」）: a named company; the LINE official account is its contact (113-122)",
            "tw-pdpa/recipients": "77-78 the company's own recruiting staff, no third party unless the law requires: the recipients stated",
            "tw-pdpa/methods": "81-82 以電子化資料處理及書面文件保存等…方式進行蒐集、處理及利用",
            "tw-pdpa/source": "all data are provided by the applicant (39 您所提供之個人資料): Art. 9 does not apply",
        },
    },
    {
        "name": "cleanmo-tw",
        "split": "dev",
        "file": "cleanmo-tw/page.tsx",
        "source": {
            "repo": "search-index file 32236700939 (repository not named by the index)",
            "path": "a React page PolicyPrivacyPage of a Taiwan membership cleaning-service shop (會員編號 MOxxxx, orders, invoices, technicians)",
            "commit": None,
            "stored": INDEX + " (1,485 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [14, 17, 31],
                "categories": [11, 12, 13, 14],
                "period": [25],
                "area": Q,
                "recipients": [21],
                "methods": M,
                "rights": [29],
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "nobody named (本網站), only an e-mail under the rights (29): missing, as earlier sets",
            "tw-pdpa/purposes": "17 under 使用目的; 14 device data 用於改善使用體驗與故障診斷; 31 cookies 用於登入狀態維持…",
            "tw-pdpa/area": "23 可能發生跨境資料傳輸 names no place: doubtful",
            "tw-pdpa/methods": "no means of use (27 is security, 23 cloud hosting is storage): missing",
        },
    },
    {
        "name": "gougou-tw",
        "split": "dev",
        "file": "gougou-tw/vollogin.php",
        "source": {
            "repo": "search-index file 3991141525 (repository not named by the index)",
            "path": "a PHP volunteer login/sign-up page of 社團法人台灣黑皮狗狗山友善動物協會 whose modal holds its 蒐集、處理及利用捐款人個人資料告知聲明暨同意書 (CRLF)",
            "commit": None,
            "stored": INDEX + " (18,398 characters with CR LF line ends, checked)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [312, 314],
                "purposes": [315],
                "categories": lines(R(316, 321)),
                "period": [322],
                "area": [323],
                "recipients": [324, 325],
                "methods": [324, 325],
                "rights": lines(R(326, 331)),
                "effect-of-not-providing": [331, 332],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/recipients": "324-325 對象及方式: 本會資料庫, 國稅局 (tax filing), 網站上徵信 (published)",
            "tw-pdpa/methods": "324-325 the same 對象及方式 item: stored in the association's database, managed, receipts mailed",
            "tw-pdpa/rights": "326-330 the Art. 3 rights with the procedure (委託書, 身份證明文件); the footer e-mail (382) is the contact",
            "tw-pdpa/source": "donors provide their own data: Art. 9 does not apply",
        },
    },
    {
        "name": "sao-tw",
        "split": "holdout",
        "file": "sao-tw/privacy-policy.blade.php",
        "source": {
            "repo": "BryantChi/SaoCodeInfo",
            "path": "resources/views/privacy-policy.blade.php (the pre-registration site of the game 刀劍神域 Alicization Rising Steel)",
            "commit": "3f3e37cef81131e58cc2c82f7fcad6a427bcc377",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [21, 29, 31],
                "categories": [18, 21, 26, 27, 28, 29, 31],
                "period": M,
                "area": M,
                "recipients": lines(34, 36, R(45, 52)),
                "methods": [34, 36],
                "rights": lines(R(63, 69), 74),
                "effect-of-not-providing": Q,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "only the site's name (「本網站」), no company and no contact anywhere: missing",
            "tw-pdpa/purposes": "21 …來確認登錄成功; 29 用於保護…不被冒用; 31 以優化…頁面, 流量統計…改進網站的管理和服務",
            "tw-pdpa/recipients": "34 委託專門的技術人員; 36 a supporting site the data is sent to; 45-51 disclosure to authorities on exceptions",
            "tw-pdpa/methods": "34 委託…進行電腦處理; 36 stored on the server, encrypted in transit",
            "tw-pdpa/effect-of-not-providing": "59 a disclaimer for wrong or incomplete data (不能正常使用): doubtful",
        },
    },
    {
        "name": "aichat-tw",
        "split": "holdout",
        "file": "aichat-tw/PrivacyPage.tsx",
        "source": {
            "repo": "search-index file 13047376429 (repository not named by the index)",
            "path": "a React PrivacyPage of a small developer's zh-Hant AI conversation-advice web app (Local Storage, Google Gemini API)",
            "commit": None,
            "stored": INDEX + " (1,748 characters, checked)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [22],
                "categories": [18, 22],
                "period": M,
                "area": Q,
                "recipients": [22, 26],
                "methods": [18, 22],
                "rights": M,
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/area": "18 the browser's Local Storage on the device: a place, not an area (as profiles36c): doubtful",
            "tw-pdpa/methods": "18 kept in the browser's local storage, 22 sent to the Gemini API for analysis (as powernap-tw)",
            "tw-pdpa/recipients": "22 Google Gemini API; 26 no third party otherwise",
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
            "file": f"eval/profiles37d/docs/{doc['file']}",
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
