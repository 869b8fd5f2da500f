"""A bare (unnumbered) title glued to its sentence on one line by a space (「第三方清單（依現況） 我們會…。」): where the
title breaks off (`_title_break`), whether a one-line paragraph reads so (`_bare_glued`), and the blocks cut there.
"""

from __future__ import annotations

from policylens.load.lines import split_block
from policylens.model import Block, Piece
from policylens.normalise import fold
from policylens.numbering import NUMBER_STARTS
from policylens.structure.glued.words import _GAP, _HAN, _LEAD_IN, _LINE_END, _PUNCT, _SENTENCE_WORDS, _TRAILING_NOTE, MAX_TITLE
from policylens.structure.headings import ShortItems, announced_item
from policylens.structure.memo import parse_number, per_text
from policylens.structure.shapes import is_plain_heading

_NOTE_OPEN, _NOTE_CLOSE = "（(", "）)"


def _title_break(head: str) -> int | None:
    """The first space outside a bracketed note in `head` (a run of spaces keeps the note depth)."""
    if " " not in head:
        return None  # `head` is folded: every character `_GAP` finds is a space (most heads hold none)
    for m in _GAP.finditer(head):
        before = head[: m.start()]
        if sum(map(before.count, _NOTE_OPEN)) == sum(map(before.count, _NOTE_CLOSE)):
            return m.start()
    return None


def _bare_glued(block: Block) -> tuple[int, int] | None:
    """(end of the title, start of the sentence) when a bare title opens `block` and a space parts it from its text.

    「如何刪除資料（data deletion 指引） 我們提供數種刪除方式，請依版本選擇：」: a short
    unnumbered title (a bracketed note allowed, spaces inside it too), one or more spaces, then
    a Chinese sentence at least twice as long as the title that ends a sentence.  Chinese puts
    no space between words, so the space is the author's break; a sentence with a Latin word
    after its space (「我們使用 Google Analytics 分析。」) is not cut.
    """
    return None if block.kind != "paragraph" or len(block.pieces) != 1 else _bare_glued_text(block.text)


@per_text  # (u57t) once per text: all `_bare_glued` reads of a one-line paragraph
def _bare_glued_text(text: str) -> tuple[int, int] | None:
    if len(text) < 3 * MAX_TITLE // 2 or (n := _title_break(fold(text[: 2 * MAX_TITLE + 2]))) is None:
        return None  # (`fold` is per character: the head is enough to look)
    folded = fold(text)
    gap = _GAP.match(folded, n)
    title, rest = folded[:n], folded[gap.end() :] if gap else ""
    base = _TRAILING_NOTE.sub("", title)
    if not gap or not _HAN.match(rest) or len(base) > MAX_TITLE or _PUNCT.search(base) or not _HAN.search(base):
        return None
    if parse_number(title) is not None or len(rest) < 2 * len(base) or not rest.rstrip("」』”’）)").endswith(_LINE_END):
        return None
    single = Block("paragraph", text[:n], 0, 0, 0, (Piece(0, n, 0, 0),))
    if not is_plain_heading(single) or (title.startswith(_LEAD_IN) and not title.startswith("如何")) or _SENTENCE_WORDS.search(base):
        return None
    return n, gap.end()


def _split_bare_glued(blocks: list[Block]) -> list[Block]:
    """Plain text whose sections are bare title lines: cut a bare title glued to its sentence by a space.

    Only in a document with two or more bare title lines of its own (the shape the glued line
    should have; the first line, the document's title, and the first item of a list announced
    by a colon do not count), so a sentence with a space in a numbered or Markdown-like file
    (「本隱私權政策說明 愛麗絲（以下稱「本服務」）如何收集…」) is left alone.
    """
    short = ShortItems(blocks)
    bare = (
        i
        for i, b in enumerate(blocks)
        if i  # the first line is the document's title, not a section's
        and b.kind == "paragraph"
        and len(b.pieces) == 1
        and parse_number(b.text) is None
        and is_plain_heading(b)
        and not announced_item(blocks, i, short)  # 「…可能會處理：」 / 「指令內容」 / 「按鈕、…」: a list's first item
    )
    if next(bare, None) is None or next(bare, None) is None:  # two are enough: the rest are not looked at
        return blocks
    out: list[Block] = []
    for block in blocks:
        glued = _bare_glued(block) if block.text[:1] not in NUMBER_STARTS else None
        out.extend(split_block(block, [glued]) if glued else [block])
    return out
