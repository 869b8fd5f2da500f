"""The string literals of a page's inline scripts: text a page shows its users (i18n dictionaries), with positions.

A policy page built by JavaScript keeps part of its visible text in `<script>`: a dictionary of
translations (`{"phone": "400-XXX-XXXX"}`) that fills the page at run time.  The HTML reader
keeps no script text in the document (its blocks, and so `parse`, are unchanged); it hands the
script bodies here, and the placeholder rules read the literals this module cuts out.

Only what a user could see is kept: string literals ('…', "…", and the text runs of `…`
template literals) of a script that holds Chinese text in at least one literal, each cut
into pieces that map every character back to its line and column (escapes are decoded,
so a piece starts after each one).  Comments are skipped; a literal left open at the end of
its line (a regular expression such as /"/ read as a quote) is dropped, and reading goes on
right after its quote, so one misread quote cannot swallow the rest of the script.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping

from policylens.lazyre import lazy
from policylens.model import Piece
from policylens.patterns import HAN_COMPAT

_CJK = lazy(f"[{HAN_COMPAT}]")
_ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": ""}
_HEX = lazy(r"u\{0*([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})")
# the low half of a surrogate pair written as a second escape (`\uD83D\uDE00`: JSON.stringify, Babel)
_LOW_SURROGATE = lazy(r"\\u([Dd][C-Fc-f][0-9A-Fa-f]{2})")
# a line continuation: a backslash before a line terminator (CR LF, LF, CR, U+2028, U+2029) stands for nothing
_CONTINUATION = lazy("\r\n|[\n\r\u2028\u2029]")
_MAX_LITERALS = 20_000  # a page's dictionaries; beyond that, a bundle, not text
_INTERESTING = lazy(r"[/'\"`]")
_STOPS = {q: lazy("[" + re.escape(q) + r"\\\n$]") for q in "'\"`"}
_WORTH_READING = lazy(rf"[{HAN_COMPAT}]|\\u")  # a script with no Chinese, even escaped, shows none

Literal = tuple[str, tuple[Piece, ...]]

# (thirty-ninth session, u39r, eval/blind/round39 fanshiji-jsx) a bracketed field the page's own code fills before it shows
# the text: `.replaceAll('[联系地址]', policyInfo.address)`, `.replace("【公司名称】", name)`, `.replace(/\[联系渠道\]/g, email)`,
# Swift's `replacingOccurrences(of: "[X]", with: …)`: the token is the first argument, a literal or a regular expression
_REPLACED = lazy(
    r"""(?:\.replace(?:All|_all)?|replacingOccurrences)[ \t]*\([ \t]*(?:of:[ \t]*)?"""
    r"""(?:(['"`])(?P<lit>[\[【［{][^'"`\\\n]{1,40}[\]】］}])\1|/\\?(?P<re>[\[【][^/\\\n]{1,40}?)\\?(?P<close>[\]】])/[a-z]*)[ \t]*,"""
)


# (u52p2, eval/blind/round52d) a template variable's bare name the source's code replaces before the text is shown:
# `raw.privacy.replace(/appName/g, "文案狗")`, `.replaceAll('companyName', name)`: the page shows the value, so the name
# printed raw in the literal is no slot (`rules.placeholder_raw_name`)
_REPLACED_NAME = lazy(
    r"""(?:\.replace(?:All|_all)?|replacingOccurrences)[ \t]*\([ \t]*(?:of:[ \t]*)?"""
    r"""(?:(['"`])(?P<lit>[A-Za-z_$][\w$]{0,40})\1|/(?P<re>[A-Za-z_$][\w$]{0,40})/[a-z]*)[ \t]*,"""
)


def replaced_names(text: str) -> frozenset[str]:
    """The bare identifiers (`appName`) the source's code replaces with a value (`.replace(/appName/g, …)`)."""
    if "eplac" not in text:
        return frozenset()
    return frozenset(m.group("lit") or m.group("re") for m in _REPLACED_NAME.finditer(text))


def replaced_tokens(chunks: list[tuple[int, int, str]]) -> frozenset[str]:
    """The bracketed tokens (`[联系地址]`, `【公司名称】`) the scripts `(line, column, body)` replace with a value of their own."""
    found: set[str] = set()
    for _line, _column, body in chunks:
        if "eplac" not in body:
            continue
        for m in _REPLACED.finditer(body):
            found.add(m.group("lit") or m.group("re") + m.group("close"))
    return frozenset(found)


# (u49p2, eval/pairs39 bl-links) the value of a credential or service key in a script's configuration,
# `postHeadAiDescription: {…,"key":"xxxx",…}`, `apiKey: 'XXXX'`, `appid = "xxx"`: a setting the theme's code reads, never
# text the page shows (a value with Chinese in it is kept: a dictionary's entry may be named key)
_CREDENTIAL_KEY = lazy(
    r"(?i)(?:^|[^\w$.-])[\"']?(?:(?:api|app|access|secret|client|site|license)[_-]?)?(?:key|token|secret|id|password)[\"']?[ \t]*[:=][ \t]*\Z"
)


def _credential(body: str, start: int, text: str) -> bool:
    """Is the literal opening at `start` (its text `text`, no Chinese) the value of a credential or key setting?"""
    return _CJK.search(text) is None and _CREDENTIAL_KEY.search(body, max(0, start - 40), start) is not None


def script_literals(chunks: list[tuple[int, int, str]]) -> list[Literal]:
    """The string literals of the scripts `(line, column, body)`, if any of them holds Chinese text."""
    out: list[Literal] = []
    for line, column, body in chunks:
        if _WORTH_READING.search(body) is None:
            continue
        found = _literals(body, line, column, limit=_MAX_LITERALS - len(out))
        if any(_CJK.search(text) for text, _ in found):
            out.extend(found)
        if len(out) >= _MAX_LITERALS:
            break
    return out


def _literals(body: str, line: int, column: int, *, limit: int) -> list[Literal]:
    """The string literals (at most `limit`) of one script body that starts at (line, column)."""
    found: list[Literal] = []
    i, n = 0, len(body)
    position = positions(body, line, column)
    reads = 0  # literals read, empty ones included: a run of stray quotes is cut short too
    while i < n and len(found) < limit and reads < 4 * _MAX_LITERALS:
        m = _INTERESTING.search(body, i)  # skip ahead in C to the next quote or slash
        if m is None:
            break
        i = m.start()
        c = body[i]
        if c == "/" and body.startswith("//", i):
            stop = body.find("\n", i)
            i = n if stop < 0 else stop
            continue
        if c == "/" and body.startswith("/*", i):
            stop = body.find("*/", i + 2)
            i = n if stop < 0 else stop + 2
            continue
        if c in "'\"`":
            literal, i = read_literal(body, i, c, position)
            reads += 1
            if literal is not None and literal[0].strip() and not _credential(body, m.start(), literal[0]):
                found.append(literal)
            continue
        i += 1
    return found


def positions(body: str, line: int, column: int) -> Callable[[int], tuple[int, int]]:
    """Turns an offset in a script body that starts at (line, column) into the (line, column) of the file."""
    starts = [0] + [m.end() for m in re.finditer("\n", body)]  # where each line of the body starts

    def position(offset: int) -> tuple[int, int]:
        k = _line_index(starts, offset)
        return line + k, (column if k == 0 else 1) + offset - starts[k]

    return position


def _line_index(starts: list[int], offset: int) -> int:
    """The index of the line that holds `offset` (binary search over the line starts)."""
    return bisect_right(starts, offset) - 1


def read_literal(body: str, start: int, quote: str, position: Callable[[int], tuple[int, int]]) -> tuple[Literal | None, int]:
    """The literal opened by `quote` at `start`, and where reading goes on; None when it is left open."""
    parts: list[str] = []
    pieces: list[Piece] = []
    length = 0
    run_start = start + 1  # the source offset where the current run of plain characters starts
    i, n = start + 1, len(body)

    def close_run(end: int) -> None:
        nonlocal length
        at = run_start
        while at < end:  # one piece per source line (a template literal may span lines)
            stop = body.find("\n", at, end)
            stop = end if stop < 0 else stop + 1
            text = body[at:stop]
            ln, col = position(at)
            pieces.append(Piece(length, len(text), ln, col))
            parts.append(text)
            length += len(text)
            at = stop

    stops = _STOPS[quote]
    while i < n:
        m = stops.search(body, i)  # the next character that matters inside this literal
        if m is None:
            break
        i = m.start()
        c = body[i]
        if c == quote:
            close_run(i)
            return ("".join(parts), tuple(pieces)), i + 1
        if c == "\n" and quote != "`":
            return None, start + 1  # an unterminated '…' or "…": not a string (/"/, a stray quote); read on after it
        if c == "\\" and i + 1 < n:
            close_run(i)
            nxt = body[i + 1]
            m = _HEX.match(body, i + 1)
            if m:
                code = int(m.group(1) or m.group(2) or m.group(3), 16)
                stop = m.end()
                low = _LOW_SURROGATE.match(body, stop) if 0xD800 <= code < 0xDC00 else None
                if low is not None:  # one astral character written as two escapes
                    code, stop = 0x10000 + ((code - 0xD800) << 10) + (int(low.group(1), 16) - 0xDC00), low.end()
                # \u{FFFFFF} is no character (a syntax error in JS); a lone surrogate cannot be written out as UTF-8
                value = "\ufffd" if code > 0x10FFFF or 0xD800 <= code < 0xE000 else chr(code)
            elif (cont := _CONTINUATION.match(body, i + 1)) is not None:
                value, stop = "", cont.end()  # a line continuation
            else:
                value, stop = _ESCAPES.get(nxt, nxt), i + 2
            if value:
                ln, col = position(i)
                pieces.append(Piece(length, len(value), ln, col, stop - i))  # `\u3010` is 6 columns of source
                parts.append(value)
                length += len(value)
            run_start = i = stop
            continue
        if c == "$" and not (quote == "`" and body.startswith("${", i)):
            i += 1
            continue
        if quote == "`" and c == "$" and body.startswith("${", i):
            close_run(i)  # an interpolation is code, not text: it ends the run and adds nothing
            depth, i = 1, i + 2
            while i < n and depth:
                depth += {"{": 1, "}": -1}.get(body[i], 0)
                i += 1
            parts.append(" ")
            length += 1
            run_start = i
            continue
        i += 1
    return None, (n if quote == "`" else start + 1)  # left open at the end: a stray quote, read on after it


_BLANK = lazy(r"\s*")


def skip_blank(src: str, i: int) -> int:
    """Past the white space and the `//` and `/* */` comments of C-like source (JavaScript, Dart) from `i`."""
    while True:
        i = _BLANK.match(src, i).end()  # type: ignore[union-attr]  # (matches the empty string)
        if src.startswith("//", i):
            stop = src.find("\n", i)
            i = len(src) if stop < 0 else stop
        elif src.startswith("/*", i):
            stop = src.find("*/", i + 2)
            i = len(src) if stop < 0 else stop + 2
        else:
            return i


# An escape of a C-like string literal (Dart, QML/JavaScript): `\u{1F600}`, `\u4e00`, `\x41`, or any one character
_C_ESCAPE = lazy(r"\\(u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|.)", re.S)

StringEnd = Callable[[str, int], tuple[int, int, int] | None]


def joined_literals(
    src: str,
    i: int,
    literal: Callable[[int], tuple[int, int, int] | None],
    markup: Callable[[str, bool], str | None],
    prefix: str,
    *,
    adjacent: bool,
    named: Callable[[int], tuple[str, int] | None] | None = None,
) -> tuple[list[tuple[int, int, str]], bool, int]:
    """The string literals from `i` that make one text, as a widget's first argument: joined with `+`, and with
    `adjacent` also written side by side (Dart's `'…：\\n' '• …'`).  `literal(k)` is the literal at `k` as (body start,
    body end, end) or None; `markup(body, flag)` its body as HTML text or None when it is computed, `flag` telling
    whether the literal opens with `prefix` (Dart's raw `r'…'`, ArkTS's template `` `…` ``).  Returns (each literal's
    body span with its markup, whether the text is computed, the index after the literals).  A value joined with `+`
    (「Text('联系邮箱：' + EMAIL)」) makes the text computed: read alone, 「联系邮箱：」 was an empty field (review u34x).
    `named(k)`, when given, reads a name joined after a literal as its value, (markup, index after the name), or None
    for a computed value (u47h: Dart's same-file string constant, as `$name` inside a literal is read)."""
    parts: list[tuple[int, int, str]] = []
    computed = False
    joined = False  # a `+` was read: what follows is part of the text
    while True:
        lit = literal(i)
        if lit is None:
            value = named(i) if named is not None and joined and parts else None
            if value is None:
                computed = computed or joined
                break
            body_start, body_end, shown = parts[-1]
            parts[-1] = (body_start, body_end, shown + value[0])  # the value shown where the name stands, after the literal
            i = skip_blank(src, value[1])
            if i < len(src) and src[i] == "+":
                i = skip_blank(src, i + 1)
                continue
            break
        joined = False
        text = markup(src[lit[0] : lit[1]], src[i] == prefix)
        if text is None:
            computed = True
        else:
            parts.append((lit[0], lit[1], text))
        i = skip_blank(src, lit[2])
        if i < len(src) and src[i] == "+":
            i = skip_blank(src, i + 1)
            joined = True
        elif not adjacent:
            break
    return parts, computed, i


def unterminated_note(src: str, starts: list[int], what: str) -> str | None:
    """One warning for the string literals opened at `starts` (in source order) that are never closed, as the first
    argument of `what` (「a `Text` widget」): a reader takes none of them as text, so the words in them are not read
    (u35h: 「Text('我們收集…\\'), …」 was left out with no word).  None when there is none."""
    if not starts:
        return None
    lines = [src.count("\n", 0, at) + 1 for at in starts[:3]]
    if len(starts) == 1:
        return f"line {lines[0]}: a string literal in {what} is never closed: its text is not read"
    shown = ", ".join(str(n) for n in lines) + (f" and {len(starts) - 3} more" if len(starts) > 3 else "")
    return f"lines {shown}: string literals in {what} are never closed: their text is not read"


def unescape(body: str, simple: Mapping[str, str]) -> str:
    """The text of a C-like string literal's body with its escapes read: code points, and `simple` for one-letter ones
    (`\\n`, `\\t`…; any other escaped character stands for itself: `\\'`)."""

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code[0] == "u" and len(code) > 1:
            point = int(code[1:].strip("{}"), 16)
            return chr(point) if point <= 0x10FFFF else "\ufffd"  # (`\\u{110000}`: no character)
        if code[0] == "x" and len(code) == 3:
            return chr(int(code[1:], 16))
        return simple.get(code, code)

    text = _C_ESCAPE.sub(one, body)
    if _SURROGATES.search(text) is None:
        return text
    # `\\uD83D\\uDE00`, an emoji as JavaScript writes it: the pair is one character; a lone half is none (U+FFFD)
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


_SURROGATES = lazy("[\ud800-\udfff]")


_BRACKET_STOPS = lazy(r"[\"'()\[\]{}/r]")
_BRACKET_STOPS_TEMPLATES = lazy(r"[\"'`()\[\]{}/]")  # (JavaScript, ArkTS: a template literal, no raw prefix)


def remembering(string_end: StringEnd) -> StringEnd:
    """`string_end` for one source, each unterminated one-line literal remembered: a literal of the same quote opened
    before that line's end is unterminated too (each mark of that quote in it was the second half of an escape, and the
    escapes pair the same from there), so it is not scanned again.  A line of 「'\\'\\'\\'…」 was scanned again from each
    of its marks: 20,000 of them took 23 s in a `.qml` page and 46 s in a `.dart` screen (review u34x).  Make one per
    source: what it remembers are positions in that source."""
    # quote mark: (start, end of its line) of the last literal of it found unterminated (a pass that starts again from
    # the top meets other lines first: only a position inside that one is answered from memory)
    unterminated = {"'": (0, -1), '"': (0, -1)}

    def end(src: str, i: int) -> tuple[int, int, int] | None:
        quote = src[i] if i < len(src) else ""
        region = unterminated.get(quote)
        if region is not None and region[0] < i < region[1]:
            return None
        lit = string_end(src, i)
        if lit is None and region is not None and not src.startswith(quote * 3, i):
            stop = src.find("\n", i)
            unterminated[quote] = (i, len(src) if stop < 0 else stop)
        return lit

    return end


def raw_prefix_at(src: str, k: int) -> bool:
    """Whether an `r` at `k` can prefix a raw string literal: no name runs into it (`r'…'`, not `bar'…'`)."""
    return src[k] == "r" and (k == 0 or not (src[k - 1].isalnum() or src[k - 1] == "_"))


def opaque_end(src: str, k: int, string_end: StringEnd, quotes: str = "'\"", *, raw: bool = True) -> int | None:
    """Past the comment or the string literal that starts at `k` in C-like source (JavaScript, Dart, ArkTS, QML), or
    None when neither starts there: the one step every walk over such source takes to read only its code
    (`bracket_ends`, `closing_bracket`, `opaque_spans`, the argument splitter of `load.dart_carriers`, `load.qml`'s
    layout).  A comment runs on over the white space after it (`skip_blank`); a literal opens at a mark of `quotes` or,
    with `raw`, at an `r` no name runs into (`raw_prefix_at`: Dart's `r'…'`), and `string_end` reads it: an unterminated
    one is no literal (None), and its quote is read as code by the caller."""
    c = src[k]
    if c == "/":
        return skip_blank(src, k) if src.startswith(("//", "/*"), k) else None
    if c in quotes or (raw and raw_prefix_at(src, k)):
        lit = string_end(src, k)
        if lit is not None:
            return lit[2]
    return None


def _stops(marks: str, quotes: str, raw: bool) -> re.Pattern[str]:
    """The characters at which a walk's step can do something: `marks`, a comment's slash, a quote, a raw prefix."""
    return re.compile("[" + re.escape("/" + marks + quotes + ("r" if raw else "")) + "]")


def opaque_spans(src: str, string_end: StringEnd, quotes: str = "'\"", *, raw: bool = True) -> list[tuple[int, int]]:
    """The spans of the comments and string literals of `src`, in order (`opaque_end` from the start: a name or a
    bracket inside them is none of the code's)."""
    stops = _stops("", quotes, raw)
    spans: list[tuple[int, int]] = []
    k = 0
    while (m := stops.search(src, k)) is not None:
        k = m.start()
        end = opaque_end(src, k, string_end, quotes, raw=raw)
        if end is None:
            k += 1
        else:
            spans.append((k, end))
            k = end
    return spans


def bracket_ends(src: str, string_end: StringEnd, *, templates: bool = False) -> dict[int, int]:
    """`closing_bracket` of every bracket in `src` at once: {index after an opening bracket: index past its closer}.

    One pass with a stack, strings and comments skipped by `opaque_end` as `closing_bracket` skips them (a closer
    closes the nearest open bracket of any kind; one never closed ends at `len(src)`).  Asked for each of N nested or
    unclosed widgets, `closing_bracket` walked each one's body again: 2,000 nested `Text {` items of a `.qml` page, or
    `Row(` calls of a `.dart` screen, took 20–40 s (u34h).  A position that is not in the table (inside a string or a
    comment from the start of the file) is for `closing_bracket` itself.  `templates`: a backtick opens a literal too
    (`string_end` reads it: a bracket inside 「`1) 说明`」 closes nothing) and `r` prefixes none (review u34x,
    `load.arkts`).
    """
    quotes = "'\"`" if templates else "'\""
    stops = _BRACKET_STOPS_TEMPLATES if templates else _BRACKET_STOPS
    ends: dict[int, int] = {}
    stack: list[int] = []
    k = 0
    n = len(src)
    while (m := stops.search(src, k)) is not None:
        k = m.start()
        end = opaque_end(src, k, string_end, quotes, raw=not templates)
        if end is not None:
            k = end
            continue
        c = src[k]
        if c in "([{":
            stack.append(k + 1)
        elif c in ")]}" and stack:
            ends[stack.pop()] = k + 1
        k += 1
    for start in stack:
        ends[start] = n
    return ends


def closing_bracket(src: str, i: int, string_end: StringEnd, quotes: str = "'\"", *, raw: bool = True) -> int:
    """The index past the bracket that closes the one opened just before `i` (any of `([{`, nested), in C-like source:
    string literals (`string_end(src, k)`: the literal at `k` as (body start, body end, end), or None; opened by a mark
    of `quotes`, and with `raw` by an `r` no name runs into) and comments skipped (`opaque_end`)."""
    stops = _stops("()[]{}", quotes, raw)
    depth = 1
    k = i
    while depth and (m := stops.search(src, k)) is not None:
        k = m.start()
        end = opaque_end(src, k, string_end, quotes, raw=raw)
        if end is not None:
            k = end
            continue
        c = src[k]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        k += 1
    return k if not depth else len(src)
