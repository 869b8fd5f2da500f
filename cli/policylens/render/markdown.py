"""`--format markdown`: a parsed document as clean Markdown, or a diff as a pull-request comment."""

from __future__ import annotations

import re
from typing import TextIO

from policylens.model import DiffReport, DiffSpan, Document, Paragraph
from policylens.render.safe import no_command, quote_path
from policylens.report_heads import DIFF_MARKDOWN_HEAD

_NEEDS_ESCAPE = re.compile(r"^(#{1,6}\s|={3,}\s*$|-{3,}\s*$)")


# What a Markdown viewer reads as markup inside a line, backslash-escaped in text that was not Markdown (CommonMark
# lets any ASCII punctuation be escaped): two masked numbers 「138****8888 或 139****9999」 became bold 「1388888 或
# 1399999」, a slot 「<YOUR EMAIL>」 an HTML tag the viewer hid, 「[公司名稱](…)」 a link, `&copy;` a ©.
_LITERAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>~&"})
_DIGITS = "0123456789"


def _literal(text: str, *, source: str) -> str:
    """`text` as Markdown that shows it as written: a Markdown source's text is Markdown already (kept as written)."""
    if source == "markdown":
        return text
    lines = []
    for line in text.translate(_LITERAL).split("\n"):
        body = line.lstrip(" \t")
        lead = line[: len(line) - len(body)]
        digits = len(body) - len(body.lstrip(_DIGITS))
        if body[:1] in ("#", "+", "-", "="):  # a heading, a list item, a rule or a setext underline
            body = "\\" + body
        elif 0 < digits <= 9 and body[digits : digits + 1] in (".", ")"):  # 「1. 」 「2) 」: an ordered list
            body = body[:digits] + "\\" + body[digits:]
        lines.append(lead + body)
    return "\n".join(lines)


def _heading(title: str) -> str:
    """An ATX heading's text with a backslash before a closing run of `#` (after a space or tab, or the whole text),
    which Markdown drops: the heading 「一、標題 ##」 showed as 「一、標題」 and 「C #」 as 「C」."""
    body = title.rstrip(" \t")
    kept = body.rstrip("#")
    if kept == body or (kept and kept[-1] not in " \t"):
        return title
    return kept + "\\" + title[len(kept) :]


def _paragraph(p: Paragraph, source: str) -> str:
    """A paragraph as Markdown; a line starting with `::` gets a backslash (`safe.no_command`), in a code block too,
    where it shows: a CI log must not read a policy's line as a workflow command."""
    if p.kind == "code":
        fence = "`" * max(3, max((len(run) for run in re.findall("`+", p.text)), default=0) + 1)
        return f"{fence}\n{_no_commands(p.text)}\n{fence}"
    text = _literal(p.text, source=source)
    if _NEEDS_ESCAPE.match(text):
        text = "\\" + text
    return _no_commands(text)


def _no_commands(text: str) -> str:
    return "\n".join(map(no_command, text.split("\n"))) if "::" in text or "##" in text else text


def render_document(doc: Document, out: TextIO) -> None:
    """Write `# title`, then each section as a heading one level deeper than its level.

    The text of a text, HTML or DOCX source is escaped where a Markdown viewer would read markup in it (`_literal`)."""
    source = doc.source.format
    chunks: list[str] = []
    if doc.metadata.title:
        chunks.append(f"# {_heading(_literal(doc.metadata.title, source=source))}")
    for section in doc.sections:
        if section.title is not None:
            depth = min(6, section.level + 1)
            title = " / ".join(section.titles) if section.titles else section.title
            chunks.append("#" * depth + " " + _heading(_literal(title, source=source).replace("\n", " ")))
        chunks.extend(_paragraph(p, source) for p in section.paragraphs)
    out.write("\n\n".join(chunks) + ("\n" if chunks else ""))


_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~&])")


def esc(text: str) -> str:
    """Escape Markdown and HTML-significant characters; keep newlines visible.

    `&` too: a policy's 「&copy; 2024」 or 「&lt;公司名稱&gt;」 was shown as 「© 2024」 and 「<公司名稱>」 (twenty-second round)."""
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ⏎ ").replace("\x00", "␀")  # NUL: `_mark`'s (SafeWriter shows ␀ too)


