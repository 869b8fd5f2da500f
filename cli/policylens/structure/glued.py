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

from bisect import bisect_left

from policylens.lazyre import lazy
from policylens.load.lines import BULLET, is_list_item, split_block, title_line
from policylens.model import Block, Piece
from policylens.normalise import fold
from policylens.numbering import NUMBER_STARTS, Number
from policylens.patterns import HAN, OPEN_ENDINGS, SENTENCE_ENDS
from policylens.structure.headings import ShortItems, announced_item, heading_value
from policylens.structure.language import detect_language
from policylens.structure.memo import parse_number, per_text
from policylens.structure.shapes import (
    OPEN_WORDS,
    POLICY_WORD,
    SENTENCE_OPENERS,
    Heading,
    heading_like,
    is_label_or_org,
    is_plain_heading,
    numbered_heading,
)

MAX_TITLE = 16
_GAP = lazy(r"[ \t\u3000\u00a0]+")
_HAN = lazy("[\u3400-\u4dbf\u4e00-\u9fff]")
_PUNCT = lazy(r"[，,。．；;：:、！!？?「」『』（）()【】《》“”\"']")
_SENTENCE_END = SENTENCE_ENDS
_STYLES = frozenset(
    {("cn",), ("cn-paren",), ("di", "章"), ("di", "节"), ("di", "条"), ("decimal", "1"), ("decimal", "2"), ("decimal", "3")}
    | {("cn-formal",), ("cn-formal-paren",)}  # 壹、 （壹）: the formal numerals' family (`numbering.FORMAL_DIGITS`)
)
_LEAD_IN = ("如果", "如", "若", "以下", "下列", "我們", "我们", "您", "請", "请", "本公司", "當", "当", "為了", "为了")


def _numbered_paragraph(block: Block) -> tuple[Number, str] | None:
    """The number of a paragraph long enough to hold a title and its text, opening in a section style, and its folded text."""
    if block.kind != "paragraph" or len(block.text) < 3 * MAX_TITLE // 2:
        return None
    number = parse_number(block.text)
    if number is None or number.style not in _STYLES:
        return None
    return number, fold(block.text)


def _glued(block: Block, opened: tuple[Number, str]) -> tuple[tuple[str, ...], int, int] | None:
    """(numbering style, end of the title, start of the sentence) when `block` opens with a glued title.

    `opened`: `_numbered_paragraph(block)`, asked once by `split_glued` for this and `_glued_over_number`.
    """
    number, folded = opened
    gap = _GAP.search(folded, number.rest)
    if gap is None:
        return None
    title, rest = folded[number.rest : gap.start()], folded[gap.end() :]
    if not title or len(title) > MAX_TITLE or _PUNCT.search(title) or not _HAN.search(title):
        return None
    if title.startswith(_LEAD_IN) or title.endswith(OPEN_ENDINGS) or is_label_or_org(title):
        return None
    if not _HAN.match(rest) or len(rest) < 2 * len(title) or not rest.rstrip("」』”’）)").endswith(_SENTENCE_END):
        return None
    if not heading_like(block.text[: gap.start()], limit=MAX_TITLE + len(number.label) + 1):
        return None
    return number.style, gap.start(), gap.end()


# 「我们如何使用…」, 「我們如何保護…」: a title asked as a question opens with 我们, unlike a sentence
_QUESTION_TITLE = lazy(r"(?:我们|我們)(?:如何|怎样|怎樣|会|會)")


def _glued_over_number(block: Block, opened: tuple[Number, str]) -> tuple[tuple[str, ...], int, int] | None:
    """(numbering style, end of the title, start of its text) when a numbered title runs into its first numbered clause.

    「第三章 我们如何使用Cookie和同类技术 3.1 Cookie 为确保…」, 「第四章 我们如何保护您的个人信息 1、我们非常重视…」 (a Word
    page's paragraph, `eval/structure30` ysxy-agreement-html): after the title comes the first number of the level below
    (its value 1: 「3.1」, 「1、」), with or without a space, not a Chinese sentence, so `_glued` did not see it.  A 「第三章 」 line going on
    「我们如何…」 is a question title; another lead-in word (如果, 以下…) is a sentence.  `opened`: as for `_glued`.
    """
    number, folded = opened
    start = number.rest + len(folded[number.rest :]) - len(folded[number.rest :].lstrip(" \t\u3000\u00a0"))
    sub = _FIRST_SUB.search(folded, start, start + _RUN_TITLE_MAX + 1)
    if sub is None or (sub[1] is not None and _value(number.label) != int(sub[1])):
        return None  # 「第三章 …3.1」: the first clause of chapter 3 (「2.1」 under 第三章 is a cross-reference)
    title = folded[start : sub.start()].rstrip(" \t\u3000\u00a0")
    if not title or _PUNCT.search(title) or not _HAN.search(title):
        return None
    if (title.startswith(_LEAD_IN) and not _QUESTION_TITLE.match(title)) or title.endswith(OPEN_ENDINGS) or is_label_or_org(title):
        return None
    if len(folded) - sub.end() < 2 * len(title):
        return None
    return number.style, start + len(title), sub.start()


