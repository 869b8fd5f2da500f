"""A list item or quote whose first line is only its marker and a blank markdown-it trims (U+3000, NBSP).

markdown-it trims a paragraph with JavaScript's trim(), which drops U+3000 and NBSP: 「- \\u3000」 then
「一」 is an item whose text is 「一」 and starts on the second line.  The reader looked for it on the
marker's line and lost it (found by the fuzz properties: "text lost without a warning").
"""

from __future__ import annotations

import pytest

from policylens.load.markdown import read_markdown


@pytest.mark.parametrize(
    ("source", "text", "line"),
    [
        ("- \u3000\n一", "一", 2),
        ("* \u3000\n一", "一", 2),
        ("> \u3000\n一", "一", 2),
        ("1. \u00a0\n一二", "一二", 2),
        ("- \u3000\n  - \u3000\n    一", "一", 3),
    ],
)
def test_the_text_after_a_marker_only_line_is_kept_at_its_line(source: str, text: str, line: int) -> None:
    blocks = read_markdown(source).blocks
    assert [(b.text, b.line) for b in blocks if b.text.strip("-*>0123456789. \u3000\u00a0")] == [(text, line)]


def test_a_marker_with_text_keeps_its_line() -> None:
    blocks = read_markdown("- 甲\n乙").blocks
    assert "甲" in blocks[0].text and blocks[0].line == 1
