"""Heading misses of eval/structure40c (fortieth session, u40a4; fixed from its read dev misses, not blind).

- A FreeMarker `.ftl` page read as Fluent text (zfs-privacy-ftl): an `.ftl` whose content opens, after its
  directives, with a doctype, `<html>` or a tag among block tags is read as HTML, its directives blanked; a Fluent
  `.ftl` (`key = value` messages, even with `<p>` in its values) stays text.
- The numbered `<br>` sub-titles of a list item whose bold line is its title (「<li><b>第一条【…】</b><br>…<br>1. 共享<br>
  1.1 …」): cut as in a `<br>` paragraph when two or more are numbered 1, 2 … over their text; short numbered entries
  under a bold line stay list entries.

The texts are written for the tests in the documents' shapes.
"""

from __future__ import annotations

from helpers import parse_string

SENTENCE = "我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存。"


def _titles(doc: object) -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in doc.sections if s.title]  # type: ignore[attr-defined]


_FTL_PAGE = (
    '<#include "/common/head.ftl" />\n'
    "<!DOCTYPE html>\n<html>\n<head>\n<title>隐私政策 - 某某分身</title>\n"
    '<meta name="viewport" content="width=device-width">\n</head>\n<body>\n'
    "<h3>隐私政策声明条款</h3>\n<#-- 正文 -->\n<ul>\n"
    f"<li>\n<b>第一条【我们如何收集您的信息】</b><br>\n{SENTENCE}<br>\n"
    f"1. 收集的信息<br>\n1.1 {SENTENCE}<br>\n1.2 {SENTENCE}<br>\n"
    f"2. 信息用途<br>\n2.1 {SENTENCE}<br>\n</li>\n"
    f"<li>\n<b>第二条【我们如何保护您的信息】</b><br>\n{SENTENCE}<br>\n</li>\n"
    "</ul>\n</body>\n</html>\n"
)


def test_freemarker_page_is_read_as_html() -> None:
    doc = parse_string(_FTL_PAGE, ".ftl")
    assert doc.source.format == "html"
    assert doc.metadata.title == "隐私政策声明条款"
    assert _titles(doc) == [
        ("第一条【我们如何收集您的信息】", 1),
        ("1. 收集的信息", 2),
        ("2. 信息用途", 2),
        ("第二条【我们如何保护您的信息】", 1),
    ]
    assert "<#" not in " ".join(p.text for s in doc.sections for p in s.paragraphs)


def test_fluent_file_stays_text_even_with_markup_in_its_values() -> None:
    fluent = (
        "### Translation file for page: https://example.org/policies/privacy\n\n"
        "policies-privacy-title = 隐私政策\n"
        "policies-privacy-intro = <p>我们重视您的隐私。</p>\n"
        "policies-privacy-body = <p>我们收集 { $site } 的访问日志。</p><p>我们不出售数据。</p>\n"
        "policies-privacy-more = <div>联系我们</div><div>{ brand-name }</div>\n"
    )
    assert parse_string(fluent, ".ftl").source.format == "text"


def test_list_item_numbered_sub_titles_are_cut_under_its_bold_title() -> None:
    page = (
        "<html><body><h1>隐私政策</h1><ul>\n"
        f"<li><b>第一条【共享与披露】</b><br>\n1. 共享<br>\n我们不会与第三方分享您的信息，但以下情况除外：<br>\n1.1 {SENTENCE}<br>\n"
        f"2. 转让<br>\n{SENTENCE}<br>\n3. 公开披露<br>\n{SENTENCE}<br>\n</li>\n"
        f"<li><b>第二条【联系我们】</b><br>\n{SENTENCE}<br>\n</li>\n</ul></body></html>\n"
    )
    assert _titles(parse_string(page, ".html")) == [
        ("第一条【共享与披露】", 1),
        ("1. 共享", 2),
        ("2. 转让", 2),
        ("3. 公开披露", 2),
        ("第二条【联系我们】", 1),
    ]


def test_short_numbered_entries_under_a_bold_item_line_stay_entries() -> None:
    page = (
        "<html><body><h1>隐私政策</h1><ul>\n"
        f"<li><b>我们收集的信息</b><br>\n{SENTENCE}<br>\n1. 手机号码<br>\n2. 设备信息<br>\n3. 位置信息<br>\n</li>\n"
        f"<li><b>联系我们</b><br>\n{SENTENCE}<br>\n</li>\n</ul></body></html>\n"
    )
    titles = [title for title, _ in _titles(parse_string(page, ".html"))]
    assert not any(title[0].isdigit() for title in titles)


def _wxml(extra: str) -> str:
    return (
        '<view class="page">\n<view class="title">隐私政策</view>\n'
        f'<view class="section-title">一、我们收集的信息</view>\n<view class="text">{SENTENCE}</view>\n'
        f'<view class="section-title">二、你的选择</view>\n<view class="text">{SENTENCE}</view>\n'
        f"{extra}\n"
        f'<view class="footnote">{SENTENCE}</view>\n</view>\n'
    )


