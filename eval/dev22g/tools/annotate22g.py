#!/usr/bin/env python3
"""Hand annotations of eval/dev22g (source of truth): `python3 tools/annotate22g.py [name ...]`.

Each heading / title line below was read in the document; this script copies the text from that line
(DOCX: from the paragraph, every `w:p` in document order, as policylens numbers them), refuses an empty
line, and writes dev/<name>/annotation.json in the format of eval/blind/README.md.  Standard library only.
"""

import json
import os
import sys
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "dev")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def lines_of(path):
    if path.endswith(".docx"):
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.find(f"{W}body").iter(f"{W}p")]
    with open(path, "rb") as f:
        data = f.read().decode("utf-8-sig")
    return data.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def src(repo, path, commit, mode):
    return {"repo": repo, "path": path, "commit": commit, "mode": mode, "license": "none found; test fixture only"}


EMMM = "b7ffddba7d2b4d7778f319b1adccb5787934168c"
ROOKIE = "466297259f0ef0c26526c903959c8ed45afff73e"

# name: (file, source, format, script, region, kind, title line or None, {level: [lines]}, ambiguous, notes)
DOCS = {
    "waskkal-txt": (
        "隐私条款.txt", src("WasKKal/OnlyJumpToOther", "隐私条款.txt", "c9179318434404716377a13e95db79c4ee69fd0e", "blob"),
        "txt", "hans", "cn", "plain text, 第N条 articles",
        None, {1: [3, 7, 16, 26, 34, 46, 56, 60, 64]}, [],
        "No title line (starts with the effective date). An unnumbered 前言 heading, then 第一条…第八条 articles "
        "(第N条 + space + title). Numbered items '1. …' and '◦ …' are list items, not headings.",
    ),
    "rookie-txt": (
        "隐私政策.txt", src("rookieWanZ/agreement", "【买道具用技能】隐私政策", ROOKIE, "blob (file has no extension; saved as .txt)"),
        "txt", "hans", "cn", "Word 'save as text': tabs after numbers, TOC, pop-up notice first",
        16, {1: [35, 75, 83, 92, 115, 121, 127, 157, 162, 167],
             2: [36, 49, 57, 63, 84, 93, 95, 99, 101, 103, 129, 131, 137, 140, 143, 146],
             3: [38, 40, 42, 44, 46]},
        [1],
        "Word list numbers exported as '一、<TAB>…' and '1.<TAB>…'. Lines 24–33 are the table of contents (not "
        "headings). '1.<TAB>完成注册' style lines are short titles followed by a paragraph (headings); '1.<TAB>我们会…' "
        "lines are clauses (not headings); '(1)<TAB>…' are list items. Line 1 温馨提示 heads the pop-up notice "
        "printed before the policy title (ambiguous).",
    ),
    "rookie-pdf": (
        "隐私政策.pdf.txt", src("rookieWanZ/agreement", "隐私政策.pdf", ROOKIE, "pdf-text (pypdf 6.19.0 extract_text, pages joined by a newline)"),
        "txt", "hans", "cn", "PDF to text: page numbers, hard wraps ~35 characters",
        25, {1: [56, 130, 145, 168, 210, 228, 243, 297, 308, 321],
             2: [57, 85, 99, 112, 146, 169, 174, 182, 187, 189, 249, 253, 262, 270, 275, 282],
             3: [59, 62, 67, 77, 82]},
        [3],
        "Same policy as rookie-txt, as its PDF's text: a page number alone on a line at each page top (lines 1, 23, "
        "46, …), every paragraph hard-wrapped, TOC 43–54. Line 3 温馨提示 ambiguous as in rookie-txt.",
    ),
    "wangfu-pdf": (
        "隐私政策.pdf.txt", src("wangfulinflying/docs", "隐私政策.pdf", "457129bed6e8d2fe00f7b941a4dcfec976495a10", "pdf-text"),
        "txt", "hans", "cn", "PDF to text: 第N部分 parts over 一、 sections, letter-spaced run-in titles",
        1, {1: [12, 24], 2: [25, 61, 78, 91, 106, 129, 135, 143, 160, 164, 169, 172]},
        [27, 41, 54],
        "第一部分 定义 / 第二部分 隐私政策 are parts (level 1); 一、…十二、 under part two are level 2. Lines 27 and 41 "
        "are run-in titles '1、您 向 我 们 提 供 的 信 息 。' glued to their paragraph (justified text extracted with "
        "spaces); line 54 is the same kind on its own line: all three ambiguous.",
    ),
    "box-pdf": (
        "隐私协议.pdf.txt", src("BoxMakers/BoxMakers.github.io", "隐私协议.pdf", "c1152e3011a320cc9b6da611dd36ff9817faf6ce", "pdf-text"),
        "txt", "hans", "cn", "PDF to text: running page header, bullet lists without bullets",
        2, {1: [7, 12, 17, 23, 28, 32, 35, 38, 40]}, [1],
        "Line 1 is the page header (same text as the title on line 2; ambiguous); line 36 is the same header on page "
        "two, in the middle of section 7 (not a heading). Short lines such as 'IP 地址', '数据加密' are list items whose "
        "bullets were lost (not headings). Line 30 is a '[开发者联系方式]' slot.",
    ),
    "yunrou-txt": (
        "隱私政策.txt", src("YUN-ROU-CHANG/private-policy", "隱私政策.txt", "3d019d4a83b701c561a4d435bfd991f9d5a27b0a", "blob"),
        "txt", "hant", "tw", "an HTML page saved as .txt (CRLF)",
        9, {1: [16, 20, 26, 31, 35, 49, 53, 57]}, [],
        "A whole HTML page in a .txt file. The sections 一、…八、 are bare text lines inside <p> (no heading tags); "
        "the title is <h1> on line 9 (also <title> on line 5). Taiwan wording (蒐集, 個人資料).",
    ),
    "emmm-docx": (
        "寅虎游戏隐私政策.docx", src("EMmmCC/privacy-policy", "寅虎游戏隐私政策.docx", EMMM, "blob"),
        "docx", "hans", "cn", "DOCX: sections by Heading 2 style, subsections by bold runs only, TOC as plain paragraphs",
        1, {1: [18, 54, 58, 94, 122, 152, 154, 157, 162],
            2: [20, 25, 31, 33, 35, 43, 45, 59, 78, 82, 84, 95, 108, 124, 133, 135, 139, 142]},
        [86],
        "一、… are style 'heading 2' (read as level 1: the top sections). （一）… subsections are whole-bold "
        "paragraphs in Normal/Normal (Web) style. Bold lists '1、与国家安全…' and bold lead-ins ending in '：' are not "
        "headings. Paragraphs 9–17 are the TOC. Paragraph 86 '（五）根据相关法律法规…无需征得您同意：' continues the "
        "（一）–（四）sequence but is a sentence ending with a colon (ambiguous).",
    ),
    "emmm-pdf": (
        "隐私政策.pdf.txt", src("EMmmCC/privacy-policy", "隐私政策.pdf", EMMM, "pdf-text"),
        "txt", "hans", "cn", "PDF to text of the same policy: page numbers, spaced ordinals '（ 三 ）'",
        3, {1: [28, 137, 148, 224, 272, 329, 336, 344, 355],
            2: [32, 55, 83, 88, 97, 121, 124, 149, 195, 204, 208, 225, 249, 274, 291, 294, 305, 314]},
        [214],
        "The PDF export of emmm-docx. Page number alone on a line at each page top; "
        "TOC 19–27; ordinals extracted with spaces ('（ 五 ）系统权限情况', '（七 ）…', '（一）共 享'). Line 214 ambiguous "
        "as paragraph 86 of emmm-docx.",
    ),
    "shr-pdf": (
        "隐私政策.pdf.txt", src("ShrLeeKNsword/strange_sea_before", "隐私政策.pdf", "103d87c00c8903db841b9aad23dea30e26d6b1a8", "pdf-text"),
        "txt", "hans", "cn", "PDF to text: unnumbered headings, a bulleted TOC repeating them, 【】 labels",
        1, {1: [6, 16, 20, 24, 26]}, [2],
        "Title 隐私政策 then a second title line 个人信息保护政策 (ambiguous). 【前言】 and 【特别提示】 are bracket "
        "headings; 我们如何收集和使用个人信息 / 修订和通知 / 如何联系我们 are unnumbered headings that the bulleted TOC "
        "(lines 13–15, '· …') repeats.",
    ),
    "ydz-pdf": (
        "隐私政策.pdf.txt", src("ydz1231/aaa", "隐私政策.pdf", "9737ab48a6473b86a9c1a0f3f6a5b0b0334e3dee", "pdf-text"),
        "txt", "hans", "cn", "PDF to text: '1. 标题' sections, bullets kept",
        1, {1: [5, 13, 20, 23, 28, 31, 34, 36]}, [],
        "A plain baseline: numbered '1. 信息的收集' sections, '• label：text' bullets (not headings).",
    ),
    "agentlint-txt": (
        "privacy-zh.txt", src("codelint/agentlint", "privacy-zh.txt", "b297dc647efc380bfa07ecde11e248d4cb160cdf", "index (no snapshot; 1325 characters = total_chars)"),
        "txt", "hans", "cn", "plain text, hard-wrapped at ~40 characters, indented numbered subsections",
        1, {1: [6, 14, 22, 42, 54, 68, 74, 79, 84], 2: [26, 31, 34, 37]}, [],
        "一、… sections; under 三、 four '1. 模型服务' subsection titles each followed by an indented body (3 spaces). "
        "'- …' bullets are list items. Prose is hard-wrapped at about 40 characters. Last line is a contact slot.",
    ),
    "lipan-docx": (
        "APP隐私政策.docx", src("LiPanFQ/privacy", "APP隐私政策.docx", "9b71a157d1530884830c2d69f98f4775438535e3", "blob"),
        "docx", "hans", "cn", "DOCX converted from PDF: no heading styles, 第N条 articles, hard-wrapped paragraphs",
        1, {1: [6, 11, 16, 24]}, [],
        "Every paragraph in style 'Body Text' (a3); the title has outline level 0. 第一条…第四条 are articles in plain "
        "runs. Paragraphs keep the PDF's line breaks (a sentence split over two paragraphs: 13–14, 26–27). Empty "
        "paragraphs between blocks.",
    ),
}


def main(only):
    for name, (fname, source, fmt, script, region, kind, title, levels, ambiguous, notes) in DOCS.items():
        if only and name not in only:
            continue
        path = os.path.join(BASE, name, fname)
        lines = lines_of(path)
        heads = []
        for level, nums in levels.items():
            for n in nums:
                text = lines[n - 1].strip()
                assert text, f"{name}: line {n} is empty"
                heads.append({"line": n, "level": level, "text": text})
        heads.sort(key=lambda h: h["line"])
        ann = {
            "source": source, "format": fmt, "script": script, "region": region, "languages": ["zh"],
            "kind": kind, "file": fname,
            "title": {"line": title, "text": lines[title - 1].strip()} if title else None,
            "headings": heads, "ambiguous_lines": ambiguous, "placeholders": [], "ambiguous_placeholder_lines": [],
            "notes": notes,
        }
        with open(os.path.join(BASE, name, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{name}: {len(heads)} headings, title {title}")


if __name__ == "__main__":
    main(sys.argv[1:])
