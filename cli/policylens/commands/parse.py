"""`policylens parse FILE`: show a policy's structure and metadata."""

import sys
from enum import Enum
from typing import Annotated

import typer

from policylens.commands.options import EncodingOpt, InputFormatOpt, MaxSizeOpt, VersionOpt, parse_size
from policylens.errors import UserError
from policylens.model import Document


class ParseFormat(str, Enum):
    """Output formats of `parse`."""

    rich = "rich"
    text = "text"
    json = "json"
    markdown = "markdown"


def warn(doc: Document) -> None:
    """Print the document's warnings on stderr."""
    from policylens.render.safe import quote_path, visible

    for message in doc.warnings:
        sys.stderr.write(f"policylens: warning: {quote_path(doc.source.path)}: {visible(message)}\n")


def parse(
    file: Annotated[str, typer.Argument(help="Policy file (.txt, .md, .html, .docx) or '-' for stdin.", metavar="FILE")],
    format: Annotated[ParseFormat, typer.Option("--format", "-f", help="Output format.")] = ParseFormat.rich,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = None,
    input_format: InputFormatOpt = None,
    topics: Annotated[bool, typer.Option("--topics", help="Also show each section's topics with their score and evidence.")] = False,
    version: VersionOpt = False,
) -> None:
    """Parse FILE into sections with line numbers and print its structure and metadata."""
    if topics and format is ParseFormat.markdown:
        raise UserError("--topics is not available with --format markdown (use rich, text or json)")
    from policylens.load.document import read_document
    from policylens.render.ci_lines import guarded
    from policylens.render.safe import SafeWriter

    doc = read_document(file, encoding=encoding, max_bytes=parse_size(max_size), input_format=input_format)
    warn(doc)
    out = sys.stdout
    found = None
    if topics:
        from policylens.topics import document_topics

        found = document_topics(doc)
    if format is ParseFormat.json:
        from policylens.render.json import render_document as render_json

        render_json(doc, out, pretty=out.isatty(), topics=found)
        return
    if format is ParseFormat.markdown:
        from policylens.render.markdown import render_document
    elif format is ParseFormat.text:
        from policylens.render.text import render_document
    else:
        from policylens.render.rich import render_document
    # rich escapes its own strings (it writes ANSI codes); the others go through SafeWriter
    with guarded(out if format is ParseFormat.rich else SafeWriter(out)) as stream:  # no CI command line (`render.ci_lines`)
        render_document(doc, stream)
        if found is not None:
            from policylens.render.topics import render_topics

            render_topics(doc, found, stream, rich=format is ParseFormat.rich)
