"""Section titles of plain text marked the reStructuredText way: a line under- (and maybe over-) lined with a run of
one punctuation character (u46a2, eval/structure46 nanoem-privacy-rst).

    =========            强制退出时的信息发送          目的
    隐私政策              ====================          ----
    =========

Each style (the character, and whether the title is also overlined) is one level, in the order the styles first
appear, as docutils reads them; a style used once, first in the text, over- and underlined, is the document's title
(docutils' `doctitle_xform`).  The adornment lines are no text.  Before, the adornments were paragraphs of their own
(「目的-----」 read as one line of text), and the levels were lost.

Read only when the text has at least `MIN_TITLES` such titles, each alone between a blank line (or the text's start, or
its overline) and its underline, not indented, short (`MAX_TITLE`), ending in no clause mark, with an underline at least
as long as the title: a single 「----」 rule under a line of text stays what it was.
"""

from __future__ import annotations

from policylens.model import Block

# The characters docutils' section adornments are most often made of (not 「_」: a form's blank to write on).
ADORNMENTS = frozenset("=-~^*#+")
MIN_ADORNMENT = 3
MIN_TITLES = 2
MAX_TITLE = 40
_CLAUSE_END = tuple("。；;，,：:、")


def _adornment(line: str) -> str | None:
    """The character of a line made of one adornment character repeated (at least MIN_ADORNMENT), at column 1."""
    text = line.rstrip()
    if len(text) < MIN_ADORNMENT or text[0] not in ADORNMENTS or text.count(text[0]) != len(text):
        return None
    return text[0]


def adorned_titles(raw: list[str]) -> tuple[dict[int, int], set[int]]:
    """({0-based line of a title: its level (1 = first style)}, the 0-based lines of their adornments), or ({}, set())
    when the text has fewer than MIN_TITLES adorned titles.  One walk over the lines."""
    found: list[tuple[int, tuple[str, bool], list[int]]] = []  # (title line, style, adornment lines)
    n = len(raw)
    for i in range(1, n):
        if raw[i][:1] not in ADORNMENTS:
            continue  # most lines: `_adornment` asks its first character first, without a call (u48t)
        under = _adornment(raw[i])
        if under is None:
            continue
        title = raw[i - 1]
        text = title.strip()
        if not text or title[:1].isspace() or _adornment(title) is not None or len(text) > MAX_TITLE:
            continue
        if text.endswith(_CLAUSE_END) or len(raw[i].rstrip()) < len(text):
            continue
        above = raw[i - 2] if i >= 2 else ""
        # overlined too (an overline of the same character, of any length: u47h, a longer or shorter one was glued to
        # the title as text, 「==========隐私政策========」); blank (or the start) above the overline
        if _adornment(above) == under:
            if i >= 3 and raw[i - 3].strip():
                continue
            found.append((i - 1, (under, True), [i - 2, i]))
        elif not above.strip():
            found.append((i - 1, (under, False), [i]))
    if len(found) < MIN_TITLES:
        return {}, set()
    order: dict[tuple[str, bool], int] = {}
    for _, style, _ in found:
        order.setdefault(style, len(order) + 1)
    titles = {line: order[style] for line, style, _ in found}
    return titles, {a for _, _, marks in found for a in marks}


def as_headings(blocks: list[Block], titles: dict[int, int]) -> list[Block]:
    """`blocks` with each one-line block on a title line (1-based `line` = 0-based index + 1) made a heading."""
    return [b._replace(kind="heading", level=titles[b.line - 1]) if b.line == b.end_line and b.line - 1 in titles else b for b in blocks]
