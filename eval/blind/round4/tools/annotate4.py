#!/usr/bin/env python3
"""Hand annotations of /work/eval4/holdout (source of truth). `python3 tools/annotate4.py` rewrites
every annotation.json. Heading text is copied from the file line (markup stripped); every placeholder
text is asserted to occur on its line (see ann_lib.py)."""
from ann_lib import build

NOLIC = "none (no licence file at HEAD)"
H = "holdout/"

def src(repo, path, commit, lic, **extra):
    d = {"repo": repo, "path": path, "commit": commit, "license": lic}
    d.update(extra)
    return d

# ---------------------------------------------------------------- byte-exact (fetched snapshots)
build(H + "bookmark-md",
      src("ZHlovecat/AI-Smart-Bookmark", "隐私政策.md", "607a5c9d03fffb0fba4604e8d3582615635ec028", "MIT (repository licence)"),
      "md", "hans", "cn", ["zh"], 1,
      [(5, 1), (9, 1), (11, 2), (17, 2), (22, 1), (24, 2), (30, 2), (35, 1), (37, 2), (42, 2), (47, 1),
       (49, 2), (55, 2), (60, 1), (62, 2), (67, 2), (71, 1), (73, 2), (79, 2), (84, 1), (90, 1), (94, 1),
       (98, 1), (104, 1)],
      placeholders=[(101, "[您的联系邮箱]", "contact e-mail slot"),
                    (102, "[您的项目地址]", "GitHub project URL slot"),
                    (106, "[您所在地区]", "governing-law jurisdiction slot")],
      notes="Chrome-extension policy as first uploaded (the next commit aa9d505 fills the e-mail and drops the "
            "GitHub line; [您所在地区] stays). `## N.` / `### N.M` with bullet bodies; `- **书签信息**：…` bullets "
            "are list content; line 110 `**重要提醒**：…` is a bold lead-in sentence, not a heading.")

build(H + "aurora-md",
      src("aurorae114514/docs", "docs/隐私政策.md", "eb404a9eb3698238fc09faec7e84c49f90944c59", NOLIC),
      "md", "hans", "cn", ["zh"], 1,
      [(33, 1), (35, 2), (51, 2), (79, 1), (81, 2), (89, 2), (97, 2), (103, 1), (105, 2), (131, 2), (141, 2),
       (151, 2), (169, 1), (189, 1), (193, 2), (203, 2), (209, 2), (227, 2), (235, 2), (241, 2), (249, 2),
       (255, 2), (281, 1), (291, 1), (301, 1), (323, 1)],
      placeholders=[(41, "[[1\\]](#_msocom_1)", "Word review-comment anchor (msocom) left in the text: a drafting comment was exported with the policy"),
                    (329, "none", "phone field filled with 'none' (empty template field)"),
                    (331, "none", "fax field filled with 'none' (empty template field)")],
      notes="Docsify page; GB/T 35273 template (附录D) pasted from Word with no Markdown markup at all: bare "
            "「一、」 section lines and 「（一）」 sub-section lines, each followed by a blank line and body paragraphs. "
            "Lines 7-23 repeat the nine section titles as the table of contents (a list, not headings: the same "
            "titles come again at 33…323). In section 四 the 「（一）…（八）」 lines 171-185 are full sentences with "
            "the body on the same line (not headings); 「1、」 lines and 「（1）」 lines are list items. Template "
            "answers kept as filled ('我们已经取得了以下认证：个人备案', '数据安全能力：一般' — odd but filled). "
            "Trailing NBSP-only lines (U+00A0) between sections.")

