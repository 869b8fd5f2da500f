#!/usr/bin/env python3
"""Hand annotations of eval/profiles53q in compact form (the source of truth); writes dev/*.json and holdout/*.json.

Written by m53q by reading each document in full before any policylens run (a measure-only set, blind on the session's
final code; one document held out by a seeded draw, see README). Format, conventions and scorer of eval/profiles52b.  A list is a covered item (every line a reviewer accepts as its citation), "missing", "n/a" (a
conditional item that does not apply) or "?" (doubtful, not scored).

    python3 eval/profiles53q/tools/annotate.py
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

STORED = INDEX_NO_REPO + "; {chars} characters, LF; written out character for character from read_file and checked against total_chars"

# ChatGenius AI (English, a Chinese team's browser extension: servers in China, Alipay / WeChat Pay, a QQ group).
C_CONTROLLER = [118, 119, 120]
C_PURPOSES = [19, 21, 28, 30, 31, 32, 33, 34, 44]
C_RETENTION = [20, 21, 22, 45, 46]
C_RIGHTS = [67, 69, 70, 71, 72, 73, 74, 76]

# 集信通 (中国移动通信集团贵州有限公司): the policy is one <p> whose paragraphs are <br>-separated lines 46-167.
J_PROCESSOR = [46, 162, 163, 164, 165]
J_METHODS = [72, 74, 76, 78, 79, 81, 82, 87]

# Dim Sum AI Lab (held out).
D_PROCESSOR = [31, 32, 33, 302]
D_METHODS = [79, 88, 95, 104, 118, 144, 157, 184]

# GrowHub Limited (Hong Kong): the privacy texts of three locales — zh-hk (357-411), en (644-698), ja (933-987).
G_COMPANY = [273, 360, 408, 559, 647, 695, 936, 984]
G_PURPOSES = [376, 380, 663, 667, 952, 956]
G_RETENTION = [388, 675, 964]
G_RECIPIENTS = [380, 384, 667, 671, 956, 960]
G_RIGHTS = [396, 683, 972]

DOCS: list[dict] = [
    {
        "name": "chatgenius-en",
        "split": "dev",
        "file": "chatgenius-en/PRIVACY.md",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a Markdown PRIVACY.md of the ChatGenius AI browser extension; servers 'hosted on cloud providers within China', payments by Alipay / WeChat Pay, an after-sales QQ group; 'Data Controller Information: ChatGenius AI Team')",
            "commit": "index id 57163805002",
            "stored": STORED.format(chars="7,945"),
        },
        "v": {
            "cn-pipl": {
                "processor": C_CONTROLLER,
                "purposes": C_PURPOSES,
                "methods": [11, 15, 18, 19, 22, 39, 42, 45, 50, 57],
                "categories": [13, 15, 16, 17, 18, 19, 20, 21, 22],
                "retention": C_RETENTION,
                "rights": C_RIGHTS,
                "sensitive-necessity": NA,
                "minors": NA,
                **NA_ABROAD,
            },
            "eu-gdpr": {
                "controller": C_CONTROLLER,
                "dpo": M,
                "purposes": C_PURPOSES,
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": [42, 54, 57, 60, 63],
                "transfers": M,
                "retention": C_RETENTION,
                "rights": C_RIGHTS,
                "withdraw-consent": [72],
                "complaint": M,
                "requirement": Q,
                "automated-decisions": M,
                "source": [45],
            },
        },
        "notes": {
            "cn-pipl/processor": "'Data Controller Information:' + 'ChatGenius AI Team' + 'Email: support@chatgenius.ai' (118-120); the Extension named in 7 is the product",
            "cn-pipl/purposes": "'The data we collect is strictly used for the following purposes:' (28) + five items (30-34); table descriptions 'used to bind activation code to the device' (19), 'used for license validity verification' (21); 'Used for license verification' (44)",
            "cn-pipl/methods": "'The provider key you enter' (15), 'License key entered when upgrading' (18), a hash of UA/language/timezone (19), 'only when you actively request an invoice' (22), stored only in chrome.storage.local (39, storage on the device), stored on servers in China (42), 'returned by the payment channel' (45), HTTPS/encryption (50), sent from the browser to the AI provider (57); the table's lead-in (11)",
            "cn-pipl/categories": "the data table (13 header, rows 15-22): API key, provider, persona settings, activation code, device fingerprint, order information, heartbeat logs (IP, fingerprint, timestamp), invoice title / tax ID / e-mail",
            "cn-pipl/retention": "table cells 'retained 5 years' / 'retained 90 days' (20-22); 3.2's 'retained for 5 years' (45), 'Automatically cleaned up after 90 days' (46)",
            "cn-pipl/rights": "'you have the following rights:' (67) + access, rectification, erasure ('by contacting support'), withdrawal, portability, objection (69-74) + 'How to exercise these rights: … contact us using the contact information at the end of this policy' (76)",
            "cn-pipl/sensitive-necessity": "n/a: no PIPL Art. 28 kind (API keys are called 'sensitive configurations' (39), not sensitive personal data; no payment account numbers)",
            "cn-pipl/minors": "n/a: 'intended for users aged 18 and above. We do not knowingly collect … contact us to delete it' (96): not meant for them, deleted when found",
            "cn-pipl/abroad-recipient": "n/a (debatable): the servers are in China (42, 100); data of users abroad comes into China (100); the chat context goes from the browser straight to the AI provider chosen (57: OpenAI …), 'does not pass through our servers' — the processor provides nothing abroad",
            "eu-gdpr/controller": "as cn-pipl/processor (118-120)",
            "eu-gdpr/legal-basis": "missing (debatable): no basis named for the processing; 'Continued use constitutes your consent to this cross-border transfer' (100) is consent to the transfer only, and continued use is no GDPR consent",
            "eu-gdpr/legitimate-interests": "n/a: not relied on ('to protect legitimate rights and interests' (63) is a case for sharing)",
            "eu-gdpr/recipients": "AI providers (57: OpenAI, DeepSeek, Zhipu), payment providers Alipay / WeChat Pay (60), government authorities (63), cloud providers hosting the servers (42); the lead-in 54",
            "eu-gdpr/transfers": "missing: applies — 'your data will be transferred to China' (100; the if-clause is where the user is, the transfer is stated), China outside the EEA; the only ground given is 'Continued use constitutes your consent' (no adequacy, SCC, BCR)",
            "eu-gdpr/rights": "as cn-pipl/rights (67-76)",
            "eu-gdpr/withdraw-consent": "'Right to withdraw consent: You may disable or uninstall the Extension at any time' (72)",
            "eu-gdpr/complaint": "missing: 'complaints regarding this Privacy Policy' go to the team (108); no supervisory authority",
            "eu-gdpr/requirement": "? — only 'only collects the following data when necessary' (11) and the invoice data 'only when you actively request an invoice' (22); nothing says what is required or what refusing costs",
            "eu-gdpr/automated-decisions": "missing",
            "eu-gdpr/source": "applies and covered (debatable): 'Order information returned by the payment channel' (45) — order data obtained from the payment provider",
        },
    },
    {
        "name": "ecnet-tw",
        "split": "dev",
        "file": "ecnet-tw/privacy-policy.js",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a Gatsby page component PrivacyPolicy (antd layout, react-helmet) whose JSX holds a Taiwanese 使用條款與隱私政策: the common 隱私權保護政策 frame with the site's e-mail support@ecnetworker.com and phone 02-23970257; the operator is 本公司 / 本網站, never named)",
            "commit": "index id 62428096279",
            "stored": STORED.format(chars="5,135"),
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [67, 70, 71, 89, 95],
                "categories": [67, 69, 70, 71, 95],
                "period": M,
                "area": [89],
                "recipients": [78, 84, 87, 88, 89, 95],
                "methods": M,
                "rights": [72],
                "effect-of-not-providing": [73, 93, 94],
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "missing: the page speaks as 本公司 / 本網站 / 我們 throughout; only the e-mail domain ecnetworker.com hints at who runs it; no company name anywhere in the file",
            "tw-pdpa/purposes": "「本公司與本網站於各項行銷活動之特定目的內蒐集」 (67), server logs 「做為我們增進網站服務的參考依據」 (70), 「為了能快速且正確的回覆您的問題，須請您留下…」 (71), 「為解決您的問題而須進行聯繫、回覆等相關事項以及用於問題統計與分析之特定目的」 (89), Google Analytics 「來瞭解您與本網站的互動方式…僅作為統計網站使用率與網站經營之用」 (95)",
            "tw-pdpa/categories": "「個人資料類別包含姓名、電話及各活動所須個人資料」 (67), 姓名、電子郵件地址、聯絡方式及使用時間 (69), IP位址、使用時間、瀏覽器… (70), 姓名、E-mail、聯絡電話 (71), 瀏覽次數記錄及網路位址 (95)",
            "tw-pdpa/period": "missing (debatable): 「該個人資料利用的期間、地區、對象及方式依各活動辦法暨個資法辦理」 (67) defers the period to each campaign's rules; nothing else says how long",
            "tw-pdpa/area": "「…於本公司、本公司之關係企業或合作廠商所在地使用」 (89): the place of use named as where those bodies are (vague, debatable; 67 defers)",
            "tw-pdpa/recipients": "關係企業 or 合作廠商 (89), 司法單位或其他主管機關 (87), the third party providing an offer (88, with the lead-in 84), bodies entrusted with services 「委託其他單位提供服務」 (78), Google Analytics (95)",
            "tw-pdpa/methods": "missing: no means of use (自動化/書面/電子); 67 defers 方式 to each campaign's rules; server logging (70) and analytics (95) are collection, 以電子郵件形式通知 (98) a channel of notice",
            "tw-pdpa/rights": "「仍可依個人資料保護法的規定，來信(support@ecnetworker.com)或來電(02-23970257)向本公司行使查詢或閱覽、製給複製本、補充或更正、停止蒐集處理或利用、刪除之權利」 (72): rights and channels in one sentence",
            "tw-pdpa/effect-of-not-providing": "「您可自由選擇提供個人資料的程度，但如果您提供的資料有誤或不足時，本公司可能無法提供您完整的服務」 (73); refusing cookies 「可能會導至網站某些功能無法正常執行」 (93), 「無法使用部分個人化服務」 (94)",
            "tw-pdpa/source": "n/a: data given by the person or logged from their visit",
        },
    },
    {
        "name": "jixintong-zh",
        "split": "dev",
        "file": "jixintong-zh/login.vue",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a Vue 2 login page (Element UI) of 中国移动通信集团贵州有限公司's 集信通消息监控先审后发平台 web端; its el-dialog 「集信通消息监控先审后发平台用户隐私保密协议」 holds the whole policy as one <p> whose paragraphs are separated by <br>)",
            "commit": "index id 46966862080",
            "stored": STORED.format(chars="19,806"),
        },
        "v": {
            "cn-pipl": {
                "processor": J_PROCESSOR,
                "purposes": [71, 72, 74, 76, 78, 83, 84, 87],
                "methods": J_METHODS,
                "categories": [74, 76, 78, 79, 81],
                "retention": [120, 145],
                "rights": [135, 136, 145],
                "sensitive-necessity": M,
                "minors": [151, 152, 153, 154],
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": J_PROCESSOR,
                "functions": [73, 74, 75, 76, 77, 78, 79, 81],
                "sensitive-marked": [46, 78],
                "methods": J_METHODS,
                "retention": [120, 143, 145],
                "cross-border": [122, 156],
                "sharing": [94, 96, 97],
                "transfer": [99, 100, 101],
                "public-disclosure": [103, 104, 105],
                "access": [134, 135],
                "correct": [136],
                "delete": [137, 143, 145],
                "close-account": [144, 145],
                "withdraw-consent": M,
                "copy": M,
                "effect-of-not-providing": [89],
                "security": [124, 125, 126, 127, 128, 129],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": "「中国移动通信集团贵州有限公司(以下称为“本公司”或“我们”)」 (46) with 公司名称 / 通信地址 / 负责人联系方式 e-mail / 联系电话 under 十一、如何联系我们 (162-165)",
            "cn-pipl/purposes": "「本公司仅会出于本协议所述的以下目的，收集和使用您的个人信息：」 (71) + 72; 「为了验证账号身份合法性，我们会收集…」 (74); logs 「是为您提供服务必须收集的基础信息」 (76), 「这些信息是为您提供服务的目的」 (78); permissions 「用于提示用户当前的网络状况」 (83), 「用于通过网络访问互联网页面」 (84); cookies 「为确保服务能够正常运转」 (87)",
            "cn-pipl/methods": "「按照法律法规的规定和您的同意收集」 (72), 「我们会收集您登录…」 (74), 「系统会记录」 (76, 78), 「系统将会保存」 (79), 「要获电脑端网络IP」 (81), 「需要访问您电脑端本地目录」 (82), Cookie 存储 (87)",
            "cn-pipl/categories": "账号、网络IP、登录所在城市 (74); 登录账号、登录IP地址、操作日志详情 (76); 端口、客户名称、手机号码、归属地、短信内容… (78); 日志类型、操作时间… (79); 网络IP及所属城市 (81)",
            "cn-pipl/retention": "「我们只会在达成本协议所述目的所需的期限内保留您的个人信息…」 (120); after closing the account 「在15个工作日内完成删除」 (145)",
            "cn-pipl/rights": "七、您的权利和义务: view and edit by logging in to the web端 (135); 「您有权…更正或更新。您可以自行进行更正，或通过意见反馈或联系客服等将更正申请提交给我们」 (136); closing the account by calling the named support lead (145)",
            "cn-pipl/sensitive-necessity": "missing (applies, debatable): the policy says it collects 个人敏感信息 (46: 「我们以下划线方式提示您我们所收集、处理的个人敏感信息类型」) and calls the SMS logs it records (phone numbers, SMS content) 敏感信息 (78); no sentence gives the effect on the person",
            "cn-pipl/minors": "八、: 若您是14周岁以下的未成年人…取得…监护人的同意 (151), use only as the law or the guardian allows (152), deletion when collected without consent (153), a person in charge (154)",
            "cn-pipl/abroad-recipient": "n/a: 「将存储在中华人民共和国境内」 (156), 「均储存于中华人民共和国境内」 (122)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "function labels 1. web端登录 (73) + 74, 2. web端日志收集 (75) + 76, 3. web端日志信息查询 (77) + 78-79, 登录 permission (81)",
            "cn-gbt35273/sensitive-marked": "「同时，我们以下划线方式提示您我们所收集、处理的个人敏感信息类型」 (46): the statement the item asks for (no <u> is in the markup: the promise is not kept, which this item does not test); 78 labels the SMS logs 敏感信息",
            "cn-gbt35273/retention": "120; backups 「会在备份更新时删除」 (143); 145",
            "cn-gbt35273/cross-border": "「您的个人信息均储存于中华人民共和国境内」 (122), 156",
            "cn-gbt35273/sharing": "「我们不会与本产品服务提供者以外的公司、组织和个人共享…但以下情况除外」 (94), 行政、司法机关 (96), 中国移动关联公司 (97)",
            "cn-gbt35273/transfer": "（二）转让 99-101 (merger, acquisition, bankruptcy)",
            "cn-gbt35273/public-disclosure": "（三）公开披露 103-105",
            "cn-gbt35273/access": "（一）查询和更正您的个人信息 (134) + 「您可以随时使用个人账户登录…查看…」 (135)",
            "cn-gbt35273/correct": "「您有权对错误或不完整的信息做出更正或更新…」 (136)",
            "cn-gbt35273/delete": "（二）删除个人信息 (137) with its cases (138-142, the template's lead-in 「您可以向我们提出删除个人信息的请求」 dropped) and 「当您从我们的服务中删除信息后…」 (143); deletion on closing 145 (debatable: no sentence grants the request in so many words)",
            "cn-gbt35273/close-account": "（三）注销账号 (144) + 「如您希望注销账号，您可以联系…负责人（姓名：吴坤全，电话：…）申请注销账户」 (145)",
            "cn-gbt35273/withdraw-consent": "missing: no 撤回同意 or 改变授权范围 anywhere (46's 「您可以选择同意或拒绝」 is about future notices; 88 manages cookies)",
            "cn-gbt35273/copy": "missing: no 副本/复制/导出 of the person's data (82's 下载 is of SMS send records, a platform function)",
            "cn-gbt35273/effect-of-not-providing": "「您可以清除…Cookie…但如果您这么做，则需要在每一次访问我们产品时亲自更改用户设置」 (89): cookies managed at a cost",
            "cn-gbt35273/security": "三、安全保护措施 124-129: 数据加密 RSA/AES/MD5, 访问控制, 恶意代码防范, 安全审计",
            "cn-gbt35273/complaint": "? — the contact section answers 疑问、意见或建议 within 15 days (161, no 投诉); the only 举报 channel (166: 电话 10086, an e-mail, 12377) is for reporting harmful online content, not for complaints about personal data",
        },
    },
    {
        "name": "growhub-hk",
        "split": "dev",
        "file": "growhub-hk/i18n.ts",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a TypeScript i18n dictionary (zh-hk, en, ja) of GrowHub Limited, a Hong Kong software studio; each locale's `privacy` entry holds the 私隱政策 / Privacy Policy / プライバシーポリシー as heading + text pairs, text lines with \\n escapes)",
            "commit": "index id 56123187444",
            "stored": STORED.format(chars="35,118") + ". Added after the first run of the other four, annotated before its own first run",
        },
        "v": {
            "tw-pdpa": {
                "agency": G_COMPANY,
                "purposes": G_PURPOSES,
                "categories": [368, 380, 655, 667, 944, 956],
                "period": G_RETENTION,
                "area": [384, 671, 960],
                "recipients": G_RECIPIENTS,
                "methods": M,
                "rights": G_RIGHTS + [408, 695, 984],
                "effect-of-not-providing": [376, 380, 663, 667, 952, 956],
                "source": NA,
            },
            "eu-gdpr": {
                "controller": G_COMPANY + [276, 562],
                "dpo": M,
                "purposes": G_PURPOSES,
                "legal-basis": M,
                "legitimate-interests": NA,
                "recipients": G_RECIPIENTS,
                "transfers": Q,
                "retention": G_RETENTION,
                "rights": G_RIGHTS,
                "withdraw-consent": M,
                "complaint": M,
                "requirement": [376, 663, 952],
                "automated-decisions": M,
                "source": NA,
            },
        },
        "notes": {
            "tw-pdpa/agency": "「GrowHub Limited（下稱「本公司」）致力遵守香港《個人資料（私隱）條例》…」 (360; en 647, ja 936), named again with the address under 查詢方式 (408; 695, 984); the company block 企業名稱 GrowHub 香港有限公司 (273; en 559). A line of any of the three locales is accepted (the tool reads the whole dictionary)",
            "tw-pdpa/purposes": "「收集的個人資料將用於以下目的：(a) 回覆及處理閣下的查詢；…(e) 履行適用法律及監管要求。」 (376; en 663, ja 952); Google Analytics 「分析網站使用情況」 (380; 667, 956)",
            "tw-pdpa/categories": "「本公司透過查詢表格收集的個人資料包括：姓名、公司名稱（如適用）、電子郵箱地址及查詢內容…瀏覽器類型、裝置資訊、IP 地址」 (368; 655, 944); GA's 匿名的瀏覽數據 (380)",
            "tw-pdpa/period": "「個人資料將僅於達成收集目的所需的期間內保留，其後將被安全刪除或匿名化處理…」 (388; 675, 964): the criterion",
            "tw-pdpa/area": "「由於上述服務供應商的伺服器可能位於香港以外地區，閣下的個人資料有可能被傳送至香港以外的司法管轄區處理」 (384; 671, 960): a place named as 香港以外 (as 境外 counts)",
            "tw-pdpa/recipients": "服務供應商（包括 Netlify 及 Google Analytics）, 政府機關 (384; 671, 960); Google Analytics (380; 667, 956)",
            "tw-pdpa/methods": "missing (debatable): no means of use (自動化/電子/書面); 372's 「透過 Cookie 及類似技術…自動收集」 is collection, 380's GA analysis a named tool",
            "tw-pdpa/rights": "「閣下有權查閱及要求更正…如欲提出查閱或更正請求，請透過本網站的查詢表格與本公司聯絡」 (396; 683, 972), and 查詢方式 (408; 695, 984): rights with a channel (the site's contact form)",
            "tw-pdpa/effect-of-not-providing": "「提供上述個人資料屬自願性質；惟如閣下未有提供姓名及電子郵箱地址等必要資料，本公司將無法回覆閣下的查詢」 (376; 663, 952); cookies refused at a cost (380; 667, 956)",
            "tw-pdpa/source": "n/a: data from the person or their browser",
            "eu-gdpr/controller": "as tw-pdpa/agency, with the address (408, 695, 984; company block 276, 562) and the contact form as the channel",
            "eu-gdpr/legal-basis": "missing: 'with your explicit consent' (671) is an exception to disclosure, 'complying with applicable laws' (663) a purpose, 'for legitimate business purposes' (675) a reason to keep longer; no basis named for the processing",
            "eu-gdpr/legitimate-interests": "n/a: not relied on as a basis",
            "eu-gdpr/recipients": "'service providers … (including Netlify for form processing and Google for analytics)', government authority (671; zh 384, ja 960); Google Analytics (667)",
            "eu-gdpr/transfers": "? — a Hong Kong company's site; 'may be transferred to and processed in jurisdictions outside Hong Kong' (671) says nothing about the EEA, and data of EEA visitors already goes to Hong Kong: whether the item applies is doubtful",
            "eu-gdpr/rights": "'you have the right to request access to, and correction of, personal data we hold about you' + the contact form (683; zh 396, ja 972)",
            "eu-gdpr/withdraw-consent": "missing (debatable): nothing on withdrawing consent; declining cookies (667) counts only where consent is asked for, and none is (the form note 629 'By submitting, you agree to our privacy policy' is acceptance, not consent to processing)",
            "eu-gdpr/complaint": "missing: no supervisory authority (the PCPD is not named)",
            "eu-gdpr/requirement": "'Provision of personal data is voluntary; however, if you do not provide the necessary information …, we will not be able to respond to your enquiry.' (663; zh 376, ja 952)",
            "eu-gdpr/automated-decisions": "missing",
            "eu-gdpr/source": "n/a: data from the person or their browser",
        },
    },
    {
        "name": "moneysaver-tw",
        "split": "dev",
        "file": "moneysaver-tw/PrivacyPolicy.tsx",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a React TSX component PrivacyPolicy of Money Saver (moneysaver.tw), a Taiwanese deals site; Tailwind sections 前言, 一、資料收集 … 九、聯絡我們, dated 2025年12月18日)",
            "commit": "index id 45194169775",
            "stored": STORED.format(chars="9,570") + ". Added after the first run of the other five, annotated before its own first run",
        },
        "v": {
            "tw-pdpa": {
                "agency": M,
                "purposes": [52, 58, 66, 68, 69, 70, 71, 72, 73],
                "categories": [30, 32, 33, 34, 35, 36, 37, 42, 44, 45, 46],
                "period": [120, 123, 124, 125, 128],
                "area": M,
                "recipients": [58, 86, 88, 90],
                "methods": M,
                "rights": [135, 141, 145, 149, 153, 157, 162, 183, 186, 187],
                "effect-of-not-providing": M,
                "source": NA,
            }
        },
        "notes": {
            "tw-pdpa/agency": "missing: 「Money Saver（以下簡稱「本網站」或「我們」）」 (21) is the site defined as 本網站 (the profile's rule: a site defined as 本網站 is no agency, even with an e-mail); no company or person anywhere",
            "tw-pdpa/purposes": "「我們收集的資料僅用於以下合法目的：」 (66) + 提供與改善服務 … 法律遵循 (68-73); cookies 「來改善使用者體驗」 (52), 分析性 Cookie 「了解使用者如何使用網站」 (58)",
            "tw-pdpa/categories": "自動收集的資料： (30) + 瀏覽器類型…搜尋關鍵字 (32-37); 您主動提供的資料（如有）： (42) + 姓名與電子郵件… (44-46)",
            "tw-pdpa/period": "「我們僅在必要期間內保留您的個人資料：」 (120) + 26 個月 / 處理完畢後 2 年 / 取消訂閱為止 (123-125); 「期限屆滿後…刪除或匿名化」 (128)",
            "tw-pdpa/area": "missing: no place named (69's 「本機儲存，不上傳伺服器」 is the device, no area)",
            "tw-pdpa/recipients": "「與協助我們運營網站的第三方服務商（如網站託管商、分析工具提供商）分享」 (88) after 86's lead-in; Google Analytics (58); the acquirer on a merger (90)",
            "tw-pdpa/methods": "missing (debatable): no means of use; 自動收集 (30) and 您主動提供 (42) are how data is collected",
            "tw-pdpa/rights": "「根據個人資料保護法，您擁有以下權利：」 (135) + 查詢與請求閱覽 … 資料可攜權 (141-157) + 「如需行使上述權利，請透過「聯絡我們」頁面與我們聯繫」 (162); 九、聯絡我們 with the e-mail and form (183, 186, 187)",
            "tw-pdpa/effect-of-not-providing": "missing: nothing says what not providing data or refusing cookies costs",
            "tw-pdpa/source": "n/a: data from the person or their browser",
        },
    },
    {
        "name": "dimsum-zh",
        "split": "holdout",
        "file": "dimsum-zh/page.tsx",
        "source": {
            "repo": "(not named by the index)",
            "licence": NONE,
            "path": "(a Next.js client page PrivacyPage of Dim Sum AI Lab (aidimsum.com), a lab building a Cantonese corpus; one unfilled drafting slot 【请说明用户行使权利的具体途径…】 where the rights' channel should be)",
            "commit": "index id 9902355578",
            "stored": STORED.format(chars="12,986"),
        },
        "v": {
            "cn-pipl": {
                "processor": D_PROCESSOR,
                "purposes": [71, 79, 88, 104, 118, 125, 154, 166, 184],
                "methods": D_METHODS,
                "categories": [79, 88, 95, 104, 118, 152],
                "retention": [231],
                "rights": [245, 247, 248, 250, 251, 254, 256, 258, 261, 263, 299, 302],
                "sensitive-necessity": Q,
                "minors": NA,
                **NA_ABROAD,
            },
            "cn-gbt35273": {
                "identity-contact": D_PROCESSOR,
                "functions": [76, 79, 85, 88, 93, 95, 101, 104, 116, 118],
                "sensitive-marked": Q,
                "methods": D_METHODS,
                "retention": [231],
                "cross-border": [228],
                "sharing": [160, 198, 202, 205],
                "transfer": [211],
                "public-disclosure": [216],
                "access": [247],
                "correct": [248],
                "delete": [250, 251],
                "close-account": [256],
                "withdraw-consent": [169, 254],
                "copy": [258],
                "effect-of-not-providing": [184],
                "security": [234],
                "complaint": Q,
            },
        },
        "notes": {
            "cn-pipl/processor": '「欢迎您访问 Dim Sum AI Lab (下称"本实验室"、"我们"或"平台") 的官方网站」 (31-33), a lab (an organisation) named as 我们, with 联系邮箱：privacy@aidimsum.com (302)',
            "cn-pipl/purposes": "「出于实现本实验室使命和为您提供服务的目的，收集和使用」 (71); 「为保障网站正常运行和网络安全」 (79); 「以便我们更好地了解社区成员构成」 (88); 「以执行您的指令并返回结果」 (104); 「以便响应您的请求」 (118); 「以改进网站功能、优化服务体验」 (125); the corpus's purposes (154, 166); cookies (184)",
            "cn-pipl/methods": "自动收集 (79), 您可能需要提供 (88), 收集您主动发布的信息 (95), 您可能需要输入 (104), 通过邮件、在线表单联系我们时 (118), 自愿贡献 (144), 处理方式 (157), Cookie和类似技术 (184)",
            "cn-pipl/categories": "设备信息…IP地址…日志 (79), 昵称、电子邮箱地址或手机号码 (88), 发布的信息内容 (95), 文本、语音 (104), 姓名、邮箱、电话 (118), 文本、音频、视频、标注信息 (152)",
            "cn-pipl/retention": "「存储期限：我们仅在为实现本政策所述目的所必需的最短时间内保留…」 (231)",
            "cn-pipl/rights": "「您依法享有以下权利：」 (245) + the rights (247-263); the way: 「或者希望行使您的法定权利，请通过以下方式联系我们：」 (299) + 联系邮箱 (302). Not 266: its way is the unfilled slot 【请说明用户行使权利的具体途径…】",
            "cn-pipl/sensitive-necessity": "? — the corpus 「可能涉及个人信息甚至敏感个人信息」 (149) with purposes (154) and 'possible risks' (162) promised in a later notice: whether the policy says it processes sensitive data, and whether a promised notice covers it, is doubtful",
            "cn-pipl/minors": "n/a: 「我们不面向未满14周岁的儿童提供服务…如果我们发现…收集了未成年人的个人信息，我们会设法尽快删除」 (277): barred, deleted when found",
            "cn-pipl/abroad-recipient": "n/a: 「将存储在中华人民共和国境内」 (228)",
            "cn-gbt35273/identity-contact": "as cn-pipl/processor",
            "cn-gbt35273/functions": "function headings with what each collects: 网站基本运行与安全保障 (76/79), 用户注册与账户管理 (85/88), 社区交流与互动 (93/95), 使用AI工具或服务 (101/104), 沟通与支持 (116/118)",
            "cn-gbt35273/sensitive-marked": "? — see cn-pipl/sensitive-necessity; 42's 「以粗体标识的条款」 marks terms, not sensitive data",
            "cn-gbt35273/cross-border": "「存储地点：…将存储在中华人民共和国境内」 (228)",
            "cn-gbt35273/sharing": "学术研究机构、认证的开发者 (198), 服务提供商 (云存储、数据处理、安全服务) (202), other users (205), the corpus's 潜在使用者 (160)",
            "cn-gbt35273/transfer": "（二）转让 (211)",
            "cn-gbt35273/public-disclosure": "（三）公开披露 (216)",
            "cn-gbt35273/close-account": "「注销账户权：您有权注销您的平台账户」 (256) under 六、您管理个人信息的权利; the way is the slot (266) or the contact section (299, 302)",
            "cn-gbt35273/withdraw-consent": "「撤回同意权：您有权撤回对处理您个人信息的同意…」 (254); 169 on withdrawing the corpus consent",
            "cn-gbt35273/effect-of-not-providing": "「您可以通过浏览器设置管理或禁用Cookie，但这可能影响您对本网站部分功能的使用」 (184)",
            "cn-gbt35273/security": "加密、访问控制、脱敏…安全审计和风险评估 (234)",
            "cn-gbt35273/complaint": "? — 「投诉权：您有权向监管部门投诉或向我们反馈」 (263) names a regulator, no channel; the response time 「十五个工作日内」 sits in the slot's sentence (266) and in 九 (305), which speaks of 疑问、意见或建议",
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
            "file": f"eval/profiles53q/docs/{doc['file']}",
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
