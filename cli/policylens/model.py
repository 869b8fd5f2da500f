"""Plain data shared by every stage of the pipeline: blocks, sections, documents.

Loaders produce `Block`s, `structure` turns them into a `Document`, and the
renderers only read these immutable records (NamedTuples: cheaper to
define at start-up than frozen dataclasses, see benchmarks/README.md).  Positions always refer to the
original file: 1-based line and 1-based *character* column (for DOCX, the
"line" is the 1-based paragraph index).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Literal, NamedTuple

Format = Literal["text", "markdown", "html", "docx"]
BlockKind = Literal["heading", "paragraph", "item", "code", "table"]


class Piece(NamedTuple):
    """A run of `text[offset:offset+length]` that starts at (line, column) in the source.

    A run is one source character per character of text, unless `width` is set: then the
    run was decoded from `width` source characters (a character reference `&lt;` → 「<」,
    a script's escape `\\u3010` → 「【」), so the end of its last character is `width`
    columns after its start (see `source_end`).
    """

    offset: int
    length: int
    line: int
    column: int
    width: int | None = None


class Block(NamedTuple):
    """One block of text as a loader saw it, before any heading inference."""

    kind: BlockKind
    text: str
    line: int
    column: int
    end_line: int
    pieces: tuple[Piece, ...]
    level: int | None = None  # explicit heading depth (Markdown #, HTML h1-6, DOCX style)
    emphasised: bool = False  # the whole block was bold/strong (pseudo-heading cue)

    def position(self, offset: int) -> tuple[int, int]:
        """Map a character offset in `text` back to (line, column) in the source."""
        return source_position(self.pieces, self.line, self.column, offset)

    def end_position(self, end: int) -> tuple[int, int]:
        """The exclusive end (line, column) in the source of `text[:end]`."""
        return source_end(self.pieces, self.line, self.column, end)


def source_position(pieces: tuple[Piece, ...], line: int, column: int, offset: int) -> tuple[int, int]:
    """(line, column) in the source of `offset` in a text made of `pieces` (starting at line:column if none)."""
    if not pieces:
        return line, column + min(offset, 0)
    # Binary search over the offsets (pieces are in offset order), kept for the last
    # pieces seen since findings come unit by unit: a scan per finding was quadratic on a
    # paragraph of many lines with many findings.
    global _LAST_OFFSETS
    last = _LAST_OFFSETS
    if last[0] is not pieces:
        last = _LAST_OFFSETS = (pieces, [p.offset for p in pieces])
    best = pieces[max(bisect_right(last[1], offset) - 1, 0)]
    return best.line, best.column + piece_column(best, offset - best.offset)


def piece_column(piece: Piece, k: int) -> int:
    """Columns from the start of `piece` to its `k`-th character (past its end: to the end of its source)."""
    if k < piece.length:
        return k
    return max(piece.length, 0) if piece.width is None else piece.width


def source_end(pieces: tuple[Piece, ...], line: int, column: int, end: int) -> tuple[int, int]:
    """(line, column) in the source just after character `end - 1` of a text made of `pieces`: the exclusive end of `text[:end]`.

    Not the start of character `end - 1` plus one: a decoded run (`Piece.width`, a
    character reference such as `&gt;`) ends `width` columns after it starts.
    """
    if not pieces:
        return line, column + min(end - 1, 0) + 1
    global _LAST_OFFSETS
    last = _LAST_OFFSETS
    if last[0] is not pieces:
        last = _LAST_OFFSETS = (pieces, [p.offset for p in pieces])
    best = pieces[max(bisect_right(last[1], end - 1) - 1, 0)]
    return best.line, best.column + piece_end(best, end - best.offset)


def forward_end(pieces: tuple[Piece, ...], start: int, end: int, first: tuple[int, int]) -> tuple[int, int]:
    """The exclusive end in the source of `text[start:end]`, never before `first` (where its first character is written).

    A text gathered from several places (u56j2: a block rendered where a `.map` stands, its words then an item's string
    written in the array above it) ends, read in text order, on a line before it starts.  The span then ends on the
    farthest character written at or after its first one: the pieces it covers that start there or later.
    """
    best = first
    for i, piece in enumerate(pieces):
        stop = pieces[i + 1].offset if i + 1 < len(pieces) else piece.offset + max(piece.length, 1)
        if piece.offset >= end or stop <= start:
            continue
        if piece.offset > start and (piece.line, piece.column) < first:
            continue
        here = (piece.line, piece.column + piece_end(piece, min(end, stop) - piece.offset))
        best = max(best, here)
    return best if best > first else (first[0], first[1] + 1)


def piece_end(piece: Piece, k: int) -> int:
    """Columns from the start of `piece` to the end of its source for the text `piece[:k]` (k ≥ 1)."""
    if piece.width is not None and k >= piece.length:
        return piece.width + (k > piece.length)  # a joiner after a decoded run counts one column, as after any run
    return min(k - 1, max(piece.length, 0)) + 1


_LAST_OFFSETS: tuple[tuple[Piece, ...], list[int]] = ((), [])


class Break(NamedTuple):
    """A paragraph break in the source that `structure` repaired (joined)."""

    line: int  # line where the continuation starts
    offset: int  # offset in the joined paragraph text where the continuation starts
    prev_line: int  # line of the block that ended mid-sentence


class Paragraph(NamedTuple):
    """A body paragraph (or list item, code block, table row) of a section."""

    text: str
    line: int
    column: int
    end_line: int
    kind: BlockKind
    pieces: tuple[Piece, ...]
    breaks: tuple[Break, ...] = ()
    lang: str | None = None  # zh / ja / ko / en from its own letters, else its section's (structure.language)

    def position(self, offset: int) -> tuple[int, int]:
        """Map a character offset in `text` back to (line, column) in the source."""
        return source_position(self.pieces, self.line, self.column, offset)

    def end_position(self, end: int) -> tuple[int, int]:
        """The exclusive end (line, column) in the source of `text[:end]`."""
        return source_end(self.pieces, self.line, self.column, end)


class Section(NamedTuple):
    """A heading and the paragraphs up to the next heading; flat, linked by `parent`."""

    id: str
    parent: str | None
    level: int
    title: str | None
    number: str | None  # numbering label of the heading, e.g. "一、", "1.1", "第三條"
    line: int | None
    column: int | None
    paragraphs: tuple[Paragraph, ...]
    title_pieces: tuple[Piece, ...] = ()
    lang: str | None = None  # "zh" | "ja" | "ko" | "en" | None (no letters), see structure.language
    titles: tuple[str, ...] = ()  # both lines of a bilingual heading pair in source order (else empty); title is the Chinese one
    depth: int | None = None  # explicit markup depth as written (Markdown #, HTML h1-6, DOCX style)
    anchor: str | None = None  # `{: #id}` / HTML id= / name= on (or next to) the heading, see structure.anchors


class Metadata(NamedTuple):
    """Facts about the policy as a whole, read from its text."""

    title: str | None = None
    title_line: int | None = None
    updated: str | None = None
    effective: str | None = None
    controller: str | None = None
    short_name: str | None = None
    emails: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    address: str | None = None
    script: str | None = None  # "hant" | "hans" | "mixed" | None (no Chinese)
    region: str | None = None  # "tw" | "hk" | "cn" | None
    # Where `region` comes from: the file name's locale tag (policy_zh-HK.html), or else the wording; `text_region` is
    # what the wording alone tells (for `diff`, which trusts a name only when both files have one)
    region_from_name: bool = False
    text_region: str | None = None
    # An HTML page's <title> (head metadata), whatever the document title is; `diff` compares it
    # when the document titles agree (a year or company changed only in the <head>, diff.title)
    page_title: str | None = None
    page_title_line: int | None = None


class Source(NamedTuple):
    """Where a document came from and how its bytes were read."""

    path: str
    format: Format
    encoding: str
    sha256: str  # hex digest of the bytes; "" when the caller asked for none (`load(digest=False)`: `check`)
    size: int
    newline: str  # "lf" | "crlf" | "cr" | "mixed" | "none"
    bom: bool


class TableCell(NamedTuple):
    """A cell of an HTML table, for rules that read a table as a grid (empty cells)."""

    text: str  # its text, whitespace collapsed, at most `CELL_TEXT` characters
    line: int
    column: int  # 1-based, where its start tag begins
    tag: str  # the start tag as written (`<td>`, `<td class="x">`)
    filled: bool  # text, an image, a frame or a form field in it
    header: bool  # a <th>


CELL_TEXT = 80
# An HTML table as rows of cells; None where a cell spanned from above or the left (rowspan, colspan).
TableGrid = tuple[tuple[TableCell | None, ...], ...]


class Catalogue(NamedTuple):
    """A message catalogue's own structure (`load.catalogue`): the lines of its form inputs' strings, and its locale
    tables as (first line, last line, script: `hans`, `hant`, `zh` (either) or `other`)."""

    ui_lines: frozenset[int]
    tables: tuple[tuple[int, int, str], ...]
    comment_lines: frozenset[int] = frozenset()  # lines of a JS/TS/PHP module's comments: code, never shown (`load.catalogue`)
    # (u50k) (line, column) where a `// …` comment opens after code on a line of the module: code from there to the line's end
    trailing_comments: tuple[tuple[int, int], ...] = ()


class Document(NamedTuple):
    """The structured policy: source info, metadata, sections in document order."""

    source: Source
    metadata: Metadata
    sections: tuple[Section, ...]
    warnings: tuple[str, ...] = ()
    comments: tuple[tuple[int, str], ...] = ()  # (line, text) of Markdown/HTML comments
    title_pieces: tuple[Piece, ...] = ()  # where the title (metadata.title) sits in the source
    link_labels: tuple[str, ...] = ()  # Markdown reference-link labels (`[label]: url`), lower case
    scripts: tuple[tuple[str, tuple[Piece, ...]], ...] = ()  # string literals of inline HTML scripts (not sections)
    links: tuple[tuple[str, tuple[Piece, ...], str], ...] = ()  # HTML <a href>: (target, its pieces, text); see load.html.extractor
    media: tuple[tuple[int, int], ...] = ()  # (line, column) of embedded content: <img>, <iframe>, <video>, a Markdown image
    tables: tuple[TableGrid, ...] = ()  # HTML tables with an empty cell, as grids (`load.html`)
    chrome: frozenset[tuple[int, int]] = frozenset()  # (line, column) of paragraphs that are HTML page chrome (`load.html`)
    page_title: tuple[str, tuple[Piece, ...]] | None = None  # <title> or front matter `title:` on one line, located (`load`)
    boxes: frozenset[tuple[int, int]] = frozenset()  # (line, column) of paragraphs alone in a one-cell HTML table (`load.html`)
    front_matter: tuple[tuple[int, str], ...] = ()  # (line, text) of a Markdown file's front matter lines (`load.markdown`)
    liquid: frozenset[str] = (
        frozenset()
    )  # variables a page's own template binds: Liquid tags and globals (`load.site_tags`), a web page's ng-repeat/v-for (`load.html`)
    computed_date: bool = False  # the page prints a date its code computes or looks up: a React page's after a cue (`load.jsx`), a JSP message tag's (`load.html`)
    rows: frozenset[tuple[int, int]] = (
        frozenset()
    )  # (line, column) of the first paragraph of each table row; a negative column: a row that is no row of data (`diff.rows`)
    line_breaks: frozenset[tuple[int, int]] = frozenset()  # (line, column) of the text after each HTML <br> in a paragraph (`load.html`)
    own_syntax: frozenset[str] = frozenset()  # template syntax the page fills itself (`load.markdown.front_content`)
    catalogue: Catalogue | None = None  # the file is an app's message catalogue (`load.catalogue`)
    filled: frozenset[str] = frozenset()  # bracketed tokens the page's own script replaces with a value (`load.scripts.replaced_tokens`)
    menus: frozenset[tuple[int, int]] = (
        frozenset()
    )  # those `chrome` paragraphs in the site's menus: a <nav>, a frame of links (`load.html`)
    stray_tags: tuple[tuple[int, int, str], ...] = ()  # (line, column, tag): a lone closing tag no text shows (`load.markdown`)
    unread_title: bool = False  # the title line is a translation call not read (`load.html`): the title is unknown
    # (u46k2) (line, column, end line, end column, `hant` or `hans`) of each edition a page selects by a language test (a PHP page's
    # `if (nl_lang()==='cn') { echo '…'; }` and the markup of an `if (…) :` branch: `load.server_code`): `script-mixed`
    # holds each to its own script
    editions: tuple[tuple[int, int, int, int, str], ...] = ()
    # (u51k) the page's description (`<meta name="description">`, front matter `description:`), located: what the placeholder
    # rules read beside `page_title` (a slot in it is published: search results and previews show it)
    page_description: tuple[str, tuple[Piece, ...]] | None = None
    # (u54p) (line, column) of each block set bold as a whole (an HTML `<p><strong>…</strong></p>`, a Word paragraph in bold):
    # a label alone in one is a run-in heading over the text below it (`rules.placeholder_empty.contact_fields`)
    emphasised: frozenset[tuple[int, int]] = frozenset()
    # (u55f) (line, column) of each value the page's code prints (a subset of `media`: no image or frame), where
    # `rules.context.Context.shown_before` looks for the name a paragraph opening with 「（以下简称…）」 lacks
    printed: tuple[tuple[int, int], ...] = ()
    # (u59l) (line, column, length) of each HTML paragraph opened by a bold run (「<b>信息收集</b>当您…」): its first `length`
    # characters are the run, a title run into its text (`load.html.bold_leads`, `diff.runin`); Markdown keeps its `**`
    bold_leads: frozenset[tuple[int, int, int]] = frozenset()

    def paragraphs(self) -> list[Paragraph]:
        """All paragraphs in document order."""
        return [p for s in self.sections for p in s.paragraphs]


class Finding(NamedTuple):
    """One problem a check rule found, with its span in the original file (1-based, characters)."""

    rule: str
    severity: str  # "error" | "warning" | "info"
    line: int
    column: int
    end_line: int
    end_column: int  # exclusive
    message: str
    excerpt: str
    suggestion: str | None = None
    item: str | None = None  # disclosure-missing: the profile item ID, e.g. "tw-pdpa/period"
    reference: str | None = None  # disclosure-missing: the legal reference of the item
    # One defect, one finding (issue #11 §5): the same text found again on the same line by the same rule is this one
    # finding, at its first column; `columns` then holds the column of every occurrence on the line, this one first
    # (`check.repeats`).  Empty for a finding that stands for one occurrence.
    columns: tuple[int, ...] = ()


class FileReport(NamedTuple):
    """The findings for one checked file (or the error that stopped it)."""

    path: str
    findings: tuple[Finding, ...]
    script: str | None = None
    error: str | None = None
    context: tuple[tuple[int, str], ...] = ()  # source lines that have findings, for display
    coverage: tuple[Any, ...] = ()  # check --profile: ProfileCoverage per profile (policylens.profiles.coverage)
    warnings: tuple[str, ...] = ()  # the document's warnings (an empty file…), shown on stderr


class CheckReport(NamedTuple):
    """Everything `policylens check` found, ready for a renderer."""

    files: tuple[FileReport, ...]
    fail_on: str = "error"
    lang: str = "en"


class DiffSpan(NamedTuple):
    """One run of a word-level redline: equal text, or text deleted from old / inserted in new."""

    op: str  # "equal" | "delete" | "insert"
    text: str  # new text for equal/insert, old text for delete
    old: str | None = None  # old text of an "equal" span when it differs only by noise or script


class Change(NamedTuple):
    """A paragraph-level change inside an aligned section pair."""

    op: str  # "insert" | "delete" | "replace"
    old_line: int | None
    new_line: int | None
    old_text: str | None
    new_text: str | None
    spans: tuple[DiffSpan, ...]
    topics: tuple[str, ...] = ()
    variant: bool = False  # only script/regional wording differs (listed with --show-variants)
    # across scripts: the words differ, the content does not (numbers, names, negations, parties, places,
    # list items: `diff.content`); a quieter kind, counted apart from the changes (fourteenth session)
    reworded: bool = False

    @property
    def counted(self) -> bool:
        """A change of the text, counted in `summary.changes` and the exit code: not a script/regional variant nor a
        cross-script rewording, which are listed (JSON `counted: false`) but never counted (fiftieth session)."""
        return not self.variant and not self.reworded


class SectionDiff(NamedTuple):
    """One aligned section pair (either side may be missing)."""

    status: str  # "added" | "removed" | "modified" | "unchanged"
    moved: bool
    renamed: bool
    old: Section | None
    new: Section | None
    changes: tuple[Change, ...]
    topics: tuple[str, ...]
    similarity: float  # body similarity 0..1 of the pair (1.0 for one-sided entries)
    variants: int  # paragraphs equal only after script or regional normalisation
    noise: int = 0  # paragraphs equal only after formatting normalisation
    merged: bool = False  # a removed heading whose whole text now sits in other sections (moved_to)
    split: bool = False  # an added heading whose whole text came from other sections (moved_from)
    moved_to: tuple[str, ...] = ()  # new-side ids of the sections that received paragraphs of this one
    moved_from: tuple[str, ...] = ()  # old-side ids of the sections whose paragraphs moved into this one
    chrome: int = 0  # HTML page-chrome lines that differ, compared as nothing (`Document.chrome`)
    # across scripts: the titles differ in words, not in content, and the pair stays in place: no rename
    title_reworded: bool = False
    # paragraphs moved from or to another section and edited on the way, shown here as one replace (`diff.moves`): the
    # move is no change, the edit is
    moved_edited: int = 0


class DiffReport(NamedTuple):
    """Everything `policylens diff` found, ready for a renderer."""

    old: Document
    new: Document
    sections: tuple[SectionDiff, ...]
    cross_script: bool
    granularity: str
    strict: bool
    notes: tuple[str, ...] = ()  # steps that fell back to a coarse alignment (said on stderr and in JSON)
    title: Change | None = None  # the document title changed (a variant only with show_variants); diff.title
    title_variants: int = 0  # 1 when the titles differ only by script or regional wording
    title_noise: int = 0  # 1 when the titles differ only by formatting
    title_source: str = "title"  # "page_title": `title` compares the HTML pages' <head><title>s (diff.title)
