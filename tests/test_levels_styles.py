"""Numbering styles beyond 一、/（一）/1.: Roman numerals, (a) a) a. and ①, on small files written here.

Each style nests like the others (a new style below a numbered heading is its sub-level);
lines of these styles that the reader kept in one block are a list, never a heading, and
「e.g.」 is not a number (precision first).
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.numbering import parse_number

BODY = "我们会依法处理您的个人信息，并采取适当的安全措施。"


def levels(text: str, suffix: str = ".txt") -> list[tuple[str, int]]:
    return [(s.title or "", s.level) for s in parse_string(text, suffix).sections if s.title is not None]


def test_roman_numerals_are_one_sequence_with_the_letter_i_first() -> None:
    """「I.」 is read as a letter alone; followed by 「II.」 it is the first Roman numeral."""
    text = f"隐私政策\n\nI. 信息收集\n{BODY}\n\nII. 信息使用\n{BODY}\n\nIII. 信息共享\n{BODY}\n\nIV. 联系我们\n{BODY}\n"
    assert [level for _, level in levels(text)] == [1, 1, 1, 1]


def test_roman_sections_with_decimal_sub_sections() -> None:
    text = f"隐私政策\n\nI. 信息收集\n{BODY}\n\n1. 账号\n{BODY}\n\n2. 设备\n{BODY}\n\nII. 信息使用\n{BODY}\n"
    assert [level for _, level in levels(text)] == [1, 2, 2, 1]


def test_lettered_list_a_to_i_keeps_i_as_a_letter() -> None:
    assert parse_number("I. 法律法规规定的其他情形") is not None
    assert parse_number("I. 法律法规规定的其他情形").style == ("latin",)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("first", "second"),
    [("(a) ", "(b) "), ("a) ", "b) "), ("a. ", "b. "), ("① ", "② "), ("（ａ）", "（ｂ）")],
)
def test_letter_and_circled_styles_are_sub_sections(first: str, second: str) -> None:
    text = f"隐私政策\n\n一、信息收集\n{BODY}\n\n{first}账号信息\n{BODY}\n\n{second}设备信息\n{BODY}\n\n二、信息使用\n{BODY}\n"
    assert [level for _, level in levels(text)] == [1, 2, 2, 1]


@pytest.mark.parametrize("labels", [("a) ", "b) ", "c) "), ("(a) ", "(b) ", "(c) "), ("① ", "② ", "③ ")])
def test_lines_of_one_style_kept_in_one_block_are_a_list(labels: tuple[str, ...]) -> None:
    """「a) 姓名」 / 「b) 电话」 / 「c) 邮箱」 directly under 「我们收集以下信息：」 are its list."""
    items = "\n".join(f"{label}{name}" for label, name in zip(labels, ("姓名", "电话", "邮箱"), strict=True))
    text = f"隐私政策\n\n一、信息收集\n我们收集以下信息：\n{items}\n\n二、信息使用\n{BODY}\n"
    assert levels(text) == [("一、信息收集", 1), ("二、信息使用", 1)]


@pytest.mark.parametrize("text", ["e.g. 例如账号信息", "i.e. 即设备信息", "U.S. privacy"])
def test_abbreviations_are_not_numbers(text: str) -> None:
    number = parse_number(text)
    assert number is None or number.style != ("latin-lower",)


def test_english_item_list_with_letters_is_not_a_heading() -> None:
    text = f"隐私政策\n\n一、信息收集\n{BODY}\n\na) we collect your name when you register;\n\nb) we collect your e-mail address.\n\n二、信息使用\n{BODY}\n"
    assert [title for title, _ in levels(text)] == ["一、信息收集", "二、信息使用"]
