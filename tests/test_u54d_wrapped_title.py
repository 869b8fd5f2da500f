"""A Markdown title line over its text that a formatter re-wrapped is still a title line (fifty-fourth session, u54d:
the class "Markdown wrapped at varying widths"; eval/pairs33 awe-revert re-wrapped).

「2. 浏览器本地设置数据」 over the one-line 「示例：…。」 is a title and its text; re-wrapped, the line below became 「示例：目标
语言、翻译服务、显示主题、字幕开」 (no clause end, shorter than twice the title), the title stayed glued to it, and `diff`
reported the re-wrap as a deleted title and a changed paragraph.  `structure.glued._wrapped_below` reads the wrapped run
up to its sentence end when the title is clearly shorter than the first wrapped line; a numbered sentence cut by the wrap
(its first line as wide as the next) stays one paragraph.  On the 2,227 Markdown files of eval/ and corpora/ no parse
moves (they hold no such re-wrap)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents, has_changes

EVAL = Path(__file__).resolve().parents[1] / "eval"

HEAD = "# 隐私政策\n\n## 1. 我们处理的数据\n\n本扩展可能处理以下信息：\n\n"
HEAD_HANT = "# 隱私權政策\n\n## 1. 我們處理的資料\n\n本擴充功能可能處理以下資訊：\n\n"
TAIL = "\n## 2. 联系我们\n\n如有疑问请联系我们。\n"

PAIRS = [
    (  # Simplified, awe-revert's form
        HEAD
        + "1. 网页可见文本\n用途：提供翻译结果。\n2. 浏览器本地设置数据\n示例：目标语言、翻译服务、显示主题、字幕开关、服务配置（如 API Key、模型名）。\n3. 本地调试日志\n仅用于本地调试。\n"
        + TAIL,
        HEAD
        + "1. 网页可见文本\n用途：提供翻译结果。\n2. 浏览器本地设置数据\n示例：目标语言、翻译服务、显示主题、字幕开\n关、服务配置（如 API Key、模型名）。\n3. 本地调试日志\n仅用于本地调试。\n"
        + TAIL,
    ),
    (  # Traditional, wrapped over three lines
        HEAD_HANT
        + "1. 瀏覽器本機設定資料\n範例：目標語言、翻譯服務、顯示主題、字幕開關、服務設定與介面偏好，以及其他本機設定。\n2. 本機除錯紀錄\n僅用於本機除錯。\n"
        + TAIL,
        HEAD_HANT
        + "1. 瀏覽器本機設定資料\n範例：目標語言、翻譯服務、顯示主題、字幕\n開關、服務設定與介面偏好，以及其他本機\n設定。\n2. 本機除錯紀錄\n僅用於本機除錯。\n"
        + TAIL,
    ),
]

# a numbered sentence cut by the wrap: its first line is as wide as the next, so it is no title
SENTENCE = (
    HEAD + "3. 我们会在您注销账号后删除您的个人信息，除非法律法规另有规定。\n" + TAIL,
    HEAD + "3. 我们会在您注销账号后删除\n您的个人信息，除非法律法规另\n有规定。\n" + TAIL,
)


def _heading_titles(markdown: str) -> list[tuple[str | None, int]]:
    """Each section's title and how many paragraphs it holds."""
    doc = parse_string(markdown, ".md")
    return [(section.title, len(section.paragraphs)) for section in doc.sections]


@pytest.mark.parametrize(("one_line", "wrapped"), PAIRS)
def test_a_rewrapped_text_keeps_its_title_line(one_line: str, wrapped: str) -> None:
    assert _heading_titles(one_line) == _heading_titles(wrapped)
    old, new = parse_string(one_line, ".md"), parse_string(wrapped, ".md")
    assert not has_changes(diff_documents(old, new)) and not has_changes(diff_documents(new, old))


def test_a_numbered_sentence_cut_by_the_wrap_stays_one_paragraph() -> None:
    one_line, wrapped = SENTENCE
    assert _heading_titles(one_line) == _heading_titles(wrapped)
    assert not any(title and title.startswith("3.") for title, _ in _heading_titles(wrapped))
    assert not has_changes(diff_documents(parse_string(one_line, ".md"), parse_string(wrapped, ".md")))


def test_real_pair_awe_revert_rewrapped() -> None:
    """eval/pairs33 awe-revert's new.md, its item continuation re-wrapped as a formatter would."""
    path = EVAL / "pairs33" / "pairs" / "awe-revert" / "new.md"
    text = path.read_text(encoding="utf-8")
    line = "示例：目标语言、翻译服务、显示主题、字幕开关、服务配置（如 API Key、模型名、Base URL）。"
    assert text.count(line) == 1
    wrapped = text.replace(line, "示例：目标语言、翻译服务、显示主题、字幕开\n关、服务配置（如 API Key、模型名、Base URL）。")
    old, new = parse_path(path), parse_string(wrapped, ".md")
    assert not has_changes(diff_documents(old, new)) and not has_changes(diff_documents(new, old))
