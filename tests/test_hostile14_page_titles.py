"""Hostile input, round 14 (c12h): a page with more than one `<title>`.

A browser's page title is the first `<title>` of the document (a CMS that writes a second one in the body, a
template that repeats the head); the HTML reader joined every `<title>`'s text into one, so `diff` compared a title
nobody sees: 「甲公司隐私政策乙公司隐私政策」 against a page whose only `<title>` is 「甲公司隐私政策」 was a title change,
exit 1.  The first `<title>` is now the page's; a later one with text is not read, with a warning naming its line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli, parse_string
from policylens.diff import diff_documents

BODY = "<body><h1>隐私政策</h1><p>我们收集您的姓名。</p></body>"


def page(*titles: str, body: str = BODY) -> str:
    return "<html><head>" + "".join(f"<title>{t}</title>" for t in titles) + f"</head>{body}</html>\n"


@pytest.mark.parametrize(
    "second",
    [
        page("甲公司隐私政策", "乙公司隐私政策"),  # two in the head
        page("甲公司隐私政策", body="<body><title>乙公司</title><h1>隐私政策</h1><p>我们收集您的姓名。</p></body>"),  # one in the body
        page("甲公司隐私政策", "", "乙公司"),
    ],
)
def test_the_first_title_is_the_page_title(second: str) -> None:
    doc = parse_string(second, ".html")
    assert doc.metadata.page_title == "甲公司隐私政策"
    assert diff_documents(parse_string(page("甲公司隐私政策"), ".html"), doc).title is None
    assert any("second <title> is not read" in w for w in doc.warnings)


def test_a_change_in_the_first_title_is_still_found() -> None:
    report = diff_documents(parse_string(page("甲公司隐私政策", "x"), ".html"), parse_string(page("乙公司隐私政策", "x"), ".html"))
    assert report.title is not None and (report.title.old_text, report.title.new_text) == ("甲公司隐私政策", "乙公司隐私政策")


@pytest.mark.parametrize("text", ["", "   ", "&nbsp;"])
def test_an_empty_later_title_draws_no_warning(text: str) -> None:
    doc = parse_string(page("甲公司隐私政策", text), ".html")
    assert doc.metadata.page_title == "甲公司隐私政策"
    assert not [w for w in doc.warnings if "<title>" in w]


def test_an_empty_first_title_is_still_the_first(tmp_path: Path) -> None:
    """The browser's title is the first element even when it is empty (document.title is then "")."""
    doc = parse_string(page("", "乙公司隐私政策"), ".html")
    assert doc.metadata.page_title is None
    assert any("second <title> is not read" in w for w in doc.warnings)


def test_a_later_title_left_open_is_not_read_as_the_title(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text("<html><head><title>甲公司</title></head><body><h1>隐私政策</h1><title>乙公司", encoding="utf-8")
    run = cli("parse", str(tmp_path / "p.html"), "--format", "json")
    assert run.returncode == 0, run.stderr
    assert "second <title> is not read" in run.stderr
    assert "never closed" not in run.stderr
