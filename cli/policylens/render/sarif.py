"""`--format sarif`: SARIF 2.1.0 for code-scanning tools (validated against the official schema)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from policylens import __version__
from policylens.model import CheckReport
from policylens.render.safe import json_text
from policylens.rules.base import fails

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# (u44h) A folded repeat (`check.repeats`) names its other occurrences as related locations and fixes them all; 60,000
# on one line made one result of 33 MB.  A result carries at most this many related locations and the fix as many
# replacements plus the first; `properties.columns` still lists every column, `properties.relatedLocationsOmitted`
# counts those left out, and the fix's description says it covers the first ones only.
RELATED_LIMIT = 100


def _level(severity: str, fail_on: str) -> str:
    """A finding that fails the run (`--fail-on`) is an error; the others are warnings or notes."""
    if fails(severity, fail_on):
        return "error"
    return "warning" if severity in ("error", "warning") else "note"


def _uri(path: str) -> str:
    """A URI reference for `path`: relative paths percent-encoded as absolute ones are by
    `as_uri` (a space or a newline in a file name made an invalid URI), from the name's bytes
    as `as_uri` does: a name that is not UTF-8 (`bad\\xe9.md`) is `bad%E9.md` (quoting its text raised)."""
    if path == "<stdin>":
        return "stdin"
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    import os
    from urllib.parse import quote

    return quote(os.fsencode(p.as_posix()), safe="/")


def sarif_log(report: CheckReport) -> dict[str, Any]:
    """The SARIF log object."""
    from policylens.rules import all_rules

    registry = all_rules()
    ids = list(registry)
    rules = []
    for rule_id, cls in registry.items():
        doc = cls.documentation()
        rules.append(
            {
                "id": rule_id,
                "name": "".join(part.title() for part in rule_id.split("-")),
                "shortDescription": {"text": cls.summary()},
                "fullDescription": {"text": doc},
                "help": {"text": doc, "markdown": doc},
                "defaultConfiguration": {"level": _LEVEL[cls.severity]},
                "properties": {"tags": list(cls.groups)},
            }
        )
    if any(f.item for file in report.files for f in file.findings):
        from policylens.profiles.coverage import RULE_DOC, RULE_ID, RULE_SUMMARY, SEVERITY

        ids.append(RULE_ID)
        rules.append(
            {
                "id": RULE_ID,
                "name": "DisclosureMissing",
                "shortDescription": {"text": RULE_SUMMARY},
                "fullDescription": {"text": RULE_DOC},
                "help": {"text": RULE_DOC, "markdown": RULE_DOC},
                "defaultConfiguration": {"level": _LEVEL[SEVERITY]},
                "properties": {"tags": ["profile"]},
            }
        )
    results = []
    artifacts: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for file in report.files:
        if file.error:  # a file that could not be read: a tool notification, as JSON and JUnit list it
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": file.error},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(file.path)}}}],
                }
            )
            continue
        artifacts.append({"location": {"uri": _uri(file.path)}})
        for f in file.findings:
            location = {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(file.path), "index": len(artifacts) - 1},
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": f.end_column,
                        "snippet": {"text": f.excerpt},
                    },
                }
            }
            if f.item:  # a missing disclosure: the whole document, no snippet
                del location["physicalLocation"]["region"]["snippet"]
            result: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": ids.index(f.rule),
                "level": _level(f.severity, report.fail_on),
                "message": {"text": f.message},
                "properties": {"severity": f.severity},
                "locations": [location],
            }
            if f.item:
                result["properties"] = {"item": f.item, "reference": f.reference}
            regions = [location["physicalLocation"]["region"]]
            if f.columns:  # the same text again on the line (`check.repeats`): each occurrence, as wide as the first
                width = f.end_column - f.column
                shown = f.columns[1 : RELATED_LIMIT + 1]
                regions += [regions[0] | {"startColumn": c, "endColumn": c + width} for c in shown]
                result["properties"] |= {"occurrences": len(f.columns), "columns": list(f.columns)}
                if len(f.columns) > len(regions):
                    result["properties"]["relatedLocationsOmitted"] = len(f.columns) - len(regions)
                result["relatedLocations"] = [
                    {"id": k, "physicalLocation": {"artifactLocation": location["physicalLocation"]["artifactLocation"], "region": region}}
                    for k, region in enumerate(regions[1:], start=1)
                ]
            if f.suggestion is not None:
                replacements = [
                    {"deletedRegion": region | {"snippet": {"text": f.excerpt}}, "insertedContent": {"text": f.suggestion}}
                    for region in regions
                ]
                description = f"Replace with {f.suggestion}"
                if len(regions) < len(f.columns):
                    description += (
                        f" (the first {len(regions)} of the {len(f.columns)} occurrences on this line; properties.columns lists them all)"
                    )
                result["fixes"] = [
                    {
                        "description": {"text": description},
                        "artifactChanges": [{"artifactLocation": {"uri": _uri(file.path)}, "replacements": replacements}],
                    }
                ]
            results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "policylens",
                "version": __version__,
                "informationUri": "https://github.com/policylens/policylens",
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
    }
    if notifications:
        run["invocations"] = [{"executionSuccessful": False, "toolExecutionNotifications": notifications}]
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render_check(report: CheckReport, out: TextIO) -> None:
    """Write the SARIF log as indented JSON."""
    out.write(json_text(json.dumps(sarif_log(report), ensure_ascii=False, indent=2)))
    out.write("\n")
