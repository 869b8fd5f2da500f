"""The structure stage's remembered answers (`structure/memo.py`, issue #11, twenty-fourth session) are its answers.

Each memoised test reads only its arguments; the memo must key on all of them (the glued style, the length limit),
never carry a neighbour-dependent decision from one document to another, and stay bounded.
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.model import Block, Piece
from policylens.numbering import parse_number as plain_parse_number
from policylens.structure import memo
from policylens.structure.headings import heading_value
from policylens.structure.memo import parse_number
from policylens.structure.shapes import Heading, heading_like, is_plain_heading, numbered_heading


def _paragraph(text: str, kind: str = "paragraph") -> Block:
    return Block(kind, text, 1, 1, 1, (Piece(0, len(text), 1, 1),))  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _fresh() -> None:
    memo.clear()


def _structure(doc: object) -> object:
    """What a document's structure is, without its source (the same text under another name)."""
    return (doc.metadata, doc.sections, doc.title_pieces)  # type: ignore[attr-defined]


def test_parse_number_keys_on_the_glued_style() -> None:
    """A number glued to its title is one only with a style given: 「2删除个人信息」 with and without it, both orders."""
    style = ("decimal", "1")
    for first, second in [(None, style), (style, None)]:
        memo.clear()
        for glued in (first, second, first):
            assert parse_number("2删除个人信息", glued=glued) == plain_parse_number("2删除个人信息", glued=glued)
    assert parse_number("2删除个人信息") is None
    assert parse_number("2删除个人信息", glued=style) is not None


def test_numbered_heading_keys_on_the_glued_style() -> None:
    """`numbered_heading` of one text with and without a glued style: each answer its own."""
    block = _paragraph("3分享与转让")
    assert numbered_heading(block) is None
    found = numbered_heading(block, glued=("arabic-dun",))
    assert isinstance(found, Heading) and found.number is not None and found.number.style == ("arabic-dun",)
    assert numbered_heading(block) is None


def test_heading_like_keys_on_the_limit() -> None:
    """A 12-character line is heading-like under a limit of 30 and not under one of 10, whichever is asked first."""
    text = "我们如何保护和保存您的个人信息"
    for limits in ([30, 10], [10, 30]):
        memo.clear()
        answers = {limit: heading_like(text, limit=limit) for limit in limits}
        assert answers == {30: True, 10: False}


def test_plain_heading_reads_the_block_kind_and_lines_outside_the_memo() -> None:
    """The same text as a one-line paragraph (a heading), a list item and a two-line paragraph (neither)."""
    assert is_plain_heading(_paragraph("关于我们"))
    assert not is_plain_heading(_paragraph("关于我们", kind="item"))
    two_lines = Block("paragraph", "关于我们", 1, 1, 2, (Piece(0, 2, 1, 1), Piece(2, 2, 2, 1)))
    assert not is_plain_heading(two_lines)
    assert is_plain_heading(_paragraph("关于我们"))


def test_heading_value_of_roman_and_other_numbers() -> None:
    """「II.」 is 2 as a Roman numeral and nothing as a Latin letter label; 「（三）」 is 3."""
    roman = plain_parse_number("II. 范围")
    assert roman is not None and roman.style == ("roman",)
    for _ in range(2):
        assert heading_value(Heading(0, "II. 范围", roman, ("num", "roman"))) == 2
        three = plain_parse_number("（三）共享")
        assert heading_value(Heading(0, "（三）共享", three, ("num", "cn-paren"))) == 3
        assert heading_value(Heading(0, "概述", None, ("plain", "leaf"))) is None


# One line, 「联系我们」, a heading in the first document (plain text, a title over its text) and a paragraph in the
# second (Markdown with `#` headings, where a bare line is no heading): what depends on the document and the
# neighbours must be decided afresh in each one.
_FIRST = ("示例隐私政策\n\n一、我们收集的信息\n\n我们收集您的手机号码。\n\n联系我们\n\n如有问题，请发送邮件至 a@example.com。\n", ".txt")
_SECOND = (
    "# 示例隐私政策\n\n## 一、我们收集的信息\n\n我们收集您的手机号码。\n\n联系我们\n\n如有问题，请发送邮件至 a@example.com。\n",
    ".md",
)


def test_documents_read_after_others_are_read_as_alone() -> None:
    """Each document's structure is the one it has with every memo empty, after the other or after itself."""
    alone = {}
    for case in (_FIRST, _SECOND):
        memo.clear()
        alone[case] = _structure(parse_string(*case))
    memo.clear()
    for case in (_FIRST, _SECOND, _FIRST, _SECOND, _SECOND):
        assert _structure(parse_string(*case)) == alone[case]
    first_titles = [s.title for s in parse_string(*_FIRST).sections]
    second_titles = [s.title for s in parse_string(*_SECOND).sections]
    assert "联系我们" in first_titles and "联系我们" not in second_titles  # the case shows what it tests


def test_tables_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table that reaches its bound of answers, or of characters, starts again empty, and still answers right."""
    monkeypatch.setattr(memo, "MAX_ENTRIES", 5)
    table = memo._NUMBERS
    for k in range(12):
        assert parse_number(f"{k + 1}. 标题{k}") == plain_parse_number(f"{k + 1}. 标题{k}")
        assert len(table.answers) <= 5
    monkeypatch.setattr(memo, "MAX_ENTRIES", 1000)
    monkeypatch.setattr(memo, "MAX_CHARS", 100)
    memo.clear()
    for k in range(10):
        text = f"{k + 1}. " + "长" * 40
        assert parse_number(text) == plain_parse_number(text)
        assert table.held <= 100 + len(text)
    assert len(table.answers) < 10
