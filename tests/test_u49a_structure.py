"""Classes from eval/structure49 (forty-ninth session, helper u49a), each with an invented case and the real file as a
regression: a whole HTML page (doctype first) saved under a `.txt` name whose sections are heading elements."""

from __future__ import annotations

from pathlib import Path

from helpers import headings, parse_path, written_file

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval" / "structure49"


_PAGE = (
    "\n<!DOCTYPE html>\n<html>\n<head>\n    <title>APP隐私政策</title>\n</head>\n"
    "<style>\n  h4 { color: #333; }\n</style>\n<body>\n"
    '<h1 class="title">APP隐私政策</h1>\n'
    "<p>本应用尊重并保护所有用户的个人隐私权。</p>\n"
    "<h4>1. 适用范围</h4>\n<p>(a) 您注册时提供的信息；</p>\n"
    "<h4>2. 信息使用</h4>\n<p>(a) 本应用不会出售您的信息。</p>\n"
    "<h4>3.信息安全</h4>\n<p>请妥善保管密码。</p>\n"
    "</body>\n</html>\n"
)


def test_a_whole_page_saved_as_txt_with_heading_elements_is_read_as_html(tmp_path: Path) -> None:
    doc = parse_path(written_file(tmp_path, "privacy.txt", _PAGE))
    assert doc.source.format == "html"
    assert doc.metadata.title == "APP隐私政策" and doc.metadata.title_line == 11
    assert [(line, level, title) for line, level, title in headings(doc)] == [
        (13, 1, "1. 适用范围"),
        (15, 1, "2. 信息使用"),
        (17, 1, "3.信息安全"),
    ]
    assert any("HTML in a .txt file" in w for w in doc.warnings)


def test_a_saved_page_with_fewer_than_three_closed_heading_elements_stays_text(tmp_path: Path) -> None:
    # two heading elements closed on their line (the <h1> and one <h4>), the rest in paragraphs: text as before
    page = _PAGE.replace("<h4>3.信息安全</h4>", "<p>3.信息安全</p>").replace("<h4>2. 信息使用</h4>", "<p>2. 信息使用</p>")
    assert parse_path(written_file(tmp_path, "a.txt", page)).source.format == "text"
    # a heading element that runs over many lines (eval/dev22g yunrou-txt's unclosed <h3>) is not counted
    spread = "<!doctype html>\n<html>\n<body>\n<h1>隐私政策</h1>\n<h3>\n一、适用范围\n</h3>\n<h3>\n二、联系\n</h3>\n</body>\n"
    assert parse_path(written_file(tmp_path, "b.txt", spread)).source.format == "text"


def test_milkyway_regression() -> None:
    doc = parse_path(EVAL / "dev" / "milkyway-privacy-txt" / "privacy.txt")
    assert doc.metadata.title_line == 67
    assert [line for line, _, _ in headings(doc)] == [70, 78, 82, 91, 93, 97, 100]
