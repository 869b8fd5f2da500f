"""The hand annotations of eval/dev9 (issue #11 §1, tenth session: placeholders on unseen policies): source of truth.

`python3 eval/dev9/annotate9.py` re-extracts every policy file byte-exact from the fetched
snapshot (`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is
there, checks that every placeholder and look-alike text occurs on its line, and rewrites
annotation.json.  Every file is the byte-exact blob at the listed commit (several are an
earlier commit of the file, the version published before its slots were filled or its notes
removed).  The annotations were written before policylens was run on any of these files.
Headings are not annotated in this set (use `--what placeholders`).
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from ann_lib import write_placeholder_set  # noqa: E402
NONE = "none (no licence file)"

DOCS = [
    {
        "name": "sheeps-md",
        "repo": "xqh0927/sheeps",
        "path": "docs/legal/隐私政策.md",
        "commit": "5d0afa8eace39636f67c094495e2839617f9fa58",
        "licence": NONE,
        "format": "md",
        "placeholders": [
            (11, "【请填写运营主体全称，例如 XX 科技有限公司】", "operator name slot"),
            (12, "【请填写注册地址】", "address slot"),
            (13, "【请填写，例如 privacy@company.com】", "e-mail slot with its example"),
            (14, "【请填写，例如 App 内", "support channel slot with its example"),
            (80, "【请填写具体服务商，例如 阿里云/腾讯云短信】", "SMS provider slot"),
            (104, "【建议 6 个月至 1 年】", "a suggestion to the author left as the retention period"),
            (125, "privacy@company.com", "template e-mail (company.com) inside the brackets"),
            (148, "**待确认**：若本游戏作为 commercially 运营的网络游戏上线", "drafting note: to confirm, fill in before commercial use"),
            (161, "【privacy@company.com】", "template e-mail"),
            (162, "support@company.com", "template e-mail"),
            (163, "【请填写运营主体注册地址】", "address slot"),
            (188, "短信服务商【待填】", "provider slot"),
            (188, "| 【待填】 |", "region slot, same line"),
        ],
        "ambiguous": [3, 5],
        "look_alikes": [
            (3, "【2026/7/07】 — template brackets around a filled date: residue (ambiguous)"),
            (192, "本政策由「秘境消消乐」运营团队拟定 — a closing statement, not a note"),
        ],
        "notes": "A match-3 game's policy drafted from a template: 【请填写…】 slots with examples, company.com e-mails, a 待确认 note, a [待填] appendix row.",
    },
    {
        "name": "ziyourufeng-md",
        "repo": "ziyourufeng123/index",
        "path": "docs/privacy-policy.zh-CN.md",
        "commit": "458cff630836ba43e749c7ab91df80d52de3c0c7",
        "licence": NONE,
        "format": "md",
        "placeholders": [(44, "contact@example.com", "template e-mail (example.com) as the only contact")],
        "ambiguous": [],
        "look_alikes": [(27, "[Google广告设置] — a Markdown link")],
        "notes": "An online toolbox site's AdSense policy; the only contact is contact@example.com in a code span.",
    },
    {
        "name": "happymood-html",
        "repo": "guoweidong1987/Happymood",
        "path": "privacy-cn.html",
        "commit": "7afbb2f02c9c437592944989e0a337cddad79ea6",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (108, "{日期/时间}", "SEQ Legal template slot: deletion date"),
            (109, "{附加日期/时间}", "SEQ Legal template slot: further date"),
            (130, "（如适用，请填写）", "fee slot: fill in if applicable"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (37, "本文档基于SEQ Legal（seqlegal.com）的模板创建 — the template's credit line, addressed to readers"),
            (106, "在不影响G-2条款的前提下 — a cross-reference, not a slot"),
        ],
        "notes": "An app's policy translated from the SEQ Legal website template (sections A–M); three {…} slots left. Related: precision8/mimitech-cn is the same author's company page.",
    },
    {
        "name": "luoyun-html",
        "repo": "LuoYunOfficial/luoyunofficial.github.io",
        "path": "zh-cn/privacy.html",
        "commit": "e4289ad6d393685c1aee10f0e2050b862c37eee7",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (94, "{日期/时间}", "SEQ Legal slot: deletion date"),
            (95, "{附加日期/时间}", "SEQ Legal slot: further date"),
            (110, "{如果相关，请填写}", "fee slot"),
            (111, "{请根据用途调整这段文字", "instruction to the author to adapt the passage"),
            (
                120,
                "{选择准确的词句，说明我们在我们的网站上仅使用会话cookie/仅使用永久cookie",
                "instruction to choose the wording (missed by the annotator, added after the first run found it)",
            ),
            (122, "{包括访问网站时/在用户浏览网站时追踪用户", "unresolved alternatives in braces"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (39, "本文档基于SEQ Legal（seqlegal.com）的模板创建 — credit line"),
            (93, "在不影响G-2条款的前提下 — cross-reference"),
        ],
        "notes": "A cloud-community site's policy from the SEQ Legal / Website Planet template, an older commit; <br>-separated numbered paragraphs.",
    },
    {
        "name": "handwriting-md",
        "repo": "xp84012493/handwriting-practice-legal",
        "path": "docs/legal/privacy-policy-zh.md",
        "commit": "9f51157393375e9ca29806de18cf3d7f7ecc60e1",
        "licence": NONE,
        "format": "md",
        "placeholders": [
            (3, "[EFFECTIVE_DATE，例如 2026-06-23]", "effective-date slot"),
            (5, "[SUPPORT_EMAIL]", "contact slot"),
            (58, "[SUPPORT_EMAIL]", "contact slot"),
            (84, "[SUPPORT_EMAIL]", "contact slot"),
            (88, "发布前请替换方括号中的占位内容。本文为模板", "closing note to the publisher"),
        ],
        "ambiguous": [],
        "look_alikes": [(41, "[Make Me a Hanzi](https://github.com/skishore/makemeahanzi) — a link")],
        "notes": "An iOS stroke-order app's policy on GitHub Pages with UPPER_CASE slots and the closing note 发布前请替换….",
    },
    {
        "name": "abb-html",
        "repo": "OMOCV/ABB",
        "path": "docs/privacy-policy.html",
        "commit": "54ae78572d428182377bd4551874182503269664",
        "licence": "MIT (repository licence)",
        "format": "html",
        "languages": ["zh", "en"],
        "placeholders": [
            (43, "请将方括号 [] 内的占位信息替换为你的实际信息", "bilingual note to the publisher in the header"),
            (48, "[应用名称]", "app-name slot"),
            (48, "[开发者/公司名称]", "operator slot"),
            (58, "请根据实际情况调整本段描述", "instruction to adapt the paragraph"),
            (68, "请在此列出并附其隐私政策链接（示例）", "instruction to list SDKs"),
            (72, "[其他 SDK 名称与链接]", "SDK slot"),
            (88, "请根据实际业务与用户分布调整本段", "instruction to adapt the paragraph"),
            (91, "[contact@example.com]", "template e-mail"),
            (92, "[公司名称与地址]", "address slot"),
            (100, "[App Name]", "English app-name slot"),
            (110, "Adjust this section to match your actual setup", "English instruction"),
            (120, "list them with links to their privacy policies (examples)", "English instruction"),
            (124, "[Other SDK names and links]", "English SDK slot"),
            (140, "Tailor this section based on your actual users and operations", "English instruction"),
            (143, "[contact@example.com]", "template e-mail"),
            (144, "[Company name and address]", "English address slot"),
            (152, "建议将本页链接加入应用内的“设置 / 关于 / 帮助”，或在 README 中添加入口", "footer note to the publisher (where to link the page)"),
        ],
        "ambiguous": [52, 70, 71, 104, 122, 123],
        "look_alikes": [
            (70, "Firebase / Crashlytics（如适用） — the template's example SDKs, (如适用) hedges (ambiguous)"),
            (95, "我们可能不时更新本政策 — a statement to the reader"),
        ],
        "notes": "A generated bilingual (zh + en, language switch) policy page for an ABB robot-program viewer, published with its bracket slots and notes; an earlier commit (the file was rewritten later).",
    },
    {
        "name": "maintenance-html",
        "repo": "Qvidx/Maintenance",
        "path": "隐私政策.html",
        "commit": "9956033d7099227679daf3eb1c36d9adca6334ae",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (19, "发布前请替换：", "note to the publisher"),
            (19, "【待填写：公司法定名称】", "operator slot"),
            (19, "【待填写：支持邮箱】", "e-mail slot"),
            (52, "【待填写：公司法定名称】", "operator slot"),
            (52, "【待填写：支持邮箱】", "e-mail slot"),
            (52, "【待填写：公司联系地址，可选】", "address slot"),
        ],
        "ambiguous": [],
        "look_alikes": [(49, "更新后的政策将在发布者提供的公开页面展示 — a statement about publishing, not a note")],
        "notes": "An Edge extension's policy page (class=\"todo\" paragraph) before the slots were filled.",
    },
    {
        "name": "vibecompose-md",
        "repo": "forever-ivy/VibeCompose",
        "path": "docs/legal/privacy-policy.zh-CN.md",
        "commit": "57c923c6c243b8bc3e44ca0571e6776015a88d33",
        "licence": "MIT (repository licence)",
        "format": "md",
        "placeholders": [
            (95, "公开收费发布前，必须补齐明确的商业运营主体和永久隐私联系方式", "release-gate note left in the policy"),
            (99, "永久商业隐私联系方式仍是发布门禁", "release-gate note left in the contact section"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (7, "> 产品状态：macOS 预发布 Alpha — the product's stage, not the document's"),
            (99, "私有 Alpha 参与者应使用 — advice to the reader, same line as the second note"),
        ],
        "notes": "A macOS dictation app's Alpha policy (then named OpenWhisper) with the developers' release-gate notes; no operator or contact named.",
    },
    {
        "name": "logly-html",
        "repo": "xinpingJun/logly",
        "path": "privacy-policy-cn.html",
        "commit": "dd836129028bd93f6ad9924ab5f8338d9dff1204",
        "licence": NONE,
        "format": "html",
        "placeholders": [(254, "[您的公司地址]", "address slot next to a filled e-mail")],
        "ambiguous": [],
        "look_alikes": [(253, "电子邮箱：privacy@logly.app — filled")],
        "notes": "A journaling app's 隐私协议 page; one bracket slot in the contact list.",
    },
    {
        "name": "apneaplan-html",
        "repo": "zxyfreediver/apneaplan-privacy",
        "path": "privacy-policy-cn.html",
        "commit": "6bf9705ced6ffb0b30e38f307e45412df72478d3",
        "licence": NONE,
        "format": "html",
        "placeholders": [(30, "zhaoxingyu93@example.com", "personal name on the example.com placeholder domain")],
        "ambiguous": [],
        "look_alikes": [(27, "「设置」→「清除数据」 — a UI path")],
        "notes": "A very short freediving-training app policy (HTML) whose only contact is on example.com.",
    },
    {
        "name": "chronograph-md",
        "repo": "BillShiyaoZhang/ChronoGraph",
        "path": "隐私政策.md",
        "commit": "563091361dc63a230d074591ed80698610f2ae4b",
        "licence": NONE,
        "format": "md",
        "placeholders": [(54, "（占位）", "the e-mail marked as a placeholder")],
        "ambiguous": [],
        "look_alikes": [(4, "##简介 — heading without a space")],
        "notes": "A calendar-visualisation app's policy; the contact e-mail is followed by （占位）.",
    },
    {
        "name": "qingyu-tw",
        "repo": "appdev/QingYu",
        "path": "docs/legal/privacy.zh-TW.md",
        "commit": "ee057a163c7d32e0c47be8fe37f7289ea187b4d2",
        "licence": "AGPL-3.0 (repository licence)",
        "format": "md",
        "region": "tw",
        "script": "hant",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (25, "傳送前請刪除密碼、金鑰 — advice to the reader before sending logs"),
            (51, "本政策不構成法律意見 — a disclaimer to the reader"),
        ],
        "notes": "Clean (precision): a note-taking app's Taiwan edition; 請刪除 said to the user.",
    },
    {
        "name": "rion-md",
        "repo": "rion-tw/rion-studio-source",
        "path": "docs/legal/privacy.zh-CN.md",
        "commit": "25979c1c3220240a3276177aaa4f852e25a69b52",
        "licence": NONE,
        "format": "md",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (23, "Google Fonts 示例 — the font preview, not a sample value"),
            (7, "目前不提供个别客服或联系渠道 — no contact, stated"),
        ],
        "notes": "Clean (precision): a desktop app's statement with no contact channel, by design.",
    },
    {
        "name": "thktree-md",
        "repo": "Ykworm/thktree",
        "path": "docs/legal/privacy-policy-zh.md",
        "commit": "031d10de661acf107bcf691728b83acded1ba471",
        "licence": "MIT (repository licence)",
        "format": "md",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [(40, "设置 → [您的名字] → iCloud — the iOS settings path, not a slot")],
        "notes": "Clean (precision): an LLM note app; a bracketed 您的名字 in an iOS settings path.",
    },
    {
        "name": "yourdrink-html",
        "repo": "liumaojierichard-design/yourdrink-privacy",
        "path": "privacy.html",
        "commit": "c080e99002c3d5d83702e0d1ff3651cd0c207b67",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [(58, "我们会在功能上线前更新本政策 — the operator's statement, not a note")],
        "notes": "Clean (precision): a drink-log Android app; 上线前 in a promise to the reader.",
    },
    {
        "name": "mimusic-md",
        "repo": "jokezc/mi_music",
        "path": "docs/隐私协议.md",
        "commit": "4afbc7082107463d4ac05971d61f91735ddb1d5d",
        "licence": "MIT (repository licence)",
        "format": "md",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (10, "**重要提示：** 在使用本应用之前，请您仔细阅读 — addressed to the user"),
            (84, "**友盟数据使用说明：** — a section label"),
            (99, "**权限使用说明：** — a section label"),
        ],
        "notes": "Clean (precision): a music app's 隐私协议 with 使用说明 labels and 请您仔细阅读 reminders.",
    },
    {
        "name": "wowo-md",
        "repo": "liuhongjiang1987/WoWo-legal-docs",
        "path": "privacy-policy-zh.md",
        "commit": "f5034417b074b476b908c77a25236aec9c1ca6ca",
        "licence": NONE,
        "format": "md",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (46, "待确认分析结果 — a product state (results awaiting the user's confirmation)"),
            (113, "状态标记（待确认、已确认、已弃用） — product states"),
        ],
        "notes": "Clean (precision): a bookmark extension whose analyses are 待确认 until the user confirms them.",
    },
]


def main() -> None:
    write_placeholder_set(HERE, DOCS)


if __name__ == "__main__":
    main()
