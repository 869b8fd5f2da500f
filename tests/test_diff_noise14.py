"""Same-script diff noise and a wrong-place class (fourteenth session, c9s).

1. A Markdown link and the same address written out after the same words
   (「[在 App Store 下载](URL)」 / 「在 App Store 下载：URL」, 「… (URL)」) are one text: both are keyed
   `words⟨address⟩` (`diff.keys`).  A change of the visible words (「[在 App Store 下载](URL)」 → 「URL」,
   other words) or of the address is still a change.
2. A title whose only difference is the separator between its parts (「我记 - 隐私政策」 →
   「我记 · 隐私政策」, 「|」, 「—」, 「｜」) is noise (`diff.title`); a changed product or year is not.
3. Page chrome alike on both versions: a menu by its class (「<div class="nav">」, 「topnav」, 「nav-bar」) is chrome
   as a <nav> is, and a frame line that is chrome but for an e-mail address (「<footer>← 返回首页 · privacy@…」)
   is chrome when the page gives that address elsewhere; a new or changed address, a company, a period, a
   negation or a verb there is still substance (`load.html`).  「每一天」 is no period.
4. A uni-app page's numbered section titles in title-class elements (「<view class="tit">」): one that
   holds a run-in sentence after its title (「七、用户信息使用原则 惟在…：」) is the heading 「七、用户信息使用原则」
   over that sentence, and one written as a sentence (「十二、…所有。」) is a heading, when an earlier
   title-class element is a bare numbered title; their content no longer lands in the previous section
   (`load.html`, `_Extractor._run_in`).  A numbered sentence in a body element stays text.
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.diff import diff_documents
from policylens.diff.align import title_changed


def _changes(old: str, new: str, suffix: str = ".md") -> list[tuple[str | None, str | None]]:
    report = diff_documents(parse_string(old, suffix), parse_string(new, suffix))
    return [(c.old_text, c.new_text) for s in report.sections for c in s.changes if not c.variant]


MD = "# 隐私政策\n\n## 一、下载\n\n{line}\n\n我们不会出售您的个人信息。\n"
APP = "https://apps.apple.com/app/id6781480047"


@pytest.mark.parametrize(
    "new",
    [
        f"在 App Store 下载：{APP}",
        f"在 App Store 下载: {APP}",
        f"在 App Store 下载 {APP}",
        f"在 App Store 下载（{APP}）",
        f"在 App Store 下载 ({APP}/)",
        f"[在 App Store 下载]({APP}/)",
    ],
)
def test_link_written_out_with_the_same_words_is_no_change(new: str) -> None:
    old = f"[在 App Store 下载]({APP})"
    assert _changes(MD.format(line=old), MD.format(line=new)) == []
    assert _changes(MD.format(line=new), MD.format(line=old)) == []


@pytest.mark.parametrize(
    "new",
    [
        APP,  # the words are gone
        f"在 Google Play 下载：{APP}",  # other words
        f"在 App Store 下载：{APP.replace('6781480047', '6781480048')}",  # another address
        # another path (another scheme on the same host, http → https, is no change since u33d: tests/test_u33d_diff.py)
        "在 App Store 下载：https://apps.apple.com/cn/app/id6781480047",
        "在 App Store 下载",  # the address is gone
    ],
)
def test_link_with_other_words_or_address_is_a_change(new: str) -> None:
    old = f"[在 App Store 下载]({APP})"
    assert _changes(MD.format(line=old), MD.format(line=new)) != []
    assert _changes(MD.format(line=new), MD.format(line=old)) != []


def test_bare_address_inside_a_sentence_keeps_its_sentence() -> None:
    old = MD.format(line=f"访问我们的官网 {APP}。了解更多。")
    assert _changes(old, MD.format(line=f"访问我们的官网：{APP}。了解更多。")) == []
    assert _changes(old, MD.format(line=f"访问我们的官网 {APP}。了解详情。")) != []


PAGE = "<html><head><title>{title}</title></head><body><h1>隐私政策</h1><h2>一、收集</h2><p>我们收集您的手机号码。</p></body></html>"


@pytest.mark.parametrize(
    "new", ["我记 · 隐私政策", "我记 | 隐私政策", "我记｜隐私政策", "我记 — 隐私政策", "我记-隐私政策", "我记 / 隐私政策"]
)
def test_title_separator_only_is_noise(new: str) -> None:
    for a, b in (("我记 - 隐私政策", new), (new, "我记 - 隐私政策")):
        report = diff_documents(parse_string(PAGE.format(title=a), ".html"), parse_string(PAGE.format(title=b), ".html"))
        assert not title_changed(report), (a, b)
    old, changed = "# 我记 - 隐私政策\n\n正文。\n", f"# {new}\n\n正文。\n"
    assert not title_changed(diff_documents(parse_string(old, ".md"), parse_string(changed, ".md")))


@pytest.mark.parametrize(
    "new", ["我记 2 · 隐私政策", "我记 Pro | 隐私政策", "你记 · 隐私政策", "我记 · 隐私政策 2025", "我记隐私政策", "我记 · 用户协议"]
)
def test_title_with_other_words_is_a_change(new: str) -> None:
    report = diff_documents(parse_string(PAGE.format(title="我记 - 隐私政策"), ".html"), parse_string(PAGE.format(title=new), ".html"))
    assert title_changed(report)


def test_a_hyphen_inside_a_word_is_no_separator() -> None:
    report = diff_documents(
        parse_string(PAGE.format(title="Wi-Fi 助手 - 隐私政策"), ".html"), parse_string(PAGE.format(title="WiFi 助手 - 隐私政策"), ".html")
    )
    assert title_changed(report)


VUE = """<template>
\t<view class="content">
\t\t<view class="title">隐私政策</view>
\t\t<view class="tit">一、信息收集</view>
\t\t<view class="txt">我们会收集您的手机号码用于登录。</view>
\t\t<view class="tit">二、信息存储</view>
\t\t<view class="txt">您的信息存储在中国境内的服务器上。</view>
\t\t<view class="tit">三、用户信息使用原则 惟在下列情形下，我们会使用您的信息：</view>
\t\t<view class="txt">1. 为您提供服务；</view>
\t\t<view class="txt">2. {use}。</view>
\t\t<view class="tit">四、信息共享</view>
\t\t<view class="txt">我们不会与第三方共享您的信息。</view>
\t\t<view class="tit">五、本政策的最终解释权归本公司所有。</view>
\t\t<view class="txt">如有疑问，请{contact}联系我们。</view>
\t</view>
</template>
"""


def _sections(text: str, suffix: str = ".vue") -> list[tuple[str, list[str]]]:
    doc = parse_string(text, suffix)
    return [(s.title or "", [p.text for p in s.paragraphs]) for s in doc.sections]


def test_run_in_and_sentence_titles_are_headings() -> None:
    sections = dict(_sections(VUE.format(use="改进产品", contact="通过邮件")))
    assert sections["三、用户信息使用原则"][0] == "惟在下列情形下，我们会使用您的信息："
    assert "五、本政策的最终解释权归本公司所有。" in sections
    assert sections["四、信息共享"] == ["我们不会与第三方共享您的信息。"]
    assert all(not p.startswith(("三、", "五、")) for paragraphs in sections.values() for p in paragraphs)


def test_changes_are_reported_in_their_own_section() -> None:
    old, new = VUE.format(use="改进产品", contact="通过邮件"), VUE.format(use="向广告商提供", contact="通过电话")
    report = diff_documents(parse_string(old, ".vue"), parse_string(new, ".vue"))
    where = {(s.new or s.old).title for s in report.sections if s.changes}  # type: ignore[union-attr]
    assert where == {"三、用户信息使用原则", "五、本政策的最终解释权归本公司所有。"}


def test_numbered_sentence_in_a_body_element_stays_text() -> None:
    text = VUE.replace('<view class="tit">五、', '<view class="txt">五、').replace('<view class="tit">三、', '<view class="txt">三、')
    titles = [t for t, _ in _sections(text.format(use="改进产品", contact="通过邮件"))]
    assert not any(t.startswith(("三、", "五、")) for t in titles)


def test_without_bare_title_siblings_nothing_is_split() -> None:
    text = """<template><view>
