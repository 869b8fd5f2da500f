"""Markdown `_emphasis_` in a redline reads as the page shows it (fifty-sixth session, u56d; the class
docs/known-limits.md left from eval/pairs55d jaf-rename, whose Hugo page writes `_x_` where it wrote `*x*`).

An added paragraph of the HTML redline showed 「_加密_」 where the page shows 加密 in italics, and so did the text and
Markdown reports.  `render.html._INLINE` and `render.markup.words` now read `_…_` as CommonMark does: never inside a
word (「我们_不会_出售」, `snake_case_name`, `file_name_here` stay as written), so only with no word character outside
either mark.  The comparison is unchanged: only what the report shows."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.render import html, markdown, text
from policylens.render.markup import words

EVAL = Path(__file__).resolve().parents[1] / "eval"

CASES = [
    ("# 隐私政策\n\n## 一、收集\n\n我们收集您的姓名。\n", "我们使用 _加密_ 技术保护数据。", "加密"),
    ("# 隱私權政策\n\n## 一、蒐集\n\n我們蒐集您的姓名。\n", "我們使用 _加密_ 技術保護資料。", "加密"),
    ("# 隐私政策\n\n## 一、收集\n\n我们收集您的姓名。\n", "_生效日期：2025年1月1日_", "生效日期：2025年1月1日"),
    ("# 隱私權政策\n\n## 一、蒐集\n\n我們蒐集您的姓名。\n", "_本政策不構成法律建議。_", "本政策不構成法律建議。"),
]


def _report(old: str, added: str):  # type: ignore[no-untyped-def]
    return diff_documents(parse_string(old, ".md"), parse_string(old + "\n" + added + "\n", ".md"))


def _render(module, report) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    module.render_diff(report, out)
    return out.getvalue()


@pytest.mark.parametrize(("old", "added", "word"), CASES)
def test_added_paragraph_shows_emphasis_as_text(old: str, added: str, word: str) -> None:
    report = _report(old, added)
    page = _render(html, report)
    assert f"<em>{word}</em>" in page
    assert f"_{word}_" not in page
    assert f"_{word}_" not in _render(text, report)
    assert f"_{word}_" not in _render(markdown, report).replace("\\_", "_")


@pytest.mark.parametrize(
    "line",
    ["我们_不会_出售您的信息。", "配置项 snake_case_name 与 file_name_here 保持原样。", "变量 a_b_c 与 x_1_ 不变。", "_ 单独的下划线 _"],
)
def test_underscores_inside_words_stay(line: str) -> None:
    report = _report("# 隐私政策\n\n## 一、收集\n\n我们收集您的姓名。\n", line)
    assert "<em>" not in _render(html, report)
    assert words(line) == line


def test_words_unit() -> None:
    assert words("使用 _加密_ 保护") == "使用 加密 保护"
    assert words("_全段强调。_") == "全段强调。"
    assert words("我们_不会_出售") == "我们_不会_出售"
    assert words("__init__") == "__init__"  # strong, not this class


def test_jaf_rename_real() -> None:
    """The real page: its `_x_` paragraphs render as text in the HTML redline."""
    folder = EVAL / "pairs55d" / "pairs" / "jaf-rename"
    report = diff_documents(parse_path(folder / "old.md"), parse_path(folder / "new.md"))
    page = _render(html, report)
    assert "_本隐私政策不构成法律建议" not in page
    assert "<em>本隐私政策不构成法律建议" in page
