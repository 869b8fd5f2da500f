#!/usr/bin/env python3
"""Hand annotations of eval/structure51 (source of truth, fifty-first session, helper m51x): `python3 eval/structure51/tools/annotate51.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document, in full, before policylens was run
on it.  A line's text is the text of the HTML block whose first visible character is on that line (eval/dev23g's
`blocks_of`, standard library `html.parser`: scripts, styles and comments left out, `<br>` ends a block), else the
source line with its tags stripped; in Markdown the line without its `#` marks.  A heading written on the line after its
opening tag (richer `<h4>` / `1. 适用范围` / `</h4>`) is annotated on the line of its text.  The script refuses a line
with no text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure50/tools/annotate50.py (same conventions).  Standard library only.
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
    "abotkamay-html": (
        "dev",
        "privacy-zh.html",
        repo_src(
            "XingCEO/UI-UX-NTU",
            "212c30775d01bc56b33832f780464b4388f48615",
            "privacy-zh.html",
            "a captive-portal Wi-Fi operator's privacy page (Abot Kamay WiFi, Philippines, RA 10173) in Traditional Chinese",
            "34c595c45199e3474b197a252178606c82a620ce",
        ),
        "hant",
        "tw",
        "**static HTML page (Traditional, Taiwan wording 蒐集/資料/帳號) with site chrome**: a marquee banner, a nav holding an "
        "inline SVG logo (text ABOT / KAMAY / WITHIN REACH), a ZH/EN/TL language switcher of buttons, a breadcrumb, a hero "
        "eyebrow 隱私政策 over the `<h1>` 您的隱私對我們很重要, a highlight box of bold labels (生效日期/最後更新/適用範圍 "
        "separated by &nbsp;|&nbsp;), ten `<h2>` 1.–10., lists, a footer with a second SVG, link columns and an address",
        92,
        {1: [106, 113, 122, 130, 137, 146, 153, 160, 163, 166]},
        [],
        [17, 55, 57, 69, 91, 93, 101, 108, 138, 144, 231, 232],
        "Title 92 (the hero <h1> 您的隱私對我們很重要; the eyebrow <div> 隱私政策 on 91 is a look-alike). Level 1: the ten "
        "<h2> 1. 資料控制者 … 10. 聯絡與申訴. Look-alikes: 17 the marquee's Loading…, 55/57 SVG <text> in the nav logo, 69 "
        "the ZH language button, 91 eyebrow, 93 hero sentence, 101 the bold-label date box, 108 the bold company name in 1., "
        "138 a lead-in closed by ：, 144 a one-sentence paragraph, 231/232 footer e-mail and address.",
    ),
    "apicopy-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        IDX(
            "lreebom/api-copy-devtools",
            "0acb25406e7a2e43d74dcbf0fb95b7883f16345f",
            "PRIVACY.zh-CN.md",
            "68301074028",
            646,
            "a Chrome DevTools extension's privacy policy (API Copy)",
        ),
        "hans",
        "cn",
        "Markdown: `#` title, a language-link line, four `##`, two lead-ins closed by ： over `-` lists (one with a bold **不会**)",
        1,
        {1: [7, 18, 31, 35]},
        [],
        [3, 9, 22],
        "Title 1 (隐私政策). Level 1: 处理的数据, 数据如何使用, 敏感数据, 联系方式. Look-alikes: 3 language links, 9 and 22 "
        "lead-ins closed by ： (22 API Copy **不会**：).",
    ),
    "charoite-md": (
        "dev",
        "PRIVACY.md",
        repo_src(
            "charoiteai/Charoite_audio",
            "9388ab077f02d8fecb689ed346c4e83ee54d1f94",
            "docs/zh/PRIVACY.md",
            "a local-first meeting-transcription tool's privacy note (Charoite), Chinese edition beside English and Russian",
            "5c365eb65cc2aebb38050cc047e92f9972942add",
            "Apache-2.0 (LICENSE in the repository)",
        ),
        "hans",
        "cn",
        "**no headings**: a two-character `#` title 隐私, an italic language line, one lead-in, twenty `-` items each "
        "opening with a bold sentence (**零遥测。** …), four nested `-` items, an indented continuation paragraph inside an "
        "item, very long items (one quotes 「## 作者修改」 inline)",
        1,
        {},
        [],
        [3, 5, 7, 11, 14, 16],
        "Title 1 (隐私). No heading: every bold lead sentence is run-in inside its list item. Look-alikes: 3 the italic "
        "language line, 5 the lead-in 具体而言：, 7 a bold-led item, 11 a nested item (`cloud_enrich` ——), 14 an item "
        "quoting 「## 作者修改」 inline, 16 an indented paragraph continuing item 10.",
    ),
    "keepygaga-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        IDX(
            "TimWongUp/keepygaga-rag",
            "1c57e4d2bfd83e0666a0f1356d3eda311e62eaf5",
            "PRIVACY.zh-CN.md",
            "70935715915",
            1326,
            "a local RAG tool's data-flow note (Keepygaga RAG)",
        ),
        "hans",
        "cn",
        "Markdown **hard-wrapped at ~40 characters in mid-phrase** (tails like 和 `node_modules/`。…, 加入扫描排除项。, "
        "索引文件。 alone), paragraphs opening with inline code, four `##`, a lead-in 授权后：",
        1,
        {1: [8, 24, 37, 42]},
        [],
        [3, 6, 16, 18, 19, 26, 29, 48],
        "Title 1 (隐私与数据流说明). Level 1: 留在本机的数据, 发送给已配置 Provider 的数据, 通过 MCP 返回的数据, 用户责任. "
        "Look-alikes: 3 language links, 6 a wrapped tail, 16 a paragraph opening with inline code, 18 and 19 wrapped tails "
        "(19 加入扫描排除项。), 26 a lead-in closed by ：, 29 a wrapped list-item continuation, 48 the short tail 索引文件。.",
    ),
    "levin-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        IDX(
            "johnatiga9/levin-harness",
            "4bf559a1f680c47952a63c9412ab7d11fbcc649c",
            "PRIVACY.zh-CN.md",
            "69761770844",
            7444,
            "a desktop AI-agent app's privacy policy (Lévin™ Harness, a Hangzhou company)",
        ),
        "hans",
        "cn",
        "**long Markdown with HTML inside**: `<a name>` anchors over each `##`, a version list, `---`, a bold lead-in over a "
        "**numbered table of contents 1.–13. (a Markdown ordered list repeating the section titles)**, thirteen `##` 1.–13., "
        "two `### <strong>2.1 …</strong>` (bold HTML inside the heading) and seven plain `###` 3.1–3.7, runs of "
        "`<strong>` fragments, closing numbered paragraphs 13.1如… / 13.2当… / 13.3联系地址：（no space after the number）",
        1,
        {
            1: [37, 47, 75, 113, 126, 136, 144, 150, 160, 174, 182, 190, 198],
            2: [49, 57, 81, 85, 89, 95, 99, 103, 107],
        },
        [],
        [3, 5, 6, 9, 11, 13, 19, 21, 22, 30, 33, 35, 200, 202, 204, 206],
        "Title 1. Level 1: the thirteen `##` 1. 我们提供的应用… … 13. 联系我们. Level 2: `###` 2.1, 2.2 (inside <strong>) and "
        "3.1–3.7. Look-alikes: 3 language line, 5/6 version items, 9 a link line, 11 `---`, 13/35 `<a name>` anchors, 19 "
        "the bold lead-in 本政策将帮助您了解以下内容：, 21/22/30/33 table-of-contents items (1., 2., 10., 13.: list items, "
        "not headings), 200/204/206 numbered paragraphs 13.1–13.3, 202 the e-mail line.",
    ),
    "lucent-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        IDX(
            "Yuan0-o/Lucent",
            "59b9b9699a93c097679d6591dafa05b9c188c7df",
            "PRIVACY.zh-CN.md",
            "69421056770",
            7890,
            "a notes-and-tasks app's privacy policy (Lucent, Android and Windows)",
        ),
        "hans",
        "cn",
        "long Markdown: a bold date line, thirteen `##` 1.–13., ten `###` 3.1–3.3 and 5.1–5.7 (one with a parenthesis), "
        "bold-label list items (**导出。** …, **应用锁。** 设置 → 安全。…), a nine-row permission table, `---` over a "
        "developer line and a copyright line",
        1,
        {
            1: [7, 18, 24, 61, 69, 116, 129, 137, 153, 174, 192, 196, 200],
            2: [39, 47, 53, 73, 89, 93, 97, 101, 105, 112],
        },
        [],
        [5, 109, 122, 139, 141, 157, 180, 204, 206, 208],
        "Title 1 (Lucent 隐私政策). Level 1: `##` 1. 概要 … 13. 联系方式. Level 2: `###` 3.1–3.3, 5.1–5.7. Look-alikes: 5 bold "
        "date, 109/122/157/180 bold-label list items, 139 table header, 141 a table row, 204 `---`, 206 开发者：…, 208 "
        "the copyright line.",
    ),
    "micromapper-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        IDX(
            "levineet/codex-micro-mapper",
            "65b76e2ad90ded6990de17a2854c43a7e1476e2e",
            "PRIVACY.zh-CN.md",
            "67415822196",
            3612,
            "a macOS key-mapper's privacy note (Codex Micro Mapper)",
        ),
        "hans",
        "cn",
        "Markdown: a language line, a version line with bold, six `##`, **four paragraphs opening with a bold run-in label "
        "(**Codex Micro 事件。** …)**, a five-row table, bold-label items with ：",
        1,
        {1: [7, 13, 27, 39, 45, 49]},
        [],
        [3, 5, 15, 17, 21, 23, 25, 29, 31, 51, 53],
        "Title 1 (隐私说明). Level 1: 本地处理, 应用会读取什么, 保存哪些数据, 诊断与剪贴板, 旧配置与其他应用, 你可以如何控制. "
        "Look-alikes: 3 language line, 5 version line, 15/17/21/23 bold run-in labels opening paragraphs, 25 a one-sentence "
        "paragraph, 29 table header, 31 a table row, 51/53 bold-label items.",
    ),
    "quicktrans-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        IDX(
            "ggghhh16/codex-quick-translator",
            "df1af141dfeefb37f4e3b0c21053467516088848",
            "PRIVACY.zh-CN.md",
            "71158956739",
            1656,
            "a Chrome translation extension's privacy policy (快速翻译 · Local Codex)",
        ),
        "hans",
        "cn",
        "Markdown: a `#` title with a middle dot, a language link, a run-in date line (生效日期：…。开发者：…), six `##` "
        "(one with 、, one English term Limited Use inside the text)",
        1,
        {1: [7, 13, 19, 25, 31, 35]},
        [],
        [3, 5],
        "Title 1. Level 1: 处理哪些数据、为什么处理, 数据发往哪里, 本机保存与删除, 权限与安全, 有限使用声明, 政策变更与联系. "
        "Look-alikes: 3 the language link, 5 the run-in date/developer line.",
    ),
    "tokenchronicle-md": (
        "dev",
        "PRIVACY.zh-CN.md",
        IDX(
            "HuaHuiJian/tokenchronicle-marketplace",
            "6513a3dd3af22e63517b700b4f5360678470fef7",
            "PRIVACY.zh-CN.md",
            "62967860771",
            1028,
            "a Codex usage-log plug-in's privacy note (TokenChronicle 词元日志)",
        ),
        "hans",
        "cn",
        "Markdown: five `##`, `-` items hard-wrapped with two-space continuation lines (one continuation opens with inline "
        "code `Documents/TokenChronicle`)",
        1,
        {1: [5, 13, 23, 27, 35]},
        [],
        [16, 19, 21],
        "Title 1. Level 1: 默认边界, 目录与用户选择, 可选反馈, 可选 iCloud 加密快照, 语言边界. Look-alikes: 16, 19, 21 "
        "continuation lines of wrapped list items (19 opens with inline code).",
    ),
    "ctmonitor-html": (
        "holdout",
        "privacy-zh.html",
        repo_src(
            "HAOGRE/ClaudeTokenMonitorBar-macOS",
            "aaecc91edca7c6c95829a3a9447baff46dcb9ffb",
            "privacy-zh.html",
            "a macOS menu-bar token monitor's privacy page (ClaudeTokenMonitor)",
            "5f861abcaea0d0b63e3d51241707cb594f64b079",
        ),
        "hans",
        "cn",
        "static HTML: `<title>`, a one-line `<style>`, `<h1>`, a bold-label date paragraph, seven `<h2>` each over one `<p>`",
        10,
        {1: [13, 16, 19, 22, 25, 28, 31]},
        [],
        [11, 17],
        "Title 10 (隐私政策). Level 1: 概述, 数据收集, 工作原理, 无网络通信, 第三方服务, 政策变更, 联系我们. Look-alikes: 11 the "
        "bold-label date, 17 a paragraph opening with a bold sentence.",
    ),
    "modelgate-md": (
        "holdout",
        "PRIVACY.zh-CN.md",
        IDX(
            "mattheliu/model-pr-gate",
            "578652ae71673f1b5fffdea377c4683c01e20ee4",
            "PRIVACY.zh-CN.md",
            "65973202262",
            598,
            "a CI model-provenance gate's privacy note (model-pr-gate)",
        ),
        "hans",
        "cn",
        "**no headings**: `#` title, a language line, six short paragraphs (two open with English product names)",
        1,
        {},
        [],
        [3, 9, 13],
        "Title 1 (隐私说明). No heading. Look-alikes: 3 the language line, 9 and 13 paragraphs opening with English names "
        "(GitHub Action, 可选 GitHub App).",
    ),
    "sts1-md": (
        "holdout",
        "PRIVACY.zh-CN.md",
        IDX(
            "Yongzhaooo/sts1-combat-solver",
            "54407979fa79eb836074fbba9e7743a81171ba04",
            "PRIVACY.zh-CN.md",
            "70521150643",
            1601,
            "a game mod's privacy and data-contribution note (STS1 Combat Solver)",
        ),
        "hans",
        "cn",
        "Markdown: two long preamble paragraphs, four `##` over long paragraphs",
        1,
        {1: [7, 11, 17, 23]},
        [],
        [3, 5],
        "Title 1. Level 1: 诊断错误报告, 自愿经验数据贡献, 公开平台分享与保留期限, 接收提交前的前置披露要求. Look-alikes: 3 and "
        "5 the preamble paragraphs.",
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
