"""Forty-first session (u41d2): the last noise classes of `diff` on `eval/pairs40c` sw-frame.

1. A hero badge over the page's title: a short line written wholly in a logo, brand or badge element right above the
   <h1>, before any sentence (「<span class="section-tag">⚖️ 社群須知</span>」), is page chrome; removed on the next
   version it was a change.  Kept: a badge with substance (a date, a number), a sentence, a plain line above the title,
   a badge under the title's first sentence.
2. The site's revision line after the page's own <footer> (「網站最後修改日期 2026.04.11」 → 「… / 總計修改—次」) is page
   chrome.  Kept: the policy's own date line there (no 網站/本站/site), a site's date line above the footer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.diff import diff_documents, has_changes
from policylens.load import load
from policylens.structure import build_document

PAIRS = Path(__file__).resolve().parent.parent / "eval" / "pairs40c" / "pairs"

_PAGE = """<html><head><title>隱私權政策</title></head><body>
<nav class="nav"><a href="/">首頁</a> <a href="/rules">規則</a></nav>
<div class="page-hero">
{hero}
<h1>隱私權政策</h1>
{under}
<p class="section-desc">我們重視您的隱私，本政策說明我們如何處理您的資料。</p>
</div>
<h2>一、適用範圍</h2>
<p>本政策適用於您使用本服的各項服務。</p>
<footer><p>© 2026 海風伺服器</p></footer>
{tail}
</body></html>
"""


def _changes(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> list[str]:
    empty = {"hero": "", "under": "", "tail": ""}
    (tmp_path / "old.html").write_text(_PAGE.format(**(empty | old)), encoding="utf-8")
    (tmp_path / "new.html").write_text(_PAGE.format(**(empty | new)), encoding="utf-8")
    report = diff_documents(build_document(load(str(tmp_path / "old.html"))), build_document(load(str(tmp_path / "new.html"))))
    lines = [(c.old_text or "") + "|" + (c.new_text or "") for s in report.sections for c in s.changes]
    return lines if lines or not has_changes(report) else ["(exit 1)"]


@pytest.mark.parametrize(
    "hero",
    [
        '<span class="section-tag">⚖️ 社群須知</span>',
        '<span class="badge">Beta</span>',
        '<div class="hero-eyebrow">法律文件</div>',
        '<a class="logo" href="/">海風</a>',
    ],
)
def test_a_badge_over_the_title_is_chrome(tmp_path: Path, hero: str) -> None:
    assert _changes(tmp_path, {"hero": hero}, {}) == []
    assert _changes(tmp_path, {}, {"hero": hero}) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a line in no badge element: the policy's own line above its title
        ({"hero": "<p>社群須知</p>"}, {}),
        # a badge with substance: a date, a version of the policy, a company
        ({"hero": '<span class="badge">2026 年 4 月版</span>'}, {"hero": '<span class="badge">2026 年 5 月版</span>'}),
        ({"hero": '<span class="tag">海風有限公司</span>'}, {}),
        # a sentence in a badge
        ({"hero": '<span class="tag">本政策僅適用於台灣玩家。</span>'}, {}),
        # a badge under the title (not above it)
        ({"under": '<span class="tag">社群須知</span>'}, {}),
    ],
)
def test_other_lines_over_or_under_the_title_are_compared(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> None:
    assert _changes(tmp_path, old, new)


def test_the_sites_revision_line_after_the_footer_is_chrome(tmp_path: Path) -> None:
    old = {"tail": '<p class="page-revise">網站最後修改日期 2026.04.11</p>'}
    new = {"tail": '<p class="page-revise">網站最後修改日期 2026.04.12 / 總計修改 <span id="n">—</span> 次</p>'}
    assert _changes(tmp_path, old, new) == []
    assert _changes(tmp_path, {"tail": "<p>Site last updated 2026-04-11</p>"}, {"tail": "<p>Site last updated 2026-05-01</p>"}) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the policy's own date after the footer
        ({"tail": "<p>最後修改日期 2026.04.11</p>"}, {"tail": "<p>最後修改日期 2026.05.01</p>"}),
        ({"tail": "<p>本政策最後更新：2026.04.11</p>"}, {"tail": "<p>本政策最後更新：2026.05.01</p>"}),
        # a site line that names the policy, and a sentence
        ({"tail": "<p>本站更新隱私權政策 2026.04.11</p>"}, {"tail": "<p>本站更新隱私權政策 2026.05.01</p>"}),
        ({"tail": "<p>網站更新於 2026.04.11。</p>"}, {"tail": "<p>網站更新於 2026.05.01。</p>"}),
        # the site's date line above the footer, inside the page
        ({"under": "<p>網站最後修改日期 2026.04.11</p>"}, {"under": "<p>網站最後修改日期 2026.05.01</p>"}),
    ],
)
def test_the_policys_dates_are_still_compared(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> None:
    assert _changes(tmp_path, old, new)


def test_pairs40c_sw_frame_is_clean() -> None:
    old = build_document(load(str(PAIRS / "sw-frame" / "old.html")))
    new = build_document(load(str(PAIRS / "sw-frame" / "new.html")))
    report = diff_documents(old, new)
    assert not has_changes(report)
    assert not [c for s in report.sections for c in s.changes]


_BOLD = """<html><body>
<div class="nav-menu"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/about">{menu}</a></li></ul></div>
<p><strong>示例隐私政策</strong></p>
<p>本政策说明我们如何处理您的个人信息。</p>
<p><strong>一、我们收集的信息</strong></p>
<p>我们会收集您的设备信息。</p>
<p><strong>二、第三方SDK</strong></p>
<p>我们接入了以下第三方SDK：</p>
<ul class="nav-list"><li><a href="https://x.example/p">友盟统计</a></li><li><a href="https://y.example/p">{sdk}</a></li></ul>
<p><strong>三、联系我们</strong></p>
<p>如有问题，请联系 a@example.com。</p>
<div class="sidebar"><ul><li><a href="/post/1">{post}</a></li></ul></div>
</body></html>
"""


def test_a_classed_list_between_bold_titled_sections_is_policy_text(tmp_path: Path) -> None:
    # u41d's classed-list class on a page whose section titles are bold paragraphs, not <h*>
    (tmp_path / "old.html").write_text(_BOLD.format(menu="关于", sdk="极光推送", post="春游记"), encoding="utf-8")
    (tmp_path / "new.html").write_text(_BOLD.format(menu="关于本站", sdk="个推", post="秋游记"), encoding="utf-8")
    report = diff_documents(build_document(load(str(tmp_path / "old.html"))), build_document(load(str(tmp_path / "new.html"))))
    texts = [(c.old_text or "") + "|" + (c.new_text or "") for s in report.sections for c in s.changes]
    assert any("极光推送" in t for t in texts)
    assert any("个推" in t for t in texts)
    # the menu above the title and the sidebar after the last section stay chrome
    assert not any(word in t for t in texts for word in ("关于本站", "秋游记", "关于", "春游记"))


def test_bold_labels_do_not_make_a_sidebar_policy_text_on_a_page_with_headings(tmp_path: Path) -> None:
    # a page titled by <h*>: a bold label after the sidebar (a blog theme's 「归档」) is no section title, so the sidebar
    # after the last section stays chrome (eval/pairs39 bl-site)
    page = (
        "<html><body><h1>隐私政策</h1><h2>一、信息收集</h2><p>我们会收集您的设备信息。</p>"
        "<h2>二、联系我们</h2><p>请联系 a@example.com。</p>"
        '<div class="widget"><ul><li><a href="/tags/a">{tag}</a></li><li><a href="/tags/b">深度学习</a></li></ul></div>'
        "<p><strong>归档</strong></p><p><strong>统计</strong></p></body></html>"
    )
    (tmp_path / "old.html").write_text(page.format(tag="彗星"), encoding="utf-8")
    (tmp_path / "new.html").write_text(page.format(tag="探索"), encoding="utf-8")
    report = diff_documents(build_document(load(str(tmp_path / "old.html"))), build_document(load(str(tmp_path / "new.html"))))
    assert not [c for s in report.sections for c in s.changes]
