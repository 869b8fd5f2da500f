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

from policylens.diff.variants import cross_script_key
from policylens.language_names import LANGUAGE_NAMES
from policylens.load.lines import is_list_item
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
# Inline markup that is not content.  Every repeat is bounded or over a class that
# excludes its delimiter, so none of them can backtrack (issue #12: `<a ` followed by
# thirty `://` used to take seconds per line).
# - a link keeps its text and its target: `[text](url)` and `<a href="url">text</a>` both
#   become `text⟨url⟩`, so a changed target is a change and a changed syntax is not; a `mailto:`/`tel:` target written
#   with a space after its scheme (「[a@b.com](mailto: a@b.com)」, which CommonMark no longer reads as a link) is the same
#   link (fifty-third session, u53d; eval/pairs52b clipboard-mailto): its target is keyed without the space (`_target`);
_MD_LINK = re.compile(
    r"!?\[([^\[\]\n]{0,500})\]\((?:\s*(?!\s)|)<?((?:(?i:mailto|tel):[ \t]{1,3}+(?=[^\s()<>]))?[^\s()<>]{0,2000})>?"
    r"(?:\s+[\"'][^\"'\n]{0,300}[\"'])?\s*\)"
)
_HTML_LINK = re.compile(
    r"<a\s[^<>]{0,1000}?\bhref\s*=\s*[\"']?([^\"'\s<>]{0,2000})[\"']?[^<>]{0,1000}>([^<]{0,1000}(?:<(?!/a\s*>)[^<]{0,1000}){0,20})</a\s*>",
    re.I,
)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^\s<>]{1,2000}|[^\s<>@]{1,200}@[^\s<>@]{1,200})>", re.I)
# - emphasis and real HTML tags (never autolinks such as <privacy@example.com>: a tag name
#   must be followed by a space, `/` or `>`);
_MARKUP = re.compile(
    r"\*\*|__|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|\*|`+"
    r"|</?(?:a|abbr|b|br|code|del|div|em|font|i|ins|mark|p|s|small|span|strong|sub|sup|u)(?=[\s/>])[^<>]{0,1000}>",
    re.I,
)
# - an attribute list (kramdown `{: #id}`, Python-Markdown attr_list `{ target="_blank" }`);
# (a bare value that repeats a quoted one is not tried again: `a="x"` had two readings per item, 2^20 in all)
_ATTR_LIST = re.compile(
    r"\{:?[ \t]{0,10}(?:[#.][\w-]{1,100}|[\w-]{1,50}=(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|(?!\"[^\"\s{}]{0,300}\"(?![^\s{}])|'[^'\s{}]{0,300}'(?![^\s{}]))[^\s{}]{1,300}))"
    r"(?:[ \t]{1,10}(?:[#.][\w-]{1,100}|[\w-]{1,50}=(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|(?!\"[^\"\s{}]{0,300}\"(?![^\s{}])|'[^'\s{}]{0,300}'(?![^\s{}]))[^\s{}]{1,300}))){0,20}[ \t]{0,10}\}"
)
# - a code fence line (``` or ~~~, with an optional language).
_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[\w+.-]{0,40}[ \t]*$", re.M)
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


# The scheme a link target may add to an address written without one (www.ex.com →
# https://www.ex.com, a@b.com → mailto:a@b.com).
_SCHEME = re.compile(r"^(?:https?://|mailto:)", re.I)
_URL_CHARS = frozenset("/%?#&=~+@-_.:")


def _in_url(c: str) -> bool:
    """Can `c` be part of a URL or e-mail address (ASCII letters, digits, URL punctuation)?"""
    return c.isascii() and (c.isalnum() or c in _URL_CHARS)


def _target(link: re.Match[str]) -> str:
    """A Markdown link's target (`_MD_LINK`'s group 2) without the space a `mailto: a@b.com` puts after its scheme."""
    target = link.group(2)
    return "".join(target.split()) if " " in target or "\t" in target else target


def _link(text: str, target: str) -> str:
    """A link's key: its text and target, except when the text writes the target out (the
    address, with or without its scheme): then the text alone, as for the bare URL."""
    if not target or _writes_out(text, target):
        return text
    return f"{text}⟨{_address(target)}⟩"


# A web address written out after its words (「在 App Store 下载：https://…」, 「官网 (https://…)」): keyed as the link
# 「[在 App Store 下载](https://…)」 is, `words⟨address⟩`, so a link that becomes its own bare address with the same
# words is no change, while a change of the words (「[在 App Store 下载](URL)」 → 「URL」) still is (fourteenth session).
# The address ends before a full stop or comma that ends the sentence; not one already in a link's ⟨⟩.
_BARE_URL = re.compile(
    r"[ \t\u3000]{0,10}[:：]?[ \t\u3000]{0,10}([(（])?(?<!⟨)(https?://[\w/%?#&=~+@\-.:!$*,;]{0,2000}[\w/%?#&=~+@\-:$*])(?(1)[)）]|)",
    re.ASCII,
)


