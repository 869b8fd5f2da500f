"""Fuzz targets shared by the atheris harness (fuzz/fuzz_policylens.py) and the hypothesis tests.

`exercise(data, suffix)` runs one input through every stage a user can reach: load →
structure → check (all rules) → every renderer → diff against itself.  It returns quietly
when the input is refused with a `UserError` (that is the clean, expected outcome for bad
input) and raises anything else: a crash, or an `AssertionError` when a property fails:

- the same input gives the same document, findings and outputs twice (determinism);
- every finding points inside the text (its line exists);
- every CJK ideograph of the input is somewhere in the document (no text lost), unless the
  reader said on stderr what it skipped: in plain text always, in Markdown without any
  construct that hides text on purpose (`<…>` HTML, `[label]: url` definitions, `{: …}`
  attributes, front matter, entities); `lost_ideographs` serves the structured Markdown
  and HTML properties of tests/test_hostile_review.py too;
- diff(a, a) reports no change;
- no human-readable output contains a raw ESC or BEL, and JUnit stays parseable XML.
"""

from __future__ import annotations

import io
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

SUFFIXES = (".txt", ".md", ".html", ".docx")


def _ideographs(text: str) -> Counter[str]:
    return Counter(ch for ch in text if unicodedata.category(ch) == "Lo" and "\u4e00" <= ch <= "\u9fff")


def _document_text(doc) -> str:  # type: ignore[no-untyped-def]
    parts = [doc.metadata.title or ""]
    for section in doc.sections:
        parts.append(section.title or "")
        parts.extend(p.text for p in section.paragraphs)
    return "\n".join(parts)


def lost_ideographs(expected: str, doc) -> str:  # type: ignore[no-untyped-def]
    """The CJK ideographs of `expected` that the document does not hold (with their multiplicity)."""
    return "".join((_ideographs(expected) - _ideographs(_document_text(doc))).elements())


def _plain_markdown(text: str) -> bool:
    """Markdown whose every ideograph is text: no HTML, link definitions, attributes, entities or front matter."""
    stripped = text.lstrip("\ufeff")
    return not any(mark in text for mark in ("<", "[", "{:", "&")) and not stripped.startswith(("---", "+++"))


def exercise(data: bytes, suffix: str = ".txt") -> None:
    """Run `data` (as a file with this suffix) through the whole pipeline; raise on a defect."""
    from policylens.check import CheckOptions, check_file
    from policylens.diff import diff_documents
    from policylens.diff.align import has_changes
    from policylens.errors import UserError
    from policylens.load import load
    from policylens.model import CheckReport
    from policylens.structure import build_document

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"policy{suffix}"
        path.write_bytes(data)
        try:
            loaded = load(str(path))
        except UserError:
            return
        doc = build_document(loaded)
        again = build_document(load(str(path)))
        assert doc == again, "parse is not deterministic"
        if (suffix == ".txt" and loaded.source.format == "text") or (suffix == ".md" and _plain_markdown(loaded.text)):
            missing = lost_ideographs(loaded.text, doc)
            assert not missing or loaded.parsed.warnings, f"text lost without a warning: {missing!r}"
        options = CheckOptions(no_config=True)
        report = check_file(str(path), options)
        assert report == check_file(str(path), options), "check is not deterministic"
        if report.error is None and loaded.source.format != "docx":
            lines = loaded.text.count("\n") + loaded.text.count("\r") + 1
            for finding in report.findings:
                assert 1 <= finding.line <= lines, f"finding outside the text: {finding}"
        _render(doc, CheckReport((report,), "error", "auto"))
        changes = diff_documents(doc, again)
        assert not has_changes(changes), "diff(a, a) reports changes"


def _render(doc, report) -> None:  # type: ignore[no-untyped-def]
    from policylens.render import json as json_render
    from policylens.render import junit, markdown, rich, sarif, text

    outputs: dict[str, str] = {}
    for name, call in (
        ("json", lambda out: json_render.render_document(doc, out, pretty=False)),
        ("text", lambda out: text.render_document(doc, out)),
        ("markdown", lambda out: markdown.render_document(doc, out)),
        ("rich", lambda out: rich.render_document(doc, out)),
        ("check-json", lambda out: json_render.render_check(report, out, pretty=False)),
        ("check-text", lambda out: text.render_check(report, out)),
        ("check-rich", lambda out: rich.render_check(report, out)),
        ("check-sarif", lambda out: sarif.render_check(report, out)),
        ("check-junit", lambda out: junit.render_check(report, out)),
    ):
        stream = io.StringIO()
        call(stream)
        outputs[name] = stream.getvalue()
    for name in ("rich", "check-text", "check-rich"):
        assert "\x1b" not in outputs[name] and "\x07" not in outputs[name], f"raw control character in {name} output"
    ET.fromstring(outputs["check-junit"])
