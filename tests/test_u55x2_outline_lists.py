"""u55x2 (eval/structure55s ivm-tw-php, dev): an HTML ordered list used as an outline — each short title item
(「<li class="mt-3">資料之保護</li>」) followed by a nested `<ol>` of whole sentences — is a list of section titles over
their clauses; a nested list of names after an item (「<li>Google Analytics</li><ol><li>用户国家</li>…」, eval/structure36
cnyesheng) stays a sub-list.  The list's first item may be an opening paragraph before the first title.  Texts invented
but for the regression cases."""

from __future__ import annotations

from pathlib import Path

from helpers import paragraph_texts, parse_file, parse_path
from policylens.load.html.title_lists import title_ol, title_ol_intro

_ROOT = Path(__file__).resolve().parent.parent

_SENTENCES = "<ol><li>我們會收集您的姓名與電子郵件，用於建立帳號。</li><li>我們不會將資料提供給第三人。</li></ol>"
_NAMES = "<ol><li>用戶國家</li><li>裝置型號</li><li>瀏覽器</li></ol>"


def _page(sub_one: str = _SENTENCES, sub_two: str = _SENTENCES, intro: str = "") -> str:
    return f"""<html><head><title>隱私權政策</title></head><body>
<div class="fs-1">隱私權政策</div>
<ol style="list-style:cjk-ideographic">
{intro}<li class="mt-3">個人資料的蒐集</li>
{sub_one}
<li class="mt-3">資料之保護</li>
{sub_two}
</ol>
</body></html>
"""


def _titles(doc):  # type: ignore[no-untyped-def]
    return [s.title for s in doc.sections if s.title]


def test_title_items_over_nested_lists_of_sentences_are_section_titles(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "p.html", _page())
    assert "個人資料的蒐集" in _titles(doc) and "資料之保護" in _titles(doc)
    assert sum("我們會收集您的姓名" in t for t in paragraph_texts(doc)) == 2  # the clauses stay the sections' text


def test_items_over_nested_lists_of_names_stay_a_list(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "p.html", _page(sub_one=_NAMES, sub_two=_NAMES))
    assert "個人資料的蒐集" not in _titles(doc) and "資料之保護" not in _titles(doc)
    # one list of names is enough: the outline reading needs every nested list to be sentences
    doc = parse_file(tmp_path, "q.html", _page(sub_two=_NAMES))
    assert "個人資料的蒐集" not in _titles(doc)


def test_a_nested_list_half_sentences_is_a_body_and_less_is_not() -> None:
    half = "<ol><li>蒐集機關名稱：某某小組</li><li>蒐集目的：客戶管理與服務。</li></ol>"
    less = "<ol><li>蒐集機關名稱：某某小組</li><li>利用地區：台灣</li><li>蒐集目的：客戶管理與服務。</li></ol>"
    assert title_ol(f"<ol><li>告知事項</li>{half}<li>資料之保護</li>{_SENTENCES}</ol>", 0)
    assert not title_ol(f"<ol><li>告知事項</li>{less}<li>資料之保護</li>{_SENTENCES}</ol>", 0)
    assert not title_ol(f"<ol><li>告知事項</li><ol></ol><li>資料之保護</li>{_SENTENCES}</ol>", 0)  # no items: no body


def test_an_opening_paragraph_item_before_the_first_title_stays_text(tmp_path: Path) -> None:
    opening = "<li>本政策說明「本服務」如何處理您在使用時提供的個人資料，適用於本網站的全部服務。</li>\n"
    doc = parse_file(tmp_path, "p.html", _page(intro=opening))
    assert _titles(doc)[-2:] == ["個人資料的蒐集", "資料之保護"]
    assert any(t.startswith("本政策說明") for t in paragraph_texts(doc))
    source = _page(intro=opening)
    at = source.index("<ol style")
    assert title_ol(source, at) and title_ol_intro(source, source.index("<li>本政策"))
    # a short first item is a title with no body (an ordinary list), a second paragraph item is no opening
    assert not title_ol(_page(intro="<li>總則</li>\n"), at)
    assert not title_ol(_page(intro=opening + opening), at)


def test_ivm_sections_are_the_five_titles() -> None:
    doc = parse_path(_ROOT / "eval/structure55s/dev/ivm-tw-php/learnmone.php")
    outline = [(s.line, s.title) for s in doc.sections if s.title and s.line and s.line > 95]
    assert outline == [
        (100, "個人資料保護法應告知事項"),
        (117, "個人資料的蒐集、處理及利用方式"),
        (125, "資料之保護"),
        (131, "Cookie 之使用"),
        (136, "隱私權保護政策之修正"),
    ]
    assert any(t.startswith("隱私權保護政策的適用範圍") for t in paragraph_texts(doc))


def test_cnyesheng_sub_lists_of_names_stay_items() -> None:
    doc = parse_path(_ROOT / "eval/structure36/dev/cnyesheng-privacy-html/Privacy.html")
    assert "Google Analytics" not in _titles(doc) and "Microsoft Clarity" not in _titles(doc)
    assert "Google Analytics" in paragraph_texts(doc)


_MENU_PAGE = """<html><head><title>{title}</title></head><body>
<nav><ul><li><a href="/">星圖商店</a></li><li><a href="/account">帳戶設定</a></li><li><a href="/privacy">隱私權政策</a></li></ul></nav>
<div class="fs-1 fw-bold">隱私權政策</div>
<p>本政策說明我們如何處理您的個人資料，適用於本網站的全部服務。</p>
<p><b>資料之保護</b></p>
<p>我們以防火牆與加密保護您的個人資料。</p>
<p><b>Cookie 之使用</b></p>
<p>我們使用 Cookie 記住您的登入狀態。</p>
</body></html>
"""


def test_the_page_title_under_a_site_menu_is_the_title(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "p.html", _MENU_PAGE.format(title="隱私權政策"))
    assert doc.metadata.title == "隱私權政策" and doc.metadata.title_line == 3
    assert "隱私權政策" not in _titles(doc)
    # a line saying something else than the page's <title> is not taken for it
    doc = parse_file(tmp_path, "q.html", _MENU_PAGE.format(title="星圖商店｜會員中心"))
    assert doc.metadata.title_line != 3


def test_ivm_title_line() -> None:
    doc = parse_path(_ROOT / "eval/structure55s/dev/ivm-tw-php/learnmone.php")
    assert doc.metadata.title == "隱私權政策" and doc.metadata.title_line == 90
