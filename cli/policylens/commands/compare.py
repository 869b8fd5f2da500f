"""`policylens compare FOLDER...`: language editions and versions of each product, in one run."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from policylens.commands.options import EncodingOpt, MaxSizeOpt, VersionOpt, named_path, parse_size
from policylens.commands.progress import ProgressBar
from policylens.errors import UserError, cap_warnings, capped, echo, reject_empty_paths

if TYPE_CHECKING:
    from policylens.compare.inputs import Discovery

# Warnings about the inputs (files skipped, links not followed) listed on stderr before one line counts the rest.
MAX_INPUT_WARNINGS = 20


class CompareFormat(str, Enum):
    """Output formats of `compare`."""

    rich = "rich"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    html = "html"


# `-o FILE` without `--format`: the report's name decides (`report.csv`, `report.html`), as in `diff` and `check`.
_EXTENSIONS = {
    ".json": CompareFormat.json,
    ".csv": CompareFormat.csv,
    ".md": CompareFormat.markdown,
    ".html": CompareFormat.html,
    ".htm": CompareFormat.html,
}


class Executor(str, Enum):
    """Where the per-product work runs."""

    process = "process"
    dask = "dask"


@contextlib.contextmanager
def _progress(total: int, files: int, *, enabled: bool = True) -> Iterator[Callable[[int], None] | None]:
    """The shared progress bar on stderr when stderr is a terminal (products done of `total`); None when not shown."""
    with ProgressBar(f"comparing {files} files") as bar:
        if enabled:
            bar.start(total)
        yield bar.advance if bar.shown else None


def _output(path: str | None, inputs: list[str]) -> contextlib.AbstractContextManager[TextIO]:
    """The report stream through `policylens.output`: atomic, never onto an input, devices written in place."""
    from policylens.output import open_output

    return open_output(None if path == "-" else path, inputs=inputs, what="the report")


def _inputs(discovery: Any, config: Path | None, folders: list[str], profile_paths: tuple[Path, ...]) -> list[str]:
    """Every file the run reads: editions (not git versions), the manifest or configuration, user profiles."""
    from policylens.config import find_config
    from policylens.profiles import profile_files

    found = [e.path for p in discovery.products for e in p.editions if e.git is None]
    for folder in folders:
        with contextlib.suppress(UserError, OSError):
            manifest = find_config(Path(folder))
            if manifest is not None:
                found.append(str(manifest))
    found.extend(str(p) for p in profile_paths if p.is_file())
    for folder in profile_paths:
        if folder.is_dir():
            found.extend(str(f) for f in profile_files(folder))
    return [*found, *([str(config)] if config is not None else [])]


_LISTED = 20  # edition tags an unknown --base's error lists
_TAG_LIMIT = 64  # characters of an edition tag named by --base or --edition (`en-aaaaaaaa-…` of 100 KB is no tag)


def _line(text: str) -> str:
    """One stderr line: a newline or control character in a file name cannot forge another line.

    Bidi controls and the line and paragraph separators go through the one escaping helper (`<U+202E>`), as in
    every other command's stderr lines (u42h: a product folder or edition file named with U+202E reordered the
    rest of its warning on a terminal; only the C0 and C1 controls were escaped here).  A file name's byte that is not
    UTF-8 is `\\xe9`, as in every report (`no_surrogates`; it went out as Python's `\\udce9`, u47h).
    """
    from policylens.render.safe import no_surrogates, visible

    return capped(visible(no_surrogates("".join(f"\\x{ord(c):02x}" if ord(c) < 32 or 0x7F <= ord(c) < 0xA0 else c for c in text))))


def _tally(
    stream: Iterator[dict[str, Any]], totals: dict[str, int], state: dict[str, bool], *, with_profiles: bool
) -> Iterator[dict[str, Any]]:
    """Pass products through, writing their errors to stderr and adding up the totals and the exit state."""
    from policylens.compare import has_divergences

    for item in stream:
        for warning in item.get("warnings", []):
            sys.stderr.write(f"policylens: warning: {_line(warning['path'])}: {_line(warning['warning'])}\n")
        for err in item["errors"]:
            sys.stderr.write(f"policylens: error: {_line(err['path'])}: {_line(err['error'])}\n")
        state["trouble"] = state["trouble"] or bool(item["errors"])
        state["diverged"] = state["diverged"] or has_divergences(item)
        totals["products"] += 1
        for key in ("editions", "divergences", "sentence-only", "lagging", "errors", *(("disclosures-lost",) if with_profiles else ())):
            totals[key] += item["summary"][key]
        yield item


def _base_somewhere(base: str, discovery: Discovery) -> None:
    """Fail once when no product can have the `--base` edition (u44h: `--base ja` was one error line per product).

    An edition read from its file name is known now; one decided from its text (a `--git` file named by no edition)
    may be any of `GUESSED_EDITIONS`.  A base that some products have is each other product's error entry, as before."""
    from policylens.compare.analyse import GUESSED_EDITIONS

    tags = {e.edition for p in discovery.products for e in p.editions}
    possible = {t for t in tags if t is not None} | (set(GUESSED_EDITIONS) if None in tags else set())
    if base.replace("_", "-").lower() in {t.lower() for t in possible}:
        return
    named = sorted(t for t in tags if t is not None)
    listed = ", ".join(named[:_LISTED]) + (f" and {len(named) - _LISTED} more" if len(named) > _LISTED else "")
    guessed = f"files named by no edition are read as {', '.join(GUESSED_EDITIONS)}" if None in tags else ""
    raise UserError(
        f"--base: no {base} edition to use as the base in any product ({'; '.join(filter(None, (listed and f'editions: {listed}', guessed)))})"
    )


def _named(option: str, value: str | None) -> str | None:
    """An option's name value without its spaces; one that names nothing (an empty CI variable) is an error, not the default."""
    if value is None:
        return None
    if not value.strip():
        raise UserError(f"{option}: {echo(value)} names nothing (give a value, or leave the option out)")
    return value.strip()


def _profiles(values: list[str], config: Path | None, folders: list[str]) -> tuple[tuple[str, ...], tuple[Path, ...]]:
    """The profile names asked for (comma-separated or repeated) and the user profile folders of the configuration.

    The configuration is `--config`, else the one found from the first folder (as for the
    manifest); its `profile-paths` add user profiles (made absolute, for workers that run
    elsewhere).  Its `profiles` key is for `check` and does not turn coverage on here.
    Unknown names fail here, before any file is read.
    """
    for value in values:
        if not value.replace(",", "").strip():  # `--profile "$PROFILE"` with an empty variable: not "no profile"
            raise UserError(f"--profile: {echo(value)} names nothing (give a name, or leave the option out)")
    names = tuple(dict.fromkeys(v.strip() for value in values for v in value.split(",") if v.strip()))
    if not names:
        return (), ()
    from policylens.config import find_config, load_config
    from policylens.profiles import resolve
    from policylens.rules import all_rules

    first = Path(folders[0]) if folders else Path.cwd()
    found = config or find_config(first if first.is_dir() else first.parent)
    paths = load_config(found, rule_ids=set(all_rules())).profile_paths if found is not None else ()
    resolve(names, paths)
    return names, paths


def compare(
    folders: Annotated[
        list[str] | None,
        typer.Argument(help="Folders of <product>/<edition>.<YYYY-MM-DD>.<ext> files (or one product folder).", metavar="FOLDER..."),
    ] = None,
    git: Annotated[
        list[str] | None, typer.Option("--git", help="Take every commit that changed this file as a version (repeatable).", metavar="PATH")
    ] = None,
    base: Annotated[
        str | None,
        typer.Option("--base", help="Base edition tag (default: the newest Traditional edition, else the newest, a Chinese one first)."),
    ] = None,
    product: Annotated[str | None, typer.Option("--product", help="Product name for --git files and a single product folder.")] = None,
    edition: Annotated[str | None, typer.Option("--edition", help="Edition tag for --git files not named <edition>.<ext>.")] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help="Read the manifest (its `editions` tables) from this file instead of searching.",
            parser=named_path,
            metavar="<path>",
        ),
    ] = None,
    format: Annotated[
        CompareFormat | None, typer.Option("--format", "-f", help="Output format (default: rich on a terminal, json otherwise).")
    ] = None,
    profile: Annotated[
        list[str] | None,
        typer.Option(
            "--profile",
            "-p",
            help="Also show each edition's coverage of this disclosure profile's items (repeatable; see `policylens profiles`).",
        ),
    ] = None,
    details: Annotated[bool, typer.Option("--details", help="rich: show the changes of each section whose content differs.")] = False,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write the report to this file instead of stdout.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Parallel workers (default 0: all cores).", min=0)] = 0,
    executor: Annotated[
        Executor, typer.Option("--executor", help="process: this machine; dask: a Dask distributed cluster.")
    ] = Executor.process,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="With --executor dask: tcp://host:8786, or 'local' for a LocalCluster.", metavar="ADDRESS"),
    ] = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = None,
    version: VersionOpt = False,
) -> None:
    """Compare the language editions and versions of each product: content, facts, lagging editions. Exit 1 on divergences."""
    from policylens import executor as pool
    from policylens.commands.collector import batch_collector
    from policylens.compare import CompareOptions, compare_products, discover_products

    reject_empty_paths([*(folders or []), *(git or [])])
    if not folders and not git and config is None:
        raise UserError("give at least one FOLDER, --git PATH or --config FILE with [[editions]]")
    if config is not None:
        from policylens.config import require_config

        require_config(config)
    base, product, edition = _named("--base", base), _named("--product", product), _named("--edition", edition)
    if edition is not None or base is not None:
        from policylens.compare.inputs import canonical_tag, is_edition_tag

        if edition is not None and not (len(edition) <= _TAG_LIMIT and is_edition_tag(edition)):  # as a manifest's is
            raise UserError(f"--edition: {echo(edition)} is not an edition tag such as zh-Hant or en")
        # (u43h) a --base no edition can be named was one error line per product (400 lines for 400 products)
        if base is not None and not (len(base) <= _TAG_LIMIT and is_edition_tag(canonical_tag(base.replace("_", "-")))):
            raise UserError(f"--base: {echo(base)} is not an edition tag such as zh-Hant or en")
    if executor is Executor.process and scheduler:
        raise UserError("--scheduler needs --executor dask")
    if executor is Executor.dask and not scheduler:
        raise UserError("--executor dask needs --scheduler ADDRESS (tcp://host:8786) or --scheduler local")
    if scheduler:
        scheduler = pool.scheduler_address(scheduler)
    discovery = discover_products(folders or [], git=git or [], manifest=config, product=product, edition=edition)
    # (twenty-first round, r21h) a folder of 500 files not named as editions was 500 lines on stderr: 20, then a count
    said = list(discovery.warnings)
    cap_warnings(said, since=0, limit=MAX_INPUT_WARNINGS, what="warnings about the inputs")
    for warning in said:
        sys.stderr.write(f"policylens: warning: {_line(warning)}\n")
    if not discovery.products:
        raise UserError(discovery.errors[0] if discovery.errors else "no editions to compare")
    for line in discovery.errors:
        sys.stderr.write(f"policylens: error: {_line(line)}\n")
    if base is not None:
        _base_somewhere(base, discovery)
    names, profile_paths = _profiles(profile or [], config, folders or [])
    from policylens.output import resolve_path

    options = CompareOptions(
        base=base,
        encoding=encoding,
        max_bytes=parse_size(max_size),
        profiles=names,
        profile_paths=tuple(str(resolve_path(p)) for p in profile_paths),
    )
    workers = jobs or pool.default_jobs()
    from policylens.output import format_from_extension

    chosen = format or format_from_extension(output, _EXTENSIONS)
    chosen = chosen or (CompareFormat.rich if sys.stdout.isatty() and output is None else CompareFormat.json)
    global_errors = [{"path": line.partition(": ")[0], "error": line.partition(": ")[2]} for line in discovery.errors]
    files = sum(len(p.editions) for p in discovery.products)
    state = {"trouble": False, "diverged": False}
    totals = {"products": 0, "editions": 0, "divergences": 0, "sentence-only": 0, "lagging": 0, "errors": len(global_errors)}
    if names:
        totals["disclosures-lost"] = 0
    streamed = chosen in (CompareFormat.json, CompareFormat.csv)
    # A streamed report written to the terminal is its own progress; any other report is
    # written once the bar is gone, so the two never share the screen.
    to_terminal = (output is None or output == "-") and sys.stdout.isatty()
    inputs = _inputs(discovery, config, folders or [], profile_paths)  # files an output must never replace
    # (twenty-fourth round) and the working copy of a `--git` file: `-o zh-TW.md` wrote the report over it
    inputs.extend(git or [])
    with batch_collector(fewer_collections=False, freeze=True), _output(output, inputs) as out:
        with _progress(len(discovery.products), files, enabled=not (streamed and to_terminal)) as progress:
            results = compare_products(discovery, options, jobs=workers, backend=executor.value, scheduler=scheduler, progress=progress)
            if streamed:
                from policylens.render.compare_streams import CsvStream, JsonStream

                writer = JsonStream(out, pretty=out.isatty()) if chosen is CompareFormat.json else CsvStream(out)
                for item in _tally(results, totals, state, with_profiles=bool(names)):
                    writer.add(item)
            else:
                collected = list(_tally(results, totals, state, with_profiles=bool(names)))
        from policylens.render.ci_lines import guarded

        if streamed:
            writer.close(global_errors, totals)
        elif chosen is CompareFormat.markdown:
            from policylens.render.compare import render_markdown

            with guarded(out) as stream:  # no line a CI log reads as a command (`render.ci_lines`)
                render_markdown(collected, global_errors, stream)
        elif chosen is CompareFormat.html:
            from policylens.render.compare_html import render_html

            with guarded(out, markup=True) as stream:
                render_html(collected, global_errors, stream)
        else:
            from policylens.render.compare_rich import render_rich

            with guarded(out) as stream:
                render_rich(collected, global_errors, stream, details=details)
    trouble = bool(global_errors) or state["trouble"]
    raise typer.Exit(2 if trouble else 1 if state["diverged"] else 0)
