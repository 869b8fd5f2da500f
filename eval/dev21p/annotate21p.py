"""The hand annotations of eval/dev21p (issue #11 §1, twenty-first session, r21v: unfilled slots in the shapes real
templates leave; policies held in mini-program pages, uni-app pages, a Flutter screen and React pages).

`python3 eval/dev21p/annotate21p.py` re-extracts every policy file from the fetched snapshot
(`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is there; the three documents whose
repository could not be fetched are kept as the text the search index returned (index id in `notes`), cut as the
`extraction` says.  It then checks that every placeholder and look-alike text occurs on its line, and rewrites
annotation.json.  The annotations were written and committed before policylens was run on any of these files.
Headings are not annotated in this set (use `--what placeholders`).
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from ann_lib import write_placeholder_set  # noqa: E402

NONE = "none (no licence file)"
UNKNOWN = "unknown (repository not identified or not fetchable)"
INDEX = "index text (repository not fetchable): the text `read_file` returned for index id {id}"

DOCS = [
    {
        "name": "mai-lawyer-wxml",
        "repo": "Devinbian/mai-lawyer",
        "path": "pages/privacy/privacy.wxml",
        "commit": "66e05a6431a8f6f7c503445932f48c3afa2d4853",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (13, "法大大", "the name of the company whose policy was copied, left in the new product's text (迈小律 elsewhere)"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (7, "发布日期：2025年02月05日 — a filled date"),
        ],
        "notes": "A legal-services mini-program's short policy copied from 法大大 (an e-signature company): the product's name 迈小律 is filled in, but the same sentence still says 法大大 twice. Only the opening is present (33 lines).",
    },
    {
        "name": "uni-mall-vue",
        "repo": "karencxx/uni-mall-project",
        "path": "src/pages/privacy/index.vue",
        "commit": "04aa3e0ca2d78e0b0bd6ab54adad47fa68e09669",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (12, "某某寺平台", "the platform named 某某 (so-and-so) temple"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (33, "• 位置信息（用于推荐附近寺庙） — ordinary collection text"),
        ],
        "notes": "A temple mini-program's combined agreement and privacy page (uni-app); the platform's name is 某某寺.",
    },
    {
        "name": "wenbo-dart",
        "repo": UNKNOWN,
        "path": "a Flutter screen class PrivacyScreen (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "text",
        "file": "privacy.txt",
        "extraction": INDEX.format(id="66320665034")
        + "; the strings the screen renders (title, date line, welcome, notice, the nine sections' title and content with \\n as line breaks, the effective-date box), in order, verbatim; $_lastUpdated replaced by its constant 'xxxx年xx月xx日'",
        "placeholders": [
            (2, "xxxx年xx月xx日", "the update date never filled (a TODO in the code says so)"),
            (96, "地址：xxx", "the address given as xxx"),
            (102, "xxxx年xx月xx日", "the effective date never filled"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (95, "• 邮箱：museumseek@163.com — a filled e-mail"),
        ],
        "notes": "A museum check-in app's Flutter privacy screen ('aligned with the mini-program'): the date is the constant 'xxxx年xx月xx日' and the address 'xxx'. Repository not identified (index id 66320665034; its sibling user agreement, id 66114886628, has the same slots plus xxxxx科技有限公司).",
    },
    {
        "name": "aishiduo-jsx",
        "repo": UNKNOWN,
        "path": "a React page class PrivacyWrap (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "privacy.html",
        "extraction": INDEX.format(id="41897511722")
        + "; the Chinese branch of the render, verbatim: its opening (to the third subsection of section 二, less its paragraph on the data types collected) and its contact section (the sections between left out), saved as .html",
        "placeholders": [
            (5, "【爱士多(广州)电子科技发展有限公司】", "the operator filled in but the template's 【】 kept around it"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (23, "电话：400-8255250 — a filled hotline (in an h2)"),
        ],
        "notes": "A bilingual (zh/en) store app's privacy page in React; the operator's name is filled inside the template's 【】 brackets (the English branch names it plainly). Repository not identified.",
    },
    {
        "name": "yuedaren-jsx",
        "repo": "cornflower10/YueDaRen (probably; the file is not in the snapshot)",
        "path": "a React component class Conceal (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "conceal.html",
        "extraction": INDEX.format(id="40032094086") + "; the render's JSX lines, verbatim, saved as .html",
        "placeholders": [
            (3, "【悦达人团队】", "the operator filled in but the template's 【】 kept around it"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (13, "悦达人 团队 2019年7月28日 — the signature line, filled"),
        ],
        "notes": "A short privacy page of the 悦达人 team (React): the operator's name sits inside the template's 【】.",
    },
    {
        "name": "lovehouse-taro",
        "repo": UNKNOWN,
        "path": "a Taro page const Privacy (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "privacy.html",
        "extraction": INDEX.format(id="17980212833") + "; the render's JSX lines inside the page container, verbatim, saved as .html",
        "placeholders": [
            (3, "小程序开发者 （以下简称“开发者”）", "WeChat's guide template with the developer's name left out: a space where the name goes"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (9, "开发者 读取你的剪切板 — the template's own wording with a space, no name missing"),
            (15, "邮箱:huang.rx.life@hotmail.com — a filled e-mail"),
        ],
        "notes": "A couple's mini-program (Taro) privacy guide pasted from WeChat's 用户隐私保护指引 form; the developer's name was never filled. Repository not identified.",
    },
    {
        "name": "qingti-taro",
        "repo": UNKNOWN,
        "path": "a Taro page function Private (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "private.html",
        "extraction": INDEX.format(id="46277399993") + "; the render's JSX lines, verbatim, saved as .html",
        "placeholders": [
            (3, "小程序开发者 （以下简称“开发者”）", "WeChat's guide template with the developer's name left out"),
        ],
        "ambiguous": [2],
        "look_alikes": [
            (8, "邮箱 :3657910340@qq.com — a filled e-mail"),
        ],
        "notes": "A camera mini-program's (Taro) privacy guide from WeChat's form; the developer's name is missing. Line 2 (ambiguous): the title 本指引是青提相机小程序开发者, cut where the name would go. Repository not identified.",
    },
    {
        "name": "renmin-html",
        "repo": UNKNOWN,
        "path": "help-8.jsp saved as HTML by Teleport Ultra (the index gives no repository or path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "help-8.html",
        "extraction": INDEX.format(id="488803895") + "; two slices of the page, verbatim: the policy's opening (its div.table) and section 四's list, inside their container div",
        "placeholders": [
            (5, "【2020年01月06日】", "the date filled in but the template's 【】 kept"),
            (7, "【人民网股份有限公司】", "operator, product and platform kind filled inside the template's 【】"),
        ],
        "ambiguous": [9, 23],
        "look_alikes": [],
        "notes": "A saved copy of a leaders' message board site's help page; its policy follows the national standard's annex template and keeps every 【】 of it around the filled values. Lines 9 and 23 (ambiguous): the product name repeated in 【】, which a reader may take for emphasis. Repository not identified.",
    },
    # --- batch 2 (annotated and committed after the three classes were fixed, before any run on these files) ---
    {
        "name": "yourco-vue",
        "repo": UNKNOWN,
        "path": "a uni-app page (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "privacy.vue",
        "extraction": INDEX.format(id="29818960693") + "; the file's <template> block, verbatim (script and style left out)",
        "placeholders": [
            (95, "privacy@yourcompany.com", "a template's host in the protection officer's e-mail"),
            (96, "400-xxx-xxxx", "hotline masked with x"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (6, "最后更新日期：{{ currentDate }} — a Vue expression the page fills with today's date at run time"),
        ],
        "notes": "An enterprise app's uni-app privacy page whose contact section keeps the template's e-mail and hotline; no operator named anywhere. Repository not identified.",
    },
    {
        "name": "laoma-html",
        "repo": UNKNOWN,
        "path": "prisma/seed-content.js (the index gives no repository)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "customer-privacy.html",
        "extraction": INDEX.format(id="60263943171")
        + "; the HTML that buildPrivacyPolicy('customer') returns: the template literal verbatim, its ${…} expressions replaced by the customer branch's text",
        "placeholders": [
            (70, "通讯地址：（平台运营地址）", "the mailing address given as the field's description in parentheses"),
        ],
        "ambiguous": [54, 68, 69],
        "look_alikes": [
            (72, "我们将在收到您的反馈后 15 个工作日内回复 — ordinary text"),
        ],
        "notes": "A home-appliance repair platform's seeded user privacy policy (a database seed script). Lines 54, 69 (ambiguous): 400-888-0000, a round number that may be a stand-in; line 68 (ambiguous): privacy@laoma.home, on .home, which is no public domain. Repository not identified.",
    },
    {
        "name": "youyi-vue",
        "repo": "songyang999/youyi-equities",
        "path": "src/pages/privacy/index.vue",
        "commit": "1857751325e8a834f3775eb799e834557523a63c",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (12, "生效日期：</text>2026年6月10日 — a filled date after a label in its own element"),
            (186, "客服电话：</text>400-618-8866 — a filled hotline"),
        ],
        "notes": "A benefits mini-program's long uni-app policy; complete, for precision.",
    },
    {
        "name": "taskreward-vue",
        "repo": "2361391426/task-reward",
        "path": "pages/privacy/index.vue",
        "commit": "ef638fdcaffebfbeea1b423428873eeed343d0de",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (6, "生效日期：2026年7月21日 — a filled date"),
        ],
        "notes": "A task-reward mini-program's uni-app policy; complete, for precision.",
    },
    {
        "name": "rainbow-wxml",
        "repo": "JerseyHg/MyRainbowBox",
        "path": "pages/privacy/privacy.wxml",
        "commit": "1518bbf7d9b1abbe69b0690419be7722ee27899c",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (58, "邮箱：teban.official@gmail.com — a filled e-mail"),
        ],
        "notes": "A mini-program's privacy guide (WeChat .wxml); complete, for precision.",
    },
    {
        "name": "shizhou-wxml",
        "repo": "Jackey0903/shizhou-miniapp",
        "path": "pages/privacy/privacy.wxml",
        "commit": "599f3a19d0d218a9e97f713dac20715496b59598",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (4, "更新日期：2026-08-02 — a filled date"),
        ],
        "notes": "A check-in mini-program's privacy guide (WeChat .wxml); complete, for precision.",
    },
    {
        "name": "txghzs-vue",
        "repo": "cherzhb/zhbcher_txghzs_uni",
        "path": "src/pages/privacy/index.vue",
        "commit": "93245a7ffc423bdcf6fae41f9e85840c272b3a87",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (41, "邮箱：support@txghzs.com — a filled e-mail inside a multi-line <text>"),
        ],
        "notes": "A retirement-calculator uni-app's six-section policy; complete in its own terms, for precision.",
    },
]


if __name__ == "__main__":
    write_placeholder_set(HERE, DOCS)
