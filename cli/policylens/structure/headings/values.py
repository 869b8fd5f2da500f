"""A heading's number as a value: Arabic, Chinese and Roman numerals, letters, and small shared tests.

`heading_value` (the last numeral of a heading's label as an integer), `roman_value`, the letter of a lettered
line, the text after a number, whether a line ends in a colon, and the sentence ends the heading modules share.
No decision about what is a heading is made here.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.normalise import fold
from policylens.numbering import number_value
from policylens.patterns import (
    SENTENCE_ENDS,
)
from policylens.structure.memo import UNKNOWN, Table
from policylens.structure.shapes import (
    Heading,
)


def _has_colon(text: str) -> bool:
    """Does `text` hold a colon, 「:」 or 「：」?  Only these two fold to 「:」 (`normalise.fold`): a text without either never
    ends with a colon once folded, so the tests that fold a line to look at its end skip it (twenty-fifth session)."""
    return ":" in text or "：" in text


_SENTENCE_ENDS = SENTENCE_ENDS
_ITEM_ENDS = (*_SENTENCE_ENDS, ":")


_ROMAN = {"I": 1, "V": 5, "X": 10}


def roman_value(label: str) -> int | None:
    """「XIV.」 → 14: the value of a Roman numeral label (I–XV), or None."""
    letters = fold(label).strip().rstrip(".、").strip()
    if not letters or any(ch not in _ROMAN for ch in letters):
        return None
    values = [_ROMAN[ch] for ch in letters]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


_VALUES = Table()  # a heading's Number → its value (`structure.memo`): the levels and sibling checks ask again and again


def heading_value(h: Heading) -> int | None:
    """The heading's number as an integer (the last Arabic, Chinese or Roman numeral of its label), or None."""
    number = h.number
    if number is None:
        return None
    found = _VALUES.answers.get(number, UNKNOWN)
    if found is UNKNOWN:
        found = _VALUES.keep(number, number.label, roman_value(number.label) if number.style == ("roman",) else number_value(number))
    return found  # type: ignore[no-any-return]


# 「(a)」, 「（b）」; (u46a) also a lower-case letter and its full stop, comma or bracket, 「k.」, 「c、」, 「d)」: 「k.法律法规规定的
# 其他情形」 after 「j.…的；」 closes the list a.–k. (eval/structure46 yaoji: it was read as a sub-section)
_LETTER = lazy(r"^\s*(?:[(（]([a-zA-Z])[)）]|([a-z])[.、)）])\s*")


def _letter(text: str) -> int | None:
    """The letter of a lettered line as a number ((a) → 0, k. → 10), or None."""
    m = _LETTER.match(fold(text))
    return ord((m.group(1) or m.group(2)).lower()) - ord("a") if m else None


def _number_rest(heading: Heading) -> str:
    """The title of a numbered heading without its number."""
    return heading.title[heading.number.rest :] if heading.number is not None else heading.title
