"""A Markdown source and the HTML page built from it: one structure, one comparison (thirty-ninth session, u39d2).

`structure/styled_body._outlined`: a Hexo page's `<h3>` lead-ins (「在访问时，本人仅会处于以下目的，使用你的个人信息：」)
were body text by the styled-body rule while the same `###` lines of the Markdown source are headings
(eval/blind/round22 anzhiyu-md annotates them so); a level whose elements carry ids made from their own text (what a
Markdown renderer writes) stays an outline, while the same level without such ids is still body text.
`diff/keys.links_without_targets`: a Markdown link against the HTML page's link words is no change when only one side
can carry the target; two Markdown sides still compare their targets.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.model import DiffReport, Document

ROOT = Path(__file__).resolve().parents[1]
PAIR = ROOT / "eval" / "pairs39" / "pairs" / "dj-md-html"

LEADS = (
    "在访问时，收集访问信息的服务会收集不限于以下信息：",
    "在访问时，本站内置的第三方服务会通过以下或更多途径，来获取你的以下或更多信息：",
    "在访问时，本人仅会处于以下目的，使用你的个人信息：",
    "第三方信息获取方将您的数据用于以下用途：",
)


def _html(ids: bool, link: str = '<a href="https://api.nsmao.net">青桔</a>') -> str:
    def h3(text: str) -> str:
        if not ids:
            return f"<h3>{text}</h3>"
        return f'<h3 id="{text}"><a href="#{text}" class="headerlink" title="{text}"></a>{text}</h3>'

    parts = ["<html><body><h1>隐私政策</h1>", '<h2 id="一、信息的收集">一、信息的收集</h2>']
    for text in LEADS:
        parts.append(h3(text) + "<ul><li>用于网站的优化与文章分类</li><li>恶意访问识别，用于维护网站</li></ul>")
    parts.append(f"<p>此页面获取地址信息展示使用的是{link}提供的 API。</p>")
    parts.append('<h2 id="二、联系我们">二、联系我们</h2><p>如有疑问，请通过邮件与我们联系。</p></body></html>')
    return "".join(parts)


def _markdown(link: str = "[青桔](https://api.nsmao.net)") -> str:
    parts = ["# 隐私政策", "", "## 一、信息的收集", ""]
    for text in LEADS:
        parts += [f"### {text}", "", "- 用于网站的优化与文章分类", "- 恶意访问识别，用于维护网站", ""]
    parts += [f"此页面获取地址信息展示使用的是{link}提供的 API。", "", "## 二、联系我们", "", "如有疑问，请通过邮件与我们联系。", ""]
    return "\n".join(parts)


def _titles(doc: Document) -> list[str | None]:
    return [s.title for s in doc.sections]


def _diff(tmp_path: Path, old: tuple[str, str], new: tuple[str, str]) -> DiffReport:
    a, b = tmp_path / f"old.{old[1]}", tmp_path / f"new.{new[1]}"
    a.write_text(old[0], encoding="utf-8")
    b.write_text(new[0], encoding="utf-8")
    return diff_documents(parse_path(a), parse_path(b))


def _changes(report: DiffReport) -> list[tuple[str | None, str | None]]:
    return [(c.old_text, c.new_text) for s in report.sections for c in s.changes if not c.variant]


def test_lead_ins_with_ids_made_from_their_text_stay_headings_as_in_markdown() -> None:
    html = _titles(parse_string(_html(ids=True), ".html"))
    markdown = _titles(parse_string(_markdown(), ".md"))
    assert all(text in html for text in LEADS)
    assert html == markdown


def test_the_same_lead_ins_without_ids_are_still_body_text() -> None:
    titles = _titles(parse_string(_html(ids=False), ".html"))
    assert not any(text in titles for text in LEADS)
    assert "一、信息的收集" in titles


def test_ids_not_made_from_the_text_do_not_keep_the_level() -> None:
    html = _html(ids=False)
    for k, text in enumerate(LEADS):
        html = html.replace(f"<h3>{text}</h3>", f'<h3 id="sec-{k + 1}">{text}</h3>')
    titles = _titles(parse_string(html, ".html"))
    assert not any(text in titles for text in LEADS)


def test_a_markdown_source_against_its_built_page_has_no_change(tmp_path: Path) -> None:
    report = _diff(tmp_path, (_markdown(), "md"), (_html(ids=True), "html"))
    assert _changes(report) == []
    assert all(s.status == "unchanged" for s in report.sections)


def test_a_changed_link_word_is_still_a_change_across_formats(tmp_path: Path) -> None:
    report = _diff(tmp_path, (_markdown(), "md"), (_html(ids=True, link='<a href="https://api.nsmao.net">橘子</a>'), "html"))
    assert len(_changes(report)) == 1


def test_a_changed_target_between_two_markdown_sides_is_still_a_change(tmp_path: Path) -> None:
    report = _diff(tmp_path, (_markdown(), "md"), (_markdown("[青桔](https://api.example.com)"), "md"))
    assert len(_changes(report)) == 1


def test_a_link_removed_within_markdown_is_still_a_change(tmp_path: Path) -> None:
    report = _diff(tmp_path, (_markdown(), "md"), (_markdown("青桔"), "md"))
    assert len(_changes(report)) == 1


def test_the_pair_of_eval_pairs39_reports_only_the_footer_filing_number() -> None:
    report = diff_documents(parse_path(PAIR / "old.md"), parse_path(PAIR / "new.html"))
    assert [new for _, new in _changes(report)] == ["蜀ICP备2025119258号"]
    assert not [s for s in report.sections if s.status in ("added", "removed")]
