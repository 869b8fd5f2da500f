#!/usr/bin/env python3
"""Hand annotations of eval/profiles39c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles39c/tools/annotate.py
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
        "name": "yizhu-zh",
        "split": "dev",
        "file": "yizhu-zh/隐私协议.md",
        "source": {
            "repo": "1307super/yizhu_charge_mini",
            "path": "隐私协议.md",
            "commit": "a132c0d6512efa6524d2f999765d43f9ef5db306",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [10, 11, 14, 16, 20, 23, 25, 26, 28, 32, 33, 38, 39, 71, 72, 73, 74, 77, 78, 95, 96, 97, 98],
                "methods": [6, 7, 11, 18, 26, 28, 32, 71, 72, 73, 74, 77, 78, 102, 106],
                "categories": [10, 11, 13, 14, 17, 18, 20, 23, 24, 25, 26, 28, 30, 32],
                "retention": [103],
                "rights": [112, 114, 115, 123, 126, 129],
                "sensitive-necessity": [7, 19],
                "minors": [146, 147, 149],
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [10, 11, 13, 14, 16, 17, 18, 20, 23, 24, 25, 26, 28, 30, 32, 38, 39],
                "sensitive-marked": [7, 19, 26],
                "methods": [6, 10, 11, 13, 18, 25, 28, 32, 38, 39],
                "retention": [103],
                "cross-border": [102],
                "sharing": [28, *r(66, 78)],
                "transfer": [80, 81],
                "public-disclosure": [83, 84, 85],
                "access": [112, 114],
                "correct": [114],
                "delete": r(115, 121),
                "close-account": M,
                "withdraw-consent": [19, 37, 122, 123, 124],
                "copy": M,
                "effect-of-not-providing": [7, 14, 19, 37, 38, 39, 124],
                "security": [7, 105, 106, 107, 109],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "'为您提供“吉运超充”小程序服务的运营主体（下称“我们”）' (4): no company, person or address; the only channels are 【在线客服】 (126) and a contact clause '第八条第 4 款' that the policy does not contain (126, 147)",
            "cn-pipl/purposes": "account binding and quick login (10, 11), gate passage and parking relief (14, 23), nearby stations (16, 20), charging control (25), order display (26), payment (28), security (32, 33), the permissions' functions (38, 39), each sharing scene's purpose (71-74, 77, 78), the uses the person is taken to accept: notices, audits and analysis, compliance (95-98)",
            "cn-pipl/methods": "provided actively or collected automatically (6), encrypted storage and transmission (7), obtained from a third-party sign-in (11), GPS/WLAN/Bluetooth/base stations (18), de-identified on display (26), shared with the payment institution (28), directly or through SDKs (32), provided to partners in each sharing scene (71-74, 77, 78), stored in China (102), encryption and anonymisation (106)",
            "cn-pipl/categories": "phone, password, third-party IDs, avatar, nickname, gender, birthday, plate number, logs, location, VIN, battery level, orders, payment records, service records, device and network data (10-32)",
            "cn-pipl/retention": "only for the period laws require or the purpose (order lookup, complaints) and security need, then deleted or anonymised (103): a criterion",
            "cn-pipl/rights": "view and change in 【个人中心】 (112, 114), deletion cases (115), permissions off in the system settings (123), 【在线客服】 (126), explanation of automated decisions through customer service (129)",
            "cn-pipl/sensitive-necessity": "the marked sensitive data is 'necessary for the service you choose', refusing loses that function but not the others, and it is defined by the harm its leak causes (7); precise location with the effect of refusing it (19)",
            "cn-pipl/minors": "minors (especially under 14) need the parents' or guardian's consent (146), the guardian's contact (147), 149",
            "cn-pipl/abroad-recipient": "stored in China, no transfer planned ('若未来需跨境传输' is hypothetical, 102)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "each function with its data: registration (10, 11), profile (13, 14), location services (16-18, 20), charging and orders (23-26), payment (28), customer service (30), security (32), camera and storage permissions (38, 39)",
            "cn-gbt35273/sensitive-marked": "'加粗部分标注的为敏感个人信息' (7; the bold is lost in this text), precise location (19) and order data (26) called sensitive",
            "cn-gbt35273/methods": "as cn-pipl without storage: actively provided or automatic (6), registration (10), from third parties (11), typed in (13), GPS etc. (18), collected while charging (25), payment records (28), directly or through SDKs (32), permissions (38, 39)",
            "cn-gbt35273/cross-border": "stored in China (102)",
            "cn-gbt35273/sharing": "payment institutions (28), the sharing principles and scenes (66-78)",
            "cn-gbt35273/transfer": "no transfer without consent; merger or acquisition with the successor bound (80, 81)",
            "cn-gbt35273/public-disclosure": "no public disclosure without consent or law, penalty notices, the exceptions (83-85)",
            "cn-gbt35273/access": "view in 【个人中心】 and 【订单】 (112, 114)",
            "cn-gbt35273/correct": "change avatar, nickname, vehicles, phone (114)",
            "cn-gbt35273/delete": "the deletion cases and the follow-up (115-121)",
            "cn-gbt35273/close-account": "accounts exist (10) but nothing on closing one; 119 ('您不再使用本服务') is a deletion case",
            "cn-gbt35273/withdraw-consent": "permissions turned off in the system settings (19, 37, 122-124)",
            "cn-gbt35273/copy": "nothing",
            "cn-gbt35273/effect-of-not-providing": "refusing marked data (7), no plate number (14), location off (19), permissions off (37-39, 124)",
            "cn-gbt35273/security": "encrypted storage and transmission (7), technical and management measures, incident response (105-107, 109)",
            "cn-gbt35273/complaint": "under 「投诉与举报」 the person may give feedback through 【在线客服】, while complaints are sent to '本政策第八条第 4 款', a clause that does not exist (126): a channel offered for feedback with a broken complaint reference: doubtful",
        },
    },
    {
        "name": "junqi-zh",
        "split": "dev",
        "file": "junqi-zh/隐私政策.txt",
        "source": {
            "repo": "zhengxiaoho/mygeme",
            "path": "隐私政策.txt",
            "commit": "6a5546435dbfa8be66a04d5d1906b60d4122b554",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [6, 7],
                "purposes": [19, 31],
                "methods": [17, 19, 31],
                "categories": [14, 31],
                "retention": [16],
                "rights": M,
                "sensitive-necessity": NA,
                "minors": M,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [6, 7],
                "functions": M,
                "sensitive-marked": NA,
                "methods": [14, 31],
                "retention": [16],
                "cross-border": M,
                "sharing": [19, 20, 21],
                "transfer": M,
                "public-disclosure": Q,
                "access": M,
                "correct": M,
                "delete": M,
                "close-account": M,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": [32],
                "security": [17],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "the game 国际军旗 'is developed and run by 游戏狗 (以下简称“我们”)' (6), with a QQ e-mail (7): a studio name defined as 我们 with a contact (the earlier sets' convention: a brand defined as 我们 names it)",
            "cn-pipl/purposes": "the cookies' uses: preferences, login state, service quality (31), and use for the daily business to serve customers better (19, vague but a purpose); 14 ('出于您使用我们提供的服务…而收集') says when, not why",
            "cn-pipl/methods": "key data encrypted (17), used only by the developer, not shared (19), cookies stored on the device (31)",
            "cn-pipl/categories": "phone numbers (14), cookie identifiers and preferences (31)",
            "cn-pipl/retention": "only for the time the purpose needs, longer for legal duties, then deleted or anonymised (16)",
            "cn-pipl/rights": "no right; 16 says data kept for legal duties cannot be deleted on request; browser cookie controls (32) are no right",
            "cn-pipl/sensitive-necessity": "a phone number only",
            "cn-pipl/minors": "'适用于年满8周岁以上用户' (3): children from 8 are users and nothing asks for a parent's consent",
            "cn-pipl/abroad-recipient": "nothing about abroad",
            "cn-gbt35273/functions": "no game feature is tied to the data it uses; the cookie sentence (31) names login state and preferences as a technique's uses, not a business function's data",
            "cn-gbt35273/methods": "collected while the person uses the service (14), cookies (31)",
            "cn-gbt35273/cross-border": "no storage place",
            "cn-gbt35273/sharing": "used only by the developer, shared with no third party (19), except on legal or government demand (20), the exceptions (21)",
            "cn-gbt35273/transfer": "转让 appears only in the exception list's lead-in (21)",
            "cn-gbt35273/public-disclosure": "disclosure on a lawful request with legal documents (20) and the exception list (21): disclosure to authorities, not a rule on 公开披露: doubtful",
            "cn-gbt35273/withdraw-consent": "cookies can be managed, deleted or blocked in the browser (32): the browser's feature, not a way the service offers to withdraw consent; earlier blind sets split on blocked cookies: doubtful",
            "cn-gbt35273/effect-of-not-providing": "blocked cookies may keep the person from using the service fully (32)",
            "cn-gbt35273/security": "industry-standard protection, encryption (17)",
            "cn-gbt35273/complaint": "customer service and e-mail for questions about the policy (7): a contact offered for questions is a `?` complaint channel (earlier sets' convention)",
        },
    },
    {
        "name": "bandpet-zh",
        "split": "dev",
        "file": "bandpet-zh/隐私协议.md",
        "source": {
            "repo": "lladlam/BandPet",
            "path": "隐私协议.md",
            "commit": "66f0a8eb3e1984e8970d6288078213eac744c5f3",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [28],
                "purposes": [4, 7, 8, 9, 10, 19],
                "methods": [4, 13, 19],
                "categories": [4, 7],
                "retention": M,
                "rights": M,
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [28],
                "functions": [4, 7, 8, 9, 10, 19],
                "sensitive-marked": NA,
                "methods": [4],
                "retention": M,
                "cross-border": M,
                "sharing": [16, 19],
                "transfer": [16],
                "public-disclosure": M,  # u47w2: 「在法律要求或您明确授权的情况下…披露」 is no public disclosure (GB/T 3.x 公开披露; docs/profiles.md) (was [16])
                "access": M,
                "correct": M,
                "delete": Q,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,  # u47w2: 「合理的技术和管理措施…防止…」 names no measure (docs/profiles.md, generic security promises) (was [13])
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "'请通过邮箱 lladlam@lladlam.com 与开发者 lladlam 联系' (28): the developer named (a handle) with an e-mail",
            "cn-pipl/purposes": "identify the device for sync and user distinction (4), the uses list (7-10), the server only for the app's functions (19)",
            "cn-pipl/methods": "the serial read through device.getSerial (4), kept on the server with protection (13), exchanged over network requests with the developer's server (19)",
            "cn-pipl/categories": "the device serial number (4, 7)",
            "cn-pipl/retention": "nothing",
            "cn-pipl/rights": "only a parent may ask to delete a child's data (22); no right for the user",
            "cn-pipl/sensitive-necessity": "a device serial only",
            "cn-pipl/minors": "'本软件无意收集任何 14 岁以下儿童的个人信息' with deletion when found (22): children excluded",
            "cn-pipl/abroad-recipient": "a server at an IP address (13), nothing about abroad",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "sync and user distinction (4, 8, 9), statistics (10), data sync and leaderboards on the server (19)",
            "cn-gbt35273/methods": "read through the system call device.getSerial (4)",
            "cn-gbt35273/cross-border": "a server IP address is no region (13)",
            "cn-gbt35273/sharing": "not sold, traded or otherwise handed to any third party (16), data only exchanged with the developer's server (19)",
            "cn-gbt35273/transfer": "'不会…以其他方式转让给任何第三方' (16)",
            "cn-gbt35273/public-disclosure": "disclosed only when the law requires or the person authorises (16)",
            "cn-gbt35273/delete": "a parent who finds a child's data can ask for its deletion (22): deletion for children's data only: doubtful",
            "cn-gbt35273/close-account": "an account is created on the server from the serial (8), nothing on closing it",
            "cn-gbt35273/security": "reasonable technical and management measures (13)",
            "cn-gbt35273/complaint": "an e-mail for questions or opinions (28): a `?` complaint channel (earlier sets' convention)",
        },
    },
    {
        "name": "upick-tw",
        "split": "dev",
        "file": "upick-tw/memPrivacyPolicy.php",
        "source": {
            "repo": "ufin1026/Upick",
            "path": "web/member/memPrivacyPolicy.php",
            "commit": "0e57fcc8834f836ca0765cccafcabe166d6235a6",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [72, 73, 89, 90, 92, 94, 95, 96],
                "categories": [77, 78, 79, 80, 81],
                "period": [85, 86],
                "area": [85, 87],
                "recipients": [61, 67, 89, 98],
                "methods": [85, 89, 90, 94, 95],
                "rights": [*r(104, 111), 128],
                "effect-of-not-providing": [115, 134],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "the shop's brand UPICK and '本公司' (140) with a customer-service page link (141) and no company name, address or e-mail: a brand and a customer-service channel, nobody named (earlier sets' convention)",
            "tw-pdpa/purposes": "the purposes with their codes (72, 73), the uses a-e (89-96)",
            "tw-pdpa/categories": "C001, C002, C011 with examples (77-81)",
            "tw-pdpa/period": "until the member asks to stop or UPICK stops the service (85, 86)",
            "tw-pdpa/area": "Taiwan (85, 87)",
            "tw-pdpa/recipients": "not given to third parties unrelated to the shop (61, 67), UPICK's own management, payment and logistics services (89), the individual service providers of a transaction (98)",
            "tw-pdpa/methods": "member and customer management lookup, shown automatically on pages (89, 90), by e-mail, post and phone (94, 95)",
            "tw-pdpa/rights": "the five Art. 3 rights and 'contact UPICK customer service to apply' (104-111), the same with the customer-service centre (128)",
            "tw-pdpa/effect-of-not-providing": "refusing the data membership needs loses part or all of the service (115), cookies off break login and the cart (134)",
            "tw-pdpa/source": "collected at registration and in transactions (73): nothing from other sources",
        },
    },
    {
        "name": "weekthree-tw",
        "split": "dev",
        "file": "weekthree-tw/W3HWPersonaldataprotection.aspx",
        "source": {
            "repo": "hfregg654/CSharpLessonWeekThreeHW",
            "path": "CSharpLessonWeekThreeHW/W3HWPersonaldataprotection.aspx",
            "commit": "57722dc6324da5c6d364a4e73a3dfb7bc3b9d436",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [24, 26, 28, 31, 35, 38, 41, 43],
                "purposes": M,
                "categories": M,
                "period": M,
                "area": M,
                "recipients": M,
                "methods": M,
                "rights": M,
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "a personal-data-protection and information-security declaration (copied from a university's, '本校' left at 32) in which 'WeekThreeHomeWork' is the body that collects and is bound (24, 26, 28...): the body's name, no contact (PDPA Art. 8 asks for the name only)",
            "tw-pdpa/purposes": "'於特定目的範圍內蒐集、處理或利用' (29) names no purpose",
            "tw-pdpa/categories": "nothing",
            "tw-pdpa/period": "nothing",
            "tw-pdpa/area": "nothing",
            "tw-pdpa/recipients": "supervising entrusted contractors (43-45) is a duty of the body, not a recipient of the person's data",
            "tw-pdpa/methods": "'以合理合法安全之方式' (28-29) is a promise, not a means of use",
            "tw-pdpa/rights": "the Art. 3 rights are listed (35-37) with a promise to answer, but no way to exercise them and no contact anywhere",
            "tw-pdpa/effect-of-not-providing": "nothing",
            "tw-pdpa/source": "nothing collected from others ('委託蒐集' by contractors, 43, is collection on the body's behalf)",
        },
    },
    {
        "name": "beoliving-en",
        "split": "dev",
        "file": "beoliving-en/TOS.md",
        "source": {
            "repo": "IK-AVI/doctest",
            "path": "bli-help-files/TOS.md",
            "commit": "46154e94479c4980898ee6a262dff80e14c44d12",
            "stored": GIT,
            "licence": "Apache-2.0 (the repository's LICENCE; the text is Bang & Olufsen's policy for its product)",
        },
        "v": {
            "eu-gdpr": {
                "controller": [7],
                "dpo": M,
                "purposes": [11, 13, 14, 17, 19, 21, 23, 25, 35, 37, 44],
                "legal-basis": [69],
                "legitimate-interests": M,
                "recipients": [31, 33, 35, 37, 39],
                "transfers": NA,
                "retention": [25, 27, 51],
                "rights": [49, 51],
                "withdraw-consent": M,
                "complaint": [74],
                "requirement": M,
                "automated-decisions": M,
                "source": [42, 44],
            }
        },
        "notes": {
            "eu-gdpr/controller": "Bang & Olufsen a/s with its postal address (7); the data-protection mailbox is at 49 and 73",
            "eu-gdpr/dpo": "a dataprotection@ mailbox, no data protection officer",
            "eu-gdpr/purposes": "the features (11), debugging logs (13), the per-item purposes (14, 17-25), remote access (35), the app (37), controlling products (44)",
            "eu-gdpr/legal-basis": "'you agree with our legitimate interest in processing your personal data' (69)",
            "eu-gdpr/legitimate-interests": "the basis is relied on (69) but no interest is described",
            "eu-gdpr/recipients": "third parties linked by the person (31, 33), Khimo cloud (35), the BeoLiving App (37), authorities (39)",
            "eu-gdpr/transfers": "stored on the home controller; Khimo's location is not given: nothing says data leaves the EEA",
            "eu-gdpr/retention": "until reboot (25), until reset, logs until a size (27), deleted after 5 years of non-use (51)",
            "eu-gdpr/rights": "access, review, update, delete by writing to dataprotection@bang-olufsen.dk (49), deletion on request recalled at 51",
            "eu-gdpr/withdraw-consent": "nothing (the policy relies on acceptance and legitimate interest; no withdrawal)",
            "eu-gdpr/complaint": "the Danish Data Protection Authority (74)",
            "eu-gdpr/requirement": "nothing on whether providing data is required",
            "eu-gdpr/automated-decisions": "nothing",
            "eu-gdpr/source": "data received from third-party home systems: devices, states, credentials and tokens (42, 44)",
        },
    },
    {
        "name": "mianjing-zh",
        "split": "dev",
        "file": "mianjing-zh/隐私政策.html",
        "source": {
            "repo": "liyao-china/ai-mianjing",
            "path": "隐私政策.html",
            "commit": "2eca3023d74533cf85f827446875c87d9b3f1ab1",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [8],
                "methods": [8, 9],
                "categories": [8, 9],
                "retention": M,
                "rights": Q,
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [8, 9],
                "sensitive-marked": NA,
                "methods": [8, 9],
                "retention": M,
                "cross-border": M,
                "sharing": [9],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": Q,
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "the product AI面镜 only (8); no company, person or contact anywhere (11 says the contact is still to be added)",
            "cn-pipl/purposes": "'用于生成面试题、完成评分与展示成长记录' (8)",
            "cn-pipl/methods": "submitted by the person (8), kept in the browser, sent to a third-party AI service, kept in a cloud service when logged in (9)",
            "cn-pipl/categories": "résumé, job description, answers, permission choices, score reports (8), history and recorded videos (9)",
            "cn-pipl/retention": "none; 11 is a drafting note saying the period is still to be added",
            "cn-pipl/rights": "'你可以清除浏览器站点数据来删除本地记录；云端记录删除能力仍在完善中' (10): the person clears their own browser to delete the local copy, cloud deletion does not exist yet; a browser control over data that only the browser holds: doubtful",
            "cn-pipl/sensitive-necessity": "10 asks the person not to submit ID or bank-card numbers; nothing sensitive is processed by design (recorded videos are not said to be used for recognition)",
            "cn-pipl/minors": "the page says nothing of children or minors",
            "cn-pipl/abroad-recipient": "a third-party AI service and a cloud service, no country named",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "interview questions, scoring and growth records from the submitted data (8), interviews and reports sent to the AI service (9)",
            "cn-gbt35273/methods": "submitted by the person (8), recorded videos (9)",
            "cn-gbt35273/cross-border": "the browser for logged-out users, a cloud service with no region for logged-in users (9): no storage place",
            "cn-gbt35273/sharing": "text sent to a third-party AI service (9)",
            "cn-gbt35273/delete": "as cn-pipl/rights: doubtful",
            "cn-gbt35273/close-account": "logged-in users exist (9), nothing on closing an account",
            "cn-gbt35273/complaint": "no contact at all",
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
            "file": f"eval/profiles39c/docs/{doc['file']}",
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
