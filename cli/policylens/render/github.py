"""`--format github`: GitHub Actions workflow commands (annotations on the pull request)."""

from __future__ import annotations

from typing import TextIO

from policylens.model import CheckReport
from policylens.render.safe import visible

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_check(report: CheckReport, out: TextIO) -> None:
    """One `::error file=…,line=…::message` command per finding."""
    for file in report.files:
        for f in file.findings:
            props = (
                f"file={_escape_property(file.path)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_escape_property(f.rule)}"
            )
            message = f.message + (f" (suggestion: {f.suggestion})" if f.suggestion else "")
            out.write(f"::{_LEVEL[f.severity]} {props}::{_escape_data(message)}\n")
