"""English titles in an HTML paragraph (an English edition's titles, u46a2): a bold Latin line, and a numbered Latin
sub-section title over its sentence in a `<br>` paragraph.  Split from `titles.py`, which asks them."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.lines import MAX_TITLE_LINE_LATIN, TITLE_LINE_END
from policylens.normalise import WHITESPACE, fold
from policylens.patterns import HAN_CHAR


def latin_bold_title(folded: str) -> bool:
    """An English title: at most `MAX_TITLE_LINE_LATIN` characters and `_LATIN_TITLE_WORDS` words, no Chinese, opening with a
    capital or a digit (「Three. Data Security」, 「Related definitions」; not 「in connection with …」)."""
    words = folded.split()
    return (
        len(folded) <= MAX_TITLE_LINE_LATIN
        and 0 < len(words) <= _LATIN_TITLE_WORDS
        and folded[:1].isascii()
        and (folded[:1].isupper() or folded[:1].isdigit())
        and not HAN_CHAR.search(folded)
    )


_LATIN_TITLE_WORDS = 8
# 「2.1 The way and duration of information storage」: a sub-section number of two or three parts, then a capital
_LATIN_NUMBERED = lazy(r"\d{1,2}(?:\.\d{1,2}){1,2}[ \t]+[A-Z][a-z]*")
_LATIN_NUMBERED_MAX = 80
_LATIN_NUMBERED_WORDS = 10
# the first words of an English sentence, not of a title (「1.1 We collect …」, 「1.2 If you …」)
_SENTENCE_OPENERS = frozenset(
    [
        "We",
        "You",
        "If",
        "When",
        "Our",
        "It",
        "This",
        "These",
        "Those",
        "In",
        "For",
        "To",
        "Your",
        "They",
        "Please",
        "As",
        "Where",
        "While",
        "Upon",
        "After",
        "Before",
    ]
)


def latin_numbered_title(line: str, below: str) -> bool:
    """「2.1 The way and duration of information storage<br/>」 over its sentence (an English edition's sub-section in a
    <br> paragraph, u46a2: eval/structure45 shifu-disclaimer-jsx): a sub-section number and an English title (at most
    `_LATIN_NUMBERED_WORDS` words, no Chinese, no punctuation after the number, not opening like a sentence) over a
    line at least half as long again that ends a sentence."""
    folded = fold(line).strip(WHITESPACE)
    m = _LATIN_NUMBERED.match(folded)
    if m is None or len(folded) > _LATIN_NUMBERED_MAX or HAN_CHAR.search(folded) or folded.endswith(TITLE_LINE_END):
        return False
    words = folded.split()
    if len(words) > _LATIN_NUMBERED_WORDS or words[1] in _SENTENCE_OPENERS or any(mark in folded[m.end() :] for mark in ",;:.!?"):
        return False
    text = fold(below).strip(WHITESPACE)
    return len(text) >= 1.5 * len(folded) and text.endswith((".", "。")) and text[:1].isupper()
