"""Skipped Markdown depths: children or peers (issue #8, sixth round; small files written here).

`## 引言` (with its text) then `#### 信息收集` reads as two sections of one rank (the peer rule,
`tests/test_structure_classes.py`).  But `## 信息收集` then `#### 账号信息`: the deeper title names a
kind of what the section above is about (a shared word, not the opening word of both), so it is
a sub-section, and the same jump is read as a sub-section for the rest of the document.  The
same holds for HTML `<h2>` / `<h4>`.
"""

from __future__ import annotations

import pytest

from helpers import headings, parse_string

BODY = "我们会依法处理您的个人信息，并采取适当的安全措施。"


def outline(text: str, suffix: str = ".md") -> list[tuple[str, int]]:
    return [(title or "", level) for _, level, title in headings(parse_string(text, suffix))]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_deeper_titles_naming_a_part_of_the_section_are_its_children(newline: str) -> None:
    md = (
        f"# 隐私政策\n\n## 信息收集\n\n{BODY}\n\n#### 账号信息\n\n{BODY}\n\n#### 设备信息\n\n{BODY}\n\n"
        f"## 信息使用\n\n{BODY}\n\n#### 个性化推荐\n\n{BODY}\n"
    )
    assert outline(md.replace("\n", newline)) == [
        ("信息收集", 1),
        ("账号信息", 2),
        ("设备信息", 2),
        ("信息使用", 1),
        ("个性化推荐", 2),  # the same jump as under 「信息收集」: a sub-section too
    ]


def test_html_h2_h4_children_named_by_their_titles() -> None:
    page = (
        f"<h1>隐私政策</h1><h2>信息收集</h2><p>{BODY}</p><h4>账号信息</h4><p>{BODY}</p>"
        f"<h4>设备信息</h4><p>{BODY}</p><h2>信息使用</h2><p>{BODY}</p>"
    )
    assert outline(page, ".html") == [("信息收集", 1), ("账号信息", 2), ("设备信息", 2), ("信息使用", 1)]


@pytest.mark.parametrize(
    ("above", "below"),
    [("信息收集", "信息使用"), ("引言", "信息收集"), ("我们如何收集信息", "我们如何使用信息"), ("总则", "修订策略")],
)
def test_parallel_or_unrelated_titles_at_a_skipped_depth_stay_peers(above: str, below: str) -> None:
    md = f"# 隐私政策\n\n## {above}\n\n{BODY}\n\n#### {below}\n\n{BODY}\n"
    assert outline(md) == [(above, 1), (below, 1)]


def test_english_titles_are_left_to_the_markup() -> None:
    md = f"# Privacy\n\n## Information\n\n{BODY}\n\n#### Account information\n\n{BODY}\n"
    assert outline(md) == [("Information", 1), ("Account information", 1)]
