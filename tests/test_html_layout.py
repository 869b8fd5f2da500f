"""Old-style HTML layouts read as a browser shows them.

Classes (from a real Taiwan page: every paragraph became a level-1 heading, then none did):
- any `</h1>`…`</h6>` closes the innermost open heading, whatever its rank (HTML5): in
  `<h2>保密條約</h1>` the heading ends there, and the paragraphs after it are paragraphs;
- a table of one cell lays out the page (the whole policy in `<table width=700><tr><td>`): its
  blocks are paragraphs, so bold titles in it are headings as anywhere else; a table of
  several cells keeps its cells, also when it sits inside a layout cell.
"""

from __future__ import annotations

from helpers import parse_string

BODY = (
    "<p><span style='text-decoration: underline'><b>用戶同意</b></span></p>\n"
    "<p>當你使用這個程式，你同意保密條約中的有談到的收集以及使用你的個人資訊。</p>\n"
    "<p><span style='text-decoration: underline'><b>訊息收集</b></span></p>\n"
    "<p>我們可能會根據你使用我們的伺服器，收集一些不透露的資料。</p>\n"
    "<p><span style='text-decoration: underline'><b>信息安全</b></span></p>\n"
    "<p>我們採取措施來保護這些信息。</p>\n"
)


def _titles(html: str) -> list[str | None]:
    return [s.title for s in parse_string(html, ".html").sections if s.title]


def test_a_heading_closed_with_another_rank_ends_there() -> None:
    page = f"<html><body><h2><center><p><u><b>保密條約</b></u></p></center></h1>\n{BODY}</body></html>\n"
    doc = parse_string(page, ".html")
    assert doc.metadata.title == "保密條約"
    assert _titles(page) == ["用戶同意", "訊息收集", "信息安全"]


def test_a_policy_laid_out_in_one_table_cell_reads_as_a_page() -> None:
    page = f"<html><body><table width='700'><tbody><tr><td>\n<h1>保密條約</h1>\n{BODY}</td></tr></tbody></table></body></html>\n"
    assert _titles(page) == ["用戶同意", "訊息收集", "信息安全"]
    kinds = {p.kind for s in parse_string(page, ".html").sections for p in s.paragraphs}
    assert kinds == {"paragraph"}


def test_a_data_table_stays_a_table_also_inside_a_layout_cell() -> None:
    table = "<table><tr><th>SDK名稱</th><th>用途</th></tr><tr><td>微信SDK</td><td>分享</td></tr></table>\n"
    for page in (
        f"<html><body><h1>隱私權政策</h1>\n{BODY}{table}</body></html>\n",
        f"<html><body><table><tr><td><h1>隱私權政策</h1>\n{BODY}{table}</td></tr></table></body></html>\n",
    ):
        doc = parse_string(page, ".html")
        cells = [p.text for s in doc.sections for p in s.paragraphs if p.kind == "table"]
        assert cells and all(c in cells for c in ("SDK名稱", "微信SDK", "分享")), cells
        assert _titles(page) == ["用戶同意", "訊息收集", "信息安全"]
