"""`policylens diff OLD NEW`: a section-aligned legal redline between two versions or editions."""

from __future__ import annotations

import contextlib
import sys
from enum import Enum
from typing import Annotated

import typer

from policylens.commands.options import EncodingOpt, MaxSizeOpt, VersionOpt, parse_size
from policylens.model import Document


class DiffFormat(str, Enum):
    """Output formats of `diff`."""

    rich = "rich"
    text = "text"
    json = "json"
    html = "html"
    markdown = "markdown"


class Granularity(str, Enum):
    """Unit of the redline inside a changed paragraph."""

    word = "word"
    char = "char"
    sentence = "sentence"


def diff(
    old: Annotated[str, typer.Argument(help="The earlier version (or one edition).", metavar="OLD")],
    new: Annotated[str, typer.Argument(help="The later version (or the other edition).", metavar="NEW")],
    format: Annotated[
        DiffFormat | None, typer.Option("--format", "-f", help="Output format (default: rich on a terminal, text otherwise).")
    ] = None,
    granularity: Annotated[Granularity, typer.Option("--granularity", help="Redline unit inside changed paragraphs.")] = Granularity.word,
    context: Annotated[int, typer.Option("--context", help="Unchanged characters shown around each change (-1: all).", min=-1)] = 20,
    side_by_side: Annotated[bool, typer.Option("--side-by-side", help="Two columns, old and new (rich, text, markdown, html).")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Also show formatting-only and script-only differences.")] = False,
    show_variants: Annotated[
        bool, typer.Option("--show-variants", help="Show script/regional variants that were not counted as changes.")
    ] = False,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write the report to this file instead of stdout.")] = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = None,
    version: VersionOpt = False,
) -> None:
    """Compare two policies: sections added, removed, renamed, moved and word-level changes. Exit 1 when content changed."""
    from policylens.commands.parse import warn
    from policylens.diff import diff_documents
    from policylens.diff.align import has_changes
    from policylens.load import reject_repeated_stdin
    from policylens.output import open_output, refuse_overwrite
    from policylens.render.ci_lines import guarded
    from policylens.render.safe import SafeWriter, visible

    reject_repeated_stdin((old, new))  # `-`, /dev/stdin, /dev/fd/0: one stream, read once
    if output and output != "-":
        refuse_overwrite(output, (old, new))  # before any work: `diff A B -o B` would replace B
    chosen = format or _format_from_extension(output)
    before, after = read_pair(old, new, encoding=encoding, max_bytes=parse_size(max_size))
    warn(before)
    warn(after)
    languages = {_language(before), _language(after)}
    if languages == {"en", "zh"}:
        sys.stderr.write(
            "policylens: warning: one document is English and the other Chinese: diff compares wording, "
            "so nearly everything differs; `policylens compare` compares the facts across languages\n"
        )
    report = diff_documents(before, after, granularity=granularity.value, strict=strict, show_variants=show_variants, parts=True)
    for note in report.notes:
        sys.stderr.write(f"policylens: warning: {visible(note)}\n")
    with open_output(output, inputs=(old, new), what="the report") as out:
        chosen = chosen or (DiffFormat.rich if out.isatty() else DiffFormat.text)
        module = __import__(f"policylens.render.{chosen.value}", fromlist=["render_diff"])
        stream = SafeWriter(out) if chosen in (DiffFormat.text, DiffFormat.markdown) else out
        if side_by_side and chosen == DiffFormat.json:
            sys.stderr.write(
                "policylens: warning: --side-by-side has no effect on --format json (it lays out text, html, markdown and rich)\n"
            )
        # no line a CI log reads as a command (`render.ci_lines`); JSON holds no raw line of the policies
        with (
            guarded(stream, markup=chosen is DiffFormat.html) if chosen is not DiffFormat.json else contextlib.nullcontext(stream) as stream
        ):
            module.render_diff(
                report,
                stream,
                context=context,
                show_variants=show_variants,
                side_by_side=side_by_side,
                pretty=out.isatty(),
                width=_columns(),
            )
    raise typer.Exit(1 if has_changes(report) else 0)


def _columns() -> int:
    """Width of two-column output: COLUMNS, else the terminal's, else 100 (a pipe or a file)."""
    import shutil

    return max(40, min(400, shutil.get_terminal_size((100, 24)).columns))


# Both documents are loaded at once, NEW in a forked child, when each file is at least
# this big and this process may use two cores.  Loading and structuring costs about 1.5-2 s of CPU
# per megabyte of Markdown; the child sends its Document back pickled, which costs about
# a quarter of that (0.19 s to pickle and 0.30 s to unpickle the 20,000 sections of
# `bench_worst_diff.py sections-20k`), so below a few hundred kilobytes one process is quicker.
PARALLEL_BYTES = 256 * 1024


def read_pair(old: str, new: str, *, encoding: str | None = None, max_bytes: int | None = None) -> tuple[Document, Document]:
    """Load and structure OLD and NEW: in parallel when both are big files (see `PARALLEL_BYTES`).

    The result, the warnings and the errors are those of reading OLD, then NEW, in this
    process: OLD's error comes first, and if the child fails for any reason NEW is simply
    read again here, which raises its error as a serial run would.

    A bare fork rather than `policylens.executor`: this is one task beside the parent's own
    work, and when OLD fails the child must be killed at once; a `ProcessPoolExecutor` cannot
    cancel a running task and joins its worker at exit, so a bad OLD would wait for NEW.
    """
    from policylens.load.document import read_document

    def one_after_the_other() -> tuple[Document, Document]:
        return read_document(old, encoding=encoding, max_bytes=max_bytes), read_document(new, encoding=encoding, max_bytes=max_bytes)

    if not _worth_parallel(old, new):
        return one_after_the_other()
    import os
    import pickle

    readable, writable = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no process to spare (a limit on processes or memory): one after the other
        os.close(readable)
        os.close(writable)
        return one_after_the_other()
    if pid == 0:  # the child: read NEW, send it, leave without running any exit handler
        code = 1
        try:
            os.close(readable)
            document = read_document(new, encoding=encoding, max_bytes=max_bytes)
            with os.fdopen(writable, "wb") as pipe:
                pickle.dump(document, pipe, protocol=pickle.HIGHEST_PROTOCOL)
            code = 0
        except BaseException:  # any failure, even Ctrl-C: the parent reads NEW itself and reports it
            pass
        finally:
            os._exit(code)
    os.close(writable)
    after: Document | None = None
    try:
        before = read_document(old, encoding=encoding, max_bytes=max_bytes)
        with os.fdopen(readable, "rb") as pipe:
            readable = -1
            try:
                after = pickle.load(pipe)
            except Exception:  # the child failed (nothing or a cut pickle was sent): NEW is read below
                after = None
    finally:
        if readable >= 0:
            os.close(readable)
        if after is None:
            _stop(pid)
        _reap(pid)
    if not isinstance(after, Document):
        after = read_document(new, encoding=encoding, max_bytes=max_bytes)
    return before, after


def _worth_parallel(old: str, new: str) -> bool:
    """Two regular files of at least PARALLEL_BYTES each, two cores, and a fork to run them."""
    import os
    import stat

    from policylens.executor import default_jobs

    if not hasattr(os, "fork") or default_jobs() < 2:
        return False
    for path in (old, new):
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            return False
        if not stat.S_ISREG(info.st_mode) or info.st_size < PARALLEL_BYTES:
            return False
    return True


def _stop(pid: int) -> None:
    """End the child early (OLD failed, or the run was interrupted)."""
    import contextlib
    import os
    import signal

    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)


