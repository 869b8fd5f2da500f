"""Lines that are a page's links rather than the policy: a language switcher (`is_language_switcher`: language names,
codes, the edition's own code) and a link back home (`is_home_link`), and a URL's key without its edition's locale
(`url_key`).
"""

from __future__ import annotations

import re

from policylens.diff.keys.markup import _HTML_LINK, _MD_LINK, strip_markup
from policylens.language_names import LANGUAGE_NAMES
from policylens.load.lines import is_list_item
from policylens.normalise import fold

# A language switcher: a line of links to the other editions of the policy
# (`[English](./) | [简体中文](…) | [繁體中文](…)`, `<p align="right"><a href="…">English</a></p>`,
# `English version »`).  It is navigation, not policy text: its key is empty, so adding or
# removing it is noise (`--strict` shows it).  Only language names, their "version" words,
# arrows and separators may make up the line; anything else (「详见《第三方 SDK 列表》」, a
# contact link) is text.
# A language name as a word: not inside a Latin word (「en」 in 「english」), but a Chinese name may touch a Latin one
# (「繁體中文English」, two links with no space between them, pairs26 revision-navbar): only a Latin letter next to a
# Latin letter joins them.
# Two Latin names touching where a capital starts the second (「EspañolFrançaisDeutsch」: a <details> language menu's
# links with nothing between them, forty-fourth session, `eval/pairs44` and-menu) are two words too: a lower-case letter
# before a capital, read with case (`(?-i:…)`), is a boundary.
_CAMEL = r"(?-i:(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ]))"
_NAME = rf"(?:(?<![a-z])|(?![a-z])|{_CAMEL})(?:{LANGUAGE_NAMES})(?:(?<![a-z])|(?![a-z])|{_CAMEL})"
_SWITCHER = re.compile(
    # (twentieth session) the site's home link beside the names: 「繁體中文 · English · 首页」
    # (fifty-first session, eval/pairs51 charoite-move) the page's own language in brackets and not linked, as a
    # Markdown switcher marks the edition one is reading: 「[English](PRIVACY.md) · [Русский](…) · [**中文**]」
    r"(?:[\s|｜/／·・•,，、:：»«›‹→←>\-—🌐]|\b(?:version|edition|language|languages|lang|home)\b|版本|版|语言|語言|切换|切換|首页|首頁|"
    rf"\[(?:{_NAME})\]|{_NAME})*+",
    re.I,
)
_LANGUAGE = re.compile(_NAME, re.I)
_LINK_TARGET = re.compile(r"⟨[^⟨⟩]{0,2000}⟩")
# Two-letter language codes (ISO 639-1): of a locale in a URL (`url_key`) and of a language bar's entries.
_LANGUAGES = "ar|bg|cs|da|de|el|en|es|fa|fi|fr|he|hi|hu|id|it|ja|ko|ms|nb|nl|no|pl|pt|ro|ru|sk|sv|th|tr|uk|vi|zh"
# A language bar of codes (twenty-seventh session, `eval/pairs27` pikori-langbar-grow: 「EN | DE | ES | … | PT_BR | ZH」
# grown to seventeen entries, each a link whose markup an HTML page's text no longer shows): three or more codes or
# names, a region or script after a code's 「_」/「-」 allowed, joined by separators, one of them the policy's own language
# or English (zh, en, 中文…), a home or back link before them allowed.  Two codes (「CN / HK」, where data is stored),
# codes without zh or en, or a Markdown table row (「| DE | FR |」, a separator first) stay text.
_CODE = rf"(?:(?:{_LANGUAGES})(?:[-_](?:[a-z]{{4}}|[a-z]{{2}}))?+(?![a-z])|{LANGUAGE_NAMES})"
_CODE_BAR = re.compile(rf"[ \t]*+{_CODE}(?:[ \t]*+[|｜/／·・•][ \t]*+{_CODE}){{2,}}+[ \t]*+", re.I)
_OWN_CODE = re.compile(r"(?<![a-z])(?:zh|en)(?![a-z])|english|chinese|中文|简体|簡體|繁體|繁体|正體|正体", re.I)
# A switcher is one line (thirty languages with their links fit): longer text is policy text whatever its words.
SWITCHER_MAX_CHARS = 2000


