"""A block of another language at a section's end that opens a new part: its own untitled entry (`language_parts`).

A Chinese page that gains an English version often starts it with an intro paragraph and no part heading
(`eval/pairs46c` actionmaster-english): the structure stage reads that paragraph as the last text of the Chinese
section before it (「联系我们」), and the diff then shows an insertion into 「联系我们」, [modified] though its Chinese
text is byte-identical.  Read with both sides' structure, the paragraphs are the start of the new part:

- they are the trailing run of the section on one side, every one of them a change of that side alone (inserted on
  the new side, deleted on the old side), and every one of them in one language;
- that language is no paragraph's of the rest of the section on either side (the section was, and stays, in
  another language);
- the next section of that side is itself one-sided (added or removed) and in that language: the run begins the
  part that section belongs to.

Such a run leaves the section's changes and becomes an untitled entry of its own (added, or removed for the mirror,
`diff(b, a)`), placed between the section and the next.  A foreign sentence appended to a section whose next
section is paired (an interleaved bilingual page gaining one translation) or is in the section's language stays
the section's change.

The untitled entry's section is no section of the document (its id is the section's id with `PART_SUFFIX`), so
callers that look ids up in `Document.sections` (`compare`) do not ask for it (`diff_documents(parts=False)`).
"""

from __future__ import annotations

from collections.abc import Sequence

from policylens.diff.topics import topics_of
from policylens.model import Change, Document, Paragraph, Section, SectionDiff

PART_SUFFIX = ".part"

Entry = tuple[tuple[float, float], SectionDiff]


def _trailing_run(section: Section, lines: set[int | None]) -> int | None:
    """Where the trailing run of paragraphs whose lines are in `lines` starts (None: no run, or the whole section)."""
    k = len(section.paragraphs)
    while k > 0 and section.paragraphs[k - 1].line in lines:
        k -= 1
    return k if 0 < k < len(section.paragraphs) else None


def _run_language(run: Sequence[Paragraph], kept: Sequence[Paragraph], other: Section, section: Section) -> str | None:
    """The run's one language when no other paragraph of the section (either side) and neither title is in it."""
    langs = {p.lang for p in run}
    if len(langs) != 1 or None in langs:
        return None
    (lang,) = langs
    if lang in (section.lang, other.lang) or any(p.lang == lang for p in (*kept, *other.paragraphs)):
        return None
    return lang


def _split(entry: SectionDiff, side: str, following: Section | None) -> tuple[SectionDiff, SectionDiff] | None:
    """The section's entry without the run, and the run's own entry; None when the run is no new part."""
    section, other = (entry.new, entry.old) if side == "new" else (entry.old, entry.new)
    if section is None or other is None or following is None:
        return None
    op = "insert" if side == "new" else "delete"
    own = [c for c in entry.changes if c.op == op and not c.variant]
    lines = {c.new_line if side == "new" else c.old_line for c in own}
    k = _trailing_run(section, lines)
    if k is None:
        return None
    run = section.paragraphs[k:]
    lang = _run_language(run, section.paragraphs[:k], other, section)
    if lang is None or following.lang != lang:
        return None
    taken = {p.line for p in run}
    moved = [c for c in own if (c.new_line if side == "new" else c.old_line) in taken]
    kept = tuple(c for c in entry.changes if c not in moved)
    topics = tuple(dict.fromkeys(t for c in kept for t in c.topics))
    if entry.renamed:
        topics = tuple(dict.fromkeys((*topics, *topics_of(entry.old.title if entry.old else None, entry.new.title if entry.new else None))))
    status = "modified" if any(not c.variant for c in kept) else "unchanged"
    rest = entry._replace(status=status, changes=kept, topics=topics)
    part = Section(f"{section.id}{PART_SUFFIX}", section.parent, following.level, None, None, run[0].line, run[0].column, run, lang=lang)
    changes: tuple[Change, ...] = tuple(moved)
    topics_part = topics_of(*(p.text for p in run))
    one = SectionDiff(
        "added" if side == "new" else "removed",
        False,
        False,
        None if side == "new" else part,
        part if side == "new" else None,
        changes,
        topics_part,
        1.0,
        0,
    )
    return rest, one


def language_parts(entries: list[Entry], old: Document, new: Document) -> list[Entry]:
    """`entries` with each paired section's trailing run of another language that opens a one-sided part of that
    language split off as an untitled entry of its own (module docstring); the rest unchanged."""
    one_sided = {("new", e.new.id) for _, e in entries if e.old is None and e.new is not None}
    one_sided |= {("old", e.old.id) for _, e in entries if e.new is None and e.old is not None}
    index = {side: {s.id: k for k, s in enumerate(doc.sections)} for side, doc in (("old", old), ("new", new))}
    docs = {"old": old, "new": new}
    out: list[Entry] = []
    for place, entry in entries:
        if entry.old is None or entry.new is None or entry.status != "modified":
            out.append((place, entry))
            continue
        for side in ("new", "old"):
            section = entry.new if side == "new" else entry.old
            k = index[side].get(section.id) if section is not None else None
            sections = docs[side].sections
            if k is None or k + 1 >= len(sections) or (side, sections[k + 1].id) not in one_sided:
                continue
            following = sections[k + 1]
            split = _split(entry, side, following)
            if split is None:
                continue
            entry, part = split
            # the new side's entries sit at (j, 0), a removed section after its surviving predecessor's partner at
            # (j + 0.5, i): the part goes between the section and the next of its side
            out.append(((place[0], 1) if side == "new" else (place[0] + 0.5, k + 0.5), part))
        out.append((place, entry))
    return out
