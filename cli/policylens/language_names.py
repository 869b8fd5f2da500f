"""Names of languages as policies' language switchers write them (「English | 简体中文 | 繁體中文」).

A light module (no imports beyond `re`): `diff.keys` builds its switcher patterns on it, and
the structure stage uses `is_switcher_line` to keep a switcher on a text file's first line
from becoming the document's title.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy

_LANGUAGE_NAME_LIST = (
    "english|englisch|anglais|chinese|simplified chinese|traditional chinese|"
    "简体中文|簡體中文|繁體中文|繁体中文|正體中文|正体中文|中文简体|中文繁體|中文繁体|中文（简体）|中文（繁體）|中文（繁体）|"
    "中文(简体)|中文(繁體)|中文(繁体)|简中|繁中|简体|繁體|繁体|中文|英文|英语|英語|日文|日语|日語|韩文|韓文|"
    "日本語|한국어|français|deutsch|español|português|русский|italiano|tiếng việt|ไทย|bahasa indonesia|bahasa melayu|"
    "português (brasil)|português do brasil|türkçe|polski|nederlands|svenska|dansk|suomi|norsk|čeština|magyar|română|"
    "українська|ελληνικά|עברית|العربية|हिन्दी|català|japanese|korean|french|german|spanish|other languages|"
    "zh-cn|zh-tw|zh-hk|zh-hans|zh-hant|zh|en|ja|ko|en-us|en-gb|cn|tw|hk"
)
# longest first: the repetition below is possessive (no backtracking on a hostile line), so
# each place takes the longest name it can
LANGUAGE_NAMES = "|".join(sorted({re.escape(n) for n in _LANGUAGE_NAME_LIST.split("|")}, key=lambda n: (-len(n), n)))
# One place of a switcher: a language name, with "version"/版 after it and an arrow (「English version »」, 「中文版」).
_PLACE = rf"(?:{LANGUAGE_NAMES})(?:[ \t]?(?:version|版本|版))?(?:[ \t]?[»›→])?"
# A line made of language names and separators only: 「English | 简体中文 | 繁體中文」, or one name alone.
_SWITCHER_LINE = lazy(rf"\A[ \t\u3000]*+{_PLACE}(?:[ \t\u3000]*+[|｜/／·・•][ \t\u3000]*+{_PLACE})*+[ \t\u3000]*+", re.I)
# A Markdown link's text (`[English](./en.md)`): a switcher written as links reads as its names.
_LINK = lazy(r"\[([^\[\]\n]{1,60})\]\([^()\s]{0,300}\)")


_SEPARATOR = lazy(r"[|｜/／·・•]")
_POINTER = lazy(r"(?i:version|版本|版)[ \t]?[»›→]?[ \t\u3000]*$|[»›→][ \t\u3000]*$")


def is_switcher_line(text: str) -> bool:
    """Is `text` only language names joined by separators (a language switcher's plain text, its Markdown
    links read as their text)?  One name alone is a switcher only as a link or a pointer to another
    edition (「[English](./en.md)」, 「English version »」, 「中文版」): 「English」 alone may head a section."""
    if len(text) > 400:
        return False
    linked = "](" in text
    if linked:
        text = _LINK.sub(lambda m: m.group(1), text)
    if _SWITCHER_LINE.fullmatch(text) is None:
        return False
    return linked or _SEPARATOR.search(text) is not None or _POINTER.search(text) is not None


__all__ = ["LANGUAGE_NAMES", "is_switcher_line"]