def is_language_switcher(text: str) -> bool:
    """Is `text` only a line of links to the policy in other languages (no policy text)?"""
    if len(text) > SWITCHER_MAX_CHARS or not _LANGUAGE.search(text):
        return False
    marked = strip_markup(fold(text))
    bare = _LINK_TARGET.sub("", marked)
    home = _HOME_LINE.match(bare)  # a home or back link before the bar: 「← 返回首頁EN | DE | ZH」
    codes = bare[home.end() :] if home and _HOME_WORDS.search(home.group(0)) else bare
    if _CODE_BAR.fullmatch(codes) is not None and _OWN_CODE.search(codes) is not None:
        return True
    if _SWITCHER.fullmatch(bare) is None:
        return False
    names = {m.group(0).lower() for m in _LANGUAGE.finditer(bare)}  # a name in the text, not only in a link target
    if not names:
        return False
    # A switcher links, names two languages, says what it is (English version ») or stands alone.  A
    # list item of one name is text: 「- HK」 added to a list of the regions data is stored in is a change
    # (review, seventh session).
    linked = _LINK_TARGET.search(marked) is not None or _RAW_LINK.search(text) is not None
    if len(names) >= 2 or linked or _SWITCHER_CUE.search(bare) is not None:
        return True
    return not is_list_item(text.lstrip())  # a lone name in a paragraph of its own (a link whose markup is gone)


_RAW_LINK = re.compile(r"<a\s|\]\(", re.I)  # an HTML link or a Markdown link in the text as written
_SWITCHER_CUE = re.compile(r"\b(?:version|edition|language|languages|lang)\b|版本|语言|語言|切换|切換|[»›→🌐]", re.I)


# A site's home or back link alone on its line (「[Home](/)」, 「[← 返回首页](../index.html)」, 「<a href="/">首頁</a>」): page
# navigation, no policy text, so its key is empty like a language switcher's: a changed target (pairs26b sqliteflow:
# 「[Home](/)」 → 「[Home](./)」), an added or a removed home link is noise (`--strict` shows it).  The line must be a link
# within the site and hold nothing but home or back words, arrows and separators: 「[隐私政策](/privacy)」,
# 「[联系我们](mailto:…)」, 「[主页](https://ex.com)」, 「主页：https://ex.com」 and 「[Home](/) · privacy@ex.com」 stay text.
_HOME_WORD = r"\b(?:home(?:[ \t]?page)?|back(?:[ \t]+to(?:[ \t]+(?:the[ \t]+)?home(?:[ \t]?page)?)?)?|go[ \t]+back|return)\b|返回(?:首[页頁]|主[页頁])?|回到?首[页頁]|回主[页頁]|首[页頁]|主[页頁]"
_HOME_LINE = re.compile(rf"(?:[\s|｜/／·・•←→<>«»‹›\-—🏠]|{_HOME_WORD})++", re.I)
_HOME_WORDS = re.compile(_HOME_WORD, re.I)
_HOME_LINK_MAX_CHARS = 300
_WRITTEN_ADDRESS = re.compile(r"://|\bwww\.|@|\w\.[a-z]{2,}", re.I)
# A home link whose markup is gone (twenty-seventh session, `eval/pairs27` colors-tw-backlink: an HTML page's
# 「<a href="index.html" class="back-btn">← 返回首頁</a>」 removed, read as the text 「← 返回首頁」): the line must say it
# leads back (an arrow, 返回/回到, back, return), be short and no list item; 「首页」 or 「- Home」 alone (a screen in a list of
# where ads show) stays text.
_BACK_CUE = re.compile(r"[←«‹]|返回|回到|\b(?:back|return)\b", re.I)
_PLAIN_HOME_MAX_CHARS = 40


