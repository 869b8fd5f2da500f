"""`--format github`: GitHub Actions workflow commands (annotations on the pull request)."""

from __future__ import annotations

from typing import TextIO

from policylens.model import CheckReport
from policylens.render.safe import no_surrogates, visible
from policylens.rules.base import fails

_LEVEL = {"error": "warning", "warning": "warning", "info": "notice"}  # when the finding does not fail the run


def _escape_data(text: str) -> str:
    """A workflow command's message: `%`, CR and LF escaped as the runner unescapes them, controls shown (`visible`),
    a file name's byte that is not UTF-8 as `\\xe9` (`no_surrogates`; it went out raw and the log was not UTF-8)."""
    return no_surrogates(visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_check(report: CheckReport, out: TextIO) -> None:
    """One `::error file=…,line=…::message` command per finding; `::error` only for findings that fail the run.

    A file that could not be read gets an `::error file=…::` line too (JSON and JUnit list it as well).
    """
    for file in report.files:
        if file.error:
            out.write(f"::error file={_escape_property(file.path)},title=policylens::{_escape_data(file.error)}\n")
        for f in file.findings:
            props = (
                f"file={_escape_property(file.path)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_escape_property(f.rule + (' ' + f.item if f.item else ''))}"
            )
            message = f.message + (f" (suggestion: {f.suggestion})" if f.suggestion else "")
            level = "error" if fails(f.severity, report.fail_on) else _LEVEL[f.severity]
            out.write(f"::{level} {props}::{_escape_data(message)}\n")
