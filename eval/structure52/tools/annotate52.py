#!/usr/bin/env python3
"""Hand annotations of eval/structure52 (source of truth, fifty-second session, helper m52x): `python3 eval/structure52/tools/annotate52.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document, in full, before policylens was run
on it.  A line's text is the text of the HTML block whose first visible character is on that line (eval/dev23g's
`blocks_of`, standard library `html.parser`: scripts, styles and comments left out, `<br>` ends a block), else the
source line with its tags stripped; in Markdown the line without its `#` marks.  A heading written on the line after its
opening tag (richer `<h4>` / `1. 适用范围` / `</h4>`) is annotated on the line of its text.  The script refuses a line
with no text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure51/tools/annotate51.py (same conventions).  Standard library only.
"""

import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
_spec = importlib.util.spec_from_file_location("a23g", os.path.join(ROOT, "..", "dev23g", "tools", "annotate23g.py"))
_a23g = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_a23g)

INDEX_LICENSE = "not checked: index text (treat as all rights reserved; test fixture only)"


def index_src(repo, commit, path, index_id, chars, note, license_=INDEX_LICENSE):
    """A text the code index gave by id (read_file names its repository, path and commit), saved character for
    character (its total_chars checked): the repository could not be fetched or its snapshot lacks the file."""
    return {
        "repo": repo,
        "path": path,
        "commit": commit,
        "index_id": index_id,
        "mode": f"index text ({chars} characters)",
        "license": license_,
        "note": note,
    }


NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


def repo_src(repo, commit, path, note, blob, license_=NO_LICENSE):
    """A file taken byte for byte from a repository snapshot (`git show COMMIT:PATH`); blob = its git hash-object."""
    return {
        "repo": repo,
        "path": path,
        "commit": commit,
        "index_id": None,
        "mode": "git blob",
        "blob": blob,
        "license": license_,
        "note": note,
    }


