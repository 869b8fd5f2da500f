"""A Markdown paragraph hard-wrapped by its author: a line ending a sentence there does not end the paragraph (u52x).

`load.lines.group_lines` starts a block after a line ending a clause (。；：), which is right for the many Chinese
Markdown files that write one paragraph a line without blank lines between them, and wrong in a paragraph its author
wrapped at a fixed width, where a line may end on 。 only because the wrap fell there (eval/structure52 flaredo-md 58–62:
「…临时 User API Key、⏎一次性密码、账号名称和过期时间。任何能读取…」 read as two paragraphs; structure51 keepygaga-md).
Counted on every Chinese Markdown file of `eval/` and `corpora/` (`eval/structure52/tools/md_wrap_count.py`): 860 such
lines in 223 files; in a random sample of 21 read by hand, 13 end a paragraph written one a line and 5 are wraps. The
reading below changes 19 of the 1,480 Markdown files of `eval/` and `corpora/` (`corpora/` none), every paragraph it
joins a wrap when read (structure52 flaredo-md, structure51 keepygaga-md, pairs50d moneyup and verity, editions35
vaporauth, editions38 pairnest, editions42 kimi, editions43 imageharvest, round25 baudrate and round26 webcrawler —
English lines ending on ; too —, precision41 lovesports, and three of eval's own notes).

`wrap_width(texts)`: the width from which a line of the paragraph is a wrap, or None when the paragraph is not one an
author hard-wrapped — all at once: at least `MIN_WRAPS` of its lines (the last aside) end inside a sentence (no clause
mark, comma, enumeration comma or closing bracket) and every line but the last is within `WRAP` of the widest (display
width, a Han character counting two).  A line ending a sentence is then a wrap when it is that wide too; a list item, a
numbered line or a field still starts its block.  (A Markdown line break, two spaces or a backslash, is a line of the
same block here as everywhere in the loader: the walker gives the lines stripped.)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

WRAP = 0.8  # every line but the last at least this share of the widest line's width
MIN_WRAPS = 2  # lines ending inside a sentence
# a line ending on one of these is no evidence of a wrap inside a sentence
_NOT_MID = tuple("。！？；!?;：:，,、）)」』”*")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_width(texts: Sequence[str]) -> int | None:
    """The display width from which a line of this Markdown paragraph's lines `texts` is a hard wrap (module docstring)."""
    if len(texts) < MIN_WRAPS + 2:
        return None
    body = [t.strip() for t in texts[:-1]]
    if sum(1 for t in body if t and not t.endswith(_NOT_MID)) < MIN_WRAPS:
        return None
    widths = [_width(t) for t in body]
    if not widths or min(widths) < WRAP * max(widths):
        return None
    return int(WRAP * max(widths) + 0.999)


def is_wrap(text: str, at: int | None) -> bool:
    """Is the stripped line `text` as wide as the paragraph's wrap width `at` (`wrap_width`; None: never)?"""
    return at is not None and _width(text) >= at
