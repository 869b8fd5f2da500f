#!/usr/bin/env python3
"""Hand annotations of eval/structure43 (source of truth, forty-third session, helper u43a): `python3 eval/structure43/tools/annotate43.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
Each heading is (line, level, text): the line is the source line holding the start of the heading's text (for the
Word export, the line of its number 「1.&nbsp;」, the title itself runs on to the next line).  The script checks that
the first two characters of each annotated text stand on its line (after `&nbsp;` is read as a space), refuses a line
annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.
Format copied from eval/structure42c/tools/annotate42c.py.  Standard library only.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

INDEX_LICENSE = "unknown: index text only (treat as all rights reserved; test fixture only)"
NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


def index_src(index_id, chars, note):
    """A text the code index gave by id (read_file), saved as given (its total_chars checked); no repository named."""
    return {"repo": None, "path": None, "commit": None, "index_id": index_id, "mode": f"index text ({chars} characters)",
            "license": INDEX_LICENSE, "note": note}


def repo_src(repo, commit, path, license_, note, blob):
    """A file taken byte for byte from a repository snapshot (`git show COMMIT:PATH`); blob = its git hash-object."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "git blob", "blob": blob,
            "license": license_, "note": note}


LANGS = {"carvcon-privacy-hk-jsx": ["zh", "en"]}

