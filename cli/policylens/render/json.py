"""`--format json`: the public, versioned JSON contracts (see docs/json-contract.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from policylens.model import CheckReport, DiffReport, Document, FileReport, Finding, Paragraph, Section

if TYPE_CHECKING:
    from policylens.topics import TopicMatch

PARSE_SCHEMA = "policylens.parse/1"


def _paragraph(p: Paragraph) -> dict[str, Any]:
    return {
        "line": p.line,
        "column": p.column,
        "end_line": p.end_line,
        "kind": p.kind,
        "text": p.text,
        "breaks": [{"line": b.line, "prev_line": b.prev_line, "offset": b.offset} for b in p.breaks],
        "lang": p.lang,
    }


def _section(s: Section) -> dict[str, Any]:
    return {
        "id": s.id,
        "parent": s.parent,
        "level": s.level,
        "title": s.title,
        "number": s.number,
        "line": s.line,
        "column": s.column,
        "lang": s.lang,
        "titles": list(s.titles) or ([s.title] if s.title is not None else []),
        "depth": s.depth,
        "anchor": s.anchor,
        "paragraphs": [_paragraph(p) for p in s.paragraphs],
    }


def document_to_dict(doc: Document, *, topics: dict[str, tuple[TopicMatch, ...]] | None = None) -> dict[str, Any]:
    """The `policylens.parse/1` object for one document; `topics` (parse --topics) adds `sections[].topics`."""
    src, meta = doc.source, doc.metadata
    sections = [_section(s) for s in doc.sections]
    if topics is not None:
        from policylens.topics import match_to_dict

        for entry in sections:
            entry["topics"] = [match_to_dict(m) for m in topics.get(entry["id"], ())]
    return {
        "schema": PARSE_SCHEMA,
        "source": {
            "path": src.path,
            "format": src.format,
            "encoding": src.encoding,
            "sha256": src.sha256,
            "size": src.size,
            "newline": src.newline,
            "bom": src.bom,
        },
        "metadata": {
            "title": meta.title,
            "title_line": meta.title_line,
            "updated": meta.updated,
            "effective": meta.effective,
            "controller": meta.controller,
            "short_name": meta.short_name,
            "emails": list(meta.emails),
            "urls": list(meta.urls),
            "phones": list(meta.phones),
            "address": meta.address,
            "script": meta.script,
            "region": meta.region,
            "languages": list(dict.fromkeys(s.lang for s in doc.sections if s.lang)),
        },
        "sections": sections,
        "warnings": list(doc.warnings),
    }


def dump(obj: Any, out: TextIO, *, pretty: bool) -> None:
    """Write JSON without ASCII escapes; indented when `pretty` (else the fast C encoder)."""
    # json.dumps (not json.dump) so the C encoder does the work: dump() streams
    # through the pure-Python iterencode, which is ~5x slower on large reports.
    if pretty:
        out.write(json.dumps(obj, ensure_ascii=False, indent=2))
    else:
        out.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")


def render_document(doc: Document, out: TextIO, *, pretty: bool = False, topics: dict[str, tuple[TopicMatch, ...]] | None = None) -> None:
    """Write the parse JSON for one document."""
    dump(document_to_dict(doc, topics=topics), out, pretty=pretty)


CHECK_SCHEMA = "policylens.check/1"


_FINDING_FIELDS = Finding._fields
_RULE_FINDING_FIELDS = Finding._fields[:-2]  # item and reference are the last two (tests/test_render_json.py)


def _finding(finding: Finding) -> dict[str, Any]:
    """A finding; `item` and `reference` only on disclosure-missing findings."""
    # zip over the fields: a third faster than _asdict() and deleting keys (thousands per report)
    fields = _FINDING_FIELDS if finding.item is not None else _RULE_FINDING_FIELDS
    return dict(zip(fields, finding, strict=False))  # a rule's finding: its last two values are left out


def check_to_dict(report: CheckReport, *, findings: Callable[[int, FileReport], Any] | None = None) -> dict[str, Any]:
    """The `policylens.check/1` object; `findings(k, file)` stands in for the k-th file's findings list when given."""
    from policylens.check import summary

    files = []
    errors = []
    for k, file in enumerate(report.files):
        listed = [_finding(finding) for finding in file.findings] if findings is None else findings(k, file)
        entry: dict[str, Any] = {"path": file.path, "findings": listed}
        if file.error:
            entry["error"] = file.error
            errors.append({"path": file.path, "error": file.error.removeprefix(f"{file.path}: ")})
        if file.coverage:
            from policylens.profiles.coverage import coverage_to_dict

            entry["coverage"] = coverage_to_dict(file.coverage)
        files.append(entry)
    return {"schema": CHECK_SCHEMA, "files": files, "summary": summary(report), "fail_on": report.fail_on, "errors": errors}


