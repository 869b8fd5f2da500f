"""Headings glued to their first sentence on the same line: 「二、資料的蒐集 我們會蒐集…。」.

Some authors (and every policy pasted into one HTML paragraph or one text line) put the
section title and its first sentence on one line, separated by a space only.  The title
is cut off into a block of its own when the line reads unambiguously that way:

* the line starts with a section number (一、 （一） 1. 1.1 第一條), then a short title of
  at most `MAX_TITLE` characters with no punctuation, then a space;
* after the space comes a Chinese sentence (it starts with a CJK character and ends a
  sentence) at least twice as long as the title;
* the title is heading-shaped (no lead-in word such as 如果/以下, no word waiting for its
  object such as …的);
* at least two lines of the document are glued in this way with the same numbering style
  (one glued line alone is more likely a sentence with a space in it).

Precision first: a line with a space in the middle of a sentence (「1. 我們使用 Google
Analytics 分析。」) starts its rest with a Latin word, or has no second such line.

`split_title_lines` handles the other way a title is glued to its text: by a line break only,
so that the loader kept both lines in one paragraph (Markdown joins them; a plain-text reader
keeps lines together when the first does not end a sentence, and English sentence ends do not
count).  A line of such a block is cut off as a block of its own when

* it is a heading by itself: a numbered title (「三、名词解释」, 「（一）Cookie」, 「1 用户行为要求」),
  or, in plain text, a bare title line by the plain-text reader's own rule (`title_line`: 「Cookies」
  above 「通过使用Cookies，…」 as the first line of its block, 「Information use」 after an English
  sentence, 「第三方清單（依現況）」 with a bracketed note);
* the line above it ends a sentence, or is the document's (or an edition's) title line
  (「【某某】隐私政策」 / 「温馨提示」 / text, 「Privacy Policy」 / 「Scope of application」 / text),
  or a one-line list item (「- Account information」);
* the line below is clearly its text: at least twice as long, or a longer sentence, and not a
  lowercase continuation.

Not cut: a numbered sentence wrapped over two lines (「1、我们会收集您的设备信息」 / 「以保障安全。」),
a line with a bracket left open (「1、个人信息（出自于GB/T」), the next item of a tight list of
numbered sentences (「8. …。」 then 「9. 我们会集成高德地图 Android」 wrapped).
"""

from __future__ import annotations

from policylens.load.lines import is_list_item, split_block
from policylens.model import Block
from policylens.normalise import fold
from policylens.structure.glued.bare import _bare_glued as _bare_glued
from policylens.structure.glued.bare import _split_bare_glued as _split_bare_glued
from policylens.structure.glued.bare import _title_break as _title_break
from policylens.structure.glued.fused import _FUSED_STYLES as _FUSED_STYLES
from policylens.structure.glued.fused import _SENTENCE_OPENINGS as _SENTENCE_OPENINGS
from policylens.structure.glued.fused import _SUBJECTS as _SUBJECTS
from policylens.structure.glued.fused import _fused_numbered
from policylens.structure.glued.same_line import _numbered_paragraph as _numbered_paragraph
from policylens.structure.glued.same_line import split_glued as split_glued
from policylens.structure.glued.title_lines import _MAX_BOLD_TITLE as _MAX_BOLD_TITLE
from policylens.structure.glued.title_lines import (
    _MAX_TITLE_LINE,
    _bold_pair,
    _item_done,
    _parent_above_title,
    _piece_texts,
    _title_above,
    _title_piece,
    _translated_title,
)
from policylens.structure.glued.title_lines import _WRAPPED_TITLE_SHARE as _WRAPPED_TITLE_SHARE
from policylens.structure.glued.title_lines import _clause_ends as _clause_ends
from policylens.structure.glued.title_lines import _text_below as _text_below
from policylens.structure.glued.title_lines import _whole_bold as _whole_bold
from policylens.structure.glued.title_lines import _wrapped_below as _wrapped_below
from policylens.structure.glued.trailing import _TRAILING_END_SET as _TRAILING_END_SET
from policylens.structure.glued.trailing import _TRAILING_ENDS as _TRAILING_ENDS
from policylens.structure.glued.trailing import _TRAILING_MIN as _TRAILING_MIN
from policylens.structure.glued.trailing import _trailing_title as _trailing_title
from policylens.structure.glued.trailing import split_trailing_titles as split_trailing_titles
from policylens.structure.glued.words import _GAP as _GAP
from policylens.structure.glued.words import _HAN as _HAN
from policylens.structure.glued.words import _LEAD_IN as _LEAD_IN
from policylens.structure.glued.words import _LINE_END as _LINE_END
from policylens.structure.glued.words import _PUNCT as _PUNCT
from policylens.structure.glued.words import _SENTENCE_END as _SENTENCE_END
from policylens.structure.glued.words import _SENTENCE_WORDS as _SENTENCE_WORDS
from policylens.structure.glued.words import _TRAILING_NOTE as _TRAILING_NOTE
from policylens.structure.glued.words import MAX_TITLE as MAX_TITLE
from policylens.structure.glued.words import _as_text
from policylens.structure.glued.words import _value as _value


