"""An edition whose titles are bare lines in a Markdown file with explicit headings (issue #8, sixth round).

「# 隐私政策」 with `##` sections, then the English edition typed without any `#`: 「Privacy Policy」 /
「Information we collect」 / text.  The edition's title names a policy in another language than the
document's title and no explicit heading follows it, so its bare lines are judged as in plain
text: the edition starts over at the top.  Small files written here.
"""

from __future__ import annotations

import pytest

from helpers import headings, parse_string

ZH = "# 隐私政策\n\n## 信息收集\n\n我们会收集您的账号信息和设备信息，用于提供服务。\n\n## 联系我们\n\n如有疑问，请发送邮件至 privacy@example.com。\n\n"
EN = (
    "Privacy Policy\n\nInformation we collect\n\nWe collect your account information and device information to provide the service.\n\n"
    "Contact us\n\nIf you have any questions, please email privacy@example.com.\n"
)


def outline(text: str) -> list[tuple[str, int]]:
    return [(title or "", level) for _, level, title in headings(parse_string(text, ".md"))]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_english_edition_of_bare_lines_after_markdown_sections(newline: str) -> None:
    assert outline((ZH + EN).replace("\n", newline)) == [
        ("信息收集", 1),
        ("联系我们", 1),
        ("Privacy Policy", 1),
        ("Information we collect", 1),
        ("Contact us", 1),
    ]


def test_chinese_edition_of_bare_lines_after_an_english_markdown_edition() -> None:
    en = "# Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address to reply to you.\n\n"
    zh = "隐私政策\n\n信息收集\n\n我们会收集您的电子邮件地址，用于回复您的问题。\n"
    assert outline(en + zh) == [("Information we collect", 1), ("隐私政策", 1), ("信息收集", 1)]


def test_bare_lines_of_the_same_language_stay_paragraphs() -> None:
    md = ZH + "本隐私政策的解释\n\n本政策由某某公司负责解释，自发布之日起生效。\n"
    assert outline(md) == [("信息收集", 1), ("联系我们", 1)]


def test_an_edition_with_explicit_headings_is_left_to_them() -> None:
    md = ZH + "Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address.\n"
    assert "Privacy Policy" not in [t for t, _ in outline(md)]
