"""English titles of a second-language edition in plain text, glued to short first sentences (small files written here).

An English title in Title Case is often exactly as long as the sentence under it (「Use of
Cookies」 / 「We use cookies.」); it is a heading at the level of its Chinese counterpart.  A
sentence-case line of as many words is not (「We use cookies」 / 「They help us.」).
"""

from __future__ import annotations

import pytest

from helpers import parse_string

ZH = "隐私政策\n\n信息收集\n我们会依法处理您的个人信息，并采取适当的安全措施。\nCookie的使用\n我们使用Cookie改善您的体验，您可以在浏览器中关闭。\n\n"


def outline(text: str) -> list[tuple[str, int]]:
    return [(s.title or "", s.level) for s in parse_string(text).sections if s.title is not None]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_title_case_english_titles_as_long_as_their_sentence(newline: str) -> None:
    en = "Privacy Policy\n\nInformation Collection\nWe collect your e-mail.\nUse of Cookies\nWe use cookies.\nData Retention\nWe keep data briefly.\n"
    found = outline((ZH + en).replace("\n", newline))
    assert [(t, lv) for t, lv in found if t.isascii() and t != "Privacy Policy"] == [
        ("Information Collection", 1),
        ("Use of Cookies", 1),
        ("Data Retention", 1),
    ]
    assert ("信息收集", 1) in found and ("Cookie的使用", 1) in found


@pytest.mark.parametrize("line", ["We use cookies", "Use of cookies", "Cookies and similar"])
def test_sentence_case_lines_as_long_as_the_next_are_not_titles(line: str) -> None:
    en = f"Privacy Policy\n\nInformation Collection\nWe collect your e-mail address.\n{line}\nThey help us.\n"
    assert line not in [t for t, _ in outline(ZH + en)]
