"""From markdown-it's block tokens to blocks: `_Walker` maps every heading, paragraph, list item, table, code block
and HTML block back to exact lines and columns of the source, keeps inline markup in paragraph text, reads an
indented block of Chinese prose as Markdown, and in a file without headings splits short title lines off as plain
text does.  Not here: parsing (`parser`, `chunks`), decoding escapes (`escapes`), front matter (`front_matter`), the
entry that puts them together (`load.markdown.read_markdown`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any, NamedTuple, cast

from policylens.lazyre import lazy
from policylens.load.lines import Line, LineTuple, group_lines, make_block, map_pieces
from policylens.load.markdown.headings import _IAL, clean_title_kept
from policylens.load.markdown.html_blocks import _DATETIME_ATTR
from policylens.load.markdown.inline import _TAG, _markup_spans, _outside_code, comment_spans
from policylens.load.md_wrap import file_band
from policylens.load.types import Parsed
from policylens.model import Block, Piece
from policylens.normalise import strip_span
from policylens.patterns import HAN_COMPAT, JS_BLANKS, LONE_CLOSING_TAG, opens_element, table_rule

_CJK = lazy(f"[{HAN_COMPAT}]")
# An indented block of Chinese text is an author's indentation unless it starts like markup or code.
_CODE_FIRST = frozenset("#`~<{[!$/;=")
# An ATX heading of Chinese text inside an indented block (`        ## 一、我们收集的信息`), its closing hashes left out.
_INDENTED_ATX = lazy(r"(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")


def _indented_markdown(content: str) -> bool:
    """Whether an indented "code block" is Markdown prose pasted with an indentation, not code: it opens with an ATX
    heading of Chinese text, holds at least two of them, and two thirds of its lines hold Chinese (a shell script's
    `# 安装依赖` comments sit among commands with none).  Its headings are then headings (eval/structure33 dn-privacy-md:
    every `## 一、…` of a policy indented by 8 spaces, 0 of 6 found)."""
    lines = [line.strip() for line in content.split("\n") if line.strip()]
    if not lines:
        return False
    heads = [m for m in map(_INDENTED_ATX.fullmatch, lines) if m and _CJK.search(m.group(2))]
    if len(heads) < 2 or not (_INDENTED_ATX.fullmatch(lines[0]) and _CJK.search(lines[0])):
        return False
    return 3 * sum(1 for line in lines if _CJK.search(line)) >= 2 * len(lines)


# A line that is only block markers (quote `>`, bullet, ordered number) and blanks, U+3000 and NBSP included.
# (the blanks are JavaScript's trim() set, which markdown-it drops: U+3000, NBSP, and also U+2028/U+2029, U+1680,
# U+2000–U+200A, U+202F, U+205F, U+FEFF; a fuzz run lost 「一」 after 「- \u2028」)
_JS_BLANK = "\t\v\f \u2028\u2029" + JS_BLANKS
_MARKER_ONLY = lazy(rf"\A[{_JS_BLANK}]*(?:(?:>|[-*+]|[0-9]{{1,9}}[.)])[{_JS_BLANK}]*)+")


class _Pending(NamedTuple):
    """A paragraph's lines, waiting until the file is known to have headings or not."""

    lines: list[LineTuple]


