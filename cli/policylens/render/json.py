"""`--format json`: the public, versioned JSON contracts (see docs/json-contract.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from policylens.model import Change, CheckReport, DiffReport, Document, FileReport, Finding, Paragraph, Section, SectionDiff
from policylens.render.safe import json_named

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


def _section(s: Section, *, topics: dict[str, tuple[TopicMatch, ...]] | None = None, paragraphs: Any = None) -> dict[str, Any]:
    """A section; `paragraphs` stands in for its paragraph list when given (a marker, see `_write_object`)."""
    entry = {
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
        "paragraphs": [_paragraph(p) for p in s.paragraphs] if paragraphs is None else paragraphs,
    }
    if topics is not None:
        from policylens.topics import match_to_dict

        entry["topics"] = [match_to_dict(m) for m in topics.get(s.id, ())]
    return entry


def document_to_dict(doc: Document, *, topics: dict[str, tuple[TopicMatch, ...]] | None = None, sections: Any = None) -> dict[str, Any]:
    """The `policylens.parse/1` object for one document; `topics` (parse --topics) adds `sections[].topics`.

    `sections` stands in for the section list when given (a marker, see `render_document`).
    """
    src, meta = doc.source, doc.metadata
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
            # (u46a) the title line is a translation call policylens does not read (`Document.unread_title`): the title
            # is unknown, not absent; `title` is then another line's or null
            "unread_title": doc.unread_title,
        },
        "sections": [_section(s, topics=topics) for s in doc.sections] if sections is None else sections,
        "warnings": list(doc.warnings),
    }


def _encode(obj: Any, *, pretty: bool, names: bool = True) -> str:
    """JSON text of `obj` as `dump` writes it, without the final newline.

    `names`: `obj` may hold a file name, whose bytes that are not UTF-8 are escaped (`json_text`), with the name's
    exact bytes in a `path_bytes` beside its `path` (`json_named`).
    Batches of sections, paragraphs and findings hold text decoded from a file, never a lone
    surrogate: they skip that scan (7% of `check --format json` on 200,000 findings).
    """
    if not names:
        return json.dumps(obj, ensure_ascii=False, indent=2) if pretty else json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    if pretty:
        return json_named(obj, lambda o: json.dumps(o, ensure_ascii=False, indent=2))
    return json_named(obj, lambda o: json.dumps(o, ensure_ascii=False, separators=(",", ":")))


def dump(obj: Any, out: TextIO, *, pretty: bool) -> None:
    """Write JSON without ASCII escapes; indented when `pretty` (else the fast C encoder)."""
    # json.dumps (not json.dump) so the C encoder does the work: dump() streams
    # through the pure-Python iterencode, which is ~5x slower on large reports.
    out.write(_encode(obj, pretty=pretty))
    out.write("\n")


# Paragraphs encoded at once when the parse JSON is streamed: the whole document's JSON
# at once took 66-114x the input on 1 MB of tiny paragraphs (issue #12 §2).
_STREAM_BATCH = 1_000


class _ListWriter:
    """Writes one JSON list batch by batch, as `json.dumps` would have written it whole.

    `depth` is the nesting of the list itself (0: the top-level value); indented output puts
    each item on its own line, `depth + 1` levels in, and the closing bracket `depth` levels in.
    """

    def __init__(self, out: TextIO, *, pretty: bool, depth: int) -> None:
        self.out, self.pretty, self.depth = out, pretty, depth
        self.empty = True
        out.write("[")

    def _next(self) -> None:
        """The separator before the next item."""
        if not self.empty:
            self.out.write(",")
        self.empty = False
        if self.pretty:
            self.out.write("\n" + "  " * (self.depth + 1))

    def batch(self, items: list[Any]) -> None:
        """Write several items, encoded in one call."""
        if not items:
            return
        text = _encode(items, pretty=self.pretty, names=False)
        if self.pretty:  # `[\n  a,\n  b\n]` moved to this depth, without its brackets and first indent
            text = text.replace("\n", "\n" + "  " * self.depth)
            text = text[2 + 2 * (self.depth + 1) : -(2 + 2 * self.depth)]
        else:
            text = text[1:-1]
        self._next()
        self.out.write(text)

    def item(self) -> int:
        """Start one item that the caller writes itself; returns the item's depth."""
        self._next()
        return self.depth + 1

    def close(self) -> None:
        """The closing bracket."""
        if self.pretty and not self.empty:
            self.out.write("\n" + "  " * self.depth)
        self.out.write("]")


