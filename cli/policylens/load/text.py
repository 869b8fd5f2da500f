"""Reader for plain text: every line keeps its number; blank lines separate blocks.

Text copied out of a PDF keeps each page's number alone on a line (`page_number_lines`): those lines
are read as blank lines, so a number never joins the heading or the sentence beside it.  So are lines that hold only
`<br/>` tags (a text written with inline HTML).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import count, repeat

from policylens.lazyre import lazy
from policylens.load.adorned_titles import adorned_titles, as_headings
from policylens.load.lines import Line, LineTuple, group_lines
from policylens.load.types import Parsed
from policylens.normalise import split_lines

# Where a policy written on one very long line can be cut: before a numbered heading that
# follows a sentence end or a wide gap, and at runs of two or more spaces.
_NUMBER_AHEAD = r"(?=[一二三四五六七八九十]+[ \u3000]*、|\d{1,2}、|（\d{1,2}）)"
# One space run per alternative, and the lookahead only at its end: `[ ]{2,}[ ]*(?=…)` was
# quadratic on a long run of spaces (tests/test_hostile_regex.py).  A number may also
# follow a sentence end or 】 directly.
CUT = lazy(rf"(?:(?<=[。；！？】])[ \u3000]*|[ \u3000]{{2,}})(?![ \u3000]){_NUMBER_AHEAD}|[ \u3000]{{2,}}")
LONG_LINE = 2000
# A page number alone on its line: 「12」, 「- 3 -」, 「第 2 页」, 「3 / 12」 (spaces around it).
_PAGE_NUMBER = lazy(r"(?:-[ \t]*)?(?:第[ \t]*)?(\d{1,3})(?:[ \t]*页)?(?:[ \t]*(?:-|/[ \t]*\d{1,3}))?")
_BLANKS = " \t\u3000"
# ... the numbers of successive pages: at least three, each one more than the last, a page apart
MIN_PAGES = 3
MIN_PAGE_LINES = 8


_LINE_END = lazy(r"\r\n|\r|\n")
# A line that holds only line-break tags (「<br/>」, 「<br> <br />」): in a text file written with inline HTML (eval/structure49
# tongue-privacy-txt: 「一、<strong>个人信息的定义</strong>」 ⏎ 「<br/>」 ⏎ its text), the break the page shows, no text: read as a
# blank line, so the title above it and the text below are not run into one paragraph.
_BREAK_ONLY = lazy(r"(?i)^[ \t\u3000]*<br[ \t]*/?>(?:[ \t\u3000]*<br[ \t]*/?>)*[ \t\u3000]*$")


def _split_long(number: int, text: str) -> list[Line]:
    """Cut a very long line into pieces that keep their true columns."""
    if len(text) < LONG_LINE:
        return [Line(number, 1, text)]
    pieces: list[Line] = []
    start = 0
    for m in CUT.finditer(text):
        if m.start() > start:
            pieces.append(Line(number, start + 1, text[start : m.start()]))
            pieces.append(Line(number, m.start() + 1, ""))  # a blank: the pieces are separate blocks
        start = m.end()
    pieces.append(Line(number, start + 1, text[start:]))
    return pieces


def page_number_lines(raw: list[str]) -> set[int]:
    """The 0-based indexes of the lines that number a PDF's pages (「1」 … 「14」 between the pages' text).

    A line counts when it holds only a number of one to three digits (with 「第…页」, 「- … -」 or 「/ total」
    around it) and the numbers form a run of at least `MIN_PAGES` successive values (n, n+1, n+2 …) at
    least `MIN_PAGE_LINES` lines apart: a page holds many lines, while a flattened table's column
    (「序号」 over 「1」 「2」 「3」) or a numbered list has its numbers on neighbouring lines.
    """
    found = [(i, int(m.group(1))) for i, line in enumerate(raw) if len(line) <= 16 and (m := _PAGE_NUMBER.fullmatch(line.strip(_BLANKS)))]
    # The longest chain of candidates valued n, n+1, … each at least MIN_PAGE_LINES below the last: per value, the
    # candidates' line indexes (increasing) and the best chain ending at or before each of them (a running maximum).
    ends: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
    back: dict[int, int] = {}  # candidate line → the line of the page before it in its best chain
    best = (0, -1)  # (chain length, last line)
    for i, value in found:
        length, before = 1, -1
        prior = ends.get(value - 1)
        if prior is not None:
            k = bisect_right(prior[0], i - MIN_PAGE_LINES) - 1
            if k >= 0:
                length, before = prior[1][k][0] + 1, prior[1][k][1]
        back[i] = before
        lines, running = ends.setdefault(value, ([], []))
        lines.append(i)
        running.append(max(running[-1], (length, i)) if running else (length, i))
        best = max(best, (length, i))
    if best[0] < MIN_PAGES:
        return set()
    chain, i = set(), best[1]
    while i >= 0:
        chain.add(i)
        i = back[i]
    return chain


# Every `_BREAK_ONLY` line holds one of these (「<br」 as `(?i)` reads it: b and r fold to their two ASCII cases only,
# tests/test_u55t_throughput.py checks every code point): a text with none is not asked line by line (u55t: 236 lines
# of each of the benchmark's files, whose text holds a 「<」 but no break tag)
_BREAK_TAGS = ("<br", "<bR", "<Br", "<BR")


def read_text(text: str, breaks: list[int] | None = None) -> Parsed:
    """Split plain text into paragraph and list-item blocks.

    `breaks`: offsets in `text` of two-character escapes (`\\n`, written as two spaces) where the page shows a line
    break inside a source line (`app_literals.literal_text`): the line goes on as another line of the page at the same
    source line, its column kept; an escape with nothing after it on its line adds nothing."""
    raw = split_lines(text)
    pages = page_number_lines(raw)
    if pages:
        raw = ["" if i in pages else line for i, line in enumerate(raw)]
    if "<" in text and any(tag in text for tag in _BREAK_TAGS) and any(_BREAK_ONLY.fullmatch(line) for line in raw):
        raw = ["" if _BREAK_ONLY.fullmatch(line) else line for line in raw]  # (u49a) a line that is only a <br/>: a blank
    titles, adornments = adorned_titles(raw) if not breaks else ({}, set())
    if adornments:  # (u46a2) reStructuredText titles: their over- and underlines are no text
        raw = ["" if i in adornments else line for i, line in enumerate(raw)]
    lines: Iterable[LineTuple]
    if breaks:
        lines = _broken_lines(text, raw, breaks)
    elif max(map(len, raw), default=0) < LONG_LINE:  # the usual case: no line to cut
        lines = zip(count(1), repeat(1), raw)  # (number, column, text), built in C
    else:
        lines = [piece for i, s in enumerate(raw, start=1) for piece in _split_long(i, s)]
    blocks = group_lines(lines, split_titles=True)
    return Parsed(blocks=as_headings(blocks, titles) if titles else blocks)


def _broken_lines(text: str, raw: list[str], breaks: list[int]) -> list[Line]:
    """The page's lines with each source line cut at its shown breaks (`read_text`); one walk over lines and breaks."""
    starts = [0]
    for m in _LINE_END.finditer(text):
        starts.append(m.end())
    out: list[Line] = []
    k = 0
    ordered = sorted(breaks)
    for i, line in enumerate(raw):
        start = starts[i] if i < len(starts) else len(text)
        at = 0
        while k < len(ordered) and ordered[k] < start + len(line):
            cut = ordered[k] - start
            k += 1
            if cut < at or not line[cut + 2 :].strip():
                continue  # (a break ending its line's text: the source's line break stands for it)
            out += _shifted(_split_long(i + 1, line[at:cut]), at)
            at = cut + 2
        out += _shifted(_split_long(i + 1, line[at:]), at)
    return out


def _shifted(pieces: list[Line], by: int) -> list[Line]:
    return [Line(p.number, p.column + by, p.text) for p in pieces] if by else pieces
