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

A PHP function that hands its first argument back as text, only escaped, trimmed or with `<br />` put at its line
ends (`echo nl2br("…", false);`, `htmlspecialchars`, `trim`…: `_PASS_THROUGH`) echoes that argument's literals: they
are text too.  The line ends `nl2br` makes line breaks are reported (`blank_server_code(…, breaks=…)`), since a
length-for-length rewrite cannot insert the `<br />`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from policylens.lazyre import delimited, lazy
from policylens.patterns import HAN

CODE = "\ufdd1"  # a noncharacter: no text holds it (`load.html` drops it, keeping the positions of the text around it)

# `<?php`, `<?=`, and the short open tag `<?` before a blank; never `<?xml …?>`
_PHP_OPEN = lazy(r"<\?(?:php(?![A-Za-z0-9_])|=|(?=[ \t\r\n]))", re.I)
_WORD = lazy(r"[A-Za-z_][A-Za-z0-9_]*")
_PHP_VAR = lazy(r"\$[A-Za-z_][A-Za-z0-9_]*(?:->[A-Za-z_][A-Za-z0-9_]*|\[[^\]\n]{0,80}\])*")
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


class _Token:
    """A token of server code: its kind (`str`, `word`, `var`, `op`) and span; a PHP heredoc or nowdoc (a `str`) also
    has `body`: the span of its text and whether it interpolates (a heredoc) or not (a nowdoc)."""

    __slots__ = ("body", "end", "kind", "start")

    def __init__(self, kind: str, start: int, end: int, body: tuple[int, int, bool] | None = None) -> None:
        self.kind, self.start, self.end, self.body = kind, start, end, body


# PHP `<<<EOT`, `<<< "EOT"` (a heredoc) and `<<<'EOT'` (a nowdoc), the label's line ended by LF, CR LF or CR
_HEREDOC = lazy(r"<<<[ \t]{0,10}([\"']?)([A-Za-z_][A-Za-z0-9_]{0,60})\1(?=\r|\n)")
# a line that may close one: its first word after blanks (PHP 7.3: the closing label may be indented)
_LINE_WORD = lazy(r"(?:\r\n|\r|\n)[ \t]{0,200}([A-Za-z_][A-Za-z0-9_]{0,60})(?![A-Za-z0-9_])")


class _Heredocs:
    """The heredocs and nowdocs of one piece of code: the lines that may close them are indexed once (linear)."""

    __slots__ = ("code", "ends")

    def __init__(self, code: str) -> None:
        self.code = code
        self.ends: dict[str, list[tuple[int, int]]] | None = None

    def at(self, i: int) -> _Token | None:
        """The heredoc or nowdoc opening at `i`, up to its closing label, or None.  One whose label never comes
        is no literal (PHP refuses the file): its opener is one `op` token, its quoted label no literal."""
        code = self.code
        m = _HEREDOC.match(code, i)
        if m is None:
            return None
        if self.ends is None:
            self.ends = {}
            for w in _LINE_WORD.finditer(code):
                self.ends.setdefault(w.group(1), []).append((w.start(), w.end()))
        ends = self.ends.get(m.group(2), [])
        k = bisect.bisect_left(ends, (m.end(), 0))
        if k == len(ends):
            return _Token("op", i, m.end())
        close_start, close_end = ends[k]
        body_start = m.end() + (2 if code.startswith("\r\n", m.end()) else 1)
        return _Token("str", i, close_end, (min(body_start, close_start), close_start, m.group(1) != "'"))


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


def _line_end(code: str, i: int) -> int:
    """Where the line holding `i` ends, after its LF, CR LF or CR (PHP and Java end a `//` comment at any of them)."""
    nl = code.find("\n", i)
    cr = code.find("\r", i, None if nl == -1 else nl)
    end = cr if cr != -1 else nl
    return len(code) if end == -1 else end + 1


def _tokens(code: str, *, php: bool) -> Iterator[_Token]:
    """The tokens of `code`, comments and blanks skipped (linear)."""
    i, n = 0, len(code)
    heredocs = _Heredocs(code)
    while i < n:
        c = code[i]
        if c in " \t\r\n":
            i += 1
        elif code.startswith("//", i) or (php and c == "#"):
            i = _line_end(code, i)
        elif code.startswith("/*", i):
            close = code.find("*/", i + 2)
            i = n if close == -1 else close + 2
        elif php and c == "<" and (doc := heredocs.at(i)):
            yield doc
            i = doc.end
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