build(H + "characterfigure-md",
      src("wegnite/nano-banana", "docs/隐私政策.md", "fe9234f2566837d3966bb4d68c67e6d40e1b2fd8", "ShipAny AI SaaS Boilerplate License Agreement (repository licence)"),
      "md", "hans", "cn", ["zh"], 1,
      [(5, 1), (9, 1), (11, 2), (27, 2), (34, 1), (45, 1), (47, 2), (55, 2), (62, 1), (72, 1), (80, 1), (90, 1),
       (92, 2), (97, 2), (102, 1), (106, 1), (110, 1), (114, 1), (120, 1)],
      placeholders=[(118, "[公司地址]", "company postal address slot")],
      ambiguous_placeholder_lines=[122],
      notes="AI-generated policy for CharacterFigure.com. Plain `##`/`###`. Line 122 (声明: '本隐私政策仅为信息目的。"
            "建议咨询法律专业人士获取具体法律建议。') reads like generator boiler-plate advice to the author; not counted, "
            "listed as ambiguous placeholder line.")

build(H + "notenova-html",
      src("qian147208/notenova-website", "privacy.html", "8c79567a9cae76a1122f904272a713875955dace", "Apache-2.0 (repository licence)"),
      "html", "hans", "cn", ["zh"], 152,
      [(163, 1), (174, 1), (180, 1), (186, 1), (196, 1), (201, 1), (206, 1), (211, 1), (220, 1)],
      placeholders=[(224, "https://yourname.github.io/redbookrefill/技术支持.html", "support URL still on the 'yourname' GitHub Pages template host")],
      look_alike=[(159, "🔒 <strong>核心承诺：…</strong> highlight box, not a heading")],
      notes="Static GitHub Pages site of an iOS app; `<h1>` title in a header div, `<h2>` sections; nav/footer "
            "links repeat 隐私政策 (not headings). The support link text shows yourname.github.io (its href is the "
            "relative 技术支持.html).")

build(H + "seawind-tw-html",
      src("mc-seawind-cc/website", "隱私權政策.html", "62598d7bfe5ec5aae287074c92d109f3143ccecc", NOLIC),
      "html", "hant", "tw", ["zh"], 85,
      [(96, 1), (107, 1), (118, 1), (135, 1), (149, 1), (169, 1)],
      look_alike=[(94, "HTML comment <!-- 一、適用範圍 --> repeats the section title (a label, not an instruction)"),
                  (98, "<p><strong>1.</strong> …</p> numbered clause, list content")],
      notes="Clean zh-Hant (Taiwan, ROC date 113.07.29) Minecraft-server policy page. `<h1>` on the same line as "
            "the opening hero div; six `<h2>` chapters; each chapter preceded by an HTML comment that repeats its "
            "title; `<strong>N.</strong>` clauses are list content. No placeholders (precision document).")

build(H + "rainbow-tw-md",
      src("bloombeeappstudio/bloombeeappstudio.github.io", "privacy-policy-zh-TW.md", "c5fdb6e1fba1cb9fcd08da223f03753727c9976c", NOLIC),
      "md", "hant", "tw", ["zh"], 8,
      [(15, 1), (21, 1), (37, 1), (45, 1), (55, 1), (61, 1), (69, 1), (80, 2), (98, 1), (108, 1), (115, 1), (119, 1)],
      look_alike=[(47, "`category_pack_<分類>` code identifier and 〔₩1,500〕 brackets are filled content"),
                  (10, "**最後更新日期**: 2026-05-23 filled")],
      notes="Clean zh-Hant (Taiwan) children's app policy, Jekyll front matter (title: 隱私權政策) then a language "
            "switcher line and `# 隱私權政策 — 彩虹畫畫本` (the visible title, line 8). `## 7-1.` is written at the same "
            "`##` depth as its siblings and annotated level 1; `### Firebase Analytics 兒童模式` level 2. No placeholders.")

ENERSHARE_JS_HEADINGS = [555, 574, 576, 590, 595, 600, 616, 627, 629, 639, 648, 660, 680, 685, 690, 695, 700, 708, 716, 724,
                         747, 766, 768, 782, 787, 792, 808, 819, 821, 831, 840, 852, 872, 877, 882, 887, 892, 900, 908, 916,
                         939, 958, 960, 974, 979, 984, 1000, 1011, 1013, 1023, 1032, 1044, 1064, 1069, 1074, 1079, 1084, 1092, 1100, 1108]
