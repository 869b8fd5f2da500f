"""A file named .html that holds no markup at all (a Markdown file saved as privacy.html and
served raw) is read by its content: as Markdown when it has Markdown blocks, else as plain
text, with a warning.  Read as HTML it was one paragraph with no heading (a real page: 35
headings lost)."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import cli
from policylens.load import load

MARKDOWN = "# Travel Notes 隐私政策\n\n## 1. 数据收集\n\n### 我们收集哪些数据？\n- **位置信息**：仅在您授权后收集\n\n## 2. 联系我们\n\n邮箱：a@b.cn\n"
PLAIN = "隐私政策\n\n一、我们收集的信息\n\n我们收集您的邮箱。\n\n二、联系我们\n\n邮箱：a@b.cn\n"


def test_markdown_saved_as_html_is_read_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "privacy.html"
    path.write_text(MARKDOWN, encoding="utf-8")
    loaded = load(str(path))
    assert loaded.source.format == "markdown"
    assert loaded.parsed.warnings[0].startswith("no HTML markup in this .html file: read as Markdown")
    result = cli("parse", str(path), "--format", "json")
    titles = [s["title"] for s in json.loads(result.stdout)["sections"] if s["title"]]
    assert titles == ["1. 数据收集", "我们收集哪些数据？", "2. 联系我们"]
    assert "no HTML markup" in result.stderr


def test_plain_text_saved_as_html_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "privacy.htm"
    path.write_text(PLAIN, encoding="utf-8")
    loaded = load(str(path))
    assert loaded.source.format == "text"
    assert "read as plain text" in loaded.parsed.warnings[0]


def test_one_element_keeps_a_page_html(tmp_path: Path) -> None:
    for text in ("<p>" + PLAIN + "</p>", "<!-- saved page -->\n" + MARKDOWN, MARKDOWN + "\n<br>\n"):
        path = tmp_path / "privacy.html"
        path.write_text(text, encoding="utf-8")
        loaded = load(str(path))
        assert loaded.source.format == "html", text[:30]
        assert not any("no HTML markup" in w for w in loaded.parsed.warnings)


def test_a_format_named_by_the_user_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "privacy.html"
    path.write_text(MARKDOWN, encoding="utf-8")
    assert load(str(path), fmt="html").source.format == "html"
    assert load(str(path), fmt="html").parsed.warnings == []


def test_a_docx_read_with_another_input_format_is_told_so(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "policy.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    result = cli("parse", str(path), "--input-format", "html")
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"policylens: error: {path}: is a DOCX file, which --input-format html cannot read; leave --input-format out"
    )


def test_plain_text_with_a_list_line_and_field_slots_keeps_every_line(tmp_path: Path) -> None:
    # read as Markdown, `[公司名称]: …` lines were link reference definitions and vanished
    path = tmp_path / "privacy.html"
    path.write_text("隐私政策\n\n1. 联系方式\n\n[公司名称]: 北京某科技有限公司\n[客服电话]: 010-88886666\n", encoding="utf-8")
    loaded = load(str(path))
    assert loaded.source.format == "text"
    assert "[公司名称]: 北京某科技有限公司" in loaded.text and any("[公司名称]" in b.text for b in loaded.parsed.blocks)
