#!/usr/bin/env python3
"""Hand annotations of eval/structure34 (source of truth): `python3 eval/structure34/tools/annotate34.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
For an HTML page a "block" is what `eval/dev23g/tools/annotate23g.py`'s `blocks_of` finds in the file (the line where
a paragraph's text starts).  For a React Native screen (`.tsx`) and for plain text a block is a source line (tags
stripped): a heading is the line its text is on, a run-in label such as `1.1 服务内容{'\\n'}` the line that label is on.
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


IDNS = "de66591a50dbd856a1809cc3dcad2c6565accc32"

# name: (set, file, format read as, source, script, region, kind, title line or None, {level: [lines]},
#        ambiguous lines, look-alike lines, notes)
DOCS = {
    "cxjz-privacy-html": (
        "dev", "隐私政策.html", "lines", src("jy815452410/cxjz", "隐私政策.html", "b6e1b8156b7507cafc33b882e17bd6ef5bedeceb"),
        "hans", "cn", "**plain text saved as `.html`**: no tag at all, CRLF; an indented title line, 引言, then 1.–7. titles "
        "each directly over its first a)/b) item (no blank line between a title and its text)",
        1,
        {1: [3, 6, 13, 18, 29, 32, 37, 52]},
        [],
        [4, 7, 38, 44, 55, 57],
        "Title 隐私政策 (1, indented by spaces). 引言 (3) and 1. 适用范围 … 7.如何联系我们 (52) are the sections; a)… lines "
        "are items, 38 「我们的隐私政策可能变更。」 a short sentence, 44 a lead-in closed by 「：」.",
    ),
    "cocoa-privacy-html": (
        "dev", "隐私协议.html", "html", src("caimengnan/yinsi-", "隐私协议.html", "e23c24d7d520722a18814fdce39a4b898875cd96"),
        "hans", "cn", "**macOS TextEdit export** (`Cocoa HTML Writer`): every paragraph `<p class=\"p1\">`, section titles "
        "unnumbered, unbold, in the same class as the text (one `p3` because it opens with Latin 'Cookie'), empty "
        "`<p class=\"p2\"><br></p>` spacers, the last title numbered 「7.」 alone",
        None,
        {1: [20, 35, 42, 59, 62, 69, 74]},
        [],
        [18, 21, 27, 43, 76],
        "No title. 适用范围 (20), 信息使用, 信息披露, 信息存储和交换, Cookie的使用 (62), 信息安全, 7.本隐私政策的更改 (74): "
        "short bare lines over (a)/(b)/© items. 27/43 lead-ins closed by 「：」.",
    ),
    "bear-privacy-html": (
        "dev", "隐私协议.html", "html", src("chenwei9205/hlssg", "隐私协议.html", "31d201758154581f123332e6fa0cdb8d8ac4df4d"),
        "hans", "cn", "**Bear note export**: plain `<p>` paragraphs separated by `<br>`, bare unbold section titles, the "
        "page `<title>` is the first paragraph's text, the last title numbered 「7.」 alone",
        None,
        {1: [17, 32, 39, 56, 59, 66, 71]},
        [],
        [4, 15, 18, 24, 40, 73],
        "No title (4 is the page <title>, the first paragraph cut off). Seven bare titles over (a)… items, as in the "
        "template of cocoa-privacy-html with the app's name 「欢乐水管工」.",
    ),
    "dbh-protocol-htm": (
        "dev", "duobaohui_protocol.htm", "html", src("13662521395/duobaohui", "duobaohui_android/app/src/main/assets/duobaohui_protocol.htm", "296507db16d6aecd51fb64a2cf8483a6359790b0"),
        "hans", "cn", "**Word 'save as web page' in Android assets** (`app/src/main/assets/*.htm`, CRLF, a `<!--suppress ALL-->` "
        "line first): 一、… in `<h1>`, subtitles 1、用户ID as MsoNormal paragraphs like the body, and 1、… clauses "
        "that are sentences in the same style",
        None,
        {1: [2373, 2406, 2763, 2918], 2: [2378, 2411, 2432, 2611, 2768]},
        [],
        [2333, 2395, 2458, 2664, 2674, 2756, 2813, 2857, 2932],
        "No title. 一、…四、 (<h1>) are the parts. Subtitles: 1、用户拥有夺宝会账号 (2378), 1、用户ID, 2、用户资料完善, 3、夺宝币 "
        "(2611), 1、释义 (2768). 2395 「2、用户在使用夺宝会时须具备…」, 2664/2674/2756 and 2813… are numbered clauses "
        "(sentences), not titles.",
    ),
    "uz-agreement-html": (
        "dev", "sing_agreement.html", "html", src("iceycc/my_uz_m", "coreframe/templates/t2/content/mobile/sing_agreement.html", "c63edf132b5700fdbc7706495f6daa0aca953ca3"),
        "hans", "cn", "**WPS export pasted into a page template**: MsoNormal paragraphs with `mso-spacerun` spans and "
        "`<font face>`; a 24 pt title, three bold parts (免责条款, 用户协议, 隐私政策), under 用户协议 unbold 1、…11、 "
        "titles, under 隐私政策 bold unnumbered titles; (1)/(a) items",
        31,
        {1: [35, 60, 251], 2: [63, 73, 105, 113, 121, 129, 137, 145, 215, 231, 239, 262, 305, 356, 408, 420]},
        [364, 372, 380],
        [10, 40, 81, 89, 153, 184, 211, 254, 273, 289, 293, 392],
        "Title 优装美家用户协议 (31). Parts (bold, 12 pt): 免责条款 (35), 用户协议 (60), 隐私政策 (251). Under 用户协议 the "
        "clauses 1、协议生效条件 … 11、法律 (not bold) are titles over paragraphs. Under 隐私政策 bold 用户信息的获取 (262), "
        "顾客信息的使用, 用户信息的共享、披露与转让, 未成年人信息的保护, 其他网站链接. 364/372/380 「1、合作伙伴：」 labels "
        "closed by a colon over a paragraph: ambiguous. 10 is the page <title>; 273… 1、 list items.",
    ),
    "idns-user-tsx": (
        "dev", "UserAgreementView.tsx", "lines", src("WNLUO/i-dns", "src/components/UserAgreementView.tsx", IDNS),
        "hans", "cn", "**React Native screen**: `<Text style={[styles.title…]}>` in a header `<View>`, then `<View "
        "style={styles.section}>` blocks of a `sectionTitle` `<Text>` over `paragraph` `<Text>`s whose first line is a "
        "run-in subtitle 「1.1 服务内容{'\\n'}」 followed by the text (the subtitle and its text in one `<Text>`)",
        32,
        {1: [44, 54, 74, 98, 114, 121, 133, 153, 166, 176, 189],
         2: [56, 60, 68, 76, 80, 84, 88, 100, 104, 108, 123, 127, 135, 139, 143, 147]},
        [],
        [33, 89, 155, 158, 168, 178, 191, 200],
        "Title 用户协议 (32). sectionTitle Texts: 欢迎使用iDNS家庭守护 (44, styled as every section) and 一、…十、. Level 2: "
        "each 「n.m label{'\\n'}」 line that opens a paragraph Text and is followed by the text on the next line "
        "(1.1 服务内容 …). 155 「7.1 我们有权…」 and 8.x/9.x are clause sentences, not titles. 200 a closing thanks.",
    ),
    "idns-privacy-tsx": (
        "holdout", "PrivacyPolicyView.tsx", "lines", src("WNLUO/i-dns", "src/components/PrivacyPolicyView.tsx", IDNS),
        "hans", "cn", "the same app's **privacy policy screen** (React Native): sectionTitle `<Text>`s 引言, 一、…八、, run-in "
        "subtitles 「1.1 设备信息{'\\n'}」 in the paragraph Texts, clause sentences 2.1…",
        32,
        {1: [41, 48, 64, 77, 93, 109, 124, 140, 147],
         2: [50, 54, 58, 79, 83, 87, 95, 99, 103, 114, 118, 126, 130, 134]},
        [],
        [33, 43, 66, 69, 72, 111, 142, 149],
        "Title 隐私政策 (32). 引言 (41) and 一、…八、 are sections. Level 2: the 「n.m label{'\\n'}」 lines. 66/69/72 "
        "「2.1 我们高度重视…」 and 111 「5.1 我们不会向第三方出售…」 are sentences.",
    ),
    "idns-child-tsx": (
        "holdout", "ChildProtectionRulesView.tsx", "lines", src("WNLUO/i-dns", "src/components/ChildProtectionRulesView.tsx", IDNS),
        "hans", "cn", "the same app's **children's rules screen** (React Native): sectionTitle `<Text>`s 引言, 一、…九、, run-in "
        "subtitles 「2.1 基本原则{'\\n'}」 over text or • items, clause sentences 1.1…",
        32,
        {1: [45, 55, 71, 92, 108, 124, 144, 168, 184, 197],
         2: [73, 77, 83, 94, 100, 110, 114, 126, 132, 138, 146, 150, 154, 158, 162, 170, 174, 178]},
        [],
        [33, 57, 60, 119, 186, 199, 211],
        "Title 儿童个人信息保护规则 (32). 引言 and 一、…九、 are sections. Level 2: the 「n.m label{'\\n'}」 lines (2.1 基本原则 "
        "…). 57 「1.1 若您的被监护人…」, 119 「4.3 超出存储期限后…」, 186 「8.1 …」 are sentences; 211 the closing box.",
    ),
    "ailiao-privacy-html": (
        "holdout", "隐私协议.html", "html", src("xiaomidashuaige/ailiao", "隐私协议.html", "4105470e8ecd2574ca5a3aa251c0b32dcc20bee8"),
        "hans", "cn", "**HTML of `<p>` only**: section titles 一、… are `<p class=\"title\">` (bold by a `<style>` rule, "
        "`font-weight:600`), subsections （一） and 1、业务功能 are plain `<p>` like the text; unknown tags "
        "`<internet explorer=\"\">` nested in a paragraph",
        None,
        {1: [28, 43, 63, 81, 89, 133, 139, 143, 147],
         2: [31, 38, 44, 58, 64, 73, 77, 91, 96, 98, 107, 116, 120, 122],
         3: [32, 37]},
        [41, 113],
        [7, 26, 30, 79, 82, 84, 100, 149],
        "No title (7 is the page <title> 隐私协议). 一、…九、 class=title. （一）… short lines are subsections; 1、业务功能一："
        "注册成为用户 (32) and 2、业务功能二：… (37) under （一） are third level. 41 「（三）当我们要将信息用于…」 and 113 "
        "「（五）个人信息主体注销账户 您随时可…」 run a title into its text: ambiguous. 82… （一）我们已使用… are sentences.",
    ),
    "swift-user-html": (
        "holdout", "用户协议.html", "html", src("1AB76/swiftbirdtermsofuse", "用户协议.html", "bfe296a2e8ddced4d98f5c23e664f88ac2d37fff"),
        "hans", "cn", "**Markdown editor export** (MacDown-style page, 840 lines of CSS first): `<h1>` title, `<h3 "
        "id=\"toc_n\">1. …` sections (no `<h2>`), 2.1 clause paragraphs, （1） items",
        841,
        {1: [847, 851, 861, 883, 891, 905, 935, 939, 949]},
        [],
        [843, 853, 899, 909, 921, 959],
        "Title 用户协议 (841, <h1>). 1.–9. in <h3> are the sections (level 1: no level 2 between). 899 「退款相关提示：」 "
        "and 921 「6.2 用户同意的方式有：」 are lead-ins; 959 the date.",
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
