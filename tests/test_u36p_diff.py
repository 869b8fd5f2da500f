"""Headings run into their paragraph, and page chrome as redline context (thirty-sixth session, u36p).

`diff/runin.py`: a policy kept as plain Markdown lines and the HTML page exported from it (VS Code's preview writes
「<li><p>Definitions\\nYou means …</p></li>」) hold the same text, but the page has no headings: every section of the
Markdown side was `removed` and every paragraph replaced by itself with its title in front (eval/pairs36
wo-camera-en: 12 false removed sections, 14 false changes around the one real edit).  A paragraph that opens with a
heading of the other side over the same text is cut back into a heading and its text; the document title likewise.

`render/html.py`: a page-chrome line (a menu inside `<main>`) was shown as a context row of its section, its links run
together (「光迹探楼English支持与反馈」), though the summary says chrome is ignored.
"""

from __future__ import annotations

import io
from pathlib import Path

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.runin import run_in_titles
from policylens.model import DiffReport, Document

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "eval" / "pairs36" / "pairs"

MD = (
    "Privacy Policy\n"
    "Your privacy is important to us. This policy covers how we collect and use your information.\n"
    "\n"
    "1. Definitions\n"
    "You means the individual accessing or using the Service.\n"
    "Application means the software program provided by TRIPBNB, named Camera.\n"
    "\n"
    "2. Children's Privacy\n"
    "Our Service does not address anyone under the age of 13.\n"
)


def _html(definitions: str, children: str, first: str = "Privacy Policy\nYour privacy is important to us.") -> str:
    return (
        "<html><body>"
        f"<p>{first} This policy covers how we collect and use your information.</p>\n"
        "<ol>\n<li>\n<p>"
        f"{definitions}</p>\n</li>\n<li>\n<p>{children}</p>\n</li>\n</ol>\n"
        "</body></html>\n"
    )


EXPORT = _html(
    "Definitions\nYou means the individual accessing or using the Service.\nApplication means the software program provided by TRIPBNB.",
    "Children's Privacy\nOur Service does not address anyone under the age of 13.",
)


def _diff(old: Document, new: Document) -> DiffReport:
    return diff_documents(old, new)


def _changes(report: DiffReport) -> list[tuple[str, str | None, str | None]]:
    return [(c.op, c.old_text, c.new_text) for s in report.sections for c in s.changes if not c.reworded and not c.variant]


def _statuses(report: DiffReport) -> list[str]:
    return [s.status for s in report.sections]


def test_runin_titles_of_an_html_export_pair_with_the_markdown_headings() -> None:
    old, new = parse_string(MD, ".md"), parse_string(EXPORT, ".html")
    for a, b in ((old, new), (new, old)):  # both ways: the flattened side may be either
        report = _diff(a, b)
        assert "removed" not in _statuses(report) and "added" not in _statuses(report)
        changes = _changes(report)
        assert len(changes) == 1, changes
        op, was, now = changes[0]
        assert op == "replace" and was is not None and now is not None
        assert was.startswith("You means") and now.startswith("You means")  # no title in front
        assert report.title is None  # the document title ran into the first paragraph: no title change either


def test_runin_cut_keeps_source_positions() -> None:
    new = parse_string(EXPORT, ".html")
    report = _diff(parse_string(MD, ".md"), new)
    paired = [s for s in report.sections if s.new is not None and s.new.title == "Definitions"]
    assert len(paired) == 1 and paired[0].old is not None and paired[0].old.title == "1. Definitions"
    body = paired[0].new.paragraphs[0]
    lines = EXPORT.split("\n")
    assert lines[body.line - 1][body.column - 1 :].startswith("You means")  # the rest starts where its text does
    assert paired[0].new.line is not None


def test_runin_must_not_cut_a_paragraph_that_only_opens_with_a_heading_word() -> None:
    # 「Definitions」 opens the paragraph, but its text is not the text under the other side's heading: left as it is
    other = _html(
        "Definitions\nare given in the terms of service, which you accept by using the app.",
        "Children's Privacy\nOur Service does not address anyone under the age of 13.",
    )
    report = _diff(parse_string(MD, ".md"), parse_string(other, ".html"))
    removed = [s.old.title for s in report.sections if s.status == "removed" and s.old is not None]
    assert removed == ["1. Definitions"]
    # and a heading the side has itself is never cut out of a paragraph: 「Cookies」 stays a paragraph's word
    old = parse_string("# Policy\n\n## Cookies\n\nWe use cookies to keep you signed in.\n", ".md")
    new = parse_string("# Policy\n\n## Cookies\n\nCookies We use cookies to keep you signed in.\n", ".md")
    assert [op for op, _, _ in _changes(_diff(old, new))] == ["replace"]


