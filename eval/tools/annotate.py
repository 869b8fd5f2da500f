#!/usr/bin/env python3
"""Hand annotations of the evaluation set (source of truth); run to (re)write every annotation.json."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ann_lib import build

def src(repo, path, commit, license):
    return {"repo": repo, "path": path, "commit": commit, "license": license}

# ---------------------------------------------------------------- dev/connecthelp-hk
h = [(11,1),(19,1),(22,2),(45,2),(64,2),(83,1),(86,2),(105,2),(124,1),(127,2),(146,2),(153,1),(156,2),(173,2),
     (190,1),(213,1),(216,2),(233,2),(252,1),(255,2),(272,2),(291,1),(294,2),(311,2),(330,1),(342,1)]
amb = [12,20,23,46,65,84,87,106,125,128,147,154,157,174,191,214,217,234,253,256,273,292,295,312,331,343]
build("dev/connecthelp-hk",
      src("BuildersonGroup/connect-help", "privacypolicy.md", "59b5e9650392779e27cc41960c7dba19c5131af2", "none (no licence file)"),
      "md", "hant", "hk", ["en", "zh"], 1, h,
      placeholders=[(14, "[Company Name]", "unfilled operator name (en)"), (15, "[公司名稱]", "unfilled operator name (zh)"),
                    (333, "[Name]", "privacy officer name"), (333, "[姓名]", "privacy officer name (zh)"),
                    (334, "[Email]", "contact e-mail"), (334, "[電郵地址]", "contact e-mail (zh)"),
                    (335, "[Hong Kong Phone Number]", "phone"), (335, "[香港電話號碼]", "phone (zh)"),
                    (336, "[Hong Kong Address]", "address"), (336, "[香港地址]", "address (zh)"),
                    (337, "[Operating Hours]", "office hours"), (337, "[辦公時間]", "office hours (zh)"),
                    (338, "[24/7 Emergency Number]", "emergency number"), (338, "[24小時緊急電話]", "emergency number (zh)")],
      ambiguous=amb,
      notes="Hong Kong (PDPO Cap. 486) policy, interleaved English/Traditional Chinese. Every section heading is two lines: "
            "an English `##`/`###` line followed by its Chinese translation as a bold line (`**2.1 個人資料**`). The English "
            "line is annotated as the heading; the bold Chinese line directly below is the same heading and is listed in "
            "ambiguous_lines (neither a miss nor a false positive). Bold 'Last Updated'/'Document Reference' lines (3-7) and "
            "the trailing 'Version' lines are not headings. Lines 333-338 carry two placeholders each (en + zh).")

# ---------------------------------------------------------------- dev/xiaolv-lawyer
h = [(3,1),(10,2),(20,2),(33,2),(43,1),(45,2),(49,3),(51,4),(55,5),(61,5),(66,5),(71,5),(78,4),(84,4),(94,3),
     (127,2)] + [(l,3) for l in (131,137,143,153,159,165,171,177,183,189)] + [(196,2)] + \
    [(l,3) for l in (200,211,221,231,241,251,261,271)] + [(289,2),(293,2),(312,1),(318,2),(321,2),(324,2),(327,1),
     (329,2),(337,2),(347,2),(354,2),(361,2),(372,1),(376,2),(400,2),(417,2),(434,2),(445,2),(457,1),(459,2),(463,2),
     (474,2),(483,1),(487,2),(496,2),(507,2),(516,2),(524,2),(533,1),(539,1),(560,1)]
build("dev/xiaolv-lawyer",
      src("Kingzhijie/lawyer_app", "隐私政策.md", "d18749991a53d2fece9056d45181f3c01f4a24d8", "none (no licence file)"),
      "md", "hans", "cn", ["zh"], 1, h,
      ambiguous=[12, 98, 109, 117, 438],
      notes="Flutter legal-consulting app (法洺(杭州)信息科技咨询有限公司), 2026. Four explicit depths (#..####) plus two "
            "bold-only levels under 2.1.1: `**(1) 账号注册**` (level 4) and `**1) 手机号码及短信验证码**` (level 5). "
            "Numbering is inconsistent in the source: under `## 7.` the subsections are numbered `### 7.1`, `### 6.2`..`### 6.5` "
            "(copy-paste error) - they are still level-2 children of section 7. `### 6.5 在以下情形中...请求:` ends in a colon but "
            "is an explicit heading, kept. Numbered list items with bold labels (`1. **最小必要原则**: ...`, `1. **数据加密**:` "
            "with nested bullets) are list content, not headings. Bold lead-in lines ending in a colon (`**重要说明:**`, "
            "`**收集的设备信息包括:**` ...) are listed as ambiguous. `**法律依据**: ...` label lines and the bold date lines 5-6 "
            "are not headings. No placeholders (real company, address, phone and e-mail are filled in).")

# ---------------------------------------------------------------- dev/eastereggs
build("dev/eastereggs",
      src("hushenghao/AndroidEasterEggs", "隐私政策.md", "67a1d92b99838d6ec0bee46154c0f76ba9d04550", "Apache-2.0"),
      "md", "hans", "cn", ["zh"], 1, [(7,1),(11,1),(17,1),(21,1),(29,1)],
      notes="Markdown file with no markup at all: bare title line `隐私政策`, headings are `1. 适用范围` ... `5. 本隐私政策的更改` "
            "as ordinary paragraphs (a CommonMark parser reads them as one-item ordered lists). The `(a)`/`(b)` clauses are "
            "indented by four spaces, which CommonMark would render as indented code blocks - they are body text, not headings. "
            "Widely copied boilerplate ('本应用尊重并保护所有使用服务用户的个人隐私权'). File deleted from the repo on 2020-11-09 "
            "(99227bed); the previous commit 09cdf84 wrapped the title in <center>. No trailing newline.")

# ---------------------------------------------------------------- dev/xianzhe-jsp
build("dev/xianzhe-jsp",
      src("mimileeapple/myshareweb", "WebContent/privacy.jsp", "6cee75d4f49959aec03e1c356191b054ddc642df", "none (no licence file)"),
      "html", "hant", "tw", ["zh"], 19, [(27,1),(32,1),(37,1),(42,1),(47,1),(52,1),(57,1)],
      ambiguous=[26],
      notes="JSP page (Taiwan, 閒著APP) with JSP directives/includes around plain HTML. Title is the <h1> on line 19 "
            "('隱私權聲明 Privacy'; <title> on line 14 says '隱私權聲明 │ Privacy'). Headings are `<b>一. …</b><br>` at the start "
            "of each <p>, followed by the body on the next line. The first one opens `<b>` on line 26 and has its text on "
            "line 27: line 27 is annotated, line 26 is ambiguous. The numbering uses 一. (ideographic number + ASCII period).")

# ---------------------------------------------------------------- dev/stardewids-zh
build("dev/stardewids-zh",
      src("carlliuxx/stardewids", "privacy-policy-zh.md", "868cb73766601bc3d63de58a6e08bd31334ab101", "none (no licence file)"),
      "md", "hans", "cn", ["zh"], 1, [(5,1),(9,1),(11,2),(19,2),(27,1),(39,1),(43,1),(51,1),(55,1),(59,1),(66,1)],
      placeholders=[(63, "[您的用户名]", "GitHub user name left as template slot inside a URL"),
                    (64, "[您的邮箱地址]", "contact e-mail never filled in")],
      ambiguous=[31, 35],
      notes="Small generated policy for an Android app; the repo's PRIVACY_POLICY_README.md explicitly says the "
            "`[您的邮箱地址]`/`[YourUsername]` slots must be replaced - they were not. `1. **互联网权限** (INTERNET)` and "
            "`2. **网络状态权限** ...` are numbered bold list items with nested bullets: ambiguous (list vs. sub-heading).")

# ---------------------------------------------------------------- holdout/connecthelp-hk-v2
en = [(4,1),(7,1),(9,2),(17,2),(24,2),(30,1),(32,2),(40,2),(47,1),(54,1),(60,1),(68,1),(73,1),(79,1),(84,1),(89,1)]
zh = [(97,1),(100,1),(102,2),(110,2),(117,2),(123,1),(125,2),(133,2),(140,1),(147,1),(153,1),(161,1),(166,1),(172,1),(177,1),(182,1)]
build("holdout/connecthelp-hk-v2",
      src("BuildersonGroup/connect-help", "privacypolicy.md", "a51add7ccfbff6290f69c86cacd6db654af27536", "none (no licence file)"),
      "md", "hant", "hk", ["en", "zh"], 1, en + zh,
      placeholders=[(86, "[Insert Privacy Contact Email]", "contact e-mail (en)"), (87, "[Insert Hong Kong Address]", "address (en)"),
                    (179, "[插入私隱聯絡電郵]", "contact e-mail (zh)"), (180, "[插入香港地址]", "address (zh)")],
      ambiguous=[94],
      notes="Later version of dev/connecthelp-hk (same repo, 2025-02-22), restructured: a complete English edition, `---`, then "
            "a complete Traditional Chinese (Hong Kong) edition with its own `# 私隱政策` title (line 94, ambiguous: second "
            "document title / top-level divider). Both editions' `##` sections are level 1, `###` level 2. "
            "`[Insert …]`/`[插入…]` are unfilled slots.")

# ---------------------------------------------------------------- holdout/yuxian-studio
build("holdout/yuxian-studio",
      src("StoneOil/test_legal", "Privacy.md", "2fc1d7068ea4c3f281afc5f1d3152b6d23491163", "none (no licence file)"),
      "md", "hans", "cn", ["zh"], 2,
      [(5,1),(10,1),(23,1),(35,1),(39,1),(48,1),(63,1),(80,1),(98,1),(105,1)],
      ambiguous=[3],
      notes="Game-server studio policy with inconsistent ATX depths and no space after the hashes (`##欲仙…`, `####总则`): "
            "title is `##` (line 2), a date line is marked up as `###` (line 3, ambiguous: markup says heading, content is "
            "the last-modified date), sections are mostly `####` but two peers are `##` (lines 48, 63). All sections are "
            "siblings in content, so all are level 1. CRLF line endings, file starts with an empty line. `1.当您…` lines "
            "are list items.")

# ---------------------------------------------------------------- holdout/rocksaying-tw
build("holdout/rocksaying-tw",
      src("rocksaying/rocksaying.github.io", "privacy_policy.md", "136d976c2dc3eec080970f201d2d8c47927446ad", "GPL-3.0 (repository licence)"),
      "md", "hant", "tw", ["zh", "en"], 6, [],
      ambiguous=[17],
      notes="Taiwan blog, Jekyll front matter + Setext headings. The Traditional Chinese notice (title line 6) is followed by "
            "a Google-translated English copy whose Setext title `Privacy Policy` (line 17) is the English edition's title "
            "(ambiguous). No section headings at all: the body is a numbered list - any predicted heading is a false positive.")

# ---------------------------------------------------------------- holdout/niemingzhao-bilingual
build("dev/niemingzhao-bilingual",
      src("niemingzhao/niemingzhao.github.io", "source/privacy/index.md", "5447efc555c323ca4f88d61ff9dee0bb5e352732", "none (no licence file)"),
      "md", "hans", "cn", ["en", "zh"], 8, [(13,1),(18,1),(23,1),(28,1),(33,1),(38,1),(46,1)],
      notes="Hexo page with YAML front matter (title: 隐私权政策). Bilingual per paragraph: each English paragraph ends with "
            "two trailing spaces (hard break) and is followed by its Chinese translation. Headings are `## English / 中文`.")

# ---------------------------------------------------------------- holdout/stardewids-html
en = [(91,1),(94,1),(96,2),(105,2),(113,1),(130,1),(133,1),(142,1),(145,1),(149,1),(156,1)]
zh = [(164,1),(167,1),(169,2),(178,2),(186,1),(203,1),(206,1),(215,1),(218,1),(222,1),(229,1)]
build("holdout/stardewids-html",
      src("carlliuxx/stardewids", "privacy-policy.html", "868cb73766601bc3d63de58a6e08bd31334ab101", "none (no licence file)"),
      "html", "hans", "cn", ["en", "zh"], 88, en + zh,
      ambiguous=[161],
      notes="Same app as dev/stardewids-zh but the hosted bilingual HTML page: an English <div> and a hidden Chinese <div> "
            "(display:none, switched by JavaScript), each with its own <h1> (English h1 line 88 = title; Chinese h1 line 161 "
            "ambiguous). <h2> = level 1, <h3> = level 2; one <h2> sits inside <div class=contact>. <li><strong>…</strong> "
            "(INTERNET) items are list content. Unlike the Markdown edition, the contact e-mail is filled in: no placeholders.")

# ---------------------------------------------------------------- dev/automatic-txt
build("dev/automatic-txt",
      src("Webb-L/automatic", "隐私政策.txt", "5d82bb7120f25ce7fa95ce640a52bf5415626e80", "Apache-2.0 (repository licence)"),
      "txt", "hans", "cn", ["zh"], 1,
      [(5,1),(9,2),(15,1),(17,2),(23,2),(27,2),(31,1),(33,2),(45,2),(53,2),(61,1),(75,1),(79,2),(87,1),(91,1)],
      placeholders=[(9, "【注：示例】", "template note 'Note: example' left in a heading")],
      notes="Plain-text copy of the common '一、我们如何收集和使用您的个人信息' template (Android auto-clicker app), blank line "
            "between every paragraph. `一、` = level 1, `（一）` = level 2. Under 四、 the `（一）…（五）` items are whole "
            "paragraphs (long sentences ending in 。) - list content, not headings; `1、…` items are list content too. "
            "Template residue: heading 9 still carries `【注：示例】`; line 3 has a botched name substitution "
            "('本App自动操作个人信息对您的重要性' - the template's 'XX深知…' was replaced with the app name) and section 七 "
            "announces contact details that never follow - neither is a bracketed slot, so neither is annotated as a placeholder.")

# ---------------------------------------------------------------- holdout/carprivacy-txt
build("dev/carprivacy-txt",
      src("13015933009/CarPrivacy", "隐私政策.txt", "ad80a0715054cb4522675848ee5508be5788f063", "none (no licence file)"),
      "txt", "hans", "cn", ["zh", "en"], 2, [(5,1),(8,1),(15,1),(18,1)],
      ambiguous=[12],
      notes="Tiny iOS-app notice, plain text: bare title lines directly followed by their paragraph (no blank line between). "
            "Starts with an empty line. Chinese block (title line 2) then an English translation whose first line "
            "`Privacy Policy` (12) is the English edition's title (ambiguous); `Personal information` / `Privacy Policy Terms` "
            "are its section headings. `连线信箱：…` is a label line. The same text is reused by simplismvip/Privacy-Policy; a "
            "later commit (c0b6d72) prepends Japanese and Swedish blocks.")

# ---------------------------------------------------------------- holdout/pandnext-txt
build("holdout/pandnext-txt",
      src("xiaobaigroup/ClashBox", "隐私政策.txt", "34b7e7f0372c42be44ee19223adece652f6afcbc", "GPL-3.0 (repository licence)"),
      "txt", "hans", "cn", ["zh"], 1,
      [(6,1),(11,2),(18,2),(21,2),(24,2),(30,2),(33,1),(36,1),(39,1),(42,1),(49,1)],
      ambiguous=[9],
      notes="Plain text, `1.` / `1.1` numbered heading lines directly followed by body lines, blank lines used irregularly. "
            "Line 9 ('本应用无法做到也不会额外收集您的个人信息') is a short standalone line with no final punctuation: "
            "a statement, probably not a heading - ambiguous. `允许相机权限：…` lines and the unbulleted list under 5. "
            "(45-48) are list content; `发送邮件到：`, `开发者：…`, `应用名称：…` are label lines. 【华为账户】 is emphasis, "
            "not a placeholder. Title line 1 is '关于ClashBox与隐私的声明'.")

# ---------------------------------------------------------------- holdout/pinziji-html
# (heading lines/levels read off the <h2>/<h3> tags and checked by hand)
h = [(137, 1), (142, 1), (145, 2), (158, 2), (169, 2), (180, 2), (190, 2), (203, 1), (206, 2), (215, 2), (224, 2), (232, 2), (240, 2), (251, 1), (253, 2), (263, 2), (274, 2), (282, 2), (290, 1), (301, 1), (304, 2), (315, 2), (325, 2), (335, 2), (343, 1), (346, 2), (356, 2), (366, 2), (376, 2), (386, 2), (396, 2), (406, 1), (411, 2), (419, 2), (427, 1), (437, 1), (440, 2), (449, 2), (458, 2), (467, 2)]
build("dev/pinziji-html",
      src("yanglfree/protocol", "隐私政策.html", "ca2ccf67fec6d5f085786fd5348ea998a05b2110", "none (no licence file)"),
      "html", "hans", "cn", ["zh"], 135, h,
      ambiguous=[192, 242],
      notes="iOS Chinese-character learning app (拼字集), styled standalone HTML with a big <style> block. <h1> title, "
            "`<h2>N. …</h2>` = level 1, `<h3>N.M …</h3>` = level 2 (one <h3> inside <div class=contact-info>). "
            "`<p><strong>我们明确声明不会收集以下信息：</strong></p>`-style bold lead-ins ending in a colon are ambiguous. "
            "<li><strong>label</strong>：… items are list content. No operator name or e-mail at all, but no template slot either.")

# ---------------------------------------------------------------- dev/word-export-html
build("dev/word-export-html",
      src("suoxiaoxiao/privacyProtocol", "隐私政策.html", "3352d573921c780be72f829e563de1c1759b1d14", "MIT (repository licence)"),
      "html", "hans", "cn", ["zh"], 806, [(811,1),(830,1),(835,1),(840,1)],
      notes="Microsoft Word / WPS 'save as web page' export (换机助手 app): 800 lines of <xml>/<style> before <body>, then "
            "every paragraph is `<p class=19>` with <span style=mso-…><font face=…>; tags are broken across lines, so a "
            "heading's text sits on the line AFTER the one where its <p>/<b> opens. Title = bold 16pt centered paragraph "
            "('隐私政策', text on line 806); section headings = `<p class=20><b>` 14pt bold paragraphs whose text is on "
            "lines 811/830/835/840 (annotated at the text line). Bullet items are Word list paragraphs with a Wingdings "
            "'l' glyph as a literal text bullet. The next commit (87b0388) replaced the whole file with the plain text "
            "(see pairs/huanji-word-to-text).")

# ---------------------------------------------------------------- dev/travelintime-tw
build("holdout/travelintime-tw",
      src("Retsomm/TravelInTime", "隱私權政策.md", "3aa187377f1aba1d9bd362893f8d9782d941175f", "none (no licence file)"),
      "md", "hant", "tw", ["zh"], 1,
      [(3,1),(6,1),(8,2),(12,2),(15,2),(20,1),(24,1),(27,1),(29,2),(33,1),(36,1),(39,1),(41,1),
       (42,2),(46,2),(50,2),(54,2),(57,2),(60,1),(62,1),(64,1),(66,1),(77,1)],
      placeholders=[(32, "請務必在此處列出供應商名稱與其隱私政策連結", "drafting instruction left in the published text"),
                    (56, "%APPDATA%/YourApp", "dummy app folder name"),
                    (56, "~/Library/Application Support/YourApp", "dummy app folder name"),
                    (59, "（請替換為你的正式聯絡信箱）", "replace-me note after the e-mail"),
                    (61, "（或依各國法規調整最低年齡）", "drafting instruction: adjust the minimum age"),
                    (65, "（請替換為你的正式聯絡信箱）", "replace-me note after the e-mail")],
      ambiguous=[67],
      notes="Taiwan e-book reader app, clearly an AI-drafted policy published as-is. A .md file with NO Markdown at all: "
            "bare heading lines directly followed by body lines, sub-headings (使用者提供…/裝置與應用狀態…/第三方連線…, "
            "第三方清單（依現況）) likewise bare, A.–E. lettered sub-headings under 如何刪除資料. Line 1 is the title glued to "
            "an effective date with em-dash rules. Line 41 is a heading glued to its first sentence "
            "('如何刪除資料（data deletion 指引） 我們提供數種…步驟：') - annotated as the level-1 heading it clearly starts. "
            "Line 67 ('資料類別（建議勾選/不勾選）：') is a label/sub-heading ending in a colon: ambiguous. The whole 'Google Play "
            "Data Safety' section (66-76) and line 18's last clause are advice to the developer, not policy text; only "
            "explicit slots/instructions are annotated as placeholders. BYTES: the stored snapshot of this repository no "
            "longer contains the file, so it was rebuilt from the search index's stored text of the blob at 3aa1873 (UTF-8, "
            "LF, no final newline); character count (3469) and tail were verified against the index, but the original line "
            "endings cannot be confirmed.")

# ---------------------------------------------------------------- holdout/fanzhou-trilingual-txt
build("holdout/fanzhou-trilingual-txt",
      src("shiqizhoufan/yinsizhengce", "隐私政策.txt", "5d4128ec2bdcf37867399255e728e2637b9a211f", "none (no licence file)"),
      "txt", "hans", "cn", ["zh", "en"], 1,
      [(8,1),(24,1),(32,1),(48,1),(52,1),(59,1),
       (73,1),(89,1),(97,1),(113,1),(117,1),(124,1),
       (137,1),(152,1),(159,1),(174,1),(177,1),(184,1)],
      ambiguous=[3, 65, 67, 130, 132],
      notes="One plain-text file (CRLF) with three editions of the widely copied '…尊重并保护所有使用服务用户的个人隐私权' "
            "boilerplate for the app 'fanzhou': Simplified (label line 1 '隐私策略-简体中文版' = title), Traditional "
            "(machine-converted: the a）/b）/g） list markers came out as 一）/B）/克）, 'b）中…'), English. Edition labels and "
            "the repeated '隐私政策'/'Privacy Policy' title lines (3, 65, 67, 130, 132) are ambiguous. Sections are `1.适用范围` "
            "style lines with no space after the period; section 5 has lost its number ('Cookie的使用', lines 52/117) but is "
            "still a heading; `6.信息安全` follows. English section headings are bare lines. The a）…g） items are list "
            "content; 'a）' on line 34 is glued to the end of the preceding sentence. script is really mixed (hans + hant "
            "blocks); 'hans' is given for the first/main edition.")

# ---------------------------------------------------------------- dev/qinghe
build("dev/qinghe",
      src("lxj901/qingheplan", "隐私政策.md", "8c1f28db157dcf63d44f20dd2c96428de36351fc", "none (no licence file)"),
      "md", "hans", "cn", ["zh"], 1,
      [(15,1),(18,2),(23,2),(27,2),(34,2),(39,2),(43,2),(47,2),(50,1),(71,1),(82,1),(87,1),(90,1),(93,1),(104,1),
       (107,1),(111,1),(114,1),(117,1)],
      notes="iOS community app (杭州耶里信息技术有限责任公司). Title is an `##` heading (line 1) and sections are `###` - "
            "both shifted one level down, so `###` = level 1. Under section 1 the categories are plain `1) 账户与身份信息（注册/登录）` "
            "lines (no markup, no blank line before their bullet list): reader-visible sub-headings, level 2. Operator, "
            "e-mail and ICP number are label lines (数据控制者/运营者：…). No placeholders.")

# ---------------------------------------------------------------- holdout/emoguard-md
build("holdout/emoguard-md",
      src("fire-disposal/emoguard_project", "隐私政策.md", "da25aea382fb26615af9891468295d2ea2b416a9", "none (no licence file)"),
      "md", "hans", "cn", ["zh"], 1,
      [(9,1),(13,2),(21,2),(35,2),(51,2),(61,2),(69,2),(77,1),(89,1),(93,2),(105,2),(109,2),(113,1),(125,1),(127,2),
       (134,2),(138,2),(147,2),(152,2),(158,2),(162,1),(178,2),(188,2),(200,1),(206,1),(212,1)],
      ambiguous=[198],
      notes="WeChat mini-program (university project) policy pasted from Word into Markdown: bare title line, `**一、…**` bold "
            "section lines, `**1.1 …**` bold sub-sections - but several sub-sections lost their bold (1.6 line 69, 3.2 105, "
            "3.3 109, 6.4 178) and are plain numbered lines; they are still headings. 'l ' (Wingdings bullet letter) starts "
            "list items. Not headings: 4.1-4.7 (consecutive numbered list lines, 117-123), 6.1-6.3 (numbered full sentences "
            "164/174/176), （1）-（3） items, the bold sentence on line 49. `**6.6 数据存储在中国境内，…授权。**` (198) is a "
            "bold numbered sentence - ambiguous. File was deleted two days later (243b749).")

# ---------------------------------------------------------------- holdout/buming-md
build("holdout/buming-md",
      src("li-sea/buming-app", "隐私政策.md", "f72995f47dc6b2e686c67a87eacd46be131d65fa", "none (no licence file)"),
      "md", "hans", "cn", ["zh"], 1,
      [(8,1),(16,1),(18,2),(26,2),(35,2),(46,1),(48,2),(57,2),(64,1),(66,2),(69,2),(76,2),(87,1),(89,2),(96,2),(100,2),
       (107,2),(115,1),(117,2),(126,2),(135,1),(137,2),(141,2),(147,1),(149,2),(155,2),(163,1),(165,2),(168,2),(174,1),
       (176,2),(181,2),(188,1),(200,1),(202,2),(206,2)],
      placeholders=[(194, "（上线后更新）", "postal address 'to be updated after launch' (TBD)")],
      notes="Fortune-telling app policy (AI-drafted, HK + mainland users). `## 一、…` / `### 1.1 …`, GFM tables directly under "
            "the `###` lines (no blank line), `---` rules between sections, emoji bullets. `## 概述` (unnumbered) is a "
            "level-1 section; `### 香港地区`/`### 中国大陆` (202/206) are unnumbered level-2. Bold date lines 3-4, the bold "
            "reminder (214) and the signature line (218) are not headings. The final italic disclaimer (222: '正式上线前请咨询"
            "专业律师') is a drafting note, not annotated as a slot.")

# ---------------------------------------------------------------- dev/jingwen-md
build("dev/jingwen-md",
      src("feji08/jingwen-legal", "隐私政策.md", "8167121a4fb9bfea1fbbf7e86126d76200054781", "none (no licence file)"),
      "md", "hans", "cn", ["zh"], 1,
      [(15,1),(17,2),(30,2),(39,2),(49,1),(51,2),(55,2),(59,2),(65,1),(75,1),(82,1),(95,1),(101,1),(107,1)],
      placeholders=[(112, "[待填写——注册个体户后补充]", "operating entity: 'to be filled in after registering the business'"),
                    (113, "[待填写]", "unified social credit code not filled in")],
      notes="Desktop copyright-protection tool, first published version (v1.0). `## 一、` / `### 1.1`, GFM tables whose rows "
            "are partly broken (missing trailing pipes, ragged cells). Bold label lines (版本/生效日期/更新日期) are not "
            "headings. The next commits simplify the placeholder (0864db8) and then drop both slots (df10c82) - see "
            "pairs/jingwen-v1.0-v1.1.")

# ---------------------------------------------------------------- dev/betweenus-md
build("dev/betweenus-md",
      src("qinyuhao84-ship-it/BetweenUs", "隐私政策.md", "756ed3a263f2a268340463cc6564f070d5e20fd6", "none (no licence file)"),
      "md", "hans", "cn", ["zh"], 1, [(5,1),(16,1),(24,1),(31,1),(41,1),(51,1),(60,1),(65,1)],
      placeholders=[(3, "请把文中的主体名称、域名、联系方式、备案号替换成你的真实信息", "boiler-plate warning left at the top: operator, domain, contact, ICP number must be replaced")],
      notes="iOS couple-conflict app, AI-drafted. `## N. …` sections with numbered list items as body (`1. 手机号：…` are "
            "list content). Line 3 is a blockquote telling the publisher to replace the operator name, domain, contact "
            "and ICP filing number before release - published unchanged; the text itself never names an operator "
            "(only a gmail address), so the slot is the instruction line.")

# ---------------------------------------------------------------- holdout/caring-elder-md
build("holdout/caring-elder-md",
      src("hong-red/caring-elder-miniapp", "隐私政策.md", "bf39486914eec9b8545324b41662bd95be8f4cfb", "none (no licence file)"),
      "md", "hans", "cn", ["zh"], 1, [(3,1),(7,1),(16,1),(25,1),(35,1),(45,1),(54,1),(60,1),(65,1),(73,1)],
      notes="WeChat mini-program for elderly care. `## 一、…` sections; the body is numbered list items with bold labels "
            "(`1. **基本信息**：…`, `3. **安全措施**：` with a nested list) - all list content, not headings.")
