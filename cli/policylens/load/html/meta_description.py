"""A page's own description (u51k, issue #11): `<meta name="description" content="…">`, `og:description`, and a Next.js
page's `metadata` object's `description: '…'` (`export const metadata = {…}`, `createPageMetadata({…})`).

A slot or a drafting mark in it is a published one (search results and link previews show it), though no unit of the
text holds it: the placeholder rules read it beside the page's `<title>` (`Document.page_description`).  (u51p3) Read as
a browser gives it: its character references decoded (`&amp;` → &, `&#12304;` → 【), its runs of blanks and line breaks
folded to one space, each character located where it is written (a decoded reference spans its source characters).
"""

from __future__ import annotations

import html
import re

from policylens.lazyre import lazy
from policylens.load.types import PageTitle
from policylens.model import Piece

# a <meta> start tag, and its attributes (quoted values only: a JSX `content={…}` is code, not text)
_META = lazy(r"<meta\b[^<>]*>", re.IGNORECASE)
# (u51h) a run of name characters read from its start only, its leading `-`, digits and dots passed (the name the
# backtracking form found): linear on a 100 KB run of letters
_ATTR = lazy(r"""(?<![-A-Za-z0-9_:.])[-0-9.]*+([A-Za-z_:][-A-Za-z0-9_:.]*+)\s*+=\s*+(?:"([^"]*)"|'([^']*)')""")
_NAMES = frozenset(("description", "og:description", "twitter:description"))
# a character reference, and a run of blanks (both read as a browser reads an attribute's value)
_REFERENCE = lazy(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLANKS = lazy(r"[ \t\r\n\f\u00a0]+")
# a Next.js page's metadata object, and the first `description:` string in the 800 characters after its start
_METADATA = lazy(r"\bexport\s+const\s+metadata\b[^=\n]*=|\b(?:create|build|make)\w*Metadata\s*\(\s*\{")
_DESCRIPTION_KEY = lazy(r"""\bdescription\s*:\s*(?:"([^"\n]*)"|'([^'\n]*)'|`([^`$\n]*)`)""")


def meta_description(raw: str, *, jsx: bool = False) -> PageTitle | None:
    """The first located description of the page (`content` of a description `<meta>` outside comments; on a React page
    first its metadata object's `description`), or None."""
    if jsx and "etadata" in raw:
        found = _metadata_description(raw)
        if found is not None:
            return found
    if "<meta" not in raw and "<META" not in raw:
        return None
    comments = _comments(raw) if "<!--" in raw else []
    for tag in _META.finditer(raw):
        if any(a <= tag.start() < b for a, b in comments):
            continue
        attrs = {m.group(1).lower(): m for m in _ATTR.finditer(tag.group(0))}
        kind = attrs.get("name") or attrs.get("property")
        content = attrs.get("content")
        if kind is None or content is None or (kind.group(2) or kind.group(3) or "").strip().lower() not in _NAMES:
            continue
        group = 2 if content.group(2) is not None else 3
        found = _read(raw, tag.start() + content.start(group), content.group(group))
        if found is not None:
            return found
    return None


def _read(raw: str, at: int, value: str) -> PageTitle | None:
    """`value` (standing at offset `at` of `raw`) as a browser gives it, located character run by run; None when empty."""
    if "&" not in value and "\n" not in value and "\r" not in value:
        text = value.strip()
        return _at(raw, at + value.index(text), text) if text else None
    runs: list[tuple[str, int, int]] = []  # (text, its offset in raw, its source width)
    pos = 0
    for m in _REFERENCE.finditer(value):
        runs += _plain(value[pos : m.start()], at + pos)
        runs.append((html.unescape(m.group(0)), at + m.start(), len(m.group(0))))
        pos = m.end()
    runs += _plain(value[pos:], at + pos)
    parts: list[str] = []
    pieces: list[Piece] = []
    length = 0
    for text, offset, width in runs:
        if text == " " and (not parts or parts[-1] == " "):
            continue
        line = raw.count("\n", 0, offset) + 1
        column = offset - (raw.rfind("\n", 0, offset) + 1) + 1
        piece = Piece(length, len(text), line, column)
        pieces.append(piece._replace(width=width) if width != len(text) else piece)
        parts.append(text)
        length += len(text)
    while parts and parts[-1] == " ":
        parts.pop()
        pieces.pop()
    if parts and parts[0] == " ":
        return _shifted(parts, pieces)
    joined = "".join(parts)
    if not joined.strip():
        return None
    return PageTitle(joined, pieces[0].line, tuple(pieces))


def _shifted(parts: list[str], pieces: list[Piece]) -> PageTitle | None:
    """The text of `parts` and its `pieces` without a leading space."""
    parts, pieces = parts[1:], pieces[1:]
    if not parts:
        return None
    pieces = [p._replace(offset=p.offset - 1) for p in pieces]
    return PageTitle("".join(parts), pieces[0].line, tuple(pieces))


def _plain(chunk: str, at: int) -> list[tuple[str, int, int]]:
    """`chunk` (no reference) cut at its runs of blanks, each run one space: (text, offset in raw, source width)."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    for m in _BLANKS.finditer(chunk):
        if m.start() > pos:
            out.append((chunk[pos : m.start()], at + pos, m.start() - pos))
        out.append((" ", at + m.start(), m.end() - m.start()))
        pos = m.end()
    if pos < len(chunk):
        out.append((chunk[pos:], at + pos, len(chunk) - pos))
    return out


def _metadata_description(raw: str) -> PageTitle | None:
    """`description: '…'` of a Next.js page's metadata object (a string on one line, no `${}`), if any."""
    for head in _METADATA.finditer(raw):
        m = _DESCRIPTION_KEY.search(raw, head.end(), head.end() + 800)
        if m is None:
            continue
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        text = m.group(group).strip()
        if text and "\\" not in text:
            return _at(raw, m.start(group) + m.group(group).index(text), text)
    return None


def _at(raw: str, at: int, text: str) -> PageTitle:
    """`text` standing at offset `at` of `raw`, as a located page description."""
    line = raw.count("\n", 0, at) + 1
    column = at - (raw.rfind("\n", 0, at) + 1) + 1
    return PageTitle(text, line, (Piece(0, len(text), line, column),))


def _comments(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each closed `<!-- … -->`, as `re.finditer(r"<!--.*?-->", raw, re.S)` gives them, in linear time
    (u51h: that regex read to the end from each of 20,000 unclosed `<!--`)."""
    spans = []
    start = raw.find("<!--")
    while start >= 0:
        close = raw.find("-->", start + 4)
        if close < 0:
            break
        spans.append((start, close + 3))
        start = raw.find("<!--", close + 3)
    return spans
