"""A Markdown pipe table typed into a plain-text file: its rows are no headings.

A `.txt` policy written in Markdown keeps its tables as pipe rows (「| 设备权限 | 调用权限的目的 | 是否询问 |」,
「|---|---|---|」, 「| 网络 | 连接网络，实现TapTap登录功能 | 是 |」).  The text reader makes each line a paragraph,
and a short data row with no sentence end had the shape of a bare title line: 「| 网络 | 连接网络… | 是 | 可 |」 became
a section of the policy, its own text the next paragraph (eval/blind/round5 deadweek-txt, a known limit until the
forty-second session, u42a).  A row is a line that opens and closes with `|` and holds at least two cells; it is a
table's row when a delimiter row (「|---|---|」, 「| :-- | --: |」) stands in the same run of lines (no blank line
between).
"""

from __future__ import annotations

from policylens.model import Block
from policylens.patterns import table_rule

_ROW_MIN_BARS = 3  # 「| a | b |」: two cells at least


def _row(text: str) -> bool:
    """「| 网络 | 连接网络 | 是 |」: a line opening and closing with `|`, two cells or more."""
    text = text.strip()
    return len(text) > 2 and text.startswith("|") and text.endswith("|") and text.count("|") >= _ROW_MIN_BARS


def _delimiter(text: str) -> bool:
    """「|---|:--:|」, 「| --- | --- |」: a table's delimiter row (`patterns.table_rule`) with a bar and a dash (not a row of
    empty cells, 「| | |」)."""
    return "-" in text and "|" in text and table_rule(text)


def pipe_table_row(blocks: list[Block], i: int) -> bool:
    """Is `blocks[i]` a row of a pipe table: a row whose run of adjacent lines holds a delimiter row?"""
    if not _row(blocks[i].text):
        return False
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(blocks):
            near = blocks[k + step]
            adjacent = near.line == blocks[k].end_line + 1 if step == 1 else blocks[k].line == near.end_line + 1
            if not adjacent or not (_row(near.text) or _delimiter(near.text)):
                break
            if _delimiter(near.text):
                return True
            k += step
    return False
