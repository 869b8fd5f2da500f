"""u34t: `structure.language._word_letters` counts a text without @, /, < or = in one search, as the token loop does."""

from __future__ import annotations

import random
import re

import pytest

from policylens.structure import language
from policylens.structure.language import _word_letters, detect_language, paragraph_language


def plain_word_letters(text: str) -> int:
    """The token loop, as it was before u34t: every token searched on its own."""
    tokens = text.split()
    count = 0
    for k, token in enumerate(tokens):
        if "@" in token or "/" in token or "<" in token or "=" in token:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].startswith("="):
            continue
        count += len(re.findall("[A-Za-z\u00c0-\u024f]", token))
    return count


def test_no_latin_letter_is_a_space() -> None:
    """The one-search count rests on this: `str.split` drops only spaces, so the tokens hold every letter of the text."""
    assert language._LATIN.pattern == "[A-Za-z\u00c0-\u024f]"  # nothing beyond U+024F
    letters = [chr(c) for c in range(0x250) if re.fullmatch(language._LATIN.pattern, chr(c))]
    assert len(letters) == 52 + (0x24F - 0xC0 + 1)
    assert not any(c.isspace() for c in letters)
    assert language._LATIN_RUN.pattern.startswith(language._LATIN.pattern)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Privacy Policy",
        "Données personnelles et sécurité",
        "名称：NSCameraUsageDescription",
        "我们使用 Google Analytics 分析数据",
        "a\u00a0b\u3000c\u2028d\te\nf",
        "ÀÉÎõü ɏ ƀ",
        "12 345 ，。",
    ],
)
def test_texts_without_left_out_tokens(text: str) -> None:
    """No @, /, < or =: every letter counts, in one search."""
    assert _word_letters(text) == plain_word_letters(text)


@pytest.mark.parametrize(
    "text",
    [
        "contact privacy@example.com today",
        "see https://example.com/privacy now",
        "<p>Hello</p> world",
        "key = value here",
        "name =value other",
        "a/b c@d e<f g=h words",
    ],
)
def test_texts_with_left_out_tokens(text: str) -> None:
    """A text with one of them still leaves out its tags, addresses and `key =` names (the loop, as before)."""
    assert _word_letters(text) == plain_word_letters(text)
    assert _word_letters(text) < len(re.findall("[A-Za-z]", text))


def test_random_texts_agree() -> None:
    """Texts drawn from letters, CJK, spaces of every kind and the four marks: the same count as the token loop."""
    rng = random.Random(34)
    alphabet = "abcXYZéɏ 我們\u3000\u00a0\u2028\t\n=@/<.,1"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _word_letters(text) == plain_word_letters(text), text


def test_paragraph_language_unchanged() -> None:
    """The reader of the count: a short English word in a Chinese section stays Chinese, a sentence is English."""
    assert paragraph_language("OK", "zh") == "zh"
    assert paragraph_language("Contact us at any time", "zh") == "en"
    assert paragraph_language("https://example.com/ab", "zh") == "zh"
    assert detect_language("我们使用 Google Analytics") == "zh"