def _in_tag(text: str, start: int) -> bool:
    """Does `start` fall inside a start tag (an attribute's value: `<a href="<?php echo $u; ?>">`)?"""
    lt = text.rfind("<", 0, start)
    return lt > text.rfind(">", 0, start) and lt + 1 < len(text) and (text[lt + 1].isalpha() or text[lt + 1] == "/")


def _php_close(text: str, i: int, heredocs: _Heredocs) -> int:
    """Where the PHP code from `i` ends (after its `?>`), as PHP reads it, or -1 if it does not.

    A `?>` inside a string literal, a heredoc or a `/* */` comment does not end the code
    (`echo '<?xml version="1.0"?>';`); one inside a `//` or `#` comment does.
    """
    while (stop := _PHP_STOPS.search(text, i)) is not None:
        i = stop.start()
        c = text[i]
        if c == "?":
            return i + 2
        if c in "\"'":
            i = _string_end(text, i, doubled=False)
        elif c == "<" and (doc := heredocs.at(i)):
            i = doc.end
        elif c == "/" and text.startswith("/*", i):
            close = text.find("*/", i + 2)
            if close == -1:
                return -1
            i = close + 2
        elif c == "#" or (c == "/" and text.startswith("//", i)):
            line_end = _line_end(text, i)
            close = text.find("?>", i, line_end)
            if close != -1:
                return close + 2
            i = line_end
        else:
            i += 1
    return -1


# what `_php_close` stops at: the end of the code, or what may hide one
_PHP_STOPS = lazy(r"""\?>|["'#]|/[*/]|<<<""")


def _php_blocks(text: str) -> list[tuple[int, int, bool]]:
    """The closed PHP blocks of `text` (never `<?xml …?>`), each ended where PHP ends it (`_php_close`).

    Where the code of a block never ends that way (a quote left open), that block and every
    later one end at their first `?>`, as they did before: each character is scanned at most twice.
    """
    found: list[tuple[int, int, bool]] = []
    pos, aware = 0, True
    heredocs = _Heredocs(text)
    while (start := text.find("<?", pos)) != -1:
        opened = _PHP_OPEN.match(text, start)
        end = _php_close(text, opened.end(), heredocs) if opened and aware else -1
        if end == -1:
            aware = aware and not opened
            close = text.find("?>", start + 2)
            if close == -1:
                break
            end = close + 2
        if opened:
            found.append((start, end, True))
        pos = end
    return found


def _scriptlet_blocks(text: str) -> list[tuple[int, int, bool]]:
    """The closed JSP/ASP blocks of `text`: `<% … %>`, and a comment `<%-- … --%>` up to its own end.

    A comment often holds code put out of use (「<%-- <%= "旧文字" %> --%>」): it ended at that code's `%>`,
    and the rest of the comment leaked in as text.  A `<%--` never closed by `--%>` ends at its first `%>`.
    """
    found: list[tuple[int, int, bool]] = []
    comments_close = True  # a `--%>` may still come (once one is looked for in vain, none is after it)
    for start, end in delimited(text, "<%", "%>"):
        if found and start < found[-1][1]:
            continue  # inside the comment before
        if comments_close and text.startswith("<%--", start):
            close = text.find("--%>", start + 4)
            if close != -1:
                found.append((start, close + 4, False))
                continue
            comments_close = False
        found.append((start, end, False))
    return found


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """The closed server-code blocks of `text`: (start, end, PHP?), in order, none inside another."""
    found = _php_blocks(text) if "<?" in text else []
    if "<%" in text:
        found += _scriptlet_blocks(text)
        found.sort()
    out: list[tuple[int, int, bool]] = []
    for block in found:
        if not out or block[0] >= out[-1][1]:
            out.append(block)  # (`<% … <?php … %>`: the inner opener is the outer block's code)
    return out


_BLANKS = lazy(r"[\ufeff \t\r\n]*")


def _blanks_end(text: str, pos: int) -> int:
    """Where the blanks (and BOMs) from `pos` end."""
    found = _BLANKS.match(text, pos)
    return found.end() if found else pos


def leading_server_code(text: str) -> int:
    """Where `text` goes on after the closed server blocks it opens with (blanks and a BOM between them), else 0.

    A server page opens with its directives or code (`<%@ Page Language="C#" … %>`, `<%@ page contentType=… %>`,
    `<?php require 'config.php'; ?>`) before its markup: the format is told by what comes after them (`load.sniff_format`).
    """
    at = _blanks_end(text, 0)
    if not text.startswith(("<%", "<?"), at):
        return 0
    end = 0
    for start, stop, _ in _blocks(text):
        if start != at:
            break
        end = stop
        at = _blanks_end(text, stop)
    return end


