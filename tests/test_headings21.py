"""Heading classes of the twenty-first session (lead), found on eval/blind/round20 after its scoring run.

1. A corporate page's sidebar: the channel's caption (「<h1>站点信息</h1>」) above a menu of links to the site's other
   pages, before the policy.  It was the page's only <h*>, so the policy became one section under 「站点信息」 and its
   bare titles were never read.  The caption is chrome with its menu; a caption naming a policy, or one above a
   table of contents (links into the page), keeps its rank.
2. Bare titles marked with one symbol (「*我们收集哪类个人资料」): every marked title is a section, and the first one
   after a lead-in 「…摘要如下：」 is a title like its peers.  A list of marked items without text under each stays a
   list.  Real file: eval/blind/round20/holdout/cttq-copy-html/隐私政策.html (all 7 headings, levels included).
"""

from __future__ import annotations

from pathlib import Path

from helpers import headings, parse_path, parse_string

ROOT = Path(__file__).resolve().parent.parent

_HEADER = """<html><head><title>隐私政策_示例集团</title></head><body>
<div class="nav" id="menu"><ul>
<li><a href="/about/a.htm">关于我们</a><div class="layer"><ul>
<li><a href="/about/b.htm">企业概况</a></li><li><a href="/about/c.htm">发展历程</a></li><li><a href="/about/d.htm">企业文化</a></li>
</ul><p>示例集团是集科研、生产和销售为一体的企业，是国内领先的研发企业。</p></div></li>
</ul></div>
<div class="wrap">
"""

_SIDEBAR = """<div class="left"><h1 class="_cn">{caption}</h1>
<div class="nmenu"><ul>
<li><a href="{a}">全站搜索</a></li><li><a href="{b}">法律声明</a></li><li class="cur"><a href="{c}">隐私政策</a></li><li><a href="{d}">网站地图</a></li>
</ul></div></div>
"""

_BODY = """<div class="right"><div class="content">
<p>本网站的个人资料保密制度摘要如下：</p>
<p>*我们收集哪类个人资料</p>
<p>如果您访问本公司的网站，我们并不要求提供个人信息。有些页面需要登记才能参与，如信息反馈、应聘职位等。</p>
<p>*我们将采取一切步骤保护您的隐私</p>
<p>个人信息</p>
<p>每当您提供给我们敏感信息时，我们将采取步骤保护您的敏感信息。</p>
<p>招聘信息</p>
<p>您提供的关于招聘的个人信息只用于招聘及日后内部参考。</p>
<p>*我们使用您的信息方式</p>
<p>我们可能会在同您联系时使用您的个人信息，例如通知面试。</p>
</div></div></div></body></html>
"""

_TITLES = [
    (1, "*我们收集哪类个人资料"),
    (1, "*我们将采取一切步骤保护您的隐私"),
    (2, "个人信息"),
    (2, "招聘信息"),
    (1, "*我们使用您的信息方式"),
]


def _page(caption: str, hrefs: tuple[str, str, str, str] = ("/site/a.htm", "/site/b.htm", "/site/c.htm", "/site/d.htm")) -> str:
    a, b, c, d = hrefs
    return _HEADER + _SIDEBAR.format(caption=caption, a=a, b=b, c=c, d=d) + _BODY


def _titles(text: str, suffix: str = ".html") -> list[tuple[int, str | None]]:
    return [(level, title) for _, level, title in headings(parse_string(text, suffix))]


def test_a_sidebar_caption_over_links_to_other_pages_is_chrome() -> None:
    """Class 1: the caption goes with its menu; the policy's marked titles are its sections."""
    assert _titles(_page("站点信息")) == _TITLES


def test_a_caption_that_names_the_policy_keeps_its_rank() -> None:
    """Class 1, negative: 「<h1>隐私政策</h1>」 above the same menu is the page's title, not the site's."""
    doc = parse_string(_page("隐私政策"), ".html")
    assert doc.metadata.title == "隐私政策"
    assert doc.metadata.title_line == 8


def test_a_caption_over_a_table_of_contents_keeps_its_rank() -> None:
    """Class 1, negative: links into the page (「#…」) are the policy's own contents, their heading is the policy's."""
    titles = [title for _, title in _titles(_page("站点信息", ("#a", "#b", "#c", "#d")))]
    assert "站点信息" in titles


def test_marked_titles_are_siblings_and_the_first_after_a_lead_in_is_one() -> None:
    """Class 2 in plain text: the symbol marks sections; bare sub-titles nest under the marked title before them."""
    text = "隐私政策\n\n" + "\n".join(
        line
        for line in _BODY.replace("</p>", "").replace("<p>", "").splitlines()
        if line and not line.startswith("<") and not line.startswith("</")
    )
    assert _titles(text, ".txt") == _TITLES


def test_a_list_of_marked_items_stays_a_list() -> None:
    """Class 2, negative: marked lines with no text under each are items, not titles."""
    text = (
        "隐私政策\n\n一、我们收集的信息\n\n我们会收集以下信息，用于注册与登录：\n\n* 姓名\n* 手机号码\n* 电子邮箱\n\n"
        "二、信息的使用\n\n我们使用上述信息为您提供服务。\n"
    )
    assert _titles(text, ".txt") == [(1, "一、我们收集的信息"), (1, "二、信息的使用")]


def test_the_real_page_has_its_seven_headings() -> None:
    """Regression: the round20 page whose only <h1> was the sidebar's caption."""
    doc = parse_path(ROOT / "eval/blind/round20/holdout/cttq-copy-html/隐私政策.html")
    titles = [(level, title) for line, level, title in headings(doc) if line is not None and line >= 223]
    assert [title for _, title in titles] == [
        "*我们收集哪类个人资料",
        "*我们将采取一切步骤保护您的隐私",
        "个人信息",
        "招聘信息",
        "*我们使用您的信息方式",
        "*隐私权保护制度的执行",
        "*更新您已经提供给CTTQ网站的个人资料",
    ]
    assert [level for level, _ in titles] == [1, 1, 2, 2, 1, 1, 1]
