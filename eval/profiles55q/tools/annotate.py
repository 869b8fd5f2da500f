#!/usr/bin/env python3
"""Hand annotations of eval/profiles55q in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m55q by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 7b47b97c and on its final code; two documents held out by a seeded draw, see README). Format, conventions and
scorer of eval/profiles55p / eval/profiles54q.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles55q/tools/annotate.py
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


# ChainlessChain (a bilingual Markdown policy: zh-Hans 11-79, English 85-151, the same nine sections; a line of either
# language is accepted for every profile).
C_PROCESSOR = [13, 75, 76, 77, 87, 147, 148, 149]
C_TABLE = r(19, 27) + r(93, 101)
C_SHARING = [33, 35, 36, 37, 38, 107, 108, 109, 110]
C_SECURITY = [13, 42, 43, 44, 45, 87, 114, 115, 116, 117]

# Aikerui (English Next.js page of a company in Anhui, China).
A_PURPOSES = [37, 38, 39, 40, 41, 42, 52, 53, 60, 61, 62]
A_RIGHTS = [67, 69, 70, 71, 72, 74]

# 小棉鸭 crochet-kit mini program (TS module: the agreement 178-198, the privacy policy 201-216 as object strings).
M_RIGHTS = [211, 215]

DOCS: list[dict] = [
    {
        "name": "chainless-bil",
        "split": "dev",
        "file": "chainless-bil/privacy-policy.md",
        "source": _src(
            "(a Markdown ChainlessChain 隐私政策 / Privacy Policy of 厦门无链之链科技有限公司, zh-Hans then English)",
            "56203419906",
            "6,259",
        ),
        "v": {
            "cn-pipl": {
                "processor": C_PROCESSOR,
                "purposes": C_TABLE + [36, 108],
                "methods": C_TABLE + [13, 23, 24, 35, 36, 37, 38, 42, 87, 107, 108, 109, 110, 114],
                "categories": C_TABLE,
                "retention": Q,
                "rights": [57, 59, 60, 61, 62, 63, 129, 131, 132, 133, 134, 135],
                "sensitive-necessity": Q,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": C_PROCESSOR,
                "functions": C_TABLE,
                "sensitive-marked": Q,
                "methods": C_TABLE + [13, 23, 24, 35, 87, 107],
                "retention": Q,
                "cross-border": M,
                "sharing": C_SHARING + [49, 51, 52, 53, 121, 123, 124, 125],
                "transfer": M,
                "public-disclosure": M,
                "access": [59, 131],
                "correct": [60, 132],
                "delete": [61, 133],
                "close-account": Q,
                "withdraw-consent": [63, 135],
                "copy": [59, 62, 131, 134],
                "effect-of-not-providing": M,
                "security": C_SECURITY,
                "complaint": M,
            },
            "eu-gdpr": {
                "controller": C_PROCESSOR,
                "dpo": M,
                "purposes": C_TABLE + [36, 108],
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": C_SHARING + [51, 52, 53, 123, 124, 125],
                "transfers": NA,
                "retention": Q,
                "rights": [57, 59, 60, 61, 62, 63, 129, 131, 132, 133, 134, 135],
                "withdraw-consent": [63, 135],
                "complaint": M,
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "cn-pipl/processor": '厦门无链之链科技有限公司（以下简称"我们"） (13) with 客服电话 / 邮箱 (75-77); the English twin (87, 147-149)',
            "cn-pipl/purposes": "the 用途 / Purpose column of the data table (19-27, 93-101); APNs 用于接收远程通知 (36, 108)",
            "cn-pipl/methods": "您主动选择上传 / 主动录制 (23-24), kept on the device (13, table's 存储位置), sent to Apple / the relay / a configured LLM (35-38), 加密 (42)",
            "cn-pipl/categories": "the table 2. 我们收集的信息 (19-27) and its twin (93-101)",
            "cn-pipl/retention": "? — no retention statement; only the erase right 「卸载应用即清除本地全部数据」 (61/133) under 您的权利 (the ending event inside a rights list; the rule counts a right as no practice)",
            "cn-pipl/rights": "6. 您的权利 (57-63) with in-app ways (设置 → 数据导出, 编辑, 卸载, 关闭权限); the twin (129-135)",
            "cn-pipl/sensitive-necessity": "? — 数字资产交易记录 (27) is 个人财产信息 (GB/T 35273 Annex B: 交易和消费记录) but not a 金融账户; precise location and biometrics denied (29)",
            "cn-pipl/minors": "n/a: 「不面向 14 周岁以下未成年人。如发现未成年人使用，请监护人联系我们删除」 (67) — not meant for children, deleted when found (the rule's own exemption)",
            "cn-pipl/abroad-recipient": "n/a: nothing says data leaves China (kept on the device; Apple / a user-configured LLM are named without a place)",
            "cn-gbt35273/sensitive-marked": "? (as sensitive-necessity)",
            "cn-gbt35273/cross-border": "missing: 「主要存储在您本地设备上」 (13) and the table's storage column (本地设备, P2P 网络, 公链) name no territory; not 'all data only on the device'",
            "cn-gbt35273/sharing": "3. 第三方服务 (33-38: Apple, APNs, the relay, LLM providers) and 5. 数据共享 (49-53); twins",
            "cn-gbt35273/transfer": "missing: 「不向任何第三方出售、出租或交易」 (49) is no 转让 statement",
            "cn-gbt35273/close-account": "? — a DID identity with no account at the company: no 注销; whether an account exists is unclear",
            "cn-gbt35273/copy": "数据导出 (59), 可携带：导出为 JSON / Markdown / SQLite (62)",
            "cn-gbt35273/effect-of-not-providing": "missing",
            "cn-gbt35273/security": "SQLCipher (AES-256), Signal Protocol, Ed25519 (42-45), 端到端加密架构 (13); twins",
            "cn-gbt35273/complaint": "missing: no 投诉/举报; only 联系我们 (73-79)",
            "eu-gdpr/controller": 'Xiamen Chainlesschain Technology Co., Ltd. ("we") (87) with the e-mail (149); the Chinese twin',
            "eu-gdpr/legal-basis": "missing: 'Under PIPL and GDPR, you have the right to' (129) names no basis",
            "eu-gdpr/transfers": "n/a: nothing says where data is sent or stored outside the device (Apple servers, a user-configured LLM: no country named)",
            "eu-gdpr/retention": "? (as cn-pipl/retention: 'Uninstall clears all local data' under Your Rights, 133)",
            "eu-gdpr/rights": "6. Your Rights (129-135); the Chinese twin (57-63)",
            "eu-gdpr/withdraw-consent": "'Withdraw consent: Revoke any permission … anytime' (135); 撤回授权 (63)",
            "eu-gdpr/requirement": "missing",
            "eu-gdpr/source": "n/a: all data comes from the user or the device",
        },
    },
    {
        "name": "aikerui-en",
        "split": "dev",
        "file": "aikerui-en/page.tsx",
        "source": _src(
            "(a Next.js app/privacy/page.tsx of Aikerui Cleaning Technology Co., Ltd., Anqing, Anhui, China: English)",
            "59286855448",
            "4,803",
        ),
        "v": {
            "eu-gdpr": {
                "controller": [23, 79, 80, 81, 82],
                "dpo": M,
                "purposes": A_PURPOSES,
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [58, 60, 61, 62],
                "transfers": Q,
                "retention": [47],
                "rights": A_RIGHTS,
                "withdraw-consent": [72],
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": [26, 28, 29, 30, 31, 32, 33, 52],
                "sources": [26],
                "purposes": A_PURPOSES,
                "sold-or-shared": [44],
                "right-to-know": [67, 69],
                "right-to-delete": [67, 71],
                "right-to-correct": [67, 70],
                "right-to-opt-out": Q,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": [74, 79],
                "authorized-agent": M,
                "last-updated": [20],
            },
        },
        "notes": {
            "eu-gdpr/controller": 'Aikerui Cleaning Technology Co., Ltd. ("we", "our", or "us") (23); 7. Contact Us e-mail, phone, company, address (79-82)',
            "eu-gdpr/purposes": "2. How We Use Your Information (37-42); GA traffic analysis, PayPal payments, hosting (52-53, 60-62)",
            "eu-gdpr/legal-basis": "missing: 'only if you have opted in' (42), 'Withdraw consent' (72) imply consent but no basis is named",
            "eu-gdpr/recipients": "5. Third-Party Services: Google Analytics, PayPal, Vercel (58-62)",
            "eu-gdpr/transfers": "? — a company in China ('Address: … Anhui Province, China', 82) keeps the data 'on our servers' (47) with hosting by Vercel (62): a reader infers a transfer to China/US, the text names no storage country",
            "eu-gdpr/retention": "'We retain inquiry data for up to 2 years after your last contact' (47)",
            "eu-gdpr/rights": "6. Your Rights: access, correction, deletion (67-71), the way (74)",
            "eu-gdpr/withdraw-consent": "'Withdraw consent at any time' (72)",
            "eu-gdpr/requirement": "? — only disabling cookies 'may affect some website functionality' (55); nothing on the form's fields (profiles54q's linkchest convention)",
            "eu-gdpr/source": "n/a: data from the form and from the visitor's browser",
            "us-ccpa/sources": "'When you submit an inquiry via our contact form, we collect:' (26)",
            "us-ccpa/sold-or-shared": "'We do not sell, rent, or share your personal information with third parties for marketing purposes.' (44)",
            "us-ccpa/right-to-opt-out": "? — nothing is sold (44), no opt-out offered (profiles54q's linkchest convention)",
            "us-ccpa/how-to-submit": "'To exercise these rights, contact us at the email below.' (74) → info@aikeruiclean.com (79)",
            "us-ccpa/last-updated": "Last updated: June 17, 2026 (20)",
        },
    },
    {
        "name": "mianya-zh",
        "split": "dev",
        "file": "mianya-zh/mapPages.ts",
        "source": _src(
            "(a WeChat mini-program TS module of a crochet-kit brand (小棉鸭): CMS defaults incl. 用户协议 and 隐私政策 as object strings; the brand a const BRAND_NAME)",
            "55194012246",
            "10,439",
        ),
        "v": {
            "cn-pipl": {
                "processor": Q,
                "purposes": [204, 206, 207, 208],
                "methods": [204, 206, 208, 209, 210],
                "categories": [204, 206],
                "retention": [210],
                "rights": M_RIGHTS,
                "sensitive-necessity": Q,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": Q,
                "functions": [206],
                "sensitive-marked": Q,
                "methods": [204, 206],
                "retention": [210],
                "cross-border": [209],
                "sharing": [208],
                "transfer": M,
                "public-disclosure": M,
                "access": [211],
                "correct": [211],
                "delete": [211],
                "close-account": [211],
                "withdraw-consent": [208, 211, 213],
                "copy": M,
                "effect-of-not-providing": [213],
                "security": [209],
                "complaint": [215],
            },
        },
        "notes": {
            "cn-pipl/processor": "? — the operator is `${BRAND_NAME}`（以下称“本小程序”） (204), a run-time const; contact only 本小程序内的客服入口 (215); no company named (m54q's run-time-name convention)",
            "cn-pipl/purposes": "第一条 用于建立你的身份 / 用于响应你的咨询 (206), 第二条 上述信息用于：… (207), 第三条 为完成支付与退款 (208)",
            "cn-pipl/methods": "主动填写 / 下单时提供 (206), 不通过微信授权获取你的手机号 (204), provided to 微信支付 / 快递100 (208), stored in 微信云开发 (209), deleted or anonymised (210)",
            "cn-pipl/categories": "第一条 我们收集的信息 ①-⑥ (206)",
            "cn-pipl/retention": "第五条 所必需的期间内保存…注销账户后…删除或匿名化 (210)",
            "cn-pipl/rights": "第六条 查询、更正（可在“编辑资料”中修改）、删除、注销、撤回 (211); 客服入口 (215)",
            "cn-pipl/sensitive-necessity": "? — 订单与交易信息 (206) is 交易和消费记录 in GB/T 35273 Annex B's 个人财产信息, not a PIPL Art. 28 kind by name",
            "cn-pipl/minors": "n/a: 「不会在明知的情况下收集未满十四周岁儿童的个人信息；如发现此类情况，将尽快删除」 (212) — the rule's exemption form",
            "cn-pipl/abroad-recipient": "n/a: 「你的信息存储于微信云开发所在的中国境内服务器」 (209)",
            "cn-gbt35273/identity-contact": "? (as processor)",
            "cn-gbt35273/functions": "①-⑥ each tied to its use (206)",
            "cn-gbt35273/cross-border": "中国境内服务器 (209)",
            "cn-gbt35273/sharing": "微信支付, 微信云开发（腾讯云）, 快递100, 第三方客服 (208)",
            "cn-gbt35273/close-account": "有权要求…注销账户 under 第六条 你的权利 (211)",
            "cn-gbt35273/withdraw-consent": "撤回此前作出的授权同意 (211); 随时在小程序内查看并撤回该数据共享授权 (208); 你可选择同意或拒绝 (213)",
            "cn-gbt35273/copy": "missing",
            "cn-gbt35273/effect-of-not-providing": "「拒绝不影响你使用与该接口无关的其他功能」 (213): refusing costs the related function",
            "cn-gbt35273/security": "访问控制、最小权限、服务端校验 (209)",
            "cn-gbt35273/complaint": "「疑问、意见或投诉，可通过本小程序内的客服入口与我们联系」 (215)",
        },
    },
    {
        "name": "mobileenglish-tw",
        "split": "dev",
        "file": "mobileenglish-tw/page.tsx",
        "source": _src(
            "(a Next.js privacy page of Mobile English, a Taiwanese English-learning app: <section> blocks; second wave, added after the first run and annotated before its own)",
            "60256016354",
            "5,017",
        ),
        "v": {
            "tw-pdpa": {
                "agency": Q,
                "purposes": [22, 30, 33, 41, 42, 43, 44, 54],
                "categories": [19, 20, 21, 22, 23, 30, 33],
                "period": [30, 57, 81, 90],
                "area": M,
                "recipients": [39, 41, 42, 43, 44, 54],
                "methods": Q,
                "rights": [71, 72, 73, 74, 81],
                "effect-of-not-providing": M,
                "source": Q,
            },
        },
        "notes": {
            "tw-pdpa/agency": "? — only the app: 「感謝您使用 Mobile English（以下稱「本 App」）」 (12) and a Gmail address (113-114); no company or person named",
            "tw-pdpa/purposes": "用於技術支援 (22), 僅用於即時語音辨識 (30), 用於提供個人化建議與進度追蹤 (33); the services' uses (41-44), RevenueCat 管理訂閱狀態 (54)",
            "tw-pdpa/categories": "1. 蒐集的資料類型 (19-23); 錄音 / 語音辨識文字 (30, 33)",
            "tw-pdpa/period": "audio 辨識完成後立即刪除 (30); records until the account is deleted (81); 訂閱交易紀錄僅保留法律、會計或退款處理必要資料 (57, 90) — per kind, accepted",
            "tw-pdpa/area": "missing: 「所有資料都儲存在安全的雲端伺服器上」 (64) names no place; Supabase / Google Cloud are services, not places",
            "tw-pdpa/recipients": "3. 第三方服務: Supabase, OpenAI, Google Cloud, RevenueCat (39-44); 54",
            "tw-pdpa/methods": "? — 使用麥克風…即時語音辨識 (30), 加密技術保護…傳輸與儲存 (64): means of processing without 自動化/電子 words",
            "tw-pdpa/rights": "6. 您的權利 (71-74) with in-app paths (設定 > 刪除帳號, 裝置設定); 7. 帳號刪除 (81)",
            "tw-pdpa/effect-of-not-providing": "missing (「刪除後，您無法再存取舊的學習資料」 (90) is the effect of deletion, not of not providing)",
            "tw-pdpa/source": "? — subscription status from the App Store / Google Play through RevenueCat (23, 54): data from others, implied",
        },
    },
    {
        "name": "yuguo-tw",
        "split": "holdout",
        "file": "yuguo-tw/page.tsx",
        "source": _src(
            "(a Next.js app/privacy/page.tsx of 宇果國際行銷 (Taiwan): 隱私權說明 as a const array of {q, a: JSX} rendered by .map; the company name, tax id and contacts are run-time fields of `site`)",
            "62589781676",
            "5,158",
        ),
        "v": {
            "tw-pdpa": {
                "agency": Q,
                "purposes": [30, 40, 93],
                "categories": [21, 23, 24, 25, 26, 29],
                "period": [57],
                "area": M,
                "recipients": [54, 92],
                "methods": Q,
                "rights": [66, 68, 69, 70, 71, 74],
                "effect-of-not-providing": [83],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "? — 資料蒐集者：{site.legalName}（統一編號 {site.taxId}） (128): a run-time field; the brand 宇果 (54) and the metadata description 宇果國際行銷 (12)",
            "tw-pdpa/purposes": "會用在哪裡：回覆你這次的詢問，以及後續服務聯繫 (40); the tracking 用來判斷… (30); analytics 用來改善網站內容 (93)",
            "tw-pdpa/categories": "只有你主動填在官網表單裡的東西：稱呼, 聯絡方式, 產業與分店數量, 問題 (21-26); page, referrer, campaign parameters (29)",
            "tw-pdpa/period": "保存到你要求刪除為止；若最後一次聯繫後滿三年…主動刪除 (57)",
            "tw-pdpa/area": "missing: 存在我們自己的會員系統資料庫裡 (54) names no place",
            "tw-pdpa/recipients": "only 宇果內部負責聯繫的人員 (54); Google 的網站分析服務 (92); not sold or given to other companies (43-44)",
            "tw-pdpa/methods": "? — a member-system database seen by the contact staff (54): a means of use without 自動化/電子 words",
            "tw-pdpa/rights": "你可以要求什麼 (66-71) with the way 用下面任何一個方式告訴我們 (74) → the window's e-mail / phone / LINE",
            "tw-pdpa/effect-of-not-providing": "填表單是自願的。不填不影響你瀏覽網站的任何內容 (83)",
            "tw-pdpa/source": "n/a",
        },
    },
    {
        "name": "ruiyang-tw",
        "split": "holdout",
        "file": "ruiyang-tw/page.tsx",
        "source": _src(
            "(a Next.js app/privacy/page.tsx of 睿洋機電 (Taiwan): 個資告知 marked 草案・待公司確認; the company name a run-time field)",
            "71390022959",
            "2,658",
        ),
        "v": {
            "tw-pdpa": {
                "agency": Q,
                "purposes": [56, 57],
                "categories": [47],
                "period": M,
                "area": M,
                "recipients": Q,
                "methods": [66],
                "rights": M,
                "effect-of-not-providing": M,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "? — 「供{company.name}」 (57): a run-time field; 睿洋機電 only in the metadata description (11)",
            "tw-pdpa/purposes": "資料使用目的：…供{company.name}了解需求、處理與回覆本次諮詢 (56-57)",
            "tw-pdpa/categories": "表單包含姓名、公司名稱（選填）、聯絡電話、電子郵件… (47)",
            "tw-pdpa/period": "missing: 「正式保存期限…仍待公司確認」 (38), 「保存期限及管理方式，將由公司正式確認後公告」 (66) — pending, not given",
            "tw-pdpa/area": "missing",
            "tw-pdpa/recipients": "? — 透過郵件服務傳送至公司指定的收件信箱 (66): an unnamed mail service as the carrier",
            "tw-pdpa/methods": "送出與保存方式：透過郵件服務傳送至公司指定的收件信箱。本網站沒有建立諮詢資料庫 (66)",
            "tw-pdpa/rights": "missing: 「資料查詢或更正方式…待公司確認後公告於本頁」 (75)",
            "tw-pdpa/effect-of-not-providing": "missing",
            "tw-pdpa/source": "n/a",
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
            "file": f"eval/profiles55q/docs/{doc['file']}",
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
