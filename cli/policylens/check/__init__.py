"""The check stage: run the rules over documents and apply configuration.

Plain data in, plain data out: paths and options → `CheckReport`.  Configuration
(select/ignore, severities, per-file ignores, brands…) is applied here; the other jobs
of a run have a module each: `discovery` (which files), `suppressions` (inline
comments), `baseline` (known findings) and `pool` (worker processes).  Renderers only
format the result.
"""

from __future__ import annotations

import bisect
import contextlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any

from policylens.check.baseline import filter_baseline, read_baseline
from policylens.check.discovery import discover
from policylens.check.options import CheckOptions
from policylens.check.pool import check_in_pool, pool_jobs
from policylens.check.repeats import merge_repeats
from policylens.check.store import FindingStore
from policylens.check.suppressions import Suppressor, suppressions
from policylens.config import Config, ConfigCache
from policylens.errors import UserError, echo
from policylens.globs import glob_matches
from policylens.lazyre import lazy
from policylens.load import shown_path
from policylens.model import CheckReport, Document, FileReport, Finding
from policylens.normalise import split_lines
from policylens.output import resolve_path
from policylens.patterns import HAN_CHAR
from policylens.render.safe import quote_path
from policylens.rules.base import LANGS, drop_superseded, fails
from policylens.rules.context import Context, Settings
from policylens.rules.scan_memo import ScanMemo

__all__ = ["MAX_FINDINGS", "CheckOptions", "check_file", "check_file_safely", "check_paths", "default_lang", "exit_code", "summary"]


# the characters of Chinese and of English text, to tell which a document in both scripts is mostly written in (a
# Chinese character against about five English letters)
_LATIN = lazy("[A-Za-z]")


def default_lang(doc: Document) -> str:
    """Messages follow the document's script; a text of both scripts gets the one most of its characters are in (the
    side `script-mixed` takes too), not English."""
    script = doc.metadata.script
    if script == "mixed":
        from policylens.script import count_script

        texts = [piece for section in doc.sections for piece in (section.title or "", *(p.text for p in section.paragraphs))]
        text = "\n".join(texts)
        if len(HAN_CHAR.findall(text)) * 5 < len(_LATIN.findall(text)):
            return "en"  # an English page whose language menu names 简体中文 and 繁體中文: English, as before
        t, s = count_script(text)
        script = "hant" if t >= s else "hans"
    return {"hant": "zh-Hant", "hans": "zh-Hans"}.get(script or "", "en")


def _config_for(path: str, options: CheckOptions, rule_ids: set[str], cache: ConfigCache) -> Config:
    if options.no_config:
        return Config()
    if options.config is not None:
        file: Path | None = options.config
    else:
        start = Path.cwd() if path == "-" else resolve_path(Path(path)).parent
        file = cache.governing(start)
    if file is None:
        return Config()
    return cache.load(file, rule_ids)


def _active_rules(config: Config, options: CheckOptions, path: str, rule_ids: list[str]) -> list[str]:
    # a rule named twice (`--select R,R`, or `select` repeating it) runs once: each run reported every finding again
    selected = list(dict.fromkeys(options.select or config.select or rule_ids))
    ignored = set(options.ignore) | set(config.ignore)
    rel = Path(path).as_posix()
    if config.path is not None and path != "-":
        with contextlib.suppress(ValueError):  # another drive on Windows
            rel = Path(os.path.relpath(resolve_path(Path(path)), resolve_path(config.path.parent))).as_posix()
    for glob, rules in config.per_file_ignores:
        if glob_matches(Path(path), glob, relative=rel):
            ignored |= set(rules)
    return [r for r in selected if r not in ignored]


# Memory follows the findings (~1.3 KB each with their JSON), not the input: 20 MB of `【】`
# would be 3 million findings and several GB.  No real policy comes near this cap.
MAX_FINDINGS = 100_000


