#!/usr/bin/env python3
"""Hand annotations of eval/profiles49 in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by reading each document in full before any policylens run (only `policylens explain PROFILE` and docs/profiles.md were read, for the rules
and conventions).  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).  Held out before any run with
`random.Random(49).sample(sorted(names), 2)`: aiwowo-zh, mealplan-en.

    python3 eval/profiles49/tools/annotate.py
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
Verdict = list[int] | str
M, NA, Q = "missing", "n/a", "?"
NONE = "none found (all rights reserved; test fixture only)"
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

DOCS: list[dict] = [
    {
        "name": "jiuzhang-zh",
        "split": "dev",
        "file": "jiuzhang-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js client page 合规中心 of JIUZHANG AI, an AI content-creation product: four tabs 用户协议 / 隐私政策 / AI 生成说明 / 投诉举报 rendered conditionally, the privacy policy five `<li>` items with a `<b>` label; no company, an e-mail and a 400 number under the complaint tab)",
            "commit": "index id 59880274334",
            "stored": INDEX_NO_REPO + "; 7,717 characters, LF, final newline; checked against total_chars and a find_string offset (4,699)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [105, 108, 111],
                "methods": [105, 117],
                "categories": [105, 111],
                "retention": [111],
                "rights": [114],
                "sensitive-necessity": NA,
                "minors": M,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [105, 108, 111],
                "sensitive-marked": NA,
                "methods": [105],
                "retention": [111],
                "cross-border": M,
                "sharing": M,
                "transfer": M,
                "public-disclosure": M,
                "access": [114],
                "correct": [114],
                "delete": [114],
                "close-account": M,
                "withdraw-consent": M,
                "copy": [114],
                "effect-of-not-providing": M,
                "security": [117],
                "complaint": [114, 149, 153, 154, 155, 156, 159],
            },
        },
        "notes": {
            "cn-pipl/processor": "only the brand 'JIUZHANG AI' in the header eyebrow (41) and 本产品; no company, no 以下简称; a brand is not the processor: missing",
            "cn-pipl/purposes": "「您的输入内容用于生成 AI 回复、优化服务体验」 (108), 「为提供 AI 服务，我们会处理…」 (105), 「AI 对话记录仅用于为您提供服务与安全审计」 (111)",
            "cn-pipl/methods": "what the person types in and uploads (105), 加密传输 (117)",
            "cn-pipl/categories": "对话内容、创作指令、上传的素材 (105) under the label 收集的信息; AI 对话记录 (111)",
            "cn-pipl/retention": "「留存期限符合法律法规要求（至少 6 个月），超期自动清理」 (111)",
            "cn-pipl/rights": "grant and ways (「我的记忆」, the complaint entry) in one item (114)",
            "cn-pipl/minors": "debatable: the terms tab says 「本产品面向成年人使用。如您是未成年人，请在监护人指导下使用。」 (87): minors spoken of and not excluded; guidance of a guardian is no consent rule: applies, missing",
            "cn-gbt35273/functions": "the AI service with the data it processes (105), the input used to generate replies (108), the conversation records for the service and security audit (111)",
            "cn-gbt35273/cross-border": "nothing on where data is stored: missing",
            "cn-gbt35273/sharing": "「未经您的同意不会向第三方提供（法律法规要求除外）」 (108): a bare 第三方 with exceptions; the filed model 通义千问 (131) is not said to receive data: missing",
            "cn-gbt35273/close-account": "the product has accounts (账号安全, 90); no way to close one: missing",
            "cn-gbt35273/complaint": "the complaint tab (147-159) with e-mail, phone and time limits, and 「通过投诉举报入口联系我们」 (114)",
        },
    },
    {
        "name": "mitesla-zh",
        "split": "dev",
        "file": "mitesla-zh/legal.ts",
        "source": {
            "repo": "(not named by the index)",
            "path": '(a TypeScript module of 「小米汽车 × 特斯拉 高级定制中心」, a co-branded car configuration site: `privacyPolicy` and `termsOfService` as `LegalDoc` objects whose every text is a bilingual `l("中文", "English")` call; the site defined as 「本平台」, no company)',
            "commit": "index id 68522983421",
            "stored": INDEX_NO_REPO
            + "; 10,960 characters, LF, final newline; checked against total_chars and a find_string offset (3,763)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": [21],
                "purposes": [32, 33, 39],
                "methods": [30, 32, 44, 49, 59, 69],
                "categories": [28, 30, 31, 32, 33],
                "retention": [49],
                "rights": [54],
                "sensitive-necessity": M,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [21],
                "functions": [30, 31, 32, 33],
                "sensitive-marked": M,
                "methods": [32, 33, 59],
                "retention": [49],
                "cross-border": [49],
                "sharing": [44],
                "transfer": M,
                "public-disclosure": M,
                "access": [54],
                "correct": [54],
                "delete": [54],
                "close-account": [54],
                "withdraw-consent": [54, 49, 95],
                "copy": [54],
                "effect-of-not-providing": [59],
                "security": [69],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "debatable: the site's name defined as 「本平台」 (21) with an e-mail and a hotline (54, 74): covered by the haikesi-zh convention (profiles48: a site's name defined as 本平台 with a contact names the processor); the operator (本平台运营方, 83) is never named",
            "cn-pipl/purposes": "「用于提供车辆选配…」 (39), 「仅用于车库、充电与服务功能」 (32), 「用于安全防护与性能优化」 (33)",
            "cn-pipl/methods": "synced from the linked brand account after authorisation (32), shared (44), salted hash (30), deleted or anonymised (49), Cookie and local storage (59), TLS (69)",
            "cn-pipl/categories": "the lead-in with a colon (28) and the four items (30-33)",
            "cn-pipl/sensitive-necessity": "debatable: the vehicle's location (32) is the person's whereabouts (行踪轨迹), listed under collection; the ID number is only its last 4 characters (31); why it is needed is given (32) but no effect on the person: applies, missing",
            "cn-pipl/minors": "「本平台面向具备完全民事行为能力的成年人。若我们发现…收集了未成年人信息，将尽快删除。」 (64): not meant for minors, data deleted when found: n/a",
            "cn-pipl/abroad-recipient": "「存储于中华人民共和国境内的服务器」 (49): nothing abroad, the five abroad items n/a",
            "cn-gbt35273/functions": "labels of functions with their data: account (30), orders and bookings (31), vehicle connect for Garage and charging (32), device logs for security (33)",
            "cn-gbt35273/sensitive-marked": "applies as cn-pipl/sensitive-necessity (vehicle location); nothing marked: missing",
            "cn-gbt35273/methods": "synced after linking a brand account (32), the language cookie (33), cookies and local storage (59)",
            "cn-gbt35273/cross-border": "(49)",
            "cn-gbt35273/sharing": "Xiaomi, Tesla, their centres, payment, SMS and cloud providers, entrusted under agreements (44)",
            "cn-gbt35273/transfer": "no 转让 anywhere: missing",
            "cn-gbt35273/public-disclosure": "no 公开披露: missing",
            "cn-gbt35273/close-account": "注销账户 granted with the privacy centre and the e-mail (54)",
            "cn-gbt35273/withdraw-consent": "撤回同意 granted with a way (54); revoking the brand-account authorisation and what follows (49); unlinking in the account page (95, terms)",
            "cn-gbt35273/effect-of-not-providing": "cookies blocked at a cost (59)",
            "cn-gbt35273/complaint": "no 投诉/举报 anywhere (the officer's e-mail, 74, is a contact): missing",
        },
    },
    {
        "name": "trisoap-tw",
        "split": "dev",
        "file": "trisoap-tw/Create_CUSMAS.php",
        "source": {
            "repo": "(not named by the index)",
            "path": '(the registration form of a handmade-soap shop 三三 of 建皂希望有限公司, a 2016 student project (NTUIM SA GROUP7); the PDPA notice is a jQuery UI dialog `<p class="privacy-text">` of nine numbered clauses in plain lines)',
            "commit": "index id 43871505508",
            "stored": INDEX_NO_REPO
            + "; 5,785 characters, CRLF, no final newline; checked against total_chars and a find_string offset (4,748)",
            "licence": NONE,
        },
        "v": {
            "tw-pdpa": {
                "agency": [67],
                "purposes": [69],
                "categories": [71],
                "period": [74],
                "area": [75],
                "recipients": [76],
                "methods": [77],
                "rights": [79, 80, 81, 82, 86],
                "effect-of-not-providing": [85],
                "source": Q,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「建皂希望有限公司（以下簡稱本公司）」 (67)",
            "tw-pdpa/methods": "「方式：以電話、簡訊、電子郵件、紙本或其他合於當時科技之適當方式作個人資料之利用」 (77): means of use",
            "tw-pdpa/rights": "debatable: the rights (79-82) are to be requested 向本公司, and the only channel is the customer-service e-mail for any question (86): covered, cited at the rights clause",
            "tw-pdpa/source": "doubtful: 「本公司直接或間接蒐集」 (67) is the statute's phrase; every datum comes from the person's form: not scored",
        },
    },
    {
        "name": "aiwowo-zh",
        "split": "holdout",
        "file": "aiwowo-zh/markdown.ts",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a TypeScript module of 艾窝窝, a Beijing OPC incubator community, building the site's Markdown for AI agents: llms.txt, home, about, contact, agents and `buildPrivacyMarkdown()` as template literals; the operator, e-mail, phone and address are `${CONTACT.*}` slots defined elsewhere)",
            "commit": "index id 71535843359",
            "stored": INDEX_NO_REPO + "; 9,594 characters, LF, final newline; checked against total_chars and a find_string offset (7,166)",
            "licence": NONE,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [261, 269],
                "methods": [255, 269, 273],
                "categories": [255, 269],
                "retention": [265],
                "rights": M,
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [255, 269],
                "sensitive-marked": NA,
                "methods": [255, 269],
                "retention": [265],
                "cross-border": [265],
                "sharing": [269],
                "transfer": M,
                "public-disclosure": M,
                "access": [277],
                "correct": [277],
                "delete": [265, 277],
                "close-account": NA,
                "withdraw-consent": [277],
                "copy": M,
                "effect-of-not-providing": M,
                "security": M,
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "the operator is a slot: 「${SITE_NAME}（运营主体：${CONTACT.legalEntity}）」 (251), the contact lines slots (73-78): template slots name nobody (docs/profiles.md; profiles48 sastlink-zh): missing",
            "cn-pipl/purposes": "「收集到的信息仅用于：回复你的咨询…」 (261), the host's logs 「用于运行与安全审计」 (269)",
            "cn-pipl/methods": "filled in and submitted by the person (255), recorded in the host's logs (269), local storage (273)",
            "cn-pipl/categories": "the form's fields (255), IP, time and User-Agent in the logs (269)",
            "cn-pipl/retention": "two years after the exchange, or until deletion is asked (265)",
            "cn-pipl/rights": "the grant (277) with a way that is only slots (「请发邮件至 ${CONTACT.email} 或致电 ${CONTACT.phoneDisplay}」): no contact (the sastlink-zh convention): missing",
            "cn-pipl/minors": "「不面向14岁以下未成年人，也不会主动收集其信息」 (281): n/a",
            "cn-pipl/abroad-recipient": "kept 在中国境内 (265); Vercel and Google Fonts are not said to be abroad: the five abroad items n/a",
            "cn-gbt35273/functions": "the one consultation form with its fields (255), the host's logs for operation and audit (269)",
            "cn-gbt35273/cross-border": "「在中国境内保存」 (265)",
            "cn-gbt35273/sharing": "Vercel with what its logs record (269)",
            "cn-gbt35273/delete": "「你可以随时要求查阅、更正或删除」 (277), 「或直至你要求删除」 (265)",
            "cn-gbt35273/close-account": "a single-page site with one form, no account (255): n/a",
            "cn-gbt35273/withdraw-consent": "「也可以撤回联系授权」 granted (277)",
            "cn-gbt35273/copy": "no copy or export: missing",
            "cn-gbt35273/security": "debatable: the host's logs are used 「用于运行与安全审计」 (269), a purpose of Vercel's logs, no measure protecting the submitted data: missing",
            "cn-gbt35273/complaint": "no 投诉; the rights reply time (277) is no complaint channel: missing",
        },
    },
    {
        "name": "mealplan-en",
        "split": "holdout",
        "file": "mealplan-en/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "path": "(a Next.js privacy page of a recipe and AI meal-plan site whose name, URL and e-mail are `{SITE.*}` constants imported from elsewhere; GDPR, CCPA and other US-state sections; the 'Last updated' date is `new Date()`)",
            "commit": "index id 55670216299",
            "stored": INDEX_NO_REPO + "; 7,374 characters, LF, final newline; checked against total_chars and a find_string offset (4,278)",
            "licence": NONE,
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": [38, 39, 40, 41, 42, 47],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [47, 57, 58, 59, 60, 62, 63, 64, 65],
                "transfers": [120],
                "retention": [114],
                "rights": [69, 71, 72, 73, 74, 75, 109],
                "withdraw-consent": [47, 76, 90],
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [24, 25, 26, 31, 32, 33],
                "sources": [22, 24, 25, 26, 29, 31, 32, 33],
                "purposes": [38, 39, 40, 41, 42, 47],
                "sold-or-shared": [90, 101],
                "right-to-know": [87],
                "right-to-delete": [88],
                "right-to-correct": [89],
                "right-to-opt-out": [47, 90, 101],
                "right-to-limit": [91],
                "non-discrimination": [92],
                "how-to-submit": [90],
                "authorized-agent": [97, 98],
                "last-updated": M,
            },
        },
        "notes": {
            "eu-gdpr/controller": "'{SITE.name} (\u201cwe\u201d…) operates {SITE.url}' (18): the name is a slot, the e-mail a slot: names nobody: missing",
            "eu-gdpr/purposes": "the use list (38-42) under 'How we use your information', AdSense 'to serve ads' (47)",
            "eu-gdpr/legal-basis": "debatable: consent appears only as a condition of ads and cookies ('with your consent, where required', 33, 42); no basis is named for the processing: missing",
            "eu-gdpr/recipients": "the named services with their roles (57-65), Google AdSense (47)",
            "eu-gdpr/transfers": "'Our servers and processors may be located outside your country. We use Standard Contractual Clauses…' (120): applies, covered",
            "eu-gdpr/retention": "(114)",
            "eu-gdpr/rights": "the list (69-75), the other states' rights (109)",
            "eu-gdpr/withdraw-consent": "'Withdraw consent for marketing or advertising at any time' (76), opting out of personalised ads (47, 90)",
            "eu-gdpr/requirement": "debatable: nothing says which data is required or what refusing costs ('(opt-in) marketing emails', 40, is about the e-mails): missing",
            "eu-gdpr/automated-decisions": "AI meal plans are personalised (39); no word on automated decisions: missing",
            "eu-gdpr/source": "from the person or the device: n/a",
            "us-ccpa/sources": "the labels 'Information you provide' (22) and 'Information collected automatically' (29) over their items",
            "us-ccpa/sold-or-shared": "(90), Nevada (101)",
            "us-ccpa/right-to-opt-out": "the banner button or e-mail (90), Google Ads Settings (47), Nevada (101)",
            "us-ccpa/right-to-limit": "(91)",
            "us-ccpa/how-to-submit": "debatable: the e-mail is the slot {SITE.email} (95: no address by the slot convention); the banner's 'Do Not Sell or Share My Information' button (90) is a way for the opt-out request: covered at 90",
            "us-ccpa/authorized-agent": "(97-98)",
            "us-ccpa/last-updated": "debatable: 'Last updated: {new Date()…}' (15) always shows today's date: no date: missing",
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
            "file": f"eval/profiles49/docs/{doc['file']}",
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
