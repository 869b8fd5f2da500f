"""English title lines in bilingual and multilingual plain-text policies, on small files written here.

(a) A title and its translation on two lines directly above the section's text are one
bilingual heading (「Cookie的使用」 / 「Use of Cookies」 / text), at the level of the other
sections; (b) a short English title directly above a Chinese paragraph is cut off even when
the Chinese sentence is not twice its length in characters (Chinese is dense).  Lines that are
not titles stay text (precision first).
"""

from __future__ import annotations

import pytest

from helpers import parse_string

BODY = "我们会依法处理您的个人信息，并采取适当的安全措施。"
EN = "We process your personal information lawfully and protect it with appropriate security measures."


def sections(text: str) -> list[tuple[int | None, int, tuple[str, ...]]]:
    doc = parse_string(text)
    return [(s.line, s.level, tuple(s.titles) or (s.title or "",)) for s in doc.sections if s.title is not None]


def test_title_and_its_translation_glued_to_the_text_are_one_heading() -> None:
    text = (
        f"隐私政策\n\n信息收集\nInformation Collection\n{BODY}\n{EN}\n\n"
        f"Cookie的使用\nUse of Cookies\n{BODY}\n{EN}\n\n联系我们\nContact Us\n{BODY}\n{EN}\n"
    )
    assert sections(text) == [
        (3, 1, ("信息收集", "Information Collection")),
        (8, 1, ("Cookie的使用", "Use of Cookies")),
        (13, 1, ("联系我们", "Contact Us")),
    ]


def test_english_first_pair_glued_to_the_text() -> None:
    text = f"隐私政策\n\nInformation Collection\n信息收集\n{BODY}\n\nUse of Cookies\nCookie的使用\n{BODY}\n"
    assert [(line, titles) for line, _, titles in sections(text)] == [
        (3, ("Information Collection", "信息收集")),
        (7, ("Use of Cookies", "Cookie的使用")),
    ]


def test_english_title_above_a_short_chinese_sentence_is_cut_off() -> None:
    """「Information Collection」 (22 characters, two words) above a 25-character sentence."""
    text = f"隐私政策\n\n信息收集\n{BODY}\n\nCookie的使用\n{BODY}\n\n联系我们\n{BODY}\n\nInformation Collection\n{BODY}\n"
    assert [titles[0] for _, _, titles in sections(text)] == ["信息收集", "Cookie的使用", "联系我们", "Information Collection"]


@pytest.mark.parametrize(
    "line",
    [
        "We also use the data.",  # a sentence, not a title
        "when you register an account",  # a lowercase continuation
    ],
)
def test_english_lines_that_are_not_titles_stay_text(line: str) -> None:
    text = f"隐私政策\n\n信息收集\n{BODY}\n\nCookie的使用\n{BODY}\n\n联系我们\n{BODY}\n\n{line}\n我们会依法处理您的个人信息，并采取适当的安全措施，\n"
    assert [titles[0] for _, _, titles in sections(text)] == ["信息收集", "Cookie的使用", "联系我们"]


def test_two_chinese_lines_above_the_text_are_not_a_translated_pair() -> None:
    """Two Chinese lines (a title and its subtitle, or a wrapped sentence) are not a bilingual heading."""
    text = f"隐私政策\n\n信息收集\n{BODY}\n\n第三方服务\n友盟统计\n{BODY}\n\n联系我们\n{BODY}\n"
    assert all(len(titles) == 1 for _, _, titles in sections(text))


# -- (c) short English titles above a short English first sentence ---------------------------
EDITIONS = "\n\n隐私政策\n\n信息收集\n{body}\n\n信息安全\n{body}\n"


def test_short_english_title_above_a_short_sentence_is_a_heading() -> None:
    """「Information security」 / 「We protect your data.」: the sentence is not 1.5 times longer, still its text."""
    text = (
        "Privacy Policy\n\nInformation collection\nWe collect your e-mail address.\n\n"
        "Information security\nWe protect your data.\n\nContact us\nWrite to us at any time." + EDITIONS.format(body=BODY)
    )
    got = [titles[0] for _, _, titles in sections(text)]
    assert got[:3] == ["Information collection", "Information security", "Contact us"]


@pytest.mark.parametrize(
    "lines",
    [
        "We use services provided by\nGoogle Analytics to measure traffic.",  # a wrapped sentence
        "We use Google\nAnalytics to measure the traffic of the site.",  # opens like a sentence
        "Data we keep for\nSeven years after you close the account.",  # ends on a word that leaves it open
        "Information security\nWe protect it.",  # the sentence is not longer than the title
    ],
)
def test_wrapped_english_sentences_are_not_cut(lines: str) -> None:
    text = f"Privacy Policy\n\nInformation collection\nWe collect your e-mail address when you register.\n\n{lines}\n\nContact us\nWrite to us at any time if you have questions."
    assert lines.split("\n")[0] not in [titles[0] for _, _, titles in sections(text)]
