"""The hand annotations of eval/dev20p (issue #11 §1, twentieth session, q20v: unfilled slots in the shapes real
templates leave; policies held in mini-program pages, JSX pages, HTML drafts, a compliance guide's draft text).

`python3 eval/dev20p/annotate20p.py` re-extracts every policy file from the fetched snapshot
(`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is there; for the four documents whose
repository could not be fetched, it reads the index text kept in `tools/index/` (the text `read_file` returned for
that path and commit, written as UTF-8; its length in characters equals the index's `total_chars`).  It then applies
the document's extraction, checks that every placeholder and look-alike text occurs on its line, and rewrites
annotation.json.  The annotations were written and committed before policylens was run on any of these files.
Headings are not annotated in this set (use `--what placeholders`).

Extraction (nothing is reworded): JSX pages keep the lines of the rendered element tree, verbatim, saved as `.html`
(a JSX comment line is blanked, so that line numbers stay those of the slice); a compliance guide keeps only the
section that is the policy's draft text.  The other files are the byte-exact blobs (or the index text).
"""

from __future__ import annotations

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from ann_lib import write_placeholder_set  # noqa: E402

NONE = "none (no licence file)"
MIT = "MIT"


def lines_slice(first: int, last: int, blank_jsx_comments: bool = True):
    """Lines first..last (1-based, inclusive) of a source file; JSX comment lines blanked."""

    def cut(blob: bytes) -> bytes:
        lines = blob.decode("utf-8").split("\n")[first - 1 : last]
        if blank_jsx_comments:
            lines = ["" if re.fullmatch(r"\s*\{/\*.*\*/\}\s*", x) else x for x in lines]
        return ("\n".join(lines) + "\n").encode("utf-8")

    return cut


JSX = "JSX markup of the page's render, verbatim, saved as .html (JSX comment lines blanked); file line = source line - {n}"
INDEX = "index text (repository not fetchable): the text the search index stores for this path at this commit"
DRAFT_NOTE = "a note to the drafter / publisher left in the published text"

