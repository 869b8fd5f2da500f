"""An end tag `</br>` is read as a line break, as HTML5 and every browser read it (a `<br>`): a page written with
`</br>` lines (「1.适用范围</br>本政策适用于…</br>2.信息使用</br>」, eval/structure39c zcandys-yszc-html) was one paragraph
and lost its five headings.  Each case reads the page once with `<br>` and once with `</br>` and wants the same reading."""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.model import Document


def _reading(doc: Document) -> list[tuple[str, int | None, list[str]]]:
    return [(s.title, s.line, [p.text for p in s.paragraphs]) for s in doc.sections]


_PAGES = [
    # lines of a <div>: numbered titles over their text
    "<html><body><div>隐私政策<br>\n1.适用范围<br>\n本政策适用于本网站提供的全部服务。<br>\n2.信息使用<br>\n"
    "我们仅在提供服务所需的范围内使用您的信息。<br>\n3.信息披露<br>\n未经您同意，我们不会向第三方披露您的信息。<br>\n</div></body></html>\n",
    # a bold line over its body inside a list item
    "<html><body><h1>隐私政策</h1>\n<ul><li><b>账号信息</b><br>您注册时提供的手机号码。</li>\n"
    "<li><b>设备信息</b><br>设备型号、操作系统版本。</li></ul>\n</body></html>\n",
    # lines of a table cell
    "<html><body><h1>隐私政策</h1>\n<table><tr><td>第一条 收集的信息<br>我们收集您的姓名。</td>"
    "<td>第二条 使用<br>用于提供服务。</td></tr></table>\n</body></html>\n",
    # a <pre>
    "<html><body><pre>隐私政策<br>1、我们收集的信息<br>我们收集您的姓名。<br>2、我们如何使用信息<br>用于提供服务。</pre></body></html>\n",
    # a bold title line between blank lines inside a paragraph
    "<html><body><p>本政策说明我们如何处理您的信息。<br><br><b>用户权利</b><br>您可以随时查询、更正您的信息。</p></body></html>\n",
]


@pytest.mark.parametrize("page", _PAGES)
@pytest.mark.parametrize("end_tag", ["</br>", "</BR>", "</br >"])
def test_an_end_tag_br_reads_as_a_line_break(page: str, end_tag: str) -> None:
    assert "<br>" in page
    assert _reading(parse_string(page.replace("<br>", end_tag), ".html")) == _reading(parse_string(page, ".html"))


def test_the_zcandys_page_keeps_its_numbered_headings() -> None:
    page = (
        '<html><body><div class="content">隐私政策</br>\n1.适用范围</br>\na) 在您注册本网站帐号时，您根据本网站要求提供的个人注册信息；</br>\n'
        "2.信息使用</br>\na) 本网站不会向任何无关第三方提供、出售、出租、分享或交易您的个人登录信息。</br>\n"
        "3.信息披露</br>\n在如下情况下，本网站将依据您的个人意愿或法律的规定全部或部分的披露您的个人信息：</br>\n</div></body></html>\n"
    )
    titles = [s.title for s in parse_string(page, ".html").sections if s.title]
    assert titles[-3:] == ["1.适用范围", "2.信息使用", "3.信息披露"]


def test_an_end_tag_br_inside_a_script_is_not_read() -> None:
    page = "<html><body><h1>隐私政策</h1>\n<p>我们收集您的姓名。</p>\n<script>var a = '第一行</br>第二行';</script>\n</body></html>\n"
    plain = page.replace("</br>", "")
    assert _reading(parse_string(page, ".html")) == _reading(parse_string(plain, ".html"))
