"""A page kept whole in a PHP string (a policy saved from Word as a web page and pasted into a config value):
the literal that runs to the file's end holding a document or a body of block elements with Chinese wording
(`stored_page`, `stored_page_fields`), read as HTML in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from policylens.lazyre import lazy
from policylens.load.server_code.echoes import _HAN_CHAR, _keep_literal
from policylens.load.server_code.tokens import _PHP_OPEN, CODE, _blanks_end, _Heredocs, _php_close, _Token, _tokens

# the start of a whole HTML document: `<!DOCTYPE html`, `<html …>` (after blanks and a BOM)
_DOCUMENT_START = lazy(r"[\ufeff \t\r\n]*+<(?:!doctype[ \t\r\n]++html|html)(?![A-Za-z0-9_:-])", re.I)
# a block element's start tag: what makes a literal a page's body (three of them, and Chinese wording)
_BLOCK_TAG = lazy(r"<(?:p|div|h[1-6]|li)(?=[\s>/])", re.I)
# a heading's start tag: what a literal returned by a function must hold to be the page (`stored_page`)
_HEADING_TAG = lazy(r"<h[1-6](?=[\s>/])", re.I)


def _holds_page(code: str, start: int, end: int) -> bool:
    """Does `code[start:end]` (a literal's text) hold a page: a whole document, or a body of three block elements or
    more with Chinese wording (`<<<EOT` ⏎ `<h2>一、…</h2><p>…</p>…`)?"""
    if _DOCUMENT_START.match(code, start, end):
        return True
    for blocks, _ in enumerate(_BLOCK_TAG.finditer(code, start, end), 1):
        if blocks >= 3:
            return _HAN_CHAR.search(code, start, end) is not None
    return False


def _literal_span(t: _Token) -> tuple[int, int]:
    """The span of a literal's text in its code: a heredoc's or nowdoc's body, a quoted literal's inside."""
    return (t.body[0], t.body[1]) if t.body is not None else (t.start + 1, t.end - 1)


def stored_page(text: str) -> str | None:
    """`text` as the HTML page it stores (`stored_page_fields`), or None."""
    stored = stored_page_fields(text)
    return None if stored is None else stored[0]


@lru_cache(maxsize=2)  # (review r43: format sniffing and the reader both ask it, and each tokenised the whole file)
def stored_page_fields(text: str) -> tuple[str, tuple[int, ...]] | None:
    """`text` as the HTML page it stores, when the file is one PHP block that keeps a whole page in a string; else None.

    A PHP file made only of code can hold the page it serves as a literal: `<?php $config['private_protocol'] =
    <<<TOD` ⏎ `<html xmlns:o=…>` … `</html>` ⏎ `TOD; return $config;` (a policy saved from Word as a web page and pasted
    into a config value, eval/structure43 wanghe-agreement-word-php).  Its code echoes nothing, so the page was read as
    plain text: its tags as words and its headings lost.  When the file opens with a PHP block that runs to its end (or
    closes with only blanks after it) and a string literal of that block (a heredoc, a nowdoc or a quoted string) holds
    a document that opens with `<!DOCTYPE html` or `<html`, or a body of three block elements or more (`<p>`, `<div>`,
    `<h2>`, `<li>`) with Chinese wording, that literal is the page: its characters stay in place (escapes and
    interpolations resolved as an echoed literal's are) and every other character becomes `CODE`, newlines kept.  A
    literal holding one fragment (`'<p>…</p>'`, a catalogue's value) is no stored page, and a file with markup after its
    code is a server page (`blank_server_code`).  A literal inside a function's body is the page only when it has headings
    (`<h3>用户注册协议</h3>`…, the policies a fixture's methods return, eval/blind/round33b tourze-fixture-php): what else
    a function returns is a template it fills (review r43: a welcome mail's `return "<div>您好，$name</div>…"`).
    With the page, the offsets of its interpolations (`{$company}`): values the code prints (u54q).
    """
    at = _blanks_end(text, 0)
    opened = _PHP_OPEN.match(text, at)
    if opened is None:
        return None
    end = _php_close(text, opened.end(), _Heredocs(text))
    if end != -1 and text[end:].strip(" \t\r\n"):
        return None  # markup follows the code: a server page (`blank_server_code`)
    code = text[opened.end() : len(text) if end == -1 else end - 2]
    pages = [
        t
        for t, in_function in _scoped_literals(code, _tokens(code, php=True))
        if _holds_page(code, *_literal_span(t)) and not (in_function and _HEADING_TAG.search(code, *_literal_span(t)) is None)
    ]
    if not pages:
        return None
    out = [c if c in "\r\n" else CODE for c in text]
    fields: list[int] = []
    for t in pages:
        _keep_literal(out, code, opened.end(), t, php=True, fields=fields)
    return "".join(out), tuple(fields)


def _scoped_literals(code: str, tokens: Iterator[_Token]) -> Iterator[tuple[_Token, bool]]:
    """The string literals of `tokens`, each with whether it is in a function's body or signature (`function f($a = "…")
    { … }`, a closure's or a method's): brace by brace, each brace opened after `function` (before a `;`) a body."""
    in_function: list[bool] = []  # per open brace: is it (or one around it) a function's body?
    pending = False  # `function` seen, its body's brace not yet
    for t in tokens:
        if t.kind == "word":
            pending = pending or code[t.start : t.end].lower() == "function"
        elif t.kind == "op" and code[t.start] == "{":
            in_function.append(pending or (bool(in_function) and in_function[-1]))
            pending = False
        elif t.kind == "op" and code[t.start] == "}":
            if in_function:
                in_function.pop()
        elif t.kind == "op" and code[t.start] == ";":
            pending = False  # (an abstract method or an interface's: no body)
        elif t.kind == "str":
            yield t, pending or (bool(in_function) and in_function[-1])
