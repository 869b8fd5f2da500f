#!/usr/bin/env python3
"""Hand annotations of eval/dev23g (source of truth): `python3 tools/annotate23g.py [name ...]`.

Each heading / title line below was read in the document (a dump of every block with the source line of its first
visible character, standard library `html.parser`, scripts, styles and comments left out).  This script takes each
annotated line's text from the block that starts on it, refuses a line where no block starts, and writes
dev/<name>/annotation.json in the format of eval/blind/README.md.  Standard library only.
"""

import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "dev")
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "view", "br", "section", "article",
         "ol", "ul", "table", "header", "footer", "main", "title", "dt", "dd", "blockquote", "pre", "text"}
SKIP = {"script", "style"}


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: dict[int, str] = {}
        self.cur: list[str] = []
        self.line = None
        self.skip = 0

    def flush(self) -> None:
        text = " ".join("".join(self.cur).split())
        if text and self.line not in self.blocks:
            self.blocks[self.line] = text
        self.cur, self.line = [], None

    def handle_starttag(self, tag, attrs):
        self.skip += tag in SKIP
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        if data.strip() and self.line is None:
            lead = len(data) - len(data.lstrip())
            self.line = self.getpos()[0] + data[:lead].count("\n")
        self.cur.append(data)


def blocks_of(path, encoding):
    with open(path, "rb") as f:
        text = f.read().decode(encoding)
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    if path.endswith(".wxml"):  # a mini-program <text> shows its line breaks: each line is a block
        lines = text.split("\n")
        return {i + 1: " ".join(re.sub(r"<[^>]*>", "", s).split()) for i, s in enumerate(lines) if re.sub(r"<[^>]*>", "", s).strip()}
    p = _Blocks()
    p.feed(text)
    p.flush()
    return p.blocks


def src(repo, path, commit):
    return {"repo": repo, "path": path, "commit": commit, "mode": "blob", "license": "none found; test fixture only"}


