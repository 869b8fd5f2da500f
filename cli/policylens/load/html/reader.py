"""The tag reader: `html.parser.HTMLParser` made to read tags and comments as a browser does, positions kept.

`_TagReader` is the base of the extractor (through `branches._BranchChooser`).  It reads a start tag of very many attributes with its first 1,000 (the
parser's own pattern backtracks per attribute), `<![CDATA[` as HTML5's bogus comment, a comment closed by `--!>`,
keeps each comment with its line, and knows where each line of the fed source starts.  It makes no blocks: what the
tags and text mean is the extractor's (`extractor._Extractor`).
"""

from __future__ import annotations

import html.parser as html_parser
from html.parser import HTMLParser

from policylens.load.html.decode import _COMMENT_CLOSE, _FILLER, _NEWLINE
from policylens.load.server_code import CODE

# The attributes of a start tag that are read (`parse_starttag`); html.parser's own patterns for a tag's
# name and one attribute (present in 3.10-3.13; without them a tag is read whole, as before).
_MAX_ATTRIBUTES = 1000
# what a blanked span of code is written as (`CODE`, its line breaks kept): html.parser reads each line of it as an
# attribute, so a React prop's array of 300 elements read by `load.jsx_data` (and blanked) was "a tag of 1,202 attributes"
_BLANKED = " \t\r\n\f" + CODE
_TAG_NAME = getattr(html_parser, "tagfind_tolerant", None)
_ATTRIBUTE = getattr(html_parser, "attrfind_tolerant", None)


class _TagReader(HTMLParser):
    """html.parser with HTML5's reading of long start tags, CDATA and `--!>` comments; the page's comments and warnings."""

    def __init__(self) -> None:
        # convert_charrefs=False: each entity arrives on its own with its own source
        # position, so columns after &nbsp; or &#x4E2D; stay exact.
        super().__init__(convert_charrefs=False)
        self.comments: list[tuple[int, str]] = []
        self.warnings: list[str] = []
        self._tag_at = 0  # where the start tag being read begins in `rawdata` (`parse_starttag`)
        self.source = ""  # the text fed to the parser (same length as the file), to read a reference's end
        self._line_starts: list[int] | None = None

    def _starts(self) -> list[int]:
        """Where each line of the fed text starts (made on the first character reference)."""
        self._line_starts = [0, *(m.end() for m in _NEWLINE.finditer(self.source))]
        return self._line_starts

    def parse_starttag(self, i: int) -> int:
        """A start tag of more than 1,000 attributes is read with its first 1,000, and a warning.

        html.parser finds a tag's end with one pattern whose repeat keeps a backtracking frame per attribute: one
        `<p a a a …>` of a million attributes (2 MB) took 530 MB, about 270 times the page (a browser keeps one `a`).
        Such a tag is walked one attribute at a time, handed to html.parser cut after its 1,000th, and the page's
        own text is put back at once, so lines are counted on it as written.  A short tag (its `>` within 256
        characters, no quote before it) goes straight to html.parser.
        """
        raw = self.rawdata
        self._tag_at = i
        close = raw.find(">", i + 1)
        if (0 <= close - i <= 256 and '"' not in raw[i:close] and "'" not in raw[i:close]) or _ATTRIBUTE is None or _TAG_NAME is None:
            return int(super().parse_starttag(i))
        name = _TAG_NAME.match(raw, i + 1)
        if name is None:
            return int(super().parse_starttag(i))
        k, count, cut, lost = name.end(), 0, 0, 0
        while (found := _ATTRIBUTE.match(raw, k)) is not None:
            k = found.end()
            count += 1
            if count == _MAX_ATTRIBUTES:
                cut = k
            elif count > _MAX_ATTRIBUTES and found.group().strip(_BLANKED):
                lost += 1  # (u54h) not code another reader blanked: a prop's array read where it stands (`jsx_data`)
        if count <= _MAX_ATTRIBUTES:
            return int(super().parse_starttag(i))
        rest = len(raw) - len(raw[k:].lstrip())
        closing = "/>" if raw.startswith("/>", rest) else ">" if raw.startswith(">", rest) else None
        if closing is None:  # no end after the attributes: html.parser decides what it is
            return int(super().parse_starttag(i))
        self.rawdata = raw[:cut] + closing + raw[rest + len(closing) :]
        try:
            super().parse_starttag(i)
        finally:
            self.rawdata = raw
        if lost:
            self.warnings.append(
                f"line {self.getpos()[0]}: a tag of {count:,} attributes: those past the first {_MAX_ATTRIBUTES:,} are not read"
            )
        return rest + len(closing)

    def parse_html_declaration(self, i: int) -> int:
        """`<![CDATA[` in an HTML page is a bogus comment that ends at the first `>`, as HTML5
        reads it (browsers then show the text after it); html.parser waited for `]]>`, so it
        dropped the text of a closed section and refused a page whose section is never
        closed.  (In SVG and MathML a CDATA section is text; policies hold none there.)"""
        rawdata = self.rawdata
        if rawdata.startswith("<![CDATA[", i):
            end = rawdata.find(">", i + 9)
            if end < 0:
                return -1  # at the end of the input: reported as unterminated markup (`_feed`)
            self.handle_comment(rawdata[i + 2 : end])
            return end + 1
        return int(super().parse_html_declaration(i))

    def parse_comment(self, i: int, report: bool = True) -> int:
        """A comment ends at `-->` or at `--!>`, as HTML5 reads it: html.parser (3.11) knew only the
        first, so a page with 「<!-- … --!>」 was refused as an unterminated comment (browsers show it)."""
        rawdata = self.rawdata
        found = _COMMENT_CLOSE.search(rawdata, i + 4)
        if found is None:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4 : found.start()])
        return found.end()

    def handle_comment(self, data: str) -> None:
        if data.startswith("-" + _FILLER):
            return  # an empty comment, `<!-->` (see _ABRUPT_COMMENT)
        self.comments.append((self.getpos()[0], data.replace(CODE, "") if CODE in data else data))
