"""Anchors of headings on one long line: a page minified onto a single line.

Every section of such a page has the same line, and the anchor reader searched the whole
line for each of them: every section got the first `id` of the page (so `diff` paired
sections by a wrong anchor), and 6,000 nested sections took 13 s (quadratic).  The class:
a heading's anchor is read near the heading, whatever the length of its line.
"""

from __future__ import annotations

from helpers import parse_string
from policylens.structure.anchors import _LONG_LINE, _WINDOW, _around


def _one_line(n: int) -> str:
    body = "".join(f'<h2 id="part-{chr(97 + i % 26)}{i}z">第{i}節 資料</h2><p>內容{i}。</p>' for i in range(n))
    return f"<html><body><h1>隱私權政策</h1>{body}</body></html>\n"


def test_each_heading_of_a_minified_page_keeps_its_own_anchor() -> None:
    doc = parse_string(_one_line(300), suffix=".html")
    sections = [s for s in doc.sections if s.title and s.title.startswith("第")]
    assert len(sections) == 300
    assert [s.anchor for s in sections[:3]] == ["part-a0z", "part-b1z", "part-c2z"]
    assert sections[-1].anchor == "part-n299z"


def test_a_kramdown_anchor_after_a_title_on_a_long_line_is_found() -> None:
    text = "# 政策\n\n## 資料 {: #data}\n\n" + "內容。" * 3000 + "\n\n## 權利 {: #rights}\n\n說明。\n"
    anchors = {s.title: s.anchor for s in parse_string(text, suffix=".md").sections}
    assert anchors["資料"] == "data" and anchors["權利"] == "rights"


def test_the_part_read_around_a_heading_is_bounded() -> None:
    doc = parse_string(_one_line(2000), suffix=".html")
    line = _one_line(2000).splitlines()[0]
    assert len(line) > _LONG_LINE
    for section in doc.sections[1:50]:
        assert len(_around(line, section)) <= 2 * _WINDOW + len(section.title or "") + 1
