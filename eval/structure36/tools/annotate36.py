#!/usr/bin/env python3
"""Hand annotations of eval/structure36 (source of truth): `python3 eval/structure36/tools/annotate36.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line is a source line with its tags stripped (text files are read as UTF-8, else GB18030); in a DOCX it is the
1-based index of a `w:p` in document order (tables included), as policylens counts them.  This script copies each
annotated line's text, refuses a line with no text, and writes <set>/<name>/annotation.json in the format of
eval/README.md, plus `look_alike_lines`.  Standard library only.
"""

import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

LICENSE = "none found; test fixture only"


def src(repo, path, commit, license=LICENSE):
    return {"repo": repo, "path": path, "commit": commit, "mode": "blob", "license": license}


WINE = "6d024aab112e60c7c4be6802fc5daf2781fc2eef"

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "tarnimawa-agreement-md": (
        "dev", "agreement.md", src("TarNIMAWA/tarnimawa.github.io", "用户服务协议.md",
                                   "e2d243d2b4b08a35a8e9501ddaf3a1c1f3485835"), "hans", "cn",
        "**Markdown, numbered list items as sub-headings**: `## 一、…` sections, each over `1. **服务定义**  ` items "
        "(a bold title, a hard line break, the clause indented below), some holding `-` bullet lists",
        1,
        {1: [5, 16, 30, 48, 59, 73, 87, 104, 115, 123, 131],
         2: [7, 10, 13, 18, 21, 24, 27, 32, 35, 42, 50, 53, 56, 61, 64, 67, 70, 75, 78, 81, 89, 92, 101,
             106, 109, 112, 117, 120, 125, 128, 133, 136]},
        [],
        [8, 36, 44, 99, 141],
        "Title 用户协议 (1). 一、…十一、 `##` sections level 1; every `N. **label**` list item that ends in a hard break "
        "over its indented clause is a sub-heading (level 2). 8/99 clause text, 36/44 bullets, 141 the company's "
        "bold name after a rule (signature).",
    ),
    "lovebook-privacy-md": (
        "dev", "privacy.md", src("cxy2002-sss/loveBook", "隐私权政策.md", "5dad72b549ca68eae7053a677243a2911e4fb389"),
        "hans", "cn",
        "**Markdown starting at `##`**: `## 隐私权政策` title, `###` sections, `####` sub-sections, numbered rights "
        "`1. 访问您的个人信息` with their text indented below",
        1,
        {1: [7, 26, 53, 63, 83, 88], 2: [12, 21, 28, 38, 45]},
        [67, 69, 71],
        [3, 32, 42, 55, 74, 91],
        "Title 隐私权政策 (1, an h2). ### sections level 1, #### level 2. 67/69/71 the numbered rights (a title with "
        "its text on the next, indented line) could be read as sub-headings: ambiguous. 32/42 list items with a colon "
        "label, 55 a list item, 74 a bullet, 91 the e-mail line.",
    ),
    "yisrookie-terms-txt": (
        "dev", "terms.txt", src("yisRookie/Privacy-Policy", "使用协议.txt", "0552c5dbefcf90baed8b87e90b323e5a9221c387"),
        "hans", "cn",
        "**plain text, mixed numbering**: a 一、…： line naming the document, `1.权利声明` … `7.其他条款` titles "
        "(one with a full-width 「5．」), run-in clauses `3.1 …：…`, a bare sub-title `4.9 隐私权保护`",
        1,
        {1: [5, 9, 11, 21, 25, 37, 43], 2: [23]},
        [],
        [3, 13, 15, 27, 39, 45],
        "Title 一、安装许可使用协议： (1, the only 一、 line: the document's name). 1.–7. titles level 1 (「5．免责与责任限制」 "
        "with a full-width dot), 4.9 隐私权保护 a bare sub-title (level 2, no body). 13/15 run-in clauses "
        "「3.1 禁止反向工程…：用户不得…」, 27/39/45 clauses, 3 the opening paragraph.",
    ),
    "cjzs-eula-txt": (
        "dev", "eula.txt", src("nkc3g4/Cjzs-Pro", "许可协议.txt", "26342404adfa0087a83c8dc79365940a4c47b3bd"),
        "hans", "cn",
        "**GBK plain text**: 一、/二、 titles over `1.`/`1）` clauses hard-wrapped at a fixed width, then 三、/四、 "
        "lines that are whole sentences (clauses numbered as sections)",
        1,
        {1: [3, 9]},
        [],
        [6, 10, 12, 17, 18, 20, 21],
        "Title 攒机助手专业版最终用户许可协议（EULA） (1). 一、软件使用协议 and 二、软件产品保护条款 level 1. 18 「三、…具有对"
        "以上各项条款内容的最终解释权和修改权。如用户…」 and 20 「四、因本协议所发生的纠纷，…」 are sentences (look-alikes); "
        "6/10/12/17 clauses, 21 the signature.",
    ),
    "icms-license-txt": (
        "dev", "license.txt", src("idreamsoft/iCMS5.1", "许可协议.txt", "47da4afcefde59cf195df02f88595fa3b46260f3"),
        "hans", "cn",
        "**GBK plain text, Roman numerals**: `I.协议许可和限制` / `II.有限担保和免责声明` titles over tab-indented clauses, "
        "no document title (the first line a copyright line)",
        None,
        {1: [13, 19]},
        [],
        [1, 5, 14, 25, 33, 35],
        "No title line (1 is 「版权所有 (c) 2007-2010，iDreamSoft 保留所有权利。」). I. and II. titles level 1. "
        "14 a tab-indented clause, 5/25 paragraphs, 33/35 the copyright and author lines.",
    ),
    "hangu-disclaimer-docx": (
        "dev", "disclaimer.docx", src("xujianrj/hanguDoc", "免责声明.docx", "05d978e420f0e3d3f267166750075dd79b3bbd29"),
        "hans", "cn",
        "**DOCX with no heading style and no bold**: Normal paragraphs 一、/二、/三、 titles over typed `1. ` clauses, "
        "an e-mail line",
        None,
        {1: [2, 7, 14]},
        [],
        [1, 4, 6, 9, 15],
        "No title (the file name says 免责声明). Paragraphs 2 一、知识产权声明, 7 二、免责声明, 14 三、解释和修订权 level 1; "
        "1 the opening paragraph, 4/9 clauses, 6 「本公司联系邮箱：this12@163.com」, 15 the closing sentence.",
    ),
    "corgi-disclaimer-docx": (
        "holdout", "disclaimer.docx", src("PATLaboratory/CorgiTools", "免责声明.docx",
                                          "99b7745b645e0cc15486bb302af3c04818154c25"), "hans", "cn",
        "**DOCX told by font size only**: an 18 pt title split over two paragraphs (the second centred with spaces), "
        "an 18 pt 「=声明=」 section mark, 11 pt numbered clauses, a 「补充：」 run-in note, a signature",
        1,
        {1: [6]},
        [2],
        [4, 8, 9, 11, 20, 26],
        "Title 1 (「CorgiTools的使用重要说明及关于PAT Laboratory Inc.的」, 18 pt) continued by 2 「免责声明」 (18 pt, "
        "indented with spaces: ambiguous). 6 「=声明=」 (18 pt) the one section mark, level 1. 8/9 clauses 1./2., "
        "11 a line of ====, 20 「补充：不当使用*包括但不限于：…」 a run-in note, 26 the signature, 4 the opening.",
    ),
    "cnyesheng-privacy-html": (
        "dev", "Privacy.html", src("CnYeSheng/game", "Privacy.html", "a1c087a7f45711bf24e2de722521412d48bc4317"),
        "hant", "tw",
        "**zh-Hant Taiwan page, every title an `<h1>`**: `<header>` with the name and two `<h4>` dates, fifteen "
        "`<section>`s each opening with `<h1>一、…</h1>` … `<h1>十五、…</h1>`, a nested `<ol type=\"I\">`",
        23,
        {1: [29, 44, 53, 59, 64, 79, 84, 89, 94, 99, 106, 111, 116, 121, 145]},
        [],
        [24, 25, 32, 101, 124, 132],
        "Title 隱私權政策 (23, the header's h1). The fifteen section h1s 一、…十五、 level 1 (same tag as the title). "
        "24/25 h4 dates, 32 a lead-in, 101 a run-in label 「人員、供應商或分包商:…」, 124/132 list items naming tools.",
    ),
    "wine-policy-jsp": (
        "dev", "policy.jsp", src("yangsanta/wineProject", "WineProject/WebContent/policy.jsp", WINE), "hant", "tw",
        "**zh-Hant JSP page**: a hidden `<h1 class=\"hidettl\">` and a visible `<h2><strong>` with the same name, then "
        "`<ol>` items each opening with an `<h3>`, `(1)&nbsp;…<br>` lists",
        127,
        {1: [132, 138, 155, 173]},
        [124],
        [12, 129, 144],
        "Title 酒迷使用者條款 (127, the visible h2; 124 the hidden h1 copy, ambiguous). Four h3 level 1. "
        "12 the site <title>, 129 the opening paragraph, 144 a (1) item.",
    ),
    "wine-privacy-jsp": (
        "holdout", "privacy.jsp", src("yangsanta/wineProject", "WineProject/WebContent/privacy.jsp", WINE), "hant", "tw",
        "**zh-Hant JSP page holding two documents**: the privacy policy (`<h3>` in `<ol>` items, colon labels "
        "followed by `<br>`) and, under an `<h2>`, a security plan in `<p>`: 壹、 (a sentence), 貳、…：, 一、…方面, (一) items",
        127,
        {1: [132, 136, 186, 190, 194, 198, 207], 2: [210], 3: [211, 223, 227, 233]},
        [124, 141, 157, 164, 177],
        [129, 158, 209, 224],
        "Title 酒迷隱私權政策 (127; 124 the hidden h1 copy, ambiguous). Six h3 level 1; 207 the second document's name "
        "(h2) level 1; under it 210 「貳、個人資料檔案之安全維護計畫：」 level 2 and 一、…四、…方面 level 3 "
        "(209 「壹、為確保…辦理維護事項。」 a sentence). 141/157/164/177 colon labels ending in <br> (two with text after "
        "the break on the same line): ambiguous. 158 a (1) item, 224 a (一) item.",
    ),
    "zoomla-license-txt": (
        "holdout", "license.txt", src("zoomla/CMS-Publish", "Zoomla!逐浪CMS_v8.5.0@基于dotNET 5.0/02数据库升级工具/许可协议.txt",
                                      "e9b5b75dceeda6672102e135e45f1c09fad80f35"), "hans", "cn",
        "**GBK plain text with a box-drawing banner**: a ┏━┓ box (product, version, 【版权声明】), the licence's name, "
        "`1、 软件信息` … `4、担保及免责声明` titles over tab-separated clauses numbered out of order (2.0, 3.1 under 2、)",
        16,
        {1: [18, 28, 35, 43]},
        [10],
        [2, 19, 22, 29, 40, 53, 54],
        "Title Zoomla!逐浪CMS 产品 许可协议 (16). 1、…4、 level 1. 10 「┃【版权声明】┃」 inside the banner: ambiguous. "
        "2 the banner's product line, 19/22/29/40 clauses, 53/54 the closing lines.",
    ),
    "metinfo-eula-txt": (
        "holdout", "eula.txt", src("forget-code/MetInfo", "最终用户授权许可协议.txt",
                                   "992d482aed4f018d1b5180088655389baec6bea2"), "hans", "cn",
        "**plain text with a BOM and CRLF**: bare titles closed by a colon (许可你的权利：) over 4-space-indented "
        "clauses, no document title line",
        None,
        {1: [7, 13, 19, 26]},
        [],
        [1, 3, 8, 24, 30, 33],
        "No title line (1 「感谢你选择米拓企业建站系统…」). 7/13/19/26 colon titles level 1. 8 an indented clause, "
        "24 an indented paragraph, 30 「官方网站：www.metinfo.cn」, 33 the company line.",
    ),
}

_TAG = re.compile(r"<[^>]*>")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _decode(data):
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise SystemExit("undecodable")


def _source_lines(path):
    if path.endswith(".docx"):
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        out = {}
        for n, p in enumerate(root.iter(_W + "p"), 1):
            text = "".join(t.text or "" for t in p.iter(_W + "t")).strip()
            if text:
                out[n] = text
        return out
    with open(path, "rb") as f:
        text = _decode(f.read())
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = _TAG.sub("", line).replace("&nbsp;", " ").strip()
        if line:
            out[n] = line
    return out


def build(name):
    sset, fname, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _source_lines(os.path.join(folder, fname))
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    for line in [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks):
        if line not in texts:
            raise SystemExit(f"{name}: no text on line {line}")
    overlap = ({h for h, _ in heads} & set(looks)) | (set(ambiguous) & set(looks)) | ({h for h, _ in heads} & set(ambiguous))
    if overlap:
        raise SystemExit(f"{name}: lines annotated twice: {sorted(overlap)}")
    ann = {
        "source": source, "format": "docx" if fname.endswith(".docx") else "lines", "script": script,
        "region": region, "languages": ["zh"],
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
