"""Classes left by eval/structure47 and eval/structure46c (forty-seventh session, helper u47a), each with invented cases
on both sides and the real document's lines as a regression: a numbered sub-title closed by a colon whose numbered
titles come after a note paragraph, a heading element that holds a form field (a consent checkbox)."""

from __future__ import annotations

from pathlib import Path

from helpers import headings, parse_path, parse_string

ROOT = Path(__file__).resolve().parents[1]
S46C = ROOT / "eval" / "structure46c"
S47 = ROOT / "eval" / "structure47"


# -- 1. （二）…以下…： over a note, then 1、 titles (structure/headings/colon.py `_first_title_below`) ----------------------

_NOTE_BETWEEN = """<html><body>
<p><b>一、我们如何收集和使用个人信息</b></p>
<p>我们收集您的个人信息主要是为了提供服务。</p>
<p>（一）我们将通过以下途径收集和获得您的个人信息：</p>
<p>1、您提供的信息。例如：</p>
<p>（1）您在注册帐号时向我们提供的信息；</p>
<p>2、第三方共享的您的信息。</p>
<p>（二）我们会出于以下目的，收集和使用您以下类型的个人信息：</p>
<p>我们需要特别提醒您的是：由于我们的产品和服务较多，内容也不同。</p>
<p>1、帮助您完成注册及登录</p>
<p>为便于我们为您提供服务，我们需要您的手机号码。</p>
<p>2、实现身份认证</p>
<p>我们需要您的身份证号码。</p>
<p><b>二、如何联系我们</b></p>
<p>请来信。</p>
</body></html>
"""


def test_a_colon_sub_title_over_a_note_then_numbered_titles_is_a_heading() -> None:
    heads = {title: level for _, level, title in headings(parse_string(_NOTE_BETWEEN, ".html"))}
    assert heads["（二）我们会出于以下目的，收集和使用您以下类型的个人信息："] == 2
    # its sibling （一）, over list items and sentences, is a sub-title too (the sibling rule)
    assert heads["（一）我们将通过以下途径收集和获得您的个人信息："] == 2
    assert heads["1、帮助您完成注册及登录"] == 3 and heads["2、实现身份认证"] == 3
    assert "1、您提供的信息。例如：" not in heads


def test_a_colon_lead_in_over_items_stays_a_lead_in() -> None:
    items = """<html><body>
<p><b>一、您的权利</b></p>
<p>（一）在以下情形中，您可以向我们提出删除请求：</p>
<ul><li>我们违反法律法规处理个人信息；</li><li>我们违反约定处理个人信息。</li></ul>
<p>我们会及时处理。</p>
<p>1、访问您的个人信息</p>
<p>您可以在设置中访问。</p>
<p><b>二、如何联系我们</b></p>
<p>请来信。</p>
</body></html>
"""
    titles = [title for _, _, title in headings(parse_string(items, ".html"))]
    assert "（一）在以下情形中，您可以向我们提出删除请求：" not in titles


def test_jiafeng_regression() -> None:
    doc = parse_path(S46C / "dev" / "jiafeng-privacy-html" / "yinsi.html")
    heads = {line: level for line, level, _ in headings(doc)}
    assert heads[45] == 2 and heads[59] == 2
    assert heads[63] == 3 and heads[161] == 3  # 1、帮助您完成注册及登录 … 12、有关敏感个人信息的提示


# -- 2. a heading that holds a form field (load/html/blocks.py `_field_in_heading`) ----------------------------------

_CONSENT = """<html><body>
<h1>隱私權政策</h1>
<h2>壹、個人資料之安全</h2>
<p>我們不會提供您的個人資料予第三人。</p>
<h4 class="privacy-check">
<input type="checkbox"> 我已閱讀並遵守<a href="#">隱私條款</a>。
<span class="alerter">請確認您已閱讀訂位與用餐規則</span>
</h4>
<h4>貳、資料安全 <input type="search" placeholder="搜尋"></h4>
<p>我們盡力保護資料。</p>
</body></html>
"""


def test_a_heading_opening_with_a_form_field_is_no_section() -> None:
    titles = [title for _, _, title in headings(parse_string(_CONSENT, ".html"))]
    assert not any("我已閱讀並遵守" in title for title in titles)
    # a field after the heading's own text does not unmake the title
    assert any(title.startswith("貳、資料安全") for title in titles)


def test_tableforone_regression() -> None:
    doc = parse_path(S47 / "dev" / "tableforone-reservation-html" / "reservation-3.html")
    lines = [line for line, _, _ in headings(doc)]
    assert 206 not in lines and {25, 33, 49, 55, 59, 69} <= set(lines)


# -- 3. an <ol> whose items are titles over body blocks set in the list (load/html/title_lists.py `title_ol`) ----------

_TITLE_OL = """<html><body>
<h1>隐私政策</h1>
<p>本软件尊重并保护所有使用服务用户的个人隐私权。</p>
<ol>
  <li>适用范围</li>
  <p>在您使用本软件服务时，我们会收集必要的个人数据来为我们的服务提供支持。</p>
  <li>信息的使用和存储</li>
  <p>收集的数据可能用于产品或服务的改进。</p>
  <li>信息披露</li>
  <p>
  <ul>
    <li>本软件不会将您的信息披露给不受信任的第三方。</li>
    <li>根据法律的有关规定向行政、司法机构披露。</li>
  </ul>
  </p>
</ol>
</body></html>
"""