def render_check(report: CheckReport, out: TextIO, *, pretty: bool = False) -> None:
    """Write the check JSON; compact output streams the findings (see `_stream_findings`)."""
    if pretty or not any(file.findings for file in report.files):
        dump(check_to_dict(report), out, pretty=pretty)
    else:
        _stream_findings(report, out)


# Findings encoded per batch: 100,000 findings as one dict list and one string took
# 110 MB at once (issue #12 §2); a batch of 1,000 is about 1 MB and keeps the C encoder.
_BATCH = 1_000


def _stream_findings(report: CheckReport, out: TextIO) -> None:
    """The same bytes as `dump(check_to_dict(report))`, with each file's findings encoded batch by batch.

    Each findings list is replaced by a marker string that no input can hold (random,
    between NUL characters, which JSON escapes), the small rest is encoded once, and the
    findings are written where the markers are.
    """
    import os

    token = os.urandom(8).hex()
    text = json.dumps(check_to_dict(report, findings=lambda k, _: f"\0{token}:{k}\0"), ensure_ascii=False, separators=(",", ":"))
    markers = [json.dumps(f"\0{token}:{k}\0") for k in range(len(report.files))]
    pos = 0
    for marker, file in zip(markers, report.files, strict=True):
        at = text.index(marker, pos)  # always there: the marker survives encoding
        out.write(text[pos:at])
        pos = at + len(marker)
        out.write("[")
        for start in range(0, len(file.findings), _BATCH):
            batch = json.dumps([_finding(f) for f in file.findings[start : start + _BATCH]], ensure_ascii=False, separators=(",", ":"))
            out.write(batch[1:-1] if start == 0 else "," + batch[1:-1])
        out.write("]")
    out.write(text[pos:])
    out.write("\n")


DIFF_SCHEMA = "policylens.diff/1"


def _side(section: Section | None) -> dict[str, Any] | None:
    if section is None:
        return None
    return {"title": section.title, "line": section.line, "id": section.id}


def diff_to_dict(report: DiffReport) -> dict[str, Any]:
    """The `policylens.diff/1` object."""
    from policylens.diff.align import summary

    def doc(d: Document) -> dict[str, Any]:
        return {"path": d.source.path, "updated": d.metadata.updated, "script": d.metadata.script, "title": d.metadata.title}

    sections = []
    for s in report.sections:
        sections.append(
            {
                "status": s.status,
                "moved": s.moved,
                "renamed": s.renamed,
                "old": _side(s.old),
                "new": _side(s.new),
                "similarity": round(s.similarity, 3),
                "topics": list(s.topics),
                "variants": s.variants,
                "noise": s.noise,
                "merged": s.merged,
                "split": s.split,
                "moved_to": list(s.moved_to),
                "moved_from": list(s.moved_from),
                "changes": [
                    {
                        "op": c.op,
                        "old_line": c.old_line,
                        "new_line": c.new_line,
                        "old_text": c.old_text,
                        "new_text": c.new_text,
                        "topics": list(c.topics),
                        "variant": c.variant,
                        "spans": [{"op": sp.op, "text": sp.text, **({"old": sp.old} if sp.old is not None else {})} for sp in c.spans],
                    }
                    for c in s.changes
                ],
            }
        )
    return {
        "schema": DIFF_SCHEMA,
        "old": doc(report.old),
        "new": doc(report.new),
        "cross_script": report.cross_script,
        "granularity": report.granularity,
        "strict": report.strict,
        "notes": list(report.notes),
        "summary": summary(report),
        "sections": sections,
    }


def render_diff(report: DiffReport, out: TextIO, *, pretty: bool = False, **_: object) -> None:
    """Write the diff JSON."""
    dump(diff_to_dict(report), out, pretty=pretty)
