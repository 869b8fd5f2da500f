"""`policylens check PATH...`: pre-publication lint with exit codes for CI."""

from __future__ import annotations

import contextlib
import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from policylens.commands.options import EncodingOpt, MaxSizeOpt, VersionOpt, parse_size
from policylens.commands.progress import ProgressBar
from policylens.errors import UserError
from policylens.output import open_output
from policylens.render.safe import SafeWriter, quote_path, visible

if TYPE_CHECKING:
    from policylens.check import CheckOptions
    from policylens.config import ConfigCache
    from policylens.model import CheckReport

# From this many files, `check` shows a progress bar on stderr when stderr is a terminal.
PROGRESS_FROM = 20


class CheckFormat(str, Enum):
    """Output formats of `check`."""

    rich = "rich"
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"


class FailOn(str, Enum):
    """Lowest severity that makes the exit code 1."""

    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _split(values: list[str] | None) -> tuple[str, ...]:
    """Accept repeated options and comma-separated lists."""
    return tuple(v.strip() for value in values or () for v in value.split(",") if v.strip())


def check(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (searched recursively) or '-' for stdin.", metavar="PATH...")],
    format: Annotated[
        CheckFormat | None, typer.Option("--format", "-f", help="Output format (default: rich on a terminal, text otherwise).")
    ] = None,
    fail_on: Annotated[
        FailOn | None, typer.Option("--fail-on", help="Exit 1 when a finding is at least this severe (default: error).")
    ] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only these rule IDs (repeat or comma-separate).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rule IDs (repeat or comma-separate).")] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Message language: zh-Hant, zh-Hans or en (default: the document's script).")
    ] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Use this configuration file instead of searching for one.")] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore configuration files.")] = False,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Skip files matching this glob when scanning directories (repeatable).")
    ] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Report only findings that are not in this baseline file.")] = None,
    write_baseline: Annotated[
        Path | None, typer.Option("--write-baseline", help="Record today's findings in FILE and exit 0.", metavar="FILE")
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Worker processes; 0 (default) = one per CPU when there are enough files to gain.", min=0)
    ] = 0,
    profile: Annotated[
        list[str] | None,
        typer.Option("--profile", "-p", help="Also check required disclosures of this profile (repeatable; see `policylens profiles`)."),
    ] = None,
    explain_coverage: Annotated[
        bool, typer.Option("--explain-coverage", help="With --profile: list every item as covered or missing, citing section and line.")
    ] = False,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write the report to this file (replaced atomically) instead of stdout.")
    ] = None,
    default_exclude: Annotated[
        bool | None,
        typer.Option(
            "--default-exclude/--no-default-exclude",
            help="Skip README, SOURCES, CHANGELOG… files in directory scans (default: on, or the configuration's default-exclude).",
        ),
    ] = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = None,
    version: VersionOpt = False,
) -> None:
    """Check policies before publication: placeholders, template residue, script and wording, brackets, dates, required disclosures."""
    from policylens.check import CheckOptions, check_paths, exit_code
    from policylens.check.baseline import baseline_document
    from policylens.commands.collector import batch_collector
    from policylens.config import ConfigCache
    from policylens.load import reject_repeated_stdin
    from policylens.rules import all_rules

    reject_repeated_stdin(paths)  # `check - -`: one stream, read once
    registry = all_rules()
    configs = ConfigCache()  # the run's one configuration cache, shared with check_paths
    selected, ignored = _split(select), _split(ignore)
    profiles = _split(profile)
    for rule_id in (*selected, *ignored):
        if rule_id not in registry and rule_id != "disclosure-missing" and "/" not in rule_id:
            raise UserError(f"unknown rule {rule_id!r} (see `policylens rules`)")
    if config is not None and not config.is_file():
        raise UserError("configuration file not found", path=str(config))
    if write_baseline is not None:
        from policylens.output import refuse_overwrite

        refuse_overwrite(write_baseline, paths)  # `check X --write-baseline X` would replace the policy
    threshold = fail_on.value if fail_on else None
    if threshold is None and not no_config:
        first = next((Path(p) for p in paths if p != "-"), Path.cwd())
        found = config or configs.governing(first if first.is_dir() else first.parent)
        if found is not None:
            threshold = configs.load(found, set(registry)).fail_on
    if profiles or explain_coverage or any("/" in v for v in (*selected, *ignored)):
        _check_profile_options(
            paths, profiles, (*selected, *ignored), config=config, no_config=no_config, explain=explain_coverage, configs=configs
        )
    options = CheckOptions(
        profiles=profiles,
        select=selected,
        ignore=ignored,
        lang=lang,
        config=config,
        no_config=no_config,
        exclude=tuple(exclude or ()),
        baseline=None if write_baseline else baseline,
        fail_on=threshold,
        encoding=encoding,
        max_bytes=parse_size(max_size),
        default_exclude=default_exclude,
        record=write_baseline is not None,
    )
    if output == "-":
        output = None
    with batch_collector() as collector, ProgressBar("checking", minimum=PROGRESS_FROM) as bar:
        report = check_paths(
            paths, options, jobs=jobs, progress=bar.advance, started=bar.start, cache=configs, before_fork=collector.freeze
        )
    for file in report.files:
        if file.error:
            sys.stderr.write(f"policylens: error: {file.error}\n")  # built by UserError.__str__: already escaped
        for message in file.warnings:
            sys.stderr.write(f"policylens: warning: {quote_path(file.path)}: {visible(message)}\n")
    if not report.files:
        from policylens.load import EXTENSIONS

        hint = "; README, SOURCES, CHANGELOG… are skipped, --no-default-exclude scans them" if default_exclude is not False else ""
        raise UserError(f"no policy files found (known extensions: {' '.join(sorted(EXTENSIONS))}{hint})")
    if write_baseline is not None:
        from policylens.output import write_atomic

        document = json.dumps(baseline_document(report, write_baseline), ensure_ascii=False, indent=2) + "\n"
        write_atomic(write_baseline, document, inputs=_read_files(paths, report, options, configs), what="the baseline")
        count = sum(len(f.findings) for f in report.files)
        sys.stderr.write(f"policylens: wrote {count} findings to baseline {quote_path(str(write_baseline))}\n")
        raise typer.Exit(2 if any(f.error for f in report.files) else 0)
    chosen = format or (CheckFormat.rich if sys.stdout.isatty() and output is None else CheckFormat.text)

    def render(out: TextIO) -> None:
        if chosen is CheckFormat.json:
            from policylens.render.json import render_check as render_json

            render_json(report, out, pretty=out.isatty())
            return
        module = __import__(f"policylens.render.{chosen.value}", fromlist=["render_check"])
        stream = SafeWriter(out) if chosen in (CheckFormat.text, CheckFormat.github) else out  # control characters shown, not sent
        if chosen in (CheckFormat.rich, CheckFormat.text) and any(f.coverage for f in report.files):
            module.render_check(report, stream, explain_coverage=explain_coverage)
        else:
            module.render_check(report, stream)

    if output is None:
        render(sys.stdout)
    else:
        with open_output(output, inputs=_read_files(paths, report, options, configs), what="the report") as out:
            render(out)
    raise typer.Exit(exit_code(report))


