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

`file_band(source)` (fifty-third session, u53d: the paragraphs `wrap_width` cannot judge, under four lines or of uneven
widths): the evidence is then the whole file's.  When at least `FILE_MIN_WRAPS` lines, in two blank-line blocks at
least, end inside a sentence with a plain line after them, and `FILE_SHARE` of them are within `FILE_LOW`–`FILE_HIGH`
of their median width, the file is hard-wrapped at that width; a line of any paragraph ending a sentence inside that
band, with a line holding Han characters after it, is then a wrap too (`in_band`), unless markup (a link target,
inline code, a tag) makes its width.  A file written one paragraph a line
has few lines ending mid-sentence, of any width, and keeps its splits.  On the Chinese Markdown files of `eval/` and
`corpora/` (`/tmp` count in the u53d notes) it joins 34 more lines in 18 files, each a wrap when read; a Chinese line
with its English translation on the next line (structure45c helloyahei-md) stays two.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections.abc import Sequence

from policylens.lazyre import lazy
from policylens.patterns import HAN

WRAP = 0.8  # every line but the last at least this share of the widest line's width
MIN_WRAPS = 2  # lines ending inside a sentence
# a line ending on one of these is no evidence of a wrap inside a sentence
_NOT_MID = tuple("。！？；!?;：:，,、）)」』”*")


FILE_MIN_WRAPS = 4  # lines of the file ending inside a sentence…
FILE_LOW, FILE_HIGH = 0.8, 1.15  # …this share of their median width apart at most…
FILE_SHARE = 0.8  # …for this share of them
# a line that is no prose line of a paragraph: a list item, a numbered line, a heading, a table row, a quote, HTML, a
# fence, an image, a footnote, a rule, an attribute list
_NOT_PROSE = lazy(
    r"[ \t]{0,12}+(?:[-*+·•][ \t]|\d{1,9}[.)、]|[#|><]|```|~~~|!\[|\[\^|---|\{:|[一二三四五六七八九十]{1,4}+、|（[一二三四五六七八九十\d]{1,4}+）)"
)
_HAN_CHAR = lazy(f"[{HAN}]")
# what makes a line's width the markup's, not the wrap's: a link target, inline code, a tag (pairs14dev hostbox: the
# Traditional edition's longer link target put the same sentence line outside the band, and only one side joined)
_MARKUP_WIDTH = lazy(r"\]\(|`|<[a-zA-Z/]")


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


def file_band(source: Sequence[str]) -> tuple[int, int] | None:
    """The display widths (low, high) at which the Markdown file `source` (its lines) is hard-wrapped, or None when its
    lines ending inside a sentence give no such evidence (module docstring)."""
    widths: list[int] = []
    blocks: set[int] = set()
    block = 0
    fence = False
    for k, raw in enumerate(source[:-1]):
        line = raw.strip()
        if line.startswith(("```", "~~~")):
            fence = not fence
        if fence or not line:
            block += 1
            continue
        after = source[k + 1]
        if line.endswith(_NOT_MID) or not after.strip() or _NOT_PROSE.match(raw) or _NOT_PROSE.match(after):
            continue
        if _HAN_CHAR.search(line):
            widths.append(_width(line))
            blocks.add(block)
    if len(widths) < FILE_MIN_WRAPS or len(blocks) < 2:
        return None
    middle = statistics.median(widths)
    low, high = FILE_LOW * middle, FILE_HIGH * middle
    if sum(1 for w in widths if low <= w <= high) < FILE_SHARE * len(widths):
        return None
    return int(low + 0.999), int(high)


def in_band(text: str, after: str, band: tuple[int, int] | None) -> bool:
    """Is the stripped line `text` as wide as the file's wrap (`file_band`), with Chinese on the line `after` it?"""
    if band is None or not band[0] <= _width(text) <= band[1] or _MARKUP_WIDTH.search(text) is not None:
        return False
    return _HAN_CHAR.search(after) is not None and _HAN_CHAR.search(text) is not None
