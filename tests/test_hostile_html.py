"""Entity-heavy HTML (issue #12 §1): a character reference takes a short path; it must read as the long one.

A 4 MB page of 600,000 entities spent most of its time sending each entity through the
general text handler.  The short path (a cached decoding, one piece appended) is
compared here with the general handler on generated pages, and the columns of entities
are checked against the source.  Times are measured by `benchmarks/bench_worst.py`.
"""

from __future__ import annotations

from html import unescape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.errors import UserError
from policylens.load.html import decode, extractor, read_html


def _through_handle_data(self: extractor._Extractor, raw: str) -> None:
    line, col = self.getpos()
    starts = self._line_starts or self._starts()
    at = starts[line - 1] + col + len(raw) - 1 if line <= len(starts) else len(self.source)
    if self.source[at : at + 1] != ";":  # the source character the reference ends on
        raw = raw[:-1]
    self._text(unescape(raw), len(raw))  # the general handler, with the reference's source width


PIECES = st.sampled_from(
    ["&amp;", "&#x4e00;", "&#20013;", "&nbsp;", "&#10;", "&#32;", "&lt;", "&copy", "&ampx", "&#x3000;", "&unknown;", "&#0;"]
    + ["資料", "a", " ", "\n", "\u3000", "<p>", "</p>", "<br>", "<b>", "</b>", "<li>", "<h2>", "</h2>", "<title>", "</title>"]
    + ["<script>", "</script>", "<!-- c -->", "一、總則", "<td>", "<strong>"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=40).map("".join))
def test_the_entity_short_path_reads_as_the_general_text_handler(page: str) -> None:
    try:
        fast = read_html(page, path="p.html")
    except UserError as exc:  # the same refusal either way
        fast = type(exc).__name__  # type: ignore[assignment]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extractor._Extractor, "_entity", _through_handle_data)
        try:
            slow = read_html(page, path="p.html")
        except UserError as exc:
            slow = type(exc).__name__  # type: ignore[assignment]
    if isinstance(fast, str) or isinstance(slow, str):
        assert fast == slow
        return
    assert [(b.kind, b.text, b.line, b.column, b.pieces) for b in fast.blocks] == [
        (b.kind, b.text, b.line, b.column, b.pieces) for b in slow.blocks
    ]
    assert fast.title == slow.title and fast.warnings == slow.warnings


def test_each_entity_keeps_its_source_column() -> None:
    page = "<p>前&amp;&#x4e00;後&nbsp;&#20013;文</p>\n<p>&lt;b&gt;</p>"
    blocks = read_html(page, path="p.html").blocks
    assert [b.text for b in blocks] == ["前&一後中文", "<b>"]  # a space between two CJK characters is dropped, as for any text
    first = blocks[0]
    columns = {}
    for piece in first.pieces:
        for k in range(piece.length):
            columns[first.text[piece.offset + k]] = piece.column + k
    for char, raw in (("前", "前"), ("&", "&amp;"), ("一", "&#x4e00;"), ("後", "後"), ("中", "&#20013;"), ("文", "文")):
        assert columns[char] == page.index(raw) + 1, char


def test_many_distinct_entities_are_decoded_without_an_unbounded_cache() -> None:
    page = "<p>" + "".join(f"&#{n};" for n in range(0x4E00, 0x4E00 + 6_000)) + "</p>"
    blocks = read_html(page, path="p.html").blocks
    assert blocks[0].text == "".join(chr(n) for n in range(0x4E00, 0x4E00 + 6_000))
    assert len(decode._ENTITIES) <= decode._ENTITY_CACHE
