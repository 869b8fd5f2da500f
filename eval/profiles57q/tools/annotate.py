#!/usr/bin/env python3
"""Hand annotations of eval/profiles57q in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m57p by reading each document in full before any policylens run (the final measure-only set, blind on the session's
start 2210db93d and on its final code; two documents held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles56p.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles57q/tools/annotate.py
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


def r(a: int, b: int) -> list[int]:
    """The lines a..b (both included)."""
    return list(range(a, b + 1))


NA_ABROAD = dict.fromkeys(ABROAD, NA)

STORED = INDEX_NO_REPO + "; {chars} characters, LF; written out character for character from read_file and checked against total_chars"


def _src(path: str, index_id: str, chars: str) -> dict[str, str]:
    return {
        "repo": "(not named by the index)",
        "licence": NONE,
        "path": path,
        "commit": f"index id {index_id}",
        "stored": STORED.format(chars=chars),
    }


# 代拿网 (zh-Hans React TSX page, react-router; held out).
D_PURPOSES = [81, 83, 84, 85, 86, 87, 88, 89, 90, 159, 167, 171, 175, 240]
D_DATA = [60, 62, 63, 64, 65, 68, 70, 71, 72, 73]
D_RIGHTS = [187, 192, 195, 196, 197, 202, 212, 214, 215, 216, 220, 222, 223]

# 团队业务中台 (zh-Hans React TSX: the policy twice, as template literals in a sections array and as JSX in PrivacyContent).
T_PURPOSES = [16, 20, 21, 29, 31, 32, 33, 34, 235, 239, 240, 244]
T_DATA = [16, 18, 19, 20, 21, 235, 237, 238, 239, 240]
T_RIGHTS = [53, 55, 56, 57, 58, 59, 60, 62, 256, 257]

# 宁德 个人信息处理告知书 (zh-Hans React JSX, a WeChat questionnaire page of two joint processors).
N_PROCESSOR = [483, 547, 548, 549, 550, 551, 552]
N_PURPOSES = [486, 488, 489, 490, 491, 492, 493, 508]
N_DATA = [502, 504, 505, 506, 507, 508, 510]
N_RIGHTS = [526, 528, 530]

# AI Library (zh-Hans Next.js page; held out).
# 曼陀 保固註冊 (Taiwan Svelte consent of 偉鉅股份有限公司).
# 臺中市政府服務e櫃檯 (Taiwan Vue register form; its 網路同意申請書 is one <p> in a modal).
# Civil Engineering Tools (a TypeScript i18n module: the policy in en, zh, ja and es; a line of any language is accepted).
C = {"intro": 79, "collect": 80, "use": 81, "adsense": 82, "cookies": 83, "gdpr": 84, "ccpa": 85, "security": 86, "changes": 87, "contact": 88, "updated": 78, "banner": 120}


def civ(*keys: str) -> list[int]:
    """The line of each key in all four languages (en 78-120, zh +58, ja +116, es +174)."""
    return sorted(C[k] + off for k in keys for off in (0, 58, 116, 174))


# fantastic-auth's GDPR privacy policy template (English Markdown; {{company_name}} etc. filled by the server at run time).
F_RIGHTS = [67, 69, 70, 72, 73, 75, 76, 78, 79, 81, 82, 84, 85, 87, 88]

DOCS: list[dict] = [
    {
        "name": "daina-zh",
        "split": "holdout",
        "file": "daina-zh/PrivacyPolicyPage.tsx",
        "source": _src("(a React PrivacyPolicyPage.tsx of 代拿网, a wholesale-errand platform of 深圳市贤合贸易有限公司)", "9798636029", "15,568"),
        "v": {
            "cn-pipl": {
                "processor": [46, 423],
                "purposes": D_PURPOSES,
                "methods": D_DATA + [120, 167, 171, 240],
                "categories": D_DATA,
                "retention": [124, 224],
                "rights": D_RIGHTS,
                "sensitive-necessity": NA,
                "minors": [255, 287, 291, 299],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [46, 423],
                "functions": [62, 65, 167, 171],
                "sensitive-marked": NA,
                "methods": D_DATA + [167, 171, 240],
                "retention": [124, 224],
                "cross-border": [120, 315, 318],
                "sharing": [101, 159, 167, 171, 175, 181, 245],
                "transfer": [104],
                "public-disclosure": [107],
                "access": [192, 195],
                "correct": [192, 195],
                "delete": [202],
                "close-account": [220, 222, 223],
                "withdraw-consent": [212, 214, 215, 216],
                "copy": M,
                "effect-of-not-providing": [230, 243],
                "security": [117],
                "complaint": [361, 370, 371, 372, 387],
            },
        },
        "notes": {
            "cn-pipl/processor": "「代拿网（以下简称\"我们\"或\"本平台\"）」 (46): the alias has 我们; the company 深圳市贤合贸易有限公司 under 联系我们/公司地址 (423); phone 13148865179 (407)",
            "cn-pipl/retention": "根据法律要求和业务需要确定信息保存期限，超期后会安全删除 (124); 注销后…删除或匿名化 (224)",
            "cn-pipl/minors": "监护人陪同/应事先取得监护人的明确同意 (255, 287, 291, 299)",
            "cn-pipl/abroad-recipient": "n/a: stored in China (120, 315); 如因业务需要确需向境外传输 is a case clause (318)",
            "cn-gbt35273/functions": "注册信息：… (62), 反馈信息：客服咨询… (65), 数据统计分析/消息推送服务 with what they collect (167, 171)",
            "cn-gbt35273/sharing": "与合作伙伴共享 (101); 第七条 第三方服务 with what each collects (159-175); 第三方服务提供商 (181); 第三方分析工具 (245)",
            "cn-gbt35273/transfer": "业务转让时的信息转移 (104)",
            "cn-gbt35273/public-disclosure": "我们不会出售、出租或以其他方式向第三方披露…除非获得您的明确同意 (107): a denial of 对外披露 with its exception — debatable, accepted",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "当您撤回同意后，我们可能无法继续为您提供相应的服务 (230); cookies 可能影响某些功能 (243)",
            "cn-gbt35273/complaint": "第十三条 投诉举报 with 意见反馈/客服热线 and 15 个工作日 (361-387)",
        },
    },
    {
        "name": "tuandui-zh",
        "split": "dev",
        "file": "tuandui-zh/PrivacyPage.tsx",
        "source": _src("(a React PrivacyPage.tsx of 团队业务中台, a team OKR platform: sections array + ConsentDialog + PrivacyContent)", "54696930094", "11,083"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": T_PURPOSES,
                "methods": [19, 34, 43, 45, 46, 47, 238, 249, 251, 252],
                "categories": T_DATA,
                "retention": [60],
                "rights": T_RIGHTS,
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": M,
                "sensitive-marked": NA,
                "methods": [19, 45, 238],
                "retention": [60],
                "cross-border": [42, 204, 248],
                "sharing": [71, 260],
                "transfer": M,
                "public-disclosure": M,
                "access": [55, 256],
                "correct": [56, 256],
                "delete": [57, 256],
                "close-account": [60, 256],
                "withdraw-consent": [59, 256],
                "copy": [58, 256],
                "effect-of-not-providing": M,
                "security": [43, 44, 45, 46, 204, 249, 250, 251],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 团队业务中台 (112) is the product; no company or person; 隐私保护负责人 as5551238@126.com (62) is a role with an e-mail",
            "cn-pipl/methods": "您在平台中创建的 (19, 238), 匿名化 (34), AES-256 加密存储 (43, 249), 自动记录审计日志 (45), HTTPS (46, 251), 每日自动备份 (47, 252)",
            "cn-pipl/retention": "「6. **注销权**：注销账户，我们将删除您的所有个人信息」 (60): the ending event (gofish-zh/xianzhi-zh convention)",
            "cn-pipl/rights": "四、您的权利 with 「行使上述权利，请联系：隐私保护负责人 as5551238@126.com」 (53-62); PrivacyContent 256-257",
            "cn-pipl/sensitive-necessity": "n/a: 敏感字段（手机号、邮箱） is not PIPL sensitive data; 23 denies sensitive permissions",
            "cn-pipl/minors": "n/a: 不面向未满14周岁的未成年人…发现…立即删除 (80) — the rule's exclusion",
            "cn-pipl/abroad-recipient": "n/a: 数据存储于中华人民共和国境内 (42)",
            "cn-gbt35273/functions": "missing: data labels (账户信息/业务数据/使用数据/设备信息) with purposes, no business function",
            "cn-gbt35273/sharing": "服务提供商：使用第三方云存储服务（已签署数据处理协议） (71); 签署协议的服务提供商 (260)",
            "cn-gbt35273/close-account": "注销权 granted under 您的权利 with the e-mail (60, 62)",
            "cn-gbt35273/copy": "导出权：导出您的全部个人数据 (58)",
            "cn-gbt35273/effect-of-not-providing": "missing",
            "cn-gbt35273/complaint": "missing: 联系方式 for 问题或请求 (142-144), no 投诉",
        },
    },
    {
        "name": "ningde-zh",
        "split": "dev",
        "file": "ningde-zh/RiderSafetySurveyProject.jsx",
        "source": _src("(a React JSX WeChat H5 questionnaire of 兴业银行宁德分行 and 人保财险宁德市分公司 with its 个人信息处理告知书)", "59657727186", "29,700"),
        "v": {
            "cn-pipl": {
                "processor": N_PROCESSOR,
                "purposes": N_PURPOSES,
                "methods": [498, 506, 510],
                "categories": N_DATA,
                "retention": [514, 515, 516],
                "rights": N_RIGHTS,
                "sensitive-necessity": NA,
                "minors": [539, 540],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": N_PROCESSOR,
                "functions": [506, 507],
                "sensitive-marked": NA,
                "methods": [498, 506, 510],
                "retention": [514, 515, 516],
                "cross-border": M,
                "sharing": [520, 521, 522],
                "transfer": M,
                "public-disclosure": M,
                "access": [526, 528],
                "correct": [526, 528],
                "delete": [526, 528],
                "close-account": NA,
                "withdraw-consent": [528, 530, 531],
                "copy": [528],
                "effect-of-not-providing": [535, 536],
                "security": M,
                "complaint": [553],
            },
        },
        "notes": {
            "cn-pipl/processor": "个人信息处理者：【兴业银行宁德分行/人保财险宁德市分公司】 (483) and both under 十一、联系我们 with phones and addresses (547-552)",
            "cn-pipl/methods": "通过您主动填写、提交问卷等方式收集…存储、使用… (498); 您在问卷中主动填写 (506); 要求您填写或授权 (510)",
            "cn-pipl/retention": "实现…目的所必要的最短期限；以法律、行政法规…为准；届满后删除或匿名化 (514-516)",
            "cn-pipl/rights": "七、您的个人信息权利 (526-528) with 可以通过本告知书第一条所列联系方式联系我们 (530); the contacts are at 547-552",
            "cn-pipl/minors": "未满14周岁…取得父母或其他监护人同意 (539-540)",
            "cn-gbt35273/functions": "问卷填写信息 / 活动参与信息 labels with their data (506-507) — debatable, accepted",
            "cn-gbt35273/cross-border": "missing: no storage place",
            "cn-gbt35273/sharing": "委托必要的技术服务提供商处理 (520-522)",
            "cn-gbt35273/close-account": "n/a: a questionnaire without accounts (m56p longtou-zh convention)",
            "cn-gbt35273/security": "missing: 「采取与个人信息安全风险相适应的技术措施和管理措施…防止未经授权的访问」 (499) names no measure",
            "cn-gbt35273/complaint": "如您对…存在疑问、意见或投诉…可以通过上述联系方式 (553)",
        },
    },
    {
        "name": "ailibrary-zh",
        "split": "holdout",
        "file": "ailibrary-zh/privacy.tsx",
        "source": _src("(a Next.js pages/privacy.tsx of AI Library, a library AI assistant by a 开发团队)", "54095863213", "3,339"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [35, 40, 47],
                "methods": [35, 40, 47, 61, 82, 85],
                "categories": [35, 40],
                "retention": M,
                "rights": [70, 75],
                "sensitive-necessity": NA,
                "minors": [92],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [35, 40],
                "sensitive-marked": NA,
                "methods": [35, 40, 47],
                "retention": M,
                "cross-border": [82],
                "sharing": [61],
                "transfer": M,
                "public-disclosure": M,
                "access": [70],
                "correct": [70],
                "delete": [75],
                "close-account": M,
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": M,
                "security": [85],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 「开发团队（以下简称\"我们\"）」 (26): a role with no name; contact only 系统内反馈功能 (99)",
            "cn-pipl/retention": "missing: 75 is a right (您可以要求我们删除)",
            "cn-pipl/rights": "您有权登录系统查阅和更正 (70): the way is logging in; 删除权 (75) in the same section",
            "cn-gbt35273/sharing": "系统接入了第三方云服务、AI大模型接口…脱敏处理后再传输 (61)",
            "cn-gbt35273/transfer": "missing: only the heading (52) names 转让",
            "cn-gbt35273/close-account": "missing",
        },
    },
    {
        "name": "mentor-tw",
        "split": "dev",
        "file": "mentor-tw/WarrantyAgreement.svelte",
        "source": _src("(a Svelte component of the 曼陀 breast-implant warranty registration of 偉鉅股份有限公司)", "25270890247", "9,353"),
        "v": {
            "tw-pdpa": {
                "agency": [80, 233],
                "purposes": [80, 134, 233],
                "categories": [137, 146, 166, 168],
                "period": Q,
                "area": M,
                "recipients": [80],
                "methods": [80],
                "rights": M,
                "effect-of-not-providing": [205],
                "source": Q,
            },
        },
        "notes": {
            "tw-pdpa/agency": "偉鉅股份有限公司遵守個人資訊保護法…蒐集到您的個人資料 (80); 提供以上資料予偉鉅股份有限公司代為保管 (233)",
            "tw-pdpa/purposes": "僅使用於保固相關資訊核對 (80); 患者資訊收集和使用目的:保固註冊必要的資訊 (134); 作為日後…審核本人之保固請求 (233)",
            "tw-pdpa/categories": "姓名/身分證字號/出生年月日/電話/電子郵件 (137); 手術日期…植入物型號 (146); photos and MRI reports for a claim (166, 168)",
            "tw-pdpa/period": "? — 「代為保管，作為日後於保固期限內審核」 (233): kept for the warranty term (lifetime, 109) — implicit",
            "tw-pdpa/area": "missing",
            "tw-pdpa/recipients": "以電子檔案形式供原廠壯生醫療器材股份有限公司用於審核 (80)",
            "tw-pdpa/methods": "以電子檔案形式 (80)",
            "tw-pdpa/rights": "missing: the five rights (261-262) with no way",
            "tw-pdpa/effect-of-not-providing": "如因資料未能備齊或造假，偉鉅…將不負責賠償 (205)",
            "tw-pdpa/source": "? — claim documents come through the clinic (175), but they are the patient's own",
        },
    },
    {
        "name": "taichung-tw",
        "split": "dev",
        "file": "taichung-tw/Register.vue",
        "source": _src("(a Vue register form 運動服務e櫃檯 whose modal holds 臺中市政府服務e櫃檯's 網路同意申請書)", "49505381315", "20,073"),
        "v": {
            "tw-pdpa": {
                "agency": [130, 133, 139],
                "purposes": [128, 140, 141],
                "categories": [133, 134, 135, 140],
                "period": [140],
                "area": [141],
                "recipients": Q,
                "methods": M,
                "rights": Q,
                "effect-of-not-providing": [128, 137, 138],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「歡迎使用臺中市政府服務e櫃檯…依法告知下列事項： (1) 本府獲取…」 (133): the body and its 本府; 臺中市政府得終止 (130), 臺中市政府數位治理局 (139)",
            "tw-pdpa/purposes": "以利資料處理和郵寄作業進行 (128); 將於機關辦理案件時利用 (140); 檢視…是否符合申辦條件…聯繫 (141)",
            "tw-pdpa/categories": "識別類…特徵類…社會情況類 (133-135); 蒐集姓名、身分證字(居留證)號… (140)",
            "tw-pdpa/period": "保留至法定保存期限後銷毀 (140)",
            "tw-pdpa/area": "僅會於各機關管轄區域…內使用 (141) — debatable, accepted",
            "tw-pdpa/recipients": "? — used by 各機關/受理機關 (127, 141): the government's own agencies",
            "tw-pdpa/methods": "missing: 電話聯繫或郵寄公務文件 (141) is contact, not the means of use",
            "tw-pdpa/rights": "? — 個資法第3條 rights 向本府行使 (136); the only channel, 「如需服務請洽管理者信箱」 (138), is in the same paragraph but for services",
            "tw-pdpa/effect-of-not-providing": "未填寫…無法正確完成 (128); 若您未提供正確之個人資料，本府將無法… (137); 請勿…提供 / 多數服務無須提供 (138)",
            "tw-pdpa/source": "n/a",
        },
    },
    {
        "name": "civiltools-multi",
        "split": "dev",
        "file": "civiltools-multi/LanguageContext.tsx",
        "source": _src("(a Next.js LanguageContext.tsx of Civil Engineering Tools: translations en/zh/ja/es incl. the privacy policy's strings)", "56153009923", "22,775"),
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": civ("adsense", "cookies", "banner"),
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": civ("adsense"),
                "transfers": NA,
                "retention": M,
                "rights": civ("gdpr"),
                "withdraw-consent": civ("adsense", "cookies"),
                "complaint": M,
                "requirement": civ("cookies"),
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": civ("adsense"),
                "sources": M,
                "purposes": civ("adsense", "cookies", "banner"),
                "sold-or-shared": civ("ccpa"),
                "right-to-know": Q,
                "right-to-delete": Q,
                "right-to-correct": Q,
                "right-to-opt-out": civ("ccpa"),
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": civ("ccpa", "contact"),
                "authorized-agent": M,
                "last-updated": civ("updated"),
            },
        },
        "notes": {
            "eu-gdpr/controller": "missing: no name ('Civil Engineering Tools' is the site's title); e-mail contact@useciviltools.com (88)",
            "eu-gdpr/purposes": "AdSense 'in order to provide targeted advertisements' (82), cookies 'to enhance your experience' (83, 120); 81's 'for the following purposes:' has no list (the keys are empty)",
            "eu-gdpr/recipients": "'Our website uses Google AdSense … may collect information about your visits' (82)",
            "eu-gdpr/rights": "GDPR Compliance: 'You have the right to access, correct, or delete' (84)",
            "eu-gdpr/withdraw-consent": "consent asked by the banner (120: 'you consent to our use of cookies', Accept/Reject); 'You can disable cookies in your browser settings' (83), Google's opt-out (82)",
            "eu-gdpr/requirement": "disable cookies 'but this may affect the functionality' (83)",
            "us-ccpa/categories-collected": "'information about your visits to this and other websites' collected through AdSense (82) — the only kind named (80's list is empty)",
            "us-ccpa/sold-or-shared": "'the right to opt out of the sale of your personal information' (85)",
            "us-ccpa/right-to-know": "? — access/correct/delete are granted to EEA users only (84); Californians get the opt-out (85)",
            "us-ccpa/how-to-submit": "'To exercise this right, please contact us at the email address provided below' (85) + contact@useciviltools.com (88)",
            "us-ccpa/last-updated": "Last Updated: July 1, 2024 (78)",
        },
    },
    {
        "name": "fantastic-en",
        "split": "dev",
        "file": "fantastic-en/gdpr_privacy_policy.md",
        "source": {
            "repo": "hongkongkiwi/fantastic-auth",
            "licence": NONE,
            "path": "vault-server/src/consent/templates/gdpr_privacy_policy.md",
            "commit": "10843d2746ef3f89ae2994256212f21a598b4028",
            "stored": "read_file (index id 17761911376), 4,126 characters, LF; written out character for character and checked against total_chars",
        },
        "v": {
            "eu-gdpr": {
                "controller": Q,
                "dpo": [15],
                "purposes": [41, 42, 43, 44, 48, 49, 50, 51, 52, 53],
                "legal-basis": [39, 41, 42, 43, 44],
                "legitimate-interests": [42],
                "recipients": [115],
                "transfers": [92, 93, 94, 95],
                "retention": [57, 58, 59, 60, 61, 63],
                "rights": F_RIGHTS,
                "withdraw-consent": [87, 88],
                "complaint": [134],
                "requirement": M,
                "automated-decisions": M,
                "source": [33, 34, 35],
            },
            "us-ccpa": {
                "categories-collected": [20, 21, 22, 23, 24, 27, 28, 29, 30, 31, 34, 35],
                "sources": [26, 34, 35],
                "purposes": [41, 42, 43, 44, 48, 49, 50, 51, 52, 53],
                "sold-or-shared": M,
                "right-to-know": [69, 70],
                "right-to-delete": [75, 76],
                "right-to-correct": [72, 73],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": Q,
                "authorized-agent": M,
                "last-updated": Q,
            },
        },
        "notes": {
            "eu-gdpr/controller": "? — {{company_name}} (7, 11) with {{contact_email}}: filled at run time (profiles54q convention)",
            "eu-gdpr/dpo": "'Data Protection Officer: {{dpo_email}}' (15): a DPO spoken of",
            "eu-gdpr/legitimate-interests": "'Legitimate Interests: For security, fraud prevention, and service improvement' (42)",
            "eu-gdpr/recipients": "'third-party service providers who process data on our behalf' (115)",
            "eu-gdpr/transfers": "'We may transfer your data outside the EEA' with SCCs, adequacy, BCRs (92-95)",
            "eu-gdpr/retention": "as long as necessary to… (57-61); {{data_retention_days}} days after account closure (63)",
            "eu-gdpr/source": "3.3 Third-Party Information: social media profiles, identity verification services (33-35)",
            "us-ccpa/sources": "Automatically Collected (26), 'when you connect accounts' (34), 'from identity verification services' (35)",
            "us-ccpa/how-to-submit": "? — 'to exercise your rights: Email: {{contact_email}}' (127-129): the address is filled at run time",
            "us-ccpa/last-updated": "? — 'Last Updated: {{effective_date}}' (3): the date is filled at run time",
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
            "file": f"eval/profiles57q/docs/{doc['file']}",
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
