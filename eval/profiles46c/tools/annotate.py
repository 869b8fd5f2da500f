#!/usr/bin/env python3
"""Hand annotations of eval/profiles46c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles46c/tools/annotate.py
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

DOCS: list[dict] = [
    {
        "name": "zhijian-zh",
        "split": "dev",
        "file": "zhijian-zh/Login.vue",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Vue 3 + Vant login page of 智能品质检查 / Quality Inspection Platform, 粤ICP备2026046557号; the 《服务协议》 and the 《隐私政策》 are `<template v-if>` / `<template v-else>` branches of one popup)",
            "commit": "index id 71570690967",
            "stored": INDEX_NO_REPO
            + "; 28,862 characters, LF, final newline; checked against total_chars, a find_string offset (9,949) and the read_file page boundary (16,000)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [278, 307, 308],
                "purposes": [282, 286],
                "methods": [282, 290, 294],
                "categories": [282],
                "retention": [294],
                "rights": [298],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [278, 307, 308],
                "functions": [282, 286],
                "sensitive-marked": NA,
                "methods": [282],
                "retention": [294],
                "cross-border": M,
                "sharing": [290],
                "transfer": M,
                "public-disclosure": M,
                "access": [298],
                "correct": [298],
                "delete": [298],
                "close-account": [298],
                "withdraw-consent": [298],
                "copy": M,
                "effect-of-not-providing": [298],
                "security": [294, 286],
                "complaint": M,
            },
        },
        "notes": {
            "_file": "one Vue SFC: a login/registration form, the service terms (248-273) and the privacy policy (275-304) as the two branches of one popup, the operator's contact block under both (306-309); a terms line is accepted where it discloses an item for the same product (as profiles45c jianzhang-zh), none needed here",
            "cn-pipl/processor": "「本系统个人信息处理者为李英群。」 (278), a person named as the processor; 「运营方 / 个人信息处理者：李英群」 (307) with 「对外联系电话：18578426218」 (308)",
            "cn-pipl/purposes": "「上述信息用于注册登录、项目权限管理、检查与整改闭环、评分分析与报告生成、运行安全审计、故障排查和用户支持。」 (286); 「为提供服务，我们可能处理…」 (282)",
            "cn-pipl/methods": "data the person submits in the course of the work (「您在业务过程中提交的检查任务…」, 282), entrusted processing by service providers (290), storage for the necessary period (294)",
            "cn-pipl/categories": "手机号、姓名、所属项目、登录凭证的加密校验信息、登录及安全日志、检查任务、问题描述、照片… (282)",
            "cn-pipl/retention": "「我们在实现业务目的和满足法定义务所必要的期限内保存信息」 (294): a criterion",
            "cn-pipl/rights": "「您可联系我们申请查询、更正、删除个人信息，撤回同意或申请注销账号。」 (298); the way is 联系我们, and the document gives a phone number (308)",
            "cn-pipl/sensitive-necessity": "no Art. 28 kind is named (phone, name, project, inspection photos of sites): n/a",
            "cn-pipl/minors": "「本系统面向物业品质管理工作人员，不面向未成年人提供服务。」 (302): the service is not meant for minors: n/a",
            "cn-pipl/abroad-recipient": "nothing about storage places or transfers abroad: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "debatable: no per-function list; 「为提供服务，我们可能处理您的手机号…」 (282) and 「上述信息用于注册登录、项目权限管理、检查与整改闭环…」 (286) tie the data, as a whole, to named functions; accepted (the registration form's fields are UI, not policy text)",
            "cn-gbt35273/sensitive-marked": "no sensitive data: n/a",
            "cn-gbt35273/methods": "「您在业务过程中提交的…」 (282): provided by the person; nothing else on collection",
            "cn-gbt35273/retention": "(294)",
            "cn-gbt35273/cross-border": "no storage place and nothing on transfers abroad: missing",
            "cn-gbt35273/sharing": "「可能向服务提供方委托处理与功能所需的最小范围信息」 (290): entrusted processing to service providers",
            "cn-gbt35273/transfer": "no 转让 anywhere: missing",
            "cn-gbt35273/public-disclosure": "no public disclosure anywhere (271 is the terms' 公示 of an update): missing",
            "cn-gbt35273/access": "查询 (298)",
            "cn-gbt35273/correct": "更正 (298)",
            "cn-gbt35273/delete": "删除 (298)",
            "cn-gbt35273/close-account": "「申请注销账号」 by contacting us (298)",
            "cn-gbt35273/withdraw-consent": "「撤回同意」 by contacting us, with its effect (298)",
            "cn-gbt35273/copy": "no copy, export or portability: missing",
            "cn-gbt35273/effect-of-not-providing": "「必要信息缺失可能导致部分服务无法继续提供」 (298)",
            "cn-gbt35273/security": "「采取访问控制、身份鉴权、日志审计等措施」 (294); 「密码不会以明文形式保存」 (286)",
            "cn-gbt35273/complaint": "no 投诉/举报/申诉; the terms' 「如有异议，可停止使用并联系运营方处理」 (271) is about an update of the terms: missing",
        },
    },
    {
        "name": "outeye-zh",
        "split": "dev",
        "file": "outeye-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of OutEye Edu, edu.outeye.top, an AI lesson-plan generator; `<LegalSection title>` components, two tables)",
            "commit": "index id 58587647781",
            "stored": INDEX_NO_REPO + "; 4,029 characters, LF, final newline; checked against total_chars and a find_string offset (3,864)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [15, 95, 103],
                "purposes": [46, 48, 49, 50, 51, 38],
                "methods": [29, 30, 33, 34, 37, 38, 74, 83, 88, 89],
                "categories": [29, 30, 33, 34, 37, 38],
                "retention": [89],
                "rights": [93, 94, 95],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [15, 95, 103],
                "functions": [29, 30, 33, 34, 37, 38],
                "sensitive-marked": NA,
                "methods": [29, 30, 33, 34, 37, 38, 74],
                "retention": [89],
                "cross-border": [88],
                "sharing": [67, 68, 69, 72, 73, 74, 77, 78, 79, 83],
                "transfer": M,
                "public-disclosure": M,
                "access": [93],
                "correct": [93],
                "delete": [94, 95],
                "close-account": [95],
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": [103, 104],
            },
        },
        "notes": {
            "cn-pipl/processor": "debatable: no company or person; 「本政策适用于 OutEye Edu（edu.outeye.top，以下简称「本平台」）提供的服务。」 (15) under 「一、运营者与联系方式」: a name defined as 本平台 names the collector (docs/profiles.md, the classes8 convention kept by u45w2); contact Kaya-yan@outlook.com (95, 103)",
            "cn-pipl/purposes": "「我们收集的信息仅用于：」 (46) with its items (48-51); the log row's 「（用于服务运行与问题排查）」 (38)",
            "cn-pipl/methods": "the collection table by scene (注册, 上传文件, 使用服务: 29-38), 「您上传的图片」 sent to OCR (74), transfer to the processors (83), storage in China (88), deletion or anonymisation on closing (89)",
            "cn-pipl/categories": "the table 场景 | 信息内容 (23-24) with its rows (29-38)",
            "cn-pipl/retention": "「存储期限为账号存续期间；账号注销后，我们将删除…或…匿名化处理。」 (89)",
            "cn-pipl/rights": "view and correct in 「个人中心」 (93), delete on each content page (94), close the account by e-mail (95)",
            "cn-pipl/sensitive-necessity": "「我们不收集手机号、身份证号、生物识别信息等敏感个人信息。」 (42): n/a",
            "cn-pipl/minors": "nothing about children: n/a",
            "cn-pipl/abroad-recipient": "stored in China (88); DeepSeek and Aliyun are domestic, Aliyun labelled 境内云服务 (77): n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor (debatable)",
            "cn-gbt35273/functions": "the table's scenes with their data: 注册 → 邮箱地址、姓名 (29-30), 上传文件 → 课文文本与图片 (33-34), 使用服务 → 教案、课件、操作日志 (37-38)",
            "cn-gbt35273/sensitive-marked": "none collected (42): n/a",
            "cn-gbt35273/methods": "collected at registration, upload by the person, logs in use (29-38), 「您上传的图片」 (74)",
            "cn-gbt35273/retention": "(89)",
            "cn-gbt35273/cross-border": "「您的个人信息存储于中华人民共和国境内（阿里云青岛地域）。」 (88)",
            "cn-gbt35273/sharing": "the recipients table 接收方 | 目的 | 传输的信息 (60-62) with its rows (67-79); 「上述第三方按其各自的隐私政策处理…仅在实现对应功能所必需的范围内传输」 (83)",
            "cn-gbt35273/transfer": "no 转让: missing",
            "cn-gbt35273/public-disclosure": "debatable: the section is titled 「第三方共享与披露」 but nothing is said of public disclosure; content the person chooses to share is shown to other registered users in a public area (51), which is the person's act; disclosure to courts and agencies (84) is no public disclosure (as profiles44c zhama-zh): missing",
            "cn-gbt35273/access": "「您可以在「个人中心」查看…账号信息」 (93)",
            "cn-gbt35273/correct": "(93)",
            "cn-gbt35273/delete": "delete uploaded content (94); data deleted on closing the account (95)",
            "cn-gbt35273/close-account": "「发送邮件至 Kaya-yan@outlook.com 申请注销」 (95)",
            "cn-gbt35273/withdraw-consent": "nothing on withdrawing consent: missing",
            "cn-gbt35273/copy": "no copy or export: missing",
            "cn-gbt35273/effect-of-not-providing": "nothing; the quota (「超出后将无法继续上传」, 34) is no refusal to provide: missing",
            "cn-gbt35273/security": "debatable: no security measure; anonymisation at closing (89) is a way of ending storage, not a protection: missing",
            "cn-gbt35273/complaint": "「如您对本政策或个人信息处理事项有投诉、询问，请发送邮件至 Kaya-yan@outlook.com，我们承诺在 15 个工作日内予以响应。」 (103), the regulator (104)",
        },
    },
    {
        "name": "machi-zh",
        "split": "dev",
        "file": "machi-zh/page.tsx",
        "source": {
            "repo": "(not named by the index; the page links DemonDamon/AgenticX, whose mirror's history holds no such page)",
            "path": "(a Next.js page `PrivacyPage` of Machi, a multi-agent AI assistant built on AgenticX by the independent developer Damon Li)",
            "commit": "index id 53307080496",
            "stored": INDEX_NO_REPO + "; 6,201 characters, LF, final newline; checked against total_chars and a find_string offset (5,525)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [26, 115, 117],
                "purposes": [36, 37, 43, 44, 45, 51, 53, 54, 55, 56, 57, 99, 101, 102, 103],
                "methods": [36, 37, 38, 43, 44, 45, 56, 66, 69, 72, 77],
                "categories": [32, 36, 37, 38, 43, 44, 45],
                "retention": [86, 69],
                "rights": [83, 85, 86, 87, 88, 115, 117, 118],
                "sensitive-necessity": NA,
                "minors": [94],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [26, 115, 117],
                "functions": [36, 37, 38, 69],
                "sensitive-marked": NA,
                "methods": [36, 37, 38, 43, 44, 45],
                "retention": [86, 69],
                "cross-border": M,
                "sharing": [77, 69],
                "transfer": M,
                "public-disclosure": M,
                "access": [85],
                "correct": [85],
                "delete": [86],
                "close-account": [86, 87],
                "withdraw-consent": [87],
                "copy": [88],
                "effect-of-not-providing": [105],
                "security": [72, 56],
                "complaint": [115, 117, 118, 121],
            },
        },
        "notes": {
            "cn-pipl/processor": "「由独立开发者 Damon Li（以下简称「我们」）开发和运营」 (26), contact e-mail (117) under 「请通过以下方式联系我们：」 (115)",
            "cn-pipl/purposes": "each data item's 「用于…」 (36, 37, 43-45), 「我们收集的信息仅用于以下目的：」 (51) with its items (53-57), cookies 「来：」 (99) with 101-103",
            "cn-pipl/methods": "provided by the person (36-38, under 「2.1 您主动提供的信息」), collected automatically (43-45, under 「2.2 自动收集的信息」), de-identified (56), stored locally (66), held briefly and deleted (69), HTTPS (72), sent to the chosen model provider (77)",
            "cn-pipl/categories": "「仅收集为提供服务所需的信息：」 (32) and the items under 2.1 and 2.2 (36-38, 43-45)",
            "cn-pipl/retention": "「注销账号后，我们将在合理期限内删除或匿名化处理您的个人信息」 (86, a criterion stated as practice inside the deletion item); the binding token deleted once fetched (69)",
            "cn-pipl/rights": "「您享有以下权利：」 (83) with settings (85, 88), deletion (86), withdrawal (87); 「…或希望行使您的个人信息权利，请通过以下方式联系我们：」 (115) with e-mail and in-app feedback (117-118)",
            "cn-pipl/sensitive-necessity": "no Art. 28 kind is named: n/a",
            "cn-pipl/minors": "「本产品主要面向成年人。如果您是未满 18 周岁的未成年人，请在监护人的同意和指导下使用本产品。如果我们发现在未经监护人同意的情况下收集了…将尽快予以删除。」 (94): minors are not excluded (guardian consent asked), so the item applies and guardian consent covers it",
            "cn-pipl/abroad-recipient": "debatable: the conversation may be sent to the model provider the person chooses, 「如 OpenAI、Anthropic、DeepSeek、MiniMax 等」 (77), and the web login runs on Supabase (69); the policy never says data leaves China (as profiles41c, Google services named, n/a): n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "registration (36), using Machi (37), the feedback function (38), web login and desktop binding with the device ID (69)",
            "cn-gbt35273/sensitive-marked": "n/a",
            "cn-gbt35273/methods": "2.1 provided by you (36-38) and 2.2 collected automatically (43-45)",
            "cn-gbt35273/retention": "(86, 69)",
            "cn-gbt35273/cross-border": "only the desktop conversations stay on the device (66: one kind of data, by default); the web account, the feedback and what goes to the model providers have no place: missing",
            "cn-gbt35273/sharing": "conversation content sent to named model providers (77); account authentication by Supabase Auth (69)",
            "cn-gbt35273/transfer": "no 转让 (「出售」 at 59 is no transfer): missing",
            "cn-gbt35273/public-disclosure": "nothing: missing",
            "cn-gbt35273/access": "「您可以在产品设置中查看…」 (85)",
            "cn-gbt35273/correct": "「…和修改您的账号信息」 (85)",
            "cn-gbt35273/delete": "「您可以删除历史对话记录。」 (86)",
            "cn-gbt35273/close-account": "debatable: 「您可以随时停止使用本产品或注销账号…」 (87) and what follows closing (86); no path, the general contact (115) is the way in: accepted",
            "cn-gbt35273/withdraw-consent": "「您可以随时停止使用本产品或注销账号以撤回对本政策的同意」 (87)",
            "cn-gbt35273/copy": "「您可以通过设置中的导出功能获取您的数据副本」 (88)",
            "cn-gbt35273/effect-of-not-providing": "「您可以通过浏览器设置管理或禁用 Cookie，但这可能影响部分功能的正常使用」 (105): cookies managed at a cost (u42w3 convention)",
            "cn-gbt35273/security": "「我们采用传输加密（HTTPS）、访问控制等…」 (72); anonymised and de-identified before model improvement (56)",
            "cn-gbt35273/complaint": "「如您对本隐私政策有任何疑问、建议或投诉…请通过以下方式联系我们：」 (115) with e-mail and feedback (117-118), reply in 15 working days (121)",
        },
    },
    {
        "name": "kinroster-tw",
        "split": "dev",
        "file": "kinroster-tw/consentText.ts",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a TypeScript module of Kinroster, care-record software for Taiwan care homes: the residents' PDPA consent as two template literals, zh-TW and English, with `${orgName}`, `${dpoEmail}`, `${residentName}` slots; a doc comment says it is provisional, not reviewed by a lawyer)",
            "commit": "index id 56162320705",
            "stored": INDEX_NO_REPO + "; 6,109 characters, LF, final newline; checked against total_chars and a find_string offset (2,951)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [75, 143, 144],
                "categories": [78, 79, 147, 148],
                "period": [82, 83, 151, 152],
                "area": [84, 85, 86, 153, 154, 155, 156],
                "recipients": r(87, 93) + r(157, 163),
                "methods": [94, 95, 164, 165],
                "rights": M,
                "effect-of-not-providing": [113, 114, 184, 185, 186],
                "source": NA,
            },
        },
        "notes": {
            "_file": "the zh-TW consent (63-122) and its English twin (130-195) say the same; a line of either is accepted. The doc comment's checklist (14-16: 'data controller, purpose, categories…') discloses nothing",
            "tw-pdpa/agency": "「一、資料控制者 本機構：${orgName}」 (68-69): the name is a template slot, filled when the consent is rendered (docs/profiles.md: a slot is never a name); Kinroster is the software, not the agency: missing",
            "tw-pdpa/purposes": "「三、蒐集目的 為提供住民之照護紀錄、家屬通訊、臨床交班與相關照護服務之必要使用。」 (75); English 143-144",
            "tw-pdpa/categories": "78-79 under 「四、蒐集之個人資料類別」; English 147-148",
            "tw-pdpa/period": "「（一）期間：自同意之日起至住民終止照護服務或撤回同意之日止，另依法定保存期限留存最多五年。」 (82-83); English 151-152",
            "tw-pdpa/area": "「（二）地區：含中華民國境內，以及下列雲端服務供應商所在之國家（含美國）…跨境傳輸」 (84-86); English 153-156",
            "tw-pdpa/recipients": "「（三）對象：本機構之照護人員與管理人員，以及下列必要之資料處理者」 (87-88) with the five named providers (89-93); English 157-163",
            "tw-pdpa/methods": "「（四）方式：以電子方式蒐集、儲存、處理及利用，並透過…API 進行必要之自動化處理。」 (94-95); English 164-165",
            "tw-pdpa/rights": "debatable: the five Art. 3 rights are listed (98-104) but no way to exercise them is given; the only channel is for withdrawing consent, 「請以電子郵件通知本機構資料保護聯絡人：${dpoEmail}」 (109), an e-mail address that is a slot: missing",
            "tw-pdpa/effect-of-not-providing": "「若住民或其法定代理人不提供本同意書所列之個人資料，本機構將無法提供完整之照護紀錄與家屬通訊服務。」 (113-114); English 184-186",
            "tw-pdpa/source": "nothing is said to come from third parties (a legal representative may sign, 113): n/a",
        },
    },
    {
        "name": "thehope-tw",
        "split": "dev",
        "file": "thehope-tw/ConfPrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React/MUI dialog `ConfPrivacyPolicy` of The Hope 教會, a church's member system; the whole notice is one `<DialogContentText>` of lines ending in `<br></br>`, numbered items but unnumbered section titles)",
            "commit": "index id 13195163149",
            "stored": INDEX_NO_REPO + "; 3,627 characters, LF, no final newline; checked against total_chars and a find_string offset (869)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [22, 23, 28, 61],
                "purposes": [23, 24, 25, 26],
                "categories": [28, 29, 30, 31],
                "period": [32, 44],
                "area": [32],
                "recipients": [41],
                "methods": [42],
                "rights": M,
                "effect-of-not-providing": [53],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「The Hope 教會將依法保護並妥善處理您的個人資料…本教會對您的個人資料的蒐集」 (22), 「The Hope 教會基於以下目的蒐集您的個人資料」 (23): a named church as the collector (no 以下簡稱, presented as 本教會)",
            "tw-pdpa/purposes": "「The Hope 教會基於以下目的蒐集您的個人資料…：」 (23) with 1.1-1.3 (24-26)",
            "tw-pdpa/categories": "「…可能蒐集的資料包括但不限於：」 (28) with 2.1-2.3 (29-31)",
            "tw-pdpa/period": "「於會員存續期間或法律另有規定之保存期間」 (32); 「…存續期間持續保存，直至您刪除會員帳戶，或當您行使相關個人權利時為止」 (44)",
            "tw-pdpa/area": "「及台灣境內、或基於活動需求且經您授權後跨境」 (32)",
            "tw-pdpa/recipients": "「4.1 對象：僅限The Hope 教會內部相關單位或經授權之合作機構使用。」 (41)",
            "tw-pdpa/methods": "「4.2 方式：以電子或紙本方式蒐集、處理及利用您的資料。」 (42)",
            "tw-pdpa/rights": "debatable: rights listed (46-50) and 「如需行使上述權利，請聯繫The Hope 教會。」 (51), but the notice gives no e-mail, phone, address or form anywhere, and the reply times are slots (「[*]日」): a pointer to contact with no contact (docs/profiles.md `pointer_needs`): missing",
            "tw-pdpa/effect-of-not-providing": "debatable: 「個人資料正確性之影響 在此提醒您，請確保您提供個人資料之正確性，以避免影響會員資格，或使用、參與會員服務及相關活動之權益。」 (52-53): inaccurate data costs membership and participation (accepted as 'data given incomplete with the service refused', u42w3); 「如您不同意，請立刻停止使用」 (22) is no effect (docs/profiles.md)",
            "tw-pdpa/source": "nothing collected from others: n/a",
        },
    },
    {
        "name": "doracomply-en",
        "split": "dev",
        "file": "doracomply-en/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `GDPRPage` of DORA Comply GmbH, Frankfurt, a DORA compliance SaaS: 'GDPR & Cookie Policy', cookie tables then a GDPR part; the date in `const lastUpdated`)",
            "commit": "index id 586862983",
            "stored": INDEX_NO_REPO + "; 13,544 characters, LF, final newline; checked against total_chars and a find_string offset (12,608)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [199, 203],
                "dpo": [204, 340],
                "purposes": [100, 105, 110, 115, 123, 137, 142, 147, 155, 169, 174, 308, 313, 318],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [296, 307, 312, 317, 137, 142, 147, 169, 174],
                "transfers": [319, 276, 279, 280],
                "retention": [101, 106, 111, 116, 138, 143, 148, 170, 175],
                "rights": [69, 208, 212, 214, 218, 220, 224, 226, 230, 232, 236, 238, 242, 244, 252],
                "withdraw-consent": [60, 182, 185, 186],
                "complaint": [326, 327, 330],
                "requirement": [87, 190],
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "_profiles": "an EU (German) controller: eu-gdpr only; the page is a 'GDPR & Cookie Policy', not the full privacy policy, and is judged as what it is",
            "eu-gdpr/controller": "「DORA Comply acts as a data controller for your account information」 (199), 「Controller: DORA Comply GmbH, Frankfurt, Germany」 (203); e-mails at 252, 339",
            "eu-gdpr/dpo": "「DPO Contact: dpo@doracomply.eu」 (204), again at 340",
            "eu-gdpr/purposes": "the cookies' Purpose cells (100-115, 137-147, 169-174), the analytics and marketing cookies' uses (123, 155), the sub-processors' Purpose cells (308-318); nothing on the account data's purposes (the cookie definition at 79-80 is generic)",
            "eu-gdpr/legal-basis": "no legal basis anywhere ('Object to processing based on legitimate interests' at 244 describes the right; 'explicitly consented to the transfer' at 281 is a transfer condition): missing",
            "eu-gdpr/legitimate-interests": "not relied on (only named in the right to object, 244): n/a",
            "eu-gdpr/recipients": "「We use the following sub-processors:」 (296) with Supabase, Vercel, Anthropic (307, 312, 317); Google Analytics, PostHog, Google Ads, LinkedIn cookies (137-174)",
            "eu-gdpr/transfers": "applies: Anthropic, 「US (with SCCs)」 (319), although 275 says 'exclusively within the European Union'; covered by 319 and by the safeguards listed under 276 (279-280)",
            "eu-gdpr/retention": "debatable: only the cookies' durations (7 days … 2 years: 101-175); nothing for the account or the uploaded data; cookie periods accepted (as profiles36c)",
            "eu-gdpr/rights": "「Under the GDPR, you have the following rights:」 (208) with the six rights (212-244), how to exercise them (252), the summary card (69)",
            "eu-gdpr/withdraw-consent": "debatable: no 'withdraw consent'; optional cookies with a consent cookie (104) and 「You can manage your cookie preferences at any time by: Clicking the cookie settings link in the footer」 (182, 185-186; the card at 60): a control that changes the cookie consent",
            "eu-gdpr/complaint": "「You have the right to lodge a complaint with a supervisory authority. Our lead supervisory authority is:」 (326-327) with the Hessian commissioner (330)",
            "eu-gdpr/requirement": "essential cookies 「necessary for the website to function and cannot be disabled」 (87), 「Blocking essential cookies may prevent the website from functioning properly」 (190); nothing for account data",
            "eu-gdpr/automated-decisions": "nothing: missing",
            "eu-gdpr/source": "nothing obtained from others: n/a",
        },
    },
    {
        "name": "puraclean-en",
        "split": "dev",
        "file": "puraclean-en/Privacy.jsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page `Privacy` of PuraClean, Inc., Phoenix AZ, a cleaning-services marketplace; a '8. California Privacy Rights' section)",
            "commit": "index id 52850296412",
            "stored": INDEX_NO_REPO + "; 9,268 characters, LF, final newline; checked against total_chars and a find_string offset (7,376)",
            "licence": NONE,
        },
        "v": {
            "us-ccpa": {
                "categories-collected": [27] + r(29, 34) + [38] + r(40, 43),
                "sources": [27] + r(29, 34) + [38] + r(40, 43),
                "purposes": [47] + r(49, 58),
                "sold-or-shared": M,
                "right-to-know": [93, 83],
                "right-to-delete": [93, 85],
                "right-to-correct": [84],
                "right-to-opt-out": [93],
                "right-to-limit": M,
                "non-discrimination": [93, 88],
                "how-to-submit": [90, 107, 108],
                "authorized-agent": M,
                "last-updated": [17],
            },
        },
        "notes": {
            "_profiles": "a US business (Phoenix, AZ) with a California section and no EU angle: us-ccpa only",
            "us-ccpa/categories-collected": "「…that you voluntarily provide to us… This information may include:」 (27) with 29-34; 「we may automatically collect certain information, including:」 (38) with 40-43",
            "us-ccpa/sources": "the same lead-ins name the sources: the person (27) and automatic collection (38)",
            "us-ccpa/purposes": "「We may use the information we collect for various purposes, including to:」 (47) with 49-58",
            "us-ccpa/sold-or-shared": "the policy never says whether it sells or shares personal information; the California sentence names the right to know what is sold and to opt out of a sale (93), no statement of categories sold or of no sale; the merger item (66) is an asset sale: missing",
            "us-ccpa/right-to-know": "「…the right to know what personal information we collect, use, disclose, and sell」 (93); Access (83)",
            "us-ccpa/right-to-delete": "(93); Deletion (85)",
            "us-ccpa/right-to-correct": "「Correction: You may request that we correct inaccurate or incomplete personal information」 (84), under 'Depending on your location'",
            "us-ccpa/right-to-opt-out": "「the right to opt-out of the sale of your personal information」 (93): the right granted (86 is marketing e-mail only)",
            "us-ccpa/right-to-limit": "precise geolocation is collected (42); nothing on limiting sensitive data: missing",
            "us-ccpa/non-discrimination": "(93); 「Non-Discrimination: We will not discriminate against you…」 (88)",
            "us-ccpa/how-to-submit": "「To exercise any of these rights, please contact us at the information provided below.」 (90) with e-mail and phone (107-108)",
            "us-ccpa/authorized-agent": "nothing: missing",
            "us-ccpa/last-updated": "「Last updated: March 2026」 (17)",
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
            "file": f"eval/profiles46c/docs/{doc['file']}",
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
