"""`--format text`: a plain indented outline of the sections, for pipes and grep."""

from __future__ import annotations

from typing import TextIO

from policylens.model import CheckReport, Document
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


def render_check(report: CheckReport, out: TextIO) -> None:
    """`path:line:col: severity rule message [suggestion: …]`, one finding per line."""
    from policylens.check import summary

    for file in report.files:
        if file.error:
            continue  # reported on stderr by the command
        for f in file.findings:
            hint = f" [suggestion: {f.suggestion}]" if f.suggestion else ""
            out.write(f"{file.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}{hint}\n")
    counts = summary(report)
    out.write(f"{counts['files']} files checked: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info\n")
