"""Reader for DOCX (Office Open XML) with the standard library: zipfile + ElementTree.

Each `w:p` (also inside tables) is one block; its "line" is the 1-based paragraph
index and its column the character offset.  Heading levels come from the paragraph
style (Heading 1–9 / Title, via styles.xml) or an explicit outline level.

The package, in the order its modules build on one another: Word's automatic numbering (`numbering`), its symbol fonts
(`symbols`), underlined blanks (`blanks`) and direct formatting as heading cues (`formatting`); the element names
(`tags`); the flood bound (`flood`); the zip package and its parts (`parts`); the styles (`styles`); the parts beside
the body (`side_parts`); what each paragraph and run is inside (`places`); the runs in reading order (`runs`); fields
(`fields`); the reader's warnings (`notices`); typed emphasis (`emphasis`); a paragraph's block (`blocks`); and
`read_docx` (`reader`).
"""

from __future__ import annotations

from policylens.load.docx.emphasis import typed_emphasis
from policylens.load.docx.parts import read_member
from policylens.load.docx.reader import read_docx

__all__ = ["read_docx", "read_member", "typed_emphasis"]
