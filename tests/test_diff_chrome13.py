"""`diff` leaves out an HTML page's chrome (thirteenth session, a9d; narrowed by a9f after review rv13b).

A page header's badge, its menu and language links, a copyright line in the footer: edited
between two versions, they were reported as policy changes (3 of 262 reported changes on the
same-script pairs of blind round 12).  The HTML reader now marks the short lines of page chrome
(a <nav>, role=navigation, a menu or sidebar by its class, the page's own <header>/<footer>):
no sentence, at most 40 characters, or a copyright line; `diff` compares them as nothing, as it
does a language switcher.  Kept: every sentence, a line that dates or versions the policy
(「最后更新：…」, 「版本 …」), an e-mail address, and all text outside the page's frame.
Real pages: `tests/data/real/witbacon.zh-Hans.html` and `birdland.zh-Hant-TW.html`.

A fresh-eyes review (rv13b) found real changes hidden this way; never chrome since (a9f): a container that
holds the policy (half of the page's headings or of its text: a policy in a dialog, a 「gdpr-policy」 box, a
body inside <header>), and a line that carries substance (a number, a company, a person's role, an address,
a negation or the policy's scope).  A kept line against a chrome line is a replace, and chrome is counted
apart from formatting noise (「page chrome ignored: N」, `summary.chrome`).
"""

from __future__ import annotations

import json
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
        "<a href='/'>甲笔记</a> <span class='badge'>新版</span><nav><a href='/'>首页</a> <a href='/help'>帮助中心</a> <a href='/blog'>博客</a></nav>"
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
        ("<span class='badge'>Beta</span>", "<span class='badge'>v2.0 新版</span>", "v2.0"),  # a number (rv13b)
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


# -- review rv13b (a9f): no real change may be hidden ----------------------------------------------------------------

POLICY = (
    "<h1>隐私政策</h1><h2>一、我们收集的信息</h2><p>我们收集以下信息：</p><ul><li>手机号码</li><li>设备标识</li>{more}</ul>"
    "<h2>二、保存期限</h2><p>保存期限</p><ul><li>账号注销后保留{period}</li></ul><h2>三、第三方</h2><ul><li>微信支付 SDK</li></ul>"
)


def wrapped(opening: str, closing: str, *, more: str = "", period: str = "6个月") -> str:
    return f"<html><body>{opening}{POLICY.format(more=more, period=period)}{closing}</body></html>\n"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ('<div role="dialog">', "</div>"),  # a policy shown in a modal (the parser reads its <h*> as headings too)
        ('<div class="gdpr-policy">', "</div>"),
        ('<div id="consent-text" class="cookie-banner">', "</div>"),
        ("<header>", "</header>"),  # the whole body inside the page's <header>
        ("<footer>", "</footer>"),
        ('<div class="comments">', "</div>"),
        ("<nav>", "</nav>"),
    ],
)
def test_a_container_that_holds_the_policy_is_never_chrome(opening: str, closing: str) -> None:
    lines = changed_lines(wrapped(opening, closing), wrapped(opening, closing, more="<li>精确位置信息</li><li>通讯录</li>", period="5年"))
    assert (None, "精确位置信息") in lines and (None, "通讯录") in lines
    assert ("账号注销后保留6个月", "账号注销后保留5年") in lines


def test_a_container_holding_most_of_the_text_is_never_chrome() -> None:
    """No heading at all: a <header> holding most of the page's text is the policy (rv13b c6)."""

    def body(more: str) -> str:
        return f"<html><body><header><p>我们收集以下信息</p><ul><li>手机号码</li><li>设备标识</li>{more}</ul></header><p>甲笔记</p></body></html>\n"

    assert changed_lines(body(""), body("<li>精确位置信息</li>")) == [(None, "精确位置信息")]


def test_chrome_beside_a_policy_in_main_is_still_chrome() -> None:
    """The look-alike: a consent banner and a menu next to the policy in <main> hold neither its headings nor its text."""

    def site(buttons: str, menu: str) -> str:
        return (
            f"<html><body><div class='cookie-banner'><p>{buttons}</p></div><nav><a href='/'>{menu}</a></nav>"
            f"<main>{POLICY.format(more='', period='6个月')}</main></body></html>\n"
        )

    assert changed_lines(site("接受全部", "首页"), site("全部接受", "主页")) == []


