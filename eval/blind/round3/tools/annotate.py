#!/usr/bin/env python3
"""Hand annotations of eval3 (source of truth); run to (re)write every annotation.json.
Each spec was written after reading the whole file, before policylens was run on it."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ann_lib import build

def src(repo, path, commit, license):
    return {"repo": repo, "path": path, "commit": commit, "license": license}
NOLIC = "none (no licence file)"

# ---------------------------------------------------------------- lianai-txt
build("holdout/lianai-txt",
      src("Kenneth-cs/love_alipay", "隐私政策.txt", "44a398bbf390783e366aa9b050c54b090e270025", NOLIC),
      "txt", "hans", "cn", ["zh"], 1,
      [(8,1),(10,2),(14,2),(20,1),(22,2),(27,2),(32,1),(34,2),(38,2),(41,1),(48,1),(55,1),(59,1),(63,1),(67,1)],
      placeholders=[(70, "[请填写您的客服邮箱]", "unfilled contact e-mail slot (drafting instruction in brackets)")],
      notes="Alipay mini-program (恋爱话术助手) policy, plain text, LF. Bare title line, then `一、…` (level 1) and `1.1 …` "
            "(level 2) bare lines, each followed by a blank line and `- ` bullet lists (list content). The only contact "
            "line is the unfilled `邮箱：[请填写您的客服邮箱]`.")

# ---------------------------------------------------------------- fangkuai-noext
build("holdout/fangkuai-noext",
      src("hadoophu/game", "隐私政策", "35e7f48ec97309c8ece50222c16d7e7457800fc4", NOLIC),
      "txt", "hans", "cn", ["zh"], 1,
      [(5,1),(12,1),(20,1),(26,1),(30,1),(38,1),(41,1),(44,1)],
      placeholders=[(36, "[联系邮箱]", "unfilled contact e-mail slot"),
                    (39, "[13岁/16岁以上]", "unresolved alternative left for the minimum age")],
      notes="Mini-game (《方块不方》) policy in a file with NO extension (`隐私政策`), plain UTF-8 text, LF. Bare title line; "
            "sections are `一、…` lines indented by one space, directly followed by their paragraph. `1.…` lines are "
            "numbered full-sentence list items, and the space-indented lines under 二、/五、 are bullet items whose bullet "
            "glyph was lost (list content). Two template slots survive: `[联系邮箱]` and the alternative `[13岁/16岁以上]`; "
            "the contact block at the end (company name + e-mail) is filled.")

# ---------------------------------------------------------------- wechatcopy-md
build("holdout/wechatcopy-md",
      src("huanguan-Q/wechat-copy-helper", "隐私政策.md", "e77ad9ac00ac63d8e86b53f4f66ba41655e8ef2d", NOLIC),
      "md", "hans", "cn", ["zh"], 1,
      [(8,1),(25,1),(31,1),(37,1),(46,1),(50,1),(56,1),(60,1),(66,1),(70,1)],
      placeholders=[(72, "support@example.com", "example.com contact address"),
                    (72, "（请替换为您的实际邮箱）", "drafting instruction next to the e-mail"),
                    (75, "注：本草案基于当前代码实现撰写，若未来功能发生变化", "note to the maintainer left at the end of the published text")],
      ambiguous_placeholder_lines=[1],
      notes="Chrome extension (微信文档归档助手). `# 隐私政策（草案）` title (the word 草案/draft in the title is not counted as a "
            "slot; line 1 is an ambiguous placeholder line), `## N. …` sections, nested `-` bullets. Contact line has an "
            "example.com address plus the instruction to replace it; the file ends with `——` and a maintainer note "
            "(line 75, no final newline).")

# ---------------------------------------------------------------- liandianqi-md
build("holdout/liandianqi-md",
      src("junfeng-lv/jisu-lian-dian-qi", "docs/隐私政策.md", "dfb35a18741eb1bb5bac389bf688808783c4b6fd", NOLIC),
      "md", "hans", "cn", ["zh"], 1,
      [(6,1),(9,1),(12,1),(18,1),(21,1),(24,1),(27,1),(30,1)],
      placeholders=[(31, "support@example.com", "example.com contact address"),
                    (32, "（上架前请替换为真实可接收邮件的邮箱，并在所有市场后台填写同一邮箱。）", "drafting instruction")],
      notes="Android auto-clicker (极速连点器). `#` title, eight `## N. …` sections each directly followed by its paragraph "
            "(no blank line). Contact is support@example.com followed by a parenthesised instruction to replace it before "
            "store release.")

# ---------------------------------------------------------------- photogrouper-html
h = [(84,1),(89,1),(91,2),(107,2),(133,1),(135,2),(143,2),(152,1),(154,2),(161,2),(167,1),(169,2),(176,2),(184,1),(186,2),
     (195,2),(203,1),(205,2),(212,2),(219,1),(222,1),(224,2),(231,2),(234,1),(241,1),(243,2),(246,2),(253,2),(257,1)]
build("holdout/photogrouper-html",
      src("raywaords/PhotoTimeGrouper", "docs/隐私政策.html", "7d2a9d7d374a64bf9e7cade5da9abebfabcafd9e", NOLIC),
      "html", "hans", "cn", ["zh"], 78, h,
      placeholders=[(237, "[请填写您的联系邮箱]", "unfilled contact e-mail"),
                    (238, "[如果项目在 GitHub 上，请填写仓库地址]", "drafting instruction instead of a repository URL"),
                    (177, "（如果已实现）", "unresolved drafting hedge: the author did not know whether the feature exists"),
                    (216, "（如果已实现）", "unresolved drafting hedge (same)")],
      ambiguous=[92, 100, 125, 258],
      ambiguous_placeholder_lines=[80, 81, 228, 271, 272],
      notes="Android gallery app page for GitHub Pages (AI-drafted). `<h1>` title, `<h2>` 一、…十、 sections plus unnumbered "
            "`<h2>` 概述 and 总结 inside highlight boxes (level 1), `<h3>` sub-sections numbered 2.1…11.3 although the "
            "`<h2>` counting is 一…十 (numbers are off by one; still level 2). `<p><strong>…</strong>：</p>` lead-ins are "
            "ambiguous. Dates are the bare year `2024年` (ambiguous placeholder lines 80/81/271/272), `（如果适用）` on 228 "
            "likewise; the two bracket slots in the contact list and the two `（如果已实现）` hedges are counted.")

# ---------------------------------------------------------------- youxi-template-docx
import re as _re
from ann_lib import docx_paragraphs as _dp
_ps = _dp("/work/eval3/holdout/youxi-template-docx/privacy-policy-template.docx")
_ph, _seen = [], set()
for _i, _t in enumerate(_ps, 1):
    for _m in _re.finditer(r"【[^】]*】", _t):
        if (_i, _m.group(0)) not in _seen:
            _seen.add((_i, _m.group(0)))
            _ph.append((_i, _m.group(0), "template slot"))
    if _t.strip() == "……":
        _ph.append((_i, "……", "template filler: 'more items here' line"))
h = [(35,1,"一、我们如何收集和使用您的个人信息"),(36,2,"（一）我们如何收集您的个人信息"),
     (38,3,"1. 完成注册"),(40,3,"2. 游戏服务"),(42,3,"3. 实名认证"),(44,3,"4. 保障网络和服务的安全"),(46,3,"5. 充值消费"),
     (49,2,"（二）设备权限调用情况"),(70,2,"（三）我们如何使用您的个人信息"),(76,2,"（四）其他规则"),
     (88,1,"二、我们如何保存您的个人信息"),(96,1,"三、我们如何使用Cookies和同类技术"),
     (97,2,"1. 我们如何使用Cookies"),(104,2,"2. 我们如何使用同类技术"),
     (107,1,"四、我们如何共享、转让、公开披露您的个人信息"),
     (108,2,"1. 委托处理"),(110,2,"2. 共享"),(115,2,"3. 转让"),(117,2,"4. 公开披露"),(119,2,"5. 例外情况"),
     (131,1,"五、第三方产品或服务如何获得您的个人信息"),(147,1,"六、我们如何保护您的个人信息"),
     (153,1,"七、您如何管理您的个人信息"),
     (155,2,"1. 访问及更正您的个人信息"),(157,2,"2. 删除您的个人信息"),(163,2,"3. 改变您授权同意的范围"),
     (166,2,"4. 注销账户"),(169,2,"5. 响应您的上述请求"),(172,2,"6. 响应情形的例外"),
     (183,1,"八、我们如何处理未成年人的个人信息"),(188,1,"九、本隐私政策如何更新"),(193,1,"十、如何联系我们")]
build("holdout/youxi-template-docx",
      src("Fater666/QingBrother", "docs/privacy-policy-template.docx", "cea671a5933adf1c5751fa7cf987d3b3e2c24ef7", NOLIC),
      "docx", "hans", "cn", ["zh"], {"line": 16, "text": "【  】隐私政策"}, h,
      placeholders=_ph, ambiguous=[1],
      notes="DOCX: the widely used mobile-GAME privacy-policy template (2021, 【游戏产品名称】 etc.) kept in a game project's docs/. "
            "Line = <w:p> index of word/document.xml (table-cell paragraphs included). No heading styles: every section "
            "number is a Word automatic number (w:numPr) - 一、…十、 (chineseCountingThousand), 1./2. (decimal lists, each "
            "restarting), and （二） from a chineseCounting list whose start is 2; only （一）（三）（四） are typed. The heading "
            "texts above include the numbers Word displays. Lines 24-33 are a table of contents (numbered 一、…十、, bold) - "
            "not headings. Line 1 `温馨提示` heads the consent pop-up text that precedes the policy title (line 16) - "
            "ambiguous. Numbered bold full sentences (128/129 `6. 请注意…`, `7. 请知悉…`), bold `（1）` list items and "
            "table header cells are not headings. Placeholders: every 【…】 slot (identical slots repeated on one "
            "paragraph listed once) and the `……` filler paragraphs (47, 63, 101, 105, 141). It IS a template, not a "
            "filled policy; kept as the DOCX + heavy-placeholder case.")

# ---------------------------------------------------------------- nkust-tw-txt
build("holdout/nkust-tw-txt",
      src("XinBow99/NKUST_COURSE_ASSISTANT", "隱私權政策.txt", "08e2eccedddcd3c20b1caf44038863e1a8eec93a", NOLIC),
      "txt", "hant", "tw", ["zh"], None, [(1,1),(4,1),(9,1),(12,1)],
      notes="Taiwan university course-assistant browser plug-in + chat room. 13-line plain text, NO title: the file starts "
            "directly with the first section `一、隱私權保護政策的適用範圍`, so line 1 is a heading, not a title. Four "
            "`一、…四、` bare lines each directly followed by their paragraph (no blank line in between). No placeholders.")

# ---------------------------------------------------------------- mangher-md
h = [(38,1),(57,2),(59,3),(67,3),(71,3),(75,2),(89,2),(93,2),(99,2),(105,2),(111,2),(117,2),(121,2),(125,2),(135,2),(141,2),
     (167,2),(173,1),(179,1),(181,2),(195,2),(203,2),(211,2),(223,1),(225,2),(231,2),(247,2),(257,1),(259,2),(290,2),
     (294,2),(300,2),(308,2),(327,2),(337,3),(345,1),(351,1),(358,1),(371,1),(379,1)]
build("holdout/mangher-md",
      src("MaiyaT/Words", "隐私协议.md", "0cc6ce811e0a7651a4c52fccf02e855e9a6e1a4a", NOLIC),
      "md", "hans", "cn", ["zh"], 3, h, ambiguous=[329, 383, 391, 399, 405, 413],
      notes="Blind-box shop app (惊喜盲盒) policy converted from Word to Markdown: no `#` at all, starts with an empty line "
            "and a line of two spaces, title `用户隐私政策` on line 3. A table of contents (lines 20-36, `一. …`) repeats "
            "the section titles - not headings. Real sections are bare `一、…十、` lines (level 1) and `（一）…` lines "
            "(level 2). Under 一、 Word's automatic numbers were flattened into Markdown ordered-list markers that keep "
            "counting across the whole list: the sub-section titles read `1.  帮助您完成注册`, `10.  …`, `17.  …`, … `56.  …` "
            "(level 2, each followed by paragraphs), with `1）、 …` sub-sub-titles (level 3; `3）、 账户信息展示：` ends in a "
            "colon but is a peer). Numbered full sentences (`1.  为实现…`, `（1）与我们履行…`, `1、随着…`) are list content; "
            "under 四、 `（三）`…`（六）` (lines 238-245) are full sentences between the headings `（二）` and `（七）` - not "
            "headings. Under 五、（六） `（1）信息存储的地点：原则上…` (ambiguous) vs `（2）信息存储的期限` (bare, level 3). "
            "The SDK names under 十、 (`Umeng(友盟)SDK`, …) head small field blocks - ambiguous. No placeholders "
            "(the operator name differs between the preamble and the contact section, but both are filled).")

# ---------------------------------------------------------------- zirui-wordexport-html
h = [(2779,1,"一、我们收集的信息"),(2787,2,"1.1 您主动提供的信息"),(2850,2,"1.2 自动收集的信息"),(2905,2,"1.3 第三方来源信息"),
     (2931,1,"二、我们如何使用信息"),(3017,1,"三、数据存储与安全"),(3025,2,"3.1 存储方式"),(3061,2,"3.2 数据安全"),
     (3109,2,"3.3 数据保留"),(3138,1,"四、我们如何使用 Cookie 和追踪技术"),(3201,1,"五、信息的共享与披露"),
     (3209,2,"5.1 共享场景"),(3269,2,"5.2 共享限制"),(3298,1,"六、您的权利"),(3388,1,"七、未成年人保护"),
     (3427,1,"八、本政策的更新"),(3460,1,"九、联系我们")]
amb = [2683, 2774, 2783, 2846, 2901, 2926, 3012, 3021, 3057, 3105, 3133, 3196, 3205, 3265, 3293, 3383, 3422, 3455,
       2790, 2853, 2908, 3028, 3064, 3112, 3212, 3272]
build("holdout/zirui-wordexport-html",
      src("zirui6/zirui6.github.io", "隐私政策.html", "8c7f0034e3a90eda341fd22dfc9f452f8f209846", "MIT (repository licence)"),
      "html", "hans", "cn", ["zh"], {"line": 2687, "text": "隐私政策（Privacy Policy）v2.0"}, h, ambiguous=amb,
      notes="Personal website policy saved from Word as a 'web page' (161 KB, CRLF, 2680 lines of <xml>/<style> before <body>, "
            "a sibling `隐私政策.files/` folder). Headings are `<p class=MsoNormal style='…mso-outline-level:2|3'>` paragraphs "
            "(16.5pt / 15pt), not <h*>: outline level 2 = `一、…九、` (level 1), outline level 3 = `1.1 …` (level 2); the title "
            "paragraph has mso-outline-level:1. Tags are broken across lines, so the heading text sits 3-5 lines below the "
            "`<p` line; annotated at the line where the heading's first characters are. For the `N.N` headings the number "
            "(`1.1 `) and the words (`您主动提供的信息`) are on different lines: the number line is annotated, the words line "
            "and every opening `<p` line of a heading are ambiguous. Bold `注册信息：` lead-ins inside Word list <li>s are list "
            "content. No placeholders.")

# ---------------------------------------------------------------- yuguang-game-txt
h = [(14,1),(15,2),(28,2),(30,3),(33,3),(35,3),(37,3),(39,3),(127,2),(128,3),(139,3),(141,1),(144,1),(146,2),(153,2),
     (158,2),(161,1),(168,1),(177,1),(178,2),(180,2),(183,1),(187,1)]
build("holdout/yuguang-game-txt",
      src("XDIOEZ/AGame", "隐私政策.txt", "08479d8c1bbc97e94942de93a8d5f91f462d5ecd", NOLIC),
      "txt", "hans", "cn", ["zh"], 1, h,
      placeholders=[(47, "隐私说明：", "empty field: no privacy-policy link given for the 友盟+ SDK"),
                    (53, "隐私说明：", "empty field: no privacy-policy link for the 360加固保 SDK"),
                    (96, "隐私说明：", "empty field: no privacy-policy link for the Huawei SDK")],
      ambiguous=[41, 42, 48, 54, 62, 70, 79, 88, 97, 102, 108],
      ambiguous_placeholder_lines=[1, 4],
      notes="Indie mobile game (【余光】) policy, plain text, CRLF, no blank lines at all. Title line `【余光】隐私政策` and the "
            "operator `【冰冻罗非鱼工作室-聚光灯】` keep the template's 【】 around FILLED values (ambiguous placeholder lines "
            "1, 4). Lines 5-13 are a table of contents (not headings; it lists 九、如何联系我们 but the body ends at 八、). "
            "Headings: `一、…八、` (level 1), `1.1.`/`1.2.`/`1.3.`/`3.1`/`6.1.` bare title lines (level 2), `1.3.1`/`1.3.2` "
            "and the `1）设备标识信息`…`5）支付信息` title lines under 1.2 (level 3). `2.1.`, `4.1.`, `5.1.`…, `6.3.`, `7.1.` are "
            "numbered full paragraphs (not headings); `（1）…包括：`, `①…`, `1）事先获得…` are list content. The SDK entry "
            "lines `①第三方SDK：友盟+统计` … `⑩第三方SDK：TAPTAP SDK` head field blocks (ambiguous), as does the colon "
            "lead-in `6)第三方平台SDK主要获取的权限…如下：`. Three SDK entries have an EMPTY `隐私说明：` field (placeholders).")

# ---------------------------------------------------------------- ywxmz-agreement-html
h = [(142,1),(154,1),(156,2),(164,2),(172,2),(182,1),(184,2),(191,2),(201,2),(209,1),(211,2),(219,2),(226,2),(233,1),
     (235,2),(243,2),(251,2),(258,2),(266,1),(274,1),(277,1),(288,1)]
build("holdout/ywxmz-agreement-html",
      src("Mcszl/Auth-Ywxmz", "agreement/privacy.html", "ca9fd398816b6588cec8443971c3f5e56f4af973", NOLIC),
      "html", "hans", "cn", ["zh"], 132, h, ambiguous=[138],
      notes="OAuth/open-platform site (一碗小米周开放平台) 'agreement' page under agreement/, next to terms.html; inline CSS, "
            "`<h1>` title in a header div, `<h2>` 一、…九、 (level 1), `<h3>` N.N (level 2). A highlight div opens with a lone "
            "`<strong>重要提示：</strong>` line (ambiguous lead-in). `<li><strong>label：</strong>…` items are list content; "
            "the 引言 section's `<ul>` is an in-page summary list, not a TOC of headings. Update date (2025-12-26) is later "
            "than the effective date (2024-02-16) - odd but filled. No placeholders.")

# ---------------------------------------------------------------- wing-hk-bilingual
build("holdout/wing-hk-bilingual",
      src("Wing9897/Wing9897.github.io", "index.md", "78361e861b28ac2b4e450c76c453af88bbcf712d", NOLIC),
      "md", "hant", "hk", ["en", "zh"], 1, [(7,1),(16,1),(27,1),(37,1),(50,1),(55,1),(64,1),(73,1),(78,1)],
      notes="Hong Kong developer's umbrella app policy (Traditional Chinese with Hong Kong wording: 私隱, 流動應用程式, 電郵, "
            "帳戶), English and Chinese interleaved paragraph by paragraph. `# Privacy Policy / 私隱政策` title, one-line "
            "bilingual `## N) English / 中文` headings with a `)` after the number. Metadata as `- ` bullets; bold-label "
            "bullets are list content. The file was published as the repo's GitHub Pages index.md in commit 78361e8 and "
            "deleted in the next commit (15f1b26); the annotated blob is the one at 78361e8. No placeholders.")

# ---------------------------------------------------------------- jiamai-chapters-md
h = [(75,1),(105,1),(141,2),(145,3),(161,3),(173,2),(183,2),(199,2),(207,2),(215,2),(223,2),(226,3),(231,3),(236,3),(242,3),
     (248,2),(255,3),(262,3),(268,3),(277,3),(282,3),(292,3),(297,3),(335,1),(342,1),(344,2),(386,2),(404,2),(416,2),
     (446,1),(449,2),(471,2),(483,1),(492,2),(508,2),(517,2),(548,2),(563,2),(570,2),(576,2),(582,2),(616,1),(634,1),
     (666,1),(693,1)]
amb = [31, 76, 78, 80, 82, 84, 86, 90, 94, 98, 102, 107, 113, 116, 119, 122, 129, 133, 348, 351, 354, 357, 360, 363, 366,
       369, 372, 376, 380, 392, 396, 400, 413, 459, 467, 622, 641]
build("holdout/jiamai-chapters-md",
      src("kirohuji/hope-front", "src/sections/system/content/privacy-personal.md", "5e7144e6eb49a7740ea264e065174985e5df91d4", NOLIC),
      "md", "hans", "cn", ["zh"], None, h, ambiguous=amb,
      notes="In-app privacy agreement (佳麦, community app) stored as Markdown content inside a front-end repo; NO title line "
            "(the file opens with a blank line and the dates; the app shows the title). Chapters `第一章…第十章`: a bare-line "
            "table of contents (35-71, separated by `<br>` lines) - not headings - then the real `#### 第X章 …` headings "
            "(level 1, written with ####), `##### (一)…` sections (level 2) and bare `1.活动报名功能`-style sub-titles "
            "(level 3; 4./6./7. under (八) have no body of their own). Many `<br>` lines; an HTML comment hides a paragraph "
            "(181). Bold numbered full sentences (`1.**个人信息：…**`, `**(1)事先获得…**`, `**1.1 作为内部交流平台…**`) and the "
            "lead-in `**本协议将帮助您了解以下内容**：` are ambiguous; unnumbered bold paragraphs are body text. UI paths "
            "`【佳麦App - 账户 - …】` and `[佳麦权限申请及使用情况说明]` (a link text without URL) are not placeholders.")

# ---------------------------------------------------------------- natsubot-frontmatter-md
build("holdout/natsubot-frontmatter-md",
      src("natsuwiki/docs-demo", "隐私政策.md", "a4d76cdc144f4278357d29943875e32f291cf864", NOLIC),
      "md", "hans", "cn", ["zh"], 35, [(41,1),(49,1),(60,1),(66,1),(73,1),(85,1),(96,1)],
      ambiguous=[88, 92], ambiguous_placeholder_lines=[3, 4, 24, 25],
      notes="QQ-group/game chat relay bot (VitePress site). Starts with a 32-line JSON front matter between `---` lines (a "
            "VitePressSimple page template: its `title` is the stale `NatsuBot简介`, `hero.name` `VitePressSimple`, empty "
            "`description` - not policy text, listed as ambiguous placeholder lines). Title `# 消息转发功能隐私政策` (35); "
            "sections are bare `1.免责声明` … `6.政策更新` lines (no space after the dot) and an unnumbered `联系我们` (96), "
            "separated by `---` thematic breaks (each after a blank line, so no Setext heading). Bullets use `·`/`•` "
            "characters, not Markdown markers. The `更新日志：` block is pasted twice (87-90 = 91-94); the `更新日志：` "
            "lead-ins are ambiguous. No placeholders in the policy text.")

# ---------------------------------------------------------------- redcode-plain-txt
h = [(6,1),(12,1),(14,2),(16,3),(21,3),(27,3),(33,3),(37,3),(41,2),(48,1),(50,2),(54,3),(61,3),(66,3),(71,3),(76,3),(81,2),
     (87,1),(89,2),(96,2),(104,2),(108,3),(116,3),(122,3),(125,2),(131,1),(133,2),(137,2),(139,3),(142,3),(145,3),(148,3),
     (151,3),(158,3),(163,2),(169,1),(173,2),(177,2),(181,2),(188,2),(192,2),(196,2),(199,2),(208,1),(210,2),(214,2),
     (218,2),(222,1),(224,2),(232,2),(236,2),(240,1),(242,2),(249,2),(254,2),(259,1),(261,2),(268,2),(271,1),(273,2),
     (280,2),(286,2),(290,1),(292,2),(299,2),(303,1),(305,2),(308,2),(312,1),(314,2),(318,2),(321,2)]
build("holdout/redcode-plain-txt",
      src("ZhcChen/redcode-im", "docs/reference/legal/privacy-policy-plain.txt", "2551c1f8899ecc8fabedcba7e0963bebad0eaeed", "MIT (repository licence)"),
      "txt", "hans", "cn", ["zh"], 1, h,
      placeholders=[(296, "[请填写实际办公地址]", "unfilled office address"),
                    (297, "[请填写联系电话]", "unfilled phone number")],
      ambiguous_placeholder_lines=[25, 155, 247],
      notes="IM system (RedCode IM) policy, the plain-text twin of docs/reference/legal/privacy-policy.md in the same repo "
            "(only this file is used). Three levels, all bare lines: `一、…十四、` (level 1), `2.1 …` (level 2) and "
            "`（1）账户信息`-style titles (level 3); every title is directly followed by its lines, and the body lines are "
            "former bullet items whose markers were stripped (no `-`), so short body lines (`注册信息：用户名…`, "
            "`提供即时通讯服务（私聊、群聊）`) look like titles but are list content. Lead-ins ending in a colon "
            "(`Cookie 帮助我们：`, `以下情况除外：`, `更新原因包括：`) are body. Two bracketed slots in the contact block; the "
            "forward-looking hedges `（如未来实现该功能）`/`（如未来接入…）` are ambiguous placeholder lines.")

# ---------------------------------------------------------------- douguichang-draft-md
build("holdout/douguichang-draft-md",
      src("yinzuoliu87-cpu/Turtle_realtime_battle", "docs/隐私政策.md", "74623c2d0be6d1c06db615b00ce22b7a333061f0", NOLIC),
      "md", "hans", "cn", ["zh", "en"], 1, [(9,1),(24,1),(47,1)],
      placeholders=[(3, "**状态**：草稿，待发布。", "draft-status note left in the published text"),
                    (27, "必须逐条写进政策，不许用模板糊过去", "drafting instruction to the author"),
                    (43, "政策里要如实写明保留期限与用途", "drafting instruction to the author"),
                    (49, "<!-- 提审前必须填一个真实可达的邮箱, 否则审核会直接打回 -->", "hidden drafting instruction (HTML comment)"),
                    (50, "（待填）", "unfilled contact e-mail")],
      ambiguous_placeholder_lines=[4, 5, 26, 28, 42],
      notes="Godot game (斗龟场·实时版) policy kept as a developer draft in docs/ for GitHub Pages: `# 隐私政策 / Privacy Policy — …` "
            "title (bilingual only in the title), a blockquote status note (lines 3-5), three `##` sections. The second section "
            "`## 将来接入云端后需要改写（现在还没接）` is itself a note to the author about a future rewrite, with a GFM table of "
            "upload fields; the contact section has a hidden HTML-comment instruction and `邮箱：**（待填）**`. Counted: the "
            "status note, the two author instructions, the comment and the empty e-mail slot; continuation lines of the "
            "same notes are ambiguous placeholder lines.")
