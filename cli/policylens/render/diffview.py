"""Shared presentation helpers for the diff renderers (labels and summary lines; no analysis)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from policylens.diff.rows import CELL_SEPARATOR
from policylens.lazyre import lazy
from policylens.model import Change, DiffReport, DiffSpan, SectionDiff
from policylens.render.ci_lines import starts_command
from policylens.render.safe import no_command, one_line, quote_path
from policylens.render.summary import count_words

TOPIC_LABELS = {
    "data-collected": "data collected",
    "purposes": "purposes",
    "sharing": "sharing and third parties",
    "cross-border": "cross-border transfer",
    "retention": "retention",
    "security": "security",
    "user-rights": "user rights",
    "children": "children",
    "contact": "contact",
    "effective-date": "effective date",
}


# How every format names the document title when it changed (`DiffReport.title`), shown
# before the sections: the title is metadata, not a section.
TITLE_LABEL = "(document title)"
PAGE_TITLE_LABEL = "(page <title>)"  # the change is in the HTML pages' <head><title> (diff.title)


def title_label(report: DiffReport) -> str:
    """How the title change is named: the document title, or the HTML pages' <head><title>."""
    return PAGE_TITLE_LABEL if report.title_source == "page_title" else TITLE_LABEL


def changed_title(report: DiffReport) -> Change | None:
    """The title's change when it is one (not only its script or wording variants): `diff.align.title_changed`."""
    from policylens.diff.align import title_changed

    return report.title if title_changed(report) else None


def title_shown(report: DiffReport, *, show_variants: bool = False) -> bool:
    """Is there a title change to show (a variant only when variants are shown)?"""
    return report.title is not None and (not report.title.variant or show_variants)


def title_lines(report: DiffReport) -> str:
    """'old L1 → new L1' for the title change."""
    c = report.title
    if c is None:
        return ""
    where = " → ".join(x for x in (f"old L{c.old_line}" if c.old_line else "", f"new L{c.new_line}" if c.new_line else "") if x)
    return where or "front matter or <title>"  # a title with no line of its own


def at_line(n: int | None) -> str:
    """「L12」, or 「–」 for text with no line of its own (a title from front matter)."""
    return f"L{n}" if n else "–"


def section_label(s: SectionDiff) -> str:
    """「關於我們」, 「舊名 → 新名」 for renames, (untitled) for the text before the first heading."""
    # one line whatever the title holds: a DOCX heading's `w:t` with a newline forged a `diff -f text` line (round 25)
    old = one_line(s.old.title) if s.old and s.old.title else None
    new = one_line(s.new.title) if s.new and s.new.title else None
    if s.renamed:
        return f"{old or '(untitled)'} → {new or '(untitled)'}"
    if s.title_reworded:  # across scripts: other words, same heading (no rename)
        return f"{old or '(untitled)'} ≃ {new or '(untitled)'}"
    side = s.new or s.old
    # an untitled part with a line of its own (`diff.parts`: a block of another language opening a new part) is no
    # text before the first heading
    return (new if s.new else old) or ("(untitled part)" if side and side.line else "(before the first heading)")


def status_words(s: SectionDiff) -> str:
    """'modified, moved, renamed' etc.; a merged/split heading reads 'heading removed/added, text moved'."""
    if s.merged:
        words = ["heading removed, text moved (merged)"]
    elif s.split:
        words = ["heading added, text moved (split)"]
    else:
        words = [s.status]
    words += (["moved"] if s.moved else []) + (["renamed"] if s.renamed else [])
    if not (s.merged or s.split):
        words += (["text moved out"] if s.moved_to else []) + (["text moved in"] if s.moved_from else [])
    if reworded(s):
        words.append("reworded")
    return ", ".join(words)


def reworded(s: SectionDiff) -> bool:
    """Across scripts, a heading or a paragraph said in other words with the same content (`diff.content`)."""
    return s.title_reworded or any(c.reworded for c in s.changes)


