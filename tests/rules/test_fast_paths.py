"""Shortcuts taken for speed on the `check` path must decide exactly as the plain forms.

`detect_language` counts letters by runs and decides Chinese from bounds before the
token pass; the reference below is the plain count it replaced (issue #11, second round).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import shared_parse
from policylens.structure.language import LATIN_PER_HAN, MIN_SHARE, _word_letters, detect_language

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted(p for p in (ROOT / "corpora").rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".html", ".htm"})

_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc\u31f0-\u31ff\uff66-\uff9d]")
_HANGUL = re.compile("[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def _reference(text: str) -> str | None:
    """The plain form: count every letter class one character at a time."""
    han = len(_HAN.findall(text))
    kana = len(_KANA.findall(text)) if han or not text.isascii() else 0
    hangul = len(_HANGUL.findall(text)) if not text.isascii() else 0
    if kana >= 3 and kana >= MIN_SHARE * (han + kana):
        # (u48k) unless Latin letters outweigh the kana, weighed as Han are: then English, never Chinese
        letters = len(_LATIN.findall(text))
        return "ja" if kana * LATIN_PER_HAN >= min(len(text) - han - kana, letters) else "en"
    if hangul >= 3 and hangul >= MIN_SHARE * (han + hangul):
        return "ko"
    latin = _word_letters(text) if han else 0
    if han and han * LATIN_PER_HAN >= latin:
        return "zh"
    if latin or _LATIN.search(text):
        return "en"
    return None


def _section_texts(path: Path) -> list[str]:
    doc = shared_parse(path).document
    return [" ".join([*s.titles, s.title or "", *(p.text for p in s.paragraphs)]) for s in doc.sections]


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: str(p.relative_to(ROOT / "corpora")))
def test_language_of_every_corpus_section_as_the_plain_count(path: Path) -> None:
    for text in _section_texts(path):
        assert detect_language(text) == _reference(text)


LETTERS = st.sampled_from(
    list("我們資料个人信息ひらがなカタカナ한국어abcXYZéß 0123,.。、「」@/<>=\n")
    + ["Google Analytics ", "privacy@example.com ", "https://a.b/c ", "key = value ", "<b>", "（一）", "三、"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(LETTERS, max_size=60).map("".join))
def test_language_of_generated_text_as_the_plain_count(text: str) -> None:
    assert detect_language(text) == _reference(text)


def test_the_kana_or_hangul_class_is_exactly_the_two_classes() -> None:
    """`detect_language` skips both counts when the union class finds nothing: it must hold exactly their characters."""
    from policylens.structure import language

    union, kana, hangul = (re.compile(p.pattern) for p in (language._KANA_OR_HANGUL, language._KANA, language._HANGUL))
    text = "".join(map(chr, range(0x3400)))  # every class range lies below U+3400 or in U+AC00–D7A3, U+FF66–FF9D
    text += "".join(map(chr, range(0xAB00, 0xD800))) + "".join(map(chr, range(0xFF00, 0x10000)))
    assert union.findall(text) == sorted(set(kana.findall(text)) | set(hangul.findall(text)))