IDX = index_src
LANGS = {}
TEXT = {}
ENCODING = {}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "flaredo-md": (
        "dev",
        "privacy.md",
        IDX(
            "ZhongJianHui/FlareDo",
            "72a8894221ab75688ef912e16ea359b44ac2d101",
            "docs/zh-CN/privacy.md",
            "62549159318",
            5892,
            "an unofficial Linux.do forum client's privacy note (FlareDo, AGPL-3.0 project; the index text's licence not checked)",
        ),
        "hans",
        "cn",
        "**long Markdown hard-wrapped at ~45 characters in mid-phrase**: `#` title, a run-in check-date line, six `##`, "
        "eight `###`, list items with indented continuation lines, lead-ins closed by ：, two pipe tables with long cells, "
        "wrapped tails of one or two words (`Web 流量。`, `或个人日志。`), a line opening with a link",
        1,
        {1: [9, 24, 94, 150, 172, 180], 2: [26, 41, 68, 83, 96, 110, 126, 138]},
        [],
        [3, 30, 33, 51, 72, 81, 101, 103, 160, 183, 185],
        "Title 1 (隐私说明). Level 1: 摘要, 通过网络发送的数据, 设备上的本地数据, 退出、删除和保留, 用户可做的选择, 变更和问题. "
        "Level 2: Linux.do 论坛流量, 登录认证, 前台实时轮询, 远程图片和链接, Room 数据库, 认证材料, 各平台 vault, 日志和诊断. "
        "Look-alikes: 3 the check-date line; 30, 101, 160 lead-ins closed by ：; 33 a two-word list item 搜索词；; 51, 81, "
        "185 hard-wrapped tails (Web 流量。 / 内容持久化。 / 或个人日志。); 72 a wrapped tail closed by ： (HTTPS DNS 源：); "
        "103 a table header; 183 a wrapped line opening with a link.",
    ),
    "moto-md": (
        "dev",
        "privacy-policy.md",
        repo_src(
            "robert0ng/moto-parking",
            "e4827a15786d0423bf40ca1eed8a849fa9ff2fb9",
            "docs/privacy-policy.md",
            "a Taiwan motorcycle-parking app's Google Play privacy policy (重機停車 / Moto Parking), Traditional then English",
            "c339f40c7e37907e811b819b0cf4f644d0d2044d",
            license_="the repository's LICENSE file (not read further; treat the text as a test fixture only)",
        ),
        "hant",
        "tw",
        "**bilingual stacked Markdown (Taiwan, Traditional then English)**: YAML front matter naming both titles, `#` "
        "隱私權政策, a bold date line, seven `##` 1.–7. with `###` 1.1–1.3, lists, a pipe table, `---`, then a second `#` "
        "Privacy Policy (English) over the same seven `##` and three `###` in English",
        5,
        {1: [11, 44, 54, 65, 71, 75, 79, 93, 123, 132, 141, 147, 151, 155], 2: [13, 22, 36, 95, 104, 115]},
        [87],
        [2, 7, 24, 29, 56, 85, 89],
        "Title 5 (隱私權政策). Level 1: the seven Chinese ## 1.–7. and the seven English ## 1.–7. (the Markdown marks: ## "
        "under a # is level 1 in both halves). Level 2: ### 1.1–1.3 in each half. Ambiguous: 87, the English edition's # "
        "(a second name; as lumin-tsx 41 in structure51s). Look-alikes: 2 front-matter title; 7 and 89 bold date lines; 24, "
        "29 and 56 lead-ins closed by ：; 85 the `---` rule between the halves.",
    ),
    "ppocr-md": (
        "dev",
        "privacy.md",
        IDX(
            "chenmohan123/web-sdk-PP-OCRv6",
            "266daaeb8a042a4e4f82ce116d43940ecc2191f2",
            "docs/zh-CN/privacy.md",
            "58532697889",
            239,
            "a browser OCR SDK's privacy note",
        ),
        "hans",
        "cn",
        "**no headings**: a 2-character `#` title 隐私, a language link, two paragraphs",
        1,
        {},
        [],
        [3],
        "Title 1 (隐私). No heading. Look-alike: 3 the language link.",
    ),
    "snotes-html": (
        "dev",
        "privacy_ch.html",
        repo_src(
            "888trtffhfhr/INC2",
            "5f33242cddc046e240d13741f3c1c5f2e250f4b3",
            "privacy_ch.html",
            "a local note-taking app's privacy policy and disclaimer (3Snotes)",
            "6e7d61b9af5b3d99e009feac839cc53cb66d8068",
        ),
        "hans",
        "cn",
        "plain HTML page, **two parts**: `<h1>` name, a date `<p>`, `<h2>` 一、隐私政策 over six `<h3>` 1.–6. with paragraphs "
        "（1）…（3）, an e-mail line, `<hr>`, `<h2>` 二、免责声明 over a lead and a five-item `<ol>`",
        19,
        {1: [22, 52], 2: [25, 30, 34, 39, 43, 46]},
        [],
        [20, 26, 47, 48, 53, 56],
        "Title 19. Level 1: 一、隐私政策, 二、免责声明. Level 2: the six <h3> 1. 信息收集与使用 … 6. 联系我们. Look-alikes: 20 the "
        "date; 26 a paragraph opening （1）; 47 a lead-in closed by ：; 48 the e-mail line; 53 the disclaimer's lead; 56 the "
        "first <ol> item.",
    ),
    "taro-tsx": (
        "dev",
        "index.tsx",
        IDX(
            None,
            None,
            "(a Taro page; read_file names no repository for the id)",
            "21062638525",
            6217,
            "a campus WeChat mini-program's privacy page (课表推送, 失物招领, 跳蚤市场), Taro + TSX",
        ),
        "hans",
        "cn",
        "**Taro TSX page of `<View>`/`<Text>`**: a goBack function, a header of a 返回 back text, `title` 隐私政策 and two "
        "`meta` dates, an intro `<Text>` whose sentence is on its own line, `⸻` dividers, eight `h2` 一、…八、, under 一、 "
        "five `li-title` 1.–5. each over a bullet list (• …), numbered items 1.…5. ending in ；, a contact line",
        24,
        {1: [38, 79, 92, 104, 117, 129, 139, 149], 2: [41, 48, 55, 62, 68]},
        [],
        [23, 25, 26, 35, 81, 106, 152],
        "Title 24 (隐私政策). Level 1: the eight h2 一、我们收集的信息 … 八、联系我们. Level 2: the five li-title 1. 基础账号信息 … "
        "5. 设备与日志信息 (short noun titles, each over its own bullet list). Look-alikes: 23 the 返回 back text; 25/26 "
        "meta dates; 35 a ⸻ divider; 81 a numbered item 1. 提供…；; 106 a lead-in closed by ：; 152 联系微信：Leisureea.",
    ),
    "shuangbao-vue": (
        "dev",
        "privacy.vue",
        IDX(
            None,
            None,
            "(a uni-app Vue page; read_file names no repository for the id)",
            "63201046685",
            4751,
            "a twin-baby record mini-program's user agreement and privacy page (双宝记, twinplanet.cn), uni-app Vue SFC",
        ),
        "hans",
        "cn",
        "**uni-app Vue SFC of `<text>` blocks**: a `title` text and an `update-date`, five `section-title` 一、…五、 over "
        "`body` texts (bullets •), **a row of three buttons between sections**, a `<script setup>` with "
        "`uni.setNavigationBarTitle` and `uni.showModal` titles and contents, a `<style scoped>` block. Added after the "
        "first run of the other ten documents (annotated before any run of itself; not part of the held-out draw)",
        3,
        {1: [6, 13, 18, 36, 39]},
        [],
        [4, 7, 26, 29, 32, 40, 55, 71, 93],
        "Title 3 (双宝记 · 用户协议与隐私政策). Level 1: 一、信息收集, 二、数据存储与安全, 三、您的权利, 四、免责声明, 五、联系我们. "
        "Look-alikes: 4 the date; 7 and 40 lead-ins closed by ：; 26/29/32 button texts (导出全部数据, 清除本地数据, 删除服务器"
        "数据); 55/71/93 showModal titles in the script.",
    ),
    "v2ui-md": (
        "dev",
        "privacy.md",
        IDX(
            "xuyang0921/V2UI",
            "9876e6912b2415e54ffb8efc8a1c874afdfd5177",
            "docs/zh-CN/privacy.md",
            "62679918379",
            961,
            "a local website-review tool's privacy policy (V2UI: Chrome extension + Codex plugin), a GitHub Pages page",
        ),
        "hans",
        "cn",
        '**Jekyll Markdown**: front matter (layout, permalink), `#` title, a raw-HTML `<p align="right">` language '
        "switch, a run-in date line, five `##`",
        5,
        {1: [13, 17, 23, 27, 33]},
        [],
        [3, 7, 9],
        "Title 5 (V2UI 隐私政策). Level 1: 请求与存储的数据, 数据处理边界, Chrome 权限, 保留与删除, 联系方式. Look-alikes: 3 the "
        "permalink line of the front matter; 7 the raw-HTML language switch; 9 the date line.",
    ),
    "zhixue-md": (
        "dev",
        "privacy.md",
        IDX(
            "zthagyamin/zhixue",
            "d767ec5314ef1e6a0e56a933b53136b19def8c97",
            "docs/zh-CN/privacy.md",
            "70742803364",
            2104,
            "a study tool's data and privacy boundaries (智学: Obsidian/Notion notes, a local Companion, AI providers)",
        ),
        "hans",
        "cn",
        "Markdown: `#` title, a nav line of three links, seven `##` over paragraphs, a six-row pipe table",
        1,
        {1: [7, 13, 26, 36, 44, 52, 58]},
        [],
        [3, 15, 21],
        "Title 1 (数据与隐私边界). Level 1: 来源归属与权限, 各功能如何处理资料, 凭据与模型调用, 身份、副本与写回, 保留、删除与备份, "
        "哪些可以进入公开仓库, 安全反馈. Look-alikes: 3 the nav links; 15 the table header; 21 the short table row AI.",
    ),
    "brimdeck-md": (
        "holdout",
        "privacy.md",
        IDX(
            "MoFeng2223/BrimDeck",
            "871fc45a44487df319879ec6be2a3cd8c3b8ff5b",
            "docs/zh-CN/privacy.md",
            "70659307775",
            1889,
            "a Windows AI-usage dashboard's data and privacy note (BrimDeck)",
        ),
        "hans",
        "cn",
        "Markdown: `#` title, four `##`, a seven-row pipe table with long cells and backslash paths, a lead-in closed by "
        "：, a second table, bullet lists",
        1,
        {1: [5, 19, 31, 38]},
        [],
        [7, 21, 23],
        "Title 1 (数据与隐私). Level 1: 读取的数据, 本机保存的文件, 联网与安全, 网易云音乐完整控制. Look-alikes: 7 and 23 table "
        "headers; 21 a lead-in closed by ：.",
    ),
    "sigil-md": (
        "holdout",
        "privacy.md",
        repo_src(
            "JimmyDaddy/sigil",
            "6b27f3e28e64ad578af0c010e93e10147d31bf86",
            "docs/zh-CN/privacy.md",
            "a terminal coding agent's privacy and data-handling page (Sigil)",
            "c4f259e2b10ec4960933b6181db789aa8e67c80f",
            license_="MIT (the repository's LICENSE)",
        ),
        "hans",
        "cn",
        "**Markdown with HTML comments**: a one-line `<!-- public-doc-role … -->` over the `#` title, a nav line of links, "
        "seven `##`, `<!-- public-doc-topic: … -->` comments under three of them, a closing comment and a 下一步：link line",
        3,
        {1: [9, 17, 21, 29, 35, 39, 43]},
        [],
        [1, 5, 11, 48],
        "Title 3 (隐私与数据处理). Level 1: 什么可能离开本机, 什么默认留在本机, API 密钥, 会话日志, MCP 与 Web 数据, Doctor 与"
        "支持报告输出, 分享日志或报告前. Look-alikes: 1 and 11 HTML comments; 5 the nav links; 48 the 下一步： link line.",
    ),
    "topprism-md": (
        "holdout",
        "privacy.md",
        IDX(
            "topprismdata/topprismwiki",
            "6daf86841226fa8fbc2e5beda02c57012e476aba",
            "docs/zh-CN/privacy.md",
            "61961347509",
            477,
            "a knowledge-base tool's privacy and public-release note (topprismwiki)",
        ),
        "hans",
        "cn",
        "**no headings**: `#` title, hard-wrapped paragraphs, a list with an indented continuation, a lead-in closed by ："
        " over a fenced code block, a two-word wrapped tail",
        1,
        {},
        [],
        [14, 17, 21],
        "Title 1 (隐私与公开发布). No heading. Look-alikes: 14 发布前运行： lead-in; 17 the command in the code fence; 21 the "
        "wrapped tail 项目权限。.",
    ),
}


