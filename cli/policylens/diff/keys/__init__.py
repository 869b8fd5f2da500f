"""Comparison keys: what two texts must share to count as "the same content".

Formatting noise never changes a key: CRLF/LF, hard wraps, spaces and U+3000,
full-width vs half-width forms (，/, （/(), list markers and their numbers.  Across
scripts (one side Traditional, the other Simplified) keys are also converted to
Simplified characters and mainland wording (資料/数据, 透過/通过, 帳戶/账户, 軟體/软件
…), so script and regional wording do not count either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache

from policylens.diff.keys.markup import _ATTR_LIST as _ATTR_LIST
from policylens.diff.keys.markup import _AUTOLINK as _AUTOLINK
from policylens.diff.keys.markup import _FENCE as _FENCE
from policylens.diff.keys.markup import _HTML_LINK as _HTML_LINK
from policylens.diff.keys.markup import _MARKUP as _MARKUP
from policylens.diff.keys.markup import _MD_LINK as _MD_LINK
from policylens.diff.keys.markup import _link as _link
from policylens.diff.keys.markup import strip_markup
from policylens.diff.keys.markup import text_links as text_links
from policylens.diff.keys.page_links import _CAMEL as _CAMEL
from policylens.diff.keys.page_links import _NAME as _NAME
from policylens.diff.keys.page_links import _SWITCHER as _SWITCHER
from policylens.diff.keys.page_links import is_home_link as is_home_link
from policylens.diff.keys.page_links import is_language_switcher as is_language_switcher
from policylens.diff.keys.page_links import url_key as url_key
from policylens.diff.variants import cross_script_key
from policylens.normalise import fold
from policylens.patterns import HAN, HAN_CHAR, INVISIBLE, INVISIBLE_BMP, LABEL_PICTOGRAPH
from policylens.structure.language import detect_language
from policylens.structure.metadata import find_dates, find_english_dates

_SPACE = re.compile(r"\s+")
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) (?=[\x00-\x7f])|(?<=[\x00-\x7f]) (?=[^\x00-\x7f])")
# A list marker or an item/heading number at the start of a paragraph: renumbering
# (4–10 becoming 3–9, 1.6 becoming 1.7, 七、 becoming 八、) is not a change.
_LIST_MARKER = re.compile(
    r"^\s*(?:[-*+•·・●○◆▪■]\s+"
    r"|\d{1,3}(?:\.\d{1,3}){1,4}\.?(?=[\s\u3000-\u9fff])\s*"  # 1.6 / 7.1.2
    r"|\d{1,3}\s*[.)、](?!\d)\s*"
    r"|[(（]\s*\d{1,3}\s*[)）]\s*"
    r"|[(（][一二三四五六七八九十]{1,4}[)）]\s*"
    r"|[一二三四五六七八九十]{1,4}\s*[、．.]\s*"
    r"|第[一二三四五六七八九十百零〇\d]{1,6}[条條章节節款项項部分]{1,2}\s*"
    r"|[a-zA-Z][.)]\s+"
    # (u43d2, eval/pairs43c story-markup) 「a)在使用…」: a letter's item marker with no space before Chinese text
    rf"|[a-zA-Z]\)(?=[{HAN}]))"
)
# Spaces or a line break next to a full-width punctuation mark (「請聯絡我們：\n wuwei@…」): never content, as `_CJK_GAP`'s.
_WIDE_MARK = r"[\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
_WIDE_GAP = re.compile(rf"(?<={_WIDE_MARK})\s++|(?<!\s)\s++(?={_WIDE_MARK})")  # (a run is tried from its start only)
# A control character that is no space (C0 but tab, line breaks and the separators U+001C–U+001F, which `str.split`
# already treats as spaces; DEL; C1 but NEL): nothing a reader sees, left by an editor in a heading
# (「### 用户 id<U+0008>」, pairs33 px-hans-id).  Removed as `INVISIBLE` is, so that it is no rename and no change.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_PUNCT_FOLD = str.maketrans(
    {
        "。": ".",
        "、": ",",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "【": "[",
        "】": "]",
        "《": "<",
        "》": ">",
    }
)


# (thirty-third session, u33d: `eval/editions33` snapstudy, 「（以下稱「本 App」、「我們」）」 against the zh-Hans edition's
# 「（以下称“本 App”“我们”）」) A list mark between two quoted terms or titles (「」、「」, “”，“”, 》、《) says nothing the
# quote marks do not: each term is already set apart, so 「“A”“B”」 and 「“A”、“B”」 name the same list (straight quotes
# too: `eval/blind/pairs14` mememo's zh-Hans 「"我们"、"本应用"」 against its zh-Hant 「「我們」、「本應用」」).  Only a 、 or a
# comma with nothing but spaces around it, between a closing and an opening mark; 「“A”和“B”」 or 「“A”或“B”」 keep their
# word.
_QUOTED_LIST_MARK = re.compile(r"(?<=[」』”》\"])[ \t\u3000]{0,3}[、，,][ \t\u3000]{0,3}(?=[「『“《\"])")


@lru_cache(maxsize=131072)
def layout_key(text: str, *, strip_marker: bool = True) -> str:
    """Text with formatting noise removed (widths, spaces, list markers, inline markup, label pictographs)."""
    if LABEL_PICTOGRAPH.search(text):
        text = LABEL_PICTOGRAPH.sub("", text)
    if _WIDE_GAP.search(text):  # before `fold` makes 「：」 an ASCII colon that `_CJK_GAP` would keep a space after
        text = _WIDE_GAP.sub("", text)
    text = strip_markup(fold(text))
    if INVISIBLE.search(text):  # a soft hyphen, word joiner, ZWJ, variation selector…: nothing a reader sees
        text = INVISIBLE.sub("", text)
    if _CONTROL.search(text):  # a backspace or another control character: nothing a reader sees either
        text = _CONTROL.sub("", text)
    if strip_marker:
        text = _LIST_MARKER.sub("", text, count=1)
    # `_SPACE.sub(" ", text).strip()`: `\s` and `str.split()` both split at `str.isspace()` characters
    text = " ".join(text.split())
    if " " in text:  # the only character a `_CJK_GAP` match consumes
        text = _CJK_GAP.sub("", text)
    if "、" in text or "," in text:  # `fold` made a full-width comma an ASCII one
        text = _QUOTED_LIST_MARK.sub("", text)
    return text.translate(_PUNCT_FOLD)


# What ends a list item without saying anything: its full stop, semicolon or comma (after `layout_key`'s folds).
_ITEM_END = ".;,"


def end_mark_only(old: str, new: str) -> bool:
    """Are `old` and `new` one list item (both start with a list marker) that differ only by the mark ending it?

    「- `INTERNET`：监听代理端口并建立出站连接。」 → 「… 建立出站连接」 (three items of a permission list lose their full
    stop; twenty-second session, `eval/dev22d` proxy-md-reword): the end of an item carries no word.  Only list items,
    only the final mark: a mark inside the text (「，」 → 「、」 between two items of a sentence) is still compared."""
    if "\n" in old or "\n" in new or not _LIST_MARKER.match(old) or not _LIST_MARKER.match(new):
        return False
    a, b = layout_key(old), layout_key(new)
    return a != b and bool(a.rstrip(_ITEM_END)) and a.rstrip(_ITEM_END) == b.rstrip(_ITEM_END)


# A label closed by a colon or not (「**禁止**」 → 「**禁止：**」): at most this many characters before the colon
_LABEL_MAX_CHARS = 30


def label_colon_only(old: str, new: str) -> bool:
    """Are `old` and `new` one short label line that differs only by the colon closing it?

    「**禁止**」 → 「**禁止：**」 over the same list (forty-fourth session, u44d; `eval/pairs43` kk-realname): the colon that
    closes a label says nothing.  Only one line of at most `_LABEL_MAX_CHARS` characters, with no other colon and no
    sentence end; 「联系方式」 → 「联系方式：」 is no change, 「电话」 → 「电话：400…」 still is."""
    if "\n" in old or "\n" in new:
        return False
    a, b = layout_key(old), layout_key(new)
    if a == b or a.rstrip(":") != b.rstrip(":"):
        return False
    label = a.rstrip(":")
    return 0 < len(label) <= _LABEL_MAX_CHARS and ":" not in label and not any(c in label for c in ".;!?")


def marker_length(text: str) -> int:
    """Length of the list marker or item number that starts `text` (0 if none)."""
    m = _LIST_MARKER.match(text)
    return m.end() if m else 0


@cache
def _t2s() -> dict[str, str]:
    from policylens.opencc_data import read_dictionary

    return {k: v[0] for k, v in read_dictionary("TSCharacters.txt").items() if len(k) == 1}


@cache
def _t2s_table() -> dict[int, str]:
    """`_t2s` as a `str.translate` table."""
    return {ord(k): v for k, v in _t2s().items()}


def to_simplified(text: str) -> str:
    """Character-by-character Traditional → Simplified (OpenCC's first choice); keeps length."""
    return text.translate(_t2s_table())  # one C loop: a join over a generator was 3-4x slower


def script_key(text: str, script: str | None = None) -> str:
    """The cross-script comparison form of `text` (`variants.cross_script_key`).

    `script` is accepted for compatibility and ignored: the key is built the same way on
    both sides, so that no phrase table rewrites one side's words."""
    del script
    return cross_script_key(text)


# A line that is only a policy's date under an English label (twenty-fourth session, `eval/blind/pairs24`
# heartsurround-relocalize: 「更新日期：2026-05-04」 regenerated as 「Updated: 2026-05-04」): the label is read as the Chinese
# one it translates, so a label written in English is no change.  The date is kept as written, an update date never
# passes for an effective one (「更新日期」 → 「Effective」 is a change), and Chinese labels are left as written (no key of
# a policy written in Chinese changes).
_DATE_LINE = re.compile(
    r"(?i:(?P<updated>(?:last[ \t]++)?+(?:updated|modified)(?:[ \t]++on)?+|date[ \t]++updated)|(?P<effective>effective(?:[ \t]++(?:date|from|on))?+))"
    r"[ \t]*+[:：]?+[ \t]*+(?P<date>\d{4}[ \t]*+(?:[-/.年][ \t]*+\d{1,2}[ \t]*+(?:[-/.月][ \t]*+\d{1,2}[ \t]*+日?+)?+)?+)[ \t]*+"
)


def _date_line_key(key: str) -> str:
    """「Updated: 2026-05-04」 has the key of 「更新日期：2026-05-04」 (`_DATE_LINE`); any other text is its own key."""
    line = key.strip()
    if len(line) > 60 or not line[:1].isascii():
        return key
    m = _DATE_LINE.fullmatch(line)
    if m is None:
        return key
    return f"{'更新日期' if m.group('updated') else '生效日期'}:{m.group('date')}"


# (thirty-ninth session, u39d2; eval/pairs39 dj-md-html) A Hexo Markdown source against the page built from it: the
# source's 「[青桔](https://api.nsmao.net)」 is 「青桔」 on the page, whose text holds no link target (the HTML and DOCX
# loaders keep a link's words only).  When one side's format keeps targets in its text and the other's does not, a
# link is keyed by its words on both sides (`links_without_targets`): the target is not compared, since one side cannot
# show it.  Two sides that both carry targets (Markdown against Markdown) still compare them: a changed target stays a change.
_TARGETS_DROPPED: ContextVar[bool] = ContextVar("targets_dropped", default=False)
_TARGET_FORMATS = frozenset({"markdown", "text"})  # formats whose text keeps a link's target as written


def one_side_has_targets(old_format: str, new_format: str) -> bool:
    """Does exactly one of two formats keep link targets in its text (`_TARGET_FORMATS`)?"""
    return (old_format in _TARGET_FORMATS) != (new_format in _TARGET_FORMATS)


@contextmanager
def links_without_targets(active: bool) -> Iterator[None]:
    """While inside, with `active`, `compare_key` keys each Markdown or HTML link by its words alone."""
    token = _TARGETS_DROPPED.set(active)
    try:
        yield
    finally:
        _TARGETS_DROPPED.reset(token)


def _link_words(text: str) -> str:
    """`text` with each Markdown link 「[words](url)」 and HTML link 「<a href="url">words</a>」 written as its words."""
    if "<" in text:
        text = _HTML_LINK.sub(lambda m: m.group(2), text)
    if "](" in text:
        text = _MD_LINK.sub(lambda m: m.group(1), text)
    return text


# (forty-first session, u41d3; eval/pairs41c ac-link) A language switcher's link at a paragraph's start or end, on a line a
# Markdown break joined to the date: 「**最后更新**：2025年3月1日␣␣⏎[English Version](/en/privacy)」, the target moved to
# `/AegisClip/en/privacy`.  Alone on its line the switcher's key is empty (`is_language_switcher`); beside other text the
# run of links that ends (or opens) the paragraph, each link's words only language names and their version words, is
# keyed by its words: a retargeted edition link is navigation, while its words, the text beside it, a link to a policy
# page (「[隐私政策](…)」), a `mailto:` and an edition link inside a sentence keep their targets compared.
_EDITION_GAP = re.compile(r"[\s|｜/／·・•,，、]*+")
_LINK_SCHEME = re.compile(r"(?:mailto|tel|sms):", re.I)


def _edition_link_words(text: str) -> str:
    """`text` with the language-switch links that open or end it (`_EDITION_GAP` between them) written as their words."""
    edition = [
        (start, end, words)
        for start, end, words, target in text_links(text)
        if not _LINK_SCHEME.match(target) and not text.startswith("!", start) and is_language_switcher(words)
    ]
    if not edition:
        return text
    keep: list[tuple[int, int, str]] = []
    cursor = len(text)
    for start, end, words in reversed(edition):  # the run that ends the paragraph
        if _EDITION_GAP.fullmatch(text, end, cursor) is None:
            break
        keep.append((start, end, words))
        cursor = start
    cursor = 0
    for start, end, words in edition:  # the run that opens it
        if _EDITION_GAP.fullmatch(text, cursor, start) is None:
            break
        keep.append((start, end, words))
        cursor = end
    for start, end, words in sorted(set(keep), reverse=True):
        text = text[:start] + words + text[end:]
    return text


# (forty-fifth session, u45d2, `eval/pairs45c` xunfrp-rewrite) Characters that stand for no text: the object replacement
# U+FFFC that a rich-text editor leaves where an image or an embedded object was pasted (line 6 of xunfrp's new side is
# 「￼」 alone), the replacement character U+FFFD (a byte the decoder could not read), the interlinear annotation marks
# U+FFF9–U+FFFB, and the blank fillers that show as an empty line: the Hangul fillers U+115F, U+1160, U+3164, U+FFA0 and
# the empty braille pattern U+2800.  A paragraph made only of them (with spaces and `patterns.INVISIBLE`, which the keys
# drop anyway) says nothing a reviewer could read, so adding or removing it is no change (counted as noise; `--strict`
# shows it).  Beside words they are kept: 「个人信息�」 → 「个人信息」 is a change.  The bidi overrides U+202A–U+202E are
# not among them (they reorder what is shown: `patterns.INVISIBLE` explains).
RESIDUE_CHARS = "\ufffc\ufffd\ufff9\ufffa\ufffb\u115f\u1160\u3164\uffa0\u2800"
_RESIDUE_STRIP = RESIDUE_CHARS + INVISIBLE_BMP + " \t\n\r\f\v\u00a0\u3000"


def is_residue_only(text: str) -> bool:
    """`text` holds a `RESIDUE_CHARS` character and nothing else but spaces and invisible characters."""
    return bool(text) and not text.strip(_RESIDUE_STRIP) and any(c in RESIDUE_CHARS for c in text)


def compare_key(text: str, *, script: str | None, cross_script: bool, strict: bool) -> str:
    """The key paragraphs are compared by (exact text when `strict`; a link's words alone inside
    `links_without_targets`)."""
    if strict:
        return text
    if is_language_switcher(text) or is_home_link(text) or is_residue_only(text):
        return ""
    if _TARGETS_DROPPED.get() and ("](" in text or "<" in text):
        text = _link_words(text)
    elif "](" in text or "<a" in text.lower():
        text = _edition_link_words(text)
    key = _date_line_key(layout_key(text))
    return _form_key(script_key(key, script) if cross_script else key)


# (thirtieth session, u30b: `eval/pairs30` cofacts-case, 「Version 3, 14 Feb 2022」 → 「14 February 2022」 and 「Google cloud」
# → 「Google Cloud」 in a Chinese clause, both reported as changes) A date is keyed by the day it names, however it is
# written (「2022-02-14」, 「2022年2月14日」, 「14 Feb 2022」): another day is a change, another way of writing it is not.
# In a paragraph written in Chinese (`detect_language`: one Han character outweighs five Latin letters), a Latin word is a
# name, and its first letter's case is not a change of it (「cloud」 / 「Cloud」); an acronym (「US」 / 「us」) and any word
# of an English paragraph stay as written (an English「Personal Data」 may name a defined term, even in a paragraph that
# names 「張三」: u30fc).
# Keys longer than this keep their dates as written: a paragraph of thousands of dates (a version table pasted as one
# line) would cost seconds to read, and a long paragraph is compared sentence by sentence anyway (`redline.LONG_CHARS`).
# The cap is read on each side alone: a paragraph that grows across it while its date is rewritten in another form
# (「2022-02-14」 → 「2022年2月14日」, 3,990 → 4,010 characters) shows the date as changed beside the text it gained.
FORM_MAX_CHARS = 4_000
_TITLE_CASED = re.compile(r"(?<![A-Za-z])[A-Z](?=[a-z]++(?![A-Za-z]))")


def _form_key(key: str) -> str:
    """`key` with its dates written as the day they name (`⟨2022-02-14⟩`; up to FORM_MAX_CHARS), and, in a Chinese
    paragraph, capitalised Latin words lower-cased at their first letter.

    The cap is per key, not per pair: an old paragraph under FORM_MAX_CHARS and its new version over it are keyed
    one with its dates as days and one with its dates as written, so a date written in another form is then a change
    (the paragraph changed anyway: it grew).
    """
    dates = sorted(find_dates(key) + find_english_dates(key)) if len(key) <= FORM_MAX_CHARS else []
    if dates:
        parts, at = [], 0
        for start, end, iso in dates:
            if start >= at:
                parts += [key[at:start], f"⟨{iso}⟩"]
                at = end
        key = "".join(parts) + key[at:]
    if _TITLE_CASED.search(key) and HAN_CHAR.search(key) and detect_language(key) == "zh":
        key = _TITLE_CASED.sub(lambda m: m.group(0).lower(), key)
    return key
