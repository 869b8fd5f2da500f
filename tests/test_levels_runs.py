"""Sub-section runs (A.–C., （一）–（三）, (1)–(3)) under bare titles in plain text, on small files written here.

The class of `holdout/travelintime-tw` (reproduced here, never read from `eval/`): a policy
whose sections are bare title lines, one of which holds lettered sub-sections.  The
lettered run is nested under the bare title above it and the bare titles after it are
top-level again; the cases below it must keep their outline (precision first).
"""

from __future__ import annotations

import pytest

from helpers import parse_string

HANT = "我們會依法處理您的個人資料，並採取適當的安全措施。"
NAMES = ("行動 App 內刪除", "刪除整個應用資料", "要求我們協助刪除")


def levels(text: str) -> list[tuple[str, int]]:
    return [(s.title or "", s.level) for s in parse_string(text).sections if s.title is not None]


def run(labels: tuple[str, ...]) -> str:
    return "".join(f"{label}{name}\n{HANT}\n\n" for label, name in zip(labels, NAMES, strict=False))


@pytest.mark.parametrize("labels", [("A. ", "B. ", "C. "), ("（一）", "（二）", "（三）"), ("(1) ", "(2) ", "(3) ")])
def test_sub_section_run_under_a_bare_title_without_a_colon_lead_in(labels: tuple[str, ...]) -> None:
    """The bare title's own text does not announce the run; the run still belongs to it."""
    text = f"隱私權政策\n\n資料收集\n{HANT}\n\n如何刪除資料\n{HANT}\n\n{run(labels)}兒童隱私\n{HANT}\n\n聯絡方式\n{HANT}\n"
    assert [level for _, level in levels(text)] == [1, 1, 2, 2, 2, 1, 1]


def test_two_runs_under_two_bare_titles() -> None:
    text = f"隱私權政策\n\n資料收集\n{HANT}\n\n{run(('A. ', 'B. '))}如何刪除資料\n{HANT}\n\n{run(('A. ', 'B. ', 'C. '))}聯絡方式\n{HANT}\n"
    assert [level for _, level in levels(text)] == [1, 2, 2, 1, 2, 2, 2, 1]


@pytest.mark.parametrize(
    "text",
    [
        # the lettered sections are the outline: an opening title above them, nothing bare after them
        f"隱私權政策\n\n前言\n{HANT}\n\n{run(('A. ', 'B. ', 'C. '))}",
        # an opening title above a run that a bare title closes: 「引言」 never holds the policy's sections
        f"隱私權政策\n\n引言\n{HANT}\n\n{run(('A. ', 'B. ', 'C. '))}聯絡方式\n{HANT}\n",
    ],
)
def test_lettered_sections_that_are_the_outline_stay_top_level(text: str) -> None:
    assert {level for title, level in levels(text) if title[:1] in "ABC"} == {1}


def test_one_lettered_line_under_a_bare_title_is_its_sub_section() -> None:
    text = f"隱私權政策\n\n資料收集\n{HANT}\n\n如何刪除資料\n{HANT}\n\nA. 行動 App 內刪除\n{HANT}\n\n兒童隱私\n{HANT}\n"
    assert [level for _, level in levels(text)] == [1, 1, 2, 1]


def test_top_level_numbers_beside_bare_titles_are_not_nested() -> None:
    """「1.」–「3.」 with 「Cookie的使用」 among them number the top level (never a sub-section style)."""
    body = "我们会依法处理您的个人信息，并采取适当的安全措施。"
    text = f"隐私政策\n\n信息收集\n{body}\n\n1. 账号\n{body}\n\n2. 设备\n{body}\n\nCookie的使用\n{body}\n\n3. 联系我们\n{body}\n"
    got = dict(levels(text))
    assert (got["1. 账号"], got["2. 设备"], got["3. 联系我们"]) == (1, 1, 1)


# -- 1. / 一、 runs need more evidence: they may number the top level beside bare lines ---------
BODY = "我们会依法处理您的个人信息，并采取适当的安全措施。"


def test_decimal_run_under_a_bare_title_of_a_bare_outline_is_nested() -> None:
    text = f"隐私政策\n\n【引言】\n{BODY}\n\n【信息收集】\n{BODY}\n\n1. 账号\n{BODY}\n\n2. 设备\n{BODY}\n\n【联系我们】\n{BODY}\n"
    assert [level for _, level in levels(text)] == [1, 1, 2, 2, 1]


@pytest.mark.parametrize(
    "text",
    [
        # one bare line above the numbers: 「关于我们」 is a section beside them, not their parent
        f"隐私政策\n\n关于我们\n{BODY}\n\n1. 信息收集\n{BODY}\n\n2. 信息使用\n{BODY}\n\n联系我们\n{BODY}\n",
        # the numbers go on after the bare line: they are the top level
        f"隐私政策\n\n简介\n{BODY}\n\n关于我们\n{BODY}\n\n1. 信息收集\n{BODY}\n\n2. 信息使用\n{BODY}\n\nCookie的使用\n{BODY}\n\n3. 联系我们\n{BODY}\n",
        f"隐私政策\n\n简介\n{BODY}\n\n关于我们\n{BODY}\n\n一、信息收集\n{BODY}\n\n二、信息使用\n{BODY}\n\n特别说明\n{BODY}\n\n三、联系我们\n{BODY}\n",
    ],
)
def test_top_level_numbers_among_bare_lines_stay_top_level(text: str) -> None:
    assert {level for title, level in levels(text) if title[:1] in "123一二三"} == {1}
