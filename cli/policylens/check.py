"""The check stage: run the rules over documents and apply configuration.

Plain data in, plain data out: paths and options → `CheckReport`.  Configuration
(select/ignore, severities, per-file ignores, brands…), inline suppression comments
and the baseline are all applied here, so renderers only format the result.
"""

from __future__ import annotations

import bisect
import contextlib
import fnmatch
import functools
import gc
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from policylens.config import Config, find_config, load_config
from policylens.errors import UserError
from policylens.load import EXTENSIONS, scan_verdict
from policylens.model import CheckReport, Document, FileReport, Finding, source_position
from policylens.normalise import split_lines
from policylens.render.safe import quote_path
from policylens.rules.base import LANGS, Context, Settings, drop_superseded, fails

BASELINE_SCHEMA = "policylens.baseline/1"
_DIRECTIVE = re.compile(r"policylens-(disable-next-line|disable|enable)\b\s*([\w\-,\s]*)")


class CheckOptions(NamedTuple):
    """Command-line choices; None means "take it from the configuration"."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: str | None = None
    config: Path | None = None  # --config: use this file for every input
    no_config: bool = False
    exclude: tuple[str, ...] = ()  # --exclude globs
    baseline: Path | None = None
    fail_on: str | None = None
    encoding: str | None = None
    max_bytes: int | None = None
    profiles: tuple[str, ...] = ()  # --profile: disclosure profiles (default: the config's `profiles`)
    default_exclude: bool | None = None  # --[no-]default-exclude; None: from the configuration (default on)


# Files of a docs tree that are about the project, not policies: skipped by a directory
# scan unless `default-exclude = false` or --no-default-exclude.  Matched on the name
# before its first dot, in any letter case (README.md, readme.zh-TW.md, external-SOURCES.md).
PROJECT_FILES = ("readme", "sources", "changelog", "changes", "history", "contributing", "license", "licence", "authors", "code_of_conduct")


def is_project_file(name: str) -> bool:
    """README, SOURCES, CHANGELOG… (see `PROJECT_FILES`), also as the last part of a name: external-SOURCES.md."""
    stem = name.split(".", 1)[0].lower()
    return stem in PROJECT_FILES or any(stem.endswith(("-" + p, "_" + p)) for p in PROJECT_FILES)


def discover(
    paths: Iterable[str], *, exclude: Iterable[str] = (), use_config: bool = True, default_exclude: bool | None = None
) -> list[str]:
    """Expand directories (recursively, known extensions only); keep files and '-' as given.

    Files found inside a directory are skipped when they match an `exclude` glob (from
    --exclude) or the `exclude` key of their configuration, or when they are README,
    SOURCES, CHANGELOG… files (`is_project_file`) and `default_exclude` is on (None: as
    their configuration says, on by default); files named explicitly are always checked.
    """
    patterns = tuple(exclude)
    found: list[str] = []
    configs: dict[Path, tuple[tuple[str, ...], bool]] = {}
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if candidate.suffix.lower() in EXTENSIONS and not name.startswith("."):
                        own, own_default = _config_excludes(candidate.parent, configs) if use_config else ((), True)
                        skip_project = own_default if default_exclude is None else default_exclude
                        if not _excluded(candidate, patterns + own) and not (skip_project and is_project_file(name)):
                            skip = scan_verdict(candidate)  # a FIFO would hang the run
                            if skip:
                                sys.stderr.write(f"policylens: warning: {quote_path(str(candidate))}: {skip}\n")
                            else:
                                found.append(str(candidate))
        else:
            found.append(raw)
    return found


def _excluded(path: Path, patterns: tuple[str, ...]) -> bool:
    posix = path.as_posix()
    return any(
        fnmatch.fnmatch(path.name, g) or fnmatch.fnmatch(posix, g) or fnmatch.fnmatch(posix, "*/" + g.lstrip("./")) for g in patterns
    )


def _config_excludes(folder: Path, cache: dict[Path, tuple[tuple[str, ...], bool]]) -> tuple[tuple[str, ...], bool]:
    """The `exclude` globs and `default-exclude` of the configuration that governs `folder` (errors surface later)."""
    if folder not in cache:
        found = find_config(folder)
        result: tuple[tuple[str, ...], bool] = ((), True)
        if found is not None:
            try:
                from policylens.rules import all_rules

                config = load_config(found, rule_ids=set(all_rules()))
                result = (config.exclude, config.default_exclude)
            except UserError:
                pass
        cache[folder] = result
    return cache[folder]


def default_lang(doc: Document) -> str:
    """Messages follow the document's script."""
    return {"hant": "zh-Hant", "hans": "zh-Hans"}.get(doc.metadata.script or "", "en")


