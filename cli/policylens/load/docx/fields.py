"""Word's fields in a DOCX paragraph, read from their field characters (`w:fldChar`) and instructions (`w:instrText`).

A legacy check box shows ☒ or ☐; a FORMTEXT field left blank or at its default is a form never filled in; a
`HYPERLINK "target"` field links its shown text; a MACROBUTTON or GOTOBUTTON shows the rest of its instruction.
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

from policylens.load.docx.numbering import W
from policylens.load.docx.tags import _on


def _check_box(char: ET.Element) -> str | None:
    """The box a legacy check box field shows (`w:fldChar` begin holding `w:ffData/w:checkBox`): ☒ when checked (its
    `w:checked`, else its `w:default`), ☐ when not; None for any other field character.  Word draws it with no text
    in the file, so 「☒ 同意 ☐ 不同意」 read 「同意 不同意」 (twenty-eighth session, u28h)."""
    box = char.find(f"{W}ffData/{W}checkBox")
    if box is None or char.get(f"{W}fldCharType") != "begin":
        return None
    state = box.find(f"{W}checked")
    if state is None:
        default = box.find(f"{W}default")
        return "☒" if default is not None and _on(default, False) else "☐"
    return "☒" if _on(state, True) else "☐"


class _FormFields:
    """Legacy form fields (`FORMTEXT`: a `w:fldChar` begin holding `w:ffData/w:textInput`) whose result is still blank
    or the field's default text: Word's shaded box of five spaces, never typed into (twenty-third round).

    Fields nest (a field inside another's result): one entry per open field, [text input?, default, in result?, text].
    """

    def __init__(self) -> None:
        self.open: list[tuple[bool, str, list[bool], list[str]]] = []

    def field_char(self, char: ET.Element) -> str | None:
        """Read a `w:fldChar`; at a form field's end, its result when left blank or at its default, else None."""
        kind = char.get(f"{W}fldCharType")
        if kind == "begin":
            text_input = char.find(f"{W}ffData/{W}textInput")
            preset = text_input.find(f"{W}default") if text_input is not None else None
            self.open.append((text_input is not None, (preset.get(f"{W}val") or "") if preset is not None else "", [False], []))
        elif kind == "separate" and self.open:
            self.open[-1][2][0] = True
        elif kind == "end" and self.open:
            form, default, _, pieces = self.open.pop()
            result = "".join(pieces).strip()
            if form and (not result or result == default.strip()):
                return result
        return None

    def text(self, piece: str) -> None:
        """Text read inside the innermost open field."""
        if self.open and self.open[-1][0] and self.open[-1][2][0]:
            self.open[-1][3].append(piece)


class _FieldLinks:
    """`HYPERLINK "target"` fields (older documents; Word writes `w:hyperlink` now): each one's target and its shown
    text, from the text its `separate` mark opens to its `end`, within one paragraph.  Fields nest."""

    def __init__(self) -> None:
        self.open: list[list[Any]] = []  # [instruction pieces, target, paragraph, start, text pieces]

    def char(self, char: ET.Element, paragraph: int, size: int) -> tuple[str, int, list[str]] | None:
        """Read a `w:fldChar`; at a HYPERLINK field's end in the paragraph its result began in, (target, start, text)."""
        kind = char.get(f"{W}fldCharType")
        if kind == "begin":
            self.open.append([[], None, None, 0, []])
        elif kind == "separate" and self.open:
            field = self.open[-1]
            words = "".join(field[0]).strip()
            if words[:9].upper() == "HYPERLINK" and words[9:].lstrip().startswith('"'):  # not `\l "anchor"`, a place inside
                rest = words[9:].lstrip()[1:]
                field[1], field[2], field[3] = rest.split('"', 1)[0], paragraph, size
        elif kind == "end" and self.open:
            _, target, where, start, text = self.open.pop()
            if target and where == paragraph:
                return target, start, text
        return None

    def instruction(self, text: str) -> None:
        if self.open and self.open[-1][1] is None:
            self.open[-1][0].append(text)

    def text(self, piece: str) -> None:
        """Text shown inside the innermost open field's result."""
        if self.open and self.open[-1][1] is not None:
            self.open[-1][4].append(piece)


class _ButtonFields:
    """`MACROBUTTON NoMacro [Click here and type the company name]`, `GOTOBUTTON bookmark text`: fields with no result,
    whose display text is the rest of their instruction.  Word shows that text where the field stands, so it is the
    paragraph's text (the classic Word template's placeholder); it was dropped with the field code (twenty-sixth session,
    lead).  Fields nest: each `begin` opens one, its `separate` (a field with a result) makes it no button."""

    def __init__(self) -> None:
        self.open: list[tuple[list[str], list[bool]]] = []  # (instruction pieces, [has a result])

    def char(self, char: ET.Element) -> str | None:
        """Read a `w:fldChar`; at a button field's end, the text Word shows for it."""
        kind = char.get(f"{W}fldCharType")
        if kind == "begin":
            self.open.append(([], [False]))
        elif kind == "separate" and self.open:
            self.open[-1][1][0] = True
        elif kind == "end" and self.open:
            words, result = self.open.pop()
            if not result[0]:
                parts = "".join(words).split(None, 2)
                if len(parts) == 3 and parts[0].upper() in ("MACROBUTTON", "GOTOBUTTON"):
                    return parts[2].rstrip()
        return None

    def instruction(self, text: str) -> None:
        if self.open and not self.open[-1][1][0]:
            self.open[-1][0].append(text)
