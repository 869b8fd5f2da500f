"""A React page's source (`.tsx`, `.jsx`): its JSX markup is the page, its code is not.

A policy kept as a component (`export default function Privacy() { return <div>…</div> }`, often a Word export
converted to JSX: `style={{fontFamily: '"Times New Roman",serif'}}` on every span, `<style dangerouslySetInnerHTML=
{{__html: "p.Standard {…}"}} />`) was read as an HTML page, and its code as text: the imports and a route's `meta`
became paragraphs, and a self-closed `<style … />` (an HTML reader waits for `</style>`) swallowed the page, so that a
commit that only renamed a class or dropped a colour showed 178 changes (twenty-second session, `eval/dev22d`
blophy-tsx-restyle).  `blank_jsx` rewrites the source in place, length for length, before the HTML reader sees it:

- the code before the first element of the markup (imports, types, `export const meta = …`, the function head) and
  after its last `>`;
- every `{…}` expression: an attribute's value (`style={{…}}`, `className={cls}`) and a child (`{" "}`, `{items.map(…)}`:
  text computed at run time, not written here);
- a self-closed `<style … />` or `<script … />` (no text, and no closing tag for the HTML reader to wait for).

Blanked characters become `server_code.CODE` (the HTML reader drops it, keeping the positions of the text around it);
newlines stay newlines, so line numbers hold.  Text written between the tags is kept as written.
"""

from __future__ import annotations

import re

from policylens.load.server_code import CODE

JSX_SUFFIXES = (".tsx", ".jsx")

# the first element of the markup: a lower-case (intrinsic) tag, `<div`, `<p>`; not a type argument `Array<string>`
_FIRST_TAG = re.compile(r"<[a-z][\w.-]{0,40}+(?=[\s/>])")
_SELF_CLOSED_RAW = re.compile(r"<(?:style|script)\b[^<>]{0,100000}?/>", re.I)
_QUOTES = "\"'`"


def blank_jsx(text: str) -> str:
    """`text` with its code blanked (see module doc); unchanged when it has no element."""
    first = _FIRST_TAG.search(text)
    end = text.rfind(">")
    if first is None or end < first.start():
        return text
    out = list(text)
    _blank(out, 0, first.start())
    _blank(out, end + 1, len(text))
    i = first.start()
    in_tag = False
    quote = ""
    while i <= end:
        c = text[i]
        if in_tag and quote:
            if c == quote:
                quote = ""
        elif c == "{":
            close = _matching(text, i, end)
            _blank(out, i, close + 1)
            i = close
        elif in_tag and c in "\"'":
            quote = c
        elif c == "<" and i + 1 <= end and (text[i + 1].isalpha() or text[i + 1] in "/>!"):
            in_tag = True
        elif in_tag and c == ">":
            in_tag = False
        i += 1
    blanked = "".join(out)
    for m in _SELF_CLOSED_RAW.finditer(blanked):
        _blank(out, m.start(), m.end())
    return "".join(out)


def _matching(text: str, start: int, limit: int) -> int:
    """Index of the `}` closing the `{` at `start` (strings and nested braces skipped); `limit` if none."""
    depth = 0
    quote = ""
    i = start
    while i <= limit:
        c = text[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = ""
        elif c in _QUOTES:
            quote = c
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return limit


def _blank(out: list[str], start: int, end: int) -> None:
    for k in range(start, min(end, len(out))):
        if out[k] not in "\r\n":
            out[k] = CODE