# (kind, first line, last line, rules, span): `span` narrows an HTML next-element range to
# the element's (line, column) start and end, for elements that share a line.
Suppression = tuple[str, int, int, frozenset[str], tuple[tuple[int, int], tuple[int, int]] | None]


def suppressions(doc: Document, source: str | None = None) -> list[Suppression]:
    """(kind, first line, last line, rules, span) ranges from policylens-disable comments; empty rules = all.

    `disable a b` opens a range per rule; `enable a` closes rule a; a bare `enable`
    closes every open range; a range never closed runs to the end of the file.
    `disable-next-line` covers the next source line that has text; in HTML (given the
    `source` text) it covers the next element after the comment, all of it, even when
    the element shares a line with the comment or other elements.
    """
    if not doc.comments:
        return []
    lines = sorted({p.line for s in doc.sections for p in s.paragraphs} | {s.line for s in doc.sections if s.line})
    elements = _element_spans(doc) if source is not None and doc.source.format == "html" else None
    finder = _CommentFinder(source) if elements is not None and source is not None else None
    ranges: list[Suppression] = []
    open_: dict[str, int] = {}  # rule ID, or "*" for all rules → first line
    for line, text in sorted(doc.comments):
        for m in _DIRECTIVE.finditer(text):
            kind = m.group(1)
            rules = re.findall(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+", m.group(2))
            end_of_comment = line + text.count("\n")
            if kind == "disable-next-line":
                after = finder.end(line, text) if finder is not None else None
                at = bisect.bisect_left(elements, (after,)) if elements is not None and after is not None else None
                element = elements[at] if elements is not None and at is not None and at < len(elements) else None
                if element is not None:
                    ranges.append((kind, element[0][0], element[1][0], frozenset(rules), element))
                    continue
                at = bisect.bisect_right(lines, end_of_comment)
                target = lines[at] if at < len(lines) else end_of_comment + 1
                ranges.append((kind, target, target, frozenset(rules), None))
            elif kind == "disable":
                for rule in rules or ["*"]:
                    open_.setdefault(rule, line)
            else:
                for rule in rules or list(open_):
                    if rule in open_:
                        ranges.append(("disable", open_.pop(rule), line, frozenset() if rule == "*" else frozenset({rule}), None))
    for rule, start in open_.items():
        ranges.append(("disable", start, 10**9, frozenset() if rule == "*" else frozenset({rule}), None))
    return ranges


def _element_spans(doc: Document) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(start, last character) positions of every heading and paragraph, in source order."""
    spans = []
    for section in doc.sections:
        if section.title and section.line is not None and section.title_pieces:
            last = source_position(section.title_pieces, section.line, section.column or 1, len(section.title) - 1)
            spans.append(((section.line, section.column or 1), last))
        for para in section.paragraphs:
            spans.append(((para.line, para.column), para.position(max(0, len(para.text) - 1))))
    return sorted(spans)


class _CommentFinder:
    """Finds where `<!--text-->` comments end in the source, splitting it into lines once."""

    def __init__(self, source: str) -> None:
        lines = split_lines(source)
        self.text = "\n".join(lines)  # one character per line break, whatever the file used
        self.line_starts = [0]
        for line in lines[:-1]:
            self.line_starts.append(self.line_starts[-1] + len(line) + 1)

    def end(self, line: int, text: str) -> tuple[int, int] | None:
        """(line, column) just after the comment that starts on `line`, or None if not found."""
        at = self.text.find("<!--" + text + "-->", self.line_starts[min(line, len(self.line_starts)) - 1])
        if at == -1:
            return None
        end = at + len(text) + 7
        end_line = bisect.bisect_right(self.line_starts, end)
        return end_line, end - self.line_starts[end_line - 1] + 1


class _Suppressor:
    """Answers "is this finding suppressed?" with single-line ranges indexed by line."""

    def __init__(self, ranges: list[Suppression]) -> None:
        self.by_line: dict[int, list[Suppression]] = {}
        self.wide: list[Suppression] = []
        for r in ranges:
            if r[1] == r[2]:
                self.by_line.setdefault(r[1], []).append(r)
            elif r[4] is not None and r[2] - r[1] < 1000:
                for line in range(r[1], r[2] + 1):
                    self.by_line.setdefault(line, []).append(r)
            else:
                self.wide.append(r)

    def __call__(self, finding: Finding) -> bool:
        at = (finding.line, finding.column)
        return any(
            first <= finding.line <= last and (not rules or finding.rule in rules) and (span is None or span[0] <= at <= span[1])
            for _, first, last, rules, span in (*self.by_line.get(finding.line, ()), *self.wide)
        )


class Baseline(NamedTuple):
    """Known findings: path (relative to the baseline file) → Counter of (rule, excerpt, context)."""

    root: Path
    entries: dict[str, Counter[tuple[str, str, str]]]

    def key(self, path: str) -> str:
        """The path as stored: relative to the baseline's folder, with forward slashes."""
        try:
            return Path(os.path.relpath(Path(path).resolve(), self.root.resolve())).as_posix()
        except ValueError:
            return Path(path).as_posix()


BASELINE_MAX_BYTES = 64 * 1024 * 1024


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
    findings = data.get("findings", [])
    if not isinstance(findings, list):
        raise UserError("malformed baseline: 'findings' must be a list", path=str(path))
    for number, item in enumerate(findings, start=1):
        if not isinstance(item, dict):
            raise UserError(f"malformed baseline entry {number}: not an object", path=str(path))
        values = [item.get(k) for k in ("path", "rule", "excerpt")] + [item.get("context", "")]
        if not all(isinstance(v, str) for v in values):
            raise UserError(f"malformed baseline entry {number}: path, rule, excerpt and context must be strings", path=str(path))
        count = item.get("count", 1)
        if isinstance(count, bool) or not isinstance(count, int) or not 0 < count <= 10**9:
            raise UserError(
                f"malformed baseline entry {number}: count must be a whole number from 1 to 10^9, not {count!r}", path=str(path)
            )
        entries.setdefault(values[0], Counter())[(values[1], values[2], values[3])] += count
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


class ConfigCache:
    """Configuration lookups for one run: folder → governing file, file → parsed Config.

    Files in the same folder share one upward search and one TOML parse; without this a
    200-file folder under a large pyproject.toml re-read it 200 times.
    """

    def __init__(self) -> None:
        self.folders: dict[Path, Path | None] = {}
        self.configs: dict[Path, Config] = {}

    def governing(self, folder: Path) -> Path | None:
        if folder not in self.folders:
            self.folders[folder] = find_config(folder)
        return self.folders[folder]

    def load(self, file: Path, rule_ids: set[str]) -> Config:
        if file not in self.configs:
            self.configs[file] = load_config(file, rule_ids=rule_ids)
        return self.configs[file]


def _config_for(path: str, options: CheckOptions, rule_ids: set[str], cache: ConfigCache) -> Config:
    if options.no_config:
        return Config()
    if options.config is not None:
        file: Path | None = options.config
    else:
        start = Path.cwd() if path == "-" else Path(path).resolve().parent
        file = cache.governing(start)
    if file is None:
        return Config()
    return cache.load(file, rule_ids)


def _active_rules(config: Config, options: CheckOptions, path: str, rule_ids: list[str]) -> list[str]:
    selected = list(options.select or config.select or rule_ids)
    ignored = set(options.ignore) | set(config.ignore)
    rel = Path(path).as_posix()
    if config.path is not None and path != "-":
        with contextlib.suppress(ValueError):  # another drive on Windows
            rel = Path(os.path.relpath(Path(path).resolve(), config.path.parent.resolve())).as_posix()
    for glob, rules in config.per_file_ignores:
        if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(Path(path).name, glob) or rel.endswith("/" + glob.lstrip("./")):
            ignored |= set(rules)
    return [r for r in selected if r not in ignored]


# Memory follows the findings (~1.3 KB each with their JSON), not the input: 20 MB of `【】`
# would be 3 million findings and several GB.  No real policy comes near this cap.
MAX_FINDINGS = 100_000


def check_file(path: str, options: CheckOptions, cache: ConfigCache | None = None) -> FileReport:
    """Load, structure and check one file; input problems become `FileReport.error`."""
    from policylens.load import load
    from policylens.rules import all_rules
    from policylens.structure import build_document

    registry = all_rules()
    shown = "<stdin>" if path == "-" else path
    try:
        # Read first: a symlink loop or a FIFO is reported as such, before the config search resolves the path.
        loaded = load(path, max_bytes=options.max_bytes, encoding=options.encoding)
        config = _config_for(path, options, set(registry), ConfigCache() if cache is None else cache)
        doc = build_document(loaded)
    except UserError as exc:
        return FileReport(shown, (), None, str(exc))
    for message in loaded.parsed.warnings:  # text skipped on purpose is never skipped silently (issue #12 §3)
        sys.stderr.write(f"policylens: warning: {shown}: {message}\n")
    lang = options.lang or default_lang(doc)
    settings = Settings(
        brands=config.brands,
        foreign_brands=config.foreign_brands,
        placeholder_patterns=config.placeholder_patterns,
        region=config.region,
        script=config.script,
    )
    ctx = Context(doc, lang=lang, settings=settings)
    overrides = dict(config.severity)
    suppressed = _Suppressor(suppressions(doc, loaded.text))
    findings: list[Finding] = []
    for rule_id in _active_rules(config, options, path, list(registry)):
        if rule_id not in registry:
            continue  # a profile item or disclosure-missing (check_profiles)
        for finding in registry[rule_id]().check(ctx):
            if rule_id in overrides:
                finding = finding._replace(severity=overrides[rule_id])
            if not suppressed(finding):
                findings.append(finding)
                if len(findings) >= MAX_FINDINGS:
                    break
        if len(findings) >= MAX_FINDINGS:
            sys.stderr.write(
                f"policylens: warning: {quote_path(shown)}: over {MAX_FINDINGS:,} findings; only the first {MAX_FINDINGS:,} are reported\n"
            )
            break
    findings = drop_superseded(findings, registry)
    covered: tuple = ()
    if options.profiles or config.profiles:
        from policylens.profiles.check import check_profiles

        try:
            extra, covered = check_profiles(doc, options.profiles or config.profiles, config=config, options=options, path=path, lang=lang)
        except UserError as exc:
            return FileReport(shown, (), None, str(exc))
        findings.extend(f for f in extra if not suppressed(f))
    findings.sort(key=lambda f: (f.line, f.column, f.rule))
    source_lines = split_lines(loaded.text) if loaded.source.format != "docx" else []
    baseline_path = options.baseline or config.baseline
    if baseline_path is not None:
        findings = _filter_baseline(shown, findings, read_baseline(baseline_path), source_lines)
    wanted = sorted({n for f in findings for n in range(f.line, f.end_line + 1)})
    context = tuple((n, source_lines[n - 1]) for n in wanted if 0 < n <= len(source_lines))
    return FileReport(shown, tuple(findings), doc.metadata.script, None, context, covered, doc.warnings)


def _filter_baseline(path: str, findings: list[Finding], baseline: Baseline, lines: list[str]) -> list[Finding]:
    """Drop known findings: exact (rule, excerpt, context) matches first, then (rule, excerpt)."""
    known = Counter(baseline.entries.get(baseline.key(path), Counter()))
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


def _discover_with_config(paths: Iterable[str], options: CheckOptions) -> list[str]:
    if options.config is None:
        return discover(paths, exclude=options.exclude, default_exclude=options.default_exclude)
    from policylens.rules import all_rules

    forced = load_config(options.config, rule_ids=set(all_rules()))
    default_exclude = forced.default_exclude if options.default_exclude is None else options.default_exclude
    return discover(paths, exclude=(*options.exclude, *forced.exclude), use_config=False, default_exclude=default_exclude)


# Checking allocates many small tuples and little cyclic garbage: collecting every 700
# allocations (Python's default) costs 3-5% of a run; every 20,000 is enough.
_GC_THRESHOLDS = (20_000, 20, 20)
_WORKER_CACHE = ConfigCache()


def _worker_init() -> None:
    global _WORKER_CACHE
    _WORKER_CACHE = ConfigCache()
    gc.set_threshold(*_GC_THRESHOLDS)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def _worker(args: tuple[str, CheckOptions]) -> FileReport:
    return check_file_safely(*args, cache=_WORKER_CACHE)


def check_file_safely(path: str, options: CheckOptions, cache: ConfigCache | None = None) -> FileReport:
    """`check_file`, with any failure turned into this file's error entry: one bad file never sinks a batch."""
    try:
        return check_file(path, options, cache)
    except UserError:
        raise  # a bad baseline or configuration stops the run, as before
    except RecursionError:
        return FileReport(_shown(path), (), None, f"{_shown(path)}: too deeply nested to read")
    except MemoryError:
        return FileReport(_shown(path), (), None, f"{_shown(path)}: out of memory while reading")
    except Exception as exc:  # a defect or an unforeseen input: reported for this file only
        return FileReport(_shown(path), (), None, f"{_shown(path)}: cannot be read ({type(exc).__name__}: {exc})")


def _shown(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported by the worker


# Below this many files per worker a pool costs more than it saves: each worker pays
# ~30 ms to import and compile before its first file, which then takes ~3 ms.
FILES_PER_WORKER = 16


def check_paths(
    paths: Iterable[str],
    options: CheckOptions,
    *,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    started: Callable[[int], None] | None = None,
) -> CheckReport:
    """Check every file under `paths`; results in input order.

    `jobs` worker processes (the shared `policylens.executor`); 0 picks one per CPU, as many
    as there are files to keep busy.  `started(n)` is told how many files were found before
    the first is checked, `progress(n)` as they finish (a progress bar).
    """
    from policylens import executor

    no_config = (
        discover(paths, exclude=options.exclude, use_config=False, default_exclude=options.default_exclude) if options.no_config else None
    )
    files = no_config if no_config is not None else _discover_with_config(paths, options)
    if options.lang is not None and options.lang not in LANGS:
        raise UserError(f"unknown --lang {options.lang!r} (choose from {', '.join(LANGS)})")
    if started is not None:
        started(len(files))
    if jobs == 0:
        jobs = max(1, min(executor.default_jobs(), len(files) // FILES_PER_WORKER))
    if jobs > 1 and len(files) > 1 and "-" not in files:
        # Largest files first, in small chunks, so that no worker is left with a long tail;
        # the reports are put back in input order.
        order = sorted(range(len(files)), key=lambda i: -_size(files[i]))
        # The smallest file is checked here, before the workers are forked: the patterns,
        # tables and automata it builds on first use are then inherited by every worker
        # instead of being built again in each (~40 ms of CPU per worker).
        first = order.pop()
        with _fewer_collections():
            warm = check_file_safely(files[first], options, ConfigCache())
        if progress is not None:
            progress(1)
        chunk = max(1, min(16, len(order) // (jobs * 24)))
        done = executor.run(
            _worker, [(files[i], options) for i in order], jobs=jobs, chunk=chunk, initializer=_worker_init, progress=progress
        )
        by_index = dict(zip(order, done, strict=True))
        by_index[first] = warm
        reports = [by_index[i] for i in range(len(files))]
    else:
        cache = ConfigCache()
        with _fewer_collections():
            reports = []
            for f in files:
                reports.append(check_file_safely(f, options, cache))
                if progress is not None:
                    progress(1)
    fail_on = options.fail_on or "error"
    return CheckReport(tuple(reports), fail_on, options.lang or "auto")


def exit_code(report: CheckReport) -> int:
    """0: nothing at/above the threshold; 1: findings are; 2: an input could not be read."""
    if any(f.error for f in report.files):
        return 2
    return 1 if any(fails(f.severity, report.fail_on) for r in report.files for f in r.findings) else 0


def summary(report: CheckReport) -> dict[str, int]:
    """Counts for the summary line and JSON."""
    counts = Counter(f.severity for r in report.files for f in r.findings)
    return {"files": len(report.files), "error": counts["error"], "warning": counts["warning"], "info": counts["info"]}
