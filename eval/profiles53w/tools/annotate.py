#!/usr/bin/env python3
"""Hand annotations of eval/profiles53w in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by u53w by reading each document in full before any policylens run (blind on the base of the fifty-third session,
2d1c0d01, and on u53w's first four classes; one document held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles52.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles53w/tools/annotate.py
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


NA_ABROAD = dict.fromkeys(ABROAD, NA)

SRC = {
    "repo": "(not named by the index)",
    "licence": NONE,
}

DOCS: list[dict] = [
    {
        "name": "lianyu-zh",
        "split": "dev",
        "file": "lianyu-zh/index.js",
        "source": {
            **SRC,
            "path": "(a WeChat mini-program's compiled login page `pages/login/index.js` (uni-app) of 恋与时光册, a couples' app; a user agreement and a 隐私政策 as HTML template strings in `data()`; no developer named, contact through the in-app feedback)",
            "commit": "index id 37911320484",
            "stored": INDEX_NO_REPO + "; 12,332 characters, LF, final newline; checked against total_chars",
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [63, 72, 74, 75, 76, 91],
                "methods": [65, 66, 67, 91],
                "categories": [63, 65, 66, 67, 68],
                "retention": M,
                "rights": M,
                "sensitive-necessity": Q,
                "minors": M,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": M,
                "sensitive-marked": Q,
                "methods": [65, 66, 67, 91],
                "retention": M,
                "cross-border": M,
                "sharing": [83],
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
            "cn-pipl/processor": '「"恋与时光册"小程序（以下简称"本应用"）」 (60) is the app; the user agreement gives the ownership to an unnamed 开发者 (26); the only contact is the in-app feedback (100): no name, missing',
            "cn-pipl/purposes": "为提供服务 (63); 「我们收集的信息将用于：」 (72) with its items 74-76; Cookie 来记录您的偏好设置 (91)",
            "cn-pipl/methods": "您提供的 (65), 您在使用过程中产生的 (66), 您上传的 (67), Cookie (91)",
            "cn-pipl/categories": "「为提供服务，我们可能收集以下信息：」 (63) with 昵称、头像 / 位置信息 / 照片、文字 / 设备信息 (65-68)",
            "cn-pipl/retention": "nothing on how long data is kept",
            "cn-pipl/rights": "no right granted; the feedback (100) is for questions",
            "cn-pipl/sensitive-necessity": "?: 「您在使用过程中产生的位置信息」 (66), location not said to be precise or a track (profiles4x convention: plain 位置信息 is `?`)",
            "cn-pipl/minors": "applies (18周岁以下的未成年人, 94, not excluded); 「应请您的监护人仔细阅读本隐私政策」 asks the guardian to read, no consent: missing (debatable)",
            "cn-pipl/abroad-recipient": "n/a: nothing on data leaving China",
            "cn-gbt35273/functions": "「为提供服务，我们可能收集以下信息」 (63) names no function; the features are only in the user agreement (31-35) and tied to no data: missing (debatable)",
            "cn-gbt35273/sensitive-marked": "?: as cn-pipl sensitive-necessity",
            "cn-gbt35273/sharing": "「未经您同意，我们不会与任何无关第三方共享您的个人信息，除非：」 (83), a denial with its exceptions (85-87), as rounds 6-7 read one",
            "cn-gbt35273/public-disclosure": "only 使用和披露 (60), no 公开: missing",
            "cn-gbt35273/close-account": "the policy never says that no account exists (the page logs in through WeChat): applies, nothing on closing it",
            "cn-gbt35273/security": "「我们采取合理的安全措施保护…防止数据丢失、误用、未经授权的访问」 (80): measures against risks, no technique named: missing",
            "cn-gbt35273/complaint": "the feedback (100) is for 疑问: missing",
        },
    },
    {
        "name": "kum-en",
        "split": "dev",
        "file": "kum-en/page.tsx",
        "source": {
            **SRC,
            "path": "(a Next.js page `PrivacyPolicyPage` of KUM Services GmbH (site kum-trading.consulting); the contact e-mail a module constant `CONTACT_EMAIL` shown as `{CONTACT_EMAIL}`)",
            "commit": "index id 66058895877",
            "stored": INDEX_NO_REPO + "; 6,038 characters, LF, final newline; checked against total_chars",
        },
        "v": {
            "eu-gdpr": {
                "controller": [64, 65, 66],
                "dpo": M,
                "purposes": [90, 91, 94, 97],
                "legal-basis": [90, 91, 94, 97],
                "legitimate-interests": [90, 91, 94],
                "recipients": [104, 105],
                "transfers": [105, 106, 107],
                "retention": [112, 113, 114],
                "rights": [118, 120, 121],
                "withdraw-consent": [97, 98, 122, 130],
                "complaint": [124, 125],
                "requirement": Q,
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "eu-gdpr/controller": "「KUM Services GmbH, Germany, is the controller responsible for your personal data. For any privacy request, contact us at {CONTACT_EMAIL}」 (64-66)",
            "eu-gdpr/purposes": "the purpose labels with their bases (90-91, 94, 97)",
            "eu-gdpr/legal-basis": "Art. 6(1)(b), (f), (a) per purpose (90-97)",
            "eu-gdpr/legitimate-interests": "「our legitimate interest in handling requests」 (91); operating and securing the site (94)",
            "eu-gdpr/recipients": "service providers, hosting, analytics providers (Google Analytics) (104-105)",
            "eu-gdpr/transfers": "「These providers may process data outside the EU/EEA; where they do, transfers are covered by … Standard Contractual Clauses」 (105-107): a stated possibility, not an if-clause alone: applies and covered (debatable against profiles52 bary-en's if-clause convention)",
            "eu-gdpr/retention": "as long as necessary (112), the correspondence and a reasonable period (113), the provider's retention (114)",
            "eu-gdpr/rights": "「Under the GDPR you have the right to:」 (118) with access/rectify/erase (120), restrict/object/portability (121); e-mail at 129",
            "eu-gdpr/withdraw-consent": "analytics consent withdrawable (97-98), the rights item (122), cookie preferences (130)",
            "eu-gdpr/complaint": "a supervisory authority (124-125)",
            "eu-gdpr/requirement": "?: nothing on whether the contact form's data is required; 「Non-essential cookies are set only with your consent」 (82-83) could be read as opt-in",
            "eu-gdpr/automated-decisions": "nothing",
            "eu-gdpr/source": "n/a: data from the person and their browser",
        },
    },
    {
        "name": "sportlottery-tw",
        "split": "holdout",
        "file": "sportlottery-tw/RegisterActivity.java",
        "source": {
            **SRC,
            "path": "(an Android `RegisterActivity` (package future3pay.newsportfamily) whose privacy dialog sets one long string: a bank-style 個資法第八條 notice of 運動彩券網路投注站 (以下簡稱本網), no company named)",
            "commit": "index id 46278708765",
            "stored": INDEX_NO_REPO + "; 18,216 characters, LF, final newline; checked against total_chars",
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [414, 415, 416, 417, 418, 419],
                "categories": [420],
                "period": [421],
                "area": [424],
                "recipients": [423],
                "methods": [425],
                "rights": [427, 428, 429, 430, 431, 432, 434],
                "effect-of-not-providing": [435],
                "source": [420],
            },
        },
        "notes": {
            "tw-pdpa/agency": "「運動彩券網路投注站(以下簡稱本網)」 (413): a site defined as 本網, no company or body named anywhere: missing (u47w2's rule: a service or site names nobody; debatable)",
            "tw-pdpa/purposes": "共通特定目的 with the Act's codes (414) and per business (415-419)",
            "tw-pdpa/categories": "姓名、身分證統一編號、性別、出生年月日、通訊方式… (420)",
            "tw-pdpa/period": "特定目的存續期間… (421)",
            "tw-pdpa/area": "前揭個人資料利用對象其國內及國外所在地 (424)",
            "tw-pdpa/recipients": "本網、委外機構、聯合徵信中心… (423)",
            "tw-pdpa/methods": "自動化機器或其他非自動化之利用方式 (425)",
            "tw-pdpa/rights": "the Art. 3 rights (427-432), 得向本網查詢/請求 (428-432), the way: 得向本網客服詢問 (434)",
            "tw-pdpa/effect-of-not-providing": "無法進行必要之業務審核…無法提供 臺端相關服務 (435)",
            "tw-pdpa/source": "「自客戶或第三人處（例如：財團法人金融聯合徵信中心）所實際蒐集之個人資料」 (420): data from another party, named (u51w2's rule)",
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
            "file": f"eval/profiles53w/docs/{doc['file']}",
            "source": doc["source"],
            "split": doc["split"],
            "verdicts": verdicts,
            "notes": doc.get("notes", {}),
        }
        os.makedirs(os.path.join(SET, doc["split"]), exist_ok=True)
        with open(os.path.join(SET, doc["split"], doc["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


if __name__ == "__main__":
    main()