class _Walker:
    """Turns markdown-it block tokens into Blocks with positions in the original lines."""

    def __init__(self, source: list[str], parsed: Parsed, *, split_titles: bool | None) -> None:
        self.source = source
        self.parsed = parsed
        self.split_titles = split_titles  # None: not known yet (paragraphs wait as lines, see `settle`)
        self.pending = False
        self.items: list[int] = []  # first lines of the open list items
        self.html_blocks: set[int] = set()  # ids of the blocks read by the HTML reader (decoded there already)
        self.lowered: str | None = None  # the source lower-cased, once a lone closing tag needs it (`_stray_tags`)

    @cached_property
    def band(self) -> tuple[int, int] | None:
        """The widths at which the file is hard-wrapped, if its lines say so (`load.md_wrap.file_band`)."""
        return file_band(self.source)

    def walk(self, tokens: Sequence[Any]) -> None:
        """Visit the block tokens in order."""
        i = 0
        while i < len(tokens):
            token = tokens[i]
            kind = token.type
            if kind == "list_item_open":
                self.items.append(token.map[0])
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "heading_open":
                self._heading(token, tokens[i + 1])
                i += 2
            elif kind == "paragraph_open":
                self._paragraph(tokens[i + 1])
                i += 2
            elif kind == "table_open":
                self._table(token)
                while tokens[i].type != "table_close":
                    i += 1
            elif kind in ("fence", "code_block"):
                self._code(token)
            elif kind == "html_block":
                self._html(token)
            i += 1

    def _group(self, lines: list[LineTuple]) -> None:
        """Paragraph blocks of these lines, or the lines kept for later while `split_titles` is unknown."""
        if self.split_titles is None:
            self.parsed.blocks.append(_Pending(lines))  # type: ignore[arg-type]
            self.pending = True
        else:
            self.parsed.blocks.extend(group_lines(lines, split_titles=self.split_titles, markdown=True, band=self.band))

    def settle(self, *, split_titles: bool) -> None:
        """Fix `split_titles` and turn the lines kept so far into blocks, in place."""
        self.split_titles = split_titles
        if not self.pending:
            return
        blocks: list[Block] = []
        for block in cast(list[object], self.parsed.blocks):  # _Pending entries stand in for blocks until settled
            if isinstance(block, _Pending):
                blocks.extend(group_lines(block.lines, split_titles=split_titles, markdown=True, band=self.band))
            else:
                blocks.append(cast(Block, block))
        self.parsed.blocks[:] = blocks
        self.pending = False

    def text(self, start: int, end: int) -> None:
        """Lines `start`..`end` (0-based, end excluded) read as plain paragraphs."""
        lines: list[LineTuple] = [self._locate(n, self.source[n].strip()) for n in range(start, min(end, len(self.source)))]
        self._group(lines)

    # -- positions ------------------------------------------------------------
    def _content_lines(self, token: Any, content: str) -> list[Line]:
        """Each content line of a block as a Line with its true column."""
        source = self.source
        n, end = token.map[0], min(token.map[1], len(source))
        if token.map[1] - n == 1:  # a one-line block (every ATX heading): nothing to skip
            return [self._locate(n, content.strip())] if n < len(source) else []
        lines: list[Line] = []
        for part in content.split("\n"):
            stripped = part.strip()
            # markdown-it trims a paragraph with JavaScript's trim(), which also drops a first
            # line of U+3000 or NBSP only: skip such blank source lines, or the text that
            # follows is looked for on the wrong line and lost.
            # The same for a list item or quote whose first line holds only its marker and such a
            # blank (「- \u3000」 then 「一」): the item's text starts on the next line.  Not when that
            # line is the text itself: 「-\u3000」 is no list marker to CommonMark (U+3000 is not a
            # space there) but a paragraph's first line, and skipping it lost the 「-」 and read
            # every later line one line down (the last one twice).
            while (
                stripped
                and n < end - 1
                and (not source[n].strip() or (not lines and _MARKER_ONLY.fullmatch(source[n]) and stripped not in source[n]))
            ):
                n += 1
            if n >= len(source):
                break
            lines.append(self._locate(n, stripped))
            n += 1
        return lines

    def _locate(self, n: int, stripped: str) -> Line:
        """Where `stripped` (a suffix of line n, stripped of whitespace) starts in the original line."""
        if not stripped:
            return Line(n + 1, 1, "")
        line = self.source[n]
        end = len(line.rstrip())
        if line.endswith(stripped, 0, end):
            # The text ends the line: its last occurrence, which is also the text itself.
            return Line(n + 1, end - len(stripped) + 1, stripped)
        col = line.find(stripped)
        if col < 0:
            return Line(n + 1, 1, line)  # tabs expanded by the parser: keep the whole line
        return Line(n + 1, col + 1, stripped)

    # -- blocks -----------------------------------------------------------------
    def _heading(self, token: Any, inline: Any) -> None:
        level = int(token.tag[1])
        lines = self._content_lines(token, inline.content)
        if token.markup in ("=", "-"):  # Setext: the text lines, not the underline
            block = make_block(lines, "heading", level=level)
            if block:
                title, kept = clean_title_kept(block.text)
                pieces = map_pieces(block.pieces, kept)
                if title and pieces:
                    self.parsed.blocks.append(Block("heading", title, block.line, block.column, block.end_line, pieces, level))
            return
        if not lines:
            return
        line = lines[0]
        title, kept = clean_title_kept(line.text)
        pieces = map_pieces((Piece(0, len(line.text), line.number, line.column),), kept)
        if not title or not pieces:
            return
        start, _ = strip_span(line.text)
        self.parsed.blocks.append(Block("heading", title, line.number, line.column + start, line.number, pieces, level))

    def _paragraph(self, inline: Any) -> None:
        lines = self._content_lines(inline, inline.content)
        if lines and lines[0].number - 1 in self.items:
            first = lines[0]
            depth = self.items.count(first.number - 1)
            col = _marker_start(self.source[first.number - 1], first.column - 1, depth)
            lines[0] = Line(first.number, col + 1, self.source[first.number - 1][col:].rstrip())
        kept: list[LineTuple] = []
        for line in lines:
            if line.text.lstrip().startswith("{") and _IAL.fullmatch(line.text.strip()):
                self._datetime(line.text)
                continue  # a kramdown attribute line: markup
            if line.text.lstrip().startswith("<") and _EMPTY_ANCHOR.fullmatch(line.text.strip()):
                continue  # 「<a name="zh-section-3"></a>」 over a heading: a link target, no text (eval/structure51 levin-md)
            if "datetime" in line.text:
                self._datetime(line.text)
            spans = comment_spans(line.text) if "<!--" in line.text else None
            if spans and "`" in line.text:
                spans = _outside_code(line.text, spans)
            if spans:
                kept.extend(self._around_comments(line, spans))
            else:
                kept.append(line)
        if not self.parsed.blocks and len(kept) >= 2:
            number, column, text = kept[0]
            if _bold_line_broken(text, self.source[number - 1]):
                # 「**Privacy Policy**␠␠」 / 「**Last Updated: …**」 opening the file: its title line apart (a backslash break
                # is markup)
                self._group([Line(number, column, text.rstrip("\\ \t"))])
                kept = kept[1:]
        self._group(kept)

    def _around_comments(self, line: Line, spans: list[tuple[int, int]]) -> list[Line]:
        """The text on both sides of inline comments (kept for suppressions), each part with its true column."""
        parts: list[Line] = []
        start = 0
        for lo, hi in spans:
            self.parsed.comments.append((line.number, line.text[lo:hi]))
            if lo > start:
                parts.append(Line(line.number, line.column + start, line.text[start:lo]))
            start = hi
        parts.append(Line(line.number, line.column + start, line.text[start:]))
        return parts

    def _table(self, token: Any) -> None:
        start, end = token.map
        for n in range(start, end):
            if n == start + 1:
                continue  # the |---|---| delimiter row
            block = make_block([self._locate(n, self.source[n].strip())], "table")
            if block:
                self.parsed.blocks.append(block)

    def _code(self, token: Any) -> None:
        start, end = token.map
        if (
            token.type == "code_block"
            and _CJK.search(token.content)
            and (token.content.lstrip()[:1] not in _CODE_FIRST or _indented_markdown(token.content))
        ):
            self._indented_prose(start, end)
            return
        if token.type == "fence":
            start += 1
            end -= 1 if end - start > 0 and self.source[end - 1].strip().startswith(token.markup[:1] * 3) else 0
        text = ""
        pieces: list[Piece] = []
        for n in range(start, min(end, len(self.source))):
            line = self.source[n]
            lo, hi = strip_span(line)
            if lo == hi:
                continue
            if text:
                text += "\n"
            pieces.append(Piece(len(text), hi - lo, n + 1, lo + 1))
            text += line[lo:hi]
        if pieces:
            self.parsed.blocks.append(Block("code", text, pieces[0].line, pieces[0].column, pieces[-1].line, tuple(pieces)))

    def _indented_prose(self, start: int, end: int) -> None:
        """An indented "code block" of Chinese text: an author's indented paragraphs (and tables), not code."""
        run: list[LineTuple] = []
        headings = _indented_markdown("\n".join(self.source[start:end]))
        for n in range(start, min(end, len(self.source))):
            line = self._locate(n, self.source[n].strip())
            atx = _INDENTED_ATX.fullmatch(line.text) if headings else None
            if atx:  # `        ## 一、…`: a heading of Markdown pasted with an indentation (eval/structure33 dn-privacy-md)
                self.parsed.blocks.extend(group_lines(run))
                run = []
                title, kept = clean_title_kept(atx.group(2))
                column = line.column + atx.start(2)
                pieces = map_pieces((Piece(0, len(atx.group(2)), line.number, column),), kept)
                if title and pieces:
                    lo, _ = strip_span(atx.group(2))
                    self.parsed.blocks.append(Block("heading", title, line.number, column + lo, line.number, pieces, len(atx.group(1))))
                continue
            if line.text.startswith("|"):
                self.parsed.blocks.extend(group_lines(run))
                run = []
                if not table_rule(line.text):  # (not its |---|---| rule row)
                    block = make_block([line], "table")
                    if block:
                        self.parsed.blocks.append(block)
                continue
            run.append(line)
        self.parsed.blocks.extend(group_lines(run))

    def _html(self, token: Any) -> None:
        """An HTML block: comments are kept for suppressions, the rest goes through the HTML reader."""
        start, end = token.map
        first = self.source[start]
        if first.lstrip().startswith("<!--"):
            closing = next((n for n in range(start, end) if "-->" in self.source[n]), end - 1)
            cut = self.source[closing].index("-->") + 3 if "-->" in self.source[closing] else len(self.source[closing])
            comment = "\n".join(self.source[start:closing]) + ("\n" if closing > start else "") + self.source[closing][:cut]
            self.parsed.comments.append((start + 1, comment.strip()))
            rest = self.source[closing][cut:]
            if rest.strip():
                self.parsed.blocks.extend(group_lines([Line(closing + 1, cut + 1, rest)]))
            return
        block = "\n".join(self.source[start:end])
        if _TAG.search(block) is not None and not _markup_spans(block):
            # <COMPANY NAME>, <EMAIL> alone on a line: a tag to CommonMark, a slot or text to a reader (no HTML element, no
            # attribute value, never closed): kept as text, as a heading keeps it (twenty-sixth session, lead; it was
            # dropped unseen)
            self.parsed.blocks.extend(group_lines([Line(n + 1, 1, self.source[n]) for n in range(start, end)]))
            return
        self._stray_tags(start, end)
        from policylens.load.html import read_html_fragment

        fragment = read_html_fragment(self.source[start:end], first_line=start + 1)
        if fragment is None:  # not well-formed enough for the HTML reader: keep its lines as text
            self.parsed.blocks.extend(group_lines([Line(n + 1, 1, self.source[n]) for n in range(start, end)]))
            return
        self.parsed.blocks.extend(fragment.blocks)
        self.html_blocks.update(id(block) for block in fragment.blocks)
        self.parsed.dates.extend(fragment.dates)
        self.parsed.comments.extend(fragment.comments)
        self.parsed.warnings.extend(fragment.warnings)
        self.parsed.links.extend(fragment.links)
        self.parsed.media.extend(fragment.media)
        self.parsed.printed.extend(fragment.printed)  # (u55r) the values its code prints (`Context.shown_before`)
        self.parsed.rows.extend(fragment.rows)
        self.parsed.line_breaks.extend(fragment.line_breaks)
        self.parsed.bold_leads.extend(fragment.bold_leads)  # (u59l) 「<p><b>信息收集</b>当您…</p>」 in a Markdown file

    def _stray_tags(self, start: int, end: int) -> None:
        """Lines `start`..`end` of an HTML block that are only a closing tag (`</content>`) of an element the page opens
        nowhere: recorded (`Parsed.stray_tags`), since the HTML reader rightly gives them no text (u43k: the tag that
        `placeholder-residue` reports inside a paragraph went unseen after a blank line)."""
        for n in range(start, end):
            line = self.source[n]
            quoted = _quote_markers(line)  # (review r43) `> </content>`: the block quote's markers are no part of it
            m = LONE_CLOSING_TAG.match(line[quoted:])
            if m is None:
                continue
            if self.lowered is None:
                self.lowered = "\n".join(self.source).lower()
            if opens_element(self.lowered, m.group("name").lower()):
                continue  # <content> … </content>: the page writes the element whole
            tag = line[quoted:].strip()
            self.parsed.stray_tags.append((n + 1, line.index(tag, quoted) + 1, tag))  # (the 1-based column of its `<`)

    def _datetime(self, text: str) -> None:
        m = _DATETIME_ATTR.search(text)
        if m:
            self.parsed.dates.append(("datetime", m.group(1)))


