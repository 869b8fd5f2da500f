"""The warnings of the DOCX reader for text in the body that is not read as the policy's text.

Hidden text (`w:vanish`), tracked deletions not yet accepted (Word still shows them struck through), and form fields
never filled in (a content control showing its placeholder, a blank FORMTEXT field, a MACROBUTTON prompt).
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree as ET

from policylens.load.docx.tags import _DELETED_TEXT, _P
from policylens.load.types import first_few


def _hidden_warning(hidden: list[int]) -> str:
    """The warning for the paragraphs (their indices) whose hidden text was not read."""
    shown = first_few(hidden)
    return f"hidden text (w:vanish, not shown by Word) is not read: paragraph{'s' if len(hidden) > 1 else ''} {shown}"


def _tracked_deletions(body: ET.Element) -> list[int]:
    """The paragraphs (their indices) holding tracked deletions with text (`w:delText`), not yet accepted.

    They are not read (the document is read as if every change were accepted), but Word still shows them struck
    through, and a published file keeps them: a reviewer is told (twenty-third round; they went without a word).
    The source of a tracked move is not named: its text is read where it moved to.
    """
    if next(body.iter(_DELETED_TEXT), None) is None:
        return []
    # one walk, numbering paragraphs as `body.iter(_P)` does (a paragraph's own subtree per paragraph was quadratic
    # in paragraphs nested in text boxes); iterative, as `_runs`, for a paragraph nested thousands of elements deep
    found: set[int] = set()
    index = 0
    stack: list[tuple[Iterator[ET.Element], int]] = [(iter(body), 0)]
    while stack:
        children, inside = stack[-1]
        for child in children:
            if child.tag == _P:
                index += 1
                stack.append((iter(child), index))
                break
            if child.tag == _DELETED_TEXT and (child.text or "").strip():
                found.add(inside)
            stack.append((iter(child), inside))
            break
        else:
            stack.pop()
    return sorted(found)


def _placeholder_warning(shown: list[tuple[int, str]]) -> str:
    """The warning for the paragraphs (index, placeholder text; "" for a blank form field) never filled in."""

    def one(index: int, text: str) -> str:
        return f"{index} 「{text[:40]}{'…' if len(text) > 40 else ''}」" if text else f"{index} (a blank FORMTEXT field)"

    listed = first_few(shown, show=lambda field: one(*field))
    plural = "s" if len(shown) > 1 else ""
    return (
        "a form field never filled in (a content control showing its placeholder, w:showingPlcHdr, a blank FORMTEXT"
        f" field, or a MACROBUTTON prompt): paragraph{plural} {listed}"
    )
