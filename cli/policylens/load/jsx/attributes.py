"""A component's prop written as an expression but shown as text, rewritten as a quoted value of the same length for the
HTML reader: one plain string literal (`content={`我們收集…`}`, `_literal_attribute`), or a template literal whose
`${…}` name values the page imports, each slot kept as written (`_interpolated_attribute`), or a language switch of two
plain literals, read as its Chinese edition (`_switch_attribute`, u48k), both editions for a text prop's (u48l)."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.jsx.scanning import _string_end, matching
from policylens.load.jsx.shown import imported_slots
from policylens.patterns import HAN_CHAR

# (u44k) an attribute's value that is one plain string literal: `content={`…`}`, `text={'…'}` (no `${`, quote or escape)
_PLAIN_LITERAL = lazy(r"""[ \t\r\n]*+(?:`([^`"\\$]*+)`|'([^'"\\\n]*+)')[ \t\r\n]*+""")


def _literal_attribute(text: str, start: int, i: int, close: int) -> list[str] | None:
    """(u44k, eval/blind/round40d nutritrack-tsx) The attribute expression `text[i:close + 1]` of a component's start tag
    (a capitalised name) written as a quoted value of the same length, when it is one plain string literal (a template
    literal without `${`, or a single-quoted string; no double quote, backslash or `$` in it): `<PolicySection title="1.
    資料收集" content={`我們收集…`} />` shows that text as a `content="…"` prop is shown (`load.jsx_props` decides which
    props are text).  None otherwise: the expression stays blanked code."""
    m = _PLAIN_LITERAL.fullmatch(text, i + 1, close)
    if m is None:
        return None
    lt = text.rfind("<", start, i)
    if lt < 0 or not text[lt + 1 : lt + 2].isupper():
        return None
    group = 1 if m.group(1) is not None else 2
    body_start, body_end = m.start(group), m.end(group)
    if HAN_CHAR.search(text, body_start, body_end) is None:
        return None
    out = [" "] * (close + 1 - i)
    out[body_start - 1 - i] = out[body_end - i] = '"'
    out[body_start - i : body_end - i] = text[body_start:body_end]
    return out


# (u45l) a template literal whose slots are names or member paths: `${BRAND.entity}（下称“我们”）…` (no quote or escape)
_INTERPOLATED_LITERAL = lazy(
    r"""[ \t\r\n]*+`((?:[^`"\\$]|\$(?!\{)|\$\{[ \t]*+[A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)*+[ \t]*+\})*+)`[ \t\r\n]*+"""
)


def _interpolated_attribute(text: str, start: int, i: int, close: int) -> list[str] | None:
    """(u45l, eval/profiles45 verdant-zh) A component's prop written as a template literal whose `${…}` are names or
    member paths of values the page does not hold (`zh={`${BRAND.entity}（下称“我们”）深知…`}`, `BRAND` imported): a
    quoted value of the same length, each slot kept as written where the page prints the value (what a reviewer sees
    of it: the name of what is printed, not a blank).  `shown_expressions` tells the placeholder rules these slots are
    no template left unfilled.  Before, the prop was code and the page's introduction and its rights' contact line were
    dropped without a word.  None otherwise (`_literal_attribute` reads a literal without slots)."""
    m = _INTERPOLATED_LITERAL.fullmatch(text, i + 1, close)
    if m is None or "${" not in m.group(1) or not imported_slots(text, m.group(1)):
        return None
    lt = text.rfind("<", start, i)
    if lt < 0 or not text[lt + 1 : lt + 2].isupper():
        return None
    body_start, body_end = m.start(1), m.end(1)
    if HAN_CHAR.search(text, body_start, body_end) is None and _ENGLISH_PROP.search(text, max(start, i - 64), i) is None:
        return None  # (an English edition's prop is read beside its Chinese one: `load.jsx_props` decides)
    out = [" "] * (close + 1 - i)
    out[body_start - 1 - i] = out[body_end - i] = '"'
    out[body_start - i : body_end - i] = text[body_start:body_end]
    return out


