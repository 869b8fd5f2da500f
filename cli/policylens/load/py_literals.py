"""A Python source holding its document in string literals: the literals are the text, the code is not (helper u50l).

eval/profiles50 tailing-tw `privacy_consent_pdf.py` (a reportlab consent form, found by m50w; this fix is not blind):
its consent text is written as string literals handed to `_draw_paragraph(c, "…", body_style, y, 5 * mm)`, and a `.py`
was read as plain text with only its comments blanked (`load.py_comments`), so every line of code was a line of the
policy: 「親愛的車主 {escape(order.owner_name)} 您好： greeting_style, y, 7 * mm, ) plate_number = ( escape(order.
final_plate_number)…」 was one paragraph, and `owner_name` counted as a kind of data collected (a false "covered" on a
constructed form whose categories sentence was removed).

`python_literal_text` reads the source as the language does (Python's own tokenizer), as `load.app_literals` reads a
Kotlin, Java or C# source: the body of each string literal holding a Han character (or a long Markdown one: the
document's other edition, `_edition`) stays at its own line and column, everything else becomes spaces (line breaks
kept), so implicit concatenation over lines (`"…台鈴工業股份有限公司"` / `"提供貴車主服務之必需…"`) is consecutive
lines of one paragraph, as the code joins them.  In a literal: a `\\n`, `\\t`, `\\r` escape is two spaces, an
escaped quote is the quote and a space, a line continuation (a backslash ending a line) a space; an f-string's `{…}`
fields (code: `{escape(order.owner_name)}`) are blanked, `{{`/`}}` kept, and each field's place is recorded as a value the
code prints (`Document.media`, u54p: eval/blind/round53q complianceforge-py's 「收集的个人信息类型：{data_types}」 was an empty
field, a false error; a `str.format` literal's `{name}` stays as written, no slot either).  A literal no reader sees is not read: a
`print(…)`, a log call, a `raise …Error(…)`, a PDF's metadata (`c.setTitle(…)`, `c.setAuthor(…)`: `_UNSEEN`), a bare
string statement (a docstring: the developer's words).  The page is read as HTML when its literals are (three block
tags), as Markdown when they hold a heading line, else as plain text (`load`).  A source with no such literal left,
with Chinese outside its literals and comments (prose, not a program), or that the tokenizer cannot read, gives None:
the loader reads it as before (its comments blanked).
"""

from __future__ import annotations

import io
import re
import tokenize

from policylens.lazyre import lazy
from policylens.patterns import HAN_CHAR

