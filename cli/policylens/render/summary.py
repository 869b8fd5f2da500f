"""Shared presentation helpers for renderers (labels only; no analysis)."""

from __future__ import annotations

from policylens.model import Document
from policylens.render.safe import quote_path, visible

_SCRIPT = {"hant": "Traditional (hant)", "hans": "Simplified (hans)", "mixed": "mixed Traditional/Simplified"}


def metadata_rows(doc: Document) -> list[tuple[str, str]]:
    """(label, value) rows describing a document, skipping empty fields."""
    m, s = doc.metadata, doc.source
    rows = [
        ("file", quote_path(s.path)),
        (
            "format",
            f"{s.format}, {s.encoding}"
            + (", BOM" if s.bom else "")
            + (f", {s.newline.upper()}" if s.newline not in ("lf", "none") else "")
            # the line numbers below are paragraph numbers: a reviewer looked for line 156 of a Word file (review u26u)
            + ("; lines are paragraph numbers" if s.format == "docx" else ""),
        ),
        ("title", (m.title or "") + (f" (line {m.title_line})" if m.title_line else "")),
        ("updated", m.updated or ""),
        ("effective", m.effective or ""),
        # a short name alone is shown as such, not after an empty name (「controller:  (【骑士】)」, review u26u)
        ("controller", f"{m.controller} ({m.short_name})" if m.controller and m.short_name else m.controller or ""),
        ("short name", m.short_name if m.short_name and not m.controller else ""),
        ("emails", ", ".join(m.emails)),
        ("urls", ", ".join(m.urls)),
        ("phones", ", ".join(m.phones)),
        ("address", m.address or ""),
        ("script", (_SCRIPT.get(m.script or "", "no Chinese text")) + (f", region {m.region}" if m.region else "")),
        (
            "sections",
            f"{sum(1 for x in doc.sections if x.title is not None)} headings, {sum(len(x.paragraphs) for x in doc.sections)} paragraphs",
        ),
        ("repaired", ", ".join(f"{b.prev_line}/{b.line}" for sec in doc.sections for p in sec.paragraphs for b in p.breaks)),
    ]
    return [(k, v) for k, v in rows if v]


__all__ = ["metadata_rows", "visible"]  # `visible` moved to render/safe.py; kept importable here


def count_words(n: int, word: str) -> str:
    """`1 error`, `2 errors`: English plural by `s`, for the summary lines."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def check_summary_parts(counts: dict[str, int], unreadable: int) -> list[tuple[str, str]]:
    """The check summary line as (text, kind) parts, kind being `error`, `warning` or "": the text
    renderer joins them, the rich one colours them. Files that could not be checked are counted
    apart, so that a run whose only file was unreadable never reads as a clean check."""
    checked = counts["files"] - unreadable
    parts = [
        (f"{count_words(checked, 'file')} checked: ", ""),
        (count_words(counts["error"], "error"), "error"),
        (", ", ""),
        (count_words(counts["warning"], "warning"), "warning"),
        (f", {counts['info']} info", ""),
    ]
    if unreadable:
        parts.append((f"; {count_words(unreadable, 'file')} could not be checked", "unreadable"))
    return parts
