"""Which literals of a block the page shows: those `echo`, `print`, `<?=`, `out.print` or `Response.Write` write
(also through a function that only escapes, trims or breaks its argument, `_PASS_THROUGH`), the literals of a call whose
arguments are all literals, one of them Chinese wording (`_shown_by_call`), and how an echoed literal is restored in the blanked block (its escapes and
interpolations resolved).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.server_code.tokens import _PHP_VAR, _Token, _tokens
from policylens.patterns import HAN

# the calls of a JSP/ASP scriptlet that write their argument into the page
_WRITERS = frozenset({"out.print", "out.println", "out.write", "response.write"})
_ECHO_WORDS = frozenset({"echo", "print"})
# PHP functions whose result is their first argument's text, escaped, trimmed or with breaks (a saved page's
# `<?php echo nl2br("…", false); ?>`, eval/blind/profiles16/docs/gogeili-tw): that argument's literals are echoed
_PASS_THROUGH = frozenset(
    {"nl2br", "htmlspecialchars", "htmlentities", "html_entity_decode", "htmlspecialchars_decode", "trim", "ltrim", "rtrim"}
    | {"stripslashes", "ucfirst"}
)
_NL2BR = "nl2br"
# what a bracket opened in an echoed expression holds: text (a group), code (a call's arguments, an index), or the
# first argument of a `_PASS_THROUGH` function (text up to its first comma), with `<br />` at its line ends (nl2br)
_GROUP, _CALL, _PASS, _PASS_BR = 0, 1, 2, 3
# escapes that stand for a blank (a reader of HTML sees a space) and those that stand for their own character
_BLANK_ESCAPES = frozenset("ntrvf")
_SELF_ESCAPES = {'"': frozenset('\\$"'), "'": frozenset("\\'")}  # (a nowdoc, quote "", has none)
_JAVA_SELF_ESCAPES = frozenset("\\\"'")


def _echoed(code: str, tokens: list[_Token], start: int) -> tuple[list[tuple[_Token, bool]], int]:
    """The literals an expression from `tokens[start]` echoes (not those inside calls or indexes, but those of a
    `_PASS_THROUGH` function's first argument), each with whether `nl2br` breaks its lines, and where it ends."""
    kept: list[tuple[_Token, bool]] = []
    stack: list[int] = []  # per open bracket: what it holds (`_GROUP`, `_CALL`, `_PASS`, `_PASS_BR`)
    k = start
    while k < len(tokens):
        t = tokens[k]
        ch = code[t.start] if t.kind == "op" else ""
        if not stack and ch == ";":
            break
        if ch and ch in "([{":
            stack.append(_opened(code, tokens, k, start, stack[-1] if stack else _GROUP))
        elif ch and ch in ")]}":
            if not stack:
                break  # the end of a writer call's argument
            stack.pop()
        elif ch == "," and stack and stack[-1] in (_PASS, _PASS_BR):
            stack[-1] = _CALL  # the function's other arguments are flags and charsets
        elif t.kind == "str" and (not stack or stack[-1] != _CALL):
            kept.append((t, _PASS_BR in stack))
        k += 1
    return kept, k


def _opened(code: str, tokens: list[_Token], k: int, start: int, outer: int) -> int:
    """What the bracket `tokens[k]` opens holds, inside a bracket that holds `outer`."""
    if outer == _CALL:
        return _CALL
    if code[tokens[k].start] == "[":
        return _CALL
    before = tokens[k - 1] if k > start else None
    if before is None or before.kind not in ("word", "var"):
        return outer
    name = code[before.start : before.end].lower()
    if name in _ECHO_WORDS:
        return outer
    if before.kind == "word" and name in _PASS_THROUGH and code[tokens[k].start] == "(":
        return _PASS_BR if name == _NL2BR or outer == _PASS_BR else _PASS
    return _CALL


def _written(code: str, tokens: list[_Token], *, expression: bool, writers: frozenset[str]) -> list[tuple[_Token, bool]]:
    """The literals `code` writes into the page: its own expression (`<?=`, `<%=`) and what follows each of `writers`."""
    kept: list[tuple[_Token, bool]] = []
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


def _php_literals(code: str, apart: list[int]) -> list[tuple[_Token, bool]]:
    """The literals a PHP block echoes: after `echo` and `print`, the expression of `<?=`, and the wording of a
    statement call that shows it (`_shown_by_call`, which adds to `apart` where a blank separates two of them)."""
    tokens = list(_tokens(code, php=True))
    kept = _written(code, tokens, expression=code.startswith("="), writers=_ECHO_WORDS)
    if code.startswith("="):
        return kept
    return kept + [(t, False) for t in _shown_by_call(code, tokens, apart)]


# Calls made as statements that do not show their string arguments: files, constants, headers, settings, sessions.
_NOT_SHOWN = frozenset(
    {"include", "include_once", "require", "require_once", "define", "header", "setcookie", "setrawcookie", "ini_set"}
    | {"session_start", "session_name", "error_reporting", "date_default_timezone_set", "set_include_path", "exit", "die"}
    | {"error_log", "trigger_error", "assert", "unset", "isset", "empty", "list", "array", "return", "new", "function"}
    | {"mb_internal_encoding", "setlocale", "putenv", "ob_start", "http_response_code", "header_remove", "syslog"}
)
_HAN_CHAR = lazy(f"[{HAN}]")
# an English edition's wording beside the Chinese one: letters and a blank (not a text domain, key or file name)
_PROSE = lazy(r"[A-Za-z]{2}[ \t]+[A-Za-z]")  # (two letters suffice: `{2,}` backtracked over a long word)


def _op(code: str, t: _Token) -> str:
    """The character of an operator token, or "" for any other token."""
    return code[t.start] if t.kind == "op" else ""


def _shown_by_call(code: str, tokens: list[_Token], apart: list[int]) -> list[_Token]:
    """The literals of each statement `name('…', '…');` whose arguments are all literals and one of them Chinese wording.

    A site's own echo helper shows its arguments where it stands: `<?php ec('Terms of Use','使用條款'); ?>` (a Hong Kong
    shop writing each text in both languages and showing one by the visitor's language, eval/precision38 isnatura-*-hk-php:
    the three pages were read as empty), WordPress's `_e('隐私政策', 'theme')`.  A call's result left unused is shown or
    does nothing, so its Chinese wording is the page's text (both editions kept, as `load.jsx_locale` keeps both
    branches of a language switch), and an English argument beside it that reads as prose too; a text domain, a key or a
    file name (no blank between words) stays code, and so does every call of `_NOT_SHOWN` (`include('页脚.php')`).
    The offset in `code` of each kept argument's closing quote but the last of its call is added to `apart`: a blank
    there keeps the editions apart (「Terms of Use 使用條款」).
    """
    shown: list[_Token] = []
    k, n = 0, len(tokens)
    while k < n:
        t = tokens[k]
        at_start = k == 0 or (tokens[k - 1].kind == "op" and code[tokens[k - 1].start] in ";{}:")
        if not (at_start and t.kind == "word" and k + 2 < n and _op(code, tokens[k + 1]) == "("):
            k += 1
            continue
        args: list[_Token] = []
        j = k + 2  # the token after the last argument read
        while j < n and tokens[j].kind == "str" and tokens[j].body is None:
            args.append(tokens[j])
            j += 1
            if j + 1 < n and _op(code, tokens[j]) == ",":
                j += 1
                continue
            break
        statement_end = j + 1 >= n or _op(code, tokens[j + 1]) in (";", "?")
        if (
            args
            and j < n
            and _op(code, tokens[j]) == ")"
            and statement_end
            and code[t.start : t.end].lower() not in _NOT_SHOWN | _ECHO_WORDS
            and any(_HAN_CHAR.search(code, a.start, a.end) for a in args)
        ):
            wording = [a for a in args if _HAN_CHAR.search(code, a.start, a.end) or _PROSE.search(code, a.start, a.end)]
            shown += wording
            apart += (a.end - 1 for a in wording[:-1])  # each edition's closing quote
            k = j + 1
            continue
        k += 1
    return shown


def _scriptlet_literals(code: str) -> list[tuple[_Token, bool]]:
    """The literals a JSP/ASP block writes: `<%= … %>`, and the argument of `out.print(…)` or `Response.Write(…)`."""
    if code.startswith(("--", "@", "!")):
        return []  # a comment, a directive, a declaration
    kept = _written(code, list(_tokens(code, php=False)), expression=code.startswith(("=", ":")), writers=_WRITERS)
    return [(t, br) for t, br in kept if code[t.start] == '"']  # Java 'x' is a character; VBScript ' a comment


def _keep_literal(out: list[str], code: str, offset: int, t: _Token, *, php: bool, fields: list[int] | None = None) -> None:
    """Restore the content of literal `t` in `out` (the blanked block at `offset`), its escapes and interpolations resolved.
    `fields`, if given, receives the index in `out` of each interpolation (`{$company}`, `$name`): a value the code prints
    there (u54q, eval/blind/round54q powerchi-tw-php: `{$company}（以下簡稱「本公司」）` read as a nameless definition)."""
    if t.body is not None:
        k, end, interpolating = t.body
        quote = '"' if interpolating else ""  # a heredoc reads as a double-quoted literal, a nowdoc as written
    else:
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
            if (php and nxt in _SELF_ESCAPES.get(quote, "")) or (not php and nxt in _JAVA_SELF_ESCAPES):
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
                if fields is not None:
                    fields.append(offset + k)
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
