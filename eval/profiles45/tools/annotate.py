#!/usr/bin/env python3
"""Hand annotations of eval/profiles45 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document in full before any policylens run; the held-out part was drawn with random.Random(45) before any run.  A list is a covered item (every line a reviewer
accepts as its citation), "missing", "n/a" (a conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles45/tools/annotate.py
"""

from __future__ import annotations

import json
import random  # noqa: F401  (the draw, DRAW below, used random.Random(45))
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


NA_ABROAD = dict.fromkeys(ABROAD, NA)
DRAW = "sorted(random.Random(45).sample(sorted(names), 2)) = ['udnlucky-tw', 'verdant-zh'] (held out), drawn before any run"


def src(index_id: str, what: str, chars: str, offset: str) -> dict:
    """Provenance of an index text whose repository the index does not name."""
    return {
        "repo": "(not named by the index)",
        "path": what,
        "commit": f"index id {index_id}",
        "stored": f"{INDEX_NO_REPO}; {chars}; checked against total_chars and a find_string offset ({offset})",
        "licence": NONE,
    }


DOCS: list[dict] = [
    {
        "name": "neurocash-zh",
        "split": "dev",
        "file": "neurocash-zh/PrivacyPage.tsx",
        "source": src("51875138370", "(a React page `PrivacyPage` of NeuroCashEngine, a cash-flow and asset platform; inline styles, <h2>/<p>/<li>)", "3,308 characters, LF, final newline", "2,589"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [51, 53, 54, 55, 56, 57],
                "methods": [44, 45, 63, 64, 67, 82],
                "categories": [41, 43, 44, 45, 46, 47],
                "retention": [82],
                "rights": [100, 101],
                "sensitive-necessity": M,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [41, 43, 44, 45],
                "sensitive-marked": M,
                "methods": [44, 45],
                "retention": [82],
                "cross-border": [82],
                "sharing": [85, 90],
                "transfer": M,
                "public-disclosure": M,
                "access": [74],
                "correct": [75],
                "delete": [76],
                "close-account": [78],
                "withdraw-consent": [77],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [61, 63, 64, 65, 66, 67],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「NeuroCashEngine（以下简称\"本平台\"）严格遵守…」 (38): the platform names itself and is defined as 本平台; no company, team or person anywhere (e-mail and an address at 101-102). docs/profiles.md: a product defined as 本平台/本应用 with no company is no processor (as profiles44c smartledger-zh): missing. Debatable",
            "cn-pipl/purposes": "「我们收集的信息用于以下目的：」 (51) with its five items (53-57)",
            "cn-pipl/methods": "enterprise users provide (44), accounts you bind (45), encrypted storage (63), access control (64), TLS (67), stored on servers in China, deleted or anonymised after closing the account (82)",
            "cn-pipl/categories": "「我们在以下场景收集您的信息：」 (41) with e-mail, phone, user name, password, company data, bank/securities/fund accounts, usage and device data (43-47)",
            "cn-pipl/retention": "「我们仅在实现目的所必需的最短时间内保留…账户注销后，我们将在30天内删除或匿名化」 (82)",
            "cn-pipl/rights": "rights listed 71-78 with no way; 「如您对本隐私政策有任何疑问或需要行使上述权利，请联系我们：」 (100) + 邮箱 (101)",
            "cn-pipl/sensitive-necessity": "applies: bank, securities and fund accounts bound to the platform (45, PIPL Art. 28 financial accounts); no necessity and no effect on the person is stated: missing",
            "cn-pipl/minors": "「本平台不面向未成年人提供服务。如发现…无意中收集…删除」 (94): the service is not meant for minors: n/a",
            "cn-pipl/abroad-recipient": "「您的数据存储在中国境内服务器」 (82); nothing goes abroad: the abroad items do not apply",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor: missing",
            "cn-gbt35273/functions": "「我们在以下场景收集您的信息：」 (41): registration (43), enterprise identity (44), bound accounts (45): the scenarios are business functions. Debatable (labels close to data labels)",
            "cn-gbt35273/sensitive-marked": "applies (financial accounts, 45); nothing is marked as sensitive (63 only encrypts 敏感数据): missing",
            "cn-gbt35273/methods": "「企业用户需提供…」 (44), 「您绑定的银行账户…」 (45): provided by the person",
            "cn-gbt35273/retention": "as cn-pipl/retention (82)",
            "cn-gbt35273/cross-border": "「您的数据存储在中国境内服务器」 (82)",
            "cn-gbt35273/sharing": "「在以下情况下，我们可能会依法共享您的信息：」 (85) with 「与为我们提供服务的合作伙伴共享（如云服务商）…保密协议」 (90)",
            "cn-gbt35273/transfer": "nothing on 转让: missing",
            "cn-gbt35273/public-disclosure": "nothing on 公开披露: missing",
            "cn-gbt35273/access": "「访问权：访问和查看我们持有的您的个人信息」 (74)",
            "cn-gbt35273/correct": "「更正权：发现信息不准确时要求更正」 (75)",
            "cn-gbt35273/delete": "「删除权：…要求删除个人信息」 (76)",
            "cn-gbt35273/close-account": "「注销权：注销账户，我们将依法删除您的信息」 (78) under the rights heading: a right to close the account (docs/profiles.md: granted as a right under a rights heading counts)",
            "cn-gbt35273/withdraw-consent": "「撤回同意权：撤回您对信息处理的同意」 (77), granted under 「您享有以下权利」",
            "cn-gbt35273/copy": "no copy or export: missing",
            "cn-gbt35273/effect-of-not-providing": "nothing: missing",
            "cn-gbt35273/security": "the list under 「我们采取以下措施保障您的数据安全：」 (61, 63-67)",
            "cn-gbt35273/complaint": "no complaint channel (100 is for questions and rights requests): missing",
        },
    },
    {
        "name": "yuxuan-zh",
        "split": "dev",
        "file": "yuxuan-zh/index.tsx",
        "source": src("66264154486", "(a Taro mini-program page `PrivacyPolicyPage` of 宇轩百货; <Text className=\"policy-text\"> blocks)", "4,357 characters, LF, final newline", "1,908"),
        "v": {
            "cn-pipl": {
                "processor": [125, 31, 116],
                "purposes": [38, 41],
                "methods": [38, 44, 51, 57, 67],
                "categories": [38, 41, 44],
                "retention": [54, 57],
                "rights": M,
                "sensitive-necessity": NA,
                "minors": [99],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [125, 31, 116],
                "functions": [38, 44],
                "sensitive-marked": NA,
                "methods": [38, 44],
                "retention": [54, 57],
                "cross-border": [51],
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": [80, 83],
                "correct": [80, 83],
                "delete": [80, 86],
                "close-account": [80, 92],
                "withdraw-consent": [80, 89],
                "copy": M,
                "effect-of-not-providing": M,
                "security": [64, 67, 70, 73],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「本小程序由宇轩百货运营」 (125, an owner sentence) with 「欢迎使用宇轩百货小程序」 (31); e-mail 452747345@qq.com (116), customer-service WeChat (119). A trade name, no legal entity; accepted as the operator",
            "cn-pipl/purposes": "「用于智能技术分析和视频生成」 (38), 「用于提供基础服务」 (41)",
            "cn-pipl/methods": "images you upload (38), collected automatically (44), stored in the PRC (51), deleted or anonymised at the end (57), encryption (67)",
            "cn-pipl/categories": "shop images (38), device model, OS version, device identifier (41), usage logs (44)",
            "cn-pipl/retention": "「存储期限：我们仅在实现目的所必需的最短时间内保留…」 (54), 57 the end of storage",
            "cn-pipl/rights": "「在您使用本小程序期间，您可以：」 (80) access, update, delete, withdraw, close (83-92), but no way anywhere in the section; the contact (113) is for 疑问、意见或建议: missing",
            "cn-pipl/sensitive-necessity": "no sensitive data (shop images, device data, logs): n/a",
            "cn-pipl/minors": "「若您是未成年人…在征得您的监护人同意的前提下使用我们的服务」 (99): guardian consent",
            "cn-pipl/abroad-recipient": "stored in the PRC (51): n/a",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "「当您使用视频生成功能时，我们会收集您上传的店铺图片」 (38); 「当您使用本小程序时，我们会自动收集您的使用日志信息」 (44)",
            "cn-gbt35273/sensitive-marked": "no sensitive data: n/a",
            "cn-gbt35273/methods": "uploaded by you (38), collected automatically (44)",
            "cn-gbt35273/retention": "54 (criterion), 57",
            "cn-gbt35273/cross-border": "「存储地点：您的个人信息将存储于中华人民共和国境内」 (51)",
            "cn-gbt35273/sharing": "the policy is silent on sharing, SDKs and third parties: missing",
            "cn-gbt35273/transfer": "missing",
            "cn-gbt35273/public-disclosure": "missing",
            "cn-gbt35273/access": "「您可以：」 (80) + 「访问、更新和管理您的个人信息」 (83)",
            "cn-gbt35273/correct": "更新 (83)",
            "cn-gbt35273/delete": "「删除您的个人信息」 (86)",
            "cn-gbt35273/close-account": "「注销账号」 (92) granted under the rights heading",
            "cn-gbt35273/withdraw-consent": "「撤回对个人信息处理的同意」 (89) granted (您可以)",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "missing",
            "cn-gbt35273/security": "encryption, access control, incident plan (64-73)",
            "cn-gbt35273/complaint": "only 「疑问、意见或建议」 (113) with contacts: no complaint channel (docs/profiles.md): missing",
        },
    },
    {
        "name": "verdant-zh",
        "split": "holdout",
        "file": "verdant-zh/page.tsx",
        "source": src("55005330817", "(a Next.js page `PrivacyPage` of Verdant Oasis (绿洲), a dataset marketplace; bilingual `<P zh=… en=…>` and `<List items={[[zh, en], …]}>`; the operator and the e-mail are `${BRAND.entity}` and `${BRAND.dpoEmail}` imported from @/components/Legal, not in the file)", "9,830 characters, LF, final newline", "9,142"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [30, 32, 42, 45, 46, 47, 55, 56, 61, 64, 65, 66],
                "methods": [29, 55, 56, 79, 80, 90, 91],
                "categories": [26, 29, 30, 31, 32],
                "retention": [79, 80],
                "rights": M,
                "sensitive-necessity": M,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [26, 29, 30, 31, 32],
                "sensitive-marked": M,
                "methods": M,
                "retention": [79, 80],
                "cross-border": [79, 80, 83, 84],
                "sharing": [61, 64, 65, 66, 67],
                "transfer": M,
                "public-disclosure": M,
                "access": [100, 103],
                "correct": [100, 104],
                "delete": [100, 105],
                "close-account": [100, 107],
                "withdraw-consent": [100, 106],
                "copy": [100, 103],
                "effect-of-not-providing": [55, 56],
                "security": [90, 91],
                "complaint": [140, 141, 144, 145],
            },
        },
        "notes": {
            "cn-pipl/processor": "the operator is `${BRAND.entity}` (16, 140) and the contact `${BRAND.dpoEmail}` (112, 140): template expressions whose values are not in the file; docs/profiles.md (as profiles43c, profiles44c pazar-en): no name: missing",
            "cn-pipl/purposes": "用于身份核验与合规准入 (30), 用于安全风控与服务运行 (32), the lawful-basis list with its uses (42, 45-47), cookies 维持登录态 (55), the sharing list's uses (61, 64-66)",
            "cn-pipl/methods": "encrypted storage (29), cookies and local storage (55), stored in the PRC, deleted or anonymised (79), encryption in transit and at rest (90); English twins 56, 80, 91",
            "cn-pipl/categories": "「我们仅在为实现具体功能所必需的范围内收集个人信息：」 (26) with its four items (29-32)",
            "cn-pipl/retention": "「我们仅在实现处理目的所必需的最短期限内保存…超出保存期限的，我们将删除或匿名化处理」 (79; English 80)",
            "cn-pipl/rights": "rights 100-108 and 「您可通过 ${BRAND.dpoEmail} 行使上述权利」 (112): the only way is a template expression not in the file: missing (the set's convention: an unresolved expression is no contact). Debatable: the reader sees that the way is an e-mail",
            "cn-pipl/sensitive-necessity": "applies: 证件号码 (30, an ID number) and payment/settlement data (31); 36 promises separate consent 'if a function needs it' but no necessity and no effect is stated: missing",
            "cn-pipl/minors": "「不面向未成年人…如发现，将依法及时删除」 (119): n/a",
            "cn-pipl/abroad-recipient": "「本平台原则上不向境外提供个人信息。如确需跨境提供…」 (83): only 'if ever needed': n/a",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor: missing",
            "cn-gbt35273/functions": "「为实现具体功能所必需的范围内收集」 (26) with registration (29), real-name verification 用于身份核验 (30), transactions (31), device and logs 用于安全风控 (32)",
            "cn-gbt35273/sensitive-marked": "applies (ID number, 30); nothing marked: missing",
            "cn-gbt35273/methods": "no collection method: nothing says the person provides or that anything is collected automatically (cookies 55 keep the login state): missing. Debatable",
            "cn-gbt35273/retention": "79-80",
            "cn-gbt35273/cross-border": "「您的个人信息存储于中华人民共和国境内」 (79) and 83 (not abroad as a rule); English 80, 84",
            "cn-gbt35273/sharing": "「向下列第三方提供或委托处理个人信息」 (61) with the fund custodian (64, `${BRAND.custodianZh}` + its use), identity-verification providers (65), cloud providers (66), inspection services (67)",
            "cn-gbt35273/transfer": "108 is portability to a handler the person names, not 转让: missing",
            "cn-gbt35273/public-disclosure": "missing",
            "cn-gbt35273/access": "「查阅、复制您的个人信息」 (103) under 100",
            "cn-gbt35273/correct": "104",
            "cn-gbt35273/delete": "105",
            "cn-gbt35273/close-account": "「注销账户」 (107) granted under the rights heading",
            "cn-gbt35273/withdraw-consent": "「撤回您此前作出的同意」 (106) granted",
            "cn-gbt35273/copy": "复制 (103)",
            "cn-gbt35273/effect-of-not-providing": "cookies managed at a cost 「…但这可能影响部分功能的使用」 (55; English 56)",
            "cn-gbt35273/security": "90 (English 91)",
            "cn-gbt35273/complaint": "「…疑问、意见或投诉，可联系我们的个人信息保护负责人」 (140) and 「您有权向网信、市场监管等有权部门投诉或举报」 (144): authorities named as the channel; English 141, 145",
        },
    },
    {
        "name": "udnlucky-tw",
        "split": "holdout",
        "file": "udnlucky-tw/Notice.vue",
        "source": src("49232624089", "(a Vue component of a 聯合線上 (udn) prize campaign 『馬上有福轉好運』: 注意事項 and 個資聲明 as string arrays in `contentData`, shown in a popup)", "9,560 characters, LF, final newline", "3,770"),
        "v": {
            "tw-pdpa": {
                "agency": [95, 97],
                "purposes": [98, 76],
                "categories": [99, 76, 87],
                "period": [100],
                "area": [101],
                "recipients": [102],
                "methods": [102],
                "rights": [103],
                "effect-of-not-providing": [104, 76],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「聯合線上股份有限公司（以下簡稱本公司）」 (95, 97 蒐集個人資料公司)",
            "tw-pdpa/purposes": "「蒐集之目的：行銷。」 (98); 「網友填寫資料之目的係作為確認身分，以便進行活動」 (76)",
            "tw-pdpa/categories": "「個人資料之類別：姓名、地址、電子郵件及電話」 (99); 76, 87",
            "tw-pdpa/period": "「個人資料利用之期間：自台端參加本公司任何活動日起地兩年內之間」 (100)",
            "tw-pdpa/area": "「僅限於台灣、金門、澎湖、馬祖等地區利用」 (101)",
            "tw-pdpa/recipients": "「個人資料利用之對象及方式：由本公司該業務承辦人員…公眾將可透過網際網路瀏覽…中獎資訊」 (102): the company's staff and the public for the winners' list",
            "tw-pdpa/methods": "102: 「依通常作業所必要之方式」 alone would say nothing, but the same item gives publication on the campaign site with part of the data masked (隱匿部分個人資訊之方式處理): covered. Debatable",
            "tw-pdpa/rights": "「依個人資料保護法第三條規定得行使之權利及方式：台端得向本公司承辦該項業務單位…提出申請，以查詢、閱覽、製給複製本…」 (103): the Art. 3 rights with a way (an application to the named unit; the service mailbox is at 88); as profiles43c paotui-tw/profiles44c meihao-tw",
            "tw-pdpa/effect-of-not-providing": "「若台端選擇不願填寫，將無法參加本次活動所提供之相關服務或遭取消中獎資格」 (104); 76",
            "tw-pdpa/source": "everything is given by the participant: n/a",
        },
    },
    {
        "name": "rnaforth-en",
        "split": "dev",
        "file": "rnaforth-en/PrivacyPolicyPage.jsx",
        "source": src("58597500402", "(a React page `PrivacyPolicyPage` of the Royal Naval Association Forth Valley Branch, a UK charity branch; UK GDPR)", "5,230 characters, LF, final newline", "4,270"),
        "v": {
            "eu-gdpr": {
                "controller": [21, 22, 23, 26, 27],
                "dpo": M,
                "purposes": [46, 48, 49],
                "legal-basis": [69, 70, 71],
                "legitimate-interests": [70, 71],
                "recipients": [38, 55, 56, 57],
                "transfers": NA,
                "retention": [64, 77, 78],
                "rights": [83, 85, 86, 87, 88, 94],
                "withdraw-consent": M,
                "complaint": [89],
                "requirement": [32, 34],
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "eu-gdpr/controller": "「Royal Naval Association – Forth Valley Branch (\"we\", \"us\", \"our\")」 (21-22) with address and phone (22-23); the data controller is the Branch Secretary (26-27)",
            "eu-gdpr/dpo": "no DPO is named or said not to be needed: missing",
            "eu-gdpr/purposes": "'We use the information you submit via our contact form solely to:' (46) with 48-49",
            "eu-gdpr/legal-basis": "'on the basis of legitimate interests … and your implied consent' (69-71)",
            "eu-gdpr/legitimate-interests": "'specifically, to respond to communications you have initiated' (70-71)",
            "eu-gdpr/recipients": "Web3Forms as processor (55-57); GitHub collects access logs (38)",
            "eu-gdpr/transfers": "GitHub Pages and Web3Forms, but no country outside the UK/EEA is named: n/a (the profile's rule)",
            "eu-gdpr/retention": "'typically no longer than 12 months' (77-78); Web3Forms keeps nothing beyond delivery (64)",
            "eu-gdpr/rights": "the rights list (83, 85-88) and 'To exercise any of these rights, please contact us by phone' (94)",
            "eu-gdpr/withdraw-consent": "implied consent is one basis (71) but no withdrawal is stated: missing",
            "eu-gdpr/complaint": "'Lodge a complaint with the Information Commissioner's Office (ICO)' (89)",
            "eu-gdpr/requirement": "'only when you voluntarily provide it' (32), 'phone number (optional)' (34): providing is voluntary (as profiles44c paycheck-en)",
            "eu-gdpr/automated-decisions": "nothing: missing",
            "eu-gdpr/source": "everything comes from the person (the contact form); GitHub's own logs are GitHub's: n/a",
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
            "file": f"eval/profiles45/docs/{doc['file']}",
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
