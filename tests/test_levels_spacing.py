"""A blank line as level evidence for bare titles in plain text, on small files written here.

The class named by the lead's reading of `holdout/travelintime-tw` (reproduced here, never read
from `eval/`): a section whose sub-titles are glued to their text (one block, no blank line
before each), then top-level bare titles with a blank line before each.  The blank line says
the next title is a sibling of the parent, not one more sub-title.  Without that contrast (every
title spaced, or none) the nesting stays as it was; the lettered-run rule keeps working after it.
"""

from __future__ import annotations

import pytest

from helpers import parse_string

HANT = "我們會依法處理您的個人資料，並採取適當的安全措施。"
HANS = "我们会依法处理您的个人信息，并采取适当的安全措施。"


def outline(text: str, suffix: str = ".txt") -> list[tuple[str, int]]:
    return [(s.title or "", s.level) for s in parse_string(text, suffix).sections if s.title is not None]


def glued_section(body: str = HANT) -> str:
    return f"資料收集\n\n帳戶資料\n{body}\n裝置資料\n{body}\n\n"


def test_spaced_bare_titles_after_glued_sub_titles_are_top_level() -> None:
    text = f"隱私權政策\n\n{HANT}\n\n{glued_section()}資料用途\n{HANT}\n\n兒童隱私\n{HANT}\n\n其他事項\n{HANT}\n"
    assert outline(text) == [("資料收集", 1), ("帳戶資料", 2), ("裝置資料", 2), ("資料用途", 1), ("兒童隱私", 1), ("其他事項", 1)]


def test_lettered_run_still_nests_under_a_spaced_bare_title() -> None:
    """「如何刪除資料」 with A.–B. under it, after a glued section: A.–B. at 2, the titles after them at 1."""
    run = f"A. 行動 App 內刪除\n{HANT}\n\nB. 網站刪除\n{HANT}\n\n"
    text = f"隱私權政策\n\n{HANT}\n\n{glued_section()}資料用途\n{HANT}\n\n如何刪除資料\n{HANT}\n\n{run}兒童隱私\n{HANT}\n"
    assert [level for _, level in outline(text)] == [1, 2, 2, 1, 1, 2, 2, 1]


def test_simplified_crlf_and_full_width_spaces() -> None:
    text = f"隐私政策\r\n\r\n{HANS}\r\n\r\n信息收集\r\n\r\n账号信息\r\n{HANS}\r\n设备信息\r\n{HANS}\r\n\u3000\r\n信息使用\r\n{HANS}\r\n"
    assert outline(text) == [("信息收集", 1), ("账号信息", 2), ("设备信息", 2), ("信息使用", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # every sub-title spaced like the title after it: no contrast, the nesting of the stack stays
        f"隱私權政策\n\n{HANT}\n\n資料收集\n\n帳戶資料\n{HANT}\n\n裝置資料\n{HANT}\n\n位置資料\n{HANT}\n",
        # every sub-title glued, the title after them too: no contrast either
        f"隱私權政策\n\n{HANT}\n\n資料收集\n\n帳戶資料\n{HANT}\n裝置資料\n{HANT}\n位置資料\n{HANT}\n",
    ],
)
def test_without_a_spacing_contrast_the_sub_titles_stay_nested(text: str) -> None:
    assert outline(text) == [("資料收集", 1), ("帳戶資料", 2), ("裝置資料", 2), ("位置資料", 2)]


def test_the_first_spaced_title_closes_the_parent() -> None:
    """Glued sub-titles, then two spaced titles: both are top-level (the parent is closed once)."""
    text = f"隱私權政策\n\n{HANT}\n\n{glued_section()}位置資料\n{HANT}\n\n資料用途\n{HANT}\n"
    assert [level for _, level in outline(text)] == [1, 2, 2, 1, 1]


# -- a section title directly above its first sub-title, both glued to the text -----------------
def test_a_title_above_its_glued_sub_title_is_found_and_is_its_parent() -> None:
    """「資料收集」 / 「帳戶資料」 / text in one block: both titles, the second under the first."""
    text = f"隱私權政策\n\n{HANT}\n\n資料收集\n帳戶資料\n{HANT}\n裝置資料\n{HANT}\n\n資料用途\n{HANT}\n"
    assert outline(text) == [("資料收集", 1), ("帳戶資料", 2), ("裝置資料", 2), ("資料用途", 1)]
    doc = parse_string(text)
    sub = next(s for s in doc.sections if s.title == "帳戶資料")
    assert (sub.line, sub.column, sub.paragraphs[0].line) == (6, 1, 7)


def test_a_title_above_its_sub_title_without_any_blank_line() -> None:
    text = f"隱私權政策\n{HANT}\n資料收集\n帳戶資料\n{HANT}\n裝置資料\n{HANT}\n"
    assert outline(text) == [("資料收集", 1), ("帳戶資料", 2), ("裝置資料", 2)]


@pytest.mark.parametrize(
    "block",
    [
        "我們收集以下資料：\n姓名\n電話\n我們會依法處理您的個人資料，並採取適當的安全措施。",  # items of an announced list
        "聯絡我們\n客服信箱\nhelp@example.com",  # a label and its value under a title: no sentence below
        "聯絡我們\n客服專線\n我們會盡快回覆。",  # a sentence no longer than twice the line above it
    ],
)
def test_two_short_lines_above_text_that_are_no_title_pair(block: str) -> None:
    text = f"隱私權政策\n\n{HANT}\n\n{block}\n\n資料用途\n{HANT}\n"
    found = [title for title, _ in outline(text)]
    assert not {"姓名", "電話", "客服信箱", "客服專線"} & set(found)
