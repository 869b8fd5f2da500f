"""What a reader returns: blocks plus hints (front matter, <title>, comments)."""

from __future__ import annotations

from dataclasses import dataclass, field

from policylens.model import Block


@dataclass
class Parsed:
    """Blocks in source order and format-specific hints for metadata."""

    blocks: list[Block]
    title: str | None = None  # <title>, front matter `title:`, DOCX Title style
    dates: list[tuple[str, str]] = field(default_factory=list)  # (key, raw value) from front matter / attributes
    comments: list[tuple[int, str]] = field(default_factory=list)  # (line, text) of HTML comments
    warnings: list[str] = field(default_factory=list)
