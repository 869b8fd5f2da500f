"""Bold unnumbered titles among numbered `##` sections (issue #8, sixth round; small files written here).

「**引言**」, `## 一、…`, `## 二、…`, 「**联系我们**」: the closing bold title is a top-level section
when the document's own bold titles are top-level (the opening one stands before the numbers)
and none of them was a sub-title; a bold line between two numbers of the run, or a document
whose only bold line is the closing one, keeps the nesting (it may be a sub-title:
「**账号信息**」 under `## 1.`).
"""

from __future__ import annotations

import pytest

from helpers import headings, parse_string

OPENING = "# 某某隐私政策\n\n**引言**\n\n欢迎使用某某应用。本政策说明我们如何处理您的个人信息。\n\n"
RUN = "## 一、信息收集\n\n我们会收集您的账号信息和设备信息。\n\n## 二、信息使用\n\n我们使用这些信息提供服务。\n\n"
CLOSING = "**联系我们**\n\n如有疑问，请发送邮件至 privacy@example.com。\n"


def outline(text: str, suffix: str = ".md") -> list[tuple[str, int]]:
    return [(title or "", level) for _, level, title in headings(parse_string(text, suffix))]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_closing_bold_title_is_a_peer_of_the_opening_one(newline: str) -> None:
    found = outline((OPENING + RUN + CLOSING).replace("\n", newline))
    assert found == [("引言", 1), ("一、信息收集", 1), ("二、信息使用", 1), ("联系我们", 1)]


def test_closing_bold_title_in_html() -> None:
    page = (
        "<h1>某某隐私政策</h1><p><strong>引言</strong></p><p>欢迎使用某某应用。</p>"
        "<h2>一、信息收集</h2><p>我们会收集您的账号信息。</p><h2>二、信息使用</h2><p>我们使用这些信息提供服务。</p>"
        "<p><strong>联系我们</strong></p><p>如有疑问，请联系我们。</p>"
    )
    assert outline(page, ".html")[-1] == ("联系我们", 1)


def test_bold_sub_title_inside_the_run_keeps_the_closing_one_nested() -> None:
    run = "## 1. 信息收集\n\n我们会收集以下信息。\n\n**账号信息**\n\n您注册时提供的手机号。\n\n## 2. 信息使用\n\n我们使用这些信息提供服务。\n\n"
    found = outline(OPENING + run + CLOSING)
    assert ("账号信息", 2) in found and found[-1] == ("联系我们", 2)


def test_without_an_opening_bold_title_the_closing_one_stays_nested() -> None:
    assert outline("# 某某隐私政策\n\n" + RUN + CLOSING)[-1] == ("联系我们", 2)


def test_bold_title_before_the_next_number_stays_a_sub_title() -> None:
    middle = "## 一、信息收集\n\n我们会收集信息。\n\n**设备信息**\n\n设备型号。\n\n## 二、信息使用\n\n我们使用这些信息。\n\n"
    found = outline(OPENING + middle)
    assert ("设备信息", 2) in found


def test_bold_title_sharing_a_word_with_the_last_section_is_its_sub_title() -> None:
    run = RUN + "## 三、联系我们\n\n我们的联系方式如下。\n\n"
    found = outline(OPENING + run + "**联系方式**\n\n邮箱：privacy@example.com\n")
    assert found[-1] == ("联系方式", 2)


def test_without_numbers_the_rule_does_not_apply() -> None:
    md = "# 某某隐私政策\n\n**引言**\n\n欢迎使用。\n\n## 信息收集\n\n我们收集邮箱。\n\n**账号信息**\n\n手机号。\n"
    assert outline(md)[-1] == ("账号信息", 2)
