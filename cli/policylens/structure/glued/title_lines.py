"""The tests `split_title_lines` asks of a line kept in one paragraph with its text by a line break only: a whole-bold
title above its text, a title piece (numbered, bracketed note, Latin title above a sentence), the line below clearly its
text, a parent line above the title, a title wrapped over two lines.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.lines import BULLET, title_line
from policylens.model import Block, Piece
from policylens.normalise import fold
from policylens.structure.glued.words import _HAN, _LINE_END, _SENTENCE_END, _SENTENCE_WORDS, _TRAILING_NOTE, MAX_TITLE
from policylens.structure.language import detect_language
from policylens.structure.memo import parse_number
from policylens.structure.shapes import (
    OPEN_WORDS,
    POLICY_WORD,
    SENTENCE_OPENERS,
    heading_like,
    is_label_or_org,
    is_plain_heading,
    numbered_heading,
)

_MAX_TITLE_LINE = 100  # longer lines are never title lines (the longest shapes allow about 80)
_MAX_BOLD_TITLE = 40  # a whole-bold line longer than this is no title of a soft-broken pair (`_bold_pair`)
_ANY_BRACKET = lazy(r"[()\[\]《》「」『』“”【】]")
_BRACKETS: tuple[tuple[str, str], ...] = tuple((pair[0], pair[1]) for pair in ("()", "[]", "《》", "「」", "『』", "“”", "【】"))


def _whole_bold(text: str) -> bool:
    """Is a Markdown line one bold run holding a short title, 「**用户提供的信息**」 (no other `**`, no colon,
    `heading_like`)?"""
    if "**" not in text:
        return False  # most lines: no bold run at all, and no strings cut
    line = text.strip()
    inner = line[2:-2].strip()
    return (
        len(line) > 4
        and line.startswith("**")
        and line.endswith("**")
        and "**" not in inner
        and not any(mark in inner for mark in ":：")  # a label and its value, 「**最后更新：2024年12月19日**」
        and heading_like(inner, limit=_MAX_BOLD_TITLE)
    )


def _bold_pair(blocks: list[Block], index: int, texts: list[str]) -> bool:
    """A Markdown paragraph of two whole-bold title lines joined by a soft break, over a paragraph of text: a title and
    its first sub-title (「**本应用获取哪些信息以及如何使用这些信息？**」 / 「**用户提供的信息**」, eval/structure41c
    liangy-privacy-md: Markdown joined them, so neither was a heading; forty-first session, u41a3).  Only in a document
    with at least two other whole-bold lines standing alone (the caller's count): its titles are written so.  Over a
    list too (u44a2, eval/structure44 tangzhe-tw-md L86–87: 「**English Version (Playful)**」 / 「**Short Description (≤80
    chars)**」 over its `- …` items, in a page whose 「**Full Description**」 heads its list alone)."""
    if len(texts) != 2 or not all(_whole_bold(t) for t in texts) or index + 1 >= len(blocks):
        return False
    below = blocks[index + 1]
    return below.kind in ("paragraph", "item") and not _whole_bold(below.text)


def _piece_texts(block: Block) -> list[str]:
    return [block.text[p.offset : p.offset + p.length] for p in block.pieces]


def _title_piece(texts: list[str], k: int, *, plain: bool, first: bool, before: str) -> bool:
    """Line `k` of a block is a heading by itself: numbered, or (plain text) a bare title line.

    `before` is the line above it (the previous block's last line for the first line).  A
    bare title inside a block is held to the plain-text reader's own rule (`title_line`); as
    the first line of its block it may also be a Latin title above its Chinese paragraph.
    """
    text, below = texts[k], texts[k + 1]
    folded = fold(text)
    if _ANY_BRACKET.search(folded) and any(folded.count(a) != folded.count(b) for a, b in _BRACKETS):
        return False  # 「1、个人信息（出自于GB/T」: a bracket left open goes on in the next line
    single = Block("paragraph", text, 0, 0, 0, (Piece(0, len(text), 0, 0),))
    heading = numbered_heading(single)
    if heading is not None and heading.number is not None:
        # 「9. 我们会集成高德地图 Android」 after 「8. 法律法规规定的其他情形。」: the next item of a list of sentences
        previous = parse_number(before)
        listed = previous is not None and previous.style == heading.number.style and fold(before).rstrip().endswith(_SENTENCE_END)
        return not listed
    if not plain or not is_plain_heading(single):
        return False
    if title_line(text, below):
        return True
    # 「使用者提供（必要、由你上傳或建立）」: a short title (no pronoun or request in it) with a note in brackets
    base = _TRAILING_NOTE.sub("", text)
    if base != text and heading_like(base, limit=10) and not _SENTENCE_WORDS.search(base) and title_line(base, below):
        return True
    if _latin_title_above_sentence(folded, fold(below)):
        return True
    # 「Cookies」 above 「通过使用Cookies，…」: a Latin title above its Chinese paragraph.  Chinese is
    # dense: 「Information Collection」 (two words) above a 25-character sentence is a title too.
    words = folded.split()
    latin_title = folded.isascii() and 0 < len(words) <= 8 and folded[:1].isupper()
    sentence = fold(below).rstrip().endswith(_SENTENCE_END) and len(below) >= 4 * len(words)
    return first and latin_title and bool(_HAN.search(below)) and (len(below) >= 2 * len(text) or sentence)


def _latin_title_above_sentence(title: str, below: str) -> bool:
    """「Information security」 above 「We protect your data.」: a short English title above its first sentence.

    The plain-text reader wants the text clearly longer than the title; an English title is
    often as long as a short first sentence.  A title of at most five words (not opening
    like a sentence, 「We use Google」, nor ending on a word that leaves it open, 「provided
    by」) above a sentence with more words — or as many, when the title is in Title Case
    (「Use of Cookies」 / 「We use cookies.」) — that starts with a capital and ends with . ! ?.
    """
    words, sentence = title.split(), below.split()
    if not (title.isascii() and 0 < len(words) <= 5 and title[:1].isupper()):
        return False
    if words[0].lower() in SENTENCE_OPENERS or words[-1].lower() in OPEN_WORDS:
        return False
    first_item = _FIRST_ITEM.match(below)
    if first_item is not None:
        # 「Use of cookies」 / 「a) If you do not refuse to accept cookies, …」: a title above the first item of its
        # lettered list, the item a sentence (or a clause closed by ;) at least twice as long as the title
        body = below[first_item.end() :].split()
        return not _HAN.search(below) and len(body) >= 2 * len(words) and below.rstrip().endswith((".", "!", "?", ";"))
    if not below[:1].isupper():
        return False
    # 「Use of Cookies」 / 「We use cookies.」: a title in Title Case may be as long as its first sentence
    longer = len(sentence) > len(words) or (len(sentence) == len(words) and _title_case(words))
    return below.isascii() and below.rstrip().endswith((".", "!", "?")) and longer


# The first item of a lettered list: 「a) 」, 「(a) 」, 「A. 」 (a letter and a space, so 「a.m.」 is not one)
_FIRST_ITEM = lazy(r"\(?[aA][).]\s")


def _title_case(words: list[str]) -> bool:
    """「Use of Cookies」, 「Children's Privacy」: two words or more, every word but short function words capitalised."""
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) and words[-1][:1].isupper()


_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "your", "our"})


