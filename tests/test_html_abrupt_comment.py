"""`<!-->` and `<!--->` are empty comments in HTML5: the text after them is shown by browsers
and must be read (html.parser swallowed it up to the next `-->`, or refused the page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli, parse_string


@pytest.mark.parametrize("comment", ["<!-->", "<!--->"])
def test_text_after_an_empty_comment_is_read(comment: str) -> None:
    doc = parse_string(
        f"<h1>隱私權政策</h1>\n<p>我們重視您的隱私。甲{comment}乙：我們會收集您的姓名。</p>\n<p>丁<!-- 註 -->戊，我們不出售資料。</p>\n",
        ".html",
    )
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts == ["我們重視您的隱私。甲乙：我們會收集您的姓名。", "丁戊，我們不出售資料。"]


def test_a_page_whose_only_comment_is_empty_is_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text("<h1>隱私權政策</h1>\n<p>甲<!-->乙：我們會收集【】。</p>\n", encoding="utf-8")
    result = cli("check", str(path), "--format", "text", "--select", "placeholder-empty")
    assert result.returncode == 1, result.stderr
    assert f"{path}:2:17: error placeholder-empty" in result.stdout  # the column counts the comment's characters


def test_a_real_comment_is_still_a_comment() -> None:
    doc = parse_string("<h1>隱私權政策</h1>\n<p>甲<!-- 請填寫公司名稱 -->乙，我們重視您的隱私。</p>\n", ".html")
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["甲乙，我們重視您的隱私。"]
