#!/usr/bin/env python3
"""Hand annotations of eval/profiles41 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document before any policylens run; held out: linuxdo-zh, wingman-ccpa
(`random.Random(4141).sample(sorted(names), 2)`, drawn before any run).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles41/tools/annotate.py
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

NO_SALE = "「不会出售/分享」 without 转让: whether selling names the transfer case is doubtful"
QUESTIONS_ONLY = "a contact offered only for questions is a `?` complaint channel (profiles37c convention)"
NAME_ONLY = "a product name with only an e-mail (and an address) and nobody named is `missing` (profiles37 convention)"
LEGAL_REQUEST = "disclosure to authorities on a legal request is `?` for public disclosure (profiles40c convention)"
INDEX_TEXT = "search-index text (file {}, {} characters checked); the index names no repository"


def index_only(index: str, what: str, chars: int) -> dict:
    """A document's source record: a search-index file whose repository the index does not name."""
    return {"repo": SRC.format(index), "path": what, "commit": "", "stored": INDEX_TEXT.format(index, chars), "licence": NONE}


DOCS: list[dict] = [
    {
        "name": "aideamed-tw",
        "split": "dev",
        "file": "aideamed-tw/page.tsx",
        "source": index_only("46354651979", "a Next.js page (Aidea:Med, a Taipei dental-clinic marketing consultancy)", 10142),
        "v": {
            "tw-pdpa": {
                "agency": [18],
                "purposes": [47, 49, 50, 51, 52, 53, 54, 55],
                "categories": [27, 30, 31, 32, 33, 38, 39, 40, 41],
                "period": [96],
                "area": M,
                "recipients": [61, 63, 66],
                "methods": Q,
                "rights": [120, 122, 123, 124, 125, 126, 127, 130],
                "effect-of-not-providing": [82],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「Aidea:Med（以下簡稱「我們」、「本公司」）」 (18): the business's trade name as 本公司, with an e-mail, a phone and a Taipei address under 聯絡我們 (161-163)",
            "tw-pdpa/period": "96 kept only as long as the stated purposes need, unless the law requires longer (a criterion)",
            "tw-pdpa/area": "nothing says where data is stored or used; the Taipei address is a contact",
            "tw-pdpa/recipients": "63 service providers (hosting, e-mail, analytics) under the lead-in 61; 66 an acquirer in a business transfer",
            "tw-pdpa/methods": "73 collected and stored by cookies: the liberal TW reading (profiles40c) would accept automatic collection, the rule would not: doubtful",
            "tw-pdpa/rights": "rights list 122-127 and 130 「如您希望行使這些權利，請透過以下聯絡方式與我們聯繫。」 with the contacts of 161-163",
            "tw-pdpa/effect-of-not-providing": "82 disabling cookies may affect some functions (c14d: refusing cookies with its effect)",
            "tw-pdpa/source": "collected from the person or automatically; the IP-based location is derived, not from another party",
        },
    },
    {
        "name": "mbc-tw",
        "split": "dev",
        "file": "mbc-tw/privacy.tsx",
        "source": index_only("21821821325", "a Next.js page (MBC天使俱樂部 member-management system: a staff data-handling policy)", 4182),
        "v": {
            "tw-pdpa": {
                "agency": [18],
                "purposes": M,
                "categories": [66, 68, 69, 70, 71, 72],
                "period": M,
                "area": M,
                "recipients": M,
                "methods": Q,
                "rights": M,
                "effect-of-not-providing": M,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「MBC天使俱樂部（以下簡稱「本公司」）」 (18) presents itself as the company whose policy this is",
            "tw-pdpa/purposes": "a rule book for staff handling members' data; the purpose of recording the staff users' own actions (66) is never given; 23-28 limit staff access",
            "tw-pdpa/categories": "66 the system records the user's actions: log-in/out times, queries, edits, downloads, alerts (68-72), the reader's own data",
            "tw-pdpa/methods": "66 recorded by the system (automated): the liberal TW reading would accept it, the rule would not: doubtful",
            "tw-pdpa/rights": "nothing; 117-119 a security department's e-mail for questions",
            "tw-pdpa/recipients": "76 incidents reported to a supervisor: no recipient of data",
        },
    },
    {
        "name": "medconsult-zh",
        "split": "dev",
        "file": "medconsult-zh/PrivacyPolicy.tsx",
        "source": index_only("21381971288", "a React component (an online medical-consultation and booking site)", 3614),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [25, 28, 29, 30, 31, 32],
                "methods": [12, 65],
                "categories": [12, 15, 16, 17, 18],
                "retention": M,
                "rights": [80, 83, 84, 85, 86, 113],
                "sensitive-necessity": M,
                "minors": Q,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [12, 15, 16, 17, 18, 25, 28, 29, 30, 31, 32, 65, 68, 69, 70],
                "sensitive-marked": M,
                "methods": [12, 65],
                "retention": M,
                "cross-border": M,
                "sharing": [39, 43],
                "transfer": [39],
                "public-disclosure": Q,
                "access": [80, 83],
                "correct": [80, 83],
                "delete": [80, 83],
                "close-account": M,
                "withdraw-consent": [84],
                "copy": Q,
                "effect-of-not-providing": M,
                "security": [52, 55, 56, 57, 58],
                "complaint": [86, 113],
            },
        },
        "notes": {
            "cn-pipl/processor": "nobody named; an e-mail, a phone and an address (116-118): " + NAME_ONLY,
            "cn-pipl/methods": "12 collected as actively provided; 65 cookies and similar technology",
            "cn-pipl/rights": "rights list 83-86 under 80, and 113 「如果您对本隐私政策有任何疑问或需要行使您的权利，请联系我们：」 with the e-mail, phone and address (116-118; hospital.com and 400-123-4567 look like stand-ins but are not marked as slots)",
            "cn-pipl/sensitive-necessity": "medical history, symptoms, visit records (16) and ID-card numbers (17) are sensitive; no necessity or effect stated",
            "cn-pipl/minors": "93 minors use the service with a guardian's consent, 96 none knowingly collected, deleted when found: excluded or not, doubtful",
            "cn-gbt35273/functions": "data types named by function (注册信息, 医疗信息…) and the purposes (28-32), cookies (68-70)",
            "cn-gbt35273/sensitive-marked": "medical and ID data collected and not marked as sensitive",
            "cn-gbt35273/sharing": "43 medical information shared with doctors, under the exception lead-in 39",
            "cn-gbt35273/transfer": "39 not sold, traded or transferred unless consented (42) or required by law",
            "cn-gbt35273/public-disclosure": "44 on a legal or government request: " + LEGAL_REQUEST,
            "cn-gbt35273/close-account": "accounts exist (注册信息 15); nothing about closing one",
            "cn-gbt35273/copy": "85 数据可携带权: portability, not plainly a copy: doubtful",
            "cn-gbt35273/complaint": "86 a right to complain and report, with 113 the contact for exercising rights",
        },
    },
    {
        "name": "tigerzh-zh",
        "split": "dev",
        "file": "tigerzh-zh/page.tsx",
        "source": index_only("53907676340", "a Next.js page (a site whose name is the package.json slot {pkg.shortName}; contact help@tigerzh.com)", 4932),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [54, 58, 63, 68],
                "methods": [35, 39, 40, 45, 46, 47, 110],
                "categories": [35, 39, 40, 45, 46, 47],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": Q,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [35, 39, 40, 45, 46, 47, 58, 63, 68, 105, 110],
                "sensitive-marked": NA,
                "methods": [35, 39, 40, 45, 46, 47, 110],
                "retention": M,
                "cross-border": M,
                "sharing": [76, 86],
                "transfer": [76],
                "public-disclosure": Q,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,  # u47w2: 「一系列安全措施…免受未经授权的访问」 names no measure (docs/profiles.md, generic security promises) (was [94])
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "the site's name is a code slot (14 「[{pkg.shortName}]」); only help@tigerzh.com (145): " + NAME_ONLY,
            "cn-pipl/methods": "asked for on registration or forms (40), collected automatically by the servers or providers (46-47), kept in local storage (110)",
            "cn-pipl/sensitive-necessity": "30 only defines sensitive data and promises to mark it; name, e-mail, IP and device data are collected: nothing sensitive",
            "cn-pipl/minors": "128 not directed at minors, who use it under a parent's supervision 「并在必要时获取其同意」: neither excluded nor the processor's consent rule: doubtful",
            "cn-gbt35273/functions": "registration and forms (40), visits (46-47), the uses (58-68), network and local storage for the platform's functions (105, 110)",
            "cn-gbt35273/sharing": "86 service providers may access data, under the lead-in 76",
            "cn-gbt35273/transfer": "76 「我们不会出售、交易或转让您的个人信息给第三方」",
            "cn-gbt35273/public-disclosure": "81 disclosure on a law, court order or government request: " + LEGAL_REQUEST,
            "cn-gbt35273/security": "94 「我们采取了一系列安全措施来保护您的个人信息免受未经授权的访问、使用或泄露」: generic, accepted as in profiles39c bandpet-zh and profiles40c",
            "cn-gbt35273/close-account": "accounts exist (40 注册账户); nothing on closing one",
            "cn-gbt35273/complaint": "140 questions by e-mail: " + QUESTIONS_ONLY,
        },
    },
    {
        "name": "radiance-hk",
        "split": "dev",
        "file": "radiance-hk/page.tsx",
        "source": index_only("35080479860", "a Next.js page (Radiance Public Relations Limited, a Hong Kong PR agency; 私隱政策 under the PDPO)", 6123),
        "v": {
            "eu-gdpr": {
                "controller": [30, 127],
                "dpo": [128],
                "purposes": [42, 48, 50, 51, 52, 53, 54],
                "legal-basis": [53, 56],
                "legitimate-interests": NA,
                "recipients": [85, 86, 88, 89, 92],
                "transfers": M,
                "retention": [74, 77, 78, 79, 81],
                "rights": [97, 99, 100, 101, 102, 105],
                "withdraw-consent": [102],
                "complaint": [133],
                "requirement": [113],
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "eu-gdpr/controller": "30 the company defined as 本公司/我們, with its e-mail (129) under 聯絡我們 (127)",
            "eu-gdpr/dpo": "128 個人資料主任 (the personal data officer) with the e-mail 129",
            "eu-gdpr/legal-basis": "53/56 consent for marketing messages and direct marketing: consent named as a ground, however weak (profiles40c dlgame-en)",
            "eu-gdpr/transfers": "89 hosting 「位於香港或歐盟境內」: data may be hosted in Hong Kong, outside the EEA, and no safeguard is named",
            "eu-gdpr/withdraw-consent": "102 refuse direct marketing at any time (an opt-out of marketing)",
            "eu-gdpr/complaint": "133 complaint to the Privacy Commissioner for Personal Data (PCPD)",
            "eu-gdpr/requirement": "113 disabling necessary cookies may affect the site (c14d reading)",
            "eu-gdpr/automated-decisions": "nothing",
        },
    },
    {
        "name": "linuxdo-zh",
        "split": "holdout",
        "file": "linuxdo-zh/privacy.tsx",
        "source": index_only("9492045156", "a TSX data module (a payment/API platform signing in with LINUX DO Connect; policy sections as objects)", 4501),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [22, 26, 52, 54, 55, 56, 57],
                "methods": [18, 22, 26, 39, 40],
                "categories": [14, 18, 22, 26],
                "retention": [90],
                "rights": [82, 86, 90, 94],
                "sensitive-necessity": Q,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [18, 22, 26, 54, 55, 56, 57],
                "sensitive-marked": Q,
                "methods": [18, 22, 26, 39, 40],
                "retention": [90],
                "cross-border": [39],
                "sharing": [68],
                "transfer": [73],
                "public-disclosure": [73],
                "access": [86],
                "correct": [94],
                "delete": [90],
                "close-account": [90],
                "withdraw-consent": M,
                "copy": [86],
                "effect-of-not-providing": M,
                "security": [37, 40, 41, 42],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "「本平台」 only; LINUX DO is the community whose sign-in is used, not the operator; no contact at all",
            "cn-pipl/retention": "90 deleted at once after the account is closed, logs the law requires excepted (the ending event)",
            "cn-pipl/rights": "86 access in the developer console and a copy by 导出账单, 94 correction in settings or by a ticket, 90 closing the account",
            "cn-pipl/sensitive-necessity": "payment passwords (40) and transaction data (26, 「必要依据」): financial data processed; the effect on the person is not said: doubtful",
            "cn-pipl/minors": "no word on children: n/a by the profile's documented condition (profiles35c convention)",
            "cn-pipl/abroad-recipient": "39 「我们不会将您的数据传输至境外管辖区」",
            "cn-gbt35273/sensitive-marked": "40 marks payment passwords as 敏感数据; transaction records (26) are not marked: doubtful",
            "cn-gbt35273/cross-border": "39 not transferred to any jurisdiction abroad",
            "cn-gbt35273/sharing": "68 「数据零共享」 with two exceptions (consent, legal requirement)",
            "cn-gbt35273/public-disclosure": "73 disclosed publicly only when the law compels it or to protect safety",
            "cn-gbt35273/complaint": "57 logs consulted when you file a ticket or an appeal (申诉), 94 tickets to customer service: a complaint channel implied: doubtful",
        },
    },
    {
        "name": "wingman-ccpa",
        "split": "holdout",
        "file": "wingman-ccpa/california-privacy.ts",
        "source": index_only("15779480103", "a TypeScript data module (Wingman by Beamo LLC, a companion-booking app: its California Privacy Notice)", 11588),
        "v": {
            "us-ccpa": {
                "categories-collected": [29, 31, 32, 37, 38, 43, 44, 49, 50, 55, 56, 61, 62, 67, 68, 73, 74, 79, 80, 91, 92, 97, 98, 212, 214, 215, 217, 218],
                "sources": [34, 40, 46, 52, 58, 64, 70, 76, 82, 94, 100],
                "purposes": [35, 41, 47, 53, 59, 65, 71, 77, 83, 95, 101, 106, 109, 110, 111, 112, 113, 114, 115, 118, 119, 120],
                "sold-or-shared": [144, 147, 169],
                "right-to-know": [154, 155, 156, 157, 158, 159, 160],
                "right-to-delete": [162, 163],
                "right-to-correct": [165, 166],
                "right-to-opt-out": [168, 169],
                "right-to-limit": [171, 172, 226, 227, 228, 229],
                "non-discrimination": [174, 175],
                "how-to-submit": [187, 189, 191],
                "authorized-agent": [181, 182],
                "last-updated": [13, 15],
            },
        },
        "notes": {
            "us-ccpa/how-to-submit": "190 and 192 are template slots (${COMPANY_INFO.privacyEmail}, ${COMPANY_INFO.address}); 191 the in-app path Settings > Privacy > California Privacy Rights is real",
            "us-ccpa/sold-or-shared": "144 not sold, 147 not shared for cross-context behavioural advertising",
            "us-ccpa/last-updated": "13 the document's lastUpdated field '2026-02-01' (the page renders it)",
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
            "file": f"eval/profiles41/docs/{doc['file']}",
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
