"""Every file policylens writes goes through here: atomic, and never onto an input.

- `open_output(path, inputs=…)`: a context manager giving a text stream.  For a file, the
  stream is a temporary file in the same folder, renamed onto `path` only when the block
  ends without error; an interrupted run (SIGINT, SIGTERM, an exception) removes the
  temporary file and leaves the previous report whole.  `None` or `-` is stdout; a device
  or FIFO (`/dev/stdout`, `/dev/null`) is written in place, never renamed onto.
- `write_atomic(path, text, inputs=…)`: the same for a string already built.
- `refuse_overwrite(path, inputs)`: `UserError` (exit 2) when `path` is one of the input
  files, compared after resolving symlinks, and as the same file (hard links).
- `PieceWriter(stream)`: writes a long string in pieces, so a pipe closed by its reader
  (`| head -1`) always raises `BrokenPipeError` instead of losing the rest in silence.

Used by `diff -o`, `check --write-baseline` (and `check -o`, compare outputs: call it).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TextIO, TypeVar

from policylens.errors import UserError, echo

# How a report file writes a file name that is not UTF-8 (held as lone surrogates, `bad\\udce9.md`):
# as its own bytes, as Python writes it to stdout, so `-o FILE` holds what `> FILE` would
# (it stopped with an internal error).  JSON reports escape them first (`render.safe.json_text`).
NAME_BYTES = "surrogateescape"
# Characters per write: at most 4 bytes each in UTF-8, so a piece fits the 8 KB buffer.
PIECE_CHARS = 2048


class PieceWriter:
    """A text stream that hands `stream` at most `PIECE_CHARS` characters per write.

    Python's buffered writer passes a write longer than its buffer straight to the file;
    when a pipe's reader goes away during it (`policylens parse big.md | head -1`), the
    system call returns a short count, the writer reports success and the rest of the
    string is lost with no error, so the run ended with exit 0 and half a report.  Writes
    that fit the buffer are retried until written, and the closed pipe raises
    `BrokenPipeError`, which `policylens.commands.main` turns into a quiet exit.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        write = self._stream.write
        if len(text) <= PIECE_CHARS:
            write(text)
        else:
            for start in range(0, len(text), PIECE_CHARS):
                write(text[start : start + PIECE_CHARS])
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def refuse_overwrite(path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse an output path that is (or resolves to, or is hard-linked with) an input file."""
    target = Path(path)
    resolved = resolve_path(target)
    for item in inputs:
        if str(item) == "-":
            continue
        source = Path(item)
        same = resolved == resolve_path(source)
        if not same and target.exists() and source.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(target, source)
        if same:
            raise UserError(f"refusing to write the output onto the input file {echo(str(item))}", path=str(path))


def resolve_path(path: Path) -> Path:
    """The path with symlinks resolved; a symlink loop (RuntimeError before Python 3.13) stays as it is.

    Every path a user names goes through it, not `Path.resolve()`: a looping link listed under [[editions]], or met
    while scanning with an absolute `exclude` glob, was an internal error (hostile round 25).
    """
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _loops(path: Path) -> bool:
    """Whether following `path` loops (ELOOP)."""
    try:
        path.stat()
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _is_special(path: Path) -> bool:
    """Whether `path` exists and is not a regular file (a device, FIFO or socket, after symlinks)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode)


def _mode_for(path: Path) -> int:
    """Permissions for the new file: those of the file it replaces, else 0666 minus the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def open_output(
    path: str | os.PathLike[str] | None,
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    encoding: str = "utf-8",
    what: str = "the output",
) -> Iterator[TextIO]:
    """A stream for the report: stdout, or a temporary file renamed onto `path` on success.

    `what` names the output in error messages ("cannot write the baseline: …").
    """
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    if not str(path):
        raise UserError(f"{what} needs a file name (`-o ''` names none)")
    if str(path).endswith(("/", os.sep)) and not Path(path).is_dir():
        # `Path("reports/")` is `reports`: a report meant for a folder not yet made became a file of that name
        raise UserError("ends with '/', a folder, and no such folder exists; give a file name for the output", path=str(path))
    target = Path(path)
    refuse_overwrite(target, inputs)
    if target.is_symlink() and _loops(target):
        # nothing to write through: renaming onto it replaced the link with a file, where a link elsewhere stays a link
        raise UserError(f"cannot write {what}: a symbolic link loop; remove it or name another file", path=str(path))
    if target.is_symlink() and not _is_special(target) and resolve_path(target).parent.is_dir():
        # the link stays a link: its target gets the report (renaming onto the link replaced it
        # with a regular file and left the file it pointed to stale)
        target = resolve_path(target)
    if target.is_dir():
        raise UserError("is a directory; give a file name for the output", path=str(path))
    if _is_special(target):
        # /dev/stdout, /dev/null, a FIFO: written in place.  Renaming a file onto them would
        # replace the device node itself (as root, /dev/null would become a regular file).
        try:
            with open(target, "w", encoding=encoding, errors=NAME_BYTES, newline="\n") as stream:
                yield PieceWriter(stream)  # type: ignore[misc]
        except BrokenPipeError:  # `-o /dev/stdout | head -1`: the quiet exit of a closed stdout
            raise
        except OSError as exc:
            raise UserError(f"cannot write {what}: {exc.strerror or exc}", path=str(path)) from None
        return
    folder = target.parent
    import tempfile  # here, not at the top: it imports random and costs ~2 ms of every check's start-up

    try:
        # the temporary name adds 14 bytes to the report's: past 200 bytes a name the folder accepts (up to 255)
        # made one it does not (`-o` of a 250-character name: 「File name too long」)
        prefix = f".{target.name}." if len(os.fsencode(target.name)) <= 200 else ".policylens-report."
        fd, temporary = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(f"cannot write {what}: {exc.strerror or exc}", path=str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding=encoding, errors=NAME_BYTES, newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise UserError(f"cannot write {what}: {exc.strerror or exc}", path=str(path)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_atomic(
    path: str | os.PathLike[str], text: str, *, inputs: Iterable[str | os.PathLike[str]] = (), what: str = "the output"
) -> None:
    """Write `text` to `path` atomically (see `open_output`)."""
    with open_output(path, inputs=inputs, what=what) as stream:
        stream.write(text)


Format = TypeVar("Format")


def format_from_extension(output: str | Path | None, formats: Mapping[str, Format]) -> Format | None:
    """The format an `-o FILE` names by its extension (`formats`: lower-case endings such as `.json`), else None.

    `diff -o report.html` wrote HTML, but `check -o results.sarif` wrote the text report into a file every SARIF
    reader refuses, and `compare -o report.csv` JSON (u42h): every command now reads the name the same way, and an
    explicit `--format` still wins.  The longest ending first, so `results.sarif.json` is SARIF.
    """
    if output is None or str(output) in ("", "-"):
        return None
    name = Path(output).name.lower()
    for ending in sorted(formats, key=len, reverse=True):
        if name.endswith(ending) and len(name) > len(ending):
            return formats[ending]
    return None
