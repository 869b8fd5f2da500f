"""The structure stage's cheap tests before its dear ones (issue #11, twenty-fifth session) give the same answers.

Each mechanism skips work when a literal test shows the work cannot change the answer: a line without a colon is not
folded to see whether it ends with one, a line without 目 or n is not folded to compare it with the TOC titles, a date
pattern does not scan a text without what its matches need, the invisible characters are looked for with a class of
BMP characters in a text without astral ones, a title's language is asked once.  The tests hold each skip to the
property it rests on (every code point, where it is about characters) and to the documents it must still read right.
"""

from __future__ import annotations

import sys
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import headings, parse_string
from policylens.model import Block, Piece
from policylens.normalise import fold
from policylens.patterns import INVISIBLE
from policylens.structure import metadata
from policylens.structure.headings.editions import _plain_edition_title
from policylens.structure.headings.lists import _TOC_HINT, _is_toc_title
from policylens.structure.headings.values import _has_colon
from policylens.structure.metadata import _INVISIBLE_BMP, build_metadata, find_dates, find_english_dates
from policylens.structure.shapes import TOC_TITLES


@cache
def _code_points() -> list[str]:
    """Every code point but the surrogates, built on first use (not when the module is collected)."""
    return [chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp < 0xE000]


@cache
def _folded() -> list[tuple[str, str]]:
    """Each code point with its `fold`, computed once for the two tests that fold every code point."""
    return [(ch, fold(ch)) for ch in _code_points()]


def test_only_the_two_colons_fold_to_a_colon() -> None:
    """Class: a line skipped for holding no colon that folds to one (`_has_colon` before `fold` in the colon tests)."""
    assert [ch for ch, folded in _folded() if ":" in folded] == [":", "："]
    assert _has_colon("信息收集：") and _has_colon("Scope:") and not _has_colon("信息收集")


def test_colon_siblings_and_bare_colon_titles_still_found() -> None:
    """Class: colon titles lost to the colon pre-test: full-width and half-width colons, numbered and bare titles."""
    numbered = parse_string(
        "隐私政策\n\n1. 适用范围：\n本政策适用于本应用提供的全部服务。\n\n2. 信息收集:\n我们收集您主动提供的信息。\n\n"
        "3. 信息使用：\n我们使用信息提供服务。\n"
    )
    assert [title for _, _, title in headings(numbered)] == ["1. 适用范围：", "2. 信息收集:", "3. 信息使用："]
    bare = parse_string(
        "隐私政策\n\n信息收集：\n我们会收集您在注册时主动提供的手机号码，用于登录。\n\n"
        "信息共享:\n我们不会向第三方共享您的个人信息，法律另有规定的除外。\n"
    )
    assert [title for _, _, title in headings(bare)] == ["信息收集：", "信息共享:"]


def test_long_sibling_between_numbered_siblings_and_none_without_them() -> None:
    """Class: `_long_siblings` stopping early: a long numbered title between its two siblings is one; with no numbered
    heading in the document the same line is a paragraph."""
    long_line = "（2）为实现程序化广告推送，我们可能会与广告合作伙伴共享去标识化或匿名化处理后的信息"
    framed = parse_string(
        f"隐私政策\n\n一、信息共享\n\n（1）与关联公司共享\n\n我们会与关联公司共享必要的信息。\n\n{long_line}\n\n"
        "我们会要求合作伙伴遵守本政策。\n\n（3）与授权合作伙伴共享\n\n我们仅共享实现目的所必需的信息。\n\n二、信息安全\n\n我们采取措施。\n"
    )
    assert long_line in [title for _, _, title in headings(framed)]
    alone = parse_string(f"隐私政策\n\n信息共享\n\n{long_line}\n\n我们会要求合作伙伴遵守本政策。\n")
    assert long_line not in [title for _, _, title in headings(alone)]


def test_list_items_with_a_comma_are_not_items() -> None:
    """Class: the comma tests of `_short_item` (now `in` tests): a short line holding 「,」 or 「;」 (「,」 also as the fold
    of 「，」) after a lead-in is no list item, so the title below it, over a sentence going back to the list, stays one."""

    def titles(item: str) -> list[str | None]:
        lines = ["隐私政策", "我们可能收集以下信息：", "设备信息", item, "信息安全", "上述信息我们会加密保存，防止泄露。"]
        return [title for _, _, title in headings(parse_string("\n\n".join(lines)))]

    for comma in ("，", ",", ";"):
        assert "信息安全" in titles(f"型号{comma}系统版本"), comma
    assert "信息安全" not in titles("型号")  # without the comma: the list's last item


def test_every_toc_title_holds_a_hint_character() -> None:
    """Class: a TOC title skipped by `_TOC_HINT`: every code point that folds and lower-cases to a character of 目 or
    n is in the hint class, and every TOC title has one of them."""
    wanted = {"目", "n"}
    givers = [ch for ch, folded in _folded() if wanted & set(folded.lower())]
    assert all(_TOC_HINT.search(ch) for ch in givers), [ch for ch in givers if not _TOC_HINT.search(ch)]
    assert all(wanted & set(title) for title in TOC_TITLES)


