"""Topic listing for `parse --topics` (rich and text): one line per section, its topics and their evidence."""

from __future__ import annotations

from typing import TextIO

from policylens.model import Document
from policylens.render.summary import visible
from policylens.topics import TopicMatch, labels


def topic_lines(doc: Document, found: dict[str, tuple[TopicMatch, ...]]) -> list[tuple[str, list[str]]]:
    """(section heading line, [one line per topic]) for every section that has topics."""
    names = labels("en")
    out = []
    for s in doc.sections:
        matches = found.get(s.id, ())
        if not matches:
            continue
        title = s.title if s.title is not None else "(before the first heading)"
        where = f"line {s.line}" if s.line else "top"
        rows = []
        for m in matches:
            cites = "; ".join(f"{'heading' if e.where == 'title' else 'L' + str(e.line)}: {'、'.join(e.words)}" for e in m.evidence)
            rows.append(f"{names.get(m.topic, m.topic)} {m.score:.2f} ({cites})")
        out.append((f"{s.id} {title} [{where}]", rows))
    return out


def render_topics(doc: Document, found: dict[str, tuple[TopicMatch, ...]], out: TextIO, *, rich: bool = False) -> None:
    """Print the topics of every section after the structure."""
    blocks = topic_lines(doc, found)
    if rich:
        from rich.text import Text

        from policylens.render import console as bounded

        console = bounded(out, highlight=False)
        console.print(Text("topics", style="bold"))
        for head, rows in blocks:
            console.print(Text(visible(head), style="cyan"))
            for row in rows:
                console.print(Text("  " + visible(row)))
        return
    out.write("\ntopics:\n")
    for head, rows in blocks:
        out.write(visible(head) + "\n")
        for row in rows:
            out.write("  " + visible(row) + "\n")
