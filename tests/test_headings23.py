"""Heading classes of the twenty-third session (t23g), found on eval/dev23g (HTML families: Word/WPS exports, uni-app and
mini-program pages, JSP and CMS theme pages, Taiwan pages).

1. Row <text>s: a uni-app page whose <view> is a flex column sets each <text> on a row of its own; its section titles are
   `<text class="title">` on their own source lines and its subsection titles 「（一）Cookie」 plain <text>s on theirs.
   A mini-program <text> is inline, so the plain ones ran together into one paragraph and their 「（一）…」 titles were
   lost.  A plain <text> alone on its source line, beside a title <text> that stood on its own line in the same parent,
   is now a row of its own.  Real file: eval/dev23g/dev/redmall-vue/privacy.vue.
2. Link boxes: a news site's sidebar of `<h2><span>About Us</span><a href="about.jsp">关于我们</a></h2>` boxes beside
   the policy became five empty sections.  Three or more <h*> in a row, each holding a link to another page and none
   with text under it, are page chrome.  Real file: eval/dev23g/dev/sshnews-jsp/bottom-policy.jsp.
3. Footer labels: a bold 「台灣企業總部」 over the address in a Webflow site's `<div class="footer">` was a section of
   the policy.  A container named after the site footer is the page's frame (as a <footer> is), and the bold lines of
   a frame below the policy that holds no sentence are no titles.  Real file:
   eval/dev23g/dev/dentall-tw-html/privacy-policy.html.

Second batch (measured once on the frozen main before these two were fixed):

4. Style-sheet rows: a uni-app page writes one plain <text> per paragraph, its section titles 「1. 适用范围」 too, and
   its style sheet makes them blocks (「text{ display: inline-block; }」): with no title <text> to go by, the whole
   policy was one paragraph and had no sections.  A component page whose style sheet sets `text` to block,
   inline-block or flex reads each <text> on a source line of its own as a row.  Real file:
   eval/dev23g/dev/minzong-vue/yinsi.vue.
5. The first entry of an announced list: 「(1) 与国家安全、国防安全有关的」 under 「…无需征得您的授权同意:」, its sibling
   「(2) 与公共安全…有关的;」 written as a sentence, was a level-2 section (its siblings had been dropped as entries among
   sentences, the first one has no sibling before it).  Real file: eval/dev23g/dev/jingkou-vue/yinsi.vue line 49.
"""

from __future__ import annotations

from pathlib import Path

from helpers import headings, parse_path, parse_string

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev23g" / "dev"


def _titles(doc: object) -> list[str]:
    return [title for _, _, title in headings(doc)]  # type: ignore[arg-type]


# -- 1. row <text>s -------------------------------------------------------------------------------

_ROWS = """<template>
\t<view class="page">
\t\t<text>本小程序重视您的个人信息保护，请您仔细阅读本政策。</text>
\t\t<text class="title">一、我们收集的信息</text>
\t\t<text>我们仅收集提供服务所必需的信息。</text>
\t\t<text>（一）账号信息</text>
\t\t<text>注册时我们收集您的手机号码，用于登录和找回账号。</text>
\t\t<text>（二）设备信息</text>
\t\t<text>为保障运行安全，我们收集设备型号和系统版本。</text>
\t\t<text class="title">二、联系我们</text>
\t\t<text>您可以通过应用内的反馈入口联系我们。</text>
\t</view>
</template>
"""


def test_plain_texts_beside_a_title_row_are_rows() -> None:
    doc = parse_string(_ROWS, ".vue")
    assert headings(doc) == [
        (4, 1, "一、我们收集的信息"),
        (6, 2, "（一）账号信息"),
        (8, 2, "（二）设备信息"),
        (10, 1, "二、联系我们"),
    ]


def test_plain_texts_without_a_title_row_stay_inline() -> None:
    """Without a title <text> on its own line the page gives no sign of rows: a label and its value stay one line."""
    page = '<template>\n\t<view class="card">\n\t\t<text>客服邮箱：</text>\n\t\t<text>help@shop.cn</text>\n\t</view>\n</template>\n'
    doc = parse_string(page, ".vue")
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["客服邮箱：help@shop.cn"]


def test_row_texts_real_file() -> None:
    found = {line for line, _, _ in headings(parse_path(DEV / "redmall-vue" / "privacy.vue"))}
    assert {13, 16, 18, 21, 28, 32, 45} <= found


# -- 2. link boxes --------------------------------------------------------------------------------

_BOXES = """<html><body>
<div class="main">
<h1>隐私原则</h1>
<div><strong>邮箱地址</strong><br/>未经您的允许，我们不会公开您的邮箱地址。</div>
<div><strong>访问记录</strong><br/>您发布信息的时间和地址会依法保留六十天。</div>
</div>
<div class="side"><h2><span>About</span><a href="about.jsp">关于我们</a></h2></div>
<div class="side"><h2><span>Help</span><a href="help.jsp">帮助中心</a></h2></div>
<div class="side"><h2><span>Links</span><a href="links.jsp">友情链接</a></h2></div>
</body></html>
"""


