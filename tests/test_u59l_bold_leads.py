"""An HTML paragraph opened by a bold run-in title is cut back out in `diff` as the Markdown one is (u59l).

「<p><b>信息收集</b>当您注册时…</p>」, 「<li><b>Cookies.</b> We use…</li>」: the HTML loader drops the bold, so the title run into
its text carried no trace of where it ends, and against the other version's heading 「信息收集」 over the same text the
section showed renamed to 「(untitled)」 with its title marked inserted into its text — where the Markdown edition
「**信息收集**当您…」 was already the one edit or no change (u56d2, u57d).  The loader now records where a block's leading
bold run ends (`load.html.bold_leads`, `Document.bold_leads`: `<b>`, `<strong>`, an inline `font-weight: bold|700`
style, nested `<b><span>`), and `diff.runin` cuts there on the colon's evidence (the rest starts as the other side's
first paragraph).  Not recorded: a bold word inside a sentence, a paragraph bold as a whole (a heading candidate
already), a bold run longer than a line.  Not cut: a bold run that is no title of the other side, a text that does not
start as the other side's section does, a title the page's own side also has.
"""

from __future__ import annotations

import pytest

from parse_helpers import parse_string, section_layout
from policylens.diff import diff_documents
from policylens.diff.runin import run_in_titles
from policylens.load.html.bold_leads import leading_bold
from policylens.model import Document

_ZH_1 = "当您注册账号时，我们会收集您的手机号码和昵称，用于创建账号和登录验证。"
_ZH_2 = "我们使用收集的信息来提供、维护和改进服务，并向您发送服务通知。"
_EN_1 = "We use cookies to keep you signed in and to remember your settings between visits."
_EN_2 = "Write to us at the address below if you have any question about this policy."

ZH_MD = f"# 隐私政策\n\n## 信息收集\n{_ZH_1}\n\n## 信息使用\n{_ZH_2}\n"
ZH_HTML = f"<html><body><h1>隐私政策</h1>\n<h2>信息收集</h2>\n<p>{_ZH_1}</p>\n<h2>信息使用</h2>\n<p>{_ZH_2}</p>\n</body></html>\n"
EN_MD = f"# Privacy Policy\n\n## Cookies\n\n{_EN_1}\n\n## Contact\n\n{_EN_2}\n"


def _page(*paragraphs: str, title: str = "隐私政策") -> str:
    return f"<html><body><h1>{title}</h1>\n" + "\n".join(paragraphs) + "\n</body></html>\n"


def _changed(old: Document, new: Document, strict: bool = False) -> list[tuple[str, str | None, str | None]]:
    report = diff_documents(old, new, strict=strict)
    return [(s.status, s.old and s.old.title, s.new and s.new.title) for s in report.sections if s.status != "unchanged"]


def _both_ways(a: tuple[str, str], b: tuple[str, str], strict: bool = False) -> list[list[tuple[str, str | None, str | None]]]:
    x, y = parse_string(*a), parse_string(*b)
    return [_changed(x, y, strict), _changed(y, x, strict)]


RUN_INS = [
    _page(f"<p><b>信息收集</b>{_ZH_1}</p>", f"<p><strong>信息使用</strong>{_ZH_2}</p>"),
    _page(f'<p><span style="font-weight: bold">信息收集</span>{_ZH_1}</p>', f'<p><span style="font-weight:700">信息使用</span>{_ZH_2}</p>'),
    _page(f"<p><b><span>信息收集</span></b>{_ZH_1}</p>", f"<p><strong><em>信息使用</em></strong>{_ZH_2}</p>"),
    _page(f"<ul><li><b>信息收集</b>{_ZH_1}</li>\n<li><b>信息使用</b>{_ZH_2}</li></ul>"),
]


@pytest.mark.parametrize("page", RUN_INS)
def test_an_html_bold_run_in_title_over_the_same_text_is_no_change(page: str) -> None:
    for old in ((ZH_MD, ".md"), (ZH_HTML, ".html")):
        assert _both_ways(old, (page, ".html")) == [[], []]


def test_an_english_bold_title_closed_by_a_full_stop_is_cut_in_html_and_markdown() -> None:
    html = _page(f"<ul><li><b>Cookies.</b> {_EN_1}</li>\n<li><strong>Contact</strong> {_EN_2}</li></ul>", title="Privacy Policy")
    markdown = f"# Privacy Policy\n\n**Cookies.** {_EN_1}\n\n**Contact** {_EN_2}\n"
    assert _both_ways((EN_MD, ".md"), (html, ".html")) == [[], []]
    assert _both_ways((EN_MD, ".md"), (markdown, ".md")) == [[], []]


def test_an_edit_under_the_bold_title_is_the_one_change() -> None:
    page = _page(f"<p><b>信息收集</b>{_ZH_1}</p>", f"<p><b>信息使用</b>{_ZH_2.replace('服务通知', '活动通知')}</p>")
    assert _both_ways((ZH_MD, ".md"), (page, ".html")) == [[("modified", "信息使用", "信息使用")]] * 2


