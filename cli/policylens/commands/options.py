"""Options shared by several commands (typer `Annotated` aliases)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from policylens import __version__
from policylens.errors import UserError, echo


def version_callback(value: bool) -> None:
    """Print the version and exit (eager --version)."""
    if value:
        typer.echo(f"policylens {__version__}")
        raise typer.Exit()


# Above this a size is a typo: Python cannot even ask the system for that many bytes.
MAX_SIZE = 1024**4  # 1 TB
# Codecs that decode bytes into text, but not as a document encoding: escapes, domain names.
_NOT_DOCUMENT_CODECS = {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined", "palmos"}


def parse_size(value: str | None) -> int | None:
    """'20MB', '512k', '1048576' → bytes; at most 1 TB.  Without the option, $POLICYLENS_MAX_BYTES or 20 MB:
    read here, once, so that a bad value is one line before any file is read (`check` said it once per file)."""
    if value is None:
        from policylens.load import max_bytes_default

        return max_bytes_default()
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgGtT]?)[bB]?\s*", value)
    if not m:
        raise UserError(f"--max-size: not a size: {echo(value)} (use e.g. 20MB, 512k, 1048576)")
    factor = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}[m.group(2).lower()]
    digits = m.group(1).partition(".")[0].lstrip("0")
    if len(digits) > 13 or int(float(m.group(1)) * factor) > MAX_SIZE:
        raise UserError(f"--max-size: {echo(value)} is over the largest accepted size, 1 TB")
    return int(float(m.group(1)) * factor)


def check_encoding(value: str | None) -> str | None:
    """Typer callback: `--encoding` must name a codec that decodes a document's bytes into text."""
    if value is None:
        return None
    import codecs

    try:
        info = codecs.lookup(value)
    except LookupError:
        raise UserError(f"--encoding: unknown encoding {echo(value)} (e.g. utf-8, utf-16, big5, gb18030)") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_DOCUMENT_CODECS:
        raise UserError(f"--encoding: {echo(value)} is not a text encoding for documents (e.g. utf-8, utf-16, big5, gb18030)")
    return value.strip()  # codecs.lookup reads " utf-8" as utf-8: reported as utf-8, not with its spaces


VersionOpt = Annotated[
    bool,
    typer.Option("--version", "-V", help="Show the version and exit.", callback=version_callback, is_eager=True),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option("--encoding", help="Force the input encoding (utf-8, utf-16, big5, gb18030…); default: detect.", callback=check_encoding),
]
MaxSizeOpt = Annotated[
    str | None,
    typer.Option("--max-size", help="Refuse inputs larger than this (default 20MB, or $POLICYLENS_MAX_BYTES).", metavar="SIZE"),
]
InputFormatOpt = Annotated[
    str | None,
    typer.Option("--input-format", help="Input format: text, markdown, html or docx (default: by extension, then content)."),
]


def named_path(value: str) -> Path:
    """A path option's value (`--config`, `--baseline`, `--write-baseline`): an empty one is an error.

    An empty value (`--baseline "$BASELINE"` with the variable unset) became `Path("")`, which is
    the current folder: the error then blamed `.`, a name the user never gave.
    """
    if not value:
        raise typer.BadParameter("an empty value names no file (an unset variable?)")
    return Path(value)


def output_path(value: str) -> Path:
    """`--write-baseline`'s value: `named_path`, and a name ending in '/' must be a folder (`Path` drops the slash:
    `--write-baseline baselines/` wrote a file named `baselines`); an existing folder is refused when written to."""
    path = named_path(value)
    if value.endswith("/") and not path.is_dir():
        raise typer.BadParameter("ends with '/', a folder, and no such folder exists; give a file name")
    return path
