"""`--format junit`: JUnit XML, one test suite per file and one test case per finding.

A finding is a failure when it fails the run (`--fail-on`); the others are passing test
cases that carry the finding as `system-out`, so `--fail-on never` reports no failures.
"""

from __future__ import annotations

from typing import TextIO
from xml.etree import ElementTree as ET

from policylens.model import CheckReport
from policylens.render.safe import one_line as one
from policylens.render.safe import xml_text as x
from policylens.rules.base import fails


def render_check(report: CheckReport, out: TextIO) -> None:
    """Write a <testsuites> document; files without findings get one passing case."""
    root = ET.Element("testsuites", name="policylens")
    total = failures = errors = 0
    for file in report.files:
        suite = ET.SubElement(root, "testsuite", name=x(file.path))
        cases = 0
        if file.error:
            case = ET.SubElement(suite, "testcase", classname=x(file.path), name="load")
            ET.SubElement(case, "error", message=x(file.error)).text = x(file.error)
            errors += 1
            cases = 1
        failed = 0
        for f in file.findings:
            name = f"{f.rule}:{f.item}" if f.item else f"{f.rule}:{f.line}:{f.column}"
            case = ET.SubElement(suite, "testcase", classname=x(file.path), name=x(name))
            # each field on its line: a newline in a user profile's hint or reference forged a `path:line:col:` line
            text = x(
                f"{file.path}:{f.line}:{f.column}: {f.severity} {f.rule} {one(f.message)}"
                + (f"\nexcerpt: {one(f.excerpt)}" if f.excerpt else "")
                + (f"\nsuggestion: {one(f.suggestion)}" if f.suggestion else "")
                + (f"\nreference: {one(f.reference)}" if f.reference else "")
            )
            if fails(f.severity, report.fail_on):
                ET.SubElement(case, "failure", message=x(f.message), type=f.severity).text = text
                failed += 1
            else:
                ET.SubElement(case, "system-out").text = text
            cases += 1
        failures += failed
        if not cases:
            ET.SubElement(suite, "testcase", classname=x(file.path), name="policylens")
            cases = 1
        suite.set("tests", str(cases))
        suite.set("failures", str(failed))
        suite.set("errors", "1" if file.error else "0")
        total += cases
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
