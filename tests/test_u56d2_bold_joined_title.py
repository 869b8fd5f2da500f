"""A bold title joined to its text with its `**` marks is cut back out as the plain form is (fifty-sixth session, u56d2:
what u56d left; 「**自动收集的信息**当您使用本程序时」 over the heading 「### 自动收集的信息」 and its text 「当您使用本应用时…」 on the line
below showed the section removed and the title marked inserted, inside its marks, into the section above).

`diff.runin._bold`: the bold run that opens the paragraph must be a whole title of the other side, which has its text
on the line below; then the same evidence as the title without its marks (`_match`): the exact start of the other
side's first paragraph, or for an edit in its first words a title of `UNNUMBERED_MIN` key characters at least (or
numbered) and the whole rest alike (`_alike`).  Near misses that stay as they were: bold words inside a sentence
(「我们**不会**出售」), a bold run longer than the title, a short title, a text that goes on to say something else."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import changed_sections, parse_path, parse_string
from policylens.diff import diff_documents
from test_u56d_unnumbered_joined_edit import HANS, HANT, _not_cut

EVAL = Path(__file__).resolve().parents[1] / "eval"

EDITS = [
    (HANS, HANS.replace("### 自动收集的信息\n当您使用本应用时", "**自动收集的信息**当您使用本程序时"), "自动收集的信息", ("应用", "程序")),
    (HANT, HANT.replace("### 權限使用\n為了提供室內定位功能", "**權限使用**為了提供室內導航功能"), "權限使用", ("定位", "導航")),
]


@pytest.mark.parametrize("old, new, title, words", EDITS)
def test_an_edit_under_a_bold_joined_title_is_the_only_change(old: str, new: str, title: str, words: tuple[str, str]) -> None:
    for a, b, (x, y) in ((old, new, words), (new, old, words[::-1])):
        assert changed_sections(a, b) == [("modified", title, title)]
        report = diff_documents(parse_string(a, ".md"), parse_string(b, ".md"))
        marked = [(sp.op, sp.text) for s in report.sections for c in s.changes for sp in c.spans if sp.op != "equal"]
        assert "".join(t for op, t in marked if op == "delete").endswith(x[-1])
        assert "".join(t for op, t in marked if op == "insert").endswith(y[-1])
        assert all(title not in t and "*" not in t for _, t in marked)


@pytest.mark.parametrize("old, new, title, words", EDITS)
def test_a_bold_joined_title_over_the_same_text_is_no_change(old: str, new: str, title: str, words: tuple[str, str]) -> None:
    same = new.replace(words[1], words[0])
    for a, b in ((old, same), (same, old)):
        assert changed_sections(a, b) == []


def test_a_numbered_bold_title_with_a_space() -> None:
    """A space after the marks: the exact start is asked, as for the plain form (a page that collapsed a line break)."""
    old = HANS.replace("### 自动收集的信息\n", "### 2.1 自动收集的信息\n")
    new = HANS.replace("### 自动收集的信息\n当您使用本应用时", "**2.1 自动收集的信息** 当您使用本应用时")
    for a, b in ((old, new), (new, old)):
        assert changed_sections(a, b) == []


def test_bold_words_inside_a_sentence_are_no_title() -> None:
    """「我们**不会**出售」: emphasis, not a title, even where the other side has a heading of those words."""
    _not_cut(HANS, HANS.replace("### 自动收集的信息\n当您使用本应用时", "我们**自动收集的信息**当您使用本应用时"))
    old = HANS.replace("我们不会收集个人身份信息。", "我们不会出售您的个人信息。")
    new = old.replace("我们不会出售", "我们**绝不**出售")
    for a, b in ((old, new), (new, old)):
        assert changed_sections(a, b) == [("modified", "2. 我们收集的信息", "2. 我们收集的信息")]
        _not_cut(a, b)


def test_a_bold_run_longer_than_the_title_is_no_title() -> None:
    _not_cut(HANS, HANS.replace("### 自动收集的信息\n当您使用本应用时", "**自动收集的信息与用途**当您使用本程序时"))


def test_a_short_bold_title_needs_the_exact_start() -> None:
    old = HANS.replace("### 自动收集的信息\n", "### 概述\n")
    _not_cut(old, HANS.replace("### 自动收集的信息\n当您使用本应用时", "**概述**当您使用本程序时"))


def test_a_bold_title_over_text_that_then_differs_is_not_cut() -> None:
    new = HANS.replace(
        "### 自动收集的信息\n当您使用本应用时，可能会自动收集某些信息，这些信息用于改进服务，包括使用数据与崩溃报告。",
        "**自动收集的信息**当您使用本程序时，可能会自动收集某些信息，这些信息用于改进服务。如需删除账户，请通过设置页面提交申请，"
        "我们将在十五个工作日内完成核验并删除您的全部个人信息，法律法规另有规定的除外。",
    )
    _not_cut(HANS, new)


def test_a_glued_bold_title_needs_the_text_on_the_line_below_the_heading() -> None:
    old = HANS.replace("### 自动收集的信息\n当您", "### 自动收集的信息\n\n当您")
    _not_cut(old, HANS.replace("### 自动收集的信息\n当您使用本应用时", "**自动收集的信息**当您使用本应用时"))


def test_real_document_with_an_edit_under_a_bold_joined_title() -> None:
    """eval/pairs37 sw-edit: 「## 信息收集」 over its text on the next line, joined to it in bold with a word of its first
    24 characters changed; and the real pair pairs56d rikka-reword unchanged by the rule."""
    path = EVAL / "pairs37/pairs/sw-edit/old.md"
    text = path.read_text(encoding="utf-8")
    assert "## 信息收集\n当使用 Switshot app 时" in text
    new = text.replace("## 信息收集\n当使用 Switshot app 时", "**信息收集**当运行 Switshot app 时", 1)
    for a, b in ((parse_path(path), parse_string(new, ".md")), (parse_string(new, ".md"), parse_path(path))):
        report = diff_documents(a, b)
        changed = [(s.status, s.old and s.old.title) for s in report.sections if s.status != "unchanged"]
        assert changed == [("modified", "信息收集")]
