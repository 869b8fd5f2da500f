"""`policylens check PATH...`: pre-publication lint with exit codes for CI."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from policylens.commands.options import EncodingOpt, MaxSizeOpt, VersionOpt, parse_size
from policylens.errors import UserError


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
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = None,
    version: VersionOpt = False,
) -> None:
    """Check policies before publication: placeholders, template residue, script and wording, brackets, dates."""
    from policylens.check import CheckOptions, baseline_document, check_paths, exit_code
    from policylens.config import find_config, load_config
    from policylens.rules import all_rules

    registry = all_rules()
    selected, ignored = _split(select), _split(ignore)
    for rule_id in (*selected, *ignored):
        if rule_id not in registry:
            raise UserError(f"unknown rule {rule_id!r} (see `policylens rules`)")
    if config is not None and not config.is_file():
        raise UserError("configuration file not found", path=str(config))
    if write_baseline is not None:
        from policylens.output import refuse_overwrite

        refuse_overwrite(write_baseline, paths)  # `check X --write-baseline X` would replace the policy
    threshold = fail_on.value if fail_on else None
    if threshold is None and not no_config:
        first = next((Path(p) for p in paths if p != "-"), Path.cwd())
        found = config or find_config(first if first.is_dir() else first.parent)
        if found is not None:
            threshold = load_config(found, rule_ids=set(registry)).fail_on
    options = CheckOptions(
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
    )
    report = check_paths(paths, options, jobs=jobs)
    for file in report.files:
        if file.error:
            sys.stderr.write(f"policylens: error: {file.error}\n")  # built by UserError.__str__: already escaped
    if not report.files:
        raise UserError("no policy files found (known extensions: .txt .md .mdx .html .htm .jsp .docx)")
    if write_baseline is not None:
        from policylens.output import write_atomic
        from policylens.render.safe import quote_path

        document = json.dumps(baseline_document(report, write_baseline), ensure_ascii=False, indent=2) + "\n"
        write_atomic(write_baseline, document, inputs=[*paths, *(f.path for f in report.files if f.path != "<stdin>")], what="the baseline")
        count = sum(len(f.findings) for f in report.files)
        sys.stderr.write(f"policylens: wrote {count} findings to baseline {quote_path(str(write_baseline))}\n")
        raise typer.Exit(2 if any(f.error for f in report.files) else 0)
    chosen = format or (CheckFormat.rich if sys.stdout.isatty() else CheckFormat.text)
    out = sys.stdout
    if chosen is CheckFormat.json:
        from policylens.render.json import render_check as render_json

        render_json(report, out, pretty=out.isatty())
    else:
        from policylens.render.safe import SafeWriter

        module = __import__(f"policylens.render.{chosen.value}", fromlist=["render_check"])
        module.render_check(report, SafeWriter(out) if chosen in (CheckFormat.text, CheckFormat.github) else out)
    raise typer.Exit(exit_code(report))