# the English edition's prop before a `{`: `en=`, `english=`, `titleEn=`, `en_US=`
_ENGLISH_PROP = lazy(r"(?<![\w:.-])(?:[A-Za-z_]\w{0,40}+En|en(?:[-_]?(?:US|GB|us|gb))?|english|English)[ \t]*+=[ \t]*+\Z")


# (u48k) `noticeBody={locale === "zh" ? "当前页面为…" : "This page contains…"}`: a language test, then two plain literals
_SWITCH_VALUE = lazy(
    r"""(?:[^?{}"'`]|"[\w-]{1,10}+"|'[\w-]{1,10}+'){1,120}+\?[ \t\r\n]*+(?:"([^"\\\n$]*+)"|'([^'"\\\n$]*+)')[ \t\r\n]*+:"""
    r"""[ \t\r\n]*+(?:"([^"\\\n$]*+)"|'([^'"\\\n$]*+)')[ \t\r\n]*+"""
)


def _switch_attribute(text: str, start: int, i: int, close: int) -> list[str] | None:
    """(u48k, eval/blind/round48 handoffterms-zh-en-tsx) A component's prop written as a language switch of two plain
    literals, `noticeBody={locale === "zh" ? "当前页面为模板示例文本…" : "This page contains template legal copy…"}`: a quoted
    value of the same length holding its Chinese edition, at the literal's own place (`load.jsx_props` decides which
    props are text).  A page that gave every prop so was read as empty, a template's notice left in both editions
    with it.  One edition only (a prop holds one value); None when the expression tests no language, a branch is no
    plain literal, or neither holds Chinese: the expression stays blanked code."""
    from policylens.load.jsx_locale import edition_text, tests_locale

    m = _SWITCH_VALUE.fullmatch(text, i + 1, close)
    if m is None or not tests_locale(text, i + 1, close):
        return None
    lt = text.rfind("<", start, i)
    if lt < 0 or not text[lt + 1 : lt + 2].isupper():
        return None
    group = next((g for g in (1, 2, 3, 4) if m.group(g) is not None and HAN_CHAR.search(m.group(g))), None)
    if group is None:
        return None
    out = [c if c in "\r\n" else " " for c in text[i : close + 1]]  # line breaks kept: every later line holds
    first = 1 if m.group(1) is not None else 2
    second = 3 if m.group(3) is not None else 4
    other = second if group == first else first
    if (
        _both_editions(text, start, i)
        and edition_text(m.group(other))
        and not HAN_CHAR.search(m.group(other))
        and (marker := _marker_room(out, i, m.end(first) + 2, m.start(second) - 1)) is not None
    ):
        # (u48l) a text prop's two editions, each a value of its own: 「noticeBody="当前页面…" _="This page…"」
        out[marker - i : marker - i + len(EDITION_PROP) + 1] = EDITION_PROP + "="
        groups: tuple[int, ...] = (first, second)
    else:
        groups = (group,)
    for g in groups:
        body_start, body_end = m.start(g), m.end(g)
        out[body_start - 1 - i] = out[body_end - i] = '"'
        out[body_start - i : body_end - i] = text[body_start:body_end]
    return out


def _marker_room(out: list[str], i: int, low: int, quote: int) -> int | None:
    """(review u48r) The offset at which `_=` may name the value opening at the quote `quote`: the last two blanked
    spaces between `low` (a blank after the first value's closing quote) and the quote, every character after them
    blank too.  Never over a line break: 「… "当前页面…" :⏎"This page…"」 wrote `=` over the break, and every later line
    of the page was reported a line too high.  None when there is no such room (the prop's Chinese edition alone)."""
    for at in range(quote - 2, low - 1, -1):
        if out[at - i] == out[at + 1 - i] == " ":
            return at
    return None


# (u48l) the name written before a text prop's other edition (`_switch_attribute`): no prop of a real page, read by
# `load.jsx_props` as the edition of the prop before it
EDITION_PROP = "_"
# the prop before the `{`: `noticeBody=`, `description=`
_PROP_BEFORE = lazy(r"(?<![\w:.-])([A-Za-z_][\w-]{0,60}+)[ \t\r\n]*+=[ \t\r\n]*+\Z")


