"""`profiles.coverage.tables._marked_not` reads each header row once (issue #13, thirty-ninth session).

Every row of a table is read against the same header row, for two kinds of column (collected, sold): the header's cells
were split and searched again for each row, 80,000 splits for a table of 20,000 rows. `_header_columns` keeps a
header's cell count and the positions of the cells a column pattern finds; a header without such a column answers
No for every row without reading it. The answers are those of the plain form the function had (`_plain`), on
generated headers and rows and on the yes/no tables of the profile tests.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.profiles.coverage.tables import _NO_CELL, _SOLD_HEADER, _YES_NO_HEADER, _cell_spans, _marked_not


def _plain(header: str, row: str, column: re.Pattern[str] = _YES_NO_HEADER) -> bool:
    """`_marked_not` as it was written before the header cache (thirty-eighth session)."""
    names = [header[a:b] for a, b in _cell_spans(header)]
    cells = [row[a:b] for a, b in _cell_spans(row)]
    if len(names) != len(cells):
        return False
    return any(column.search(n) and _NO_CELL.match(c) for n, c in zip(names, cells, strict=True))


HEADER_CELLS = st.sampled_from(
    ["Collected", "collected?", "是否收集", "已收集", "Sold or Shared", "Sold", "Disclosed", "Category", "類別", "", " ", "-", "We collect"]
)
ROW_CELLS = st.sampled_from(["No", "no", "否", "無", "没有", "✗", "N", "Yes", "是", "", " ", "姓名", "Identifiers", "-", "No."])


def _row(cells: list[str], lead: bool, trail: bool) -> str:
    return ("| " if lead else "") + " | ".join(cells) + (" |" if trail else "")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(HEADER_CELLS, min_size=1, max_size=5),
    st.lists(st.lists(ROW_CELLS, min_size=1, max_size=6), min_size=1, max_size=6),
    st.booleans(),
    st.booleans(),
)
def test_marked_not_answers_as_its_plain_form(header: list[str], rows: list[list[str]], lead: bool, trail: bool) -> None:
    head = _row(header, lead, trail)
    for cells in rows:  # several rows against one header: the cached header answers for each
        row = _row(cells, lead, trail)
        for column in (_YES_NO_HEADER, _SOLD_HEADER):
            assert _marked_not(head, row, column) == _plain(head, row, column), (head, row, column.pattern)
        assert _marked_not(head, row) == _plain(head, row)


def test_marked_not_on_yes_no_tables() -> None:
    header = "| Category | Examples | Collected | Sold or Shared |"
    assert _marked_not(header, "| A. Identifiers | real name, alias | No | No |")
    assert not _marked_not(header, "| A. Identifiers | real name, alias | Yes | No |")
    assert _marked_not(header, "| A. Identifiers | real name, alias | Yes | No |", _SOLD_HEADER)
    assert not _marked_not(header, "| A. Identifiers | real name | No |")  # a row of another width is not read
    assert not _marked_not("| 目的 | 依据 |", "| - | -- |")  # no yes/no column: no row is marked
    for _ in range(3):  # the same header again (cached) answers the same
        assert _marked_not("| 類別 | 是否收集 |", "| 位置 | 否 |") and not _marked_not("| 類別 | 是否收集 |", "| 位置 | 是 |")