def test_a_tapped_button_is_no_sub_title() -> None:
    for button in (
        '<view class="contract-button" bindtap="openPrivacyContract">查看微信《用户隐私保护指引》</view>',
        '<view class="btn primary" @click.stop="open">查看完整隐私政策</view>',
        '<view class="agreeBtn" catchtap="open">打开设置页面</view>',
    ):
        titles = [title for title, _ in _titles(parse_string(_wxml(button), ".wxml"))]
        assert titles == ["一、我们收集的信息", "二、你的选择"], button


def test_a_tapped_title_or_a_button_class_alone_is_not_a_control() -> None:
    # a collapsible section title opens on a tap, and a button's class without a handler is a style: both stay titles
    for title in (
        '<view class="section-title" bindtap="toggle">三、联系我们</view>',
        '<view class="button-like-title">三、联系我们</view>',
    ):
        page = _wxml(f'{title}\n<view class="text">{SENTENCE}</view>')
        assert "三、联系我们" in [t for t, _ in _titles(parse_string(page, ".wxml"))], title


def test_a_section_number_glued_to_a_latin_word_is_read() -> None:
    text = (
        f"隐私政策\n\n6. 信息安全\n\n{SENTENCE}\n\n7.api使用\n百度搜索引擎\napi：https://www.baidu.com/s?wd=\n\n"
        f"8.本隐私政策的更改\n\n{SENTENCE}\n"
    )
    assert [title for title, _ in _titles(parse_string(text))] == ["6. 信息安全", "7.api使用", "8.本隐私政策的更改"]


def test_a_version_or_a_decimal_glued_to_chinese_stays_text() -> None:
    for line in ("2.x版本更新说明", "1.5倍速播放"):
        text = f"隐私政策\n\n1. 信息收集\n{SENTENCE}\n{line}\n百度搜索引擎\n\n3. 信息安全\n{SENTENCE}\n"
        titles = [title for title, _ in _titles(parse_string(text))]
        assert line not in titles, line


_EDITOR = (
    '<html><body><div class="title">隱私權政策</div>\n<div class="editor">\n'
    "歡迎來到本網站，為尊重您的隱私權，本政策說明我們如何處理您的個人資料。<br /><br />\n"
    "隱私權保護政策的適用範圍<br />\n隱私權保護政策內容，包括本網站如何處理在您使用網站服務時收集到的個人識別資料。<br /><br />\n"
    "資料的蒐集與使用方式<br />\n為了在本網站上提供您最佳的互動性服務，可能會請您提供相關個人的資料，其範圍如下：<br />\n"
    "<ul><li>姓名、電子郵件地址、電話等聯絡方式。</li></ul><br />\n"
    "資料之保護<br />\n網站主機均設有防火牆、防毒系統等相關的各項資訊安全設備及必要的安全防護措施。<br /><br />\n"
    "Cookie之使用<br />\n為了提供您最佳的服務，本網站會在您的電腦中放置並取用我們的Cookie<br /><br />\n"
    "</div></body></html>\n"
)


def test_unnumbered_br_titles_of_an_editor_div_are_cut() -> None:
    titles = [title for title, _ in _titles(parse_string(_EDITOR, ".html"))]
    assert titles[-4:] == ["隱私權保護政策的適用範圍", "資料的蒐集與使用方式", "資料之保護", "Cookie之使用"]


def test_one_bare_br_line_a_broken_sentence_or_an_address_is_not_cut() -> None:
    lone = (
        "<html><body><h1>隱私權政策</h1><p>歡迎來到本網站，本政策說明我們如何處理您的個人資料。<br /><br />\n"
        "資料的蒐集與使用方式<br />\n為了在本網站上提供您最佳的互動性服務，可能會請您提供相關個人的資料。</p></body></html>\n"
    )
    assert _titles(parse_string(lone, ".html")) == []
    broken = (
        "<html><body><h1>隐私政策</h1><p>本政策说明我们如何处理您的个人信息。<br /><br />\n"
        "部分功能需要<br />\n您授权相机或者相册权限后才能使用，拒绝授权不影响其他功能的使用。<br /><br />\n"
        "相关设置可以<br />\n在设置页面随时更改，更改后我们将不再处理相应的个人信息。<br /><br />\n"
        "我们会通过<br />\n短信或者站内信的方式通知您，并在通知中说明变更的具体内容。</p>\n"
        "<p>联系我们<br /><br />\n某某科技有限公司<br />\n地址：北京市海淀区中关村大街1号，邮编100080<br />\n"
        "服务时间<br />\n周一至周五，每天上午九时至下午六时，法定节假日除外。</p></body></html>\n"
    )
    assert _titles(parse_string(broken, ".html")) == [("联系我们", 1)]  # (a block of its own, as before)
    # after a page's bare titles, a company's name over its address is still no title
    address = _EDITOR.replace(
        "</div></body>",
        "<br />\n某某教育有限公司<br />\n地址：臺南市東區大學路1號，電話請見網站首頁，歡迎來電洽詢。<br /><br />\n</div></body>",
    )
    assert "某某教育有限公司" not in [title for title, _ in _titles(parse_string(address, ".html"))]