def test_runin_needs_the_same_text_under_the_title() -> None:
    # a first paragraph too short to be evidence (under PREFIX_MIN characters of key) cuts nothing
    old = parse_string("# P\n\n## Scope\n\nAll.\n\n## Rights\n\nYou may ask us to delete your data at any time.\n", ".md")
    new = parse_string("# P\n\nScope All.\n\n## Rights\n\nYou may ask us to delete your data at any time.\n", ".md")
    assert run_in_titles(old, new) == (old, new)
    # with a first paragraph long enough, the same shape is cut
    old = parse_string("# P\n\n## Scope\n\nAll of our apps.\n\n## Rights\n\nYou may ask us to delete your data.\n", ".md")
    new = parse_string("# P\n\nScope All of our apps.\n\n## Rights\n\nYou may ask us to delete your data.\n", ".md")
    _, cut = run_in_titles(old, new)
    assert [s.title for s in cut.sections] == [None, "Scope", "Rights"]  # (「# P」 is the document title)
    assert cut.sections[1].paragraphs[0].text == "All of our apps."


def test_wo_camera_en_regression() -> None:
    pair = PAIRS / "wo-camera-en"
    report = _diff(parse_path(pair / "old.md"), parse_path(pair / "new.html"))
    changes = _changes(report)
    assert len(changes) == 1, changes
    assert changes[0][1] is not None and changes[0][1].endswith("named Camera.")
    assert not [s for s in report.sections if s.status in ("added", "removed") or s.merged or s.split]


def test_html_redline_shows_no_page_chrome_as_context() -> None:
    from policylens.render.html import render_diff

    old = parse_string("# 隐私政策\n\n最后更新：2026 年 10 月 4 日\n\n## 一、范围\n\n本政策适用于本应用。\n", ".md")
    page = (
        "<html><body><main><h1>隐私政策</h1><p>最后更新：2026 年 10 月 7 日</p>"
        '<nav><a href="index.html">光迹探楼</a><a href="en.html">English</a><a href="s.html">支持与反馈</a></nav>'
        "<h2>一、范围</h2><p>本政策适用于本应用。</p></main></body></html>\n"
    )
    new = parse_string(page, ".html")
    report = _diff(old, new)
    assert report.new.chrome  # the menu is chrome
    out = io.StringIO()
    render_diff(report, out)
    html = out.getvalue()
    assert "2026 年 10 月 7 日" in html and "支持与反馈" not in html
    # an unchanged paragraph that is no chrome is still context
    old2 = parse_string("# 隐私政策\n\n最后更新：2026 年 10 月 4 日\n\n本政策适用于本应用。\n", ".md")
    page2 = "<html><body><main><h1>隐私政策</h1><p>最后更新：2026 年 10 月 7 日</p><p>本政策适用于本应用。</p></main></body></html>\n"
    out2 = io.StringIO()
    render_diff(_diff(old2, parse_string(page2, ".html")), out2)
    assert "本政策适用于本应用。" in out2.getvalue()


def test_taiwan_template_and_server_side_are_regional_wording() -> None:
    """`diff/variants._EXTRA`: 模板/範本 and 服务端/伺服端 (eval/pairs36 sf-hans-hant, read after its held-out run)."""
    hans = "# 隐私政策\n\n## 一、存储\n\n您的评分模板只保存在您的设备上，不存在服务端数据泄露风险。\n"
    hant = "# 隱私政策\n\n## 一、儲存\n\n您的評分範本只保存在您的裝置上，不存在伺服端資料洩露風險。\n"
    report = _diff(parse_string(hans, ".md"), parse_string(hant, ".md"))
    assert report.cross_script
    assert [c for s in report.sections for c in s.changes] == []
    # another word in the template's place is still shown
    other = hant.replace("評分範本", "評分規則")
    entries = [c for s in _diff(parse_string(hans, ".md"), parse_string(other, ".md")).sections for c in s.changes]
    assert len(entries) == 1
    # and same-script text is compared as written: 模板 → 范本 within one edition is an edit
    edited = hans.replace("评分模板", "评分范本")
    assert [op for op, _, _ in _changes(_diff(parse_string(hans, ".md"), parse_string(edited, ".md")))] == ["replace"]


def test_sf_hans_hant_regression() -> None:
    pair = PAIRS / "sf-hans-hant"
    report = _diff(parse_path(pair / "old.md"), parse_path(pair / "new.md"))
    assert [c for s in report.sections for c in s.changes] == []