def test_an_ordered_list_of_titles_over_body_blocks_gives_sections() -> None:
    assert [title for _, _, title in headings(parse_string(_TITLE_OL, ".html"))] == ["适用范围", "信息的使用和存储", "信息披露"]
    english = _TITLE_OL.replace("适用范围", "Scope of application").replace("信息的使用和存储", "Information use and storage")
    assert [t for _, _, t in headings(parse_string(english, ".html"))][:2] == ["Scope of application", "Information use and storage"]


def test_ordinary_ordered_lists_stay_lists() -> None:
    # items after items; a body inside its own item; an item that is a sentence: no titles
    for body in (
        "<ol><li>姓名</li><li>手机号码</li><li>设备信息</li></ol><p>我们收集以上信息。</p>",
        "<ol><li>适用范围<p>在您使用本软件服务时，我们会收集必要的数据。</p></li><li>信息披露<p>我们不会披露。</p></li></ol>",
        "<ol><li>我们不会出售您的信息。</li><p>详见下文。</p><li>我们会保护您的信息。</li><p>详见下文。</p></ol>",
        # a sub-list set straight after each item (eval/structure36 cnyesheng): items over items
        "<ol><li>Google Analytics</li><ol type='I'><li>用户国家</li><li>浏览器</li></ol>"
        "<li>Microsoft Clarity</li><ol type='I'><li>用户使用录影</li><li>国家</li></ol></ol>",
    ):
        page = f"<html><body><h1>隐私政策</h1><p>本政策说明我们如何处理信息。</p>{body}</body></html>"
        assert headings(parse_string(page, ".html")) == []


def test_handy_regression() -> None:
    for edition, first in (("zh-Hans", "适用范围"), ("en", "Scope of application")):
        path = ROOT / "eval" / "editions46" / "editions" / "handy" / f"{edition}.2025-08-20.html"
        heads = headings(parse_path(path))
        assert len(heads) == 3 and heads[0][2] == first and all(level == 1 for _, level, _ in heads)


# -- 4. a part's name set deeper than the run it interrupts, over its numbering begun again (levels/documents.py) ------

_PART = """<html><body>
<div class="lightbox-header">驚喜製造有限公司隱私條款</div>
<h1>壹、個人資料之安全</h1>
<p>我們不會提供您的個人資料予第三人。</p>
<h1>貳、個人資料的利用</h1>
<p>僅用於電子報之寄送。</p>
<h1>三、資料安全</h1>
<p>我們盡力保護資料。</p>
<h2>【 資訊安全聲明 】</h2>
<h1>壹、個人資料查詢或更正的方式</h1>
<p>訂閱者可以與我們連絡。</p>
<h1>貳、隱私權保護政策修訂</h1>
<p>本公司有權修訂網站政策。</p>
</body></html>
"""


def test_a_named_part_over_a_restarted_run_is_a_peer_of_the_first_run() -> None:
    heads = {title: level for _, level, title in headings(parse_string(_PART, ".html"))}
    assert heads["【 資訊安全聲明 】"] == 1 and heads["三、資料安全"] == 1
    assert heads["壹、個人資料查詢或更正的方式"] == 2 and heads["貳、隱私權保護政策修訂"] == 2


def test_a_deeper_title_that_names_no_part_or_restarts_nothing_stays() -> None:
    # a sub-title that names no document, over a run begun again: as before (the markup's rank)
    plain = _PART.replace("【 資訊安全聲明 】", "補充說明")
    assert {t: lv for _, lv, t in headings(parse_string(plain, ".html"))}["補充說明"] == 2
    # a name over a run that goes on (四、 after 三、): no restart, as before
    goes_on = _PART.replace("壹、個人資料查詢", "四、個人資料查詢").replace("貳、隱私權保護", "五、隱私權保護")
    assert {t: lv for _, lv, t in headings(parse_string(goes_on, ".html"))}["四、個人資料查詢或更正的方式"] == 1


def test_tableforone_levels_regression() -> None:
    doc = parse_path(S47 / "dev" / "tableforone-reservation-html" / "reservation-3.html")
    heads = {line: level for line, level, _ in headings(doc)}
    assert [heads[line] for line in (25, 33, 49, 55, 59, 69)] == [1, 1, 1, 1, 2, 2]


# -- 5. a lightbox's or a modal's title bar over the policy it shows (load/html/extractor.py `_DIALOG_HEADERS`) --------


def test_a_dialog_title_bar_names_the_policy() -> None:
    doc = parse_string(_PART, ".html")
    assert doc.metadata.title == "驚喜製造有限公司隱私條款" and doc.metadata.title_line == 2
    # a page header's class is no title cue on an HTML page (only a lightbox's, a modal's, a dialog's, a popup's bar)
    site = _PART.replace('class="lightbox-header"', 'class="site-header"')
    assert parse_string(site, ".html").metadata.title != "驚喜製造有限公司隱私條款"


def test_tableforone_title_regression() -> None:
    doc = parse_path(S47 / "dev" / "tableforone-reservation-html" / "reservation-3.html")
    assert doc.metadata.title_line == 18
