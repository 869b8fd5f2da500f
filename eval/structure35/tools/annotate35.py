#!/usr/bin/env python3
"""Hand annotations of eval/structure35 (source of truth): `python3 eval/structure35/tools/annotate35.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A block is a source line with its tags stripped; a heading is the line its text is on (for `<h4>` whose text is on
the next line, that next line).  This script copies each annotated line's text, refuses a line with no text, and
writes <set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.  Standard library only.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

LICENSE = "none found; test fixture only"


def src(repo, path, commit, license=LICENSE):
    return {"repo": repo, "path": path, "commit": commit, "mode": "blob", "license": license}


IDAPP = "567c694bf79133e56cbf5962da8b01b420d68589"
HUDUN = "24656522f34af422e8e2d98609b363fbd9a86200"
XJ = "www.xunjiecad.com/wp-content/themes/"

# name: (set, file, source, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "suixu-privacy-vue": (
        "dev", "privacy.vue", src("Subs0513/ID-APP", "pages/subabout/privacy/privacy.vue", IDAPP), "cn",
        "**uni-app page**: `<view class=\"section-title\">一、…</view>` sections over `<view class=\"item-title\">1.1 …` "
        "sub-titles, `item` bullets and `paragraph` views; styles in an `@import`ed CSS file",
        5,
        {1: [18, 36, 52, 70, 87, 102, 113, 121, 129], 2: [20, 26, 30, 54, 60, 64, 72, 80]},
        [],
        [74, 131, 133, 138, 139],
        "Title 隐私政策 (5). 一、…九、 section-title views are level 1, 1.1–4.2 item-title views level 2. 74 and 131 "
        "lead-ins closed by 「：」, 133 a phone line, 138/139 the dates in the footer.",
    ),
    "suixu-infolist-vue": (
        "dev", "info-list.vue", src("Subs0513/ID-APP", "pages/subabout/info-list/info-list.vue", IDAPP), "cn",
        "**uni-app page, tables of `<view class=\"td\">` cells**: a personal-information collection list, 一、…四、 "
        "section-title views each over a `<view>` table (header cells 功能/场景 …) and a hint line",
        5,
        {1: [14, 60, 92, 134]},
        [],
        [19, 20, 26, 55, 142],
        "Title 个人信息收集清单 (5). Four section titles; 19/20 table header cells, 26 a body cell, 55 a hint "
        "「提示：左右滑动查看完整表格」, 142 the update date.",
    ),
    "hudun-privacy-php": (
        "dev", "privacy.php", src("lx759627778/hudun", XJ + "huduntech_v1.0.1/pages/privacy.php", HUDUN), "cn",
        "**WordPress template whose `<h3>` are paragraphs**: `<h1>` title, `<h2>1. …</h2>` sections, but the opening "
        "paragraph, two lead-ins closed by 「：」 and a whole section body are `<h3>`s",
        15,
        {1: [17, 25, 29, 38, 40, 45]},
        [],
        [16, 21, 30, 39],
        "Title 隐私政策 (15). Sections 1.–6. are <h2>. 16 (opening paragraph), 21 「您了解并同意，以下信息不适用本隐私权政策：」, "
        "30 (a lead-in closed by 「：」) and 39 (section 4's whole body) are <h3> but text, not headings.",
    ),
    "cad-license-php": (
        "dev", "privacy.php", src("lx759627778/hudun", XJ + "cad_xjpdf_v1.0.2/privacy.php", HUDUN), "cn",
        "**software licence as a WordPress template**: `<h3 class=\"title\">协议</h3>` title, then eight `<h1><i></i>…：</h1>` "
        "labels closed by a colon (您保证： …) over `<p>` items 1、… split by `<br>`",
        7,
        {1: [11, 16, 21, 23, 25, 27, 29, 31]},
        [],
        [9, 12, 13, 17, 33],
        "Title 协议 (7, an <h3> above eight <h1>s). The <h1> labels 您保证：, 您保证不：, 本软件的版权和所有权：, 售后担保：, "
        "概不负责：, 责任有限：, 许可终止：, 适用法律： are the sections (level 1). 12/13/17 numbered items 1、2、 "
        "in a <br> paragraph, 9 and 33 sentences.",
    ),
    "lulab-agreement-dart": (
        "dev", "user_agreement.dart", src("proflulab/LuLab_frontend", "lib/pages/agreement/user_agreement.dart",
                                          "443fe7bd5af517de25e32173675b189eef76f93a"), "cn",
        "**Flutter screen, the agreement one `'''` string** (plain text inside `Text(...)`): sections 1. / 2. / 6. / 7., "
        "clauses 1.1. / 1.1.1. / 6.2 one a line, one title run into its first clause",
        14,
        {1: [26, 35, 45]},
        [41],
        [24, 27, 28, 36, 42, 58],
        "Title 用户协议 (14, the AppBar). Sections 1.用户许可, 2.注册帐号、密码及安全性, 7.其他 (level 1). 41 "
        "「6.合约期限及变更、终止6.1我们和您…」 is a title run into its first clause (ambiguous). 24 the opening paragraph "
        "(on the string's first line), 27/28/36/42 numbered clauses, 58 the company name signed under the text.",
    ),
    "xjpdf-privacy-php": (
        "dev", "privacy.php", src("lx759627778/hudun", XJ + "xjpdf_v3.0.6/privacy.php", HUDUN), "cn",
        "**WordPress template with a banner**: banner `<h1><img></h1>` and blurb, then `<h1>隐私协议</h1>`, an `<h3>` "
        "reminder paragraph, `<h2>1、 …</h2>` sections",
        21,
        {1: [24, 27, 29]},
        [],
        [12, 23, 25],
        "Title 隐私协议 (21). Sections 1、–3、 are <h2>. 12 the banner's product blurb, 23 「温馨提醒：…」 an <h3> "
        "paragraph, 25 a one-line paragraph.",
    ),
    "lbteam-protocol-aspx": (
        "dev", "Protocol.aspx", src("icesky321/LBTeam", "LB.WebUI/Protocol.aspx", "cb02967f82a822bd8cb26ad673c44d146a1bc9a8"),
        "cn",
        "**ASP.NET content page, text split by `<br />`** (BOM): `<h1>` title, clauses 一、二、三、 that are sentences, "
        "full-width （一） / （二）、 sub-titles closed by 「：」, items 1．… with full-width full stops",
        10,
        {1: [21, 34]},
        [18],
        [13, 14, 15, 24, 36, 43],
        "Title 会员注册协议 (10). （一）本网站的权利与义务： and （二）、会员权利与义务： are the two titles (level 1). "
        "14 「一、 用户在注册之前，应当…」 and 15 「二、如果您…」 are sentences; 18 「三、网上注册：凡是带*标志的项目…」 "
        "a label run into its sentence (ambiguous). 24/36 items 1．…, 13 and 43 sentences.",
    ),
    "fkun-eula-php": (
        "dev", "eula.php", src("fkunde/Fkun-Book-keeping", "eula.php", "bfbaa008493ce69027b759ec5e6fbfb1c28e69c2"), "cn",
        "**HTML page, clauses as bare text between `<br>`**: `<div class=\"top\">` title, `<p>一、总则</p>` titles, "
        "the clauses 1.1 … as text nodes of the enclosing `<div>`",
        13,
        {1: [15, 21, 23]},
        [],
        [5, 16, 22, 24],
        "Title 用户注册协议 (13; 5 is the <title> in <head>). 一、总则, 二、服务内容, 三、用户帐号 are the sections. 16/22/24 "
        "clauses 1.1 … as bare text.",
    ),
    "suixu-agreement-vue": (
        "holdout", "agreement.vue", src("Subs0513/ID-APP", "pages/subabout/agreement/agreement.vue", IDAPP), "cn",
        "**uni-app page**: `section-title` views 一、…十、 over `item` views 1.1 … (two items wrapped over three lines) and "
        "`paragraph` views",
        5,
        {1: [13, 20, 28, 34, 43, 51, 58, 69, 75, 83]},
        [],
        [14, 36, 52, 61, 70, 85, 92],
        "Title 用户协议 (5). 一、…十、 section titles (level 1). 14/52/70 clauses 1.1 … (70 「8.1 我们有权根据运营需要对服务"
        "内容进行更新或调整。」 short), 36 「4.2 你不得实施以下行为（包括但不限于）：」 a lead-in, 61 an item's text on its "
        "own line, 85 a lead-in, 92 the date.",
    ),
    "xjpdf-terms-php": (
        "holdout", "terms.php", src("lx759627778/hudun", XJ + "xjpdf_v3.0.6/terms.php", HUDUN), "cn",
        "**WordPress template**: banner, `<h1>使用条款</h1>`, an `<h4>` reminder, `<h2>1、…</h2>` sections, one "
        "`<p><h2>5、…</h2>` (an <h2> opened inside an unclosed <p>)",
        19,
        {1: [24, 26, 28, 30, 32, 34, 36]},
        [],
        [21, 22],
        "Title 使用条款 (19). Sections 1、授权 … 7、是否同意 are <h2>; 32 is the <h2> inside a <p>. 21 「温馨提醒：…」 an "
        "<h4> paragraph, 22 the first paragraph.",
    ),
    "ziben-privacy-php": (
        "holdout", "privacy.php", src("imokyou/ziben01", "application/views/front/privacy.php",
                                      "c7c247a4a0218aa6808d2a86a82624298d001b21"), "cn",
        "**titles as `<dt>` of a `<dl>`**: `<h1>隐私政策</h1>`, then `<dt>个人信息采集</dt>` / `<dd>…</dd>` pairs "
        "(no numbering), a site header and footer around",
        93,
        {1: [97, 99, 101, 103, 105, 109, 111, 113]},
        [],
        [95, 107],
        "Title 隐私政策 (93). The eight <dt> terms are the sections. 95 the opening <dd>, 107 a <dd> continued after <br>.",
    ),
    "yunhuiku-help-vue": (
        "holdout", "Help.vue", src("yangjinguang/yunhuiku", "src/components/Help.vue", "3dc9d319fac7de2ce42d8ef6da97dcf4ebdc7c1e"),
        "cn",
        "**one Vue page holding three documents** shown by tab (`v-if=\"$route.params.tab ==1/2/3\"`): an FAQ of "
        "`<h4 class=\"help-question\">` questions 1、…11、, the licence 「最终用户许可协议」 (a centred `<p>`) with "
        "`<p>第一条 …</p>` articles over 2-1 … clauses, and a privacy policy of `<h4>` questions inside `<li>`s",
        None,
        {1: [22, 38, 59, 77, 90, 104, 119, 136, 149, 162, 173, 184, 198,
             347, 361, 375, 389, 403, 420, 441, 461, 476, 491, 506, 521, 536],
         2: [204, 207, 219, 236, 239, 250, 254, 272, 301, 311, 318, 328]},
        [],
        [8, 11, 14, 200, 203, 208, 276, 278, 342],
        "No title: three documents, named only by the tab links 常见问题 / 许可协议 / 隐私政策 (8/11/14, look-alikes). "
        "FAQ questions (h4, text on the next line) level 1; the licence's own name 「最终用户许可协议」 (198) level 1 and "
        "its 第一条…第十二条 level 2; the privacy policy's h4 questions level 1 (its name is only in the tab link). "
        "200/203/342 paragraphs, 208 a clause number alone 「2-1」, 276/278 clauses 8-2 / 8-2-1.",
    ),
}

_TAG = re.compile(r"<[^>]*>")


def _source_lines(path):
    with open(path, encoding="utf-8-sig", newline=None) as f:
        out = {}
        for n, line in enumerate(f, 1):
            text = _TAG.sub("", line).replace("&nbsp;", " ").strip()
            if text:
                out[n] = text
        return out


def build(name):
    sset, fname, source, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
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
        "source": source, "format": "lines", "script": "hans", "region": region, "languages": ["zh"],
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
