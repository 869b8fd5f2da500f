"""An untitled policy whose first line names its opening section (「引言」, "Introduction") has no
title: that line is the first heading, a peer of the bare titles below it (a real Markdown file
without markup lost 「引言」 to the title slot)."""

from __future__ import annotations

import pytest

from helpers import parse_string

BODY = "欢迎使用本网站。我们非常重视您的隐私，并致力于保护您的个人信息。\n\n我们是谁\n网站名称：CXYBBS\n联系方式：a@b.cn\n\n收集的数据类型\n我们收集您的邮箱与昵称。\n\n用户权利\n您可以随时要求删除您的数据。\n"


@pytest.mark.parametrize(("first", "ext"), [("引言", "md"), ("前言", "txt"), ("概述", "txt"), ("Introduction", "md")])
def test_the_opening_section_on_the_first_line_is_a_heading(first: str, ext: str) -> None:
    doc = parse_string(f"{first}\n{BODY}", f".{ext}")
    assert doc.metadata.title is None
    assert [s.title for s in doc.sections if s.title] == [first, "我们是谁", "收集的数据类型", "用户权利"]


def test_a_title_naming_the_policy_stays_the_title() -> None:
    doc = parse_string(f"隐私政策\n\n引言\n{BODY}")
    assert doc.metadata.title == "隐私政策"
    assert next(s.title for s in doc.sections if s.title) == "引言"