def _read_document(
    path: str, options: CheckOptions, rule_ids: set[str], cache: ConfigCache
) -> tuple[Document, str, Config, list[str], tuple[Document, set[tuple[int, int, int]]] | None]:
    """Load and structure one file: (document, decoded text, configuration, the reader's warnings, the condition
    branches a React page does not read as a document of their own with their spans, or None: `_branch_document`).

    The reader's blocks die when this returns: the document holds their text and pieces,
    and keeping the blocks too cost ~0.1 KB per paragraph during the rules (issue #12).
    """
    from policylens.load import load
    from policylens.structure import build_document

    # Read first: a symlink loop or a FIFO is reported as such, before the config search resolves the path.
    # No digest: no output of `check` shows `Source.sha256`.
    loaded = load(path, max_bytes=options.max_bytes, encoding=options.encoding, digest=False)
    config = _config_for(path, options, rule_ids, cache)
    # Not `full`: no rule and no output of `check` reads section anchors, phone numbers or the address.
    branches = _branch_document(loaded)
    return build_document(loaded, release=True, full=False), loaded.text, config, loaded.parsed.warnings, branches


def _branch_document(loaded: Any) -> tuple[Document, set[tuple[int, int, int]]] | None:
    """(u56j, issue #11, eval/blind/round55q ruiyang-tw-tsx:38) The text of a React page's condition branches not read
    (`Parsed.branches`: 「{available ? "…正式保存期限、個資聯絡窗口與完整告知內容，仍待公司確認。" : "…草案。"}」, the page
    read with the longer branch) as a document of its own, for the placeholder rules (`_branch_findings`): a slot or a
    drafting note the page may show is reported at its line, and nothing else of the page changes; with the (line, first
    column, end column) of each branch.  None without any."""
    branches = loaded.parsed.branches
    if not branches:
        return None
    from policylens.load.types import Parsed
    from policylens.structure import build_document

    # the page as it shows the other branch: the block read on a branch's line gives way to the branch (a heading
    # stays one, under the page's other headings: the rules read it in the context the page gives it)
    lines = {b.line for b in branches}
    blocks = [b for b in loaded.parsed.blocks if not any(p.line in lines for p in b.pieces)]
    blocks = sorted([*blocks, *branches], key=lambda b: (b.line, b.column))
    spans = {(b.line, b.column, b.column + len(b.text)) for b in branches}  # (each branch one piece, written as read)
    return build_document(loaded._replace(parsed=Parsed(blocks)), release=True, full=False), spans


def _branch_findings(
    branches: tuple[Document, set[tuple[int, int, int]]], rules: list[Any], lang: str, settings: Settings, found: set[tuple[str, int, int]]
) -> Iterator[Finding]:
    """The placeholder rules' findings in the branches not read (`_branch_document`: each within a branch's text), but
    those already found."""
    side = Context(branches[0], lang=lang, settings=settings)
    # each line's branches by their first column (they do not overlap): a finding asks its line's, by bisection, not
    # every branch of the page (a page of 8,000 branches each holding a slot was 32 million comparisons)
    starts: dict[int, list[tuple[int, int]]] = {}
    for line, start, end in sorted(branches[1]):
        starts.setdefault(line, []).append((start, end))
    for rule in rules:
        if "placeholder" not in rule.groups and not rule.id.startswith("placeholder-"):
            continue
        for finding in rule.check(side.width_folded() if rule.reads_width_folded else side):
            spans = starts.get(finding.line, [])
            k = bisect.bisect_right(spans, (finding.column, sys.maxsize)) - 1
            inside = k >= 0 and spans[k][0] <= finding.column < spans[k][1]
            if inside and (finding.rule, finding.line, finding.column) not in found:
                yield finding


def _japanese_findings(doc: Document, rules: list[Any], lang: str, settings: Settings) -> list[Finding]:
    """(u57f, issue #11 §3) The slots and drafting notes of the page's Japanese text, which no rule reads
    (`rules.placeholder_japanese`), for the placeholder rules that ran; none on a page without Japanese."""
    if not any(s.lang == "ja" or any(p.lang == "ja" for p in s.paragraphs) for s in doc.sections):
        return []
    from policylens.rules.placeholder_japanese import japanese_findings

    return list(japanese_findings(doc, rules, lang, settings))


