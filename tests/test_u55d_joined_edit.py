"""An edit in the first words under a numbered title a Markdown re-wrap joined to its text is that edit alone
(fifty-fifth session, u55d: the case u54d2 left, 「2.1 自动收集的信息当您使用本程序时」 over 「2.1 自动收集的信息」 / 「当您使用本应用时」,
shown as the section removed and the title marked inserted into the section above).

`diff.runin` cuts a title joined to its text with no space when the rest starts as the other side's first paragraph
(24 characters of key).  An edit inside those 24 characters failed the test.  For a numbered title (the number the other
side's heading has) the rest is then compared over up to 48 characters: four fifths of them shared in order, the last 8
among them.  An unnumbered title, or a joined text that is mostly another one, is not cut on that evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import only_edit_both_ways, parse_path, parse_string, section_layout
from policylens.diff import diff_documents
from policylens.diff.runin import _mostly, run_in_titles
from test_u54d2_runin_wrap import HANS, HANT

EVAL = Path(__file__).resolve().parents[1] / "eval"

EDITS = [
    # (old, new, the only words marked)
    (
        HANS,
        HANS.replace("2.1 自动收集的信息\n当您使用本应用时", "2.1 自动收集的信息当您使用本程序时"),
        "2.1 自动收集的信息",
        ("应用", "程序"),
    ),
    (
        HANT,
        HANT.replace("二、權限使用\n為了提供室內定位功能", "二、權限使用為了提供室內導航功能"),
        "二、權限使用",
        ("定位", "導航"),
    ),
]


@pytest.mark.parametrize("old, new, title, words", EDITS)
def test_an_edit_in_the_first_words_under_a_joined_title_is_the_only_change(old: str, new: str, title: str, words: tuple[str, str]) -> None:
    only_edit_both_ways(old, new, title, words)


def test_an_unnumbered_title_needs_the_exact_start() -> None:
    old = HANS.replace("2.1 自动收集的信息\n", "自动收集的信息\n")
    new = HANS.replace("2.1 自动收集的信息\n当您使用本应用时", "自动收集的信息当您使用本程序时")
    _, cut_new = run_in_titles(parse_string(old, ".md"), parse_string(new, ".md"))
    assert section_layout(cut_new) == section_layout(parse_string(new, ".md"))


def test_a_joined_text_that_is_mostly_another_is_not_cut() -> None:
    new = HANS.replace(
        "2.1 自动收集的信息\n当您使用本应用时，可能会自动收集某些信息", "2.1 自动收集的信息如需删除账户，请通过设置页面提交申请"
    )
    parsed = parse_string(new, ".md")
    assert section_layout(run_in_titles(parse_string(HANS, ".md"), parsed)[1]) == section_layout(parsed)


def test_mostly() -> None:
    theirs = "当您使用本应用时，可能会自动收集某些信息，这些信息用于改进服务，包括："
    assert _mostly("当您使用本程序时，可能会自动收集某些信息，这些信息用于改进服务，包括：", theirs)
    assert _mostly("您使用本应用时，可能会自动收集某些信息，这些信息用于改进服务，包括：", theirs)  # a word dropped
    assert not _mostly("如需删除账户，请通过设置页面提交申请，可能会自动收集某些信息。", theirs)
    assert not _mostly("当您使用本程序时，可能会", "当您使用本应用时，可能会")  # too short to judge


def test_real_document_with_an_edit_under_a_joined_title() -> None:
    """eval/pairs49 ginkgo-xscript: 「2.1 自动收集的信息」 joined to its text as a re-wrap does, and a word of the text's
    first 24 characters changed."""
    path = EVAL / "pairs49/pairs/ginkgo-xscript/old.md"
    text = path.read_text(encoding="utf-8")
    at = text.index("2.1 自动收集的信息\n")
    line_end = text.index("\n", at + len("2.1 自动收集的信息\n"))
    body = text[at + len("2.1 自动收集的信息\n") : line_end]
    edited = body.replace("使用", "运行", 1)
    assert edited != body and body.index("使用") < 24
    new = text[:at] + "2.1 自动收集的信息" + edited + text[line_end:]
    report = diff_documents(parse_path(path), parse_string(new, ".md"))
    changed = [(s.status, s.old and s.old.title) for s in report.sections if s.status != "unchanged"]
    assert changed == [("modified", "2.1 自动收集的信息")]