\t<view class="tit">一、适用范围 本政策适用于我们的全部产品。</view>
\t<view class="txt">其他说明。</view>
</view></template>
"""
    paragraphs = [p for _, ps in _sections(text) for p in ps] + [t for t, _ in _sections(text)]
    assert not any(p == "一、适用范围" for p in paragraphs)


def test_tit_class_is_a_class_token_only() -> None:
    text = """<template><view>
\t<view class="tit">一、信息收集</view>
\t<view class="txt">我们收集您的手机号码。</view>
\t<view class="titanic">二、信息存储 本节说明存储。</view>
\t<view class="txt">存储在境内。</view>
</view></template>
"""
    titles = [t for t, _ in _sections(text)]
    assert "二、信息存储" not in titles


MAIN = """<main>
<h1>我记隐私政策</h1>
<h2>一、我们收集的信息</h2>
<p>我们收集您的手机号码用于登录。</p>
<h2>二、联系我们</h2>
<p>如有疑问，请发送邮件至 privacy@woji.app 联系我们。</p>
</main>
"""
OLD_PAGE = """<html><head><title>我记 - 隐私政策</title></head><body>
<div class="nav">
  <a href="/">我记</a>
  <div class="subtitle">{tagline}</div>
</div>
{main}</body></html>
"""
NEW_PAGE = """<html><head><title>我记 · 隐私政策</title></head><body>
<nav><a href="/">我记</a> <span>简单记录</span></nav>
{main}<footer><a href="/">← 返回首页</a> · <a href="mailto:{mail}">{mail}</a></footer>
</body></html>
"""


def test_class_named_nav_and_a_footer_that_repeats_the_address_are_chrome() -> None:
    old, new = OLD_PAGE.format(tagline="记录每一天", main=MAIN), NEW_PAGE.format(mail="privacy@woji.app", main=MAIN)
    assert _changes(old, new, ".html") == []
    assert _changes(new, old, ".html") == []


@pytest.mark.parametrize(
    "tagline",
    ["由快记科技有限公司运营", "我们不会出售您的数据", "数据保存六个月", "我们收集您的位置信息"],
)
def test_substance_in_a_class_named_nav_is_kept(tagline: str) -> None:
    old, new = OLD_PAGE.format(tagline=tagline, main=MAIN), NEW_PAGE.format(mail="privacy@woji.app", main=MAIN)
    assert any(tagline in (o or "") for o, _ in _changes(old, new, ".html"))


def test_a_footer_address_found_nowhere_else_is_kept() -> None:
    old, new = OLD_PAGE.format(tagline="记录每一天", main=MAIN), NEW_PAGE.format(mail="support@woji.app", main=MAIN)
    assert any("support@woji.app" in (n or "") for _, n in _changes(old, new, ".html"))


def test_nav_class_is_a_word_of_the_class() -> None:
    from policylens.load.html.chrome_lines import _CHROME_NAME

    for name in ("nav", "topnav", "site-nav", "nav-bar", "navigation", "main_nav nav-links"):
        assert _CHROME_NAME.search(name), name
    for name in ("canvas", "navy-text", "unavailable", "caveat"):
        assert not _CHROME_NAME.search(name), name
