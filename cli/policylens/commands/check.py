"""`policylens check PATH...`: pre-publication lint with exit codes for CI.

The options are declared here for typer; the command's body is `check_run.run_check`,
which `commands.main` also runs without typer for the common argument lists
(`check_run.lean_check`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from policylens.commands.check_run import CheckFormat, FailOn, run_check
from policylens.commands.options import EncodingOpt, MaxSizeOpt, VersionOpt, named_path, output_path, parse_size

__all__ = ["CheckFormat", "FailOn", "check"]


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
    config: Annotated[
        Path | None,
        typer.Option("--config", help="Use this configuration file instead of searching for one.", parser=named_path, metavar="<path>"),
    ] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore configuration files.")] = False,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Skip files matching this glob when scanning directories (repeatable).")
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Report only findings that are not in this baseline file.", parser=named_path, metavar="<path>"),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option("--write-baseline", help="Record today's findings in FILE and exit 0.", metavar="FILE", parser=output_path),
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
            help="Skip README, SOURCES, CHANGELOG… files and UTF-8 files without privacy-policy wording in directory scans (default: on, or the configuration's default-exclude).",
        ),
    ] = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = None,
    version: VersionOpt = False,
) -> None:
    """Check policies before publication: placeholders, template residue, script and wording, brackets, dates, required disclosures."""
    raise typer.Exit(
        run_check(
            paths,
            format=format,
            fail_on=fail_on,
            select=select,
            ignore=ignore,
            lang=lang,
            config=config,
            no_config=no_config,
            exclude=exclude,
            baseline=baseline,
            write_baseline=write_baseline,
            jobs=jobs,
            profile=profile,
            explain_coverage=explain_coverage,
            output=output,
            default_exclude=default_exclude,
            encoding=encoding,
            max_bytes=parse_size(max_size),
        )
    )