def split_title_lines(blocks: list[Block], fmt: str) -> list[Block]:
    """Cut title lines off the paragraph they were glued to by a line break (see the module docstring)."""
    if fmt not in ("text", "markdown"):
        return blocks
    plain = fmt == "text"
    if plain:
        blocks = _split_bare_glued(blocks)
        fused = _fused_numbered(blocks)
        if fused:
            blocks = [
                part for i, b in enumerate(blocks) for part in (_as_text(split_block(b, [(fused[i], fused[i])])) if i in fused else [b])
            ]
    bold_lines = sum(1 for b in blocks if b.kind == "paragraph" and "**" in b.text and len(b.pieces) <= 1 and _whole_bold(b.text))
    out: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind not in ("paragraph", "item") or len(block.pieces) < 2 or block.end_line == block.line:
            out.append(block)
            continue
        texts = _piece_texts(block)
        cuts: set[int] = set()  # piece k starts a new block
        if bold_lines >= 2 and _bold_pair(blocks, index, texts):
            cuts.add(1)
        if plain and (_translated_title(texts) or _parent_above_title(blocks, index, texts)):
            cuts.update((1, 2))
        ends = None if plain else _clause_ends(texts)
        for k in range(len(texts) - 1):
            text, below = texts[k], texts[k + 1]
            if len(text) > _MAX_TITLE_LINE or not (
                _text_below(text, below) or (ends is not None and _wrapped_below(text, texts, k + 1, ends))
            ):
                continue  # most lines: too long for a title, or not above a longer text
            # A title line directly above a heading and its text is a line of its own: the document's
            # title (「【某某】隐私政策」 / 「温馨提示」 / text) or an edition's (「Privacy Policy」 / 「Scope of application」).
            title_above = k == 1 and plain and _title_above(texts, index)
            # 「- Account information」 / 「Information use」 / text: a heading right after a one-line list item
            done_item = k == 1 and plain and block.kind == "item" and _item_done(texts[0])
            after_end = fold(texts[k - 1]).rstrip().endswith(_LINE_END) if k else True
            if not (after_end or k in cuts or title_above or done_item):
                continue
            before = texts[k - 1] if k else (_piece_texts(blocks[index - 1])[-1] if index else "")
            if _title_piece(texts, k, plain=plain, first=k == 0 or title_above, before=before):
                cuts.update((k, k + 1))
        cuts.discard(0)
        if not cuts:
            out.append(block)
            continue
        spans = [(block.pieces[k - 1].offset + block.pieces[k - 1].length, block.pieces[k].offset) for k in sorted(cuts)]
        for part in split_block(block, spans):
            if part.kind == "item" and not is_list_item(part.text):
                part = part._replace(kind="paragraph")  # the text below a numbered list-item title
            out.append(part)
    return out