def _source_lines(path, enc):
    out = {}
    with open(path, encoding=enc) as f:
        raw = f.read().split("\n")
    if path.endswith(".md"):
        for n, line in enumerate(raw, 1):
            text = re.sub(r"^#{1,6}\s*", "", line.strip()).strip()
            if text:
                out[n] = text
        return out
    blocks = _a23g.blocks_of(path, enc)
    for n, line in enumerate(raw, 1):
        text = blocks.get(n) or " ".join(re.sub(r"<[^>]*>", "", line).split())
        if text:
            out[n] = text
    return out


def build(name):
    sset, fname, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _source_lines(os.path.join(folder, fname), ENCODING.get(name, "utf-8-sig"))
    texts.update({line: t for (n, line), t in TEXT.items() if n == name})
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    marked = [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks)
    for line in marked:
        if line not in texts:
            raise SystemExit(f"{name}: no text on line {line}")
    twice = sorted({x for x in marked if marked.count(x) > 1})
    if twice:
        raise SystemExit(f"{name}: lines annotated twice: {twice}")
    ann = {
        "source": source,
        "format": os.path.splitext(fname)[1].lstrip("."),
        "script": script,
        "region": region,
        "languages": LANGS.get(name, ["zh"]),
        "kind": kind,
        "file": fname,
        "title": {"line": title, "text": texts[title]} if title else None,
        "headings": [{"line": line, "level": level, "text": texts[line][:120]} for line, level in heads],
        "ambiguous_lines": sorted(ambiguous),
        "look_alike_lines": [{"line": line, "text": texts[line][:80]} for line in sorted(looks)],
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