build(H + "enershare-html",
      src("moss-xxh/enershare", "隐私政策.html", "a8753209dafeb8502253ddbf693d5337b8a6a079", NOLIC),
      "html", "hans", "cn", ["zh", "en"], 347,
      [(356, 1), (375, 1), (377, 2), (391, 2), (396, 2), (401, 2), (417, 1), (428, 1), (430, 2), (440, 2), (449, 2),
       (461, 1), (481, 1), (486, 2), (491, 2), (496, 2), (501, 2), (509, 1), (517, 1), (525, 1)],
      placeholders=[(530, "400-XXX-XXXX", "customer-service phone number not filled (static zh-CN page)"),
                    (729, "400-XXX-XXXX", "same slot in the zh-CN translation string"),
                    (921, "400-XXX-XXXX", "same slot in the zh-TW translation string"),
                    (1113, "400-XXX-XXXX", "same slot in the English translation string")],
      ambiguous=ENERSHARE_JS_HEADINGS,
      notes="App page rendered inside an iPhone mock-up frame; headings are `<div class=\"section-title\">` (level 1) "
            "and `<div class=\"section-subtitle\">` (level 2), no `<h*>` at all; title = nav-bar `<div class=\"nav-title\">` "
            "(line 347). The static page is the zh-CN edition; a `<script>` holds the zh-CN, zh-TW and English "
            "editions as template strings that replace the content when the user switches language. Only the static "
            "edition's headings are gold; the 60 heading lines inside the JS strings are ambiguous (visible only after "
            "switching). The unfilled 400-XXX-XXXX phone number is counted in all four editions (a reviewer must fix "
            "each). `<!-- 信息收集 -->` comments are section labels, not instructions.")

# ---------------------------------------------------------------- rebuilt from the search index's stored text
# These repositories have no snapshot ("No snapshot of that repository can be had here"), so the file was
# rebuilt from `read_file` (the index's stored text of the blob at the listed commit): UTF-8, LF, final
# newline as stored; the character count equals the index's total_chars. Line endings/BOM unverifiable.
IDX = {"rebuilt_from": "search-index stored text (read_file); not byte-verified"}
NOLIC_IDX = "none indexed (no LICENSE file in the search index)"

build(H + "fundanalysis-md",
      src("EEE77773333/FUNDANALYSIS", "docs/隐私政策.md", "4c6fe1e0f278b12f09e59a15d0aaec478aa3212a", NOLIC_IDX + "; the text says the code is AGPL-3.0", **IDX),
      "md", "hans", "cn", ["zh"], 1,
      [(12, 1), (22, 1), (26, 2), (33, 2), (40, 2), (47, 1), (62, 1), (79, 1), (96, 1), (106, 1), (121, 1),
       (131, 1), (139, 1), (147, 1), (155, 1), (166, 2)],
      placeholders=[(3, "模板稿", "status line: 'template draft', published on the hosted sign-up page"),
                    (4, "待填写", "effective date 'to be filled'"),
                    (5, "〔运营主体全称，待填写〕", "operator's legal name slot"),
                    (6, "〔联系邮箱，待填写〕", "contact e-mail slot (header)"),
                    (8, "发布前必做", "pre-publication instruction: have a lawyer review and replace all 〔〕 placeholders"),
                    (159, "〔联系邮箱，待填写〕", "contact e-mail slot (section 十二)"),
                    (166, "附：公开发布前必须替换的占位符清单", "appendix listing the placeholders to replace before publication (drafting leftover)")],
      ambiguous_placeholder_lines=[168, 169, 170, 171, 172, 173, 174],
      notes="Policy of the hosted fund-analysis service; the header says it is a template draft published on the "
            "sign-up page and every slot is still open. Blockquote header (lines 3-6) and a ⚠️ blockquote "
            "instruction; `## 一、…` sections, `### 2.1…` sub-sections; 「1.1 …」 paragraphs are body text. The "
            "final `### 附：…` appendix (a `###` after section 十二) lists the slots to replace: the heading line is "
            "counted as the drafting leftover, its table rows (168-174, which quote 〔运营主体全称〕 etc.) are "
            "ambiguous placeholder lines. Appendix annotated level 2 (its markup depth) although logically top-level.")

