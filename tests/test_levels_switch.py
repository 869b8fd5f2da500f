"""A top-level count that goes on in another style (issue #8, sixth round; small files written here).

Authors switch numbering styles half-way: `## 一、` … `## 三、`, then `## 4.`, `## 5.`; in plain text
「三、信息使用」 then 「4. 信息存储」.  The count goes on, so 4. is the next top-level section (not a
sub-section of 三、), with the numbers after it and what is nested under them.  Articles numbered
across chapters (「第二章」, 「第1条」, 「第2条」, 「第三章」, 「第3条」) and a deeper `### 4.` stay nested.
"""

from __future__ import annotations

import pytest

from helpers import headings, parse_string

B = "我们会依法处理您的个人信息。"


def outline(text: str, suffix: str = ".md") -> list[tuple[str, int]]:
    return [(title or "", level) for _, level, title in headings(parse_string(text, suffix))]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_markdown_count_going_on_in_arabic_numbers(newline: str) -> None:
    md = (
        f"# 隐私政策\n\n## 一、总则\n\n{B}\n\n## 二、信息收集\n\n{B}\n\n### 1. 账号信息\n\n{B}\n\n### 2. 设备信息\n\n{B}\n\n"
        f"## 三、信息使用\n\n{B}\n\n## 4. 信息存储\n\n{B}\n\n### 4.1 存储地点\n\n{B}\n\n## 5. 联系我们\n\n{B}\n"
    )
    assert outline(md.replace("\n", newline)) == [
        ("一、总则", 1),
        ("二、信息收集", 1),
        ("1. 账号信息", 2),
        ("2. 设备信息", 2),
        ("三、信息使用", 1),
        ("4. 信息存储", 1),
        ("4.1 存储地点", 2),
        ("5. 联系我们", 1),
    ]


def test_plain_text_count_going_on_in_arabic_numbers() -> None:
    text = f"隐私政策\n\n一、总则\n{B}\n\n二、信息收集\n{B}\n\n三、信息使用\n{B}\n\n4. 信息存储\n{B}\n\n5. 联系我们\n{B}\n"
    assert [level for _, level in outline(text, ".txt")] == [1, 1, 1, 1, 1]


def test_articles_numbered_across_chapters_stay_nested() -> None:
    text = f"隐私政策\n\n第一章 总则\n\n第1条 适用范围\n{B}\n\n第2条 定义\n{B}\n\n第二章 信息收集\n\n第3条 收集范围\n{B}\n"
    assert outline(text, ".txt") == [
        ("第一章 总则", 1),
        ("第1条 适用范围", 2),
        ("第2条 定义", 2),
        ("第二章 信息收集", 1),
        ("第3条 收集范围", 2),
    ]


def test_deeper_markup_keeps_a_continuing_number_nested() -> None:
    md = f"# 隐私政策\n\n## 一、总则\n\n{B}\n\n## 二、信息使用\n\n{B}\n\n### 3. 存储\n\n{B}\n"
    assert outline(md)[-1] == ("3. 存储", 2)