def _rewritten(text: str, start: int, end: int, php: bool, breaks: list[int] | None = None, computed: list[int] | None = None) -> str:
    """The block `text[start:end]` as CODE, the literals it echoes kept in place; the offsets in `text` of the line
    ends that `nl2br` makes line breaks are added to `breaks`, those of the interpolations of the echoed literals
    (`echo "{$company}（以下簡稱…）"`) to `computed`."""
    if _in_tag(text, start):
        return re.sub(r"[^\r\n]", " ", text[start:end])
    opened = _PHP_OPEN.match(text, start) if php else None
    inner = (opened.end() if opened else start + 2) - start
    block = text[start:end]
    if php and block[inner - 1] == "=":
        inner -= 1  # `<?=`: the `=` opens the expression
    code = block[inner:-2]
    out = [c if c in "\r\n" else CODE for c in block]  # line ends stay: LF, CR LF and a lone CR
    apart: list[int] = []
    fields: list[int] | None = [] if computed is not None else None
    for t, br in _php_literals(code, apart) if php else _scriptlet_literals(code):
        _keep_literal(out, code, inner, t, php=php, fields=fields)
        if br and breaks is not None:
            a, b = (t.body[0], t.body[1]) if t.body is not None else (t.start + 1, t.end - 1)
            breaks += (start + inner + k for k in range(a, b) if code[k] == "\n" or (code[k] == "\r" and code[k + 1 : k + 2] != "\n"))
    for k in apart:
        out[inner + k] = " "
    if fields and computed is not None:
        computed += (start + k for k in fields)
    return "".join(out)


# a template echo of one plain literal: Blade `{!! '…' !!}`, Blade/Jinja/Twig `{{ '…' }}` (no escape, no quote inside)
# a translation of the page's own wording, which it shows where no translation is loaded: Laravel's `{{ __('隐私政策') }}`,
# `{{ trans('…') }}`, `{!! __('…') !!}`, Jinja's `{{ _('…') }}`/`{{ gettext('…') }}`, Django's `{% trans "…" %}`; only
# Chinese wording (a key such as `__('privacy.title')` names text kept elsewhere: a slot, as `{{ $title }}` is)
TRANSLATED = rf"(['\"])([^'\"\\\n]{{0,400}}?[{HAN}][^'\"\\\n]{{0,400}})\1"
_TRANSLATE_CALL = rf"(?:__|trans|_|gettext)[ \t]*\([ \t]*{TRANSLATED}[ \t]*\)"
_LITERAL_ECHOES = (
    lazy(r"\{!![ \t]{0,10}(['\"])([^'\"\\\n]{1,400})\1[ \t]{0,10}!!\}"),
    lazy(r"\{\{[ \t]{0,10}(['\"])([^'\"\\\n]{1,400})\1[ \t]{0,10}\}\}"),
    lazy(rf"\{{!![ \t]{{0,10}}{_TRANSLATE_CALL}[ \t]{{0,10}}!!\}}"),
    lazy(rf"\{{\{{[ \t]{{0,10}}{_TRANSLATE_CALL}[ \t]{{0,10}}\}}\}}"),
    lazy(rf"\{{%-?[ \t]{{0,10}}trans(?:late)?[ \t]+{TRANSLATED}(?:[ \t]+noop)?[ \t]{{0,10}}-?%\}}"),
)


def blank_literal_echoes(text: str) -> str:
    """`text` with each template echo of a plain literal turned into CODE around the literal's text, which stays in place.

    `{{ '我们收集您的信息' }}` shows its literal: that is text; so does `{{ __('隐私政策') }}`, a translation of the page's
    own Chinese wording (`{% trans "隐私政策" %}`).  A value (`{{ $name }}`, `{{ company_name }}`, `{{ __('privacy.title') }}`)
    is not touched: the placeholder rules judge it.  Not for Vue and mini-program pages, whose `{{ }}` `load.html` reads
    itself.
    """
    if "{{" not in text and "{!!" not in text and "{%" not in text:
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


# a block that writes a value into the page: `<%= … %>`, `<?= … ?>`, PHP's echo/print, a scriptlet's out.print
_WRITES = lazy(r"<[%?]=|(?<![A-Za-z0-9_$>])(?:echo|print|printf|out\.print(?:ln)?|out\.write|Response\.Write)(?![A-Za-z0-9_])", re.I)


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