def _both_editions(text: str, start: int, i: int) -> bool:
    """(u48l, eval/blind/round48 handoffterms-zh-en-tsx L58) Whether the switch at `i` is a text prop's value
    (`noticeBody=`, `description=`; not a title, a heading or a label: one line of the outline or a caption): its English
    edition is read beside its Chinese one, as a language switch among the children is (`load.jsx_locale`).  Only its
    Chinese edition was, and a template's handoff notice in English ("This page contains template legal copy … Replace
    it with … before production launch.") was never seen."""
    from policylens.load.jsx_props import body_prop

    prop = _PROP_BEFORE.search(text, max(start, i - 80), i)
    return prop is not None and body_prop(prop.group(1))


# (u48l) the name written before each item of an inline data array read as text (`_inline_items`)
ITEM_PROP = "__"
_ITEM_LITERAL = lazy(r"""[ \t\r\n]*+(?:"([^"\\\n$]*+)"|'([^'"\\\n$]*+)')[ \t\r\n]*+""")


def _inline_items(text: str, start: int, i: int, close: int, bracket: int) -> list[str] | None:
    """(u48l, eval/blind/round48 handoffterms-zh-en-tsx L62–66) The attribute expression `text[i:close + 1]`, an inline
        data array (`paragraphs={[…]}`, its `[` at `bracket`) of a component, written for the HTML reader when every item
        is a plain string literal or a language switch of two (`locale === "zh" ? "使用本网站…" : "By using the site…"`):
        each item a value named `__` (`load.jsx_props` reads each as a paragraph), a switch's other edition named `_`
        after it.  The component shows them, and nobody read them (the page's two paragraphs of terms).  None when an item
        is anything else (an object, markup, a call, a name), none holds Chinese, none is a switch (an array of literals
    alone is read by `load.jsx_data.props`, where the component stands), or there is no room to name a value in
        the blanked code (`["…", "…"]` on one line): the `[` alone is kept, as before."""
    from policylens.load.jsx_locale import edition_text, tests_locale

    lt = text.rfind("<", start, i)
    if lt < 0 or not text[lt + 1 : lt + 2].isupper():
        return None
    end = matching(text, bracket, close, "[", "]")
    if end >= close or text[end + 1 : close].strip():
        return None
    items: list[tuple[int, int]] = []  # each item's span
    k = item = bracket + 1
    while k < end:
        c = text[k]
        if c in "\"'":
            k = _string_end(text, k, end) + 1
            continue
        if c in "{[(<`":
            return None
        if c == ",":
            items.append((item, k))
            item = k + 1
        k += 1
    if text[item:end].strip():
        items.append((item, end))
    out = [c if c in "\r\n" else " " for c in text[i : close + 1]]
    out[bracket - i] = "["
    han = switched = False
    free = bracket + 1  # the first blanked offset a name may be written at
    for a, b in items:
        literal = _ITEM_LITERAL.fullmatch(text, a, b)
        if literal is not None:
            g = 1 if literal.group(1) is not None else 2
            values = [(literal.start(g), literal.end(g))]
        else:
            switch = _SWITCH_VALUE.fullmatch(text, a, b)
            if switch is None or not tests_locale(text, a, b):
                return None
            g1 = 1 if switch.group(1) is not None else 2
            g2 = 3 if switch.group(3) is not None else 4
            values = [(switch.start(g1), switch.end(g1)), (switch.start(g2), switch.end(g2))]
            values = [v for v in values if HAN_CHAR.search(text, *v) or edition_text(text[v[0] : v[1]])]
            switched = True
        for n, (v0, v1) in enumerate(values):
            name = (ITEM_PROP if n == 0 else EDITION_PROP) + "="
            if v0 - 1 - len(name) - 1 < free or not all(out[x - i] == " " for x in range(v0 - 1 - len(name) - 1, v0 - 1)):
                return None  # no room for ` __=` before the quote
            out[v0 - 1 - len(name) - i : v0 - 1 - i] = name
            out[v0 - 1 - i] = out[v1 - i] = '"'
            out[v0 - i : v1 - i] = text[v0:v1]
            han = han or HAN_CHAR.search(text, v0, v1) is not None
            free = v1 + 1
    return out if han and switched else None  # (literals alone: read as before, `load.jsx_data.props._inline_arrays`)
