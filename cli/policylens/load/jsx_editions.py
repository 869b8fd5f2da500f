"""A React page's text kept once for each language, keyed by its locale: `privacyCopy = {"zh-CN": {…}, en: {…}}`.

Forty-third session (u43k2, eval/blind/round43 deepstudy-bi-tsx): a bilingual policy page keeps its whole text as
an object keyed by locale, picks one edition at run time (`const content = privacyCopy[language]`) and shows it
through `{content.intro}` and `{content.sections.map((section) => …)}`.  Nothing of it is written in the markup, so
the page was read as **empty** ("the document is empty"), its two to-do slots (「公开发布前必须补充运营主体法定名称…」
and its English twin) unseen.  The same keying stands on a mapped item's field (eval/blind/round42d lawgic-hk-tsx:
`{sec.title[currentLang]}`, `title: { en: '…', zh: '…' }`), whose text was dropped with a warning.

What is recognised (`editions`): an object literal with at least two keys, every key a language tag (`zh`, `zh-CN`,
`zh_TW`, `en`, `en-US`, `ja`…) and one of them Chinese.  It is read as `load.jsx_locale` reads a language switch: the
page shows one edition, the reviewer reads them all.  Each edition is rendered in its order in the source
(`load.jsx_data`): a bound name's markup once for each edition, the text written in the markup itself only with the
first (the second edition repeats no label); a keyed field (`{sec.body[lang]}`) as one paragraph for each edition,
and in a heading its first Chinese edition only (a title is one line of the outline, as a switch's is).

Only a name bound to the keyed object indexed by any expression, optionally with a fallback edition
(`const t = COPY[lang] || COPY.en`, `?? COPY["zh-CN"]`), and defined once, or the edition's fields destructured
(`const { title, sections } = COPY[lang]`); the markup it renders may map the page's own constant arrays
(`{COMPLIANCE_SECTIONS.map(…)}`), and a field keyed by language inside them gives that edition's text.  A child that
computes a value without markup or Chinese in it (`{formatDate(updated)}`, `{email}`) is shown, not read: its place is
recorded as `load.jsx.blank_jsx` records a printed value, so 「联系邮箱：{email}」 is no empty field.  Any other child
(markup under a condition, a call holding Chinese) leaves the page as before, as does a page whose markup itself
writes more Chinese than its editions give (its text is the HTML reader's).

Forty-fifth session (u45k, eval/blind/round45 junshi-taro-tsx): a page that keeps several documents in one object keyed
by name, `const DOCS: Record<string, Doc> = { agreement: {title, updated, intro, sections}, privacy: {…}, refund: {…} }`,
and shows the one its route asks for (`const doc = DOCS[params.doc ?? 'agreement'] ?? DOCS.agreement`), was read as its
two labels: the three documents (and every 【待法务替换】 slot in them) unseen.  Such an object (`documents`: at least two
keys, none a language tag, every value an object and all of them with the same fields, the shape of one document
type) is read as the editions are: each document rendered in its order through the markup, as the page shows it for
each route.  (u47l2, eval/blind/round40d subshare-tsx) A name given an edition's field as its default, `const title =
custom?.title || doc.title;` (the site's settings may override it), is that field: the markup shows `{title}` and
`{body.map(…)}` and never `{doc.…}`, and the four documents were unseen (three paragraphs of labels read).

Forty-seventh session (u47l2, eval/structure47c cloth-privacy-tsx): the editions of a page sold in several markets are
keyed by market or region, `const COPY: Record<string, {…}> = { UK: {…}, HK: {…}, CN: {…} }` picked with
`COPY[lang] ?? COPY.CN`.  `HK` and `CN` read as language tags and `UK` as none, so the object was neither editions nor
documents and the page read as **empty** (2,070 Chinese characters unseen).  An object whose keys are all market codes
written alike in capitals or in lower case (`UK`, `US`, `HK`, `TW`, `CN`, `SG`, `MO`, `JP`…, `REGIONS`) is read as documents are (each edition
rendered through the markup) when its values are editions (`regional`): objects of the same fields, each holding
prose (a string of at least 12 Chinese characters or 6 Latin words), one of them Chinese.  A country list (`{ UK:
'United Kingdom' }`), a phone-prefix map (`{ HK: '+852' }`) or a price table (`{ UK: { price: '£10', currency: 'GBP' } }`)
is no such object and stays unread, as before.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.jsx_locale import JS_BLANKS, JS_NAME, chinese_tag, language_keys, language_tag
from policylens.load.vue_data import Value
from policylens.patterns import HAN_CHAR

_S = JS_BLANKS
_NAME = JS_NAME
# `const content = privacyCopy[language]`, `const t = COPY[lang] || COPY.en;`, `let text = TEXT[locale as Lang] ?? TEXT["zh-CN"]`,
# `const { title, sections: list } = COPY[lang]` (strings are blanked: `COPY["en"]` is `COPY[    ]`)
FIELD = rf"{_NAME}(?:{_S}:{_S}{_NAME})?"  # a field of a destructuring: `title`, `sections: list`
_BINDING = lazy(
    rf"(?<![\w$.])(?:const|let)[ \t]++({_NAME}|\{{{_S}{FIELD}(?:{_S},{_S}{FIELD})*+{_S},?{_S}\}})"
    rf"{_S}={_S}({_NAME}){_S}\[[^\[\]\n;]{{1,80}}\]"
    rf"(?:{_S}(?:\|\||\?\?){_S}\2{_S}(?:\.{_NAME}|\[[ \t]*+\]))?(?=[ \t]*+[;\r\n])"
)
# (u47l2) a name given an edition's field as its default: `const title = custom?.title || doc.title;`, `const body:
# string[] = Array.isArray(custom?.body) ? custom.body : doc.body;` (the edition's field the last operand, after || ?? :)
_DERIVED = lazy(
    rf"(?<![\w$.])(?:const|let)[ \t]++({_NAME})(?:[ \t]*+:[^=;\n]{{1,60}})?[ \t]*+=[^;\n]{{1,200}}?(?:\|\||\?\?|:)[ \t]*+"
    rf"({_NAME})\.({_NAME})[ \t]*+(?=[;\r\n])"
)
_RETURN = lazy(r"(?<![\w$.])return(?![\w$])")
FIELD_PAIR = lazy(rf"({_NAME})(?:{_S}:{_S}({_NAME}))?")
# a keyed field shown in the markup: `{sec.title[currentLang]}`, `{item.body[lang]}`
KEYED_PATH = lazy(rf"(?<![ \t\r\n])[ \t\r\n]*+(?<![\w$.])({_NAME}(?:\.{_NAME})*+){_S}\[{_S}{_NAME}(?:\.{_NAME})*+{_S}\][ \t\r\n]*+")


def editions(value: Value) -> list[tuple[str, Value]] | None:
    """The editions of an object keyed by language (see module doc), `(tag, value)` in source order; None when the
    value is no such object."""
    if not isinstance(value, dict) or not language_keys(list(value)):
        return None
    return list(value.items())


_MAX_DOCUMENTS = 50  # documents of one keyed object rendered (a page is no catalogue)


# (u47l2) market and region codes a page keys its editions by, as written (capitals): `{ UK: {…}, HK: {…}, CN: {…} }`
REGIONS = frozenset(
    {"UK", "GB", "US", "CA", "AU", "NZ", "IE", "EU", "HK", "TW", "CN", "MO", "SG", "MY", "JP", "KR", "TH", "VN", "PH", "ID", "IN"}
    | {"DE", "FR", "IT", "ES", "NL", "AE", "SA", "BR", "MX"}
)
_WORD = lazy(r"[A-Za-z][A-Za-z'’-]*+")
_PROSE_HAN = 12  # Chinese characters of one string that make it prose, not a label or a value
_PROSE_WORDS = 6  # Latin words of one string that do


def strings(value: Value) -> list[str]:
    """Every string of `value`, depth first."""
    if isinstance(value, tuple):
        return [value[0]]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def market_keys(keys: list[str]) -> bool:
    """Whether `keys` are all market codes (`REGIONS`), written alike: all in capitals (`UK`, `HK`) or all in lower
    case (`uk`, `hk`, as a route writes them)."""
    return all(key.upper() in REGIONS for key in keys) and (all(map(str.isupper, keys)) or all(map(str.islower, keys)))


def regional(value: dict[str, Value]) -> bool:
    """(u47l2) Whether an object keyed by market codes (`REGIONS`) holds editions of one text (see module doc): each
    value an object, all of one shape, each holding prose, one of them Chinese; not a country list or a price table."""
    if not market_keys(list(value)):
        return False
    chinese = False
    for edition in value.values():
        texts = strings(edition)
        han = [len(HAN_CHAR.findall(s)) for s in texts]
        if not any(n >= _PROSE_HAN or len(_WORD.findall(s)) >= _PROSE_WORDS for n, s in zip(han, texts, strict=True)):
            return False
        chinese = chinese or max(han, default=0) >= _PROSE_HAN
    return chinese


def documents(value: Value) -> list[tuple[str, Value]] | None:
    """(u45k) The documents of an object keyed by name whose values are objects of one shape (see module doc), `(key,
    value)` in source order; None when the value is no such object.  (u47l2) Keyed by market codes, they must be
    editions (`regional`)."""
    if not isinstance(value, dict) or not 2 <= len(value) <= _MAX_DOCUMENTS:
        return None
    items = list(value.values())
    if not all(isinstance(v, dict) and v for v in items):
        return None
    shape = set(items[0])  # type: ignore[arg-type]
    if any(set(v) != shape for v in items[1:]):  # type: ignore[arg-type]
        return None
    if market_keys(list(value)):
        return list(value.items()) if regional(value) else None
    if any(map(language_tag, value)):
        return None  # (an object with a language's key is one of editions, or none: `{ ja: …, en: … }` stays unread)
    return list(value.items())


def first_chinese(found: list[tuple[str, Value]]) -> Value:
    """The first Chinese edition (a heading's one line)."""
    return next(v for tag, v in found if chinese_tag(tag))


def bindings(masked: str) -> list[tuple[list[tuple[str, str | None]], str, int]]:
    """`(names, keyed object's name, where the statement ends)` of each `const name = OBJECT[expr]` (see module doc):
    `names` as `[(name, None)]` for the edition itself, `[(local, field), …]` for a destructuring; `masked`: the page
    with strings and comments blanked."""
    found: list[tuple[list[tuple[str, str | None]], str, int]] = []
    for m in _BINDING.finditer(masked):
        target = m.group(1)
        if target.startswith("{"):
            names: list[tuple[str, str | None]] = [(p.group(2) or p.group(1), p.group(1)) for p in FIELD_PAIR.finditer(target)]
        else:
            names = [(target, None)]
        end = m.end()
        if not target.startswith("{"):
            names += defaults(masked, target, end)
        found.append((names, m.group(2), end))
    return found


def defaults(masked: str, name: str, start: int) -> list[tuple[str, str | None]]:
    """(u47l2, eval/blind/round40d subshare-tsx) The names given a field of the edition `name` as their default before the
    component returns its markup, `(local, field)`: `const title = custom?.title || doc.title;` shows the edition's
    title unless the site's settings give another, so the reviewer reads the edition's (a value of the code the page
    may show instead is not in the file).  The markup then shows `{title}`, `{body.map(…)}`, never `{doc.…}`."""
    stop = _RETURN.search(masked, start)
    found: list[tuple[str, str | None]] = []
    for m in _DERIVED.finditer(masked, start, stop.start() if stop is not None else start):
        if m.group(2) == name and m.group(1) != name:
            found.append((m.group(1), m.group(3)))
    # (u48l, eval/blind/round46 footballai-hk-en-tsx) a part of the edition's list shown in a column of its own, `const
    # leftItems = disclaimer.items.slice(0, 2);`: the field's items from A to B (`FIELD.slice:A:B`, `slice_of`)
    for m in _SLICED.finditer(masked, start, stop.start() if stop is not None else start):
        if m.group(2) == name and m.group(1) != name:
            found.append((m.group(1), f"{m.group(3)}.slice:{m.group(4)}:{m.group(5) or ''}"))
    return found


_SLICED = lazy(
    rf"(?<![\w$.])(?:const|let)[ \t]++({_NAME}){_S}={_S}({_NAME})\.({_NAME})\.slice\({_S}(\d{{1,4}}){_S}"
    rf"(?:,{_S}(\d{{1,4}}){_S})?\)(?=[ \t]*+[;\r\n])"
)


def slice_of(value: Value, step: str) -> Value | None:
    """(u48l) The items of the list `value` a step `slice:A:B` (`defaults`) names; None when `step` is no slice."""
    if not step.startswith("slice:"):
        return None
    a, _, b = step[len("slice:") :].partition(":")
    if not isinstance(value, list):
        return []
    return value[int(a) : int(b)] if b else value[int(a) :]
