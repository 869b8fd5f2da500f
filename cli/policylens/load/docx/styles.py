"""The paragraph styles of a DOCX (styles.xml): which are headings, of what level, bold, and which hide their text.

A style is a heading by its name (Heading 1–9, 標題 1, 見出し 1, Title) or its outline level, and takes what it does not
say from its `w:basedOn` style, as Word does; a style with `w:vanish` hides its text.
"""

from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree as ET

from policylens.load.docx.formatting import inherit
from policylens.load.docx.numbering import W, small_int, xml_root
from policylens.load.docx.parts import read_member
from policylens.load.docx.tags import _on

_HEADING_NAME = re.compile(r"^(?:heading|標題|标题|見出し)\s*(\d)$", re.I)


def _styles_root(archive: zipfile.ZipFile, name: str, *, path: str, max_bytes: int, warnings: list[str]) -> ET.Element | None:
    """The parsed styles part (None if absent or not XML, with a warning)."""
    data = read_member(archive, name, path=path, max_bytes=max_bytes)
    if data is None:
        return None
    try:
        return xml_root(data)
    except ET.ParseError as exc:
        warnings.append(f"{name} is not valid XML ({exc}); headings are found from outline levels and text only")
        return None


def _styles(root: ET.Element | None) -> dict[str, tuple[int | None, bool]]:
    """Map styleId → (heading level or 0 for Title, None otherwise; bold).

    A style without an outline level or bold of its own takes its `w:basedOn` style's, as Word
    does: a company's 「政策章標題」 based on Heading 1 is a heading of level 1.
    """
    result: dict[str, tuple[int | None, bool]] = {}
    if root is None:
        return result
    # styleId → (level: int, None for body text, _UNSET to inherit; bold or None to inherit; basedOn)
    own: dict[str, tuple[object, bool | None, str]] = {}
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId") or ""
        name_el = style.find(f"{W}name")
        name = (name_el.get(f"{W}val") if name_el is not None else "") or ""
        level: object = _UNSET
        m = _HEADING_NAME.match(name.strip()) or _HEADING_NAME.match(sid)
        if m:
            level = int(m.group(1))
        elif name.strip().lower() == "title" or sid.lower() == "title":
            level = 0
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if level is _UNSET and outline is not None and (value := small_int(outline.get(f"{W}val"), -1)) >= 0:
            level = value + 1 if value < 9 else None
        bold_el = style.find(f"{W}rPr/{W}b")
        bold = None if bold_el is None else (bold_el.get(f"{W}val") or "true").lower() not in ("0", "false", "off")
        based_on = style.find(f"{W}basedOn")
        own[sid] = (level, bold, (based_on.get(f"{W}val") or "") if based_on is not None else "")
    chains = inherit({sid: ((level, _UNSET if bold is None else bold), parent) for sid, (level, bold, parent) in own.items()}, _inherits)
    for sid in own:  # (in the styles' order, as before)
        chained_level, chained_bold = chains[sid]
        result[sid] = (chained_level if isinstance(chained_level, int) else None, chained_bold is True)
    return result


def _inherits(value: object) -> bool:
    """A style's value that its `w:basedOn` style gives (no outline level, or no bold, of its own)."""
    return value is _UNSET


_UNSET = object()  # a style that says nothing of its outline level


def _hidden_styles(root: ET.Element | None) -> frozenset[str]:
    """The styles whose text is hidden (`w:vanish` in their run properties): Word does not show it."""
    if root is None:
        return frozenset()
    return frozenset(style.get(f"{W}styleId") or "" for style in root.iter(f"{W}style") if _on(style.find(f"{W}rPr/{W}vanish"), False))
