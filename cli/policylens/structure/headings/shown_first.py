"""The title of a page whose first-shown edition is written second (`shown_first_title`; u52s, eval/structure51s lumin-tsx).

`load.jsx_default_edition` finds a React page whose early `if (isEnglishMode) { return (…) }` branch, never taken when
the page first renders, comes before the default `return (…)`.  The page shows the default edition's name first, so
that name is the document's title: `<h1>Lumin 隐私政策</h1>` rather than the branch's `<h1>Lumin Privacy Policy</h1>`.
The branch's name, an `<h*>` at the title's rank above it, is then the other edition's name and no section
(`find_headings` skips such a line above the title).  Only when the default edition's own title is an explicit heading
that names a document (`names_a_document`); otherwise the title stays the first reading's.
"""

from __future__ import annotations

from policylens.model import Block
from policylens.structure.headings.title import find_title, names_a_document


def shown_first_title(blocks: list[Block], fmt: str, title_idx: int | None, default_from: int) -> int | None:
    """The title of `blocks` when the page's first-shown edition starts on line `default_from` (see module doc):
    the title `find_title` finds among that edition's blocks, if it is a heading naming a document; else `title_idx`."""
    if title_idx is not None and blocks[title_idx].line >= default_from:
        return title_idx
    start = next((k for k, b in enumerate(blocks) if b.line >= default_from), None)
    if start is None or start == 0:
        return title_idx
    found = find_title(blocks[start:], fmt)
    if found is None:
        return title_idx
    block = blocks[start + found]
    if block.kind != "heading" or not names_a_document(block.text):
        return title_idx
    if title_idx is not None and (blocks[title_idx].kind != "heading" or (blocks[title_idx].level or 1) != (block.level or 1)):
        return title_idx  # the branch's title is of another rank or no heading: not the same page's two editions
    return start + found
