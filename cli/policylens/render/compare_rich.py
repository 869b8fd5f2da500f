"""`compare --format rich`: per product, a matrix of editions × sections and × facts, then the divergences."""

from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from policylens.render import console as bounded
from policylens.render.compare import (
    COVERAGE_LEGEND,
    LEGEND,
    behind_unchecked,
    coverage_matrix,
    describe,
    fact_matrix,
    lagging_lines,
    lost_line,
    lost_quote,
    reworded_lines,
    section_matrix,
    sentence_line,
    verdict,
    version_lines,
    visible,
)
from policylens.render.rich import escape, hanging

_STYLE = {
    "≠": "yellow",
    "✗": "red",
    "+": "red",
    "?": "dim",
    "·": "dim",
    "=": "green",
    "✓": "green",
    "–": "dim",
    "n": "dim",
    "✗ lost": "bold reverse red",
}


# The label column keeps at least this many cells when the edition columns are laid out.
LABEL_CELLS = 24


def _headers(
    editions: list[str], width: int, label_cells: int = LABEL_CELLS, cells: list[int] | None = None
) -> tuple[list[str], str | None]:
    """Column headers that fit `width`, and the legend that expands them (None when the ids fit).

    An edition id is never cut: when the ids do not fit, each column is headed by its
    edition tag (`zh-Hans` for `zh-Hans.2021-03-30`; one version per edition is compared),
    else by E1, E2…, and a legend line gives every id in full.  `label_cells`: the label column's
    width; `cells`: each column's widest mark ("n/a (language)" is 14 cells, not 1).  Each column
    after the first costs two cells of padding: counted as one, the coverage matrix's ids were
    judged to fit at 80 columns and wrapped as "zh-Hant.2025-03-" / "17" (review u28u).
    """
    from rich.cells import cell_len

    widest = cells or [1] * len(editions)

    def fits(heads: list[str]) -> bool:
        return label_cells + sum(max(cell_len(h), w) + 2 for h, w in zip(heads, widest, strict=True)) <= width

    if fits(editions):
        return editions, None
    tags = [e.split(".", 1)[0] for e in editions]
    heads = tags if len(set(tags)) == len(tags) and fits(tags) else [f"E{k}" for k in range(1, len(editions) + 1)]
    return heads, "columns: " + ", ".join(f"{h} = {e}" for h, e in zip(heads, editions, strict=True) if h != e)


def _table(
    head: str, editions: list[str], rows: list[tuple[str, list[str]]], *, width: int, keep_labels: bool = False
) -> tuple[Table, str | None]:
    """The matrix and the legend of its abbreviated column headers (None when none is abbreviated).

    `keep_labels`: labels are IDs (tw-pdpa/period) that must stay on one line; the edition columns shrink instead.
    """
    from rich.cells import cell_len

    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column(head, overflow="fold", no_wrap=keep_labels)
    label_cells = max((cell_len(visible(label)) for label, _ in rows), default=0) if keep_labels else LABEL_CELLS
    cells = [max((cell_len(marks[k]) for _, marks in rows), default=1) for k in range(len(editions))]
    heads, legend = _headers(editions, width, max(label_cells, cell_len(head)), cells)
    for e in heads:
        table.add_column(e, justify="center", overflow="fold")  # a header that still does not fit wraps, never ends in "…"
    for label, marks in rows:
        table.add_row(escape(visible(label)), *(_cell(m) for m in marks))
    return table, legend


def _cell(mark: str) -> str:
    """A matrix cell's markup: the mark in its style (the `·` of an edition compared by facts only is dim)."""
    style = _STYLE.get(mark, _STYLE.get(mark[:1], ""))
    return f"[{style}]{escape(mark)}[/]" if style else escape(mark)


def _print_table(console: Console, table: tuple[Table, str | None]) -> None:
    console.print(table[0])
    if table[1]:
        console.print(f"[dim]{escape(table[1])}[/]")


def _redline(change: dict[str, Any], marks: bool) -> Text:
    """A change's redline as `diff --format rich` draws it (with `[-…-]{+…+}` marks when there is no colour)."""
    from policylens.render.rich import _spans_text

    spans = [SimpleNamespace(op=s["op"], text=s["text"], old=s.get("old")) for s in change.get("spans", [])]
    return _spans_text(spans, -1, False, marks)


def render_rich(
    products: Iterable[dict[str, Any]], errors: list[dict[str, str]], out: TextIO, *, details: bool = False, console: Console | None = None
) -> None:
    """Write the report; `details` adds each section-content's changes."""
    console = console or bounded(out, highlight=False, soft_wrap=False)
    for product in products:
        console.rule(f"[bold]{escape(visible(product['product']))}[/] · base {escape(visible(product['base'] or '—'))}")
        editions, rows = section_matrix(product)
        if editions and rows:
            _print_table(console, _table("section", editions, rows, width=console.width))
            console.print(f"[dim]{escape(LEGEND)}[/]")
        editions, frows = fact_matrix(product)
        if editions:
            _print_table(console, _table("fact", editions, frows, width=console.width))
        editions, crows = coverage_matrix(product)
        if editions:
            _print_table(console, _table("disclosure", editions, crows, width=console.width, keep_labels=True))
            console.print(f"[dim]{escape(COVERAGE_LEGEND)}[/]")
        lost = product.get("coverage", {}).get("lost", [])
        line = verdict(product)
        if line:
            console.print(f"[{'yellow' if behind_unchecked(product) else 'green'}]{escape(visible(line))}[/]")
        for d in product["divergences"]:
            style = "dim" if d.get("confidence", 1.0) < 0.5 else ""
            # a bullet's continuation lines hang under its text, not under the bullet (review u26u)
            console.print(hanging(Text("• ", style=style), Text(visible(describe(d, product["base"])), style=style)))
            if details and d["kind"] == "section-content":
                for change in d.get("changes", []):
                    console.print(hanging(Text("    "), _redline(change, console.color_system is None)))
        for x in product.get("sentences", []):  # a sentence one language only has (English ↔ Chinese)
            style = "dim" if x["confidence"] < 0.5 else ""
            console.print(hanging(Text("• ", style=style), Text(visible(sentence_line(x)), style=style)))
        # (u54e) a reworded line hangs under its text as a bullet does: wrapped, it ran back to column 0 in an
        # 80-column terminal (eval/editions54 timer-old, checked in tmux)
        for line in reworded_lines(product):  # quieter than a divergence: same content in other words
            mark, _, rest = line.partition(" ")
            console.print(hanging(Text(mark + " ", style="dim"), Text(visible(rest), style="dim")))
        for x in lost:
            style = "dim" if x["confidence"] < 0.5 else "bold red"
            console.print(f"[{style}]✗ {escape(visible(lost_line(x)))}[/]")
            if lost_quote(x):
                console.print(f"    [dim]{escape(visible(lost_quote(x)))}[/]")
        for line in lagging_lines(product):  # (kept whole: a pipe's reader greps its quoted Chinese sentence)
            console.print(f"[magenta]⌛ {escape(visible(line))}[/]")
        for line in version_lines(product):
            console.print(f"[dim]{escape(visible(line))}[/]")
        for e in product["errors"]:
            console.print(f"[red]error[/] {escape(visible(e['path']))}: {escape(visible(e['error']))}")
    for e in errors:
        console.print(f"[red]error[/] {escape(visible(e['path']))}: {escape(visible(e['error']))}")
