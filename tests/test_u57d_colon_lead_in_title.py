"""A title run into its text as a lead-in with a colon is cut back out (fifty-seventh session, u57d: what u56d2 left).

「**自动收集的信息**：当您使用…」, 「**自动收集的信息：**当您…」, 「**Information We Collect:** When you…」, and with no marks at all
(an HTML page's 「<b>信息收集：</b>当您…」 loses its bold to the loader, a plain-text edition writes 「信息收集：当您…」) over the
other side's heading and its text showed the section renamed to 「(untitled)」, its title and colon marked inserted
into its text (`diff.runin._colon`).  The colon is the separator, so the evidence is the heading's (the title a section title of the
other side only) and the exact start of its first paragraph (`PREFIX_CHARS` of key), with no soft break asked and no
edit allowed in the first words.  A bold title after a sentence end inside a re-wrapped paragraph
(「…崩溃报告。 **第三方服务**：本应用…」) is cut there as the plain one is (`_mid`).  Near misses stay as they were: bold words
inside a sentence, a lead-in whose text says something else or has an edit in its first words, a bold run longer than
the title, a title the paragraph's own side also has as a heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import changed_sections, parse_string, section_layout
from policylens.diff import diff_documents
from policylens.diff.runin import run_in_titles
from test_u56d_unnumbered_joined_edit import HANS, HANT

EVAL = Path(__file__).resolve().parents[1] / "eval"
HEAD_HANS = "### 自动收集的信息\n当您使用本应用时"
HEAD_HANT = "### 權限使用\n為了提供室內定位功能"
EN = (
    "# Privacy Policy\n\n## Information We Collect\n\nWhen you use the app we may collect the device model and the system "
    "version, which we use to improve the service.\n\n## Contact\n\nWrite to us by email with any question.\n"
)
HEAD_EN = "## Information We Collect\n\nWhen you use the app"


def _not_cut(old: str, new: str, ext: str = ".md") -> None:
    parsed = parse_string(new, ext)
    assert section_layout(run_in_titles(parse_string(old, ext), parsed)[1]) == section_layout(parsed)


JOINS = [
    (HANS, HEAD_HANS, "**自动收集的信息**：当您使用本应用时", "自动收集的信息"),
    (HANS, HEAD_HANS, "**自动收集的信息：**当您使用本应用时", "自动收集的信息"),
    (HANS, HEAD_HANS, "自动收集的信息：当您使用本应用时", "自动收集的信息"),
    (HANT, HEAD_HANT, "**權限使用**：為了提供室內定位功能", "權限使用"),
    (HANT, HEAD_HANT, "權限使用：為了提供室內定位功能", "權限使用"),
    (EN, HEAD_EN, "**Information We Collect:** When you use the app", "Information We Collect"),
    (EN, HEAD_EN, "**Information We Collect**: When you use the app", "Information We Collect"),
    (EN, HEAD_EN, "Information We Collect: When you use the app", "Information We Collect"),
]
LATER = {"自动收集的信息": ("改进服务", "优化服务"), "權限使用": ("藍牙權限", "無線權限"), "Information We Collect": ("improve", "better")}


@pytest.mark.parametrize("old, head, joined, title", JOINS)
def test_a_lead_in_title_with_a_colon_over_the_same_text_is_no_change(old: str, head: str, joined: str, title: str) -> None:
    new = old.replace(head, joined)
    assert new != old
    for a, b in ((old, new), (new, old)):
        assert changed_sections(a, b) == []


@pytest.mark.parametrize("old, head, joined, title", JOINS)
def test_an_edit_under_a_lead_in_title_is_the_only_change(old: str, head: str, joined: str, title: str) -> None:
    x, y = LATER[title]
    new = old.replace(head, joined).replace(x, y)
    for a, b in ((old, new), (new, old)):
        assert changed_sections(a, b) == [("modified", title, title)]


def test_a_space_before_the_colon_is_no_lead_in() -> None:
    """「**自动收集的信息** ：」: not a lead-in as written (the colon parted from its title): left as it was."""
    _not_cut(HANS, HANS.replace(HEAD_HANS, "**自动收集的信息** ：当您使用本应用时"))


def test_html_bold_and_strong_lead_ins() -> None:
    body = "When you use the app we may collect the device model and the system version for statistics."
    old = f"<html><body><h1>Privacy Policy</h1><h2>Information We Collect</h2><p>{body}</p><h2>Contact</h2><p>Mail us.</p></body></html>"
    for tag in ("b", "strong"):
        for lead in (f"<{tag}>Information We Collect:</{tag}> ", f"<{tag}>Information We Collect</{tag}>: "):
            new = old.replace("<h2>Information We Collect</h2><p>", f"<p>{lead}")
            for a, b in ((old, new), (new, old)):
                assert changed_sections(a, b, ".html") == []
            edited = new.replace("statistics", "analytics")
            for a, b in ((old, edited), (edited, old)):
                assert changed_sections(a, b, ".html") == [("modified", "Information We Collect", "Information We Collect")]


def test_a_bold_title_after_a_sentence_end_in_a_rewrapped_paragraph() -> None:
    for joined in ("崩溃报告。 **第三方服务**：本应用可能会集成", "崩溃报告。**第三方服务**本应用可能会集成"):
        new = HANS.replace("崩溃报告。\n\n### 第三方服务\n本应用可能会集成", joined)
        assert new != HANS
        for a, b in ((HANS, new), (new, HANS)):
            assert changed_sections(a, b) == []


def test_bold_words_inside_a_sentence_are_no_title() -> None:
    """No sentence end before the bold run (「我们的**第三方服务**：…」), or emphasis in a sentence (「我们**绝不**出售」)."""
    _not_cut(HANS, HANS.replace("崩溃报告。\n\n### 第三方服务\n本应用可能会集成", "崩溃报告和我们的**第三方服务**：本应用可能会集成"))
    old = HANS.replace("我们不会收集个人身份信息。", "我们不会出售您的个人信息。")
    _not_cut(old, old.replace("我们不会出售", "我们**绝不**出售"))


def test_a_lead_in_over_other_text_is_not_cut() -> None:
    """The text after the colon says something else; or it has an edit in its first words where the other side's text
    is not on the line below its title (the colon alone is no evidence for an edited start)."""
    _not_cut(HANS, HANS.replace(HEAD_HANS, "**自动收集的信息**：我们完全不收集任何信息，也不会向第三方提供"))
    old = HANS.replace(HEAD_HANS, HEAD_HANS.replace("\n", "\n\n"))
    _not_cut(old, HANS.replace(HEAD_HANS, "**自动收集的信息**：当您使用本程序时"))
    _not_cut(old, HANS.replace(HEAD_HANS, "自动收集的信息：当您使用本程序时"))
    _not_cut(EN, EN.replace(HEAD_EN, "**Information We Collect:** Whenever you open the app"))
    _not_cut(EN, EN.replace(HEAD_EN, "Information We Collect: we do not collect anything at all from your device"))


@pytest.mark.parametrize(
    "joined", ["**自动收集的信息**：当您使用本程序时", "**自动收集的信息：**当您使用本程序时", "自动收集的信息：当您使用本程序时"]
)
def test_an_edit_in_the_first_words_under_a_rewrapped_lead_in(joined: str) -> None:
    """The other side's text on the line below its title (a re-wrap's join, u56d's evidence): the edit is the one
    change, the colon and the marks not in it."""
    new = HANS.replace(HEAD_HANS, joined)
    for a, b in ((HANS, new), (new, HANS)):
        assert changed_sections(a, b) == [("modified", "自动收集的信息", "自动收集的信息")]
        report = diff_documents(parse_string(a, ".md"), parse_string(b, ".md"))
        marked = "".join(sp.text for s in report.sections for c in s.changes for sp in c.spans if sp.op != "equal")
        assert "：" not in marked and "*" not in marked


def test_a_bold_run_longer_than_the_title_is_no_title() -> None:
    _not_cut(HANS, HANS.replace(HEAD_HANS, "**自动收集的信息与用途**：当您使用本应用时"))
    _not_cut(HANS, HANS.replace(HEAD_HANS, "**关于自动收集的信息：**当您使用本应用时"))


def test_a_title_its_own_side_has_as_a_heading_is_not_cut() -> None:
    new = HANS.replace(HEAD_HANS, "**自动收集的信息**：当您使用本应用时") + "\n## 自动收集的信息\n另见上文。\n"
    _not_cut(HANS, new)


def test_the_cut_report_marks_only_the_edit() -> None:
    new = HANS.replace(HEAD_HANS, "**自动收集的信息**：当您使用本应用时").replace("改进服务", "优化服务")
    report = diff_documents(parse_string(HANS, ".md"), parse_string(new, ".md"))
    marked = [(sp.op, sp.text) for s in report.sections for c in s.changes for sp in c.spans if sp.op != "equal"]
    assert marked == [("delete", "改进"), ("insert", "优化")]


def test_real_document_with_a_colon_lead_in() -> None:
    """eval/pairs37 sw-edit's 「## 信息收集」 over its text on the next line, joined to it as a bold lead-in with a colon,
    (inside the marks or after them) and as a plain one: no section moves either way."""
    path = EVAL / "pairs37/pairs/sw-edit/old.md"
    text = path.read_text(encoding="utf-8")
    assert "## 信息收集\n当使用 Switshot app 时" in text
    for joined in ("**信息收集**：当使用 Switshot app 时", "**信息收集:** 当使用 Switshot app 时", "信息收集：当使用 Switshot app 时"):
        new = text.replace("## 信息收集\n当使用 Switshot app 时", joined, 1)
        for a, b in ((text, new), (new, text)):
            assert changed_sections(a, b) == []
