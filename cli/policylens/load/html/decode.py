"""Decoding what html.parser reads differently from a browser, keeping every character's position.

Character references (decoded once each, a bounded cache) and the text runs of a raw-text element with their
source widths; HTML5's empty comments `<!-->`, made comments of the same length; line counting as html.parser
counts (a lone CR ends a line).  Not here: feeding the parser (`feeding`), the tags themselves (`tags`).
"""

from __future__ import annotations

import re
from html import unescape

from policylens.lazyre import lazy
from policylens.model import Block, Piece
from policylens.patterns import HAN_COMPAT

_LONE_CR = lazy(r"\r(?!\n)")
_CJK = lazy(f"[{HAN_COMPAT}]")
# Decoded character references, by their source text (`&amp;`, `&#x4e00;`); bounded: a page can hold any number of distinct ones.
_ENTITIES: dict[str, str] = {}
_ENTITY_CACHE = 4_096
_REFERENCE = lazy(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)")


def _raw_runs(data: str) -> list[tuple[str, int | None]]:
    """A <textarea>'s raw text as runs: plain text (width None) and each decoded character reference with its source width."""
    out: list[tuple[str, int | None]] = []
    last = 0
    for m in _REFERENCE.finditer(data):
        decoded = unescape(m.group(0))
        if decoded == m.group(0):
            continue  # not a reference (「&foo」 stays as written)
        if m.start() > last:
            out.append((data[last : m.start()], None))
        out.append((decoded, m.end() - m.start()))
        last = m.end()
    if last < len(data):
        out.append((data[last:], None))
    return out


def _split_pieces(block: Block, runs: dict[int, list[tuple[int, int, int, int | None]]], starts: dict[int, int]) -> Block:
    """The block with each line's piece split at its source runs (a gap left by a tag, a reference's width)."""
    out: list[Piece] = []
    changed = False
    for p in block.pieces:
        line_runs = runs.get(p.line)
        if not line_runs or (len(line_runs) == 1 and line_runs[0][3] is None):
            out.append(p)
            continue
        first = p.column - starts[p.line]  # offset of the piece in its line's text
        last = first + p.length
        for offset, column, length, width in line_runs:
            a, b = max(first, offset), min(last, offset + length)
            if a >= b:
                continue
            if width is not None and (a, b) == (offset, offset + length):
                out.append(Piece(p.offset + a - first, length, p.line, column, width))  # a whole reference
            else:
                out.append(Piece(p.offset + a - first, b - a, p.line, column + a - offset, None))
        changed = True
    return block._replace(pieces=tuple(out)) if changed else block


_NEWLINE = lazy("\n")


# `<!-->` and `<!--->` are empty comments in HTML5 (browsers show the text after them), but
# html.parser reads on to the next `-->`, swallowing that text, or refuses the page when none
# follows.  Each becomes a bogus comment of the same length, so columns stay exact.
_ABRUPT_COMMENT = lazy(r"<!--?->")
_FILLER = "\ufdd0"  # a noncharacter: no text holds it
# where a comment ends: html.parser's `--\s*>`, and `--!>` (HTML5's incorrectly closed comment, which browsers close)
_COMMENT_CLOSE = lazy(r"--(?:!|\s*)>")


def _empty_comment(m: re.Match[str]) -> str:
    return "<!-" + _FILLER * (len(m.group(0)) - 4) + ">"


def _empty_comments(text: str) -> str:
    """Each `<!-->` / `<!--->` that opens a comment made an empty one (`_ABRUPT_COMMENT`); one inside a comment is left.

    A downlevel-revealed conditional comment, 「<!--[if gte IE 8]><!-->」 (thirty-second session, u32t: eval/structure32
    glonly-blade), is one whole comment whose text ends in `<!`: its closing `<!-->` was made an empty comment, so the
    comment ran on to the page's closing 「<!--<![endif]-->」 and the whole policy was read as empty.
    """
    if "<!--" not in text:
        return text
    out: list[str] = []
    pos = 0
    i = text.find("<!--")
    while i >= 0:
        abrupt = _ABRUPT_COMMENT.match(text, i)
        if abrupt is not None:
            out.append(text[pos:i])
            out.append(_empty_comment(abrupt))
            pos = abrupt.end()
            i = text.find("<!--", pos)
            continue
        close = _COMMENT_CLOSE.search(text, i + 4)
        if close is None:
            break
        i = text.find("<!--", close.end())
    out.append(text[pos:])
    return "".join(out)


def _line_count(text: str) -> int:
    """Lines in `text` as html.parser counts them (LF and a lone CR end a line; a final line break opens no line)."""
    fed = _LONE_CR.sub("\n", text) if "\r" in text else text
    return fed.count("\n") + (1 if fed and not fed.endswith("\n") else 0)


# a line break in text: LF, and the escape `\n` a mini-program's <text> shows as one (`_lines`)
_TEXT_BREAK = lazy(r"\n|\\n")


def _lines(data: str, in_text: bool) -> list[tuple[str, bool, int]]:
    """`data` cut at its line breaks: (part, after a newline?, offset of the part from its line's start).

    Inside a mini-program `<text>` the escape `\\n` written in the markup is a line break too (WeChat and
    uni-app show one there); it is no text, so the part after it starts after the escape on the same line.
    """
    if not in_text or "\\n" not in data:
        return [(part, True, 0) for part in data.split("\n")]
    out: list[tuple[str, bool, int]] = []
    pos, newline, line_start = 0, True, 0
    for m in _TEXT_BREAK.finditer(data):
        out.append((data[pos : m.start()], newline, pos - line_start))
        newline = m.group(0) == "\n"
        pos = m.end()
        if newline:
            line_start = pos
    out.append((data[pos:], newline, pos - line_start))
    return out