_RUN_TITLE_MAX = 24  # characters: 「我们如何使用Cookie和同类技术」 is 17; a title is no sentence
# the first number of the level below, run into the title: 「3.1」 (its chapter's number, then 1) or 「1、」
_FIRST_SUB = lazy(r"(?<![\d.])(?:(\d{1,2})\.1(?![\d.])|1、)")


def split_glued(blocks: list[Block]) -> list[Block]:
    """Cut glued titles off their first sentence (see the module docstring); other blocks are kept."""
    # (each block's number asked once for both forms: most blocks have none, and neither form reads them, u34t)
    candidates = {
        i: g
        for i, b in enumerate(blocks)
        if b.text[:1] and (opened := _numbered_paragraph(b)) is not None and (g := _glued(b, opened) or _glued_over_number(b, opened))
    }
    if len(candidates) < 2:
        return blocks
    styles: dict[tuple[str, ...], int] = {}
    for style, _, _ in candidates.values():
        styles[style] = styles.get(style, 0) + 1
    out: list[Block] = []
    for i, block in enumerate(blocks):
        glued = candidates.get(i)
        if glued is None or styles[glued[0]] < 2:
            out.append(block)
            continue
        out.extend(split_block(block, [(glued[1], glued[2])]))
    return out


# A bracketed note closing a short title: 「第三方清單（依現況）」.
_TRAILING_NOTE = lazy(rf"(?<=[{HAN}A-Za-z0-9]{{2}})\s*[（(][^（）()]{{1,30}}[）)]$")
_SENTENCE_WORDS = lazy(r"[我您你妳請请需應应]")
_MAX_TITLE_LINE = 100  # longer lines are never title lines (the longest shapes allow about 80)
_MAX_BOLD_TITLE = 40  # a whole-bold line longer than this is no title of a soft-broken pair (`_bold_pair`)
_ANY_BRACKET = lazy(r"[()\[\]《》「」『』“”【】]")
_BRACKETS: tuple[tuple[str, str], ...] = tuple((pair[0], pair[1]) for pair in ("()", "[]", "《》", "「」", "『』", "“”", "【】"))
_LINE_END = _SENTENCE_END + ("：", ":", "！", "？")


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


# Words a sentence opens with, after a numbered title fused to it: 「3.信息披露」 + 「在如下情况下，…」.
# Single characters that also end words inside a title (删除, 版本) are left out; 在 is kept, but not
# after a character it makes a word with (存在, 现在, 所在).
_SENTENCE_OPENINGS = (
    "在", "我们", "我們", "您", "如果", "若", "为了", "為了", "对于", "對於", "根据", "根據",
    "除非", "除了", "以下", "下列", "针对", "針對", "未经", "未經", "基于", "基於",
)  # fmt: skip
_WORD_BEFORE_ZAI = frozenset("存现現所正实實自内內外")
# Subjects and verbs a numbered sentence opens with (「2.用户因使用…」, 「4.根据本软件…」): never a title.
_SUBJECTS = (
    "用户",
    "用戶",
    "使用者",
    "本软件",
    "本軟體",
    "本应用",
    "本應用",
    "本网站",
    "本網站",
    "基于",
    "基於",
    "依据",
    "依據",
    "因",
    "由于",
    "由於",
)
_FUSED_STYLES = frozenset({("cn",), ("cn-formal",), ("decimal", "1"), ("decimal", "2"), ("arabic-dun",), ("di", "条"), ("di", "章")})


