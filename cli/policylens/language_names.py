"""Names of languages as policies' language switchers write them (「English | 简体中文 | 繁體中文」).

A light module (`re`, `lazyre` and `patterns` only): `diff.keys` builds its switcher patterns on it,
the structure stage uses `is_switcher_line` to keep a switcher on a text file's first line
from becoming the document's title, and `compare` reads the languages a sentence names with
`spoken_languages` (the `language` fact).
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.patterns import EN_DAY_NAMES, EN_MONTH_NAMES, HAN, HAN_CHAR

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


def only_language_names(text: str) -> bool:
    """Is `text` language names and separators only, one name alone too (「中文」, 「中文 / English」)?  Unlike
    `is_switcher_line`, a single bare name counts: the caller knows from elsewhere that it is no section's title."""
    return len(text) <= 400 and _SWITCHER_LINE.fullmatch(text.strip(" \t\n\u3000")) is not None


# Languages a policy names in its prose (「请使用英语、越南语或中文」 / "Please use English or Vietnamese"), each under one
# key whatever the writing: English, Chinese (Simplified and Traditional forms) and the language's own name.  `compare`
# reads them as the `language` fact (u28c): a language one edition offers and the other does not.
_SPOKEN = {
    "english": "english|英语|英語|英文",
    "chinese": "chinese|mandarin|cantonese|中文|汉语|漢語|华语|華語|国语|國語|普通话|普通話|粤语|粵語|简体中文|簡體中文|繁體中文|繁体中文|正體中文",
    "vietnamese": "vietnamese|tiếng việt|越南语|越南語|越南文",
    "japanese": "japanese|日本語|日语|日語|日文",
    "korean": "korean|한국어|韩语|韓語|韩文|韓文",
    "french": "french|français|法语|法語|法文",
    "german": "german|deutsch|德语|德語|德文",
    "spanish": "spanish|español|西班牙语|西班牙語|西班牙文",
    "portuguese": "portuguese|português|葡萄牙语|葡萄牙語|葡萄牙文",
    "italian": "italian|italiano|意大利语|義大利語|意大利文|義大利文",
    "russian": "russian|русский|俄语|俄語|俄文",
    "thai": "thai|ไทย|泰语|泰語|泰文",
    "indonesian": "indonesian|bahasa indonesia|印尼语|印尼語|印尼文|印度尼西亚语|印度尼西亞語",
    "malay": "malay|bahasa melayu|马来语|馬來語|马来文|馬來文",
    "arabic": "arabic|العربية|阿拉伯语|阿拉伯語",
}
_SPOKEN_KEY = {name: key for key, names in _SPOKEN.items() for name in names.split("|")}
# An English name followed by one of these is a nationality or a jurisdiction, not a language ("English law",
# "Korean users", "Chinese mainland"); a Chinese name (英语, 中文) is always a language.
_EDITION_WORDS = "version|versions|edition|editions|translation|translations"
_NOT_LANGUAGE_AFTER = (
    "law|laws|court|courts|user|users|resident|residents|citizen|citizens|government|authority|authorities|company|"
    "companies|people|market|markets|mainland|regulation|regulations|regulator|regulators|entity|entities|subsidiary|"
    "subsidiaries|territory|jurisdiction|customer|customers|national|nationals|data|server|servers|partner|partners|"
    # people of a country, not speakers of a language: "For Korean consumers", "Japanese individuals" (eval/editions30)
    "consumer|consumers|individual|individuals|person|persons|visitor|visitors|child|children|minor|minors|"
    "student|students|employee|employees|member|members|player|players|patient|patients|"
    # an edition of the document, not a language offered: "View English Version", "in Chinese locales"
    f"{_EDITION_WORDS}|locale|locales|page|pages|site|website|text"
)
# 「查看中文版本」「英文版」「中文译本」: an edition of the document (a link to it, a translation notice), not a language
_HAN_EDITION_AFTER = "版|译本|譯本|翻译|翻譯|页面|頁面|网站|網站|文本"
_HAN_NAMES = sorted((n for n in _SPOKEN_KEY if HAN_CHAR.search(n)), key=lambda n: (-len(n), n))
_HAN_LONG = "|".join(re.escape(n) for n in _HAN_NAMES if len(n) > 2)
_HAN_SHORT = "|".join(re.escape(n) for n in _HAN_NAMES if len(n) == 2)
_LATIN_SPOKEN = "|".join(re.escape(n) for n in sorted(set(_SPOKEN_KEY) - set(_HAN_NAMES), key=lambda n: (-len(n), n)))
# A two-character name (法文, 德文, 日文, 英文, 中文, 法语) is also the end or the start of other words: 合法文书, 司法文件,
# 健德文化, 每日文章, 其中文字, 英文字母, 公司英文名称 (review u28w: false `language` divergences).  So it stands after no Han
# character but a joining or offering one (、和及与, 用中文, 以中文, 提供英语, 支持中文, 包括日文, 的英文) and before no
# word it begins (字, 名, 件, 书, 化, 章, 档, 本, 稿).
_SHORT_BEFORE = rf"(?:(?<![{HAN}])|(?<=[、和或及与與用以说說讲講懂会會的为為是供持括含]))"
# (u49c) nor a brand: 「BuddyNow（中文品牌“搭搭”）」 names the app's Chinese name (eval/editions49 buddy-lag)
_SHORT_AFTER = "字|名|件|书|書|化|章|档|檔|本|稿|学|學|品牌|商标|商標"
# Capitalised words that follow a language name it still names: a script, a sign language, a day or a month.
_CAPITALISED_AFTER_A_LANGUAGE = "|".join(["Traditional", "Simplified", "Sign", *(n.title() for n in (*EN_DAY_NAMES, *EN_MONTH_NAMES))])
# Latin names stand as words (not "Englisher", not "Chinese-speaking"); longer Han names stand anywhere (使用越南语).
_SPOKEN_NAME = lazy(
    # 「本應用程式提供英文版本」: a version the app offers in a language, as "The App is available in English" (eval/blind/
    # editions23 subskanri, u48e); 「查看英文版本」 and 「英文版本为准」 stay editions of the document
    rf"(?<=提供|支援|支持)({_HAN_LONG}|{_HAN_SHORT})(?=版)|"
    rf"({_HAN_LONG})(?!{_HAN_EDITION_AFTER})|{_SHORT_BEFORE}({_HAN_SHORT})(?!{_HAN_EDITION_AFTER}|{_SHORT_AFTER})"
    # "in plain English" is clear wording, not a language offered (eval/editions23 subskanri, u47e)
    rf"|(?<![A-Za-z\u00c0-\u024f0-9-])(?<!plain )({_LATIN_SPOKEN})(?![A-Za-z\u00c0-\u024f0-9-])(?![ \t]+(?:{_NOT_LANGUAGE_AFTER})\b)"
    # the first of two names before an edition word is an edition too: "the Chinese and English versions" (u42c)
    rf"(?![ \t]*+(?:,|&|and|or)[ \t]++(?:{_LATIN_SPOKEN})[ \t]++(?:{_EDITION_WORDS})\b)"
    # before a capitalised word that is no language name it is part of a name: "Korean Personal Information
    # Protection Act", "Chinese Academy of Sciences" (eval/editions29 taptapbible); not before a script, a day or a
    # month ("Chinese Traditional", "English Monday to Friday", "Spanish Sign Language": review u29w)
    rf"(?![ \t]+(?!(?:{_LATIN_SPOKEN}|{_CAPITALISED_AFTER_A_LANGUAGE})\b)(?-i:[A-Z][a-z]))",
    re.I,
)
# Which edition controls (「以中文为准」, "the English version prevails"): a clause about the editions, not a language
# the service offers; whether it differs between editions is left to the reviewer (eval/editions26 speakzilla SZ11).
# Editions of equal authority (「中英文版本具有同等效力」, "The Chinese and English versions … have equal authority") are
# such a clause too (eval/editions42 sensteed, u42c), when the clause names the editions: 「电子同意与书面签署具有同等法律
# 效力」 is about a signature, and the paragraph's 「以英語回覆」 still names a language (review r42).
# (u54e) So is the clause naming the canonical edition: "Canonical version: [Japanese](privacy-policy.md)" against
# 「規範原文：[日文版](privacy-policy.md)」 (eval/editions54 timer-lag, timer-old: a false sure `language` fact).
_CONTROLS = lazy(
    r"为准|為準|\bprevail|\bcontrols?\b|\bgovern(?:s|ing)?\s+(?:version|text)|\bauthoritative\b"
    r"|\bcanonical\s+(?:versions?|texts?|editions?|originals?|sources?)\b"
    r"|\b(?:versions?|texts?|editions?)\s+(?:is|are)\s+(?:the\s+)?canonical\b|规范原文|規範原文"
    r"|(?:版(?![权權])|文本|译本|譯本|\bversions?\b|\btexts?\b|\btranslations?\b)[^。.;；\n]{0,40}?"
    r"(?:\bequal(?:ly)?\s+(?:legal\s+)?(?:authority|effect|force|validity)\b|同等(?:的)?(?:法律)?效力)",
    re.I,
)
# A label that introduces a list of editions (「其他语言：」, "Languages:"): what follows offers editions.
_LANGUAGE_LABEL = lazy(r"(?:其他|其它)?(?:语言|語言|版本)\s*[:：]|\b(?:other\s+)?languages?\s*:", re.I)


def spoken_languages(text: str) -> dict[str, str]:
    """The languages `text` names, key → the words as written (「越南语」, "Vietnamese"), first writing first.

    A line that is a language switcher (「English | 简体中文」) names none: it offers editions, not a language.
    """
    if is_switcher_line(text.strip()) or _LANGUAGE_LABEL.search(text) or _CONTROLS.search(text):
        return {}
    out: dict[str, str] = {}
    for m in _SPOKEN_NAME.finditer(text):
        name = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        out.setdefault(_SPOKEN_KEY[name.lower()], name)
    return out


def written_names(text: str) -> list[str]:
    """Every writing of a language name in `text` that `spoken_languages` reads, each once, first writing first: both
    「繁體中文」 and 「简体中文」, which `spoken_languages` keeps as one language (its first writing)."""
    return list(dict.fromkeys(m.group(0) for m in _SPOKEN_NAME.finditer(text)))


__all__ = ["LANGUAGE_NAMES", "is_switcher_line", "only_language_names", "spoken_languages", "written_names"]