def _reap(pid: int) -> None:
    """Wait for the child, so that it never lingers as a zombie."""
    import os

    while True:
        try:
            os.waitpid(pid, 0)
            return
        except InterruptedError:
            continue
        except ChildProcessError:
            return


_EXTENSIONS = {
    ".html": DiffFormat.html,
    ".htm": DiffFormat.html,
    ".json": DiffFormat.json,
    ".md": DiffFormat.markdown,
    ".txt": DiffFormat.text,
}


def _format_from_extension(output: str | None) -> DiffFormat | None:
    """`-o report.html` writes HTML unless `--format` says otherwise."""
    from policylens.output import format_from_extension

    return format_from_extension(output, _EXTENSIONS)


def _language(doc: Document) -> str:
    """'zh' for a Chinese document, 'en' for one that is mostly Latin letters, '' otherwise."""
    if doc.metadata.script is not None:
        return "zh"
    text = "".join(p.text for s in doc.sections[:50] for p in s.paragraphs[:20])
    latin = sum(c.isascii() and c.isalpha() for c in text)
    # (u50d) a bilingual page whose English edition, first, is longer than the script sample (eval/pairs50d
    # moneyup-cloud) has no script but a Chinese edition: not English (a language link's 中文 is not one)
    if latin <= len(text) / 2:
        return ""
    whole = "".join(p.text for s in doc.sections for p in s.paragraphs)
    han = sum("\u3400" <= c <= "\u9fff" for c in whole)
    return "en" if han * 10 < sum(c.isascii() and c.isalpha() for c in whole) else ""