def _write_object(out: TextIO, obj: dict[str, Any], streams: dict[str, Callable[[int], None]], *, pretty: bool, depth: int) -> None:
    """Write `obj` at nesting `depth`; the value of each key in `streams` is written by its function.

    Each streamed value is a marker string that no input can hold (random, between NUL
    characters, which JSON escapes); the rest of `obj` is encoded at once, and each
    function is called (with the value's depth) where its marker is.
    """
    import os

    token = os.urandom(8).hex()
    head = {key: f"\0{token}:{n}\0" if key in streams else value for n, (key, value) in enumerate(obj.items())}
    text = _encode(head, pretty=pretty)
    if pretty and depth:
        text = text.replace("\n", "\n" + "  " * depth)
    pos = 0
    for key in (key for key in obj if key in streams):
        marker = json.dumps(head[key])
        at = text.index(marker, pos)  # always there: the marker survives encoding
        out.write(text[pos:at])
        streams[key](depth + 1)
        pos = at + len(marker)
    out.write(text[pos:])


def _write_sections(doc: Document, out: TextIO, *, pretty: bool, depth: int, topics: dict[str, tuple[TopicMatch, ...]] | None) -> None:
    """The section list, about `_STREAM_BATCH` paragraphs at a time; a longer section streams its own paragraphs."""
    sections = _ListWriter(out, pretty=pretty, depth=depth)
    pending: list[dict[str, Any]] = []
    weight = 0
    for s in doc.sections:
        if len(s.paragraphs) <= _STREAM_BATCH:
            pending.append(_section(s, topics=topics))
            weight += 1 + len(s.paragraphs)
            if weight >= _STREAM_BATCH:
                sections.batch(pending)
                pending, weight = [], 0
            continue
        sections.batch(pending)
        pending, weight = [], 0

        def paragraphs(at: int, s: Section = s) -> None:
            listed = _ListWriter(out, pretty=pretty, depth=at)
            for start in range(0, len(s.paragraphs), _STREAM_BATCH):
                listed.batch([_paragraph(p) for p in s.paragraphs[start : start + _STREAM_BATCH]])
            listed.close()

        head = _section(s, topics=topics, paragraphs=[])
        _write_object(out, head, {"paragraphs": paragraphs}, pretty=pretty, depth=sections.item())
    sections.batch(pending)
    sections.close()


def render_document(doc: Document, out: TextIO, *, pretty: bool = False, topics: dict[str, tuple[TopicMatch, ...]] | None = None) -> None:
    """Write the parse JSON for one document: the bytes of `dump(document_to_dict(doc))`, streamed.

    Sections and paragraphs are encoded about `_STREAM_BATCH` paragraphs at a time, so
    that memory does not grow with the whole document's JSON.
    """

    def sections(at: int) -> None:
        _write_sections(doc, out, pretty=pretty, depth=at, topics=topics)

    _write_object(out, document_to_dict(doc, topics=topics, sections=[]), {"sections": sections}, pretty=pretty, depth=0)
    out.write("\n")


CHECK_SCHEMA = "policylens.check/1"


_FINDING_FIELDS = Finding._fields[: Finding._fields.index("columns")]  # with item and reference
_RULE_FINDING_FIELDS = Finding._fields[: Finding._fields.index("item")]  # item and reference follow (tests/test_render_json.py)


def _finding(finding: Finding) -> dict[str, Any]:
    """A finding; `item` and `reference` only on disclosure-missing findings; `occurrences` and `columns` only on a
    finding that stands for the same text found several times on its line (`check.repeats`)."""
    # zip over the fields: a third faster than _asdict() and deleting keys (thousands per report)
    fields = _FINDING_FIELDS if finding.item is not None else _RULE_FINDING_FIELDS
    entry = dict(zip(fields, finding, strict=False))  # a rule's finding: item, reference and columns are left out
    if finding.columns:
        entry["occurrences"] = len(finding.columns)
        entry["columns"] = list(finding.columns)
    return entry


# A rule's finding as compact JSON, its keys in field order (`_finding_json` fills in the values in
# that order; tests/test_render_json_speed.py checks it against Finding's fields).
_RULE_FINDING_JSON = "{" + ",".join(f"{json.dumps(name)}:%s" for name in _RULE_FINDING_FIELDS) + "}"
_string = json.encoder.encode_basestring  # what the encoder writes a str with (ensure_ascii=False)


