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


def test_a_marker_only_line_inside_a_paragraph_is_kept() -> None:
    # review: the skip ran for every line, so 「1.」 and 「2.」 were lost and the lines after them shifted
    source = "我们接入的第三方SDK如下：\n1.\n友盟SDK，用于统计分析。\n2.\n极光推送SDK，用于推送。\n\n本政策由【公司名称】负责解释。\n"
    blocks = read_markdown(source).blocks
    text = "".join(b.text for b in blocks)
    assert "友盟SDK" in text and "极光推送SDK" in text and text.count("本政策由") == 1
    assert [b.line for b in blocks if "本政策由" in b.text] == [7]


@pytest.mark.parametrize("blank", ["\u3000", "\u00a0"])
def test_a_dash_and_a_blank_commonmark_reads_as_text_opens_its_paragraph(blank: str) -> None:
    # fuzz example: 「-\u3000」 is no list marker (U+3000 is not a space to CommonMark) but a paragraph's first
    # line; skipping it as a marker-only line lost the 「-」, put 「、」 on the wrong line and read 「- 項目」 twice
    source = f"、\n、\n\n-{blank}\n、\n- 項目\n"
    blocks = read_markdown(source).blocks
    assert [(b.text, b.line, b.end_line) for b in blocks] == [("、、", 1, 2), ("-、", 4, 5), ("- 項目", 6, 6)]
