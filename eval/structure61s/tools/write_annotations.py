#!/usr/bin/env python3
"""Write the hand annotations of eval/structure61s (helper m61s, sixty-first session) as annotation.json files.

Every value below was decided by reading each document in full, before policylens was run on any of them
(line numbers looked up with grep -n). Kept as a script so the decisions are reviewable in one place.
Shape copied from eval/structure55s/tools/write_annotations.py.
"""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IDX = "not checked: index text (treat as all rights reserved; test fixture only)"


def src(index_id, chars, note):
    return {
        "repo": None,
        "path": "(read_file names no repository for the id)",
        "commit": None,
        "index_id": index_id,
        "mode": f"index text ({chars} characters, written out character for character; length checked)",
        "license": IDX,
        "note": note,
    }


def h(line, level, text):
    return {"line": line, "level": level, "text": text}


def t(text, line=None):
    """An expected snippet; its line is looked up in the file unless given (a value the page renders from a
    constant is not written on its own line)."""
    return {"line": line, "text": text}


DOCS = {
    ("dev", "dance-wx-js"): {
        "source": src(
            "71351661727",
            2666,
            "a WeChat mini-program's 「关于」 page script (a dance-class timetable aggregator): the 用户隐私保护指引 is a "
            "PRIVACY_SECTIONS array of {title, lines} objects handed to the page's data (the WXML that renders it is "
            "not in the file)",
        ),
        "format": "js",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "mini-program Page() script: a leading block comment (numbered 1./2./3. notes), a const array of "
        "section objects {title: \"一、…\", lines: [\"…\", …]}, Page({data: {…, privacySections, updatedAt}}) and "
        "handlers calling wx.showModal({title, content})",
        "file": "about.js",
        "title": None,
        "level_note": "no title in the file (the page's WXML holds it): the six section titles are level 1",
        "headings": [
            h(19, 1, "一、我们收集哪些信息"),
            h(28, 1, "二、我们如何使用信息"),
            h(36, 1, "三、信息的存储与共享"),
            h(43, 1, "四、你的权利"),
            h(50, 1, "五、未成年人信息"),
            h(56, 1, "六、指引的更新"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [5, 8, 10, 11, 90, 109],
        "look_alike_note": "5–15 the block comment (「「关于」页」, numbered 1./2./3. notes: code comment, not text); "
        "90 wx.showModal title 「已复制备案号」 and 109 「意见反馈」 (dialog titles, not sections)",
        "expected_text": [
            t("微信登录标识：你首次打开时通过微信登录换取 openid"),
            t("开课提醒通过微信订阅消息下发，需你主动授权一次"),
            t("如需注销账号或导出、删除你的全部数据"),
            t("本指引如有更新，会在本页更新版本日期"),
        ],
    },
    ("dev", "gyparts-tsx"): {
        "source": src(
            "60274184473",
            4500,
            "GYPARTS 报价系统 (a B2B parts-quotation platform): a Next.js privacy page; sections are a local "
            "<Section title=\"…\"> component rendering <h2>{title}</h2>, paragraphs a local <P strong?> component",
        ),
        "format": "tsx",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "Next.js TSX: metadata {title, description}, an EFFECTIVE_DATE constant, local components "
        "Section({title}) → <h2>{title}</h2> and P({strong}) → <p className=…>, <h1>, a blue intro box, nine "
        "<Section title=\"一、…\"> blocks of numbered <P> clauses (some strong), a footer with <Link>s",
        "file": "page.tsx",
        "title": {"line": 31, "text": "隐私政策"},
        "level_note": "the nine <Section title> blocks are level 1 under the <h1> title",
        "headings": [
            h(41, 1, "一、我们收集的信息"),
            h(48, 1, "二、我们如何使用信息"),
            h(53, 1, "三、信息的共享、公开与脱敏"),
            h(62, 1, "四、信息的存储与保护"),
            h(68, 1, "五、您的权利"),
            h(74, 1, "六、Cookie 与同类技术"),
            h(78, 1, "七、未成年人保护"),
            h(82, 1, "八、政策的更新"),
            h(86, 1, "九、联系我们"),
        ],
        "ambiguous_lines": [6],
        "ambiguous_note": "6 the metadata title 「隐私政策 - GYPARTS 报价系统」 (the same title as the <h1>)",
        "look_alike_lines": [15, 42, 50, 54, 58, 59, 91, 92],
        "look_alike_note": "15 the Section component's own <h2>{title}</h2> template; 42/50/58/59 strong <P> clauses "
        "(「1.1 账号注册信息：…」, 「2.2 …」, 「3.2 …」, 「3.3 …」: whole sentences); 54 a lead-in ending 「：」; 91/92 the "
        "footer (91 a sentence with a <Link>, 92 the 返回注册 · 返回首页 links)",
        "expected_text": [
            t("生效日期：2026年8月31日", 32),
            t("您勾选同意并完成注册，即表示您已理解并同意本政策所述的信息处理活动。"),
            t("1.1 账号注册信息：当您注册账号时"),
            t("（1）为完成短信发送，向短信服务商提供您的手机号码"),
            t("共同构成您使用本平台服务的完整约定"),
        ],
    },
    ("dev", "novel-rn-tsx"): {
        "source": src(
            "18211721625",
            3752,
            "「Novel App」 (a reading app): a React Native PrivacyPolicyPage; section titles are <Text> with an inline "
            "style array {fontWeight: '600'}, each preceded by a JSX comment repeating the title",
        ),
        "format": "tsx",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "React Native TSX: a top bar (back arrow ‹, <Text style={styles.topBarTitle}>隐私政策</Text>), a "
        "ScrollView of <Text style={styles.descriptionText}> paragraphs; headings are "
        "<Text style={[styles.descriptionText, { marginTop: 16, fontWeight: '600' }]}>一、…</Text>",
        "file": "PrivacyPolicyPage.tsx",
        "title": {"line": 35, "text": "隐私政策"},
        "level_note": "the six 一、… titles are level 1 under the top bar's title",
        "headings": [
            h(51, 1, "一、信息收集"),
            h(63, 1, "二、信息使用"),
            h(70, 1, "三、信息共享"),
            h(76, 1, "四、信息存储与保护"),
            h(82, 1, "五、您的权利"),
            h(88, 1, "六、联系我们"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [10, 32, 50, 53, 56, 59, 62, 65, 69, 75, 81, 87, 93],
        "look_alike_note": "10 the doc comment 「隐私政策页面」; 32 the back arrow ‹; 50/62/69/75/81/87 JSX comments "
        "repeating each title ({/* 一、信息收集 */}: the heading is the <Text> line after); 53/56/59 numbered clauses "
        "「1.1 账户信息：…」 (whole sentences); 65 a lead-in 「…包括：」 followed on 66 by (1)…(5) in one paragraph; "
        "93 the closing effective-date paragraph",
        "expected_text": [
            t("阅读并同意本政策后，您可以放心使用 Novel App 的全部功能。"),
            t("(1) 提供核心阅读服务"),
            t("1.3 设备信息：为保障应用安全与功能正常运行"),
            t("隐私设置\"中执行上述操作"),
            t("本政策自 2024-01-01 起生效。"),
        ],
    },
    ("dev", "wordpulse-rn-tsx"): {
        "source": src(
            "55247864836",
            4682,
            "WordPulse (an English vocabulary app): one React Native PrivacyScreen showing the privacy policy or the "
            "user agreement by a `type` prop: a header title ternary and two content components",
        ),
        "format": "tsx",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "React Native TSX: a header (关闭 button, <Text style={styles.headerTitle}>{isPrivacy ? '隐私政策' : "
        "'用户协议'}</Text>), {isPrivacy ? <PrivacyContent/> : <TermsContent/>}; each content component a date "
        "line then <Text style={styles.sectionTitle}>一、…</Text> + <Text style={styles.body}> pairs; a StyleSheet",
        "file": "PrivacyScreen.tsx",
        "title": {"line": 24, "text": "隐私政策"},
        "level_note": "the privacy document's six sections level 1 under the header title (the ternary's privacy "
        "branch); the terms component (75–106) is another document shown only for type 'terms': its five section "
        "lines are ambiguous (a reader of the privacy page never sees them; a loader may keep or drop them)",
        "headings": [
            h(41, 1, "一、我们收集的信息"),
            h(47, 1, "二、信息存储"),
            h(53, 1, "三、信息共享"),
            h(58, 1, "四、数据安全"),
            h(63, 1, "五、您的权利"),
            h(68, 1, "六、政策更新"),
        ],
        "ambiguous_lines": [79, 85, 91, 97, 103],
        "ambiguous_note": "79/85/91/97/103 the terms component's section titles (一、服务说明 … 五、协议修改): another "
        "document, rendered only when type is 'terms'",
        "look_alike_lines": [21, 39, 77],
        "look_alike_note": "21 the 关闭 button; 39/77 the date lines 「更新日期：2025年5月」",
        "expected_text": [
            t("更新日期：2025年5月"),
            t("仅收集您主动输入的手机号码，用于在本地标识您的学习进度。"),
            t("卸载应用后，所有本地数据将被清除。"),
            t("本隐私政策可能会不时更新。更新后的政策将在应用内公布，建议您定期查阅。"),
        ],
    },
    ("holdout", "jidezhu-swift"): {
        "source": src(
            "42484681748",
            3520,
            "记得住 (a memorisation app): a SwiftUI PrivacyPolicyView; headings are Text(\"一、…\").font(.headline), "
            "bodies one Text per section with \\n-separated clauses and - bullets",
        ),
        "format": "swift",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "SwiftUI: Text(\"记得住隐私政策\").font(.largeTitle), an intro Text with escaped quotes, two Group {…} "
        "blocks of Text(\"一、…\").font(.headline) + Text(\"1.1 …：…\\n- …\"), .navigationTitle(\"隐私政策\")",
        "file": "PrivacyPolicyView.swift",
        "title": {"line": 11, "text": "记得住隐私政策"},
        "level_note": "the nine .headline titles level 1 under the .largeTitle title",
        "headings": [
            h(20, 1, "一、我们收集的信息"),
            h(26, 1, "二、我们如何使用您的信息"),
            h(32, 1, "三、信息存储"),
            h(40, 1, "四、信息安全"),
            h(46, 1, "五、信息共享"),
            h(52, 1, "六、您的权利"),
            h(58, 1, "七、儿童隐私"),
            h(64, 1, "八、隐私政策的变更"),
            h(70, 1, "九、联系我们"),
        ],
        "ambiguous_lines": [78],
        "ambiguous_note": "78 .navigationTitle(\"隐私政策\") (the navigation bar's title, the same policy)",
        "look_alike_lines": [5, 23, 29, 35, 43, 49, 55, 67],
        "look_alike_note": "5 a code comment; 23/29/35/43/49/55/67 body Texts whose clauses open 「1.1 您提供的信息：…」 "
        "「2.1 提供、维护和改进我们的服务：」 (a label lead-in then \\n- bullets inside one string)",
        "expected_text": [
            t("本隐私政策描述了记得住应用"),
            t("您创建的学习内容"),
            t("3.2 存储期限"),
            t("响应紧急情况"),
            t("shicfp@126.com"),
        ],
    },
    ("holdout", "goat-rn-tsx"): {
        "source": src(
            "54980835945",
            2742,
            "灵感山羊AI创作平台 (an AI writing app): a React Native (NativeWind className) privacy screen; each section "
            "one <Text> holding a bold <Text> title then {\"\\n\"}-separated numbered lines",
        ),
        "format": "tsx",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "React Native TSX with className: a gradient header View (title, subtitle, date), then per section "
        "<Text className=\"… leading-7\"><Text className=\"font-bold\">一、…</Text>{\"\\n\"} 1. …{\"\\n\"} 2. …</Text>; a "
        "contact line at the end",
        "file": "privacy.tsx",
        "title": {"line": 12, "text": "隐私政策"},
        "level_note": "the seven bold titles level 1 under the header title",
        "headings": [
            h(20, 1, "一、信息收集"),
            h(28, 1, "二、信息使用"),
            h(36, 1, "三、信息共享"),
            h(43, 1, "四、信息存储"),
            h(50, 1, "五、用户权利"),
            h(58, 1, "六、Cookie使用"),
            h(63, 1, "七、未成年人保护"),
        ],
        "ambiguous_lines": [13],
        "ambiguous_note": "13 the header subtitle 「灵感山羊AI创作平台隐私保护说明」 (a second title line; as a heading it "
        "would hold nothing but the date)",
        "look_alike_lines": [10, 14, 17, 21, 22, 23, 24, 29, 37, 44, 51, 68],
        "look_alike_note": "10/17 JSX comments; 14 the date; 21–24, 29–32, 37–39, 44–46, 51–54 numbered lines "
        "「1. 账户信息：…」 inside a section's <Text>; 68 the contact line",
        "expected_text": [
            t("灵感山羊AI创作平台隐私保护说明"),
            t("更新日期：2024年1月1日"),
            t("1. 账户信息：手机号码、昵称、头像等注册信息。"),
            t("3. 法律法规要求时，配合相关部门提供信息。"),
            t("privacy@inspiration-goat.com"),
        ],
    },
}


# Added at 23:26 UTC after the first run of the six above (m61s, still Part A): two data-driven pages, annotated here
# before their own first run; held out lvpaopao-tsx (random.Random(61).sample(['demox-tsx', 'lvpaopao-tsx'], 1)).
DEMOX_ZH = [(12, "一、我们收集的信息"), (21, "二、我们如何使用这些信息"), (29, "三、内容自动审核与合规要求"),
            (40, "四、我们如何存储和保护信息"), (48, "五、Cookie 政策"), (54, "六、信息共享、转让与公开披露"), (62, "七、您的权利"),
            (71, "八、与第三方服务的关系"), (78, "九、未成年人保护"), (81, "十、本政策的更新"), (84, "十一、联系我们")]
DOCS[("dev", "demox-tsx")] = {
    "source": src(
        "68601011025",
        10708,
        "Demox (a static-site hosting service): a React privacy page whose whole text is a `copy` object with a zh and "
        "an en entry (title, updated, intro, collectTitle/collectLead/collectItems, …); the page renders "
        "copy[language === 'en' ? 'en' : 'zh'] through <LegalArticle>/<LegalSection title={t.collectTitle}>",
    ),
    "format": "tsx",
    "script": "hans",
    "region": "cn",
    "languages": ["zh", "en"],
    "kind": "TSX data: `const copy = { zh: {eyebrow, title, updated, intro, xxxTitle, xxxLead, xxxItems: [...], xxxNote, "
    "xxxBody, thirdP1..3}, en: {same keys} } as const`, then a component mapping the keys into LegalArticle / LegalSection "
    "/ LegalP / LegalList",
    "file": "privacy.tsx",
    "title": {"line": 8, "text": "Demox 隐私政策"},
    "level_note": "the zh copy (the default language) is the page: its eleven xxxTitle values level 1 under its title; "
    "the en copy is the same page in the other language (shown only when the language is en): its title and section "
    "titles are ambiguous",
    "headings": [h(n, 1, s) for n, s in DEMOX_ZH],
    "ambiguous_lines": [7, 89, 90, 94, 103, 111, 122, 130, 136, 144, 153, 160, 163, 166],
    "ambiguous_note": "7/89 the eyebrow 「Privacy Policy」 over the title; 90 the en title and 94–166 the en section "
    "titles (the other language's copy)",
    "look_alike_lines": [9, 13, 22, 31, 42, 56, 63, 177],
    "look_alike_note": "9 the updated line; 13/22/31/42/56/63 the xxxLead values lead-ins ending 「：」; 177 the "
    "<LegalArticle …> props line",
    "expected_text": [
        t("最近更新：2026-07-21"),
        t("我们非常重视您的隐私与数据安全。本隐私政策说明 Demox 如何收集"),
        t("第三方登录信息：当您选择飞书登录时"),
        t("使用 Demox 即表示您理解并同意：内容会被自动审核"),
        t("可通过 phosa@qq.com 或站内反馈渠道与我们取得联系"),
    ],
}
LPP_TERMS = [(30, "一、服务内容"), (35, "二、账号注册与使用"), (40, "三、用户行为规范"), (45, "四、知识产权"),
             (50, "五、免责声明"), (55, "六、协议修改"), (60, "七、联系我们")]
LPP_PRIVACY = [(78, "一、我们收集的信息"), (83, "二、我们如何使用信息"), (88, "三、信息共享"), (93, "四、信息存储与安全"),
               (98, "五、您的权利"), (103, "六、未成年人保护"), (108, "七、隐私政策更新"), (113, "八、联系我们")]
DOCS[("holdout", "lvpaopao-tsx")] = {
    "source": src(
        "56733353982",
        10188,
        "绿泡泡 (an instant-messaging desktop client): the settings page's 关于 section; its 用户协议 and 隐私政策 are a "
        "legalContent object of {kind: 'title'|'meta'|'section'|'body'|'footer', text} parts rendered as h3/em/h4/p/small "
        "when the matching 查看 button is clicked",
    ),
    "format": "tsx",
    "script": "hans",
    "region": "cn",
    "languages": ["zh"],
    "kind": "TSX data: `legalContent = { terms: {title, parts: [{kind, text}, …]}, privacy: {title, parts} }`, bodies "
    "with \\n\\n-separated 「1.1 …」 clauses and • bullets; a settings UI (version, feedback form, 查看 rows) below",
    "file": "HelpAboutSettingsSection.tsx",
    "title": None,
    "level_note": "a settings page holding two documents, each shown on its own: each kind 'title' part level 1 "
    "(绿泡泡用户服务协议 23, 绿泡泡隐私政策 71) and its kind 'section' parts level 2; no page title",
    "headings": [h(23, 1, "绿泡泡用户服务协议")] + [h(n, 2, s) for n, s in LPP_TERMS]
    + [h(71, 1, "绿泡泡隐私政策")] + [h(n, 2, s) for n, s in LPP_PRIVACY],
    "ambiguous_lines": [21, 69],
    "ambiguous_note": "21 「用户协议」 / 69 「隐私政策」: each panel's title (shown in the panel header beside 返回), a "
    "second title of the same document",
    "look_alike_lines": [24, 25, 65, 72, 73, 118, 187, 204, 218, 227, 234],
    "look_alike_note": "24/25/72/73 the meta date parts; 65/118 the footer parts; 187 返回; 204 版本信息 and 218 反馈 "
    "(settings card headers); 227–230 feedback options; 234… input placeholders",
    "expected_text": [
        t("更新日期：2026年1月1日", 72),
        t("注册时您需提供手机号码或邮箱地址"),
        t("• 为保护用户或公众的合法权益"),
        t("我们将在15个工作日内回复您的请求。"),
    ],
}

for (which, name), ann in DOCS.items():
    ann["annotated_before_run"] = True
    with open(os.path.join(HERE, which, name, ann["file"]), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for x in ann["expected_text"]:  # the line of each expected text is looked up, not guessed
        if x["line"] is None:
            x["line"] = next(i for i, ln in enumerate(lines, 1) if x["text"] in ln)
    for hd in ann["headings"]:  # each heading's text is on its line
        assert hd["text"] in lines[hd["line"] - 1], (name, hd)
    if ann["title"]:
        assert ann["title"]["text"] in lines[ann["title"]["line"] - 1], (name, ann["title"])
    path = os.path.join(HERE, which, name, "annotation.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(ann, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(path)
