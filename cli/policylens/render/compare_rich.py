"""`compare --format rich`: per product, a matrix of editions × sections and × facts, then the divergences."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from policylens.render.compare import (
    COVERAGE_LEGEND,
    LEGEND,
    coverage_matrix,
    describe,
    fact_matrix,
    lagging_lines,
    lost_line,
    lost_quote,
    section_matrix,
    version_lines,
    visible,
)

_STYLE = {
    "≠": "yellow",
    "✗": "red",
    "+": "red",
    "?": "dim",
    "=": "green",
    "✓": "green",
    "–": "dim",
    "n": "dim",
    "✗ lost": "bold reverse red",
}


def _table(head: str, editions: list[str], rows: list[tuple[str, list[str]]], *, keep_labels: bool = False) -> Table:
    """`keep_labels`: labels are IDs (tw-pdpa/period) that must stay on one line; the edition columns shrink instead."""
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column(head, overflow="fold", no_wrap=keep_labels)
    for e in editions:
        table.add_column(e, justify="center")
    for label, marks in rows:
        table.add_row(escape(visible(label)), *(f"[{_STYLE.get(m, _STYLE.get(m[:1], ''))}]{escape(m)}[/]" for m in marks))
    return table


def render_rich(
    products: Iterable[dict[str, Any]], errors: list[dict[str, str]], out: TextIO, *, details: bool = False, console: Console | None = None
) -> None:
    """Write the report; `details` adds each section-content's changes."""
    console = console or Console(file=out, highlight=False, soft_wrap=False)
    for product in products:
        console.rule(f"[bold]{escape(visible(product['product']))}[/] · base {escape(visible(product['base'] or '—'))}")
        editions, rows = section_matrix(product)
        if editions and rows:
            console.print(_table("section", editions, rows))
            console.print(f"[dim]{escape(LEGEND)}[/]")
        editions, frows = fact_matrix(product)
        if editions:
            console.print(_table("fact", editions, frows))
        editions, crows = coverage_matrix(product)
        if editions:
            console.print(_table("disclosure", editions, crows, keep_labels=True))
            console.print(f"[dim]{escape(COVERAGE_LEGEND)}[/]")
        lost = product.get("coverage", {}).get("lost", [])
        if not product["divergences"] and not product["lagging"] and not lost and product["base"]:
            console.print("[green]all editions agree[/]")
        for d in product["divergences"]:
            style = "dim" if d.get("confidence", 1.0) < 0.5 else ""
            console.print(f"[{style}]• {escape(visible(describe(d)))}[/]" if style else f"• {escape(visible(describe(d)))}")
            if details and d["kind"] == "section-content":
                for change in d.get("changes", []):
                    text = "".join(
                        f"[red strike]{escape(visible(s['text']))}[/]"
                        if s["op"] == "delete"
                        else f"[green]{escape(visible(s['text']))}[/]"
                        if s["op"] == "insert"
                        else escape(visible(s["text"]))
                        for s in change.get("spans", [])
                    )
                    console.print(f"    {text}")
        for x in lost:
            style = "dim" if x["confidence"] < 0.5 else "bold red"
            console.print(f"[{style}]✗ {escape(visible(lost_line(x)))}[/]")
            if lost_quote(x):
                console.print(f"    [dim]{escape(visible(lost_quote(x)))}[/]")
        for line in lagging_lines(product):
            console.print(f"[magenta]⌛ {escape(visible(line))}[/]")
        for line in version_lines(product):
            console.print(f"[dim]{escape(visible(line))}[/]")
        for e in product["errors"]:
            console.print(f"[red]error[/] {escape(visible(e['path']))}: {escape(visible(e['error']))}")
    for e in errors:
        console.print(f"[red]error[/] {escape(visible(e['path']))}: {escape(visible(e['error']))}")