def check_file(path: str, options: CheckOptions, cache: ConfigCache | None = None, memo: ScanMemo | None = None) -> FileReport:
    """Load, structure and check one file; input problems become `FileReport.error`.

    `memo`: what the run's earlier files told the rules' scans (`rules/scan_memo.py`): the same findings, sooner.
    """
    from policylens.rules import all_rules

    registry = all_rules()
    shown = shown_path(path)
    try:
        doc, text, config, _, branches = _read_document(path, options, set(registry), ConfigCache() if cache is None else cache)
    except UserError as exc:
        return FileReport(shown, (), None, str(exc))
    # The reader's warnings are also in doc.warnings: `check` prints them once, escaped (issue #12 §3).
    lang = options.lang or default_lang(doc)
    settings = Settings(
        brands=config.brands,
        foreign_brands=config.foreign_brands,
        placeholder_patterns=config.placeholder_patterns,
        region=config.region,  # else the document's own: from its text, or its file name (`named_region`)
        script=config.script,
    )
    ctx = Context(doc, lang=lang, settings=settings, memo=memo)
    overrides = dict(config.severity)
    directive_warnings: list[str] = []  # suppression comments that name no rule (see `suppressions`)
    suppressed = Suppressor(suppressions(doc, text, known=(*registry, "disclosure-missing"), warnings=directive_warnings))
    any_suppressed = bool(suppressed)  # else no finding is: no call per finding (issue #11)
    kept = FindingStore()  # compact while the rules' units are alive (issue #12)
    count = 0  # len(kept), without a call per finding
    ran: list[Any] = []  # the rules run, for the branches the page does not read (`_branch_findings`)
    for rule_id in _active_rules(config, options, path, list(registry)):
        if rule_id not in registry:
            continue  # a profile item or disclosure-missing (check_profiles)
        rule = registry[rule_id]()
        ran.append(rule)
        # the placeholder rules read full-width Latin letters as ASCII: 「［Ｃｏｍｐａｎｙ　Ｎａｍｅ］」 is [Company Name]
        for finding in rule.check(ctx.width_folded() if rule.reads_width_folded else ctx):
            if rule_id in overrides:
                finding = finding._replace(severity=overrides[rule_id])
            if not (any_suppressed and suppressed(finding)):
                kept.append(finding)
                count += 1
                if count >= MAX_FINDINGS:
                    break
        if count >= MAX_FINDINGS:
            _over_cap(shown)
            break
    del ctx  # the rules' text units and joined text: not needed past this point
    covered: tuple[Any, ...] = ()
    extra: list[Finding] = []
    if options.profiles or config.profiles:
        from policylens.profiles.check import check_profiles

        try:
            extra, covered = check_profiles(doc, options.profiles or config.profiles, config=config, options=options, path=path, lang=lang)
        except UserError as exc:
            return FileReport(shown, (), None, str(exc))
    script, warnings, fmt = doc.metadata.script, (*doc.warnings, *directive_warnings), doc.source.format
    catalogue = doc.catalogue
    # A DOCX's "line" is its paragraph's index, not a line of `text` (the XML's): the lines shown under its findings
    # are the paragraphs' own text, laid out at their columns (review u26u: a DOCX finding came with no text at all).
    paragraphs = _paragraph_lines(doc) if fmt == "docx" else {}
    japanese = _japanese_findings(doc, ran, lang, settings) if count < MAX_FINDINGS else []
    del doc  # its paragraphs, before the findings are built again and the source lines split below
    findings = kept.take()
    if branches is not None and count < MAX_FINDINGS:
        found = {(f.rule, f.line, f.column) for f in findings}
        for finding in _branch_findings(branches, ran, lang, settings, found):
            if finding.rule in overrides:
                finding = finding._replace(severity=overrides[finding.rule])
            if not (any_suppressed and suppressed(finding)):
                if count >= MAX_FINDINGS:  # (u57j) the cap holds for the page's findings and its branches' together
                    _over_cap(shown)
                    break
                findings.append(finding)
                count += 1
    if japanese:
        placeholder_lines = {f.line for f in findings if f.rule.startswith("placeholder-")}
        for finding in japanese:
            if finding.line in placeholder_lines:
                continue  # one finding a line: the text's own rules found the slot already
            if finding.rule in overrides:
                finding = finding._replace(severity=overrides[finding.rule])
            if not (any_suppressed and suppressed(finding)):
                if count >= MAX_FINDINGS:  # the cap holds for the Japanese text's findings too
                    _over_cap(shown)
                    break
                findings.append(finding)
                count += 1
    _sort_findings(findings)  # in position order, `drop_superseded` needs no sort of its own
    findings = drop_superseded(findings, registry)
    if catalogue is not None:
        from policylens.load.catalogue import silenced  # an app's message catalogue: its own arguments and form strings

        findings = [f for f in findings if not silenced(catalogue, f.rule, f.line, f.excerpt, f.column)]
    # one defect, one finding: the same text again on a line (before the baseline, which then matches the one finding)
    findings = merge_repeats(findings, {rule for rule, cls in registry.items() if cls.repeats_merged()}, lang)
    if extra:
        findings.extend(f for f in extra if not suppressed(f))
        _sort_findings(findings)
    baseline_path = None if options.record else options.baseline or config.baseline
    if baseline_path is not None:
        findings = filter_baseline(shown, findings, read_baseline(baseline_path), split_lines(text) if fmt != "docx" else [])
    if fmt == "docx":
        context = tuple((n, paragraphs[n]) for n in _lines_of(findings) if n in paragraphs)
    else:
        context = _lines_at(text, _lines_of(findings))
    return FileReport(shown, tuple(findings), script, None, context, covered, warnings)


