"""Server code saved in a page: the string literals it echoes are the reader's text, the rest is code.

A page saved with its PHP (`<?php echo "…"; ?>`, `<?= '…' ?>`, `print`), JSP (`<%= "…" %>`,
`<% out.print("…"); %>`) or ASP (`<%= "…" %>`, `<% Response.Write("…") %>`) shows, where the code
stands, the literals it echoes: those are text, read as HTML in their place (they may hold tags).
The page is rewritten in place, length for length: each echoed literal's characters stay where
they are written, every other character of the code becomes `CODE` (a noncharacter the HTML
reader drops, so nothing is inserted between the texts around it), newlines stay newlines.
An escape keeps its character and turns its backslash into `CODE` (`\\"` → `"`), a `\\n` is a
space.  Text the code computes (`echo $name;`, `echo t('key');`, `date('Y')`, `"$x"` inside a
literal) is not readable: it is code, as a `<%= … %>` directive always was here (no marker).  A template echo of one
plain literal (Blade `{!! '…' !!}`, `{{ '…' }}`) is its literal (`blank_literal_echoes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import delimited

CODE = "\ufdd1"  # a noncharacter: no text holds it (`load.html` drops it, keeping the positions of the text around it)

# `<?php`, `<?=`, and the short open tag `<?` before a blank; never `<?xml …?>`
_PHP_OPEN = re.compile(r"<\?(?:php(?![A-Za-z0-9_])|=|(?=[ \t\r\n]))", re.I)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PHP_VAR = re.compile(r"\$[A-Za-z_][A-Za-z0-9_]*(?:->[A-Za-z_][A-Za-z0-9_]*|\[[^\]\n]{0,80}\])*")
# the calls of a JSP/ASP scriptlet that write their argument into the page
_WRITERS = frozenset({"out.print", "out.println", "out.write", "response.write"})
_ECHO_WORDS = frozenset({"echo", "print"})
# escapes that stand for a blank (a reader of HTML sees a space) and those that stand for their own character
_BLANK_ESCAPES = frozenset("ntrvf")
_SELF_ESCAPES = {'"': frozenset('\\$"'), "'": frozenset("\\'")}
_JAVA_SELF_ESCAPES = frozenset("\\\"'")


class _Token:
    """A token of server code: its kind (`str`, `word`, `var`, `op`), span, and for a literal its quote."""

    __slots__ = ("end", "kind", "start")

    def __init__(self, kind: str, start: int, end: int) -> None:
        self.kind, self.start, self.end = kind, start, end


def _string_end(code: str, i: int, *, doubled: bool) -> int:
    """The end (after the closing quote) of the literal opening at `i`; `doubled`: `""` is a quote (VBScript)."""
    quote = code[i]
    k = i + 1
    while k < len(code):
        c = code[k]
        if c == "\\":
            k += 2
            continue
        if c == quote:
            if doubled and code.startswith(quote, k + 1):
                k += 2
                continue
            return k + 1
        k += 1
    return len(code)


def _tokens(code: str, *, php: bool) -> Iterator[_Token]:
    """The tokens of `code`, comments and blanks skipped (linear)."""
    i, n = 0, len(code)
    while i < n:
        c = code[i]
        if c in " \t\r\n":
            i += 1
        elif code.startswith("//", i) or (php and c == "#"):
            nl = code.find("\n", i)
            i = n if nl == -1 else nl + 1
        elif code.startswith("/*", i):
            close = code.find("*/", i + 2)
            i = n if close == -1 else close + 2
        elif c in "\"'":
            end = _string_end(code, i, doubled=not php and c == '"')
            yield _Token("str", i, end)
            i = end
        elif php and c == "$" and (m := _PHP_VAR.match(code, i)):
            yield _Token("var", i, m.end())
            i = m.end()
        elif m := _WORD.match(code, i):
            end = m.end()
            while code.startswith(".", end) and (w := _WORD.match(code, end + 1)) and not php:
                end = w.end()  # `out.print`, `Response.Write`: one name
            yield _Token("word", i, end)
            i = end
        else:
            yield _Token("op", i, i + 1)
            i += 1


def _echoed(code: str, tokens: list[_Token], start: int) -> tuple[list[_Token], int]:
    """The literals an expression from `tokens[start]` echoes (not those inside calls or indexes), and where it ends."""
    kept: list[_Token] = []
    stack: list[bool] = []  # per open bracket: inside a call or an index (its literals are arguments, not text)
    k = start
    while k < len(tokens):
        t = tokens[k]
        ch = code[t.start] if t.kind == "op" else ""
        if not stack and ch == ";":
            break
        if ch and ch in "([{":
            called = ch == "[" or (
                k > start
                and tokens[k - 1].kind in ("word", "var")
                and code[tokens[k - 1].start : tokens[k - 1].end].lower() not in _ECHO_WORDS
            )
            stack.append(called or bool(stack and stack[-1]))
        elif ch and ch in ")]}":
            if not stack:
                break  # the end of a writer call's argument
            stack.pop()
        elif t.kind == "str" and not (stack and stack[-1]):
            kept.append(t)
        k += 1
    return kept, k


def _written(code: str, tokens: list[_Token], *, expression: bool, writers: frozenset[str]) -> list[_Token]:
    """The literals `code` writes into the page: its own expression (`<?=`, `<%=`) and what follows each of `writers`."""
    kept: list[_Token] = []
    k = 0
    if expression:
        found, k = _echoed(code, tokens, 1)  # tokens[0] is the `=` of `<?=` or `<%=`
        kept += found
    while k < len(tokens):
        t = tokens[k]
        if t.kind == "word" and code[t.start : t.end].lower() in writers:
            found, k = _echoed(code, tokens, k + 1)
            kept += found
        k += 1
    return kept


def _php_literals(code: str) -> list[_Token]:
    """The literals a PHP block echoes: after `echo` and `print`, and the expression of `<?=`."""
    return _written(code, list(_tokens(code, php=True)), expression=code.startswith("="), writers=_ECHO_WORDS)


def _scriptlet_literals(code: str) -> list[_Token]:
    """The literals a JSP/ASP block writes: `<%= … %>`, and the argument of `out.print(…)` or `Response.Write(…)`."""
    if code.startswith(("--", "@", "!")):
        return []  # a comment, a directive, a declaration
    kept = _written(code, list(_tokens(code, php=False)), expression=code.startswith(("=", ":")), writers=_WRITERS)
    return [t for t in kept if code[t.start] == '"']  # Java 'x' is a character; VBScript ' a comment


def _keep_literal(out: list[str], code: str, offset: int, t: _Token, *, php: bool) -> None:
    """Restore the content of literal `t` in `out` (the blanked block at `offset`), its escapes and interpolations resolved."""
    quote = code[t.start]
    end = t.end - 1 if t.end - t.start >= 2 and code[t.end - 1] == quote else t.end
    k = t.start + 1
    while k < end:
        c = code[k]
        if c == "\\" and k + 1 < end:
            nxt = code[k + 1]
            if nxt in _BLANK_ESCAPES and (quote == '"'):
                out[offset + k + 1] = " "
                k += 2
                continue
            if (php and nxt in _SELF_ESCAPES[quote]) or (not php and nxt in _JAVA_SELF_ESCAPES):
                out[offset + k + 1] = nxt  # the backslash stays CODE
                k += 2
                continue
            out[offset + k] = c
            k += 1
            continue
        if not php and c == quote and k + 1 < end and code[k + 1] == quote:
            out[offset + k + 1] = quote  # VBScript `""`: one quote
            k += 2
            continue
        if php and quote == '"' and c in "${":
            skip = _interpolation(code, k, end)
            if skip:
                k += skip  # a value computed where the page is served: code
                continue
        out[offset + k] = c
        k += 1


def _interpolation(code: str, k: int, end: int) -> int:
    """The length of a PHP interpolation at `k` in a double-quoted literal (`$name`, `{$a['b']}`, `${x}`), or 0."""
    if code[k] == "$":
        if code.startswith("${", k):
            close = code.find("}", k, end)
            return close - k + 1 if close != -1 else 0
        m = _PHP_VAR.match(code, k, end)
        return m.end() - k if m else 0
    if code.startswith("{$", k):
        close = code.find("}", k, end)
        return close - k + 1 if close != -1 else 0
    return 0


def _in_tag(text: str, start: int) -> bool:
    """Does `start` fall inside a start tag (an attribute's value: `<a href="<?php echo $u; ?>">`)?"""
    lt = text.rfind("<", 0, start)
    return lt > text.rfind(">", 0, start) and lt + 1 < len(text) and (text[lt + 1].isalpha() or text[lt + 1] == "/")


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """The closed server-code blocks of `text`: (start, end, PHP?), in order, none inside another."""
    found = [(a, b, True) for a, b in delimited(text, "<?", "?>") if _PHP_OPEN.match(text, a)] if "<?" in text else []
    if "<%" in text:
        found += [(a, b, False) for a, b in delimited(text, "<%", "%>")]
        found.sort()
    out: list[tuple[int, int, bool]] = []
    for block in found:
        if not out or block[0] >= out[-1][1]:
            out.append(block)  # (`<% … <?php … %>`: the inner opener is the outer block's code)
    return out


def _rewritten(text: str, start: int, end: int, php: bool) -> str:
    """The block `text[start:end]` as CODE, the literals it echoes kept in place."""
    if _in_tag(text, start):
        return re.sub(r"[^\n]", " ", text[start:end])
    opened = _PHP_OPEN.match(text, start) if php else None
    inner = (opened.end() if opened else start + 2) - start
    block = text[start:end]
    if php and block[inner - 1] == "=":
        inner -= 1  # `<?=`: the `=` opens the expression
    code = block[inner:-2]
    out = ["\n" if c == "\n" else CODE for c in block]
    for t in _php_literals(code) if php else _scriptlet_literals(code):
        _keep_literal(out, code, inner, t, php=php)
    return "".join(out)


# a template echo of one plain literal: Blade `{!! '…' !!}`, Blade/Jinja/Twig `{{ '…' }}` (no escape, no quote inside)
_LITERAL_ECHOES = (
    re.compile(r"\{!![ \t]{0,10}(['\"])([^'\"\\\n]{1,400})\1[ \t]{0,10}!!\}"),
    re.compile(r"\{\{[ \t]{0,10}(['\"])([^'\"\\\n]{1,400})\1[ \t]{0,10}\}\}"),
)


def blank_literal_echoes(text: str) -> str:
    """`text` with each template echo of a plain literal turned into CODE around the literal's text, which stays in place.

    `{{ '我们收集您的信息' }}` shows its literal: that is text.  A value (`{{ $name }}`, `{{ company_name }}`) is not
    touched: the placeholder rules judge it.  Not for Vue and mini-program pages, whose `{{ }}` `load.html` reads itself.
    """
    if "{{" not in text and "{!!" not in text:
        return text
    parts: list[str] = []
    pos = 0
    for m in sorted((m for pattern in _LITERAL_ECHOES for m in pattern.finditer(text)), key=lambda m: m.start()):
        if m.start() < pos:
            continue
        a, b = m.span(2)
        parts += (text[pos : m.start()], CODE * (a - m.start()), text[a:b], CODE * (m.end() - b))
        pos = m.end()
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def blank_server_code(text: str) -> str:
    """`text` with its closed PHP and JSP/ASP blocks turned into CODE, the literals they echo kept in place.

    Only closed blocks: a `<?php` left open at the end of the file is the HTML reader's (`load.html._feed`).  A block
    inside a start tag (an attribute's value) is blanked with spaces, as `<% … %>` always was: an attribute is no text.
    """
    if "<?" not in text and "<%" not in text:
        return text
    parts: list[str] = []
    pos = 0
    for start, end, php in _blocks(text):
        parts += (text[pos:start], _rewritten(text, start, end, php))
        pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)