def _translated_title(texts: list[str]) -> bool:
    """「Cookie的使用」 / 「Use of Cookies」 / text: a title and its translation on the block's first two lines."""
    if len(texts) < 3:
        return False
    pair = [Block("paragraph", t, 0, 0, 0, (Piece(0, len(t), 0, 0),)) for t in texts[:2]]
    if {detect_language(texts[0]), detect_language(texts[1])} != {"en", "zh"} or not all(map(is_plain_heading, pair)):
        return False
    return all(_text_below(t, texts[2]) or len(texts[2]) > len(t) for t in texts[:2])


def _parent_above_title(blocks: list[Block], index: int, texts: list[str]) -> bool:
    """「資料收集」 / 「帳戶資料」 / text: a section title directly above its first sub-title, both glued to the text.

    The plain-text reader keeps the three lines in one block; the first line is a short bare
    title (no colon, not a label), the second a title line above its text by the reader's own
    rule, and the block before ends a sentence (after a lead-in closed by a colon the two short
    lines are items of the announced list).
    """
    if len(texts) < 3 or index == 0 or blocks[index].kind != "paragraph":
        return False
    first = fold(texts[0]).strip()
    above = fold(_piece_texts(blocks[index - 1])[-1]).rstrip() if blocks[index - 1].pieces else ""
    if len(first) > MAX_TITLE or not above.endswith(_SENTENCE_END) or parse_number(first) is not None:
        return False
    single = Block("paragraph", texts[0], 0, 0, 0, (Piece(0, len(texts[0]), 0, 0),))
    if not is_plain_heading(single) or is_label_or_org(first) or _SENTENCE_WORDS.search(first):
        return False
    return _text_below(texts[1], texts[2]) and _title_piece(texts, 1, plain=True, first=False, before=texts[0])


