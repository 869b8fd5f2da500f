"""HTML pages that type their body text into a heading tag (`<h6>`) for its small font.

The class: the deepest heading level of an HTML page, used for many elements that have no
body of their own and read as sentences or labelled values, is body text.  Every explicit
heading that is a title keeps its section whatever its text (issue #8 §2), which the
negative cases below hold: one long heading, a FAQ of questions with answers, a page of
titles without bodies, Markdown `######`.
"""

from __future__ import annotations

from helpers import parse_string
from policylens.model import Document

BODY_IN_H6 = """<html><body>
<h5>隱私權政策</h5>
<h5><b>網站營運者資訊</b></h5>
<h6>本網站係由寶島股份有限公司（下稱「本公司」）所有及營運。</h6>
<h6>本公司相關資訊如下：</h6>
<h6>電話：02-1234-5678</h6>
<h6>客服電郵信箱：service@example.com.tw</h6>
<br>
<h5><b>使用條件</b></h5>
<h6>本條款適用於本網站的使用者。凡瀏覽或使用本網站，即表示您同意本條款。</h6>
<h6>本公司有權隨時修改本條款內容，並不作另行預先通知。</h6>
<h5><b>個人資料</b></h5>
<h6>本公司為提供服務，會蒐集您所提供的個人資料</h6>
<h5><b>禁止行為</b></h5>
<h6>您於使用本網站服務時，不得有下列行為：</h6>
<ul><li>不得登載廣告。</li><li>不得冒用他人名義。</li></ul>
<footer><h4>品牌</h4><p>OMEGA</p></footer>
</body></html>
"""


def _outline(doc: Document) -> list[tuple[int, str | None, int]]:
    return [(s.level, s.title, len(s.paragraphs)) for s in doc.sections]


def test_body_text_in_the_deepest_heading_tag_is_paragraphs() -> None:
    doc = parse_string(BODY_IN_H6, suffix=".html")
    assert [t for t in _outline(doc) if t[1] in ("網站營運者資訊", "使用條件", "個人資料", "禁止行為")] == [
        (1, "網站營運者資訊", 4),
        (1, "使用條件", 2),
        (1, "個人資料", 1),
        (1, "禁止行為", 5),  # the lead-in, its two items, and the footer text (chrome: kept as paragraphs)
    ]
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert "電話：02-1234-5678" in texts  # nothing of the text is lost
    assert all(p.line > 0 for s in doc.sections for p in s.paragraphs)


def test_one_long_explicit_heading_keeps_its_section() -> None:
    html = (
        "<h1>隐私政策</h1><h2>一、收集</h2><p>我们收集信息。</p>"
        "<h2>欧洲经济区的用户在 GDPR 下享有哪些权利？我该如何行使这些权利？</h2><p>您可以联系我们。</p>"
        "<h3>访问权。</h3><h3>删除权。</h3><h3>更正权。</h3><p>以上权利均可行使。</p>"
    )
    titles = [s.title for s in parse_string(html, suffix=".html").sections]
    assert "欧洲经济区的用户在 GDPR 下享有哪些权利？我该如何行使这些权利？" in titles
    assert {"访问权。", "删除权。", "更正权。"} <= set(titles)  # three, not four: too few to be a styled body


def test_questions_with_answers_stay_headings() -> None:
    faq = "<h1>隱私權政策</h1><h2>常見問題</h2>" + "".join(
        f"<h4>問題{n}：我們如何處理您的資料？</h4><p>我們依法處理。</p>" for n in range(6)
    )
    doc = parse_string(faq, suffix=".html")
    assert sum(1 for s in doc.sections if (s.title or "").startswith("問題")) == 6


def test_titles_without_bodies_stay_headings() -> None:
    page = "<h1>隱私權政策</h1><h2>目錄</h2>" + "".join(f"<h3>第{n}條 資料蒐集</h3>" for n in range(1, 8))
    doc = parse_string(page, suffix=".html")
    assert sum(1 for s in doc.sections if "資料蒐集" in (s.title or "")) == 7


def test_markdown_deepest_level_is_the_authors_outline() -> None:
    md = "# 政策\n\n## 資訊\n\n" + "".join(f"###### 本公司第{n}項說明。\n\n" for n in range(6))
    doc = parse_string(md, suffix=".md")
    assert sum(1 for s in doc.sections if "說明" in (s.title or "")) == 6


def test_titles_closed_by_a_colon_over_their_lists_stay_headings() -> None:
    page = "<h1>Privacy Policy</h1>" + "".join(
        f"<h2>{t}</h2><h3>Information you give us:</h3><ul><li>Name</li></ul><h3>Service providers:</h3><ul><li>Cloud</li></ul>"
        for t in ("Collection", "Sharing")
    )
    titles = [s.title for s in parse_string(page, suffix=".html").sections if s.title]
    assert titles.count("Information you give us:") == 2 and titles.count("Service providers:") == 2