@pytest.mark.parametrize(
    ("where", "old", "new"),
    [
        ("footer", "运营主体：杭州甲科技有限公司", "运营主体：北京乙科技有限公司"),  # a company
        ("footer", "© 2024 杭州甲科技有限公司 版权所有", "© 2024 北京乙科技有限公司 版权所有"),
        ("footer", "Data controller: Acme GmbH, Berlin", "Data controller: Acme Inc., Delaware"),
        ("footer", "个人信息保护负责人：张三", "个人信息保护负责人：李四"),  # a person's role
        ("footer", "地址：上海市浦东新区张江路1号", "地址：深圳市南山区科技园2号"),  # an address
        ("footer", "客服电话 400-123-4567", "客服电话 400-765-4321"),  # a phone
        ("footer", "Contact our DPO at dpo at example dot com", "Contact our DPO: +1 555 0100"),
        ("header", "本政策不适用于第三方服务", "本政策适用于第三方服务"),  # a negation
        ("header", "适用于中国大陆地区用户", "适用于全球用户"),  # the scope
        ("header", "Applies to EU users only", "Applies to EU users"),
        ("sidebar", "数据保存6个月", "数据保存5年"),  # a period
    ],
)
def test_a_frame_line_that_carries_substance_is_kept(where: str, old: str, new: str) -> None:
    def at(line: str) -> str:
        if where == "sidebar":
            return page("", BODY + f'<div class="sidebar"><p>{line}</p></div>', "")
        return page(f"<p>{line}</p>", BODY, "") if where == "header" else page("", BODY, f"<p>{line}</p>")

    lines = changed_lines(at(old), at(new))
    assert lines == [(old, new)] or ((old, None) in lines and (None, new) in lines)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("© 2024 甲笔记", "© 2025 甲笔记"),  # a copyright year
        ("版权所有 © 2024 甲笔记", "版权所有 © 2024–2025 甲笔记"),
        ("甲笔记 Office 09:12", "甲笔记 Office 18:40"),  # a clock
        ("1引言", "1简介"),  # a contents entry's number
        ("首页 帮助", "首页 帮助中心 博客"),
    ],
)
def test_numbers_that_say_nothing_leave_a_line_chrome(old: str, new: str) -> None:
    assert changed_lines(page("", BODY, f"<p>{old}</p>"), page("", BODY, f"<p>{new}</p>")) == []


@pytest.mark.parametrize("forward", [True, False])
def test_a_kept_line_against_a_chrome_line_is_a_replace(forward: bool) -> None:
    """One side's line is text (41 characters), the other's is a short chrome line: an edit, not a bare deletion."""
    kept, chrome = "Write to the privacy team through the form on our contact page", "Privacy team: see contact page"
    old, new = (kept, chrome) if forward else (chrome, kept)
    lines = changed_lines(page("", BODY, f"<p>{old}</p><p>首页</p>"), page("", BODY, f"<p>{new}</p><p>首页</p>"))
    assert lines == [(old, new)]


def test_chrome_is_counted_apart_from_formatting(tmp_path: Path) -> None:
    old, new = tmp_path / "old.html", tmp_path / "new.html"
    old.write_text(page("<nav><a href='/'>首页</a> <a href='/faq'>常见问题</a></nav>", BODY), encoding="utf-8")
    new.write_text(page("<nav><a href='/'>主页</a> <a href='/help'>帮助中心</a></nav>", BODY, "<p>© 2025 甲笔记</p>"), encoding="utf-8")
    summary = json.loads(cli("diff", str(old), str(new), "--format", "json").stdout)["summary"]
    assert (summary["chrome"], summary["noise"], summary["changes"]) == (2, 0, 0)
    for fmt in ("text", "markdown", "html"):
        out = cli("diff", str(old), str(new), "--format", fmt).stdout
        assert "page chrome ignored: 2 lines" in out and "formatting-only" not in out, fmt
    same = json.loads(cli("diff", str(old), str(old), "--format", "json").stdout)["summary"]
    assert same["chrome"] == 0