def _item_done(text: str) -> bool:
    """A short list item on one line (「- Account information」): the next line does not continue it."""
    bullet = BULLET.match(fold(text))
    return bullet is not None and heading_like(text[bullet.end() :], limit=12)


def _text_below(title: str, below: str) -> bool:
    """The line below a title is its text: clearly longer, or a longer sentence (not a lowercase continuation)."""
    if below[:1].islower() and not _latin_above_first_item(title, below):
        return False  # 「1. We collect the data you give us」 / 「when you register…」: one wrapped sentence
    return len(below) >= 2 * len(title) or (len(below) > len(title) and fold(below).rstrip().endswith(_LINE_END))


# A Markdown title line over its text hard-wrapped below it: the title is at most this share of the first wrapped line
_WRAPPED_TITLE_SHARE = 0.75


def _clause_ends(texts: list[str]) -> list[int]:
    """For each line of a block, the index of the first line at or below it that ends a clause (`_LINE_END`), or
    len(texts): `_wrapped_below`'s run, found once per block (u54h: it read every line below each candidate title
    again, quadratic — a Markdown paragraph of 80,000 six-character lines took 15 s of CPU to parse, 1.3 s before)."""
    nxt = [len(texts)] * (len(texts) + 1)
    for k in range(len(texts) - 1, -1, -1):
        nxt[k] = k if fold(texts[k]).rstrip().endswith(_LINE_END) else nxt[k + 1]
    return nxt


def _wrapped_below(title: str, texts: list[str], at: int, ends: list[int]) -> bool:
    """(u54d) Markdown: the lines below a title (`texts[at:]`) are its text hard-wrapped (re-wrapped by a formatter,
    prettier's proseWrap): the first runs on to the next (no clause end), the title is clearly shorter than it, and the
    run ends a sentence within the block (`ends`: `_clause_ends`) — 「2. 浏览器本地设置数据」 over 「示例：目标语言、…字幕开」 /
    「关、服务配置（…）。」 (eval/pairs33 awe-revert re-wrapped) reads as it did over the one-line 「示例：…。」.  A numbered
    sentence cut by the wrap has a first line as wide as the next, so it stays one paragraph."""
    first = texts[at]
    if ends[at] == at or len(title) > _WRAPPED_TITLE_SHARE * len(first) or len(texts) - at < 2 or ends[at] >= len(texts):
        return False
    # `_text_below(title, run)` of the run joined up to that end: the run is longer than the title (its first line is)
    # and ends a clause, so only its opening decides (a lowercase continuation unless `_FIRST_ITEM` opens it, 4
    # characters at most): the run is not joined
    head, j = first, at + 1
    while len(head) < 8 and j <= ends[at]:
        head += texts[j]
        j += 1
    return not head[:1].islower() or _latin_above_first_item(title, head)


def _latin_above_first_item(title: str, below: str) -> bool:
    """「Use of cookies」 / 「a) If you …」: a bare English line (no number, no colon) above a list's first lettered item."""
    folded = fold(title).rstrip()
    return folded.isascii() and parse_number(folded) is None and not folded.endswith(_LINE_END) and bool(_FIRST_ITEM.match(below))


def _title_above(texts: list[str], index: int) -> bool:
    """The block's first line is the document's title (first block) or an edition's title line."""
    first = texts[0]
    if len(first) > 40 or parse_number(first) is not None or not heading_like(first, limit=40):
        return False
    return index == 0 or bool(POLICY_WORD.search(first))
