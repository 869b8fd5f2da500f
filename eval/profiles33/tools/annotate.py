#!/usr/bin/env python3
"""Hand annotations of eval/profiles33 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run.  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles33/tools/annotate.py
"""

from __future__ import annotations

import json
import os
from typing import Union

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
Verdict = Union[list[int], str]
M, NA, Q = "missing", "n/a", "?"
NONE = "none found (all rights reserved; test fixture only)"
INDEX = "search-index text for the commit (no snapshot could be fetched)"

PIPL = ["processor", "purposes", "methods", "categories", "retention", "rights", "sensitive-necessity", "minors",
        "abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights"]
GBT = ["identity-contact", "functions", "sensitive-marked", "methods", "retention", "cross-border", "sharing", "transfer",
       "public-disclosure", "access", "correct", "delete", "close-account", "withdraw-consent", "copy",
       "effect-of-not-providing", "security", "complaint"]
TW = ["agency", "purposes", "categories", "period", "area", "recipients", "methods", "rights",
      "effect-of-not-providing", "source"]
GDPR = ["controller", "dpo", "purposes", "legal-basis", "legitimate-interests", "recipients", "transfers", "retention",
        "rights", "withdraw-consent", "complaint", "requirement", "automated-decisions", "source"]
CCPA = ["categories-collected", "sources", "purposes", "sold-or-shared", "right-to-know", "right-to-delete",
        "right-to-correct", "right-to-opt-out", "right-to-limit", "non-discrimination", "how-to-submit",
        "authorized-agent", "last-updated"]
ITEMS = {"cn-pipl": PIPL, "cn-gbt35273": GBT, "tw-pdpa": TW, "eu-gdpr": GDPR, "us-ccpa": CCPA}
ABROAD = ["abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights"]

