#!/usr/bin/env python3
"""Hand annotations of eval2 (source of truth); run to (re)write every annotation.json."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ann_lib import build

def src(repo, path, commit, license):
    return {"repo": repo, "path": path, "commit": commit, "license": license}
NOLIC = "none (no licence file)"

# ---------------------------------------------------------------- linkbot-tw
build("holdout/linkbot-tw",
      src("Edit-Mr/EM-Linkbot", "隱私權政策.md", "4cf5e5fa0a40b21e522b6327a655ebb5e6280951", "Apache-2.0 (repository licence)"),
      "md", "hant", "tw", ["zh"], 1, [(7,1),(12,1),(17,1),(28,1),(32,1)],
      notes="Taiwan LINE chat-bot policy (Google-privacy-policy style wording). `#` title, five unnumbered `##` sections; "
            "every paragraph is a `-` bullet, incl. the date line and the preamble. Nested bullets (3 levels) under "
            "我們分享的資訊 are list content. No placeholders.")

# ---------------------------------------------------------------- abus-tw
build("holdout/abus-tw",
      src("abuabuliu/aBus", "隱私權政策.md", "239a8269af6ea0fcd2a583d5cecbf03452dd4c02", NOLIC),
      "md", "hant", "tw", ["zh"], 1, [(7,1),(24,1),(27,2),(38,2),(43,1),(50,1),(53,1),(56,1),(59,1)],
      notes="Taiwan transit app. Inconsistent `#` depths: `##` numbered sections, and the two sub-sections under "
            "`## 2.` jump straight to `####` (no `###`) - they are level 2. Line 38's heading carries a bare URL "
            "(`#### 交通資料API https://tdx.transportdata.tw/`). Bold-label bullets (`- **收集目的**：…`) are list content. "
            "Line 14 is an empty `- ` bullet. No placeholders.")

# ---------------------------------------------------------------- tingshu-txt
h = [(17,1),(18,2),(26,2),(40,1),(41,2),(45,2),(49,2),(52,1),(53,2),(63,2),(68,2),(73,2),(82,1),(89,1),(92,2),(96,2),
     (109,1),(114,1),(120,1),(131,1)]
build("holdout/tingshu-txt",
      src("liu673cn/tingshu", "隐私政策.txt", "42e6db20e3465279cd75cc91cba410b99799dce6", NOLIC),
      "txt", "hans", "cn", ["zh"], 1, h,
      placeholders=[(109, "[若是专门针对儿童开发的APP，需要根据实际情况填写。]", "drafting instruction left inside the heading line"),
                    (114, "[请根据实际情况填写如何储存和转移", "drafting instruction left in the heading; the closing `]` is alone on line 115")],
      notes="Plain-text copy of the widely circulated 'standard app privacy policy' template (我的听书, 2021). Bare title line "
            "`隐私政策`, then a table of contents (lines 4-12, 一、…九、) that repeats the section titles verbatim: the TOC "
            "lines are NOT headings (the real headings are at 17, 40, …). Headings are bare lines directly followed by their "
            "paragraph: `一、…` (level 1) and `（一）…` (level 2). Under 四、 the `（一）`…`（五）` lines (83-87) are full "
            "numbered paragraphs (list content), not headings. `1、…`/`（1）…` lines are list items. Two drafting "
            "instructions in square brackets were left in headings 六 (line 109) and 七 (line 114, whose `]` wraps onto "
            "line 115, a line holding only `]`). Line 99 is an orphan paragraph (the template's 'access/correct/delete' "
            "sub-sections were deleted) - not a heading.")

# ---------------------------------------------------------------- jianlu-txt
h = [(3,1),(11,1)]
for base, subs in [(13, (15,20,25)), (28, (30,35,40)), (43, (45,50,54)), (57, (59,64,68)), (71, (73,77,81,84)),
                   (87, (89,95,100)), (103, (105,110,115))]:
    h.append((base,2)); h += [(s,3) for s in subs]
h += [(118,1),(124,1),(126,2),(130,3),(133,3),(136,3),(140,2),(148,2),(156,1),(158,2),(160,3),(163,3),(166,3),
      (169,2),(171,3),(174,3),(177,3),(180,2),(184,1),(186,2),(190,3),(193,3),(196,3),(199,3),(202,2),(206,3),(209,3),
      (212,2),(223,2),(229,1),(237,1),(243,1),(261,1),(271,1),(273,2),(276,2),(279,2),(282,2)]
build("holdout/jianlu-txt",
      src("wua520/fitness-app-docs", "隐私政策.txt", "4b80278180104f90372b1e7247729cbd323ab168", NOLIC),
      "txt", "hans", "cn", ["zh"], 1, h,
      placeholders=[(219, "support@yourapp.com", "template contact e-mail (the real one, w303363639@gmail.com, is on line 265)")],
      ambiguous=[144,146,152,154,216,218],
      notes="Plain-text policy of a fitness app (健录, 2026) with decimal numbering four levels deep and blank lines "
            "between blocks. `N.` = level 1, `N.N` = level 2, `N.N.N` short title directly followed by its body or by a "
            "run of `N.N.N.N` items = level 3. The `N.N.N.N` lines (1.1.1.1 用户名, 3.1.3.1 DeepSeek AI: …) are list "
            "content, not headings. `引言` (line 3) is a bare heading. 8.1-8.5 are the items of '重大变更包括但不限于：' "
            "(list content, not headings). Ambiguous: 3.2.1/3.2.2, 3.3.1/3.3.2 and 5.3.1/5.3.2 are numbered exception "
            "or option items without a body of their own (5.3.2 联系我们 has a one-line body, its sibling 5.3.1 is a "
            "sentence). Footer lines (版本/发布日期/生效日期/版权所有) are not headings.")

# ---------------------------------------------------------------- yht-mall-md
h = [(7,1),(35,1),(39,1),(53,2),(59,3),(67,3)] + [(l,2) for l in (77,93,99,113,119,125,133,141,145)] + \
    [(147,3),(157,3),(163,2),(169,1),(171,2),(187,2),(201,2),(205,2),(213,1)] + \
    [(l,2) for l in (217,225,233,253,257,267,271)] + [(279,1),(281,2),(299,2),(311,2),(313,3),(317,3),(321,3),(325,3),
    (331,1),(351,1),(359,1)]
build("holdout/yht-mall-md",
      src("liTao-leven/yht", "隐私政策.md", "a03ff7d530ba734abc91c22742b0456a70579b33", NOLIC),
      "md", "hans", "cn", ["zh"], 1, h,
      ambiguous=[3, 15, 47, 165],
      ambiguous_placeholder_lines=[5, 55, 335],
      notes="Long mainland e-commerce policy (亿和堂在线商城, 2022) adapted from Taobao's policy. `# 隐私政策` title, then a "
            "bold second title (line 3, ambiguous). All headings are bold-only paragraphs: `**一、…**` (1), `**（一）…**` (2), "
            "`**1、…**` (3). A bold table of contents (lines 17-33) repeats the level-1 titles verbatim: TOC lines are NOT "
            "headings. `【引言】` (line 7) is the heading of the preamble (level 1). Line 47 `**1、基础会员服务**` is out of "
            "order (it precedes `（一）` although its siblings 2、/3、 sit under `（一）`), so its level is unclear: ambiguous. "
            "Line 165 is a bold numbered full sentence (ambiguous); line 15 a bold lead-in ending in a colon (ambiguous). "
            "`1、**label**：sentence` lines and `【找回帐号】…` lead-ins are list content. The TOC announces `附录：相关定义` "
            "but the appendix heading is missing: the bold definitions (369-379) follow 八、 directly. No unfilled slots; "
            "ambiguous_placeholder_lines: line 5 `【2022】年【11】月【13】日` (template brackets kept around filled values) and "
            "Taobao residue on lines 55 (`注册淘宝平台账户`) and 335 (`通过淘宝网公示`) - a reviewer should flag them, but they "
            "are residue, not unfilled slots.")

# ---------------------------------------------------------------- youyinda-md
import re as _re
def md_heads(rel, levels):
    """headings from ATX lines: levels maps the '#' count to the perceived level"""
    from ann_lib import read_lines, HERE
    d = os.path.join(HERE, rel); f = [x for x in os.listdir(d) if x != "annotation.json"][0]
    out = []
    for i, l in enumerate(read_lines(os.path.join(d, f)), 1):
        m = _re.match(r"^(#{1,6})\s", l)
        if m and len(m.group(1)) in levels:
            out.append((i, levels[len(m.group(1))]))
    return out

build("holdout/youyinda-md",
      src("GitOfUser/youyinda-print", "docs/隐私政策.md", "1444643a7fdbefb41bfa10116e36ab165888fcb7", NOLIC),
      "md", "hans", "cn", ["zh"], 1, md_heads("holdout/youyinda-md", {2: 1, 3: 2}),
      placeholders=[(152, "400-XXX-XXXX", "customer-service phone never filled in"),
                    (204, "400-XXX-XXXX", "customer-service phone never filled in"),
                    (207, "XX省XX市XX区XX路XX号", "company address never filled in")],
      notes="WeChat mini-program (优印达 print & courier, 2026). Clean `##` 一、… (level 1) / `###` 1.1 … (level 2) "
            "structure with `---` rules between sections; bold front-matter-like lines 3-6 (`**文档版本**: …`) are not "
            "headings; bold labels inside bullets (`- **打印订单**：`) are list content. Placeholders: the 400 phone "
            "number (twice) and the XX address; the e-mail privacy@youyinda.com looks real.")

# ---------------------------------------------------------------- keshiji-md
build("holdout/keshiji-md",
      src("ivyhaizi/keshiji", "docs/隐私政策.md", "3647a68c770d40d19ca3f17a475460f60308db56", NOLIC),
      "md", "hans", "cn", ["zh"], 1, md_heads("holdout/keshiji-md", {2: 1}),
      placeholders=[(7, "发布前请将本文件中的主体名称、联系方式等信息替换为实际运营主体信息。", "drafting instruction left in the published text"),
                    (92, "正式发布前建议补充实际联系方式", "drafting instruction"),
                    (95, "待填写", "operator (运营主体) not filled in"),
                    (96, "待填写", "contact e-mail/WeChat not filled in")],
      notes="WeChat mini-program (课时小伙伴, 2026), short unnumbered `##` sections. The numbered list 13-19 "
            "(`1. 微信身份标识：…`) is list content. Two code fences (cloud env id; contact block with 待填写). "
            "The policy never names its operator: line 7 asks to replace 主体名称/联系方式 before publication.")

# ---------------------------------------------------------------- linggan-md
build("holdout/linggan-md",
      src("puj611/linggandawang", "docs/隐私政策.md", "c2c12296938f9219c4b25b88d61b12a96f9aafc6", "MIT (repository licence)"),
      "md", "hans", "cn", ["zh"], 1, md_heads("holdout/linggan-md", {2: 1, 3: 2}),
      placeholders=[(131, "[待填写]", "contact e-mail"), (132, "[待填写项目地址]", "GitHub URL"),
                    (133, "[待填写群二维码或链接]", "WeChat group")],
      ambiguous=[68],
      notes="Desktop prompt-generator app (灵感大王, 2026). `# 灵感大王 — 隐私政策` title, blockquote date lines, `##` 一、… "
            "(level 1) and `###` 2.1 … (level 2; line 25 has bold inside the heading). Many GFM tables. `**我们承诺**：` "
            "(line 68) is a bold lead-in ending in a colon: ambiguous. `## 附录：权限说明` is a level-1 section. "
            "The three contact cells of the table on lines 131-133 are unfilled `[待填写…]` slots.")

# ---------------------------------------------------------------- bshow-tw-php
build("holdout/bshow-tw-php",
      src("Bshow1218/htmlproject", "privacy-policy.php", "147179474da6b55e62fe3da2457a8602de6ddfa9", NOLIC),
      "html", "hant", "tw", ["zh"], 2, [(l,1) for l in (13,25,50,76,89,104,114,128)],
      placeholders=[(94, "第條", "article number of the 個人資料保護法 left out (依個人資料保護法第條規定)")],
      ambiguous=[1, 5],
      notes="Taiwan web-shop HTML fragment (a PHP include, no <html>/<head>; pasted from a rich-text editor, inline styles). "
            "Title `<h2>` opens on line 1 with its text on line 2 (title = line 2, line 1 ambiguous). Line 5 `【隱私權政策】` "
            "repeats the policy name as a sub-title (ambiguous). Section headings are bracketed labels in 14px spans, "
            "`【本隱私權政策適用之範圍】` … `【隱私權政策之修改】`, some split by inner <span>s (`【<span>個人資料蒐集</span>】`): "
            "here 【】 IS the heading markup, not a label or placeholder. Placeholder: `依個人資料保護法第條規定` - the article "
            "number is missing (should be 第3條).")

# ---------------------------------------------------------------- tfa104-tw-jsp
build("holdout/tfa104-tw-jsp",
      src("bla5940ck/TFA104G1", "WebContent/front_end/others/Privacy.jsp", "932689fac08cff4bd72c649f6a1fe19eb0e8b9f5", NOLIC),
      "html", "hant", "tw", ["zh"], 135, [],
      ambiguous=[133, 134],
      notes="Taiwan second-hand-goods platform (JSP, class project). Body exported from Word by Aspose.Words "
            "(`<p style=…><span style=\"font-family:'微軟正黑體'; font-weight: bold\">`) inside a page with a long "
            "inline jQuery 'shuffle text' script (lines ~40-131, comments contain `[\" \", \".\", …]`). Title 隱私權政策 "
            "on line 135 (its <p> opens on 133). The eight paragraphs 一、…八、 are numbered clauses, each one full "
            "sentence (一、本平台為保護會員之隱私權，就會員資料的蒐集…恪遵我國「個人資料保護法」…): there are NO section "
            "headings - every clause is bold because the whole text is bold. A parser that promotes the bold 一、 lines "
            "produces 8 false positives. Zero-width spaces in 'MS Gothic' spans (lines 151, 156, …). No placeholders.")

# ---------------------------------------------------------------- webdemo-tw-jsp
h = [(l,1) for l in (62,87,170,260,279,297,307,480,490,550,559,580,606,615,670)] + [(621,2),(633,2)]
build("holdout/webdemo-tw-jsp",
      src("LinYuRu/WebDemo", "WebAppDemo/src/main/webapp/WEB-INF/views/PrivacyPolicy.jsp", "a3b10aff94adc34654936a813c345002e82e290f", "none at repository root (a theme LICENSE, MIT/AdminLTE, sits in WEB-INF/views)"),
      "html", "hant", "tw", ["zh"], 39, h,
      placeholders=[(68, "由股份有限公司", "operator's name deleted, leaving 由股份有限公司"),
                    (68, "統稱「」", "empty quotation marks where the short name should be"),
                    (627, "dpo@.com", "domain of the DPO e-mail deleted"),
                    (639, "dpo@.com", "domain of the DPO e-mail deleted"),
                    (673, "dpo@.com", "domain of the DPO e-mail deleted")],
      notes="Taiwan e-commerce demo (Spring JSP, BOM). The policy is Shopee Taiwan's 2019 privacy policy with the brand "
            "removed, leaving holes: `歡迎使用由股份有限公司及其關係企業(個別及統稱「」、…)`, `dpo@.com`, and headings like "
            "`2. 會在何時收集個人資料？` whose subject (the brand) is gone. Word-style HTML: `<b>1.</b>&nbsp;… <b>引言</b>` = "
            "level 1; `14.1 <u>撤回同意</u>` / `14.2 <u>要求存取或修正個人資料</u>` (underlined short titles followed by "
            "14.1.1 paragraphs) = level 2. All other `N.N` lines start full paragraphs (list content); `(a)`…`(z)` items "
            "are list content. Title = `<div id=\"title\">隱私權政策</div>` (line 39); `<title>Index</title>` is not a "
            "title. The heading text of the subject-less headings is itself defective but not annotated as a placeholder.")

# ---------------------------------------------------------------- yuanshan-html
build("holdout/yuanshan-html",
      src("heart-bank/yuanshan-health-website", "隐私政策.html", "e7a0766acc9b67e208c36ff14e4657e59ec7471e", NOLIC),
      "html", "hans", "cn", ["zh"], 46,
      [(l,1) for l in (52,62,82,95,107,123,139,155,162,169,176)] + [(63,2),(73,2)],
      placeholders=[(182, "400-XXX-XXXX", "phone never filled in"), (183, "XX路XX号", "street address never filled in")],
      ambiguous=[45, 215, 224],
      notes="Tailwind static site page of a health-diet start-up (元膳健康, Chongqing, 2026). `<h1>` title spans lines "
            "45-47 (text on 46; 45 ambiguous). `<h2>` 1.…11. (level 1), `<h3>` 2.1/2.2 (level 2). `<li><strong>label</strong>："
            "` items are list content; `<strong>重要提示</strong>：` (line 118) is an inline lead-in. The site footer's `<h4>` "
            "快速链接/关注我们 (215, 224) are page chrome, not policy sections: ambiguous. Placeholders: 400-XXX-XXXX and "
            "重庆市高新区XX路XX号.")

# ---------------------------------------------------------------- l1cardo-md
build("holdout/l1cardo-md",
      src("L1cardo/l1cardo.github.io", "source/_posts/Privacy_Policy_CN.md", "12165e29706ef6f074e65e5581272c2774655be2", NOLIC),
      "md", "hans", "cn", ["zh"], 10, md_heads("holdout/l1cardo-md", {3: 1}),
      placeholders=[(48, "链接：", "empty 'link' field of the contact block"), (50, "电话：", "empty 'phone' field of the contact block")],
      notes="Hexo blog post (branch `blog`), YAML front matter (title: 隐私政策) then `# 隐私政策` (line 10, the title) and "
            "sections that jump straight to `###` (`### 1、收集信息` … `### 5、…`): level 1. Bold effective-date line and bold "
            "sentence (line 20) are not headings. Contact block: 邮件 filled, `链接：` and `电话：` left empty (blank slots "
            "after the colon). Ends with an HTML <div> of 'written by human' badges. Older version with a different app "
            "(TIME, 'UploadPicture' residue) is the old side of pairs/l1cardo-time-to-generic.")

# ---------------------------------------------------------------- whydo-bilingual
h = [(7,1)] + [(l,2) for l in (9,15,25,31,37,50,56,68,74)] + [(80,1)] + [(l,2) for l in (82,88,98,104,110,123,129,141,147)]
build("holdout/whydo-bilingual",
      src("whydoIneedaname-cyber/whydoIneedaname-cyber.github.io", "legal/privacy-policy.md", "048f621bea25783f8666f6f15f75285dfb6b9f72", NOLIC),
      "md", "hans", "cn", ["zh", "en"], 1, h,
      notes="Personal Jekyll site, bilingual title `# 隐私政策 Privacy Policy`, then two editions in blocks: "
            "`## 🇨🇳 中文版` (level 1) with `###` 一、…九、 (level 2) and `## 🇺🇸 English Version` (level 1) with `###` 1.…9. "
            "(level 2). The edition headers start with flag emoji (regional-indicator pairs). The bold bilingual date line "
            "(line 3) is not a heading. Mentions PIPL, GDPR, CCPA and Hong Kong PDPO. No placeholders.")

# ---------------------------------------------------------------- pyheight-mkdocs
build("holdout/pyheight-mkdocs",
      src("pyheight/ttk-file-explorer", "docs/about/privacy-policy.zh.md", "3bfe6b6682af2c64388adbda67828e25855233aa", "Apache-2.0 (repository licence)"),
      "md", "hans", "cn", ["zh"], 1, md_heads("holdout/pyheight-mkdocs", {2: 1, 3: 2}),
      notes="MkDocs-Material docs site of an open-source Python tool. Every heading carries a Material icon shortcode: "
            "`# :material-shield-lock-outline: 隐私政策`, `## 1. :material-database-arrow-down-outline: 个人信息处理说明`, "
            "`### 1.1 处理目的`. The first section `## :material-alert-circle-outline: 重要提示` is unnumbered. Two trailing "
            "spaces (hard breaks) on the bold date lines. Numbered items `1. **:material-eye-outline: 访问权**：…` are list "
            "content; a consent-link `[**:material-cog: 立即修改 Cookie 设置**](#__consent)` and blockquotes are not headings.")

# ---------------------------------------------------------------- duoverse-md
build("holdout/duoverse-md",
      src("SerenaLiu06/Duoverse_APP", "隐私政策.md", "2028e4ae8e3594aeece2e0a7176a70fac5cf07f6", "Apache-2.0 (repository licence)"),
      "md", "hans", "cn", ["zh"], 1, md_heads("holdout/duoverse-md", {3: 1, 4: 2}),
      ambiguous=[52, 54, 56],
      notes="uni-app (DCloud) template policy of a social app (Duoverse). The TITLE is a `##` line (`## 隐私权政策`), sections "
            "are `###` (level 1) and `####` (level 2) with NO blank line between a heading and its paragraph. Under "
            "`### 您的权利`, `1. 访问您的个人信息` / `2. 更正…` / `3. 删除…` are ordered-list items directly followed by an "
            "unindented paragraph (Markdown renders them as one list item, a reader may see sub-titles): ambiguous. "
            "`1.`-`5.` under `### 我们如何保护您的个人信息` are full sentences (list content). No placeholders.")

# ---------------------------------------------------------------- siew-hant-md
build("holdout/siew-hant-md",
      src("smallapple01/yourapp-legal", "私隱政策.md", "67d5b80e75e10fbd95fd59fb1408493b0f6334de", NOLIC),
      "md", "hant", "hk", ["zh"], 1, [(l,1) for l in (3,13,16,19,22,27,30,35,38)],
      notes="A `.md` file with NO markup apart from `* ` bullets: bare title line `私隱政策`, then bare section-title "
            "lines each DIRECTLY followed by its paragraph (no blank line after the title line, one blank line before the "
            "next title). Traditional script with Hong Kong's 私隱 wording, but mainland vocabulary (信息, 設備, 互聯網協議) - "
            "a converted text; developer name is Malaysian-looking (Siew Yu Fei), so region 'hk' is a best guess from the "
            "私隱 wording. Line 2 has a doubled closing quote 「服務提供者」」. Calorie-calculator app, 2025. No placeholders "
            "(the repository is named yourapp-legal, but the text is filled in).")

# ---------------------------------------------------------------- yinsi-docx
build("holdout/yinsi-docx",
      src("nxl1009/yinsi", "隐私政策.docx", "21d231dc736bc9ed9a641197270e3878b90c6bee", NOLIC),
      "docx", "hans", "cn", ["zh"], 1, [(l,1) for l in (3,8,12,21,23,27,30)],
      notes="DOCX (WPS-saved, pasted from a web page). 'Lines' are DOCX paragraph indices (1-based, every <w:p> of "
            "word/document.xml in order, as policylens numbers them; paragraph 34 is an empty trailing <w:p/>). Only the "
            "title (paragraph 1) has a heading style (styleId 2 = 'heading 1'); the section titles `1. 适用范围` … "
            "`7.本隐私政策的更改` (no space after `7.`) are plain 'Normal (Web)' paragraphs, not bold - headings only by "
            "their numbering and shortness. `(a)`…`(g)` paragraphs are list content. Paragraph 33 is a displaced fragment: "
            "paragraph 29 stops mid-word (…潜在的交易对) and its tail (方披露自己的个人信息…) sits at the end of the document "
            "under 7. Same widely copied boilerplate as /work/eval dev/eastereggs ('本应用尊重并保护所有使用服务用户的个人隐私权'). "
            "No placeholders.")

# ---------------------------------------------------------------- waterplay-agreement-html
build("holdout/waterplay-agreement-html",
      src("waterplayfire/app-support", "agreement/privacy.html", "572a05548b7ecb317a3271665b5711bc74b95807", NOLIC),
      "html", "hans", "cn", ["zh"], 35, [(43,1),(54,1),(56,1),(61,1)],
      ambiguous=[34, 41, 42],
      notes="App-support 'agreement' page (Hexo-theme HTML saved from a browser: `<!-- saved from url=(0014)about:internet -->`). "
            "Title `<h2 id=\"隐私政策\"><a title=\" 隐私政策 \"></a>` on line 34 with the visible text in `<center> 隐私政策 </center>` "
            "on line 35 (title = 35, 34 ambiguous). Section headings are `<h3>` with Roman numerals Ⅰ…Ⅳ (U+2160…); the first "
            "one spans three lines (`<h3 …>` 41, empty `<a title=…>` 42, text `Ⅰ 会收集的信息` 43): 43 is the heading, 41-42 "
            "ambiguous. Body items are `1.…<br>2.…` inside one <p>; an item is commented out (`<!-- <br>3.个人信息… -->`, "
            "line 59). Bold right-aligned date `<div>` and a bold intro <p> are not headings. No placeholders.")
