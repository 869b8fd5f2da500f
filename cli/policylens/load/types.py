"""What a reader returns: blocks plus hints (front matter, <title>, comments)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

from policylens.model import Block, Catalogue, Piece, TableGrid

T = TypeVar("T")


class PageTitle(NamedTuple):
    """A page's own title, read once: an HTML page's `<title>` or a Markdown front matter's `title:`.

    `structure.page_title_shapes` makes its two shapes: `Metadata.page_title`/`page_title_line`
    (HTML only: the string `diff` compares, diff.title) and `Document.page_title` (the text with
    its pieces: what the placeholder rule scans), so the two never read the title apart.
    """

    text: str  # as read: an HTML title's runs of blanks folded to one space
    line: int | None  # the line of the HTML `<title>` tag (None for front matter)
    pieces: tuple[Piece, ...]  # where its characters stand, when written on one line as read (else empty: not located)


class Parsed:
    """Blocks in source order and format-specific hints for metadata."""

    __slots__ = (
        "blocks",
        "bold_leads",
        "boxes",
        "branches",
        "catalogue",
        "chrome",
        "comments",
        "computed_date",
        "controls",
        "dates",
        "default_from",
        "editions",
        "filled",
        "font_sizes",
        "front_lines",
        "line_breaks",
        "links",
        "liquid",
        "locale_region",
        "media",
        "menus",
        "own_syntax",
        "page_description",
        "page_title",
        "plain",
        "printed",
        "references",
        "rows",
        "scripts",
        "stray_tags",
        "tables",
        "title",
        "title_line",
        "unread_title",
        "warnings",
    )

    def __init__(
        self,
        blocks: list[Block],
        title: str | None = None,
        dates: list[tuple[str, str]] | None = None,
        comments: list[tuple[int, str]] | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        self.blocks = blocks
        self.title = title  # <title>, front matter `title:`, DOCX Title style
        # (u44a2) the line of a title no block of the page holds (an app's title `Text` written after its sections'
        # data, `load.app_literals.styled_title`); used with `title` only when the page's own reading finds no title
        self.title_line: int | None = None
        self.chrome: list[tuple[int, int]] = []  # (line, column) of HTML page-chrome lines `diff` ignores (load.html)
        self.menus: list[tuple[int, int]] = []  # those of them in the site's menus (a <nav>, a frame of links; load.html)
        # (l53b) those of them a mini-program's or uni-app page's own <button> shows (「同意隐私保护指引」): no title
        self.controls: frozenset[tuple[int, int]] = frozenset()
        self.boxes: list[tuple[int, int]] = []  # (line, column) of HTML blocks alone in a one-cell table (load.html)
        # (u59l) (line, column, length) of HTML blocks opened by a bold run-in title (`load.html.bold_leads`)
        self.bold_leads: list[tuple[int, int, int]] = []
        self.dates = dates or []  # (key, raw value) from front matter / attributes
        self.front_lines: list[tuple[int, str]] = []  # (line, text) of a Markdown front matter's lines, shown atop by site themes
        self.own_syntax: frozenset[str] = frozenset()  # template syntax it fills itself (`markdown.front_content`)
        self.catalogue: Catalogue | None = None  # an app's message catalogue (`load.catalogue`)
        self.liquid: frozenset[str] = frozenset()  # variables the page's own template binds (`site_tags.liquid_variables`, html loops)
        self.filled: frozenset[str] = frozenset()  # bracketed tokens its own script replaces with a value (`scripts.replaced_tokens`)
        # (u52s) the line where a React page's first-shown edition starts when it is written after an early branch
        # (`load.jsx_default_edition`): the title is looked for from there
        self.default_from: int | None = None
        # (u53x) (line, column) → (size, unit) the page's own style sheet gives its first blocks by their class
        # (`load.html.styles.class_font_sizes`): two names stacked at the top told apart by size
        self.font_sizes: dict[tuple[int, int], tuple[float, str]] = {}
        self.computed_date = False  # the page prints a date its code computes or looks up (`load.jsx.computed_date`, a JSP message tag)
        self.comments = comments or []  # (line, text) of HTML comments
        self.warnings = warnings or []
        self.plain = False  # a Markdown file without any markup, read like plain text
        self.references: list[str] = []  # Markdown reference-link labels defined by `[label]: url` (lower case)
        self.scripts: list[tuple[str, tuple[Piece, ...]]] = []  # string literals of inline scripts (load.scripts)
        self.tables: list[TableGrid] = []  # HTML tables with an empty cell, as grids
        self.rows: list[tuple[int, int]] = []  # (line, column) of the first block of each HTML table row (load.html)
        self.line_breaks: list[tuple[int, int]] = []  # (line, column) of the text after each HTML <br> inside a block (load.html)
        self.links: list[tuple[str, tuple[Piece, ...], str]] = []  # HTML link targets: (href, its pieces, the link's text)
        self.media: list[tuple[int, int]] = []  # (line, column) of images and embedded frames
        self.printed: list[tuple[int, int]] = []  # (u55f) those of `media` that are values the page's code prints
        # (u46k2) (line, column, end line, end column, `hant` or `hans`) of the editions a page selects by a language test (`Document.editions`)
        self.editions: list[tuple[int, int, int, int, str]] = []
        self.page_title: PageTitle | None = None  # <title> or front matter `title:` (see `PageTitle`)
        # (u51k) a page's description: `<meta name="description">` (`load.html.meta_description`), front matter `description:`
        self.page_description: PageTitle | None = None
        # (u43k) (line, column, tag) of a Markdown page's lines that are only a closing tag of an element the page never
        # opens, in a block CommonMark reads as HTML (`</content>` after a blank line): no text, but kept for
        # `placeholder-residue`, which sees the same line inside a paragraph
        self.stray_tags: list[tuple[int, int, str]] = []
        self.unread_title = False  # the page's title line is a translation call not read (`load.html._drop_translation_keys`)
        # (u47k2) `hk` or `tw`: the one Traditional region a script or server source files its text under as a quoted
        # locale key (`'zh_HK' => [`, `"zh-TW": {`), `load.source_locale_region`; a file name's tag, as it were
        self.locale_region: str | None = None
        # (u56j) a React page's inline condition branches of text not read (`{ok ? "…" : "…仍待公司確認。"}`: the page shows
        # one), as paragraphs at their places: `check` runs the placeholder rules on them too (`check._branch_document`)
        self.branches: list[Block] = []


def first_few(items: Sequence[T], keep: int = 5, *, show: Callable[[T], str] = str) -> str:
    """The first `keep` of `items` for a warning, then how many more: 「4, 8, 15, 16, 23 and 2 more」 (a line that listed
    all 1,000 parts of a file told the reader less).  `show` writes one item."""
    return ", ".join(show(item) for item in items[:keep]) + (f" and {len(items) - keep} more" if len(items) > keep else "")


def gist(text: str, width: int = 40) -> str:
    """`text` for a reader's warning: its blanks folded, cut to `width` characters with 「…」."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
