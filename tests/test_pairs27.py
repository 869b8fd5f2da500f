"""`diff` on the classes the twenty-seventh session's pair set showed (u27b, `eval/pairs27`: nineteen real version pairs,
annotated before any run; the texts below are invented, not copied).

1. *A language bar written in codes* (pairs27 pikori-langbar-grow): 「EN | DE | ES | … | ZH」 grown to seventeen codes, each
   a link whose markup an HTML page's text no longer shows, was a replaced paragraph.  Three or more ISO 639-1 codes
   joined by separators, zh or en among them, are a switcher (`diff.keys.is_language_switcher`); two codes, codes without
   zh or en, a table row or codes inside a sentence stay text.
2. *A back-to-home link whose markup is gone* (pairs27 colors-tw-backlink): an HTML page's 「<a href="index.html">← 返回首頁</a>」
   removed was a deleted paragraph.  A short line that says it leads back (an arrow, 返回, back) to the home page is
   navigation (`diff.keys.is_home_link`); 「首页」 or 「- Home」 alone (a screen in a list) and a sentence stay text.
3. *The bold name over its address* (pairs27 pikori-address): 「数据控制者为：」 then 「<strong>ShyBen Apps</strong><br />奥地利<br />
   电子邮箱：…」 made the name a section, and the controller's new name a section renamed.  A bold first line that a
   lead-in's colon announces, over a short block with an e-mail or web address, is the name it gives
   (`structure.headings.labels._name_over_its_address`); 「联系方式」 over the same block, a bold title after a sentence, or one over
   a long paragraph stay titles.
4. *A field's value replaced* (pairs27 plucknote-email, pairs26 vocatcher-email): 「邮箱：privacy@a.com」 → 「邮箱：b@c.com」
   was a deletion and an insertion (two entries for one change).  The same short label with another value is one
   modified paragraph (`diff.redline.blocks._field`); different labels, or long texts after a lead word, pair by their words.
"""

from __future__ import annotations

import pytest

from helpers import parse_string, section_titles
from policylens.diff import diff_documents, has_changes
from policylens.diff.keys import is_home_link, is_language_switcher
from policylens.model import DiffReport


def _report(old: str, new: str, suffix: str = ".html") -> DiffReport:
    return diff_documents(parse_string(old, suffix), parse_string(new, suffix))


def _changes(report: DiffReport) -> list[tuple[str, str | None, str | None]]:
    return [(c.op, c.old_text, c.new_text) for s in report.sections for c in s.changes]


PAGE = """<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>隱私權政策</title></head>
<body>
<div class="topbar">
{bar}
</div>
<h1>隱私權政策</h1>
<h2>1. 我們收集的資料</h2>
<p>本應用程式僅在您的裝置上處理照片，不會上傳任何個人資料。</p>
<h2>2. 聯絡我們</h2>
<p>如有疑問，請來信 help@example.com。</p>
</body></html>
"""

CODES_OLD = '<a href="en.html">EN</a> |\n<a href="de.html">DE</a> |\n<a href="ja.html">JA</a> |\n<a href="zh.html">ZH</a>'
CODES_NEW = (
    '<a href="en.html">EN</a> |\n<a href="de.html">DE</a> |\n<a href="ar.html">AR</a> |\n<a href="it.html">IT</a> |\n'
    '<a href="ja.html">JA</a> |\n<a href="pt_BR.html">PT_BR</a> |\n<a href="zh.html">ZH</a>'
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (CODES_OLD, CODES_NEW),  # grown
        ("", CODES_OLD),  # added
        ('<a href="index.html">← 返回首頁</a>', ""),  # removed (class 2)
        ('<a href="index.html" class="back-btn">← 返回首頁</a>\n' + CODES_OLD, CODES_NEW),
        ("", '<a href="/">Back to Home</a>'),
    ],
)
def test_language_bar_of_codes_and_back_link_in_html_are_no_change(old: str, new: str) -> None:
    """A language bar of codes, a back-to-home link: page navigation, nothing to report (classes 1, 2)."""
    assert not has_changes(_report(PAGE.format(bar=old), PAGE.format(bar=new)))


@pytest.mark.parametrize(
    "text",
    [
        "EN | DE | AR | ES | FR | HI | ID | IT | JA | KO | NL | PL | PT | PT_BR | RU | TR | ZH",
        "zh-TW / en / ja",
        "[EN](./en.md) · [DE](./de.md) · [简体中文](./zh.md)",
    ],
)
def test_code_bar_is_a_switcher(text: str) -> None:
    assert is_language_switcher(text)


@pytest.mark.parametrize(
    "text",
    [
        "DE | FR | ES",  # no zh or en: not the policy's own bar
        "| DE | EN | FR |",  # a Markdown table row
        "| DE | EN | FR",
        "资料存储于 EN | DE | FR 区域",  # codes inside a sentence
        "ID | IT",  # two codes
        "- 身份证 ID",
    ],
)
def test_codes_with_text_are_no_switcher(text: str) -> None:
    assert not is_language_switcher(text)


