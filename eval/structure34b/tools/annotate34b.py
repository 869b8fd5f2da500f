#!/usr/bin/env python3
"""Hand annotations of eval/structure34b (source of truth): `python3 eval/structure34b/tools/annotate34b.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
Every document here is a uni-app page (`.vue`): a block is a source line of its `<template>` (tags stripped), a heading
is the line its text is on, a run-in subtitle `<text class="bold">2.1 账号注册</text>` (display:block by the page's
`<style>`) the line that label is on.
This script copies each annotated line's text from the block that starts there, refuses a line where none starts, and
writes <set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.  Standard library only.
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

LICENSE = "none found; test fixture only"


def src(repo, path, commit, license=LICENSE):
    return {"repo": repo, "path": path, "commit": commit, "mode": "blob", "license": license}


MYC = "80e8ab3edd5b5418a49503dbcfe9674924fa911a"
IDA = "26488b108b1d566ff8187c678cbe4b29954f2709"
HX = "1446674c206f81b47d27cbe70dc034cd86a8f40c"
YB = "973bc55a52bad0c1fa10fb801266c474ef8134d2"

# name: (set, file, format read as, source, script, region, kind, title line or None, {level: [lines]},
#        ambiguous lines, look-alike lines, notes)
DOCS = {
    "ida-user-vue": (
        "dev", "user-agreement.vue", "lines", src("RegularsYr7/IntelligentDataAcademy-mini", "src/pages/user-agreement/user-agreement.vue", IDA),
        "hans", "cn", "**uni-app page**: `<text class=\"title\">` in a header `<view>`, then `<view class=\"section\">` blocks of a "
        "`<text class=\"section-title\">一、…</text>` over `section-text` `<text>`s (numbered items 1. / 4.1 and clauses 3.1 as text)",
        6,
        {1: [13, 23, 35, 48, 60, 70, 83, 90]},
        [],
        [7, 25, 27, 37, 52, 94],
        "Title 用户协议 (6). 一、…八、 section-title texts are the sections. 27 「1. 活动管理:…」 and 52 「4.1 遵守…」 are list items "
        "in section-text, 37 「3.1 用户需使用…」 a clause sentence, 25 a lead-in closed by 「:」, 7 the update date.",
    ),
    "ida-privacy-vue": (
        "dev", "privacy-policy.vue", "lines", src("RegularsYr7/IntelligentDataAcademy-mini", "src/pages/privacy-policy/privacy-policy.vue", IDA),
        "hans", "cn", "**uni-app page** (same app): `section-title` texts 引言, 一、…九、 over `section-text` items 1.1 基本信息:… "
        "(label, colon, list) and 2.1 … short clauses",
        6,
        {1: [13, 23, 45, 70, 86, 105, 124, 134, 147, 160]},
        [],
        [7, 25, 28, 50, 164],
        "Title 隐私政策 (6). Sections 引言 (13) and 一、…九、. 28 「1.1 基本信息:姓名、学号…」 is an item (run-in label with the list "
        "after the colon), 50 「2.1 提供、维护和改进本平台的服务」 a short purpose item, 164 an e-mail line.",
    ),
    "huixiang-user-vue": (
        "dev", "user-agreement.vue", "lines", src("1994qrq/mini-program-private", "src/pages/sub-page/agreement/user-agreement.vue", HX),
        "hans", "cn", "**uni-app page with a custom nav bar**: `<view class=\"nav-title\">` in the bar, `<view class=\"page-title\">` "
        "as the title, `<text class=\"section-title\">1. …</text>` (display:block) over `(a)`/`(b)` `<text class=\"text\">` items, "
        "each item in its own `<view class=\"section\">`",
        26,
        {1: [37, 50, 63, 76, 95, 108, 127, 134]},
        [],
        [9, 39, 129, 142],
        "Title 用户服务协议 (26; 9 is the nav bar's copy). Sections 1. 协议的接受 … 8. 法律适用与争议解决. (a)/(b) items are text; "
        "142 a closing thanks.",
    ),
    "huixiang-privacy-vue": (
        "dev", "privacy-policy.vue", "lines", src("1994qrq/mini-program-private", "src/pages/sub-page/agreement/privacy-policy.vue", HX),
        "hans", "cn", "**uni-app page** (same app, an unfinished policy): two `section-title` texts 「1.适用范围」 and 「2.适用范围」 "
        "(no space after the dot) over (a)/(b)/(d) items",
        26,
        {1: [43, 62]},
        [],
        [9, 45, 57],
        "Title 隐私政策 (26; 9 the nav bar). Two sections, both named 适用范围 (the second one is cut off).",
    ),
    "canteen-user-vue": (
        "holdout", "user-agreement.vue", "lines", src("hitzwh/MyCanteen", "src/pages/profile/user-agreement.vue", MYC),
        "hans", "cn", "**uni-app page, run-in subtitles**: `<view class=\"section-title\">1. …</view>` sections; inside a "
        "`<view class=\"paragraph\">` a `<text class=\"bold\">2.1 账号注册</text>` (display:block in the `<style>`) over the "
        "paragraph's own text, `- ` list-item views",
        17,
        {1: [21, 36, 54, 73, 91, 109, 118, 132, 146, 155],
         2: [39, 43, 47, 57, 61, 76, 80, 84, 94, 98, 102, 121, 125, 135, 139, 158, 162, 166]},
        [],
        [11, 18, 62, 63, 167, 175],
        "Title 掌上食堂用户协议 (17; 11 the header's 用户协议). Sections 1.–10.; level 2: every bold 2.1 … 10.3 label (a block of "
        "its own by `.bold {display: block}`) over its paragraph text. 62/167 lead-ins closed by 「：」, 63 a `- ` item, 175 a closing line.",
    ),
    "canteen-privacy-vue": (
        "holdout", "privacy-policy.vue", "lines", src("hitzwh/MyCanteen", "src/pages/profile/privacy-policy.vue", MYC),
        "hans", "cn", "**uni-app page, run-in subtitles** (same app): `section-title` views 1.–8., bold `<text>` labels 2.1 账号信息 … "
        "4.2 转让 over their paragraph text, `- ` list-item views",
        17,
        {1: [21, 30, 52, 61, 79, 88, 103, 112], 2: [33, 37, 41, 45, 64, 70]},
        [],
        [11, 18, 65, 71, 91, 92, 115, 126],
        "Title 掌上食堂隐私政策 (17). Sections 1. 引言 … 8. 如何联系我们; level 2 the bold labels 2.1–2.4, 4.1 共享, 4.2 转让. "
        "65/71/91/115 lead-ins closed by 「：」, 92 a `- ` item, 126 a closing line.",
    ),
    # holdout2: added after the fixes of the dev set, annotated before any run, never read to fix
    "yinban-terms-vue": (
        "holdout2", "terms.vue", "lines", src("JJKimKing/yinban", "yinban/src/pages/terms/terms.vue", YB),
        "hans", "cn", "**Vue page built from its data**: `<h1>` title, a fixed `<h2>引言</h2>`, then `<section v-for=\"section "
        "in termsSections\">` with `<h2>{{ section.title }}</h2>` and `<h3>{{ subsection.title }}</h3>`, the titles written in "
        "`data()` (`title: '1. 服务说明'`), and a fixed `<h2>联系我们</h2>` last",
        5,
        {1: [13, 61, 70, 94, 104, 113, 122, 131, 140, 36], 2: [74, 83]},
        [],
        [6, 37, 39],
        "Title 用户服务条款 (5). The v-for sections are annotated on the line of their title's string in `data()` (where "
        "the text is written): 1. 服务说明 (61) … 8. 适用法律 (140), subsections 2.1 账户注册 (74), 2.2 账户责任 (83). "
        "引言 (13) and 联系我们 (36) are written in the template. 6 the date line, 37 a lead-in closed by 「：」.",
    ),
    "yinban-privacy-vue": (
        "holdout2", "privacy.vue", "lines", src("JJKimKing/yinban", "yinban/src/pages/privacy/privacy.vue", YB),
        "hans", "cn", "**Vue page with plain HTML tags** inside a uni-app `<view>`: `<h1>` title, `<h2>` sections 导言, 1.–8., "
        "`<h3>` 2.1–2.3, dates in `<div>`s, run-in `<strong>` labels in `<li>`s",
        4,
        {1: [10, 23, 41, 59, 64, 77, 105, 111, 116], 2: [42, 48, 54]},
        [],
        [6, 7, 24, 27],
        "Title 隐私政策 (4). 导言 and 1.–8. are <h2>, 2.1–2.3 <h3>. 6/7 the dates, 24 a lead-in, 27 「个人信息，您在注册…」 a "
        "list item opening with a bold label.",
    ),
    "mozi-agreement-html": (
        "holdout2", "agreement.html", "html", src("25847a/mozi2", "Mozi/WebContent/WEB-INF/view/agreement.html", "af2501150bf0475752681a7da3ccd823163a30a5"),
        "hans", "cn", "**every paragraph an `<h5 align=\"left\">`** (a JSP page's HTML): the title in `<h4>`, then the greeting, "
        "the text, the section titles 一、…八、 and the numbered clauses 1、… / (1) … all in `<h5>`",
        117,
        {1: [127, 133, 151, 169, 173, 177, 183]},
        [181],
        [119, 121, 135, 155, 187],
        "Title 墨子星健康管家用户协议 (117, <h4>). Sections 一、数据授权和收集 … 六、争议解决, 八、如何联系我们; 181 「七、解释权："
        "广州墨子星…保留…解释权。」 is a title run into its one sentence (ambiguous). 119 the greeting, 135 「1、若本公司…」 and "
        "155 「(1) 删除本软件…」 clauses, 187 the date, all in the same <h5> as the titles.",
    ),
}

_TAG = re.compile(r"<[^>]*>")


def _source_lines(path):
    """Each non-empty source line with its tags stripped, keyed by its line."""
    with open(path, encoding="utf-8-sig", newline=None) as f:
        out = {}
        for n, line in enumerate(f, 1):
            text = _TAG.sub("", line).strip()
            if text:
                out[n] = text
        return out


def _line_texts(path, fmt):
    if fmt == "lines":
        return _source_lines(path)
    return _a23g.blocks_of(path, "utf-8")


def build(name):
    sset, fname, fmt, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _line_texts(os.path.join(folder, fname), fmt)
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    for line in [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks):
        if line not in texts:
            raise SystemExit(f"{name}: no block starts on line {line}")
    overlap = ({h for h, _ in heads} & set(looks)) | (set(ambiguous) & set(looks)) | ({h for h, _ in heads} & set(ambiguous))
    if overlap:
        raise SystemExit(f"{name}: lines annotated twice: {sorted(overlap)}")
    ann = {
        "source": source, "format": fmt, "script": script, "region": region, "languages": ["zh"],
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
        print(f"{name}: {n} headings")
    print(f"total {total}")


if __name__ == "__main__":
    main(sys.argv[1:])
