"""The WordprocessingML elements the DOCX reader looks for, by their namespaced tags, and how a toggle property reads.

The element names (`w:p`, `w:r`, `w:t`, a row, a cell, a link, a content control, a ruby, a field character, a comment's
marks, an equation's runs, `mc:AlternateContent`'s branches, tracked deletions and moves) are shared by every module of
the reader; `_on` reads a toggle (`w:b`, `w:vanish`) as Word does.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from policylens.load.docx.numbering import W

_R, _P = f"{W}r", f"{W}p"
_TEXT, _ROW, _CELL, _LINK = f"{W}t", f"{W}tr", f"{W}tc", f"{W}hyperlink"
_CONTROL, _CONTENT = f"{W}sdt", f"{W}sdtContent"
_RUBY, _RUBY_BASE = f"{W}ruby", f"{W}rubyBase"
_FIELD_CHAR = f"{W}fldChar"
# A Word comment (word/comments.xml) and the marks of its place in the body: where its range starts, its reference
_COMMENT, _COMMENT_MARKS = f"{W}comment", (f"{W}commentRangeStart", f"{W}commentReference")
_DELETED_TEXT = f"{W}delText"
# An equation's run and text (Office Math, `m:oMath`): 「保存期間為<m:t>5</m:t>年」 lost its 5 without a word.
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_RUNS, _TEXTS, _TABS = (_R, f"{_MATH}r"), (f"{W}t", f"{_MATH}t"), (f"{W}tab", f"{W}ptab")
_INSTRUCTION = f"{W}instrText"
_SYM = f"{W}sym"
_RUN_FONTS = f"{W}rPr/{W}rFonts"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE = f"{_MC}AlternateContent"
_BRANCHES = (f"{_MC}Choice", f"{_MC}Fallback")


# Tracked changes whose text is not in the document as it stands: a deletion and the source of
# a move (its text is at the `w:moveTo`).  Their runs are skipped whole.
_REMOVED = {f"{W}del", f"{W}moveFrom"}


def _on(toggle: ET.Element | None, default: bool) -> bool:
    """A toggle property (`w:b`, `w:vanish`): on unless `w:val` says 0, false or off; absent, `default`."""
    if toggle is None:
        return default
    return (toggle.get(f"{W}val") or "true").lower() not in ("0", "false", "off")