# name: (file, encoding, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, notes)
DOCS = {
    "wps-lilizi-htm": (
        "隐私政策.htm", "gb18030", src("lilizi9/html", "隐私政策.htm", "6505987257c748059614366a09be0639518e81aa"),
        "hans", "cn", "WPS 'save as web page' (.htm, GB2312, CRLF): every paragraph class=MsoNormal, no bold, no heading tags",
        339, {1: [351, 389, 437, 527, 569, 605, 617], 2: [363, 395, 413, 425, 443, 479, 503, 581]}, [],
        "The WPS export of a common app template: 一、… sections and （一）… subsections are plain MsoNormal paragraphs "
        "like the body, each span split over several source lines (a heading's line is the line of its first "
        "character). The （一）–（五） of section 四 are sentences (not headings); 1、… lines are list items.",
    ),
    "word-wuziqi-html": (
        "index.html", "gb18030", src("sszr410/Privacy-Policy", "index.html", "a2ef713b1ec509cc2804521a329aad66b94d6d30"),
        "hans", "cn", "Word/WPS export of a filled-in template (GB2312, CRLF): pop-up notice, TOC in the heading style, tables",
        1061, {1: [1271, 1695, 1748, 1844, 2030, 2109, 2143, 2354, 2400, 2432],
               2: [1278, 1440, 1583, 1610, 1757, 1827, 1850, 1862, 1925, 1939, 1951, 2169, 2182, 2226, 2251, 2277, 2291],
               3: [1297, 1343, 1362, 1416]}, [966],
        "A consent pop-up (温馨提示, line 966, ambiguous) and two date lines precede the title. The table of contents "
        "(1193–1262) uses the same paragraph class (p.30) as the real 一、 headings: not headings. Under 一 the levels "
        "are 一、 / （一） / 1.; under 三、四、七 the 1. titles are the second level. Numbered 6./7. sentences in 四 and the "
        "(1)… items are not headings; table cells (SDK, permissions) are not headings. 【】 template brackets remain.",
    ),
    "redmall-vue": (
        "privacy.vue", "utf-8", src("hahadas/redmall", "pages/setting/privacy.vue", "abd5e18e1cce56f38d0d92e40ba912ffc763e710"),
        "hans", "cn", "uni-app page: every paragraph a <text>, sections <text class=\"title\">, subsections plain <text>",
        None, {1: [5, 12, 20, 36, 43, 49], 2: [8, 13, 16, 18, 21, 28, 32, 45]}, [7],
        "No title line (the page title is set in pages.json). （一）… subsection titles are plain <text> like the "
        "body; line 7 （一）我们不出售任何商品，同时也不展示任何商品 is a statement in the title's slot (ambiguous). The "
        "（一）–（五） of section 四 are sentences. The two buttons at the end (取消 / 同意) are not headings.",
    ),
    "huidu-vue": (
        "privacy.vue", "utf-8", src("rookieAsh/huiduyunkuang-app", "pages/my/privacy.vue", "6f22cc5578c58658f2a6b2eb98fade3393c708d0"),
        "hans", "cn", "uni-app page: <view class=\"h2\"> / <view class=\"h4\"> titles, <view class=\"text\"> body",
        None, {1: [8, 33, 35, 37, 40, 43, 46, 49, 53, 56, 61], 2: [10, 13, 15, 17, 31]}, [],
        "Headings only by class name (h2 / h4 on <view>). No title line. （1）… lines are list items.",
    ),
    "railgo-vue": (
        "privacy.vue", "utf-8", src("RailGoApps/RailGo", "pages/about/privacy.vue", "cb2b7841221464b95287511540baf4ef3860f222"),
        "hans", "cn", "uni-app page with HTML inside: <p><strong> titles, two run-in titles before <br> and their text",
        6, {1: [17, 27, 30, 34], 2: [20, 31, 32]}, [],
        "Title in <text class=\"ux-h2\">. Sections are <p><strong>1. …</strong></p>; 3.1 / 3.2 are bold titles "
        "followed by <br> and their sentence in the same <p> on the same source line. Dates (12, 39) are not headings.",
    ),
    "maihuola-vue": (
        "privacy.vue", "utf-8", src("aioverg/maihuola", "pages/about/privacy.vue", "6cdc246799d0b232880c3b146a73ee2653d777ca"),
        "hans", "cn", "uni-app page: <view class=\"privacy-item-title\"> sections, numbered subsections inside content views, TOC",
        None, {1: [23, 85, 96, 127, 143, 182, 186],
               2: [44, 54, 69, 73, 97, 113, 119, 144, 150, 157, 159, 169]}, [11, 26, 173],
        "Sections 1.–7. are privacy-item-title views (section 8 has an empty title view). Subsections 3.1, 5.1–5.4 "
        "are short numbered lines in content views; 1.3–1.6 and 5.5 are title views. Ambiguous: line 11 (a title view "
        "holding the TOC's lead-in sentence), line 26 (1.2 … 的情形： a numbered title that ends with a colon), line 173 "
        "(5.6 a whole sentence in a title view). 1.1., 1.2.1.… and 2.1.… are numbered paragraphs (run-in, no "
        "separator), lines 12–19 the table of contents, 1）… list items.",
    ),
    "minihouse-vue": (
        "privacy.vue", "utf-8", src("EvanChen-hue/mini-house", "pages/setting/privacy.vue", "3102a50a97d01973a60f6798ce54d02c1913e991"),
        "hans", "cn", "uni-app page: <text class=\"subtitle\"> sections, short (baseline)",
        3, {1: [8, 15, 19, 23, 27]}, [],
        "一、… sections in <text class=\"subtitle\">; 1. … lines are list items.",
    ),
    "blogpub-jsp": (
        "privacy.jsp", "utf-8", src("e-liuzhang/Blog-publishing-system", "WebContent/privacy.jsp", "a62ed9f1d48b23a5cdda59edfa94abc7c74d6e13"),
        "hans", "cn", "JSP theme page: section titles are the only <p> without class=\"privacy__text\"",
        26, {1: [29, 34]}, [],
        "Title <h2 class=\"privacy__title\">; the breadcrumb (line 14) repeats 隐私政策. (a)… paragraphs are items.",
    ),
    "sshnews-jsp": (
        "bottom-policy.jsp", "utf-8", src("songrjsong/SSH_News", "WebContent/jsp/ui/bottom-policy.jsp", "a803d030c5d338cbaa6a93cd802c73d615bbaff0"),
        "hans", "cn", "JSP news-site page: unnumbered <div> titles, a sidebar of <h2> link boxes",
        72, {1: [75, 80]}, [],
        "Title <h1>隐私原则</h1>. The two sections (Email地址, 访问记录) are bare <div>s; the sidebar's <h2> boxes "
        "(About Us关于我们 … Feedback联系我们, lines 89–101) and the menu are page chrome, not headings.",
    ),
    "hyb-wxml": (
        "yinsi.wxml", "utf-8", src("xiaop572/hybxcx", "pages/yinsi/yinsi.wxml", "e1e488a8d570d1cc2dfc34830c8eb9adf80c0cfd"),
        "hans", "cn", "WeChat page: the whole policy in one <text>, its line breaks shown",
        None, {1: [6, 16, 24, 38, 42, 50]}, [],
        "One <text> element; each source line is a shown line. 1. 适用范围 … 6.本隐私政策的更改 are the sections; "
        "(a)… are items. Line 56 is a fragment left from an edit.",
    ),
    "rainblog-tsx": (
        "page.tsx", "utf-8", src("RainbowXXX/RainBlog", "app/privacy/page.tsx", "9e05d7adf9459ab329472b4d64fde2963ad9a180"),
        "hans", "cn", "Next.js page (TSX): text in JSX, <h1>/<h2> (baseline)",
        9, {1: [18, 31, 46, 57, 62, 72, 77, 82, 87]}, [],
        "Plain JSX headings. The bold labels at the start of list items are not headings.",
    ),
    "dentall-tw-html": (
        "privacy-policy.html", "utf-8", src("dentallio/dentallio.github.io", "zh-tw/privacy-policy.html", "456063feae64e1a3f73a314bc712b7c1391e4168"),
        "hant", "tw", "Webflow site page (Taiwan): h2 sections 壹、…拾、, each item's ordinal 一、 a <p> of its own",
        271, {1: [273, 293, 314, 353, 380, 388, 405, 413, 426, 434]}, [270],
        "The company name (h2.heading-5, line 270, ambiguous) above the title 隱私權聲明 (h2.heading-9, line 271). "
        "Sections 壹、… are h2 of the same class as the title. The items' ordinals 一、二、… are separate paragraphs before "
        "their text (not headings). Navigation, footer and language menu are page chrome.",
    ),
    "bluekb-tw-html": (
        "privacy_zh_tw.html", "utf-8", src("sky125801/privacy-policy", "privacy_zh_tw.html", "82ed7df97c12619b197d95b4ff99d9a77e2be05e"),
        "hant", "tw", "small static page (Traditional): <h1> and <h2> (baseline)",
        114, {1: [119, 128, 136]}, [],
        "Plain h2 sections.",
    ),
    # -- second batch (annotated and committed before policylens was run on them; the first batch's fixes were in)
    "jingkou-vue": (
        "yinsi.vue", "utf-8", src("ZiQing089/uni-jingkou-wx", "pages/yinsi/yinsi.vue", "a27568f29bbd1c8e1d11c76e01c780bf3dddb125"),
        "hans", "cn", "uni-app page: <view class=\"sub-title\"> sections, run-in numbered titles inside <view class=\"val\"> paragraphs",
        6, {1: [14, 92, 105, 132, 165, 228, 243, 280]}, [37, 40, 43, 46, 82, 168, 183, 186],
        "Sections 一、…八、 are sub-title views. Inside the val views, 「2、为您提供安全保障 为提高…」 and 「(一)共享 系统不与…」 "
        "open with a short title and a space, then the sentence on the same line (run-in titles: ambiguous). The other "
        "(一)… and (1)… views are sentences or list items.",
    ),
    "minzong-vue": (
        "yinsi.vue", "utf-8", src("wulalaenhaha/minZong", "pages/mine/yinsi.vue", "d2c3a7223576a7b33f17b9fc39d3f8ca575007c0"),
        "hans", "cn", "uni-app page: one plain <text> per paragraph (ending with a line break inside), <view class=\"title\"> title",
        3, {1: [7, 31, 43, 67, 73, 78, 86, 97]}, [],
        "Every paragraph is a plain <text> whose text ends with a newline before </text>, separated by blank lines; "
        "the 1. … 8. section titles are such <text>s too. (a)… are items.",
    ),
    "staff-vue": (
        "yinsi.vue", "utf-8", src("dongyi58/staff", "pages/yinsi/yinsi.vue", "dc1d44af7fdad0341ed462baaf1276cb046dae5b"),
        "hans", "cn", "uni-app page holding Word-pasted HTML (<p style> / <h2>), sections in <h2>",
        None, {1: [26, 54, 89, 124, 166, 195, 231, 246, 257, 300, 340], 2: [302, 327]}, [304, 312],
        "The page title is a component attribute (navtitle), no title line. 一、…十一、 are <h2>; under 十 the short "
        "「1.终止的情形」 and 「2.协议终止后的处理」 are sub-titles; 1.1【…】 lines are run-in clause titles (ambiguous); the "
        "other numbered paragraphs are clauses.",
    ),
}


def main(only):
    for name, (file, enc, source, script, region, kind, title, levels, ambiguous, notes) in DOCS.items():
        if only and name not in only:
            continue
        path = os.path.join(BASE, name, file)
        blocks = blocks_of(path, enc)
        heads = []
        for level, lines in levels.items():
            for line in lines:
                if line not in blocks:
                    sys.exit(f"{name}: no block starts on line {line}")
                heads.append({"line": line, "level": level, "text": blocks[line]})
        heads.sort(key=lambda h: h["line"])
        ann = {"source": source, "format": "html", "script": script, "region": region, "languages": ["zh"], "kind": kind,
               "file": file}
        if title is not None:
            if title not in blocks:
                sys.exit(f"{name}: no block starts on title line {title}")
            ann["title"] = {"line": title, "text": blocks[title]}
        ann["headings"] = heads
        ann["ambiguous_lines"] = ambiguous
        ann["placeholders"] = []
        ann["ambiguous_placeholder_lines"] = []
        ann["notes"] = notes
        with open(os.path.join(BASE, name, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(name, len(heads), "headings")


if __name__ == "__main__":
    main(sys.argv[1:])
