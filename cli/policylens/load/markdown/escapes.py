"""CommonMark's backslash escapes and character references, decoded as CommonMark decodes them, in a finished block
(`_decoded`): 「\\[公司名称\\]」 → 「[公司名称]」, `&lt;公司名称&gt;` → 「<公司名称>」, each decoded character mapped back to
its source (`Piece.width`), outside code spans and inline tags (`inline`).  Not here: reading blocks (`walker`),
the escapes the later stages read as markup, which are left as written.
"""

from __future__ import annotations

import unicodedata
from html import unescape

from policylens.lazyre import lazy
from policylens.load.markdown.inline import _verbatim_spans
from policylens.model import Block, Piece
from policylens.patterns import INVISIBLE
from policylens.spans import spliced

# CommonMark's backslash escapes and character references.  Left as written: the escapes that
# would turn into markup the later stages read (`\\*` bold, `\\#` heading, `\\-`/`\\+` list
# items, `\\|` table cells, `\\`` code), and `\\_` outside a blank of three or more (`\\_\\_\\_`).
# (u49x2) `\\.` is decoded: a block is finished here, and its reader sees 「6. Windows 应用程序」, a number as
# written (eval/pairs49c biblio-windows-md: 「## **6\\. Windows 应用程序**」 kept the backslash in its title).
_ESCAPE = lazy(r"\\[!\"$%&'(),./:;<=>?@\[\\\]^{}~]|(?:\\_){3,}|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACE_CATEGORIES = ("Zs", "Zl", "Zp", "Cc", "Cf")


def _decoded(block: Block) -> Block:
    """`block` with its backslash escapes and character references decoded, each mapped to its source.

    A decoded character is a piece of its own whose `width` is its source's (`\\[` is 2 columns,
    `&lt;` 4), so a finding's [column, end_column) slices the escaped source.  Not decoded: code
    spans, inline tags and autolinks (CommonMark leaves them as written), references that decode to
    a space or a control (`&nbsp;`: the text's spacing is not changed; one that shows nothing, `&shy;`
    `&zwj;`, is decoded: 「【公司&shy;名稱】」 was not found), blocks whose
    pieces were decoded already (an HTML block's).
    """
    text = block.text
    if ("\\" not in text and "&" not in text) or block.kind == "code" or any(p.width is not None for p in block.pieces):
        return block
    skips = _verbatim_spans(text)
    found: list[tuple[int, int, str]] = []
    for m in _ESCAPE.finditer(text):
        a, b = m.span()
        if any(lo <= a < hi for lo, hi in skips):
            continue
        raw = m.group()
        if raw[0] == "&":
            value = unescape(raw)
            if value == raw or (all(unicodedata.category(c) in _SPACE_CATEGORIES for c in value) and INVISIBLE.sub("", value)):
                continue  # spacing kept as written; a reference that shows nothing (`&shy;`) is decoded, for the rules to see through
            found.append((a, b, value))
        elif raw.startswith("\\_"):
            found.extend((a + k, a + k + 2, "_") for k in range(0, b - a, 2))
        else:
            found.append((a, b, raw[1]))
    if not found:
        return block
    return block._replace(text=spliced(text, found), pieces=_decoded_pieces(block.pieces, found))


def _decoded_pieces(pieces: tuple[Piece, ...], found: list[tuple[int, int, str]]) -> tuple[Piece, ...]:
    """The pieces of the decoded text: each piece cut around the spans of `found`, a decoded value a piece of its source's width."""
    out: list[Piece] = []
    shift = 0  # decoded text offset − source text offset, so far
    k = 0
    for piece in pieces:
        start, stop = piece.offset, piece.offset + piece.length
        pos = start
        while k < len(found) and found[k][0] < stop:
            a, b, value = found[k]
            if a > pos:
                out.append(Piece(pos + shift, a - pos, piece.line, piece.column + pos - start))
            out.append(Piece(a + shift, len(value), piece.line, piece.column + a - start, b - a))
            shift += len(value) - (b - a)
            pos = b
            k += 1
        if stop > pos:  # (a span never crosses a piece: an escape or a reference is on one line)
            out.append(Piece(pos + shift, stop - pos, piece.line, piece.column + pos - start))
        # the joiner after this piece (none of `found`) keeps its place: offsets before the next piece shift alike
    return tuple(out)
