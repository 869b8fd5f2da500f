"""The body of `policylens check`, with no typer: `run_check`, and `lean_check` for the common argument lists.

`commands/check.py` declares the command's options for typer and calls `run_check`.
Importing typer (and click) is about 30 ms of every run, a third of checking one file,
so `commands.main` first offers the arguments to `lean_check`: a list made only of
paths and the options below, each in a form whose meaning is plain (`--format json`,
`--format=json`, `-j 2`), runs `run_check` without typer; anything else (`--help`,
`--encoding`, `--max-size`, an unknown or malformed option, a value typer would refuse,
stderr on a terminal, shell completion) goes through typer as before.  Both ways reach
the same `run_check`, with the values typer would have passed (tests/test_check_speed_cli.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from policylens.commands.progress import ProgressBar
from policylens.errors import UserError, echo
from policylens.output import format_from_extension, open_output
from policylens.render.ci_lines import guarded
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


# `-o FILE` without `--format`: the report's name decides (`results.sarif`, `junit.xml`), as in `diff` and `compare`.
_EXTENSIONS = {
    ".json": CheckFormat.json,
    ".sarif": CheckFormat.sarif,
    ".sarif.json": CheckFormat.sarif,
    ".xml": CheckFormat.junit,
    ".txt": CheckFormat.text,
}


class FailOn(str, Enum):
    """Lowest severity that makes the exit code 1."""

    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _split(values: list[str] | None, option: str = "") -> tuple[str, ...]:
    """Accept repeated options and comma-separated lists; a value that names nothing is an error.

    `--profile "$PROFILE"` with an empty variable, or `--select ,`, was read as no option at
    all: the run checked no disclosure (or every rule) and passed.
    """
    names = tuple(v.strip() for value in values or () for v in value.split(",") if v.strip())
    for value in values or ():
        if not value.replace(",", "").strip():
            raise UserError(f"{option}: {echo(value)} names nothing (give a name, or leave the option out)")
    return names


def run_check(
    paths: list[str],
    *,
    format: CheckFormat | None = None,
    fail_on: FailOn | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    lang: str | None = None,
    config: Path | None = None,
    no_config: bool = False,
    exclude: list[str] | None = None,
    baseline: Path | None = None,
    write_baseline: Path | None = None,
    jobs: int = 0,
    profile: list[str] | None = None,
    explain_coverage: bool = False,
    output: str | None = None,
    default_exclude: bool | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
) -> int:
    """Run `check` with the command's option values; the exit code (0, 1 or 2).  Errors raise `UserError`."""
    from policylens.check import CheckOptions, check_paths, exit_code
    from policylens.check.baseline import baseline_document
    from policylens.commands.collector import batch_collector
    from policylens.config import ConfigCache
    from policylens.load import reject_repeated_stdin
    from policylens.rules import all_rules

    # `check - -`: one stream, read once; also `check - --baseline /dev/stdin` (the policy was read as the baseline:
    # 「unreadable baseline: Expecting value」) and `--config /dev/stdin` (「invalid TOML」), twenty-first round
    reject_repeated_stdin([*paths, *(str(p) for p in (baseline, config, write_baseline) if p is not None)])
    registry = all_rules()
    configs = ConfigCache()  # the run's one configuration cache, shared with check_paths
    selected, ignored = _split(select, "--select"), _split(ignore, "--ignore")
    profiles = _split(profile, "--profile")
    for rule_id in (*selected, *ignored):
        if rule_id not in registry and rule_id != "disclosure-missing" and "/" not in rule_id:
            raise UserError(f"unknown rule {echo(rule_id)} (see `policylens rules`)")
    # (twenty-first round, r21h) contradictory options: the run checked nothing (or not what was asked) and passed, exit 0
    if selected and set(selected) <= set(ignored) and not profiles:
        raise UserError(f"--ignore takes out every rule --select names ({', '.join(selected)}): nothing would be checked")
    if no_config and config is not None:
        raise UserError("--config and --no-config contradict each other: give one")
    if max_bytes is None:  # $POLICYLENS_MAX_BYTES, read once: a bad value was an error per file, and the run went on
        from policylens.load import max_bytes_default

        max_bytes = max_bytes_default()
    if config is not None:
        from policylens.config import require_config

        require_config(config)
    if write_baseline is not None:
        from policylens.output import refuse_overwrite

        refuse_overwrite(write_baseline, paths)  # `check X --write-baseline X` would replace the policy
        if output not in (None, "-"):  # the report was never written, without a word (exit 0, no file)
            raise UserError("--write-baseline writes the baseline, not a report: leave out --output (or run check twice)")
    threshold = fail_on.value if fail_on else None
    if threshold is None and not no_config:
        first = next((Path(p) for p in paths if p != "-"), Path.cwd())
        found = config or configs.governing(first if first.is_dir() else first.parent)
        if found is not None:
            threshold = configs.load(found, set(registry)).fail_on
    if profiles or explain_coverage or any("/" in v for v in (*selected, *ignored)) or "disclosure-missing" in selected:
        _check_profile_options(
            paths, profiles, (*selected, *ignored), config=config, no_config=no_config, explain=explain_coverage, configs=configs
        )
        if (
            selected
            and not profiles
            and set(selected) == {"disclosure-missing"}
            and not _configured_profiles(paths, config, no_config, configs)
        ):
            # (twenty-second round) no profile, so no disclosure was checked: the run checked nothing and passed, exit 0
            raise UserError("--select disclosure-missing checks the disclosures of a profile, and none is given: add --profile NAME")
    if write_baseline is None:
        _read_baselines_first(paths, baseline, config, no_config, configs)
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
        max_bytes=max_bytes,
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

        hint = (
            "; README, SOURCES, CHANGELOG… and files without privacy-policy wording are skipped, --no-default-exclude scans them"
            if default_exclude is not False
            else ""
        )
        raise UserError(f"no policy files found (known extensions: {' '.join(sorted(EXTENSIONS))}{hint})")
    if write_baseline is not None:
        from policylens.output import write_atomic
        from policylens.render.safe import json_exact

        # the exact `\udcXX` escape of a name that is not UTF-8: the baseline is read back and matched by name
        document = json_exact(json.dumps(baseline_document(report, write_baseline), ensure_ascii=False, indent=2)) + "\n"
        write_atomic(write_baseline, document, inputs=_read_files(paths, report, options, configs), what="the baseline")
        count = sum(len(f.findings) for f in report.files)
        sys.stderr.write(f"policylens: wrote {count} findings to baseline {quote_path(str(write_baseline))}\n")
        return 2 if any(f.error for f in report.files) else 0
    chosen = format or format_from_extension(output, _EXTENSIONS)
    chosen = chosen or (CheckFormat.rich if sys.stdout.isatty() and output is None else CheckFormat.text)

    def render(out: TextIO) -> None:
        if chosen is CheckFormat.json:
            from policylens.render.json import render_check as render_json

            render_json(report, out, pretty=out.isatty())
            return
        module = __import__(f"policylens.render.{chosen.value}", fromlist=["render_check"])
        stream = SafeWriter(out) if chosen in (CheckFormat.text, CheckFormat.github) else out  # control characters shown, not sent
        # no line a CI log reads as a command (`render.ci_lines`), but in `github`, whose lines are commands on purpose
        # and SARIF (JSON: no raw line of a policy)
        plain = chosen in (CheckFormat.github, CheckFormat.sarif)
        with contextlib.nullcontext(stream) if plain else guarded(stream, markup=chosen is CheckFormat.junit) as stream:
            if chosen in (CheckFormat.rich, CheckFormat.text) and any(f.coverage for f in report.files):
                module.render_check(report, stream, explain_coverage=explain_coverage)
            else:
                module.render_check(report, stream)

    if output is None:
        render(sys.stdout)
    else:
        with open_output(output, inputs=_read_files(paths, report, options, configs), what="the report") as out:
            render(out)
    return exit_code(report)


