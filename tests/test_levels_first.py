"""A bare title directly under the document title, with a blank line below it (issue #8, sixth round).

「隐私政策」 / 「信息收集」 / text / 「信息使用」 / text / 「信息共享」 / text, each title set off by blank
lines: the first line under the title is the first section when it speaks the outline's words (it
shares a word with a later title written like it).  A subtitle shares none (「智米科技」), and a line
naming the policy or repeating the title's words stays a subtitle.  Small files written here.
"""

from __future__ import annotations

import pytest

from helpers import headings, parse_string

B = "我们会依法处理您的个人信息，并采取适当的安全措施保护您的信息。"


def titles(text: str, suffix: str = ".txt") -> list[str]:
    return [title or "" for _, _, title in headings(parse_string(text, suffix))]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_spaced_first_title_speaking_the_outline_words(newline: str, suffix: str) -> None:
    text = f"隐私政策\n\n信息收集\n\n{B}\n\n信息使用\n\n{B}\n\n信息共享\n\n{B}\n"
    assert titles(text.replace("\n", newline), suffix) == ["信息收集", "信息使用", "信息共享"]


@pytest.mark.parametrize("line", ["智米科技", "个人信息保护指引", "某某科技有限公司", "某某应用"])
def test_subtitles_under_the_title_stay_text(line: str) -> None:
    text = f"某某应用隐私政策\n\n{line}\n\n{B}\n\n信息收集\n\n{B}\n\n信息使用\n\n{B}\n"
    assert line not in titles(text)


def test_bilingual_one_line_first_title_with_one_bilingual_peer() -> None:
    """「信息收集 Information Collection」 under the title: a title and its translation, like the one after it."""
    text = (
        "隐私政策 Privacy Policy\n\n信息收集 Information Collection\n\n我们会收集您的账号信息，用于提供服务。We collect your account information.\n\n"
        "联系我们 Contact Us\n\n如有疑问请发送邮件联系我们。Please email us.\n"
    )
    assert titles(text) == ["信息收集 Information Collection", "联系我们 Contact Us"]


def test_bilingual_subtitle_without_a_bilingual_peer_stays_text() -> None:
    text = f"隐私政策\n\n智米科技 Smartmi Technology\n\n{B}\n\n联系我们\n\n{B}\n"
    assert titles(text) == ["联系我们"]


def test_a_two_section_policy_of_glued_bare_titles_keeps_its_first_title() -> None:
    """「信息收集」 / text, 「信息使用」 / text: with one later heading of the same glued shape, the first is a section too."""
    text = (
        "某某应用隐私政策\n\n信息收集\n我们会收集您在注册时提供的手机号码和昵称，用于创建账号和提供服务。\n\n"
        "信息使用\n我们使用您的信息为您提供服务，并改进产品体验，不会用于其他目的。\n"
    )
    doc = parse_string(text, ".txt")
    assert [s.title for s in doc.sections if s.title] == ["信息收集", "信息使用"]
