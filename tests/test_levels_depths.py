"""Unnumbered Markdown headings written at a skipped depth: peers or children, on small files written here.

`## 引言` with text, then `#### 信息收集`, `#### 信息使用` to the end: the skipped depth stands for
the depth above (peers; `peer_depths`).  But an author who makes the same jump again under
another heading (`## 信息收集` / `#### 账号信息` … `## 信息使用` / `#### 服务提供`) nests that way:
those are children.  A heading without text of its own (`#### Example` directly above the term
it labels) is no such evidence.
"""

from __future__ import annotations

import pytest

from helpers import parse_string

HANS = "我们会依法处理您的个人信息，并采取适当的安全措施。"


def levels(text: str) -> list[int]:
    return [s.level for s in parse_string(text, ".md").sections if s.title is not None]


def md(*headings: str, newline: str = "\n") -> str:
    lines = ["# 隐私政策", ""]
    for heading in headings:
        lines += [heading, "", HANS, ""]
    return newline.join(lines)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_jump_made_again_under_another_heading_nests(newline: str) -> None:
    text = md("## 信息收集", "#### 账号信息", "#### 设备信息", "## 信息使用", "#### 服务提供", "## 联系我们", newline=newline)
    assert levels(text) == [1, 2, 2, 1, 2, 1]


def test_a_single_jump_after_a_complete_section_is_peers() -> None:
    assert levels(md("## 引言", "#### 信息收集", "#### 信息使用", "#### 联系我们")) == [1, 1, 1, 1]


def test_labels_without_text_do_not_make_the_jump_a_habit() -> None:
    """`#### 示例` directly above the `##` term it labels, again and again: still peers of the terms."""
    lines = ["# 术语", ""]
    for term in ("访问您的个人信息", "您最感兴趣的广告", "广告服务"):
        lines += ["#### 示例", "", f"## {term}", "", HANS, ""]
    assert levels("\n".join(lines)) == [1] * 6