def test_toc_titles_in_other_widths_and_forms() -> None:
    """Class: TOC titles the hint must not miss: full-width letters, the Kangxi radical ⽬, bold, a colon."""
    for text in ("目录", "**目錄**", "⽬录", "Ｔａｂｌｅ ｏｆ Ｃｏｎｔｅｎｔｓ", "CONTENTS:", "目次："):
        assert _is_toc_title(text), text
    for text in ("第一章", "隐私政策", "Privacy"):
        assert not _is_toc_title(text), text


_DATE_PIECES = [
    "2024年1月1日", "２０２４年３月３０日", "2024-01-01", "2024／03／30", "2024.3.30", "2024\u20113\u201130", "20240330",
    "19991231", "二〇二四年三月一日", "民國113年1月1日", "113年2月3日", "2021", "年", "月", "日", "1", "0", "9", "2",
    "-", "/", ".", " ", "\u3000", "，", "版本V1.2",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join))
def test_date_patterns_skip_only_texts_they_cannot_match(text: str) -> None:
    """Class: a date lost to `_DATE_NEEDS` (a pattern skipped for a text holding a match of it): the answer is the same
    with every pattern scanning every text."""
    needs = metadata._DATE_NEEDS
    try:
        metadata._DATE_NEEDS = (("",),) * len(needs)  # "" is in every text
        expected = find_dates(text)
    finally:
        metadata._DATE_NEEDS = needs
    assert find_dates(text) == expected


_MONTH_PIECES = [
    "March",
    "MARCH",
    "Ｍａｒｃｈ",
    "Sept.",
    "sept",
    "Dec",
    "Mayday",
    "Jun",
    "JAN",
    "30",
    "1st",
    "2021",
    "-",
    ", ",
    " ",
    "Feb-",
    "Apply",
    "Notice",
    "年",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MONTH_PIECES), max_size=10).map("".join))
def test_english_dates_skip_only_texts_naming_no_month(text: str) -> None:
    """Class: an English date lost to the month-stem test (`_MONTH_STEMS`): the answer is the same with the test off."""
    stems = metadata._MONTH_STEMS
    try:
        metadata._MONTH_STEMS = ("",)  # every text passes: the patterns decide alone
        expected = find_english_dates(text)
    finally:
        metadata._MONTH_STEMS = stems
    assert find_english_dates(text) == expected


def test_english_dates_of_every_month_and_width() -> None:
    """Class: a month name whose stem the test does not know (every `_MONTHS` key starts with a stem)."""
    assert all(name.startswith(metadata._MONTH_STEMS) for name in metadata._MONTHS)
    assert [iso for _, _, iso in find_english_dates("Effective: Ｓｅｐｔ. 3, 2021; updated 4 October 2022")] == ["2021-09-03", "2022-10-04"]


def test_the_bmp_class_is_the_invisible_class_below_u10000() -> None:
    """Class: an invisible character missed in a text without astral characters (`_INVISIBLE_BMP`)."""
    for ch in _code_points():
        if ord(ch) <= 0xFFFF:
            assert (INVISIBLE.search(ch) is None) == (_INVISIBLE_BMP.search(ch) is None), hex(ord(ch))


def _metadata(texts: list[str]) -> object:
    return build_metadata(title=None, title_line=None, texts=texts, full_text="\n".join(texts), hints=())


def test_invisible_characters_inside_a_date_with_and_without_astral_text() -> None:
    """Class: a date hidden by a soft hyphen or a word joiner, in a text with an astral character (a tag, an emoji) and
    in one without: both classes find the invisible character, so the date is read."""
    for extra in ("", "😀", "\U000e0041"):
        for invisible in ("\u00ad", "\u2060", "\ufeff"):
            updated = _metadata([f"更新日期：2025年4{invisible}月8日{extra}", "我们重视您的隐私。"]).updated  # type: ignore[attr-defined]
            assert updated == "2025-04-08", (extra, invisible)


def test_plain_edition_titles_read_against_the_title_language() -> None:
    """Class: the title's language kept once per document (`_plain_edition_title`): under an English title, a Chinese
    line naming the policy starts the Chinese edition and an English one does not, whichever is asked first."""
    title, chinese, english = (_paragraph(text) for text in ("Privacy Policy", "隐私政策", "Policy changes"))
    blocks = [title, chinese, english]
    for order in ((chinese, english), (english, chinese)):
        kept: dict[int, str | None] = {}
        answers = {block.text: _plain_edition_title(blocks, 0, block, kept) for block in order}
        assert answers == {"隐私政策": True, "Policy changes": False}, [b.text for b in order]
    assert _plain_edition_title([_paragraph("隐私政策"), english], 0, english, {})  # under a Chinese title: the English edition


def _paragraph(text: str) -> Block:
    return Block("paragraph", text, 1, 1, 1, (Piece(0, len(text), 1, 1),))  # type: ignore[arg-type]