class Block(NamedTuple):
    """An added or removed section shown as one entry (`section_block`)."""

    op: str  # "insert" (a section added) | "delete" (a section removed)
    paragraphs: int
    first_line: int | None
    last_line: int | None

    def head(self) -> str:
        """「section added: 3 paragraphs (new L12–L20)」, the entry's line above its paragraphs."""
        side = "new" if self.op == "insert" else "old"
        where = f"{side} L{self.first_line}" + (f"–L{self.last_line}" if self.last_line != self.first_line else "")
        count = f"{self.paragraphs} paragraph{'s' if self.paragraphs > 1 else ''}"
        return f"section {'added' if self.op == 'insert' else 'removed'}: {count}" + (f" ({where})" if self.first_line else "")


def section_block(s: SectionDiff) -> Block | None:
    """A section added or removed whole, every entry one of its paragraphs inserted or deleted (a change of the text):
    one entry for a reviewer — the section, with its paragraphs under it (u52d).  None for a section with an entry of
    another kind (a paragraph moved in and edited on the way, a variant), for a split or merged heading (its text moved,
    no paragraph is new) and for every other status."""
    if s.status not in ("added", "removed") or s.split or s.merged or not s.changes:
        return None
    op = "insert" if s.status == "added" else "delete"
    if any(c.op != op or not c.counted for c in s.changes):
        return None
    found = [n for n in (c.new_line if op == "insert" else c.old_line for c in s.changes) if n]
    return Block(op, len(s.changes), min(found) if found else None, max(found) if found else None)


def restructured(s: SectionDiff) -> bool:
    """Renamed, moved, merged, split, text moved in or out, or reworded across scripts: worth showing even when its
    text is unchanged (a reworded section is shown quietly, never dropped)."""
    return bool(s.renamed or s.moved or s.merged or s.split or s.moved_to or s.moved_from or reworded(s))


def move_lines(report: DiffReport, s: SectionDiff) -> list[str]:
    """'text moved to: 二、信息的存储与安全 (new L60)' lines for a section whose paragraphs moved."""
    out = []
    for label, ids, doc in (("text moved to", s.moved_to, report.new), ("text moved from", s.moved_from, report.old)):
        if ids:
            by_id = {x.id: x for x in doc.sections}
            names = [
                f"{by_id[i].title or '(before the first heading)'}"
                + (f" ({'new' if doc is report.new else 'old'} L{by_id[i].line})" if by_id[i].line else "")
                for i in ids
                if i in by_id
            ]
            out.append(f"{label}: " + "; ".join(names))
    return out


def lines(s: SectionDiff) -> str:
    """'old L12 → new L14' style locator."""
    old = f"old L{s.old.line}" if s.old and s.old.line else ("old top" if s.old else "")
    new = f"new L{s.new.line}" if s.new and s.new.line else ("new top" if s.new else "")
    return " → ".join(x for x in (old, new) if x)


def chrome_note(count: object) -> str:
    """The line that says how many HTML page-chrome lines were compared as nothing (every format says it the same way)."""
    return f"page chrome ignored: {count} lines (menus, badges, copyright lines of the page's frame; use --strict to see them)"


def reworded_note(summary: dict[str, object]) -> str:
    """The line that counts what a re-translation re-worded (same content, other words), in every format."""
    paragraphs, headings = (int(str(summary.get(key, 0))) for key in ("reworded", "reworded_titles"))
    return (
        f"reworded across scripts (same numbers, names, negations, parties, places and list items; not counted as changes): "
        f"{count_words(paragraphs, 'paragraph')}, {count_words(headings, 'heading')} (≃)"
    )


