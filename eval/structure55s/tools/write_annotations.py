#!/usr/bin/env python3
"""Write the hand annotations of eval/structure55s (helper m55s) as annotation.json files.

Every value below was decided by reading each document in full, before policylens was run on any of them
(line numbers looked up with grep -n). Kept as a script so the decisions are reviewable in one place.
"""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IDX = "not checked: index text (treat as all rights reserved; test fixture only)"


def src(index_id, chars, note):
    return {"repo": None, "path": "(read_file names no repository for the id)", "commit": None,
            "index_id": index_id, "mode": f"index text ({chars} characters, written out character for character; length checked)",
            "license": IDX, "note": note}


def h(line, level, text):
    return {"line": line, "level": level, "text": text}


def t(line, text):
    return {"line": line, "text": text}


DOCS = {
    ("dev", "device-bilingual-md"): {
        "source": src("52535783399", 8591, "「Device」, an IoT monitoring app by Jamanet (jama-net.com): one Markdown file, a Chinese version then an English version"),
        "format": "md", "script": "hans", "region": "cn", "languages": ["zh", "en"],
        "kind": "Markdown: `#` title, bold `**App Name**:` field lines closed by two spaces, `## 中文版` / `## English Version`, `###` sections, `####` subsections, pipe tables",
        "file": "PRIVACY.md",
        "title": {"line": 1, "text": "Privacy Policy / 隐私政策"},
        "level_note": "ATX levels: ## = 1, ### = 2, #### = 3 under the # title",
        "headings": [
            h(11, 1, "中文版"), h(13, 2, "引言"), h(19, 2, "一、我们收集的信息"), h(23, 3, "1. 您主动提供的信息"),
            h(27, 3, "2. 自动收集的信息"), h(33, 3, "3. 设备权限说明"), h(44, 2, "二、我们如何使用您的信息"),
            h(55, 2, "三、信息存储与安全"), h(62, 2, "四、信息共享与披露"), h(70, 2, "五、第三方 SDK 说明"),
            h(82, 2, "六、您的权利"), h(91, 2, "七、未成年人保护"), h(95, 2, "八、隐私政策更新"), h(99, 2, "九、联系我们"),
            h(108, 1, "English Version"), h(110, 2, "Introduction"), h(116, 2, "1. Information We Collect"),
            h(120, 3, "1.1 Information You Provide"), h(124, 3, "1.2 Automatically Collected Information"),
            h(130, 3, "1.3 Device Permissions"), h(140, 2, "2. How We Use Your Information"),
            h(151, 2, "3. Information Storage & Security"), h(158, 2, "4. Information Sharing & Disclosure"),
            h(166, 2, "5. Third-Party SDKs"), h(178, 2, "6. Your Rights"), h(187, 2, "7. Children's Privacy"),
            h(191, 2, "8. Policy Updates"), h(195, 2, "9. Contact Us"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [3, 4, 5, 6, 7, 21, 47, 48, 49, 50, 51, 52, 57, 58, 59, 60, 101, 102, 143, 144],
        "look_alike_note": "3–7 bold field lines (**App Name**: …); 21 a lead-in ending 「：」; 47–52, 57–60, 143–144 numbered items opening on a bold label; 101–102 bulleted contact lines with bold labels",
        "expected_text": [t(5, "Bundle ID"), t(36, "连接和管理附近的 IoT 设备"), t(74, "Firebase Core / Messaging"),
                          t(102, "通过\"我的 > 意见反馈\"提交"), t(203, "Submit via \"My > Feedback\"")],
    },
    ("dev", "puffinpuff-tw-md"): {
        "source": src("71346185878", 5142, "「海鸚泡芙 PuffinPuff」, a Windows desktop app (Taiwan, mememaker-tw.com) that posts short videos to YouTube/Facebook/Instagram"),
        "format": "md", "script": "hant", "region": "tw", "languages": ["zh", "en"],
        "kind": "Markdown: `#` title with 「｜」 and the product name, two bold date lines, `---` rules between every section, `##` sections (two unnumbered before 一、, an appendix after 十、), `###` numbered subsections (one with bold inside), pipe tables, fenced code blocks holding a Windows path and an ASCII diagram, ❌/✅ bullets",
        "file": "privacy.md",
        "title": {"line": 1, "text": "隱私權政策｜海鸚泡芙 PuffinPuff"},
        "level_note": "ATX levels: ## = 1, ### = 2 under the # title",
        "headings": [
            h(8, 1, "我們是誰"), h(17, 1, "一句話總結"), h(25, 1, "一、我們收集哪些資料"),
            h(27, 2, "1.1 你主動授權給 PuffinPuff 的資料"), h(41, 2, "1.2 你主動拖入 PuffinPuff 的內容"),
            h(50, 2, "1.3 PuffinPuff 不會收集的資料"), h(60, 1, "二、資料儲存位置"), h(76, 2, "2.1 Token 加密"),
            h(85, 1, "三、資料傳輸路徑"), h(108, 1, "四、Instagram 上傳的特別說明（Cloudflared Tunnel）"),
            h(126, 1, "五、第三方服務"), h(140, 1, "六、Cookies 與追蹤"), h(148, 1, "七、資料刪除與授權撤銷"),
            h(150, 2, "7.1 從 PuffinPuff 內部解除帳號"), h(156, 2, "7.2 從平台官方介面撤銷授權（建議同時做）"),
            h(164, 2, "7.3 完整刪除 PuffinPuff 所有本機資料"), h(176, 1, "八、未成年人保護"),
            h(182, 1, "九、本政策變更通知"), h(191, 1, "十、聯絡我們"), h(201, 1, "附錄：合規對照"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [3, 4, 19, 115, 183, 193, 195, 197],
        "look_alike_note": "3/4 bold date lines; 19 a bold-only summary sentence; 115 「關鍵特性：」 lead-in; 183 lead-in 「我們會：」; 193 lead-in; 195 a bold-only e-mail line 「**📧 bisharing001@gmail.com**」; 197 a one-line reply promise",
        "expected_text": [t(65, "C:\\Users\\<你的使用者名稱>\\AppData\\Roaming\\海鸚泡芙 PuffinPuff\\"),
                          t(90, "直接傳輸，不經過任何中間伺服器"), t(33, "代表你授權 PuffinPuff 上傳影片"),
                          t(195, "bisharing001@gmail.com"), t(161, "設定 → 商業整合 → 已連結的應用程式與網站")],
    },
    ("dev", "ivm-tw-php"): {
        "source": src("2874730859", 6466, "「IVM多元化販賣機」, a Taiwanese student project (vending-machine shop): a PHP page, Bootstrap navbar, the policy as a cjk-ideographic ordered list"),
        "format": "php (HTML)", "script": "hant", "region": "tw", "languages": ["zh"],
        "kind": "PHP session prelude (a `$res` string holding a navbar `<ul>`), HTML head `<title>`, a Bootstrap navbar in a `<form>`, a `fs-1 fw-bold` title div, then `<ol style=\"list-style:cjk-ideographic\">` whose first item is a paragraph and whose next five items are short titles (`<li class=\"mt-3\">`) each followed by a nested `<ol>` of clauses",
        "file": "learnmone.php",
        "title": {"line": 90, "text": "隱私權政策"},
        "level_note": "the five titled list items are the document's sections (rendered 二、… 六、 by the list style), level 1",
        "headings": [
            h(100, 1, "個人資料保護法應告知事項"), h(117, 1, "個人資料的蒐集、處理及利用方式"), h(125, 1, "資料之保護"),
            h(131, 1, "Cookie 之使用"), h(136, 1, "隱私權保護政策之修正"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [10, 22, 37, 48, 51, 54, 58, 62, 63, 67, 70, 73, 75, 78, 97, 102, 139],
        "look_alike_note": "10 回上一頁 (in the PHP string); 22 <title>; 37 the brand; 48–78 navbar links and buttons; 97 item 一 (a paragraph); 102 the first 「label：value」 clause; 139 a button",
        "expected_text": [t(97, "隱私權保護政策的適用範圍"), t(102, "蒐集機關名稱：IVM多元化販賣機專題小組"),
                          t(107, "否則本小組不會將足以識別使"), t(122, "做為我們增進網站服務的參考依據"),
                          t(133, "即可拒絕Cookie的寫入")],
    },
    ("dev", "bazi-hant-ts"): {
        "source": src("54681616553", 4936, "「天命 BaziApp」, a Bazi fortune-telling app (operator in Malaysia, zh-Hant pages): a NestJS controller serving /privacy and /terms as HTML built from template literals"),
        "format": "ts", "script": "hant", "region": "my (Traditional Chinese)", "languages": ["zh", "en"],
        "kind": "TypeScript: constants, a `page(title, bodyHtml)` function returning a whole HTML document (head, style, `${bodyHtml}`, footer), two controller methods each passing an HTML template literal: `<h1>` bilingual title, `<p class=\"meta\">` date, intro, a disclaimer `<div>`, `<h2>` sections",
        "file": "legal.controller.ts",
        "title": {"line": 58, "text": "隱私權政策 Privacy Policy"},
        "level_note": "as eval/structure54x zhiming-tsx: the first document's sections level 1 under the file's title; the second document's title (112, 服務條款 Terms of Service) level 1 and its sections one below",
        "headings": [
            h(64, 1, "一、我們收集的資料"), h(72, 1, "二、我們如何使用資料"), h(79, 1, "三、資料分享與第三方服務"),
            h(89, 1, "四、資料保存與刪除"), h(92, 1, "五、資料安全"), h(95, 1, "六、兒童"), h(98, 1, "七、您的權利"),
            h(101, 1, "八、政策變更"), h(112, 1, "服務條款 Terms of Service"),
            h(118, 2, "一、服務說明"), h(121, 2, "二、帳戶"), h(124, 2, "三、點數、訂閱與付款"), h(131, 2, "四、可接受使用"),
            h(134, 2, "五、免責聲明與責任限制"), h(137, 2, "六、智慧財產權"), h(140, 2, "七、條款變更"),
            h(143, 2, "八、準據法"), h(146, 2, "九、聯絡我們"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [25, 44, 57, 59, 62, 111, 113, 116],
        "look_alike_note": "25 the <title> template; 44 the footer; 57/111 the page-title arguments; 59/113 date lines; 62/116 disclaimer boxes",
        "expected_text": [t(62, "本服務僅供參考與娛樂用途"), t(83, "RevenueCat、Apple App Store、Google Play — 訂閱與購買處理"),
                          t(102, "我們可能不時更新本政策，並於本頁公告最新版本與生效日期。"), t(144, "法律管轄"),
                          t(44, "營運者")],
    },
    ("dev", "photorate-tw-tsx"): {
        "source": src("59624184348", 4266, "an unnamed photo-rating site (Taiwan; SITE_NAME constant): a Next.js app-router page"),
        "format": "tsx", "script": "hant", "region": "tw", "languages": ["zh"],
        "kind": "Next.js page: `metadata` object (title), a fragment with a multi-line `<h1>` (text on its own line), a date `<p>` with `{LEGAL_UPDATED_AT}`, intro with `{SITE_NAME}`, thirteen `<h2>` sections, four `<h3>` numbered subsections under 一、, `<strong>` inside list items",
        "file": "page.tsx",
        "title": {"line": 27, "text": "隱私權政策"},
        "level_note": "h2 = 1, h3 = 2 under the h1 title",
        "headings": [
            h(39, 1, "一、我們蒐集的資料"), h(40, 2, "1. 你透過登入提供的資料"), h(47, 2, "2. 你主動提供的資料"),
            h(59, 2, "3. 你使用過程產生的資料"), h(66, 2, "4. 自動蒐集的技術資料"), h(73, 1, "二、我們如何使用你的資料"),
            h(84, 1, "三、照片與 AI 內容審核"), h(90, 1, "四、聚合與匿名保護"), h(104, 1, "五、我們如何分享資料"),
            h(118, 1, "六、Cookie 與追蹤"), h(123, 1, "七、資料保存與刪除"), h(136, 1, "八、資料安全"),
            h(141, 1, "九、年齡限制"), h(147, 1, "十、資料存放地點"), h(152, 1, "十一、你的權利"),
            h(157, 1, "十二、政策變更"), h(162, 1, "十三、聯絡我們"),
        ],
        "ambiguous_lines": [10, 23],
        "ambiguous_note": "10 the metadata title and 23 the <h1> opening tag: the same title as line 27, reported on another line",
        "look_alike_lines": [14, 30, 36, 105, 164],
        "look_alike_note": "14 openGraph title; 30 the date; 36 a bold sentence closing the intro; 105 a lead-in ending 「：」; 164 a lead-in before <br />",
        "expected_text": [t(30, "最後更新："), t(36, "當你使用本服務，即表示你已閱讀並同意本政策。"),
                          t(87, "Google Gemini）進行"), t(99, "各分眾小組（例如「台北」「18–24 歲」）"),
                          t(144, "歲者使用，將刪除其帳號與相關資料。")],
    },
    ("holdout", "suanli-tsx"): {
        "source": src("56329991158", 5369, "「算力先锋」, a primary-school maths app: a React page with two tabs whose texts are Markdown template literals rendered by the page's own line renderer"),
        "format": "tsx", "script": "hans", "region": "cn", "languages": ["zh"],
        "kind": "React (react-router, framer-motion): TABS array (用户协议/隐私政策), two `const X = `…`.trim()` Markdown literals (`##` title, bold date, `###` sections, numbered lines some opening on bold labels, indented `-` bullets), a MarkdownRenderer mapping `## `→h2, `### `→h3",
        "file": "Agreement.tsx",
        "title": {"line": 14, "text": "算力先锋用户协议"},
        "level_note": "as eval/structure54x zhiming-tsx: the first document's (the user agreement, first in the file and the default tab) sections level 1 under the file's title; the second document's title (60, 算力先锋隐私政策) level 1 and its sections level 2",
        "headings": [
            h(18, 1, "一、总则"), h(22, 1, "二、服务内容"), h(28, 1, "三、用户账号"), h(34, 1, "四、用户行为规范"),
            h(40, 1, "五、知识产权"), h(45, 1, "六、免责声明"), h(50, 1, "七、协议修改"), h(54, 1, "八、联系方式"),
            h(60, 1, "算力先锋隐私政策"),
            h(64, 2, "一、我们收集的信息"), h(71, 2, "二、我们如何使用信息"), h(78, 2, "三、信息存储与安全"),
            h(84, 2, "四、信息共享"), h(92, 2, "五、您的权利"), h(98, 2, "六、未成年人保护"),
            h(104, 2, "七、隐私政策更新"), h(108, 2, "八、联系我们"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [7, 8, 16, 62, 66, 67, 68, 69, 86, 161],
        "look_alike_note": "7/8 tab labels; 16/62 bold date lines; 66–69 numbered lines opening on bold labels; 86 「以下情况除外：」; 161 返回",
        "expected_text": [t(20, "欢迎使用算力先锋"), t(66, "手机号码（用于账号注册和登录验证）"),
                          t(87, "获得您的明确同意"), t(110, "如您对本隐私政策有任何疑问"), t(56, "请通过应用内反馈功能与我们联系")],
    },
    ("holdout", "qunxing-taro-tsx"): {
        "source": src("61141168232", 2694, "「群星闪耀」, a personal WeChat mini program (Taro): its privacy note page"),
        "format": "tsx", "script": "hans", "region": "cn", "languages": ["zh"],
        "kind": "Taro `<View>`/`<Text>` page: a header `<Text className='privacy-title'>` and date, eight `privacy-section` views each a `section-title` `<Text>` and a `section-body` `<Text>`; a list of `list-item` texts; two `contact` texts; a footer",
        "file": "index.tsx",
        "title": {"line": 8, "text": "隐私说明"},
        "level_note": "section titles level 1 under the header title",
        "headings": [
            h(13, 1, "一、应用定位"), h(20, 1, "二、信息收集"), h(32, 1, "三、数据存储与安全"), h(39, 1, "四、数据共享"),
            h(46, 1, "五、数据删除"), h(53, 1, "六、未成年人使用"), h(60, 1, "七、变更通知"), h(67, 1, "八、联系方式"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [9, 22, 25, 26, 27, 69, 71, 72, 76],
        "look_alike_note": "9 date; 22/69 lead-ins ending 「：」; 25–27 bullets with 「：」 labels; 71/72 contact lines; 76 footer",
        "expected_text": [t(15, "是一款由个人开发者独立开发的非商业应用"), t(25, "微信昵称与头像"),
                          t(71, "邮箱：zzxun233@outlook.com"), t(72, "微信：zzxun233"), t(76, "个人项目，仅供个人使用")],
    },
    ("holdout", "chimei-tw-tsx"): {
        "source": src("54864807354", 2450, "「棋美點心屋／CHIMEIDIY 團購」(Taiwan): a Next.js privacy page wrapped in the site's LegalDocument component"),
        "format": "tsx", "script": "hant", "region": "tw", "languages": ["zh"],
        "kind": "Next.js page: metadata title template, `<LegalDocument title=\"隱私權政策\" updatedAt=\"…\">` (the title and date are props, rendered by an imported component), ten `<h2>` sections, `<ul>` lists, a `<Link>` inside a list item split over two lines",
        "file": "page.tsx",
        "title": {"line": 13, "text": "隱私權政策"},
        "level_note": "h2 = 1 under the LegalDocument title",
        "headings": [
            h(18, 1, "一、資料控管者"), h(24, 1, "二、我們蒐集的資料"), h(33, 1, "三、資料使用目的"), h(42, 1, "四、資料保存與分享"),
            h(52, 1, "五、您的權利"), h(61, 1, "六、Cookie 與類似技術"), h(66, 1, "七、資料安全"), h(71, 1, "八、兒童隱私"),
            h(74, 1, "九、政策更新"), h(79, 1, "十、聯絡我們"),
        ],
        "ambiguous_lines": [7],
        "ambiguous_note": "7 the metadata title template (隱私權政策｜${BRAND_NAME}): the same title as the LegalDocument prop",
        "look_alike_lines": [26, 44, 57, 58],
        "look_alike_note": "26 a 「label：value」 bullet; 44 a lead-in ending 「：」; 57/58 a bullet holding a <Link>",
        "expected_text": [t(13, "2026年7月16日"), t(20, "本服務由棋美點心屋／CHIMEIDIY 團購營運"),
                          t(58, "刪除帳號說明"), t(62, "本服務使用 Cookie／本機儲存以維持登入狀態"), t(82, "客服中心")],
    },
}

for (which, name), ann in DOCS.items():
    ann["annotated_before_run"] = True
    with open(os.path.join(HERE, which, name, ann["file"]), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for x in ann["expected_text"]:  # the line of each expected text is looked up, not guessed
        x["line"] = next(i for i, ln in enumerate(lines, 1) if x["text"] in ln.replace("**", ""))
    path = os.path.join(HERE, which, name, "annotation.json")
    assert os.path.exists(os.path.join(HERE, which, name, ann["file"])), path
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(ann, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(path)
