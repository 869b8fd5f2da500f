"""The bound on many tiny paragraphs, applied to a DOCX's document.xml before its XML tree is built.

A paragraph start and a text run are counted in the bytes (`_P_START`, `_T_TEXT`: the notes' count reads `_T_TEXT`
too), and `load.reject_flood` refuses the file as it refuses a text file of too many lines.
"""

from __future__ import annotations

import re

# A paragraph start and a text run in document.xml, for the flood bound before the tree is built.
_P_START = re.compile(rb"<w:p[\s>]")
_T_TEXT = re.compile(rb"<w:t(?:\s[^<>]*)?>([^<]*)")


def _reject_flood(xml: bytes, path: str) -> None:
    """The bound on many tiny paragraphs that every reader has (see `load.reject_flood`), before the XML tree is built.

    500,000 one-character paragraphs are 18 MB of XML, and their tree and blocks ~400 MB.
    """
    paragraphs = len(_P_START.findall(xml))
    from policylens.load import MANY_LINES, reject_flood

    if paragraphs > MANY_LINES:
        reject_flood(paragraphs, paragraphs + sum(len(m) for m in _T_TEXT.findall(xml)), path, what="paragraphs")
