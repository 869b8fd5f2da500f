#!/usr/bin/env python3
"""Hand annotations of eval/structure33 (source of truth): `python3 eval/structure33/tools/annotate33.py [name ...]`.

Every heading, title and look-alike line below was read in the document before policylens was run on it.  For a Qt
Quick page (`.qml`) a "block" is the string of a `text:` property (`text: qsTr("…")` or `text: "…"`), keyed by the
line of that property; `\\n` escapes are newlines.  For Markdown and plain text a block is a source line (GBK files decoded as GBK).  For a JavaScript module
holding an HTML page in a template literal a block is what `eval/dev23g/tools/annotate23g.py`'s `blocks_of` finds in
the file.  This script copies each annotated line's text from the block that starts there, refuses a line where none
starts, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.  Standard
library only.
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


# name: (set, file, format read as, source, script, region, kind, title line or None, {level: [lines]},
#        ambiguous lines, look-alike lines, notes)
DOCS = {
    "md2jpeg-md": (
        "dev", "PRIVACY_POLICY.md", "markdown", src("shengyang998/md2jpeg", "PRIVACY_POLICY.md", "615396776f98bbba0e6e0df19d11cc67460fb8cf"),
        "hans", "cn", "**bilingual Markdown**, English and Chinese interleaved line by line: `# Privacy Policy / 隐私政策`, "
        "`## 1. Information We Collect / 我们收集的信息` … `## 8.`, each paragraph an English line ending in two spaces "
        "(a hard break) then its Chinese translation",
        1,
        {1: [8, 16, 27, 36, 44, 52, 57, 62]},
        [],
        [3, 5, 29, 64],
        "Title 1. Eight numbered `##` sections, each title in both languages on one line. 3 is a bold date label, 29 a list "
        "item, 5/64 paragraph lines (English + Chinese under a hard break).",
    ),
    "ultrabms-qml": (
        "dev", "Ysxy.qml", "qml", src("dididiskq/AndroidBlueView", "views/component/Ysxy.qml", "afa8a86321b0e9df726ee44b2b87295d8f627373", "MIT (repository LICENSE)"),
        "hans", "cn", "**Qt Quick (QML) page**: a `Page` whose `ColumnLayout` holds one `Text { text: qsTr(\"…\") }` per "
        "paragraph; the section titles 一、…七、 are `font.bold: true` at 16 px over 14 px paragraphs; a bold greeting, "
        "a bold lead-in over a contents list in one Text, 1.–6. run-in items",
        None,
        {1: [93, 156, 172, 188, 204, 220, 236]},
        [61],
        [7, 29, 37, 69, 109, 117, 148, 180, 244],
        "No title in the page body (7 is the Page's `title:` property, shown by the app's header: like an app bar). "
        "一、…七、 (93…236) are the sections. 61 「本隐私条例包含如下内容：」 (bold 16 px) introduces the contents list 69: "
        "ambiguous. 29 is a bold greeting; 109…148 are numbered run-in items 「1. 基本信息:…」.",
    ),
    "mf-privacy-js": (
        "holdout", "privacy-policies-data.js", "js-html", src("GanYakun/mf-app", "pages/privacy-policies/privacy-policies-data.js", "16ae746961fbb81104054275982e5cf1297e8a1e"),
        "hans", "cn", "**JavaScript module** of a WeChat mini-program: `const privacyPoliciesData = `…`` holds the policy as "
        "HTML (`<h4><span>一、…</span></h4>`, `<p><span style=\"line-height:2;\">…</span></p>`), exported for `rich-text`",
        None,
        {1: [12, 19, 25]},
        [],
        [1, 3, 9, 16],
        "No title (the page's navigation bar title is in its .json). 一、二、三、 in <h4> are the sections.",
    ),
    "mf-agreement-js": (
        "holdout", "service-agreement-data.js", "js-html", src("GanYakun/mf-app", "pages/service-agreement/service-agreement-data.js", "16ae746961fbb81104054275982e5cf1297e8a1e"),
        "hans", "cn", "**JavaScript module**, the same app's service agreement: HTML in a template literal, `<h4>` 一./二. "
        "sections over 1.–7. clauses and (1)–(11) items joined by `<br />`",
        None,
        {1: [6, 43]},
        [],
        [1, 3, 9, 12, 21, 22, 33, 46, 64],
        "No title. 一.用户使用规则 (6), 二.隐私保护 (43). Every 1. line is a clause sentence; 33 「6.用户在使用…应做到:」 a lead-in.",
    ),
    # batch 2 (found after the fix of batch 1, annotated before any run on them; held out drawn the same way)
    "wdd2-privacy-txt": (
        "dev", "隐私协议.txt", "text", src("YasuoHub/wdd2", "隐私协议.txt", "fd57526843d219656a06b3bf65921b9f9e474723"),
        "hans", "cn", "**plain text exported from Word**, no blank line anywhere: a title, a contents list 一、…六、 whose "
        "lines repeat the section titles with 「；」, then the sections 一、…六、 over 1、 items, 1. sentences and （1） items",
        1,
        {1: [11, 17, 20, 23, 35, 47]},
        [],
        [4, 5, 6, 7, 8, 9, 10, 27, 39, 48, 49],
        "Title 问当地 隐私政策 (1). 5–10 are the contents list (the same titles closed by 「；」): not headings. 一、定义 (11) "
        "… 六、如何联系我们 (47). 27… 1、 items, 48 「1.如果您对本政策…」 a sentence, 49… （1） contact items.",
    ),
    "wdd2-user-txt": (
        "dev", "用户协议.txt", "text", src("YasuoHub/wdd2", "用户协议.txt", "fd57526843d219656a06b3bf65921b9f9e474723"),
        "hans", "cn", "**plain text**, no blank lines: 一、…九、 titles over 1、 clauses and （1） items; the numbering "
        "repeats 七、 (52 and 55) after a section added later (六、积分规则)",
        2,
        {1: [3, 8, 16, 23, 29, 44, 52, 55, 59, 62]},
        [],
        [4, 21, 24, 32, 45, 63, 64],
        "Title 问当地 用户协议 (2; line 1 is empty). Ten sections, two of them numbered 七、 (52, 55). 24 a lead-in "
        "sentence closed by 「：」; 45 「1、积分定义：…」 a run-in clause.",
    ),
    "aurora-user-txt": (
        "dev", "用户协议.txt", "text", src("AugustineFulgur/Aurora_Backend", "用户协议.txt", "8b9976e8ee0681447c1a85b2f6eefbce7cc4dea3", "Apache-2.0 (repository LICENSE)"),
        "hans", "cn", "**plain text** with no title: 一.…四. titles (an ASCII full stop after the numeral) over 1. clauses "
        "and （1） items",
        None,
        {1: [1, 4, 9, 18]},
        [],
        [2, 5, 12, 19],
        "No title: the file opens with 一.总则 (1). 一./二./三./四. are the sections; 1. lines are clause sentences.",
    ),
    "s2c-user-gbk-txt": (
        "holdout", "用户协议.txt", "text-gbk", src("LinyuJupiter/screenshot2code", "用户协议.txt", "1002f11dc5983ae428f40b64fa907eba6146e6d3", "MIT (repository LICENSE)"),
        "hans", "cn", "**plain text in GBK**, no blank lines, no title: a greeting paragraph, then 一、…七、 titles over "
        "1. clauses and （1） items",
        None,
        {1: [2, 6, 9, 19, 23, 26, 29]},
        [],
        [1, 3, 12, 13, 33],
        "No title (1 is a greeting paragraph). 一、协议概述 (2) … 七、其他 (29). 12 a lead-in 「3. 用户不得…以下行为：」.",
    ),
    "yinian-gbk-txt": (
        "holdout", "用户协议.txt", "text-gbk", src("flove2012/YiNian", "用户协议.txt", "8f08228d64d94cd9279dcd68d57a84569102cc74"),
        "hans", "cn", "**plain text in GBK with CRLF**, a blank line between paragraphs: a licence agreement of one "
        "title and paragraphs, （1）–（11） items, no section at all, closed by the product's name",
        1,
        {},
        [],
        [3, 21, 23, 45, 47, 63],
        "Title 《小说阅读》许可协议 (1). No heading: every other line is a paragraph or a （n） item; 63 「《小说阅读》」 the "
        "closing signature.",
    ),
    # batch 3 (annotated before any run on them; one of the two held out, drawn the same way)
    "zzj-user-md": (
        "dev", "用户协议.md", "markdown", src("yuanzhigang20/zhuazhuajia", "用户协议.md", "d86be53e3b3e83b29cf8dd4afb0f0dffb9f99f72"),
        "en", "cn", "**English terms of a Chinese developer's app (爪爪家) saved as `.md` with no Markdown markup**: an "
        "app-privacy-policy-generator text, paragraphs separated by runs of blank lines, two bare-line titles",
        None,
        {1: [52, 62]},
        [],
        [4, 49, 59, 64],
        "No title. 「Changes to These Terms and Conditions」 (52) and 「Contact Us」 (62) are bare lines over paragraphs; "
        "59 「These terms and conditions are effective as of 2026-03-05」 a short sentence.",
    ),
    "zzj-privacy-md": (
        "holdout", "隐私政策.md", "markdown", src("yuanzhigang20/zhuazhuajia", "隐私政策.md", "d86be53e3b3e83b29cf8dd4afb0f0dffb9f99f72"),
        "en", "cn", "**English privacy policy of the same app, `.md` with no Markdown markup, pasted twice** (lines 1–96 "
        "then 97–190, the generator's credit line between): bare-line titles, short bare-line list items",
        None,
        {1: [4, 36, 52, 57, 62, 72, 77, 87, 92, 100, 132, 148, 153, 158, 168, 173, 183, 188]},
        [],
        [1, 8, 10, 11, 84, 96, 97, 104, 180],
        "No title. Nine bare-line titles (Information Collection and Use … Contact Us), all twice: the second copy's are "
        "headings too (level 1). 8/10/11 are list items written as bare lines; 84 the effective-date sentence; 96 the "
        "generator's credit; 97 the second copy's first paragraph.",
    ),
    # batch 4 (annotated before any run on them; one of the three held out, drawn the same way)
    "hw-privacy-md": (
        "dev", "隐私政策.md", "markdown", src("HungryW/HungryW", "隐私政策.md", "ca9478da686e65e56acdad330f9229f1701284da"),
        "hans", "cn", "**Markdown with no heading markup**: a bare title line, then **ordered-list items that are the "
        "section titles** (`1. 我们收集的信息` … `9. 联系我们`) over paragraphs and 4-space-indented items (an indented "
        "code block to a Markdown reader)",
        1,
        {1: [7, 16, 27, 37, 41, 50, 54, 58, 62]},
        [],
        [3, 5, 9, 11, 20, 64, 66],
        "Title 隐私政策 (1). 1.…9. (7…62) are the sections, written as list items. 3 the date; 9/18/29/43 lead-ins "
        "closed by 「：」; 11… indented 「您提供的信息： …」 items.",
    ),
    "dn-privacy-md": (
        "dev", "隐私政策.md", "markdown", src("mrg123/Draw-Now", "隐私政策.md", "963242c870259dd9171a58320ad47b26ec7f7350", "MIT (repository LICENSE)"),
        "hans", "cn", "**Markdown pasted from code**: `# Draw Now 隐私政策` then **every `## 一、…` title indented by 8 "
        "spaces** (an indented code block to a Markdown reader), a `## 尊敬的用户：` greeting, bare-line sub-labels, "
        "a section 五、 missing (四、 then 六、), a last `## 联系我们` without a numeral",
        4,
        {1: [14, 31, 38, 49, 53, 57]},
        [10, 15, 27],
        [7, 8, 12, 18, 22, 39, 54],
        "Title Draw Now 隐私政策 (4). 一、二、三、四、六、 and 联系我们 are the sections (all `##`, indented). 10 「## 尊敬的用户：」 "
        "is a greeting marked as a heading (ambiguous); 15 创作内容 / 27 付费信息 bare sub-labels (ambiguous). 18 ✓ items.",
    ),
    "lip-privacy-md": (
        "holdout", "隐私政策.md", "markdown", src("YWDrenched/Lipstick-Identify-", "隐私政策.md", "f7e772ad1101ef31f86532fb9cc29eb641fb9953"),
        "hans", "cn", "**Markdown**: `# …隐私政策`, then **ordered-list items that are the section titles** (`1. 适用范围` … "
        "`7. 本隐私政策的更改`), each over `-   ` bullet items, no blank line anywhere",
        1,
        {1: [3, 10, 13, 22, 24, 27]},
        [6],
        [2, 4, 14, 15],
        "Title (1). 1. 适用范围 … 7. 本隐私政策的更改 are the sections. 6 「2. 您了解并同意，以下信息不适用本隐私权政策：」 is a lead-in "
        "numbered as a section (in the template it comes from it belongs to 1.): ambiguous. 14 a lead-in, 4/15 bullets.",
    ),
}

_QML_TEXT = re.compile(r"""\btext\s*:\s*(?:qsTr\(\s*)?"((?:[^"\\\n]|\\.)*)\"""")


def _qml_line_texts(path):
    """The string of each `text:` property, keyed by its line."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = _QML_TEXT.search(line)
            if m:
                out[n] = m.group(1).replace("\\n", "\n").replace('\\"', '"')
    # the Page's title property is `title: qsTr("…")`
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = re.search(r"""\btitle\s*:\s*qsTr\(\s*"([^"]*)\"""", line)
            if m:
                out[n] = m.group(1)
    return out


def _md_line_texts(path, encoding="utf-8"):
    with open(path, encoding=encoding, newline=None) as f:
        return {n: line.rstrip("\n") for n, line in enumerate(f, 1) if line.strip()}


def _line_texts(path, fmt, encoding="utf-8-sig"):
    if fmt == "qml":
        return _qml_line_texts(path)
    if fmt in ("markdown", "text"):
        return _md_line_texts(path)
    if fmt == "text-gbk":
        return _md_line_texts(path, "gbk")
    return _a23g.blocks_of(path, encoding)


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
        "source": source, "format": fmt, "script": script, "region": region, "languages": ["en"] if script == "en" else ["zh"] if fmt != "markdown" else ["en", "zh"],
        "kind": kind,
        "file": fname,
        "title": {"line": title, "text": texts[title]} if title else None,
        "headings": [{"line": line, "level": level, "text": texts[line]} for line, level in heads],
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