DOCS: list[dict] = [
    {"name": "resumefiller-zh", "split": "dev", "file": "resumefiller-zh/PRIVACY.zh-CN.md",
     "source": {"repo": "JuanHoi1996/ResumeFiller", "path": "PRIVACY.zh-CN.md",
                "commit": "f29a6aa53e92c924695cdf401c0e5c38e86708bb", "stored": INDEX, "licence": NONE},
     "v": {"cn-pipl": {"processor": M, "purposes": [6, 20, 34, 45], "methods": [6, 12, 20, 24],
                       "categories": [12, 14, 15, 16], "retention": Q, "rights": [49], "sensitive-necessity": M,
                       "minors": NA, **{k: NA for k in ABROAD}},
           "cn-gbt35273": {"identity-contact": M, "functions": [12, 14, 15, 16], "sensitive-marked": M,
                           "methods": [6, 12], "retention": Q, "cross-border": [6, 24], "sharing": [6, 28, 34],
                           "transfer": M, "public-disclosure": M, "access": M, "correct": M, "delete": [49],
                           "close-account": M, "withdraw-consent": M, "copy": M, "effect-of-not-providing": M,
                           "security": Q, "complaint": Q}},
     "notes": {"cn-pipl/processor": "no developer or company named; contact only a GitHub Issues link (53-54)",
               "cn-pipl/retention": "24: removed when the extension is uninstalled or the user clears it: doubtful",
               "cn-pipl/sensitive-necessity": "14 lists 证件号码, 18 says it may include sensitive data; no necessity",
               "cn-gbt35273/sensitive-marked": "18 only says the data may include sensitive information; nothing marked",
               "cn-gbt35273/cross-border": "24: stored in chrome.storage.local on the device; 28 nothing uploaded",
               "cn-gbt35273/security": "35: the field report is de-identified (脱敏): doubtful as a security measure",
               "cn-gbt35273/complaint": "53: GitHub Issues for questions and privacy feedback: doubtful",
               "cn-gbt35273/close-account": "no account (30)"}},
    {"name": "qingyu-zh", "split": "dev", "file": "qingyu-zh/PRIVACY.zh-CN.md",
     "source": {"repo": "freeabyss/qingyu", "path": "PRIVACY.zh-CN.md",
                "commit": "eca9a06b0b8548b121b3f581b6431c623f044e6f", "stored": INDEX, "licence": NONE},
     "v": {"cn-pipl": {"processor": M, "purposes": [16, 33, 35], "methods": [7, 11, 19, 25, 29],
                       "categories": [11, 13, 14, 15, 16, 17, 46, 48, 49, 50, 51], "retention": Q, "rights": [23],
                       "sensitive-necessity": NA, "minors": NA, **{k: NA for k in ABROAD}},
           "cn-gbt35273": {"identity-contact": M, "functions": [13, 14, 16, 17, 46, 48, 49, 50, 51],
                           "sensitive-marked": NA, "methods": [23, 46, 51], "retention": Q, "cross-border": [7, 19, 40],
                           "sharing": [40], "transfer": M, "public-disclosure": M, "access": M, "correct": M,
                           "delete": [23], "close-account": M, "withdraw-consent": [23], "copy": M,
                           "effect-of-not-providing": M, "security": M, "complaint": Q}},
     "notes": {"cn-pipl/processor": "清羽 is the product; only an e-mail (61), no developer named",
               "cn-pipl/retention": "15/23: the clipboard retention is a setting the user adjusts; no period: doubtful",
               "cn-gbt35273/withdraw-consent": "23: the user can pause clipboard recording (changes the scope)",
               "cn-gbt35273/complaint": "61: a contact for privacy questions: doubtful",
               "cn-gbt35273/close-account": "no account (57)"}},
    {"name": "gazeease-zh", "split": "dev", "file": "gazeease-zh/PRIVACY.zh-CN.md",
     "source": {"repo": "swaydong/GazeEase", "path": "PRIVACY.zh-CN.md",
                "commit": "2d65f5ea3fe0aa3ec752206dd63732a5b4a11f32", "stored": INDEX, "licence": NONE},
     "v": {"cn-pipl": {"processor": M, "purposes": [15, 17, 18, 19, 27], "methods": [9, 15, 21, 27, 37],
                       "categories": [15, 27, 29, 30, 31, 32, 33, 34, 35], "retention": [63, 65, 66, 67, 69],
                       "rights": [73, 75, 77], "sensitive-necessity": NA, "minors": NA, **{k: NA for k in ABROAD}},
           "cn-gbt35273": {"identity-contact": M, "functions": [15, 27, 29, 30, 31, 32, 33, 34, 35],
                           "sensitive-marked": NA, "methods": [15, 81], "retention": [63, 65, 66, 67, 69],
                           "cross-border": [9, 37, 59], "sharing": [59], "transfer": M, "public-disclosure": M,
                           "access": M, "correct": M, "delete": [73, 75], "close-account": M,
                           "withdraw-consent": [77], "copy": M, "effect-of-not-providing": M, "security": M,
                           "complaint": M}},
     "notes": {"cn-pipl/processor": "no developer and no contact at all (85: a contact is for a later release)",
               "cn-pipl/rights": "73/75: a button and the steps to clear the local data; 77 the permission",
               "cn-gbt35273/withdraw-consent": "77: the input-monitoring permission can be removed in System Settings",
               "cn-gbt35273/close-account": "no account (9)"}},
    {"name": "codetiger-tw", "split": "dev", "file": "codetiger-tw/privacy-tw.md",
     "source": {"repo": "CodeTigerDevs/privacy-policy", "path": "privacy-tw.md",
                "commit": "8205ee09af970cd8f19af2707554cfec8601d79b", "stored": "git blob", "licence": NONE},
     "v": {"tw-pdpa": {"agency": [3, 321], "purposes": [88] + list(range(90, 102)),
                       "categories": [22, 26, 27, 28, 29, 30, 34, 35, 36, 37, 38, 39, 43, 44, 45, 46, 47, 48, 49,
                                      53, 54, 55, 61, 63, 64, 65, 66, 67] + list(range(204, 214)),
                       "period": [111, 113, 114, 115, 116, 117, 118, 120],
                       "area": [124, 126, 127, 128, 129, 130, 181, 192, 193, 194, 195],
                       "recipients": [134, 136, 137, 138, 139, 140, 141, 151, 154, 155, 158, 165, 169, 170, 171,
                                      172, 173, 175, 185, 186, 187, 188],
                       "methods": [145], "rights": [249, 251, 252, 253, 254, 255, 256, 258],
                       "effect-of-not-providing": [260, 296, 298, 299, 300, 301, 302, 303],
                       "source": [28, 29]}},
     "notes": {"tw-pdpa/source": "28-29: identifiers provided by Sign in with Apple / Google Play Games"}},
    {"name": "adlo-tw", "split": "dev", "file": "adlo-tw/page.tsx",
     "source": {"repo": "steadyyji3-stack/adlo-next", "path": "src/app/privacy/page.tsx",
                "commit": "c4019f3b229bcf20c17d5c68f8f7bb0fb6ad1ac9", "stored": "git blob", "licence": NONE},
     "v": {"tw-pdpa": {"agency": [51], "purposes": [107, 110, 111, 112, 113, 159, 170],
                       "categories": [59, 71, 75, 79, 84, 89, 93, 97], "period": [120], "area": [121],
                       "recipients": [122, 130, 141, 142, 143, 144, 145, 146, 147, 148, 149],
                       "methods": [123], "rights": [196, 198, 199, 200, 201, 202, 205, 206, 207],
                       "effect-of-not-providing": [177], "source": [92, 93]}},
     "notes": {"tw-pdpa/agency": "51: adlo 數位行銷（以下簡稱「本公司」或「adlo」）",
               "tw-pdpa/recipients": "122 對象 label; 141-149 the third-party table rows (Vercel … Upstash)",
               "tw-pdpa/effect-of-not-providing": "177: disabling cookies may affect features such as the client login",
               "tw-pdpa/source": "92-93: account data from a linked social account (Threads OAuth)"}},
    {"name": "qingyu-en", "split": "dev", "file": "qingyu-en/PRIVACY.md",
     "source": {"repo": "freeabyss/qingyu", "path": "PRIVACY.md",
                "commit": "eca9a06b0b8548b121b3f581b6431c623f044e6f", "stored": INDEX, "licence": NONE},
     "v": {"eu-gdpr": {"controller": M, "dpo": M, "purposes": [17, 34, 36], "legal-basis": M,
                       "legitimate-interests": NA, "recipients": [41], "transfers": NA, "retention": Q, "rights": M,
                       "withdraw-consent": [24], "complaint": M, "requirement": [34], "automated-decisions": M,
                       "source": NA},
           "us-ccpa": {"categories-collected": [12, 14, 15, 16, 17, 18, 47, 49, 50, 51, 52], "sources": [47, 52],
                       "purposes": [17, 34, 36], "sold-or-shared": Q, "right-to-know": M, "right-to-delete": M,
                       "right-to-correct": M, "right-to-opt-out": M, "right-to-limit": M, "non-discrimination": M,
                       "how-to-submit": M, "authorized-agent": M, "last-updated": [5]}},
     "notes": {"eu-gdpr/controller": "Qingyu is the app; only an e-mail (62)",
               "eu-gdpr/recipients": "41: nothing uploaded or synced",
               "eu-gdpr/retention": "16/24: clipboard retention is a setting the user adjusts: doubtful",
               "eu-gdpr/rights": "24: in-app controls to delete local items, no data-subject right stated",
               "eu-gdpr/withdraw-consent": "24: clipboard recording can be paused",
               "us-ccpa/sold-or-shared": "41: nothing uploaded or synced; selling never mentioned: doubtful",
               "us-ccpa/how-to-submit": "62 is a contact for questions, no request"}},
    {"name": "zhuageping-zh", "split": "holdout", "file": "zhuageping-zh/PRIVACY.zh-CN.md",
     "source": {"repo": "ShiyouQi888/zhuageping", "path": "PRIVACY.zh-CN.md",
                "commit": "d3dd4e6105e31885dec3deb65e57aee374eb4f95", "stored": INDEX, "licence": NONE},
     "v": {"cn-pipl": {"processor": [5, 31], "purposes": [9, 13], "methods": [9, 13], "categories": [9],
                       "retention": Q, "rights": [23, 31], "sensitive-necessity": NA, "minors": NA,
                       **{k: NA for k in ABROAD}},
           "cn-gbt35273": {"identity-contact": [5, 31], "functions": [9], "sensitive-marked": NA, "methods": [9],
                           "retention": Q, "cross-border": [13], "sharing": [19, 27], "transfer": M,
                           "public-disclosure": Q, "access": [23, 31], "correct": M, "delete": [23, 31],
                           "close-account": M, "withdraw-consent": [23], "copy": Q, "effect-of-not-providing": M,
                           "security": Q, "complaint": Q}},
     "notes": {"cn-pipl/processor": "5: developed by 齐世有 with an e-mail",
               "cn-pipl/retention": "23: files stay until the user deletes them (uninstalling keeps them): doubtful",
               "cn-gbt35273/public-disclosure": "27: does not publish your content to outside services: doubtful",
               "cn-gbt35273/copy": "23: the user can copy the saved files: doubtful",
               "cn-gbt35273/security": "15: relies on the Windows account and device security: doubtful",
               "cn-gbt35273/withdraw-consent": "23: microphone recording can be switched off",
               "cn-gbt35273/complaint": "31: e-mail for privacy questions and requests: doubtful"}},
    {"name": "bilimuzhi-zh", "split": "holdout", "file": "bilimuzhi-zh/PRIVACY.zh-CN.md",
     "source": {"repo": "StaySound4/bilimuzhi", "path": "PRIVACY.zh-CN.md",
                "commit": "90cbca0b85f1849a28c8697a483c01e2cf965be2", "stored": "git blob", "licence": "MIT"},
     "v": {"cn-pipl": {"processor": M, "purposes": [16, 17, 19, 20, 27, 28, 29, 30, 31], "methods": [8, 12, 35],
                       "categories": [12, 16, 17, 18, 19, 20, 21], "retention": [36, 38], "rights": [37, 50, 51],
                       "sensitive-necessity": NA, "minors": NA, **{k: Q for k in ABROAD}},
           "cn-gbt35273": {"identity-contact": M, "functions": [16, 17, 18, 19, 20, 27, 28, 29],
                           "sensitive-marked": NA, "methods": [16, 18, 21, 27], "retention": [36, 38],
                           "cross-border": [12, 16, 17, 18, 35, 46], "sharing": [16, 17, 18, 28, 29, 42],
                           "transfer": M, "public-disclosure": M, "access": [50], "correct": M,
                           "delete": [37, 50, 52], "close-account": M, "withdraw-consent": Q, "copy": [31, 51],
                           "effect-of-not-providing": [53], "security": [21, 51], "complaint": Q}},
     "notes": {"cn-pipl/processor": "Bilimuzhi is the product; a GitHub Issues link (65), nobody named",
               "cn-pipl/abroad-recipient": "46: the AI providers the user picks may be anywhere (OpenAI…): doubtful "
                                           "whether a user-directed connection is a provision abroad (all five)",
               "cn-gbt35273/withdraw-consent": "53: not configuring an API key keeps AI off: doubtful",
               "cn-gbt35273/complaint": "65: GitHub Issues for questions: doubtful",
               "cn-gbt35273/close-account": "no cloud account (8)"}},
    {"name": "bilimuzhi-en", "split": "holdout", "file": "bilimuzhi-en/PRIVACY.en.md",
     "source": {"repo": "StaySound4/bilimuzhi", "path": "PRIVACY.en.md",
                "commit": "90cbca0b85f1849a28c8697a483c01e2cf965be2", "stored": "git blob", "licence": "MIT"},
     "v": {"eu-gdpr": {"controller": M, "dpo": M, "purposes": [16, 17, 19, 20, 27, 28, 29, 30, 31],
                       "legal-basis": Q, "legitimate-interests": NA, "recipients": [16, 17, 18, 28, 29, 42],
                       "transfers": NA, "retention": [36, 38], "rights": [50, 51], "withdraw-consent": [53],
                       "complaint": M, "requirement": [53], "automated-decisions": M, "source": NA},
           "us-ccpa": {"categories-collected": [12, 16, 17, 18, 19, 20, 21], "sources": [16, 18, 27],
                       "purposes": [19, 20, 27, 28, 29, 30, 31], "sold-or-shared": Q, "right-to-know": M,
                       "right-to-delete": M, "right-to-correct": M, "right-to-opt-out": M, "right-to-limit": M,
                       "non-discrimination": M, "how-to-submit": M, "authorized-agent": M, "last-updated": [3]}},
     "notes": {"eu-gdpr/controller": "nobody named ('me'); a GitHub Issues link (65)",
               "eu-gdpr/legal-basis": "46: 'you … consent to your data being processed according to their policies': doubtful",
               "eu-gdpr/transfers": "46: providers 'in different parts of the world', no country named",
               "us-ccpa/sold-or-shared": "42: no advertising/analytics third parties; selling never mentioned: doubtful",
               "us-ccpa/right-to-delete": "50/52: the user deletes local data in the UI; no request to the business"}},
]


def main() -> None:
    for doc in DOCS:
        verdicts: dict[str, Verdict] = {}
        for profile, items in doc["v"].items():
            assert list(items) == ITEMS[profile], (doc["name"], profile)
            verdicts.update({f"{profile}/{k}": v for k, v in items.items()})
        path = os.path.join(SET, "docs", doc["file"])
        n = sum(1 for _ in open(path, encoding="utf-8"))
        for k, v in verdicts.items():
            assert isinstance(v, str) or all(1 <= x <= n for x in v), (doc["name"], k)
        out = {"file": f"eval/profiles33/docs/{doc['file']}", "source": doc["source"], "split": doc["split"],
               "verdicts": verdicts, "notes": doc.get("notes", {})}
        with open(os.path.join(SET, doc["split"], doc["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


if __name__ == "__main__":
    main()
