"""A component's prop written as an expression but shown as text, rewritten as a quoted value of the same length for the
HTML reader: one plain string literal (`content={`我們收集…`}`, `_literal_attribute`), or a template literal whose
`${…}` name values the page imports, each slot kept as written (`_interpolated_attribute`), or a language switch of two
plain literals, read as its Chinese edition (`_switch_attribute`, u48k)."""

from __future__ import annotations

from policylens.lazyre import lazy
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
    from policylens.load.jsx_locale import tests_locale

    m = _SWITCH_VALUE.fullmatch(text, i + 1, close)
    if m is None or not tests_locale(text, i + 1, close):
        return None
    lt = text.rfind("<", start, i)
    if lt < 0 or not text[lt + 1 : lt + 2].isupper():
        return None
    group = next((g for g in (1, 2, 3, 4) if m.group(g) is not None and HAN_CHAR.search(m.group(g))), None)
    if group is None:
        return None
    body_start, body_end = m.start(group), m.end(group)
    out = [c if c in "\r\n" else " " for c in text[i : close + 1]]  # line breaks kept: every later line holds
    out[body_start - 1 - i] = out[body_end - i] = '"'
    out[body_start - i : body_end - i] = text[body_start:body_end]
    return out
