"""What a reader returns: blocks plus hints (front matter, <title>, comments)."""

from __future__ import annotations

from policylens.model import Block, Piece, TableGrid


class Parsed:
    """Blocks in source order and format-specific hints for metadata."""

    __slots__ = (
        "blocks",
        "chrome",
        "comments",
        "dates",
        "links",
        "media",
        "page_title",
        "plain",
        "references",
        "scripts",
        "tables",
        "title",
        "title_line",
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
        self.title_line: int | None = None  # the line of an HTML page's <title>
        self.chrome: list[tuple[int, int]] = []  # (line, column) of HTML page-chrome lines `diff` ignores (load.html)
        self.dates = dates or []  # (key, raw value) from front matter / attributes
        self.comments = comments or []  # (line, text) of HTML comments
        self.warnings = warnings or []
        self.plain = False  # a Markdown file without any markup, read like plain text
        self.references: list[str] = []  # Markdown reference-link labels defined by `[label]: url` (lower case)
        self.scripts: list[tuple[str, tuple[Piece, ...]]] = []  # string literals of inline scripts (load.scripts)
        self.tables: list[TableGrid] = []  # HTML tables with an empty cell, as grids
        self.links: list[tuple[str, tuple[Piece, ...], str]] = []  # HTML link targets: (href, its pieces, the link's text)
        self.media: list[tuple[int, int]] = []  # (line, column) of images and embedded frames
        self.page_title: tuple[str, tuple[Piece, ...]] | None = None  # <title> or front matter `title:`, located (one line)
