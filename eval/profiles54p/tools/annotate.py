#!/usr/bin/env python3
"""Hand annotations of eval/profiles54p in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m54p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 735b9f5b; one document held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles52b.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles54p/tools/annotate.py
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

GIT = "git blob of a fetched repository, byte for byte at the commit"
STORED = INDEX_NO_REPO + "; {chars} characters, LF; written out character for character from read_file and checked against total_chars"

# AutoSlides (bilingual en + zh in Hong Kong usage): each paragraph an {en, zh} pair on two lines; a line of either
# language is accepted.
A_PURPOSES = [78, 79, 112, 113, 128, 129, 142, 143, 154, 155, 175, 176, 179, 180, 217, 218]
A_RECIPIENTS = [154, 155, 175, 176, 183, 184, 187, 188, 191, 192, 205, 206, 209, 210, 213, 214, 217, 218, 221, 222]
A_RETENTION = [98, 99, 107, 108, 112, 113, 116, 117, 150, 151, 179, 180, 257, 258]
A_RIGHTS = [275, 276, 279, 280, 287, 288]

# 料圈商城 (zh-Hans, Vue 3): numbered items, one <div> a line.
L_PURPOSES = [40, 41, 42, 43, 49, 64]
L_CATEGORIES = [40, 41, 42, 43, 49]
L_RIGHTS = [98, 102, 106]

# 臺北市政府警察局 (Swift): the terms on line 127 and the privacy policy on line 128, one string literal each.
T_BOTH = [127, 128]

# buykop.com (English, Vue 2; held out).  Lines 66-86 are an HTML comment (a removed section), never shown.
B_PURPOSES = [42, 43, 44, 45, 46, 47]
B_CATEGORIES = [21, 22, 23, 24, 25, 31, 32]

DOCS: list[dict] = [
    {
        "name": "autoslides-bil",
        "split": "dev",
        "file": "autoslides-bil/privacy.ts",
        "source": {
            "repo": "bit-admin/Yanhekt-AutoSlides",
            "licence": "Apache-2.0 (LICENSE at the repository root)",
            "path": "web/frontend/src/legal/privacy.ts",
            "commit": "51de949c9f3477ddb019cba66b385d3398cdd119",
            "stored": GIT + " (also index:58318722146, found by find_string 「閣下的個人資料」)",
        },
        "v": {
            "eu-gdpr": {
                "controller": Q,
                "dpo": M,
                "purposes": A_PURPOSES,
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": A_RECIPIENTS,
                "transfers": Q,
                "retention": A_RETENTION,
                "rights": A_RIGHTS,
                "withdraw-consent": M,
                "complaint": M,
                "requirement": Q,
                "automated-decisions": [239, 240],
                "source": Q,
            },
        },
        "notes": {
            "eu-gdpr/controller": "? — 'provided by the Developer of AutoSlides' (30/31) and '\"Developer\" means the creator and operator of the Service (contact: info@ruc.edu.kg)' (34/35): a role with an e-mail, no person or entity named",
            "eu-gdpr/dpo": "missing: no data protection officer or privacy contact other than the Developer's e-mail",
            "eu-gdpr/purposes": "the token kept 'so that you stay signed in' (78/79), password used once 'to authenticate' (112/113), '3.5 Purpose … solely to authenticate you' (128/129), why a relay is needed (142/143), Cloudflare 'to deliver, protect, and operate' (154/155), images sent 'solely so that provider can return a classification' (175/176, 179/180), the relay 'in order to sign and proxy segments' (217/218)",
            "eu-gdpr/legal-basis": "missing: no basis named anywhere",
            "eu-gdpr/legitimate-interests": "n/a: not relied on",
            "eu-gdpr/recipients": "Cloudflare (154/155, 221/222), the AI provider chosen (175/176, 183/184, 187/188, 209/210), the Platform's storage (191/192), the Platform and the school (205/206), GitHub and its mirror (213/214), the video relay (217/218)",
            "eu-gdpr/transfers": "? — data goes to the Platform in Beijing (cbiz.yanhekt.cn) and to Cloudflare, but no country is named and nothing speaks of the EEA (the service is for BIT students)",
            "eu-gdpr/retention": "until you clear it (98/99), the password not retained after the request (107/108, 112/113), the SMS state 'for up to five minutes' (116/117), no server-side archive (150/151), the image 'not retained' (179/180), 8.1 (257/258)",
            "eu-gdpr/rights": "9 Accessing and deleting your data: remove the copy yourself (275/276), Platform data through the Platform (279/280), 'contact the Developer at the address in section 11' (287/288) — access and erasure as self-service plus a contact (debatable as 'rights', accepted)",
            "eu-gdpr/withdraw-consent": "missing (debatable): no consent is asked for; AI filtering 'can be turned on or off in Settings' (175/176) is a feature switch — the profile's convention (growhub-hk in profiles53q: nothing asked, nothing to withdraw → missing)",
            "eu-gdpr/complaint": "missing: no supervisory authority",
            "eu-gdpr/requirement": "? — Cloud Notes 'optional' (38/39), token sign-in as an alternative to the password (120/121), AI filtering switchable (175/176): optional features, but nothing says what is required or what refusing costs",
            "eu-gdpr/automated-decisions": "'does not build a marketing or behavioural advertising profile of you' (239/240): profiling denied",
            "eu-gdpr/source": "? — the Platform's token and course data come from the Platform (3.1, 4.1), but that is the user's own account relayed, not data about the user obtained from a third party",
        },
    },
    {
        "name": "liaoquan-zh",
        "split": "dev",
        "file": "liaoquan-zh/index.vue",
        "source": {
            "repo": "xiaoxiaokkkk/liaoquan-web-h5",
            "licence": NONE,
            "path": "src/views/privacy/index.vue",
            "commit": "957dda8586e8facd438f5176a16e5cba986afd02",
            "stored": GIT,
        },
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": L_PURPOSES,
                "methods": [40, 49, 60, 64, 68, 72, 83],
                "categories": L_CATEGORIES,
                "retention": [72],
                "rights": L_RIGHTS,
                "sensitive-necessity": M,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": L_CATEGORIES,
                "sensitive-marked": M,
                "methods": [40, 49],
                "retention": [72],
                "cross-border": [72],
                "sharing": [41, 68],
                "transfer": M,
                "public-disclosure": M,
                "access": [98, 102],
                "correct": [98, 102],
                "delete": [98, 102, 106],
                "close-account": [106],
                "withdraw-consent": [98, 102],
                "copy": M,
                "effect-of-not-providing": Q,
                "security": [83, 87],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: the page speaks only of 平台 / 料圈商城 (a shop's name); no company anywhere, and the contact block is three unfilled slots (128-130)",
            "cn-pipl/purposes": "each category with its use in parentheses (40-43: 用于注册登录、验证码验证 …), the shops' extra data 用于资质审核、合作管理及补贴提现 (49), 3.2 使用规则 (64)",
            "cn-pipl/methods": "微信/支付宝头像及昵称（第三方登录时获取） (40), 门店/代理用户需额外提供 (49), 收集规则 (60), 使用规则 (64), 共享规则 (68), 存储规则 (72), 加密存储 (83)",
            "cn-pipl/categories": "身份信息、交易信息、行为信息、设备信息 with their items (40-43), 营业执照、身份证明、银行账户信息 (49)",
            "cn-pipl/retention": "「存储期限为实现服务目的所必需的最短时间（如交易记录保存至交易完成后5年…）」 (72)",
            "cn-pipl/rights": 'the rights (98), the way 「可通过平台"个人中心-隐私设置"提交申请，或联系客服办理；平台将在15个工作日内响应」 (102), 注销 (106)',
            "cn-pipl/sensitive-necessity": "missing: applies — 负责人/法定代表人身份证明 and 银行账户信息 (49), 支付信息 (41) are PIPL Art. 28 kinds; 49 gives their use but not why they are necessary or the effect on the person",
            "cn-pipl/minors": "n/a: children and minors are never mentioned",
            "cn-pipl/abroad-recipient": "n/a: 「个人信息存储于中国境内服务器」 (72); nothing goes abroad",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "each category tied to its function (40-43), the shops' extra data for 资质审核 (49)",
            "cn-gbt35273/sensitive-marked": "missing: applies (ID documents, bank account, 49); nothing is marked or called sensitive",
            "cn-gbt35273/methods": "第三方登录时获取 (40), 需额外提供 (49)",
            "cn-gbt35273/cross-border": "「个人信息存储于中国境内服务器」 (72)",
            "cn-gbt35273/sharing": "支付信息（与支付机构共享…） (41), 3.3 共享规则: 支付机构、物流服务商、资质审核机构 (68)",
            "cn-gbt35273/transfer": "missing: 转让 never mentioned",
            "cn-gbt35273/public-disclosure": "missing: 公开披露 never mentioned",
            "cn-gbt35273/access": "「用户有权查询…其个人信息」 (98) with the way (102)",
            "cn-gbt35273/correct": "「更正、补充」 (98) with the way (102)",
            "cn-gbt35273/delete": "「申请删除不必要的个人信息」 (98), way (102), deletion on 注销 (106)",
            "cn-gbt35273/close-account": "「用户有权注销平台账号，账号注销后，平台将删除或匿名化处理」 (106), the way in 102 (个人中心-隐私设置 / 客服)",
            "cn-gbt35273/withdraw-consent": "「有权撤回对个人信息处理的同意」 (98) + the way (102)",
            "cn-gbt35273/copy": "missing: no 复制 / 副本",
            "cn-gbt35273/effect-of-not-providing": "? — only 「若用户不同意，应停止使用平台服务」 (27): refusing the whole policy, not a datum",
            "cn-gbt35273/security": "加密存储、访问权限控制、安全审计 (83), 安全管理制度、应急演练 (87)",
            "cn-gbt35273/complaint": "? — 「用户对本隐私政策有疑问或需要维权的，可通过以下方式联系平台：」 (126) speaks of 维权, but every channel under it is an unfilled slot (128-130)",
        },
    },
    {
        "name": "tpepolice-tw",
        "split": "dev",
        "file": "tpepolice-tw/AgreementViewController.swift",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(the NoMoreParking iOS app's AgreementViewController.swift: 臺北市政府警察局's 個人資料收集聲明及服務條款 (line 127) and 隱私權保護政策 (line 128) as two Swift string literals with \\n escapes)",
            "commit": "index id 22375275945",
            "stored": STORED.format(chars="6,009"),
        },
        "v": {
            "tw-pdpa": {
                "agency": T_BOTH,
                "purposes": T_BOTH,
                "categories": T_BOTH,
                "period": M,
                "area": M,
                "recipients": [128],
                "methods": M,
                "rights": Q,
                "effect-of-not-providing": [127],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「本局(臺北市政府警察局)取得您的個人資料」 (127), 「非常歡迎您光臨 臺北市政府警察局 ( 以下簡稱本網站 )」 (128)",
            "tw-pdpa/purposes": "「確認您的身分、與您進行連絡、提供您本局相關服務及資訊」 (127); server logs 「做為我們增進網站服務的參考依據」 and the survey's 統計與分析 (128)",
            "tw-pdpa/categories": "姓名、出生年月日、國民身分證統一編號、連絡方式 (127); 姓名、電子郵件地址、連絡方式及使用時間, IP位址、使用時間、瀏覽器… (128)",
            "tw-pdpa/period": "missing: nothing says how long",
            "tw-pdpa/area": "missing: no place named",
            "tw-pdpa/recipients": "「如因業務需要有必要委託本局相關單位提供服務時」 (128): entrusted units of the bureau; otherwise 「絕不會將您的個人資料揭露於第三人」 (128) (debatable: a kind named once)",
            "tw-pdpa/methods": "missing: no means of use",
            "tw-pdpa/rights": "? — the five rights are listed 「就您的個人資料向本局(1)請求查詢或閱覽…(5)請求刪除」 (127), but no channel (向本局 only: no e-mail, phone or office)",
            "tw-pdpa/effect-of-not-providing": "「您可自由選擇是否提供…但若您所提供之個人資料…不足以確認您的身分真實性…本局將不予處理」 (127)",
            "tw-pdpa/source": "n/a: data from the person or their visit",
        },
    },
    {
        "name": "buykop-en",
        "split": "holdout",
        "file": "buykop-en/index.vue",
        "source": {
            "repo": "Heziliang-maker/door-m-old",
            "licence": NONE,
            "path": "src/views/privacy/index.vue",
            "commit": "809833d528fab9b90d823f6b4fbd814ab36e3d8f",
            "stored": GIT,
        },
        "v": {
            "eu-gdpr": {
                "controller": M,
                "dpo": M,
                "purposes": B_PURPOSES,
                "legal-basis": [107, 108, 109],
                "legitimate-interests": Q,
                "recipients": M,
                "transfers": M,
                "retention": [119, 120],
                "rights": [102, 103, 104],
                "withdraw-consent": M,
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": B_CATEGORIES,
                "sources": [21, 25, 27, 31],
                "purposes": B_PURPOSES,
                "sold-or-shared": M,
                "right-to-know": Q,
                "right-to-delete": Q,
                "right-to-correct": Q,
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [103, 104, 148, 149],
                "authorized-agent": M,
                "last-updated": M,
            },
        },
        "notes": {
            "eu-gdpr/controller": "missing (debatable): only the site 'buykop.com (the “Site”)' (13) and service@buykop.com (149); no legal entity",
            "eu-gdpr/dpo": "missing",
            "eu-gdpr/purposes": "'We use the Order Information … to fulfill any orders …' (42-44) + the list (45-47)",
            "eu-gdpr/legal-basis": "'we are processing your information in order to fulfill contracts … or otherwise to pursue our legitimate business interests listed above' (107-109)",
            "eu-gdpr/legitimate-interests": "? — 'our legitimate business interests listed above' (109) points at the uses listed in the section above (45-47) without naming an interest",
            "eu-gdpr/recipients": "missing (debatable): 'We share your Personal Information with third parties' (57) — a bare 'third parties' (the generator's Shopify / Google Analytics lines were cut); 59-61 name legal demands, not recipients",
            "eu-gdpr/transfers": "missing: applies — 'your information will be transferred outside of Europe, including to Canada and the United States' (109-110); no safeguard",
            "eu-gdpr/retention": "'we will maintain your Order Information for our records unless and until you ask us to delete this information' (119-120)",
            "eu-gdpr/rights": "'If you are a European resident, you have the right to access … corrected, updated, or deleted … contact us' (102-104)",
            "eu-gdpr/withdraw-consent": "missing: the opt-out section is commented out (66-86)",
            "eu-gdpr/complaint": "missing: 'make a complaint, please contact us' (148-149) is a complaint to the shop, not to an authority",
            "eu-gdpr/requirement": "missing",
            "eu-gdpr/automated-decisions": "missing",
            "eu-gdpr/source": "n/a: data from the visitor's device and orders",
            "us-ccpa/categories-collected": "device information: web browser, IP address, time zone, cookies, pages viewed, referrers (21-25); log files: IP, browser type, ISP, pages, time stamps (31-32)",
            "us-ccpa/sources": "'When you visit the Site, we automatically collect … about your device' (21), 'automatically-collected information' (25), 'using the following technologies' (27), log files (31)",
            "us-ccpa/purposes": "as eu-gdpr/purposes",
            "us-ccpa/sold-or-shared": "missing: nothing on selling; the targeted-advertising section is commented out",
            "us-ccpa/right-to-know": "? — 'If you are a European resident, you have the right to access' (102): granted to Europeans only",
            "us-ccpa/right-to-delete": "? — as right-to-know ('corrected, updated, or deleted', 103, Europeans only)",
            "us-ccpa/right-to-correct": "? — as right-to-know",
            "us-ccpa/right-to-opt-out": "missing: the opt-out links are inside the HTML comment (76-83)",
            "us-ccpa/right-to-limit": "missing",
            "us-ccpa/non-discrimination": "missing",
            "us-ccpa/how-to-submit": "'If you would like to exercise this right, please contact us through the contact information below' (103-104) + 'contact us by e?mail at service@buykop.com' (148-149)",
            "us-ccpa/authorized-agent": "missing",
            "us-ccpa/last-updated": "missing: no date in the page (the '@Date: 2021-05-28' of line 2 is a source comment)",
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
            "file": f"eval/profiles54p/docs/{doc['file']}",
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
