"""Section anchors for callers of the diff API (kept for compatibility).

The structure stage now records each heading's anchor as `Section.anchor`
(`policylens.structure.anchors`), and `diff_documents` reads it from the documents;
`section_anchors(text, doc)` still returns section id → anchor read from a source text.
"""

from __future__ import annotations

from policylens.model import Document
from policylens.structure.anchors import section_anchors as _from_text


def section_anchors(text: str, doc: Document) -> dict[str, str]:
    """Section id → anchor, for the sections of `doc` whose heading in `text` carries one."""
    return _from_text(text, doc.sections)


def document_anchors(doc: Document) -> dict[str, str]:
    """Section id → anchor as the structure stage recorded it (`Section.anchor`)."""
    return {s.id: s.anchor for s in doc.sections if s.anchor}
