"""`--format text`: a plain indented outline of the sections, for pipes and grep."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from policylens.model import DiffSpan

from policylens.model import Change, CheckReport, DiffReport, Document
from policylens.render.safe import one_line, quote_path, visible_line
from policylens.render.summary import check_summary_parts, metadata_rows


def render_document(doc: Document, out: TextIO) -> None:
    """Metadata as `key: value` lines, then one line per section, indented by level."""
    for key, value in metadata_rows(doc):
        out.write(f"{key}: {value}\n")
    out.write("\n")
    several = len({s.lang for s in doc.sections if s.lang}) > 1
    for s in doc.sections:
        indent = "  " * max(0, s.level - 1)
        title = " / ".join(s.titles) if s.titles else s.title if s.title is not None else "(before the first heading)"
        title = one_line(title)  # a DOCX heading's `w:t` may hold a newline: it forged an outline line (hostile round 25)
        if title.lstrip().startswith("::"):  # (a runner trims the indent first)
            title = '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'  # a workflow command in a CI log (u34h)
        line = f"line {s.line}" if s.line else "top"  # as the rich tree says it (review u26u)
        lang = f", {s.lang}" if several and s.lang else ""
        out.write(f"{indent}{title}  [{line}, {len(s.paragraphs)} ¶{lang}]\n")


def render_check(report: CheckReport, out: TextIO, *, explain_coverage: bool = False) -> None:
    """`path:line:col: severity rule message [suggestion: …]`, one finding per line (then coverage, when asked)."""
    from policylens.check import summary

    for file in report.files:
        if file.error:
            continue  # reported on stderr by the command
        for f in file.findings:
            hint = f" [suggestion: {f.suggestion}]" if f.suggestion else ""
            # visible() keeps newlines: a message's are shown as ⏎, a path's are quoted
            message = visible_line(f"{f.message}{hint}")
            out.write(f"{quote_path(file.path)}:{f.line}:{f.column}: {f.severity} {f.rule} {message}\n")
    if explain_coverage:
        from policylens.render.coverage import write_text

        for file in report.files:
            if file.coverage:
                write_text(file, out)
    unreadable = sum(1 for file in report.files if file.error)
    out.write("".join(text for text, _ in check_summary_parts(summary(report), unreadable)) + "\n")


def _write_columns(changes: Iterable[Change], out: TextIO, *, context: int, width: int, markdown: bool = False) -> None:
    """Each change as two wrapped columns, old │ new, under a line with both line numbers (`markdown`: the excerpts
    without markup, `render.markup`)."""
    from policylens.render.diffview import side_texts, two_columns
    from policylens.render.markup import for_reader

    for c in changes:
        c, raw = for_reader(c, markdown)
        old, new = side_texts(c.spans, context, delete="[-{}-]".format, insert="{{+{}+}}".format, plain=str)
        if c.op == "insert":
            old, new = "", f"{{+{c.new_text or ''}+}}"
        elif c.op == "delete":
            old, new = f"[-{c.old_text or ''}-]", ""
        mark = "≈" if c.variant else "≃" if c.reworded else {"replace": "~", "insert": "+", "delete": "-"}[c.op]
        head = (
            f"{mark} old L{c.old_line}" if c.old_line else mark,
            (f"new L{c.new_line}" if c.new_line else "") + (" (markup only)" if raw else ""),
        )
        for row in two_columns(*head, width) + two_columns(_one_line(old), _one_line(new), width):
            out.write(row + "\n")


def _one_line(text: str) -> str:
    """A change that spans several paragraphs (reflow) on one output line: ¶ marks the breaks."""
    from policylens.render.summary import visible

    return visible(text.replace("\r\n", "\n").replace("\n", " ¶ "))


def redline_text(spans: tuple[DiffSpan, ...], *, context: int, show_variants: bool) -> str:
    """`[-deleted-]{+inserted+}` marks; {~old→new~} for variants when asked."""
    from policylens.render.diffview import render_spans

    return render_spans(
        spans,
        context,
        delete="[-{}-]".format,
        insert="{{+{}+}}".format,
        variant=(lambda old, new: f"{{~{old}→{new}~}}") if show_variants else None,
    )


# Width of `--side-by-side` when the caller gives none (a pipe or a file has no terminal).
SIDE_BY_SIDE_WIDTH = 100


def render_diff(
    report: DiffReport,
    out: TextIO,
    *,
    context: int = 20,
    show_variants: bool = False,
    side_by_side: bool = False,
    width: int | None = None,
    **_: object,
) -> None:
    """A plain unified-style redline: summary first, then each changed section.

    `side_by_side`: each change as two columns (old │ new) of `width` characters' cells in
    all (`SIDE_BY_SIDE_WIDTH` by default), long lines wrapped, with the same marks."""
    from policylens.render.invisible import shown

    report = shown(report)  # zero-width characters of changed text named (u56d2)
    from policylens.diff.align import summary
    from policylens.render.diffview import (
        TOPIC_LABELS,
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
    from policylens.render.markup import is_markdown, spacer, trimmed

    markdown = is_markdown(report)
    info = summary(report)
    for line in summary_lines(report, info):
        out.write(line + "\n")
    if report.title is not None and title_shown(report, show_variants=show_variants):
        # the title is not a section, but a rename of the product or policy comes first
        out.write(f"\n== {title_label(report)} [{'variant' if report.title.variant else 'modified'}] ({title_lines(report)})\n")
        if side_by_side:
            _write_columns((report.title,), out, context=context, width=width or SIDE_BY_SIDE_WIDTH, markdown=markdown)
        else:
            _write_changes((report.title,), out, context=context, show_variants=show_variants, markdown=markdown)
    folded = 0
    for s in report.sections:
        interesting = s.status != "unchanged" or restructured(s) or (show_variants and s.variants)
        if not interesting and context < 0:  # --context -1: the whole document
            out.write(f"\n== {section_label(s)} [{status_words(s)}] ({lines(s)})\n")
            for p in s.new.paragraphs if s.new else ():
                if markdown and spacer(p.text):  # a `<br> <br>` line: nothing to read (`render.markup`)
                    continue
                out.write(f"  new L{p.line}: {_one_line(trimmed(p.text) if markdown else p.text)}\n")
            continue
        if not interesting:
            folded += 1
            continue
        if folded:
            out.write(f"\n… {folded} unchanged section{'s' if folded > 1 else ''}\n")
            folded = 0
        topics = ", ".join(TOPIC_LABELS[t] for t in s.topics)
        out.write(f"\n== {section_label(s)} [{status_words(s)}] ({lines(s)})" + (f" topics: {topics}" if topics else "") + "\n")
        for line in move_lines(report, s):
            out.write(f"  {line}\n")
        block = section_block(s)
        if block:  # a section added or removed whole: one entry, its paragraphs under it (u52d)
            out.write(f"{'+' if block.op == 'insert' else '-'} {block.head()}\n")
        if side_by_side:
            _write_columns(s.changes, out, context=context, width=width or SIDE_BY_SIDE_WIDTH, markdown=markdown)
            continue
        _write_changes(s.changes, out, context=context, show_variants=show_variants, markdown=markdown, indent="  " if block else "")
    if folded:
        out.write(f"\n… {folded} unchanged section{'s' if folded > 1 else ''}\n")


def _write_changes(
    changes: Iterable[Change], out: TextIO, *, context: int, show_variants: bool, markdown: bool = False, indent: str = ""
) -> None:
    """One line per change: `~ old L3 → new L4: …[-a-]{+b+}…`, `+ new L5: {+…+}`, `- old L6: [-…-]`.
    `markdown`: the excerpts without markup, a change only of markup marked `(markup only)` (`render.markup`).
    `indent`: before each line (the paragraphs of a section added or removed whole, under its entry)."""
    from policylens.render.markup import for_reader

    for c in changes:
        c, raw = for_reader(c, markdown)
        where = f"old L{c.old_line}" if c.old_line else ""
        where += (" → " if where and c.new_line else "") + (f"new L{c.new_line}" if c.new_line else "")
        where = where or "–"  # a title from front matter has no line of its own
        where += " (markup only)" if raw else ""
        if c.variant:
            out.write(f"{indent}≈ {where}: {_one_line(redline_text(c.spans, context=context, show_variants=True))}\n")
        elif c.reworded:  # across scripts: same content, other words (quieter than a change)
            out.write(f"{indent}≃ {where}: {_one_line(redline_text(c.spans, context=context, show_variants=show_variants))}\n")
        elif c.op == "replace":
            out.write(f"{indent}~ {where}: {_one_line(redline_text(c.spans, context=context, show_variants=show_variants))}\n")
        elif c.op == "insert":
            out.write(f"{indent}+ {where}: {{+{_one_line(c.new_text or '')}+}}\n")
        else:
            out.write(f"{indent}- {where}: [-{_one_line(c.old_text or '')}-]\n")