def test_a_run_of_link_headings_is_no_section() -> None:
    doc = parse_string(_BOXES, ".html")
    assert _titles(doc) == ["邮箱地址", "访问记录"]


def test_a_link_heading_with_text_under_it_stays() -> None:
    page = (
        "<html><body><h1>隐私政策</h1>\n"
        '<h2><a href="cookies.html">Cookie 政策</a></h2>\n<p>我们使用 Cookie 记住您的登录状态。</p>\n'
        '<h2><a href="rights.html">您的权利</a></h2>\n<p>您可以查询、更正和删除您的个人信息。</p>\n'
        '<h2><a href="contact.html">联系我们</a></h2>\n<p>请发送邮件至我们的客服邮箱。</p>\n</body></html>\n'
    )
    assert _titles(parse_string(page, ".html")) == ["Cookie 政策", "您的权利", "联系我们"]


def test_link_boxes_real_file() -> None:
    doc = parse_path(DEV / "sshnews-jsp" / "bottom-policy.jsp")
    assert [line for line, _, _ in headings(doc)] == [75, 80]


# -- 3. footer labels -----------------------------------------------------------------------------

_FOOTER = """<html><body>
<div class="content">
<h2>隱私權聲明</h2>
<h2>壹、適用範圍</h2>
<p>本政策適用於您使用本公司網站時所提供的個人資料。</p>
<h2>貳、資料之蒐集</h2>
<p>我們僅在特定目的範圍內蒐集您的個人資料。</p>
</div>
<div class="footer">
<p><strong>台北總部</strong><br>100臺北市中正區某路1號</p>
</div>
</body></html>
"""


def test_a_bold_label_in_the_site_footer_is_no_title() -> None:
    assert _titles(parse_string(_FOOTER, ".html")) == ["壹、適用範圍", "貳、資料之蒐集"]


def test_a_bold_title_over_sentences_in_a_footer_stays() -> None:
    """A 「footer」 container that holds a sentence of the policy is part of it: its bold title is a section."""
    page = _FOOTER.replace(
        "<p><strong>台北總部</strong><br>100臺北市中正區某路1號</p>", "<p><strong>聯絡我們</strong><br>如有疑問，請來信客服信箱。</p>"
    )
    assert _titles(parse_string(page, ".html"))[-1] == "聯絡我們"


def test_footer_labels_real_file() -> None:
    doc = parse_path(DEV / "dentall-tw-html" / "privacy-policy.html")
    assert 491 not in {line for line, _, _ in headings(doc)}


# -- 4. style-sheet rows --------------------------------------------------------------------------

_SHEET_ROWS = """<template>
\t<view class="title">服务隐私政策</view>
\t<view class="con">
\t\t<text>本服务重视您的个人信息，并依照本政策处理您的个人信息。
\t\t</text>

\t\t<text>1. 收集范围
\t\t</text>

\t\t<text>我们仅收集您注册时填写的手机号码和昵称，用于登录和展示。
\t\t</text>

\t\t<text>2. 信息安全
\t\t</text>

\t\t<text>我们采用加密传输和访问控制保护您的个人信息。
\t\t</text>
\t</view>
</template>
<style>
\t.title{ font-weight: bold; }
\ttext{
\t\tdisplay: %s;
\t\ttext-indent: 2em;
\t}
</style>
"""


def test_texts_a_style_sheet_sets_as_blocks_are_rows() -> None:
    doc = parse_string(_SHEET_ROWS % "inline-block", ".vue")
    assert [(line, title) for line, _, title in headings(doc)] == [(7, "1. 收集范围"), (13, "2. 信息安全")]


def test_inline_texts_stay_one_paragraph() -> None:
    """The same page whose <text>s keep their inline display: one run of text, as a mini-program shows it."""
    doc = parse_string(_SHEET_ROWS % "inline", ".vue")
    assert headings(doc) == []


def test_style_sheet_rows_real_file() -> None:
    doc = parse_path(DEV / "minzong-vue" / "yinsi.vue")
    assert [line for line, _, _ in headings(doc)] == [7, 31, 43, 67, 73, 78, 86, 97]


# -- 5. the first entry of an announced list ----------------------------------------------------------

_ANNOUNCED = """<template>
\t<view class="page">
\t\t<view class="sub-title">一、征得同意的例外</view>
\t\t<view class="val">根据相关法律法规，以下情形中处理您的信息无需征得您的同意:</view>
\t\t<view class="val">(1) 与国家安全、国防安全有关的</view>
\t\t<view class="val">(2) 与公共安全、公共卫生有关的;</view>
\t\t<view class="val">(3) 与犯罪侦查、起诉有关的;</view>
\t\t<view class="sub-title">二、联系我们</view>
\t\t<view class="val">您可以通过应用内的反馈入口联系我们。</view>
\t</view>
</template>
"""


def test_first_entry_of_an_announced_list_is_no_title() -> None:
    assert _titles(parse_string(_ANNOUNCED, ".vue")) == ["一、征得同意的例外", "二、联系我们"]


def test_announced_first_entry_real_file() -> None:
    doc = parse_path(DEV / "jingkou-vue" / "yinsi.vue")
    assert 49 not in {line for line, _, _ in headings(doc)}