build(H + "wms-md",
      src("2689762855/wms", "docs/隐私政策.md", "45a14bddd53ef52f3866287d5d5414531d6d6e9a", NOLIC_IDX, **IDX),
      "md", "hans", "cn", ["zh"], 1,
      [(8, 1), (14, 1), (16, 2), (25, 2), (36, 1), (46, 1), (54, 1), (61, 1), (70, 1), (82, 1), (88, 1), (96, 1)],
      placeholders=[(102, "_（填写）_", "contact e-mail cell 'fill in'"),
                    (103, "_（填写）_", "contact person cell 'fill in'"),
                    (104, "_（填写）_", "contact phone cell 'fill in'")],
      ambiguous_placeholder_lines=[3],
      notes="Delivered on-premise WMS software (甲方/乙方 contract wording, deliberately generic). `## 一、` + "
            "`### 2.1`, numbered bold list items are content. Line 3 (**生效日期：** 以购买/交付日期为准) is a "
            "deliberate wording, not a slot: ambiguous placeholder line. The contact table at the end has three "
            "italic _（填写）_ cells.")

build(H + "zhaolingong-md",
      src("canuonifeng/PartTimeJobsPlatform", "docs/隐私政策.md", "0c2af8b66b77fcaf6fb0bd9d818f990b666b39a9", NOLIC_IDX, **IDX),
      "md", "hans", "cn", ["zh"], 1,
      [(10, 1), (14, 2), (22, 2), (29, 2), (36, 2), (44, 2), (50, 2), (57, 1), (65, 1), (67, 2), (75, 2), (81, 2),
       (87, 1), (93, 1), (111, 1), (119, 1), (125, 1)],
      placeholders=[(130, "400-XXX-XXXX", "customer-service phone not filled")],
      look_alike=[(129, "- 隐私保护邮箱：privacy@zhaolingong.com — filled, next to the empty phone")],
      notes="WeChat mini-program for casual jobs. `## 一、` sections, `### 1.1` sub-sections with GFM tables; in "
            "sections 二、五、六、七 the 「2.1 **存储地点**：…」 numbered paragraphs are body text, not headings.")

build(H + "xishi-md",
      src("a00923/time_manager", "隐私政策.md", "2039ceb8b1a6881c30980a503a0853b57282f41e", NOLIC_IDX, **IDX),
      "md", "hans", "cn", ["zh"], 1,
      [(5, 1), (9, 1), (19, 1), (23, 1), (33, 1), (39, 1), (43, 1), (51, 1), (55, 1)],
      placeholders=[(60, "[请填写您的邮箱]", "contact e-mail slot 'please fill in your e-mail'")],
      look_alike=[(59, "- 开发者：个人开发者 — filled (generic but deliberate)")],
      notes="Local-only time-tracking app. Flat `## 一、…九、`; numbered bold list items are content.")

build(H + "kaoyan-md",
      src("aidless/study-buddy", "docs/隐私政策.md", "ecc13ba7db7107760b8e98c552519a53eda3b7dd", "MIT (repository licence)", **IDX),
      "md", "hans", "cn", ["zh"], 1,
      [(5, 1), (11, 1), (16, 1), (21, 1), (25, 1), (28, 1)],
      placeholders=[(23, "we@example.com", "contact e-mail on the reserved example.com domain")],
      notes="Exam-study app; short, `## 一、` headings directly followed by list lines (no blank line). The only "
            "contact is we@example.com (RFC 2606 example domain), i.e. an unfilled slot.")