def _fused_numbered(blocks: list[Block]) -> dict[int, int]:
    """Block index → offset of the sentence, for numbered titles fused to their first sentence without a space.

    「3.信息披露在如下情况下，本软件将…：」 between 「2. 信息使用」 and 「4. 信息存储和交换」: the
    numbers before and after it are title lines of the same style, so the reader sees section 3,
    titled 「信息披露」, whose text starts with 「在如下情况下」.  Both neighbours must be those
    titles: the numbered lines of the style nearest before and after it — or, for the first
    or last line of its sequence, the two titles after or before it (`_vouched`).  The title is cut
    before the first word a sentence opens with (在, 我们, 根据…), three to ten characters in,
    with no punctuation before it and not itself opening like a sentence (「用户因使用…」,
    「根据本软件…」); the sentence after it goes on past a comma and is at least twice as
    long (and 12 characters).  「3. 编辑和删除个人信息的权限：」 is a title, not 「编辑和删」 + 「除…」.
    """
    titles: dict[tuple[tuple[str, ...], int], int] = {}  # (style, value) of the numbered title lines
    by_style: dict[tuple[str, ...], list[int]] = {}  # every numbered block, by style, in order
    for i, block in enumerate(blocks):
        if block.text[:1] in NUMBER_STARTS and (found := parse_number(block.text)) is not None:
            by_style.setdefault(found.style, []).append(i)
    for i, block in enumerate(blocks):
        heading = (
            numbered_heading(block)
            if block.kind in ("paragraph", "item") and len(block.pieces) == 1 and block.text[:1] in NUMBER_STARTS
            else None
        )
        if heading is not None and heading.number is not None and (value := _value(heading.number.label)) is not None:
            titles[(heading.number.style, value)] = i
    if len(titles) < 2:
        return {}
    cuts: dict[int, int] = {}
    title_blocks = set(titles.values())
    for i, block in enumerate(blocks):
        if i in title_blocks or block.kind not in ("paragraph", "item") or not block.pieces or block.text[:1] not in NUMBER_STARTS:
            continue
        line = block.text[: block.pieces[0].length]  # the fused line (the block may go on with its text)
        number = parse_number(line)
        if number is None or number.style not in _FUSED_STYLES or (value := _value(number.label)) is None:
            continue
        # the numbered lines of this style nearest before and after it are the titles numbered one less and one more
        same = by_style.get(number.style, [])
        at = bisect_left(same, i)
        prev = same[at - 1] if at else None
        nxt = same[at + 1] if at + 1 < len(same) and same[at] == i else (same[at] if at < len(same) and same[at] != i else None)
        if not _vouched(titles, number.style, value, prev, nxt):
            continue
        rest = fold(line[number.rest :])
        cut = next(
            (
                n
                for n in range(3, 11)
                if rest[n:].startswith(_SENTENCE_OPENINGS) and not (rest[n] == "在" and rest[n - 1] in _WORD_BEFORE_ZAI)
            ),
            None,
        )
        if (
            cut is None
            or _PUNCT.search(rest[:cut])
            or not _HAN.search(rest[:cut])
            or rest[:cut].startswith(_LEAD_IN + _SENTENCE_OPENINGS + _SUBJECTS)
        ):
            continue
        sentence = rest[cut:]
        if len(sentence) >= max(12, 2 * cut) and "," in sentence:
            cuts[i] = number.rest + cut
    return cuts


def _vouched(titles: dict[tuple[tuple[str, ...], int], int], style: tuple[str, ...], value: int, prev: int | None, nxt: int | None) -> bool:
    """The numbered lines around a fused line are the titles of its sequence, on both sides or two on one side.

    「2.信息使用」 before and 「4.信息存储」 after 「3.信息披露在…」; for the first of a sequence (nothing
    of its style before it) 「2.」 and 「3.」 after it, for the last 「n-1.」 and 「n-2.」 before it.
    """
    before = prev is not None and titles.get((style, value - 1)) == prev
    after = nxt is not None and titles.get((style, value + 1)) == nxt
    if before and after:
        return True
    if prev is None and after:
        return (style, value + 2) in titles
    if nxt is None and before:
        return (style, value - 2) in titles
    return False


_TRAILING_ENDS = "。；！？"  # a sentence's end before a title run into the end of its line
_TRAILING_END_SET = frozenset(_TRAILING_ENDS)  # (a set: "" is in every string, and no block's text is in this one)
_TRAILING_MIN = 2  # Chinese characters of such a title, at least


