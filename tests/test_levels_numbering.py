"""Levels follow the numbering when the markup depth says otherwise (issue #8 §7), and editions start over.

Each class on small files written here: (a) numbering styles nested under one another
(一、 → （一） → 1.) written at the same or at inverted `#` depths, (b) a second-language
edition that numbers its sections again after the first one (`eval/dev3h/subtitleocr-md`),
with the cases that must stay as they are (precision first).
"""

from __future__ import annotations

import pytest

from helpers import parse_string

BODY = "我们会依法处理您的个人信息，并采取适当的安全措施。"
EN = "We process your personal information lawfully and protect it with appropriate measures."


def outline(text: str, suffix: str = ".md") -> list[tuple[int, int | None, str]]:
    """(level, depth as written, title) of every titled section."""
    doc = parse_string(text, suffix)
    return [(s.level, s.depth, s.title or "") for s in doc.sections if s.title is not None]


# -- (a) numbering against the markup depth ---------------------------------------------------
def test_new_numbering_style_at_the_same_depth_is_a_sub_level() -> None:
    """`### 1.` under `### （一）`: the number says it is one level below, the `#` count does not."""
    md = (
        f"# 隐私政策\n\n## 一、信息收集\n\n{BODY}\n\n### （一）账号信息\n\n{BODY}\n\n### 1. 注册\n\n{BODY}\n\n"
        f"### 2. 登录\n\n{BODY}\n\n### （二）设备信息\n\n{BODY}\n\n## 二、信息使用\n\n{BODY}\n"
    )
    assert outline(md) == [
        (1, 2, "一、信息收集"),
        (2, 3, "（一）账号信息"),
        (3, 3, "1. 注册"),
        (3, 3, "2. 登录"),
        (2, 3, "（二）设备信息"),
        (1, 2, "二、信息使用"),
    ]


def test_sub_sections_written_shallower_than_their_section_are_its_children() -> None:
    """`## （一）` under `### 一、` (inverted depths): the numbering decides; the depth is kept as written."""
    md = (
        f"# 隐私政策\n\n### 一、信息收集\n\n{BODY}\n\n## （一）账号信息\n\n{BODY}\n\n## （二）设备信息\n\n{BODY}\n\n"
        f"### 二、信息使用\n\n{BODY}\n\n## （一）提供服务\n\n{BODY}\n"
    )
    assert outline(md) == [
        (1, 3, "一、信息收集"),
        (2, 2, "（一）账号信息"),
        (2, 2, "（二）设备信息"),
        (1, 3, "二、信息使用"),
        (2, 2, "（一）提供服务"),
    ]


def test_children_of_a_moved_heading_move_with_it() -> None:
    md = f"# 隐私政策\n\n## 一、信息收集\n\n{BODY}\n\n## （一）账号信息\n\n{BODY}\n\n### 1. 注册\n\n{BODY}\n\n## 二、信息使用\n\n{BODY}\n"
    assert [level for level, _, _ in outline(md)] == [1, 2, 3, 1]


@pytest.mark.parametrize(
    "md",
    [
        # consistent depths: nothing to correct
        f"# 隐私政策\n\n## 1. 信息收集\n\n{BODY}\n\n### 1.1 账号\n\n{BODY}\n\n## 2. 信息使用\n\n{BODY}\n",
        # a sequence that does not start at 1 is not a new sub-level (a renumbered or continued list)
        f"# 隐私政策\n\n## 一、信息收集\n\n{BODY}\n\n## 二、信息使用\n\n{BODY}\n\n## 3. 信息共享\n\n{BODY}\n",
        # a style that starts under an unnumbered section is not nested under the last numbered one
        f"# 隐私政策\n\n## 一、信息收集\n\n{BODY}\n\n## 二、信息使用\n\n{BODY}\n\n## 附则\n\n{BODY}\n\n## 1. 生效\n\n{BODY}\n",
    ],
)
def test_numbering_that_agrees_with_the_depth_or_starts_elsewhere_keeps_its_level(md: str) -> None:
    assert {level for level, depth, _ in outline(md) if depth == 2} == {1}


# -- (b) a second-language edition numbers its sections again ---------------------------------
def test_english_edition_numbered_again_after_the_chinese_one_is_top_level() -> None:
    md = (
        f"# 隐私政策\n\n### 一、信息收集\n{BODY}\n\n（一）账号信息\n\n{BODY}\n\n二、信息使用\n\n{BODY}\n\n"
        f"Privacy policy\n{EN}\n\n1、 Information we collect\n\n{EN}\n\n（1） Account information\n\n{EN}\n\n"
        f"2、 How we use your information\n\n{EN}\n"
    )
    assert [(level, title) for level, _, title in outline(md)] == [
        (1, "一、信息收集"),
        (2, "（一）账号信息"),
        (1, "二、信息使用"),
        (1, "1、 Information we collect"),
        (2, "（1） Account information"),
        (1, "2、 How we use your information"),
    ]


def test_english_titled_sub_section_of_a_chinese_section_stays_nested() -> None:
    """「1. Cookies」 over a Chinese paragraph is the first sub-section, not a new edition."""
    text = f"隐私政策\n\n一、信息收集\n{BODY}\n\n1. Cookies\n{BODY}\n\n2. 日志信息\n{BODY}\n\n二、信息使用\n{BODY}\n"
    assert [(level, title) for level, _, title in outline(text, ".txt")] == [
        (1, "一、信息收集"),
        (2, "1. Cookies"),
        (2, "2. 日志信息"),
        (1, "二、信息使用"),
    ]


def test_decimal_number_names_its_parent_at_one_depth() -> None:
    """`## 2.2` without a 2.1: the number says it belongs to 2."""
    md = f"# 隐私政策\n\n## 1. 信息收集\n\n{BODY}\n\n## 1.1 账号\n\n{BODY}\n\n## 2. 信息使用\n\n{BODY}\n\n## 2.2 改进\n\n{BODY}\n\n## 3. 联系\n\n{BODY}\n"
    assert [level for level, _, _ in outline(md)] == [1, 2, 1, 2, 1]


def test_articles_numbered_across_chapters_nest_under_each_chapter() -> None:
    """第二条 opens chapter two: the article style was nested under chapters once, so it is again."""
    md = (
        f"# 隐私政策\n\n## 第一章 总则\n\n## 第一条 目的\n\n{BODY}\n\n## 第二章 信息收集\n\n## 第二条 收集的信息\n\n{BODY}\n\n"
        f"## 第三章 附则\n\n## 第三条 生效\n\n{BODY}\n"
    )
    assert [level for level, _, _ in outline(md)] == [1, 2, 1, 2, 1, 2]


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_shorter_decimal_after_a_deeper_one_is_not_its_child(suffix: str) -> None:
    """「1.2.3」 after 「1.2.2.1」, then 「1.3」 (the shape of corpora/gdeiassistant-privacy)."""
    lines = ["一、信息收集", "1.2.2.1 用户注册", "1.2.2.2 教务信息", "1.2.3 改进产品", "1.3 可选授权", "二、信息使用"]
    if suffix == ".html":
        text = "<html><body><h1>隐私政策</h1>" + "".join(f"<p><strong>{t}</strong></p><p>{BODY}</p>" for t in lines) + "</body></html>"
    else:
        text = "隐私政策\n\n" + "".join(f"{t}\n{BODY}\n\n" for t in lines)
    assert [level for level, _, _ in outline(text, suffix)] == [1, 4, 4, 3, 2, 1]
