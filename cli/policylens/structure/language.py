"""Language blocks: which language each section of a multilingual policy is written in.

Real files hold several languages (a zh-Hans block then an English one; ja + sv +
zh-Hans + en blocks in one .txt; an English heading above its zh-Hant heading).
The letters decide, counted per section (title and paragraphs):

* kana (ひらがな/カタカナ) means Japanese (`ja`): Japanese text is full of it, Chinese has none;
* Hangul means Korean (`ko`);
* Han ideographs without kana or Hangul mean Chinese (`zh`), even with English words inside
  (up to five Latin letters per Han character);
* Latin letters only mean English (`en`; other Latin-script languages are not told apart).

A section with no letters at all (a number, a date) takes the language of the section
before it.  The Chinese script and region are detected on `zh` text only, and `check`
reads the Chinese and English sections only (Japanese kanji are not Chinese characters
in the wrong script).
"""

from __future__ import annotations

from collections.abc import Iterable

from policylens.lazyre import lazy

_KANA = lazy("[\u3041-\u3096\u30a1-\u30fa\u30fc\u31f0-\u31ff\uff66-\uff9d]")
_HANGUL = lazy("[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]")
# Either of the two: one search tells most (Chinese) texts that they hold neither.
_KANA_OR_HANGUL = lazy("[\u3041-\u3096\u30a1-\u30fa\u30fc\u31f0-\u31ff\uff66-\uff9d\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]")
_HAN = lazy("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = lazy("[A-Za-z\u00c0-\u024f]")
_HAN_RUN = lazy("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_RUN = lazy("[A-Za-z\u00c0-\u024f]+")
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
        return "ja"
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


def _word_letters(text: str) -> int:
    """Latin letters in words: not in tags, URLs, e-mail addresses or `key =` names (one pass over the tokens)."""
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
    langs: list[str | None] = []
    previous: str | None = None
    for text in texts:
        lang = detect_language(text) or previous
        langs.append(lang)
        previous = lang
    # Leading letterless sections take the first language found.
    first = next((lang for lang in langs if lang), None)
    return [lang or first for lang in langs]
