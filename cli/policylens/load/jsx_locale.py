"""A React page's language switch written inline: `{lang === 'zh' ? '隱私權政策' : 'Privacy Policy'}`.

`load.jsx` keeps one of a condition's inline branches (the longest): the page shows one of them, and both read ran
into one sentence no version says.  A language switch is another kind of condition: each branch is the same text in
another language, and a bilingual page keeps its whole policy in such switches (its title, its dates, each paragraph:
`eval/blind/round37b` eudaimonia-tw-tsx, and the leftover of round36b's README).  Only the Chinese literal was read, so
an English edition's slot (`'Contact: [email]'`) was never seen.  So when the condition tests the page's language
(`lang === 'zh'`, `locale !== "en"`, `isZh`, `isEnglish.value`), every branch that is text is read, Chinese or not, and
each is its own paragraph (a heading keeps one, as before): a `<hr>` is written into the blanked code between two branches (the HTML reader ends a
paragraph there; length for length, so every offset and line still holds).  A key (`'privacy.title'`), a bare word
without a letter and an element branch are left as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from types import MappingProxyType

from policylens.lazyre import lazy

# the condition tests the page's language: lang === 'zh', locale !== "en-US", i18n.language == 'zh-TW', isZh, isEnglish.value;
# (u48l) i18n.language.startsWith("zh"), locale.startsWith('en')
_LOCALE_TEST = lazy(
    r"\b(?:lang|locale|language|lng|currentLang(?:uage)?|currentLocale|uiLang(?:uage)?|i18n\.language|router\.locale"
    r"|params\.lang|params\.locale)(?:\.value)?(?:[ \t]*[!=]==?[ \t]*|\.startsWith\([ \t]*)['\"](?:zh|en|tw|hk|cn)(?:[-_][A-Za-z]{2,4})?['\"]"
    r"|\bis(?:Zh|En|English|Chinese|Tw|TW|Hk|HK|ZhTW|ZhTw|ZhHK|ZhHant|ZhHans|Cn|CN)\b(?!\()"
)
_LETTER = lazy(r"[A-Za-z]")

JS_BLANKS = r"[ \t\r\n]*+"  # white space of a script, possessive
JS_NAME = r"[A-Za-z_$][\w$]*+"  # an identifier of a script
_S = JS_BLANKS
_NAME = JS_NAME
# a language tag as an object key or a parameter's name: zh, zh-CN, zh_Hant_TW, en, en-US, ja, pt-BR
_TAG = lazy(r"(?i)(?:[a-z]{2}|zh[-_]hans|zh[-_]hant)(?:[-_][a-z]{2,4}){0,2}")
_LANGUAGES = frozenset(
    {"zh", "en", "ja", "ko", "fr", "de", "es", "pt", "ru", "it", "vi", "th", "ms", "id", "ar", "nl", "tr", "pl", "tw", "hk", "cn"}
)
_CHINESE = lazy(r"(?i)zh|cn|tw|hk|yue|ch[st](?![a-z])")
# (u44k2, eval/precision44 ormfolk-terms-tsx: `{ zh, zht, yue, th, en }` unread, its date not seen) the three-letter
# keys pages give Chinese editions: Traditional 「zht」「cht」, Simplified 「zhs」「chs」, Cantonese 「yue」
_THREE_LETTER = frozenset({"zht", "zhs", "cht", "chs", "yue"})
# (u43k2) `const T = (en: string, zh: string) => (lang === 'zh' ? zh : en)` (or `lang !== "en"`, `isZh ? zh : en`)
_SWITCH_FUNCTION = lazy(
    rf"(?<![\w$.])(?:const|let)[ \t]++({_NAME}){_S}={_S}\(([\w$ \t:,]{{1,120}})\){_S}(?::{_S}{_NAME}{_S})?=>{_S}\(?{_S}"
    rf"(?:{_NAME}(?:\.{_NAME})?{_S}[!=]==?{_S}(?:'[\w-]{{1,10}}'|\"[\w-]{{1,10}}\")|is[A-Z][A-Za-z]{{1,10}}){_S}\?{_S}({_NAME}){_S}:{_S}({_NAME}){_S}\)?"
)
# (u44k) a child expression that is one call of such a function with string literals: `{T('Privacy Policy', '私隱政策')}`
_SWITCH_CALL = lazy(rf"\{{{_S}({_NAME}){_S}\({_S}")
_ARGUMENT = lazy(rf"""(["'])((?:(?!\1)[^\\\n]|\\.)*+)\1{_S}(,?){_S}""")
_CALL_END = lazy(rf"\){_S}")


def language_keys(keys: Sequence[str]) -> bool:
    """Whether `keys` (an object's keys, a function's parameters) are at least two language tags, one of them Chinese."""
    if len(keys) < 2 or not all(map(language_tag, keys)):
        return False
    return any(chinese_tag(k) for k in keys)


def language_tag(key: str) -> bool:
    """Whether `key` is a language tag (zh, zh-TW, en_US, ja, yue…)."""
    return key.lower() in _THREE_LETTER or (_TAG.fullmatch(key) is not None and key[:2].lower() in _LANGUAGES)


def chinese_tag(tag: str) -> bool:
    """Whether a language tag names Chinese (zh, zh-TW, cn, tw, hk)."""
    return _CHINESE.match(tag) is not None


@lru_cache(maxsize=8)
def switch_functions(text: str) -> Mapping[str, tuple[str, ...]]:
    """(u43k2, eval/blind/round39d dimpack-tsx) A page's functions that pick one of their arguments by the page's
    language, `const T = (en: string, zh: string) => (lang === 'zh' ? zh : en)`, by name: their parameters, each a
    language tag, both returned bare.  Read-only: the answer is cached, shared by every caller on the same text."""
    found: dict[str, tuple[str, ...]] = {}
    if "=>" in text:
        for m in _SWITCH_FUNCTION.finditer(text):
            params = tuple(p.strip().split(":")[0].strip() for p in m.group(2).split(","))
            if language_keys(params) and {m.group(3), m.group(4)} == set(params):
                found[m.group(1)] = params
    return MappingProxyType(found)


def switch_call(text: str, start: int, close: int) -> list[tuple[int, int, bool]] | None:
    """(u44k, eval/blind/round39d dimpack-tsx) The arguments of the child expression `text[start:close + 1]` when it is
    one call of a page's language-switch function (`switch_functions`) with one string literal for each language:
    `(opening quote, closing quote, Chinese edition?)` in order; None otherwise.  A translation call with a key
    (`{t('privacy.title')}`) is no such call: its text lives in another file."""
    m = _SWITCH_CALL.match(text, start, close)
    if m is None:
        return None
    params = switch_functions(text).get(m.group(1))
    if params is None:
        return None
    found: list[tuple[int, int, bool]] = []
    i = m.end()
    for k, param in enumerate(params):
        a = _ARGUMENT.match(text, i, close)
        if a is None or (not a.group(3) and k + 1 < len(params)):
            return None
        found.append((a.start(1), a.end(2), chinese_tag(param)))
        i = a.end()
    tail = _CALL_END.match(text, i, close)
    return found if tail is not None and tail.end() == close else None


def in_sentence_or_heading(text: str, start: int, close: int) -> bool:
    """Whether the child expression `text[start:close + 1]` stands in a sentence (text beside it in its element) or in
    a heading: there a language switch keeps one edition (a title is one line of the outline, a word one word)."""
    if _TEXT_BEFORE.search(text, max(0, start - 200), start) or _TEXT_AFTER.match(text, close + 1):
        return True
    tags = [m.group(1) for m in _HEADING_TAG.finditer(text, max(0, start - 2000), start)]
    return bool(tags) and tags[-1] != "/"


_HEADING_TAG = lazy(r"<(/?)h[1-6]\b", re.I)
# (u37x2) a branch that is code, not an edition: a web address or a path (`'https://a.cn/en'`, `'/en/privacy'`,
# `'api/v1/user_info'`), or a run of class names (`'text-red-500 font-bold'`: lower-case words joined by - _ : / .)
_ADDRESS = lazy(r"(?<![\w+.-])[a-z][\w+.-]*+://|www\.|/")
_CLASS_TOKEN = lazy(r"(?<![a-z0-9!@\[\]])[a-z0-9!@\[\]]++(?:[-_:/.][a-z0-9!@\[\]%#]*+)+")
# (u37x2) text beside the switch in its element: the switch is a word of a sentence (「保存 3 {isZh ? '年' : 'years'}，…」)
_TEXT_BEFORE = lazy(r"[^\s>}]\s*+\Z")
_TEXT_AFTER = lazy(r"(?<!\s)\s*+[^\s<{]")


def locale_switch(text: str, start: int, close: int) -> bool:
    """Whether the child expression `text[start:close + 1]` is a language switch (see module doc) outside a heading:
    a heading keeps one branch, as before (a title or a section's name is one line of the outline, not two)."""
    if _LOCALE_TEST.search(text, start, close) is None:
        return False
    # (u37x2) a switch inside a sentence: one branch, as before (both, a paragraph break mid-sentence)
    return not in_sentence_or_heading(text, start, close)


def tests_locale(text: str, start: int, close: int) -> bool:
    """Whether the child expression `text[start:close + 1]` tests the page's language (in a heading or not)."""
    return _LOCALE_TEST.search(text, start, close) is not None


def edition_text(literal: str) -> bool:
    """Whether a string literal's content is text of an edition: a Latin letter in it, and not a key, a web address, a
    path or class names."""
    return _LETTER.search(literal) is not None and not is_key(literal.strip()) and not _is_code(literal)


def _is_code(literal: str) -> bool:
    """A web address or a path (`'https://a.cn/en'`, `'/en/privacy'`), or class names (`'text-red-500 font-bold'`)."""
    words = literal.split()
    if len(words) == 1 and _ADDRESS.match(words[0]):
        return True
    return bool(words) and all(_CLASS_TOKEN.fullmatch(word) for word in words)


def is_key(text: str) -> bool:
    """A translation key or a path: 'privacy.title', 'legal.terms.heading' (dotted words, no space)."""
    parts = text.split(".")
    return len(parts) > 1 and all(part and all(c.isalnum() or c in "_$-" for c in part) for part in parts)


def separate_editions(out: list[str], spans: list[tuple[int, int]], blank: str) -> None:
    """Write `<hr>` into the blanked characters between each two read branches (`spans`, their quotes' offsets, in
    order), so that each is a paragraph of its own: in the first run of four blanked characters on one line."""
    for (_, end), (nxt, _) in pairwise(spans):
        run = 0
        for k in range(end, nxt + 1):
            run = run + 1 if out[k] == blank else 0
            if run == 4:
                out[k - 3 : k + 1] = list("<hr>")
                break


__all__ = [
    "JS_BLANKS",
    "JS_NAME",
    "chinese_tag",
    "edition_text",
    "in_sentence_or_heading",
    "is_key",
    "language_keys",
    "locale_switch",
    "separate_editions",
    "switch_call",
    "switch_functions",
    "tests_locale",
]