def _over_cap(shown: str) -> None:
    """Say that a file's findings reached `MAX_FINDINGS` and the rest are not reported."""
    sys.stderr.write(
        f"policylens: warning: {quote_path(shown)}: over {MAX_FINDINGS:,} findings; only the first {MAX_FINDINGS:,} are reported\n"
    )


def _paragraph_lines(doc: Document) -> dict[int, str]:
    """Line number → the text the document read on that line, each piece at its column (headings without the list
    number Word draws in front of them, which has no column of its own); for a DOCX, whose lines are paragraphs."""
    parts: dict[int, list[tuple[int, str]]] = {}
    for section in doc.sections:
        runs = [(section.title, section.title_pieces)] if section.title is not None else []
        for text, pieces in [*runs, *((p.text, p.pieces) for p in section.paragraphs)]:
            for piece in pieces:
                parts.setdefault(piece.line, []).append((piece.column, text[piece.offset : piece.offset + piece.length]))
    lines: dict[int, str] = {}
    for number, placed in parts.items():
        line = ""
        for column, run in sorted(placed):
            line = line.ljust(column - 1)[: column - 1] + run + line[column - 1 + len(run) :]
        lines[number] = line
    return lines


def _sort_findings(findings: list[Finding]) -> None:
    """Sort by (line, column, rule) in place: three stable sorts on one field each.

    The same order as `key=lambda f: (f.line, f.column, f.rule)`, without a key tuple per
    finding (100,000 findings: 7 MB at the peak of a run, issue #12).
    """
    findings.sort(key=attrgetter("rule"))
    findings.sort(key=attrgetter("column"))
    findings.sort(key=attrgetter("line"))


def _lines_of(findings: list[Finding]) -> list[int]:
    """The line numbers the findings (sorted by line) cover, in order, each once.

    No set: for 62,500 findings on as many lines it was a 4 MB table at the peak of the
    run (issue #12); findings in line order need only the last line taken.
    """
    lines: list[int] = []
    last = 0
    for f in findings:
        if f.end_line > last:
            if f.line > last and f.end_line == f.line:
                lines.append(f.line)  # the finding's own int: no new object per line
            else:
                lines.extend(range(max(f.line, last + 1), f.end_line + 1))
            last = f.end_line
    return lines