def code_span(text: str, *, cell: bool = True) -> str:
    """`text` as a code span: a backtick gets a longer fence around it; inside a GFM table cell (`cell`) a `|` is
    escaped (it ends the cell even in a code span: `x|y.md` split the row).  Nothing else is escaped: a code span
    shows a backslash as written (`my\\_app` showed its backslash)."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if "`" in text else ""
    return f"{fence}{pad}{text.replace('|', chr(92) + '|') if cell else text}{pad}{fence}"


# After the line of a change made only of markup, shown as its source (`render.markup.markup_only`), as text says it.
MARKUP_ONLY = " _(markup only)_"


def _mark(kind: str, text: str) -> str:
    """`text` escaped between placeholders for a deletion (`kind` "D") or an insertion ("I"): `_Delimited` decides, on
    the whole line, how the mark is written."""
    return f"\x00{kind}{esc(text)}\x00/" if text else ""


def deleted(text: str) -> str:
    return _mark("D", text)


def inserted(text: str) -> str:
    return _mark("I", text)


_PLACEHOLDER = re.compile(r"\x00([DI])([^\x00]*)\x00/")


def _kind(c: str) -> str:
    """How CommonMark's flanking rules see a character next to a delimiter run: space (or the line's end), punctuation
    (Unicode P and S, as CommonMark 0.31 counts them; a placeholder's NUL is the next mark's `~`, `*` or `<`), other."""
    import unicodedata

    if not c or c.isspace():
        return "space"
    return "punct" if c == "\x00" or unicodedata.category(c)[0] in "PS" else "other"


def _flanks(before: str, text: str, after: str) -> bool:
    """Do `~~`/`**` around `text` open and close (CommonMark's left- and right-flanking rules)?  A delimiter next to
    punctuation on its inner side needs space or punctuation on its outer side: 「日历**、蓝牙、通知**」 and
    「~~注册/~~登录」 were shown with their asterisks and tildes, unmarked (CJK text has no spaces around a change)."""
    first, last = _kind(text[:1]), _kind(text[-1:])
    opens = first != "space" and (first != "punct" or _kind(before) != "other")
    closes = last != "space" and (last != "punct" or _kind(after) != "other")
    return opens and closes


def delimited(line: str) -> str:
    """`line` with each placeholder of `_mark` written as `~~deleted~~` / `**inserted**` where a Markdown viewer reads
    those as marks, else as `<del>`/`<strong>` (GitHub and CommonMark render both the same way)."""
    out: list[str] = []
    at = 0
    for m in _PLACEHOLDER.finditer(line):
        out.append(line[at : m.start()])
        before = out[-1][-1:] if out[-1] else (out[-2][-1:] if len(out) > 1 else "")
        delimiter, tag = ("~~", "del") if m.group(1) == "D" else ("**", "strong")
        text = m.group(2)
        if _flanks(before, text, line[m.end() : m.end() + 1]):
            out.append(f"{delimiter}{text}{delimiter}")
        else:
            out.append(f"<{tag}>{text}</{tag}>")
        at = m.end()
    out.append(line[at:])
    return "".join(out)


class _Delimited:
    """The output stream, its lines' placeholders written as marks (`delimited`)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> int:
        return self._out.write(delimited(text) if "\x00" in text else text)


def spans_md(spans: tuple[DiffSpan, ...], context: int) -> str:
    """A redline of `spans` with placeholders for its marks (written by `_Delimited`)."""
    from policylens.render.diffview import render_spans

    return render_spans(spans, context, delete=deleted, insert=inserted, plain=esc)


def render_diff(report: DiffReport, out: TextIO, *, context: int = 20, side_by_side: bool = False, **_: object) -> None:
    """Summary table, then one subsection per changed section (`side_by_side`: its changes as
    a table of two columns, old and new)."""
    from policylens.render.invisible import shown

    report = shown(report)  # zero-width characters of changed text named (u56d2)
    from policylens.diff.align import summary
    from policylens.render.diffview import (
        TOPIC_LABELS,
        at_line,
        changed_title,
        chrome_note,
        lines,
        move_lines,
        restructured,
        reworded_note,
        section_block,
        section_label,
        side_texts,
        status_words,
    )
    from policylens.render.markup import for_reader, is_markdown, spacer, trimmed

    out = _Delimited(out)  # type: ignore[assignment]  # ~~/** or <del>/<strong>, as the line's characters allow
    markdown = is_markdown(report)  # a Markdown source's excerpts show its words, as text and rich do (`render.markup`)
    info = summary(report)
    old, new = report.old.metadata, report.new.metadata
    out.write(DIFF_MARKDOWN_HEAD + "|---|---|---|\n")
    out.write(f"| file | {code_span(quote_path(report.old.source.path))} | {code_span(quote_path(report.new.source.path))} |\n")
    out.write(f"| updated | {old.updated or '?'} | {new.updated or '?'} |\n")
    out.write(f"| script | {old.script or '?'} | {new.script or '?'} |\n\n")
    columns = ("added", "removed", "modified", "renamed", "moved", "unchanged", *(k for k in ("merged", "split") if info[k]))
    out.write("| " + " | ".join(columns) + " |\n|" + "---|" * len(columns) + "\n")
    out.write("| " + " | ".join(str(info[k]) for k in columns) + " |\n\n")
    topics = info["topics"]
    out.write("**Material topics:** " + (", ".join(TOPIC_LABELS[t] for t in topics) if topics else "none") + "\n")  # type: ignore[union-attr]
    if report.cross_script:
        out.write(
            f"\nCompared across scripts (characters and regional wording matched on both sides); {info['variants']} script/regional variants ignored.\n"
        )
    if info.get("reworded") or info.get("reworded_titles"):
        out.write(f"\n{esc(reworded_note(info))}\n")
    if info.get("chrome"):
        out.write(f"\n{esc(chrome_note(info['chrome']))}\n")
    if c := changed_title(report):  # the title is not a section, but a rename of the product or policy comes first
        which = "Page `<title>`" if report.title_source == "page_title" else "Document title"  # (diff.title)
        c, raw = for_reader(c, markdown)
        out.write(f"\n### {which} (modified, {at_line(c.old_line)}→{at_line(c.new_line)}{MARKUP_ONLY if raw else ''})\n\n")
        if side_by_side:
            old_t, new_t = side_texts(c.spans, context, delete=deleted, insert=inserted, plain=esc)
            out.write(f"| old | new |\n|---|---|\n| {at_line(c.old_line)}: {old_t} | {at_line(c.new_line)}: {new_t} |\n")
        else:
            out.write(f"- {at_line(c.old_line)}→{at_line(c.new_line)}: {spans_md(c.spans, context)}\n")
    for s in report.sections:
        if s.status == "unchanged" and not restructured(s):
            if context < 0 and s.new:  # --context -1: the whole document
                out.write(f"\n### {esc(section_label(s))} (unchanged, {lines(s)})\n\n")
                shown = [p for p in s.new.paragraphs if not (markdown and spacer(p.text))]  # a `<br>` line: nothing to read
                out.write("".join(f"- L{p.line}: {esc(trimmed(p.text) if markdown else p.text)}\n" for p in shown))
            continue
        topic_text = f" — _{', '.join(TOPIC_LABELS[t] for t in s.topics)}_" if s.topics else ""
        out.write(f"\n### {esc(section_label(s))} ({status_words(s)}, {lines(s)}){topic_text}\n\n")
        out.write("".join(f"- _{esc(line)}_\n" for line in move_lines(report, s)))
        if side_by_side and s.changes:
            out.write(("\n" if move_lines(report, s) else "") + "| old | new |\n|---|---|\n")
            for c in s.changes:
                c, raw = for_reader(c, markdown)
                old, new = side_texts(c.spans, context, delete=deleted, insert=inserted, plain=esc)
                if c.op == "insert":
                    old, new = "", inserted(c.new_text or "")
                elif c.op == "delete":
                    old, new = deleted(c.old_text or ""), ""
                at_old = f"L{c.old_line}: " if c.old_line else ""
                at_new = f"L{c.new_line}: " if c.new_line else ""
                at_new += MARKUP_ONLY.strip() + " " if raw else ""
                out.write(f"| {at_old}{old} | {at_new}{new} |\n")
            continue
        block = section_block(s)  # a section added or removed whole: one entry, its paragraphs under it (u52d)
        sub = "  " if block else ""
        if block:
            out.write(f"- **{esc(block.head())}**\n")
        for c in s.changes:
            c, raw = for_reader(c, markdown)
            mark = MARKUP_ONLY if raw else ""
            if c.reworded:  # across scripts: the same content in other words (quieter than a change)
                out.write(f"{sub}- ≃ _reworded_ L{c.old_line}→L{c.new_line}: {spans_md(c.spans, context)}\n")
            elif c.op == "replace":
                out.write(f"{sub}- L{c.old_line}→L{c.new_line}{mark}: {spans_md(c.spans, context)}\n")
            elif c.op == "insert":
                out.write(f"{sub}- added at L{c.new_line}{mark}: {inserted(c.new_text or '')}\n")
            else:
                out.write(f"{sub}- removed from L{c.old_line}{mark}: {deleted(c.old_text or '')}\n")
