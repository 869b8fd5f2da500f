"""Read a policy's bytes safely: a size limit, standard input, FIFOs, devices and terminals refused, folders walked.

`load.read_bytes` is the only reader of a user's file; every problem becomes a one-line `UserError`.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from policylens.errors import UserError, echo, reject_empty_paths

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def max_bytes_default() -> int:
    """Size limit: POLICYLENS_MAX_BYTES if set, else 20 MB."""
    value = os.environ.get("POLICYLENS_MAX_BYTES", "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    if not value.isascii() or not value.isdigit() or len(value) > 13:  # 13 digits: 1 TB and more
        raise UserError(f"POLICYLENS_MAX_BYTES={echo(value)}: not a number of bytes up to 1 TB")
    return int(value)


def read_bytes(path: str, *, max_bytes: int) -> bytes:
    """Read a file (or stdin for '-') with clear errors and a size limit."""
    if path == "-":
        if sys.stdin is None:  # `policylens parse - <&-`: Python sets it to None (an internal error, AttributeError)
            raise UserError("standard input is closed", path="<stdin>")
        _refuse_terminal(sys.stdin, "<stdin>")
        try:
            data = sys.stdin.buffer.read(max_bytes + 1)
        except OSError as exc:  # a folder or a write-only descriptor as standard input (`- < folder`, `- 0>file`)
            raise UserError(f"standard input cannot be read: {exc.strerror or exc}", path="<stdin>") from None
        if len(data) > max_bytes:
            raise UserError(f"input is larger than the {_size(max_bytes)} limit (see --max-size)", path="<stdin>")
        return data
    reject_empty_paths([path])
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise UserError("no such file", path=path) from None
    except PermissionError:
        raise UserError("permission denied", path=path) from None
    except OSError as exc:
        raise UserError(exc.strerror or str(exc), path=path) from None
    if stat.S_ISDIR(st.st_mode):
        raise UserError("is a directory, not a file", path=path)
    kind = special_file(path, st.st_mode)
    if kind is not None:
        raise UserError(f"is a {kind}, not a regular file; to read a stream, pipe it to '-'", path=path)
    if st.st_size > max_bytes:
        raise UserError(f"file is {_size(st.st_size)}, over the {_size(max_bytes)} limit (see --max-size)", path=path)
    try:
        with p.open("rb") as fh:
            if stat.S_ISCHR(st.st_mode):  # `/dev/stdin` or `/dev/fd/0` on a terminal (other devices are refused above)
                _refuse_terminal(fh, path)
            data = _read_up_to(fh, max_bytes + 1, st.st_size)
    except PermissionError:
        raise UserError("permission denied", path=path) from None
    except OSError as exc:
        raise UserError(exc.strerror or str(exc), path=path) from None
    if len(data) > max_bytes:
        raise UserError(f"file is over the {_size(max_bytes)} limit (see --max-size)", path=path)
    return data


def _read_up_to(fh: IO[bytes], limit: int, size: int) -> bytes:
    """`fh.read(limit)`, asked first for the `size` bytes the file has and one more (to see it grew).

    `read(limit)` makes Python allocate `limit` bytes before reading and shrink them after: 20 MB
    (`--max-size`) for every file a `check` reads, ~40 µs of system time per file (u28t).  A
    read of the rest follows only when the first got more than `size` bytes (a file that grew,
    a device or a pipe, whose size is 0): together the same bytes as `read(limit)`.
    """
    first = min(size + 1, limit)
    data = fh.read(first)
    if len(data) == first < limit:
        data += fh.read(limit - first)
    return data


def _refuse_terminal(stream: IO[Any], shown: str) -> None:
    """Standard input that is a terminal (`policylens check -` typed at a prompt, a CI step without input) is refused:
    the run waited, without a word, for a policy to be typed and ended with Ctrl-D (hostile round 25)."""
    try:
        terminal = stream.isatty()
    except (OSError, ValueError):  # closed or odd: reading it gives the usual error
        return
    if terminal:
        raise UserError("standard input is a terminal, not a file: pipe one in (`- < policy.md`) or name it", path=shown)


# Already-open descriptors (`diff <(git show HEAD:a.txt) a.txt`) are pipes with a writer:
# reading them cannot hang, unlike a named FIFO that nobody writes to.
_OPEN_STREAMS = ("/dev/fd/", "/proc/self/fd/", "/dev/stdin")


def is_stdin(path: str) -> bool:
    """Whether `path` names standard input: `-`, /dev/stdin, /dev/fd/0, /proc/self/fd/0 (any name of file descriptor 0)."""
    if path == "-":
        return True
    if not path.startswith(_OPEN_STREAMS):
        return False
    try:
        named, zero = os.stat(path), os.fstat(0)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (zero.st_dev, zero.st_ino)


def reject_repeated_stdin(paths: Iterable[str]) -> None:
    """Standard input named twice (`diff /dev/stdin -`, `check - -`) would be read twice, the second time empty: refuse."""
    named = [p for p in paths if is_stdin(p)]
    if len(named) > 1:
        shown = " and ".join(repr(p) for p in named[:2])
        raise UserError(f"standard input is given twice ({shown}); it can be read only once")


def special_file(path: str, mode: int) -> str | None:
    """'FIFO', 'socket' or 'device' for what is not a regular file to read (None for a file).

    Opening a FIFO without a writer blocks forever, and a device such as /dev/zero never
    ends; a policy is a regular file.
    """
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if path.startswith(_OPEN_STREAMS) and (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        return None
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device"


def scan_verdict(path: Path) -> str | None:
    """Why a file met while scanning a folder is skipped (None: check it).

    A FIFO, socket or device is skipped; a broken link or a symlink loop is kept, so that
    reading it reports the problem on its own line.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    kind = special_file(str(path), mode)
    return f"is a {kind}, not a regular file: skipped" if kind else None


def walk_folders(top: Path, unreadable: list[str]) -> Iterator[tuple[str, list[str], list[str]]]:
    """`os.walk(top)` without recursion: (folder, its folders, its files), top down; prune by editing the folders' list.

    Python 3.11's `os.walk` calls itself for every level: a tree 1,000 folders deep (a recursive copy gone wrong, a
    generated fixture) ended the whole run with `the input is nested too deeply to process`, no file checked, and no
    word of which folder (twenty-sixth round).  A link to a folder is listed but not entered, as `os.walk` does.  A
    folder that cannot be listed (no permission, removed meanwhile) is added to `unreadable` as `path: reason`:
    `os.walk` passed over it, and the policies in it, without a word.
    """
    stack = [os.fspath(top)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            unreadable.append(f"{folder}: {exc.strerror or exc}")
            continue
        dirs: list[str] = []
        files: list[str] = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
        yield folder, dirs, files
        stack.extend(path for path in (os.path.join(folder, d) for d in reversed(dirs)) if not os.path.islink(path))


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def shown_path(path: str) -> str:
    """How a path is named in messages and reports: `<stdin>` for '-'."""
    return "<stdin>" if path == "-" else path
