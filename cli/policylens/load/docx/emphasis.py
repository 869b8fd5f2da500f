"""Markdown emphasis typed into Word (「一、**我们如何收集…**」): the `**` pairs of a paragraph, found in linear time.

The asterisks are dropped from a heading-style paragraph and from a bold title one pair wraps whole after its number;
other body text keeps them.
"""

from __future__ import annotations

import bisect
import re

# What may stand before a bold title typed whole: nothing, or its number (「一、」, 「（二）」, 「3.」, 「第四条 」).
_LABEL_ONLY = re.compile(r"^[0-9０-９一二三四五六七八九十百零〇第條条章節节款項项.．、（）()\s]{0,8}$")
# Markdown emphasis typed into Word: 「一、**我们如何收集…**」 (asterisks around a non-blank span).
# The shortest pairs, as `re.finditer(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")` finds them (see `typed_emphasis`).
_TYPED_EMPHASIS = r"\*\*(?=\S)(.+?)(?<=\S)\*\*"
_DOUBLE_STAR = re.compile(r"(?=\*\*)")


def typed_emphasis(text: str) -> list[tuple[int, int, int, int]]:
    """(start, inner start, inner end, end) of each `**…**` pair, the matches of `_TYPED_EMPHASIS`, in linear time.

    The regex is quadratic on text where openers have no closer: from every `**` its lazy
    `.+?` ran to the end of the paragraph looking for a `**` after a non-blank character
    (a 200 KB paragraph of 「**a 」 took 105 s of CPU).  The closers are listed once; each
    opener takes the first closer past it, on its line, by bisection.
    """
    if "**" not in text:
        return []
    starts = [m.start() for m in _DOUBLE_STAR.finditer(text)]  # every `**`, overlapping ones too (「***」)
    closers = [j for j in starts if j > 0 and not text[j - 1].isspace()]
    pairs: list[tuple[int, int, int, int]] = []
    done = newline = 0
    for i in starts:
        if i < done or i + 2 >= len(text) or text[i + 2].isspace():
            continue
        k = bisect.bisect_left(closers, i + 3)
        if k == len(closers):
            break  # no closer after this opener: none after a later one either
        if newline < i + 2:
            newline = text.find("\n", i + 2) % (len(text) + 1)  # the next line end (none: the text's end)
        j = closers[k]
        if j > newline:
            continue  # `.` stops at a line end
        pairs.append((i, i + 2, j, j + 2))
        done = j + 2
    return pairs


def _without_typed_emphasis(text: str, *, heading: bool) -> list[tuple[int, int]]:
    """The spans of `text` to keep when literal `**` pairs typed into Word are dropped from a title.

    Authors who write Markdown type 「一、**我们如何收集…**」 or 「**（一）账号信息**」 into Word: the
    asterisks are emphasis marks, not text.  They are dropped from a heading-style paragraph,
    and from any paragraph that one pair wraps whole after nothing but its number (a bold
    title line; not 「注意：**请勿…**」);
    the spans kept carry their own columns, so positions stay those of the paragraph.  Other
    body text keeps its asterisks (「**注意**：…」 inside a sentence is left as written).
    """
    pairs = typed_emphasis(text)
    if not pairs:
        return [(0, len(text))]
    whole = len(pairs) == 1 and pairs[0][3] == len(text) and _LABEL_ONLY.match(text[: pairs[0][0]]) is not None
    if not (heading or whole):
        return [(0, len(text))]
    spans, last = [], 0
    for start, inner, inner_end, end in pairs:
        spans.append((last, start))
        spans.append((inner, inner_end))
        last = end
    spans.append((last, len(text)))
    return [(a, b) for a, b in spans if b > a]
