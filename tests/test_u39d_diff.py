"""The page frame around a built page's one <main> is chrome (thirty-ninth session, u39d).

`load/html/chrome._outside_container`: a Hexo theme (AnZhiYu) writes the policy in its one <main> and, around it, the
site's menus, a sidebar of archive months with post counts, site statistics, a footer with its © line,
keyboard tips; deploys of an unchanged policy moved only those, and their numbers kept them as text (eval/pairs39:
every pair with no change exited 1).  Both sides are tested: the frame is compared as nothing, while a sentence, a
dated line, a company name, a filing number or the page title outside <main>, and every change inside it, are still reported; a page
with no <main> (or two) is read as before; `parse` still shows the frame's lines.  `diff/align._frame_titles`: a
frame heading read as a heading on one deploy and as a line of the opening on the next is no renamed section.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path
from policylens.diff import diff_documents

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "eval" / "pairs39" / "pairs"

POLICY = (
    "<h1>隐私政策</h1><h2>一、我们收集的信息</h2><p>我们会收集您的设备信息，用于保障服务安全。</p>"
    "<h2>二、信息的使用</h2><p>我们仅在实现本政策所述目的所需的期限内保存您的信息。</p>"
    "<h2>三、联系我们</h2><p>如有疑问，请通过页面底部的方式与我们联系。</p>"
)


def _page(main: str = POLICY, *, months: str = "三月 2026", posts: str = "56", footer: str = "", header: str = "") -> str:
    return (
        "<html><head><title>隐私政策 | 阿豪の博客</title></head><body>"
        f'<header id="page-header"><nav id="nav"><a href="/">阿豪の博客</a><a href="/archives/">文章</a></nav>{header}</header>'
        f'<main class="blog-container"><div id="page">{main}</div></main>'
        f'<footer id="footer"><div class="footer-wrap">©2020 - 2026 By 阿豪</div>{footer}</footer>'
        '<div id="sidebar"><div class="card-archives"><div class="item-headline">归档</div>'
        f'<a href="/archives/2026/03/">{months}</a><span>1篇</span></div>'
        f'<div class="site-data"><div>文章</div><div>{posts}</div></div><div class="card-tag-cloud">Hexo8乐理基础7</div></div>'
        '<div id="keyboard-tips"><div class="keyboardTitle">博客快捷键</div><div>shift K</div><div>关闭快捷键功能</div></div>'
        "</body></html>"
    )


def _diff(tmp_path: Path, old: str, new: str, *, strict: bool = False):  # type: ignore[no-untyped-def]
    a, b = tmp_path / "old.html", tmp_path / "new.html"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return diff_documents(parse_path(a), parse_path(b), strict=strict)


def _changes(report) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(c.old_text, c.new_text) for s in report.sections for c in s.changes if not c.variant]


def test_the_frame_around_main_compares_as_nothing(tmp_path: Path) -> None:
    old = _page(months="三月 2026", posts="56", footer="<p>©2020 - 2025 By 阿豪</p>")
    new = _page(months="九月 2025", posts="57", footer="<p>©2020 - 2026 By 阿豪</p>")
    report = _diff(tmp_path, old, new)
    assert _changes(report) == []
    assert sum(s.chrome for s in report.sections) > 0
    assert not [s for s in report.sections if s.status != "unchanged" or s.renamed]
    # --strict shows them
    assert _changes(_diff(tmp_path, old, new, strict=True))


@pytest.mark.parametrize(
    ("old_footer", "new_footer"),
    [
        ("<p>本政策的解释权归本站所有。</p>", "<p>本政策的解释权归本站及其运营方所有。</p>"),  # a sentence
        ("<p>最后更新：2025-01-01</p>", "<p>最后更新：2026-01-01</p>"),  # the policy's date
        ("<p>©2026 快记科技有限公司</p>", "<p>©2026 慢记科技有限公司</p>"),  # a company
        ("<p>联系：a@example.com</p>", "<p>联系：b@example.com</p>"),  # an e-mail address
        ("<p>粤ICP备2022152091号</p>", "<p>粤ICP备2025419031号</p>"),  # a filing number (eval/blind/pairs14 mememo)
    ],
)
def test_substance_outside_main_is_still_reported(tmp_path: Path, old_footer: str, new_footer: str) -> None:
    report = _diff(tmp_path, _page(footer=old_footer), _page(footer=new_footer))
    assert len(_changes(report)) == 1


def test_a_change_inside_main_is_reported_beside_the_frame(tmp_path: Path) -> None:
    edited = POLICY.replace("所需的期限内", "所需的期限内及法律要求的期限内")
    report = _diff(tmp_path, _page(posts="56"), _page(main=edited, posts="57"))
    assert len(_changes(report)) == 1


def test_a_page_whose_main_does_not_hold_the_policy_is_read_as_before(tmp_path: Path) -> None:
    # two <main>s: no one container; a counter line of the sidebar is text as before (numbers keep a frame line)
    two = _page().replace("</main>", "</main><main><p>其他内容</p></main>", 1)
    report = _diff(tmp_path, two, two.replace("<div>56</div>", "<div>57</div>"))
    assert len(_changes(report)) == 1
    # a <main> holding only a banner while the policy's sentences are outside it
    banner = _page(main="<p>欢迎</p>").replace("<footer", f"<section>{POLICY}</section><footer", 1)
    report = _diff(tmp_path, banner, banner.replace("<div>56</div>", "<div>57</div>"))
    assert len(_changes(report)) == 1


def test_parse_still_shows_the_frame(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(), encoding="utf-8")
    doc = parse_path(path)
    texts = " ".join(p.text for p in doc.paragraphs())
    assert "三月 2026" in texts and "56" in texts
    assert doc.chrome


def test_a_frame_heading_that_became_a_line_is_no_rename(tmp_path: Path) -> None:
    heading = '<div id="sidebar-menus"><h3>网页</h3><a href="/a/">个人主页</a><a href="/b/">图床</a></div>'
    line = '<div id="sidebar-menus"><div>网页</div><a href="/a/">个人主页</a><a href="/b/">图床</a></div>'
    report = _diff(tmp_path, _page(header=heading), _page(header=line))
    assert not [s for s in report.sections if s.renamed]
    assert _changes(report) == []


def test_a_policy_heading_renamed_is_still_a_rename(tmp_path: Path) -> None:
    renamed = POLICY.replace("二、信息的使用", "二、我们如何使用信息")
    report = _diff(tmp_path, _page(), _page(main=renamed))
    assert [s.new.title for s in report.sections if s.renamed] == ["二、我们如何使用信息"]


@pytest.mark.parametrize("pair", ["ah-archive", "ed-sidebar", "bl-links"])
def test_pairs39_deploys_of_an_unchanged_policy(pair: str) -> None:
    folder = PAIRS / pair
    report = diff_documents(parse_path(folder / "old.html"), parse_path(folder / "new.html"))
    assert _changes(report) == []
    assert not [s for s in report.sections if s.status != "unchanged" or s.renamed]


def _with_widget(card: str) -> str:
    """The policy and, beside it inside <main>, a sidebar card (AnZhiYu's 「aside-content」 of 「card-widget」s)."""
    return _page(main=f'{POLICY}</div><div class="aside-content"><div class="card-widget card-archives">{card}</div>')


def test_a_sidebar_card_inside_main_compares_as_nothing(tmp_path: Path) -> None:
    old = _with_widget('<div class="item-headline">归档</div><a href="/a/">十一月 2024</a><span>1篇</span><div>10</div>')
    new = _with_widget('<div class="item-headline">归档</div><a href="/a/">六月 2025</a><span>4篇</span><div>4</div>')
    assert _changes(_diff(tmp_path, old, new)) == []


def test_a_card_inside_main_that_holds_a_sentence_is_text(tmp_path: Path) -> None:
    old = _with_widget("<p>本站不会出售您的个人信息。</p><div>10</div>")
    new = _with_widget("<p>本站可能会向合作伙伴提供您的个人信息。</p><div>4</div>")
    texts = " ".join(f"{a} {b}" for a, b in _changes(_diff(tmp_path, old, new)))
    assert "出售" in texts and "10" in texts  # the sentence and the card's number line beside it, both text


def test_a_footer_menu_to_other_sites_compares_as_nothing(tmp_path: Path) -> None:
    # links to other pages: their words (不, 更新) say nothing of this policy (eval/pairs39 bl-links)
    old = '<div class="footer-links"><a href="/docs/">文档</a><a href="/changelog/">更新日志</a></div>'
    new = '<div class="footer-links"><a href="https://x.example/">此人不存在</a><a href="https://y.example/">纪妖</a></div>'
    report = _diff(tmp_path, _page(footer=old), _page(footer=new))
    assert _changes(report) == []


def test_a_statement_outside_main_that_is_no_link_menu_stays_text(tmp_path: Path) -> None:
    # the same words as plain lines (no links): a negation or 我们 keeps the line as text
    report = _diff(tmp_path, _page(footer="<div>我们不出售数据</div>"), _page(footer="<div>我们出售数据</div>"))
    assert len(_changes(report)) == 1
