"""Numbered outlines: a heading's number as numbers, and a section inserted under a sub-number.

A translation keeps its headings' numbers, but a number is evidence of one section only where the numbering was not
shifted: an edition that inserted "9. App Usage Analytics" and renumbered the rest pairs "10." with the other
edition's "9." (eval/editions41 marginmate-lag, editions45 mindfulwork-lag; u48e measured numbers as evidence in
`align.score` and reverted them).  A section inserted under a sub-number (「4-2. 關於數據分析・追蹤工具」 between 「4.」
and 「5.」) shifts nothing: that is how an author inserts without renumbering.  When two outlines number their sections
alike but for such insertions, the sections of one number are one section (u49c, eval/editions48 rata-lag RL1).
"""

from __future__ import annotations

from collections.abc import Sequence

from policylens import lazyre
from policylens.normalise import fold
from policylens.numbering import number_value, parse_number

_DIGITS = lazyre.compile(r"\d+")

# Each outline must number this many sections or more for its numbers to pair them.
NUMBERED_MIN = 3


# A sub-number the heading reader leaves in the title (「4-2. 關於數據分析」: `Section.number` is None there)
_TITLE_SUB_NUMBER = lazyre.compile(
    r"(?<![\d-])(\d{1,3}(?:-\d{1,3})+)[.、)）]?\s"
)  # (a match at the start; the lookbehind keeps a search linear)


def number_key(label: str | None, title: str | None = None) -> tuple[int, ...] | None:
    """A heading's numbering as numbers, whatever its writing: "4-2." and 「4-2、」 are (4, 2), 「第三條」 and "3." (3,).

    With no label, a sub-number that starts the `title` ("4-2. 關於…") is read as one."""
    if not label:
        m = _TITLE_SUB_NUMBER.match(fold(title)) if title else None
        return tuple(int(d) for d in m.group(1).split("-")) if m else None
    digits = _DIGITS.findall(fold(label))
    if digits:
        return tuple(int(d) for d in digits)
    parsed = parse_number(f"{label}x")  # a label alone is no heading to `parse_number`
    value = number_value(parsed) if parsed is not None else None
    return None if value is None else (value,)


def _sub_numbered(number: tuple[int, ...], shared: set[tuple[int, ...]]) -> bool:
    """Is `number` a sub-number after the first (「4-2.」, "3.3") under a parent both outlines write ("4.") and under which
    they write no sub-number alike?

    「4-2.」 beside "4." and "5." is an insertion; "3.3" where both write "3.1" and "3.2" may be a "3.2" the shorter
    edition dropped with its "3.3" renumbered, which numbers cannot tell from an addition."""
    if len(number) < 2 or number[-1] < 2:
        return False
    parent = number[:-1]
    return parent in shared and not any(len(n) == len(number) and n[:-1] == parent for n in shared)


def held_by_number(
    base: Sequence[tuple[int, tuple[int, ...] | None]], other: Sequence[tuple[int, tuple[int, ...] | None]]
) -> dict[int, int] | None:
    """Base index → other index for the sections of one number, when the outlines differ only by sub-numbered insertions.

    `base` and `other`: (section index, `number_key`) of each titled section in document order.  None unless both
    outlines number NUMBERED_MIN sections or more, no number twice, the numbers both write stand in the same order,
    and every number only one of them writes is a sub-number whose parent both write and under which they write no
    sub-number alike: a section inserted without renumbering (「4-2.」 beside "4." and "5.").  A number one edition
    writes at the end ("9." beside an edition of eight) or between others without a sub-number is a renumbering or a
    different outline: None.
    """
    ours = [(i, n) for i, n in base if n is not None]
    theirs = [(i, n) for i, n in other if n is not None]
    if min(len(ours), len(theirs)) < NUMBERED_MIN:
        return None
    our_numbers, their_numbers = [n for _, n in ours], [n for _, n in theirs]
    if len(set(our_numbers)) != len(our_numbers) or len(set(their_numbers)) != len(their_numbers):
        return None
    shared = set(our_numbers) & set(their_numbers)
    only = (set(our_numbers) | set(their_numbers)) - shared
    if not only or not all(_sub_numbered(n, shared) for n in only):
        return None
    if [n for n in our_numbers if n in shared] != [n for n in their_numbers if n in shared]:
        return None
    where = {n: i for i, n in theirs}
    return {i: where[n] for i, n in ours if n in shared}
