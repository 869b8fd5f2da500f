"""Parsing a Markdown file in chunks: markdown-it parses a long file in pieces of at least `CHUNK_LINES` lines, cut
only where nothing open (a fence, an HTML block, a list item) spans the cut, so the tokens are those of one parse;
lines nested past `parser.MAX_NESTING` are read as text.  Not here: the parser itself (`parser`), the tokens' blocks
(`walker`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from policylens.lazyre import lazy
from policylens.load.markdown.parser import MAX_NESTING, _parser
from policylens.load.types import Parsed

# Lines nested deeper than `parser.MAX_NESTING` are read as text; after this many such places, all the rest is.
MAX_NESTING_CUTS = 10
# markdown-it parses the file in chunks of at least this many lines (see `_chunks`).
CHUNK_LINES = 2_000
_ATX_LINE = lazy(r"#{1,6}(?:[ \t]|$)")  # an ATX heading at column 0 (`_chunks`)
_FENCE = lazy(r" {0,3}(`{3,}|~{3,})")
_HTML_OPEN = lazy(r" {0,3}(<(?:script|pre|style|textarea)(?=[\s>]|$)|<!--|<\?|<!\[CDATA\[|<![A-Za-z])", re.I)


def _segments(feed: list[str], env: dict[str, Any], parsed: Parsed) -> Iterator[Any]:
    """`_parse` over the chunks of `_chunks`, checked: a fence or HTML block that the parser
    still had open at the end of a chunk would run on into the next, so then the rest of the
    file is parsed at once (the reader's warnings of the abandoned parse are dropped)."""
    for lo, hi in _chunks(feed):
        said = len(parsed.warnings)
        segments = list(_parse(feed, lo, hi, env, parsed))
        if hi < len(feed) and _open_at(segments, hi, feed):
            del segments, parsed.warnings[said:]
            yield from _parse(feed, lo, len(feed), env, parsed)
            return
        yield from segments
        del segments


def _open_at(segments: list[Any], hi: int, feed: list[str]) -> bool:
    """Whether a top-level fence or HTML block (kinds 1-5) of these segments is still open at line `hi`.

    A chunk ends with a blank line, so such a block reaches line hi - 1 at least; it is
    closed only if its last line is its closing fence or holds its end marker.
    """
    last = segments[-1] if segments else None
    if last is None or isinstance(last, tuple):
        return False
    for t in last:
        if not t.level and t.type == "paragraph_open" and t.map[1] >= hi:
            return True  # a paragraph running up to a cut between two list items (`3. a` cannot start a list)
        if t.level or t.type not in ("fence", "html_block") or t.map[1] < hi - 1:
            continue
        first, final = t.map[0], t.map[1] - 1
        if t.type == "fence":
            m = _FENCE.match(feed[final]) if final > first else None
            closed = (
                m is not None
                and m.group(1)[0] == t.markup[0]
                and len(m.group(1)) >= len(t.markup)
                and not feed[final][m.end() :].strip(" \t")
            )
        else:
            m = _HTML_OPEN.match(feed[first])
            tail = feed[final][m.end() :] if m and final == first else feed[final]
            # kinds 6-7 end at a blank line: open if they run up to the cut itself
            closed = t.map[1] < hi if m is None else any(end in tail.lower() for end in _html_ends(m.group(1).lower()))
        if not closed:
            return True
    return False


def _chunks(feed: list[str]) -> Iterator[tuple[int, int]]:
    """Line ranges that markdown-it can parse one by one with the same result as the whole file.

    A chunk ends (after CHUNK_LINES lines at least) before a line that starts at column 0
    after a blank line: every open block (paragraph, list item, quote, indented code,
    table, HTML block of kinds 6-7) has ended there; or before a list item at column 0
    (`- 甲`, `12. 甲`) that continues a tight list: the last line at column 0 above it is an
    item with the same marker and every line since is indented, not blank (its nested
    lists).  The next chunk starts a new list, which reads the same: the walker takes an
    item's text and marker from the source lines, never its list's start number or
    tightness.  A paragraph that would have taken the item in as a lazy line (`段落` then
    `2. 甲`) is caught by `_open_at`.  Fenced code and HTML blocks of kinds 1-5
    (`<script>`, `<pre>`, `<!--`…) run across blank lines: no cut inside them.

    Without the list cuts, a tight list of 45,000 items was one parse (105× its size in
    memory, issue #12), and nested tight lists 161×.  A chunk also ends before an ATX heading
    at column 0 when every line since the last blank line is one (each a closed block of one
    line, no HTML block of kinds 6-7 around them): 50,000 headings with no blank line between
    them were one parse, 135× their size (twenty-ninth session, u29h).
    """
    start = 0
    fence: tuple[str, int] | None = None
    html_end: tuple[str, ...] | None = None
    lead = ""  # marker of the column-0 list item that every line since continues; "" if none
    headings = True  # every line since the last blank line (if any) is an ATX heading at column 0
    for n, line in enumerate(feed):
        if fence is not None or html_end is not None or line[:1] in (" ", "\t"):
            headings = False
        if fence is not None:
            m = _FENCE.match(line)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= fence[1] and not line[m.end() :].strip(" \t"):
                fence = None
            continue
        if html_end is not None:
            if any(end in line.lower() for end in html_end):
                html_end = None
            continue
        m = _FENCE.match(line)
        if m:
            fence, lead, headings = (m.group(1)[0], len(m.group(1))), "", False
            continue
        m = _HTML_OPEN.match(line)
        if m:
            headings = False
            ends = _html_ends(m.group(1).lower())
            html_end, lead = None if any(end in line[m.end() :].lower() for end in ends) else ends, ""
            continue
        if line[:1] in (" ", "\t") and line.strip(" \t"):
            continue  # indented, not blank: inside the item above, if any (`lead` unchanged)
        marker = _item_marker(line)
        atx = _ATX_LINE.match(line) is not None
        if (
            n - start >= CHUNK_LINES
            and line[:1] not in ("", " ", "\t")
            and (not feed[n - 1].strip(" \t") or (marker and marker == lead) or (atx and headings))
        ):
            yield start, n
            start = n
        lead = marker
        headings = not line.strip(" \t") or (headings and atx)
    yield start, len(feed)


def _item_marker(line: str) -> str:
    """The marker kind of a list item with text at column 0: `-`, `*`, `+`, `.` or `)`; "" if the line is none.

    Not a thematic break such as `- - -`; an ordered marker has 1-9 digits (no regex: linear).
    """
    if line[:1] in ("-", "*", "+"):
        kind, rest = line[0], line[1:]
        if rest[:1] != " ":
            return ""
        rest = rest.lstrip(" ")
        return kind if rest and not rest[0].isspace() and rest.strip("-*+ \t") else ""
    digits = len(line) - len(line.lstrip("0123456789"))
    if not 1 <= digits <= 9 or line[digits : digits + 1] not in (".", ")") or line[digits + 1 : digits + 2] != " ":
        return ""
    rest = line[digits + 2 :].lstrip(" ")
    return line[digits] if rest and not rest[0].isspace() else ""


def _html_ends(opener: str) -> tuple[str, ...]:
    """What ends an HTML block of kinds 1-5 that starts with `opener` (CommonMark 4.6)."""
    if opener.startswith("<!--"):
        return ("-->",)
    if opener.startswith("<?"):
        return ("?>",)
    if opener.startswith("<![cdata["):
        return ("]]>",)
    if opener.startswith("<!"):
        return (">",)
    return ("</script>", "</pre>", "</style>", "</textarea>")


def _parse(feed: list[str], lo: int, hi: int, env: dict[str, Any], parsed: Parsed) -> Iterator[Any]:
    """markdown-it's tokens for lines lo..hi, in segments; a `(start, end)` segment is lines nested too deep, read as text.

    markdown-it silently skips everything after a container nested `maxNesting` deep.  The
    first token at that depth marks the line where reading stopped: the lines before it are
    parsed again on their own, the lines from it to the next blank line are text (with a
    warning naming the line), and parsing resumes after them.
    """
    md = _parser()
    for round_ in range(MAX_NESTING_CUTS + 1):
        if lo >= hi and round_:
            return
        tokens = md.parse("\n".join(feed[lo:hi]), env)
        cut = next((t.map[0] for t in tokens if t.map and t.level >= MAX_NESTING - 1), None)
        if cut is None:
            yield _shifted(tokens, lo)
            return
        del tokens
        if cut:
            yield _shifted(md.parse("\n".join(feed[lo : lo + cut]), env), lo)
        start = lo + cut
        end = hi
        if round_ < MAX_NESTING_CUTS:
            end = next((n for n in range(start, hi) if not feed[n].strip()), hi)
        parsed.warnings.append(
            f"line {start + 1}: Markdown nested more than {MAX_NESTING} levels deep; lines {start + 1}-{end} read as plain text"
        )
        yield (start, end)
        lo = end


def _shifted(tokens: list[Any], offset: int) -> list[Any]:
    """Tokens of a slice starting at line `offset`, their line maps moved to the whole file's numbers."""
    if offset:
        for token in tokens:
            if token.map:
                token.map = [token.map[0] + offset, token.map[1] + offset]
    return tokens