def _trailing_title(block: Block) -> tuple[int, Number, int] | None:
    """`(offset of the title, its number, its value)` when `block` ends with a numbered title run in after a sentence's
    end: 「…将适用本政策。 6.本隐私政策的更改」; None otherwise (most blocks: no sentence end in their last characters)."""
    return _trailing_text(block.text, block.kind == "paragraph" and len(block.pieces) == 1)


@per_text  # (u57t) once per text: what `is_plain_heading` reads of the block besides its text is `plain`, a one-line paragraph
def _trailing_text(written: str, plain: bool) -> tuple[int, Number, int] | None:
    text = written.rstrip()  # ending a sentence (most paragraphs), or no sentence end in its last characters: no title after one
    if (
        text[-1:] in _TRAILING_END_SET
        or (end := max(text.rfind(mark, max(len(text) - (MAX_TITLE + 8), 0)) for mark in _TRAILING_ENDS)) <= 0
    ):
        return None
    title = text[end + 1 :].lstrip()
    if title[:1] not in NUMBER_STARTS or "\n" in title:
        return None
    number = parse_number(title)
    if number is None or number.style not in _FUSED_STYLES or (value := _value(number.label)) is None:
        return None
    rest = fold(title[number.rest :]).strip()
    if (
        not MAX_TITLE >= len(rest) >= _TRAILING_MIN
        or _PUNCT.search(rest)
        or len(_HAN.findall(rest)) < _TRAILING_MIN
        or rest.startswith(_LEAD_IN + _SENTENCE_OPENINGS + _SUBJECTS)
        or not (plain and is_plain_heading(Block("paragraph", rest, 0, 0, 0, (Piece(0, len(rest), 0, 0),))))
    ):
        return None
    return len(text) - len(title), number, value


def split_trailing_titles(blocks: list[Block]) -> list[Block]:
    """(u47l2, eval/structure47c gechen-ysxy-wxml L31) A numbered title run into the end of the line above, after that
    line's sentence end, in one WeChat `<text>` block: 「(c) …将适用本政策。 6.本隐私政策的更改」 under 「5. Cookie的使用」,
    its items (a) (b) on the lines below.  The title is cut off into a block of its own when it is short (at most
    `MAX_TITLE` characters, Chinese, no punctuation, no lead-in), a block follows it, and the numbered title lines of its
    style around it are the ones one less and one more (or, the last of its run, the two before it: `_vouched`).  A
    number after a sentence end anywhere else (「…见第3条。 4.」, a list's entries run into one line) is left as written."""
    found = {
        i: t for i, b in enumerate(blocks[:-1]) if b.kind in ("paragraph", "item") and b.text and (t := _trailing_title(b)) is not None
    }
    if not found:
        return blocks
    titles: dict[tuple[tuple[str, ...], int], int] = {}
    by_style: dict[tuple[str, ...], list[int]] = {}
    for i, block in enumerate(blocks):
        if block.kind in ("paragraph", "item", "heading") and block.text[:1] in NUMBER_STARTS:
            heading = numbered_heading(block) if len(block.pieces) == 1 else None
            if heading is not None and heading.number is not None and (value := _value(heading.number.label)) is not None:
                titles[(heading.number.style, value)] = i
                by_style.setdefault(heading.number.style, []).append(i)
    out: list[Block] = []
    for i, block in enumerate(blocks):
        trailing = found.get(i)
        if trailing is not None:
            start, number, value = trailing
            same = by_style.get(number.style, [])
            at = bisect_left(same, i)
            prev = same[at - 1] if at else None
            nxt = same[at] if at < len(same) else None
            if _vouched(titles, number.style, value, prev, nxt):
                out.extend(_as_text(split_block(block, [(start, start)])))
                continue
        out.append(block)
    return out


def _as_text(parts: list[Block]) -> list[Block]:
    """The text cut off a numbered list-item title is a paragraph, not a list item."""
    return [part._replace(kind="paragraph") if part.kind == "item" and not is_list_item(part.text) else part for part in parts]


def _value(label: str) -> int | None:
    """The numeral of a label: 「3.」 → 3, 「三、」 → 3, 「2.4」 → 4."""
    return heading_value(Heading(-1, label, parse_number(label + "x"), ()))


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