# name: (set, file, source, script, region, kind, title (line, text) or None, [(line, level, text)], ambiguous,
#        look-alikes [(line, text)], notes)
DOCS = {
    "zhuxiang-privacy-taro": (
        "dev", "privacy.tsx",
        index_src("62009604954", 2604, "a liquor shop mini-program's privacy policy (竹香酒小程序隐私政策), Taro + "
                  "CSS module (file name assumed from its header comment: privacy.tsx)"),
        "hans", "cn",
        "**Taro TSX, CSS-module classes**: every element a `<View className={styles.x}>` (styles from "
        "`./privacy.module.scss`), the title `styles.title`, five section titles `styles.sectionTitle` 一、…五、, "
        "numbered list items `styles.listItem`, a closing health warning `styles.warning`",
        (14, "竹香酒小程序隐私政策"),
        [(18, 1, "一、信息收集"), (31, 1, "二、信息使用"), (44, 1, "三、信息存储"), (51, 1, "四、用户权利"),
         (60, 1, "五、联系方式")],
        [],
        [(15, "最后更新：2026年8月18日"), (23, "1. 手机号码（用于会员注册与登录）"), (53, "1. 您有权查看和修改个人信息"),
         (67, "过量饮酒有害健康")],
        "Title 14. Level 1: the five styles.sectionTitle views. Look-alikes: the date, numbered list items (short, no "
        "end punctuation), the health warning after the last section.",
    ),
    "fitfin-privacy-taro": (
        "dev", "index.tsx",
        index_src("55082231215", 5235, "a gym finance mini-program's privacy policy (FitFin 健身财务助手), Taro "
                  "(file name assumed: index.tsx)"),
        "hans", "cn",
        "**Taro TSX, string classes**: a nav bar (`back-btn` with ← 返回, `nav-title` 隐私政策), a header with the "
        "product name (`privacy-title`) and two dates, then `<View className=\"privacy-section\">` blocks each with a "
        "`<Text className=\"section-title\">` (引言, 一、…九、) over `section-text` rows and `• ` bullet rows, a footer",
        (20, "隐私政策"),
        [(32, 1, "引言"), (43, 1, "一、我们收集的信息"), (57, 1, "二、信息存储"), (70, 1, "三、信息使用"),
         (82, 1, "四、数据安全"), (93, 1, "五、您的权利"), (104, 1, "六、数据导出"), (112, 1, "七、未成年人保护"),
         (120, 1, "八、隐私政策的更新"), (128, 1, "九、联系我们")],
        [26],
        [(17, "←"), (18, "返回"), (27, "更新日期：2026年6月10日"), (28, "生效日期：2026年6月10日"),
         (47, "• 每日经营数据：收入、支出、课时、会员数等"), (140, "© 2026 FitFin 健身财务助手")],
        "Title 20 (the nav bar's 隐私政策 names the document; the header's 「FitFin 健身财务助手」 (26) is the product "
        "name, ambiguous: a title reading is defensible). Level 1: 引言 and 一、…九、 (section-title). Look-alikes: the "
        "back button, the dates, bullet rows, the footer's copyright.",
    ),
    "fushan-privacy-taro": (
        "dev", "index.tsx",
        index_src("47657565553", 1696, "an online course mini-program's privacy policy (《富山德易堂》隐私政策), Taro, "
                  "CRLF line ends (1,653 characters + 43 CR; file name assumed: index.tsx)"),
        "hans", "cn",
        "**Taro TSX, a `<View>` title class**: `<View className=\"title\">` then seven `<View "
        "className=\"section-title\">` 一、…七、, each over `<Text className=\"paragraph\">` rows (numbered 1. 2. rows "
        "with a run-in label 「账户信息：」), CRLF",
        (13, "《富山德易堂》隐私政策"),
        [(15, 1, "一、我们收集的信息"), (20, 1, "二、信息的使用"), (24, 1, "三、信息的共享与披露"), (28, 1, "四、信息存储与保护"),
         (32, 1, "五、用户权利"), (36, 1, "六、政策更新"), (39, 1, "七、联系我们")],
        [],
        [(8, "隐私政策"), (16, "1. 账户信息：包括微信昵称、头像、地区、OpenID 等。"), (21, "1. 提供、维护和优化服务体验。")],
        "Title 13. Level 1: the seven section-title views. Look-alikes: the navigation-bar title in "
        "setNavigationBarTitle (8), numbered paragraph rows (sentences).",
    ),
    "wederm-pics-rn": (
        "dev", "PersonalInformationCollectionStatementZH.js",
        index_src("48394884032", 3830, "Hong Kong: a skin-care app's personal information collection statement "
                  "(WeDerm Limited, 收集個人資料聲明), React Native; file name from its component name"),
        "hant", "hk",
        "**Hong Kong, React Native `.js`**: a `<Header>` component title, section titles `<Text "
        "style={styles.heading}>` (a StyleSheet style with fontWeight bold), paragraphs with `{'\\n\\n'}` and "
        "`{'\\n1. '}` breaks inside one `<Text>`, a signature block (簽署:/姓名:/日期:)",
        (26, "收集個人資料聲明"),
        [(36, 1, "使用個人資料"), (50, 1, "轉移個人資料"), (57, 1, "查閱及更改已收集資料之權利")],
        [],
        [(39, "處理閣下向WeDerm訂購產品的訂單；"), (65, "簽署:"), (69, "姓名: ____________________"),
         (71, "日期: ____________________（年/月/日）")],
        "Title 26 (the Header component). Level 1: the three styles.heading texts. The opening paragraphs (29-33) "
        "belong to no section. Look-alikes: the numbered uses ({'\\n1. '} rows), the signature fields.",
    ),
    "carvcon-privacy-hk-jsx": (
        "dev", "PrivacyPolicyPage.jsx",
        index_src("20746353911", 15518, "Hong Kong: a used-car valuation site's privacy policy (車檔有限公司 vCon, "
                  "carvcon.com), Meteor React; file name from its class name"),
        "hant", "hk",
        "**Hong Kong, bilingual editions in one component**: `{i18n.getLocale() === 'zh-HK' ? (zh edition) : "
        "(English edition)}`, neither edition titled; twelve `<h2>` sections in each, `<ol>` lists, an `<i>` e-mail line",
        None,
        [(29, 1, "本公司政策"), (34, 1, "所收集的個人資料類別"), (56, 1, "個人資料的使用"), (84, 1, "直接促銷"),
         (90, 1, "資料的保存"), (96, 1, "查閱及更正資料"), (104, 1, "資料披露"), (110, 1, "「Cookies」的使用"),
         (116, 1, "適用範圍"), (122, 1, "查詢"), (127, 1, "修改私隱政策"),
         (157, 1, "The Company’s policy"), (167, 1, "Types of personal data collected"),
         (227, 1, "Use of personal data"), (277, 1, "Direct promotions / sales"),
         (282, 1, "Data / information keeping"), (288, 1, "Accessing to and revising personal data"),
         (294, 1, "Disclosure of data"), (299, 1, "Use of “Cookies”"), (304, 1, "Applicability"),
         (309, 1, "Enquiry"), (314, 1, "Change of Privacy Policy")],
        [],
        [(102, "電郵：info@carvcon.com"), (63, "為閣下提供有關的產品或服務；"), (187, "gender;")],
        "No title (the page opens with a paragraph; neither edition has a title line). Level 1: every <h2> of both "
        "editions (11 + 11; edition convention: a second-language edition's sections are level 1, as the first's). "
        "Look-alikes: the italic e-mail line, list items.",
    ),
    "wanghe-agreement-word-php": (
        "dev", "private_protocol.ini.php",
        repo_src("15982073790/wanghepuzi-shop", "999a6570bcc9d731f284478751980c67df159819",
                 "ln.uploadfile/config/private_protocol.ini.php", NO_LICENSE,
                 "a finance-education course membership agreement (财学堂 私人订课会员协议, 财学堂教育文化传媒成都有限公司), "
                 "Word \"save as web page\" HTML (Microsoft Word 15) in a PHP heredoc config value",
                 "a295bd7f156cd94e38f6d218026fb5ad7a0a0c00"),
        "hans", "cn",
        "**Word \"save as web page\" HTML in a PHP heredoc**: `<?php $config['private_protocol'] = <<<TOD <html "
        "xmlns:o=…>` with the Office XML head and style sheet (870 lines), then `<p style='…'>` paragraphs whose "
        "number 「1.&nbsp;」 is one `<span>` and the title the next `<span>` on the next source line; clauses 1.1… are "
        "sentences, some bold; sub-items 6.8.1–6.8.7; a company sign-off",
        None,
        [(884, 1, "1. 服务条款的接受与修改"), (917, 1, "2. 服务说明"), (979, 1, "3. 成为财学堂私人订课会员的程序"),
         (1034, 1, "4. 私人订课会员服务和账号查询"), (1073, 1, "5. 财学堂私人订课会员权限及服务期限"),
         (1109, 1, "6. 私人订课会员的权利及限制"), (1236, 1, "7. 协议的变更及免责条款"), (1275, 1, "8. 服务的中断和终止"),
         (1314, 1, "9. 法律的适用和管辖")],
        [],
        [(878, "【审慎阅读】您在购买私人订课课程包流程中点击"), (891, "1.1 本协议是财学堂在线金融教育私人订课会员"),
         (1180, "6.8.1 通过非法手段对会员账号的服务期限"), (1087, "5.2 私人订课课程包的价格"),
         (1342, "财学堂教育文化传媒成都有限公司")],
        "No title (no <title>, no title paragraph: the body opens with 【审慎阅读】). Level 1: 1.–9. (line of the number "
        "span). Look-alikes: the notice, numbered clauses 1.1… (sentences, some bold: 891, 1087), sub-items 6.8.1…, "
        "the sign-off.",
    ),
    "amiclaw-privacy-tsx": (
        "holdout", "PrivacyPage.tsx",
        index_src("55207034513", 7311, "a web game platform's privacy policy (AmiClaw, claw.amio.fans), React TSX + "
                  "CSS module (file name assumed from its component: PrivacyPage.tsx)"),
        "hans", "cn",
        "**React TSX, CSS module**: an `<EyebrowTag>` 「隐私政策 · PRIVACY」 over an `<h2 className={styles.title}>` "
        "headline sentence (text on the next line), a lead, then `<h3 className={styles.heading}>` 一、…十一、 and two "
        "`<h4 className={styles.subheading}>` 1./2. under 二、; lists of `<li><strong>label</strong>：…`",
        (18, "我们如何对待你的数据。"),
        [(28, 1, "一、适用范围与运营方"), (40, 1, "二、我们收集哪些信息"), (43, 2, "1. 你主动提交的信息"),
         (63, 2, "2. 游戏运行中自动产生的信息"), (86, 1, "三、我们如何使用这些信息"), (97, 1, "四、公开展示与第三方共享"),
         (120, 1, "五、Cookie 与本地存储"), (130, 1, "六、数据保留期限"), (147, 1, "七、你的权利"), (163, 1, "八、信息安全"),
         (171, 1, "九、未成年人"), (179, 1, "十、政策更新"), (186, 1, "十一、联系我们")],
        [16],
        [(194, "生效日期：{EFFECTIVE_DATE}"), (46, "昵称（最长 20")],
        "Title 18 (the h2 headline under the eyebrow; the eyebrow 隐私政策 · PRIVACY (16) names the document: ambiguous). "
        "Level 1: the eleven h3; level 2: the two h4 under 二、. Look-alikes: the effective-date line, bold list labels.",
    ),
    "huzan-agreement-jsx": (
        "holdout", "index.jsx",
        index_src("29176227833", 2294, "a SaaS vendor's mini-program feature agreement (虎赞“小程序”功能使用协议, "
                  "上海虎赞信息科技有限公司), React class component with a Less module (file name assumed: index.jsx)"),
        "hans", "cn",
        "**React JSX, Less-module classes**: `<div className={styles.head}>` title, a `subHead` salutation, then eight "
        "`<div className={styles.title}>` articles 一、…八、: 一–四 lead-ins closed by a colon over `styles.content` items "
        "1、2、…, 五–八 whole clauses (sentences) with no body",
        (17, "虎赞“小程序”功能使用协议"),
        [],
        [21, 26, 32, 36, 40, 42, 44, 46],
        [(18, "致尊敬的虎赞用户："), (22, "1、虎赞签约客户；"), (27, "1、小程序店铺装修、后台数据管理；")],
        "Title 17. No heading scored: the eight title-class articles are ambiguous (一–四 are lead-ins announcing their "
        "items with 以下/如下 and a colon, 五–八 whole sentences with no text under them; reading them as article "
        "titles or as text are both defensible). Look-alikes (must not be headings): the salutation, the items.",
    ),
    "qiexing-agreement-taro": (
        "holdout", "index.tsx",
        index_src("58268203563", 3591, "a travel-diary mini-program's user agreement (且行日记 用户协议), Taro + CSS "
                  "module (file name assumed: index.tsx)"),
        "hans", "cn",
        "**Taro TSX, CSS module on `<Text>`**: a `styles.mainTitle` view holding `<Text>用户协议</Text>`, then sections "
        "`<View className={styles.section}>` each with `<Text className={styles.sectionTitle}>` 一、…八、 over a "
        "`styles.body` text hard-wrapped over several lines and `styles.subItem` numbered rows, a footer date",
        (11, "用户协议"),
        [(22, 1, "一、服务内容"), (30, 1, "二、用户账号"), (38, 1, "三、用户行为规范"), (49, 1, "四、知识产权"),
         (58, 1, "五、免责声明"), (70, 1, "六、协议修改"), (80, 1, "七、法律适用与争议解决"), (88, 1, "八、联系我们")],
        [],
        [(95, "生效日期：2026年6月23日"), (42, "1. 发布、传播违法违规信息；"), (16, "欢迎使用\"且行日记\"")],
        "Title 11. Level 1: the eight styles.sectionTitle texts. Look-alikes: the footer date, numbered subItem rows, "
        "the opening paragraph.",
    ),
}


