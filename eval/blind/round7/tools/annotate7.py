#!/usr/bin/env python3
"""Source of truth for /work/eval7/holdout/*/annotation.json. Run: python3 tools/annotate7.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ann_lib import build
H = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'holdout')
DOCS = {}
def doc(name):
    def deco(f):
        DOCS[name] = f
        return f
    return deco

@doc('streakmate-html')
def _():
    meta = {"source": {"repo": "privacyproto/privacyWeb", "path": "hot/privacy.html",
                       "commit": "76701b4b39d8d748575abef1245aa83ac37382ab", "license": "none (no licence file)"},
            "format": "html", "script": "hans", "region": "cn", "languages": ["en", "zh"]}
    heads = [(l, 1) for l in (173, 192, 205, 224, 237, 250, 268, 281, 293, 311, 325, 338, 351)]
    heads += [(l, 1) for l in (370, 383, 395, 411, 422, 433, 449, 460, 467, 482, 493, 500, 507)]
    phs = [(360, "your-email@example.com", "mailto: href of the English contact e-mail is the template value (the Chinese half was filled in this commit, the English one was not)"),
           (361, "your-email@example.com", "English contact e-mail shown to the reader: template value")]
    return build(os.path.join(H, 'streakmate-html'), 'privacy.html', meta, (168,), heads, phs,
                 amb=[367], look=[(515, "mailto:tellme068@outlook.com — the filled Chinese e-mail, not a slot")],
                 notes="Bilingual page (English then Chinese) with site chrome (app-name div, .updated date, footer). "
                       "Line 367 <h1>隐私政策</h1> is the title of the second-language edition: ambiguous (convention b). "
                       "History: 6 versions; b811ab2 had the slot in both halves, this commit (76701b4, HEAD) filled only the Chinese one.")

@doc('gude-tw-html')
def _():
    meta = {"source": {"repo": "liaoshibiao/ChanPingJieShao", "path": "yszc.html",
                       "commit": "071f7924238fffa7db5fdb439453d5f139043c17", "license": "none (no licence file)"},
            "format": "html", "script": "hant", "region": "tw", "languages": ["zh"]}
    heads = [(211, 1), (213, 2), (222, 2), (247, 1), (250, 2, "IP地址"), (256, 2, "設備資訊"), (261, 2, "聯繫方式"),
             (265, 2, "個人特徵"), (268, 2, "產品資料"), (291, 1), (297, 1), (311, 1), (324, 1), (352, 1),
             (353, 2), (356, 2), (359, 1), (360, 2), (362, 2), (373, 1), (386, 1), (391, 1), (397, 1)]
    phs = [(191, "XXX有限公司", "operator company name never filled in (opens the policy)"),
           (191, "（以下稱“XXX”）", "short name of the operator: template XXX (the text elsewhere says 穀得遊戲)")]
    return build(os.path.join(H, 'gude-tw-html'), 'yszc.html', meta, None, heads, phs,
                 amb=[241, 243],
                 look=[(210, "如您有問題，請聯繫我們。 — no contact details anywhere in the policy (a gap, not a slot on this line)")],
                 notes="Game website page (穀得遊戲): the whole policy sits in a read-only <textarea> under a site nav (logo, 返回首頁); "
                       "no visible title (<title> empty). Traditional-Chinese conversion of a mainland template (協力廠商, 軟體): region tw by vocabulary. "
                       "Lines wrap hard at ~45 chars, so 1.3/1.4 (241, 243) run their title into the body on one line: ambiguous. "
                       "'--IP地址' etc. are bare label lines followed by their paragraph: level 2 under 二. 2.1-2.8, 5.x, 6.x, 9.x are numbered "
                       "sentences (list content). The policy never gives a contact method although it refers to one five times.")

@doc('ecolove-hk-md')
def _():
    meta = {"source": {"repo": "Cyuen0310/Privacy_policy", "path": "PRIVACY_POLICY.zh-HK.md",
                       "commit": "12868e5922a35a39fa155176725b9d4f0e127e16", "license": "none (no licence file)"},
            "format": "md", "script": "hant", "region": "hk", "languages": ["zh"]}
    path = os.path.join(H, 'ecolove-hk-md', 'PRIVACY_POLICY.zh-HK.md')
    L = open(path, encoding='utf-8').read().split('\n')
    heads = []
    for i, s in enumerate(L, 1):
        if s.startswith('## '):
            heads.append((i, 1))
        elif s.startswith('### '):
            heads.append((i, 2))
    phs = [(8, "本文件為 **愛環保（EcoLove）** 應用程式的私隱政策草稿，請在正式發布前由負責人或法律顧問審閱，並補充公司主體、聯絡方式、地址、版本日期及生效日期。",
            "draft notice addressed to the author (review before release, add company, contacts, dates) left in the published page; the fields it asks for are already filled")]
    return build(os.path.join(H, 'ecolove-hk-md'), 'PRIVACY_POLICY.zh-HK.md', meta, (6,), heads, phs,
                 amb_ph=[92, 438],
                 look=[(463, "公司名稱／電郵／電話／地址 all filled (the draft note above asks for them)"),
                       (244, "用途： — a label line before a list, not a heading")],
                 notes="Hong Kong (PDPO) policy, Jekyll front matter (lines 1-4), # title, ## 一、… and ### 1. … sections. "
                       "Published on GitHub Pages (the repository added the Jekyll site in ab0f8a8) with the draft blockquote still on line 8; "
                       "the next commit 3ae3b0e removed it. （如適用） on 92 (a list item of collected data) and 438 (PDPO fee) are ordinary "
                       "conditional wording rather than template choices: ambiguous_placeholder_lines.")

@doc('yongnuo-html')
def _():
    meta = {"source": {"repo": "Shangkeyu1018/yongnuo", "path": "yszc.html",
                       "commit": "1aaf54c21419e95934645bdf41c710a63b9c3b63", "license": "none (no licence file)"},
            "format": "html", "script": "hans", "region": "cn", "languages": ["zh"]}
    heads = [(1109, 1), (1113, 1), (1120, 1), (1121, 2), (1124, 2), (1127, 2), (1130, 1), (1132, 1), (1142, 1),
             (1155, 1), (1158, 1), (1160, 1)]
    phs = [(1110, "网站域名 是由", "site domain never filled in: the template's 网站域名 stands where the site name/URL should be"),
           (1110, "XXX公司", "operator company name never filled in"),
           (1110, "您所使用的 网站域名 服务", "second occurrence of the 网站域名 slot in the same paragraph"),
           (1112, "请通过 联系方式 与我们联系", "联系方式 is the template's slot for the contact details (no link, no address; the policy has no contact section)")]
    return build(os.path.join(H, 'yongnuo-html'), 'yszc.html', meta, (1106,), heads, phs,
                 look=[(1231, "请填写以下表格 — the site's contact form in the page chrome, not a slot"),
                       (1098, "<!-- 占位标签，设置导航样式 --> — a developer comment in the layout, not part of the policy text")],
                 notes="Corporate website page (永诺 photographic equipment; CRLF, 1430 lines) with full site chrome: header nav, shop links, "
                       "floating customer-service box, contact form and footer around a <div class=yszc_box> holding the policy "
                       "(<h1> title, <h2> sections, <h3> 2.1-2.3). A generator template whose 网站域名 / XXX公司 / 联系方式 slots "
                       "were never filled; the policy also lacks any contact section.")

@doc('ic-html')
def _():
    meta = {"source": {"repo": "xkg421/ic", "path": "yszc.html",
                       "commit": "e5ce63ff51b295a2b88d7283db1a2f17459b5dcc", "license": "none (no licence file)"},
            "format": "html", "script": "hans", "region": "cn", "languages": ["zh"]}
    path = os.path.join(H, 'ic-html', 'yszc.html')
    L = open(path, encoding='utf-8').read().split('\n')
    heads = []
    for i, s in enumerate(L, 1):
        if '<h2>' in s: heads.append((i, 1))
        elif '<h3>' in s: heads.append((i, 2))
    phs = [(17, "xxxxxxxxxxxxxxx@163.com", "contact e-mail left as x's (filled with a real QQ address two commits later, 136bd45)")]
    return build(os.path.join(H, 'ic-html'), 'yszc.html', meta, (10, "隐私政策"), heads, phs,
                 amb=[9],
                 notes="GitHub Pages policy of an app (repository also holds futk.html terms, support.html). Bare HTML, empty <title>, "
                       "<h1> opening on line 9 with its text on line 10 (title line 10; line 9 ambiguous, convention e). "
                       "<h2> sections with some <h3> subsections rendered smaller (level 2), although 我们可能分享的信息 / 您分享的信息 "
                       "read like siblings of the <h2>s. Four versions in history; this is the third (000), the one published with the x'd e-mail.")

@doc('jorkai-bilingual-html')
def _():
    meta = {"source": {"repo": "WYHC-byte/AAA", "path": "PrivacyPolicy.html",
                       "commit": "5b16f0886e5699510398055c037d23df92f0f0c1", "license": "none (no licence file)"},
            "format": "html", "script": "hans", "region": "cn", "languages": ["en", "zh"]}
    path = os.path.join(H, 'jorkai-bilingual-html', 'PrivacyPolicy.html')
    L = open(path, encoding='utf-8').read().split('\n')
    heads = []
    for i, s in enumerate(L, 1):
        if '<h3' in s: heads.append((i, 1))
        elif '<h4' in s: heads.append((i, 2))
    phs = [(247, "[JorkAI公司地址]", "company address slot in the Chinese contact section (the English one gives a phone number instead)")]
    return build(os.path.join(H, 'jorkai-bilingual-html'), 'PrivacyPolicy.html', meta, (30,), heads, phs,
                 look=[(25, "<h1>JorkAI</h1> — the site brand in the header bar, not the policy title nor a section"),
                       (287, "JS sets 'Last Updated: June 2024' while line 31 says June 2025 — an inconsistency, not a slot")],
                 notes="AI chat site (many pages in the repository). Tailwind page with header (brand <h1>, language toggle button), "
                       "visible title <h2 id=pageTitle>Privacy Policy</h2> (line 30), English edition in a visible div and the Chinese edition "
                       "in a div.hidden switched by JS; <h3> = numbered sections (level 1), <h4> = 2.1/2.2 (level 2), annotated in both editions.")

@doc('ismars-html')
def _():
    meta = {"source": {"repo": "IsMars6/ismars6.github.io", "path": "yinsi.html",
                       "commit": "0de8ca5ef511c228acb7dc298681ce4ee2c39302", "license": "none (no licence file)"},
            "format": "html", "script": "hans", "region": "cn", "languages": ["zh"]}
    heads = [(293, 1, "我们收集您的个人信息吗？"), (308, 1, "数据存储与处理"), (318, 1, "第三方服务与数据共享"),
             (331, 1, "权限说明（仅限功能必要场景）"), (360, 1, "儿童隐私保护"), (369, 1, "隐私政策更新"),
             (379, 1, "联系我们"), (387, 1, "开发者承诺"), (393, 1, "免责声明")]
    phs = [(284, "【您的APP名称】", "app name slot in the header subtitle"),
           (296, "【您的APP名称】", "app name slot where the policy defines 本应用"),
           (381, "your-contact@example.com", "mailto: href of the contact e-mail is the template value"),
           (382, "your-contact@example.com", "contact e-mail shown to the reader is the template value"),
           (397, "【您的APP名称】", "app name slot in the disclaimer list"),
           (402, "【您的APP名称】", "app name slot in the footer copyright line")]
    return build(os.path.join(H, 'ismars-html'), 'yinsi.html', meta, (283,), heads, phs,
                 look=[(286, "最后更新日期：2025年6月23日 — filled date"),
                       (350, "拍照、录音（如需此功能） — a table cell hedge about the feature, not a template choice")],
                 notes="Personal GitHub Pages site (blog, weather, etc.) hosting an app's policy page: styled header (<h1> title, subtitle, "
                       "update date), <h2> sections with Font Awesome icons, a permissions table, contact and promise boxes with <h3>, footer. "
                       "The date and content were adapted, but the app name and e-mail were never filled in (6 slots). "
                       "Doubt: the two <h3> boxes (联系我们, 开发者承诺) are annotated level 1 (separate boxes between sections, not "
                       "subsections of 隐私政策更新), although their markup is smaller than the <h2>s.")

@doc('yifang-html')
def _():
    meta = {"source": {"repo": "yifangkeji/app", "path": "yinsi.html",
                       "commit": "9feac52027c57ac6a834d1e47a63fa2a86c0682e", "license": "none (no licence file)"},
            "format": "html", "script": "hans", "region": "cn", "languages": ["zh"]}
    heads = [(61, 1), (64, 1), (72, 1), (79, 1), (83, 1), (92, 1), (94, 1), (98, 1), (101, 1), (104, 1)]
    phs = [(105, "联系电话：xxxxxxx", "company phone number left as x's after a filled company name and address")]
    return build(os.path.join(H, 'yifang-html'), 'yinsi.html', meta, (57,), heads, phs,
                 look=[(60, "引言：… — a run-in lead opening a paragraph, not a heading"),
                       (68, "您了解并同意，以下信息不适用本隐私权政策： — a sentence introducing a list")],
                 notes="Company website (桂林易方科技) app policy: UTF-8 BOM alone on line 1, CRLF. Every section title is a bare <p> "
                       "(<p>1、安全可靠：</p>, <p> 2. 适用范围</p>, mixed 1、/2./8. numbering), the (a)/(b) items are content. "
                       "Four versions in history (all July 2019); this one (9feac52) was served with the x'd phone number; the last "
                       "(0b58079) replaced it with an e-mail and turned the titles into <h2>/<h4>.")

@doc('zjy-html')
def _():
    meta = {"source": {"repo": "zhangjinyuanshiwo/zhangjinyuanshiwo.github.io", "path": "yinsi.html",
                       "commit": "73be23ba29e151b8b0d064fbf723aa753f33147d", "license": "none (no licence file)"},
            "format": "html", "script": "hans", "region": "cn", "languages": ["zh"]}
    heads = [(24, 1), (34, 1), (35, 2), (38, 2), (40, 2), (42, 1), (43, 2), (50, 2), (54, 2), (58, 1), (65, 1), (67, 2),
             (71, 1), (73, 1)]
    phs = [(48, "【请填入关联公司名称】", "template slot for the affiliated companies, never filled"),
           (74, "通过以下方式与我们联系：", "contact section announces 以下方式 but gives none (empty contact field)"),
           (75, "（或个人信息保护专员）", "the template's alternative left in (专职部门 or 专员: pick one), and again no contact follows")]
    return build(os.path.join(H, 'zjy-html'), 'yinsi.html', meta, (15,), heads, phs,
                 amb=[27, 28],
                 look=[(14, "<h2 class=question-title></h2> — an empty heading element from the page template, nothing visible")],
                 notes="GitHub Pages app policy (repository also holds fuwu.html terms and eg_* examples). Every title is a <p>: a centred "
                       "<p> title (line 15), 一、 sections and （一） subsections; 1、/2、 items and the （一）…（五） full sentences under 四 "
                       "are list content. 27/28 （一）（二） under 一 are purpose items that read both as list items and as subsection titles: "
                       "ambiguous. Operator never named (本应用). Single version in history.")

@doc('archive-md')
def _():
    meta = {"source": {"repo": "whwhwhat/archive-privacy-policy", "path": "privacy_policy_zh.md",
                       "commit": "1ceb9c07eccce8a279e7941167ea87edf3a7a842", "license": "Apache-2.0 (repository licence)"},
            "format": "md", "script": "hans", "region": "cn", "languages": ["zh"]}
    path = os.path.join(H, 'archive-md', 'privacy_policy_zh.md')
    L = open(path, encoding='utf-8').read().split('\n')
    heads = [(i, 1) if s.startswith('## ') else (i, 2) for i, s in enumerate(L, 1) if s.startswith('## ') or s.startswith('### ')]
    phs = [(61, "TODO: your-support-email@example.com", "contact e-mail: TODO marker plus template address"),
           (62, "TODO: your-policy-url", "policy URL: TODO marker plus template value"),
           (66, "注：本文件是针对当前仓库代码行为的政策草案，不构成法律意见。正式上架前请根据你的主体信息、地区法规要求（如 GDPR/CCPA/PIPL）进行最终审阅。",
            "closing note to the author: a draft, review before store release")]
    return build(os.path.join(H, 'archive-md'), 'privacy_policy_zh.md', meta, (1,), heads, phs,
                 look=[(34, "（基于当前版本代码与权限） — a factual hedge inside a filled sentence, not a template aside"),
                       (41, "`android.permission.VIBRATE` — permission name in a code span")],
                 notes="App repository for a notes app (Archive); GitHub Pages policy repo (en/zh, md + html, licences page). "
                       "Clean # / ## 1. / ### 1.1 outline. This is the first version (1ceb9c0); 0cc7213 the same day filled the "
                       "e-mail and URL and removed the closing note. Five commits touch the policy files.")

@doc('dmclqt-md')
def _():
    meta = {"source": {"repo": "heipiao233/dmclqt", "path": "privacy.zh.md",
                       "commit": "d7c093c4b2d470ca0856fb718a45e2d7c20db1c6", "license": "MIT (repository licence)"},
            "format": "md", "script": "hans", "region": "cn", "languages": ["zh"]}
    heads = [(6, 1), (19, 2), (24, 2), (28, 1), (46, 1), (48, 2), (53, 2), (56, 1), (59, 1)]
    return build(os.path.join(H, 'dmclqt-md'), 'privacy.zh.md', meta, (1,), heads, [],
                 look=[(57, "\".dmclqt/config.json\" — a file path in quotes"),
                       (22, "我们没有找到他们的隐私声明。 — an honest statement, not a TODO")],
                 notes="CLEAN (precision). Minecraft launcher (DMCLQT) source repository, policy in Markdown. Inconsistent # depths: "
                       "sections are ## until line 46, then 个人信息的保护 and 隐私协议的更新 are # like the title; a reader sees them as "
                       "further top-level sections (level 1). The policy gives no contact address at all (a content gap, not a slot).")

@doc('linkn-md')
def _():
    meta = {"source": {"repo": "myang2984-arch/LINKN_docs", "path": "privacy_policy_zh.md",
                       "commit": "75961b0b32ea294d7fb459776e154a38a73b243e", "license": "none (no licence file)"},
            "format": "md", "script": "hans", "region": "cn", "languages": ["zh"]}
    path = os.path.join(H, 'linkn-md', 'privacy_policy_zh.md')
    L = open(path, encoding='utf-8').read().split('\n')
    heads = []
    for i, s in enumerate(L, 1):
        if s.startswith('#### '): heads.append((i, 3))
        elif s.startswith('### '): heads.append((i, 2))
        elif s.startswith('## '): heads.append((i, 1))
    return build(os.path.join(H, 'linkn-md'), 'privacy_policy_zh.md', meta, (1,), heads, [],
                 look=[(6, "**最后更新：** 2025 年 12 月 28 日 while line 290 says 2026 年 4 月 19 日 — stale date, not a slot"),
                       (49, "### 1.6 邮箱订阅信息(可选) — (可选) describes an optional feature, not a template choice"),
                       (187, "**符合 COPPA（儿童在线隐私保护法）规定。** — a bold sentence, not a heading")],
                 notes="CLEAN (precision). Docs repository of an app (Linkn), 5 versions of the policy (Nov 2025 - Apr 2026), this is HEAD. "
                       "Bold metadata block (应用名称/开发者/日期), ## 1. sections, ### 1.1 subsections, #### third-party service names "
                       "under 3.1 (level 3); numbered lists with bold labels under 10 and 13 are list content; --- rules between sections. "
                       "Only defect: the header's 最后更新 date was not updated with the footer's (not a placeholder).")

@doc('exchange-txt')
def _():
    meta = {"source": {"repo": "iamweilee/Exchange", "path": "public/隐私权政策.txt",
                       "commit": "a5c9b406703da9b92c4c7b9f5c92738c17a756fd", "license": "none (no licence file)"},
            "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"]}
    heads = [(8, 1), (13, 2), (25, 2), (29, 1), (30, 2), (36, 2), (40, 2), (44, 1), (45, 2), (61, 2), (69, 2), (77, 1),
             (94, 1), (97, 2), (107, 2), (113, 2), (131, 2), (139, 2), (145, 2), (151, 2), (155, 2), (173, 1), (182, 1),
             (189, 1), (192, 1)]
    return build(os.path.join(H, 'exchange-txt'), '隐私权政策.txt', meta, (1,), heads, [],
                 amb=[15], amb_ph=[4],
                 look=[(55, "我们的关联公司:暂无 — the template's affiliated-company slot, filled with 暂无"),
                       (6, "我们的产品（或服务） — the template's own wording, not a choice left open"),
                       (2, "2019年 6月26日 — filled date with a stray space")],
                 notes="Near-clean plain text (precision): a crypto-exchange app's policy (web public/ folder of a Vue app), "
                       "the common Alibaba-style template filled in (company, e-mail, 关联公司 暂无). Only residue: the template's 【】 "
                       "left around the filled company name on line 4 (ambiguous_placeholder_lines, as goldsearch-html in dev3). "
                       "Bare 一、/（一） title lines; the （一）…（五） full sentences under 四 and the 1、… items are content; "
                       "业务功能：注册成为用户 (15) is a label line: ambiguous.")

@doc('weathermood-tw-txt')
def _():
    meta = {"source": {"repo": "Tomas2k/weather_mood", "path": "privacy_zh.txt",
                       "commit": "8326759059025fc5bf783fe4b3c44b6d9be644f6", "license": "none (no licence file)"},
            "format": "txt", "script": "hant", "region": "tw", "languages": ["zh"]}
    path = os.path.join(H, 'weathermood-tw-txt', 'privacy_zh.txt')
    L = open(path, encoding='utf-8').read().replace('\r\n', '\n').split('\n')
    heads = []
    for i, s in enumerate(L, 1):
        if s.startswith('### '): heads.append((i, 2))
        elif s.startswith('## '): heads.append((i, 1))
    return build(os.path.join(H, 'weathermood-tw-txt'), 'privacy_zh.txt', meta, (1,), heads, [],
                 look=[(132, "Email: [teamtaiwanwinwin@gmail.com](mailto:…) — a filled Markdown link inside a .txt, not a bracket slot")],
                 notes="CLEAN (precision). Taiwan zh-Hant (隱私權政策, 蒐集) policy of an Android weather app with AI characters, one of six "
                       "language files (de/en/fr/it/ja/zh). A .txt file written in Markdown (# title, ## 1. sections, ### subsections, "
                       "* bullets, --- rules, a Markdown mailto link), CRLF line breaks. Headings annotated as a reader of the text sees them.")

@doc('supernote-html')
def _():
    meta = {"source": {"repo": "daydayup-tlj/Supernote", "path": "privacy_zh.html",
                       "commit": "db86395b73f761599d265b1c8a2fb044ad5fa734", "license": "none (no licence file)"},
            "format": "html", "script": "hans", "region": "cn", "languages": ["zh"]}
    heads = [(142, 1), (158, 1), (174, 1), (187, 1), (197, 1), (213, 1), (220, 1)]
    phs = [(133, "[请填写发布日期，例如：2024年1月1日]", "effective date: fill-in instruction with an example"),
           (134, "[请填写最后更新日期，例如：2024年1月1日]", "last-updated date: fill-in instruction with an example"),
           (225, "[请在此处填写您的联系方式，例如：]", "instruction line in the contact section"),
           (228, "[您的邮箱地址]", "developer e-mail slot")]
    return build(os.path.join(H, 'supernote-html'), 'privacy_zh.html', meta, (132,), heads, phs,
                 amb=[131],
                 look=[(205, "\"设置\" > \"[您的姓名]\" > \"iCloud\" — the iOS Settings path (the user's own name row), not a slot"),
                       (166, "匿名诊断数据（可选） — describes an optional system setting, not a template choice")],
                 notes="iOS notes app (超好记), GitHub Pages legal pages (privacy/agreement, zh/en). No <h*> at all: a header with "
                       "div.app-name (brand, line 131: ambiguous) and div.policy-title (title, 132), sections titled by div.section-title "
                       "and div.contact-title; the 1. <strong>label：</strong> items are content. First version (Create, 2025-12-24); "
                       "the next commits the same day filled the dates and contact, and two later ones changed the e-mail. "
                       "The author's other apps (SuperBill, SuperCalculator) reuse the text with the same iOS-path look-alike.")

@doc('unmute-game-html')
def _():
    meta = {"source": {"repo": "wuray216-ctrl/unmute-legal-", "path": "privacy_zh.html",
                       "commit": "fdd335aba4c3ac4ea6f6b87ab4211e9ff323d9d3", "license": "none (no licence file)"},
            "format": "html", "script": "hans", "region": "cn", "languages": ["zh"]}
    path = os.path.join(H, 'unmute-game-html', 'privacy_zh.html')
    L = open(path, encoding='utf-8').read().split('\n')
    heads = []
    for i, s in enumerate(L, 1):
        if '<h2>' in s: heads.append((i, 1))
        elif '<h3>' in s: heads.append((i, 2))
    return build(os.path.join(H, 'unmute-game-html'), 'privacy_zh.html', meta, (29,), heads, [],
                 look=[(144, "13岁以下（某些地区为16岁以下） — a stated regional rule, not a bracketed choice left open")],
                 notes="CLEAN (precision). Legal pages repository of a game (石头剪刀布, rock-paper-scissors with social features): "
                       "privacy/terms in zh and en. Plain <h1> title, <h2> 1.-12. sections, <h3> 2.1/4.1/7.1 subsections. Filled e-mail.")

@doc('superbill-html')
def _():
    meta = {"source": {"repo": "daydayup-tlj/SuperBill", "path": "privacy_zh.html",
                       "commit": "3a16f3fa32db7f3e7eef6aeddc515b7c9c914d6d", "license": "none (no licence file)"},
            "format": "html", "script": "hans", "region": "cn", "languages": ["zh"]}
    heads = [(142, 1), (158, 1), (174, 1), (187, 1), (197, 1), (213, 1), (220, 1)]
    return build(os.path.join(H, 'superbill-html'), 'privacy_zh.html', meta, (132,), heads, [],
                 amb=[131], amb_ph=[133, 134],
                 look=[(144, "本应用是一个完全离线的笔记与待办事项管理工具 — copied from the author's notes app into an accounting app's "
                             "policy: a content error, not a slot"),
                       (226, "开发者邮箱：tlj_daydayup@163.com — filled")],
                 notes="Near-clean (precision). Same author and template as supernote-html (accounting app 超人记账, HEAD after four "
                       "revisions): every slot filled. Residue only: the template's square brackets left around the filled dates "
                       "(生效日期：[2026年3月24日], lines 133-134): ambiguous_placeholder_lines. The app description in section 一 is the "
                       "notes app's (a copy-paste defect a reviewer should catch, but not a placeholder).")

@doc('watchhr-tw-html')
def _():
    meta = {"source": {"repo": "HenryHan168/watchHRhtml", "path": "privacy-zh-TW.html",
                       "commit": "27cc9cb4393988ea6d937d8aa59d6905c7ac7f19", "license": "none (no licence file)"},
            "format": "html", "script": "hant", "region": "tw", "languages": ["zh"]}
    heads = [(176, 1, "概述"), (182, 1, "我們收集的資料"), (184, 2), (193, 2), (203, 1, "我們如何使用您的資料"),
             (214, 1, "資料儲存和安全"), (216, 2), (225, 2), (236, 1, "資料分享"), (246, 1, "您的權利和控制"), (248, 2), (257, 2),
             (267, 1, "Cookie 和追蹤"), (272, 1, "兒童隱私"), (277, 1, "國際用戶"), (282, 1, "本政策的變更"), (293, 1, "聯絡我們")]
    return build(os.path.join(H, 'watchhr-tw-html'), 'privacy-zh-TW.html', meta, (171,), heads, [],
                 amb_ph=[198, 240],
                 look=[(316, "<h4>產品</h4> (and 322 支援, 328 下載) — footer column headings of the site chrome, not policy sections"),
                       (148, "nav links 首頁/功能特色/價格方案/隱私政策 — site menu")],
                 notes="Near-clean (precision), Taiwan zh-Hant. Product website of an Apple Watch heart-rate app (10 language versions "
                       "of the policy): nav bar, 返回首頁 back link, <h1> title with 最後更新, <h2> sections with Font Awesome icons, "
                       "<h3> subsections, a contact box with <h3> 聯絡我們 (annotated level 1, as in ismars-html), and a footer with "
                       "<h4> column titles (chrome, not headings). Two generator hedges in lists, 效能和崩潰資料（如適用） and "
                       "服務提供商（如有）: ambiguous_placeholder_lines (treated like ecolove-hk-md's （如適用）).")

if __name__ == '__main__':
    only = sys.argv[1:]
    for name, f in DOCS.items():
        if only and name not in only:
            continue
        print(name, f())