build(H + "shuangxiupin-md",
      src("dingtongbin/shuangxiupin", "docs/隐私政策.md", "53eb939b178e21e97e02f2774ad9e52c10f8bbae", NOLIC_IDX, **IDX),
      "md", "hans", "cn", ["zh"], 1,
      [(7, 1), (17, 1), (27, 1), (33, 1), (39, 1), (45, 1), (49, 1)],
      look_alike=[(9, "1.1 **账号信息**：… numbered paragraph, body text"),
                  (3, "**版本：1.0　生效日期：2026-09-13** filled")],
      notes="Clean job-board policy (precision document): `## N.` sections whose bodies are 「N.M …」 paragraphs "
            "(not headings). No contact section at all (missing information, not a placeholder).")

build(H + "maopoem-md",
      src("CristinaHan/MaoPoem", "docs/隐私政策.md", "08d900a01d76e3a8f16c61692e35b2f07c82a0b2", NOLIC_IDX, **IDX),
      "md", "hans", "cn", ["zh"], 1,
      [(10, 1), (14, 1), (26, 1), (38, 1), (47, 1), (53, 1), (57, 1), (61, 1), (65, 1)],
      look_alike=[(16, "**我们不收集任何信息。** bold sentence, not a heading"),
                  (65, "联系我们 points to the in-app feedback e-mail without printing it: deliberate, not a slot")],
      notes="Clean offline poetry app policy (precision document); bold one-line sentences and a bold-label "
            "bullet list; italic version record at the end.")

build(H + "xiyou-md",
      src("madaqqaz/xiyou", "docs/隐私政策.md", "1ae3ef2427abfddff989efbe3c41ba976bfa1f9c", NOLIC_IDX, **IDX),
      "md", "hans", "cn", ["zh"], 1,
      [(7, 1), (11, 1), (20, 1), (25, 1), (30, 1), (35, 1), (39, 1), (43, 1)],
      placeholders=[(5, "【待填：公司/个人主体名称与联系方式】", "operator name and contact 'to be filled'"),
                    (47, "【待填：feedback@example.com】", "support e-mail 'to be filled' (example.com sample inside)"),
                    (48, "【待填：游戏内\"关于\"面板 / 官方社区地址】", "feedback channel 'to be filled'")],
      look_alike=[(32, "【设置 → 重置全部存档】 UI path in 【】, filled"),
                  (41, "【关于】 UI panel name in 【】, filled")],
      notes="Single-player H5/WeChat/TapTap game. Blockquote header with the operator slot; `## 一、…八、`. Three "
            "【待填：…】 slots; 【】 is also used for UI paths (look-alikes).")

# ---------------------------------------------------------------- byte-exact: plain text with Markdown markup
build(H + "yingguang-txt",
      src("mc-yzy15/Y-G-AI-DOCS", "隐私政策.txt", "637718db4026978710528d791e049e3fa657e4e7", NOLIC),
      "txt", "hans", "cn", ["zh"], 1,
      [(10, 1), (15, 1), (20, 1), (23, 2), (34, 2), (39, 2), (44, 2), (56, 2), (68, 2), (73, 2), (78, 1), (88, 1),
       (89, 2), (94, 2), (97, 2), (105, 1), (106, 2), (109, 2), (112, 2), (115, 2), (118, 1), (129, 1), (146, 1),
       (149, 1), (154, 1), (159, 1), (166, 1), (169, 1)],
      look_alike=[(74, "用户自行填写的推送配置 — 'fill in' describes the user, not a slot")],
      notes="Clean AI-API relay platform policy in a `.txt` file that contains Markdown (`#` title, `##` 一、… "
            "sections, `### 1.` sub-sections, each heading directly followed by its first body line, no blank "
            "line). Bold metadata lines 2-4 (filled operator and URL). Precision document for placeholders.")
