#!/usr/bin/env python3
"""Hand annotations of eval/structure28 (source of truth): `python3 eval/structure28/tools/annotate28.py [name ...]`.

Every heading, title and look-alike line below was read in the document before policylens was run on it: for HTML a
dump of every block with the source line of its first visible character (standard-library `html.parser`, scripts,
styles and comments left out, `eval/dev23g/tools/annotate23g.py`'s `blocks_of`), for text and Markdown the file's
own lines.  This script copies each annotated line's text from the block (or line) that starts there, refuses a line
where none starts, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`
(lines that look like headings and are not: list items, table rows, a bold sentence, a lone date, site chrome).
Standard library only.
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


def src(repo, path, commit, license="none found; test fixture only"):
    return {"repo": repo, "path": path, "commit": commit, "mode": "blob", "license": license}


# name: (set, file, format read as, source, script, region, kind, title line or None, {level: [lines]},
#        ambiguous lines, look-alike lines, notes)
IDX = "search-index stored text (no snapshot could be fetched); length checked against the index's total_chars"


def idx(repo, path, commit):
    return {"repo": repo, "path": path, "commit": commit, "mode": "index-text", "license": "none found; test fixture only",
            "note": IDX}


DOCS = {
    "pushup-md": (
        "dev", "隐私政策.md", "markdown", src("equinox166/PushUpCounting", "隐私政策.md", "cc7901afb148715e8debe3b3fa4a51e2ed44750e"),
        "hans", "cn", "app policy from a generator, translated: every heading a bold paragraph (`**…？**`), no `#` at all",
        1,
        {1: [5, 9, 13, 17, 21, 27, 31, 37, 41]},
        [],
        [35, 45, 47],
        "Title **隐私策略** (1). Nine bold-only paragraphs are the sections (questions and one-word 孩子/安全/变化). "
        "The effective-date line (35), the `* * *` rule (45) and the generator credit (47) are not headings.",
    ),
    "vbox-md": (
        "dev", "隐私协议.md", "markdown", src("MostFun0/VBOX", "隐私协议.md", "b98671ff9237dd067af499bd020a17aac6c575e0"),
        "hans", "cn", "short Markdown policy: a banner image, `#` title, two 1、/2、 numbered lead-in sentences with 1)/2)/3) items",
        3,
        {},
        [9, 17],
        [1, 11, 13, 15, 21],
        "Title `# 隐私协议` (3). 「1、您同意本软件在您使用的过程中收集如下信息:」 and 「2、您同意对于收集的相关数据如下使用：」 "
        "are numbered lead-in sentences that carry the document's only outline: ambiguous (a reader may take them as "
        "sections, but they are clauses ending in a colon). 1)/2)/3) lines are items; the banner image line is chrome.",
    ),
    "zerocjh-md": (
        "dev", "隐私协议.md", "markdown", src("Zero-Cjh/Doc", "隐私协议.md", "acc8a1dc29ff33695516eee3da6a7142e64f69d9"),
        "hans", "cn", "Markdown `##` 一、…九、 sections, every list written as 「label：sentence」 paragraphs (no bullets)",
        1,
        {1: [5, 19, 33, 43, 55, 65, 69, 73, 77]},
        [],
        [7, 9, 11, 13, 15, 17, 21, 23, 25, 27, 29, 31, 35, 37, 39, 41, 45, 47, 49, 51, 53, 57, 59, 61, 63, 79, 81, 83],
        "Title (1). `##` sections; the 「个人数据：例如…」 / 「数据加密：…」 paragraphs are labelled list items without "
        "bullets, the 「…以下数据：」 lines announce them; the e-mail line is contact detail.",
    ),
    "taxcode-html": (
        "dev", "隐私政策.html", "html", src("dahailideyu2012/taxcode", "隐私政策.html", "8dd692e6b23a0503f560a8f4b92af0c9181c2571"),
        "hans", "cn", "browser-extension page: `<h2>` 一、…八、, a bold 核心承诺 box, `<li><strong>label：</strong>` items",
        33,
        {1: [43, 52, 59, 71, 77, 83, 86, 89]},
        [],
        [34, 36, 39, 45, 55, 61, 68, 73, 74, 92, 93, 97],
        "Title <h1> (33); subtitle (34) and update date (36) are not headings; the highlighted 「核心承诺：…」 (39) and "
        "「提示：…」 (68) boxes are sentences; bold-led list items (55, 73, 74) and lead-ins (45, 61) are not headings.",
    ),
    "tiantian-md": (
        "dev", "隐私协议.md", "markdown", src("shenyinghao/securityProject", "隐私协议.md", "281f2433d77ab93490d90282a7835626aa3bc3c5"),
        "hans", "cn", "plain text saved as .md (no Markdown syntax, no blank line inside sections): bare unnumbered titles",
        2,
        {1: [6, 13, 17, 27]},
        [],
        [3, 4, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 20, 21, 22, 23, 24, 25, 26, 28, 29],
        "A file written as plain text and named .md: one line per sentence, no blank line between a title and its text "
        "(a Markdown renderer would run them together; annotated as a reviewer reads the file). Title 隐私政策 (2); "
        "bare titles 适用范围 / 信息使用 / 信息披露 / 信息安全; 「…以下信息不适用本隐私权政策：」 (9) announces a list, the "
        "lines after it are items.",
    ),
    "andui-txt": (
        "dev", "用户隐私协议.txt", "text", src("AND-Dev-Team/AND-UI-OS", "用户隐私协议.txt", "73c441dce8fad8c6739ef97b2af6e718bd4083ed", "GPL-3.0 (repository LICENSE)"),
        "hans", "cn", "plain text: 1.–10. sections (no 8.), an unnumbered sub-title, （1） items, tab-indented 3.1 sentences and 1）. items",
        1,
        {1: [8, 18, 21, 28, 31, 36, 43, 46, 49, 52], 2: [12]},
        [],
        [2, 6, 14, 15, 16, 24, 26, 53, 54, 55, 56, 57, 59],
        "Title 用户隐私协议 (1). 1.…10. titles (the numbering skips as written). 「同意协议后软件会自动处理的信息」 (12) is a "
        "bare sub-title under 1. announcing （1）–（3） items. Tab-indented 3.1/3.2 are sentences, 1）.–5）. items; "
        "「协议正文如下：」 (6) and the greeting (2) are not headings.",
    ),
    "artist-md": (
        "dev", "隐私说明.md", "markdown", idx("axing0223/artist_archive", "隐私说明.md", "ab8dfc69a44cbf931137431985bd594aeceb6815"),
        "hans", "cn", "browser-extension statement: unnumbered `##` questions, GFM tables, bold-led bullets, bold sentences, a quote",
        1,
        {1: [10, 22, 49, 62, 73, 80, 95]},
        [],
        [3, 6, 20, 24, 34, 36, 39, 41, 44, 46, 53, 57, 64, 66, 68, 75, 82, 85, 86, 88, 90, 92],
        "Title (1). `##` sections; bold sentences at a paragraph start (6 一句话版本：**…**, 20 **没有服务器端。**, "
        "82 **先备份，再卸载。**), bold-led bullets and numbered steps, the `>` note and table rows are not headings.",
    ),
    "shuzhi-md": (
        "dev", "隐私说明.md", "markdown", idx("lhlucy/shuzhimianpin", "隐私说明.md", "f351386987fa450c69b881eac1bb4a1f795e6865"),
        "hans", "cn", "short Markdown statement: unnumbered `##`, 「label：…」 bullets (baseline)",
        1,
        {1: [5, 11, 17, 23, 27]},
        [],
        [3, 7, 8, 9, 19, 20, 21, 29],
        "Title (1); `##` sections; labelled bullets are items.",
    ),
    "ivor-md": (
        "dev", "隐私政策.md", "markdown", idx("Ivor-tan/gotdot_space_battle_ai", "隐私政策.md", "ce6028214e0019d33fef172fac6f6df614d61527"),
        "hans", "cn", "game policy: `##` 一、…十、 and `###` 1.–5., an SDK list as bold-labelled bullets, dated bullets under the title",
        2,
        {1: [11, 39, 53, 73, 81, 89, 101, 107, 113, 121], 2: [13, 17, 23, 31, 35]},
        [],
        [4, 5, 41, 43, 45, 47, 49, 55, 57, 59, 61, 63, 65, 67, 69, 115, 117],
        "Title (2) after a blank first line; two levels by `##`/`###`; the SDK disclosure (TapSDK) is a list of "
        "「**SDK 名称：** …」 bullets, not headings; the update/effective date bullets (4, 5) are metadata.",
    ),
    "diagnose-wordhtml": (
        "dev", "基于深度的皮肤癌辅助诊断系统隐私政策.html", "html", src("yangyanglcy/diagnose.github.io", "基于深度的皮肤癌辅助诊断系统隐私政策.html", "36bd034d248989f8d0c10d34ed4032209d62307a"),
        "hans", "cn", "Word 2013 \"save as web page\" (gb2312): bold MsoNormal titles, a list-numbered TOC, 一、 then 二./三. sections, 1. subsections, SDK and permission tables",
        1461,
        {1: [1502, 1718, 1780, 1804, 2296, 2332, 2417, 2453, 2517, 2795, 2818, 2893],
         2: [1793, 2109, 2340, 2355, 2390, 2425, 2437, 2530, 2549, 2560, 2621, 2648, 2664, 2680, 2691, 2702]},
        [1817],
        [1467, 1484, 1527, 1533, 1573, 1580, 1590, 1601, 1611, 1621, 1631, 1641, 1651, 1661, 1671, 1680, 1729, 1737,
         1761, 1770, 1813, 1847, 1857, 1866, 1912, 2152, 2160, 2218, 2225, 2362, 2367, 2461, 2499, 2504, 2512, 2526,
         2567, 2572, 2727, 2843, 2848, 2855, 2901, 2907, 2946],
        "A hospital app's policy exported from Word (mso classes, `mso-list` numbering written as text). Title (1461), "
        "two dates (1467, 1484). 概述 (1502) is a bold title; the table of contents (1573–1680, list-numbered "
        "一、…十一、) repeats the section titles and is not a heading. Sections 一、定义 then 二.…十一. (full stop after "
        "the numeral); 1./2. subsections are titles where short (1.账号注册与登陆, 2.设备权限调用, 1.委托处理 …) and "
        "sentences where long (七's 1.–4., 3.在法律法规允许的情况下…：). 1817 「1.我们会采用一些第三方接口或SDK收集您的"
        "信息：」 is a sentence-like title ending in a colon, parallel to 2.设备权限调用: ambiguous. SDK and permission "
        "tables (cells 1847–2206) and （n） items are not headings.",
    ),
    "huatu-wpshtml": (
        "dev", "画图板隐私政策.html", "html", src("puqp/puqp.github.io", "画图板隐私政策.html", "baf5213a687e843cbb785c886f40e1c3d28d01f1"),
        "hans", "cn", "WPS \"save as web page\" declaring charset=GB18030 while its bytes are UTF-8; every paragraph the same size, an unnumbered title then 1.–5.",
        356,
        {1: [394, 449, 466, 481, 505, 524]},
        [],
        [370, 376, 439, 459, 499, 514, 542],
        "Title 隐私政策 (356, the only bold run). 「手绘板应用怎样收集并使用您的信息(包括个人信息)」 (394) is an unnumbered "
        "title; 1.读取照片功能 … 5.更新说明 are the numbered sections, annotated as its siblings (4.联系我们 and 5.更新说明 "
        "cannot belong under it). 「尊敬的用户：」 (370) is a salutation, 439 a lead-in ending in a colon, 542 the "
        "effective-date sentence.",
    ),
    "jiankong-html": (
        "dev", "隐私政策.html", "html", src("hellojiawa/hellojiawa.github.io", "隐私政策.html", "df6aea660080db79cddccb97e285556b3d176cbd"),
        "hans", "cn", "camera app page: `<p><strong>` unnumbered titles (two end in 「：」), an SDK disclosure as 「SDK名称：…」 lines, a bold date",
        None,
        {1: [67, 73, 78, 82, 97, 103, 107]},
        [],
        [7, 62, 65, 68, 69, 70, 71, 74, 75, 76, 79, 80, 83, 84, 85, 86, 91, 92, 93, 95, 98, 99, 100, 104, 105, 108],
        "No visible title (only <title>, line 7). Seven bold <p>s are the sections, 「附加的第三方服务：」 and "
        "「个人信息权益：」 with a colon. The bold 「更新日期：2025年06月」 (62) is a date; 1.–4. lines are sentences; the "
        "SDK disclosure (SDK名称 / 涉及个人信息 / 合作方主体 … per SDK) is label lines, not headings.",
    ),
    "gensai-html": (
        "dev", "隐私政策.html", "html", src("gensaikyoushitsu/gensai", "隐私政策.html", "9d0a01f8407bf1a2814576765882728e5be6212f"),
        "hans", "cn", "Japanese app's policy in Chinese: `<p>第1条（…）<br>` run-in article titles, bare list lines, stray quotes around the file",
        None,
        {1: [19, 22, 25, 30, 43, 44, 45, 46]},
        [],
        [15, 18, 31, 32, 33, 35, 37, 39, 40, 47],
        "No title. 第1条（隐私信息）…第8条（咨询窗口） open their <p> and are followed by <br> and the article text "
        "(the last four on one source line each). The bare lines under 第4条 are list items; the postal address is "
        "contact detail.",
    ),
    "twrp-html": (
        "dev", "隐私政策.html", "html", src("cxgzsgf/cxjt", "隐私政策.html", "7473e0997aeeb873230f87b85a73bc6689130f4d"),
        "hans", "cn", "tool's policy + disclaimer: A./B./C. parts, 一、 sections, 1./(一) subsections, （1） and 1、 items, numbered sentences",
        5,
        {1: [7, 150, 168],
         2: [9, 57, 87, 118, 123, 152, 160, 164],
         3: [12, 16, 24, 30, 37, 51, 91, 102, 110]},
        [],
        [22, 41, 43, 45, 61, 63, 65, 81, 95, 97, 106, 108, 114, 116, 120, 125, 129, 136, 138, 174],
        "Title 隐私政策和免责声明 (5). Three parts A.隐私政策 / B.免责声明 / C.…如何更新; 一、… sections in A and B; "
        "1. 设备信息 … 6. (under 一) and (一) 共享 / (二) 转让 / (三) 公开披露 (under 三) are subsections; the 1./2./3. "
        "lines under 二、四、五 are whole sentences; （1）–（3） and 1、/2、 lines are items; 「提醒：…」 a note; the last "
        "line a date.",
    ),
    "seawind-tw-html": (
        "holdout", "隱私權政策.html", "html", src("mc-seawind-cc/seawind", "隱私權政策.html", "f72341ce36013d7cf1cff8a3d590011b45f88e53"),
        "hant", "tw", "Taiwan game-server page: `<h2>` 一、…六、, every clause a bold numbered `<p><strong>1.…`, a Minguo date, nav",
        81,
        {1: [92, 103, 114, 131, 145, 165]},
        [],
        [38, 54, 60, 82, 86, 94, 97, 105, 108, 116, 119, 122, 125, 133, 136, 139, 147, 150, 152, 167, 173, 190, 195],
        "Title <h1> (81). Sections <h2> 一、…六、; each numbered clause is a whole bold sentence in its own <div> "
        "(look-alikes), 「2.前項但書之情形包括不限於：」 (150) announces a list; 「最後修訂於 113.07.29」 (173) is a "
        "lone Minguo date; navigation and footer are chrome.",
    ),
    "yinsixiyi-md": (
        "holdout", "隐私协议.md", "markdown", src("huangshoumin/yinsixiyi", "隐私协议.md", "def7d257630d5b3774cd44e29e559875caae99dc"),
        "hans", "cn", "plain text saved as .md: no title, 一、…六、 bare titles, 1、 numbered sentences",
        None,
        {1: [3, 9, 19, 27, 31, 37]},
        [],
        [1, 5, 11, 13, 15, 17],
        "No title; 一、… lines are sections; 1、…4、 lines under 二 are sentences; the short definition (5) is text.",
    ),
    "olivia-md": (
        "holdout", "隐私说明.md", "markdown", idx("guvgr2/OliviaSoul-community", "隐私说明.md", "33c3888fd9d137ff3654f8442f3951dce467be16"),
        "hans", "cn", "bilingual-titled Markdown (`# 隐私说明 / Privacy`): `##` 一、…七、 plus 「三·补充、」, tables, numbered steps",
        1,
        {1: [5, 12, 16, 25, 31, 40, 49, 54]},
        [],
        [3, 7, 8, 10, 20, 21, 22, 23, 33, 35, 42, 43, 44, 45, 47, 51, 52, 58, 59, 60, 61, 63],
        "Title (1). `##` sections; 「三·补充、关于音频指纹」 (25) is written at the same `##` depth as its siblings "
        "(level 1). Table rows, bullets and numbered steps are not headings.",
    ),
    "tlct-html": (
        "holdout", "隐私政策.html", "html", src("fenglbl/tlct", "隐私政策.html", "d03b66545915e2eb70b0cf078f8157864c110e6e"),
        "hans", "cn", "site disclaimer fragment: `<h3>` 总则 / 第一条 / 第二条 / a zh+en two-line title / 附则, 1.–5. and （1） items",
        None,
        {1: [10, 17, 32, 58, 95]},
        [59],
        [12, 26, 27, 28, 29, 31, 35, 41, 47, 53, 63, 69, 72, 74, 77, 81, 82, 83, 85, 87, 88, 89, 90, 93, 98, 99],
        "An HTML fragment (no <html>/<h1>): five <h3>s. 「隐私信息收集与保护<br>Personal Iinformation Collected and Usage」 "
        "is one bilingual heading (58; its English line 59 is ambiguous). 1./2. lines are sentences or lead-ins "
        "(85 「5. 出现下列情况时本网站不承担任何责任」 announces a list), （n） lines items.",
    ),
}


# The encoding a browser would use where the file's bytes are not UTF-8.
ENCODING = {"diagnose-wordhtml": "gb18030"}


def _line_texts(path, fmt, encoding="utf-8-sig"):
    """Text of the block (HTML) or line (text, Markdown) that starts on each source line."""
    if fmt == "html":
        return _a23g.blocks_of(path, encoding)
    out = {}
    with open(path, encoding="utf-8-sig") as f:
        for i, line in enumerate(f, 1):
            text = re.sub(r"^#{1,6}\s*|\*\*", "", line.strip()).strip()
            if text:
                out[i] = text
    return out


def build(name):
    sset, fname, fmt, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _line_texts(os.path.join(folder, fname), fmt, ENCODING.get(name, "utf-8-sig"))
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    for line in [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks):
        if line not in texts:
            raise SystemExit(f"{name}: no block starts on line {line}")
    overlap = ({h for h, _ in heads} & set(looks)) | (set(ambiguous) & set(looks))
    if overlap:
        raise SystemExit(f"{name}: lines both heading/ambiguous and look-alike: {sorted(overlap)}")
    ann = {
        "source": source, "format": fmt, "script": script, "region": region, "languages": ["zh"], "kind": kind,
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
