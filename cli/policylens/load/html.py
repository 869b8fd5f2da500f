"""Reader for HTML (also JSP/Vue pages): block elements become blocks at their source line.

Uses the standard library's html.parser; script/style/head content is markup, not
text.  JSP/ASP directives (`<% … %>`) are blanked first, keeping positions.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from policylens.errors import UserError
from policylens.lazyre import delimited
from policylens.load.types import Parsed
from policylens.model import Block, BlockKind, Piece
from policylens.normalise import WHITESPACE, joiner

_LONE_CR = re.compile(r"\r(?!\n)")
_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "dt",
    "dd",
    "td",
    "th",
    "tr",
    "table",
    "ul",
    "ol",
    "dl",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "blockquote",
    "pre",
    "address",
    "figure",
    "figcaption",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "body",
    "html",
    "hr",
    "caption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "v-app",
    "v-container",
    "v-card",
    "v-row",
    "v-col",
    "center",
}
_SKIP_TAGS = {"script", "style", "head", "template", "svg", "object", "iframe"}
_EMPHASIS_TAGS = {"strong", "b"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


def _blank_directives(text: str) -> str:
    """Replace each `<% … %>` directive by spaces, keeping its newlines (linear: see `delimited`)."""
    parts: list[str] = []
    pos = 0
    for start, end in delimited(text, "<%", "%>"):
        parts.append(text[pos:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


class _Extractor(HTMLParser):
    """Collects text runs with positions and cuts them into blocks."""

    def __init__(self) -> None:
        # convert_charrefs=False: each entity arrives on its own with its own source
        # position, so columns after &nbsp; or &#x4E2D; stay exact.
        super().__init__(convert_charrefs=False)
        self.blocks: list[Block] = []
        self.title_parts: list[str] = []
        self.comments: list[tuple[int, str]] = []
        self.dates: list[tuple[str, str]] = []
        self._skip: list[str] = []
        self._in_title = False
        self._parts: list[str] = []
        self._length = 0
        self._pieces: list[Piece] = []
        self._strong_chars = 0
        self._strong_depth = 0
        self._heading: int | None = None
        self._item = False
        self._cell = False
        self._pending_space = False

    # -- events -------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        for name, value in attrs:
            if name == "datetime" and value:
                self.dates.append(("datetime", value))
        if tag == "title":
            self._in_title = True
            return
        if tag in _SKIP_TAGS and tag not in _VOID:
            self._skip.append(tag)
            return
        if tag == "br":
            self._add_break()
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self._heading = int(tag[1])
            elif tag in ("li", "dt", "dd"):
                self._item = True
            elif tag in ("td", "th"):
                self._cell = True
        if tag in _EMPHASIS_TAGS:
            self._strong_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.lower() == "br":
            self._add_break()
        elif tag.lower() in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "title":
            self._in_title = False
            return
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag in _EMPHASIS_TAGS and self._strong_depth:
            self._strong_depth -= 1
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_entityref(self, name: str) -> None:
        self.handle_data(unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.handle_data(unescape(f"&#{name};"))

    def handle_comment(self, data: str) -> None:
        self.comments.append((self.getpos()[0], data))

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._skip:
            return
        line, col = self.getpos()
        col += 1
        for k, part in enumerate(data.split("\n")):
            if k:
                line += 1
                col = 1
                self._add_break()
            start = len(part) - len(part.lstrip(WHITESPACE))
            seg = part.strip(WHITESPACE)
            if not seg:
                if part and self._parts and not self._parts[-1].endswith(" "):
                    self._pending_space = True
                continue
            # Parts in a list, joined at the block's end: `self._text += seg` copied the
            # whole block for every text run (quadratic on a block of many runs).
            sep = joiner(self._parts[-1], seg) if self._parts and (self._pending_space or start) else ""
            self._pending_space = part != part.rstrip(WHITESPACE)
            if sep:
                self._parts.append(sep)
                self._length += len(sep)
            self._pieces.append(Piece(self._length, len(seg), line, col + start))
            self._parts.append(seg)
            self._length += len(seg)
            if self._strong_depth:
                self._strong_chars += len(seg)

    # -- helpers ------------------------------------------------------------
    def _add_break(self) -> None:
        self._pending_space = True

    def _flush(self) -> None:
        text = "".join(self._parts)
        if text.strip(WHITESPACE):
            kind: BlockKind
            if self._heading:
                kind = "heading"
            elif self._item:
                kind = "item"
            elif self._cell:
                kind = "table"
            else:
                kind = "paragraph"
            first, last = self._pieces[0], self._pieces[-1]
            emphasised = self._strong_chars >= len(text.replace(" ", "")) * 0.9
            self.blocks.append(Block(kind, text, first.line, first.column, last.line, tuple(self._pieces), self._heading, emphasised))
        self._parts = []
        self._length = 0
        self._pieces = []
        self._strong_chars = 0
        self._heading = None
        self._item = False
        self._cell = False
        self._pending_space = False


def read_html(text: str, *, path: str) -> Parsed:
    """Extract blocks from HTML; unterminated markup that swallows text is an error."""
    extractor = _Extractor()
    try:
        # html.parser counts only LF as a line break: a lone CR becomes LF (same length).
        extractor.feed(_LONE_CR.sub("\n", _blank_directives(text)))
        # What the parser still holds at the end of input is an unterminated construct;
        # close() would silently turn it into text.
        leftover = extractor.rawdata.lstrip(WHITESPACE)
        if leftover.startswith("<"):
            line = (
                text.count("\n", 0, len(text) - len(extractor.rawdata))
                + 1
                + extractor.rawdata[: len(extractor.rawdata) - len(leftover)].count("\n")
            )
            what = "comment" if leftover.startswith("<!--") else "tag"
            raise UserError(f"malformed HTML: unterminated {what} at line {line}: {leftover[:30]!r}", path=path)
        extractor.close()
    except UserError:
        raise
    except Exception as exc:  # html.parser is lenient; this guards against odd inputs
        raise UserError(f"malformed HTML: {exc}", path=path) from None
    extractor._flush()
    title = " ".join("".join(extractor.title_parts).split()) or None
    return Parsed(blocks=extractor.blocks, title=title, dates=extractor.dates, comments=extractor.comments)
