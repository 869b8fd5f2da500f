"""Test helpers: parse a file or a string through the real pipeline."""

from __future__ import annotations

import tempfile
from pathlib import Path

from policylens.load import load
from policylens.model import Document
from policylens.structure import build_document


def parse_path(path: str | Path, **kwargs: object) -> Document:
    """load → structure, as every command does."""
    return build_document(load(str(path), **kwargs))  # type: ignore[arg-type]


def parse_string(text: str, suffix: str = ".txt") -> Document:
    """Parse `text` as if it were a file with this suffix."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"policy{suffix}"
        path.write_text(text, encoding="utf-8")
        return parse_path(path)


def headings(doc: Document) -> list[tuple[int | None, int, str | None]]:
    """(line, level, title) of every titled section."""
    return [(s.line, s.level, s.title) for s in doc.sections if s.title is not None]