def _read_files(paths: list[str], report: CheckReport, options: CheckOptions, configs: ConfigCache) -> list[str]:
    """Every file the run read, none of which an output may replace: policies, configurations, baselines, user profiles."""
    from policylens.rules import all_rules

    files = [*paths, *(f.path for f in report.files if f.path != "<stdin>")]
    found: set[Path] = set()
    if options.config is not None:
        found.add(options.config)
    elif not options.no_config:
        for item in files:
            with contextlib.suppress(UserError, OSError):
                path = Path(item)
                governing = configs.governing(path if path.is_dir() else path.parent)
                if governing is not None:
                    found.add(governing)
    extra: list[Path] = [*found, *([options.baseline] if options.baseline is not None else [])]
    for file in found:
        with contextlib.suppress(UserError, OSError):
            loaded = configs.load(file, set(all_rules()))
            extra.extend([loaded.baseline] if loaded.baseline is not None and not options.record else [])
            extra.extend(f for folder in loaded.profile_paths if folder.is_dir() for f in folder.glob("*.toml"))
    return [*files, *(str(p) for p in extra)]


def _check_profile_options(
    paths: list[str],
    profiles: tuple[str, ...],
    ids: tuple[str, ...],
    *,
    config: Path | None,
    no_config: bool,
    explain: bool,
    configs: ConfigCache,
) -> None:
    """Unknown profiles and items fail before any file is read (user profiles come from the first file's configuration)."""
    from policylens.profiles import item_ids, resolve

    first = next((Path(p) for p in paths if p != "-"), Path.cwd())
    found = None if no_config else config or configs.governing(first if first.is_dir() else first.parent)
    folders: tuple[Path, ...] = ()
    names = profiles
    if found is not None:
        from policylens.rules import all_rules

        cfg = configs.load(found, set(all_rules()))
        folders, names = cfg.profile_paths, profiles or cfg.profiles
    if explain and not names:
        raise UserError("--explain-coverage needs --profile NAME (or `profiles` in the configuration)")
    loaded = resolve(names, folders)
    known = item_ids(loaded)
    for value in ids:
        if "/" in value and value not in known:
            checked = ", ".join(p.name for p in loaded) or "none; add --profile"
            raise UserError(f"unknown profile item {value!r} (profiles checked: {checked})")