def summary_lines(report: DiffReport, summary: dict[str, object]) -> list[str]:
    """The summary every format starts with, as plain lines."""
    topics = summary["topics"]
    old, new = report.old.metadata, report.new.metadata
    out = [
        f"old: {quote_path(report.old.source.path)} (updated {old.updated or '?'}, {old.script or '?'})",
        f"new: {quote_path(report.new.source.path)} (updated {new.updated or '?'}, {new.script or '?'})",
        "sections: {added} added, {removed} removed, {modified} modified, {renamed} renamed, {moved} moved, {unchanged} unchanged".format(
            **summary
        )
        + (", {merged} merged, {split} split".format(**summary) if summary.get("merged") or summary.get("split") else ""),
    ]
    if title := changed_title(report):
        line = f"title changed: {title.old_text or '(no title)'} → {title.new_text or '(no title)'}"
        if report.title_source == "page_title":
            # only the <head><title> (the browser tab's) differs: say so, the page's own title is the same (diff.title;
            # forty-fourth session, pairs43c lh-copy read 「title changed: 龙炎传说 → 隐私政策」 over two 「隐私政策」 pages)
            shown = old.title or new.title
            line += f" (page <title> only; the title shown on the page, {shown}, is the same)" if shown else " (page <title> only)"
        out.append(line)
    out.append("material topics: " + (", ".join(TOPIC_LABELS[t] for t in topics) if topics else "none"))  # type: ignore[union-attr]
    if report.cross_script:
        out.append(
            f"compared across scripts (characters and regional wording matched on both sides): {summary['variants']} script/regional variants ignored"
        )
    if summary.get("reworded") or summary.get("reworded_titles"):
        out.append(reworded_note(summary))
    if summary.get("moved_text") and summary.get("moved_edited"):
        # (u43d2, eval/pairs43c story-markup) a paragraph moved and edited is shown as a change: «not a change» alone
        # contradicted the redline below it
        out.append(
            f"text moved between sections: into {summary['moved_text']} section(s); the move is not a change, "
            f"{summary['moved_edited']} paragraph(s) edited on the way are shown as changes"
        )
    elif summary.get("moved_text"):
        out.append(f"text moved between sections (not a change): into {summary['moved_text']} section(s)")
    if summary["noise"]:
        out.append(f"formatting-only differences ignored: {summary['noise']} paragraphs (use --strict to see them)")
    if summary.get("chrome"):
        out.append(chrome_note(summary["chrome"]))
    return out


# A table row's first cell (an SDK, a kind of data) is kept before a change later in the row, up to this many characters:
# 「阿里weexSDK | … | 存储[-的个人-]文件」 says which row changed, 「…EXTERNAL_STORAG | 存储[-的个人-]文件」 did not (pairs29, u29b).
ROW_NAME_MAX = 40


# Where an excerpt window may end or start: after a clause mark, at a space.  A window is moved to one within half its
# length (u35m): 「…此过…您的姓名」 became 「…此过程中，…」-style windows that start and end on a clause, and a window no
# longer cuts a number, an address or an English word in two (「2026-0…」, 「…apsule\\lyrics」).
_CLAUSE_END = frozenset("，。；：、！？,;:!?）)」』】")


def _in_word(c: str) -> bool:
    """An ASCII letter, digit or a character inside an address or a number (「v1.2」, 「a@b.com」, 「50%」)."""
    return c.isascii() and (c.isalnum() or c in "._-%@/:=&#~+")


def _clause_end(text: str, k: int) -> bool:
    """`text[k]` ends a clause: a clause mark, an ASCII one only before a space or the end (not 「https:」, 「1,000」)."""
    c = text[k]
    return c in _CLAUSE_END and not (c.isascii() and k + 1 < len(text) and not text[k + 1].isspace())


