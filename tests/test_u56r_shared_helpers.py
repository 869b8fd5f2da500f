"""Issue #13 (u56r): near-copies made one, each reader keeping its own reading.

`compare.evidence.inner_capital` is the one inner-capital test (`absent`, `named_lag`, `sentences`, each with its own
options); `patterns.DOCUMENT_KINDS` and `patterns.OPENING_WORDS` are the words several title tests add their own to;
`load.lines.shifted_pieces` moves a part's pieces into a joined text; `sentences.word_forms` lists the runs a plain
word is written as.
"""

from __future__ import annotations

import pytest

from policylens import patterns
from policylens.compare import absent, named_lag, sentences
from policylens.compare.evidence import inner_capital
from policylens.load.html import raw_text
from policylens.load.lines import shifted_pieces, slice_pieces
from policylens.model import Piece
from policylens.structure import shapes
from policylens.structure.headings import title, title_copy


@pytest.mark.parametrize(
    ("word", "camel", "after_small", "acronym", "not_after_hyphen"),
    [
        ("SwiftData", True, True, True, True),
        ("iCloud", True, True, True, True),
        ("PDFKit", True, False, True, True),
        ("OAuth", True, False, True, True),
        ("OCR", False, False, True, True),
        ("PDFs", False, False, True, True),
        ("Finder", False, False, False, False),
        ("Sign-In", False, False, True, False),
        ("store", False, False, False, False),
    ],
)
def test_one_inner_capital_test_with_each_readers_options(
    word: str, camel: bool, after_small: bool, acronym: bool, not_after_hyphen: bool
) -> None:
    assert inner_capital(word) is camel
    assert inner_capital(word, before_two=False) is after_small
    assert inner_capital(word, acronyms=True) is acronym
    assert inner_capital(word, acronyms=True, after_hyphen=False) is not_after_hyphen


def test_named_lag_and_absent_read_names_through_it() -> None:
    assert named_lag.inner_capital("PDFKit") and not named_lag.inner_capital("iOS")  # four letters at least
    assert absent._names("iCloud Sync, PDFKit, GitHub2 and WeChat") == ["iCloud", "WeChat"]  # no digit beside, no CCss


def test_a_plain_words_forms() -> None:
    assert sentences.word_forms("box") == ("box", "boxs", "boxes")
    assert sentences._writes_word("two boxes here", "box") and not sentences._writes_word("inbox", "box")
    assert sentences.latin_words("iCloud and v2") == frozenset({"i", "loud", "and", "v2"})


def test_title_words_have_one_home() -> None:
    assert patterns.DOCUMENT_NAME_END.pattern == rf"(?:{patterns.DOCUMENT_KINDS}|policy|notice|statement)$"
    for pattern in (shapes._OPENING_END, title._OPENING_SECTION, raw_text._NAMED_TITLE):
        assert patterns.OPENING_WORDS in pattern.pattern
    for pattern in (raw_text._NAMED_TITLE, title_copy._DOCUMENT_KIND):
        assert patterns.DOCUMENT_KINDS in pattern.pattern
    assert raw_text._plain_title("E网生活隐私政策") and raw_text._plain_title("目录") and not raw_text._plain_title("请阅读隐私政策")


def test_shifted_pieces_move_a_parts_pieces() -> None:
    pieces = (Piece(0, 3, 1, 1), Piece(3, 4, 2, 1))
    assert shifted_pieces(slice_pieces(pieces, 2, 5), 10) == (Piece(10, 1, 1, 3), Piece(11, 2, 2, 1))
    assert shifted_pieces(pieces, 0) == pieces
