"""`--format rich`: a tree of sections under a metadata table, for terminals.

Rich drops colour by itself when stdout is not a terminal or NO_COLOR is set.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from policylens.model import Document
from policylens.render.summary import metadata_rows


def render_document(doc: Document, out: TextIO, *, console: Console | None = None) -> None:
    """Print metadata, warnings and the section tree."""
    console = console or Console(file=out)
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    for key, value in metadata_rows(doc):
        table.add_row(key, escape(value))
    root = Tree(f"[bold]{escape(doc.metadata.title or doc.source.path)}[/]", guide_style="dim")
    nodes: dict[str | None, Tree] = {None: root}
    for s in doc.sections:
        label = escape(s.title) if s.title is not None else "[italic dim](before the first heading)[/]"
        where = f"line {s.line}" if s.line else "top"
        node = nodes.get(s.parent, root).add(f"{label}  [dim]L{s.level} · {where} · {len(s.paragraphs)} ¶[/]")
        nodes[s.id] = node
    parts: list[object] = [table]
    for warning in doc.warnings:
        parts.append(f"[yellow]warning:[/] {escape(warning)}")
    parts.append(root)
    console.print(Group(*parts))  # type: ignore[arg-type]
