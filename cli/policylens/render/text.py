"""`--format text`: a plain indented outline of the sections, for pipes and grep."""

from __future__ import annotations

from typing import TextIO

from policylens.model import Document
from policylens.render.summary import metadata_rows


def render_document(doc: Document, out: TextIO) -> None:
    """Metadata as `key: value` lines, then one line per section, indented by level."""
    for key, value in metadata_rows(doc):
        out.write(f"{key}: {value}\n")
    out.write("\n")
    for s in doc.sections:
        indent = "  " * max(0, s.level - 1)
        title = s.title if s.title is not None else "(before the first heading)"
        line = f"line {s.line}" if s.line else "-"
        out.write(f"{indent}{title}  [{line}, {len(s.paragraphs)} ¶]\n")
