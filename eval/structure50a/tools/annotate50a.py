#!/usr/bin/env python3
"""Hand annotations of eval/structure50a (source of truth, fiftieth session, helper u50a): `python3 eval/structure50a/tools/annotate50a.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document, in full, before policylens was run
on it.  A line's text is the text of the HTML block whose first visible character is on that line (eval/dev23g's
`blocks_of`, standard library `html.parser`: scripts, styles and comments left out, `<br>` ends a block), else the
source line with its tags stripped; in Markdown the line without its `#` marks.  A heading written on the line after its
opening tag (richer `<h4>` / `1. 适用范围` / `</h4>`) is annotated on the line of its text.  The script refuses a line
with no text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure49c/tools/annotate49c.py (same conventions); a .vue page is read as HTML.  Standard library only.
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
TEXT = {
    ("jiaocai-vue", 64): "信息收集",
    ("jiaocai-vue", 69): "信息使用",
    ("jiaocai-vue", 74): "信息存储与安全",
    ("jiaocai-vue", 79): "信息共享",
    ("jiaocai-vue", 83): "用户权利",
}
ENCODING = {}


# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "guanxian-vue": (
        "dev",
        "privacy.vue",
        repo_src(
            "zxhutao/guanxian-info",
            "737449f24800d0ebeef6927103cce7dfdbc3c81e",
            "pages/user/privacy.vue",
            "a local jobs/services mini program's privacy policy (冠帮帮, uni-app page)",
            "2cc3816896d84d723c582f3f05f65672c2ec5d18",
        ),
        "hans",
        "cn",
        "**uni-app `.vue` page: `text.section-title` over one `text.paragraph` (`white-space: pre-wrap`) each**, the "
        "paragraph's text written as indented source lines: numbered items `1. 【…】…` one a line, **some paragraphs with "
        "no blank line between lead-in and items**, hard-wrapped sentences (a comma at the line end)",
        4,
        {1: [10, 18, 33, 47, 60, 69, 83, 91, 99]},
        [],
        [5, 12, 20, 22, 23, 24, 25, 26, 35, 36, 40, 51, 52, 55, 62, 64, 71, 72, 76, 85, 101, 103],
        "Title 4 (text.title 隐私政策). Level 1: 引言 (10) and the eight section titles 一、…八、 (unnumbered 引言 is their peer). "
        "Look-alikes: 5 the date; 12/85 hard-wrapped sentence heads (ending in ，); 20/35/51/71/101 lead-ins closed by ："
        "; 22-26, 36-40, 52-55, 62-64, 72-76 numbered list items (1. 【注册信息】…, 1. 提供、维护…: short noun phrases, "
        "items, not titles); 103 the hotline line.",
    ),
    "mwss-vue": (
        "dev",
        "privacy.vue",
        repo_src(
            "joy0917/uni-app-mwss",
            "e2c9f0281f4c2f7e02917da6b1cf8663ca65848d",
            "pages/user/privacy.vue",
            "a uni-app page's privacy agreement (隐私协议), one `<view class=\"mb10\">` a paragraph",
            "e08f20411a2e1043126dabf431a9eb375515f432",
        ),
        "hans",
        "cn",
        "**uni-app `.vue` page of plain `<view>` lines, no styling**: a title closed by ：, 一、/二、/三、 titles (the first "
        "closed by ：), **`1 信息存储的地域` titles numbered without a mark** over `1.1 …` numbered sentences, and "
        "`3 …` / `4 …` numbered sentences continuing the same count",
        4,
        {1: [5, 7, 11], 2: [12, 15]},
        [],
        [8, 9, 10, 13, 14, 16, 17, 18, 19, 20],
        "Title 4 (隐私协议：). Level 1: 一、 (5, closed by ：, its body a paragraph), 二、 (7), 三、 (11). Level 2: 1 信息存储的地域 "
        "(12) and 2 信息存储的方式和期限 (15). Look-alikes: 8 a lead-in; 9/10 numbered sentences '1 记住您的身份。…'; "
        "13/14/16/17/18 numbered sentences 1.1/1.2/2.1–2.3; 19/20 the sentences '3 我们使用…' / '4 尽管…' (whole "
        "sentences continuing the count of 12/15: paragraphs of 三、, not titles).",
    ),
    "tutoring-vue": (
        "dev",
        "privacy.vue",
        repo_src(
            "ecnudl/Tutoring-Platform",
            "858e88c2ae3a7e3420103ea88f71b2e5df78158a",
            "pages/agreement/privacy.vue",
            "a tutoring marketplace's privacy policy (591家教网, Nuxt/Vue page); the index text's commit, file unchanged "
            "at it in the fetched snapshot",
            "44d3db12208b72893677d57fdcc985f7c6e6dc6d",
        ),
        "hans",
        "cn",
        "Nuxt `.vue` page: `<h1>` title, a date line with two dates, an intro box, ten `<h2>` 第一条…第十条 (条 with a "
        "space), `<h3>` 1.1… sub-titles, `<li>` with bold run-in labels, `<p>` numbered sentences 5.1/6.1/9.1, a "
        "`v-if` branch bound to `v-html`, mustache values in the contact box, an Element `<el-button>`",
        5,
        {1: [16, 44, 56, 82, 99, 108, 114, 126, 129, 134], 2: [19, 26, 33, 41, 59, 66, 73, 83, 86, 96]},
        [],
        [6, 13, 21, 22, 35, 57, 63, 100, 106, 109, 130],
        "Title 5 (h1 隐私保护政策). Level 1: the ten h2 第一条…第十条. Level 2: the ten h3 1.1–1.4, 3.1–3.3, 4.1–4.3. "
        "Look-alikes: 6 the date line; 13 a bold sentence; 21/22/35 bold run-in labels in list items; 57 a bold "
        "sentence opening a paragraph; 63 a bold clause in an item; 100/106/109/130 numbered sentences 5.1/5.2/6.1/9.1.",
    ),
    "yishan-vue": (
        "holdout",
        "privacy.vue",
        index_src(
            "jingReact/-uniapp",
            "b25aea2367c3575f09b909723f49dcd621b0a5c6",
            "pages/privacy/privacy.vue",
            "28344993419",
            10914,
            "a hospital meal-ordering app's privacy policy (市一云医膳, uni-app page); the repository name starts with '-' "
            "and cannot be fetched, so the index text is used",
        ),
        "hans",
        "cn",
        "**uni-app `.vue` page of plain `<view>` lines**, the titles `view.head` (bold by a nested SCSS rule): a title, "
        "「提示条款：」, a contents list of plain 一、…八、 lines under a bold lead-in, eight bold 一、…八、, **plain "
        "1、… sub-titles** each over paragraphs, a./b. sub-sub-titles, a、…k、 and Ⅰ、… lists, 1、… numbered "
        "sentences as paragraphs",
        3,
        {
            1: [20, 55, 83, 91, 122, 125, 131, 141],
            2: [22, 24, 26, 34, 37, 39, 41, 56, 65, 69, 74, 93, 96, 98, 106, 109, 111, 113],
            3: [27, 31],
        },
        [4, 11],
        [12, 13, 14, 19, 21, 43, 53, 58, 64, 84, 85, 89, 99, 100, 101, 104, 107, 127, 129, 134, 139, 143, 145],
        "Title 3 (市一云医膳隐私权政策). Level 1: the eight bold 一、…八、. Level 2: the plain 1、… sub-titles under 一、 (22–41), "
        "二、 (56–74) and 四、 (93–113). Level 3: a./b. under 3、 (27, 31). Ambiguous (not scored): 4 「提示条款：」 (a bold "
        "label over the preamble) and 11 「本政策将帮助您了解以下内容：」 (a bold lead-in over the contents). Look-alikes: "
        "12–19 contents lines; 21 a lead-in; 43–53 and 58–64 a、… list items; 84–89 1、… numbered sentences under 三、 "
        "(paragraphs, no titles); 99/100 a、/b、 sentences under 3、删除…; 101–104 Ⅰ、… items; 107 an a、 sentence; "
        "127–129, 134–139, 143–145 numbered list items.",
    ),
    "bluetooth-vue": (
        "dev2",
        "privacy.vue",
        repo_src(
            "tyuy123/bluetoothdevice",
            "5cfcb3e29543f3f420454aa9cff525b910dbb017",
            "pages/about/privacy.vue",
            "a Bluetooth device mini program's service agreement (蓝牙云大数据平台服务协议, uni-app page), shown on first launch",
            "a1015e189b7286f8e8598f025a90f78bc3b724c8",
        ),
        "hans",
        "cn",
        "uni-app page of `<text>` blocks: a first-launch consent tip in a `v-if` bar, **an eyebrow `text.main-title` "
        "(蓝牙用户权益条款, bold, smaller) over the document's name `text.doc-title`**, a date, five `text.section-title` "
        "第一条…第五条 over `text.para` numbered sentences 1.1…5.1, agree / disagree buttons",
        10,
        {1: [14, 19, 26, 32, 38]},
        [9],
        [5, 11, 15, 20, 21, 22, 27, 28, 33, 34, 39, 45, 46],
        "Title 10 (doc-title 蓝牙云大数据平台服务协议, the larger name of the document). Level 1: the five 第一条…第五条. "
        "Ambiguous (not scored): 9 the eyebrow 蓝牙用户权益条款 (bold, over the title; a kicker). Look-alikes: 5 the "
        "first-launch consent tip; 11 the date; 15, 20–22, 27/28, 33/34, 39 numbered sentences; 45/46 buttons.",
    ),
    "jiaocai-vue": (
        "dev2",
        "privacy.vue",
        index_src(
            "a634691481-arch/jiaocai_pu",
            "50f0980ca9ae90be471579914385003e2f7e3e7d",
            "pages/my/privacy.vue",
            "67466553634",
            3145,
            "a textbook-lookup mini program's privacy page (uni-app); fetch refused, so the index text is used",
        ),
        "hans",
        "cn",
        "**uni-app page whose sections are script data**: a header card (bold 隐私与协议, 更新于 2025年6月), then "
        "`v-for=\"(section, idx) in sections\"` showing `{{ idx + 1 }}`, `{{ section.title }}` and `{{ section.content }}`; "
        "the five titles and contents are a `const sections = [{ title: '…', content: '…' }]` array in `<script setup>`",
        17,
        {1: [64, 69, 74, 79, 83]},
        [],
        [18, 55, 66, 71, 76, 80, 84],
        "Title 17 (the header card's bold 隐私与协议). Level 1: the five `title:` values of the sections array (信息收集, "
        "信息使用, 信息存储与安全, 信息共享, 用户权利), each shown as a bold title after its number. Look-alikes: 18 the date; "
        "55 the nav bar's navTitle (a copy of the page name); 66/71/76/80/84 the contents.",
    ),
    "order-vue": (
        "holdout2",
        "privacy.vue",
        repo_src(
            "JarenWa/order",
            "24d91e7b91ad2c4b522d4bf2d321f2fda32de6b2",
            "pages/login/privacy.vue",
            "an ordering/points mini program's privacy policy (uni-app page)",
            "bc457def1067bb13af8903781c59931766519e78",
        ),
        "hans",
        "cn",
        "**uni-app page whose policy is HTML in a script template literal** handed to `<rich-text :nodes>`: `<h1>`, "
        "eight `<h2>` 一、…八、, each `<p>` a numbered list joined by `<br>` (bold run-in labels, '-' sub-items), a date "
        "paragraph with bold labels",
        12,
        {1: [15, 22, 30, 35, 42, 47, 51, 54]},
        [],
        [13, 16, 17, 23, 31, 36, 37, 43, 56, 58, 59],
        "Title 12 (h1 隐私政策). Level 1: the eight h2 一、…八、. Look-alikes: 13 the intro; 16/17/43 numbered items with "
        "bold labels; 23/31/36 numbered items; 37/56 '-' items; 58/59 the dates with bold labels.",
    ),
    "watermark-vue": (
        "dev3h",
        "privacy.vue",
        index_src(
            "vimminwen/Watermark-Mini-Program",
            "56678c798b4fba9050e8b0831e3812e390ec749c",
            "pages/my/privacy.vue",
            "61418703852",
            3814,
            "a watermark-removal mini program's privacy page (uni-app); fetch refused, so the index text is used",
        ),
        "hans",
        "cn",
        "uni-app page of `<text>` blocks with **no title at all** (its `.title`/`.subtitle` classes are styled but unused): "
        "a `<dark-page-meta />` component, six `text.section-title` 一、…六、, each over a `text.section-content` lead-in "
        "closed by ： and `text.list-item` '- ' items, a centred footer date",
        None,
        {1: [7, 17, 28, 39, 49, 60]},
        [],
        [8, 10, 18, 22, 29, 31, 40, 42, 50, 52, 64],
        "No title. Level 1: the six section-title 一、…六、. Look-alikes: 8/18/29/40/50 lead-ins closed by ：; 10/22/31/42/52 "
        "'- ' items; 64 the footer date.",
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
