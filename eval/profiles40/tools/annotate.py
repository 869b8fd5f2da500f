#!/usr/bin/env python3
"""Hand annotations of eval/profiles40 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run; held out: fjuim-tw, rentacar-en, tynvr-zh
(`random.Random(4040).sample(sorted(names), 3)`, drawn before any run).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles40/tools/annotate.py
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

GIT = "git blob (`git cat-file blob` from a fetched snapshot)"
SRC = "search-index file {} (the index does not name the repository)"


def r(a: int, b: int) -> list[int]:
    """The lines a..b (both included)."""
    return list(range(a, b + 1))


def blob(name: str, path: str, commit: str) -> dict:
    """A document's source record: a byte-exact blob of a fetched snapshot (the commit last touching the file)."""
    return {"repo": name, "path": path, "commit": commit, "stored": GIT, "licence": NONE}


def indexed(name: str, path: str, commit: str) -> dict:
    """A document's source record: a repository file saved from the index text of the listed commit."""
    return {"repo": name, "path": path, "commit": commit, "stored": INDEX, "licence": NONE}


def unnamed(index: str, what: str) -> dict:
    """A document's source record: the search-index file it was saved from (no repository named)."""
    return {"repo": SRC.format(index), "path": what, "commit": "", "stored": INDEX_NO_REPO, "licence": NONE}


QUESTIONS_ONLY = "a contact offered only for questions is a `?` complaint channel (profiles37c convention)"
NAME_ONLY = "a product name with only an e-mail (and an address) and nobody named is `missing` (profiles37 convention)"
NO_SALE = "「不会出售/分享」 without 转让: whether selling names the transfer case is doubtful"
ACCOUNT_UNSAID = "no account is used, but the policy does not say that none exists (profiles38 decision: n/a only when it says so)"
NOTHING = "the app collects nothing at all: `?` (opin-zh, profiles34 convention)"
GUIDANCE = "guardian guidance or accompaniment without consent is no `cn-pipl/minors` (eval/profiles/README.md)"
INDEX_TEXT = "search-index text (file {}, {} characters checked); the index names no repository"


def index_only(index: str, what: str, chars: int) -> dict:
    """A document's source record: a search-index file whose repository the index does not name."""
    return {"repo": SRC.format(index), "path": what, "commit": "", "stored": INDEX_TEXT.format(index, chars), "licence": NONE}


