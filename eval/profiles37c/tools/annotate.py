#!/usr/bin/env python3
"""Hand annotations of eval/profiles37c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles37c/tools/annotate.py
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
        "name": "fileflash-zh",
        "split": "dev",
        "file": "fileflash-zh/privacy-policy-zh.md",
        "source": {
            "repo": "yingxiaoshuai/FileFlash-Bridge",
            "path": "docs/privacy-policy-zh.md",
            "commit": "45f93e9406c5a97acb2f7a91c4e2ba46c5934816",
            "stored": GIT,
            "licence": "Apache-2.0 (the repository's LICENSE)",
        },
        "v": {
            "cn-pipl": {
                "processor": [10, 18],
                "purposes": [29, 32, 74, 76, 77, 78, 79, 81, 82],
                "methods": [31, 32, 48, 54, 66],
                "categories": [26, 28, 29, 31, 32],
                "retention": [50, 60],
                "rights": [111, 113],
                "sensitive-necessity": NA,
                "minors": Q,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": [10, 18],
                "functions": [28, 29, 31, 32, 74, 76, 77, 78, 79, 81, 82],
                "sensitive-marked": NA,
                "methods": [31, 32],
                "retention": [50, 60],
                "cross-border": [54, 56],
                "sharing": [88, 92, 98],
                "transfer": [88, 96, 98],
                "public-disclosure": [94, 98],
                "access": [111, 113],
                "correct": [111, 113],
                "delete": [111, 113],
                "close-account": M,
                "withdraw-consent": Q,
                "copy": M,
                "effect-of-not-providing": [40],
                "security": [48, 66],
                "complaint": [18, 113],
            },
        },
        "notes": {
            "cn-pipl/processor": "'是由 **蒋帅**（以下简称「我们」）向您提供' (10): a named person defined as 我们, with a phone number for questions (18)",
            "cn-pipl/purposes": "the use list under 我们如何使用信息 (74, 76-79, 81-82; 80 is a hypothetical future advertising use), and the function each collected item serves (29 为实现局域网内文件与文本传输…, 32 主要用于在您的设备上完成您请求的功能)",
            "cn-pipl/methods": "data the user provides or produces by operating (31-32), stored locally, in a database and/or server logs (48), stored in China (54), SSL/TLS encryption (66); the generic 'collect, store and use' of 24 is a mention",
            "cn-pipl/categories": "the list under 我们可能收集的信息类型包括但不限于 (26): network state and LAN information (28-29), projects, sessions, text, files and paths, operation logs (31-32); 34-38 name no concrete kind",
            "cn-pipl/retention": "the shortest time needed for the purpose or the period the law sets (50); deletion or anonymisation within a reasonable time when the service stops (60)",
            "cn-pipl/rights": "query, delete, correct or withdraw through in-product settings (111) and, failing that, by the contact in the 导言 (113)",
            "cn-pipl/sensitive-necessity": "no sensitive personal information is named as processed (94 mentions sensitive data only in the disclosure template)",
            "cn-pipl/minors": "minors are spoken of (127, 129) and not excluded; 129 only advises minors to seek their parents' or guardians' consent and guidance before submitting data: a recommendation, not the processor's rule of obtaining parental consent: doubtful",
            "cn-pipl/abroad-recipient": "stored in China (54) and no cross-border transfer at present (56); a future transfer is hypothetical",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "each category with the function it serves (28-29, 31-32) and the use list (74-82, not the hypothetical 80)",
            "cn-gbt35273/methods": "'您主动提供或操作产生的信息' with what the user creates, selects, imports or exports (31-32); 37-38 are a hypothetical SDK",
            "cn-gbt35273/cross-border": "'存储于中国境内' (54) and no cross-border transfer (56)",
            "cn-gbt35273/sharing": "no active sharing with third parties at present (88), nothing identifying shared with partners (92), the sharing exceptions (98); 90 is a hypothetical future advertising partner",
            "cn-gbt35273/transfer": "no active transfer (88), a merger or acquisition with the new controller bound (96), exceptions (98)",
            "cn-gbt35273/public-disclosure": "no public disclosure, and the conditions if it must happen (94); exceptions (98)",
            "cn-gbt35273/access": "查询 through in-product settings (111) or the contact (113)",
            "cn-gbt35273/correct": "更正 (111, 113)",
            "cn-gbt35273/delete": "删除 (111, 113)",
            "cn-gbt35273/close-account": "registration is named only in the effect sentence (40); nothing on closing an account",
            "cn-gbt35273/withdraw-consent": "'以便您查询、删除、更正或撤回您的相关个人信息' (111): 撤回 applied to the information, not to consent or an authorisation: doubtful",
            "cn-gbt35273/copy": "nothing on a copy or export",
            "cn-gbt35273/effect-of-not-providing": "'若您拒绝提供相关信息，可能导致您无法注册成为用户、无法使用部分功能…' (40)",
            "cn-gbt35273/security": "secure storage (48), encryption such as SSL/TLS (66)",
            "cn-gbt35273/complaint": "'我们设置了投诉举报渠道' with the contact in the 导言 (113), the phone number (18)",
        },
    },
    {
        "name": "omo-zh",
        "split": "dev",
        "file": "omo-zh/privacy-policy-zh.md",
        "source": {
            "repo": "qingshungLI/Omo",
            "path": "docs/privacy-policy-zh.md",
            "commit": "bff9da9f752be11adb4b23022feb91b0f049e487",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [9, 14, 15, 16, 17, 23, *r(25, 31), 37, 45, 65, 71],
                "methods": [5, 9, 11, 37, 45, 57, 59, 61, 79],
                "categories": [9, *r(11, 17)],
                "retention": Q,
                "rights": [59],
                "sensitive-necessity": NA,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [9, *r(11, 17), 23, *r(25, 31), 37, 45, 71],
                "sensitive-marked": NA,
                "methods": [9, 11, 15, 16],
                "retention": Q,
                "cross-border": M,
                "sharing": [33, 37, 39, 41, 75],
                "transfer": M,
                "public-disclosure": [33],
                "access": M,
                "correct": M,
                "delete": [59],
                "close-account": NA,
                "withdraw-consent": [71],
                "copy": M,
                "effect-of-not-providing": Q,
                "security": [79],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "only the app name Omo and a Gmail address (85); no person or company named: missing (as earlier sets)",
            "cn-pipl/purposes": "为了提供生成和学习功能 (9), each item's 用于 (14-17), the list under 我们使用这些信息来 (23, 25-31), AI processing 为了理解截图并生成记忆卡 (37), the device ID to link data (45), quota records (65), notifications (71)",
            "cn-pipl/methods": "anonymous device identity (5, 45), collected and saved (9), submitted by the user (11), sent to a third-party AI model service (37), saved in the cloud (57), deletion (59), backup rotation (61), HTTPS (79)",
            "cn-pipl/categories": "the list under Omo 会收集和保存以下信息 (9, 11-17)",
            "cn-pipl/retention": "saved in the cloud (57), the user may delete (59), backups overwritten in later rotation (61): no period or criterion for the kept data, only the user's deletion and the backup rotation after it: doubtful",
            "cn-pipl/rights": "'删除我的数据' in the 我的 page (59)",
            "cn-pipl/sensitive-necessity": "19 excludes real names, phone numbers, location, finance; nothing sensitive named",
            "cn-pipl/minors": "no word on children",
            "cn-pipl/abroad-recipient": "a third-party AI model service (37) with no place; nothing says abroad (as translateus-zh, augura-zh)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "as cn-pipl/purposes (the data list with its functions, the use list, AI generation, notifications)",
            "cn-gbt35273/methods": "collected and saved (9), submitted by the user (11), saved if the user allows notifications (15), server-side diagnostics (16)",
            "cn-gbt35273/retention": "as cn-pipl/retention",
            "cn-gbt35273/cross-border": "saved 'in the cloud' (57) and sent to a third-party AI service (37), no place or territory anywhere",
            "cn-gbt35273/sharing": "not sold to third parties (33), submitted content sent to a third-party AI model service with consent first (37, 39, 41), no advertising SDK (75)",
            "cn-gbt35273/transfer": "no word on 转让",
            "cn-gbt35273/public-disclosure": "'也不会把用户提交内容公开展示给其他用户' (33)",
            "cn-gbt35273/access": "nothing on viewing one's personal information (71 is viewing cards in the app)",
            "cn-gbt35273/correct": "nothing",
            "cn-gbt35273/delete": "'删除我的数据' (59); account deletion (53) is hypothetical",
            "cn-gbt35273/close-account": "no account exists; a future deletion entry is hypothetical (53)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (45 「不要求注册或登录账号」 (5 「当前版本不强制注册账号」; 53 a future account is hypothetical)), so n/a (was missing)",
            "cn-gbt35273/withdraw-consent": "notifications can be turned off in iOS settings at any time (71): a permission withdrawn (as earlier sets)",
            "cn-gbt35273/copy": "nothing on a copy or export",
            "cn-gbt35273/effect-of-not-providing": "'关闭通知不会影响 App 内查看记忆卡和通知列表' (71) says what turning notifications off does not cost; 39 lets the user not generate: whether that states the effect of not providing is doubtful",
            "cn-gbt35273/security": "HTTPS, keys kept server-side, quota limits, audit events, avoiding full content in logs (79)",
            "cn-gbt35273/complaint": "an e-mail for questions about the policy or deletion (83, 85), no complaint named: doubtful (as earlier sets)",
        },
    },
    {
        "name": "tutorialrec-zh",
        "split": "dev",
        "file": "tutorialrec-zh/privacy-policy-zh.md",
        "source": {
            "repo": "vincent623/tutorial-recorder",
            "path": "docs/privacy-policy-zh.md",
            "commit": "23e43e77a75561851c046947287b5c72ac76d4ae",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [13, 26, *r(52, 58)],
                "methods": [13, *r(19, 22), 26, 28, 30, 34, 36, 39, 53, 54, 57],
                "categories": [*r(19, 22), 26, 28, 29, 30],
                "retention": [36, 71],
                "rights": [38, 69, 70, 72],
                "sensitive-necessity": Q,
                "minors": NA,
                **{k: NA for k in ABROAD},
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [13, 26, 28, 29, 30, *r(52, 58)],
                "sensitive-marked": Q,
                "methods": [21, 26, 53, 56, 57],
                "retention": [36, 71],
                "cross-border": M,
                "sharing": [13, 21, 26, 63, 64],
                "transfer": M,
                "public-disclosure": M,
                "access": M,
                "correct": M,
                "delete": [69, 70, 72],
                "close-account": NA,
                "withdraw-consent": [38],
                "copy": Q,
                "effect-of-not-providing": [38, 40],
                "security": [34, 35, 36, 39],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "no name at all; 'the developer e-mail listed on the store page' (76) is not in the document",
            "cn-pipl/purposes": "screenshots and context sent for the AI functions (13, 26), the 用途 column of the permissions table (52-58)",
            "cn-pipl/methods": "kept on the computer, sent to the chosen AI provider only after authorisation (13), the storage table (19-22), what is sent and how it is reduced (26, 28, 30), masking (34), memory only (36), HTTPS (39), script injection and local storage (53, 54, 57)",
            "cn-pipl/categories": "the data types of the storage table (19-22) and what is sent to the AI endpoint (26, 28-30)",
            "cn-pipl/retention": "decision screenshots live only in memory for the request (36); history capped at 100, older tutorials' assets deleted from the machine (71); deleting or uninstalling (69, 70, 72) are controls, not a period (as markdang-zh, sideask-zh)",
            "cn-pipl/rights": "turn the AI authorisation off at any time (38), delete a tutorial or clear everything in the workbench and settings (69-70), remove the extension (72)",
            "cn-pipl/sensitive-necessity": "interaction summaries mask phone, ID-card and bank-card numbers before they reach the AI request (34) and screenshots may show names or customer data (37): whether the extension processes sensitive personal information is doubtful",
            "cn-pipl/minors": "no word on children",
            "cn-pipl/abroad-recipient": "the user's own AI endpoint (火山方舟, 智谱, DeepSeek, OpenAI…); nothing says abroad (as augura-zh)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "the AI functions with what they send (13, 26, 28-30), each permission with its use and trigger (52-58)",
            "cn-gbt35273/sensitive-marked": "as cn-pipl/sensitive-necessity",
            "cn-gbt35273/methods": "the key configured by the user (21), sent after the user's authorisation (26), script injection recording interaction summaries (53), CDP screenshots (56), tab and microphone capture (57)",
            "cn-gbt35273/retention": "as cn-pipl/retention",
            "cn-gbt35273/cross-border": "device storage while screenshots and the key go to the AI provider with no place: missing (the session-36 device-storage decision, eval/profiles36/README.md)",
            "cn-gbt35273/sharing": "the user's AI endpoints named with what is sent (13, 21, 26), nothing to analytics services (63), not received or sold; the AI provider handles what is sent under its terms (64)",
            "cn-gbt35273/transfer": "nothing",
            "cn-gbt35273/public-disclosure": "nothing",
            "cn-gbt35273/access": "'在完整设置页可查看本地用量' (70) shows storage usage, not the information",
            "cn-gbt35273/delete": "delete a tutorial and its assets (69), clear everything (70), remove the extension (72)",
            "cn-gbt35273/close-account": "no account (65)" + " — re-judged in session 39 (u39v) by the profiles38 decision: the policy says plainly that no account exists (65 「不要求账号注册」), so n/a (was missing)",
            "cn-gbt35273/withdraw-consent": "'您可以随时关闭 AI 截图发送授权' (38)",
            "cn-gbt35273/copy": "exporting a tutorial ZIP to the download folder (22, 55) is the product's function; whether it is the copy right over personal information is doubtful",
            "cn-gbt35273/effect-of-not-providing": "'关闭后录制和本地导出仍可使用' (38), '不配置 AI 时，扩展可完整使用录制与导出功能' (40): what the user keeps without providing data to the AI",
            "cn-gbt35273/security": "masking (34), data left out of summaries (35), memory only (36), HTTPS required (39)",
            "cn-gbt35273/complaint": "only a pointer to an e-mail on the store page (76), for questions; no channel in the document",
        },
    },
    {
        "name": "challengeletter-tw",
        "split": "dev",
        "file": "challengeletter-tw/PRIVACY_POLICY_ZH_TW.md",
        "source": {
            "repo": "SeanRuan/challengeletter-privacy",
            "path": "PRIVACY_POLICY_ZH_TW.md",
            "commit": "5b578d53b23062e1d6d54e9f76e71c03272b6ff7",
            "stored": GIT,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [9, 112],
                "purposes": [15, 21, 32, 34, 35, 37, 38, 40, 41, 47, 49],
                "categories": [15, 17, 18, 20, 21, 23, 24],
                "period": [61, 63, 64],
                "area": M,
                "recipients": [47, 49, 51, 53, 54, 55],
                "methods": M,
                "rights": [82, 84, 85, 86, 87, 89],
                "effect-of-not-providing": M,
                "source": [18, 49],
            }
        },
        "notes": {
            "tw-pdpa/agency": "'營運者名稱：`<Truetech Entertainment Corp./Sean Ruan>`' (9, 112): a real company and person inside leftover angle brackets (the first commit had slots there; this one fills them), with the e-mail (8, 111)",
            "tw-pdpa/purposes": "為提供登入與遊戲功能 (15), 用於穩定性改善 (21), the list under 蒐集資料主要用於 (32-41), LINE Login 用於第三方登入 (47, 49)",
            "tw-pdpa/categories": "the list under 本服務可能蒐集或處理以下資料 (15, 17-24)",
            "tw-pdpa/period": "the period needed for the purposes (61), legal periods (63), deletion or de-identification after it (64)",
            "tw-pdpa/area": "no place or region",
            "tw-pdpa/recipients": "login service providers, LINE Login (47, 49), use or transfer only as needed, not sold (51), disclosure to courts/authorities (53-55)",
            "tw-pdpa/methods": "no means of use (自動化/書面/電子); HTTPS (72) is security, 51 is scope",
            "tw-pdpa/rights": "the Art. 3 rights (82, 84-87) and the way: the contact above (89)",
            "tw-pdpa/effect-of-not-providing": "nothing",
            "tw-pdpa/source": "'登入識別資訊（含第三方登入回傳之必要識別欄位）' (18) with LINE Login named (49): data returned by a third-party login (as the Sign in with Apple / Google Play Games reading of earlier sets)",
        },
    },
    {
        "name": "firstgram-tw",
        "split": "dev",
        "file": "firstgram-tw/PRIVACY_POLICY_ZH_TW.md",
        "source": {
            "repo": "SophieYu04/firstgram-public-docs",
            "path": "PRIVACY_POLICY_ZH_TW.md",
            "commit": "13be7d3259bd747beeda4cb76137d788056645bd",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [10, 113],
                "purposes": [38, 55, 59, *r(61, 67)],
                "categories": [*r(19, 22), 26, *r(28, 32), 42, 48, 49, 50, 51, 55],
                "period": [80, 82, 83, 84, 85, 86, 88],
                "area": M,
                "recipients": [34, 38, 42, 48, 49, 50, 55, 71, 72, 73, 74, 76],
                "methods": [19, 20, 38, 42, 73],
                "rights": [92, 94, 95, 96, 98, 99],
                "effect-of-not-providing": [38],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "'服務提供者：CHEN NING YU' with the e-mail (10-11, 113-114); address and phone 'provided when the law requires' (12-13)",
            "tw-pdpa/purposes": "content moderation (38), connection, security, debugging and fraud prevention (55), the list under 我們使用資料來 (59, 61-67)",
            "tw-pdpa/categories": "camera frames and photos (19-22), the account and community list (26, 28-32), photo GPS location (42), payment and purchase data (48-51), IP, device and version data (55)",
            "tw-pdpa/period": "live frames not kept (80), local data until deleted or the app removed (82), deleted on logout (83), account data until deletion (84), reasonable necessary period (85), transaction records for legal duties (86), what account deletion removes (88)",
            "tw-pdpa/area": "Supabase, OpenAI, RevenueCat and Apple with no place or region; the device is a place, not an area",
            "tw-pdpa/recipients": "other users for public posts (34), OpenAI (38), Apple MapKit (42), Apple and RevenueCat (48-50), service providers (55), the third-party list (71-74), no ad SDK, not sold (76)",
            "tw-pdpa/methods": "pose analysis with Apple Vision on the device (19), on-device photo processing (20), automatic safety moderation by OpenAI (38), GPS read and attached automatically (42, 73): automated means of use",
            "tw-pdpa/rights": "iOS permission settings, remove the location, make private or delete posts, delete the account in the app, e-mail privacy requests (92, 94-96, 98-99)",
            "tw-pdpa/effect-of-not-providing": "'不使用雲端投稿功能時，相機仍可在裝置上運作' (38): what the user keeps without providing data to the cloud",
            "tw-pdpa/source": "Sign in with Apple / e-mail login data (28) is not said to come from Apple; nothing else obtained from others (as earlier sets' sign-in reading)",
        },
    },
    {
        "name": "restormel-en",
        "split": "dev",
        "file": "restormel-en/privacy-policy.md",
        "source": {
            "repo": "Allotment-Technology-Ltd/restormel-keys",
            "path": "legal/privacy-policy.md",
            "commit": "b9a16d398553f58f2f851d8d379a61eeaa0ebe6b",
            "stored": INDEX,
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [21, 25],
                "dpo": M,
                "purposes": [29, 47, 55, 59, 63, 67, 68, 69, 70],
                "legal-basis": [67, 68, 69, 70],
                "legitimate-interests": [68],
                "recipients": [29, 51, 55, 59, 63, 74, 78],
                "transfers": [78],
                "retention": [82, 83, 84, 85, 86],
                "rights": [90],
                "withdraw-consent": Q,
                "complaint": M,
                "requirement": [55, 70],
                "automated-decisions": M,
                "source": NA,
            }
        },
        "notes": {
            "eu-gdpr/controller": "Allotment Technology Ltd, registered office, 'We act as the controller' (21), contact e-mail (25)",
            "eu-gdpr/dpo": "no data protection officer; the ICO registration (23) is no DPO",
            "eu-gdpr/purposes": "sub-processors for analytics, billing, error tracking, e-mail (29), logs to run the service and investigate abuse, audit events for security (47), analytics (55), error tracking (59), correspondence (63), each legal basis with its purpose (67-70)",
            "eu-gdpr/legal-basis": "Art 6(1)(b), (f), (c), (a) (67-70)",
            "eu-gdpr/legitimate-interests": "'Legitimate interests (Art 6(1)(f)) — service security and protection of users, product improvement and reliability, and customer support' (68)",
            "eu-gdpr/recipients": "Hetzner and sub-processors (29), Paddle (51), PostHog (55), Sentry (59), Google Workspace (63), the sub-processor paragraph (74), US sub-processors (78)",
            "eu-gdpr/transfers": "Sentry and Google Workspace in the US, SCCs / UK IDTA (78)",
            "eu-gdpr/retention": "the retention list (82-86); 84 'a limited period' has no period but sits in the list",
            "eu-gdpr/rights": "access, correction, deletion, portability, restriction, objection, by e-mail (90)",
            "eu-gdpr/withdraw-consent": "consent for analytics is given in the cookie banner and can be accepted or rejected (55, 70); nothing says it can be withdrawn later: whether the banner choice is the withdrawal control is doubtful",
            "eu-gdpr/complaint": "no complaint to a supervisory authority; the ICO is named only for the registration (23)",
            "eu-gdpr/requirement": "non-essential analytics only with consent, off until the person opts in (55), cookies the person can accept or reject (70): providing analytics data is optional; nothing on account data",
            "eu-gdpr/automated-decisions": "no word on automated decisions or profiling",
            "eu-gdpr/source": "the GitHub avatar URL at GitHub sign-in (35) and Paddle's opaque IDs (51) are not presented as data obtained from others (as earlier sets' sign-in reading)",
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
            "file": f"eval/profiles37c/docs/{doc['file']}",
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
