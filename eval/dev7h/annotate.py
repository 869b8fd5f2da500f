#!/usr/bin/env python3
"""Hand annotations of eval/dev7h (source of truth); run to (re)write every annotation.json of this folder.

Five pages written by hand for the classes a blind set found in the seventh round (issue #8
follow-up); same format and helper as ../tools/annotate.py.  Levels are the outline a reader
sees in a browser, chosen when the page was written, before policylens was run on it.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from ann_lib import build  # noqa: E402

WRITTEN = {"repo": "(written by hand for eval/dev7h)", "path": "privacy.html", "commit": "0" * 40,
           "license": "CC0 (written for this project)"}

build(
    "dev7h/textarea-tw", WRITTEN, "html", "hant", "tw", ["zh"], 9,
    [(12, 1), (15, 1), (18, 1), (20, 1), (22, 1), (24, 1)],
    ambiguous=[11, 13, 14, 16, 17],
    notes=(
        "A policy shown in a read-only <textarea> as plain-text lines (「一、」 titles, 「1.1您…」 numbered "
        "sentences: ambiguous, a reader may take them for sub-titles), then an agreement form whose <textarea> "
        "is an empty input with a placeholder (no text) and whose labels are no headings. Line 11, the "
        "policy's own title line inside the box, is ambiguous (the page's <h2> is the title)."
    ),
)

build(
    "dev7h/form-menu-cn", WRITTEN, "html", "hans", "cn", ["zh"], 11,
    [(14, 1), (16, 1), (18, 1), (20, 1)],
    notes=(
        "Page chrome after the policy: a contact form (「您的姓名*」「邮箱地址*」… in <p> before <input>), "
        "label+input rows outside any <form>, a product menu of link-only <li> and <div> items "
        "(「相机」「闪光灯」…「服务支持」) and a copyright line. None of them is a heading."
    ),
)

build(
    "dev7h/brand-h1-cn", WRITTEN, "html", "hans", "cn", ["zh"], 12,
    [(15, 1), (17, 1), (19, 1), (21, 2), (23, 1), (25, 1), (27, 1), (29, 1), (31, 1), (33, 1), (35, 1)],
    notes=(
        "The site's brand in an <h1> (the site part of <title>) above the policy's <h2> title; sections are "
        "<h3> (level 1), one <h4> (level 2), then the later sections switch to bold <p> lines 「4. 信息使用」…"
        "「10.关于我们」 (level 1 by their numbers). The brand <h1> is no heading."
    ),
)

build(
    "dev7h/listitems-cn", WRITTEN, "html", "hans", "cn", ["zh"], 9,
    [(11, 1), (17, 1), (21, 1), (23, 1), (27, 1)],
    notes=(
        "Plain <p> lines only. 「（a）手机号码」…「（d）IP地址」 enumerate data items, 「(a)我们…」 and 「（三）互联网并非…」 "
        "are sentences after list markers, 「无第三方数据共享」 a short statement as its own paragraph: list "
        "content, no headings."
    ),
)

build(
    "dev7h/toc-links-tw", WRITTEN, "html", "hant", "tw", ["zh"], 9,
    [(17, 1), (19, 1), (21, 1), (23, 1)],
    notes=(
        "Near misses: the policy's own table of contents is a list of links inside its container (no "
        "headings, but the <h2> it points to stay headings, 「Cookie」 and 「聯絡我們」 included), and a site "
        "menu of links after it."
    ),
)

build(
    "dev7h/chrome-plain-cn", WRITTEN, "html", "hans", "cn", ["zh"], 11,
    [(13, 1), (15, 1), (17, 1), (19, 1)],
    notes=(
        "Bare <p> titles (plain-heading rules), then a message form without <form>: each field a "
        "`<div class=label>您的姓名<span>*</span></div>` next to an <input>, and a footer of link-only <div> "
        "items (「相机」「闪光灯」…「服务支持」). Chrome: no headings."
    ),
)

build(
    "dev7h/listitems2-cn", WRITTEN, "html", "hans", "cn", ["zh"], 9,
    [(11, 1), (12, 2), (14, 2), (20, 1), (21, 2), (23, 2), (27, 1), (30, 1)],
    notes=(
        "<h2> sections with bold （一）（二） sub-titles; under them (a)…(d) data items and (a)(b) sentences "
        "(list content), a bold 「（三）」 that is one long sentence (an item of the list, no title), and "
        "「无第三方数据共享」 a short statement as a paragraph."
    ),
)

build(
    "dev7h/lettered-cn", WRITTEN, "html", "hans", "cn", ["zh"], 2,
    [(3, 1), (4, 2), (6, 2), (9, 1), (13, 1), (19, 1), (21, 1)],
    notes=(
        "Bare <p> lines. （一）（二） sub-titles with their paragraphs (headings); (a)(b) sentences about the "
        "service with a paragraph between them and a (a)…(d) list of data items (list content); a long "
        "「（三）互联网并非…」 sentence; 「无第三方数据共享」 a statement under its section."
    ),
)
