#!/usr/bin/env python3
"""Hand annotations of eval/profiles39 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run; held out: jcic-tw, miuiicon-zh, vocabai-md
(`random.Random(3939).sample(sorted(names), 3)`, drawn before any run).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles39/tools/annotate.py
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
        "name": "pushup-zh",
        "split": "dev",
        "file": "pushup-zh/隐私政策.md",
        "source": blob("equinox166/PushUpCounting", "隐私政策.md", "cc7901afb148715e8debe3b3fa4a51e2ed44750e"),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": Q,
                "methods": Q,
                "categories": Q,
                "retention": Q,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": Q,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": Q,
                "sensitive-marked": NA,
                "methods": Q,
                "retention": Q,
                "cross-border": Q,
                "sharing": [15],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": NA,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "3 「由dyao（以下简称“服务提供商”）」 and the e-mail (25, 43): a handle only, no name: doubtful",
            "cn-pipl/purposes": "7 「该应用程序不会获取任何信息」: " + NOTHING,
            "cn-pipl/methods": NOTHING,
            "cn-pipl/categories": NOTHING,
            "cn-pipl/retention": NOTHING,
            "cn-pipl/rights": "no right and no way to exercise one (19 is uninstalling to stop collection)",
            "cn-pipl/minors": "23 not directed at children under 13; 25 「在某些国家/地区，我们可能允许您的父母或监护人代表您这样做」 (generator text about consent at 16): doubtful",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/cross-border": NOTHING,
            "cn-gbt35273/sharing": "15 「由于应用程序不收集任何信息，因此不会与第三方共享任何数据」",
            "cn-gbt35273/close-account": "7 「使用应用程序不需要注册」: no account (profiles38 decision)",
            "cn-gbt35273/withdraw-consent": "19 uninstalling stops all collection (「选择退出权利」): whether uninstalling is a withdrawal is doubtful",
            "cn-gbt35273/security": "29 says there is no risk because nothing is collected: no measure",
            "cn-gbt35273/complaint": "43 questions by e-mail: " + QUESTIONS_ONLY,
        },
    },
    {
        "name": "yuejian-taro",
        "split": "dev",
        "file": "yuejian-taro/index.tsx",
        "source": index_only("2469457810", "a Taro page of a WeChat mini-program jewellery shop (Y.Zheng悦涧)", 8184),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [43, 46, 49, 52, 60, 63, 66, 69, 72, 75, 78, 89],
                "methods": [46, 49, 52, 60, 63, 66, 69, 72, 75, 78, 89, 117, 120, 123],
                "categories": [46, 49, 52, 63, 66, 69, 72, 75, 78],
                "retention": [120],
                "rights": [132, 135, 138],
                "sensitive-necessity": Q,
                "minors": [149, 152],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [43, 46, 49, 52, 60, 63, 66, 69, 72, 75, 78],
                "sensitive-marked": M,
                "methods": [46, 49, 52, 60, 63, 66, 69, 72, 75, 78],
                "retention": [120],
                "cross-border": [117],
                "sharing": [100, 103, 106, 109],
                "transfer": Q,
                "public-disclosure": Q,
                "access": [132],
                "correct": [132],
                "delete": [132],
                "close-account": [138],
                "withdraw-consent": [63, 135],
                "copy": M,
                "effect-of-not-providing": [81],
                "security": [123],
                "complaint": [141],
            },
        },
        "notes": {
            "cn-pipl/processor": "a brand 【Y.Zheng悦涧】 and a customer-service e-mail (171): " + NAME_ONLY,
            "cn-pipl/retention": "120 the shortest time necessary for the purpose, then deletion or anonymisation (the necessary-period criterion)",
            "cn-pipl/rights": "132 in the mini-program's 「我的-个人信息」 page; 135 system settings; 138 through customer service",
            "cn-pipl/sensitive-necessity": "precise location (63), contacts (72), payment information (52): whether PIPL Art. 28 applies to a one-off location and billing data is doubtful; no necessity stated",
            "cn-pipl/minors": "149 under 14 「在征得监护人同意后使用我们的服务」; 152 deletion without guardian consent",
            "cn-pipl/abroad-recipient": "117 stored in China; no transfer abroad",
            "cn-gbt35273/sensitive-marked": "GB/T Annex B lists 精准定位信息, 通讯录 and transaction records as sensitive; none is marked",
            "cn-gbt35273/transfer": "97 " + NO_SALE,
            "cn-gbt35273/public-disclosure": "109 disclosure on a legal or government demand, under a sharing list: whether it states public disclosure is doubtful",
            "cn-gbt35273/withdraw-consent": "135 permissions closed in the system settings withdraw the authorisation; 63 location closed in the settings",
            "cn-gbt35273/effect-of-not-providing": "81 refusing the optional data does not affect the core functions",
            "cn-gbt35273/complaint": "141 「投诉举报」 through the contact at the end (171)",
        },
    },
    {
        "name": "dacheng-tw",
        "split": "dev",
        "file": "dacheng-tw/PrivacyNotice.jsx",
        "source": index_only(
            "11445333517", "a React notice of an insurance broker (大誠保險經紀人股份有限公司) with a health-data consent form", 4955
        ),
        "v": {
            "tw-pdpa": {
                "agency": [69, 97],
                "purposes": [71, 94],
                "categories": [72, 94],
                "period": [76],
                "area": [78],
                "recipients": [77, 95],
                "methods": M,  # changed by u47w (session 47): was [78]; see README
                "rights": [81, 84, 85, 86],
                "effect-of-not-providing": [89, 90, 91, 94],
                "source": [73],
            },
        },
        "notes": {
            "tw-pdpa/agency": "69 大誠保險經紀人股份有限公司 (no contact, but PDPA Art. 8 asks the agency's name)",
            "tw-pdpa/recipients": "77 本公司、產、壽險公司、財團法人金融消費評議中心…; 95 forwarded to insurers",
            "tw-pdpa/methods": "78 「（四）方式：合於法令規定之利用方式」 (the same line as 地區): first annotated covered; changed to missing in session 47 (u47w): a value that says only that the use is lawful names no means, as the blind annotators of profiles43c, profiles44c and profiles47 read it",
            "tw-pdpa/rights": "84-85 the Art. 3 rights; 86 in writing",
            "tw-pdpa/source": "73 the sources of indirectly collected data (insurers' applicants, police, hospitals…)",
        },
    },
    {
        "name": "homecloud-en",
        "split": "dev",
        "file": "homecloud-en/privacy.md",
        "source": blob("asrient/HomeCloud", "docs/Help/privacy.md", "68a0bc285ed7bfa9e6f44048a6f084d1fdb611ee"),
        "v": {
            "eu-gdpr": {
                "controller": [6, 192],  # u47w2: a name defined as "we" with a contact identifies the controller (docs/profiles.md; nine sets accept it) (was M)
                "dpo": M,
                "purposes": [18, 30, 31, 37, 38, 63, 67, 68, 69, 70, 103],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [101, 103],
                "transfers": M,
                "retention": [37, 117, 118],
                "rights": M,
                "withdraw-consent": M,
                "complaint": M,
                "requirement": M,
                "automated-decisions": Q,
                "source": NA,
            },
        },
        "notes": {
            "eu-gdpr/controller": "「HomeCloud」 and support@asrient.com (192): " + NAME_ONLY,
            "eu-gdpr/legal-basis": "no legal basis; 171 「By using the App, you consent to the transfer」 is about the transfer",
            "eu-gdpr/recipients": "103 Azure Communication Services (Microsoft) receives the e-mail and the PIN",
            "eu-gdpr/transfers": "171 a server 「may be hosted in a different country」 and consent by use: no named safeguard",
            "eu-gdpr/retention": "117 for as long as the account exists; 118 2-15 minutes; 37 IP addresses 2-5 minutes",
            "eu-gdpr/rights": "155-163 unlinking devices and account deletion only; no access, rectification, objection or portability",
            "eu-gdpr/automated-decisions": "59 「No usage tracking or behavioral profiling」, 72 no profiling: whether a denial of profiling states automated decisions is doubtful",
            "eu-gdpr/source": "the data come from the person and their devices",
        },
    },
    {
        "name": "jcic-tw",
        "split": "holdout",
        "file": "jcic-tw/WebForm3.aspx",
        "source": blob("Kos8943/HomeWork003", "WebForm3.aspx", "3c6f38120f8a02ce9172ef18654f001efaeb9bed"),
        "v": {
            "tw-pdpa": {
                "agency": [16, 17],
                "purposes": [35, 36, 39, 40, 41],
                "categories": [35, 36, 37, 39],
                "period": M,
                "area": M,
                "recipients": [46, 47, 48, 49, 50],
                "methods": [39, 40, 41, 42],
                "rights": M,
                "effect-of-not-providing": M,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "16-17 財團法人金融聯合徵信中心 (a student's copy of the credit bureau's website statement)",
            "tw-pdpa/purposes": "35-36 「依辦理案件需求」 for the mailbox; 39-41 traffic and behaviour analysis to improve the service",
            "tw-pdpa/recipients": "46 never sold or rented to others, except 47-50 (courts, authorities, the law, site maintenance)",
            "tw-pdpa/methods": "39-42 aggregate analysis of all users only, never of one user",
            "tw-pdpa/rights": "53 only questions about the statement",
            "tw-pdpa/source": "collected from the person",
        },
    },
    {
        "name": "miuiicon-zh",
        "split": "holdout",
        "file": "miuiicon-zh/PRIVACY.md",
        "source": blob("fankes/MIUINativeNotifyIcon", "PRIVACY.md", "020d7c6940dc5505b38db897a9ad8416fe805f33"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [54, 56, 58, *r(220, 222), 224, 226, 227],
                "methods": [50, 56, 58, *r(213, 216), 224, 226, 227],
                "categories": [56, 58, 106, 224, 226, 227, *r(279, 282)],
                "retention": M,
                "rights": [11, 106, 170, 171, *r(279, 282)],
                "sensitive-necessity": NA,
                "minors": M,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [54, 56, 58, *r(220, 222), 224, 226, 227],
                "sensitive-marked": NA,
                "methods": [50, 56, 58, *r(213, 216), 224, 226, 227],
                "retention": M,
                "cross-border": Q,
                "sharing": M,
                "transfer": [80, 250],
                "public-disclosure": [84, 254],
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": Q,
                "withdraw-consent": [11, 106, 170, 171, *r(279, 282)],
                "copy": M,
                "effect-of-not-providing": [54, 221, 222],
                "security": Q,
                "complaint": [129, 309, 310],
            },
        },
        "notes": {
            "cn-pipl/processor": "no name and no contact anywhere (an Xposed module; Chinese 1-158, English 160-358: English lines accepted beside the Chinese)",
            "cn-pipl/purposes": "54-58 the core functions (the app list, search) and what each collects",
            "cn-pipl/rights": "106 permissions turned off in the device settings refuse the collection; 11 「您有权拒绝或撤回授权」",
            "cn-pipl/minors": "17 「否则请在父母的陪同下阅读本协议」: " + GUIDANCE,
            "cn-gbt35273/cross-border": "58 the search cache is stored locally; nothing says where the rest is kept: doubtful",
            "cn-gbt35273/sharing": "only the exception list 88-98 (sharing without consent in legal cases): no statement of the sharing practice",
            "cn-gbt35273/close-account": ACCOUNT_UNSAID,
            "cn-gbt35273/security": "13 「采取了互联网业内标准的技术措施和数据安全措施」 only: a generic promise, doubtful",
            "cn-gbt35273/complaint": "129 report to the relevant government departments",
        },
    },
    {
        "name": "vocabai-md",
        "split": "holdout",
        "file": "vocabai-md/隐私政策.md",
        "source": indexed("mooyucc/Vocab", "隐私政策.md", "1f3b90cf49d11977c10c08a7d08c6c81ef75f559"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [24, 29, 33, 35, 36, 37, 38, 39, 68, 69, 73],
                "methods": [17, 21, 29, 36, 45, 46, 53, 73],
                "categories": [17, 18, 19, 23, 24, 25],
                "retention": Q,
                "rights": [81, 82, 83, 84, 85, 110],
                "sensitive-necessity": NA,
                "minors": M,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [29, 35, 36, 37, 38, 39, 68, 69, 73],
                "sensitive-marked": NA,
                "methods": [15, 17, 21, 23, 24, 25, 29],
                "retention": Q,
                "cross-border": M,
                "sharing": [47, 73, 93, 95, 96, 97, 98],
                "transfer": [93],
                "public-disclosure": [93],
                "access": [81],
                "correct": [82],
                "delete": [83],
                "close-account": Q,
                "withdraw-consent": [84],
                "copy": [85],
                "effect-of-not-providing": M,
                "security": [51, 53, 54, 55],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "10 「Vocab Team」, in-app feedback (11, 112) and 113 an example e-mail 「请替换为实际联系方式」 (a template slot): "
            + NAME_ONLY,
            "cn-pipl/retention": "59 kept until the person deletes it or uninstalls the app; 60 deleted with the account: a removal control rather than a period (coderemote-zh left this `?`)",
            "cn-pipl/minors": "89 under 14 「请在您的监护人指导下使用」: " + GUIDANCE,
            "cn-pipl/abroad-recipient": "Deepseek API and iCloud receive data, but no country is said",
            "cn-gbt35273/cross-border": "45-46 the device and the person's iCloud account, beside Deepseek (47): no storage place (session-36 decision)",
            "cn-gbt35273/transfer": "93 「不会向第三方共享、转让或披露…除以下情况外」",
            "cn-gbt35273/close-account": "60 「如您删除账户，相关数据将被删除」 with no way to do it: doubtful",
            "cn-gbt35273/withdraw-consent": "84 turning off iCloud sync or stopping the feature",
            "cn-gbt35273/copy": "85 export of the learning data",
            "cn-gbt35273/complaint": "110 questions, opinions or rights requests through in-app feedback: " + QUESTIONS_ONLY,
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
            "file": f"eval/profiles39/docs/{doc['file']}",
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