@pytest.mark.parametrize("text", ["← 返回首頁", "返回首页", "« Back to home", "← Back"])
def test_plain_back_line_is_navigation(text: str) -> None:
    assert is_home_link(text)


@pytest.mark.parametrize(
    "text",
    [
        "首页",  # a screen's name, no back cue
        "Home",
        "- 返回首页",  # a list item
        "返回首页后可在设置中关闭个性化推荐。",  # a sentence
        "← 返回法律概览",  # back to another page, no home word alone
    ],
)
def test_plain_home_words_with_text_stay_text(text: str) -> None:
    assert not is_home_link(text)


def test_screen_list_item_home_added_is_a_change() -> None:
    """「首页」 added to a list of screens where ads show is policy text (class 2, the other side)."""
    old = PAGE.format(bar="").replace("</body>", "<h2>3. 廣告</h2>\n<p>廣告僅顯示於：</p>\n<ul><li>地圖</li></ul>\n</body>")
    new = old.replace("<li>地圖</li>", "<li>地圖</li><li>首頁</li>")
    assert [(op, n) for op, _, n in _changes(_report(old, new))] == [("insert", "首頁")]


ADDRESS = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>隐私政策</title></head>
<body>
<h1>隐私政策</h1>
<h2>1. 数据控制者</h2>
<p>负责处理你个人数据的数据控制者为：</p>
<p>
  <strong>{name}</strong><br />
  奥地利<br />
  电子邮箱：<a href="mailto:help@example.com">help@example.com</a>
</p>
<h2>2. 我们处理哪些数据</h2>
<p>我们仅处理你主动提供的电子邮箱地址，用于回复你的问题。</p>
<h2>3. 联系方式</h2>
<p>如有疑问，请通过上述电子邮箱联系我们。</p>
</body></html>
"""


def test_bold_name_over_its_address_is_no_section() -> None:
    """The controller's name changed: one change in section 1, no section renamed (class 3)."""
    report = _report(ADDRESS.format(name="Example Apps"), ADDRESS.format(name="Erika Muster"))
    assert not any(s.renamed or s.status in ("added", "removed") for s in report.sections)
    changed = [(s.new.title if s.new else None, c.old_text, c.new_text) for s in report.sections for c in s.changes]
    assert changed
    assert {title for title, _, _ in changed} == {"1. 数据控制者"}
    assert any("Example Apps" in (old or "") for _, old, _ in changed)
    assert any("Erika Muster" in (new or "") for _, _, new in changed)


def test_bold_name_over_address_is_not_a_title() -> None:
    assert "Example Apps" not in section_titles(ADDRESS.format(name="Example Apps"))


@pytest.mark.parametrize(
    ("name", "lead", "below"),
    [
        ("联系方式", "负责处理你个人数据的数据控制者为：", "奥地利<br />电子邮箱：help@example.com"),  # a section over fields
        ("Cookie", "我们使用以下技术：", "Cookie 是存储在你设备上的小型文本文件。" * 12 + "详见 https://example.com/cookies"),  # long body
        ("Example Apps", "我们是一家位于奥地利的开发者。", "奥地利<br />电子邮箱：help@example.com"),  # no lead-in colon
    ],
)
def test_bold_titles_that_stay_titles(name: str, lead: str, below: str) -> None:
    """A bold line that names a section, has a long body, or follows a sentence stays a title (class 3, the other side)."""
    html = ADDRESS.replace("负责处理你个人数据的数据控制者为：", lead).replace(
        '奥地利<br />\n  电子邮箱：<a href="mailto:help@example.com">help@example.com</a>', below
    )
    assert name in section_titles(html.format(name=name))


FIELDS = """## 联系方式

如有任何疑问，请通过以下方式联系我们：

- 邮箱：{mail}
- 地址：北京市海淀区示例路 1 号
"""


def test_field_value_replaced_is_one_modified_paragraph() -> None:
    """「邮箱：privacy@a.com」 → 「邮箱：b@c.com」: one modified paragraph, not a deletion and an insertion (class 4)."""
    report = _report(FIELDS.format(mail="privacy@notesapp.io"), FIELDS.format(mail="kefu2020@qq.com"), ".md")
    assert [op for op, _, _ in _changes(report)] == ["replace"]


def test_different_fields_are_not_paired() -> None:
    """A field removed and another added (「邮箱：…」 → 「电话：…」) stay a deletion and an insertion (class 4, the other side)."""
    old = FIELDS.format(mail="privacy@example.com")
    new = old.replace("- 邮箱：privacy@example.com", "- 电话：010-12345678")
    assert sorted(op for op, _, _ in _changes(_report(old, new, ".md"))) == ["delete", "insert"]
