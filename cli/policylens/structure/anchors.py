"""Section anchors: `{: #keeping}` (kramdown IAL), HTML `id`/`name` on or right before a heading.

A heading without one takes the anchor of its first block: the kramdown IAL that closes
the first paragraph (Firefox's 脚注 / 補充說明 / 註腳 are all `{: #pre-release}` there),
or the `id` of the element that opens it.

Editions and versions of one policy often keep their anchors while the titles are
translated or reworded (Pocket's 信息保存 ↔ 保留資訊 are both `#keeping`), so `diff`
pairs sections that share an anchor before anything else.  The loaders drop the
markup, so `build_document` reads the anchors here from the decoded source text, at the
lines it found for each heading, and records them as `Section.anchor`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policylens.lazyre import lazy
from policylens.model import Section
from policylens.normalise import split_lines

_IAL = lazy(r"\{:[^{}\n]{0,200}?#([\w.:-]{1,100})[^{}\n]{0,200}\}")
_HTML_ID = lazy(r"<[A-Za-z][\w-]{0,20}\s[^<>\n]{0,500}?\b(?:id|name)\s*=\s*[\"']?([\w.:-]{1,100})", re.I)
# The element that opens a block, with an id (`<p id="pre-release">`).
_BLOCK_ID = lazy(
    r"\s{0,40}<(?:p|div|section|article|aside|blockquote|ul|ol|li|dl|table|figure)\s[^<>\n]{0,500}?(?<![\w-])id\s*=\s*[\"']?([\w.:-]{1,100})",
    re.I,
)
_ONLY_IAL = lazy(r"^\s*\{:[^{}\n]{0,400}\}\s*$")
_ONLY_TAG = lazy(r"^\s*<a\s[^<>\n]{0,500}>\s*(?:</a\s*>\s*)?$", re.I)  # one \s* per gap: linear
# How far into a section's first block its IAL line is looked for (a block is a paragraph
# or a short list; its IAL closes it).
_BLOCK_LINES = 40
# A heading's line longer than this is read only around the heading (`_around`).
_LONG_LINE = 4_000
_WINDOW = 600
# Ids that a tool generated from a position (Word's _Toc123, h2-3, section-4, s12) say
# nothing about which section is which, and shift when a section is inserted.
_GENERATED = lazy(r"^(?:_?toc|_?ref|h\d?|s|sec|section|heading|header|title|p|para|item|anchor|nav|id)?[-_.]?\d+$", re.I)


def _anchor(line: str) -> str | None:
    for pattern in (_IAL, _HTML_ID):
        m = pattern.search(line)
        if m and not _GENERATED.match(m.group(1)):
            return m.group(1)
    return None


def section_anchors(text: str, sections: Iterable[Section]) -> dict[str, str]:
    """Section id → anchor, for the sections whose heading carries one (`text`: the decoded source)."""
    if "{:" not in text and "<" not in text:
        return {}  # no IAL and no tag anywhere: not worth a copy of every line (issue #12)
    lines = split_lines(text)  # (u41h: `splitlines` also breaks at U+2028, NEL, FF…: a section's line then named another)
    out: dict[str, str] = {}
    for section in sections:
        if not section.line or section.line > len(lines):
            continue
        k = section.line - 1
        candidates = [_around(lines[k], section)]
        if k + 1 < len(lines) and _ONLY_IAL.match(lines[k + 1]):
            candidates.append(lines[k + 1])  # kramdown: the IAL on the line after the heading
        if k > 0 and _ONLY_TAG.match(lines[k - 1]):
            candidates.append(lines[k - 1])  # <a name="x"></a> on the line before
        for line in candidates:
            anchor = _anchor(line)
            if anchor:
                out[section.id] = anchor
                break
        if section.id not in out and section.paragraphs and section.paragraphs[0].line:
            anchor = _first_block_anchor(lines, section.paragraphs[0].line - 1)
            if anchor:
                out[section.id] = anchor
    return out


def _around(line: str, section: Section) -> str:
    """The part of a heading's line that can hold its anchor.

    A line of a normal file is read whole.  A long line (a page minified onto one line)
    is cut to the `_WINDOW` characters before the heading's text, from the last tag that
    opens there (the heading's own `<h2 id=…>`, not an earlier element's id), and the
    title with room for a kramdown `{: #id}` after it: reading the whole line for each of
    its headings made one page of 6,000 nested sections take 13 s (issue #12).
    """
    if len(line) <= _LONG_LINE:
        return line
    start = (section.column or 1) - 1
    before = line[max(0, start - _WINDOW) : start]
    tag = before.rfind("<", 0, max(0, before.rfind("<")))  # the heading's own tag and one tag before it (<a name>)
    return before[max(0, tag) :] + line[start : start + len(section.title or "") + _WINDOW]


def _first_block_anchor(lines: list[str], k: int) -> str | None:
    """The anchor of the block that starts at line index `k` (a heading without one takes
    it from its first block): a kramdown block IAL `{: #id}` on a line of its own right
    before, inside or right after the block, or an `id` on the element that opens it
    (`<p id="x">`)."""
    if k >= len(lines):
        return None
    if (m := _BLOCK_ID.match(lines[k])) and not _GENERATED.match(m.group(1)):
        return m.group(1)
    if k > 0 and _ONLY_IAL.match(lines[k - 1]):
        return _anchor(lines[k - 1])  # kramdown: a block IAL may also open the block
    end = k
    while end < len(lines) and end - k < _BLOCK_LINES and lines[end].strip():
        if _ONLY_IAL.match(lines[end]):
            return _anchor(lines[end])
        end += 1
    return None
