"""What each paragraph and run of a DOCX body is inside, found in one walk: a table cell, a row, a deletion, a link.

`_places` also finds the runs of content controls still showing their placeholder text and the `mc:AlternateContent`
branches that hold text; a row is one of data when none of its cells holds more than one paragraph with text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple
from xml.etree import ElementTree as ET

from policylens.load.docx.numbering import W
from policylens.load.docx.parts import _REL_ID
from policylens.load.docx.tags import _BRANCHES, _CELL, _CONTENT, _CONTROL, _LINK, _P, _R, _REMOVED, _ROW, _TEXT, _on


class _Places(NamedTuple):
    """What each paragraph and run of the body is inside (`_places`), keyed by `id()` of the element."""

    in_table: set[int]  # the paragraphs inside a table cell
    row_of: dict[int, int]  # paragraph → its nearest row: k for the k-th row (document order) of data, -k - 1 for another
    unread: set[int]  # the paragraphs of a tracked deletion or move source, or of a row deleted with tracked changes
    links: set[int]  # the runs inside a `w:hyperlink`
    link_runs: dict[int, tuple[int, str]]  # run → (id of its innermost link with a known target, that target)
    prompts: set[int]  # the runs of content controls still showing their placeholder text (`w:showingPlcHdr`)
    texted: set[int]  # the `mc:Choice` and `mc:Fallback` branches holding text (`_read_branch`)


class _Inside(NamedTuple):
    """What an element open on `_places`' path is inside (shared by its children unless one of them changes it)."""

    row: int | None
    cell: bool
    gone: bool
    linked: bool
    target: tuple[int, str] | None
    prompt: bool


def _places(body: ET.Element, targets: dict[str, str]) -> _Places:
    """One walk over the body for what each paragraph and run is inside: a table cell, a row, a deletion, a link.

    A row is of data when none of its cells holds more than one paragraph with text (a nested table's count).  Each
    of these was a walk of a subtree per cell, row, deletion or link: quadratic in elements nested in one another
    (20,000 nested tables took 27 s; 20,000 nested links or deletions 3 s, 100,000 over a minute; thirtieth round).
    Iterative, as `_runs`.
    """
    in_table: set[int] = set()
    row_at: dict[int, int] = {}
    unread: set[int] = set()
    links: set[int] = set()
    link_runs: dict[int, tuple[int, str]] = {}
    rows: list[ET.Element] = []
    texts: dict[int, int] = {}  # table cell → the paragraphs with text inside it, counted up to 2
    marked: set[int] = set()  # the paragraphs with text
    paragraphs: list[tuple[ET.Element, int]] = []  # the paragraphs open on the path, each with the number of cells around it
    cells: list[ET.Element] = []  # the table cells open on the path
    prompts: set[int] = set()
    texted: set[int] = set()
    branches: list[ET.Element] = []  # the `mc:Choice` and `mc:Fallback` branches open on the path
    stack: list[tuple[ET.Element, Iterator[ET.Element], _Inside]] = [(body, iter(body), _Inside(None, False, False, False, None, False))]
    while stack:
        element, children, top = stack[-1]
        for child in children:
            tag = child.tag
            inside = top
            if tag == _P:
                paragraphs.append((child, len(cells)))
                if top.cell:
                    in_table.add(id(child))
                if top.row is not None:
                    row_at[id(child)] = top.row
                if top.gone:
                    unread.add(id(child))
            elif tag == _R:
                if top.linked:
                    links.add(id(child))
                if top.target is not None:
                    link_runs[id(child)] = top.target
                if top.prompt:
                    prompts.add(id(child))
            elif tag == _TEXT and (child.text or "").strip():
                _count_text(paragraphs, cells, marked, texts)
                for branch in reversed(branches):  # (those around a branch with text have text)
                    if id(branch) in texted:
                        break
                    texted.add(id(branch))
            elif tag in _BRANCHES:
                branches.append(child)
            elif tag == _CONTENT and element.tag == _CONTROL and element.find(_CONTENT) is child:
                # the content of a control still showing its placeholder text
                inside = top._replace(prompt=top.prompt or _on(element.find(f"{W}sdtPr/{W}showingPlcHdr"), False))
            elif tag == _ROW:
                rows.append(child)
                deleted = child.find(f"{W}trPr/{W}del") is not None  # (a row deleted with tracked changes)
                inside = top._replace(row=len(rows) - 1, gone=top.gone or deleted)
            elif tag == _CELL:
                cells.append(child)
                inside = top if top.cell else top._replace(cell=True)
            elif tag in _REMOVED:
                inside = top._replace(gone=True)
            elif tag == _LINK:
                rid = child.get(_REL_ID)
                inside = top._replace(linked=True, target=(id(child), targets[rid]) if rid in targets else top.target)
            stack.append((child, iter(child), inside))
            break
        else:
            stack.pop()
            if element.tag == _P:
                paragraphs.pop()
            elif element.tag == _CELL:
                cells.pop()
            elif element.tag in _BRANCHES:
                branches.pop()
    data = [all(texts.get(id(cell), 0) <= 1 for cell in row.findall(_CELL)) for row in rows]
    row_of = {p: (k if data[k] else -k - 1) for p, k in row_at.items()}
    return _Places(in_table, row_of, unread, links, link_runs, prompts, texted)


def _count_text(paragraphs: list[tuple[ET.Element, int]], cells: list[ET.Element], marked: set[int], texts: dict[int, int]) -> None:
    """A text found under the open `paragraphs`: each not yet counted counts once in every cell around it, up to 2.

    Linear overall: a paragraph is marked once (those around a marked one already are), and a cell's count stops
    at 2 (the cells around a full one are full).
    """
    for paragraph, around in reversed(paragraphs):
        if id(paragraph) in marked:
            return
        marked.add(id(paragraph))
        for k in range(around - 1, -1, -1):
            key = id(cells[k])
            if texts.get(key, 0) >= 2:
                break
            texts[key] = texts.get(key, 0) + 1
