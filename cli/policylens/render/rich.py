"""`--format rich`: a tree of sections under a metadata table, for terminals.

Rich drops colour by itself when stdout is not a terminal or NO_COLOR is set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.text import Text

    from policylens.model import DiffSpan

from rich.console import Console, Group
from rich.markup import escape as _rich_escape
from rich.table import Table
from rich.tree import Tree

from policylens.model import CheckReport, DiffReport, Document
from policylens.render import console as bounded
from policylens.render.safe import no_command, quote_path, visible, visible_line, visible_offsets
from policylens.render.summary import metadata_rows


def escape(text: str) -> str:
    """`text` as rich markup that shows it as written, whatever follows it.

    rich's `escape` doubles one trailing backslash, right only when a tag follows: a heading 「一、蒐集 \\」 followed by
    `  [dim]level 1…` showed as 「一、蒐集 \\\\」, and a title ending in two backslashes lost one before `[/]`. A
    trailing run of backslashes is doubled here and closed by an empty style (`[not dim][/not dim]`, which shows
    nothing), so the next character is never read against it."""
    body = text.rstrip("\\")
    if len(body) == len(text):
        return _rich_escape(text)
    return _rich_escape(body) + "\\" * (2 * (len(text) - len(body))) + "[not dim][/not dim]"


def render_document(doc: Document, out: TextIO, *, console: Console | None = None) -> None:
    """Print metadata, warnings and the section tree."""
    console = console or bounded(out)
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")  # a long URL wraps; it ended in "…", the rest of the address lost (review u26u)
    for key, value in metadata_rows(doc):
        table.add_row(key, escape(visible(value)))
    root = Tree(f"[bold]{escape(no_command(visible(doc.metadata.title or quote_path(doc.source.path))))}[/]", guide_style="dim")
    # section id → (its node, the node it hangs from, its depth in the tree)
    nodes: dict[str | None, tuple[Tree, Tree, int]] = {None: (root, root, 0)}
    # Each level indents four cells: past the console's width rich drew no more of the tree, and the
    # sections below (a DOCX whose 60 font sizes made 60 levels) were left out without a word.  A
    # section deeper than the tree can show hangs beside its parent; its level is still written (L29).
    deepest = max(2, (console.width - 40) // 4)
    several = len({s.lang for s in doc.sections if s.lang}) > 1
    for s in doc.sections:
        shown = " / ".join(s.titles) if s.titles else s.title
        label = escape(visible_line(shown)) if shown is not None else "[italic dim](before the first heading)[/]"
        where = f"line {s.line}" if s.line else "top"
        lang = f" · {s.lang}" if several and s.lang else ""
        parent, above, depth = nodes.get(s.parent, nodes[None])
        if depth >= deepest:
            parent = above
        else:
            depth += 1
        # "level", not "L": every other report writes a line as L23 (compare's "搜尋 (L23)", diff's "L20→L19"), review u26u
        node = parent.add(f"{label}  [dim]level {s.level} · {where} · {len(s.paragraphs)} ¶{lang}[/]")
        nodes[s.id] = (node, parent, depth)
    parts: list[object] = [table]
    for warning in doc.warnings:
        parts.append(f"[yellow]warning:[/] {escape(visible(warning))}")
    parts.append(root)
    console.print(Group(*parts))  # type: ignore[arg-type]


_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _window(line: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """Cut a long source line around [start, end) to about `width` cells; return text and new span."""
    from rich.cells import get_character_cell_size as cells

    # Cell widths are added one character at a time: measuring the whole line and each
    # candidate slice for every finding was quadratic on one long line with many findings.
    total = 0
    for ch in line:
        total += cells(ch)
        if total > width:
            break
    else:
        return line, start, end
    left, right = start, end
    used = sum(map(cells, line[left:right]))
    while left > 0 and used + cells(line[left - 1]) < width * 0.6:
        left -= 1
        used += cells(line[left])
    while right < len(line) and used + cells(line[right]) < width:
        used += cells(line[right])
        right += 1
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    return prefix + line[left:right] + suffix, start - left + len(prefix), end - left + len(prefix)


# Where the continuation of a finding's message and its suggestion start: under the source line's text.
_HANG = " " * 9


def wrap(text: str, first: int, width: int) -> list[str]:
    """`text` as lines: one line of at most `first` cells, else an empty first line and lines of at most `width` cells.

    A message that does not fit after its finding's header starts on the next line, whole when it fits there
    (「模板括号未移除：2022年【 2 】月【 28 】日」 is not cut inside its quote), else broken at spaces, and a run
    longer than a line between characters. The terminal wrapped it at its edge, back to column 0 and inside the
    suggested word (服務|供應商) on an 80-column terminal (review u26u).
    """
    from rich.cells import cell_len
    from rich.cells import get_character_cell_size as cells

    if cell_len(text) <= first:
        return [text]
    width = max(width, 20)
    out: list[str] = [""]
    line = ""
    for word in text.split(" "):
        joined = f"{line} {word}" if line else word
        if cell_len(joined) <= width:
            line = joined
            continue
        if line:
            out.append(line)
        line = ""
        for ch in word:
            if cell_len(line) + cells(ch) > width:
                out.append(line)
                line = ""
            line += ch
    out.append(line)
    return out


def render_check(report: CheckReport, out: TextIO, *, console: Console | None = None, explain_coverage: bool = False) -> None:
    """Findings grouped by file, each with its source line and a caret under the span; then profile coverage tables."""
    from rich.cells import cell_len
    from rich.text import Text

    from policylens.check import summary

    console = console or bounded(out, highlight=False)
    width = max(40, min(console.width, 120) - 10)
    # One Text per file, printed once: a console.print per line cost 0.3 ms (20,000 findings: 20 s).
    for file in report.files:
        if file.error or not file.findings:
            continue
        # One Text appended to, printed every 200 findings: a Text per row (or one for the
        # whole file) cost ~0.3 ms and ~12 KB per finding.
        chunk = Text()
        chunk.append(quote_path(file.path), "bold underline")
        chunk.append("\n")
        lines = dict(file.context)
        # the location column as wide as the file's widest line:column, so that severities and rules line up (1:1, 156:25)
        where = max(len(f"{f.line}:{f.column}") for f in file.findings)
        printable: dict[
            int, tuple[str, Callable[[int], int]]
        ] = {}  # line → escaped once (and its offset map), however many findings it has
        for k, f in enumerate(file.findings, start=1):
            head = f"  {f'{f.line}:{f.column}':<{where}}  {f.severity:<7} {f.rule}  "
            chunk.append(head[: 2 + where], "dim")
            chunk.append(head[2 + where : 4 + where])
            chunk.append(f"{f.severity:<7}", _STYLE[f.severity])
            chunk.append(" ")
            chunk.append(f.rule, "magenta")
            # a newline of a profile's hint forged a line; a message too long for the header's line goes below it,
            # unless it holds such a newline (⏎): cut there, its rest would start a line of its own (「x.md:9:9: error …」)
            shown = visible_line(f.message)
            message = [shown] if "⏎" in shown else wrap(shown, console.width - len(head), console.width - len(_HANG))
            chunk.append(f"  {message[0]}" if message[0] else "")
            chunk.append("".join(f"\n{_HANG}{line}" for line in message[1:]) + "\n")
            # a missing disclosure has no span, nor has a date missing from the whole document (its empty excerpt)
            source = lines.get(f.line) if f.item is None and (f.excerpt or f.rule != "date-format") else None
            if source is not None:
                if f.line not in printable:
                    # tabs become one space (not expandtabs) so character offsets still match the columns
                    raw = source.replace("\t", " ")
                    printable[f.line] = (visible(raw), visible_offsets(raw))
                end = f.end_column - 1 if f.end_line == f.line else len(source)
                source, offset = printable[f.line]
                shown, start, stop = _window(source, offset(f.column - 1), offset(max(end, f.column)), width)
                gutter = f"{f.line:>6} │ "
                chunk.append(gutter, "dim")
                chunk.append(shown + "\n")
                chunk.append(" " * (cell_len(gutter) - 2) + "│ " + " " * cell_len(shown[:start]), "dim")
                chunk.append("^" * max(1, cell_len(shown[start:stop])), _STYLE[f.severity])
                chunk.append("\n")
            if f.suggestion:
                chunk.append(f"{_HANG}suggestion: ", "dim")
                chunk.append(visible_line(f.suggestion) + "\n", "green")
            if k % 200 == 0:
                console.print(chunk, soft_wrap=True, end="")  # lines are already cut to the width
                chunk = Text()
        console.print(chunk, soft_wrap=True)
    if any(file.coverage for file in report.files):
        from policylens.render.coverage import heading, table

        for file in report.files:
            if file.coverage:
                console.print(heading(file), soft_wrap=True)
                console.print(table(file, explain=explain_coverage))
                console.print()
    from policylens.render.summary import check_summary_parts

    counts = summary(report)
    unreadable = sum(1 for file in report.files if file.error)
    styles = {
        "error": _STYLE["error"] if counts["error"] else "green",
        "warning": _STYLE["warning"] if counts["warning"] else "green",
        "unreadable": _STYLE["error"],
        "": "",
    }
    console.print(Text.assemble(*((text, styles[kind]) for text, kind in check_summary_parts(counts, unreadable))))


def _spans_text(spans: tuple[DiffSpan, ...], context: int, show_variants: bool, marks: bool = False) -> Text:
    """The redline as rich Text; with `marks` (no colour: a pipe or a file) the changes also
    keep the text format's `[-…-]{+…+}` marks, so that nothing is lost."""
    from rich.text import Text

    from policylens.render.diffview import fold_context

    text = Text()
    for k, s in enumerate(spans):
        if s.op == "delete":
            text.append(f"[-{visible(s.text)}-]" if marks else visible(s.text), style="red strike")
        elif s.op == "insert":
            text.append(f"{{+{visible(s.text)}+}}" if marks else visible(s.text), style="bold green underline")
        elif s.old is not None and show_variants:
            text.append(visible(s.old), style="dim strike")
            text.append(visible(s.text), style="cyan")
        else:
            text.append(visible(fold_context(s.text, context, first=k == 0, last=k == len(spans) - 1)))
    return text