def test_the_loader_records_where_the_leading_bold_run_ends() -> None:
    page = _page(
        f"<p><b>信息收集</b>{_ZH_1}</p>",
        f"<p> <b>信息</b> <strong>使用</strong>{_ZH_2}</p>",
        f"<p>我们<b>不会</b>出售{_ZH_2}</p>",
        "<p><b>整段加粗的一句话。</b></p>",
        f"<p><b>{'很长的加粗句子' * 12}</b>{_ZH_2}</p>",
    )
    doc = parse_string(page, ".html")
    leads = {(line, column): length for line, column, length in doc.bold_leads}
    texts = {(p.line, p.column): p.text for s in doc.sections for p in s.paragraphs}
    assert sorted(texts[at][:n] for at, n in leads.items()) == ["信息使用", "信息收集"]


@pytest.mark.parametrize(
    "runs, expected",
    [
        ([(0, 4)], 4),
        ([(1, 3), (4, 6)], 6),  # 「 ab cd…」: bold runs parted by white space only
        ([(0, 2), (3, 5)], None),  # a plain character between: the run ends at 2, but its rest… (see below)
        ([(2, 4)], None),  # mid-sentence
        ([(0, 9)], None),  # the whole text bold
    ],
)
def test_leading_bold_runs(runs: list[tuple[int, int]], expected: int | None) -> None:
    text = " ab cd efg" if runs == [(1, 3), (4, 6)] else "abcdefghi"
    got = leading_bold(text, runs)
    if runs == [(0, 2), (3, 5)]:
        assert got == 2  # the first run alone opens the text
    else:
        assert got == expected


NEAR_MISSES = [
    _page(f"<p>我们<b>不会</b>出售{_ZH_1}</p>"),  # bold inside a sentence
    _page(f"<p><b>信息收集方式</b>{_ZH_1}</p>"),  # a bold run that is no title of the other side
    _page(f"<p><b>信息收集</b>{_ZH_2}</p>"),  # the text is another section's
    _page(f"<p><b>信息收集，当您注册账号时</b>{_ZH_1[8:]}</p>"),  # a bold run longer than the title
]


@pytest.mark.parametrize("page", NEAR_MISSES)
def test_near_misses_are_left_as_they_were(page: str) -> None:
    parsed = parse_string(page, ".html")
    assert section_layout(run_in_titles(parse_string(ZH_MD, ".md"), parsed)[1]) == section_layout(parsed)


def test_a_title_the_page_also_has_as_a_heading_is_not_cut() -> None:
    page = _page("<h2>信息收集</h2>", f"<p><b>信息收集</b>{_ZH_1}</p>")
    parsed = parse_string(page, ".html")
    assert section_layout(run_in_titles(parse_string(ZH_MD, ".md"), parsed)[1]) == section_layout(parsed)


def test_markdown_and_text_documents_record_no_bold_lead() -> None:
    assert parse_string(f"**信息收集**{_ZH_1}\n", ".md").bold_leads == frozenset()
    assert parse_string(f"信息收集{_ZH_1}\n", ".txt").bold_leads == frozenset()


def test_a_real_page_with_its_h3_titles_run_into_their_paragraphs_in_bold_is_no_change() -> None:
    """eval/pairs26b anbu-cn / anbu-tw (a real HTML 隐私政策): its three 「<h3>…</h3>」 over a paragraph rewritten as
    「<p><strong>…</strong>…</p>」 — on the base `diff --strict` showed three sections removed and their text added to the
    one above (the default report hid it as formatting)."""
    import re
    from pathlib import Path

    pairs = Path(__file__).resolve().parents[1] / "eval/pairs26b/pairs"
    for name in ("anbu-cn", "anbu-tw"):
        page = (pairs / name / "old.html").read_text(encoding="utf-8")
        bold, count = re.subn(r"<h3>([^<]+)</h3>\n<p>", r"<p><strong>\1</strong>", page)
        assert count == 3
        assert _both_ways((page, ".html"), (bold, ".html"), strict=True) == [[], []]


def test_an_html_block_of_a_markdown_file_records_its_bold_leads_too() -> None:
    """「<p><b>信息收集</b>当您…</p>」 written as HTML inside a Markdown file: against an HTML page's headings (no Markdown
    re-wrap to reason from) it is cut as the page's own would be."""
    markdown = f"# 隐私政策\n\n<p><b>信息收集</b>{_ZH_1}</p>\n\n<p><b>信息使用</b>{_ZH_2}</p>\n"
    assert len(parse_string(markdown, ".md").bold_leads) == 2
    assert _both_ways((ZH_HTML, ".html"), (markdown, ".md")) == [[], []]