# a call whose string no reader sees: printed, logged, raised (the window before the literal on its line)
_UNSEEN = lazy(
    r"(?:\bprint|\b(?:logging|logger|log|LOGGER|LOG|_log|_logger|warnings)\.\w{1,20}+"
    r"|\braise[ \t]++\w{0,60}?(?:Error|Exception|Warning)\b"
    # a file's metadata, no text of its page (reportlab's `c.setTitle(…)`, `c.setAuthor(…)`)
    r"|\.set(?:Title|Author|Subject|Creator|Keywords|Producer))[ \t]*+\([^()\n]{0,160}+\Z"
)
_MIN_EDITION_CHARS = 400
_MD_HEADING = lazy(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+\S")
_PREFIX = lazy(r"(?i)[rbuf]{0,2}+")
_ESCAPE = lazy(r"\\[\s\S]")
# the tokens after which a string starts a statement (a bare string: a docstring, no text any code shows)
_STATEMENT_START = frozenset({tokenize.INDENT, tokenize.NEWLINE, tokenize.DEDENT})
_SKIPPED = frozenset({tokenize.NL, tokenize.COMMENT})


def _escape_blank(m: re.Match[str]) -> str:
    """An escape of a kept literal as two characters of text (see module doc)."""
    text = m.group()
    if text[1] in "\"'\\":
        return text[1] + " "
    if text[1] == "\n":
        return " \n"  # a line continuation: the backslash is no text
    return "  " if text[1] in "nrt" else text


def _fields_blank(body: str, opened: list[int] | None = None) -> str:
    """An f-string's body with each `{…}` field (code) as spaces, `{{` and `}}` kept; newlines stay.  `opened`, if given,
    receives the offset in `body` of each field's `{`."""
    out: list[str] = []
    depth = 0
    k = 0
    while k < len(body):
        c = body[k]
        if depth == 0 and c in "{}" and body.startswith(c * 2, k):
            out.append(c * 2)
            k += 2
            continue
        if c == "{":
            if depth == 0 and opened is not None:
                opened.append(k)
            depth += 1
        if depth:
            out.append("\n" if c == "\n" else " ")
        else:
            out.append(c)
        if c == "}" and depth:
            depth -= 1
        k += 1
    return "".join(out)


def _body(token: str) -> tuple[int, int, bool, bool]:
    """(start, end) of a string token's body within it, and whether it is raw, an f-string."""
    prefix = _PREFIX.match(token)
    size = prefix.end() if prefix else 0
    quote = 3 if token[size : size + 3] in ('"""', "'''") else 1
    letters = token[:size].lower()
    return size + quote, len(token) - quote, "r" in letters, "f" in letters


def python_literal_text(text: str, fields: list[int] | None = None) -> str | None:
    """`text` with only its Chinese string literals' bodies left in place (see module doc); None when it has none, or
    when Python's tokenizer cannot read it.  `fields`, if given, receives the offset in `text` of each kept f-string
    field's `{`: a value the code prints there (`Document.media`), so the label before it is not empty (u54p)."""
    if HAN_CHAR.search(text) is None or ('"' not in text and "'" not in text):
        return None
    # lines as the tokenizer counts them, at LF only (u60x; `py_comments` does the same since u50h): `splitlines` also
    # splits at U+2028, NEL, a form feed…, and a policy string holding one took every literal below it from the wrong
    # offset (its findings on the wrong lines and columns)
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    kept: list[tuple[int, int, str]] = []  # (start offset, end offset, text) of each kept body
    before = tokenize.NEWLINE  # the last token's type, not counting line breaks inside brackets and comments
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            kind = token.type
            if kind == tokenize.STRING and (HAN_CHAR.search(token.string) is not None or _edition(token.string)):
                a = starts[token.start[0] - 1] + token.start[1]
                line_start = text.rfind("\n", 0, a) + 1
                bare = before in _STATEMENT_START and _statement_end(text, starts, token.end)
                if not bare and _UNSEEN.search(text[max(line_start, a - 200) : a]) is None:
                    head, tail, raw, fstring = _body(token.string)
                    body = token.string[head:tail]
                    if fstring:
                        opened: list[int] = []
                        body = _fields_blank(body, opened)
                        if fields is not None:
                            fields += (a + head + k for k in opened)
                    if not raw:
                        body = _ESCAPE.sub(_escape_blank, body)
                    kept.append((a + head, a + tail, body))
            elif kind in (tokenize.NAME, tokenize.ERRORTOKEN) and HAN_CHAR.search(token.string) is not None:
                return None  # Chinese outside a literal: prose in a `.py`, no program (a Chinese name is rare)
            if kind not in _SKIPPED:
                before = kind
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    if not kept:
        return None
    out: list[str] = []
    k = 0
    for a, b, body in kept:
        out.append(_blank(text[k:a]))
        out.append(body)
        k = b
    out.append(_blank(text[k:]))
    return "".join(out)


def _edition(token: str) -> bool:
    """Whether a literal holding no Chinese is a document's other edition: Markdown with a heading line, of
    `_MIN_EDITION_CHARS` visible characters (eval/blind/round37d fraisemoe-py's English summary beside its Chinese one,
    as `load.page_literals` keeps one).  Not HTML: a server's English HTML is as often its admin pages (eval/precision46
    careplus-hk-zh-en-py's trace viewer)."""
    if len(token) < _MIN_EDITION_CHARS or len("".join(token.split())) < _MIN_EDITION_CHARS:
        return False
    return _MD_HEADING.search(token) is not None


def _statement_end(text: str, starts: list[int], end: tuple[int, int]) -> bool:
    """Whether the statement ends right after a string token ending at `end` (nothing but a comment after it on its
    line): a bare string statement (a docstring), not the first operand of an expression (`"…" + name`, `"…".format()`)."""
    b = starts[end[0] - 1] + end[1]
    rest = text[b : text.find("\n", b) if "\n" in text[b:] else len(text)].strip()
    return not rest or rest.startswith("#")


def field_places(text: str, offsets: list[int]) -> list[tuple[int, int]]:
    """The (line, column) of each offset in `text`, both counted from 1, as `Document.media` holds them."""
    places: list[tuple[int, int]] = []
    line, last = 1, -1  # the line of the offset so far, the offset of the line end before it
    for at in sorted(offsets):
        breaks = text.count("\n", last + 1, at)
        if breaks:
            line += breaks
            last = text.rfind("\n", 0, at)
        places.append((line, at - last))
    return places


def _blank(code: str) -> str:
    """Code as spaces, its line breaks kept (every later line and column holds)."""
    return "".join(c if c in "\r\n" else " " for c in code)
