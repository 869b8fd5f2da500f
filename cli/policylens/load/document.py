"""A path read all the way to a `Document`: load → normalise → structure, the start of every command.

The structure stage is imported on use, so that `policylens.load` itself never depends
on what comes after it in the pipeline.
"""

from __future__ import annotations

from typing import get_args

from policylens.errors import UserError, echo
from policylens.model import Document, Format

INPUT_FORMATS: tuple[str, ...] = get_args(Format)


def read_document(path: str, *, encoding: str | None = None, max_bytes: int | None = None, input_format: str | None = None) -> Document:
    """Load `path` ('-' for stdin) and build its `Document`; `input_format` overrides the extension."""
    from policylens.load import load
    from policylens.structure import build_document

    if input_format is not None and input_format not in INPUT_FORMATS:
        raise UserError(f"unknown --input-format {echo(input_format)} (choose from {', '.join(INPUT_FORMATS)})")
    fmt: Format | None = next((f for f in get_args(Format) if f == input_format), None)
    return build_document(load(path, max_bytes=max_bytes, encoding=encoding, fmt=fmt), release=True)  # nobody else holds the blocks
