"""`diff` leaves out an HTML page's chrome (thirteenth session, a9d).

A page header's badge, its menu and language links, a copyright line in the footer: edited
between two versions, they were reported as policy changes (3 of 262 reported changes on the
same-script pairs of blind round 12).  The HTML reader now marks the short lines of page chrome
(a <nav>, role=navigation, a menu or sidebar by its class, the page's own <header>/<footer>):
no sentence, at most 40 characters, or a copyright line; `diff` compares them as nothing, as it
does a language switcher.  Kept: every sentence, a line that dates or versions the policy
(「最后更新：…」, 「版本 …」), an e-mail address, and all text outside the page's frame.
Real pages: `tests/data/real/witbacon.zh-Hans.html` and `birdland.zh-Hant-TW.html`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from helpers import cli, parse_string
from policylens.diff import diff_documents

REAL = ROOT / "tests" / "data" / "real"
WITBACON = (REAL / "witbacon.zh-Hans.html").read_text(encoding="utf-8")
BIRDLAND = (REAL / "birdland.zh-Hant-TW.html").read_text(encoding="utf-8")


def changed_lines(old: str, new: str, *, strict: bool = False) -> list[tuple[str | None, str | None]]:
    report = diff_documents(parse_string(old, ".html"), parse_string(new, ".html"), strict=strict)
    return [(c.old_text, c.new_text) for s in report.sections for c in s.changes]


def edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new)


@pytest.mark.parametrize(
    ("page", "old", "new"),
    [
        # witbacon: the year of the copyright line, a menu entry, the language link
        (WITBACON, "<span data-current-year>2026</span>", "<span data-current-year>2027</span>"),
        (
            WITBACON,
            '<a href="zh.html">首页</a>\n        <a href="privacy.html" lang="en">EN</a>',
            '<a href="zh.html">主页</a>\n        <a href="privacy.html" lang="en">English</a>',
        ),
        # birdland: the office clock in the header, the brand line, a language added to the picker, the footer's links
        (BIRDLAND, "<b data-hq-label>Resting</b>", "<b data-hq-label>Open 09:12</b>"),
        (
            BIRDLAND,
            '<a href="privacy.html" aria-current="true">繁體中文</a>',
            '<a href="privacy.html" aria-current="true">繁體中文</a><a href="../ko/privacy.html">한국어</a>',
        ),
        # (the footer's links 「隱私 · 聯絡」 are inline in one paragraph with its sentences: that paragraph is text, so an
        # edit to them is still shown, a known limit)
    ],
)
def test_edited_page_chrome_is_no_change(page: str, old: str, new: str) -> None:
    assert changed_lines(page, edit(page, old, new)) == []
    # --strict still shows it
    assert changed_lines(page, edit(page, old, new), strict=True)


@pytest.mark.parametrize(
    ("page", "old", "new", "shown"),
    [
        # a sentence in the footer: the English edition prevails (policy text)
        (BIRDLAND, "規格與法遵內容以英文版為準。", "規格與法遵內容以中文版為準。", "中文版"),
        # the site version in witbacon's footer is kept (「版本」)
        (WITBACON, "<span data-site-version>1.0.1</span>", "<span data-site-version>1.0.2</span>", "1.0.2"),
        # a policy sentence in <main>
        (BIRDLAND, "它不是客戶專案系統。", "它是客戶專案系統。", "它是客戶專案系統。"),
    ],
)
def test_policy_text_in_and_around_the_frame_is_still_compared(page: str, old: str, new: str, shown: str) -> None:
    lines = changed_lines(page, edit(page, old, new))
    assert lines and any(shown in (n or "") for _, n in lines)


def page(header: str, body: str, footer: str = "<p>© 2024 甲笔记</p>") -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>隐私政策</title></head><body>"
        f"<header>{header}</header><main><h1>隐私政策</h1>{body}</main><footer>{footer}</footer></body></html>\n"
    )


BODY = "<h2>一、我们收集的信息</h2><ul><li>邮箱地址</li><li>昵称</li></ul><h2>二、联系我们</h2><p>请发送邮件至 privacy@example.com。</p>"


def test_badge_menu_language_links_and_copyright_in_the_frame() -> None:
    old = page("<a href='/'>甲笔记</a> <span class='badge'>Beta</span><nav><a href='/'>首页</a> <a href='/faq'>常见问题</a></nav>", BODY)
    new = page(
        "<a href='/'>甲笔记</a> <span class='badge'>v2.0 新版</span><nav><a href='/'>首页</a> <a href='/help'>帮助中心</a> <a href='/blog'>博客</a></nav>"
        "<div><a href='/en/'>English</a> | <a href='/zh-tw/'>繁體中文</a></div>",
        BODY,
        "<p>© 2025 甲笔记. All rights reserved.</p>",
    )
    assert changed_lines(old, new) == []


@pytest.mark.parametrize(
    ("old_header", "new_header", "shown"),
    [
        ("<p>最后更新：2024年1月1日</p>", "<p>最后更新：2025年3月1日</p>", "2025"),  # dates the policy
        ("<p>生效日期 2024-01-01</p>", "<p>生效日期 2025-03-01</p>", "2025"),
        ("<p>版本 V1.2</p>", "<p>版本 V1.3</p>", "V1.3"),
        ("<p>联系：a@example.com</p>", "<p>联系：b@example.com</p>", "b@example.com"),
        ("<p>我们不会出售您的信息。</p>", "<p>我们可能出售您的信息。</p>", "可能"),  # a sentence
    ],
)
def test_lines_of_the_frame_that_say_something_are_kept(old_header: str, new_header: str, shown: str) -> None:
    lines = changed_lines(page(old_header, BODY), page(new_header, BODY))
    assert any(shown in (n or "") for _, n in lines)


def test_short_lines_of_the_policy_itself_are_compared() -> None:
    """A list item of the policy is as short as a menu entry: outside the page's frame it is text."""
    lines = changed_lines(page("", BODY), page("", BODY.replace("<li>昵称</li>", "<li>手机号码</li>")))
    assert ("昵称", None) in lines and (None, "手机号码") in lines


def test_a_header_inside_the_article_is_the_policy() -> None:
    """<article><header>…</header> is the policy's own header (its date line, its lead), not the page's."""

    def art(lead: str) -> str:
        return f"<!doctype html><html><body><article><header><h1>隐私政策</h1><p>{lead}</p></header>{BODY}</article></body></html>\n"

    assert changed_lines(art("适用于甲笔记 App"), art("适用于甲笔记 App 与网站")) != []


def test_cli_exit_code(tmp_path: Path) -> None:
    old, new = tmp_path / "old.html", tmp_path / "new.html"
    old.write_text(WITBACON, encoding="utf-8")
    new.write_text(edit(WITBACON, "<span data-current-year>2026</span>", "<span data-current-year>2027</span>"), encoding="utf-8")
    assert cli("diff", str(old), str(new), "--format", "text").returncode == 0
    assert cli("diff", str(old), str(new), "--format", "text", "--strict").returncode == 1