def hanging(gutter: Text, text: Text) -> Table:
    """`gutter` and `text` side by side, the text wrapping under itself: a long redline ran back to column 0
    under its line numbers, where the next change's numbers could not be told from the text (review u26u)."""
    from rich.table import Table

    from policylens.render.cjk_wrap import Wrapped

    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(gutter, Wrapped(text))  # broken between Chinese characters, not only at spaces (`render.cjk_wrap`)
    return grid


def render_diff(
    report: DiffReport,
    out: TextIO,
    *,
    context: int = 20,
    show_variants: bool = False,
    side_by_side: bool = False,
    console: Console | None = None,
    **_: object,
) -> None:
    """Inline redline (or two columns) in the terminal, summary first."""
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    from policylens.render.invisible import shown

    report = shown(report)  # zero-width characters of changed text named (u56d2)
    from policylens.diff.align import summary
    from policylens.render.diffview import (
        TOPIC_LABELS,
        at_line,
        lines,
        move_lines,
        restructured,
        section_block,
        section_label,
        status_words,
        summary_lines,
        title_label,
        title_lines,
        title_shown,
    )
    from policylens.render.markup import for_reader, is_markdown, spacer, trimmed

    console = console or bounded(out, highlight=False)
    marks = console.color_system is None
    markdown = is_markdown(report)  # the excerpts without markup (`render.markup`)
    info = summary(report)
    for line in summary_lines(report, info):
        console.print(Text(visible(line), style="bold" if line.startswith(("sections", "material", "title changed")) else ""))
    if report.title is not None and title_shown(report, show_variants=show_variants):
        # the title is not a section, but a rename of the product or policy comes first
        status = "variant" if report.title.variant else "modified"
        console.print(
            Rule(Text.assemble((title_label(report), "bold"), "  ", (status, "yellow"), "  ", (title_lines(report), "dim")), align="left")
        )
        c, raw = for_reader(report.title, markdown)
        console.print(
            Text(f"  {at_line(c.old_line) + '→' + at_line(c.new_line):>11} ", style="dim")
            + _spans_text(c.spans, context, show_variants, marks)
            + Text(" (markup only)" if raw else "", style="dim")
        )
    folded = 0
    for s in report.sections:
        if s.status == "unchanged" and not restructured(s) and not (show_variants and s.variants):
            if context < 0 and s.new:  # --context -1: the whole document
                console.print(Rule(Text.assemble((section_label(s), "bold"), "  ", ("unchanged", "dim")), align="left"))
                for p in s.new.paragraphs:
                    if markdown and spacer(p.text):  # a `<br> <br>` line: nothing to read (`render.markup`)
                        continue
                    console.print(Text(f"  {'L' + str(p.line):>11} ", style="dim") + Text(trimmed(p.text) if markdown else p.text))
                continue
            folded += 1
            continue
        if folded:
            console.print(Text(f"… {folded} unchanged section{'s' if folded > 1 else ''}", style="dim"))
            folded = 0
        colour = {"added": "green", "removed": "red", "modified": "yellow"}.get(s.status, "cyan")
        topics = ", ".join(TOPIC_LABELS[t] for t in s.topics)
        console.print(
            Rule(Text.assemble((visible(section_label(s)), "bold"), "  ", (status_words(s), colour), "  ", (lines(s), "dim")), align="left")
        )
        if topics:
            console.print(Text(f"topics: {topics}", style="magenta"))
        for line in move_lines(report, s):
            console.print(Text(line, style="cyan"))
        if side_by_side and s.changes:
            from policylens.render.cjk_wrap import Wrapped

            table = Table(show_header=True, header_style="bold", expand=True, box=None)
            # overflow="fold": a long CJK line has no space to wrap at, and must wrap, not end in "…"
            table.add_column("old", ratio=1, overflow="fold")
            table.add_column("new", ratio=1, overflow="fold")
            for c, raw in (for_reader(c, markdown) for c in s.changes):
                # each side starts with its line number, as the inline view's gutter gives it (review u26u)
                old_t = Text(f"L{c.old_line} ", style="dim") if c.old_line else Text()
                new_t = Text(f"L{c.new_line} ", style="dim") if c.new_line else Text()
                for sp in c.spans:
                    if sp.op == "equal":
                        old_t.append(visible(sp.old if sp.old is not None else sp.text))
                        new_t.append(visible(sp.text))
                    elif sp.op == "delete":
                        old_t.append(f"[-{visible(sp.text)}-]" if marks else visible(sp.text), style="red strike")
                    else:
                        new_t.append(f"{{+{visible(sp.text)}+}}" if marks else visible(sp.text), style="bold green underline")
                if raw:
                    new_t.append(" (markup only)", style="dim")
                table.add_row(Wrapped(old_t), Wrapped(new_t))  # broken between Chinese characters (`render.cjk_wrap`)
            console.print(table)
            continue
        block = section_block(s)
        if block:  # a section added or removed whole: one entry, its paragraphs under it (u52d)
            console.print(Text(f"{'+' if block.op == 'insert' else '-'} {block.head()}", style="bold " + colour))
        for c, raw in (for_reader(c, markdown) for c in s.changes):
            where = f"L{c.old_line}→L{c.new_line}" if c.op == "replace" else (f"+L{c.new_line}" if c.op == "insert" else f"-L{c.old_line}")
            if c.reworded:  # across scripts: the same content in other words, shown dim
                # dimmed, its deletions still struck and its insertions underlined: the plain text ran the old words
                # into the new (「包括包含如何禁用停用此功能」), a sentence neither edition has (review u26u)
                reworded = _spans_text(c.spans, context, show_variants, marks)
                reworded.stylize("dim")
                console.print(hanging(Text(f"≃ {where:>11} ", style="dim"), reworded))
                continue
            line = _spans_text(c.spans, context, show_variants, marks)
            if raw:  # a change only of markup is shown as its source (`render.markup`)
                line.append(" (markup only)", style="dim")
            console.print(hanging(Text(f"  {where:>11} ", style="dim"), line))
    if folded:
        console.print(Text(f"… {folded} unchanged section{'s' if folded > 1 else ''}", style="dim"))