# (u46k2) a PHP condition that tests the page's language: `nl_lang()==='cn'`, `$lang == "zh"`, `get_locale() === 'zh_CN'`,
# `ICL_LANGUAGE_CODE == 'en'`, `pll_current_language() == 'zh-hant'`
_PHP_LANGUAGE_TEST = lazy(
    r"(?i)(?:lang|locale|language(?:_code)?)(?:\(\))?+[ \t]*+[!=]==?[ \t]*+['\"](?:zh|en|cn|tw|hk|hans|hant|sc|tc)(?:[-_][a-z]{2,4}){0,2}['\"]"
)
# the code of a block that opens a branch of the alternative syntax (`if (…) :`, `elseif (…):`, `else :`)
_PHP_BRANCH_OPEN = lazy(r"(?i)\A[ \t\r\n]*+(?:(?:else[ \t]*+)?if[ \t]*+\(|else[ \t\r\n]*+:[ \t\r\n]*+\Z)")


def _language_editions(text: str, blocks: list[tuple[int, int, bool]]) -> Iterator[tuple[int, int]]:
    """(start, end) in `text` of each edition a PHP page selects by a language test (u46k2, eval/precision46
    neonlight-hk-php: `if (nl_lang()==='zh') { echo '條款及細則'; } elseif (nl_lang()==='cn') { echo '条款及细则'; }`): the
    literals a block with a language test echoes, and the markup between a block that opens a branch of such a chain in
    the alternative syntax (`<?php if (nl_lang() === 'cn') : ?>`, then `elseif (…):` and `else:`) and the next block."""
    chained = False  # inside a chain of the alternative syntax whose first branch tests the language
    for k, (start, end, php) in enumerate(blocks):
        if not php:
            continue
        opened = _PHP_OPEN.match(text, start)
        code = text[opened.end() if opened else start + 2 : end - 2]
        tested = _PHP_LANGUAGE_TEST.search(code) is not None
        if tested:
            yield from ((start + t.start, start + t.end) for t in _tokens(text[start:end], php=True) if t.kind == "str")
        head = code.rstrip(" \t\r\n;")
        if head.endswith(":") and _PHP_BRANCH_OPEN.match(head):
            chained = tested or (chained and not head.lstrip().lower().startswith("if"))
            if chained and k + 1 < len(blocks):
                yield end, blocks[k + 1][0]
        elif "endif" in code.lower():
            chained = False


def _script_of(text: str) -> str:
    """`hant` or `hans`: the script most of the script-specific characters of `text` are in; "" for a tie or none."""
    from policylens.script import count_script

    t, s = count_script(text)
    return "hant" if t > s else "hans" if s > t else ""


def blank_server_code(
    text: str, breaks: list[int] | None = None, computed: list[int] | None = None, editions: list[tuple[int, int, str]] | None = None
) -> str:
    """`text` with its closed PHP and JSP/ASP blocks turned into CODE, the literals they echo kept in place.

    Only closed blocks: a `<?php` left open at the end of the file is the HTML reader's (`load.html.feeding._feed`).  A block
    inside a start tag (an attribute's value) is blanked with spaces, as `<% … %>` always was: an attribute is no text.
    `breaks`, if given, receives the offsets of the line ends that are line breaks where the page is served (`nl2br`).
    `computed`, if given, receives the offset of each block in the text that writes a value it computes and no literal
    (`<%=…getWwwUrl()%>`, `<?php echo $site_name; ?>`): the served page shows something there that the text cannot, so
    the brackets or the label around it are not empty (the placeholder and lead-in rules ask `Document.media`).
    `editions`, if given, receives the (start, end, script) of each edition the page selects by a language test
    (`_language_editions`, `Document.editions`).
    """
    if "<?" not in text and "<%" not in text:
        return text
    if (stored := stored_page_fields(text)) is not None:
        if computed is not None:
            computed += stored[1]  # (u54q) a stored page's `{$company}`: a value the code prints
        return stored[0]
    parts: list[str] = []
    pos = 0
    blocks = _blocks(text)
    if editions is not None and "<?" in text:
        editions += ((a, b, _script_of(text[a:b])) for a, b in _language_editions(text, blocks))
    for start, end, php in blocks:
        rewritten = _rewritten(text, start, end, php, breaks, computed)
        if computed is not None and rewritten[:1] == CODE and _WRITES.search(text, start, end) and not rewritten.strip(CODE + " \t\r\n"):
            computed.append(start)
        parts += (text[pos:start], rewritten)
        pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)
