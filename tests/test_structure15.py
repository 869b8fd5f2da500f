"""Heading classes of HTML pages a blind round (round 15) missed.

1. A Taiwan app page writes each sub-section as one `<p>`: its numbered title, `<br>`, then its paragraph.
   The first line was cut off as a title only when it is a bare short one (`numbered_title_line`: at most 20
   characters, no punctuation at its end), so 「(一)為向您提供“…”產品及/或服務，…的情形」 (long) and
   「2.刪除您的個人資訊：」 (a colon) stayed glued to their text while their siblings were found.  Now such a first line
   is a title when a first line numbered one less or one more in the same style was cut off as one
   (`html._sibling_title`, `lines.sibling_title_line`: at most 40 characters, no full stop, no sentence end but a
   final colon, no open ending, a text below; a real page, `tests/data/placeholders9/gonghuiyuan.zh-Hans.html`,
   had 「四、我们如何共享、转让、公开披露您的个人信息」 missed).  Lead-ins with no such sibling (「1.使用登录功能时：」 over its text,
   each item alike), numbered sentences and lines ending open stay text.
2. Under 「一、」 an author wrote 「1、」, then 「（二）」, 「（三）」: the first sub-section in one style, its siblings in
   another.  （二） read as 「一、」's count going on in another style (`levels.counts._continue_counts`, made for 「三、」 then
   「4.」) and came out level 1.  A sub-section style numbered 2 with no 1 of its own, after a first sub-section
   numbered 1 in another style, goes on with that count, at its level (`levels.counts._first_child`).  「4.」 after 「三、」's
   （一）–（三） is still the next top-level section.
3. Not done (judged): a line bold only by a `<style>` rule and closed by a colon (「<span>数据安全：</span><br>…」).
   The eval convention marks bold lead-ins ending in a colon as ambiguous, a line in `<b>` of that shape is not
   a heading either, and the real pages found with `span { font-weight: bold }` use it for labels over values.
"""

from __future__ import annotations

from pathlib import Path

from policylens.load.document import read_document


def _levels(tmp_path: Path, body: str, name: str = "page.html") -> list[tuple[int, str]]:
    path = tmp_path / name
    page = f'<html><head><meta charset="utf-8"><title>隱私權政策</title></head><body>\n<h1>隱私權政策</h1>\n{body}\n</body></html>\n'
    path.write_text(page, encoding="utf-8")
    return [(s.level, s.title) for s in read_document(str(path)).sections if s.title]


_INTRO = "<p>本政策說明我們如何蒐集、處理及利用您的個人資料，請您詳細閱讀。</p>\n"

_BR_TITLES = (
    _INTRO + "<p>一、我們如何收集和使用您的個人資訊</p>\n"
    "<p>我們會出於本政策所述的以下目的，收集和使用您的個人資訊：</p>\n"
    "<p>(一)為向您提供“WeLine”產品及/或服務，我們需要收集您個人資訊的情形<br>為了向您提供服務，我們會收集您的手機號碼，用於註冊帳號和登入。</p>\n"
    "<p>(二)我們從第三方獲得您個人資訊的情形<br>我們可能從第三方獲取您授權共享的帳戶資訊。</p>\n"
    "<p>(三)徵得授權同意的例外<br>根據相關法令，以下情形中收集您的個人資訊無需徵得您的授權同意。</p>\n"
    "<p>二、您的權利</p>\n"
    "<p>按照相關法律，我們保障您對自己的個人資訊行使以下權利：</p>\n"
    "<p>1.存取您的個人資訊<br>您有權存取您的個人資訊，法律法規規定的例外情況除外。</p>\n"
    "<p>2.刪除您的個人資訊：<br>在以下情形中，您可以向我們提出刪除個人資訊的請求。</p>\n"
    "<p>3.更正您的個人資訊<br>當您發現我們處理的關於您的個人資訊有錯誤時，您有權要求我們做出更正。</p>\n"
    "<p>三、聯絡我們</p>\n<p>如您有任何疑問，請與我們聯絡。</p>"
)


