"""Server code read as tokens: PHP string literals (quoted and heredoc), variables and words, a PHP block's end
(`?>` outside a literal or comment), the PHP and JSP/ASP blocks of a page, and the code a page opens with
(`leading_server_code`); `CODE`, the noncharacter code becomes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from policylens.lazyre import delimited, lazy

CODE = "\ufdd1"  # a noncharacter: no text holds it (`load.html` drops it, keeping the positions of the text around it)

# `<?php`, `<?=`, and the short open tag `<?` before a blank; never `<?xml …?>`
_PHP_OPEN = lazy(r"<\?(?:php(?![A-Za-z0-9_])|=|(?=[ \t\r\n]))", re.I)
_WORD = lazy(r"[A-Za-z_][A-Za-z0-9_]*")
_PHP_VAR = lazy(r"\$[A-Za-z_][A-Za-z0-9_]*(?:->[A-Za-z_][A-Za-z0-9_]*|\[[^\]\n]{0,80}\])*")


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