def _read_baselines_first(paths: list[str], baseline: Path | None, config: Path | None, no_config: bool, configs: ConfigCache) -> None:
    """The baseline the run applies, read before any policy (u43h): a malformed one is the run's one error line.

    It was read with the first policy that reached the baseline step, so a run whose files all failed to load (or
    were skipped) never said that its baseline was unreadable, and a large run checked files before refusing it.
    `--baseline`, else the `baseline` of the configuration that governs the first path (one per run is checked here;
    another folder's configuration is read as its files are).
    """
    from policylens.check.baseline import read_baseline

    if baseline is None and not no_config:
        from policylens.rules import all_rules

        first = next((Path(p) for p in paths if p != "-"), Path.cwd())
        with contextlib.suppress(OSError):
            found = config or configs.governing(first if first.is_dir() else first.parent)
            baseline = configs.load(found, set(all_rules())).baseline if found is not None else None
    if baseline is not None:
        read_baseline(baseline)


def _read_files(paths: list[str], report: CheckReport, options: CheckOptions, configs: ConfigCache) -> list[str]:
    """Every file the run read, none of which an output may replace: policies, configurations, baselines, user profiles."""
    from policylens.profiles import profile_files
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
            extra.extend(f for folder in loaded.profile_paths if folder.is_dir() for f in profile_files(folder))
    return [*files, *(str(p) for p in extra)]