def _source_lines(path):
    with open(path, encoding="utf-8-sig", newline=None) as f:
        return {n: line.replace("&nbsp;", " ").replace("\u3000", " ") for n, line in enumerate(f, 1)}


def build(name):
    sset, fname, source, script, region, kind, title, heads, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    lines = _source_lines(os.path.join(folder, fname))
    checked = [(line, text) for line, _, text in heads] + ([title] if title else []) + list(looks)
    for line, text in checked:
        if text[:2] not in lines.get(line, ""):
            raise SystemExit(f"{name}: line {line} does not hold {text[:2]!r}")
    for line in ambiguous:
        if not lines.get(line, "").strip():
            raise SystemExit(f"{name}: ambiguous line {line} is empty")
    marked = [h[0] for h in heads] + ([title[0]] if title else []) + list(ambiguous) + [x[0] for x in looks]
    twice = sorted({x for x in marked if marked.count(x) > 1})
    if twice:
        raise SystemExit(f"{name}: lines annotated twice: {twice}")
    ann = {
        "source": source, "format": os.path.splitext(fname)[1].lstrip("."), "script": script, "region": region,
        "languages": LANGS.get(name, ["zh"]),
        "kind": kind,
        "file": fname,
        "title": {"line": title[0], "text": title[1]} if title else None,
        "headings": [{"line": line, "level": level, "text": text} for line, level, text in sorted(heads)],
        "ambiguous_lines": sorted(ambiguous),
        "look_alike_lines": [{"line": line, "text": text} for line, text in sorted(looks)],
        "notes": notes,
    }
    with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(heads)


def main(only):
    total = 0
    for name in only or DOCS:
        n = build(name)
        total += n
        print(f"{DOCS[name][0]}/{name}: {n} headings")
    print(f"total {total}")


if __name__ == "__main__":
    main(sys.argv[1:])
