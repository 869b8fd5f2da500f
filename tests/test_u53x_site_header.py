"""u53x class 3: a container named after the site's header (「<div class="site-header">」) is the page's frame, as a
<header> of the page is: its brand and menu lines are page chrome (`diff` compares them as nothing); a 「page-header」 is
the page's own heading block (its <h1>, date and subtitle) and stays text, as the evidence of eval/ says (14 of 16 such
elements hold the page's title; `load/html/chrome_lines.py` `frame_class`).  Every text below is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import chrome_texts, headings, parse_file

_TEXTS = {
    "hans": (
        "示例工作室",
        "首页 关于我们",
        "隐私政策",
        "最后更新：2025年1月1日",
        "一、我们收集的信息",
        "我们仅收集为提供服务所必需的信息。",
    ),
    "hant": (
        "示例工作室",
        "首頁 關於我們",
        "隱私權政策",
        "最後更新：2025年1月1日",
        "一、我們蒐集的資料",
        "我們僅蒐集為提供服務所必需的資料。",
    ),
}


def _page(lang: str, element: str, name: str, extra: str = "") -> str:
    brand, menu, title, date, section, sentence = _TEXTS[lang]
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<{element} class="{name}">
  <p class="site-title"><a href="/">{brand}</a></p>
  <div class="menu"><a href="/">{menu.split()[0]}</a> <a href="/about">{menu.split()[1]}</a></div>{extra}
</{element}>
<div class="content">
  <h1>{title}</h1>
  <p>{date}</p>
  <h2>{section}</h2>
  <p>{sentence}</p>
  <h2>二、联系我们</h2>
  <p>如有疑问，请发送邮件至 privacy@example.com。</p>
</div>
</body></html>
"""


@pytest.mark.parametrize("lang", ["hans", "hant"])
@pytest.mark.parametrize("name", ["site-header", "global-header", "site-header-wrap", "site_header container"])
def test_a_site_header_by_its_class_is_the_pages_frame(tmp_path: Path, lang: str, name: str) -> None:
    brand, menu, title, _, section, _ = _TEXTS[lang]
    doc = parse_file(tmp_path, "privacy.html", _page(lang, "div", name))
    header = parse_file(tmp_path, "header.html", _page(lang, "header", name))
    assert chrome_texts(doc) == chrome_texts(header) == {brand, menu}
    assert doc.metadata.title == title
    assert headings(doc)[0][2] == section


@pytest.mark.parametrize("lang", ["hans", "hant"])
def test_a_sentence_in_the_site_header_stays_text(tmp_path: Path, lang: str) -> None:
    notice = "<p>本网站使用必要的 Cookie，详见下文的隐私政策。</p>"
    doc = parse_file(tmp_path, "privacy.html", _page(lang, "div", "site-header", "\n  " + notice))
    assert "本网站使用必要的 Cookie，详见下文的隐私政策。" not in chrome_texts(doc)


@pytest.mark.parametrize("lang", ["hans", "hant"])
@pytest.mark.parametrize("name", ["page-header", "site-headline", "header-site", "site-header-title"])
def test_other_header_names_are_no_frame(tmp_path: Path, lang: str, name: str) -> None:
    doc = parse_file(tmp_path, "privacy.html", _page(lang, "div", name))
    assert chrome_texts(doc) == set()


@pytest.mark.parametrize("lang", ["hans", "hant"])
def test_a_page_header_holding_the_title_stays_the_title(tmp_path: Path, lang: str) -> None:
    _, _, title, date, section, _ = _TEXTS[lang]
    page = f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"></head>
<body>
<div class="page-header">
  <h1>{title}</h1>
  <p class="last-updated">{date}</p>
</div>
<div class="content">
  <h2>{section}</h2>
  <p>我们仅收集为提供服务所必需的信息。</p>
  <h2>二、联系我们</h2>
  <p>如有疑问，请发送邮件至 privacy@example.com。</p>
</div>
</body></html>
"""
    doc = parse_file(tmp_path, "privacy.html", page)
    assert doc.metadata.title == title
    assert chrome_texts(doc) == set()
    assert doc.metadata.updated is not None


def test_a_site_header_inside_the_main_content_is_no_frame(tmp_path: Path) -> None:
    page = _page("hans", "div", "site-header").replace("<body>\n", "<body>\n<main>\n").replace("</body>", "</main></body>")
    assert chrome_texts(parse_file(tmp_path, "privacy.html", page)) == set()
