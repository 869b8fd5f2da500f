"""A paragraph that opens with a short title line, a `<br>` and its text, 「<p>信息收集和使用<br />如下所述…。</p>」 (u60r,
issue #14 loaders; eval/pairs59e var3d, eval/blind/profiles20 tapfingers-tw: one policy published by three apps, read as
one section of 30 paragraphs; not blind: the pages were seen before).

Such a line is a title when two or more paragraphs of the page open so (siblings; `load.html.titles._bare_title_lines`'s
shape: at most 16 characters, Chinese, no punctuation, bracket or digit, no sentence opener nor a word still waiting for
its object, and a text at least twice as long with a comma or a full stop below it): the page is read again knowing it has
such titles (`read_html`, `opening_titles`).  One such paragraph alone (a greeting over a letter), a list of short lines,
and a line with punctuation stay text.  No document of the `eval/structure*` sets has the form (their parse is unchanged:
the only short line over a `<br>` there, gensai's 「利用目的包括向第三方提供」, opens a list of short lines).
"""

from __future__ import annotations

from conftest import ROOT
from parse_helpers import parse_string, section_titles

_BODY = "我们会收集您的电子邮件地址和手机号码，用于创建您的账号并向您提供服务。"


def _page(*paragraphs: str) -> str:
    return "<html><body>\n" + "\n".join(paragraphs) + "\n</body></html>\n"


def test_paragraphs_opening_with_a_title_line_are_titled() -> None:
    page = _page(
        "<p>欢迎使用本应用。您的隐私对我们很重要。</p>",
        f"<p>信息收集和使用<br />\n  {_BODY}<br />\n  {_BODY}</p>",
        f"<p>邀请朋友<br />\n  {_BODY}</p>",
        f"<p>联系信息<br />\n  {_BODY}</p>",
    )
    assert section_titles(page) == ["信息收集和使用", "邀请朋友", "联系信息"]


def test_one_such_paragraph_alone_stays_text() -> None:
    page = _page("<p>尊敬的用户<br />\n  " + _BODY + "</p>", "<p>" + _BODY + "</p>")
    assert section_titles(page) == []


def test_short_list_lines_and_punctuated_lines_stay_text() -> None:
    page = _page(
        "<p>利用目的包括向第三方提供<br /> 提供给第三方的数据项目<br /> 向第三方提供的手段或方法</p>",
        "<p>请注意：<br />\n  " + _BODY + "</p>",
        "<p>我们将会<br />\n  " + _BODY + "</p>",
        "<p>提示，重要<br />\n  " + _BODY + "</p>",
    )
    assert section_titles(page) == []


def test_var3d_page_is_read_in_sections() -> None:
    doc = parse_string((ROOT / "eval/pairs59e/editions/var3d/zh-Hans.html").read_text(encoding="utf-8"), ".html")
    titles = [(s.line, s.title) for s in doc.sections if s.title]
    assert (15, "信息收集和使用") in titles and (34, "邀请朋友") in titles and (94, "联系信息") in titles
    assert len(titles) == 10
