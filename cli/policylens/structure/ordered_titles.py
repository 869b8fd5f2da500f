"""Section titles that a Markdown renderer wrote as the items of ordered lists: `<ol start="2"><li>适用范围⏎在您使用…</li>`.

(Forty-seventh session, u47a2; eval/structure46c yugang-privacy-html.)  An author numbers a Markdown policy's sections
`1. 信息使用`, `2. 适用范围`, … with lettered entries `- a) …` between them.  GitHub renders each title as the one item of
an `<ol>`, and the lists after the first go on counting with `start="2"`, `start="3"`: a browser shows numbered
titles, but the HTML reader keeps no list numbers, so each title was an item like the entries, and the policy one
preamble.  A title written over its text (`2. 适用范围` and, on the next line, `在您使用…`) is one item holding both.

Read so, here: in an HTML page where some `<ol>` goes on counting (a `start` of 2 or more), an `<li>` of an `<ol>`
whose first line is title-shaped (at most 24 characters, 48 in Latin letters, no sentence or clause mark, no comma)
is a heading when the rest of the item is text on the lines below (it is cut off as a paragraph) or when the next
block is a numbered or lettered entry (「a) …」).  Only when two such items are found at least and no `<h*>` comes
after the first of them (a page with section headings of its own keeps its lists); a title run into its text on
one line (「信息披露 在如下情况下，…：」) stays an item.  The headings take the rank below the headings above them.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.lines import split_block
from policylens.model import Block
from policylens.normalise import WHITESPACE, fold
from policylens.numbering import parse_number
from policylens.patterns import CLAUSE_MARKS

_LIST_TAG = lazy(r"<(/?)(ol|ul|li)\b([^<>]*)>", re.IGNORECASE)
_START = lazy(r"""\bstart\s*=\s*["']?(\d{1,4})""", re.IGNORECASE)
_TITLES_MIN = 2  # fewer such items: a page's lists are read as before
_TITLE_MAX = 24  # a title's characters at most (as `load.html.title_lists` reads an <ol>'s titles)
_LATIN_TITLE_MAX = 48  # an English title's
_TITLE_MARKS = frozenset(CLAUSE_MARKS + "，,")


def ordered_list_titles(blocks: list[Block], fmt: str, source: str) -> list[Block]:
    """`blocks` with the titles a renderer set as ordered-list items read as headings (see the module docstring)."""
    if fmt != "html" or "<ol" not in source.lower():
        return blocks
    lines = _ordered_item_lines(source)
    if not lines:
        return blocks
    cuts: dict[int, Block | None] = {}  # block index → the body cut off the title (None: the item is the title alone)
    for k, block in enumerate(blocks):
        if block.kind != "item" or block.line not in lines or not block.pieces:
            continue
        first = block.pieces[0]
        head = block.text[: first.offset + first.length]
        if not _title_shaped(head):
            continue
        if len(block.pieces) > 1 and block.pieces[1].line > first.line:
            parts = split_block(block, [(block.pieces[1].offset, block.pieces[1].offset)])
            if len(parts) == 2:
                cuts[k] = parts[1]._replace(kind="paragraph")
        elif len(block.pieces) == 1 and k + 1 < len(blocks) and blocks[k + 1].kind == "item" and _entry(blocks[k + 1].text):
            cuts[k] = None
    if len(cuts) < _TITLES_MIN or any(b.kind == "heading" for b in blocks[min(cuts) :]):
        return blocks
    above = [b.level or 1 for b in blocks[: min(cuts)] if b.kind == "heading"]
    level = min(min(above, default=0) + 1, 6)
    out: list[Block] = []
    for k, block in enumerate(blocks):
        if k not in cuts:
            out.append(block)
            continue
        first = block.pieces[0]
        title = split_block(block, [(first.offset + first.length, len(block.text))])[0]
        out.append(title._replace(kind="heading", level=level, emphasised=False))
        body = cuts[k]
        if body is not None:
            out.append(body)
    return out


def _ordered_item_lines(source: str) -> set[int]:
    """The lines where an `<li>` of an `<ol>` opens, when some `<ol>` of the page goes on counting (empty otherwise)."""
    stack: list[str] = []
    lines: set[int] = set()
    counting = False
    line, at = 1, 0
    for m in _LIST_TAG.finditer(source):
        closing, tag = m.group(1) == "/", m.group(2).lower()
        if tag in ("ol", "ul"):
            if closing:
                while stack and stack.pop() != tag:
                    pass
                continue
            stack.append(tag)
            start = _START.search(m.group(3)) if tag == "ol" else None
            counting = counting or (start is not None and int(start.group(1)) >= 2)
        elif not closing and stack and stack[-1] == "ol":
            line += source.count("\n", at, m.end())
            at = m.end()
            lines.add(line + _blank_lines_after(source, m.end()))
    return lines if counting else set()


def _blank_lines_after(source: str, at: int) -> int:
    """How many line breaks come before the item's text starts (`<li>⏎信息使用`: its text is on the next line)."""
    k, breaks = at, 0
    while k < len(source) and source[k] in " \t\r\n":
        breaks += source[k] == "\n"
        k += 1
    return breaks


def _title_shaped(text: str) -> bool:
    """A short line with no sentence or clause mark and no comma."""
    term = " ".join(fold(text).strip(WHITESPACE).split())
    limit = _LATIN_TITLE_MAX if term.isascii() else _TITLE_MAX
    return bool(term) and len(term) <= limit and not _TITLE_MARKS.intersection(term)


def _entry(text: str) -> bool:
    """「a) 鱼缸计算器对通讯录的访问…」: an entry opening with its number or letter."""
    return parse_number(fold(text).lstrip(WHITESPACE)) is not None