_STRETCH = 1 << 20  # characters of the source split into lines at once by `_lines_at`


def _lines_at(text: str, numbers: list[int]) -> tuple[tuple[int, str], ...]:
    """(n, line n of `text`) for the sorted line numbers `numbers` that exist, lines as `split_lines` cuts them.

    The text is split a stretch at a time, each ending after a newline (never inside a
    CRLF), so a file of many short lines is not held twice (issue #12).
    """
    out: list[tuple[int, str]] = []
    k, first, pos = 0, 1, 0  # next number wanted; number of the stretch's first line; where it starts
    while k < len(numbers):
        cut = text.find("\n", pos + _STRETCH)
        end = len(text) if cut < 0 else cut + 1
        lines = split_lines(text[pos:end])
        if cut >= 0:
            lines.pop()  # the empty text after the newline that ends the stretch: the next stretch's first line
        while k < len(numbers) and numbers[k] < first + len(lines):
            if numbers[k] >= first:
                out.append((numbers[k], lines[numbers[k] - first]))
            k += 1
        if cut < 0:
            break
        first, pos = first + len(lines), end
    return tuple(out)


def _discover_with_config(paths: Iterable[str], options: CheckOptions, cache: ConfigCache) -> list[str]:
    if options.no_config:
        return discover(paths, exclude=options.exclude, use_config=False, default_exclude=options.default_exclude)
    if options.config is None:
        return discover(paths, exclude=options.exclude, default_exclude=options.default_exclude, cache=cache)
    from policylens.rules import all_rules

    forced = cache.load(options.config, set(all_rules()))
    default_exclude = forced.default_exclude if options.default_exclude is None else options.default_exclude
    return discover(paths, exclude=(*options.exclude, *forced.exclude), use_config=False, default_exclude=default_exclude)


def check_file_safely(path: str, options: CheckOptions, cache: ConfigCache | None = None, memo: ScanMemo | None = None) -> FileReport:
    """`check_file`, with any failure turned into this file's error entry: one bad file never sinks a batch."""
    try:
        return check_file(path, options, cache, memo)
    except UserError:
        raise  # a bad baseline or configuration stops the run, as before
    except RecursionError:
        return FileReport(shown_path(path), (), None, f"{shown_path(path)}: too deeply nested to read")
    except MemoryError:
        return FileReport(shown_path(path), (), None, f"{shown_path(path)}: out of memory while reading")
    except Exception as exc:  # a defect or an unforeseen input: reported for this file only
        return FileReport(shown_path(path), (), None, f"{shown_path(path)}: cannot be read ({type(exc).__name__}: {exc})")


def check_paths(
    paths: Iterable[str],
    options: CheckOptions,
    *,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    started: Callable[[int], None] | None = None,
    cache: ConfigCache | None = None,
    before_fork: Callable[[], None] | None = None,
) -> CheckReport:
    """Check every file under `paths`; results in input order.

    `jobs` worker processes (`check.pool`); 0 picks one per CPU, as many as there are
    files to keep busy.  `started(n)` is told how many files were found before
    the first is checked, `progress(n)` as they finish (a progress bar).  `cache`: the
    run's configuration cache, when the caller has read configuration already;
    `before_fork()` runs just before worker processes are started (the command layer
    freezes the collector there, `commands/collector.py`).
    """
    cache = ConfigCache() if cache is None else cache
    files = _discover_with_config(paths, options, cache)
    if options.lang is not None and options.lang not in LANGS:
        raise UserError(f"unknown --lang {echo(options.lang)} (choose from {', '.join(LANGS)})")
    if started is not None:
        started(len(files))
    jobs = pool_jobs(jobs, len(files))
    if jobs > 1 and len(files) > 1 and "-" not in files:
        reports = check_in_pool(files, options, jobs=jobs, progress=progress, before_fork=before_fork)
    else:
        reports = []
        memo = ScanMemo() if len(files) > 1 else None  # one file has nothing to learn from
        for f in files:
            reports.append(check_file_safely(f, options, cache, memo))
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
