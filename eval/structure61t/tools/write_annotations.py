#!/usr/bin/env python3
"""Write the hand annotations of eval/structure61t (helper m61s, Part B of the sixty-first session: the secret final
set) as annotation.json files.

Every value below was decided by reading each document in full, before policylens was run on any of them
(line numbers looked up with grep -n). Shape copied from eval/structure61s/tools/write_annotations.py.
"""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IDX = "not checked: index text (treat as all rights reserved; test fixture only)"
NONE_STATED = "none stated (short evaluation excerpt; treat as all rights reserved; test fixture only)"


def idx(index_id, chars, note):
    return {
        "repo": None,
        "path": "(read_file names no repository for the id)",
        "commit": None,
        "index_id": index_id,
        "mode": f"index text ({chars} characters, written out character for character; length checked)",
        "license": IDX,
        "note": note,
    }


def repo(name, path, commit, note):
    return {"repo": name, "path": path, "commit": commit, "mode": "git show COMMIT:PATH from the fetched snapshot",
            "license": NONE_STATED, "note": note}


def h(line, level, text):
    return {"line": line, "level": level, "text": text}


def t(text, line=None):
    return {"line": line, "text": text}


ABATON_ZH = [(10, "1. 概述"), (17, "2. 我们不收集任何信息"), (32, "3. 系统权限说明"), (47, "4. 网络使用与应用内购买"),
             (60, "5. 数据存储与加密"), (68, "6. 备份与换机（导出 .enc / iCloud，仅 iOS 可写入云端）"), (89, "7. 闯入警报功能"),
             (98, "8. 第三方服务"), (108, "9. 儿童隐私"), (113, "10. 您的权利"), (122, "11. 联系我们"), (131, "12. 政策更新")]
ABATON_EN = [(149, "1. Overview"), (156, "2. We do not collect information"), (171, "3. System permissions"),
             (186, "4. Network and in-app purchases"), (199, "5. Storage and encryption"),
             (206, "6. Backup & transfer (.enc export / iCloud; cloud write iOS only)"), (227, "7. Intruder alert"),
             (236, "8. Third-party services"), (246, "9. Children"), (251, "10. Your rights"), (260, "11. Contact"),
             (269, "12. Updates")]

