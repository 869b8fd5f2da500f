"""Options shared by several commands (typer `Annotated` aliases)."""

from __future__ import annotations

import re
from typing import Annotated

import typer

from policylens import __version__


def version_callback(value: bool) -> None:
    """Print the version and exit (eager --version)."""
    if value:
        typer.echo(f"policylens {__version__}")
        raise typer.Exit()


def parse_size(value: str | None) -> int | None:
    """'20MB', '512k', '1048576' → bytes."""
    if value is None:
        return None
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", value)
    if not m:
        raise typer.BadParameter(f"not a size: {value!r} (use e.g. 20MB, 512k, 1048576)")
    factor = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[m.group(2).lower()]
    return int(float(m.group(1)) * factor)


VersionOpt = Annotated[
    bool,
    typer.Option("--version", "-V", help="Show the version and exit.", callback=version_callback, is_eager=True),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option("--encoding", help="Force the input encoding (utf-8, utf-16, big5, gb18030…); default: detect."),
]
MaxSizeOpt = Annotated[
    str | None,
    typer.Option("--max-size", help="Refuse inputs larger than this (default 20MB, or $POLICYLENS_MAX_BYTES).", metavar="SIZE"),
]
InputFormatOpt = Annotated[
    str | None,
    typer.Option("--input-format", help="Input format: text, markdown, html or docx (default: by extension, then content)."),
]
