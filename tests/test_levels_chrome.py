"""HTML page chrome and page headers around the policy's own headings (issue #8, sixth round).

Two classes found in real pages annotated before policylens was run on them
(`eval/dev5h/haozheli-html`, `eval/dev5h/witbacon-html`; copies in `tests/data/real/`):

- a site's page header above the document's one `<h1>` naming the policy
  (「<p class="title">李浩哲的隐私政策</p>」 / 「<h1>隐私政策</h1>」 / `<h2>` sections): the `<h1>` is the
  title, not a section holding every other one a level too deep;
- the `<h2>` of a cookie-consent dialog, a menu or the site's footer is page chrome, not a
  section of the policy (「<section class="consent-banner" role="dialog"><h2>你的隐私选择</h2>」).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_path, parse_string

REAL = Path(__file__).parent / "data" / "real"

SECTIONS = "<h2>释义和定义</h2><p>首字母大写的词具有定义的含义。</p><h3>定义</h3><p>就本隐私政策而言。</p><h2>联系我们</h2><p>如有疑问，请联系我们。</p>"


def outline(text: str) -> list[tuple[str, int]]:
    return [(title or "", level) for _, level, title in headings(parse_string(text, ".html"))]


@pytest.mark.parametrize(
    "header",
    [
        '<div class="header"><p class="title">李浩哲的隐私政策</p></div>',
        "<p><strong>某某工作室隐私政策</strong></p>",
        '<div class="page-title">隐私政策</div>',
    ],
)
def test_page_header_above_the_one_h1_naming_the_policy(header: str) -> None:
    doc = parse_string(f"<html><body>{header}\n<h1>隐私政策</h1>\n<p>最后更新2024 年 6 月 6 日</p>\n{SECTIONS}</body></html>", ".html")
    assert doc.metadata.title == "隐私政策"
    assert [(t or "", lv) for _, lv, t in headings(doc)] == [("释义和定义", 1), ("定义", 2), ("联系我们", 1)]


@pytest.mark.parametrize(
    "first",
    [
        "<h3>一、隐私政策的适用范围</h3><p>本政策适用于本服务。</p><h3>二、联系我们</h3>",  # numbered: a section
        "<h3>隐私政策的适用范围</h3><p>本政策适用于本服务。</p><h3>联系我们</h3>",  # a peer at its rank: a section
    ],
)
def test_a_first_heading_with_peers_or_a_number_stays_a_section_under_the_visible_title(first: str) -> None:
    found = outline(f'<p class="title">某某隐私政策</p>{first}<p>如有疑问，请联系我们。</p>')
    assert found[0][1] == 1 and len(found) == 2


@pytest.mark.parametrize(
    "chrome",
    [
        '<section class="consent-banner" hidden><h2>你的隐私选择</h2><p>我们只用必要的存储记录你的选择。</p></section>',
        '<div role="dialog" aria-labelledby="t"><h2 id="t">Cookie 设置</h2><p>仅必要功能</p></div>',
        '<div id="cookie-notice"><h3>本站使用 Cookie</h3></div>',
        "<footer><h2>关于我们</h2><p>某某科技有限公司</p></footer>",
        "<nav><h2>网站导航</h2><ul><li>首页</li><li>隐私政策</li></ul></nav>",
    ],
)
def test_headings_of_page_chrome_are_not_sections(chrome: str) -> None:
    page = f"<html><body><main><h1>隐私政策</h1><h2>一、负责主体</h2><p>本站由某某负责。</p><h2>二、联系与更新</h2><p>请联系我们。</p></main>{chrome}</body></html>"
    assert outline(page) == [("一、负责主体", 1), ("二、联系与更新", 1)]


def test_the_policy_footer_inside_its_article_keeps_its_heading() -> None:
    page = "<article><h1>隐私政策</h1><h2>一、信息收集</h2><p>我们收集邮箱。</p><footer><h2>二、联系我们</h2><p>请发邮件。</p></footer></article>"
    assert outline(page) == [("一、信息收集", 1), ("二、联系我们", 1)]


def test_real_page_header_above_the_h1() -> None:
    doc = parse_path(REAL / "haozheli.zh-Hans.html")
    assert doc.metadata.title == "隐私政策"
    found = [(line, level) for line, level, _ in headings(doc)]
    assert found == [
        (148, 1), (149, 2), (151, 2), (191, 1), (192, 2), (193, 3), (206, 3), (211, 3), (240, 2), (277, 2), (280, 2),
        (284, 2), (289, 2), (290, 3), (292, 3), (294, 3), (303, 2), (305, 1), (308, 1), (311, 1), (315, 1),
    ]  # fmt: skip


def test_real_consent_dialog_after_the_footer() -> None:
    found = [(line, level) for line, level, _ in headings(parse_path(REAL / "witbacon.zh-Hans.html"))]
    assert found == [(62, 1), (70, 1), (78, 1), (90, 1), (99, 1), (106, 1)]


@pytest.mark.parametrize(
    "chrome",
    [
        '<header><h1 class="logo">某某科技</h1><nav><a href="/">首页</a></nav></header>',
        '<div class="sidebar"><h3>目录</h3><ul><li><a href="#a">信息收集</a></li></ul></div>',
        '<div id="navbar"><h2>某某科技</h2></div>',
        '<div class="breadcrumb"><h4>首页 / 隐私政策</h4></div>',
    ],
)
def test_site_name_and_sidebar_headings_above_the_policy_are_chrome(chrome: str) -> None:
    doc = parse_string(
        f"<html><body>{chrome}<main><h1>隐私政策</h1><h2>一、信息收集</h2><p>我们收集邮箱。</p><h2>二、信息使用</h2><p>我们使用邮箱。</p></main></body></html>",
        ".html",
    )
    assert doc.metadata.title == "隐私政策"
    assert [(t or "", lv) for _, lv, t in headings(doc)] == [("一、信息收集", 1), ("二、信息使用", 1)]


@pytest.mark.parametrize("cls", ["branding-note", "logout-info", "brandnew", "logos-wall"])
def test_class_names_that_only_contain_a_chrome_word_are_not_chrome(cls: str) -> None:
    page = f'<h1>隐私政策</h1><div class="{cls}"><h2>信息收集</h2><p>我们收集邮箱。</p></div><h2>信息使用</h2><p>我们使用邮箱。</p>'
    assert outline(page) == [("信息收集", 1), ("信息使用", 1)]


def test_a_policy_shown_in_a_modal_dialog_keeps_its_headings() -> None:
    """Every <h*> of the page inside one dialog: that is where the policy is, not chrome around it."""
    page = (
        '<div class="modal" role="dialog"><h2>隐私政策</h2><h3>信息收集</h3><p>我们收集邮箱。</p>'
        "<h3>信息使用</h3><p>我们使用邮箱。</p></div>"
    )
    assert outline(page) == [("信息收集", 1), ("信息使用", 1)]


def test_site_name_h1_above_the_policy_h1() -> None:
    """「<h1><a href="/">某某科技</a></h1>」 and a menu, then 「<h1>隐私政策</h1>」 and <h2> sections."""
    page = (
        '<header><h1><a href="/">某某科技</a></h1><div><a href="/">首页</a></div><div><a href="/about">关于我们</a></div></header>'
        "<main><h1>隐私政策</h1><h2>一、信息收集</h2><p>我们收集邮箱。</p><h2>二、信息使用</h2><p>我们使用邮箱。</p></main>"
    )
    doc = parse_string(page, ".html")
    assert doc.metadata.title == "隐私政策"
    assert [(t or "", lv) for _, lv, t in headings(doc)] == [("一、信息收集", 1), ("二、信息使用", 1)]


def test_two_policy_editions_at_the_top_rank_are_not_a_site_name() -> None:
    page = (
        "<h1>Privacy Policy</h1><h2>Information we collect</h2><p>We collect your e-mail.</p>"
        "<h1>隐私政策</h1><h2>信息收集</h2><p>我们收集邮箱。</p>"
    )
    assert ("信息收集", 1) in outline(page)


def test_blog_widgets_and_comment_form_after_the_policy_are_chrome() -> None:
    """A WordPress page saved whole: the comment form's 「发表回复」 and the sidebar's widget titles."""
    page = (
        '<div id="content"><article><header><h1 class="entry-title">隐私政策</h1></header>'
        "<h2>我们收集哪些信息</h2><p>当您留言时，我们会收集您的姓名和邮箱。</p><h2>Cookies</h2><p>您可以选择保存 Cookie。</p></article>"
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
        '<h3 class="comment-reply-title"><strong>发表回复</strong></h3><p>您的电子邮箱地址不会被公开。</p></div></div></div>'
        '<aside id="secondary"><section class="widget"><h2 class="widget-title">近期文章</h2><ul><li>你好，世界</li></ul></section>'
        "<h2>归档</h2><ul><li>2024年1月</li></ul></aside>"
    )
    assert outline(page) == [("我们收集哪些信息", 1), ("Cookies", 1)]


def test_an_aside_inside_the_policy_keeps_its_heading() -> None:
    page = "<main><h1>隐私政策</h1><h2>信息收集</h2><p>我们收集邮箱。</p><aside><h2>重要提示</h2><p>请仔细阅读。</p></aside></main>"
    assert outline(page) == [("信息收集", 1), ("重要提示", 1)]


def test_content_sections_named_after_a_chrome_word_keep_their_headings() -> None:
    """<section id="consent">, <section id="cookie-notice">, <section id="comments">: parts of the policy, not banners."""
    page = (
        '<div class="content"><h1>隐私政策</h1><section><h2>我们收集的信息</h2><p>手机号。</p></section>'
        '<section id="consent"><h2>您的同意</h2><p>您可撤回同意。</p></section>'
        '<section id="cookie-notice"><h2>Cookie 的使用</h2><p>我们使用 Cookie。</p></section>'
        '<section id="comments"><h2>评论</h2><p>评论公开显示。</p></section></div>'
    )
    titles = [s.title for s in parse_string(page, ".html").sections if s.title]
    assert titles == ["我们收集的信息", "您的同意", "Cookie 的使用", "评论"]
