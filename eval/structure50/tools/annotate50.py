#!/usr/bin/env python3
"""Hand annotations of eval/structure50 (source of truth, fiftieth session, helper m50x): `python3 eval/structure50/tools/annotate50.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document, in full, before policylens was run
on it.  A line's text is the text of the HTML block whose first visible character is on that line (eval/dev23g's
`blocks_of`, standard library `html.parser`: scripts, styles and comments left out, `<br>` ends a block), else the
source line with its tags stripped; in Markdown the line without its `#` marks.  A heading written on the line after its
opening tag (richer `<h4>` / `1. 适用范围` / `</h4>`) is annotated on the line of its text.  The script refuses a line
with no text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure49c/tools/annotate49c.py (same conventions); a .js/.tsx React page is read as HTML (its JSX tags are HTML tags).  Standard library only.
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


LANGS = {}
TEXT = {}
ENCODING = {}

MIT = "MIT (LICENSE in the repository)"
BH = "renboxue/BestHistory"
BHNOTE = "a browser-history extension's privacy notice (BestHistory)"

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "akcore-md": (
        "dev",
        "privacy.md",
        repo_src(
            "qq1060/agent-knowledge-core",
            "f35da897a99cef9f689c6df27c64755241587f39",
            "docs/zh-CN/privacy.md",
            "an agent-knowledge CLI's privacy note (what not to publish), Chinese edition beside docs/privacy.md",
            "41f8f6c5af458d675ea2d26d4c55c13d4bee9d82",
            MIT,
        ),
        "hans",
        "cn",
        "Markdown: `#` title, an `English: [link]` line, a lead-in closed by ：, a `-` list, a ```bash fence, one `##` "
        "over a ```text fence holding a two-line directory sketch",
        1,
        {1: [23]},
        [],
        [3, 7, 15, 18, 25, 28],
        "Title 1 (隐私说明). Level 1: 推荐拆分 (23). Look-alikes: 3 the English link line, 7 and 15 lead-ins closed by ：, 18 "
        "a shell command in a fence, 25 a lead-in, 28 a directory line in a ```text fence.",
    ),
    "besthistory-site-md": (
        "dev",
        "privacy.md",
        index_src(
            BH,
            "0cac86e8ee26a8b3f2e4ded484b08ca7afd9ea6e",
            "docs/zh-CN/privacy.md",
            "57825525218",
            2033,
            BHNOTE + ': the GitHub Pages (Jekyll) page, front matter over `<div markdown="1">`',
        ),
        "hans",
        "cn",
        '**Jekyll page: YAML front matter (with a `title:`), the Markdown inside `<div class="bh-doc-page" '
        'markdown="1">`**: `#` title, a bold date, ten `##` (one English), bold-label lists, a bold e-mail alone on a '
        "line, a `>` note, a closing `<div>` holding a back link",
        11,
        {1: [17, 22, 32, 46, 52, 64, 70, 76, 84, 90]},
        [],
        [3, 13, 34, 54, 56, 80, 82, 94, 96],
        "Title 11 (BestHistory 隐私说明; the front matter's title: line 3 is metadata, a look-alike). Level 1: the ten `##`, "
        "本地数据 … 联系方式 (70 the English Chrome Web Store Limited Use). Look-alikes: 3 front matter title, 13 bold date, "
        "34/54/80 lead-ins closed by ：, 56 a bold price item, 82 a bold e-mail alone on its line, 94 the `>` note, 96 the "
        "back link in a <div>.",
    ),
    "besthistory-tw-md": (
        "dev",
        "PRIVACY.md",
        repo_src(
            BH,
            "daa7ded48a8cf3de148e7ecfcf8b05b5b693a44a",
            "docs/zh-TW/PRIVACY.md",
            BHNOTE + ": the Traditional Chinese (Taiwan) edition in docs/zh-TW",
            "6dc2099adb10193645b9ff9c708885c9bb5af3d9",
        ),
        "hant",
        "tw",
        "**Taiwan edition** (Traditional, 帳戶/資料/擴充功能): `#` title, an italic date, a link line, seven `##` **each "
        "directly over its paragraph (no blank line)**, a closing run-in label 隱私問題：",
        1,
        {1: [9, 12, 15, 18, 21, 24, 27]},
        [],
        [3, 5, 7, 19, 28],
        "Title 1. Level 1: the seven `##` 瀏覽資料 … 聯絡, each immediately followed by its one paragraph. Look-alikes: 3 the "
        "italic date, 5 the link line, 7 the one-sentence preamble, 19 a paragraph starting with inline code, 28 the "
        "run-in contact line.",
    ),
    "commuter-js": (
        "dev",
        "Privacy.js",
        index_src(
            "qwewhy/commuter-guard",
            "8ce291c6a8e187a0abda3f0d9a53b47d0c4c3da8",
            "src/components/Privacy.js",
            "40589546976",
            775,
            "a commuting-safety web app's privacy page (React component)",
        ),
        "hans",
        "cn",
        "**React `.js` component**: JSX `<h1>`/`<h2 className=…>` titles, each `<p>`'s text on the line after its "
        "opening tag, a closing `<p>` with no title",
        6,
        {1: [10, 14, 18]},
        [],
        [8, 12, 23],
        "Title 6 (隐私政策). Level 1: 信息收集, 信息使用, 信息保护. Look-alikes: 8 and 12 paragraphs (text on the line after "
        "<p>), 23 the closing contact sentence (not a section).",
    ),
    "maskwp-md": (
        "dev",
        "privacy.md",
        repo_src(
            "MarnoDev/MaskWallpaperDocs",
            "718e42bf4878a87397947216ba8a6441d36b39f1",
            "docs/privacy.md",
            "a wallpaper app's privacy agreement (Mark Wallpaper / 蒙版壁纸), VitePress docs site",
            "fed295dbd4143f31f0f3b6a95b76e7085cd95276",
        ),
        "hans",
        "cn",
        "**VitePress Markdown**: English front matter (title: Privacy Policy), `#` title with a full-width parenthesis, "
        "version and effective date as `>` quote lines, `## 前言`, `##` 一、…四、, two `###` 1.内容浏览 / 2.购买 (no space "
        "after the number), an e-mail autolink",
        7,
        {1: [13, 25, 29, 41, 45], 2: [33, 37]},
        [],
        [2, 9, 11, 15, 17, 31, 39],
        "Title 7. Level 1: 前言 (13), 一、 (25), 二、 (29), 三、 (41), 四、 (45). Level 2: 1.内容浏览 (33), 2.购买 (37). "
        "Look-alikes: 2 the front matter title (English), 9/11 the version and date `>` lines, 15 and 17 preamble "
        "paragraphs, 31 a lead-in closed by ：, 39 an unpunctuated one-line paragraph.",
    ),
    "pandadock-md": (
        "dev",
        "privacy.md",
        index_src(
            "forestRhapsody/panda-dock",
            "aaa726acb25e243fc46d906a1718b25eb15fefb2",
            "docs/zh-CN/privacy.md",
            "69712359638",
            976,
            "a Chrome developer-tools extension's privacy policy (Panda Dock)",
        ),
        "hans",
        "cn",
        "Markdown: `#` title, a date inside the preamble sentence, five `##` 1.–5., bold-label items with em dashes, a "
        "permission table, an angle-bracket URL as the last section's only line",
        1,
        {1: [5, 9, 21, 33, 37]},
        [],
        [3, 11, 13, 23, 31, 39],
        "Title 1. Level 1: 1. 摘要, 2. 扩展会访问什么, 3. 权限, 4. Chrome 应用商店 Limited Use 声明, 5. 联系方式. "
        "Look-alikes: 3 preamble with date, 11 lead-in closed by ：, 13 a bold-label item, 23 table header, 31 a "
        "one-sentence paragraph, 39 the bare URL.",
    ),
    "quotatide-md": (
        "dev",
        "privacy.md",
        repo_src(
            "TheBlindM/QuotaTide",
            "ec8da4f9745dde3c41c9b81326fb983673200f46",
            "docs/zh-CN/privacy.md",
            "a Codex quota monitor's privacy note (QuotaTide desktop app)",
            "e00d645fafb74419c862f93227af477c5b613f40",
            MIT,
        ),
        "hans",
        "cn",
        "**Markdown with no section headings, hard-wrapped at ~40 characters in mid-phrase** (lines such as 「收件人。」 "
        "and 「`auth.json`。导出…」 start a line), a `#` title only",
        1,
        {},
        [],
        [3, 5, 9, 17, 19, 20],
        "Title 1 (隐私说明). No headings. Look-alikes: 3 the one-sentence preamble, 5/9/19 paragraph starts, 17 the "
        "two-character wrapped tail 收件人。, 20 a wrapped tail starting with inline code.",
    ),
    "tingsub-md": (
        "dev",
        "privacy.md",
        index_src(
            "yeshan333/tingsub",
            "588f87de4e8ec0059fe3ddf44b6a00d6b9078dc8",
            "docs/zh-CN/privacy.md",
            "71486096554",
            1123,
            "a local live-subtitle tool's privacy and permissions note (TingSub)",
        ),
        "hans",
        "cn",
        "Markdown: a language-switch line **above** the `#` title, three `##`, a six-row permission table, a run-in "
        "label 轮换配对码： opening a paragraph",
        3,
        {1: [5, 13, 26]},
        [],
        [1, 15, 17, 30],
        "Title 3 (隐私与权限). Level 1: 数据流, 浏览器权限, 本地密钥. Look-alikes: 1 the language switch, 15 table header, "
        "17 a table row, 30 the run-in paragraph 轮换配对码：….",
    ),
    "dsers-md": (
        "holdout",
        "privacy.md",
        repo_src(
            "dsers/dsers-mcp-server",
            "9491eeb6ef72a2822a3d33789051706511f49ed7",
            "docs/zh-CN/privacy.md",
            "a dropshipping MCP server's privacy and security note (DSers), Chinese docs",
            "e0cdca0ef75653682e2473decdb9b4c7fd7611ca",
            "Apache-2.0 (LICENSE in the repository)",
        ),
        "hans",
        "cn",
        "Markdown: `#` title, a lead-in 托管隐私政策 URL： over a URL in a ```text fence, six `##`, label：text list items, a "
        "bare e-mail as the last line",
        1,
        {1: [11, 22, 28, 37, 48, 58]},
        [],
        [5, 8, 15, 39, 50, 60, 62],
        "Title 1 (隐私与安全). Level 1: 托管服务处理的数据, 用户授权, 存储与保留, 第三方服务, 安全规则, 联系方式. "
        "Look-alikes: 5 lead-in closed by ：, 8 the URL in a fence, 15 a label：text item, 39/50/60 lead-ins, 62 the bare "
        "e-mail.",
    ),
    "jisuan-tsx": (
        "holdout",
        "Privacy.tsx",
        index_src(
            "bugsalways/jisuan",
            "b925a31b076902b94bd9acdbfb923894acfb780b",
            "src/pages/Privacy.tsx",
            "36891591857",
            695,
            "a calculator site's privacy page (React TSX)",
        ),
        "hans",
        "cn",
        "**React `.tsx` page** with Tailwind prose: `<h1>` bilingual title 隐私政策 (Privacy Policy), five `<h2>` (one "
        "English, Cookies), one-line `<p>` bodies",
        6,
        {1: [9, 12, 15, 19, 22]},
        [],
        [7, 17, 23],
        "Title 6. Level 1: 信息收集, Cookies, 第三方服务, 信息安全, 政策更新. Look-alikes: 7, 17, 23 one-line paragraphs.",
    ),
    "nightjar-hant-html": (
        "holdout",
        "privacy.html",
        index_src(
            "azun-k2/nightjar",
            "3b841c3e5e2c8cfa4fefe148755848ce8e2afb0f",
            "zh-hant/privacy.html",
            "70123566751",
            10198,
            "a macOS keep-awake utility's privacy policy (Nightjar), the Traditional Chinese page of a 34-language static site",
        ),
        "hant",
        "tw",
        "**Static HTML page with a hero, nav links, a 34-language `<details>` switcher and a footer**: `<h1>` title, a "
        "tagline with the date, seven `<section class=card>` each with an `<h2>`, a `<ul>`, `<strong>` run-in labels",
        55,
        {1: [104, 109, 122, 128, 135, 140, 145]},
        [],
        [56, 58, 105, 110, 129, 149],
        "Title 55 (隱私權政策). Level 1: the seven card `<h2>` 簡短版 … 變更與聯絡. Look-alikes: 56 tagline with date, 58 "
        "the nav link 首頁, 105 the short-version paragraph, 110 lead-in closed by ：, 129 a paragraph opening with a "
        "bold label, 149 the footer line.",
    ),
    # Second batch (dev2 / holdout2): added after the first batch's base run; annotated before its own first run.
    "mini112-vue": (
        "dev2",
        "privacy-policy.vue",
        index_src(
            "attractive-boy/mini112",
            "1e07f9c17cfca267bbb0daf9190537d8c3b137ac",
            "pages/privacy-policy/privacy-policy.vue",
            "12943558934",
            5425,
            "a task platform's privacy policy (uni-app page)",
        ),
        "hans",
        "cn",
        '**uni-app `.vue` page**: a `text.title` and `text.date` header, eleven `<text class="section-title">` 1.–11. each '
        'over `<text class="section-text">` items written as numbered label：text sentences (2.1 账户信息：…), a lead-in '
        "4.2 closed by ：, '-' items, a long `<style scoped>`",
        5,
        {1: [11, 16, 25, 33, 43, 50, 57, 65, 72, 79, 84]},
        [],
        [6, 12, 17, 26, 35, 36, 58, 80],
        "Title 5 (任务平台隐私政策). Level 1: the eleven section-title texts 1. 引言 … 11. 联系我们. Look-alikes: 6 the "
        "effective date, 12 the intro body, 17/26/58 numbered label：sentence items (2.1 账户信息：包括…; whole sentences, "
        "not titles), 35 the lead-in 4.2 … 共享您的信息：, 36 a '-' item, 80 an unnumbered body.",
    ),
    "chmreader-md": (
        "dev2",
        "privacy.zh-CN.md",
        index_src(
            "zhongdiandaoda/chm-reader-light",
            "4081eb6471dd10d9a023a16f2a520c5f4b965ffc",
            "docs/privacy.zh-CN.md",
            "67218748772",
            1528,
            "a macOS CHM reader's privacy and local-data note (CHMReaderLight)",
        ),
        "hans",
        "cn",
        "Markdown mixing English terms: `#` title, an English link line, two preamble paragraphs of links, four `##`, '-' "
        "items with inline code and bold menu paths (**Help > Clear Extracted Cache**)",
        1,
        {1: [9, 19, 26, 33]},
        [],
        [3, 5, 7, 11, 30],
        "Title 1. Level 1: 保留在本地的数据, 阅读器边界, 移除本地数据, 报告隐私或安全问题. Look-alikes: 3 English link, 5 "
        "preamble, 7 the links paragraph, 11 an item, 30 an item with a bold menu path.",
    ),
    "towrite-md": (
        "dev2",
        "PRIVACY.zh-CN.md",
        repo_src(
            "GitMorRic/towrite-open-questions",
            "a80004606db6f4798b1777548ba64c40016308f2",
            "PRIVACY.zh-CN.md",
            "an Obsidian plug-in's privacy note (ToWrite Open Questions), Chinese edition beside PRIVACY.md",
            "bb2e13424ee862ba8ed1018dd77d4a63d720367c",
            MIT,
        ),
        "hans",
        "cn",
        "Long Markdown mixing English terms: `#` title, a language switch, a date line, nine `##`, one `###` over a "
        "two-column retention table, ```text fences of file paths, lead-ins closed by ：",
        1,
        {1: [9, 16, 39, 57, 63, 82, 116, 127, 131], 2: [101]},
        [],
        [3, 5, 20, 23, 27, 86, 103, 105, 133],
        "Title 1. Level 1: 本地优先默认值, Vault 与插件数据, 学习数据边界, 本地记录推荐, 可选 Obsidian AI Backend, 可选 "
        "Device Hub, 其他可选网络功能, 通知, 用户控制. Level 2: Reference Hub 保留与删除行为 (101). Look-alikes: 3 language "
        "switch, 5 date, 20/27/86/103/133 lead-ins closed by ：, 23 a path in a fence, 105 the table header.",
    ),
    "turnchime-md": (
        "dev2",
        "privacy.zh-CN.md",
        repo_src(
            "jgarrick1992/codex-turn-chime",
            "ffc200c485374d3ba14f71946b192e4ea43d4cf0",
            "docs/privacy.zh-CN.md",
            "a Codex turn-notification app's privacy note (CodexTurnChime)",
            "9e0af8a36fa7f9436a015e2848bef68d158cb3b8",
            MIT,
        ),
        "hans",
        "cn",
        "Markdown with **no section headings**: a two-character `#` title 隐私 and five paragraphs, two of them opening with "
        "run-in labels 会保存： / 绝不保存：",
        1,
        {},
        [],
        [3, 5, 7, 9, 11],
        "Title 1 (隐私). No headings. Look-alikes: 3 the one-sentence opening, 5 会保存：… and 7 绝不保存：… (run-in labels "
        "opening long lists in a sentence), 9 and 11 paragraphs.",
    ),
    "peerto-md": (
        "holdout2",
        "privacy.zh-CN.md",
        index_src(
            "leconio/peerto",
            "15cc2c2bca44f4a8a789bb81ffac426ef543369a",
            "docs/privacy.zh-CN.md",
            "66882636391",
            1300,
            "a self-hosted peer-to-peer file-transfer app's privacy note (Peerto)",
        ),
        "hans",
        "cn",
        "Markdown: `#` title, an English link, six `##` (three English: STUN, TURN, Cloudflare), lead-ins closed by ： "
        "over short '-' lists",
        1,
        {1: [7, 22, 45, 51, 57, 63]},
        [],
        [3, 5, 9, 11, 24, 35, 37],
        "Title 1. Level 1: 浏览器本地, Peerto 应用服务器, STUN, TURN, Cloudflare, 删除. Look-alikes: 3 English link, 5 "
        "preamble, 9/24/35 lead-ins closed by ：, 11 and 37 short '-' items.",
    ),
    # Third batch (dev3, one document, no held-out part): added after the second batch's base run; annotated before its
    # own first run.
    "agentsopt-md": (
        "dev3",
        "PRIVACY.zh-CN.md",
        repo_src(
            "ChanTinPing/auto-optimize-codex-agents-md",
            "db92bed84e1a18c420a0e9476499ceb46bd29263",
            "PRIVACY.zh-CN.md",
            "a Codex skill's privacy policy (Auto-Optimize Codex AGENTS.md); the file was deleted in the next commit "
            "(b9d7f0a 'keep policy pages in English')",
            "d96059b5174f9a6acbbb13f8f50ea26cff9addfd",
        ),
        "hans",
        "cn",
        "Markdown: an `[English version]` link **above** the `#` title, a bold label date 「**生效日期：** 2026 年 7 月 16 "
        "日」, nine unnumbered `##`, a `；` list, long paragraphs with inline code",
        3,
        {1: [9, 13, 28, 32, 40, 44, 50, 54, 58]},
        [],
        [1, 5, 7, 15, 17, 26, 38, 60],
        "Title 3 (隐私政策). Level 1: 摘要, 本 Skill 处理的数据, 使用目的, 本地存储与修改, 网络处理与第三方, 保留与删除, "
        "通过支持渠道收到的数据, 安全, 政策变更与联系. Look-alikes: 1 the English link above the title, 5 the bold-label "
        "date, 7 the scope paragraph, 15 lead-in closed by ：, 17 a `；` item, 26/38/60 one-sentence or closing paragraphs.",
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
