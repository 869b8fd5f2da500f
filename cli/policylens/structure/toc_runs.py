"""A numbered run listed in a table of contents above it is the document's top outline, whatever unnumbered title
stands above the table.

(Forty-eighth session, u48a2; the m48x set's destruct-wordhtml form.)  A Word "save as web page" policy sets a
sensitive-data list and a permission note under unnumbered bold titles, then a table of contents listing 1.–10., then
the sections 1.–10. in the same bold: the unnumbered titles took the top level, so 1.–3. were read as sections of the
permission note, and a bold sub-title inside 3.5 (「用户数据保护措施」) as a top-level title holding 4.–10.  The whole
policy was nested under a note.  The table of contents is the writer's own outline: the run it lists is the top of
the outline there.

`toc_runs` finds a run of headings of one numbering style numbered 1, 2, 3… (at least three), all at one level, whose
titles the paragraphs just above its first heading list in order (at least three of them, each paragraph opening
with the heading's title: a page number or dot leaders may follow), directly under an unnumbered heading that names no
document (a document's name over its own contents keeps its sections).  The run then takes that heading's level; what
each member holds moves with it; an unnumbered heading set between two members at the run's level or above (the
sub-title inside 3.5) goes under the heading before it.  Anything else keeps its level.
"""

from __future__ import annotations

from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import number_value
from policylens.structure.headings import names_a_document
from policylens.structure.shapes import Heading, unemphasise

_RUN_MIN = 3  # members of the run, and entries of the table of contents that list them


def _bare(text: str) -> str:
    return "".join(fold(unemphasise(text)).split())


def _listed(blocks: list[Block], start: int, end: int, titles: list[str]) -> int:
    """How many of `titles` the paragraphs `blocks[start:end]` list in order (each opening with the next title)."""
    at = 0
    for block in blocks[start:end]:
        if at < len(titles) and block.kind == "paragraph" and _bare(block.text).startswith(titles[at]):
            at += 1
    return at


def toc_runs(blocks: list[Block], found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """`levels` with each run a table of contents lists lifted to the level of the unnumbered heading above it."""
    levels = list(levels)
    for p, i in enumerate(order):
        number = found[i].number
        if p == 0 or number is None or number_value(number) != 1:
            continue
        members = _run(found, order, levels, p)
        if len(members) < _RUN_MIN:
            continue
        parent = next((q for q in range(p - 1, -1, -1) if levels[q] < levels[p]), None)
        if parent is None or levels[parent] != levels[p] - 1 or found[order[parent]].number is not None:
            continue
        if names_a_document(found[order[parent]].title):
            continue
        titles = [_bare(found[order[m]].title) for m in members]
        if _listed(blocks, order[p - 1] + 1, i, titles) < _RUN_MIN:
            continue
        _lift(found, order, levels, members, levels[parent])
    return levels


def _run(found: dict[int, Heading], order: list[int], levels: list[int], p: int) -> list[int]:
    """Positions of the headings numbered 1, 2, 3… in the style of the one at `p`, at its level, up to the first heading
    above that level that is numbered (an unnumbered one may interrupt the run: see the module)."""
    style = found[order[p]].number.style  # type: ignore[union-attr]
    members, want = [p], 2
    for q in range(p + 1, len(order)):
        number = found[order[q]].number
        if number is not None and number.style == style and levels[q] == levels[p]:
            if number_value(number) != want:
                break
            members.append(q)
            want += 1
        elif number is not None and levels[q] <= levels[p]:
            break
    return members


def _lift(found: dict[int, Heading], order: list[int], levels: list[int], members: list[int], top: int) -> None:
    """Set the run's members to `top`, what each holds with it, an unnumbered heading between them under the one before."""
    old = levels[members[0]]
    last = members[-1]
    end = next((q for q in range(last + 1, len(order)) if levels[q] <= old), len(order))
    member_set = set(members)
    shown = levels[members[0]]  # the level the heading before the current one now has
    for q in range(members[0], end):
        if q in member_set:
            levels[q] = shown = top
        elif levels[q] > old:
            levels[q] = shown = top + levels[q] - old if found[order[q]].number is not None else min(top + levels[q] - old, shown + 1)
        else:
            levels[q] = shown = shown + 1  # 「用户数据保护措施」 inside 3.5: under the heading before it