DOCS: list[dict] = [
    {
        "name": "zhitou-zh",
        "split": "dev",
        "file": "zhitou-zh/privacy.md",
        "source": blob("ericforai/zhitoujianli", "blog/zhitoujianli-blog/src/pages/privacy.md", "bce3721e653354de97c095694360c6dd0adb5722"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [10, 39, 42, 43, 44, 45, 48, 49, 50, 53, 54, 55, 58, 59, 60],
                "methods": [17, 24, 31, 33, 34, 35],
                "categories": [17, 19, 20, 21, 24, 26, 27, 28],
                "retention": [99, 100, 101, 102, 106, 107],
                "rights": [105, 112, 113, 114, 117, 118, 119, 122, 123],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [39, 42, 43, 44, 45, 48, 49, 50, 53, 54, 55, 58, 59, 60, 77, 78, 79],
                "sensitive-marked": Q,
                "methods": [17, 24, 31, 33, 34, 35],
                "retention": [99, 100, 101, 102, 106, 107],
                "cross-border": M,
                "sharing": [67, 69, 70, 71, 72, 75, 77, 78, 79],
                "transfer": [71],
                "public-disclosure": Q,
                "access": [112],
                "correct": [112, 113],
                "delete": [105, 106, 117],
                "close-account": [105, 118],
                "withdraw-consent": [119],
                "copy": [114, 122, 123],
                "effect-of-not-providing": M,
                "security": [84, 86, 87, 88, 89, 94],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "「智投简历」 and 「智投简历团队」 with an e-mail, a website, a WeChat id and 「中国北京市朝阳区」 (145-148): "
            + NAME_ONLY,
            "cn-pipl/purposes": "39-60 the purposes by heading (service, account, improvement, contact); 10 to provide and improve the service",
            "cn-pipl/categories": "19-21 account, résumé (education, work history, skills) and job preferences (position, salary, place); 26-28 usage data",
            "cn-pipl/sensitive-necessity": "résumés, salary expectations, browsing on the site: nothing the PIPL lists as sensitive",
            "cn-pipl/minors": "127 not directed at children under 13, none knowingly collected, deleted when found (profiles39c convention: excludes children)",
            "cn-pipl/abroad-recipient": "no transfer abroad is said; AI and cloud providers unnamed",
            "cn-gbt35273/sensitive-marked": "27 pages visited and clicks: whether 网页浏览记录 of one site is the sensitive browsing record of GB/T Annex B is doubtful",
            "cn-gbt35273/cross-border": "92 「存储在安全的服务器上」 names no place; 148 is the contact address",
            "cn-gbt35273/transfer": "71 shared in a merger, acquisition or transfer of assets",
            "cn-gbt35273/public-disclosure": "70 disclosure required by law, in a sharing list: doubtful (profiles39 yuejian convention)",
            "cn-gbt35273/close-account": "105 delete the account at any time; 118 注销账户",
            "cn-gbt35273/withdraw-consent": "119 「您可以撤回对数据处理的同意」 (no way given, but the right is stated)",
            "cn-gbt35273/complaint": "143 questions or suggestions: " + QUESTIONS_ONLY,
        },
    },
    {
        "name": "jobplus-zh",
        "split": "dev",
        "file": "jobplus-zh/privacy_statement.ftl",
        "source": blob(
            "yanyufeng89/p2ps", "src/main/webapp/WEB-INF/ftl/about/privacy_statement.ftl", "4e64915506ad65ce30922deffe5856e99dbda9a6"
        ),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [30, 31],
                "methods": [30, 31, 34],
                "categories": [30],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [30, 31],
                "sensitive-marked": NA,
                "methods": [30, 31, 34],
                "retention": M,
                "cross-border": M,
                "sharing": [32, 33],
                "transfer": M,
                "public-disclosure": [32, 35],
                "access": M,
                "correct": Q,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": Q,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/minors": "no word on children: n/a by the profile's documented condition (profiles35c convention); annotated missing before the first run, corrected after it (README)",
            "cn-pipl/processor": "「JobPlus」 only, no contact (a FreeMarker page of a career site): " + NAME_ONLY,
            "cn-pipl/purposes": "30 to provide a better service; 31 personalised search results and promotion, improving and developing products",
            "cn-pipl/methods": "30 registration data stored by the system; 31 information collected through use; 34 statistics of use",
            "cn-pipl/categories": "30 注册信息/个人资料 only: the sole category named",
            "cn-pipl/rights": "30 asks the person to keep the registration data up to date: a duty, not a right with a way",
            "cn-gbt35273/sharing": "32 not given to third parties without authorisation; 33 necessary information shared with partners",
            "cn-gbt35273/public-disclosure": "32 「不会将这些信息对外公开」; 35 the cases of disclosure (authorisation, law, research…)",
            "cn-gbt35273/correct": "30 「不断更新注册资料」: updating is implied, no way is given: doubtful",
            "cn-gbt35273/security": "32 「以高度的勤勉义务对待这些信息」, 33 partners must keep the data secure: generic, doubtful",
        },
    },
    {
        "name": "tuoche-zh",
        "split": "dev",
        "file": "tuoche-zh/index.tsx",
        "source": blob("infinitete/partners-next", "src/pages/agreement/yinsi/index.tsx", "54ebd9b84b2e22f64a608a08d11e9aaab2adc78f"),
        "v": {
            "cn-pipl": {
                "processor": [12],
                "purposes": [46, 49, 52, 55],
                "methods": [46, 49, 52, 55],
                "categories": [49, 52, 55],
                "retention": M,
                "rights": M,
                "sensitive-necessity": M,
                "minors": [82],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [12, 97],
                "functions": [49, 52, 55],
                "sensitive-marked": [52],
                "methods": [46, 49, 52, 55],
                "retention": M,
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": [59],
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": Q,
                "security": Q,
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "12 贵州拖车侠科技服务有限公司 runs the mini-program; 97 e-mail",
            "cn-pipl/purposes": "46 to provide and optimise the service; 49 basic information for the service to run; 52 driver application with real-name check; 55 vehicle rescue",
            "cn-pipl/categories": "49 WeChat openid and nickname; 52 name, ID number, phone, driving licence; 55 location",
            "cn-pipl/rights": "78 「我们保障您对自己的个人信息行使法定权利」: no right named and no way",
            "cn-pipl/sensitive-necessity": "52 marks ID number and driving licence as sensitive and optional, but states no necessity or effect",
            "cn-pipl/minors": "82 a minor needs the parent's or guardian's written consent first",
            "cn-gbt35273/sharing": "59-71 only the exception list (sharing without consent): no statement of the sharing practice (profiles39 miuiicon convention)",
            "cn-gbt35273/public-disclosure": "59 「共享或公开披露个人信息无需事先征得您的同意」 and its list",
            "cn-gbt35273/effect-of-not-providing": "49 basic information must be collected; 52 one may choose not to apply as a driver: whether this states the effect is doubtful",
            "cn-gbt35273/security": "74 「采取一切合理可行的措施」 only: generic, doubtful",
            "cn-gbt35273/complaint": "97 questions, opinions or suggestions by e-mail: " + QUESTIONS_ONLY,
        },
    },
    {
        "name": "tynvr-zh",
        "split": "holdout",
        "file": "tynvr-zh/privacy-policy.md",
        "source": blob("eisongao/TY-NVR", "privacy-policy.md", "858c734eee16bd0fb84c34ba16c05d8a0279981f"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [28, 30, 31, 32],
                "methods": [13, 19, 39, 40],
                "categories": [15, 16, 18, 19, 21, 22],
                "retention": M,
                "rights": [46, 48, 49, 50],
                "sensitive-necessity": Q,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [28, 30, 31, 32],
                "sensitive-marked": M,
                "methods": [13, 19, 39, 40],
                "retention": M,
                "cross-border": M,
                "sharing": [33, 66, 68, 69, 70, 72],
                "transfer": Q,
                "public-disclosure": M,
                "access": [48],
                "correct": [48],
                "delete": [48],
                "close-account": M,
                "withdraw-consent": [49],
                "copy": [50],
                "effect-of-not-providing": M,
                "security": [40, 56, 58, 59, 60],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/minors": "no word on children: n/a by the profile's documented condition (profiles35c convention); annotated missing before the first run, corrected after it (README)",
            "cn-pipl/processor": "「TY NVR（以下简称“本应用”）」: an app name, no contact anywhere",
            "cn-pipl/methods": "13 collected according to the features enabled; 19 and 39 kept on the device or the NVR; 40 encrypted transmission when cloud or remote access is on",
            "cn-pipl/sensitive-necessity": "live video, snapshots and recordings of a home: whether they are sensitive (images of people at home) is doubtful",
            "cn-pipl/abroad-recipient": "Firebase Cloud Messaging and third-party clouds receive data, but no country is said (profiles39 vocabai convention)",
            "cn-gbt35273/sensitive-marked": "16 the account password is 网络身份标识信息 with its password, sensitive in GB/T Annex B; not marked",
            "cn-gbt35273/cross-border": "device or NVR storage beside third-party clouds: no storage place (session-36 decision)",
            "cn-gbt35273/transfer": "33 " + NO_SALE,
            "cn-gbt35273/withdraw-consent": "49 refusing some collection (remote services, analytics)",
            "cn-gbt35273/security": "56-60 TLS/SSL, account verification, local access control; 40 encrypted transmission",
        },
    },
    {
        "name": "yunlin-tw",
        "split": "dev",
        "file": "yunlin-tw/apply.jsx",
        "source": index_only(
            "35082743286",
            "a Next.js consent page (個資蒐集、處理及利用同意書 of 雲林縣社會局) of a ride-to-hospital and escort matching service",
            9225,
        ),
        "v": {
            "tw-pdpa": {
                "agency": [92],
                "purposes": [93],
                "categories": [94, 95, 96, 97, 98, 99],
                "period": [102],
                "area": [103],
                "recipients": [104],
                "methods": [105],
                "rights": [106, 107, 108, 109],
                "effect-of-not-providing": [110],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "92 雲林縣社會局 (a county social-affairs bureau; the page is a student project of an escort-matching app)",
            "tw-pdpa/categories": "95-99 C001, C003, C011, C012, C111 (health records)",
            "tw-pdpa/rights": "107-109 the Art. 3 rights, each 「得向本局…」",
            "tw-pdpa/source": "collected from the applicant",
        },
    },
    {
        "name": "fjuim-tw",
        "split": "holdout",
        "file": "fjuim-tw/register.html",
        "source": index_only(
            "9083508819",
            "a registration page of 輔仁大學資訊管理學系's project-grading system with its PDPA notice in a textarea (CRLF)",
            7048,
        ),
        "v": {
            "tw-pdpa": {
                "agency": [133],
                "purposes": [135, 136, 137],
                "categories": [143, 144, 145],
                "period": [148],
                "area": [149],
                "recipients": [150],
                "methods": [151],
                "rights": [153, 154],
                "effect-of-not-providing": Q,
                "source": [139, 140, 141],
            },
        },
        "notes": {
            "tw-pdpa/agency": "133 輔仁大學資訊管理學系（以下稱本單位）",
            "tw-pdpa/rights": "154 the Art. 3 rights listed; the way is only 133's 「如需服務請洽本單位之服務人員」",
            "tw-pdpa/effect-of-not-providing": "133 「若不同意請離開此網頁」: leaving the page if one does not agree; whether this is the effect of not providing is doubtful",
            "tw-pdpa/source": "140 the university's LDAP records (indirect collection), 141 the registration form",
        },
    },
    {
        "name": "rentacar-en",
        "split": "holdout",
        "file": "rentacar-en/privacy-policy.md",
        "source": blob("illiapovorozniuk/rentacar", "privacy-policy.md", "4d303a9c04688bb62d8fce832d8e0276cd6a3659"),
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": M,
                "legal-basis": [13],
                "legitimate-interests": NA,
                "recipients": M,
                "transfers": NA,
                "retention": M,
                "rights": [16, 19, 20, 21, 22],
                "withdraw-consent": M,
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "eu-gdpr/controller": "「RentaCar」 only, no contact and no company: " + NAME_ONLY,
            "eu-gdpr/purposes": "only the data collected (7-10) are listed; no purpose anywhere",
            "eu-gdpr/legal-basis": "13 「We process data only with explicit user consent」",
            "eu-gdpr/transfers": "14 「Data is stored within the EU」: no transfer",
            "eu-gdpr/rights": "19-22 access, rectification, erasure, portability; 16 export or deletion on request",
            "eu-gdpr/source": "collected from the customer",
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
            "file": f"eval/profiles40/docs/{doc['file']}",
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