def test_br_titles_by_their_siblings(tmp_path: Path) -> None:
    assert _levels(tmp_path, _BR_TITLES) == [
        (1, "一、我們如何收集和使用您的個人資訊"),
        (2, "(一)為向您提供“WeLine”產品及/或服務，我們需要收集您個人資訊的情形"),
        (2, "(二)我們從第三方獲得您個人資訊的情形"),
        (2, "(三)徵得授權同意的例外"),
        (1, "二、您的權利"),
        (2, "1.存取您的個人資訊"),
        (2, "2.刪除您的個人資訊："),
        (2, "3.更正您的個人資訊"),
        (1, "三、聯絡我們"),
    ]


def test_br_section_text_stays_with_its_title(tmp_path: Path) -> None:
    doc_path = tmp_path / "p.html"
    doc_path.write_text(f"<html><body>{_BR_TITLES}</body></html>", encoding="utf-8")
    sections = {s.title: s for s in read_document(str(doc_path)).sections if s.title}
    body = " ".join(p.text for p in sections["2.刪除您的個人資訊："].paragraphs)
    assert body.startswith("在以下情形中")


_SECTIONS = _INTRO + "<p>一、我們如何使用您的資訊</p>\n<p>我們會在以下情形使用您的資訊。</p>\n"


def test_lead_ins_without_a_title_sibling_stay_text(tmp_path: Path) -> None:
    # every item a lead-in closed by a colon: no first line is a bare title, so none is one by its siblings
    body = _SECTIONS + (
        "<p>1.使用登錄功能時：<br>我們會收集您的手機號碼及驗證碼，用於驗證您的身份並完成登入。</p>\n"
        "<p>2.使用支付功能時：<br>我們會收集您的訂單資訊及支付狀態，用於完成交易並提供售後服務。</p>\n"
        "<p>3.使用客服功能時：<br>我們會收集您的聯絡方式及對話內容，用於處理您的諮詢與投訴。</p>\n"
        "<p>二、聯絡我們</p>\n<p>如您有任何疑問，請與我們聯絡。</p>"
    )
    assert _levels(tmp_path, body) == [(1, "一、我們如何使用您的資訊"), (1, "二、聯絡我們")]


def test_sentences_and_open_lines_next_to_titles_stay_text(tmp_path: Path) -> None:
    body = _SECTIONS + (
        "<p>1.帳號資訊<br>您註冊時提供的手機號碼與暱稱，用於建立及管理您的帳號。</p>\n"
        # next to 「1.」: a numbered sentence, a line ending open (「提供予」, past 20 characters), a clause before the colon
        "<p>2.我們會依法保存您的資訊。<br>保存期限屆滿後，我們將刪除或匿名化處理您的資訊。</p>\n"
        "<p>2.我們可能依您的指示將您的部分資訊提供予<br>與我們合作的支付機構，以完成您的訂單支付。</p>\n"
        "<p>2.如需協助，請聯繫我們的客服人員：<br>客服信箱 service@example.com，我們將於七個工作天內回覆。</p>\n"
        "<p>二、聯絡我們</p>\n<p>如您有任何疑問，請與我們聯絡。</p>"
    )
    assert _levels(tmp_path, body) == [(1, "一、我們如何使用您的資訊"), (2, "1.帳號資訊"), (1, "二、聯絡我們")]


def test_sibling_numbers_of_another_style_do_not_count(tmp_path: Path) -> None:
    # 「(二)…」 is cut off as a title; 「2.…：」 is of another style, and 「(四)」 is not next to 「(二)」
    body = _SECTIONS + (
        "<p>(二)帳號資訊<br>您註冊時提供的手機號碼與暱稱，用於建立及管理您的帳號。</p>\n"
        "<p>3.使用支付功能時：<br>我們會收集您的訂單資訊及支付狀態，用於完成交易並提供售後服務。</p>\n"
        "<p>(四)使用客服功能時：<br>我們會收集您的聯絡方式及對話內容，用於處理您的諮詢與投訴。</p>\n"
        "<p>二、聯絡我們</p>\n<p>如您有任何疑問，請與我們聯絡。</p>"
    )
    titles = [t for _, t in _levels(tmp_path, body)]
    assert "3.使用支付功能時：" not in titles
    assert "(四)使用客服功能時：" not in titles


