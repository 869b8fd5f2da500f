#!/usr/bin/env python3
"""Source of truth of the round27b hand annotations: writes holdout/<name>/annotation.json.

    python3 tools/annotate27b.py [name ...]

Every annotated text (title, headings, placeholders, look-alikes) is checked against its line
of the document (DOCX: the 1-based `w:p` paragraph, table cells included, as ../README.md says).
Written by hand from reading each document, before policylens was run on any of them.
"""

import json
import os
import sys
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def lines_of(path):
    if path.endswith(".docx"):
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def H(line, level, text):
    return {"line": line, "level": level, "text": text}


def P(line, text, note):
    return {"line": line, "text": text, "note": note}


INDEX = "unknown: index text only (read_file by id; the repository could not be identified)"

DOCS = {
    "postpilot-tw-tsx": {
        "file": "page.tsx", "format": "html (tsx, index)", "script": "hant", "region": "tw", "languages": ["zh"],
        "kind": "template", "source": {"repo": "not identified", "path": "index id 67278164631", "license": INDEX},
        "repo_kind": "a Next.js social-post scheduling SaaS (PostPilot); zh-TW policy page with 【…】 fill-in notes",
        "title": {"line": 18, "text": "隱私政策"},
        "headings": [H(26, 1, "一、我們收集的資料"), H(34, 1, "二、我們如何使用資料"), H(42, 1, "三、第三方服務"),
                     H(47, 1, "四、Cookie 與工作階段"), H(50, 1, "五、資料保留與刪除"), H(55, 1, "六、您的權利"),
                     H(58, 1, "七、聯絡我們")],
        "placeholders": [
            P(20, "生效日期：【請填寫】", "effective date '【please fill in】' after a filled last-updated month"),
            P(23, "【請填入公司／品牌名稱】", "company/brand name field inside the opening sentence"),
            P(52, "請來信【聯絡 Email】", "contact e-mail field inside a sentence"),
            P(59, "請聯絡：【聯絡 Email】", "contact e-mail field after a label"),
        ],
        "ambiguous_placeholder_lines": [],
        "look_alike_lines": [P(31, "（未來）", "a parenthesised 'future' qualifier in a bold label"),
                             P(44, "Meta（Instagram / Threads）官方 API", "a parenthesised product list"),
                             P(8, "'PingFang TC'", "a CSS-in-JS style object")],
        "ambiguous_lines": [],
        "notes": "The title is a div whose text is split by a <span> (Post<span>Pilot</span> 隱私政策).",
    },
    "jianzhi-tsx": {
        "file": "page.tsx", "format": "html (tsx, index)", "script": "hans", "region": "cn", "languages": ["zh"],
        "kind": "template", "source": {"repo": "not identified", "path": "index id 53315137346", "license": INDEX},
        "repo_kind": "an AI recruiting platform's site (简职了); placeholder policy page with an amber notice and an unfilled effective date",
        "title": {"line": 19, "text": "隐私政策"},
        "headings": [H(24, 1, "1. 信息收集"), H(30, 1, "2. 信息使用"), H(35, 1, "3. 信息保护"), H(40, 1, "4. 信息共享"),
                     H(45, 1, "5. Cookie 与分析"), H(51, 1, "6. 您的权利"), H(57, 1, "7. 联系我们")],
        "placeholders": [
            P(16, "本页面为占位内容，正式上线前须替换为经法务审核的正式隐私政策文本。", "notice: this page is placeholder content, to be replaced before launch"),
            P(21, "生效日期：（待填写）", "effective date '(to be filled in)'"),
        ],
        "ambiguous_placeholder_lines": [],
        "look_alike_lines": [P(54, "{siteConfig.company.email}", "a JSX expression filled at run time"),
                             P(59, "{siteConfig.company.email}", "a JSX expression filled at run time")],
        "ambiguous_lines": [],
        "notes": "",
    },
    "careercopilot-tsx": {
        "file": "page.tsx", "format": "html (tsx, index)", "script": "hans", "region": "cn", "languages": ["zh"],
        "kind": "template", "source": {"repo": "not identified", "path": "index id 66230558651", "license": INDEX},
        "repo_kind": "a resume/job-matching AI app (CareerCopilot); draft policy page that says it is placeholder text, contact e-mail '(placeholder)'",
        "title": {"line": 11, "text": "CareerCopilot 隐私政策（草案）"},
        "headings": [H(14, 1, "一、我们收集哪些信息"), H(19, 1, "二、我们如何使用信息"), H(24, 1, "三、第三方模型服务商"),
                     H(32, 1, "四、存储与安全"), H(37, 1, "五、你的权利"), H(44, 1, "六、联系我们")],
        "placeholders": [
            P(9, "草案，上线前需专业复核。本文为占位条款，不构成正式法律文件。", "notice: draft, placeholder clauses, review before launch"),
            P(12, "版本：draft-2026-07 ・ 占位内容", "version line saying 'placeholder content'"),
            P(46, "服务邮箱联系我们（占位）", "contact channel marked '(placeholder)': no address given"),
            P(54, "（以上为占位草案，正式内容待专业法律复核后发布。）", "closing note: placeholder draft, final text after legal review"),
        ],
        "ambiguous_placeholder_lines": [11],
        "look_alike_lines": [P(52, "《用户协议》", "a document title in 《》 inside a link")],
        "ambiguous_lines": [],
        "notes": "Title line 11 carries （草案） (draft status in the title): ambiguous as a placeholder.",
    },
    "iproute-js-html": {
        "file": "privacy.html", "format": "html (extracted from a JS array, index)", "script": "hans", "region": "cn",
        "languages": ["zh"], "kind": "template",
        "source": {"repo": "not identified", "path": "index id 70248354731 (constant PRIVACY_TEXT_HTML)", "license": INDEX},
        "repo_kind": "an offline Android tool for inter-provincial power-transmission cost routes; the policy is a JS array of HTML lines joined by <br>, with ____________（待填） blanks for the controller's details",
        "title": None,
        "headings": [H(4, 1, "一、政策摘要"), H(10, 1, "二、个人信息处理者"), H(16, 1, "三、我们不收集什么"),
                     H(23, 1, "四、你的数据存在哪里（存储地点）"), H(30, 1, "五、个人信息收集清单"),
                     H(39, 1, "六、个人信息对外提供清单"), H(50, 1, "七、什么时候会联网"), H(56, 1, "八、系统权限说明"),
                     H(59, 1, "九、安全保护措施"), H(65, 1, "十、保存期限"), H(68, 1, "十一、你的权利与控制"),
                     H(75, 1, "十二、未成年人"), H(78, 1, "十三、政策更新与本政策的历史版本"), H(82, 1, "十四、投诉与争议解决"),
                     H(85, 1, "十五、联系我们")],
        "placeholders": [
            P(1, "生效日期：____________（提交上架前填写）", "effective date blank 'fill in before submitting to the store'"),
            P(11, "名称：____________（待填，建议填工商全称）", "controller name blank"),
            P(12, "注册地址：____________（待填）", "registered address blank"),
            P(13, "统一社会信用代码：____________（待填）", "credit code blank"),
            P(14, "个人信息保护负责人及联系方式：____________（待填，建议留邮箱 + 电话）", "DPO contact blank"),
            P(80, "访问链接：____________（待提供）", "history-versions link blank"),
            P(86, "运营主体：____________（待填）", "operator blank"),
            P(87, "联系方式：____________（待填）", "contact blank"),
        ],
        "ambiguous_placeholder_lines": [],
        "look_alike_lines": [P(31, "（业务功能 ｜ 信息种类 ｜ 必要与否 ｜ 收集目的 ｜ 收集方式 ｜ 保存方式与期限 ｜ 拒绝的影响）", "a parenthesised column legend"),
                             P(2, "com.iproute.calc", "a package name"),
                             P(43, "DeepSeek / 智谱 / Moonshot / OpenAI", "a provider list")],
        "ambiguous_lines": [],
        "notes": "Extraction rule: the string elements of `const PRIVACY_TEXT_HTML=[…].join('<br>')`, JS escapes none, joined with '<br>' + newline (line N = element N), no trailing newline. Headings are whole-line <b>…</b> elements.",
    },
    "mahjong-ts-html": {
        "file": "privacy.html", "format": "html (rendered from a TS template, index)", "script": "hans", "region": "cn",
        "languages": ["zh"], "kind": "template",
        "source": {"repo": "not identified", "path": "index id 70103996085 (privacy('china'))", "license": INDEX},
        "repo_kind": "a Sichuan mahjong game with AI players; the server renders draft legal pages from TS template literals, with a draft banner and 【待补充】 operator/e-mail",
        "title": {"line": 9, "text": "隐私政策"},
        "headings": [H(10, 1, "1. 我们收集的信息"), H(19, 1, "2. AI 对话"), H(21, 1, "3. 信息的使用和共享"),
                     H(23, 1, "4. 存储和保留"), H(25, 1, "5. 你的权利"), H(27, 1, "6. 未成年人保护"), H(28, 1, "7. 联系我们")],
        "placeholders": [
            P(9, "【草案】本文件由开发团队起草，正式上线前须经法务审核并补全运营主体、联系方式等信息。", "draft banner: complete operator and contact details before launch (on the title's line)"),
            P(29, "运营主体：【待补充】　联系邮箱：【待补充】", "operator and e-mail 'to be supplied'"),
        ],
        "ambiguous_placeholder_lines": [],
        "look_alike_lines": [P(22, "<a href=\"/legal/sdks\">第三方 SDK 清单</a>", "a link to the SDK list")],
        "ambiguous_lines": [],
        "notes": "Rendering rule: page('隐私政策', body) of the source with region 'china' (every ${china ? A : B} replaced by A, ${title}, ${UPDATED}='2026-10-07', ${DRAFT_BANNER} substituted), the template literal's own newlines kept; trailing newline added. The h1, the draft banner and the first paragraph share line 9.",
    },
    "hispano-tsx": {
        "file": "page.tsx", "format": "html (tsx, index)", "script": "hans", "region": "cn", "languages": ["zh"],
        "kind": "template", "source": {"repo": "not identified", "path": "index id 30172024736", "license": INDEX},
        "repo_kind": "a compliance-risk assessment site (hispanocomply); a template policy page with a 'replace before launch' note",
        "title": {"line": 14, "text": "隐私政策（模板）"},
        "headings": [H(22, 1, "我们收集什么"), H(31, 1, "我们如何使用数据"), H(40, 1, "数据保存与第三方")],
        "placeholders": [P(17, "本页面为模板内容，请在上线前替换为正式版本。", "note: template content, replace before launch")],
        "ambiguous_placeholder_lines": [14],
        "look_alike_lines": [P(46, "support@hispanocomply.com", "a real contact e-mail"),
                             P(24, "• 评估输入：行业、收入区间、雇员、POS、信号项", "a bullet list item")],
        "ambiguous_lines": [],
        "notes": "Title '隐私政策（模板）' (template in the title): ambiguous as a placeholder.",
    },
    "rfq-bilingual-tsx": {
        "file": "page.tsx", "format": "html (tsx, index)", "script": "hans", "region": "cn", "languages": ["zh", "en"],
        "kind": "template", "source": {"repo": "not identified", "path": "index id 52674409761", "license": INDEX},
        "repo_kind": "a manufacturer's RFQ site (next-intl zh/en); bilingual template policy whose description prop tells the publisher to complete it, in both languages",
        "title": {"line": 25, "text": "隐私政策（模板）"},
        "headings": [],
        "placeholders": [
            P(28, "本页面为模板，请在上线前根据实际数据处理流程补充。", "zh: template, complete before launch"),
            P(29, "This is a template. Update it based on your actual data handling workflow before launch.", "en half of the same note"),
        ],
        "ambiguous_placeholder_lines": [13, 25],
        "look_alike_lines": [P(36, "${companyFacts.nameCn}（以下简称“我们”）", "a template-literal interpolation filled at run time"),
                             P(37, "${companyFacts.nameCn} (\"we\")", "the same in English"),
                             P(46, "${contactConfig.email}", "an interpolated e-mail")],
        "ambiguous_lines": [],
        "notes": "Every text sits in `locale === 'zh' ? … : …` expressions; no headings in the body (paragraphs only). Lines 13 (metadata description 'template page') and 25 (title '(Template)') ambiguous.",
    },
    "adwire-hk-tsx": {
        "file": "page.tsx", "format": "html (tsx, index)", "script": "hant", "region": "hk", "languages": ["zh"],
        "kind": "clean", "source": {"repo": "not identified", "path": "index id 52659376461", "license": INDEX},
        "repo_kind": "a Hong Kong digital agency (ADWire Agency Limited); filled 私隱政策 page",
        "title": {"line": 32, "text": "私隱政策"},
        "headings": [H(46, 1, "1. 資料收集"), H(56, 1, "2. 資料用途"), H(67, 1, "3. 資料披露"), H(76, 1, "4. 資料安全"),
                     H(81, 1, "5. Cookie 的使用"), H(86, 1, "6. 政策修訂"), H(91, 1, "7. 聯絡我們")],
        "placeholders": [], "ambiguous_placeholder_lines": [],
        "look_alike_lines": [P(29, "bg-[#0f4c81]", "a Tailwind arbitrary-value class"),
                             P(94, "電郵：info@adwire.com.hk", "a real e-mail"),
                             P(51, "（如姓名、電郵地址、電話號碼）", "a parenthesised example list")],
        "ambiguous_lines": [31],
        "notes": "The <h1> opens on line 31 and its text is on line 32.",
    },
    "oneclick-hk-tsx": {
        "file": "page.tsx", "format": "html (tsx, index)", "script": "hant", "region": "hk", "languages": ["zh"],
        "kind": "clean", "source": {"repo": "not identified", "path": "index id 56126542897", "license": INDEX},
        "repo_kind": "a Hong Kong health platform (壹鍵康 OneClick Wellness); short filled 私隱政策 in a <LegalPage title> component",
        "title": {"line": 11, "text": "私隱政策"},
        "headings": [H(16, 1, "我們收集的資料"), H(20, 1, "資料用途"), H(24, 1, "資料安全與保留"), H(28, 1, "聯絡我們")],
        "placeholders": [], "ambiguous_placeholder_lines": [],
        "look_alike_lines": [P(30, "oneclick.medical.hk@gmail.com", "a real e-mail"),
                             P(18, "（例如姓名、聯絡方式、健康問卷回答）", "a parenthesised example list")],
        "ambiguous_lines": [],
        "notes": "",
    },
    "fittingroom-docx": {
        "file": "隐私政策.docx", "format": "docx", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
        "source": {"repo": "ZKAFKA/FittingRoomAI", "path": "隐私政策.docx", "commit": "04bf2b3d3cfa43b7ef4a62445d5ebd4864834b43",
                   "license": "none (no licence file)"},
        "repo_kind": "a WeChat mini-program for AI virtual try-on; filled policy as Word 'Normal' paragraphs (no heading styles) with an SDK table; byte-exact blob",
        "title": {"line": 1, "text": "《试衣间AI+》个人信息保护政策"},
        "headings": [H(3, 1, "引言"), H(6, 1, "一、 我们如何收集和使用您的个人信息"), H(14, 1, "二、 您的信息如何在全球范围转移"),
                     H(18, 1, "三、 我们如何共享您的个人信息"), H(34, 1, "四、 我们如何保护您的信息安全"),
                     H(41, 1, "五、 您的个人信息权益"), H(50, 1, "六、 隐私保护与特殊说明"), H(54, 1, "七、 未成年人保护"),
                     H(57, 1, "八、 政策更新与联系方式")],
        "placeholders": [], "ambiguous_placeholder_lines": [],
        "look_alike_lines": [P(36, "**公安机关信息系统安全等级保护第三级（等保三级）**", "literal Markdown asterisks pasted into Word"),
                             P(47, "“我的”→“设置”→“账号安全”→“注销账号”", "a menu path in quotes"),
                             P(59, "小程序内“设置-反馈建议”", "a contact channel given as an in-app menu")],
        "ambiguous_lines": [43],
        "notes": "Line 43 '查阅、更正与补充：' introduces items (ambiguous heading). Lines 20-31 are the SDK table's cells.",
    },
}


def check(name, ann):
    path = os.path.join(HERE, "holdout", name, ann["file"])
    lines = lines_of(path)
    items = list(ann["headings"]) + list(ann["placeholders"]) + list(ann["look_alike_lines"])
    if ann.get("title"):
        items.append(ann["title"])
    bad = [(x["line"], x["text"]) for x in items if x["text"] not in lines[x["line"] - 1]]
    return bad


def main(argv):
    names = argv or sorted(DOCS)
    ok = True
    for name in names:
        ann = DOCS[name]
        bad = check(name, ann)
        if bad:
            ok = False
            print(name, "MISMATCH", bad)
            continue
        out = {k: v for k, v in ann.items() if v is not None}
        with open(os.path.join(HERE, "holdout", name, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(name, "ok", len(ann["headings"]), "headings", len(ann["placeholders"]), "placeholders")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
