"""`blank_jsx`: a React page's source rewritten in place, length for length, so that the HTML reader reads its markup
and no code: the code around the top-level elements (`_roots`) blanked, each element's markup read by `_markup`;
whether the page prints a date its code computes (`computed_date`), and the lines of the elements whose
`dangerouslySetInnerHTML` holds Chinese, named as not read (`inner_html_lines`)."""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.jsx.expressions import _markup
from policylens.load.jsx.scanning import _ELEMENT_NAME, _OPERAND_OPENERS, _before, _element_end, _type_parameters, blank_span, matching
from policylens.patterns import DATE_CUE, HAN_CHAR

# the first element of the markup: a lower-case (intrinsic) tag, `<div`, `<p>`; not a type argument `Array<string>`
_FIRST_TAG = lazy(r"<[a-z][\w.-]{0,40}+(?=[\s/>])")
_SELF_CLOSED_RAW = lazy(r"<(?:style|script)\b[^<>]{0,100000}?/>", re.I)


# A date the page computes and prints after a date cue, its code blanked below: 「更新于 <time dateTime={modifiedDate
# .toISOString()}>{modifiedDate.toLocaleDateString("zh", …)}</time>」 (eval/precision26/seekreturns-tsx: a false "no
# date"), "Last updated: <span>{formatDate(meta.updated)}</span>".  Not today's date, `{new Date().toLocaleDateString()}`
# (the policy has no date of its own).
_COMPUTED_DATE = lazy(
    rf"(?:{DATE_CUE})[^<>{{}}\n]{{0,12}}(?:\s*+</?[A-Za-z][^<>]{{0,300}}>)*+\s*+"
    r"\{(?!\s*+(?:new\s+Date\s*+\(\s*+\)|Date\.now\s*+\())[^{}\n]{0,120}?(?i:date|time|updated|modified)"
)


def computed_date(text: str) -> bool:
    """Does a React page print, after a date cue, a date its code computes (`_COMPUTED_DATE`)?"""
    return _COMPUTED_DATE.search(text) is not None


# an element assigned (`const note = <p>`), not a comparison `a <= b`, `a == <b` or an arrow `=>` (an operand opener)
_ASSIGNED = lazy(r"(?<![=!<>])=[ \t\r\n]*\Z")


def blank_jsx(
    text: str,
    computed: list[int] | None = None,
    alternates: list[tuple[int, str, str]] | None = None,
    code: list[tuple[int, int]] | None = None,
    literals: list[tuple[int, int]] | None = None,
    unclosed: list[int] | None = None,
) -> str:
    """`text` with its code blanked (see module doc); unchanged when it has no element.  `computed`, if given, receives
    the offset of each child expression that prints a value of its own (see module doc); `alternates` each inline branch
    of a condition not read, as (its offset, its text, the text read in its place) (`_operands`); `code` the spans
    (start, end) of the code around the markup's top-level elements (imports, data constants, the component's head: not
    the expressions inside the markup), whose string literals `load.html` hands to the placeholder rules; `literals` the
    bodies (start, end) of the string literals read as text, whose escapes the reader decodes (`literal_escapes`);
    `unclosed` the offset of each child expression of a top-level element never closed (u48h, `_markup`)."""
    end = text.rfind(">")
    roots = _roots(text, end)
    if not roots:
        first = _FIRST_TAG.search(text)
        if first is None or end < first.start():
            return text
        roots = [(first.start(), end)]  # no element in an operand's place: the markup from the first tag on
    out = list(text)
    done = 0
    for start, stop in roots:
        blank_span(out, done, start)
        if code is not None and start > done:
            code.append((done, start))
        _markup(text, out, start, stop, computed, alternates, literals, unclosed)
        done = stop + 1
    blank_span(out, done, len(text))
    if code is not None and len(text) > done:
        code.append((done, len(text)))
    blanked = "".join(out)
    for m in _SELF_CLOSED_RAW.finditer(blanked):
        blank_span(out, m.start(), m.end())
    return "".join(out)


# `dangerouslySetInnerHTML={{ __html: … }}` on an element other than <style>/<script>: HTML the page sets at run time
_INNER_HTML = lazy(r"<([A-Za-z][\w.]{0,60}+)\b[^<>]{0,2000}?\bdangerouslySetInnerHTML\s*+=\s*+\{")


def inner_html_lines(text: str) -> list[int]:
    """The lines of the elements whose `dangerouslySetInnerHTML` holds Chinese (「<div dangerouslySetInnerHTML={{ __html:
    '<p>第三方服務。</p>' }} />」): an attribute, blanked as code, so its text is not read; the reader names them
    (it was dropped without a word; twenty-seventh session, u27h).  A <style>'s or <script>'s holds no text."""
    lines: list[int] = []
    if "dangerouslySetInnerHTML" not in text:
        return lines
    for m in _INNER_HTML.finditer(text):
        if m.group(1).lower() in ("style", "script"):
            continue
        end = matching(text, m.end() - 1, len(text) - 1)
        if HAN_CHAR.search(text, m.end(), end) is not None:
            lines.append(text.count("\n", 0, m.start()) + 1)
    return lines


def _roots(text: str, end: int) -> list[tuple[int, int]]:
    """The top-level elements of the markup, as (start, index of the closing `>`): each element of the code that starts
    an operand (`return (<Container>`, a second branch's `return (`, a helper component's `return (<section>`,
    `const note = <p>`).  The code between them (the rest of a component, a helper's head `function Section({ title }:
    { title: string }) {`) is not markup; a root that does not close runs to the last `>`."""
    roots = []
    pos = 0
    while (start := _next_root(text, pos, end)) is not None:
        stop = _element_end(text, start, end)
        roots.append((start, stop))
        pos = stop + 1
    return roots


def _next_root(text: str, start: int, end: int) -> int | None:
    """Index of the next element after `start` that starts an operand (see `_after_operator`, plus `=`), or None."""
    i = text.find("<", start, end)
    while i != -1:
        opens = i + 1 < end and (text[i + 1].isalpha() or text[i + 1] == ">")
        if opens and text[i + 1] != ">" and (m := _ELEMENT_NAME.match(text, i + 1, end)) and _type_parameters(text, m.end()):
            opens = False  # (forty-sixth round) `const pick = <T,>(…) =>` is a generic, no root: it ran to the page's end
        if opens and (_before(text, start, i) in _OPERAND_OPENERS or _ASSIGNED.search(text, max(start, i - 40), i)):
            return i
        i = text.find("<", i + 1, end)
    return None
