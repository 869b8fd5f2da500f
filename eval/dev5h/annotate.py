#!/usr/bin/env python3
"""Hand annotations of eval/dev5h (source of truth); run to (re)write every annotation.json of this folder.

Same format and helper as ../tools/annotate.py (`ann_lib.build` copies each heading's text from
its line).  Levels are the outline a reader sees, chosen by hand after reading each file and
before policylens was run on it.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from ann_lib import build  # noqa: E402


def src(repo, path, commit, license):
    return {"repo": repo, "path": path, "commit": commit, "license": license}


build(
    "dev5h/peapod-html",
    src("czwang2023/peapodhotels-website", "privacy-zh.html", "3b450c459e8319a884a03e509968b46a60f3f10b",
        "none (no licence file)"),
    "html", "hans", "cn", ["zh"],
    34,
    [
        (37, 1), (40, 1), (42, 2), (54, 2), (63, 2), (71, 1), (84, 1), (86, 2), (93, 2), (103, 2), (112, 2),
        (115, 1), (117, 2), (120, 2), (123, 2), (130, 2), (133, 2), (136, 1), (147, 1), (156, 1), (159, 1),
        (162, 1), (172, 1), (175, 1),
    ],
    ambiguous=[178],
    notes=(
        "A hotel-booking app's site page: a <nav> menu (首页 / 服务条款 / 隐私政策 / 短信条款, EN switch) above "
        "the policy, a <footer> with the same links below it. <h1> title, `<h2>N. …</h2>` level 1, "
        "`<h3>N.M …</h3>` level 2; <li><strong>label：</strong>… items are list content. "
        "Line 178 `<p><strong>隐私咨询</strong><br>Peapod Hotels</p>` is the label of a contact card inside "
        "「12. 联系我们」: ambiguous (not a section a reader would navigate to)."
    ),
)

build(
    "dev5h/haozheli-html",
    src("Haozhe-Li/haozheli.com", "privacy-zh.html", "3285d9320ecdf7ea1720ed26b2a9b1533c9db3d3",
        "none (no licence file)"),
    "html", "hans", "cn", ["zh"],
    135,
    [
        (148, 1), (149, 2), (151, 2),
        (191, 1), (192, 2), (193, 3), (206, 3), (211, 3), (240, 2), (277, 2), (280, 2), (284, 2), (289, 2),
        (290, 3), (292, 3), (294, 3), (303, 2),
        (305, 1), (308, 1), (311, 1), (315, 1),
    ],
    ambiguous=[129],
    notes=(
        "A TermsFeed generator policy machine-translated to Chinese, on a personal site. A page header "
        "`<p class=\"title\">李浩哲的隐私政策</p>` (site chrome; ambiguous: it may be read as the title too) above "
        "the document's `<h1>隐私政策</h1>`; then <h2> level 1, <h3> level 2, <h4> level 3 (the depth is never "
        "skipped). Definitions are `<li><p><strong>账户</strong>是指…</p></li>`; the cookie types "
        "`<li><p><strong>必要/基本 Cookie</strong></p><p>类型会话 Cookie</p>…</li>` are list items whose first "
        "paragraph is a bold label alone (list content, not sections). A footer line with the generator's link."
    ),
)

build(
    "dev5h/witbacon-html",
    src("kewtgh/WB-home", "privacy-zh.html", "c03fe3fe6acf7c7e13a776996384e6e26dca01fe", "none (no licence file)"),
    "html", "hans", "cn", ["zh"],
    56,
    [(62, 1), (70, 1), (78, 1), (90, 1), (99, 1), (106, 1)],
    notes=(
        "A consultancy's site page: skip link, header <nav> (首页 / EN), an <h1> with a <span> inside, "
        "`<section><h2>一、…</h2>` level 1, a <footer>, then a hidden cookie-consent dialog "
        "`<section class=\"consent-banner\" role=\"dialog\" hidden><h2>你的隐私选择</h2>` (line 141): page chrome, "
        "not a heading of the policy. Rebuilt from the search index's stored text of the blob (the fetched "
        "snapshot no longer holds the file): UTF-8, LF, final newline, 5,677 characters as the index reports."
    ),
)

build(
    "dev5h/fanright-md",
    src("fanxiangyang/FanRightTool-Public", "隐私政策.md", "9e1f79498a0c36bb016ec880dfa639d6f71a6e9d",
        "none (not checked: no snapshot could be fetched)"),
    "md", "hans", "cn", ["zh"],
    1,
    [(7, 1), (11, 1), (19, 1), (25, 1), (31, 1), (39, 1), (45, 1), (49, 1)],
    notes=(
        "`#` title, `## N.` sections, two trailing-space hard breaks in the contact lines. A regression case. "
        "Rebuilt from the search index's stored text of the blob (no snapshot could be fetched): UTF-8, LF, "
        "final newline, 1,720 characters as the index reports."
    ),
)

build(
    "dev5h/raigetsu-md",
    src("LiuYoung628/raigetsu-privacy", "隐私政策.md", "b72387143befc10f0406c6cc6391c43961a4902e", "none (no licence file)"),
    "md", "hans", "cn", ["zh"],
    1,
    [(4, 1), (9, 1), (13, 1), (16, 1), (19, 1), (23, 1), (26, 1)],
    notes=(
        "`#` title directly above the opening paragraph, `### N.` sections (depth 3 under a depth-1 title: "
        "level 1); (1)/(2) sentence items joined by `<br>` at line ends are list content. Added later in "
        "the round, annotated before policylens was run on it."
    ),
)

build(
    "dev5h/dnsmanager-md",
    src("arror/DNSManager", "隐私政策.md", "82ff2962b2925d8b9c6a42eb798f78fd865c91be", "none (no licence file)"),
    "md", "hans", "cn", ["zh"],
    1,
    [(8, 1)],
    ambiguous=[3, 4],
    notes=(
        "`### 版本更新日期：2025年11月1日` and `### 版本生效日期：…` are explicit headings holding date labels "
        "(ambiguous: the project keeps explicit headings, a reader sees metadata lines); `### 联系我们` the one "
        "section; 「1、发送邮件至…」 lines are list content. Added later in the round, annotated before "
        "policylens was run on it."
    ),
)
