"""The shortcuts of the diff's hot paths give exactly what the plain forms give (issue #12 §1, sections-20k).

`keys.layout_key` skips the inline-markup pattern when none of the characters a match
starts with occurs, collapses whitespace with `str.split` instead of `\\s+`, and skips the
CJK-gap pattern when no space is left; `tokens._hmm_words` caches jieba's HMM.  Each is
compared here with the plain form on generated text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.diff import keys, tokens
from policylens.normalise import fold

# Whitespace of every kind, markup, ASCII and CJK, full-width forms.
_ALPHABET = st.sampled_from(
    list(" \t\n\r\x0b\x0c\x1c\x85\u00a0\u2028\u3000ab1.-_*`<>[](){}#:中文資料。，（）")
    + ["**", "<b>", "</a >", "<span x>", "1. ", "（一）"]
)
_TEXTS = st.lists(_ALPHABET, max_size=30).map("".join)


def _plain_layout_key(text: str, *, strip_marker: bool = True) -> str:
    """`layout_key` as written before the shortcuts (with the label pictographs and the gaps next to full-width marks
    that the twenty-sixth session added, applied unconditionally)."""
    text = keys.LABEL_PICTOGRAPH.sub("", text)
    text = keys._WIDE_GAP.sub("", text)
    text = fold(text)
    if "`" in text or "~" in text:
        text = keys._FENCE.sub("", text)
    if "<" in text:
        text = keys._HTML_LINK.sub(lambda m: keys._link(m.group(2), m.group(1)), text)
        text = keys._AUTOLINK.sub(r"\1", text)
    if "{" in text:
        text = keys._ATTR_LIST.sub("", text)
    if "](" in text:
        text = keys._MD_LINK.sub(lambda m: keys._link(m.group(1), m.group(2)), text)
    text = keys._MARKUP.sub("", text)
    if strip_marker:
        text = keys._LIST_MARKER.sub("", text, count=1)
    text = keys._SPACE.sub(" ", text).strip()
    text = keys._CJK_GAP.sub("", text)
    return text.translate(keys._PUNCT_FOLD)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.booleans())
def test_layout_key_shortcuts_match_the_plain_patterns(text: str, strip_marker: bool) -> None:
    keys.layout_key.cache_clear()
    assert keys.layout_key(text, strip_marker=strip_marker) == _plain_layout_key(text, strip_marker=strip_marker)


def test_str_split_whitespace_is_the_regex_whitespace() -> None:
    """The whitespace shortcut rests on `\\s` and `str.isspace()` being the same set."""
    assert [c for c in range(0x110000) if re.fullmatch(r"\s", chr(c))] == [c for c in range(0x110000) if chr(c).isspace()]


def test_markup_matches_start_with_the_checked_characters() -> None:
    """Every `_MARKUP` match starts with `*`, `_`, a backquote or `<` (the shortcut's test)."""
    sample = "**a** __b__ _c_ *d* `e` <b>f</b> <SPAN x>g</span> <br/> <a href=x>h</a>"
    assert {m.group(0)[0] for m in keys._MARKUP.finditer(sample)} <= set("*_`<")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("更正您的三方及并用于資料我們刪除")), min_size=2, max_size=12).map("".join))
def test_cached_hmm_words_are_jiebas(run: str) -> None:
    from jieba import finalseg

    assert list(tokens._hmm_words(run)) == list(finalseg.cut(run))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _TEXTS)
def test_kept_on_word_codes_is_kept_on_words(a: str, b: str) -> None:
    """`align._kept` gives the same share on `_WordCodes` strings as on the `_WORDS` lists."""
    from policylens.diff import align

    codes = align._WordCodes()
    plain = align._kept(a, b, align._WORDS.findall(a), align._WORDS.findall(b))
    assert align._kept(a, b, codes(a), codes(b)) == plain
    assert align._kept(a, b, codes(a), align._WORDS.findall(b)) == plain  # one side coded, the other not


def test_word_codes_never_use_surrogates() -> None:
    from policylens.diff import align

    codes = align._WordCodes()
    codes.codes = {str(k): "" for k in range(0xD7FF)}  # the next word is number 0xD7FF, then 0xD800
    assert codes("x y") == chr(0xD7FF) + chr(0xE000)


def test_markdown_block_rules_log_nothing_unless_debug_is_on() -> None:
    """markdown-it's block rules lose their per-attempt `debug` call; a logger set to DEBUG keeps it."""
    import logging
    import sys

    from policylens.load import markdown
    from policylens.load.markdown import parser

    parser._parser()
    heading = sys.modules["markdown_it.rules_block.heading"]
    assert isinstance(heading.LOGGER, parser._NoDebug)
    logger = logging.getLogger("markdown_it.rules_block.heading")
    saved, level = heading.LOGGER, logger.level
    try:
        heading.LOGGER = logger
        logger.setLevel(logging.DEBUG)
        parser._quiet_block_rules()
        assert heading.LOGGER is logger
    finally:
        heading.LOGGER = saved
        logger.setLevel(level)
    blocks = markdown.read_markdown("# 標題\n\n正文。\n").blocks
    assert [(b.kind, b.text) for b in blocks] == [("heading", "標題"), ("paragraph", "正文。")]
