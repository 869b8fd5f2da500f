"""`diff`: a site's menu is frame whatever else its section changes; a page <title> reordered is no change (u40d2).

`eval/pairs40c` sw-frame (fortieth session, not blind): a zh-Hant site page with no <main>, whose <nav> menu (logo,
links, dropdown lists) was marked page chrome, yet came back as 6–18 added and removed lines as soon as one other line
before the first heading changed.  The cause: a line deleted (inserted) beside chrome lines the other side lacks was
compared again with *every* chrome line of the section restored (so that a kept line against a short footer line reads
as a replace, `tests/test_diff_chrome13.py`); the lines of a menu (a <nav>, role="navigation", a frame made of link
entries: `Document.menus`) are now never restored.  The page's <title> 「A — B — C」 → 「C — B — A」 is noise.
Both sides: the replace against a footer line, substance in a <nav>, `--strict`, a changed word in the <title>.
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.diff import diff_documents

BODY = "<h2>一、我们收集的信息</h2><ul><li>邮箱地址</li><li>昵称</li></ul><h2>二、联系我们</h2><p>请发送邮件至 privacy@example.com。</p>"
OLD_NAV = "<a href='/'>海风</a><ul><li><a href='/'>首页</a></li><li><a href='/news'>公告</a></li><li><a href='/about'>关于</a></li></ul>"
NEW_NAV = (
    "<a href='/'>海风</a><ul><li><a href='/'>首页</a></li><li><a href='/history'>历史馆</a></li>"
    "<li><a href='/club'>海风社区</a></li><li><a href='/rules'>管理规则</a></li></ul>"
)


def page(nav: str, hero: str, body: str = BODY, title: str = "隐私政策 — 海风", wrap: str = "nav") -> str:
    """A site page with no <main>: a menu, a hero block above the <h1>, the policy, a footer."""
    menu = f"<{wrap}>{nav}</{wrap}>" if wrap == "nav" else f'<div role="navigation">{nav}</div>'
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"{menu}<div class='page-hero'>{hero}<h1>隐私政策</h1></div>{body}<footer><p>© 2024 海风</p></footer></body></html>\n"
    )


def changes(old: str, new: str, *, strict: bool = False) -> list[tuple[str | None, str | None]]:
    report = diff_documents(parse_string(old, ".html"), parse_string(new, ".html"), strict=strict)
    return [(c.old_text, c.new_text) for s in report.sections for c in s.changes]


@pytest.mark.parametrize("wrap", ["nav", "role"])
def test_a_menu_stays_frame_when_a_line_beside_it_changes(wrap: str) -> None:
    hero = "<p>我们重视您的隐私，本政策说明我们如何处理您的资料。</p>"
    old, new = page(OLD_NAV, "<span>社群须知</span>" + hero, wrap=wrap), page(NEW_NAV, hero, wrap=wrap)
    assert changes(old, new) == [("社群须知", None)]
    assert changes(new, old) == [(None, "社群须知")]
    # and with the hero unchanged, nothing at all (as before)
    assert changes(page(OLD_NAV, hero, wrap=wrap), page(NEW_NAV, hero, wrap=wrap)) == []


def test_strict_still_compares_the_menu() -> None:
    hero = "<p>我们重视您的隐私。</p>"
    found = changes(page(OLD_NAV, "<span>社群须知</span>" + hero), page(NEW_NAV, hero), strict=True)
    assert (None, "历史馆") in found and ("社群须知", None) in found


def test_substance_in_a_menu_is_still_compared() -> None:
    """A company, an e-mail address in the <nav> are no chrome (`load.html`): still compared beside a menu edit."""
    old = page(OLD_NAV + "<p>运营主体：杭州甲科技有限公司</p><p>service@old.example</p>", "<span>社群须知</span>")
    new = page(NEW_NAV + "<p>运营主体：北京乙科技有限公司</p><p>service@new.example</p>", "")
    found = changes(old, new)
    assert ("运营主体：杭州甲科技有限公司", "运营主体：北京乙科技有限公司") in found or (None, "运营主体：北京乙科技有限公司") in found
    assert any(n == "service@new.example" for _, n in found)
    assert not any(n in ("历史馆", "海风社区", "管理规则") for _, n in found)


def test_a_kept_line_against_a_footer_line_is_still_a_replace_beside_a_changed_menu() -> None:
    """The retry of `tests/test_diff_chrome13.py` keeps working for the frame's other lines."""
    kept, chrome = "Write to the privacy team through the form on our contact page", "Privacy team: see contact page"

    def site(nav: str, line: str) -> str:
        return page(nav, "", BODY + f"<footer><p>{line}</p><p>首页</p></footer>")

    assert changes(site(OLD_NAV, kept), site(NEW_NAV, chrome)) == [(kept, chrome)]
    assert changes(site(OLD_NAV, chrome), site(NEW_NAV, kept)) == [(chrome, kept)]


def test_a_table_of_contents_in_a_nav_inside_the_policy() -> None:
    """The policy's own contents (links to its #sections) in a <nav>: frame, as any <nav>; the renamed section it
    mirrors is still reported, once, as a rename."""

    def policy(name: str) -> str:
        toc = f"<nav><a href='#a'>一、我们收集的信息</a><a href='#b'>{name}</a></nav>"
        body = f"<h2 id='a'>一、我们收集的信息</h2><p>我们收集您的邮箱地址。</p><h2 id='b'>{name}</h2><p>请发送邮件至 privacy@example.com。</p>"
        return (
            "<!doctype html><html><head><meta charset='utf-8'><title>隐私政策</title></head><body>"
            f"<article><h1>隐私政策</h1>{toc}<p>本政策自2024年1月1日起生效。</p>{body}</article></body></html>\n"
        )

    report = diff_documents(parse_string(policy("二、联系我们"), ".html"), parse_string(policy("二、如何联系我们"), ".html"))
    assert [s.renamed for s in report.sections if s.status != "unchanged" or s.renamed] == [True]
    assert not [c for s in report.sections for c in s.changes]


@pytest.mark.parametrize(
    ("old_title", "new_title", "changed"),
    [
        ("隱私權政策 — 社群須知 — 海風", "海風 — 社群須知 — 隱私權政策", False),  # the parts reordered
        ("隐私政策 | 社群须知", "社群须知 | 隐私政策", False),  # (no part is the site's brand, a chrome line)
        ("隐私政策 | 社群须知", "社群须知 | 服务条款", True),  # a part changed
        ("隐私政策 | 社群须知", "社群须知 | 隐私政策 | 2025", True),  # a part added
        ("隐私政策 社群须知", "社群须知 隐私政策", True),  # no separator: words, not parts
    ],
)
def test_a_page_title_reordered_is_no_change(old_title: str, new_title: str, changed: bool) -> None:
    report = diff_documents(
        parse_string(page(OLD_NAV, "", title=old_title), ".html"), parse_string(page(OLD_NAV, "", title=new_title), ".html")
    )
    assert (report.title is not None) == changed
