#!/usr/bin/env python3
"""Write the hand annotations of eval/structure33j (the source of truth; written before policylens ran on any file).

Every document is a React page that keeps its sections as data (`const sections = [{ title, body | items | content }]`)
and shows them with `{sections.map(...)}`.  Gold: the page title (its `<h1>` or title line), every section title that the
page renders as a title (line of its string in the array, level 1 under the page title), and `text_lines`: the line of
every body string the page shows (the text a reader must read).
"""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DOCS = {
    "dev/sleeptracker-tsx": {
        "source": {
            "repo": "ZKY-DW-Wait-me/SleepTracker",
            "path": "src/screens/PrivacyPolicyScreen.tsx",
            "commit": "5ab74087ead058282e19703f1dc5ffdfff455b63",
            "mode": "index text (read_file; the fetched snapshot lacks this commit)",
            "license": "GPL-3.0 (repository LICENSE)",
        },
        "file": "PrivacyPolicyScreen.tsx",
        "kind": "React Native screen: `const PRIVACY_POLICY_SECTIONS: {title, content, highlight?}[] = [...]` shown by "
        "`{PRIVACY_POLICY_SECTIONS.map((section, index) => (<View><Text style={sectionTitle}>{section.title}</Text>"
        "<Text style={sectionContent}>{section.content}</Text></View>))}`; contents hold \\n\\n paragraph breaks",
        "title": {"line": 103, "text": "SleepTracker 隐私政策"},
        "headings": [
            (29, "前言"),
            (34, "一、我们如何收集和使用信息"),
            (39, "二、我们如何存储信息"),
            (44, "三、我们如何共享、转让、公开披露信息"),
            (49, "四、您如何管理自己的信息"),
            (54, "五、未成年人保护"),
            (59, "六、政策的变更"),
            (64, "【特别提示：关于本地存储机制】"),
            (70, "七、如何联系我们"),
        ],
        "text_lines": [31, 36, 41, 46, 51, 56, 61, 67, 72],
    },
    "dev/catsjust-privacy-tsx": {
        "source": {
            "repo": "rappizo/catsjust",
            "path": "src/app/(site)/privacy/page.tsx",
            "commit": "8446d2a66716e238beee432cc86efffa445e4992",
            "mode": "blob",
            "license": "MIT (repository LICENSE)",
        },
        "file": "page.tsx",
        "kind": "Next.js page: `const sections: { title: string; body: string[] }[]` shown by `{sections.map((s) => (<section>"
        "<h2><span/>{s.title}</h2>{s.body.map((p, i) => (<p>{p}</p>))}</section>))}`",
        "title": {"line": 83, "text": "隐私政策"},
        "headings": [
            (11, "一、我们收集的信息"),
            (20, "二、信息的使用"),
            (29, "三、Cookie 与本地存储"),
            (35, "四、信息的共享"),
            (43, "五、数据存储与安全"),
            (51, "六、您的权利"),
            (60, "七、未成年人保护"),
            (66, "八、政策的更新"),
            (72, "九、联系我们"),
        ],
        "text_lines": [13, 14, 15, 16, 22, 23, 24, 25, 31, 37, 38, 39, 45, 46, 47, 53, 54, 55, 56, 62, 68, 73],
    },
    "dev/huixing-privacy-tsx": {
        "source": {
            "repo": "mw2wbyys6t-sudo/huixing-shanhai",
            "path": "frontend/app/privacy/page.tsx",
            "commit": "9c44f5f05648310d7d380aa8b2c0085910c4b03e",
            "mode": "index text (read_file; no snapshot to fetch)",
            "license": "none found (all rights reserved; test fixture only)",
        },
        "file": "page.tsx",
        "kind": "Next.js page: `const sections = [{ title, items: [...] }]` shown by `{sections.map((section) => (<div><h2>"
        "{section.title}</h2><ul>{section.items.map((item, idx) => (<li><span>·</span>{item}</li>))}</ul></div>))}`",
        "title": {"line": 64, "text": "隐私政策"},
        "headings": [
            (11, "一、我们收集的信息"),
            (19, "二、信息的使用方式"),
            (27, "三、信息的存储与安全"),
            (35, "四、你的权利"),
            (43, "五、政策更新"),
        ],
        "text_lines": [13, 14, 15, 21, 22, 23, 29, 30, 31, 37, 38, 39, 45, 46],
    },
    "holdout/catsjust-terms-tsx": {
        "source": {
            "repo": "rappizo/catsjust",
            "path": "src/app/(site)/terms/page.tsx",
            "commit": "8446d2a66716e238beee432cc86efffa445e4992",
            "mode": "blob",
            "license": "MIT (repository LICENSE)",
        },
        "file": "page.tsx",
        "kind": "the same app's user agreement, the same shape",
        "title": {"line": 83, "text": "用户协议"},
        "headings": [
            (11, "一、协议范围"),
            (18, "二、账号注册与安全"),
            (27, "三、内容发布规范"),
            (35, "四、知识产权"),
            (43, "五、行为规范"),
            (52, "六、免责声明"),
            (60, "七、服务的变更与终止"),
            (66, "八、协议的变更"),
            (72, "九、联系我们"),
        ],
        "text_lines": [13, 14, 20, 21, 22, 23, 29, 30, 31, 37, 38, 39, 45, 46, 47, 48, 54, 55, 56, 62, 68, 73],
    },
    "holdout/huixing-terms-tsx": {
        "source": {
            "repo": "mw2wbyys6t-sudo/huixing-shanhai",
            "path": "frontend/app/terms/page.tsx",
            "commit": "9c44f5f05648310d7d380aa8b2c0085910c4b03e",
            "mode": "index text (read_file; no snapshot to fetch)",
            "license": "none found (all rights reserved; test fixture only)",
        },
        "file": "page.tsx",
        "kind": "the same app's user agreement, the same shape",
        "title": {"line": 62, "text": "用户协议"},
        "headings": [(11, "一、服务说明"), (18, "二、账号规范"), (26, "三、用户内容"), (33, "四、免责声明"), (41, "五、协议变更")],
        "text_lines": [13, 14, 20, 21, 22, 28, 29, 35, 36, 37, 43, 44],
    },
}

for name, doc in DOCS.items():
    ann = {
        "source": doc["source"],
        "format": "tsx",
        "script": "hans",
        "region": "cn",
        "languages": ["zh"],
        "kind": doc["kind"],
        "file": doc["file"],
        "title": doc["title"],
        "headings": [{"line": line, "level": 1, "text": text} for line, text in doc["headings"]],
        "text_lines": doc["text_lines"],
    }
    with open(os.path.join(HERE, name, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
