"""Markdown `#` headings typed into a plain-text file (`# 标题`, `## 引言`), promoted to headings at their depth.

`promote_atx_lines` cuts such lines off the paragraph they were glued into and marks them, unless they read as
code (`# comment` beside assignments) or a hashtag (`#话题#`).  Only the `.txt` reader's blocks come here; the
Markdown reader has its own headings (`load.markdown`).
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.lines import split_block
from policylens.model import Block, Piece
from policylens.patterns import (
    HAN_CHAR,
)
from policylens.structure.shapes import (
    heading_like,
)

_ATX_LINE = lazy(r"(#{1,6})[ \t]+(?=[^#\s])")
_HASHTAG = lazy(r"#[^#\s]+#")


def promote_atx_lines(blocks: list[Block], fmt: str) -> list[Block]:
    """Markdown headings typed into a plain-text file (`# 标题`, `## 引言`) are headings at their depth.

    A `.txt` that holds a Markdown document shows its `#` lines to the reader as the
    outline.  At least two lines must open with one to six `#` and a space (one `#` line
    alone may be a hashtag or a comment; 「#双十一# 活动说明」 is never one), and each must read
    as a title (no URL, no sentence: a Fluent file's `### Translation file for page: https://…`
    comment is not one); the line becomes an explicit heading with the `#` marks cut off, so
    it nests by its depth.  (u30b) A `#` line with its text on the next line and no blank line
    between (「## Cookie」 / 「「Volunteer 志工服務系統」會設定…」) was read into one paragraph with it: the
    heading was lost, and a version of the same policy saved as `.md` paired as an added section.
    Such a line is cut off its paragraph first, when it reads as a heading there (`_glued_heading`):
    its next line is prose (or the file already has a `#` line of its own and it ends the
    paragraph), and no line beside it is code (u30fc: 「# 关闭统计」 / 「analytics=false」 in a
    configuration sample is a comment, not two sections).
    """
    if fmt != "text" or not any("#" in b.text for b in blocks):
        return blocks
    text_at = _lines_by_number(blocks)
    alone = len(_atx_marked(blocks, text_at))
    glued = {
        i: cuts
        for i, b in enumerate(blocks)
        if b.kind == "paragraph" and len(b.pieces) > 1 and "#" in b.text and (cuts := _atx_pieces(b, alone > 0, text_at))
    }
    if glued and alone + sum(map(len, glued.values())) >= 2:
        blocks = [part for i, b in enumerate(blocks) for part in (_cut_atx(b, glued[i]) if i in glued else [b])]
    marked = _atx_marked(blocks, text_at)
    if len(marked) < 2:
        return blocks
    out = list(blocks)
    for i, m in marked.items():
        block, cut = blocks[i], m.end()
        text = _without_closing_hashes(block.text[cut:])
        piece = Piece(0, len(text), block.pieces[0].line, block.pieces[0].column + cut)
        out[i] = Block("heading", text, block.line, block.column + cut, block.end_line, (piece,), len(m.group(1)), block.emphasised)
    return out


def _atx_line(text: str) -> re.Match[str] | None:
    """`text` (one line) is a Markdown heading line: `#` marks, a space, a title (no hashtag, no URL, no sentence)."""
    if len(text) > 120 or not text.startswith("#") or _HASHTAG.match(text):
        return None  # (most lines: no `#` first)
    m = _ATX_LINE.match(text)
    return m if m and heading_like(text[m.end() :], limit=80) else None


def _lines_by_number(blocks: list[Block]) -> dict[int, str]:
    """The text of each line of the paragraphs, by line number (a plain-text file's piece is one line)."""
    return {p.line: b.text[p.offset : p.offset + p.length] for b in blocks if b.kind == "paragraph" for p in b.pieces}


def _beside_code(line: int, text_at: dict[int, str]) -> bool:
    """The line just before or after line number `line` is code: a `#` line there is a comment, not a heading."""
    return _code_line(text_at.get(line - 1, "")) or _code_line(text_at.get(line + 1, ""))


def _atx_marked(blocks: list[Block], text_at: dict[int, str]) -> dict[int, re.Match[str]]:
    """The one-line paragraphs that are Markdown heading lines, by block index (none beside a line of code)."""
    return {
        i: m
        for i, b in enumerate(blocks)
        if b.kind == "paragraph" and len(b.pieces) == 1 and (m := _atx_line(b.text)) and not _beside_code(b.pieces[0].line, text_at)
    }


def _atx_pieces(block: Block, alone: bool, text_at: dict[int, str]) -> list[int]:
    """The lines of a paragraph of several lines that are Markdown heading lines there (their piece indices).

    `alone`: the file has a one-line `#` paragraph.  A `#` line is one when no line beside it
    is code and the line after it is prose or such a heading line; the paragraph's last line
    only when the file has a `#` line of its own.
    """
    lines = [block.text[p.offset : p.offset + p.length] for p in block.pieces]
    if not any(_atx_line(line) for line in lines):
        return []  # (most paragraphs: a `#` in the text, no heading line)
    found: list[int] = []
    for k in range(len(lines) - 1, -1, -1):  # from the last: a heading line's next may be one
        if not _atx_line(lines[k]) or _beside_code(block.pieces[k].line, text_at):
            continue
        last = k == len(lines) - 1
        if alone if last else k + 1 in found or _prose_line(lines[k + 1]):
            found.append(k)
    return sorted(found)


# A line of code or configuration: `analytics=false`, `crash: false`, `"debug": true`, `init();`, `}`, `$ npm i`, `<meta>`.
_ASSIGNMENT = lazy(r"(?<![\w.\-\"'])[\"']?[A-Za-z_][A-Za-z0-9_.\-]*[\"']?[ \t]*(?:=|:[ \t]*\S+$)")
_CODE_ENDS = (";", "{", "}")
_CODE_STARTS = ("{", "}", "<", "//", "/*", "$ ")


def _code_line(line: str) -> bool:
    """`line` is code or configuration, not text: a `#` line beside it is a comment."""
    s = line.strip()
    return bool(s) and (s.endswith(_CODE_ENDS) or s.startswith(_CODE_STARTS) or _ASSIGNMENT.match(s) is not None)


def _prose_line(line: str) -> bool:
    """`line` is text a heading may stand over: Chinese, or three words or more, and no code."""
    return not _code_line(line) and (HAN_CHAR.search(line) is not None or len(line.split()) >= 3)


def _cut_atx(block: Block, lines: list[int]) -> list[Block]:
    """`block` cut before and after each of its heading `lines` (a heading line becomes a paragraph of its own)."""
    pieces = block.pieces
    cuts = {k for line in lines for k in (line, line + 1) if 0 < k < len(pieces)}
    spans = [(pieces[k - 1].offset + pieces[k - 1].length, pieces[k].offset) for k in sorted(cuts)]
    return split_block(block, spans)


def _without_closing_hashes(text: str) -> str:
    """`标题 ##` → `标题`: a closing sequence of `#` after a space is not text (`C#` keeps its `#`)."""
    body = text.rstrip(" \t")
    bare = body.rstrip("#")
    return bare.rstrip(" \t") if bare != body and bare[-1:] in (" ", "\t") else body