DOCS = {
    ("dev", "abaton-banner-txt"): {
        "source": repo("light4ce/Abaton-Support", "privacy_policy", "c88556af80b3dd42a12ebd3bbeb59392cbe1148d",
                       "Abaton (a private vault app): a plain-text file with no extension, a Chinese then an English "
                       "version, each under a ==== banner, every section title between two ---- rules"),
        "format": "txt (no extension)",
        "script": "hans",
        "region": "cn",
        "languages": ["zh", "en"],
        "kind": "plain text: ==== rule / 【中文】Abaton 隐私政策 / ==== rule, a repeated title line and a tagline, then per "
        "section ---- rule / 「1. 概述」 / ---- rule and paragraphs, • bullets, **bold** lead-ins, emoji lines; the same "
        "for 【English】",
        "file": "privacy_policy",
        "title": {"line": 2, "text": "【中文】Abaton 隐私政策"},
        "level_note": "as structure55s bazi-hant-ts: the first version's sections level 1 under the file's title (the "
        "first banner); the second banner 【English】 level 1 and its sections level 2",
        "headings": [h(n, 1, s) for n, s in ABATON_ZH] + [h(141, 1, "【English】Abaton Privacy Policy")]
        + [h(n, 2, s) for n, s in ABATON_EN],
        "ambiguous_lines": [5, 7, 144, 146],
        "ambiguous_note": "5/144 the title repeated under each banner (Abaton 隐私政策 / Abaton Privacy Policy), 7/146 the "
        "tagline (您的隐私数据只属于您自己 / Your private data stays yours): a title or a subtitle, not a section",
        "look_alike_lines": [1, 3, 9, 11, 53, 72, 76, 83, 126, 137, 192, 210, 214, 221, 264, 275],
        "look_alike_note": "1/3/9/11… the ==== and ---- rules; 53 「关于自动续期订阅：」 and 192 'Auto-renewing subscriptions:' "
        "lead-ins; 72/76/83 and 210/214/221 **bold** lead-ins ending 「：」 before • lists; 126/264 the 📧 e-mail lines; "
        "137/275 the last-updated lines",
        "expected_text": [
            t("您的隐私数据只属于您自己"),
            t("📷 相机：拍摄照片/视频并加密存入私密相册"),
            t("备份包仅包含用户内容："),
            t("最后更新：2026年4月5日"),
            t("Your private data stays yours"),
            t("Last updated: April 5, 2026"),
        ],
    },
    ("dev", "chenyao-html"): {
        "source": repo("chenyao6134/chenyao6134.github.io", "privacy-policy-zh.html",
                       "b4ac11e9f163c34f14106ad69080861a104327a2",
                       "a developer's policy for all his macOS apps: a static HTML page, <h2> sections and <h3> permission "
                       "subsections"),
        "format": "html",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "HTML: a language-switch link, <h1>, a centred <p> with a bold date label, <h2> sections, <h3> subsections "
        "each a lead-in <p> then a <ul>, a footer",
        "file": "privacy-policy-zh.html",
        "title": {"line": 81, "text": "隐私政策"},
        "level_note": "<h2> level 1 under the <h1> title, <h3> level 2",
        "headings": [
            h(88, 1, "介绍"), h(99, 1, "信息收集与使用"), h(104, 1, "应用使用的系统权限"),
            h(106, 2, "屏幕录制权限"), h(117, 2, "辅助功能权限（Accessibility）"), h(127, 2, "自动化权限（Automation）"),
            h(136, 2, "文件与文件夹访问权限"), h(146, 2, "剪贴板权限"), h(155, 2, "麦克风权限"), h(163, 2, "通知权限"),
            h(172, 1, "数据存储"), h(175, 1, "信息共享"), h(179, 1, "第三方服务"), h(184, 1, "儿童隐私"),
            h(188, 1, "隐私政策更新"), h(192, 1, "联系方式"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [79, 83, 89, 107, 194, 195, 200, 201],
        "look_alike_note": "79 the English Version link; 83 the bold date label line; 89/107… lead-ins ending 「：」; "
        "194/195 bold 开发者/邮箱 label lines; 200/201 footer (© and 返回首页)",
        "expected_text": [
            t("2026 年 6 月"),
            t("当前及未来在同一 Apple Developer Account 下发布的其他应用"),
            t("Finder（访达）"),
            t("chenyao6134@gmail.com"),
        ],
    },
    ("dev", "lingqi-html"): {
        "source": repo("mrfeixiang/mrfeixiang.github.io", "privacy-policy-zh.html",
                       "a88f19aaebfa8440d5ef6acf8adca83156e9dded",
                       "灵棋经占卜 (a divination app): a static HTML page with a zh/en/ko language switch"),
        "format": "html",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "HTML: language links, <h1>, an app-name <div> and a last-updated <div>, an 重要提示 box, numbered <h2> "
        "sections with bold-label <li>s, a contact box whose <h2> carries an inline style",
        "file": "privacy-policy-zh.html",
        "title": {"line": 152, "text": "隐私政策"},
        "level_note": "every <h2> level 1 under the <h1>",
        "headings": [
            h(160, 1, "1. 信息收集"), h(170, 1, "2. 信息使用"), h(183, 1, "3. 数据存储"), h(188, 1, "4. 数据安全"),
            h(197, 1, "5. 第三方服务"), h(205, 1, "6. 儿童隐私"), h(208, 1, "7. 您的权利"), h(218, 1, "8. Cookie和跟踪技术"),
            h(221, 1, "9. 隐私政策变更"), h(224, 1, "10. 免责声明"), h(229, 1, "11. 适用法律"), h(233, 1, "联系我们"),
        ],
        "ambiguous_lines": [153],
        "ambiguous_note": "153 the app-name <div> 「灵棋经占卜 (Lingqi Divination)」 (a subtitle under the title)",
        "look_alike_lines": [147, 154, 157, 180, 184, 185, 186, 226],
        "look_alike_note": "147 the 中文 language link; 154 the last-updated div; 157/226 「重要提示：」 bold-led paragraphs; "
        "180 「我们承诺：」; 184–186 bold-label paragraphs (本地存储：/云端处理：/数据保留：)",
        "expected_text": [
            t("灵棋经占卜 (Lingqi Divination)"),
            t("最后更新：2026年1月22日"),
            t("您的占卜问题和结果不会与第三方分享"),
            t("我们将在收到您的请求后7个工作日内回复。"),
        ],
    },
    ("dev", "robin-hexo-html"): {
        "source": repo("Robin-JW/gejw0623.github.io", "privacy_policy_zh.html",
                       "3a5eb805cf38d6271bec82164e9747ac8de01a3b",
                       "an app's policy published as a Hexo blog page: the theme's chrome (header, nav, sidebar, share "
                       "bar, comments script, ICP footer) around a Markdown editor's HTML export (its own <style> block "
                       "inside the article); every section title a plain <p>"),
        "format": "html",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "HTML div soup: Hexo theme (three copies of the blog-name header, nav lists, ads script), an article with "
        "only a date, then <p> paragraphs; section titles are <p>一、…</p>, clauses <p>1、…</p>",
        "file": "privacy_policy_zh.html",
        "title": None,
        "level_note": "no policy title on the page (<title> and the header name the blog, Robin灬桑; the article has no "
        "title): the seven 一、… <p> titles are level 1",
        "headings": [
            h(471, 1, "一、本公司如何收集您的个人信息"), h(477, 1, "二、本公司如何使用您的个人信息"), h(485, 1, "三、个人信息安全"),
            h(493, 1, "四、本公司会将个人信息保存多久"), h(497, 1, "五、法律免责声明"), h(503, 1, "六、本隐私政策的更改"),
            h(509, 1, "七、隐私问题"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [16, 50, 63, 65, 67, 100, 108, 114, 116, 118, 479, 481, 483, 533, 574, 577],
        "look_alike_note": "16 <title> and 50/100/108 the blog-name <h1>s (site chrome, not the policy); 63–67, 114–118 "
        "nav items 主页/所有文章/关于我; 479/481/483 numbered clauses 1、2、3、; 533 分享到：; 574/577 © and ICP footer",
        "expected_text": [
            t("本隐私政策介绍本公司的隐私数据相关政策和惯例"),
            t("2、通过您的个人信息实现密码找回功能。"),
            t("请通过邮箱gejw@gejw.cn与本公司联系。"),
        ],
    },
    ("dev", "tiku-taro-tsx"): {
        "source": idx("57586809209", 2739,
                      "a question-bank WeChat mini-program (Taro): <View className='section-title'> titles, each clause a "
                      "<Text>; two clauses both numbered 3."),
        "format": "tsx",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "Taro TSX: <View className='title'>, an update-date <View>, eight <View className='section'> blocks of a "
        "section-title <View> and a content <View> of <Text> lines",
        "file": "index.tsx",
        "title": {"line": 7, "text": "隐私政策"},
        "level_note": "the eight section titles level 1 under the title",
        "headings": [
            h(11, 1, "一、信息收集"), h(22, 1, "二、信息使用"), h(32, 1, "三、信息存储"), h(41, 1, "四、信息共享"),
            h(51, 1, "五、用户权利"), h(62, 1, "六、未成年人保护"), h(69, 1, "七、政策更新"), h(76, 1, "八、联系我们"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [8, 13, 16, 17, 24, 43, 53],
        "look_alike_note": "8 the date; 13/24/43/53 lead-ins ending 「：」; 16/17 two clauses both numbered 「3.」",
        "expected_text": [
            t("更新日期：2026年6月9日"),
            t("3. 设备信息：用于统计分析和问题排查"),
            t("2. 删除权：用户可通过\"重置数据\"功能删除所有本地数据。"),
        ],
    },
    ("holdout", "chuxing-vue"): {
        "source": idx("48215142060", 10298,
                      "出行传媒 (a media company's uni-app): a login page; its 服务条款 and 隐私政策 are two wd-popup dialogs "
                      "opened from the 《服务条款》《隐私策略》 links under the login form"),
        "format": "vue",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "uni-app Vue SFC: <route> json5, a login form (logo, 出行传媒, inputs, agreement texts, button), two "
        "<wd-popup> blocks each a popup-title <view> and terms-title/terms-text <view>s (white-space: pre-line text with "
        "numbered and · lines), <script setup>, SCSS",
        "file": "login.vue",
        "title": None,
        "level_note": "a login page holding two documents: each popup title level 1 (服务条款 60, 隐私政策 83) and its "
        "terms-title <view>s level 2; no page title (出行传媒 is the app's name on the form, ambiguous)",
        "headings": [
            h(60, 1, "服务条款"), h(63, 2, "一、服务条款的确认和接纳"), h(65, 2, "二、服务内容及使用须知"),
            h(83, 1, "隐私政策"), h(86, 2, "一、信息收集"), h(91, 2, "二、信息使用"), h(98, 2, "三、信息保护"),
        ],
        "ambiguous_lines": [15],
        "ambiguous_note": "15 「出行传媒」 the app name over the login form (a page title or not)",
        "look_alike_lines": [40, 41, 43, 51, 66, 67, 76, 102, 158],
        "look_alike_note": "40–43 the agreement line (登录代表您同意《服务条款》和《隐私策略》); 51 the bottom tip; 66/67 numbered "
        "clauses; 76/102 关闭 buttons; 158 a toast string",
        "expected_text": [
            t("我们收集信息是为了向您提供更好更优的服务"),
            t("2. 在您使用我们的服务时获取的信息；"),
            t("4. 用于身份验证、客户服务、安全防范、诈骗监测、存档和备份用途；"),
            t("我们将利用加密技术（例如SSL）来保护您提供的个人信息。"),
        ],
    },
    ("holdout", "abaton-zh-html"): {
        "source": repo("light4ce/Abaton-Support", "privacy_policy_zh.html", "429069a2687466fdd407c251fa28b89df011c2e6",
                       "the Chinese version of the same Abaton policy as plain text saved with an .html extension (no tag "
                       "at all): every line break matters"),
        "format": "html (plain text inside)",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": "plain text in a .html file: a title line, 「1. 概述」 section lines each followed by its paragraphs, • "
        "bullets, **bold** lead-ins, emoji lines",
        "file": "privacy_policy_zh.html",
        "title": {"line": 1, "text": "Abaton 隐私政策"},
        "level_note": "the twelve numbered section lines level 1 under the first line",
        "headings": [
            h(3, 1, "1. 概述"), h(8, 1, "2. 我们不收集任何信息"), h(21, 1, "3. 系统权限说明"), h(34, 1, "4. 网络使用与应用内购买"),
            h(45, 1, "5. 数据存储与加密"), h(51, 1, "6. 备份与换机（导出 .enc / iCloud，仅 iOS 可写入云端）"),
            h(70, 1, "7. 闯入警报功能"), h(77, 1, "8. 第三方服务"), h(85, 1, "9. 儿童隐私"), h(88, 1, "10. 您的权利"),
            h(95, 1, "11. 联系我们"), h(102, 1, "12. 政策更新"),
        ],
        "ambiguous_lines": [],
        "look_alike_lines": [39, 54, 58, 65, 98, 107],
        "look_alike_note": "39 「关于自动续期订阅：」; 54/58/65 **bold** lead-ins; 98 the 📧 e-mail line; 107 the last-updated line",
        "expected_text": [
            t("• 您存入的照片、视频、录音、备忘等隐私内容"),
            t("🎤 麦克风：录像时录制声音"),
            t("📧 邮箱：root4sec@gmail.com"),
            t("最后更新：2026年4月5日"),
        ],
    },
}

for (which, name), ann in DOCS.items():
    ann["annotated_before_run"] = True
    with open(os.path.join(HERE, which, name, ann["file"]), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for x in ann["expected_text"]:
        if x["line"] is None:
            x["line"] = next(i for i, ln in enumerate(lines, 1) if x["text"] in ln)
    for hd in ann["headings"]:
        assert hd["text"] in lines[hd["line"] - 1], (name, hd)
    if ann["title"]:
        assert ann["title"]["text"] in lines[ann["title"]["line"] - 1], (name, ann["title"])
    path = os.path.join(HERE, which, name, "annotation.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(ann, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(path)