def _head_end(text: str, n: int) -> int:
    """Where the window of `text`'s first `n` characters ends: at the end of a word it would cut (or its start, when
    only that is near), else after a clause mark or before a space within `n // 2` characters further, else at `n`."""
    slack = max(2, n // 2)
    if _in_word(text[n - 1]) and _in_word(text[n]):
        end = n
        while end < len(text) and end - n < slack and _in_word(text[end]):
            end += 1
        if end == len(text) or not _in_word(text[end]):
            return end
        start = n  # too long to finish: end before it when it starts near
        while start > 0 and n - start < slack and _in_word(text[start - 1]):
            start -= 1
        return start if start > 0 and not _in_word(text[start - 1]) else n
    if _clause_end(text, n - 1) or text[n].isspace():
        return n
    for k in range(n, min(len(text), n + slack)):
        if _clause_end(text, k):
            return k + 1
        if text[k].isspace():
            return k
    return _word_edge(text, n, slack, later=True)


def _tail_start(text: str, n: int) -> int:
    """Where the window of `text`'s last `n` characters starts: at the start of a word it would cut (or its end, when
    only that is near), else after a clause mark or a space within `n // 2` characters before, else `n` characters
    from the end."""
    slack = max(2, n // 2)
    start = len(text) - n
    if _in_word(text[start - 1]) and _in_word(text[start]):
        k = start
        while k > 0 and start - k < slack and _in_word(text[k - 1]):
            k -= 1
        if k == 0 or not _in_word(text[k - 1]):
            return k
        end = start  # too long to show whole: start after it when it ends near
        while end < len(text) and end - start < slack and _in_word(text[end]):
            end += 1
        return end if end < len(text) and not _in_word(text[end]) else start
    if _clause_end(text, start - 1) or text[start - 1].isspace():
        return start
    for k in range(start - 1, max(0, start - slack) - 1, -1):
        if _clause_end(text, k) or text[k].isspace():
            return k + 1
    return _word_edge(text, start, slack, later=False)


_HAN = lazy(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _word_edge(text: str, at: int, slack: int, *, later: bool) -> int:
    """`at`, or the nearest edge of a Chinese word within `slack` when `at` falls inside one (「…认集成」 cut 「确认」):
    the window's text is segmented as `diff` segments words (`diff.tokens.tokenize`).  `later`: a head window's end, which
    prefers to finish the word; else a tail window's start, which prefers to take the word whole."""
    if not (0 < at < len(text) and _HAN.match(text[at - 1]) and _HAN.match(text[at])):
        return at
    from policylens.diff.tokens import tokenize

    lo, hi = max(0, at - slack), min(len(text), at + slack)
    edges, pos = [], lo
    for token in tokenize(text[lo:hi]):
        pos += len(token)
        edges.append(pos)
    if at in edges:
        return at
    inner = [e for e in edges if lo < e < hi]  # (the window's own ends may cut a word the segmenter saw only half of)
    after = [e for e in inner if e > at]
    before = [e for e in inner if e < at]
    if later:
        return after[0] if after else before[-1] if before else at
    return before[-1] if before else after[0] if after else at


def fold_context(text: str, context: int, *, first: bool, last: bool) -> str:
    """Keep about `context` characters of unchanged text next to changes; elide the middle.  A window ends and starts
    on a clause or a word when one is near (`_head_end`, `_tail_start`).  Before the first change of a table row (cells
    joined by `diff.rows.CELL_SEPARATOR`), its first cell stays too."""
    if context < 0 or len(text) <= 2 * context + 1:
        return text
    if context == 0:
        head_end, tail_start = 0, len(text)
    else:
        head_end, tail_start = _head_end(text, context), _tail_start(text, context)
    head = "" if first else text[:head_end]
    tail = "" if last else text[tail_start:]
    if first:
        cell = text.find(CELL_SEPARATOR, 1)
        if 0 < cell <= ROW_NAME_MAX and cell + len(CELL_SEPARATOR) < tail_start:
            return text[: cell + len(CELL_SEPARATOR)] + "…" + tail
        return "…" + tail
    if last:
        return head + "…"
    if head_end >= tail_start:
        return text
    return head + "…" + tail


def render_spans(
    spans: tuple[DiffSpan, ...],
    context: int,
    *,
    delete: Callable[[str], str],
    insert: Callable[[str], str],
    variant: Callable[[str, str], str] | None = None,
    plain: Callable[[str], str] = str,
) -> str:
    """Format a redline with the given markers; unchanged text is folded to `context` characters."""
    parts = []
    for k, span in enumerate(spans):
        if span.op == "delete":
            parts.append(delete(span.text))
        elif span.op == "insert":
            parts.append(insert(span.text))
        elif span.old is not None and variant is not None:
            parts.append(variant(span.old, span.text))
        else:
            parts.append(plain(fold_context(span.text, context, first=k == 0, last=k == len(spans) - 1)))
    return "".join(parts)


def side_texts(
    spans: tuple[DiffSpan, ...],
    context: int,
    *,
    delete: Callable[[str], str],
    insert: Callable[[str], str],
    plain: Callable[[str], str] = str,
) -> tuple[str, str]:
    """The old and the new side of a redline, for two columns: deletions marked on the left,
    insertions on the right, each side's own form of unchanged text (`DiffSpan.old` on the
    left), folded to `context` characters as `render_spans` folds it."""
    old: list[str] = []
    new: list[str] = []
    for k, span in enumerate(spans):
        if span.op == "delete":
            old.append(delete(span.text))
        elif span.op == "insert":
            new.append(insert(span.text))
        else:
            edge = {"first": k == 0, "last": k == len(spans) - 1}
            old.append(plain(fold_context(span.old if span.old is not None else span.text, context, **edge)))
            new.append(plain(fold_context(span.text, context, **edge)))
    return "".join(old), "".join(new)


def cells(text: str) -> int:
    """Terminal cells `text` takes: two for a wide (CJK, full-width) character, none for a combining mark."""
    import unicodedata

    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_cells(text: str, width: int) -> list[str]:
    """`text` cut into lines of at most `width` cells (at a space in the second half of a
    line when there is one, else anywhere: Chinese has no spaces); never cut with "…"."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for c in text:
        size = cells(c)
        if used + size > width and line:
            space = max((k for k in range(len(line) // 2, len(line)) if line[k] == " "), default=-1)
            carry = line[space + 1 :] if space > 0 else []
            lines.append("".join(line[: space if space > 0 else len(line)]).rstrip())
            line, used = carry, cells("".join(carry))
        if c == " " and not line and lines:
            continue  # a wrapped line does not start with the space it was cut at
        line.append(c)
        used += size
    lines.append("".join(line).rstrip())
    return lines


def hang(head: str, text: str, width: int | None) -> str:
    """`head` + `text`, the text wrapped to `width` cells with its continuation lines under its first character.

    For the listings of `rules` and `profiles` on a terminal: printed as one long line, the terminal wrapped it
    back to column 0 and inside a reference (「GB/T 35273-202」 / 「0 §5.5 b)」 at 80 columns, review u28u).
    `width` None (a pipe or a file): one line, as scripts read it."""
    indent = cells(head)
    if width is None or indent + cells(text) <= width:
        return head + text
    if width - indent < 24:  # too narrow beside the head: the text goes under it, four cells in
        head, indent = head.rstrip() + "\n    ", 4
    lines = wrap_cells(text, width - indent)
    return head + ("\n" + " " * indent).join(lines)


def two_columns(left: str, right: str, width: int) -> list[str]:
    """`left` and `right` wrapped side by side in `width` cells, split by " │ "."""
    column = max(10, (width - 3) // 2)
    a, b = wrap_cells(left, column), wrap_cells(right, column)
    if any(starts_command(x) and cells(x) >= column for x in a):
        a = wrap_cells(left, column - 1)  # room for the backslash of a row escaped below (`safe.no_command`)
    rows = []
    for k in range(max(len(a), len(b))):
        x = a[k] if k < len(a) else ""
        y = b[k] if k < len(b) else ""
        row = x + " " * (column - cells(x)) + " │ " + y
        if starts_command(x):  # a workflow command to a CI log (`safe.no_command`): one pad space less
            row = no_command(x) + " " * (column - cells(x) - 1) + " │ " + y
        rows.append(row.rstrip())
    return rows