DOCS = [
    {
        "name": "librio-wxml",
        "repo": "leechunwoo0815/librio",
        "path": "frontend/pages/agreement/privacy-policy/privacy-policy.wxml",
        "commit": "646ea56b914f3d55b47f85b3ecdd60152e9a1695",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (16, "【公司全称待补充——请商户在 privacy-policy.wxml 中填入认证主体名称】", "operator slot with an instruction to the merchant"),
            (109, "【待补充——请商户在此填写办学许可证编号】", "licence number slot"),
            (110, "xx 市教育局", "issuing authority written with an xx city (lower-case xx and a space)"),
            (111, "【待补充——请商户上传办学许可证扫描件】", "licence image slot"),
        ],
        "ambiguous": [94],
        "look_alikes": [
            (116, "我们将在 15 个工作日内回复 — a contact channel named (in-app customer service), no address left empty"),
            (103, "当前版本：v1.1（2026-07-23 新增儿童个人信息保护专门条款） — a filled version line"),
        ],
        "notes": "A children's reading mini-program (WeChat .wxml page) whose policy leaves the operator, a school licence number, its issuing authority (xx 市) and its scan as slots addressed to the merchant. Line 94 (ambiguous): the retention list item for transaction records stops after its parenthesis, the period never written.",
    },
    {
        "name": "littleag-md",
        "repo": "MaiXiangCatt/littleag-resume",
        "path": "docs/legal/privacy-policy.zh-CN.md",
        "commit": "289d35b79281dd50973189f50e036d57cc2647ca",
        "licence": "GPL-3.0",
        "format": "markdown",
        "placeholders": [
            (9, "由上述运营者个人维护", "refers to the operator 'named above', but the header names none: the operator line was left out (its README lists the operator's real name as still to fill)"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (5, "> 联系邮箱：littleag_resume@163.com — a filled contact e-mail"),
            (120, "   - 合同联系邮箱：`cloud_hetong@tencent.com`； — a processor's filled contact in a code span"),
        ],
        "notes": "A resume tool's Markdown draft policy from its docs/legal folder (its README: 'before launch' draft); the header gives dates and an e-mail but not the operator, and the first paragraph speaks of 'the operator named above'.",
    },
    {
        "name": "baozupo-tsx",
        "repo": "KintS-sketch/baozupo",
        "path": "src/app/privacy/page.tsx",
        "commit": "ab2d4e92f6339efee2b81dc470db9de6e12cb10d",
        "licence": NONE,
        "format": "html",
        "file": "page.html",
        "index_source": "tools/index/baozupo-page.tsx",
        "extract": lines_slice(13, 256),
        "extraction": INDEX + "; " + JSX.format(n=12),
        "placeholders": [
            (198, "（暂用占位，待启用后更新）", "a filled-looking e-mail marked as a stand-in to be replaced"),
            (227, "（暂用占位）", "the protection officer's e-mail marked as a stand-in"),
            (228, "（暂用占位）", "the support e-mail marked as a stand-in"),
        ],
        "ambiguous": [231],
        "look_alikes": [
            (6, "更新日期：{UPDATED_AT} — JSX expressions filled from constants at build time (2026 年 5 月 11 日)"),
            (230, "<li>统一社会信用代码：91440300MADJDXM09R</li> — a filled credit code"),
        ],
        "notes": "A rental-management SaaS's Next.js privacy page: every contact e-mail is followed by '(a stand-in for now)'. Line 231 (ambiguous): 邮寄地址：以营业执照注册地址为准 defers the mailing address to the business licence instead of giving it.",
    },
    {
        "name": "lunyu-tsx",
        "repo": "ma3hao2/Lunyu-Learning",
        "path": "src/pages/privacy/index.tsx",
        "commit": "52abcfa702b4b450d8c6af9e65e194e49dce60b6",
        "licence": NONE,
        "format": "html",
        "file": "index.html",
        "index_source": "tools/index/lunyu-index.tsx",
        "extract": lines_slice(17, 73),
        "extraction": INDEX + "; " + JSX.format(n=16),
        "placeholders": [
            (54, "（联系方式将在上线前补充）", "contact details 'to be added before launch', in parentheses after a channel"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (4, "更新日期：2026-08-14 — a filled date"),
        ],
        "notes": "A Taro mini-program's short policy (The Analects study app); its contact section names channels and says the contact details will be added before launch.",
    },
    {
        "name": "piaociyuan-tsx",
        "repo": "Viosus/piaociyuan",
        "path": "apps/web/app/privacy/page.tsx",
        "commit": "29385285c3a7bc0d1b9f04cf8a6b280b45839f60",
        "licence": NONE,
        "format": "html",
        "file": "page.html",
        "extract": lines_slice(12, 366),
        "extraction": JSX.format(n=11),
        "placeholders": [
            (15, "<strong>注册地址：</strong>中华人民共和国", "registered address given as the country alone"),
            (21, "400-XXX-XXXX", "hotline masked with X after a bold label"),
            (346, "400-XXX-XXXX", "hotline masked with X in a list item after a bold label"),
            (347, "<strong>办公地址：</strong>中华人民共和国", "office address given as the country alone"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (154, "&mdash; — a dash in the 'official privacy policy' cell of Socket.io (an open-source library without one)"),
            (18, "privacy@piaociyuan.com — a filled e-mail on the operator's domain"),
        ],
        "notes": "A ticketing platform's Next.js privacy page: bold-labelled contact fields, the hotline masked 400-XXX-XXXX twice and both addresses reduced to 中华人民共和国.",
    },
    {
        "name": "questify-draft-html",
        "repo": "liboyang42-cpu/questify-test-website",
        "path": "privacy.html",
        "commit": "990eb7d4d4e208caf53a5d1febdd6e32d35f3f48",
        "licence": NONE,
        "format": "html",
        "file": "privacy.html",
        "index_source": "tools/index/questify-990eb7d4-privacy.html",
        "extraction": INDEX,
        "placeholders": [
            (38, "最后更新:待发布前确认", "a date never filled: 'to be confirmed before publication'"),
            (40, "内部提示 · 占位内容,上线前必须由法务替换", "a boxed internal note: placeholder content to be replaced before launch"),
            (41, "本页为占位框架", "the page says it is a placeholder frame, not a legal statement"),
        ],
        "ambiguous": [34, 35, 36, 37, 43, 44, 45, 46, 47],
        "look_alikes": [
            (52, "我们会收集你主动填写的称呼 — ordinary collection text (填写 of the user's form)"),
        ],
        "notes": "A city-game studio's website privacy page at the commit where it was still a frame: a bold internal-warning box, a to-do list of what legal must supply, and an update date 'to be confirmed before release'. Ambiguous: lines 34-37 (an HTML comment to the developers, not shown on the page) and 43-47 (the to-do items, each naming a missing part).",
    },
    {
        "name": "questify-launch-html",
        "repo": "liboyang42-cpu/questify-test-website",
        "path": "privacy.html",
        "commit": "1111b159e3af87adc1a78e9608f8d19af911cc12",
        "licence": NONE,
        "format": "html",
        "file": "privacy.html",
        "index_source": "tools/index/questify-1111b159-privacy.html",
        "extraction": INDEX,
        "placeholders": [
            (29, "版本：网站静态首发草案", "a draft status in the version line"),
            (30, "正式发布前仍需由运营负责人确认备案信息、联系渠道和服务器配置", DRAFT_NOTE),
        ],
        "ambiguous": [],
        "look_alikes": [
            (49, "运营主体：上海城瘾科技有限公司 — the operator filled"),
        ],
        "notes": "The same page rewritten for launch: operator and filing number filled, but the version line still says draft and a boxed note says what the operator must confirm before publication.",
    },
    {
        "name": "yanzhidao-md",
        "repo": "tly04059-hue/yanzhidao",
        "path": "project_docs/32-miniapp-微信隐私合规修复与后台文案.md",
        "commit": "f2273ae100505b76346f6ba72683c98c022381ab",
        "licence": NONE,
        "format": "markdown",
        "file": "guide.md",
        "extract": lines_slice(175, 229, blank_jsx_comments=False),
        "extraction": "section 4.2 of a mini-program compliance guide (source lines 175-229), the draft text of the app's 用户隐私保护指引; file line = source line - 174",
        "placeholders": [
            (9, "`【待替换：公司主体全称】`", "developer name slot, alone in a code span under its label"),
            (41, "【待替换：客服/法务邮箱】", "contact e-mail slot inside a code span"),
            (43, "【待替换：公司主体全称】", "contact entity slot inside a code span"),
            (45, "成都市高新区天府五街【待补充详细地址】", "address filled to the street, the rest a slot"),
        ],
        "ambiguous": [3],
        "look_alikes": [
            (51, "`2026-06-01` — a filled date in a code span"),
        ],
        "notes": "A WeChat mini-program's privacy guide drafted in a project doc, each paragraph in an inline code span to be pasted into the platform's form. Line 3 (ambiguous): the guide's note that the 【待替换】 parts must still be filled.",
    },
    {
        "name": "autopark-vue",
        "repo": "smile-jay-lee/AutoPark",
        "path": "pages/user/privacy.vue",
        "commit": "793647213b8fb8479a931345d67975de13ff1956",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (64, "400-xxx-xxxx", "hotline masked with lower-case x"),
        ],
        "ambiguous": [63],
        "look_alikes": [
            (5, "更新时间：2025-11-09 — a filled date"),
        ],
        "notes": "A parking mini-program's uni-app policy page. Line 63 (ambiguous): support@parking.com, a generic address on a domain that does not look like the operator's.",
    },
    {
        "name": "wifiqr-vue",
        "repo": "mhmt0834/wifi-qrcode-tool",
        "path": "pages/privacy/privacy.vue",
        "commit": "53cfd350516a4cadba3c52e46fed31bbb73a654a",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (165, "如您对本政策或个人信息处理有疑问 — a contact channel named (a 'contact us' page), no address left empty"),
            (93, "您主动填写的店铺名称、联系人姓名、联系电话 — the merchant's form fields, not slots"),
        ],
        "notes": "A WiFi-sharing mini-program's uni-app policy page; complete, for precision.",
    },
    {
        "name": "xwtapp-vue",
        "repo": "mao1601458718-tech/xwtapp",
        "path": "pages/mine/privacy.vue",
        "commit": "9373344adbc070fe680d4b0d646646578efe8296",
        "licence": MIT,
        "format": "html",
        "placeholders": [],
        "ambiguous": [6],
        "look_alikes": [
            (166, "“用户反馈”页面与我们联系 — a contact channel named, no address left empty"),
        ],
        "notes": "A maintenance app's long uni-app policy copied from a large platform's template, the product name filled throughout. Line 6 (ambiguous): 本政策将帮助你了解： with the list of contents it announces left out.",
    },
    {
        "name": "fishing-vue",
        "repo": "jiangyi3265/shared-fishing-app",
        "path": "pages/protocol/privacy.vue",
        "commit": "1ed104b77d6fdb4b5f46233aea7c5b24f8ce0d74",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (30, "可联系钓场工作人员处理 — a contact channel named, no address left empty"),
        ],
        "notes": "A fishing-ground mini-program's five-section policy; complete in its own terms, for precision.",
    },
    {
        "name": "enhe-md",
        "repo": "hqwzhu/Viral-Product-Copy-Video-Generator",
        "path": "distribution/docs/zh-CN/data-and-privacy.md",
        "commit": "897547e1b8efd9ce0fd2655b2ff16da5d0235097",
        "licence": MIT,
        "format": "markdown",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (9, "| 产品事实、草稿、媒体、发布包、报告 | 用户指定的本机 `--out-dir` — 草稿 are the tool's user data, not a drafting note"),
            (42, "huqingwei5942@gmail.com — a filled personal contact e-mail"),
        ],
        "notes": "A desktop tool's data-and-privacy page (Markdown, tables, code spans); complete, for precision.",
    },
]


def _materialise_index_docs() -> None:
    """Write the files of the index-text documents (no snapshot to re-extract them from)."""
    for doc in DOCS:
        src = doc.get("index_source")
        if not src:
            continue
        with open(os.path.join(HERE, src), "rb") as f:
            blob = f.read()
        if doc.get("extract"):
            blob = doc["extract"](blob)
        folder = os.path.join(HERE, doc["name"])
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, doc.get("file") or os.path.basename(doc["path"])), "wb") as f:
            f.write(blob)


if __name__ == "__main__":
    _materialise_index_docs()
    # write_placeholder_set re-extracts only where a snapshot exists; the index-text files written above stay as they are
    write_placeholder_set(HERE, [d for d in DOCS])
