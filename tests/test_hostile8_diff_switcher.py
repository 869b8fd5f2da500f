"""Hostile input, round 8: a preamble on one side only that is nothing but a language switcher.

A switcher (「English | 简体中文 | 繁體中文」) inside a preamble both versions have was already
noise; a new preamble made only of one (the old version started at its first heading) was
an added section, and `diff` exited 1 for a change of navigation.  The class: a section
before the first heading, present on one side only, whose every paragraph compares as
nothing.  Tested both ways (added and removed), in Markdown and HTML, and with `--strict`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli
from policylens.diff import diff_documents, has_changes, summary
from policylens.language_names import is_switcher_line
from policylens.load.document import read_document

BODY_MD = "# 隱私權政策\n\n## 一、資料收集\n\n我們收集您的姓名。\n\n## 二、資料使用\n\n我們使用您的資料。\n"
BODY_HTML = "<h1>隱私權政策</h1><h2>一、資料收集</h2><p>我們收集您的姓名。</p><h2>二、資料使用</h2><p>我們使用您的資料。</p>"

SWITCHERS_MD = [
    "English | 简体中文 | 繁體中文\n\n",
    "[English](/en/privacy) ｜ [简体中文](/zh-cn/privacy)\n\n",
    "🌐 English version »\n\n",
    "English | 简体中文\n\n繁體中文\n\n",  # two switcher paragraphs
]


def _pair(tmp_path: Path, old: str, new: str, suffix: str) -> tuple[Path, Path]:
    a, b = tmp_path / f"old{suffix}", tmp_path / f"new{suffix}"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return a, b


@pytest.mark.parametrize("switcher", SWITCHERS_MD)
@pytest.mark.parametrize("added", [True, False], ids=["added", "removed"])
def test_a_one_sided_switcher_preamble_is_noise_not_a_section(tmp_path: Path, switcher: str, added: bool) -> None:
    plain, with_switcher = BODY_MD, switcher + BODY_MD
    a, b = _pair(tmp_path, *((plain, with_switcher) if added else (with_switcher, plain)), ".md")
    report = diff_documents(read_document(str(a)), read_document(str(b)))
    counts = summary(report)
    assert (counts["added"], counts["removed"], counts["modified"]) == (0, 0, 0)
    assert counts["noise"] >= 1
    assert not has_changes(report)
    done = cli("diff", str(a), str(b), "--format", "json")
    assert done.returncode == 0, done.stdout


def test_a_switcher_preamble_in_html_is_noise(tmp_path: Path) -> None:
    switcher = '<p><a href="/en">English</a> | <a href="/zh-cn">简体中文</a></p>'
    a, b = _pair(tmp_path, BODY_HTML, switcher + BODY_HTML, ".html")
    assert cli("diff", str(a), str(b)).returncode == 0


def test_strict_still_shows_a_switcher_preamble(tmp_path: Path) -> None:
    a, b = _pair(tmp_path, BODY_MD, SWITCHERS_MD[0] + BODY_MD, ".md")
    report = diff_documents(read_document(str(a)), read_document(str(b)), strict=True)
    assert summary(report)["added"] == 1


@pytest.mark.parametrize(
    "preamble",
    [
        "English | 简体中文\n\n本政策自2024年1月1日起生效。\n\n",  # a switcher and a sentence
        "本政策適用於所有用戶。\n\n",
        "- 繁體中文\n\n",  # a list item naming a language is text, not navigation
    ],
)
def test_a_new_preamble_with_policy_text_is_still_added(tmp_path: Path, preamble: str) -> None:
    a, b = _pair(tmp_path, BODY_MD, preamble + BODY_MD, ".md")
    report = diff_documents(read_document(str(a)), read_document(str(b)))
    assert summary(report)["added"] == 1
    assert has_changes(report)


@pytest.mark.parametrize(
    "switcher",
    ["English | 简体中文 | 繁體中文", "English｜繁體中文", "  简体中文 / English  ", "繁體中文 · English · 日本語"],
)
def test_a_switcher_on_a_text_files_first_line_is_not_its_title(tmp_path: Path, switcher: str) -> None:
    body = "隱私權政策\n\n一、資料收集\n\n我們收集您的姓名。\n\n二、資料使用\n\n我們使用您的資料。\n"
    a, b = _pair(tmp_path, body, f"{switcher}\n\n{body}", ".txt")
    new = read_document(str(b))
    assert new.metadata.title == "隱私權政策"
    assert switcher.strip() in [p.text.strip() for s in new.sections for p in s.paragraphs]  # kept as text
    assert not has_changes(diff_documents(read_document(str(a)), new))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("English | 简体中文 | 繁體中文", True),
        ("zh-TW / EN", True),
        ("English Privacy Policy", False),  # a title, not navigation
        ("中文 English", False),  # no separator: not a switcher line
        ("English | 隱私權政策", False),
        ("English", False),  # one name alone is not a line of links
        ("English | " * 200 + "中文", False),  # a switcher is one short line
    ],
)
def test_only_language_names_joined_by_separators_make_a_switcher_line(line: str, expected: bool) -> None:
    assert is_switcher_line(line) is expected
