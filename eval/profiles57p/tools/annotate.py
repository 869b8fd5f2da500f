#!/usr/bin/env python3
"""Hand annotations of eval/profiles57p in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m57p by reading each document in full before any policylens run (a measure-only set, blind on the session's
start 2210db93d; two documents held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles56p.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles57p/tools/annotate.py
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


# Neko歌姬计划 (zh-Hans Android Kotlin Jetpack Compose screen; the policy is string literals in listOf(...)).
N_PURPOSES = [150, 151, 152, 153, 154, 155, 168, 169, 170, 171, 172, 173, 174, 199]
N_DATA = [150, 151, 152, 153, 154, 155]
N_RIGHTS = [226, 227]

# 由你的屋 / youdeyiwu (zh-Hans Flutter Dart page; the app name is $appName from .env at run time; no operator, no contact).
# 易算平台 (zh-Hans Next.js TSX page of a fortune-telling site; contact only as a pointer to a 【联系我们】 page).
# 網中愚 (Taiwan Vue donation form with its 隱私權聲明同意書 in a <P> of <br>-separated lines).
W_PURPOSES = [116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 179, 181, 182, 183, 184]
W_CATEGORIES = [131, 132, 133, 134, 135, 136, 137, 138, 139, 140]
W_RIGHTS = [155, 157, 159, 160, 161, 162, 163, 164]

# 遺囑管家 (Taiwan React JSX consent page 個人資料蒐集聲明及授權同意書; held out).
# Bugbear (English Next.js TSX 'GDPR Compliance' page; held out).
B_RIGHTS = [13, 14, 17, 20, 23, 26, 30, 34, 38]

DOCS: list[dict] = [
    {
        "name": "neko-zh",
        "split": "dev",
        "file": "neko-zh/PrivacyPolicyScreen.kt",
        "source": _src("(an Android Jetpack Compose PrivacyPolicyScreen.kt of Neko歌姬计划, a music app: com.neko.music.ui.screens)", "54602853011", "14,801"),
        "v": {
            "cn-pipl": {
                "processor": [144, 241],
                "purposes": N_PURPOSES,
                "methods": N_DATA + [171, 186, 214],
                "categories": N_DATA,
                "retention": [213],
                "rights": N_RIGHTS,
                "sensitive-necessity": NA,
                "minors": [239],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": [144, 241],
                "functions": N_DATA,
                "sensitive-marked": NA,
                "methods": N_DATA + [171],
                "retention": [213],
                "cross-border": [212],
                "sharing": [199],
                "transfer": [200],
                "public-disclosure": [200],
                "access": N_RIGHTS,
                "correct": N_RIGHTS,
                "delete": N_RIGHTS,
                "close-account": N_RIGHTS,
                "withdraw-consent": [226],
                "copy": [226],
                "effect-of-not-providing": M,
                "security": [214],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "「Neko歌姬计划由 Neko歌姬计划运营方（Fantasy Network「梦幻网络」）提供…服务」 (144): the operator named (a role with its name in brackets, said to provide the service); e-mail support@cnmsb.xin (241)",
            "cn-pipl/purposes": "each function label's 用于… (150-155), each permission's 用于… (168-174), 为了实现特定功能 (199)",
            "cn-pipl/methods": "the function lists (typed in at registration, recorded when playing, returned from 网易云音乐/QQ 音乐, 您主动上传; 150-155), read after the media permission (171), kept in local storage (186), 加密或摘要存储、传输加密 (214)",
            "cn-pipl/categories": "一、我们如何收集和使用: 用户名、昵称、头像、电子邮箱地址… per function (150-155)",
            "cn-pipl/retention": "账号存续期间 / 保存至您主动删除、账号注销… / 日志不超过 3 年 (213)",
            "cn-pipl/rights": "六、您的权利: 您有权依法访问、更正…删除… (226) and 可通过邮箱联系我们 (227) in the same section; the e-mail is at 241",
            "cn-pipl/sensitive-necessity": "n/a: no PIPL Art. 28 kind collected (完整银行卡号 denied at 154; 敏感凭据 at 214 are passwords/tokens) — debatable if a reviewer counts children's data (239)",
            "cn-pipl/minors": "未满 14 周岁…应事先取得父母或其他监护人的同意 (239)",
            "cn-pipl/abroad-recipient": "n/a: 「…将存储在中华人民共和国境内」 (212)",
            "cn-gbt35273/functions": "function labels over their data: 「注册、登录、找回密码：用户名、昵称…」 (150-155)",
            "cn-gbt35273/methods": "as cn-pipl/methods without storage (150-155, 171)",
            "cn-gbt35273/cross-border": "存储在中华人民共和国境内 (212)",
            "cn-gbt35273/sharing": "向支付服务、邮件或验证码服务、…文件存储/CDN/下载服务、应用商店或审核平台提供必要信息 (199)",
            "cn-gbt35273/transfer": "不会转让或公开披露 with its exceptions (200)",
            "cn-gbt35273/close-account": "注销或删除账号 granted (226); 如需注销账号…可通过邮箱联系我们 (227)",
            "cn-gbt35273/withdraw-consent": "也可以撤回授权同意、关闭系统权限 (226)",
            "cn-gbt35273/copy": "复制 (226)",
            "cn-gbt35273/effect-of-not-providing": "missing: 187 (clearing app data → re-login) is no refusal of data",
            "cn-gbt35273/security": "访问权限控制、…加密或摘要存储、传输加密、日志审计… (214)",
            "cn-gbt35273/complaint": "missing: no 投诉/举报; 239's 请联系我们 is for guardians",
        },
    },
    {
        "name": "youdeyiwu-zh",
        "split": "dev",
        "file": "youdeyiwu-zh/privacy.dart",
        "source": _src("(a Flutter lib page privacy.dart of youdeyiwu_app; the product name is dotenv's appName at run time)", "1307409954", "10,877"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [90, 142, 146],
                "methods": [50, 90, 112, 116],
                "categories": Q,
                "retention": [112, 124, 217],
                "rights": [213],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": M,
                "sensitive-marked": NA,
                "methods": [50, 90],
                "retention": [112, 124, 217],
                "cross-border": [112],
                "sharing": [175, 243],
                "transfer": M,
                "public-disclosure": M,
                "access": [209, 213],
                "correct": [209, 213],
                "delete": [213],
                "close-account": M,
                "withdraw-consent": M,
                "copy": Q,
                "effect-of-not-providing": [72, 94],
                "security": [116],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: no operator named anywhere ($appName is the product, filled at run time) and no contact channel at all",
            "cn-pipl/purposes": "为了提供适合您的服务…对您的信息进行分析 (142), 向相关部门进行报告 (146), cookies 为使您获得更轻松的访问体验…识别您的身份 (90)",
            "cn-pipl/methods": "从第三方获取 (50), 通过小型数据文件（Cookie）识别 (90), 存储在境内 (112), 去标识化处理 (116)",
            "cn-pipl/categories": "? — no collection sentence names a kind of data; only the rights section lets you 查阅您的昵称、头像以及注册信息 (213) — a reviewer may or may not accept it",
            "cn-pipl/retention": "仅在本政策所述目的所必需期间…保存 (112); 停止运营…删除或匿名化 (124); 注销相关账户后…删除 (217)",
            "cn-pipl/rights": "您可以通过访问“我”的界面查阅…；您可以联系我们要求更正、补充或删除 (213) — an in-app path; no contact given anywhere",
            "cn-pipl/sensitive-necessity": "n/a: no sensitive kind named",
            "cn-pipl/minors": "n/a: children not spoken of",
            "cn-pipl/abroad-recipient": "n/a: 存储在中华人民共和国境内; 如之后…需要将您的个人信息向境外传输的 is only 'if we ever need to' (112)",
            "cn-gbt35273/identity-contact": "missing (as processor)",
            "cn-gbt35273/functions": "missing: no function tied to concrete data",
            "cn-gbt35273/methods": "从第三方获取 (50), 通过 Cookie 识别 (90)",
            "cn-gbt35273/sharing": "向您提供服务所必需的共享…第三方提供 (175, bare 第三方, accepted as a sharing practice); 嵌入第三方的软件工具开发包（SDK） (243)",
            "cn-gbt35273/transfer": "missing: no 转让",
            "cn-gbt35273/public-disclosure": "missing: 68's 从合法公开披露的信息中收集 is a source, not a disclosure by the operator",
            "cn-gbt35273/access": "访问、更新、更正和获取 (209); 查阅 via 「我」 (213)",
            "cn-gbt35273/close-account": "missing: 217 says what happens after 注销 but not how to close the account — debatable",
            "cn-gbt35273/withdraw-consent": "missing: refusing cookies in the browser (94) is not withdrawal of consent",
            "cn-gbt35273/copy": "? — 「获取您的个人信息」 (209): 获取 may be GB/T's 获取副本 right",
            "cn-gbt35273/effect-of-not-providing": "如您选择不提供前述信息，您可能无法使用某项或某部分服务 (72); refusing cookies 可能会影响您安全访问 (94)",
            "cn-gbt35273/security": "去标识化处理, 分开存储 (116)",
            "cn-gbt35273/complaint": "missing",
        },
    },
    {
        "name": "yisuan-zh",
        "split": "dev",
        "file": "yisuan-zh/page.tsx",
        "source": _src("(a Next.js app/privacy/page.tsx of 易算平台, a fortune-telling site, framer-motion cards)", "55312124522", "8,374"),
        "v": {
            "cn-pipl": {
                "processor": M,
                "purposes": [67, 81, 135, 138],
                "methods": [61, 64, 67, 101, 135],
                "categories": [61, 64, 67],
                "retention": [104, 164],
                "rights": [152, 155, 158, 161, 164, 167],
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": M,
                "functions": [61, 64],
                "sensitive-marked": NA,
                "methods": [61, 64, 67, 135],
                "retention": [104, 164],
                "cross-border": [101, 107],
                "sharing": [101],
                "transfer": M,
                "public-disclosure": M,
                "access": [155],
                "correct": [158],
                "delete": [161],
                "close-account": [164],
                "withdraw-consent": [167],
                "copy": [155],
                "effect-of-not-providing": [61, 141],
                "security": [118, 124],
                "complaint": M,
            },
        },
        "notes": {
            "cn-pipl/processor": "missing: 「易算平台（以下简称“我们”）」 (51) is a product name (平台), and no contact channel is given (191 points to a 【联系我们】 page)",
            "cn-pipl/purposes": "2.1 用于以下目的 (81); 仅用于改善服务体验和保障网络安全 (67); cookies 用于记住… (135, 138)",
            "cn-pipl/methods": "收集您提供的 (61), 您主动使用时才会收集 (64), 自动收集 (67), 存储于…服务器 (101), Cookie (135)",
            "cn-pipl/categories": "注册信息 / 命理信息 / 设备信息 (61-67)",
            "cn-pipl/retention": "最短期限…注销账户后…删除或匿名化 (104); 账户注销后…删除 (164)",
            "cn-pipl/rights": "六、用户权利 with the way 账户设置页面 (155, 158, 164) in the section",
            "cn-pipl/sensitive-necessity": "n/a: 出生日期、性别、姓名 are not PIPL sensitive; 1.4 denies location etc. (70)",
            "cn-pipl/minors": "n/a: children not spoken of",
            "cn-pipl/abroad-recipient": "n/a: stored in China (101); 3.3 如因业务需要确需向境外传输 is a case clause (107)",
            "cn-gbt35273/identity-contact": "missing (as processor)",
            "cn-gbt35273/functions": "当您注册…时 (61), 当您使用八字排盘…等功能时 (64); 67's 为保障服务正常运行 is the service as a whole",
            "cn-gbt35273/cross-border": "存储于中华人民共和国境内的服务器中 (101); 3.3 speaks of 境外传输 (107)",
            "cn-gbt35273/sharing": "使用专业的云服务提供商…进行数据存储 (101): entrusted storage to a named kind; 87 denies giving data to 第三方 for their marketing",
            "cn-gbt35273/transfer": "missing",
            "cn-gbt35273/public-disclosure": "missing: 87's 依法披露有限的必要信息 has no 公开",
            "cn-gbt35273/withdraw-consent": "您可以随时撤回对本隐私政策的同意 (167)",
            "cn-gbt35273/copy": "查看和下载您的个人数据 (155)",
            "cn-gbt35273/effect-of-not-providing": "如拒绝提供则无法完成注册 (61); 禁用必要Cookie可能导致部分功能无法正常使用 (141)",
            "cn-gbt35273/security": "TLS/SSL、数据存储加密、访问控制… (118); 安全审计和漏洞扫描 (124)",
            "cn-gbt35273/complaint": "missing: 191 is for 疑问或建议 with a reply time (the rule's own exclusion)",
        },
    },
    {
        "name": "wangzhongyu-tw",
        "split": "dev",
        "file": "wangzhongyu-tw/donate_basicinformation.vue",
        "source": _src("(a Vue 3 donation form of 網中愚 with its 隱私權聲明同意書 inside a <P> of the consent label)", "46375590219", "15,935"),
        "v": {
            "tw-pdpa": {
                "agency": [112, 149],
                "purposes": W_PURPOSES,
                "categories": W_CATEGORIES,
                "period": [144, 145, 146, 147, 148],
                "area": [149],
                "recipients": [150, 151, 152],
                "methods": [153],
                "rights": W_RIGHTS,
                "effect-of-not-providing": [168],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「網中愚（以下簡稱「本網頁」）蒐集、處理及利用您的個人資料」 (112): the body that collects, named; it sets up 公司、組織、基金會 (149) — a name with a product alias (本網頁) but said to collect: accepted",
            "tw-pdpa/purposes": "the statutory purpose codes (116-125) and 為(1)…(6) (126-129); the cookie purposes (179-184)",
            "tw-pdpa/categories": "蒐集之個人資料類別: (C001)辨識個人者（包括姓名、職位、電話號碼及電郵地址等）… (131-140)",
            "tw-pdpa/period": "利用之期間：…特定目的存續期間、…保存年限… (144-148)",
            "tw-pdpa/area": "利用之地區：…利用之對象之國內外所在地… (149)",
            "tw-pdpa/recipients": "利用之對象：董事、職員…委外廠商…政府機關 (150-152)",
            "tw-pdpa/methods": "利用之方式：…以自動化機器或其他非自動化之利用方式…電子文件、紙本 (153)",
            "tw-pdpa/rights": "依據個人資料保護法第3條…您可以透過書面或電子郵件向本網頁行使下列權利 (157) with the list (159-163) and the procedure (164)",
            "tw-pdpa/effect-of-not-providing": "您不提供或提供之資料不足或有誤時，本網頁可能無法提供… (168)",
            "tw-pdpa/source": "n/a: data only from the donor",
        },
    },
    {
        "name": "testament-tw",
        "split": "holdout",
        "file": "testament-tw/AgreementPage.jsx",
        "source": _src("(a React class component AgreementPage.jsx of 遺囑管家 (a will-keeping system), its 個人資料蒐集聲明及授權同意書)", "12347323512", "3,250"),
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [75],
                "categories": [77, 79, 81],
                "period": M,
                "area": M,
                "recipients": [96, 97],
                "methods": M,
                "rights": M,
                "effect-of-not-providing": [94],
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "missing: 「蒐集單位：本公司」 (73) names nobody",
            "tw-pdpa/purposes": "蒐集目的：提供遺產規劃、寄送遺囑等相關服務 (75)",
            "tw-pdpa/categories": "三、個人資料類別： 識別類…財務細節類 (77-81)",
            "tw-pdpa/recipients": "不會揭露於第三者(承製廠商除外) (96-97): a denial whose exception names a kind",
            "tw-pdpa/rights": "missing: the five rights listed (87-91) under 「您得行使之權利及方式」 with no way at all",
            "tw-pdpa/effect-of-not-providing": "若不提供或提供不正確…將無法為您提供… (94)",
            "tw-pdpa/source": "n/a",
        },
    },
    {
        "name": "bugbear-en",
        "split": "holdout",
        "file": "bugbear-en/page.tsx",
        "source": _src("(an English Next.js page 'GDPR Compliance' of Bugbear (bugbear.in))", "13051818298", "4,665"),
        "v": {
            "eu-gdpr": {
                "controller": [13],
                "dpo": [88, 90],
                "purposes": [68, 69, 70, 71],
                "legal-basis": [65, 68, 69, 70, 71],
                "legitimate-interests": [69],
                "recipients": M,
                "transfers": NA,
                "retention": [78],
                "rights": B_RIGHTS,
                "withdraw-consent": [41],
                "complaint": [57],
                "requirement": M,
                "automated-decisions": M,
                "source": NA,
            },
            "us-ccpa": {
                "categories-collected": M,
                "sources": M,
                "purposes": [68, 69, 70],
                "sold-or-shared": M,
                "right-to-know": [20],
                "right-to-delete": [14, 26],
                "right-to-correct": [14, 23],
                "right-to-opt-out": M,
                "right-to-limit": M,
                "non-discrimination": M,
                "how-to-submit": M,
                "authorized-agent": M,
                "last-updated": [7],
            },
        },
        "notes": {
            "eu-gdpr/controller": "'Bugbear aims to take reasonable steps…' (13): the brand acting as the controller; e-mails privacy@bugbear.in (52), dpo@bugbear.in (90) — debatable, accepted",
            "eu-gdpr/dpo": "contact our Data Protection Officer at dpo@bugbear.in (88-90)",
            "eu-gdpr/legitimate-interests": "'Legitimate interests (improving our services, security)' (69)",
            "eu-gdpr/recipients": "missing: no recipient named (34-35 is portability to another provider)",
            "eu-gdpr/retention": "only for as long as necessary… (78-80)",
            "eu-gdpr/requirement": "missing",
            "us-ccpa/how-to-submit": "missing: the channel (50-52) is for the EEA rights of this GDPR page only (the profile's convention) — debatable",
            "us-ccpa/right-to-limit": "missing: 'limit the use of your personal information' (14) is not about sensitive data",
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
            "file": f"eval/profiles57p/docs/{doc['file']}",
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