def _plain(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    return [(s.level, s.title) for s in read_document(str(path)).sections if s.title]


def test_first_sub_section_count_goes_on_in_another_style(tmp_path: Path) -> None:
    body = _INTRO + (
        "<p>一、我們如何收集和使用您的個人資訊</p>\n<p>我們會出於以下目的，收集和使用您的個人資訊。</p>\n"
        "<p>1、帳號註冊與登入</p>\n<p>為了向您提供服務，我們會收集您的手機號碼，用於註冊帳號和登入。</p>\n"
        "<p>（二）我們從第三方獲得您個人資訊的情形</p>\n<p>我們可能從第三方獲取您授權共享的帳戶資訊。</p>\n"
        "<p>（三）徵得授權同意的例外</p>\n<p>根據相關法令，以下情形中收集您的個人資訊無需徵得您的授權同意。</p>\n"
        "<p>二、您的權利</p>\n<p>按照相關法律，我們保障您對自己的個人資訊行使權利。</p>\n"
        "<p>三、聯絡我們</p>\n<p>如您有任何疑問，請與我們聯絡。</p>"
    )
    assert _levels(tmp_path, body) == [
        (1, "一、我們如何收集和使用您的個人資訊"),
        (2, "1、帳號註冊與登入"),
        (2, "（二）我們從第三方獲得您個人資訊的情形"),
        (2, "（三）徵得授權同意的例外"),
        (1, "二、您的權利"),
        (1, "三、聯絡我們"),
    ]


def test_top_level_count_still_goes_on_in_another_style(tmp_path: Path) -> None:
    # 「4.」 after 「三、」's own （一）–（三）: the next section (its sub-sections counted to three, not one)
    text = (
        "隱私權政策\n\n一、資料的蒐集\n\n我們會蒐集您的姓名與聯絡方式。\n\n二、資料的利用\n\n我們依蒐集目的利用您的資料。\n\n"
        "三、資料的分享\n\n我們不會任意分享您的資料。\n\n（一）合作廠商\n\n我們可能與合作廠商分享必要資料。\n\n"
        "（二）法律要求\n\n依法律要求提供資料予主管機關。\n\n（三）業務移轉\n\n公司合併時資料將隨同移轉。\n\n"
        "4. 資料的保存\n\n我們在必要期間內保存您的資料。\n\n5. 聯絡我們\n\n如有疑問請來信。\n"
    )
    levels = dict((t, lvl) for lvl, t in _plain(tmp_path, text))
    assert levels["4. 資料的保存"] == 1
    assert levels["5. 聯絡我們"] == 1
    assert levels["（二）法律要求"] == 2


def test_sub_section_count_of_its_own_is_not_moved(tmp_path: Path) -> None:
    # 「（二）」 after its own 「（一）」, below 「1、」: nested under 「1、」 as written
    text = (
        "隱私權政策\n\n一、資料的蒐集\n\n我們會蒐集以下資料。\n\n1、帳號資料\n\n您註冊時提供的資料。\n\n"
        "（一）手機號碼\n\n用於登入與驗證。\n\n（二）電子郵件\n\n用於通知與聯絡。\n\n二、聯絡我們\n\n如有疑問請來信。\n"
    )
    levels = dict((t, lvl) for lvl, t in _plain(tmp_path, text))
    assert levels["1、帳號資料"] == 2
    assert levels["（一）手機號碼"] == levels["（二）電子郵件"] == 3


def test_real_page_section_title_past_twenty_characters(tmp_path: Path) -> None:
    # a real page (dev8 gonghuiyuan): every section is one <p>, its title then <br> and its text; 「四、…」 (21
    # characters) is found by its siblings 「三、」 and 「五、」, and its （一）–（三） are its sub-sections
    path = Path(__file__).parent / "data" / "placeholders9" / "gonghuiyuan.zh-Hans.html"
    sections = [(s.line, s.level, s.title) for s in read_document(str(path)).sections if s.title]
    titles = [t for _, _, t in sections]
    at = titles.index("四、我们如何共享、转让、公开披露您的个人信息")
    assert titles[at - 1] == "三、我们如何使用处理个人信息安全"
    assert [(lvl, t) for _, lvl, t in sections[at : at + 5]] == [
        (1, "四、我们如何共享、转让、公开披露您的个人信息"),
        (2, "(一)共享"),
        (2, "(二)转让"),
        (2, "(三)公开披露"),
        (1, "五、未成年人的个人信息保护"),
    ]