# (thirty-third session, u33d) What a link target may gain or lose without leading anywhere else: a campaign-tracking
# parameter (`utm_source=…`, `utm_medium=…`; Google Analytics' names), an ad platform's click identifier (`gclid`,
# `gbraid`, `wbraid`, `dclid` of Google, `fbclid` of Meta, `msclkid` of Microsoft, `yclid` of Yandex, Google's cross-domain
# `_ga`/`_gl`, Mailchimp's `mc_cid`/`mc_eid`), Alibaba's page-position `spm`, and what WeChat appends to a shared page
# (`from=singlemessage|groupmessage|timeline`, `isappinstalled=0|1`) (thirty-fourth session); and the `http` of an address that
# becomes `https` on the same host.  Any other change of a target (another host, path, query value or fragment, a privacy
# policy or contact address moved) is a change a reviewer wants to see, and stays one.
_TRACKING_PARAM = re.compile(
    r"(?i)(?:utm_[a-z_]{1,30}|gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|_ga|_gl|mc_cid|mc_eid|spm)(?:=[^&#]{0,500})?"
    r"|from=(?:singlemessage|groupmessage|timeline)|isappinstalled=[01]"
)
# A cheap test before splitting a query: does it name any of them?
_TRACKING_HINT = re.compile(r"(?i)(?:^|&)(?:utm_|gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|_ga|_gl|mc_|spm|from=|isappinstalled)")
_QUERY = re.compile(r"\?([^#]{0,2000})")


def _untracked(url: str) -> str:
    """`url` without its tracking parameters (`_TRACKING_PARAM`; the `?` too when nothing else is left)."""
    m = _QUERY.search(url)
    if m is None or _TRACKING_HINT.search(m.group(1)) is None:
        return url
    kept = [p for p in m.group(1).split("&") if p and not _TRACKING_PARAM.fullmatch(p)]
    return url[: m.start()] + ("?" + "&".join(kept) if kept else "") + url[m.end() :]


def _address(url: str) -> str:
    """A link target as its key holds it: without a trailing slash (`https://ex.com/` is `https://ex.com`), without
    tracking parameters, and with `http://` read as `https://` (`_TRACKING_PARAM`)."""
    url = _untracked(url)
    if url[:7].lower() == "http://":
        url = "https://" + url[7:]
    return url.rstrip("/") or url


def _bare_links(text: str) -> str:
    """Each web address written out in `text` keyed as a link's target (`_BARE_URL`)."""
    return _BARE_URL.sub(lambda m: f"⟨{_address(m.group(2))}⟩", text)


def _writes_out(text: str, target: str) -> bool:
    """Does the link text hold the whole target address?  `https://ex.com/p` or
    `隱私政策：https://ex.com/p` for `https://ex.com/p`, `www.ex.com` for
    `https://www.ex.com/`, `a@b.com` for `mailto:a@b.com`; not `ex.com` for `https://ex.com/p`,
    nor `http://…` for `https://…`."""
    address = target.strip().rstrip("/")
    bare = _SCHEME.sub("", address, count=1)
    if not bare:
        return False
    lowered = text.lower()
    start = lowered.find(bare.lower())
    while start != -1:
        end = start + len(bare)
        if lowered[end : end + 1] == "/":
            end += 1
        before = lowered[:start]
        # written with the target's scheme, or without any scheme of its own
        scheme_ok = before.endswith(address[: len(address) - len(bare)].lower()) or not _in_url(before[-1:] or " ")
        after = lowered[end : end + 2] + "  "
        # the address ends here: no URL character follows, except a full stop that ends a sentence
        more = _in_url(after[1]) and after[1] != "." if after[0] == "." else _in_url(after[0])
        ends = not more
        if scheme_ok and ends:
            return True
        start = lowered.find(bare.lower(), start + 1)
    return False


def strip_markup(text: str) -> str:
    """Inline Markdown/HTML markup removed; link text kept with its target as `text⟨url⟩`."""
    if "`" in text or "~" in text:
        text = _FENCE.sub("", text)
    if "<" in text:
        text = _HTML_LINK.sub(lambda m: _link(m.group(2), m.group(1)), text)
        text = _AUTOLINK.sub(r"\1", text)
    if "{" in text:
        text = _ATTR_LIST.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(lambda m: _link(m.group(1), _target(m)), text)
    if "://" in text:
        text = _bare_links(text)
    if "*" in text or "_" in text or "`" in text or "<" in text:  # what every `_MARKUP` match starts with
        return _MARKUP.sub("", text)
    return text


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
    links = sorted(
        [(m.start(), m.end(), m.group(1), _target(m)) for m in _MD_LINK.finditer(text)]
        + [(m.start(), m.end(), m.group(2), m.group(1)) for m in _HTML_LINK.finditer(text)]
    )
    edition = [
        (start, end, words)
        for start, end, words, target in links
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