def _configured_profiles(paths: list[str], config: Path | None, no_config: bool, configs: ConfigCache) -> tuple[str, ...]:
    """The `profiles` of the configuration that governs the first path (none with --no-config)."""
    from policylens.rules import all_rules

    first = next((Path(p) for p in paths if p != "-"), Path.cwd())
    found = None if no_config else config or configs.governing(first if first.is_dir() else first.parent)
    return configs.load(found, set(all_rules())).profiles if found is not None else ()


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
            raise UserError(f"unknown profile item {echo(value)} (profiles checked: {checked})")


# The options `lean_check` reads: name → (keyword of `run_check`, kind).  Kinds: "flag"
# (no value), "list" (repeatable), "path", "jobs", "format", "fail_on", "text".  Every other
# option (--help, --version, --encoding, --max-size…) goes through typer.
_LEAN_OPTIONS: dict[str, tuple[str, str]] = {
    "--format": ("format", "format"),
    "-f": ("format", "format"),
    "--fail-on": ("fail_on", "fail_on"),
    "--select": ("select", "list"),
    "--ignore": ("ignore", "list"),
    "--lang": ("lang", "text"),
    "--config": ("config", "path"),
    "--no-config": ("no_config", "flag"),
    "--exclude": ("exclude", "list"),
    "--baseline": ("baseline", "path"),
    "--write-baseline": ("write_baseline", "path"),
    "--jobs": ("jobs", "jobs"),
    "-j": ("jobs", "jobs"),
    "--profile": ("profile", "list"),
    "-p": ("profile", "list"),
    "--explain-coverage": ("explain_coverage", "flag"),
    "--output": ("output", "text"),
    "-o": ("output", "text"),
    "--default-exclude": ("default_exclude", "flag"),
    "--no-default-exclude": ("default_exclude", "flag"),
}


def _lean_value(kind: str, value: str) -> object:
    """The value typer passes for `value`, or `_NOT_LEAN` when typer might read it otherwise (or refuse it)."""
    if kind == "format":
        return CheckFormat(value) if value in CheckFormat.__members__ else _NOT_LEAN
    if kind == "fail_on":
        return FailOn(value) if value in FailOn.__members__ else _NOT_LEAN
    if kind == "jobs":
        return int(value) if value.isascii() and value.isdigit() and len(value) < 6 else _NOT_LEAN
    if value.startswith("-") or not value or (kind == "path" and value.endswith("/")):
        return _NOT_LEAN  # typer would take "-x" as a value here, but it may be a slip; `Path` drops a final '/': let typer decide
    return Path(value) if kind == "path" else value


_NOT_LEAN = object()


def lean_check(args: list[str]) -> Callable[[], None] | None:
    """`check ARGS` as a call of `run_check` that exits with its code, or None when typer must read ARGS.

    Only plain forms are read: paths (or `-` for stdin) and the options of
    `_LEAN_OPTIONS` as `--name value`, `--name=value` or `-x value`.  Standard error on a
    terminal also goes through typer (the progress bar is typer-free, but a terminal run
    is not one where 30 ms matter).
    """
    if _maybe_terminal(sys.stderr):
        return None
    values: dict[str, Any] = {}
    paths: list[str] = []
    k = 0
    while k < len(args):
        token = args[k]
        k += 1
        if token == "-" or not token.startswith("-"):
            paths.append(token)
            continue
        if os.path.lexists(token):
            return None  # a file named like an option (`-oprivacy.md`): typer's command refuses it (twenty-fourth round)
        name, eq, attached = token.partition("=")
        if name not in _LEAN_OPTIONS or (eq and not name.startswith("--")):
            return None
        key, kind = _LEAN_OPTIONS[name]
        if kind == "flag":
            if eq or (key == "default_exclude" and key in values):
                return None  # `--default-exclude --no-default-exclude`: typer's path refuses the second form
            values[key] = name != "--no-default-exclude"
            continue
        if not eq:
            if k >= len(args):
                return None
            attached = args[k]
            k += 1
        value = _lean_value(kind, attached)
        if value is _NOT_LEAN:
            return None
        if kind == "list":
            values.setdefault(key, []).append(value)
        elif key in values:
            return None  # `-o a -o b`, `-f json -f text`: typer's path refuses it (the first was dropped without a word)
        else:
            values[key] = value
    if not paths:
        return None  # typer's "Missing argument" message

    def run() -> None:
        sys.exit(run_check(paths, **values))

    return run


def _maybe_terminal(stream: TextIO | None) -> bool:
    """Whether `stream` is, or might be, a terminal: the lean path is taken only when it surely is not.

    Not `progress._isatty`, which answers False when it cannot tell (no progress bar); here an
    unknown stream must send the run to typer's path, which handles terminals.
    """
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):
        return True  # unknown: typer's path
