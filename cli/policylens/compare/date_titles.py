"""A section whose title is only the policy's date is read by `compare` as a paragraph of the section before it.

(Thirty-ninth session, u39c; eval/editions39 healthpush.)  An English edition sets 「**Effective date: May 18, 2026**」
on a line of its own and the structure stage reads that bold line as a heading; the Chinese edition's
「**生效日期：2026 年 5 月 18 日**」 stays a paragraph.  Compared, the English edition had a section the Chinese one
"lacked" and one top-level section more: two sure entries, both false.  The date is the document's metadata either way
(the `date` fact compares it), so before editions are compared a section titled by a date field alone (a date cue such
as 生效、更新、Last updated, at most six characters more, a colon, one date in any notation `facts.replace_dates` reads, and
nothing else), with no sub-section, becomes a paragraph at the end of the section before it, its own paragraphs after.
A title with words after the date (「生效日期：2024年5月1日起適用之條款」) or with no date stays a section, and so does the
first section of a document (nothing before it to hold it).
"""

from __future__ import annotations

from policylens.compare import facts as factlib
from policylens.lazyre import lazy
from policylens.model import Document, Paragraph, Section
from policylens.normalise import fold
from policylens.patterns import DATE_CUE
from policylens.structure.shapes import unemphasise

# a date cue, at most six characters more (「日期」, " date"), a colon, then whatever follows (a date, checked apart)
_DATE_LABEL = lazy(rf"\A\s*(?i:last\s+)?(?:{DATE_CUE})[^:：\d]{{0,6}}[:：]\s*")
_DATE_MARK = "\ue010"


def date_title(title: str | None) -> bool:
    """Is a section title only a date field: 「生效日期：2026年5月18日」, "Effective date: May 18, 2026"?"""
    if not title or len(title) > 60:
        return False
    text = fold(unemphasise(title)).strip().strip("*_ ")
    label = _DATE_LABEL.match(text)
    if label is None:
        return False
    rest = factlib.replace_dates(text[label.end() :], lambda iso: _DATE_MARK)
    return rest.strip(" .。*_") == _DATE_MARK


def fold_date_titles(doc: Document) -> Document:
    """`doc` with each section titled by a date field alone (`date_title`) made a paragraph of the section before it."""
    sections = doc.sections
    if not any(date_title(s.title) for s in sections[1:]):
        return doc
    parents = {s.parent for s in sections if s.parent is not None}
    out: list[Section] = []
    held: list[list[Paragraph]] = []  # each kept section's paragraphs, grown in place (u40h: a tuple copied per fold
    # was quadratic in a run of date titles)
    for section in sections:
        if out and section.id not in parents and date_title(section.title):
            line = section.line or (section.paragraphs[0].line if section.paragraphs else 0)
            title = Paragraph(section.title or "", line, section.column or 1, line, "paragraph", section.title_pieces)
            held[-1].append(title)
            held[-1].extend(section.paragraphs)
            continue
        out.append(section)
        held.append(list(section.paragraphs))
    return doc._replace(
        sections=tuple(s if len(s.paragraphs) == len(ps) else s._replace(paragraphs=tuple(ps)) for s, ps in zip(out, held, strict=True))
    )
