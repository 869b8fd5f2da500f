#!/usr/bin/env python3
"""Hand annotations of eval/profiles47c in compact form (the source of truth); writes dev/*.json.

Written by reading each document before any policylens run (a measure-only set: no held-out split).  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles47c/tools/annotate.py
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
        "name": "ballwin-zh",
        "split": "dev",
        "file": "ballwin-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of 球胜算 (privacy@ballwin.cn), a sports-prediction platform; `<LegalSection id title>` components, a TOC array, the date in a `lastUpdated` prop; the brand only in the file's doc comment)",
            "commit": "index id 54697364782",
            "stored": INDEX_NO_REPO + "; 5,524 characters, LF, final newline; checked against total_chars and a find_string offset (5,444)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [48, 50, 51, 52, 53, 54, 55, 104, 107, 108, 109, 110],
                "methods": [28, 30, 31, 32, 33, 35, 37, 38, 39, 43, 65, 69, 74, 75, 104],
                "categories": [26, 30, 31, 32, 33, 37, 38, 39],
                "retention": [69],
                "rights": [119, 121, 122, 123, 124, 125, 128, 161],
                "sensitive-necessity": M,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [30, 33],
                "sensitive-marked": [43, 75],
                "methods": [28, 30, 31, 32, 33, 35, 37, 38, 39, 104],
                "retention": [69],
                "cross-border": [65],
                "sharing": [88, 91, 92, 93, 94, 143],
                "transfer": [93],
                "public-disclosure": M,
                "access": [119, 121],
                "correct": [119, 122],
                "delete": [119, 123],
                "close-account": [125, 128],
                "withdraw-consent": [124, 128],
                "copy": M,
                "effect-of-not-providing": [114],
                "security": [43, 72, 74, 75, 76, 77, 78, 82],
                "complaint": M,
            },
        },
        "notes": {
            "_file": "one TSX page; the section titles are `title=` props of `<LegalSection>` (24-159) and repeat in the TOC array (9-18); the body never names an operator",
            "cn-pipl/processor": "no company, person or brand in the body: 「本平台」 and 「我们」 only; 球胜算 appears only in the file's doc comment (3), which a reader never sees; the e-mail privacy@ballwin.cn (164) is a contact with no name: missing",
            "cn-pipl/purposes": "「我们收集的个人信息将用于以下目的：」 (48) with its items (50-55); cookies 「本平台使用 Cookie 和本地存储技术来：」 (104) with 107-110",
            "cn-pipl/methods": "provided by you (28 「1.1 您主动提供的信息」 with 30-33), collected automatically (35 with 37-39), encrypted in transit (43, 74) and in storage (30, 75), stored in China (65), deleted or anonymised after closing (69), cookies and local storage (104)",
            "cn-pipl/categories": "「可能会收集以下类型的个人信息：」 (26) with the items under 1.1 and 1.2 (30-33, 37-39)",
            "cn-pipl/retention": "「我们仅在实现服务目的所必需的期限内保留…账户注销后…删除或匿名化」 (69)",
            "cn-pipl/rights": "「您对您的个人信息享有以下权利：」 (119) with 121-125, 「如需行使上述权利，请通过本页面底部的联系方式与我们联系」 (128) and the contact section (161) with an e-mail (164)",
            "cn-pipl/sensitive-necessity": "debatable: 「1.3 敏感信息」 (41) under collection says 「保护您在传输过程中的敏感信息（如手机号、密码等）」 (43): the policy itself says it processes sensitive information (a password; GB/T Annex B lists account passwords, PIPL Art. 28's list is open with 等); applies, and nothing says why it is needed or its effect on the person: missing",
            "cn-pipl/minors": "「本平台不面向未满18周岁的未成年人提供服务。」 (134), data collected by mistake deleted: not meant for minors: n/a",
            "cn-pipl/abroad-recipient": "stored in China (65); 「如需跨境传输，我们会严格遵守相关法律法规」 is hypothetical: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor: missing",
            "cn-gbt35273/functions": "debatable: 「注册信息：手机号码、邮箱地址、昵称、密码」 (30) ties data to registration, 「反馈信息：您通过客服或反馈渠道提交的内容」 (33) a function label over what the person sends; the other labels (个人资料, 设备信息, 日志信息, 使用数据) are data labels over bare data",
            "cn-gbt35273/sensitive-marked": "the policy labels 手机号、密码 as 敏感信息 in its collection section (43 under 「1.3 敏感信息」), again 「密码等敏感信息加密存储」 (75): applies (a login password, GB/T Annex B) and the labelling marks it (the xiaolv-lawyer convention, docs/profiles.md)",
            "cn-gbt35273/methods": "provided by you (28 with 30-33), collected automatically (35 with 37-39), cookies and local storage (104)",
            "cn-gbt35273/retention": "(69)",
            "cn-gbt35273/cross-border": "「您的个人信息存储在中华人民共和国境内的服务器上。」 (65)",
            "cn-gbt35273/sharing": "「未经您的同意，我们不会向第三方共享…但以下情况除外：」 (88) with 91-94 (authorities, a merger, consent); third-party services integrated, 「如图形验证码服务、短信服务等」 (143)",
            "cn-gbt35273/transfer": "「合并/收购：如发生合并、收购或资产出售，您的信息可能作为资产被转移（我们会继续保护您的信息）」 (93): transfer on a merger, worded 转移",
            "cn-gbt35273/public-disclosure": "the section is titled 「四、信息共享与披露」 (86) but nothing is said of public disclosure; disclosure on an authority's demand (91) is no public disclosure: missing",
            "cn-gbt35273/access": "「访问权：查看我们持有的您的个人信息」 (121)",
            "cn-gbt35273/correct": "「更正权：更新或更正不准确的个人信息」 (122)",
            "cn-gbt35273/delete": "「删除权：要求删除您的个人信息」 (123)",
            "cn-gbt35273/close-account": "「注销账户：申请注销您的账户」 (125) with the way (128)",
            "cn-gbt35273/withdraw-consent": "「撤回同意：撤回您此前给予的同意」 (124) with the way (128)",
            "cn-gbt35273/copy": "no copy, export or portability: missing",
            "cn-gbt35273/effect-of-not-providing": "「您可以通过浏览器设置管理或删除 Cookie。但请注意，禁用 Cookie 可能影响部分功能的正常使用。」 (114): cookies managed at a cost (the u42w3 convention)",
            "cn-gbt35273/security": "RSA + AES in transit (43), 「我们采取以下措施保护您的个人信息安全：」 (72) with 74-78, the incident plan (82)",
            "cn-gbt35273/complaint": "no 投诉/举报/申诉 anywhere; the contact section is for 「疑问、意见或建议，或需要行使您的个人信息权利」 with a reply time (161, 167): no complaint channel (the item's rule): missing",
        },
    },
    {
        "name": "axiso-zh",
        "split": "dev",
        "file": "axiso-zh/PrivacyPage.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a React page `PrivacyPage` of an online shop (orders, delivery, payment), the whole policy a `sections` array of `title` / `subsections` / `items` / `content` strings rendered by a map; contact axis-o@qq.com, the phone and address left as 「[请填写…]」 slots)",
            "commit": "index id 60282267111",
            "stored": INDEX_NO_REPO + "; 7,307 characters, LF, final newline; checked against total_chars and a find_string offset (1,301)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [22, 23, 32, 33, 34, 35, 36, 37, 38, 87, 88, 89],
                "methods": [9, 11, 12, 13, 14, 18, 20, 21, 22, 23, 56, 60, 65],
                "categories": [11, 12, 13, 14, 20, 21, 22, 23],
                "retention": [60],
                "rights": [76, 77, 78, 79, 80, 82],
                "sensitive-necessity": M,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [11, 12, 13, 14, 22],
                "sensitive-marked": M,
                "methods": [9, 11, 12, 13, 14, 18, 20, 21, 22, 23],
                "retention": [60],
                "cross-border": [56],
                "sharing": [43, 45, 46, 47],
                "transfer": [48],
                "public-disclosure": M,
                "access": [76],
                "correct": [77],
                "delete": [78],
                "close-account": M,
                "withdraw-consent": [79, 82],
                "copy": [80],
                "effect-of-not-providing": [91],
                "security": [65, 66, 67, 68],
                "complaint": M,
            },
        },
        "notes": {
            "_file": "the policy is the `sections` array (4-115): `title` strings are the rendered h2/h3 headings, `items` list items, `content` paragraphs; the intro paragraph is JSX (144)",
            "cn-pipl/processor": "no company, person or brand anywhere (「我们」, 「我们的网站」); e-mail axis-o@qq.com (109), phone and address are template slots (110-111): missing",
            "cn-pipl/purposes": "the items under 「二、我们如何使用收集的信息」 (32-38); location 「以提供更精准的服务」 (22); cookies 「来记录您的偏好和操作信息」 (23) and the cookie section's items (87-89)",
            "cn-pipl/methods": "provided by you (9 「1.1 您主动提供的信息」 with 11-14), collected automatically (18 with 20-23; location only with consent, 22; cookies, 23), stored in China (56), deleted or anonymised (60), SSL/TLS (65)",
            "cn-pipl/categories": "the items under 1.1 and 1.2 (11-14, 20-23)",
            "cn-pipl/retention": "「我们仅在为您提供服务所必需的期限内保留…超出必要期限后…删除或匿名化」 (60)",
            "cn-pipl/rights": "the rights under 「五、您的权利」 (76-80) with 「如需行使上述权利，请通过本政策末尾的联系方式与我们联系。」 (82); the end gives a real e-mail (109)",
            "cn-pipl/sensitive-necessity": "payment information (12, 支付信息) and location (22, 地理位置信息 for 更精准的服务) are collected: applies (payment and location data make the sensitive items apply, d14h); 22 says why location is used but nothing of the effect on the person: missing",
            "cn-pipl/minors": "「我们的服务不面向14岁以下的儿童。我们不会故意收集儿童的个人信息…将立即删除。」 (99): n/a",
            "cn-pipl/abroad-recipient": "stored in China (56); 「如需跨境传输」 is hypothetical: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor: missing",
            "cn-gbt35273/functions": "function labels with their data: 注册信息 (11), 订单信息 (12), 客服沟通 (13), 用户反馈 (14); location for a more precise service (22)",
            "cn-gbt35273/sensitive-marked": "payment and location data collected (12, 22), nothing marked as sensitive: missing",
            "cn-gbt35273/methods": "(9, 11-14, 18, 20-23)",
            "cn-gbt35273/retention": "(60)",
            "cn-gbt35273/cross-border": "「您的个人信息将存储于中华人民共和国境内。」 (56)",
            "cn-gbt35273/sharing": "「仅在以下情况下，我们可能会共享您的信息：」 (43) with 「服务提供商：与为我们提供支付处理、物流配送、数据分析等服务的合作伙伴共享」 (45), authorities (46), safety (47)",
            "cn-gbt35273/transfer": "「业务转让：如涉及合并、收购或资产出售，我们会要求新的持有您个人信息的主体继续受本隐私政策的约束。」 (48)",
            "cn-gbt35273/public-disclosure": "the section is 「三、信息的共享与披露」 but 「有必要披露时」 (47) is disclosure for safety, not public disclosure: missing",
            "cn-gbt35273/access": "「访问权：您有权访问您的个人信息。」 (76)",
            "cn-gbt35273/correct": "(77)",
            "cn-gbt35273/delete": "(78)",
            "cn-gbt35273/close-account": "accounts exist (注册信息, 登录状态) but closing one is never mentioned: missing",
            "cn-gbt35273/withdraw-consent": "「撤回同意权：您有权撤回之前给予的同意。」 (79) with the way (82)",
            "cn-gbt35273/copy": "「数据可携带权：您有权获取您的个人信息副本。」 (80)",
            "cn-gbt35273/effect-of-not-providing": "「禁用Cookie可能影响您使用我们网站的部分功能」 (91): cookies managed at a cost",
            "cn-gbt35273/security": "the items under 「4.3 安全措施」 (65-68)",
            "cn-gbt35273/complaint": "no 投诉 anywhere; the contact section's reply time (113) is for requests: missing",
        },
    },
    {
        "name": "larkygo-zh",
        "split": "dev",
        "file": "larkygo-zh/docs.js",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a WeChat mini-program page script of LarkyGO, an event sign-up and ticketing mini program by the individual developer 沈奕辰: a `DOCS` object holding the privacy policy and the terms in zh (9-60) and en (62-117) as `{ h, ps }` arrays)",
            "commit": "index id 71608178553",
            "stored": INDEX_NO_REPO
            + "; 6,008 characters, LF, no final newline; checked against total_chars and a find_string offset (770)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [37, 93],
                "purposes": [11, 12, 14, 18, 19, 20, 67, 70, 74, 75, 76],
                "methods": [11, 12, 13, 23, 27, 28, 29, 67, 68, 69, 79, 83, 84, 85],
                "categories": [11, 12, 13, 14, 67, 68, 69, 70],
                "retention": [29, 34, 85, 90],
                "rights": [32, 33, 88, 89],
                "sensitive-necessity": NA,
                "minors": [36],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [37, 93],
                "functions": [11, 12, 13, 23, 67, 68, 69, 79],
                "sensitive-marked": NA,
                "methods": [11, 12, 13, 23, 67, 68, 69, 79],
                "retention": [29, 34, 85, 90],
                "cross-border": [27, 83],
                "sharing": [23, 79, 19, 75],
                "transfer": M,
                "public-disclosure": M,
                "access": [32, 88],
                "correct": [32, 88],
                "delete": [32, 88],
                "close-account": [33, 89],
                "withdraw-consent": [33, 89],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [28, 84],
                "complaint": M,
            },
        },
        "notes": {
            "_file": "the zh privacy policy (9-38) and its English twin (65-94) say the same; a line of either is accepted (as profiles46c kinroster-tw); the terms (39-60, 95-116) are read for the same product where they disclose an item (none needed)",
            "cn-pipl/processor": "「运营者：沈奕辰（个人开发者） · 邮箱：ellacareer@outlook.com」 (37), English 93: a labelled operator with an e-mail",
            "cn-pipl/purposes": "each data item's use (11 用于识别您的账号…, 12 用于活动页展示, 14 为保障服务安全); the items under 「2. 信息的使用」 (18-20); English 67, 70, 74-76",
            "cn-pipl/methods": "received at the WeChat login (11), filled in by the person (12), published by the person (13), forwarded through the server to the AI model (23), stored in China (27), HTTPS (28), deleted or anonymised (29); English 67-69, 79, 83-85",
            "cn-pipl/categories": "openid, avatar and nickname, published content, device and log data (11-14); English 67-70",
            "cn-pipl/retention": "「仅在服务必需期限内保留，注销后 30 日内删除或匿名化。」 (29); sign-up data deleted on closing (34); English 85, 90",
            "cn-pipl/rights": "under 「5. 您的权利」: 「查询、更正、删除您的个人信息；」 (32) and 「撤回授权、注销账号：请通过【我的 → 帮助与客服】联系我们；」 (33), an in-app path; English 88-89",
            "cn-pipl/sensitive-necessity": "「我们不收集您的位置、通讯录及其他敏感个人信息。」 (15): n/a",
            "cn-pipl/minors": "debatable: 「本小程序面向 18 周岁以上用户。未成年人请在监护人同意后使用。」 (36): minors are not excluded (they may use it with a guardian's consent, as profiles46c machi-zh), so the item applies and guardian consent covers it; the terms' 「您须为 18 周岁以上」 (43) is the terms', and the English line (92) only says 18+",
            "cn-pipl/abroad-recipient": "stored in China (27); the AI model (智谱 GLM) is a Chinese provider: n/a (all five)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "account identification and sign-up sync with the openid (11), the event page with avatar and nickname (12), publishing an event with its content (13), AI chat and image recognition with the person's text and images (23); English 67-69, 79",
            "cn-gbt35273/sensitive-marked": "none collected (15): n/a",
            "cn-gbt35273/methods": "(11-13, 23; English 67-69, 79)",
            "cn-gbt35273/retention": "(29, 34; English 85, 90)",
            "cn-gbt35273/cross-border": "「信息存储于中华人民共和国境内的服务器；」 (27); English 83",
            "cn-gbt35273/sharing": "「AI 功能由第三方大模型服务（智谱 GLM）提供…您输入的文本或图片将经我们的服务器转发处理」 (23) under 「3. 第三方服务」; published content checked with WeChat's content-safety service (19); English 79, 75",
            "cn-gbt35273/transfer": "no 转让: missing",
            "cn-gbt35273/public-disclosure": "avatar and nickname 「用于活动页展示」 (12) is display on the product's pages (公开展示 is not public disclosure, docs/profiles.md): missing",
            "cn-gbt35273/access": "查询 (32)",
            "cn-gbt35273/correct": "更正 (32)",
            "cn-gbt35273/delete": "删除 (32)",
            "cn-gbt35273/close-account": "「注销账号：请通过【我的 → 帮助与客服】联系我们」 (33)",
            "cn-gbt35273/withdraw-consent": "「撤回授权…请通过【我的 → 帮助与客服】联系我们」 (33)",
            "cn-gbt35273/copy": "no copy or export: missing",
            "cn-gbt35273/effect-of-not-providing": "nothing; avatar and nickname are optional (12) with no consequence stated; the terms' 「需微信授权登录」 (42) is a requirement, not a consequence: missing",
            "cn-gbt35273/security": "「采用加密传输（HTTPS）与访问控制」 (28); English 84",
            "cn-gbt35273/complaint": "no 投诉/举报 anywhere: missing",
        },
    },
    {
        "name": "gudai-tw",
        "split": "dev",
        "file": "gudai-tw/AddSubAccountDialog.vue",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Vue 3 + Vuetify dialog 'add a sub-account' of 股代網, a service that collects shareholders' meeting gifts on their behalf; the PDPA notice and consent (蒐集個人資料告知事項暨個人資料提供同意書) inside the form, 170-190)",
            "commit": "index id 67514584975",
            "stored": INDEX_NO_REPO
            + "; 7,625 characters, LF, no final newline; checked against total_chars and a find_string offset (5,259)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [170, 171],
                "purposes": [171, 175],
                "categories": [171],
                "period": [173],
                "area": [174],
                "recipients": [175, 186, 190],
                "methods": M,
                "rights": M,
                "effect-of-not-providing": [185],
                "source": NA,
            },
        },
        "notes": {
            "_file": "a form component: script (1-110), the form fields (身分證字號, 姓名, 備註), the notice (169-187) and the consent (188-190)",
            "tw-pdpa/agency": "debatable: no company; 「股代網為遵守個人資料保護法規定…依法告知下列事項」 (170) and 「股代網(以下簡稱本站)因協助代領股東會紀念品等目的而獲取您下列個人資料」 (171): a site's brand named as the one that collects (not a site title after 歡迎), accepted as thehope-tw and outeye-zh",
            "tw-pdpa/purposes": "「因協助代領股東會紀念品等目的而獲取」 (171); 「本站將於原蒐集之特定目的、協助代領股東會紀念品、以及其他上市櫃/興櫃公司請求審查協助之目的範圍內，合理利用」 (175)",
            "tw-pdpa/categories": "「姓名、國民身分證統一編號、性別、證件圖檔、連絡方式(…)」 (171)",
            "tw-pdpa/period": "「本站將於蒐集目的之存續期間合理利用您的個人資料。」 (173): the criterion",
            "tw-pdpa/area": "「除蒐集之目的涉及國際業務或活動外，本站僅於中華民國領域內利用您的個人資料。」 (174)",
            "tw-pdpa/recipients": "debatable: the listed/OTC companies whose review the data serves (175) and to which the signer agrees it is provided (190, 「以及其他上市櫃/興櫃公司請求代領協助目的之提供」), bodies entrusted with processing (186, 委託其他機關): named kinds",
            "tw-pdpa/methods": "「蒐集、處理及利用」 (172) with no means (electronic, paper, automated): missing",
            "tw-pdpa/rights": "the Art. 3 rights are listed (176-182) 「向本站行使」, but the dialog gives no e-mail, phone, address or form anywhere: missing (as profiles46c thehope-tw)",
            "tw-pdpa/effect-of-not-providing": "「若您未提供正確之個人資料，本站將無法為您提供特定目的之相關業務。」 (185)",
            "tw-pdpa/source": "debatable: the form lets an account holder add a sub-account with another person's ID number and name, but the notice speaks of data 「您提供」 (170) and never says it collects from others: n/a",
        },
    },
    {
        "name": "luxgen-tw",
        "split": "dev",
        "file": "luxgen-tw/statement.blade.php",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Laravel Blade view 個資聲明 of a LUXGEN web service; the notice is one `<h4>` of `<li>` items and `<br/>` lines, 49-68)",
            "commit": "index id 29275696678",
            "stored": INDEX_NO_REPO
            + "; 3,102 characters, LF, no final newline; checked against total_chars and a find_string offset (2,303)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": M,
                "categories": [53],
                "period": M,
                "area": M,
                "recipients": M,
                "methods": M,
                "rights": M,
                "effect-of-not-providing": [64, 65],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "debatable: 「歡迎使用LUXGEN網站服務，本網站所提供之…」 (50): a brand in the service's name after 歡迎使用, then 本網站; no company, no 由…營運 (docs/profiles.md: a site title after 歡迎 is not the agency): missing",
            "tw-pdpa/purposes": "「依隱私權保護政策，蒐集、處理及合理利用」 (54) and 「特定目的之相關業務」 (64) name no purpose: missing",
            "tw-pdpa/categories": "「本網站獲取您的個人資料為識別類個人資料（中、英文姓名、聯絡電話號碼、）。」 (53)",
            "tw-pdpa/period": "nothing: missing",
            "tw-pdpa/area": "nothing: missing",
            "tw-pdpa/recipients": "nothing: missing",
            "tw-pdpa/methods": "nothing: missing",
            "tw-pdpa/rights": "the Art. 3 rights (55-61) with no way to exercise them; 「如需服務請洽網站管理單位之服務人員」 (65) points to staff with no contact anywhere: missing",
            "tw-pdpa/effect-of-not-providing": "「若您未提供正確之個人資料，本網站將無法為您提供特定目的之相關業務。」 (64); 「另本網站多數服務無須提供您的資料也可進行瀏覽，並不影響您資訊瀏覽的權益」 (65)",
            "tw-pdpa/source": "nothing collected from others: n/a",
        },
    },
    {
        "name": "atrox-en",
        "split": "dev",
        "file": "atrox-en/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js page `PrivacyPage` of Atrox, AI-generated episodes with reader comments, run by an individual developer in Japan; GDPR sections and a California paragraph; the date in an `updatedAt` prop)",
            "commit": "index id 51847064991",
            "stored": INDEX_NO_REPO + "; 8,196 characters, LF, final newline; checked against total_chars and a find_string offset (5,939)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": [20, 21, 14],
                "dpo": M,
                "purposes": [81, 83, 84, 86, 87, 49, 50, 51, 113, 148, 149],
                "legal-basis": [60, 61, 64, 65, 68, 69, 72, 73],
                "legitimate-interests": [64, 65],
                "recipients": [99, 100, 112, 113, 116, 119, 120, 39, 40, 41, 86],
                "transfers": [128, 129, 130, 131],
                "retention": [148, 149, 150, 151, 49, 50, 51],
                "rights": [157, 159, 160, 161, 162, 163, 165, 170, 171],
                "withdraw-consent": [165],
                "complaint": [167],
                "requirement": [45, 46, 68, 69],
                "automated-decisions": [189, 190, 191],
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [35, 36, 39, 40, 45, 46, 49, 50],
                "sources": [45, 46, 49, 50],
                "purposes": [81, 83, 84, 86, 87, 49, 50, 51],
                "sold-or-shared": [90, 91, 172],
                "right-to-know": [170, 171, 159],
                "right-to-delete": [170, 171, 161],
                "right-to-correct": [170, 171, 160],
                "right-to-opt-out": [170, 171],
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [175, 176, 180, 182],
                "authorized-agent": M,
                "last-updated": [11],
            },
        },
        "notes": {
            "_profiles": "a developer in Japan who says the policy complies with the GDPR, UK GDPR and the CCPA, with a California paragraph: eu-gdpr and us-ccpa",
            "eu-gdpr/controller": "debatable: 「Data Controller: Atrox, operated by an individual developer based in Japan. Contact: marumonomon77@gmail.com」 (20-26): a 'Data Controller:' label with the brand and an e-mail; the developer is not named; accepted (the label convention)",
            "eu-gdpr/dpo": "nothing: missing",
            "eu-gdpr/purposes": "the items under '3. How We Use Your Information' (81-87); logs kept 'for security and debugging' (49-51); comments sent to Claude as prompt input (113); comments kept 'to preserve episode context' (148-149)",
            "eu-gdpr/legal-basis": "'2. Legal Basis for Processing (GDPR)' with Contract, Legitimate interest, Consent, Legal obligation (60-73)",
            "eu-gdpr/legitimate-interests": "relied on; 'Legitimate interest: security logging, fraud prevention, service improvement' (64-65): a label with its list",
            "eu-gdpr/recipients": "Lemon Squeezy, Anthropic, Vercel, Neon (99-120); payment handled by Lemon Squeezy (39-41, 86)",
            "eu-gdpr/transfers": "applies (the United States, 128); 'we rely on Standard Contractual Clauses (SCCs) or adequacy decisions' (129-131)",
            "eu-gdpr/retention": "'Account data is retained while your account is active… removed within 30 days' (148-151); logs 'retained for up to 30 days' (49-51)",
            "eu-gdpr/rights": "'Depending on your jurisdiction, you have the right to:' (157) with 159-165; the California sentence (170-171)",
            "eu-gdpr/withdraw-consent": "'Withdraw consent at any time (where processing is based on consent)' (165)",
            "eu-gdpr/complaint": "'Lodge a complaint with your local data protection authority' (167); the breach notice to the authority (200-201) is the controller's duty, not accepted",
            "eu-gdpr/requirement": "debatable: comments are 'text you voluntarily submit' (45-46) and optional features 'require explicit opt-in' (68-69): whether providing is required, by the profile's convention ('is opt-in', 自愿提供); nothing on the account data's necessity",
            "eu-gdpr/automated-decisions": "'This is creative content generation, not automated decision-making with legal or significant effects on you.' (189-191)",
            "eu-gdpr/source": "debatable: the Lemon Squeezy customer ID and tier (39-40) presumably come from Lemon Squeezy, but the policy never says it obtains data from another party: n/a",
            "us-ccpa/categories-collected": "account, subscription, comments, technical data (35-50) under '1. Information We Collect'",
            "us-ccpa/sources": "comments 'you voluntarily submit' (45-46), server logs (49-50); nothing else names a source",
            "us-ccpa/purposes": "(81-87, 49-51)",
            "us-ccpa/sold-or-shared": "'We do not sell or share your personal information with third parties for marketing purposes.' (90-91); 'Atrox does not sell personal information.' (172)",
            "us-ccpa/right-to-know": "'California residents (CCPA): You have the right to know, delete, correct, and opt out of sale/sharing' (170-171); access (159)",
            "us-ccpa/right-to-delete": "(170-171; 161)",
            "us-ccpa/right-to-correct": "(170-171; 160)",
            "us-ccpa/right-to-opt-out": "'opt out of sale/sharing of personal information' granted (170-171)",
            "us-ccpa/right-to-limit": "nothing (the account log-in with a password is sensitive PI under the CCPA): missing",
            "us-ccpa/non-discrimination": "nothing: missing",
            "us-ccpa/how-to-submit": "'To exercise any of these rights, email marumonomon77@gmail.com' (175-182), after the California sentence",
            "us-ccpa/authorized-agent": "nothing: missing",
            "us-ccpa/last-updated": '`<LegalLayout title="Privacy Policy" updatedAt="April 7, 2026">` (11): the layout shows the date (as profiles41, a page that renders its lastUpdated field)',
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
            "file": f"eval/profiles47c/docs/{doc['file']}",
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
