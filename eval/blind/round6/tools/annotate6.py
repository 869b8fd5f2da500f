#!/usr/bin/env python3
"""Hand annotations of eval6 (source of truth): python3 tools/annotate6.py rewrites every annotation.json."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ann_lib import build

NOLIC = "none (no licence file)"

def riratesrunning():
    build("holdout/riratesrunning-html",
          {"repo": "cb9234164/cb9234164.github.io", "path": "privacy-policy/index.html",
           "commit": "2531d30528b9f980758e87dc8ba1ae3c1a495935", "license": "Apache-2.0 (repository licence)"},
          "html", "hans", "cn", ["zh", "en"], 10,
          [(18, 1), (24, 1, "日志数据"), (34, 1), (47, 1), (56, 1), (63, 1), (72, 1), (82, 1), (84, 1, "联系我们")],
          placeholders=[
              (11, "[开发人员/公司名称]", "generator slots never filled: [开发人员/公司名称], [开源/免费/免费增值/广告支持/商业], [开发商/公司名称] [免费]"),
              (13, "[我的/我们的]", "first-/plural-person choice left twice"),
              (15, "[我/我们]", "[我的/我们的] and [我/我们] ×2 choices left"),
              (19, "[添加您在此处收集的任何其他信息，例如用户姓名、地址、位置、图片]", "instruction slot + [我/我们] and the [保留在您的设备上…]/[由我们保留…] alternative"),
              (83, "[我/我们]", "choice left twice"),
              (85, "[my/our]", "untranslated choices [my/our], [me/us] next to a filled e-mail"),
          ],
          ambiguous_placeholder_lines=[87],
          notes="nisrulz App Privacy Policy Generator output, half machine-translated into Chinese in the browser "
                "(<font style=vertical-align:inherit> wrappers), the middle sections left in English. Published at "
                "cb9234164.github.io/privacy-policy/. Title = bare <strong> line 10; section titles are <p><strong>; "
                "line 24 holds the SDK list and the 日志数据 title on one physical line. Line 87 (generator credit) "
                "is residue, not a slot: ambiguous. One placeholder entry per line; other slots on the same line in the note.")

def travelnotes():
    H = [(3,1),(8,1),(10,2),(19,2),(27,1),(29,2),(35,2),(42,1),(44,2),(52,1),(54,2),(59,2),(66,1),(68,2),(73,2),
         (79,1),(81,2),(85,2),(90,2),(97,1),(99,2),(108,2),(116,1),(118,2),(123,2),(129,1),(131,2),(137,1),(139,2),
         (143,2),(148,1),(150,2),(155,2),(161,1),(163,2)]
    build("holdout/travelnotes-mdhtml",
          {"repo": "samxia123/travel-notes-support", "path": "privacy.html",
           "commit": "57c5515485ee13e58716285ae3c7b2dd2baf574b", "license": NOLIC},
          "md", "hans", "cn", ["zh"], 1, H,
          placeholders=[
              (151, "your-email@example.com", "contact e-mail left as the example address"),
              (152, "https://yourusername.github.io/travel-notes-support/", "support URL with the template user name"),
          ],
          notes="Markdown saved as privacy.html (no front matter) in an app-support GitHub Pages repository; the first "
                "version (57c5515, 2 Feb 2026) was published with the example e-mail and yourusername URL, later versions "
                "removed them. Headings annotated as the Markdown source intends (## = 1, ### = 2); a browser would show the "
                "raw text. Dates 2025年1月31日 in a file committed in 2026 are probably a wrong year, not a slot (not counted).",
          file="privacy.html")

def moshi():
    build("holdout/moshi-html",
          {"repo": "2391089148-a11y/moshi", "path": "隐私政策.html",
           "commit": "4eb6c21293764a031cd0c1581ef0c9efc22f53bc", "license": NOLIC},
          "html", "hans", "cn", ["zh"], 18,
          [(21,1),(25,1),(28,1),(39,1),(48,1),(57,1),(64,1),(67,1),(78,1),(83,1),(86,1)],
          placeholders=[
              (19, "（请填写您的个人或公司名称）", "operator (运营主体) never filled"),
              (80, "（请填写您的邮箱地址）", "contact e-mail never filled, in <b>"),
          ],
          ambiguous_placeholder_lines=[53],
          notes="H5 game policy (TapTap), first commit of the page; the next commit renamed it to moshi.html. "
                "Line 53: SDK row 激励视频广告服务商（如后续接入） / 以接入时公示为准 — a vague SDK entry with no provider "
                "named; arguably a drafting leftover, kept ambiguous.")

def offlinebill():
    build("holdout/offlinebill-html",
          {"repo": "xloveheineken/offlinebill-privacy", "path": "index.html",
           "commit": "6d193940254261112374942c15c2e1d79b9cf973", "license": "Apache-2.0 (repository licence)"},
          "html", "hans", "cn", ["zh"], 17,
          [(23,1),(32,1),(61,1),(71,1),(75,1),(84,1),(94,1),(102,1),(105,1),(112,1),(115,1)],
          placeholders=[(118, "[请填写您的联系邮箱]", "contact e-mail never filled (the only contact)")],
          notes="HarmonyOS offline bookkeeping app; the page was uploaded as 隐私政策.html and renamed unchanged (R100) "
                "to index.html for GitHub Pages; HEAD still has the slot. 'industry-standard' in Chinese text is not a slot.")

def cxybbs():
    build("holdout/cxybbs-md",
          {"repo": "RMDCXY/CXYBBS", "path": "隐私政策.md",
           "commit": "5958207a1c9ee320fa5a0e8e701e275d5ef6a824", "license": NOLIC},
          "md", "hans", "cn", ["zh"], None,
          [(1,1),(4,1),(8,1),(12,1),(16,1),(20,1),(24,1),(27,1),(30,1)],
          placeholders=[(22, "[您的电子邮件地址]", "e-mail slot in the rights section while the contact block has the real address")],
          notes="A .md with no markup at all (CRLF): bare title lines each followed by a paragraph, no document title. "
                "First upload; the next commit (697f1db) edited the file. Lines 6 and 33 are filled contacts (look-alikes).")

def regtxt():
    build("holdout/reg-txt",
          {"repo": "hongchuanfeng/reg", "path": "隐私政策.txt",
           "commit": "3e2ded1332914c10d6c16d98ca43a713d0d8e090", "license": NOLIC},
          "txt", "hans", "cn", ["zh", "en"], 1,
          [(3,1),(7,1),(14,1),(17,1),(22,1),(28,1),(30,1)],
          placeholders=[
              (2, "[请填写具体日期，如 2025 年 X 月 X 日]", "effective date never filled; the same line also has [您的网站名称] (operator/site name)"),
              (34, "[您的联系电话]", "optional phone slot left, label 联系电话（可选）"),
              (35, "[您的运营地址]", "optional address slot left, label 运营地址（可选）"),
          ],
          ambiguous_placeholder_lines=[27],
          notes="Plain text (the site's policy text next to privacy.html); e-mail filled (hcf@foxmail.com) but the date, site "
                "name, phone and address slots kept. Line 2 glues the date slot and the first paragraph. Line 27 '[15] 个工作日' "
                "keeps the template's brackets around a filled value: residue, ambiguous. '（可选）' labels on 34/35 are template asides.")

def unicom():
    build("holdout/unicom-md",
          {"repo": "karroy0715/vue_three_3d", "path": "隐私政策.md",
           "commit": "6514e5cfceafdb42542a310358159c439fbccc01", "license": NOLIC},
          "md", "hans", "cn", ["zh"], 1,
          [(5,1),(12,1),(19,1),(29,1),(35,1),(43,1),(51,1),(57,1),(59,2),(68,2),(77,1),(83,1),(87,1)],
          placeholders=[
              (3, "2019年 月 日", "effective date with blank month and day"),
              (97, "电子邮箱：", "empty e-mail field in the contact block"),
          ],
          notes="China Unicom 云组网 platform policy rendered by a Vue demo (commit: 实现vue显示隐私政策.md文件). BOM; '## 隐私政策' "
                "is the title and the sections are also '##'; sub-sections jump to '####' (level 2). Operator, address and "
                "postcode are filled; only the date and e-mail are blank.")

def polypost():
    build("holdout/polypost-md",
          {"repo": "LeoGray/PolyPost", "path": "privacy_zh.md",
           "commit": "e15c8750c14ffa3cdbfe71b4fe2a6720ce7e5c08", "license": "MIT (repository licence)"},
          "md", "hans", "cn", ["zh"], 1,
          [(5,1),(9,1),(18,1),(32,1),(37,1),(49,1),(55,1),(62,1),(66,1)],
          placeholders=[(68, "[您的联系邮箱]", "the only contact is an unfilled e-mail slot")],
          ambiguous=[22, 28],
          notes="Chrome extension policy (Chinese edition next to privacy.md); still has the slot at HEAD. Lines 22/28 are "
                "numbered bold list items with nested bullets (1. **AI 功能…**, 2. **发布到 Twitter/X…**): a reader may "
                "see them as sub-titles; ambiguous. Permission names in code spans are not slots.")

def timerestorer():
    build("holdout/timerestorer-md",
          {"repo": "GuoXinRui/time-restorer-legal", "path": "privacy_zh.md",
           "commit": "4ecf5b3f21dc45cb5f3efb5966d6acc491e6b306", "license": NOLIC},
          "md", "hans", "cn", ["zh"], 1,
          [(7,1),(8,2),(11,2),(15,2),(18,1),(23,1),(29,1),(33,1)],
          placeholders=[
              (30, "[您的支持邮箱]", "deletion-request contact left as a slot"),
              (34, "[您的支持邮箱]", "contact e-mail left as a slot"),
          ],
          notes="First commit of a legal-pages repository (Add legal documents); the next commit (c3f27e3, 填写邮箱和国家) "
                "filled the e-mail. '最后更新日期：2026年5月' gives only a month: not counted.")

def pdftoolbox():
    build("holdout/pdftoolbox-md",
          {"repo": "huifan/pdftoolbox-privacy", "path": "privacy-cn.md",
           "commit": "43d95aeb967b4244bfa62d407d895f2855d89eef", "license": NOLIC},
          "md", "hans", "cn", ["zh"], 1,
          [(5,1),(9,1),(13,2),(17,2),(24,2),(32,1),(38,1),(42,1),(46,1),(50,1)],
          placeholders=[(54, "[您的邮箱]", "contact e-mail slot; the GitHub line below is filled")],
          notes="Android PDF tool; first commit of a policy-hosting repository, e-mail filled in the next commit (b76e3d2). "
                "Markdown link [Google 隐私政策](…) on line 40 is a look-alike (brackets, not a slot).")

def acemark():
    build("holdout/acemark-htmlmd",
          {"repo": "pyelicz/pyelicz.github.io", "path": "privacy-policy/1.1/zh.md",
           "commit": "23cae55a8908838bf7f1c18f0ce971cba96f9533", "license": NOLIC},
          "md", "hans", "cn", ["zh"], None,
          [(10,1),(12,2),(15,2),(21,1),(33,1),(34,2),(36,2),(41,2),(48,2),(50,2),(53,1),(55,1),(58,1),(60,1),
           (70,1),(73,1),(77,1),(79,1),(82,1)],
          placeholders=[
              (6, "主体公司", "operator never named: 'AceMark … 是由主体公司提供的' keeps the template's generic word"),
              (75, "链接到应用程序使用的第三方服务提供商的隐私政策", "lead-in to the third-party SDK list with no list after it"),
              (81, "通过链接：", "empty contact fields 通过链接： and 通过电话： next to a filled e-mail"),
          ],
          ambiguous_placeholder_lines=[70],
          notes="GitHub Pages file with Jekyll front matter (layout: raw) and an HTML body in a .md; no title element (the "
                "page opens with <p><strong>版本生效日期</strong>). h3 '1、' = level 1, h4 '1.1、' = level 2. Line 70: section "
                "8、第三方服务条款 has no body at all (empty section) — ambiguous. Bare <li> without <ul>.")

def aieducation():
    build("holdout/aieducation-html",
          {"repo": "HopeFutureTech/HopeFutureTech.github.io", "path": "privacy.html",
           "commit": "a3a55458dcd42a300700b0abd87db110e4d36344", "license": NOLIC},
          "html", "hans", "cn", ["zh"], 113,
          [(118,1),(127,1),(135,1),(142,1),(154,1),(165,1),(174,1),(179,1),(184,1)],
          placeholders=[],
          ambiguous=[157, 159],
          notes="CLEAN (precision). Tailwind site page with nav bar, mobile sidebar (menu links), language switcher, footer "
                "and data-i18n attributes. <h1> title, <h2> 一、… sections. Lines 157/159 '1) 五行建议：', '2) 向 AI 服务传输图片：' "
                "are short <p> sub-titles followed by their paragraph (161 '3) …' is a paragraph): ambiguous. Look-alikes: "
                "<strong>【数据发送对象】</strong> (a bracketed label, filled), 最后更新：2026年2月 (month only), 联系我们 gives "
                "no address (missing information, not a slot).")

def ugscanhk():
    build("holdout/ugscan-hk-md",
          {"repo": "ugscan/ugscan.github.io", "path": "privacy/privacy_hk.md",
           "commit": "1bc107ee6bcb62602821c1ec1a8e0c5ca1b6f09f", "license": NOLIC},
          "md", "hant", "hk", ["zh"], 1,
          [(8,1),(13,1),(21,1),(26,1),(29,1),(33,1),(36,1),(39,1),(42,1),(45,1),(48,1)],
          placeholders=[],
          ambiguous=[2],
          notes="CLEAN (precision). Hong Kong edition (私隱, 資訊) of a 3D-scanner app policy; sibling files for cn/tw/ja/… "
                "exist. Sections are '###' except the last '## 聯繫我們' (inconsistent depth, all peers: level 1). Line 2 "
                "'### 更新於 2023/4/24' is a date styled as a heading, followed by a line of '=' (not a setext underline after "
                "an ATX heading): ambiguous. Look-alikes: <<內容同意協議>> (line 31), tab-indented 1.–4. list.")

def smallwave():
    build("holdout/smallwave-tw-html",
          {"repo": "gogojimmy/sugarchat", "path": "隱私權政策.html",
           "commit": "ceb62fe70b7a8ab59694791924f9b8c6ac684f43", "license": NOLIC},
          "html", "hant", "tw", ["zh"], 30,
          [(36,1),(57,1),(60,2),(64,1),(70,1)],
          placeholders=[],
          ambiguous=[34, 58],
          notes="CLEAN (precision). Taiwan (個人資料保護法) policy page of a Bootstrap site: title is <strong>隱私權政策</strong> "
                "beside a <span> date inside a div.title; a commented-out <h3>隱私權政策</h3> (line 34, invisible: ambiguous); "
                "one real <h3>; numbered clauses 1.1, 2., 3., 3.1, 3.2, 4. are full paragraphs (not headings), while "
                "<p>5. 會員責任與義務</p>, <p>5.2 帳號保管義務</p>, <p>6. 會員隱私權</p>, <p>準據法與管轄法院</p> are title-only "
                "paragraphs. 5.1 (line 58) glues its title to the text: ambiguous. lang=zh-CN on a zh-Hant page is not a slot. "
                "C001/C002 are PDPA data-category codes, not placeholders.")

def jinda():
    build("holdout/jinda-txt",
          {"repo": "ktmaing/htmlFiles", "path": "隐私政策.txt",
           "commit": "26118dfe09ecd21e7dc998a054c4666f1349d3b0", "license": NOLIC},
          "txt", "hans", "cn", ["zh"], None,
          [(5,1),(13,1),(17,1),(35,2),(42,2),(43,3),(45,3),(52,1),(53,2),(57,2),(61,2),(67,2),(73,2),(82,2),(85,2),(88,1)],
          placeholders=[],
          ambiguous=[1],
          notes="CLEAN (precision). Plain text, LF, no title: opens with '重要须知:' (a lead label, ambiguous). 一、…五、 are "
                "level 1; under 三、 the clauses 1、…8、 are paragraphs but 9、App需要授权信息 and 10、个人信息主体注销账号 are "
                "title-only lines (level 2) with 10.1、/10.2、 (level 3); 四、 embeds a face-recognition agreement with "
                "第一条…第七条 (level 2). Look-alikes: list (1),(2),(4) skips (3); 【人脸注册】 is a UI label; the closing "
                "company line is a signature.")

def maoxuanhk():
    build("holdout/maoxuan-hk-html",
          {"repo": "allennaur/m4app-config", "path": "privacy-hk.html",
           "commit": "dc3d7c79920f24f9ac43598fc5a5e60eef9bec0d", "license": NOLIC},
          "html", "hant", "hk", ["zh"], 18,
          [(21,1),(29,1),(36,1),(39,1),(42,1),(45,1),(48,1)],
          placeholders=[(50, "[您的郵箱]", "contact e-mail slot (the only contact), inside <strong>")],
          ambiguous_placeholder_lines=[53, 54],
          notes="Hong Kong edition (lang=zh-HK) of an offline calendar app's policy, first commit of the page; a later commit "
                "(939f527, same day) changed the e-mail and the footer dates. Lines 53/54: '© 2024' and '最後更新日期：2024年10月' "
                "in a page added in January 2026 — a stale template date, not a slot: ambiguous.")

def daysmatter():
    build("holdout/daysmatter-html",
          {"repo": "JY8023-studio/daysmatter-privacy", "path": "privacy-zh.html",
           "commit": "981f6ed82c8857734e8c87ade6e8434461a0f9fe", "license": NOLIC},
          "html", "hans", "cn", ["zh"], 18,
          [(22,1),(30,1)],
          placeholders=[
              (19, "support@jystudio.example.com", "contact e-mail on the reserved example.com domain (mailto), header line"),
              (31, "support@jystudio.example.com", "same example-domain address as the only contact in 联系我们"),
          ],
          notes="Short Android app policy page, commit 'Publish Days Matter privacy policy'; the next commit (9a8d256) replaced the "
                "e-mail. The address looks filled (support@jystudio.) but sits on example.com, so it is a template slot. "
                "Bold inline labels 更新日期：/开发者：/联系： on line 19 are filled.")

def ceutrilingual():
    build("holdout/ceu-trilingual-php",
          {"repo": "cloudyyoung/course-enrolment-utility-backend", "path": "view/terms/PrivacyPolicy.php",
           "commit": "8492ab07f593c3c55c11c66325774a357deca5a8", "license": "MIT (repository licence at that commit)"},
          "html", "hans+hant", "cn", ["en", "zh"], 3,
          [(22,1),(36,1),(50,1),(69,1),(84,1),(102,1),(122,1),(139,1),(150,1),(170,1),(187,1),(199,1),(210,1),(221,1)],
          placeholders=[
              (6, "Website Operator", "the policy generator's default operator name left in (\"Website Operator\", …), never replaced by the real name"),
          ],
          ambiguous_placeholder_lines=[14, 17],
          notes="Trilingual HTML fragment (a PHP view of a course-enrolment web app): every <h2> is 'English // 简体 // 繁體' and "
                "every paragraph has three <span>s (en, zh-Hans, zh-Hant). Generated with a WebsitePolicies-style generator: "
                "the operator is the default 'Website Operator'; lines 14/17 translate it as 网站运营商/網站運營商 — the same "
                "unfilled name, but read as a generic noun in Chinese: ambiguous. The 联系我们 section gives no contact "
                "(missing information, not counted). File sniffed as HTML (.php).",
          file="PrivacyPolicy.php")

def edgeai():
    build("holdout/edgeai-site-html",
          {"repo": "EdgeAI-2000/EdgeAI-2000.github.io", "path": "_site/zh/privacy/index.html",
           "commit": "200338d9ece5f304a17f828e9f3624e52cfd005d", "license": NOLIC},
          "html", "hans", "cn", ["zh"], 123,
          [],
          placeholders=[
              (131, "contact@example.edu", "contact e-mail on a reserved example domain (mailto)"),
              (132, "（占位）", "update date marked as a placeholder by the author: 更新日期：2025-09-16（占位）"),
          ],
          ambiguous_placeholder_lines=[11, 12, 13, 14, 20],
          notes="Jekyll-built page (_site) of a lab website: header with brand, nav menu with dropdowns, language switch, "
                "footer nav; the policy is a short <h1> 隐私声明 + list with no section headings (0 headings: every predicted "
                "heading is a false positive). Lines 11/12/20 are <head> metadata '边缘智能实验室官网（占位数据）… (Placeholder)' "
                "and 13/14 a localhost:4000 canonical URL: site-level leftovers outside the policy text, ambiguous.")

if __name__ == "__main__":
    for f in [riratesrunning, travelnotes, moshi, offlinebill, cxybbs, regtxt, unicom, polypost, timerestorer, pdftoolbox, acemark, aieducation, ugscanhk, smallwave, jinda, maoxuanhk, daysmatter, ceutrilingual, edgeai]:
        f()