# A line that is only empty anchors, the link targets a Markdown file writes above its headings: 「<a name="zh-section-3"></a>」,
# 「<a id="faq" name="faq"></a>」 (inline HTML to CommonMark, so a paragraph of its own; it has no text a reader sees).  An
# anchor that holds text, links somewhere (`href`) or sits beside words is kept as written.
_EMPTY_ANCHOR = lazy(
    r"""(?i)(?:<a(?:[ \t]++(?:name|id)[ \t]*+=[ \t]*+(?:"[^"<>\n]{0,200}"|'[^'<>\n]{0,200}'))++[ \t]*+/?>(?:[ \t]*+</a[ \t]*+>)?[ \t]*+)++"""
)

# A line that is wholly one bold span: 「**Privacy Policy**」, 「__隐私政策__」.
_WHOLLY_BOLD = lazy(r"\*\*[^*\n]{1,40}\*\*|__[^_\n]{1,40}__")


def _bold_line_broken(text: str, source_line: str) -> bool:
    """The file's first paragraph opens with a line that is wholly bold and ends in a hard break (two spaces or a
    backslash): 「**Privacy Policy**␠␠」 over 「**Last Updated: March 18, 2025**」 (eval/structure47 anx, u47a2).  The
    author broke the line on purpose, so the bold line is a line of its own (the document's title, `title.py`), not the
    start of one paragraph with the date."""
    tail = source_line.rstrip("\r\n")
    return (tail.endswith("  ") or tail.endswith("\\")) and _WHOLLY_BOLD.fullmatch(text.rstrip(" \\")) is not None


def _quote_markers(line: str) -> int:
    """Where `line`'s text starts after the markers of the block quotes it is in (`> > </content>`), 0 outside one."""
    at = 0
    while True:
        rest = line[at:].lstrip(" \t")
        if not rest.startswith(">"):
            return at
        at = len(line) - len(rest) + 1


def _marker_start(line: str, content: int, depth: int) -> int:
    """Column (0-based) of the outermost of `depth` list markers that end before `content`."""
    pos = content
    for _ in range(depth):
        while pos > 0 and line[pos - 1] in " \t":
            pos -= 1
        if pos > 0 and line[pos - 1] in "-*+":
            pos -= 1
        elif pos > 0 and line[pos - 1] in ".)":
            pos -= 1
            while pos > 0 and line[pos - 1].isdigit():
                pos -= 1
    return pos
