"""The baseline: findings already known, written by `--write-baseline` and left out by `--baseline`."""

from __future__ import annotations

import functools
import json
import os
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from policylens.errors import UserError, echo
from policylens.model import CheckReport, Finding
from policylens.output import resolve_path

BASELINE_SCHEMA = "policylens.baseline/1"
BASELINE_MAX_BYTES = 64 * 1024 * 1024


class Baseline(NamedTuple):
    """Known findings: path (relative to the baseline file) → Counter of (rule, excerpt, context)."""

    root: Path
    entries: dict[str, Counter[tuple[str, str, str]]]

    def key(self, path: str) -> str:
        """The path as stored: relative to the baseline's folder, with forward slashes; standard input as `<stdin>`.

        (Twenty-first round, r21h.)  Standard input was stored as a file of the working folder (「../<stdin>」), so the
        baseline of `check - --write-baseline B` applied only in the folder it was written from.
        """
        return "<stdin>" if path in ("-", "<stdin>") else self.relative(path)

    def relative(self, path: str) -> str:
        """The path relative to the baseline's folder, with forward slashes."""
        try:
            return Path(os.path.relpath(resolve_path(Path(path)), resolve_path(self.root))).as_posix()
        except ValueError:
            return Path(path).as_posix()


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def read_baseline(path: Path) -> Baseline:
    """Load a baseline written by --write-baseline (read once per process, however many files are checked).

    Read like an input: a regular file under a size limit (`--baseline /dev/zero` read
    until MemoryError), strict JSON (no NaN or Infinity), every entry validated.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        raise UserError("baseline file not found", path=str(path)) from None
    except OSError as exc:
        raise UserError(exc.strerror or str(exc), path=str(path)) from None
    return _read_baseline(path, st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=8)
def _read_baseline(path: Path, mtime_ns: int, size: int) -> Baseline:
    from policylens.load import read_bytes

    raw = read_bytes(str(path), max_bytes=BASELINE_MAX_BYTES)
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UserError(f"unreadable baseline: {exc}", path=str(path)) from None
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA:
        raise UserError(f"not a {BASELINE_SCHEMA} file", path=str(path))
    entries: dict[str, Counter[tuple[str, str, str]]] = {}
    findings = data.get("findings")
    if not isinstance(findings, list):
        # without it (a hand-edited `"finding": […]`), the baseline applied nothing, without a word (hostile round 25)
        raise UserError(
            "malformed baseline: 'findings' must be a list" + ("" if "findings" in data else ", and there is none"), path=str(path)
        )
    for number, item in enumerate(findings, start=1):
        if not isinstance(item, dict):
            raise UserError(f"malformed baseline entry {number}: not an object", path=str(path))
        values = [item.get(k) for k in ("path", "rule", "excerpt")] + [item.get("context", "")]
        if not all(isinstance(v, str) for v in values):
            raise UserError(f"malformed baseline entry {number}: path, rule, excerpt and context must be strings", path=str(path))
        count = item.get("count", 1)
        if isinstance(count, bool) or not isinstance(count, int) or not 0 < count <= 10**9:
            raise UserError(
                f"malformed baseline entry {number}: count must be a whole number from 1 to 10^9, not {echo(count)}", path=str(path)
            )
        file, rule, excerpt, context = (str(v) for v in values)  # all str: checked above
        entries.setdefault(file, Counter())[(rule, excerpt, context)] += count
    return Baseline(path.parent, entries)


def fingerprint(finding: Finding, lines: list[str]) -> str:
    """The finding's excerpt with ten characters of source on each side (survives line shifts)."""
    if not 0 < finding.line <= len(lines):
        return ""
    line = lines[finding.line - 1]
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    return line[max(0, finding.column - 11) : end + 10]


def baseline_document(report: CheckReport, path: Path) -> dict[str, object]:
    """The baseline JSON for a report (paths relative to the baseline file)."""
    base = Baseline(path.parent, {})
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for file in report.files:
        lines = dict(file.context)
        listed = [lines.get(n, "") for n in range(1, max(lines, default=0) + 1)]
        for f in file.findings:
            counts[(base.key(file.path), f.rule, f.excerpt, fingerprint(f, listed))] += 1
    findings = [{"path": p, "rule": r, "excerpt": e, "context": c, "count": n} for (p, r, e, c), n in sorted(counts.items())]
    return {"schema": BASELINE_SCHEMA, "findings": findings}


def filter_baseline(path: str, findings: list[Finding], baseline: Baseline, lines: list[str]) -> list[Finding]:
    """Drop known findings: exact (rule, excerpt, context) matches first, then (rule, excerpt)."""
    entries = baseline.entries.get(baseline.key(path))
    if entries is None and path in ("-", "<stdin>"):
        entries = baseline.entries.get(baseline.relative(path))  # a baseline written before the twenty-first round
    known = Counter(entries or Counter())
    remaining: list[Finding] = []
    for f in findings:
        key = (f.rule, f.excerpt, fingerprint(f, lines))
        if known[key] > 0:
            known[key] -= 1
        else:
            remaining.append(f)
    loose = Counter({(rule, excerpt): 0 for rule, excerpt, _ in known})
    for (rule, excerpt, _), n in known.items():
        loose[(rule, excerpt)] += n
    kept = []
    for f in remaining:
        if loose[(f.rule, f.excerpt)] > 0:
            loose[(f.rule, f.excerpt)] -= 1
        else:
            kept.append(f)
    return kept
