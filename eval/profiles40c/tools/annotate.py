#!/usr/bin/env python3
"""Hand annotations of eval/profiles40c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles40c/tools/annotate.py
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
        "name": "paizhao-zh",
        "split": "dev",
        "file": "paizhao-zh/index.tsx",
        "source": {
            "repo": "shuitian0000/paizhaozhushou_taro",
            "path": "src/pages/privacy-policy/index.tsx",
            "commit": "2fe9f09c04f97e3ba481dc303161a6d7dfcc39b4",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [24, 30, 37, 40, 43, 46],
                "methods": [21, 24, 27, 53, 56, 59, 69],
                "categories": [21, 24, 27, 30],
                "retention": [56, 72],
                "rights": [97, 100, 103, 106, 109, 142],
                "sensitive-necessity": Q,
                "minors": [119, 122],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [21, 24, 27, 30, 37],
                "sensitive-marked": Q,
                "methods": [21, 24, 56],
                "retention": [56, 72],
                "cross-border": [69],
                "sharing": [62, 82, 85, 87, 89, 91],
                "transfer": M,
                "public-disclosure": M,
                "access": [97, 142],
                "correct": [100, 142],
                "delete": [103, 109, 142],
                "close-account": [109],
                "withdraw-consent": [106],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [75],
                "complaint": [46, 142],
            },
        },
        "notes": {
            "cn-pipl/processor": "'拍Ta智能摄影助手（以下简称\"我们\"）' (14): the product only; the one channel is the in-app 「建议和吐槽」 (142): a product with a feedback channel and nobody named (earlier sets' convention)",
            "cn-pipl/purposes": "photos for AI analysis and evaluation (24), device data to optimise the service (30), the uses listed under 二 (37, 40, 43, 46)",
            "cn-pipl/methods": "obtained through WeChat sign-in (21), photos processed temporarily (24), history recorded (27), on-device analysis (53), uploaded for analysis and deleted after it (56), saved to the phone's album (59), stored on servers in China (69)",
            "cn-pipl/categories": "WeChat nickname and avatar (21), photos (24), evaluation history (27), device model, OS version, identifiers (30)",
            "cn-pipl/retention": "photos deleted as soon as the analysis ends (56); the rest kept only for the period the service needs (72): a criterion",
            "cn-pipl/rights": "access, correct, delete, withdraw, close the account (97-109), exercised through the in-app feedback function with a 15-working-day reply (142)",
            "cn-pipl/sensitive-necessity": "minors may use the service with a guardian's consent (119): data of under-14s (Art. 28) possibly processed but no age given; photos are evaluated for photography, no recognition: doubtful",
            "cn-pipl/minors": "children are not excluded: the guardian's consent is asked (119) and data collected without it is deleted (122)",
            "cn-pipl/abroad-recipient": "stored in China (69), nothing sent abroad",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "WeChat sign-in (21), the photo assistant and evaluation (24, 37), history (27), service optimisation (30)",
            "cn-gbt35273/sensitive-marked": "as cn-pipl/sensitive-necessity: doubtful",
            "cn-gbt35273/methods": "WeChat authorised sign-in (21), photos the person selects (24), uploaded for evaluation (56)",
            "cn-gbt35273/retention": "as cn-pipl/retention",
            "cn-gbt35273/cross-border": "servers in the PRC (69)",
            "cn-gbt35273/sharing": "photos never disclosed to third parties (62); not sold (82); not shared except with consent, by law or to protect rights (85-91)",
            "cn-gbt35273/transfer": "nothing on 转让 (82 says 出售, 85 共享)",
            "cn-gbt35273/public-disclosure": "nothing",
            "cn-gbt35273/access": "a right to access (97) exercised through the feedback function (142)",
            "cn-gbt35273/correct": "a right to correct (100) through 142",
            "cn-gbt35273/delete": "a right to delete (103), deletion on closing the account (109), through 142",
            "cn-gbt35273/close-account": "'您可以随时注销账号，我们将删除您的个人信息' (109)",
            "cn-gbt35273/withdraw-consent": "'您有权撤回对个人信息处理的同意' (106)",
            "cn-gbt35273/copy": "nothing",
            "cn-gbt35273/effect-of-not-providing": "nothing",
            "cn-gbt35273/security": "'行业标准的安全技术和管理措施' (75): generic, accepted as bandpet-zh was",
            "cn-gbt35273/complaint": "customer service handles feedback and complaints (46) through the in-app 「建议和吐槽」 with a reply time (142)",
        },
    },
    {
        "name": "yizhi-zh",
        "split": "dev",
        "file": "yizhi-zh/provacy.jsp",
        "source": {
            "repo": "Yu-Reny/-JavaWeb-",
            "path": "MKCV/src/main/webapp/jsp/provacy.jsp",
            "commit": "9badf0f7d58d963784ce02e1590c12b8d8abc4e7",
            "stored": INDEX + "; CRLF restored from the index's character count (3,274)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [21, 22, 27, 28, 29, 30],
                "methods": [20, 21, 22, 35, 43],
                "categories": [20, 21],
                "retention": M,
                "rights": [63],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: Q for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [20, 21, 22, 28, 29, 30],
                "sensitive-marked": NA,
                "methods": [20, 21, 22],
                "retention": M,
                "cross-border": Q,
                "sharing": [40, 41, 42, 43],
                "transfer": M,
                "public-disclosure": Q,
                "access": M,
                "correct": [63],
                "delete": [48, 63],
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [22],
                "security": [35],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "the site's name 医知便民网 (16, 67); the e-mail and phone are template slots 「[您的电子邮件地址]」「[您的联系电话]」 (64, 65)",
            "cn-pipl/purposes": "usage data to analyse and improve (21), cookies for personalisation (22), the purposes list (27-30)",
            "cn-pipl/methods": "collected on registration, forms, subscriptions (20), usage data collected on visits (21), cookies collect and store (22), secure servers and encryption (35), service providers given access (43)",
            "cn-pipl/categories": "name, e-mail, phone (20), browser type, IP, access time, page history (21)",
            "cn-pipl/retention": "nothing",
            "cn-pipl/rights": "'希望更新、删除您的个人信息，请通过以下方式与我们联系' (63): the way is contacting the site, whose contacts are template slots; the right and the way are stated",
            "cn-pipl/sensitive-necessity": "a health-information site, but only name, e-mail, phone and usage data are collected; children under 18 excluded (48)",
            "cn-pipl/minors": "'本网站不向18岁以下的儿童收集个人信息' with deletion when a parent reports it (48): children excluded",
            "cn-pipl/abroad-recipient": "a German footnote (73) says the website is based in Germany and under the GDPR; whether data of users in China leaves China is not said: doubtful (all five abroad items)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "registration, forms, subscriptions (20), site analysis (21), personalisation (22), the uses (28-30)",
            "cn-gbt35273/sensitive-marked": "no sensitive data",
            "cn-gbt35273/methods": "provided on registration and forms (20), collected on visits (21), cookies (22)",
            "cn-gbt35273/cross-border": "73 (German): the site is based in Germany; no storage place stated as such: doubtful",
            "cn-gbt35273/sharing": "not sold, exchanged or rented (40); disclosed with consent (41), by law (42), to service providers within the site's authorisation (43)",
            "cn-gbt35273/transfer": "出售、交换或出租 (40) is no 转让 rule",
            "cn-gbt35273/public-disclosure": "披露 to third parties with consent or by law (40-42), not 公开披露: doubtful (as junqi-zh in profiles40c)",
            "cn-gbt35273/access": "nothing on viewing one's data",
            "cn-gbt35273/correct": "更新 by contacting the site (63)",
            "cn-gbt35273/delete": "删除 by contacting the site (63); a child's data deleted at a parent's request (48)",
            "cn-gbt35273/close-account": "accounts exist (20), nothing on closing one",
            "cn-gbt35273/withdraw-consent": "only cookies disabled in the browser (22): browser cookie controls are no right",
            "cn-gbt35273/effect-of-not-providing": "disabling cookies may affect some functions (22)",
            "cn-gbt35273/security": "secure servers and encryption (35)",
            "cn-gbt35273/complaint": "63 a contact (template slots) for questions and concerns, no 投诉",
        },
    },
    {
        "name": "xueba-zh",
        "split": "dev",
        "file": "xueba-zh/userpact.php",
        "source": {
            "repo": "lwl1989/point",
            "path": "application/views/userpact.php",
            "commit": "a71170bb3cdd8d12293da4d77934cdc28e39454d",
            "stored": GIT,
            "licence": "MIT (the repository's LICENSE, Copyright (c) 2017 FreshLi)",
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [38, 44, 80, 89, 94],
                "methods": [38, 42, 49, 80, 82, 93, 94],
                "categories": [38, 42, 43],
                "retention": Q,
                "rights": [53, 54, 55, 56, 57, 58],
                "sensitive-necessity": Q,
                "minors": [78, 81, 82, 84, 85, 86, 87, 88],
                **{k: Q for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [38, 42, 94],
                "sensitive-marked": M,
                "methods": [38, 42, 93, 94],
                "retention": Q,
                "cross-border": Q,
                "sharing": Q,
                "transfer": M,
                "public-disclosure": Q,
                "access": [53, 54, 58],
                "correct": [53, 55, 58],
                "delete": [53, 56, 58],
                "close-account": M,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,  # u47w2: technology against loss, theft, tampering names no measure (docs/profiles.md, generic security promises) (was [49])
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "the site's name 学霸银行网 only; 'you can contact 学霸银行网 directly' (58) gives no channel",
            "cn-pipl/purposes": "IP-based data to optimise display and count traffic (38), provided data used only for the service it was given for (44), minors' data only to answer their request (80) or for their safety (89), cookies for personalised service (94)",
            "cn-pipl/methods": "through the IP address (38), registration forms or other interfaces (42), strict management and protective technology (49), minors' data deleted after the reply or after a reasonable time (80, 82), cookies stored on the computer (93, 94)",
            "cn-pipl/categories": "browser and OS (38), name, age, address, occupation, interests, e-mail, QQ, MSN (42-43)",
            "cn-pipl/retention": "only minors' data: deleted after the reply (80) or after a reasonable time without consent (82); nothing for the rest: doubtful",
            "cn-pipl/rights": "query, access, correct, delete, stop processing (53-57), 'contact 学霸银行网 directly' (58)",
            "cn-pipl/sensitive-necessity": "data of children under 13 (Art. 28) collected with a guardian's consent (78, 84); its use limited to answering them (80) and their safety (89), no effect on them: doubtful",
            "cn-pipl/minors": "verifiable consent of a parent or guardian for under-13s (78), nothing used or disclosed without it (81-82), the guardian's review, refusal, change and deletion (84-88)",
            "cn-pipl/abroad-recipient": "11 适用法律: a US node under US law and a China node (106-108); whether personal data goes abroad is not said: doubtful (all five abroad items)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "page display and traffic statistics (38), personalised services and the forum (42), cookies for word-lookup history (94)",
            "cn-gbt35273/sensitive-marked": "children's data under 14 is sensitive (Annex B) and not marked (as in earlier sets)",
            "cn-gbt35273/methods": "through the IP address (38), registration forms (42), cookies (93, 94)",
            "cn-gbt35273/retention": "as cn-pipl/retention: doubtful",
            "cn-gbt35273/cross-border": "US and China nodes under their laws (106-107), no storage place stated as such: doubtful",
            "cn-gbt35273/sharing": "only minors' data is said not to go to third parties without consent (81); disclosure to government (70); nothing general: doubtful",
            "cn-gbt35273/transfer": "nothing",
            "cn-gbt35273/public-disclosure": "disclosure to government on legal procedure (70), forum posts made public by the person (74): doubtful (as junqi-zh)",
            "cn-gbt35273/access": "query and access at any time (54), contact the site (58)",
            "cn-gbt35273/correct": "supplement or correct (55)",
            "cn-gbt35273/delete": "request deletion (56)",
            "cn-gbt35273/close-account": "registration exists (42), nothing on closing an account",
            "cn-gbt35273/withdraw-consent": "'请求停止电脑处理及利用' (57), a Taiwan-law right to stop processing, not a withdrawal of consent as such: doubtful",
            "cn-gbt35273/copy": "nothing",
            "cn-gbt35273/effect-of-not-providing": "nothing (89 says no extra data is asked of minors as a condition)",
            "cn-gbt35273/security": "strict management and technology against loss, theft, tampering (49): generic, accepted as paizhao-zh",
            "cn-gbt35273/complaint": "no channel at all (58 'contact us directly')",
        },
    },
    {
        "name": "westcultural-tw",
        "split": "dev",
        "file": "westcultural-tw/priviate.aspx",
        "source": {
            "repo": "ryan11280/2022webpageFinal",
            "path": "priviate.aspx",
            "commit": "9eb4f58ee8c414711469e4e661f68503439cba3b",
            "stored": GIT,
            "licence": "the repository's LICENSE.txt is the HTML Codex template licence (CC BY 4.0) for the template; the text adapts a hotel group's California notice: test fixture only",
        },
        "v": {
            "tw-pdpa": {
                "agency": [79],
                "purposes": [57],
                "categories": [49, 52, 53, 54, 57, 61, 64, 65, 66],
                "period": M,
                "area": M,
                "recipients": [57],
                "methods": [57],
                "rights": [29, 32, 33, 34, 35, 36, 39, 42, 43, 44, 47, 73],
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "「西方文化」「我們」 defined as 文華東方酒店集團有限公司 and its subsidiaries, named as 資料管控者 with e-mail and a Taipei postal address (79)",
            "tw-pdpa/purposes": "cookie data shared with advertising and social partners for advertising, market research and analysis (57); nothing else says why data is collected (47 is identity verification before a request)",
            "tw-pdpa/categories": "identifiers, commercial data, network activity (49-54), browsing activity through cookies (57), employees' identifiers, employment and education (61-66)",
            "tw-pdpa/period": "nothing",
            "tw-pdpa/area": "nothing (79 lists the group's entities by country as controllers, not where data is used)",
            "tw-pdpa/recipients": "designated third-party advertising or social networking sites (57)",
            "tw-pdpa/methods": "collected automatically by cookies and shared with those partners (57): a means of use (liberal earlier conventions: stored in the browser, sent to an API)",
            "tw-pdpa/rights": "access, disclosure, deletion, opt-out (29-36), by phone, a request form by e-mail or at a front desk (39-44), identity checked (47), direct-marketing disclosures by e-mail (73)",
            "tw-pdpa/effect-of-not-providing": "nothing",
            "tw-pdpa/source": "nothing says data comes from others (73 is what third parties disclose for their marketing)",
        },
    },
    {
        "name": "dlgame-tw",
        "split": "dev",
        "file": "dlgame-tw/privacy.md",
        "source": {
            "repo": "DL-Community/Docs",
            "path": "zh-TW/legal/privacy.md",
            "commit": "84e3ad1dece54b89e6d156710a14576aa0f9ea38",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [12, 13, 14, 15, 16, 21, 23, 24, 25, 26],
                "categories": [10, 12, 13, 14, 15, 16],
                "period": M,
                "area": M,
                "recipients": [30, 34, 36, 37, 39],
                "methods": [15, 16, 25],
                "rights": [43],
                "effect-of-not-providing": M,
                "source": Q,
            }
        },
        "notes": {
            "tw-pdpa/agency": "'我們' and 'the game' only; no studio, company or contact named anywhere ('請聯絡我們' 43, 56)",
            "tw-pdpa/purposes": "each data kind with its use (12-16) and the purposes list (23-26)",
            "tw-pdpa/categories": "device model, OS, CPU, memory, battery, logs, Game Center name and ID, GAS username and UID (12-16)",
            "tw-pdpa/period": "nothing",
            "tw-pdpa/area": "52 names the PRC courts' jurisdiction, not an area of use",
            "tw-pdpa/recipients": "staff, agents and service providers bound to confidentiality (30), not given to third parties except with consent or by law (34-39)",
            "tw-pdpa/methods": "shown in the game's leaderboards and achievements (15, 16, 25): a means of use (liberal earlier conventions)",
            "tw-pdpa/rights": "access, correct, delete, restrict, withdraw, port, by contacting '我們' (43)",
            "tw-pdpa/effect-of-not-providing": "nothing (6 says consent is the premise of collection; 4 asks to read and agree before playing)",
            "tw-pdpa/source": "Game Center name and ID (15) and the GAS account's name and UID (16) read from other services with the player's sign-in: whether that is collection from others: doubtful",
        },
    },
    {
        "name": "dlgame-en",
        "split": "dev",
        "file": "dlgame-en/privacy.md",
        "source": {
            "repo": "DL-Community/Docs",
            "path": "en/legal/privacy.md",
            "commit": "dc3f8099a02cfff32e998d12bc94d02e7d9c5b04",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": [19, 24, 26, 27, 28, 29, 30],
                "legal-basis": [6],
                "legitimate-interests": NA,
                "recipients": [33, 35, 36, 37],
                "transfers": NA,
                "retention": M,
                "rights": [42],
                "withdraw-consent": [42],
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": Q,
            }
        },
        "notes": {
            "eu-gdpr/controller": "'our game', 'contact us' (42, 50): nobody named, no contact",
            "eu-gdpr/dpo": "nothing",
            "eu-gdpr/purposes": "performance, diagnosis, compatibility (19, 26), legal compliance (27), support (28), fraud prevention (29), communications (30)",
            "eu-gdpr/legal-basis": "'By playing our game, you consent to the collection and use of your personal information' (6): consent named as the ground, however weak",
            "eu-gdpr/legitimate-interests": "not relied on",
            "eu-gdpr/recipients": "affiliates, service providers and partners (35), authorities (36), acquirers (37)",
            "eu-gdpr/transfers": "nothing says data leaves the EEA (no place named at all)",
            "eu-gdpr/retention": "nothing",
            "eu-gdpr/rights": "access, correct, delete, restrict, withdraw consent, transfer, by contacting us (42)",
            "eu-gdpr/withdraw-consent": "'withdraw consent' among the rights (42)",
            "eu-gdpr/complaint": "no supervisory authority",
            "eu-gdpr/requirement": "nothing on whether providing data is required (21 says some data exists only when the player exports and shares it: not a statement about a requirement, as beoliving-en in profiles40c)",
            "eu-gdpr/automated-decisions": "nothing",
            "eu-gdpr/source": "Game Center information and the GAS account's name and UID (17) read from other services: whether Art. 14 applies: doubtful",
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
            "file": f"eval/profiles40c/docs/{doc['file']}",
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
