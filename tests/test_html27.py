"""HTML pages whose structure broke the reader (twenty-seventh session, u27k), read as browsers show them.

1. A server page (`.aspx`, `.php`, `.asp`) that opens with its directives or code before its markup was read as plain
   text (`load.sniff_format`, `load.server_code.leading_server_code`).
2. A `<pre>` closed by a `</p>` ran to the end of the page, its headings read as lines of text (`load.html`).
3. `<h2>标题<h2>`: a bare start tag typed for the end tag made the next sentence a heading (`load.html`).
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.load import sniff_format
from policylens.load.server_code import leading_server_code
from policylens.model import Document

BODY = "<h1>隱私權政策</h1>\n<h2>一、蒐集之目的</h2>\n<p>本公司蒐集您的個人資料。</p>\n<h2>二、利用期間</h2>\n<p>本公司於必要期間內利用。</p>\n"


def titles(doc: Document) -> list[str]:
    return [s.title for s in doc.sections if s.title]


def paragraphs(doc: Document) -> list[list[str]]:
    return [[p.text for p in s.paragraphs] for s in doc.sections]


# -- 1. server directives before the page ------------------------------------------------------------------------

DIRECTIVES = {
    "aspx": '<%@ Page Language="C#" AutoEventWireup="true" CodeBehind="Privacy.aspx.cs" Inherits="Site.Privacy" %>\n'
    '<%@ Register TagPrefix="uc" TagName="Footer" Src="~/Footer.ascx" %>\n',
    "asp": '<%@ LANGUAGE="VBSCRIPT" CODEPAGE="65001" %>\n<% Option Explicit %>\n',
    "jsp": '<%@ page contentType="text/html;charset=UTF-8" language="java" %>\n<%-- 隱私頁 --%>\n',
    "php": "<?php\nrequire_once 'config.php';\n$title = '隱私權政策';\n?>\n",
}


@pytest.mark.parametrize("suffix", sorted(DIRECTIVES))
@pytest.mark.parametrize("page", ["<!DOCTYPE html>\n<html><body>\n{body}</body></html>\n", '<div class="main">\n{body}</div>\n'])
def test_a_server_page_opening_with_its_directives_is_read_as_html(suffix: str, page: str) -> None:
    doc = parse_string(DIRECTIVES[suffix] + page.format(body=BODY), f".{suffix}")
    assert doc.source.format == "html"
    assert titles(doc)[-2:] == ["一、蒐集之目的", "二、利用期間"]
    assert "<p>" not in " ".join(p for ps in paragraphs(doc) for p in ps)


def test_an_aspx_content_page_is_read_as_html() -> None:
    page = (
        '<%@ Page Title="隱私權聲明" Language="C#" MasterPageFile="~/Site.Master" AutoEventWireup="true" %>\n'
        '<asp:Content ID="BodyContent" ContentPlaceHolderID="MainContent" runat="server">\n'
        "    <h3>壹、適用範圍</h3>\n    本會網站之隱私權保護政策。<br>\n    <h3>貳、個人資料之蒐集</h3>\n    本會蒐集您的姓名。\n"
        "</asp:Content>\n"
    )
    doc = parse_string(page, ".aspx")
    assert doc.source.format == "html"
    assert titles(doc) == ["壹、適用範圍", "貳、個人資料之蒐集"]
    assert doc.sections[-1].line == 5  # the heading keeps its own line


def test_piped_or_unnamed_server_page_is_sniffed_as_html() -> None:
    text = DIRECTIVES["php"] + "<!DOCTYPE html>\n<html><body>\n" + BODY + "</body></html>\n"
    assert sniff_format("-", text.encode()) == "html"
    assert sniff_format("privacy", b"", text) == "html"


@pytest.mark.parametrize(
    "text",
    [
        "<?php\nreturn [\n    'title' => '隐私政策',\n    'body' => '我们收集您的手机号码。',\n];\n",  # code only, never closed
        '<%@ Page Language="C#" %>\n<%\n  Response.Write("隱私權政策");\n%>\n',  # code only
        "<?php $x = 1; ?>\n隱私權政策\n\n一、蒐集之目的\n本公司蒐集您的個人資料。\n",  # then plain text
        "<% 注释 %>\n< 不是标签 >\n一、蒐集之目的\n",  # `<` then a blank: no element
        "隱私權政策\n<%@ Page %>\n<div>本公司</div>\n",  # the directive is not at the start
    ],
)
def test_server_code_before_no_markup_is_still_text(text: str) -> None:
    assert sniff_format("privacy.aspx", text.encode()) == "text"


def test_leading_server_code_ends_after_the_last_leading_block() -> None:
    text = '\ufeff <%@ Page %>\r\n<?php $a = "?>"; ?>\n<div>'
    assert text[leading_server_code(text) :].lstrip() == "<div>"
    assert leading_server_code("<div><% x %>") == 0
    assert leading_server_code("<?php echo 1;") == 0  # never closed


# -- 2. a <pre> closed by </p> ----------------------------------------------------------------------------------

PRE_LEFT_OPEN = (
    "<!DOCTYPE html>\n<html><body>\n<h1>隐私政策</h1>\n<h2>我们收集哪些信息？</h2>\n<pre>\n- 手机号码；\n- 设备信息。\n</p>\n"
    "<h2>我们如何使用您的信息？</h2>\n用于提供服务。\n用于改进产品。\n<h2>如何联系我们</h2>\n<p>邮箱：a@example.com</p>\n</body></html>\n"
)


def test_headings_after_a_pre_closed_by_p_are_headings() -> None:
    doc = parse_string(PRE_LEFT_OPEN, ".html")
    assert titles(doc)[-3:] == ["我们收集哪些信息？", "我们如何使用您的信息？", "如何联系我们"]
    assert [s.line for s in doc.sections[-2:]] == [9, 12]
    # nothing dropped, and the <pre>'s lines after its heading are still lines (a browser keeps them apart)
    assert paragraphs(doc)[-3:] == [["- 手机号码；", "- 设备信息。"], ["用于提供服务。", "用于改进产品。"], ["邮箱：a@example.com"]]


def test_the_end_of_its_parent_ends_a_pre() -> None:
    page = (
        '<html><body>\n<h1>隐私政策</h1>\n<div class="c">\n<h2>我们收集哪些信息？</h2>\n<pre>\n- 手机号码；\n- 设备信息。\n</p>\n</div>\n'
        "<p>用于提供服务。</p><p>用于改进产品。</p>\n</body></html>\n"
    )
    doc = parse_string(page, ".html")
    # two paragraphs after the </div>, as markup (read as a line of the <pre>, they were one: 「用于提供服务。用于改进产品。」)
    assert paragraphs(doc)[-1] == ["- 手机号码；", "- 设备信息。", "用于提供服务。", "用于改进产品。"]


def test_a_div_inside_a_pre_does_not_end_it() -> None:
    page = (
        "<html><body>\n<div>\n<pre>\n一、我们如何使用您的信息\n<div>用于提供服务。</div>\n<p>甲。</p><p>乙。</p>\n</pre>\n"
        "</div>\n</body></html>\n"
    )
    doc = parse_string(page, ".html")
    assert paragraphs(doc)[-1] == ["用于提供服务。", "甲。乙。"]  # the inner </div> is the inner <div>'s: still a line


def test_a_textarea_shows_a_heading_tag_as_text() -> None:
    page = "<html><body>\n<h1>隐私政策</h1>\n<textarea readonly>\n<h2>我们如何使用您的信息？</h2>\n用于提供服务。\n</textarea>\n</body></html>\n"
    doc = parse_string(page, ".html")
    assert titles(doc) == []
    assert paragraphs(doc) == [["<h2>我们如何使用您的信息？</h2>用于提供服务。"]]


# -- 3. <h2>标题<h2> --------------------------------------------------------------------------------------------


def test_a_heading_start_tag_typed_for_its_end_tag_ends_it() -> None:
    page = "<h1>隐私政策</h1>\n<h2>一、我们收集的信息<h2>\n我们收集您的手机号码。\n<h2>二、我们如何使用信息</h2>\n<p>用于提供服务。</p>\n"
    doc = parse_string(page, ".html")
    assert titles(doc) == ["一、我们收集的信息", "二、我们如何使用信息"]
    assert paragraphs(doc) == [["我们收集您的手机号码。"], ["用于提供服务。"]]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ('<h2 id="a">三、共享<h2 id="b">四、存储</h2>\n<p>正文。</p>\n', ["三、共享", "四、存储"]),  # a new heading, with its attributes
        ("<h3><h3>五、联系我们</h3>\n<p>正文。</p>\n", ["五、联系我们"]),  # the first one empty
        ("<h2>六、安全<h3>（一）加密</h3>\n<p>正文。</p>\n", ["六、安全", "（一）加密"]),  # another rank: browsers open it
    ],
)
def test_other_headings_opened_inside_a_heading_stay_headings(page: str, expected: list[str]) -> None:
    doc = parse_string("<h1>隐私政策</h1>\n" + page, ".html")
    assert titles(doc) == expected
