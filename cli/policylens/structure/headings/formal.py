"""Titles numbered in the formal numerals (壹、 貳、 （壹）) over the first title of the ordinary family (一、 （一）).

A Taiwan outline nests 壹、 > 一、 > （一） > 1. (`numbering.FORMAL_DIGITS`: the two families are two numbering
styles).  「貳、個人資料檔案之安全維護計畫：」 over 「一、資料安全方面：」 is the second part's title even when it has no titled
sibling (its 「壹、」 is a whole sentence, eval/structure37 istupass-modals-jsx): only a parent has a first child, as
only 「2.2」 has a 「2.2.1」 (`numbered._parents_of_first_children`).  The line must read as a title: short, one piece,
no sentence or clause mark before its end (a closing colon is allowed), and the heading directly below it is numbered 1
in the ordinary family.
"""

from __future__ import annotations

from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import number_value
from policylens.patterns import CLAUSE_MARKS
from policylens.structure.memo import parse_number
from policylens.structure.shapes import MAX_NUMBERED, Heading, unemphasise

# The formal style → the ordinary styles its first child may be numbered in.
_CHILD_STYLES: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    ("cn-formal",): (("cn",), ("cn-paren",)),
    ("cn-formal-paren",): (("cn-paren",),),
}


def formal_parents(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Make a formal-numbered title line directly over its first ordinary-numbered child heading a heading, in place."""
    for i, block in enumerate(blocks[:-1]):
        child = found.get(i + 1)
        if i in found or child is None or child.number is None or block.kind not in ("paragraph", "item") or len(block.pieces) != 1:
            continue
        text = unemphasise(block.text).strip()
        number = parse_number(text)
        if number is None or child.number.style not in _CHILD_STYLES.get(number.style, ()) or number_value(child.number) != 1:
            continue
        rest = fold(text[number.rest :]).strip()
        body = rest[:-1].rstrip() if rest.endswith(":") else rest
        if not body or len(body) > MAX_NUMBERED or any(mark in body for mark in CLAUSE_MARKS + ",，"):
            continue
        found[i] = Heading(i, text, number, ("num", *number.style))