def _finding_json(finding: Finding) -> str:
    """`_finding(finding)` as compact JSON: the text `json.dumps` gives, written without a dict (issue #11).

    A rule's finding (no item) whose positions are ints and whose texts are strings (the
    suggestion may be None) is written from a template with the encoder's own string
    function: about twice as fast as a dict per finding through the C encoder.  Anything
    else goes through `json.dumps` (tests/test_render_json_speed.py compares the two).
    """
    rule, severity, line, column, end_line, end_column, message, excerpt, suggestion, item, _, columns = finding
    if (
        item is None
        and not columns
        and type(line) is type(column) is type(end_line) is type(end_column) is int
        and type(rule) is type(severity) is type(message) is type(excerpt) is str
        and (suggestion is None or type(suggestion) is str)
    ):
        text = "null" if suggestion is None else _string(suggestion)
        return _RULE_FINDING_JSON % (
            _string(rule),
            _string(severity),
            line,
            column,
            end_line,
            end_column,
            _string(message),
            _string(excerpt),
            text,
        )
    return json.dumps(_finding(finding), ensure_ascii=False, separators=(",", ":"))


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
        if file.warnings:
            entry["warnings"] = list(file.warnings)  # what the reader skipped or could not read (also on stderr)
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
    text = _encode(check_to_dict(report, findings=lambda k, _: f"\0{token}:{k}\0"), pretty=False)
    markers = [json.dumps(f"\0{token}:{k}\0") for k in range(len(report.files))]
    pos = 0
    for marker, file in zip(markers, report.files, strict=True):
        at = text.index(marker, pos)  # always there: the marker survives encoding
        out.write(text[pos:at])
        pos = at + len(marker)
        out.write("[")
        for start in range(0, len(file.findings), _BATCH):
            batch = ",".join(map(_finding_json, file.findings[start : start + _BATCH]))  # decoded text: no surrogate
            out.write(batch if start == 0 else "," + batch)
        out.write("]")
    out.write(text[pos:])
    out.write("\n")


DIFF_SCHEMA = "policylens.diff/1"


def _side(section: Section | None) -> dict[str, Any] | None:
    if section is None:
        return None
    return {"title": section.title, "line": section.line, "id": section.id}


def _change(c: Change, markdown: bool = False) -> dict[str, Any]:
    """One change of `policylens.diff/1` (a section's, or the title's).  `markdown`: a Markdown source, where a change
    whose two sides say the same words once the markup is gone gets `"markup_only": true` (`render.markup`)."""
    from policylens.render.markup import markup_only

    return {
        "op": c.op,
        "old_line": c.old_line,
        "new_line": c.new_line,
        "old_text": c.old_text,
        "new_text": c.new_text,
        "topics": list(c.topics),
        "variant": c.variant,
        **({"reworded": True} if c.reworded else {}),  # across scripts: same content, other words (added field)
        # a change of the text, as the text report's ~ + - lines: false for a variant or a cross-script rewording (≃),
        # which are listed but not counted (added field, fiftieth session)
        "counted": c.counted,
        **({"markup_only": True} if markdown and markup_only(c) else {}),  # only Markdown/HTML markup differs (added field)
        "spans": [{"op": sp.op, "text": sp.text, **({"old": sp.old} if sp.old is not None else {})} for sp in c.spans],
    }


def _block(s: SectionDiff) -> dict[str, Any]:
    from policylens.render.diffview import section_block

    block = section_block(s)
    if block is None:
        return {}
    return {"block": {"op": block.op, "paragraphs": block.paragraphs, "first_line": block.first_line, "last_line": block.last_line}}


def diff_to_dict(report: DiffReport) -> dict[str, Any]:
    """The `policylens.diff/1` object."""
    from policylens.diff.align import summary
    from policylens.render.markup import is_markdown

    markdown = is_markdown(report)

    def doc(d: Document) -> dict[str, Any]:
        out = {"path": d.source.path, "updated": d.metadata.updated, "script": d.metadata.script, "title": d.metadata.title}
        if d.metadata.page_title is not None:  # an HTML page's <head><title> (thirteenth session); absent otherwise
            out["page_title"] = d.metadata.page_title
        return out

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
                "changes": [_change(c, markdown) for c in s.changes],
                # the entries of `changes` with counted true (a reworded-only section lists entries and counts none;
                # summary.changes sums this over the modified sections) (added field, fiftieth session)
                "counted_changes": sum(1 for c in s.changes if c.counted),
                # across scripts: the titles differ in words only and the pair stays in place (added field)
                **({"title_reworded": True} if s.title_reworded else {}),
                # paragraphs moved and edited on the way, shown as one replace each (added field, u43d2)
                **({"moved_edited": s.moved_edited} if s.moved_edited else {}),
                # a section added or removed whole: one entry for a reviewer, its paragraphs the entries of changes
                # (added field, u52d; `render.diffview.section_block`)
                **_block(s),
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
        # the document title changed (a variant only with --show-variants); null otherwise
        "title_change": _change(report.title, markdown) if report.title else None,
        # which title title_change compares: "title" (the documents' titles) or "page_title" (the HTML
        # pages' <head><title>s, when the document titles agree); null without a title change (added field)
        "title_source": report.title_source if report.title else None,
        "summary": summary(report),
        "sections": sections,
    }


def render_diff(report: DiffReport, out: TextIO, *, pretty: bool = False, **_: object) -> None:
    """Write the diff JSON."""
    dump(diff_to_dict(report), out, pretty=pretty)