def is_home_link(text: str) -> bool:
    """Is `text` only a link back to the site's home page (no policy text)?"""
    if len(text) > _HOME_LINK_MAX_CHARS:
        return False
    if _RAW_LINK.search(text) is None:
        line = fold(text).strip()
        return (
            len(line) <= _PLAIN_HOME_MAX_CHARS
            and _BACK_CUE.search(line) is not None
            and not is_list_item(line)
            and _HOME_LINE.fullmatch(line) is not None
            and _HOME_WORDS.search(line) is not None
        )
    folded = fold(text)
    # an address written out is contact data, not navigation: 「主页：[https://ex.com](https://ex.com)」
    if _WRITTEN_ADDRESS.search(_HTML_LINK.sub(lambda m: m.group(2), _MD_LINK.sub(lambda m: m.group(1), folded))):
        return False
    marked = strip_markup(folded)
    targets = _LINK_TARGET.findall(marked)
    # a link within the site (「/」, 「./」, 「../index.html」); a full address may be the company's site in a contact
    # section (「[主页](https://ex.com)」), a scheme may be mail or phone
    if not targets or any(":" in target for target in targets):
        return False
    bare = _LINK_TARGET.sub("", marked)
    return _HOME_LINE.fullmatch(bare) is not None and _HOME_WORDS.search(bare) is not None


# A locale path segment: a language with a script or region (zh-TW, en_US, zh-Hant-HK), or a
# bare language code from `_LANGUAGES` (other two-letter segments such as /kb/ or /gp/ stay).
_LOCALE_SEGMENT = re.compile(rf"^(?:[a-z]{{2,3}}(?:[-_](?:[a-z]{{4}}|[a-z]{{2}}|\d{{3}}))+|{_LANGUAGES}|zh[-_]?han[st])$", re.I)


# A locale that names a Chinese edition (zh-TW, zh-Hant, zh_CN…, and a tw./cn./hk. host): a link to the reader's own
# edition of a page, as `url_key(..., slots=True)` reads it.
_EDITION_LOCALE = re.compile(r"^(?:zh[-_]?(?:tw|hk|mo|cn|sg|my|han[st])(?:[-_][a-z]{2,4})?|tw|hk|cn)$", re.I)


def url_key(url: str, *, slots: bool = False) -> str:
    """A URL without scheme, `www.`, locale path segments (/zh-TW/, /en-US/), language queries or a trailing slash.

    `slots` (`diff.content`, u42d2): only a Chinese edition's locale is dropped (/zh-tw/privacy = /zh-cn/privacy =
    /privacy: each edition links its own page); another locale is a slot `*`, so idoc.dev ≠ idoc.dev/zh/ (a link
    retargeted) while /en/privacy = /fr/privacy."""
    m = re.match(r"(?i)(?:https?://)?(?:www\.)?([^/?#]+)([^?#]*)(?:\?([^#]*))?", url)
    if not m:
        return url.lower()
    host, path, query = m.group(1).lower(), m.group(2), m.group(3) or ""

    def locale(part: str) -> str | None:
        """What `slots` makes of a locale: nothing (an edition's own) or a slot."""
        return None if _EDITION_LOCALE.match(part) else "*"

    labels = host.split(".")
    if len(labels) >= 3 and (_LOCALE_SEGMENT.match(labels[0]) or labels[0] in ("cn", "tw", "hk", "intl", "global")):
        kept = locale(labels[0]) if slots else None  # zh.wikipedia.org, en.example.com: the same site in another language
        labels = [kept, *labels[1:]] if kept else labels[1:]
    if len(labels) >= 3 and labels[-2] in ("com", "co", "org", "net") and len(labels[-1]) == 2:
        labels = [*labels[:-2], "com"]  # google.com.tw, example.co.uk: a country's copy of the site
    host = ".".join(labels)
    path = re.sub(r"(?i)/intl(?=/)", "", path)
    segments = [s for s in path.split("/") if s and not _LOCALE_SEGMENT.match(s)]
    if slots:
        segments = [t for t in (s if not _LOCALE_SEGMENT.match(s) else locale(s) for s in path.split("/") if s) if t]
    languages = ("lang", "hl", "locale", "language", "lng")
    params = [p for p in query.split("&") if p and p.split("=")[0].lower() not in languages]
    if slots:
        params += [
            f"{p.split('=')[0].lower()}=*" for p in query.split("&") if p.split("=")[0].lower() in languages and locale(p.partition("=")[2])
        ]
    key = host + ("/" + "/".join(segments) if segments else "")
    return key + ("?" + "&".join(sorted(params)) if params else "")
