"""`--format markdown`: the normalised document as clean Markdown with real # headings."""

from __future__ import annotations

import re
from typing import TextIO

from policylens.model import Document, Paragraph

_NEEDS_ESCAPE = re.compile(r"^(#{1,6}\s|={3,}\s*$|-{3,}\s*$)")


def _paragraph(p: Paragraph) -> str:
    if p.kind == "code":
        return "```\n" + p.text + "\n```"
    text = p.text
    if _NEEDS_ESCAPE.match(text):
        text = "\\" + text
    return text


def render_document(doc: Document, out: TextIO) -> None:
    """Write `# title`, then each section as a heading one level deeper than its level."""
    chunks: list[str] = []
    if doc.metadata.title:
        chunks.append(f"# {doc.metadata.title}")
    for section in doc.sections:
        if section.title is not None:
            depth = min(6, section.level + 1)
            chunks.append("#" * depth + " " + section.title)
        chunks.extend(_paragraph(p) for p in section.paragraphs)
    out.write("\n\n".join(chunks) + ("\n" if chunks else ""))
