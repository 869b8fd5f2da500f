"""Profile coverage for `check --profile`: rows for the text listing and the rich coverage table."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TextIO

if TYPE_CHECKING:  # rich is imported only when a table is drawn
    from rich.table import Table
    from rich.text import Text

    from policylens.profiles.coverage import Evidence

from policylens.model import FileReport
from policylens.render.safe import quote_path, visible, visible_line

_MARK = {"covered": "covered", "missing": "MISSING", "not-applicable": "n/a"}


class Row(NamedTuple):
    """One item of one profile, ready to print."""

    profile: str
    item: str
    status: str
    reference: str
    where: str  # "L136 § 保留政策" (the cited line, then its section) or "" when not covered
    line: int | None  # the cited line
    title: str | None  # the cited section's heading
    text: str  # the cited text, the trigger for a conditional item, or the hint
    unconfirmed: bool = False  # (u55j) not found on a page the loader left partly unread: not evidence ("MISSING?", "n/a?")


def _mark(row: Row) -> str:
    return _MARK[row.status] + ("?" if row.unconfirmed else "")


def rows(file: FileReport) -> list[Row]:
    """Every item of every profile checked on one file, in profile order."""
    from policylens.profiles.coverage import unconfirmed

    out = []
    for result in file.coverage:
        for v in result.items:
            e = v.evidence
            # (u42w, issue #14) the section after a §: 「L499 12. 收集個人資料聲明」 read as if the heading were the cited line
            where = f"L{e.line}" + (f" § {e.title}" if e.title else "") if e else ""
            if e is not None:
                text = e.text
            elif v.status == "not-applicable":
                text = not_required(v.item.condition, v.trigger)
            else:
                text = v.item.hint
            line, title = (e.line, e.title) if e else (None, None)
            out.append(Row(result.profile.name, v.item.id, v.status, v.item.reference, where, line, title, text, unconfirmed(result, v)))
    return out


def not_required(condition: str, ruled_out: Evidence | None) -> str:
    """Why a conditional item is not required: the line that rules it out, else the condition that was not met.

    The condition is written as the trigger ("The policy says it obtains personal data from third parties"): printed
    after a bare "not required:" it read as the reason, the opposite of what it means (review u28u)."""
    if ruled_out is not None:
        return f"not required: ruled out at L{ruled_out.line}: {ruled_out.text}"
    if not condition:
        return "not required"
    return f"not required: applies only when: {condition} (nothing found saying so)"


def totals(file: FileReport) -> list[str]:
    """'tw-pdpa: 9/10 covered, 1 missing' per profile."""
    from policylens.profiles.coverage import unconfirmed

    out = []
    for result in file.coverage:
        required = result.count("covered") + result.count("missing")
        line = f"{result.profile.name}: {result.count('covered')}/{required} covered, {result.count('missing')} missing"
        if result.count("not-applicable"):
            line += f", {result.count('not-applicable')} not applicable"
        if any(unconfirmed(result, v) for v in result.items):
            line += " (unconfirmed: text of the page was left unread)"  # (u55j) `ProfileCoverage.unread`
        out.append(line)
    return out


def write_text(file: FileReport, out: TextIO) -> None:
    """The --explain-coverage listing: one line per item, with the citing line for covered items."""
    path = quote_path(file.path)
    for total in totals(file):
        out.write(f"{path}: {visible_line(total)}\n")
    for row in rows(file):
        cite = f"{path}:{row.line}" if row.line else "-"
        section = f"({row.title}) " if row.title else ""
        # one line per item: a newline in a profile's hint or a cited sentence would start a line of its own
        out.write(f"  {_mark(row):<8} {visible_line(row.item)} [{visible_line(row.reference)}] {cite} {visible_line(section + row.text)}\n")


def heading(file: FileReport) -> Text:
    """The line above a file's coverage table: its path and the per-profile totals, as plain text (never markup)."""
    from rich.text import Text

    return Text(quote_path(file.path) + visible(" — " + "; ".join(totals(file))), style="bold")


def table(file: FileReport, *, explain: bool) -> Table:
    """A rich Table: item × covered/missing, with the citing line (and the cited text when `explain`).

    The path and totals are printed by `heading` on their own line, not as the table's title: a title wraps
    at the table's width, which split 'tw-pdpa: 9/10 covered' in two whenever the path was long."""
    from rich.table import Table
    from rich.text import Text

    grid = Table(show_lines=False, expand=False)
    # With the evidence, the cited line may wrap and the evidence keeps 20 cells at least: on an 80-column terminal
    # the evidence column was squeezed to nothing, header and all, behind the unbreakable item and cited line (review u26u)
    grid.add_column("item", style="magenta", no_wrap=not explain, overflow="fold", min_width=16 if explain else None)
    grid.add_column("status", no_wrap=True)
    grid.add_column("cited line", no_wrap=not explain, overflow="fold")
    if explain:
        grid.add_column("evidence / what to add", overflow="fold", min_width=20)
    styles = {"covered": "green", "missing": "bold red", "not-applicable": "dim"}
    for row in rows(file):
        cells = [Text(row.item), Text(_mark(row), style=styles[row.status]), Text(visible(row.where) or "—")]
        if explain:
            cells.append(Text(visible(row.text)))
        grid.add_row(*cells)
    return grid
