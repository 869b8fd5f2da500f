"""Language blocks: which language each section of a multilingual policy is written in.

Real files hold several languages (a zh-Hans block then an English one; ja + sv +
zh-Hans + en blocks in one .txt; an English heading above its zh-Hant heading).
The letters decide, counted per section (title and paragraphs):

* kana (ひらがな/カタカナ) means Japanese (`ja`): Japanese text is full of it, Chinese has none; unless Latin letters
  outweigh the kana as they would Han (u48k: an English run of code that ends on a Japanese title is English, never
  Chinese: its Han are kanji);
* Hangul means Korean (`ko`);
* Han ideographs without kana or Hangul mean Chinese (`zh`), even with English words inside
  (up to five Latin letters per Han character);
* Latin letters only mean English (`en`; other Latin-script languages are not told apart).

A section with no letters at all (a number, a date) takes the language of the section
before it.  A short kana-less text beside Japanese (「利用規約」, 「運営者：…」, 「手数料」) is Japanese when a Japanese text
could hold all its characters and no Chinese neighbour of its script is beside it (`kanji_lines`, u57f2).  The Chinese script and region are detected on `zh` text only, and `check`
reads the Chinese and English sections only (Japanese kanji are not Chinese characters
in the wrong script).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from policylens.lazyre import lazy
from policylens.patterns import KANA

_KANA = lazy(f"[{KANA}]")
_HANGUL = lazy("[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]")
# Either of the two: one search tells most (Chinese) texts that they hold neither.
_KANA_OR_HANGUL = lazy(f"[{KANA}\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]")
_HAN = lazy("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = lazy("[A-Za-z\u00c0-\u024f]")
# `[x][x]*`, not `[x]+`: `re` skips ahead in C only when a pattern starts with a class (the
# same runs; 2.8x faster on a text with few of them).
_HAN_RUN = lazy("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]*")
_LATIN_RUN = lazy("[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f]*")
# A Chinese text may quote a Japanese brand (「ポケモン」) or a Korean name: a few do not make it
# Japanese.  Japanese prose, even kanji-heavy legal text, has 30–70 % kana.
MIN_SHARE = 0.2
# Chinese text quotes English names (Google Analytics); an English block may hold a 三、: one Han
# character outweighs this many Latin letters.
LATIN_PER_HAN = 5
NOT_CHINESE = frozenset({"ja", "ko"})


def detect_language(text: str) -> str | None:
    """`zh`, `ja`, `ko`, `en` or None (no letters) for one piece of text."""
    if text.isascii():
        return "en" if _LATIN.search(text) else None
    # Counted by runs (one list item per run, not per character): 3x faster on Chinese text.
    han = sum(map(len, _HAN_RUN.findall(text)))
    if _KANA_OR_HANGUL.search(text) is None:
        kana = hangul = 0
    else:
        kana = len(_KANA.findall(text))
        hangul = len(_HANGUL.findall(text))
    if kana >= 3 and kana >= MIN_SHARE * (han + kana):
        # (u48k) Latin letters that outweigh the kana make the text English, never Chinese: its Han are kanji
        return "ja" if _kana_outweigh_latin(text, han, kana) else "en"
    if hangul >= 3 and hangul >= MIN_SHARE * (han + hangul):
        return "ko"
    if han:
        # The characters that are not Han, then every Latin letter of the text, bound the
        # letters in words: the token pass is needed only when neither bound decides.
        if han * LATIN_PER_HAN >= len(text) - han or han * LATIN_PER_HAN >= sum(map(len, _LATIN_RUN.findall(text))):
            return "zh"
        latin = _word_letters(text)
        if han * LATIN_PER_HAN >= latin:
            return "zh"
        if latin:
            return "en"
    return "en" if _LATIN.search(text) else None


def _kana_outweigh_latin(text: str, han: int, kana: int) -> bool:
    """Whether the kana of `text` are not outweighed by its Latin letters, weighed as Han are (`LATIN_PER_HAN`): (u48k,
    eval/blind/round48 crosync-en-zh-js) a script module read as text, whose English run ends on a Japanese edition's
    title 「プライバシーポリシー」, was Japanese and went unread by `check` (its `[English Privacy Policy content
    pending]` slot with it).  Japanese prose has far more kana than that, English words and all."""
    if kana * LATIN_PER_HAN >= len(text) - han - kana:
        return True
    return kana * LATIN_PER_HAN >= sum(map(len, _LATIN_RUN.findall(text)))


def _word_letters(text: str) -> int:
    """Latin letters in words: not in tags, URLs, e-mail addresses or `key =` names (one pass over the tokens).

    A text without @, /, < or = has no token to leave out: its letters are all the text's, counted by runs in one
    search (the loop below searched every token: 2.5% of `check` on distinct policies, u34t).
    """
    if "@" not in text and "/" not in text and "<" not in text and "=" not in text:
        return sum(map(len, _LATIN_RUN.findall(text)))  # no Latin letter is a space: the tokens hold them all
    tokens = text.split()
    count = 0
    for k, token in enumerate(tokens):
        if "@" in token or "/" in token or "<" in token or "=" in token:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].startswith("="):
            continue
        count += len(_LATIN.findall(token))
    return count


def paragraph_language(text: str, section: str | None) -> str | None:
    """The language of one paragraph of a section written in `section`.

    A paragraph is another language only on clear evidence: Japanese or Korean by their
    letters, Chinese by its Han characters, English when it holds no Han character at
    all and at least a word of Latin letters (「名称：NSCameraUsageDescription」 stays
    Chinese; a stray `</p>` or a bare URL takes the section's language).
    """
    lang = detect_language(text)
    if lang is None or (lang == "en" and (_HAN.search(text) or _word_letters(text) < 3)):
        return section
    return lang


def section_languages(texts: Iterable[str]) -> list[str | None]:
    """The language of each section (its texts joined), filling letterless ones from the one before."""
    return _fill_letterless([detect_language(text) for text in texts])


def _fill_letterless(found: list[str | None]) -> list[str | None]:
    """Letterless sections take the language of the section before; leading ones the first language found."""
    langs: list[str | None] = []
    previous: str | None = None
    for lang in found:
        lang = lang or previous
        langs.append(lang)
        previous = lang
    first = next((lang for lang in langs if lang), None)
    return [lang or first for lang in langs]


# What `detect_language` counts in a text: (length, Han, kana, Hangul, all ASCII).  Each count
# is a sum over the text's characters, so the counts of texts joined by spaces are the sums
# of their counts (a space is none of them), plus one character per space.
Counts = tuple[int, int, int, int, bool]


def letter_counts(text: str, *, kana: bool = True) -> Counts:
    """The counts `detect_language` decides most texts by (the same searches, in the same order).

    `kana=False`: the caller knows that the text holds no kana and no Hangul.
    """
    if text.isascii():
        return len(text), 0, 0, 0, True
    han = sum(map(len, _HAN_RUN.findall(text)))
    if not kana or _KANA_OR_HANGUL.search(text) is None:
        return len(text), han, 0, 0, False
    return len(text), han, len(_KANA.findall(text)), len(_HANGUL.findall(text)), False


# Han characters by the high byte of their UTF-16 code unit (`_HAN_RUN`'s class): U+3400–U+4CFF, U+4E00–U+9FFF and
# U+F900–U+FAFF whole; of U+4D00–U+4DFF (0x4D) only the part below U+4DC0 (the Yijing hexagrams follow), so a text
# holding that byte is counted by `_HAN_RUN` (`_han_flags`).
# (`bytes(1 if 0x34 <= b < 0x4D or 0x4E <= b < 0xA0 or b in (0xF9, 0xFA) else 0 for b in range(256))`, built by
# concatenation: the generator took 25–80 µs of every start-up)
_HAN_HIGH = (
    bytes(0x34) + b"\x01" * (0x4D - 0x34) + bytes(1) + b"\x01" * (0xA0 - 0x4E) + bytes(0xF9 - 0xA0) + b"\x01\x01" + bytes(0x100 - 0xFB)
)
_STRETCH = 1 << 16  # characters encoded at a time (a long text is not held twice over)


def _han_flags(text: str) -> bytes | None:
    """A byte per character of `text`: 1 for a Han character (`_HAN_RUN`'s class), else 0; None when this cannot tell.

    `flags.count(1, start, end)` is then the Han count of any part of the text, without a `findall` that made a string
    per run of Han characters (a Chinese paragraph has one every few characters: 1.5 M instructions per seed-sized
    policy, 6% of its structure stage).  The high byte of each UTF-16 code unit tells, while every character is one
    code unit (none beyond the BMP; a lone surrogate is one with `surrogatepass`) and none has the high byte 0x4D.
    """
    parts: list[bytes] = []
    for start in range(0, len(text), _STRETCH):
        high = text[start : start + _STRETCH].encode("utf-16-le", "surrogatepass")[1::2]
        if len(high) != min(_STRETCH, len(text) - start) or 0x4D in high:
            return None  # a character beyond the BMP (two code units), or one of U+4D00–U+4DFF
        parts.append(high.translate(_HAN_HIGH))
    return b"".join(parts)


_UNDECIDED = "?"


def _language_by_counts(counts: Counts) -> str | None:
    """`detect_language`'s answer when the counts alone give it, else `_UNDECIDED` (read the text)."""
    n, han, kana, hangul, ascii_only = counts
    if ascii_only:
        return _UNDECIDED  # a search for a Latin letter decides
    if kana >= 3 and kana >= MIN_SHARE * (han + kana):
        return "ja" if kana * LATIN_PER_HAN >= n - han - kana else _UNDECIDED  # (u48k) else the Latin letters decide
    if hangul >= 3 and hangul >= MIN_SHARE * (han + hangul):
        return "ko"
    if han and han * LATIN_PER_HAN >= n - han:
        return "zh"
    return _UNDECIDED


def _summed(counts: list[Counts]) -> Counts:
    """The counts of texts joined by spaces (a space is none of the letters)."""
    return (
        sum(c[0] for c in counts) + len(counts) - 1,
        sum(c[1] for c in counts),
        sum(c[2] for c in counts),
        sum(c[3] for c in counts),
        all(c[4] for c in counts),
    )


_NONE: list[Any] = []  # shared by every section without paragraphs (never changed)


def languages(sections: Sequence[tuple[Sequence[str], Sequence[str]]]) -> tuple[list[str | None], list[list[str | None]]]:
    """Each section's language and each of its paragraphs' (`section_languages` and `paragraph_language`).

    `sections` holds, per section, its heading texts (as joined for the section: every
    title line, then the title or "") and its paragraph texts.  Each text is counted once
    (`letter_counts`): a section's counts are the sums of its texts' counts, so the joined
    section text is built and read again only when the counts leave the answer open (a
    mostly-Latin section with some Han characters, or an all-ASCII one).  The answers are
    the plain functions' (tests/test_check_speed_invariants.py).
    """
    found: list[str | None] = []
    paragraph_counts: list[list[Counts]] = []
    # One search of the whole text tells most documents that no text holds kana or Hangul.
    whole = "\n".join(t for heads, paragraphs in sections for part in (heads, paragraphs) for t in part)
    kana = _KANA_OR_HANGUL.search(whole) is not None
    # ... and the Han characters of every text are counted in one pass over it (`_han_flags`)
    flags = None if kana else _han_flags(whole)
    del whole
    at = 0  # where the next text starts in the whole text (texts joined by one character)
    counts: list[Counts]
    total: list[Counts]
    joined: Counts
    for heads, paragraphs in sections:
        if flags is None:
            counts = [letter_counts(t, kana=kana) for t in paragraphs] if paragraphs else _NONE
            total = [letter_counts(t, kana=kana) for t in heads] + counts
            joined = _summed(total)
        else:
            start = at
            total = []
            for t in heads:
                total.append((len(t), 0, 0, 0, True) if t.isascii() else (len(t), flags.count(1, at, at + len(t)), 0, 0, False))
                at += len(t) + 1
            counts = []
            for t in paragraphs:
                counts.append((len(t), 0, 0, 0, True) if t.isascii() else (len(t), flags.count(1, at, at + len(t)), 0, 0, False))
                at += len(t) + 1
            total += counts
            counts = counts or _NONE  # one empty list per section held 3.5 MB (issue #12)
            # the section's texts joined by spaces: as long as their stretch of the whole text, less one separator
            joined = (at - start - 1, flags.count(1, start, at), 0, 0, all(c[4] for c in total)) if total else _summed(total)
        paragraph_counts.append(counts)
        lang = _language_by_counts(joined)
        if lang is _UNDECIDED:
            lang = detect_language(" ".join([*heads, *paragraphs]))
        found.append(lang)
    langs = _fill_letterless(found)
    per_paragraph: list[list[str | None]] = []
    for (_, paragraphs), counts, lang in zip(sections, paragraph_counts, langs, strict=True):
        per_paragraph.append(
            [
                # `_language_by_counts`'s "zh" without the calls (most paragraphs), else `_paragraph_language`
                "zh"
                if not c[4] and c[1] * (LATIN_PER_HAN + 1) >= c[0] and c[1] and not c[2] and not c[3]
                else _paragraph_language(text, c, lang)
                for text, c in zip(paragraphs, counts, strict=True)
            ]
            if paragraphs
            else _NONE
        )
    return langs, per_paragraph


def _paragraph_language(text: str, counts: Counts, section: str | None) -> str | None:
    """`paragraph_language(text, section)`, deciding from `counts` when they suffice."""
    lang = _language_by_counts(counts)
    return paragraph_language(text, section) if lang is _UNDECIDED else lang  # ja, ko or zh: never the section's


# (u57f2) A kana-less text of at most this many Han characters can be a Japanese label or title (「個人情報保護方針」,
# 「運営者：株式会社…」); Japanese sentences hold kana.
KANJI_LINE_HAN = 40


def kanji_lines(
    sections: Sequence[tuple[Sequence[str], Sequence[str]]], langs: list[str | None], per_paragraph: list[list[str | None]]
) -> None:
    """(u57f2, issue #11) Short kana-less Japanese texts read as Chinese made Japanese, in place: sections, then paragraphs.

    A `zh` text of at most `KANJI_LINE_HAN` Han characters, none of them one a Japanese text does not write
    (`script.not_japanese`), is `ja` when a Japanese text is beside it (the nearest `zh`/`ja` text before or after it,
    or, for a paragraph, its own section) and every Chinese text beside it is of a script the line is not written in
    (「利用規約」 after a Simplified paragraph holds 規: not that paragraph's; 「個人資料」 between Traditional paragraphs stays
    Chinese).  Its kanji are then not Chinese characters of the wrong script (`script-mixed`: 「法的情報」 in a Simplified
    page, 「手数料」 in a Traditional one).  A document without Japanese is left as it was.
    """
    if "ja" not in langs and not any("ja" in found for found in per_paragraph):
        return
    _relabel([" ".join([*heads, *paragraphs]) for heads, paragraphs in sections], langs, [None] * len(langs))
    where = [(k, j) for k, found in enumerate(per_paragraph) for j in range(len(found))]
    flat = [per_paragraph[k][j] for k, j in where]
    _relabel([sections[k][1][j] for k, j in where], flat, [langs[k] for k, _ in where])
    for (k, j), lang in zip(where, flat, strict=True):
        per_paragraph[k][j] = lang  # a section without paragraphs (the shared `_NONE`) has no (k, j)


def _relabel(texts: list[str], langs: list[str | None], own: list[str | None]) -> None:
    """`kanji_lines` over one sequence of texts (`own`: a language beside each text, its section's)."""
    from policylens import script

    for i, lang in enumerate(langs):
        if lang != "zh" or not _kanji_line(texts[i], script.not_japanese()):
            continue
        japanese = own[i] == "ja"
        chinese: list[str] = []  # the Chinese texts beside it
        for step in (-1, 1):
            n = i + step
            while 0 <= n < len(langs) and langs[n] not in ("zh", "ja"):
                n += step
            if 0 <= n < len(langs):
                if langs[n] == "ja":
                    japanese = True
                else:
                    chinese.append(texts[n])
        if japanese and all(_other_script(texts[i], other) for other in chinese):
            langs[i] = "ja"


def _kanji_line(text: str, not_japanese: frozenset[str]) -> bool:
    """Whether `text` is short and a Japanese text could hold every Han character of it."""
    han = _HAN_RUN.findall(text)
    return 0 < sum(map(len, han)) <= KANJI_LINE_HAN and not any(c in not_japanese for run in han for c in run)


def _other_script(line: str, chinese: str) -> bool:
    """Whether `line` holds a character of the script the Chinese text `chinese` is not written in."""
    from policylens.script import count_script

    hant, hans = count_script(chinese)
    mine_hant, mine_hans = count_script(line)
    return (hans > 0 and not hant and mine_hant > 0) or (hant > 0 and not hans and mine_hans > 0)
